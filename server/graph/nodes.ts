/**
 * nodes: one node with everything an analyst asks of it: properties, aliases, degree per relationship type, the
 * statements of a leader, and every relationship with its evidence.
 */
import type { Node, Relationship } from 'neo4j-driver';
import type { NodeDetails } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { articleTitles, evidenceOf } from './evidence.js';
import { nodeId, nodeLabel, nodeName, nodesById, publicProperties, read } from './read.js';

/** Relationships listed at most per node (the degree per type still counts them all). */
const MAX_RELATIONSHIPS = 500;
/** Evidence items listed at most per relationship (`evidenceCount` gives them all), so any node's panel is small. */
const MAX_EVIDENCE = 20;

export async function nodeDetails(graph: Graph, id: string): Promise<NodeDetails | null> {
  const found = await read(
    graph,
    `${nodesById('ids')}
     CALL (n) { MATCH (n)-[r]-() RETURN type(r) AS type, count(r) AS count }
     RETURN n, collect([type, count]) AS degrees`,
    { ids: [id] },
  );
  if (found.length === 0) return null;
  const node = found[0]!.get('n') as Node;
  const degree = Object.fromEntries(
    (found[0]!.get('degrees') as [string, number][]).map(([type, count]) => [type, count]),
  );

  // A leader's own relationships, and the pledges they announced for their nation (the pledge is the nation's, with
  // the leader in its announcedBy).
  const related = await read(
    graph,
    `${nodesById('ids')}
     CALL (n) {
       MATCH (n)-[r]-(other) WHERE type(r) <> 'MENTIONED_IN'
       RETURN r, other, startNode(r) = n AS outgoing, null AS onBehalfOf
       UNION
       MATCH (nation)-[r:PLEDGED]->(other) WHERE n:Leader AND r.announcedBy = n.name AND nation <> n
       RETURN r, other, true AS outgoing, nation.name AS onBehalfOf
     }
     RETURN r, other, outgoing, onBehalfOf
     ORDER BY r.articles DESC, type(r) LIMIT $max`,
    { ids: [id], max: MAX_RELATIONSHIPS },
  );
  const relationships = related.map((record) => record.get('r') as Relationship);
  const titles = await articleTitles(
    graph,
    relationships.map((relationship) => relationship.properties as Record<string, unknown>),
  );

  const properties = node.properties as Record<string, unknown>;
  const details: NodeDetails = {
    id: nodeId(node),
    label: nodeLabel(node),
    name: nodeName(node),
    aliases: (properties.aliases as string[] | undefined) ?? [],
    properties: publicProperties(properties, true),
    degree,
    statements: [],
    relationships: [],
  };
  related.forEach((record, index) => {
    const relationship = relationships[index]!;
    const other = record.get('other') as Node;
    const evidence = evidenceOf(relationship.properties as Record<string, unknown>, titles, MAX_EVIDENCE);
    const evidenceCount =
      ((relationship.properties as Record<string, unknown>).evidenceArticles as unknown[] | undefined)?.length ?? 0;
    if (relationship.type === 'SAID' && record.get('outgoing') && nodeLabel(other) === 'Statement') {
      details.statements.push({
        id: nodeId(other),
        text: String((other.properties as Record<string, unknown>).text ?? nodeName(other)),
        evidence,
      });
    }
    details.relationships.push({
      id: relationship.elementId,
      type: relationship.type,
      direction: record.get('outgoing') ? 'out' : 'in',
      other: { id: nodeId(other), label: nodeLabel(other), name: nodeName(other) },
      properties: {
        ...publicProperties(relationship.properties as Record<string, unknown>),
        ...(record.get('onBehalfOf') ? { onBehalfOf: record.get('onBehalfOf') as string } : {}),
      },
      evidence,
      evidenceCount,
    });
  });
  return details;
}
