/**
 * surname-only: people an article names by one word alone, with no title or full name anywhere in it ("Assad
 * addressed the summit", "Okafor says"). A capitalised word is taken for such a name when the article shows that it
 * is a proper noun (capitalised inside a sentence, twice or more, on its own), that it acts as a person (a verb only
 * people take, or a reporting verb, follows it; or '"...," said X'), and never that it is a place ("in X", "to X"),
 * the head of a longer name ("X Group") or anything the mention finder already knows (a nation, an organisation,
 * a title, an event).
 */
import { CALENDAR_NAME } from './lexicon/calendar.js';
import { HEAD_ROLES, HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon/roles.js';
import { AUXILIARIES, FUNCTION_WORDS, PERSON_VERBS, SPEECH_VERBS } from './lexicon/verbs.js';
import type { SentenceAnalysis } from './mentions.js';
import type { Token } from './tokens.js';

/** Words before a place, never before a person acting: "in X", "to X". */
const PLACE_PREPOSITIONS = new Set('in at from to into near across outside inside via throughout around'.split(' '));
const INVERTED_REPORTING = new Set(['said', 'says', 'added', 'adds', 'told', 'wrote']);

interface Evidence {
  standalone: number;
  inside: number;
  acts: number;
  place: boolean;
}

/** The one-word names an article uses for people it never names in full (see the module's comment). */
export function surnameOnlyPeople(analyses: readonly SentenceAnalysis[]): string[] {
  const words = new Map<string, Evidence>();
  const excluded = new Set<string>();
  for (const { tokens, mentions } of analyses) {
    const covered = new Uint8Array(tokens.length);
    for (const mention of mentions) covered.fill(1, mention.from, mention.to);
    tokens.forEach((token, index) => {
      if (covered[index]) {
        // A word the finder reads as a nation, an organisation or part of a known name is never a surname alone.
        if (token.capitalised) excluded.add(token.text);
        return;
      }
      if (!isCandidate(token)) return;
      const previous = tokens[index - 1];
      const next = tokens[index + 1];
      const evidence = words.get(token.text) ?? { standalone: 0, inside: 0, acts: 0, place: false };
      words.set(token.text, evidence);
      if (previous && PLACE_PREPOSITIONS.has(previous.lower)) evidence.place = true;
      // Part of a longer capitalised name ("Adani Group", "Prime Minister X") is not the word alone.
      if ((next?.capitalised && /^\p{L}/u.test(next.text)) || (previous?.capitalised && index > 1)) return;
      evidence.standalone++;
      if (index > 0 && previous && /^[\p{Ll},]/u.test(previous.text)) evidence.inside++;
      if (previous?.lower !== 'the' && actsAfter(tokens, index + 1)) evidence.acts++;
      if (previous && INVERTED_REPORTING.has(previous.lower) && (!next || /^[.,;]$/.test(next.text))) evidence.acts++;
    });
  }
  return [...words]
    .filter(([word, { standalone, inside, acts, place }]) => {
      return standalone >= 2 && inside >= 1 && acts >= 1 && !place && !excluded.has(word);
    })
    .map(([word]) => word);
}

function isCandidate(token: Token): boolean {
  const text = token.text;
  return (
    token.capitalised &&
    text.length >= 3 &&
    /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(text) &&
    !FUNCTION_WORDS.has(text) &&
    !CALENDAR_NAME.test(text) &&
    !HONORIFICS.has(text) &&
    !ROLE_HEADS.has(token.lower) &&
    !ROLE_MODIFIERS.has(token.lower) &&
    !HEAD_ROLES.has(token.lower)
  );
}

/** A verb only people take, or a reporting verb, at `index`, possibly behind an auxiliary or two. */
function actsAfter(tokens: readonly Token[], index: number): boolean {
  let at = index;
  for (let skipped = 0; skipped < 2 && AUXILIARIES.has(tokens[at]?.lower ?? ''); skipped++) at++;
  const verb = tokens[at]?.lower ?? '';
  return PERSON_VERBS.has(verb) || SPEECH_VERBS.has(verb);
}
