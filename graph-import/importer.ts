/**
 * importer: extracts articles (files or texts in memory) and writes them into Neo4j under the graph's write lease,
 * with what the graph already knows (people, role holders, pairs kept apart). The command line (import-command.ts)
 * and the server call it; it prints nothing.
 */
import { MERGE_DECISION } from '../graph-model/index.js';
import type { Graph } from '../db/connection.js';
import { KnownNames } from './extract/known-names.js';
import { extractFiles, extractTexts } from './pipeline.js';
import type { ArticleText } from './read/read-article.js';
import type { KnownHolder } from './resolve/resolve-corpus.js';
import { articlePayloads, redirectPayloads, separateNamesakes, type ArticlePayload } from './write/article-batches.js';
import { mergeRedirects, proposeMerges } from './write/merge-writer.js';
import { writeArticles, type ArticleOutcome, type WriteCounts } from './write/graph-writer.js';
import { withImportLease } from './write/import-lease.js';

export interface ImportSummary {
  imported: number;
  unchanged: number;
  failed: number;
  counts: WriteCounts;
  outcomes: ArticleOutcome[];
  failures: { file: string; message: string }[];
  seconds: number;
  /** Pairs of people now proposed for review (`npm run merges -- list`). */
  proposedMerges: number;
}

export interface ImportOptions {
  maxBytes?: number;
  /** Told how far the import is: `done` of `total` steps (each file is extracted, then written), and the stage. */
  onProgress?: (done: number, total: number, stage: 'extracting' | 'writing' | 'merges') => void;
  batchSize?: number;
  /** Told whom this import waits for when another writer holds the graph. */
  onWait?: (holder: string) => void;
}

/** The people already in the graph, so that a new article's "Starmer" joins the existing node. */
export async function knownLeaders(graph: Graph): Promise<KnownNames> {
  const known = new KnownNames();
  const result = await graph.driver.executeQuery(
    'MATCH (n:Leader) RETURN n.name AS name, n.aliases AS aliases',
    {},
    { database: graph.database, routing: 'READ' },
  );
  for (const record of result.records) {
    known.add(record.get('name') as string);
    for (const alias of (record.get('aliases') as string[] | null) ?? []) if (alias.includes(' ')) known.add(alias);
  }
  return known;
}

/** Payloads ready to write: merged-away names sent to their node, namesakes of another nation kept apart. */
async function preparePayloads(graph: Graph, payloads: ArticlePayload[]): Promise<ArticlePayload[]> {
  const redirected = redirectPayloads(payloads, await mergeRedirects(graph));
  const ids = [
    ...new Set(
      redirected.flatMap((payload) => payload.entities.filter((row) => row.label === 'Leader').map((row) => row.id)),
    ),
  ];
  const result = await graph.driver.executeQuery(
    'UNWIND $ids AS id MATCH (n:Leader {id: id}) RETURN n.id AS id, n.nation AS nation',
    { ids },
    { database: graph.database, routing: 'READ' },
  );
  return separateNamesakes(
    redirected,
    new Map(
      result.records.map((record) => [record.get('id') as string, (record.get('nation') as string | null) ?? null]),
    ),
  );
}

/** Who held which role according to the graph, with the dates of the articles that said so. */
export async function knownHolders(graph: Graph): Promise<KnownHolder[]> {
  const result = await graph.driver.executeQuery(
    `MATCH (l:Leader)-[h:HOLDS_ROLE]->(n)
     RETURN l.name AS name, h.role AS role, n.code AS nation, [d IN h.evidenceDates WHERE d <> ''] AS dates`,
    {},
    { database: graph.database, routing: 'READ' },
  );
  return result.records
    .filter((record) => record.get('role'))
    .map((record) => ({
      name: record.get('name'),
      role: record.get('role'),
      nation: record.get('nation') ?? null,
      dates: record.get('dates') ?? [],
    }));
}

/** What the graph already knows that extraction uses: people's names, role holders, pairs kept apart. */
async function graphKnowledge(
  graph: Graph,
): Promise<{ known: KnownNames; holders: KnownHolder[]; keptApart: Set<string> }> {
  const rejected = await graph.driver.executeQuery(
    `MATCH (d:${MERGE_DECISION} {decision: 'rejected'}) RETURN d.key AS key`,
    {},
    { database: graph.database, routing: 'READ' },
  );
  return {
    known: await knownLeaders(graph),
    holders: await knownHolders(graph),
    keptApart: new Set(rejected.records.map((record) => record.get('key') as string)),
  };
}

/**
 * Extracts and writes files into a connected graph, holding the graph's write lease from the first read of what it
 * knows to the last write, so concurrent imports end as if run one after the other.
 */
export async function importFiles(graph: Graph, files: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  return withImportLease(graph, { purpose: `import of ${files.length} file(s)`, onWait: options.onWait }, () =>
    importFilesNow(graph, files, options),
  );
}

async function importFilesNow(graph: Graph, files: string[], options: ImportOptions): Promise<ImportSummary> {
  const began = Date.now();
  const total = files.length * 2;
  options.onProgress?.(0, total, 'extracting');
  const run = await extractFiles(files, {
    maxBytes: options.maxBytes,
    keepText: true,
    ...(await graphKnowledge(graph)),
    onProgress: (done) => options.onProgress?.(done, total, 'extracting'),
  });
  const payloads = await preparePayloads(graph, articlePayloads(run.corpus, run.texts));
  const { outcomes, counts } = await writeArticles(graph, payloads, {
    batchSize: options.batchSize,
    onProgress: (done) =>
      options.onProgress?.(
        files.length + Math.round((done / Math.max(1, payloads.length)) * files.length),
        total,
        'writing',
      ),
  });
  options.onProgress?.(total, total, 'merges');
  const proposedMerges = await proposeMerges(graph);
  const summary: ImportSummary = {
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    unchanged: outcomes.filter((outcome) => outcome.status === 'unchanged').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length + run.failures.length,
    counts,
    outcomes,
    failures: run.failures,
    seconds: (Date.now() - began) / 1000,
    proposedMerges,
  };
  return summary;
}

/** Extracts and writes articles already in memory (the API's upload), through the same pipeline as files. */
export async function importTexts(
  graph: Graph,
  articles: ArticleText[],
  options: Pick<ImportOptions, 'onWait'> = {},
): Promise<ImportSummary> {
  return withImportLease(
    graph,
    { purpose: `import of ${articles.length} uploaded article(s)`, onWait: options.onWait },
    () => importTextsNow(graph, articles),
  );
}

async function importTextsNow(graph: Graph, articles: ArticleText[]): Promise<ImportSummary> {
  const began = Date.now();
  const run = extractTexts(articles, await graphKnowledge(graph));
  const { outcomes, counts } = await writeArticles(
    graph,
    await preparePayloads(graph, articlePayloads(run.corpus, run.texts)),
  );
  const proposedMerges = await proposeMerges(graph);
  return {
    proposedMerges,
    imported: outcomes.filter((outcome) => outcome.status === 'imported').length,
    unchanged: outcomes.filter((outcome) => outcome.status === 'unchanged').length,
    failed: outcomes.filter((outcome) => outcome.status === 'failed').length,
    counts,
    outcomes,
    failures: [],
    seconds: (Date.now() - began) / 1000,
  };
}
