/**
 * extract: the extraction pipeline over a corpus: a first pass learns the people named with a title, a second extracts
 * each article's claims, and the resolver makes one graph of them.
 */
import type { ArticleText } from '../read/read-article.js';
import { resolveCorpus, type ResolvedCorpus } from '../resolve/resolve-corpus.js';
import { layoutDocument } from './document.js';
import { extractArticle, type ArticleExtraction } from './extract-article.js';
import { KnownNames } from './known-names.js';
import { findMentions } from './mentions.js';

export type { ArticleExtraction } from './extract-article.js';
export type { ResolvedCorpus } from '../resolve/resolve-corpus.js';

/** Learns the names of the people an article introduces with a title, an honorific or a reporting verb. */
export function learnNames(article: Pick<ArticleText, 'text' | 'title'>, known: KnownNames): void {
  const empty = new KnownNames();
  for (const sentence of layoutDocument(article.text, article.title).sentences) {
    for (const mention of findMentions(sentence.text, empty).mentions) {
      if (mention.kind === 'person' && !mention.firstNameOnly && (mention.titled || mention.name.includes(' '))) known.add(mention.name);
    }
  }
}

/** Extracts and resolves a corpus of articles held in memory. */
export function extractCorpus(articles: ArticleText[], known = new KnownNames()): ResolvedCorpus {
  for (const article of articles) learnNames(article, known);
  const extractions: ArticleExtraction[] = articles.map((article) => extractArticle(article, known));
  return resolveCorpus(extractions);
}

export { extractArticle, KnownNames, resolveCorpus };
