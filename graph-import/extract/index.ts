/**
 * extract: the extraction pipeline over a corpus: each article's claims extracted with the people named with a title
 * anywhere in the corpus, and the resolver makes one graph of them.
 */
import type { ArticleText } from '../read/read-article.js';
import { resolveCorpus, type ResolvedCorpus } from '../resolve/resolve-corpus.js';
import { CorpusExtractor } from './corpus-extractor.js';
import { extractArticle, type ArticleExtraction } from './extract-article.js';
import { KnownNames } from './known-names.js';

export type { ArticleExtraction } from './extract-article.js';
export type { ResolvedCorpus } from '../resolve/resolve-corpus.js';

/** Extracts the articles of a corpus held in memory, each with every name the corpus introduces. */
export function extractAll(articles: readonly ArticleText[], known = new KnownNames()): ArticleExtraction[] {
  const extractor = new CorpusExtractor(known);
  const extractions = articles.map((article) => extractor.extract(article));
  for (const index of extractor.stale()) extractions[index] = extractor.extractAgain(articles[index]!);
  return extractions;
}

/** Extracts and resolves a corpus of articles held in memory. */
export function extractCorpus(articles: ArticleText[], known = new KnownNames()): ResolvedCorpus {
  return resolveCorpus(extractAll(articles, known));
}

export { CorpusExtractor, extractArticle, KnownNames, resolveCorpus };
