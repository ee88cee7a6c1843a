/**
 * subgraph: the ego network around one or more nodes, level by level up to `depth`, never more than `limit` nodes.
 * At each level the neighbours linked most often to what is already chosen, then the most connected, come first;
 * every node says how many of its relationships were left out ("+N more").
 */
import type { Node, Record as Neo4jRecord } from 'neo4j-driver';
import { RELATION_TYPES } from '../../graph-model/index.js';
import type {
  EdgeAttributes,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
  SubgraphParams,
  SubgraphResponse,
} from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { NotFoundError } from '../../graph-model/errors.js';
import { evidenceOf } from './evidence.js';
import { nodesById, read } from './read.js';
import { emptyGraph, serializeNode } from './serialize.js';

interface ProjectedEdge {
  key: string;
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
  title: string | null;
}

/** What an edge of a subgraph carries: its properties and its first evidence item, not all of them (see nodes/:id). */
const EDGE_PROJECTION = `r { .articles, .sources, .firstSeen, .lastSeen, .what, .amount, .currency, .value, .role, .announcedBy,
  ${['Articles', 'Sentences', 'Starts', 'Ends', 'Rules', 'Outlets', 'Dates'].map((field) => `evidence${field}: r.evidence${field}[0..1]`).join(', ')} }`;

/** The relationship filter every query of a subgraph shares; `r` is the relationship. */
const RELATIONSHIP_FILTER = `type(r) IN $types
  AND ($since IS NULL OR r.lastSeen >= $since)
  AND ($until IS NULL OR r.firstSeen <= $until)
  AND ($minSources IS NULL OR coalesce(r.sources, r.articles, 0) >= $minSources)`;

const PATTERNS = { out: '(n)-[r]->(m)', in: '(n)<-[r]-(m)', both: '(n)-[r]-(m)' } as const;

/**
 * Neighbours examined per node and level. A hub has tens of thousands; ranking all of them costs more than the
 * answer is worth, so a hub contributes its first SCAN_PER_NODE neighbours (Neo4j keeps the newest first).
 */
const SCAN_PER_NODE = 400;

/**
 * Edges drawn per node among the chosen ones beyond those that hold the network together (by which a node was
 * reached), best supported first among the node's first EXTRA_SCAN_PER_NODE relationships: a rich club of hubs would
 * otherwise send tens of thousands of edges for 300 nodes. What is left out still counts in "+N more".
 */
const EXTRA_EDGES_PER_NODE = 4;

/** Relationships of a chosen node looked at for its extra edges (the tree's edges are sought by id, not scanned). */
const EXTRA_SCAN_PER_NODE = 64;

/** An edge of the answer, the relationship `r` from `source` to `target`, with the title of its first article. */
const EDGE = (source: string, target: string) =>
  `{key: elementId(r), source: ${source}.id, target: ${target}.id, type: type(r), properties: ${EDGE_PROJECTION},
    title: COLLECT { MATCH (article:Article {id: r.evidenceArticles[0]}) RETURN article.title }[0]}`;

/** Relationships of a node that pass the type filter, summed from Neo4j's degree store (no expansion). */
const TYPED_DEGREE = (node: string) =>
  RELATION_TYPES.map((type) => `CASE WHEN '${type}' IN $types THEN COUNT { (${node})-[:${type}]-() } ELSE 0 END`).join(
    ' + ',
  );

/** Degree without the article mentions; both counts come from Neo4j's degree store. */
const DEGREE = (node: string) => `COUNT { (${node})--() } - COUNT { (${node})-[:MENTIONED_IN]-() }`;

export async function subgraph(graph: Graph, params: SubgraphParams): Promise<SubgraphResponse> {
  const filter = {
    types: params.types ?? [...RELATION_TYPES],
    since: params.since ?? null,
    until: params.until ?? null,
    minSources: params.minSources ?? null,
    labels: params.labels ?? null,
  };
  // Every query costs a few milliseconds of round trip, so unknown seeds are found by the last query, not a first one.
  const chosen = new Set<string>(params.ids);
  // The relationships by which each node was reached (their element ids): always drawn, so nothing floats unconnected.
  const tree: string[] = [];
  let frontier = [...chosen];
  let budgetExhausted = false;
  for (let level = 1; level <= params.depth && frontier.length > 0; level++) {
    const budget = params.limit - chosen.size;
    if (budget <= 0) {
      budgetExhausted = true;
      break;
    }
    const records = await read(
      graph,
      `${nodesById('frontier')}
       CALL (n) {
         MATCH ${PATTERNS[params.direction]}
         WHERE ${RELATIONSHIP_FILTER} AND NOT m.id IN $seen
           AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
         RETURN m, r LIMIT $scan
       }
       WITH m, count(r) AS links, collect(elementId(r))[..3] AS via
       WITH m, links, via, ${DEGREE('m')} AS degree
       ORDER BY links DESC, degree DESC
       LIMIT $budget + 1
       RETURN m.id AS id, via`,
      { ...filter, frontier, seen: [...chosen], budget, scan: SCAN_PER_NODE },
    );
    if (records.length > budget) budgetExhausted = true;
    frontier = [];
    for (const record of records.slice(0, budget)) {
      const id = record.get('id') as string;
      frontier.push(id);
      chosen.add(id);
      tree.push(...(record.get('via') as string[]));
    }
  }

  // One query: the chosen nodes, each with its few best extra edges to other chosen nodes, then the tree's edges,
  // sought by element id rather than found again by expanding every chosen node.
  const ids = [...chosen];
  const records = await read(
    graph,
    `${nodesById('ids')}
     CALL (n) {
       MATCH (n)-[r]->(m)
       WITH r, m LIMIT $scan
       WITH r, m WHERE m.id IN $ids AND NOT elementId(r) IN $tree AND ${RELATIONSHIP_FILTER}
       WITH r, m ORDER BY r.articles DESC LIMIT $extraEdges
       RETURN collect(${EDGE('n', 'm')}) AS edges
     }
     RETURN n, edges, ${DEGREE('n')} AS degree,
            CASE WHEN $since IS NULL AND $until IS NULL AND $minSources IS NULL THEN ${TYPED_DEGREE('n')}
                 ELSE COUNT { MATCH (n)-[r]-() WHERE ${RELATIONSHIP_FILTER} } END AS total
     UNION ALL
     UNWIND $tree AS key
     MATCH (a)-[r]->(b) WHERE elementId(r) = key
     RETURN null AS n, collect(${EDGE('a', 'b')}) AS edges, null AS degree, null AS total`,
    { ...filter, ids, tree, scan: EXTRA_SCAN_PER_NODE, extraEdges: EXTRA_EDGES_PER_NODE },
  );
  const { serialized, hidden, found } = assemble(records);
  const missing = params.ids.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(`subgraph: no node with id "${missing}"`);
  return { graph: serialized, truncated: budgetExhausted, hidden };
}

/**
 * The serialised graph of records holding `n` (a node, or null), `degree` and `total` (its relationships that pass the
 * filter) and `edges` (projected with EDGE): edges whose ends are both among the nodes, and "+N more" per node.
 */
export function assemble(records: Neo4jRecord[]): {
  serialized: SerializedGraph;
  hidden: Record<string, number>;
  found: Set<string>;
} {
  const nodeRecords = records.filter((record) => record.get('n') !== null);
  const found = new Set(nodeRecords.map((record) => (record.get('n') as Node).properties.id as string));
  const nodes: SerializedNode[] = [];
  const totals = new Map<string, number>();
  for (const record of nodeRecords) {
    const node = serializeNode(record.get('n') as Node, record.get('degree') as number);
    nodes.push(node);
    totals.set(node.key, record.get('total') as number);
  }
  const projected = new Map<string, ProjectedEdge>();
  for (const record of records)
    for (const edge of record.get('edges') as ProjectedEdge[])
      if (found.has(edge.source) && found.has(edge.target)) projected.set(edge.key, edge);
  const titles = new Map(
    [...projected.values()].map((edge) => [
      String((edge.properties.evidenceArticles as string[] | null)?.[0]),
      edge.title,
    ]),
  );
  const edges: SerializedEdge[] = [...projected.values()].map(({ key, source, target, type, properties }) => {
    const attributes: EdgeAttributes = { relType: type };
    for (const [name, value] of Object.entries(properties))
      if (value !== null && !name.startsWith('evidence')) attributes[name] = value;
    attributes.evidence = evidenceOf(properties, titles, 1);
    return { key, source, target, attributes };
  });
  const serialized = emptyGraph(nodes, edges);

  const shown = new Map<string, number>();
  for (const edge of serialized.edges) {
    shown.set(edge.source, (shown.get(edge.source) ?? 0) + 1);
    if (edge.target !== edge.source) shown.set(edge.target, (shown.get(edge.target) ?? 0) + 1);
  }
  const hidden: Record<string, number> = {};
  for (const [key, total] of totals) {
    const left = total - (shown.get(key) ?? 0);
    if (left > 0) hidden[key] = left;
  }
  return { serialized, hidden, found };
}

/**
 * Exactly the nodes `ids` and the relationships `edgeKeys` (element ids) among them, as a saved view holds them, with
 * "+N more" counted over the relationship types `types`. Ids and keys no longer in the graph are left out.
 */
export async function inducedSubgraph(
  graph: Graph,
  ids: string[],
  edgeKeys: string[],
  types: string[],
): Promise<{ serialized: SerializedGraph; hidden: Record<string, number>; found: Set<string> }> {
  const records = await read(
    graph,
    `${nodesById('ids')}
     RETURN n, [] AS edges, ${DEGREE('n')} AS degree, ${TYPED_DEGREE('n')} AS total
     UNION ALL
     UNWIND $edgeKeys AS key
     MATCH (a)-[r]->(b) WHERE elementId(r) = key
     RETURN null AS n, collect(${EDGE('a', 'b')}) AS edges, null AS degree, null AS total`,
    { ids, edgeKeys, types },
  );
  return assemble(records);
}
