/**
 * paths: how two actors are connected, as all the shortest paths between them (capped), each step a cited fact.
 * Paths do not run through articles unless asked: two people mentioned in one article are not thereby connected.
 */
import type { Node, Path } from 'neo4j-driver';
import { MENTIONED_IN, RELATION_TYPES } from '../../graph-model/index.js';
import type { PathsParams, PathsResponse, PathStep } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { NotFoundError } from '../../graph-model/errors.js';
import { articleTitles, evidenceOf } from './evidence.js';
import { nodeId, nodeLabel, nodeName, nodesById, read } from './read.js';
import { GraphCollector } from './serialize.js';

const ref = (node: Node) => ({ id: nodeId(node), label: nodeLabel(node), name: nodeName(node) });

export async function paths(graph: Graph, params: PathsParams): Promise<PathsResponse> {
  const ends = await read(graph, `${nodesById('ids')} RETURN n.id AS id`, { ids: [params.from, params.to] });
  const found = new Set(ends.map((record) => record.get('id') as string));
  for (const id of [params.from, params.to])
    if (!found.has(id)) throw new NotFoundError(`paths: no node with id "${id}"`);

  const types = (params.types ?? [...RELATION_TYPES]).filter((type) => params.viaArticles || type !== MENTIONED_IN);
  if (params.viaArticles && !types.includes(MENTIONED_IN)) types.push(MENTIONED_IN);
  // maxLength is a validated integer (1..6): Cypher does not take a parameter as a path length bound.
  const records = await read(
    graph,
    `${nodesById('from', 'a')}
     ${nodesById('to', 'b')}
     MATCH p = allShortestPaths((a)-[*..${Math.trunc(params.maxLength)}]-(b))
     WHERE a <> b AND all(r IN relationships(p) WHERE type(r) IN $types)
     RETURN p LIMIT $limit`,
    { from: [params.from], to: [params.to], types, limit: params.limit },
  );
  const foundPaths = records.map((record) => record.get('p') as Path);
  const titles = await articleTitles(
    graph,
    foundPaths.flatMap((path) =>
      path.segments.map((segment) => segment.relationship.properties as Record<string, unknown>),
    ),
  );
  const collector = new GraphCollector();
  const result = foundPaths.map((path) => {
    collector.addValue(path);
    const steps: PathStep[] = path.segments.map((segment) => ({
      from: ref(segment.start),
      to: ref(segment.end),
      type: segment.relationship.type,
      direction: segment.relationship.startNodeElementId === segment.start.elementId ? 'forward' : 'backward',
      evidence: evidenceOf(segment.relationship.properties as Record<string, unknown>, titles, 1)[0] ?? null,
    }));
    return { steps };
  });
  return { length: result[0]?.steps.length ?? null, paths: result, graph: collector.toGraph(titles, 3) };
}
