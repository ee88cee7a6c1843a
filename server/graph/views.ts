/**
 * views: the explorer's saved views, kept in Neo4j as `SavedView` nodes (JSON state, a name and a date) apart from
 * the entities: search, stats and subgraphs never return them. A view's id is a hash of its state, so saving the same
 * view twice gives the same link, and a link cannot be guessed from another.
 */
import { createHash } from 'node:crypto';
import { RELATION_TYPES, SAVED_VIEW } from '../../graph-model/index.js';
import {
  SAVED_VIEW_LIMITS,
  type SavedViewResponse,
  type SavedViewStateParams,
  type SavedViewSummary,
} from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { ConflictError } from '../../graph-model/errors.js';
import { nodesById, read } from './read.js';
import { inducedSubgraph } from './subgraph.js';

/** What a view's summary is made of, as returned by the queries below. */
const SUMMARY = 'v.id AS id, v.name AS name, v.createdAt AS createdAt, v.nodes AS nodes';

/** The id of a state: 12 characters of base64url of its SHA-256 (72 bits). */
export function viewId(state: SavedViewStateParams): string {
  return createHash('sha256').update(JSON.stringify(state)).digest('base64url').slice(0, 12);
}

/** A name for a view saved without one: its first nodes' names. */
function defaultName(state: SavedViewStateParams, names: Map<string, string>): string {
  const named = state.nodes.map((node) => names.get(node.id)).filter(Boolean);
  const head = named.slice(0, 3).join(', ');
  return named.length > 3 ? `${head} and ${named.length - 3} more` : head || 'Empty view';
}

export async function saveView(graph: Graph, state: SavedViewStateParams): Promise<SavedViewSummary> {
  const id = viewId(state);
  const existing = await openSummary(graph, id);
  if (existing) return existing;
  const [count] = await read(graph, `MATCH (v:${SAVED_VIEW}) RETURN count(v) AS count`);
  if ((count?.get('count') as number) >= SAVED_VIEW_LIMITS.views)
    throw new ConflictError(
      `views: the server keeps at most ${SAVED_VIEW_LIMITS.views} saved views; remove old ones (DELETE /api/views/{id}) first`,
    );
  const labels = await read(graph, `${nodesById('ids')} RETURN n.id AS id, coalesce(n.name, n.title, n.id) AS name`, {
    ids: state.nodes.slice(0, 20).map((node) => node.id),
  });
  const names = new Map(labels.map((record) => [record.get('id') as string, String(record.get('name'))]));
  const result = await graph.driver.executeQuery(
    `MERGE (v:${SAVED_VIEW} {id: $id})
     ON CREATE SET v.state = $state, v.name = $name, v.nodes = $nodes, v.createdAt = toString(datetime())
     RETURN ${SUMMARY}`,
    {
      id,
      state: JSON.stringify(state),
      name: state.name || defaultName(state, names),
      nodes: state.nodes.length,
    },
    { database: graph.database },
  );
  return summaryOf(result.records[0]!);
}

export async function listViews(graph: Graph, limit = 100): Promise<SavedViewSummary[]> {
  const records = await read(
    graph,
    `MATCH (v:${SAVED_VIEW}) RETURN ${SUMMARY}
     ORDER BY v.createdAt DESC LIMIT $limit`,
    { limit },
  );
  return records.map(summaryOf);
}

/** A view with its nodes and relationships as the graph holds them now; null when there is no such view. */
export async function openView(graph: Graph, id: string): Promise<SavedViewResponse | null> {
  const [record] = await read(graph, `MATCH (v:${SAVED_VIEW} {id: $id}) RETURN ${SUMMARY}, v.state AS state`, { id });
  if (!record) return null;
  const state = JSON.parse(record.get('state') as string) as SavedViewStateParams;
  const types = state.filters.types.filter((type) => (RELATION_TYPES as readonly string[]).includes(type));
  const ids = state.nodes.map((node) => node.id);
  const { serialized, hidden, found } = await inducedSubgraph(graph, ids, state.edges, types);
  return { ...summaryOf(record), state, graph: serialized, hidden, missing: ids.filter((node) => !found.has(node)) };
}

export async function deleteView(graph: Graph, id: string): Promise<boolean> {
  const result = await graph.driver.executeQuery(
    `MATCH (v:${SAVED_VIEW} {id: $id}) DELETE v RETURN count(*) AS deleted`,
    { id },
    { database: graph.database },
  );
  return (result.records[0]?.get('deleted') as number) > 0;
}

async function openSummary(graph: Graph, id: string): Promise<SavedViewSummary | null> {
  const [record] = await read(graph, `MATCH (v:${SAVED_VIEW} {id: $id}) RETURN ${SUMMARY}`, { id });
  return record ? summaryOf(record) : null;
}

function summaryOf(record: { get(key: string): unknown }): SavedViewSummary {
  return {
    id: record.get('id') as string,
    name: record.get('name') as string,
    createdAt: record.get('createdAt') as string,
    nodes: Number(record.get('nodes')),
  };
}
