/**
 * pipeline: reads article files and extracts one resolved graph from them, reporting the files it could not read.
 * Each file is read once and its text let go after extraction (unless the importer keeps it), so memory stays bounded
 * by the claims; the rare article that needs a name learned after it is read again (see CorpusExtractor).
 */
import { CorpusExtractor } from './extract/corpus-extractor.js';
import { extractAll } from './extract/index.js';
import type { ArticleExtraction } from './extract/extract-article.js';
import { KnownNames } from './extract/known-names.js';
import { ArticleInputError, readArticle, type ArticleText } from './read/read-article.js';
import { resolveCorpus, type KnownHolder, type ResolvedCorpus } from './resolve/resolve-corpus.js';

export interface FileFailure {
  file: string;
  message: string;
}

export interface CorpusRun {
  corpus: ResolvedCorpus;
  /** The articles read, with their text and content hash, by article id. */
  texts: Map<string, ArticleText>;
  failures: FileFailure[];
  bytes: number;
}

export interface RunOptions {
  maxBytes?: number;
  /** Keep each article's text (the importer stores it); `extract` does not need it. */
  keepText?: boolean;
  /** Names already known, e.g. the leaders already in the database. */
  known?: KnownNames;
  /** Role holders already in the database, for "the prime minister" in an article that names nobody. */
  holders?: KnownHolder[];
  /** Pairs of people an analyst said are different (pairKey of their ids). */
  keptApart?: ReadonlySet<string>;
  onProgress?: (done: number, total: number, file: string) => void;
}

async function tryRead(
  file: string,
  maxBytes: number | undefined,
  failures: FileFailure[] | null,
): Promise<ArticleText | null> {
  try {
    return await readArticle(file, maxBytes);
  } catch (error) {
    if (!(error instanceof ArticleInputError)) throw error;
    failures?.push({ file, message: error.message });
    return null;
  }
}

/** Extracts a corpus from files: bad files are reported in `failures`, the others are extracted. */
export async function extractFiles(files: string[], options: RunOptions = {}): Promise<CorpusRun> {
  const extractor = new CorpusExtractor(options.known ?? new KnownNames());
  const failures: FileFailure[] = [];
  const extractions: ArticleExtraction[] = [];
  /** The file of each extraction, to read it again when it is stale. */
  const sources: string[] = [];
  const texts = new Map<string, ArticleText>();
  const keep = (extraction: ArticleExtraction): ArticleExtraction =>
    options.keepText ? extraction : { ...extraction, text: '' };
  let bytes = 0;
  let done = 0;
  for (const file of files) {
    const article = await tryRead(file, options.maxBytes, failures);
    options.onProgress?.(++done, files.length, file);
    if (!article) continue;
    bytes += Buffer.byteLength(article.text);
    extractions.push(keep(extractor.extract(article)));
    sources.push(file);
    if (options.keepText) texts.set(article.id, article);
  }
  for (const index of extractor.stale()) {
    const article =
      texts.get(extractions[index]!.article.id) ?? (await tryRead(sources[index]!, options.maxBytes, null));
    if (article) extractions[index] = keep(extractor.extractAgain(article));
  }
  return {
    corpus: resolveCorpus(extractions, { holders: options.holders, keptApart: options.keptApart }),
    texts,
    failures,
    bytes,
  };
}

/** Extracts a corpus from articles already in memory (an upload); their text is kept for the importer. */
export function extractTexts(
  articles: ArticleText[],
  options: Pick<RunOptions, 'known' | 'holders' | 'keptApart'> = {},
): CorpusRun {
  const extractions = extractAll(articles, options.known);
  const texts = new Map(articles.map((article) => [article.id, article]));
  const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
  return {
    corpus: resolveCorpus(extractions, { holders: options.holders, keptApart: options.keptApart }),
    texts,
    failures: [],
    bytes,
  };
}

/** Extracts and resolves a corpus of articles held in memory. */
export function extractCorpus(articles: ArticleText[], known = new KnownNames()): ResolvedCorpus {
  return resolveCorpus(extractAll(articles, known));
}
