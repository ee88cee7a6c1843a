/**
 * extract: the extraction over a corpus: each article's claims extracted with the people named with a title anywhere
 * in the corpus. Resolving them into one graph is resolve/'s (see pipeline.ts, which composes the two).
 */
import type { ArticleText } from '../read/read-article.js';
import { CorpusExtractor } from './corpus-extractor.js';
import { extractArticle, type ArticleExtraction } from './extract-article.js';
import { KnownNames } from './known-names.js';

export type { ArticleExtraction } from './extract-article.js';

/** Extracts the articles of a corpus held in memory, each with every name the corpus introduces. */
export function extractAll(articles: readonly ArticleText[], known = new KnownNames()): ArticleExtraction[] {
  const extractor = new CorpusExtractor(known);
  const extractions = articles.map((article) => extractor.extract(article));
  for (const index of extractor.stale()) extractions[index] = extractor.extractAgain(articles[index]!);
  return extractions;
}

export { CorpusExtractor, extractArticle, KnownNames };
