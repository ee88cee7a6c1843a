/**
 * remove-command: `npm run remove -- ARTICLE_ID|URL|FILE...`: removes articles and exactly their claims, in one
 * transaction. A relationship another article also asserts keeps that article's evidence; an entity no article
 * mentions any more goes.
 */
import { existsSync } from 'node:fs';
import { connect, type Graph } from '../db/connection.js';
import { readArticle } from './read/read-article.js';
import { removeArticles, type WriteCounts } from './write/graph-writer.js';

/** The article id an argument names: an article id, an article URL, or the file the article was imported from. */
export async function findArticleId(graph: Graph, reference: string): Promise<string | null> {
  const result = await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE a.id = $reference OR a.url = $reference OR a.source = $reference RETURN a.id AS id LIMIT 1',
    { reference },
    { database: graph.database, routing: 'READ' },
  );
  if (result.records.length) return result.records[0]!.get('id') as string;
  if (existsSync(reference)) {
    const id = (await readArticle(reference)).id;
    const stored = await graph.driver.executeQuery(
      'MATCH (a:Article {id: $id}) RETURN a.id AS id',
      { id },
      { database: graph.database, routing: 'READ' },
    );
    if (stored.records.length) return id;
  }
  return null;
}

export interface RemoveSummary {
  removed: string[];
  unknown: string[];
  counts: WriteCounts;
}

export async function removeReferences(graph: Graph, references: string[]): Promise<RemoveSummary> {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const reference of references) {
    const id = await findArticleId(graph, reference);
    if (id) ids.push(id);
    else unknown.push(reference);
  }
  const { removed, counts } = ids.length
    ? await removeArticles(graph, ids)
    : { removed: [], counts: { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 } };
  return { removed, unknown, counts };
}

/** The CLI's remove: prints one line per unknown reference and a summary; exit code 1 when any was unknown. */
export async function runRemove(references: string[]): Promise<RemoveSummary> {
  const graph = await connect({ log: (line) => console.error(line) });
  try {
    const summary = await removeReferences(graph, references);
    for (const reference of summary.unknown)
      console.error(
        `remove: no imported article is "${reference}" (give an article id, its URL or the file it was imported from)`,
      );
    const { counts } = summary;
    console.log(
      `Removed ${summary.removed.length} article(s); nodes -${counts.nodesDeleted}, relationships -${counts.relationshipsDeleted}`,
    );
    return summary;
  } finally {
    await graph.close();
  }
}
