/**
 * main: the client's entry point. For now a status page that shows what the graph holds (issue #5 brings the explorer).
 */
interface Health {
  neo4j: string;
  version: string | null;
  nodes: number;
  relationships: number;
}

async function showHealth(): Promise<void> {
  const status = document.getElementById('status')!;
  try {
    const response = await fetch('/api/health');
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    const health = (await response.json()) as Health;
    status.textContent = `Neo4j ${health.version ?? ''} holds ${health.nodes} nodes and ${health.relationships} relationships.`;
  } catch (error) {
    status.textContent = `The graph is not reachable: ${(error as Error).message}`;
  }
}

void showHealth();
