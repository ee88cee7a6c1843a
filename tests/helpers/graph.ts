/**
 * graph helpers: a connection to the test Neo4j and a clean slate between test files.
 */
import { connect, type Graph } from '../../db/connection.js';
import { applySchema } from '../../db/schema.js';

export async function openTestGraph(): Promise<Graph> {
  const graph = await connect();
  await applySchema(graph);
  return graph;
}

export async function wipe(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

export async function count(graph: Graph, query: string, params: Record<string, unknown> = {}): Promise<number> {
  const result = await graph.driver.executeQuery(query, params, { database: graph.database, routing: 'READ' });
  return Number(result.records[0]?.get(0) ?? 0);
}

export async function graphSize(graph: Graph): Promise<{ nodes: number; relationships: number }> {
  return {
    nodes: await count(graph, 'MATCH (n) RETURN count(n)'),
    relationships: await count(graph, 'MATCH ()-[r]->() RETURN count(r)'),
  };
}
