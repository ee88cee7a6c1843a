/**
 * statements: one Statement per quotation, near-identical wordings of the same speaker (several outlets reporting
 * one quote, a word changed or a comma moved) merged into one, keeping every wording.
 */
import { createHash } from 'node:crypto';
import type { Claim } from '../extract/extract-article.js';
import { normaliseName } from '../extract/tokens.js';

export interface StatementGroup {
  speaker: string;
  /** The wording reported most often (the longest on a tie). */
  text: string;
  wordings: string[];
  claims: Claim[];
}

export interface QuoteClaim {
  speaker: string;
  text: string;
  claim: Claim;
}

function words(text: string): string[] {
  return normaliseName(text).split(' ').filter(Boolean);
}

/** Two wordings are one quote when nearly all the words of the shorter are in the longer and their lengths are close. */
export function isSameQuote(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  if (x.join(' ') === y.join(' ')) return true;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  if (shorter.length < 4 || shorter.length / longer.length < 0.75) return false;
  const pool = new Set(longer);
  const shared = shorter.filter((word) => pool.has(word)).length;
  return shared / shorter.length >= 0.85;
}

export function mergeStatements(quotes: QuoteClaim[]): StatementGroup[] {
  const groups: (StatementGroup & { counts: Map<string, number> })[] = [];
  const bySpeaker = new Map<string, typeof groups>();
  for (const quote of quotes) {
    const own = bySpeaker.get(quote.speaker) ?? [];
    bySpeaker.set(quote.speaker, own);
    const group = own.find((candidate) => candidate.wordings.some((wording) => isSameQuote(wording, quote.text)));
    if (group) {
      if (!group.wordings.includes(quote.text)) group.wordings.push(quote.text);
      group.counts.set(quote.text, (group.counts.get(quote.text) ?? 0) + 1);
      group.claims.push(quote.claim);
    } else {
      const created = {
        speaker: quote.speaker,
        text: quote.text,
        wordings: [quote.text],
        claims: [quote.claim],
        counts: new Map([[quote.text, 1]]),
      };
      groups.push(created);
      own.push(created);
    }
  }
  return groups.map(({ counts, ...group }) => {
    const text = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    return { ...group, text };
  });
}

/** The stable key of a statement: its speaker and its words. */
export function statementKey(speaker: string, text: string): string {
  return `${speaker.replace(/^leader:/, '')}-${createHash('sha1').update(words(text).join(' ')).digest('hex').slice(0, 12)}`;
}
