/**
 * stats: what the graph holds: counts per label and relationship type, and the most connected actors.
 */
import type { Node } from 'neo4j-driver';
import { NODE_LABELS } from '../../graph-model/index.js';
import type { StatsResponse } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { nodeId, nodeLabel, nodeName, read } from './read.js';

export async function stats(graph: Graph, top = 20): Promise<StatsResponse> {
  const labels = await read(
    graph,
    'CALL db.labels() YIELD label CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count } RETURN label, count',
  );
  const types = await read(
    graph,
    'CALL db.relationshipTypes() YIELD relationshipType AS type CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count } RETURN type, count',
  );
  return {
    labels: Object.fromEntries(
      labels
        .filter((record) => record.get('count') > 0 && (NODE_LABELS as readonly string[]).includes(record.get('label')))
        .map((record) => [record.get('label'), record.get('count')]),
    ),
    relationships: Object.fromEntries(
      types.filter((record) => record.get('count') > 0).map((record) => [record.get('type'), record.get('count')]),
    ),
    topActors: await topActors(graph, top),
  };
}

/** The actors (leaders, nations, organisations) with the most relationships, mentions aside. */
export async function topActors(graph: Graph, limit: number): Promise<StatsResponse['topActors']> {
  const records = await read(
    graph,
    `CALL { MATCH (n:Leader) RETURN n UNION ALL MATCH (n:Nation) RETURN n UNION ALL MATCH (n:Organisation) RETURN n }
     WITH n, COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]-() } AS degree
     ORDER BY degree DESC LIMIT $limit
     RETURN n, degree`,
    { limit },
  );
  return records.map((record) => {
    const node = record.get('n') as Node;
    return { id: nodeId(node), label: nodeLabel(node), name: nodeName(node), degree: record.get('degree') as number };
  });
}
