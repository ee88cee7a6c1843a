/**
 * articles: the imported articles, and for one of them what was extracted from it.
 */
import type { Node } from 'neo4j-driver';
import type { ArticleDetails, ArticleSummary } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { nodeId, nodeLabel, nodeName, read } from './read.js';

function summary(article: Node, entities: number): ArticleSummary {
  const properties = article.properties as Record<string, unknown>;
  const text = (key: string) => (typeof properties[key] === 'string' ? (properties[key] as string) : null);
  return {
    id: String(properties.id),
    title: text('title'),
    url: text('url'),
    outlet: text('outlet'),
    publishedAt: text('publishedAt'),
    entities,
  };
}

export async function listArticles(
  graph: Graph,
  { limit, offset }: { limit: number; offset: number },
): Promise<{ total: number; articles: ArticleSummary[] }> {
  const records = await read(
    graph,
    `MATCH (a:Article)
     WITH a ORDER BY a.publishedAt DESC, a.title SKIP $offset LIMIT $limit
     RETURN a, COUNT { (a)<-[:MENTIONED_IN]-() } AS entities`,
    { limit, offset },
  );
  const total = await read(graph, 'MATCH (a:Article) RETURN count(a) AS total');
  return {
    total: total[0]!.get('total') as number,
    articles: records.map((record) => summary(record.get('a') as Node, record.get('entities') as number)),
  };
}

export async function articleDetails(graph: Graph, id: string): Promise<ArticleDetails | null> {
  const records = await read(
    graph,
    `MATCH (a:Article {id: $id})
     OPTIONAL MATCH (a)<-[:MENTIONED_IN]-(entity)
     WITH a, collect(entity) AS mentioned
     CALL (a, mentioned) {
       UNWIND mentioned AS s
       MATCH (s)-[r]->(t) WHERE type(r) <> 'MENTIONED_IN' AND $id IN r.evidenceArticles
       RETURN collect({id: elementId(r), type: type(r), source: s.name, target: coalesce(t.name, t.text),
                       sentence: r.evidenceSentences[[i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] = $id][0]]}) AS claims
     }
     RETURN a, mentioned, claims`,
    { id },
  );
  if (records.length === 0) return null;
  const record = records[0]!;
  const mentioned = record.get('mentioned') as Node[];
  const article = record.get('a') as Node;
  return {
    ...summary(article, mentioned.length),
    text: String((article.properties as Record<string, unknown>).text ?? ''),
    mentioned: mentioned.map((node) => ({ id: nodeId(node), label: nodeLabel(node), name: nodeName(node) })),
    claims: record.get('claims') as ArticleDetails['claims'],
  };
}
