/**
 * subgraph: the ego network around one or more nodes, level by level up to `depth`, never more than `limit` nodes.
 * At each level the neighbours linked most often to what is already chosen, then the most connected, come first;
 * every node says how many of its relationships were left out ("+N more").
 */
import type { Node } from 'neo4j-driver';
import { RELATION_TYPES } from '../../graph-model/index.js';
import type {
  EdgeAttributes,
  SerializedEdge,
  SerializedNode,
  SubgraphParams,
  SubgraphResponse,
} from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { NotFoundError } from '../errors.js';
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
 * Edges drawn per node among the chosen ones beyond those that hold the network together (to a seed, or by which a
 * node was reached), best supported first: a rich club of hubs would otherwise send tens of thousands of edges for
 * 300 nodes. What is left out still counts in "+N more".
 */
const EXTRA_EDGES_PER_NODE = 8;

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
  // The edges by which each node was reached, as "from|to": always drawn, so nothing floats unconnected.
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
       WITH m, count(r) AS links, collect(DISTINCT n.id)[..3] AS via
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
      for (const via of record.get('via') as string[]) tree.push(`${via}|${id}`, `${id}|${via}`);
    }
  }

  const ids = [...chosen];
  const records = await read(
    graph,
    `${nodesById('ids')}
     WITH collect(n) AS chosen
     UNWIND chosen AS n
     CALL (n, chosen) {
       MATCH (n)-[r]->(m) WHERE m IN chosen AND ${RELATIONSHIP_FILTER}
       WITH r, m, n.id IN $seeds OR m.id IN $seeds OR n.id + '|' + m.id IN $tree AS required
       ORDER BY r.articles DESC
       WITH collect(CASE WHEN required THEN [r, m] END) AS required,
            collect(CASE WHEN NOT required THEN [r, m] END)[..$extraEdges] AS extra
       UNWIND required + extra AS pair
       WITH pair[0] AS r, pair[1] AS m
       RETURN collect({key: elementId(r), target: m.id, type: type(r), properties: ${EDGE_PROJECTION},
                       title: COLLECT { MATCH (a:Article {id: r.evidenceArticles[0]}) RETURN a.title }[0]}) AS edges
     }
     RETURN n, edges, ${DEGREE('n')} AS degree,
            CASE WHEN $since IS NULL AND $until IS NULL AND $minSources IS NULL THEN ${TYPED_DEGREE('n')}
                 ELSE COUNT { MATCH (n)-[r]-() WHERE ${RELATIONSHIP_FILTER} } END AS total`,
    { ...filter, ids, seeds: params.ids, tree, extraEdges: EXTRA_EDGES_PER_NODE },
  );
  const found = new Set(records.map((record) => (record.get('n') as Node).properties.id as string));
  const missing = params.ids.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(`subgraph: no node with id "${missing}"`);
  const nodes: SerializedNode[] = [];
  const projected: ProjectedEdge[] = [];
  const totals = new Map<string, number>();
  for (const record of records) {
    const node = serializeNode(record.get('n') as Node, record.get('degree') as number);
    nodes.push(node);
    totals.set(node.key, record.get('total') as number);
    for (const edge of record.get('edges') as ProjectedEdge[]) projected.push({ ...edge, source: node.key });
  }
  const titles = new Map(
    projected.map((edge) => [String((edge.properties.evidenceArticles as string[] | null)?.[0]), edge.title]),
  );
  const edges: SerializedEdge[] = projected.map(({ key, source, target, type, properties }) => {
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
  return { graph: serialized, truncated: budgetExhausted, hidden };
}
