/**
 * evidence: a relationship's evidence, stored as parallel arrays (evidenceArticles[i], evidenceSentences[i], ...),
 * read back as a list of items, with the title of each article.
 */
import type { EvidenceItem } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { read } from './read.js';

type Properties = Record<string, unknown>;

function at<T>(list: unknown, index: number): T | null {
  return Array.isArray(list) && index < list.length ? (list[index] as T) : null;
}

/** The evidence items of a relationship's properties, at most `limit` of them. */
export function evidenceOf(
  properties: Properties,
  titles: ReadonlyMap<string, string | null> = new Map(),
  limit = Infinity,
): EvidenceItem[] {
  const articles = (properties.evidenceArticles as string[] | undefined) ?? [];
  const items: EvidenceItem[] = [];
  for (let index = 0; index < articles.length && items.length < limit; index++) {
    const article = articles[index]!;
    items.push({
      article,
      articleTitle: titles.get(article) ?? null,
      sentence: at<string>(properties.evidenceSentences, index) ?? '',
      start: Number(at(properties.evidenceStarts, index) ?? 0),
      end: Number(at(properties.evidenceEnds, index) ?? 0),
      rule: at<string>(properties.evidenceRules, index) ?? '',
      outlet: at<string>(properties.evidenceOutlets, index) || null,
      date: at<string>(properties.evidenceDates, index) || null,
    });
  }
  return items;
}

/** The titles of the articles the given relationships cite (in their first `perRelationship` evidence items). */
export async function articleTitles(
  graph: Graph,
  relationships: Properties[],
  perRelationship = Infinity,
): Promise<Map<string, string | null>> {
  const ids = new Set<string>();
  for (const properties of relationships)
    for (const id of ((properties.evidenceArticles as string[] | undefined) ?? []).slice(0, perRelationship))
      ids.add(id);
  if (ids.size === 0) return new Map();
  const records = await read(
    graph,
    'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.title AS title',
    { ids: [...ids] },
  );
  return new Map(records.map((record) => [record.get('id') as string, record.get('title') as string | null]));
}
