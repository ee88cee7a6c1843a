/**
 * subgraph: the ego network around one or more nodes, level by level up to `depth`, never more than `limit` nodes.
 * At each level the neighbours linked most often to what is already chosen, then the most connected, come first;
 * every node says how many of its relationships were left out ("+N more").
 */
import type { Node, Relationship } from 'neo4j-driver';
import { RELATION_TYPES } from '../../graph-model/index.js';
import type { SubgraphParams, SubgraphResponse } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { NotFoundError } from '../errors.js';
import { articleTitles } from './evidence.js';
import { nodesById, read } from './read.js';
import { GraphCollector } from './serialize.js';

/** The relationship filter every query of a subgraph shares; `r` is the relationship. */
const RELATIONSHIP_FILTER = `type(r) IN $types
  AND ($since IS NULL OR r.lastSeen >= $since)
  AND ($until IS NULL OR r.firstSeen <= $until)
  AND ($minSources IS NULL OR coalesce(r.sources, r.articles, 0) >= $minSources)`;

const PATTERNS = { out: '(n)-[r]->(m)', in: '(n)<-[r]-(m)', both: '(n)-[r]-(m)' } as const;

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
  const seeds = await read(graph, `${nodesById('ids')} RETURN n.id AS id`, { ids: params.ids });
  const chosen = new Set<string>(seeds.map((record) => record.get('id') as string));
  const missing = params.ids.filter((id) => !chosen.has(id));
  if (missing.length) throw new NotFoundError(`subgraph: no node with id "${missing[0]}"`);

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
       MATCH ${PATTERNS[params.direction]}
       WHERE ${RELATIONSHIP_FILTER} AND NOT m.id IN $seen
         AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))
       WITH m, count(r) AS links
       WITH m, links, ${DEGREE('m')} AS degree
       ORDER BY links DESC, degree DESC
       LIMIT $budget + 1
       RETURN m.id AS id`,
      { ...filter, frontier, seen: [...chosen], budget },
    );
    const found = records.map((record) => record.get('id') as string);
    if (found.length > budget) budgetExhausted = true;
    frontier = found.slice(0, budget);
    for (const id of frontier) chosen.add(id);
  }

  const ids = [...chosen];
  const records = await read(
    graph,
    `${nodesById('ids')}
     CALL (n) { MATCH (n)-[r]->(m) WHERE m.id IN $ids AND ${RELATIONSHIP_FILTER} RETURN collect(r) AS edges }
     RETURN n, edges, ${DEGREE('n')} AS degree,
            COUNT { MATCH (n)-[r]-() WHERE ${RELATIONSHIP_FILTER} } AS total`,
    { ...filter, ids },
  );
  const collector = new GraphCollector();
  const relationships: Relationship[] = [];
  const totals = new Map<string, number>();
  for (const record of records) {
    const key = collector.addNode(record.get('n') as Node, record.get('degree') as number);
    totals.set(key, record.get('total') as number);
    for (const relationship of record.get('edges') as Relationship[]) {
      relationships.push(relationship);
      collector.addRelationship(relationship);
    }
  }
  const titles = await articleTitles(graph, relationships.map((relationship) => relationship.properties as Record<string, unknown>));
  const serialized = collector.toGraph(titles, 3);

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
