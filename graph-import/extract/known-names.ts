/**
 * known-names: the people named with a title, an honorific or a reporting verb anywhere in the corpus, so that later
 * bare mentions ("Starmer", "including Jane Doe", a one-letter slip of a surname) are recognised as the same people.
 */
import { distance } from 'fastest-levenshtein';
import { NAME_PARTICLES, NAME_SUFFIXES } from './lexicon/roles.js';
import { normaliseName } from './tokens.js';

/** The surname of a full name: its last word, with particles ("von der Leyen") and without a suffix ("Charles III"). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => !NAME_SUFFIXES.test(word));
  if (words.length <= 1) return words[0] ?? name;
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1]!)) start--;
  return words.slice(start).join(' ');
}

export function firstNameOf(name: string): string | null {
  const words = name.split(/\s+/);
  return words.length > 1 ? words[0]! : null;
}

/** Two surnames are a near miss when they differ by one letter and are long enough for that to be a slip. */
export function isNearMiss(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y || x[0] !== y[0]) return false;
  return Math.min(x.length, y.length) >= 5 && distance(x, y) === 1;
}

export class KnownNames {
  private readonly fullNames = new Set<string>();
  private readonly surnames = new Map<string, string>();
  /** Surnames by first letter and length, to find one-letter slips without comparing every surname. */
  private readonly surnameBuckets = new Map<string, string[]>();
  private readonly firstNames = new Set<string>();

  add(name: string): void {
    const full = normaliseName(name);
    if (!full) return;
    this.fullNames.add(full);
    const surname = normaliseName(surnameOf(name));
    if (surname.length >= 3 && !this.surnames.has(surname)) {
      this.surnames.set(surname, name);
      const bucket = `${surname[0]}${surname.length}`;
      this.surnameBuckets.set(bucket, [...(this.surnameBuckets.get(bucket) ?? []), surname]);
    }
    const first = firstNameOf(name);
    if (first && surnameOf(name) !== name) this.firstNames.add(normaliseName(first));
  }

  get size(): number {
    return this.fullNames.size;
  }

  /** Whether a name is a known person: the full name, the surname alone, or a one-letter slip of a known surname. */
  matches(name: string): boolean {
    const key = normaliseName(name);
    if (this.fullNames.has(key) || this.surnames.has(key)) return true;
    if (!key.includes(' ') && key.length >= 6) {
      for (let length = key.length - 1; length <= key.length + 1; length++) {
        for (const surname of this.surnameBuckets.get(`${key[0]}${length}`) ?? []) if (isNearMiss(key, surname)) return true;
      }
    }
    // A full name whose surname is known and whose first name is new is not matched: it may be another person.
    return false;
  }

  isFirstName(name: string): boolean {
    return this.firstNames.has(normaliseName(name));
  }

  names(): string[] {
    return [...this.fullNames];
  }
}
