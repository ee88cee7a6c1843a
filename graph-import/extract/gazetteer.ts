/**
 * gazetteer: a phrase index over nations and organisations, matched token by token, longest phrase first.
 */
import { NATIONS } from './lexicon/nations.js';
import { ORGANISATIONS } from './lexicon/organisations.js';
import { tokenize, type Token } from './tokens.js';

export type GazetteerEntry =
  | { type: 'nation'; code: string; form: 'name' | 'demonym' | 'seat' }
  | { type: 'organisation'; name: string; kind: string };

interface Phrase {
  entry: GazetteerEntry;
  /** Exact surface for acronyms ("US" must not match "us"). */
  exact: string | null;
  /** A one-word name written with its article ("the States"): matched only after "the" ("Island States" is none). */
  afterThe?: boolean;
}

const MAX_PHRASE_TOKENS = 8;

function phraseKey(tokens: readonly Token[]): string {
  return tokens.map((token) => token.lower).join(' ');
}

export class Gazetteer {
  private readonly phrases = new Map<string, Phrase[]>();
  /** Every proper prefix of a phrase key, so a lookup stops as soon as no phrase can start this way. */
  private readonly prefixes = new Set<string>();
  private maxTokens = 1;

  add(surface: string, entry: GazetteerEntry): void {
    const cleaned = surface.replace(/^the\s+/i, '');
    const tokens = tokenize(cleaned);
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return;
    const key = phraseKey(tokens);
    const isAcronym = /^[\p{Lu}.&+-]+$/u.test(cleaned) && cleaned.replace(/\W/g, '').length <= 5;
    const list = this.phrases.get(key) ?? [];
    const afterThe = cleaned !== surface && tokens.length === 1;
    const known = list.find(
      (phrase) => sameEntry(phrase.entry, entry) && phrase.exact === (isAcronym ? cleaned : null),
    );
    if (!known) list.push({ entry, exact: isAcronym ? cleaned : null, ...(afterThe ? { afterThe } : {}) });
    // Written without its article too ("The Guardian" and "Guardian"): matched anywhere.
    else if (known.afterThe && !afterThe) delete known.afterThe;
    this.phrases.set(key, list);
    for (let length = 1; length < tokens.length; length++) this.prefixes.add(phraseKey(tokens.slice(0, length)));
    this.maxTokens = Math.max(this.maxTokens, tokens.length);
  }

  /** The longest phrase starting at token `index`, if any. */
  match(tokens: readonly Token[], index: number): { entry: GazetteerEntry; length: number } | null {
    const first = tokens[index]!;
    if (!first.capitalised && !/^\d/.test(first.text)) return null;
    // Grow the key token by token while it is a phrase or the start of one; try the longest first.
    const keys: string[] = [];
    let key = '';
    for (let length = 1; length <= Math.min(this.maxTokens, tokens.length - index); length++) {
      key = length === 1 ? first.lower : `${key} ${tokens[index + length - 1]!.lower}`;
      keys.push(key);
      if (!this.prefixes.has(key)) break;
    }
    for (let length = keys.length; length >= 1; length--) {
      const candidates = this.phrases.get(keys[length - 1]!);
      if (!candidates) continue;
      const slice = tokens.slice(index, index + length);
      const surface = slice.map((token) => token.text).join(' ');
      for (const candidate of candidates) {
        if (candidate.exact !== null && candidate.exact !== surface) continue;
        if (candidate.afterThe && tokens[index - 1]?.lower !== 'the') continue;
        // A multi-word name must be written as a name: every content word capitalised.
        if (length > 1 && slice.some((token) => token.lower.length > 3 && !token.capitalised)) continue;
        return { entry: candidate.entry, length };
      }
    }
    return null;
  }
}

function sameEntry(a: GazetteerEntry, b: GazetteerEntry): boolean {
  return a.type === 'nation' && b.type === 'nation'
    ? a.code === b.code && a.form === b.form
    : a.type === 'organisation' && b.type === 'organisation' && a.name === b.name;
}

let defaultGazetteer: Gazetteer | null = null;

/** The gazetteer of all nations and known organisations, built once. */
export function gazetteer(): Gazetteer {
  if (defaultGazetteer) return defaultGazetteer;
  const built = new Gazetteer();
  // Organisations first: where a phrase is both, the organisation reading is the more specific one.
  for (const organisation of ORGANISATIONS) {
    for (const surface of [organisation.name, ...organisation.aliases]) {
      built.add(surface, { type: 'organisation', name: organisation.name, kind: organisation.kind });
    }
  }
  for (const nation of NATIONS) {
    for (const surface of nation.names) built.add(surface, { type: 'nation', code: nation.code, form: 'name' });
    for (const surface of nation.demonyms) built.add(surface, { type: 'nation', code: nation.code, form: 'demonym' });
    for (const surface of nation.seats) built.add(surface, { type: 'nation', code: nation.code, form: 'seat' });
  }
  defaultGazetteer = built;
  return built;
}
