/**
 * known-names: the people named with a title, an honorific or a reporting verb anywhere in the corpus, so that later
 * bare mentions ("Starmer", "including Jane Doe", a one-letter slip of a surname) are recognised as the same people.
 */
import { distance } from 'fastest-levenshtein';
import { ARABIC_PARTICLES, NAME_PARTICLES, NAME_SUFFIXES } from './lexicon/roles.js';
import { normaliseName } from './tokens.js';
import { append } from '../collections.js';

/** A given name written after the family name, as Korean and Taiwanese names are romanised: "Min-jun", "Ching-te". */
const FAMILY_NAME_FIRST = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/** The surname of a full name: its last word, with particles ("von der Leyen") and without a suffix ("Charles III"). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => !NAME_SUFFIXES.test(word));
  if (words.length <= 1) return words[0] ?? name;
  // "von der Leyen" (after "Ms"): a name that begins with a particle is a surname alone.
  if (NAME_PARTICLES.has(words[0]!)) return words.join(' ');
  // "Park Min-jun", "Lai Ching-te": a given name of two syllables joined by a hyphen comes after the family name.
  if (words.length === 2 && FAMILY_NAME_FIRST.test(words[1]!)) return words[0]!;
  let start = words.length - 1;
  while (start > 1 && NAME_PARTICLES.has(words[start - 1]!)) start--;
  return words.slice(start).join(' ');
}

/**
 * The inner words of a name of three words or more, which some cultures use alone: "Lula" of "Luiz Inácio Lula da
 * Silva". Particles and initials are left out.
 */
export function innerNamesOf(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => !NAME_SUFFIXES.test(word));
  const surnameStart = words.length - surnameOf(name).split(/\s+/).length;
  return words.slice(1, surnameStart).filter((word) => word.length >= 3 && !NAME_PARTICLES.has(word));
}

export function firstNameOf(name: string): string | null {
  const words = name.split(/\s+/);
  return words.length > 1 && !NAME_PARTICLES.has(words[0]!) ? words[0]! : null;
}

/** A normalised surname without the particle joined to it: "al sharaa" (of "al-Sharaa") is also written "sharaa". */
export function bareSurnameKey(key: string): string {
  return key.replace(LEADING_PARTICLE, '');
}

const LEADING_PARTICLE = new RegExp(`^(?:${ARABIC_PARTICLES.join('|')}) (?=\\S{3})`);

/** Two surnames are a near miss when they differ by one letter and are long enough for that to be a slip. */
export function isNearMiss(a: string, b: string): boolean {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (x === y || x[0] !== y[0]) return false;
  return Math.min(x.length, y.length) >= 5 && distance(x, y) === 1;
}

/** What the mention finder asks of the names known: is this a person's name, is this a person's first name. */
export interface NameLookup {
  matches(name: string): boolean;
  isFirstName(name: string): boolean;
}

export class KnownNames implements NameLookup {
  private readonly fullNames = new Set<string>();
  private readonly surnames = new Map<string, string>();
  /** Surnames by first letter and length, to find one-letter slips without comparing every surname. */
  private readonly surnameBuckets = new Map<string, string[]>();
  private readonly firstNames = new Set<string>();
  private readonly innerNames = new Set<string>();

  add(name: string): void {
    const full = normaliseName(name);
    if (!full) return;
    this.fullNames.add(full);
    const surname = normaliseName(surnameOf(name));
    for (const key of new Set([surname, bareSurnameKey(surname)])) {
      if (key.length < 3 || this.surnames.has(key)) continue;
      this.surnames.set(key, name);
      append(this.surnameBuckets, `${key[0]}${key.length}`, key);
    }
    const first = firstNameOf(name);
    if (first && surnameOf(name) !== name) this.firstNames.add(normaliseName(first));
    for (const inner of innerNamesOf(name)) this.innerNames.add(normaliseName(inner));
  }

  get size(): number {
    return this.fullNames.size;
  }

  /**
   * Whether a name is a known person: the full name, the surname alone, an inner name alone ("Lula"), or a one-letter
   * slip of a known surname.
   */
  matches(name: string): boolean {
    return this.matchesKey(normaliseName(name));
  }

  /** `matches` for a name already normalised. */
  matchesKey(key: string): boolean {
    if (this.fullNames.has(key) || this.surnames.has(key) || this.innerNames.has(key)) return true;
    if (!key.includes(' ') && key.length >= 6) {
      for (let length = key.length - 1; length <= key.length + 1; length++) {
        for (const surname of this.surnameBuckets.get(`${key[0]}${length}`) ?? [])
          if (isNearMiss(key, surname)) return true;
      }
    }
    // A full name whose surname is known and whose first name is new is not matched: it may be another person.
    return false;
  }

  isFirstName(name: string): boolean {
    return this.firstNames.has(normaliseName(name));
  }

  /** `isFirstName` for a name already normalised. */
  isFirstNameKey(key: string): boolean {
    return this.firstNames.has(key);
  }

  names(): string[] {
    return [...this.fullNames];
  }
}

/**
 * A lookup that answers from `known` (or from no names at all) and remembers each question it answered "no". Names are
 * only ever added, so a "no" is the only answer that can change: an analysis made through this lookup is what any
 * larger set of names would give unless `answersYes` says one of those questions now answers "yes".
 */
export class NameQuestions implements NameLookup {
  /** Normalised names asked about with `matches` and answered "no". */
  readonly names: string[] = [];
  /** Normalised names asked about with `isFirstName` and answered "no". */
  readonly firstNames: string[] = [];

  constructor(private readonly known: KnownNames | null = null) {}

  matches(name: string): boolean {
    const key = normaliseName(name);
    if (this.known?.matchesKey(key)) return true;
    this.names.push(key);
    return false;
  }

  isFirstName(name: string): boolean {
    const key = normaliseName(name);
    if (this.known?.isFirstNameKey(key)) return true;
    this.firstNames.push(key);
    return false;
  }

  /** Whether `known` answers "yes" to any question this lookup answered "no". */
  answersYes(known: KnownNames): boolean {
    return this.names.some((key) => known.matchesKey(key)) || this.firstNames.some((key) => known.isFirstNameKey(key));
  }
}
