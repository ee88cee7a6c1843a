/**
 * read: how the repository reads the graph: parameterised queries in read transactions, nodes found by id through
 * the per-label uniqueness constraints, and Neo4j records turned into plain values.
 */
import neo4j, { type Node, type Record as Neo4jRecord } from 'neo4j-driver';
import { NODE_ID_PREFIX, NODE_LABELS } from '../../graph-model/index.js';
import type { Graph } from '../../db/connection.js';
import { toPlain } from '../../db/values.js';

export async function read(graph: Graph, query: string, params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
  const result = await graph.driver.executeQuery(query, integerParams(params), {
    database: graph.database,
    routing: 'READ',
  });
  return result.records;
}

/** JavaScript numbers reach Cypher as floats, which LIMIT and SKIP refuse: whole numbers are sent as integers. */
export function integerParams(params: Record<string, unknown>): Record<string, unknown> {
  const converted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params))
    converted[key] = typeof value === 'number' && Number.isSafeInteger(value) ? neo4j.int(value) : value;
  return converted;
}

/**
 * A subquery binding `node` for every id in the list parameter `listParam`: the id's prefix names its label, so each
 * id costs one seek in that label's uniqueness index (a node matched without a label would scan the whole store).
 */
export function nodesById(listParam: string, node = 'n'): string {
  const arms = NODE_LABELS.map(
    (label) =>
      `UNWIND [id IN $${listParam} WHERE id STARTS WITH '${NODE_ID_PREFIX[label]}:'] AS lookupId MATCH (${node}:${label} {id: lookupId}) RETURN ${node}`,
  );
  return `CALL { ${arms.join(' UNION ALL ')} }`;
}

/** Properties that are internal to storage and never shown. */
const HIDDEN_PROPERTIES = new Set(['aliasText', 'text', 'contentHash']);

export function nodeLabel(node: Node): string {
  return node.labels[0] ?? 'Node';
}

export function nodeName(node: Node): string {
  const properties = node.properties as Record<string, unknown>;
  return String(properties.name ?? properties.title ?? properties.text ?? properties.id ?? node.elementId);
}

export function nodeId(node: Node): string {
  return String((node.properties as Record<string, unknown>).id ?? node.elementId);
}

/** A node's shown properties as plain JSON (evidence arrays and storage helpers left out). */
export function publicProperties(properties: Record<string, unknown>, keepText = false): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key.startsWith('evidence') || (HIDDEN_PROPERTIES.has(key) && !(keepText && key === 'text'))) continue;
    plain[key] = toPlain(value);
  }
  return plain;
}
