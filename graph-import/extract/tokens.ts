/**
 * tokens: splits a sentence into word tokens with offsets; acronyms with dots ("U.S.") and hyphenated words stay whole,
 * possessives ("Russia's") split into the word and "'s".
 */

export interface Token {
  text: string;
  /** Lower-cased text with curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter or is an acronym. */
  capitalised: boolean;
  /** Whether the token can be part of a person's name, worked out by the mention finder the first time it asks. */
  nameLike: boolean | undefined;
}

const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’.][\p{L}\p{M}\p{N}]+)*|[^\s]/gu;
const POSSESSIVE = /^(.+?)(['’]s?)$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // The sentence lower-cased once, sliced per token; per token when lower-casing changes a length ("İ").
  let lower = text.toLowerCase();
  if (lower.length !== text.length) lower = '';
  else if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  // exec on the one global pattern: matchAll would copy the pattern for every sentence.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    const value = match[0];
    const possessive = value.length > 2 && /['’]s$/.test(value) ? POSSESSIVE.exec(value) : null;
    if (possessive) {
      const base = possessive[1]!;
      tokens.push(makeToken(base, start, lower));
      tokens.push(makeToken(possessive[2]!, start + base.length, lower));
    } else {
      tokens.push(makeToken(value, start, lower));
    }
  }
  return tokens;
}

function makeToken(text: string, start: number, sentenceLower: string): Token {
  const end = start + text.length;
  return {
    text,
    lower: sentenceLower ? sentenceLower.slice(start, end) : lowerOf(text),
    start,
    end,
    capitalised: startsUpperCase(text),
    nameLike: undefined,
  };
}

function lowerOf(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

const UPPER_FIRST = /^\p{Lu}/u;

/** Whether a word starts with an upper-case letter: ASCII decided by its code, the rest by Unicode's category. */
function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_FIRST.test(text);
}

/**
 * Every match of a global pattern in a text. `exec` on the one pattern, where `matchAll` would copy the pattern for
 * each text: the extractor runs a few patterns on every sentence.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  return matches;
}

/** Case-folded, accent-free, punctuation-free form of a name, for comparing names. */
const normalised = new Map<string, string>();

export function normaliseName(name: string): string {
  let result = normalised.get(name);
  if (result === undefined) {
    result = computeNormalisedName(name);
    if (normalised.size > 100_000) normalised.clear();
    normalised.set(name, result);
  }
  return result;
}

function computeNormalisedName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}
