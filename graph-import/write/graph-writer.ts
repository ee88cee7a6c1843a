/**
 * graph-writer: the only code that writes the graph. Stores articles in batches with UNWIND ... MERGE; an article's
 * previous claims are removed in the same transaction, so re-importing an edited article replaces exactly its claims.
 *
 * Evidence lives on each relationship as parallel arrays (evidenceArticles[i], evidenceSentences[i], evidenceStarts[i],
 * ...): one fact reported by three articles is one relationship with three evidence items.
 */
import { UnavailableError } from '../../graph-model/errors.js';
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from '../../graph-model/index.js';
import type { Graph } from '../../db/connection.js';
import type { ArticlePayload, EntityRow, RelationshipRow } from './article-batches.js';
import { append } from '../collections.js';
import { withImportLease } from './import-lease.js';

export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
}

export interface ArticleOutcome {
  id: string;
  source: string;
  status: 'imported' | 'unchanged' | 'failed';
  error?: string;
}

export const EVIDENCE_FIELDS = [
  'Keys',
  'Articles',
  'Sentences',
  'Starts',
  'Ends',
  'Rules',
  'Outlets',
  'Dates',
] as const;

/** Cypher that removes every claim of the given articles, then the entities no article mentions any more. */
const REMOVE_ARTICLE_CLAIMS = `
UNWIND $articles AS articleId
MATCH (a:Article {id: articleId})<-[:MENTIONED_IN]-(n)
MATCH (n)-[r]->()
WHERE type(r) <> 'MENTIONED_IN' AND articleId IN r.evidenceArticles
WITH DISTINCT r, articleId
WITH r, [i IN range(0, size(r.evidenceArticles) - 1) WHERE r.evidenceArticles[i] <> articleId] AS keep
SET ${EVIDENCE_FIELDS.map((field) => `r.evidence${field} = [i IN keep | r.evidence${field}[i]]`).join(',\n    ')}
WITH r, keep
CALL (r, keep) {
  WITH r, keep WHERE size(keep) = 0
  DELETE r
}
WITH r, keep WHERE size(keep) > 0
CALL (r) { ${supportCounts('r')} }
`;

const REMOVE_ARTICLE_MENTIONS = `
UNWIND $articles AS articleId
MATCH (a:Article {id: articleId})<-[m:MENTIONED_IN]-(n)
DELETE m
WITH DISTINCT n
WHERE NOT (n)-[:MENTIONED_IN]->()
DETACH DELETE n
`;

/** Recomputes a relationship's support: distinct articles and outlets, first and last article date. */
export function supportCounts(variable: string): string {
  return `
  WITH ${variable}, reduce(seen = [], x IN ${variable}.evidenceArticles | CASE WHEN x IN seen THEN seen ELSE seen + x END) AS articles,
       reduce(seen = [], x IN ${variable}.evidenceOutlets | CASE WHEN x = '' OR x IN seen THEN seen ELSE seen + x END) AS outlets,
       [d IN ${variable}.evidenceDates WHERE d <> ''] AS dates
  SET ${variable}.articles = size(articles),
      ${variable}.sources = CASE WHEN size(outlets) = 0 THEN size(articles) ELSE size(outlets) END,
      ${variable}.firstSeen = CASE WHEN size(dates) = 0 THEN null ELSE reduce(m = dates[0], d IN dates | CASE WHEN d < m THEN d ELSE m END) END,
      ${variable}.lastSeen = CASE WHEN size(dates) = 0 THEN null ELSE reduce(m = dates[0], d IN dates | CASE WHEN d > m THEN d ELSE m END) END`;
}

const UPSERT_ARTICLES = `
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.title = article.title, a.source = article.source, a.url = article.url, a.outlet = article.outlet,
    a.publishedAt = article.publishedAt, a.contentHash = article.contentHash, a.text = article.text,
    a.name = article.title, a.importedAt = datetime()
`;

function upsertEntities(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
ON CREATE SET n.name = row.name, n.aliases = [], n.createdAt = datetime()
SET n += row.properties,
    n.text = coalesce(row.text, n.text)
WITH n, row, [i IN range(0, size(row.aliases) - 1) WHERE NOT row.aliases[i] IN coalesce(n.aliases, [])] AS fresh
SET n.aliasSources = coalesce(n.aliasSources, [alias IN coalesce(n.aliases, []) | '']) + [i IN fresh | row.aliasSources[i]],
    n.aliases = coalesce(n.aliases, []) + [i IN fresh | row.aliases[i]]
SET n.aliasText = reduce(text = '', alias IN n.aliases | text + ' ' + alias)
`;
}

function upsertMentions(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
MATCH (a:Article {id: row.article})
MERGE (n)-[m:MENTIONED_IN]->(a)
SET m.sentences = row.sentences
`;
}

function upsertRelationships(type: string, sourceLabel: EntityLabel, targetLabel: EntityLabel): string {
  const append = EVIDENCE_FIELDS.map((field) => {
    const column = field === 'Keys' ? 'key' : field.slice(0, -1).toLowerCase();
    return `r.evidence${field} = coalesce(r.evidence${field}, []) + [e IN fresh | e.${column}]`;
  }).join(',\n    ');
  return `
UNWIND $rows AS row
MATCH (s:${sourceLabel} {id: row.source})
MATCH (t:${targetLabel} {id: row.target})
MERGE (s)-[r:${type} {key: row.key}]->(t)
SET r += row.properties
WITH r, [e IN row.evidence WHERE NOT e.key IN coalesce(r.evidenceKeys, [])] AS fresh
SET ${append}
WITH r
CALL (r) { ${supportCounts('r')} }
`;
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) append(groups, key(item), item);
  return groups;
}

function emptyCounts(): WriteCounts {
  return { nodesCreated: 0, relationshipsCreated: 0, nodesDeleted: 0, relationshipsDeleted: 0 };
}

/** Time spent per kind of write query, for `bench:import` to say where the time goes. */
export const WRITE_TIMINGS = new Map<string, number>();

async function run(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
  counts: WriteCounts,
): Promise<void> {
  const began = performance.now();
  const result = await tx.run(query, params);
  const label = query.trim().split('\n').slice(0, 3).join(' ').slice(0, 70);
  WRITE_TIMINGS.set(label, (WRITE_TIMINGS.get(label) ?? 0) + performance.now() - began);
  const updates = result.summary.counters.updates();
  counts.nodesCreated += updates.nodesCreated;
  counts.relationshipsCreated += updates.relationshipsCreated;
  counts.nodesDeleted += updates.nodesDeleted;
  counts.relationshipsDeleted += updates.relationshipsDeleted;
}

/** Writes a batch of articles in one transaction (callers retry one by one when it fails). */
async function writeBatch(
  tx: ManagedTransaction,
  payloads: ArticlePayload[],
  counts: WriteCounts,
  stored: ReadonlySet<string>,
): Promise<void> {
  // Only articles already in the graph have previous claims to remove.
  const ids = payloads.map((payload) => payload.article.id).filter((id) => stored.has(id));
  if (ids.length) {
    await run(tx, REMOVE_ARTICLE_CLAIMS, { articles: ids }, counts);
    await run(tx, REMOVE_ARTICLE_MENTIONS, { articles: ids }, counts);
  }
  await run(tx, UPSERT_ARTICLES, { articles: payloads.map((payload) => payload.article) }, counts);

  const entities = new Map<string, EntityRow>();
  for (const payload of payloads) {
    for (const entity of payload.entities) {
      const seen = entities.get(entity.id);
      // The same entity in several articles of a batch: keep, for each alias, the first article that has it.
      entities.set(
        entity.id,
        seen
          ? {
              ...entity,
              aliasSources: entity.aliases.map(
                (alias, index) => seen.aliasSources[seen.aliases.indexOf(alias)] || entity.aliasSources[index] || '',
              ),
            }
          : entity,
      );
    }
  }
  for (const [label, rows] of groupBy([...entities.values()], (row) => row.label)) {
    if (!ENTITY_LABELS.includes(label)) throw new Error(`write: unknown label "${label}"`);
    await run(tx, upsertEntities(label), { rows }, counts);
  }
  const mentionRows = payloads.flatMap((payload) =>
    payload.mentions.map((mention) => ({ ...mention, article: payload.article.id })),
  );
  for (const [label, rows] of groupBy(mentionRows, (row) => row.label))
    await run(tx, upsertMentions(label), { rows }, counts);

  const relationships: RelationshipRow[] = payloads.flatMap((payload) => payload.relationships);
  for (const [, rows] of groupBy(relationships, (row) => `${row.type}|${row.sourceLabel}|${row.targetLabel}`)) {
    const { type, sourceLabel, targetLabel } = rows[0]!;
    if (!RELATION_TYPES.includes(type)) throw new Error(`write: unknown relationship type "${type}"`);
    await run(tx, upsertRelationships(type, sourceLabel, targetLabel), { rows }, counts);
  }
}

/** Neo4j went away mid-import: retrying article by article would only wait on a dead server. */
function isConnectionLost(error: unknown): boolean {
  return error instanceof Neo4jError && ['ServiceUnavailable', 'SessionExpired'].includes(error.code);
}

/**
 * The connection to Neo4j was lost while writing: what was committed before is in `outcomes`; the articles of the
 * transaction in flight (`inFlight`) may or may not have been committed (the loss may come before or after the
 * commit); each article is written whole or not at all. The rest was not written.
 */
export class ImportInterruptedError extends UnavailableError {
  readonly inFlight: { id: string; source: string }[];
  constructor(
    readonly outcomes: ArticleOutcome[],
    inFlight: ArticlePayload[],
    readonly toWrite: number,
    cause: unknown,
  ) {
    const written = outcomes.filter((outcome) => outcome.status === 'imported').length;
    super(
      `import: the connection to Neo4j was lost (${(cause as Error).message.split('\n')[0]}); ${written} of ${toWrite} changed article(s) were written before it, ${inFlight.length} being written then may or may not be stored, the rest were not: run the import again once Neo4j answers`,
      undefined,
      { cause },
    );
    this.inFlight = inFlight.map((payload) => ({ id: payload.article.id, source: payload.article.source }));
  }
}

export interface WriteOptions {
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Writes articles: unchanged ones (same content hash) are skipped, the others replace their previous claims.
 * A batch that fails is retried one article at a time, so one bad article fails alone and leaves nothing behind.
 */
export async function writeArticles(
  graph: Graph,
  payloads: ArticlePayload[],
  options: WriteOptions = {},
): Promise<{ outcomes: ArticleOutcome[]; counts: WriteCounts }> {
  const counts = emptyCounts();
  const outcomes: ArticleOutcome[] = [];
  const session = graph.driver.session({ database: graph.database });
  try {
    const existing = await session.executeRead((tx) =>
      tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS hash', {
        ids: payloads.map((payload) => payload.article.id),
      }),
    );
    const hashes = new Map(
      existing.records.map((record) => [record.get('id') as string, record.get('hash') as string]),
    );
    const changed = payloads.filter((payload) => hashes.get(payload.article.id) !== payload.article.contentHash);
    const stored = new Set(hashes.keys());
    const changedSet = new Set(changed);
    for (const payload of payloads) {
      if (!changedSet.has(payload))
        outcomes.push({ id: payload.article.id, source: payload.article.source, status: 'unchanged' });
    }
    const batchSize = options.batchSize ?? 500;
    let done = payloads.length - changed.length;
    for (let index = 0; index < changed.length; index += batchSize) {
      const batch = changed.slice(index, index + batchSize);
      try {
        const batchCounts = emptyCounts();
        await session.executeWrite((tx) => writeBatch(tx, batch, batchCounts, stored));
        addCounts(counts, batchCounts);
        for (const payload of batch)
          outcomes.push({ id: payload.article.id, source: payload.article.source, status: 'imported' });
      } catch (batchError) {
        if (isConnectionLost(batchError)) throw new ImportInterruptedError(outcomes, batch, changed.length, batchError);
        if (batch.length === 1) {
          outcomes.push({
            id: batch[0]!.article.id,
            source: batch[0]!.article.source,
            status: 'failed',
            error: (batchError as Error).message,
          });
        } else {
          for (const payload of batch) {
            try {
              const single = emptyCounts();
              await session.executeWrite((tx) => writeBatch(tx, [payload], single, stored));
              addCounts(counts, single);
              outcomes.push({ id: payload.article.id, source: payload.article.source, status: 'imported' });
            } catch (error) {
              if (isConnectionLost(error)) throw new ImportInterruptedError(outcomes, [payload], changed.length, error);
              outcomes.push({
                id: payload.article.id,
                source: payload.article.source,
                status: 'failed',
                error: (error as Error).message,
              });
            }
          }
        }
      }
      done += batch.length;
      options.onProgress?.(done, payloads.length);
    }
  } finally {
    await session.close();
  }
  return { outcomes, counts };
}

function addCounts(into: WriteCounts, from: WriteCounts): void {
  into.nodesCreated += from.nodesCreated;
  into.relationshipsCreated += from.relationshipsCreated;
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsDeleted += from.relationshipsDeleted;
}

/** Removes articles and exactly their claims, in one transaction. Returns the ids that existed. */
export async function removeArticles(graph: Graph, ids: string[]): Promise<{ removed: string[]; counts: WriteCounts }> {
  return withImportLease(graph, { purpose: `removal of ${ids.length} article(s)` }, () =>
    removeArticlesNow(graph, ids),
  );
}

async function removeArticlesNow(graph: Graph, ids: string[]): Promise<{ removed: string[]; counts: WriteCounts }> {
  const counts = emptyCounts();
  const session = graph.driver.session({ database: graph.database });
  try {
    const removed = await session.executeWrite(async (tx) => {
      const found = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS ids', { ids });
      const present = found.records[0]!.get('ids') as string[];
      await run(tx, REMOVE_ARTICLE_CLAIMS, { articles: present }, counts);
      await run(tx, REMOVE_ARTICLE_MENTIONS, { articles: present }, counts);
      await run(tx, 'UNWIND $articles AS id MATCH (a:Article {id: id}) DETACH DELETE a', { articles: present }, counts);
      return present;
    });
    return { removed, counts };
  } finally {
    await session.close();
  }
}
