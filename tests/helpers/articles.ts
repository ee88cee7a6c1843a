/**
 * articles helpers: in-memory articles for testing extraction rules on our own sentences.
 */
import { decodeArticle, type ArticleText } from '../../graph-import/read/read-article.js';
import { extractCorpus } from '../../graph-import/pipeline.js';
import type { ExtractedRelation, Extraction } from '../../graph-model/index.js';

let counter = 0;

export function article(text: string, header: Record<string, string> = {}): ArticleText {
  const head = Object.entries({ title: `Test report ${++counter}`, ...header })
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return decodeArticle(`test-${counter}.txt`, Buffer.from(`${head}\n---\n${text}\n`));
}

export function extract(...texts: (string | ArticleText)[]): Extraction {
  return extractCorpus(texts.map((text) => (typeof text === 'string' ? article(text) : text)));
}

/** Relations of a type as readable "source -> target" lines (statements by their text). */
export function claims(extraction: Extraction, type: ExtractedRelation['type']): string[] {
  const byId = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  return extraction.relations
    .filter((relation) => relation.type === type)
    .map(
      (relation) =>
        `${byId.get(relation.source)?.name} -> ${byId.get(relation.target)?.text ?? byId.get(relation.target)?.name}`,
    );
}

export function entityNames(extraction: Extraction, type: string): string[] {
  return extraction.entities.filter((entity) => entity.type === type).map((entity) => entity.name);
}
