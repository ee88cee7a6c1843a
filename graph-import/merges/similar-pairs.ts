/**
 * similar-pairs: people the resolver kept apart but who may be one, proposed for review instead of merged:
 * the same name with different nations (two people, or one with a wrong nation), the same surname with a similar
 * first name, a surname one letter apart. Pure: a list of people in, scored pairs out.
 */
import { distance } from 'fastest-levenshtein';
import { firstNameOf, isNearMiss, surnameOf } from '../extract/known-names.js';
import { normaliseName } from '../extract/tokens.js';
import { append } from '../collections.js';

export interface PersonRecord {
  id: string;
  name: string;
  nation: string | null;
}

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
  reason: string;
}

/** The key of a pair, the same whichever way round it is given. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Keys that put a surname next to every surname one edit away: itself and each one-letter deletion of it. */
function blockingKeys(surname: string): string[] {
  const key = normaliseName(surname);
  const keys = [key];
  for (let index = 0; index < key.length; index++) keys.push(key.slice(0, index) + key.slice(index + 1));
  return keys;
}

function judge(x: PersonRecord, y: PersonRecord): Omit<SimilarPair, 'a' | 'b'> | null {
  const [surnameX, surnameY] = [surnameOf(x.name), surnameOf(y.name)];
  const [firstX, firstY] = [firstNameOf(x.name), firstNameOf(y.name)];
  const nationsDiffer = !!x.nation && !!y.nation && x.nation !== y.nation;
  const sameSurname = normaliseName(surnameX) === normaliseName(surnameY);
  if (sameSurname && firstX && firstY && normaliseName(firstX) === normaliseName(firstY)) {
    return nationsDiffer
      ? { score: 0.5, reason: `same name, different nations (${x.nation} / ${y.nation})` }
      : { score: 0.9, reason: 'same name' };
  }
  if (nationsDiffer) return null;
  if (sameSurname && firstX && firstY && distance(normaliseName(firstX), normaliseName(firstY)) <= 2) {
    return { score: 0.7, reason: `same surname, similar first names (${firstX} / ${firstY})` };
  }
  if (sameSurname && (!firstX || !firstY)) return { score: 0.6, reason: 'surname alone matches a full name' };
  if (isNearMiss(surnameX, surnameY) && (!firstX || !firstY || normaliseName(firstX)[0] === normaliseName(firstY)[0])) {
    return { score: 0.6, reason: `surnames one letter apart (${surnameX} / ${surnameY})` };
  }
  return null;
}

/** The pairs worth a person's look, best first, leaving out the pairs in `decided` (by pairKey). */
export function similarPairs(people: PersonRecord[], decided: ReadonlySet<string> = new Set()): SimilarPair[] {
  const blocks = new Map<string, PersonRecord[]>();
  for (const person of people) {
    for (const key of new Set(blockingKeys(surnameOf(person.name)))) append(blocks, key, person);
  }
  const pairs = new Map<string, SimilarPair>();
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > 200) continue;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [members[i]!, members[j]!];
        const key = pairKey(x.id, y.id);
        if (x.id === y.id || pairs.has(key) || decided.has(key)) continue;
        const verdict = judge(x, y);
        if (verdict) pairs.set(key, { a: x.id < y.id ? x.id : y.id, b: x.id < y.id ? y.id : x.id, ...verdict });
      }
    }
  }
  return [...pairs.values()].sort((p, q) => q.score - p.score || p.a.localeCompare(q.a));
}
