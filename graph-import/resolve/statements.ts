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

/** A wording's words, worked out once: a speaker's quotes are compared with each other many times. */
interface Wording {
  text: string;
  words: string[];
  key: string;
  pool: Set<string>;
}

function wording(text: string): Wording {
  const list = words(text);
  return { text, words: list, key: list.join(' '), pool: new Set(list) };
}

/** Two wordings are one quote when nearly all the words of the shorter are in the longer and their lengths are close. */
function isSameQuote(x: Wording, y: Wording): boolean {
  if (x.key === y.key) return true;
  const [shorter, longer] = x.words.length <= y.words.length ? [x, y] : [y, x];
  if (shorter.words.length < 4 || shorter.words.length / longer.words.length < 0.75) return false;
  let shared = 0;
  for (const word of shorter.words) if (longer.pool.has(word)) shared++;
  return shared / shorter.words.length >= 0.85;
}

interface Group {
  speaker: string;
  wordings: Wording[];
  claims: Claim[];
  counts: Map<string, number>;
}

export function mergeStatements(quotes: QuoteClaim[]): StatementGroup[] {
  const groups: Group[] = [];
  const bySpeaker = new Map<string, { groups: Group[]; byKey: Map<string, Group> }>();
  for (const quote of quotes) {
    let own = bySpeaker.get(quote.speaker);
    if (!own) bySpeaker.set(quote.speaker, (own = { groups: [], byKey: new Map() }));
    const words = wording(quote.text);
    // The same words again (the usual case: one quote in many reports) is found at once; only new wordings are
    // compared with the speaker's other quotes.
    const group =
      own.byKey.get(words.key) ??
      own.groups.find((candidate) => candidate.wordings.some((known) => isSameQuote(known, words)));
    if (group) {
      if (!group.counts.has(quote.text)) group.wordings.push(words);
      group.counts.set(quote.text, (group.counts.get(quote.text) ?? 0) + 1);
      group.claims.push(quote.claim);
      own.byKey.set(words.key, group);
    } else {
      const created: Group = {
        speaker: quote.speaker,
        wordings: [words],
        claims: [quote.claim],
        counts: new Map([[quote.text, 1]]),
      };
      groups.push(created);
      own.groups.push(created);
      own.byKey.set(words.key, created);
    }
  }
  return groups.map(({ counts, speaker, wordings, claims }) => {
    const text = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0];
    return { speaker, text, wordings: wordings.map((known) => known.text), claims };
  });
}

/** The stable key of a statement: its speaker and its words. */
export function statementKey(speaker: string, text: string): string {
  return `${speaker.replace(/^leader:/, '')}-${createHash('sha1').update(words(text).join(' ')).digest('hex').slice(0, 12)}`;
}
