/**
 * mentions: finds what a sentence names: nations, organisations, people (with their title of office), descriptions
 * of people ("the prime minister"), pronouns, events and sums of money, with offsets into the sentence.
 */
import { mayHoldCue } from './cue-scan.js';
import { gazetteer } from './gazetteer.js';
import { CALENDAR_NAME } from './lexicon/calendar.js';
import { NATION_BY_CODE } from './lexicon/nations.js';
import { COMPANY_NOUNS, MINISTRY_FIELDS, ORGANISATION_HEADS } from './lexicon/organisations.js';
import {
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  PORTFOLIO_WORDS,
  ROLE_SYNONYMS,
  ARABIC_PARTICLES,
  EVENT_ROLES,
} from './lexicon/roles.js';
import {
  AUXILIARIES,
  PERSON_VERBS,
  ATTEND_VERBS,
  FUNCTION_WORDS,
  OPPOSE_VERBS,
  SPEECH_VERBS,
} from './lexicon/verbs.js';
import type { NameLookup } from './known-names.js';
import { allMatches, tokenize, type Token } from './tokens.js';

interface Span {
  start: number;
  end: number;
  /** Token indexes [first, last + 1). */
  from: number;
  to: number;
}

export type Mention = Span &
  (
    | { kind: 'nation'; code: string; form: 'name' | 'demonym' | 'seat'; surface: string }
    | {
        kind: 'organisation';
        name: string;
        orgKind: string;
        surface: string;
        /** "the company", "the bloc": refers to an organisation named before; `name` is empty. */
        anaphoric?: boolean;
      }
    | {
        kind: 'person';
        name: string;
        role: string | null;
        nation: string | null;
        organisation: string | null;
        firstNameOnly: boolean;
        titled: boolean;
        /** "its chief executive, X": the role is in the organisation named before (`organisation` is null). */
        roleInPrevious?: boolean;
      }
    | { kind: 'descriptor'; role: string; nation: string | null; organisation: string | null; surface: string }
    | { kind: 'pronoun'; surface: string }
    | {
        kind: 'event';
        eventKind: EventKind;
        surface: string;
        definite: boolean;
        place: string | null;
        /** The event's proper name when the text writes one: "the Ukraine Recovery Conference". */
        title: string | null;
      }
  );

export type MentionOf<K extends Mention['kind']> = Extract<Mention, { kind: K }>;

export type EventKind = 'summit' | 'meeting' | 'talks' | 'conference' | 'briefing';

const EVENT_NOUNS: Record<string, EventKind> = {
  summit: 'summit',
  summits: 'summit',
  meeting: 'meeting',
  talks: 'talks',
  negotiations: 'talks',
  conference: 'conference',
  briefing: 'briefing',
  gathering: 'meeting',
  session: 'meeting',
  forum: 'meeting',
};
const EVENT_NOUN_PATTERN = /\b(?:summit|meeting|talks|negotiations|conference|briefing|gathering|session|forum)\b/i;
/** What makes a body called a forum its gathering: "at the World Economic Forum", "opened the Sahel Forum". */
const FORUM_HELD =
  /\b(?:at|during|attended|attends|attending|attend|opened|opens|opening|hosted|hosts|hosting|co-hosted|addressed|addresses|addressing|chaired|joined|told|(?:sidelines|margins)\s+of)\s+(?:the\s+|this\s+year['’]s\s+|last\s+week['’]s\s+)?$/i;
const EVENT_NOUNS_GLOBAL = new RegExp(EVENT_NOUN_PATTERN.source, 'gi');
const EVENT_CUES = Object.keys(EVENT_NOUNS);

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);
/** "the two leaders", "both presidents": a pair of people named before; "both countries": a pair of nations. */
const PAIR_NOUNS = new Set([
  'leaders',
  'presidents',
  'ministers',
  'premiers',
  'men',
  'women',
  'countries',
  'nations',
  'neighbours',
  'neighbors',
  'governments',
]);
/** "the 54-year-old", followed by what a subject does ("said", "has", ","). */
const AGE = /^\d{1,3}-year-old$/;
const AFTER_AGE = /^(?:,|who|has|had|is|was|will|would|also|later|then)$/;

/** Nouns by which news refers back to an organisation it named, and the kind they call for ('' for any). */
const ORGANISATION_ANAPHORS = new Map<string, string>([
  ['company', 'company'],
  ['firm', 'company'],
  ['maker', 'company'],
  ['manufacturer', 'company'],
  ['contractor', 'company'],
  ['lender', ''],
  ['bank', ''],
  ['fund', ''],
  ['bloc', ''],
  ['alliance', ''],
  ['organisation', ''],
  ['organization', ''],
  ['group', ''],
  ['movement', ''],
  // "the kingdom would provide $4bn": the nation named last.
  ['kingdom', 'nation'],
  ['emirate', 'nation'],
  ['sultanate', 'nation'],
  ['country', 'nation'],
  // A body named by its head noun: "the council" is the last named "... Council" (none if there was none).
  ['council', '=council'],
  ['assembly', '=assembly'],
  ['ministry', '=ministry'],
]);
/** Nouns that end the name of a text (an agreement, a treaty), which may contain an organisation's head noun. */
const DOCUMENT_NOUN =
  /^(?:Agreement|Treaty|Accord|Accords|Act|Charter|Declaration|Convention|Protocol|Pact|Framework)$/;

/** Nouns for several people of one office, which a title before them qualifies ("chief diplomats", "top envoys"). */
const PEOPLE_PLURALS = new Set([
  'diplomats',
  'officials',
  'negotiators',
  'envoys',
  'aides',
  'advisers',
  'advisors',
  'representatives',
  'delegates',
  'spokespeople',
]);
const DESCRIPTOR_DETERMINERS = new Set(['the', 'his', 'her', 'their', 'its']);

export interface SentenceAnalysis {
  tokens: Token[];
  mentions: Mention[];
  /** Offsets [start, end) of quoted passages, so callers can tell what is inside a quotation. */
  quoted: [number, number][];
  /** Which lists of cue words the sentence holds (see cue-scan), scanned at the first question. */
  cues?: Uint8Array;
}

/**
 * Where a mention begins with its title or possessor ("Peru's Luis Vega", "Premier Li Wei"): its first token's start,
 * which may come before `start` (the name's).
 */
export function outerStart(analysis: SentenceAnalysis, mention: { from: number }): number {
  return analysis.tokens[mention.from]!.start;
}

/** Roles as written in text, canonical: lower case, synonyms unified ("PM" -> "prime minister"). */
export function canonicalRole(words: string): string {
  const lower = words.toLowerCase().replace(/\s+/g, ' ').trim();
  // "Minister of Foreign Affairs and Cooperation", "Minister for Foreign Affairs and Trade": the foreign minister.
  const portfolio = /^(minister|secretary) (?:of|for) (foreign affairs|defen[cs]e|finance|health|trade)\b/.exec(lower);
  return (
    ROLE_SYNONYMS[lower] ??
    (portfolio ? canonicalRole(`${portfolio[2]} ${portfolio[1]}`.replace(' affairs', '')) : lower)
  );
}

function isRoleHead(token: Token | undefined): boolean {
  return !!token && (ROLE_HEADS.has(token.lower) || isPluralTitle(token));
}

/** "Presidents X of Ghana, Y of Senegal and Z of Liberia": a capitalised title in the plural before a list of names. */
function isPluralTitle(token: Token): boolean {
  return token.capitalised && token.lower.endsWith('s') && ROLE_HEADS.has(token.lower.slice(0, -1));
}

function isRoleWord(token: Token | undefined): boolean {
  return !!token && (ROLE_HEADS.has(token.lower) || ROLE_MODIFIERS.has(token.lower) || isPluralTitle(token));
}

/** The role phrase starting at `index` ("Foreign Minister", "Secretary General"), as [end index, role text]. */
function roleAt(tokens: Token[], index: number, capitalisedOnly: boolean): [number, string] | null {
  let end = index;
  let lastHead = -1;
  while (end < tokens.length && isRoleWord(tokens[end]) && (!capitalisedOnly || tokens[end]!.capitalised)) {
    if (isRoleHead(tokens[end])) lastHead = end;
    end++;
  }
  if (lastHead < 0) return null;
  end = lastHead + 1;
  // "Minister of Foreign Affairs", "Commissioner for Crisis Management", "Minister of State for Africa", "Speaker of the
  // House": the portfolio, its words joined by "and", "of" or "the"; a name after it starts at the first word of none.
  if (/^(?:of|for)$/.test(tokens[end]?.lower ?? '')) end = portfolioEnd(tokens, end);
  const role = tokens
    .slice(index, end)
    .map((token) => (isPluralTitle(token) ? token.text.slice(0, -1) : token.text))
    .join(' ');
  return [end, canonicalRole(role)];
}

/** Where a title's portfolio that starts at `connector` ("for", "of") ends; `connector` itself when none follows. */
function portfolioEnd(tokens: Token[], connector: number): number {
  let end = connector;
  let at = connector;
  while (/^(?:of|for|and|&|the)$/.test(tokens[at]?.lower ?? '')) {
    while (/^(?:of|for|and|&|the)$/.test(tokens[at]?.lower ?? '')) at++;
    const from = at;
    // Not a body the title is of: "President of the European Commission", "a spokeswoman for the European Union".
    if (gazetteer().match(tokens, at)?.entry.type === 'organisation') break;
    // "Chief of Staff", "chief of staff", "secretary of State"; not "Chief of staff" (the words of another clause).
    while (
      tokens[at] &&
      (tokens[at]!.capitalised || !tokens[connector - 1]!.capitalised) &&
      PORTFOLIO_WORDS.has(tokens[at]!.lower) &&
      !HONORIFICS.has(tokens[at]!.text)
    )
      at++;
    if (at === from) break;
    end = at;
  }
  return end;
}

function isNameToken(token: Token | undefined): boolean {
  if (!token) return false;
  // "al-Murtada told reporters": a surname that begins with its particle.
  if (!token.capitalised) return token.text.includes('-') && JOINED_PARTICLE.test(token.text);
  // Initials ("J.", "J.D.", "JD") or a capitalised word that is not a function word.
  token.nameLike ??=
    /^(?:\p{Lu}\.){1,3}$|^\p{Lu}{1,2}$/u.test(token.text) ||
    (/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(token.text) && !FUNCTION_WORDS.has(token.text));
  return token.nameLike;
}

const JOINED_PARTICLE = new RegExp(
  `^(?:${[...ARABIC_PARTICLES, 'da', 'de', 'di', 'du', 'van', 'von'].join('|')})-\\p{Lu}[\\p{L}\\p{M}'’-]*$`,
  'u',
);

/** The person's name starting at `index`: capitalised words, inner particles, initials and a regnal suffix. */
function nameAt(tokens: Token[], index: number, taken: Uint8Array): number {
  let end = index;
  let words = 0;
  while (end < tokens.length && words < 5 && !taken[end]) {
    const token = tokens[end]!;
    if (isNameToken(token) && !isRoleHead(token)) {
      words++;
      end++;
    } else if (words > 0 && JOINED_PARTICLE.test(token.text)) {
      // "Ahmed al-Sharaa", "Abdel Fattah el-Sisi": a particle joined to the name by a hyphen.
      words++;
      end++;
    } else if (words > 0 && NAME_PARTICLES.has(token.text)) {
      // "von der Leyen": particles only inside a name, before a capitalised word.
      let next = end;
      while (next < tokens.length && NAME_PARTICLES.has(tokens[next]!.text)) next++;
      if (next - end > 3 || !isNameToken(tokens[next])) break;
      end = next;
    } else if (words > 0 && NAME_SUFFIXES.test(token.text)) {
      end++;
      break;
    } else break;
  }
  // Never end a name on a lone initial.
  while (end > index && /^\p{Lu}\.?$/u.test(tokens[end - 1]!.text) && end - index > 1) end--;
  return end;
}

function spanOf(tokens: Token[], from: number, to: number): Span {
  return { start: tokens[from]!.start, end: tokens[to - 1]!.end, from, to };
}

function textOf(tokens: Token[], from: number, to: number, sentence: string): string {
  return sentence.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

// A closing mark that opens a paragraph (a typesetting slip: ”Even this morning ...”) opens a quotation too.
const QUOTED =
  /(?<=^\s*)”([^”"]*)[”"]?|“([^”"]*)[”"]?|"([^"]*)"|"([^"”]*)”|(?<=^\s*)"([^"”]*)$|(?<=^|[\s(—–-])‘([^’]*(?:’\p{L}[^’]*)*)’(?=[\s,.;:!?)—–-]|$)/gu;

const QUOTE_MARK = /["“”‘]/;

/** Offsets of the quoted passages in a sentence: “...”, "..." and ‘...’ used as quotation marks. */
export function findQuoted(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  // Most sentences quote nothing: one scan for an opening mark instead of the pattern's look-behinds at every offset.
  if (!QUOTE_MARK.test(sentence)) return spans;
  for (const match of allMatches(QUOTED, sentence)) {
    spans.push([match.index + 1, match.index + match[0].length - (/[”"’]$/.test(match[0]) ? 1 : 0)]);
  }
  return spans;
}

/** Analyses one sentence: its tokens, what it mentions, and where its quotations are. */
export function findMentions(sentence: string, known: NameLookup): SentenceAnalysis {
  const tokens = tokenize(sentence);
  /** The sentence's scan for cue words, kept in the analysis for the rules (see cue-scan). */
  const scanned: { cues?: Uint8Array } = {};
  const quoted = findQuoted(sentence);
  const quotedToken = new Uint8Array(tokens.length);
  if (quoted.length)
    tokens.forEach(
      (token, index) =>
        (quotedToken[index] = quoted.some(([from, to]) => token.start >= from && token.end <= to) ? 1 : 0),
    );
  const tokenStarting = (offset: number) => tokenStartingAt(tokens, offset);
  const taken = new Uint8Array(tokens.length);
  const mentions: Mention[] = [];
  const places = gazetteer();

  // 0. A transcript's speaker label in capitals: the person named at its end speaks the quotation after it, and
  //    nothing else is read from the label ("VANUATU'S MINISTER OF CLIMATE CHANGE, RALPH REGENVANU: "...").
  const label = SPEAKER_LABEL.exec(sentence);
  if (label) {
    const speaker = labelSpeaker(label[1]!);
    if (speaker) {
      const from = tokens.findIndex((token) => token.start >= speaker.start);
      let to = from;
      while (to < tokens.length && tokens[to]!.end <= speaker.end) to++;
      if (from >= 0 && to > from)
        mentions.push({
          start: speaker.start,
          end: speaker.end,
          from,
          to,
          kind: 'person',
          name: speaker.name,
          role: null,
          nation: null,
          organisation: null,
          firstNameOnly: false,
          titled: true,
        });
    }
  }
  const labelTokens = label ? tokens.filter((token) => token.end <= label[1]!.length).length : 0;

  // 1. Nations and organisations from the gazetteer (a nation in a speaker label too: "VANUATU'S MINISTER").
  for (let i = 0; i < tokens.length; i++) {
    if (i < labelTokens && mentions.some((mention) => mention.from <= i && i < mention.to)) continue;
    const hit = places.match(tokens, i);
    if (!hit) continue;
    // A capital followed by a capitalised word is a first name ("Sofia Paz", "Victoria Ellis").
    if (
      hit.entry.type === 'nation' &&
      hit.entry.form === 'seat' &&
      hit.length === 1 &&
      isNameToken(tokens[i + 1]) &&
      !places.match(tokens, i + 1)
    )
      continue;
    // "Prime Minister Luis Montenegro", "Mr. Luis Montenegro": a surname that is a country's name, after a title and a
    // first name.
    const first = tokens[i - 1];
    const title = tokens[i - 2]?.text === '.' ? tokens[i - 3] : tokens[i - 2];
    if (
      hit.entry.type === 'nation' &&
      hit.length === 1 &&
      first &&
      isNameToken(first) &&
      !FUNCTION_WORDS.has(first.text) &&
      !isRoleWord(first) &&
      !places.match(tokens, i - 1) &&
      title &&
      (HONORIFICS.has(title.text) || HONORIFICS.has(`${title.text}.`) || (title.capitalised && isRoleHead(title)))
    )
      continue;
    // "the Peace and Security Council": a known name inside a longer one joined by "and" is not that body.
    if (
      hit.entry.type === 'organisation' &&
      /^(?:and|&)$/.test(tokens[i - 1]?.lower ?? '') &&
      tokens[i - 2]?.capitalised &&
      !FUNCTION_WORDS.has(tokens[i - 2]!.text) &&
      !places.match(tokens, i - 2) &&
      /^(?:the|'s|its|their)$/i.test(tokens[i - 3]?.lower ?? '')
    ) {
      i += hit.length - 1;
      continue;
    }
    // "6 million US dollars", "the Canadian dollar": a currency, not the nation.
    if (hit.entry.type === 'nation' && /^(?:dollars?|cents?)$/i.test(tokens[i + hit.length]?.text ?? '')) {
      i += hit.length - 1;
      continue;
    }
    // "Commission" in "the Arctic Fisheries Commission" ends a longer name: it is not the body called "the Commission".
    const previous = tokens[i - 1];
    if (
      hit.entry.type === 'organisation' &&
      hit.length === 1 &&
      ORGANISATION_HEADS.has(tokens[i]!.text) &&
      previous?.capitalised &&
      !FUNCTION_WORDS.has(previous.text)
    )
      continue;
    const [from, to] = [i, i + hit.length];
    const [start, end] = [tokens[from]!.start, tokens[to - 1]!.end];
    const surface = sentence.slice(start, end);
    // Literal objects rather than spreads of a span: these are most of the mentions, and spreads are slow to build.
    if (hit.entry.type === 'nation')
      mentions.push({ start, end, from, to, kind: 'nation', code: hit.entry.code, form: hit.entry.form, surface });
    else
      mentions.push({
        start,
        end,
        from,
        to,
        kind: 'organisation',
        name: hit.entry.name,
        orgKind: hit.entry.kind,
        surface,
      });
    taken.fill(1, i, i + hit.length);
    i += hit.length - 1;
  }

  // Nothing else is read from a speaker label.
  taken.fill(1, 0, labelTokens);

  // 2. Organisations by pattern: "coalition of the willing", "Acme Industries", "Acme, a defence firm".
  findPatternOrganisations(sentence, tokens, tokenStarting, taken, mentions, quotedToken, scanned);

  // 3. "The company", "the lender", "the bloc": an organisation named before.
  for (let i = 1; i < tokens.length; i++) {
    const noun = ORGANISATION_ANAPHORS.get(tokens[i]!.lower);
    if (noun === undefined || taken[i] || quotedToken[i] || !/^(?:the|its)$/.test(tokens[i - 1]!.lower)) continue;
    if (/^(?:of|for)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    mentions.push({
      ...spanOf(tokens, i - 1, i + 1),
      kind: 'organisation',
      name: '',
      orgKind: noun,
      surface: textOf(tokens, i - 1, i + 1, sentence),
      anaphoric: true,
    });
    taken.fill(1, i - 1, i + 1);
  }

  // 4. People with a title, an honorific or a known name; descriptions of people; pronouns.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const token = tokens[i]!;
    if (quotedToken[i]) continue;

    if (SUBJECT_PRONOUNS.has(token.lower)) {
      mentions.push({ start: token.start, end: token.end, from: i, to: i + 1, kind: 'pronoun', surface: token.text });
      taken[i] = 1;
      continue;
    }
    // "the two leaders", "both presidents": the two people named last, as "they" is a group named before.
    if (/^(?:the|both)$/.test(token.lower)) {
      const two = tokens[i + 1]?.lower === 'two' ? i + 2 : token.lower === 'both' ? i + 1 : -1;
      if (two > 0 && PAIR_NOUNS.has(tokens[two]?.lower ?? '') && !taken[two]) {
        mentions.push({
          ...spanOf(tokens, i, two + 1),
          kind: 'pronoun',
          surface: textOf(tokens, i, two + 1, sentence),
        });
        taken.fill(1, i, two + 1);
        i = two;
        continue;
      }
    }
    // "the 54-year-old told delegates": news refers to the person it is about by age, as it does by "he" or "she".
    const next = tokens[i + 2];
    if (
      token.lower === 'the' &&
      AGE.test(tokens[i + 1]?.lower ?? '') &&
      next &&
      (SPEECH_VERBS.has(next.lower) || AFTER_AGE.test(next.lower))
    ) {
      const age = tokens[i + 1]!;
      mentions.push({
        start: token.start,
        end: age.end,
        from: i,
        to: i + 2,
        kind: 'pronoun',
        surface: textOf(tokens, i, i + 2, sentence),
      });
      taken.fill(1, i, i + 2);
      i++;
      continue;
    }

    const role = roleAt(tokens, i, false);
    if (role) {
      const [roleEnd, roleText] = role;
      const qualifier = qualifierBefore(mentions, tokens, i);
      let nameStart = roleEnd;
      while (nameStart < tokens.length && HONORIFICS.has(tokens[nameStart]!.text))
        nameStart += tokens[nameStart + 1]?.text === '.' ? 2 : 1;
      const nameEnd = nameAt(tokens, nameStart, taken);
      const name = nameEnd > nameStart ? textOf(tokens, nameStart, nameEnd, sentence) : '';
      // A capitalised title names whoever follows; a lower-case one ("Russia's foreign minister X") a full or known name.
      if (name && (tokens[i]!.capitalised || nameEnd - nameStart >= 2 || known.matches(name))) {
        const from = qualifier?.from ?? i;
        mentions.push({
          ...spanOf(tokens, nameStart, nameEnd),
          from,
          kind: 'person',
          name,
          role: roleText,
          nation:
            qualifier?.kind === 'nation' ? qualifier.code : (nationAfter(mentions, tokens, nameEnd)?.code ?? null),
          organisation: qualifier?.kind === 'organisation' ? qualifier.name : null,
          firstNameOnly: nameStart > roleEnd && nameEnd - nameStart === 1 && known.isFirstName(name),
          titled: true,
          roleInPrevious: !qualifier && tokens[i - 1]?.lower === 'its',
        });
        taken.fill(1, i, nameEnd);
        i = nameEnd - 1;
        continue;
      }
      const body = qualifierAfter(mentions, tokens, roleEnd, /^(?:for|of|at|to)$/);
      // "President of the European Commission X", "Secretary-General of NATO X": a capitalised title, the body it is of,
      // then a full name.
      const afterBody = body && tokens[i]!.capitalised && !qualifier ? nameAt(tokens, body.to, taken) : 0;
      if (body && afterBody - body.to >= 2) {
        mentions.push({
          ...spanOf(tokens, body.to, afterBody),
          from: i,
          kind: 'person',
          name: textOf(tokens, body.to, afterBody, sentence),
          role: roleText,
          nation: body.kind === 'nation' ? body.code : null,
          organisation: body.kind === 'organisation' ? body.name : null,
          firstNameOnly: false,
          titled: true,
        });
        taken.fill(1, i, afterBody);
        i = afterBody - 1;
        continue;
      }
      // "Turkey's foreign minister, Selin Aydin, said", "a spokeswoman for the European Union, Clara Voss, said", "the US
      // ambassador to the UN, X,": a full name between commas right after the title (and the body or nation it is of).
      const comma = body ? body.to : (regionAfterTitle(tokens, roleEnd) ?? roleEnd);
      if (tokens[comma]?.text === ',') {
        // "The Minister for Foreign Affairs, Hon. X,": an honorific may open the name.
        let start = comma + 1;
        while (start < tokens.length && HONORIFICS.has(tokens[start]!.text))
          start += tokens[start + 1]?.text === '.' ? 2 : 1;
        const end = nameAt(tokens, start, taken);
        const next = tokens[end];
        const of = qualifier ?? body;
        // Ending the sentence too: "... was represented by his foreign minister, Youssef Alaoui."
        if (
          end - start >= 2 &&
          (next?.text === ',' ||
            SPEECH_VERBS.has(next?.lower ?? '') ||
            (next?.text === '.' && end === tokens.length - 1))
        ) {
          mentions.push({
            ...spanOf(tokens, start, end),
            from: qualifier?.from ?? i,
            kind: 'person',
            name: textOf(tokens, start, end, sentence),
            role: roleText,
            nation: of?.kind === 'nation' ? of.code : null,
            organisation: of?.kind === 'organisation' ? of.name : null,
            firstNameOnly: false,
            titled: true,
            roleInPrevious: !of && tokens[i - 1]?.lower === 'its',
          });
          taken.fill(1, i, end);
          i = end - 1;
          continue;
        }
      }
      // "the prime minister", "the US president", "his Ukrainian counterpart".
      // "the former Ghanaian leader": an adjective of time may stand between the determiner and the title.
      let determinerAt = (qualifier?.from ?? i) - 1;
      if (/^(?:former|outgoing|then|late|incoming|veteran)$/.test(tokens[determinerAt]?.lower ?? '')) determinerAt--;
      const determiner = tokens[determinerAt];
      if (
        determiner &&
        DESCRIPTOR_DETERMINERS.has(determiner.lower) &&
        // The title's head, not its complement: "the Minister of Foreign Affairs" is one person.
        !isPlural(tokens.slice(i, roleEnd).filter(isRoleHead).at(-1) ?? tokens[roleEnd - 1]!) &&
        // "the Quad chief diplomats": the title qualifies people named in the plural after it.
        !PEOPLE_PLURALS.has(tokens[roleEnd]?.lower ?? '')
      ) {
        mentions.push({
          ...spanOf(tokens, determinerAt + 1, roleEnd),
          kind: 'descriptor',
          role: roleText,
          nation: qualifier?.kind === 'nation' ? qualifier.code : null,
          organisation: qualifier?.kind === 'organisation' ? qualifier.name : null,
          surface: textOf(tokens, determinerAt + 1, roleEnd, sentence),
        });
        taken.fill(1, i, roleEnd);
        i = roleEnd - 1;
        continue;
      }
    }

    // "Dr. Paul Mwangi": the tokenizer leaves an abbreviation's full stop as a token of its own.
    const honorificEnd = HONORIFICS.has(token.text) ? i + (tokens[i + 1]?.text === '.' ? 2 : 1) : i;
    // "Ms von der Leyen", "Mr de Klerk": a surname may begin with its particles.
    let surnameAt = honorificEnd;
    while (surnameAt > i && surnameAt - honorificEnd < 3 && NAME_PARTICLES.has(tokens[surnameAt]?.text ?? ''))
      surnameAt++;
    if (honorificEnd > i && isNameToken(tokens[surnameAt])) {
      const nameEnd = nameAt(tokens, surnameAt, taken);
      const name = textOf(tokens, honorificEnd, nameEnd, sentence);
      mentions.push({
        ...spanOf(tokens, honorificEnd, nameEnd),
        from: i,
        kind: 'person',
        name,
        role: null,
        // "H.E. Mr Lars Petersen of Denmark".
        nation: nationAfter(mentions, tokens, nameEnd)?.code ?? null,
        organisation: null,
        firstNameOnly: nameEnd - honorificEnd === 1 && known.isFirstName(name),
        titled: true,
      });
      taken.fill(1, i, nameEnd);
      i = nameEnd - 1;
      continue;
    }

    if (isNameToken(token) && !FUNCTION_WORDS.has(token.text)) {
      const nameEnd = nameAt(tokens, i, taken);
      if (nameEnd === i) continue;
      const name = textOf(tokens, i, nameEnd, sentence);
      const words = nameEnd - i;
      const next = tokens[nameEnd];
      const appositive = next?.text === ',' && appositiveRoleAfter(tokens, nameEnd + 1);
      const reporting =
        next &&
        (SPEECH_VERBS.has(next.lower) ||
          (next.lower.endsWith('ly') && SPEECH_VERBS.has(tokens[nameEnd + 1]?.lower ?? '')));
      const isKnown = known.matches(name);
      // Cues of a person's full name without a title: a verb only people take after it, possibly behind an auxiliary
      // or adverb ("X has warned", "X later met"); a nation's possessive before it ("Kenya's X"); or "of <nation>"
      // after it in a list of leaders ("X of Liberia, Y of Senegal"). None holds for a name with an organisation's noun.
      // "China's Li condemns": one word after a nation's possessive is a person when a person's verb follows.
      const possessor =
        words >= 2 || (PERSON_VERBS.has(tokens[nameEnd]?.lower ?? '') && !hasOrganisationWord(tokens, i, nameEnd))
          ? possessiveNationBefore(mentions, tokens, i)
          : null;
      const nationOf = words >= 2 && tokens[nameEnd]?.lower === 'of' ? nationAfter(mentions, tokens, nameEnd) : null;
      const personCue =
        words >= 2 &&
        !hasOrganisationWord(tokens, i, nameEnd) &&
        (actsAfter(tokens, nameEnd) ||
          personAround(tokens, i, nameEnd) ||
          metBefore(tokens, i) ||
          attributedAfter(tokens, i) ||
          !!possessor ||
          (!!nationOf && listContext(tokens, i, nameEnd)) ||
          // Not the words before a title: "and Humanitarian Aid Commissioner X".
          (PEOPLE_LIST.test(sentence.slice(0, token.start)) && !ROLE_HEADS.has(tokens[nameEnd]?.lower ?? '')));
      // "the Daily Nation, the Japanese leader": what follows an article is a title, not a person's name.
      const afterArticle = /^(?:the|a|an)$/.test(tokens[i - 1]?.lower ?? '');
      // '"...," Kim said': a name written family name first ("Kim Min-jun") is shortened to its first word.
      // "... as well as Trump and Anwar": a first name used alone (as some cultures do), listed with a person.
      const listedWithPerson =
        /^(?:and|&|,)$/.test(tokens[i - 1]?.lower ?? '') &&
        mentions.some((mention) => mention.kind === 'person' && mention.to === i - 1);
      const firstWordOfKnown =
        words === 1 && (!!reporting || listedWithPerson) && !afterArticle && known.isFirstName(name);
      if (firstWordOfKnown) {
        mentions.push({
          ...spanOf(tokens, i, nameEnd),
          kind: 'person',
          name,
          role: null,
          nation: null,
          organisation: null,
          firstNameOnly: true,
          titled: false,
        });
        taken.fill(1, i, nameEnd);
        i = nameEnd - 1;
        continue;
      }
      if (
        isKnown ||
        (words >= 2 && !afterArticle && (appositive || reporting || personCue)) ||
        (words === 1 && (possessor || (reporting && surnameAfterQuote(tokens, i, sentence))))
      ) {
        mentions.push({
          ...spanOf(tokens, i, nameEnd),
          kind: 'person',
          name,
          role: appositive ? appositive.role : null,
          nation: appositive
            ? appositive.nation
            : (possessor?.code ?? nationOf?.code ?? nationAfter(mentions, tokens, nameEnd)?.code ?? null),
          organisation: null,
          firstNameOnly: false,
          titled: !!appositive,
        });
        taken.fill(1, i, nameEnd);
        i = nameEnd - 1;
      }
    }
  }

  // 5. Events: "COP28", the UN climate conference named by its number.
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || quotedToken[i] || !/^COP\d{1,2}$/.test(tokens[i]!.text)) continue;
    // "COP28's president", "at COP28": the conference, whatever follows it.
    mentions.push({
      ...spanOf(tokens, i, i + 1),
      kind: 'event',
      eventKind: 'conference',
      surface: tokens[i]!.text,
      definite: true,
      place: placeAfter(tokens, i + 1, mentions),
      title: tokens[i]!.text,
    });
    taken[i] = 1;
  }
  // Events: "the summit", "a meeting with", "peace talks", "a news conference".
  for (const match of mayHoldCue(scanned, sentence, EVENT_CUES) ? allMatches(EVENT_NOUNS_GLOBAL, sentence) : []) {
    const index = tokenStarting(match.index);
    if (index < 0 || quotedToken[index]) continue;
    const kind = EVENT_NOUNS[match[0].toLowerCase()]!;
    // "at the World Economic Forum in Davos": a forum named as a body is its gathering where one takes part in it.
    if (taken[index] && match[0] === 'Forum') {
      const body = mentions.find(
        (mention): mention is MentionOf<'organisation'> =>
          mention.kind === 'organisation' && mention.from <= index && mention.to > index,
      );
      // Not "the Pacific Islands Forum summit", "the Forum leaders' meeting": the gathering is named after it.
      const gatheringAfter = tokens.slice(body?.to ?? 0, (body?.to ?? 0) + 3).some((token) => EVENT_NOUNS[token.lower]);
      if (body && !gatheringAfter && FORUM_HELD.test(sentence.slice(0, body.start)))
        mentions.push({
          ...spanOf(tokens, body.from, body.to),
          kind: 'event',
          eventKind: 'meeting',
          surface: body.surface,
          definite: true,
          place: placeAfter(tokens, body.to, mentions),
          title: body.name || body.surface,
        });
      continue;
    }
    // "started his day by meeting Prime Minister X": a verb with its object, not a meeting named.
    if (kind === 'meeting' && isGerundWithObject(tokens, index)) continue;
    // "Conference President X", "Summit Chair X": the event noun is part of a person's title.
    if (tokens[index]!.capitalised && isRoleHead(tokens[index + 1]) && tokens[index + 2]?.capitalised) continue;
    let from = index;
    // Modifiers on the left: "emergency defence summit", "Sunday's summit", "a final press briefing".
    while (from > 0 && from > index - 4) {
      const previous = tokens[from - 1]!;
      if (/^(?:the|a|an|this|that|its|his|her|their)$/i.test(previous.text)) {
        from--;
        break;
      }
      // Not the verb of which the event is the object: "hosted peace talks", "boycotted the summit".
      const verb =
        ATTEND_VERBS.has(previous.lower) ||
        OPPOSE_VERBS.has(previous.lower) ||
        EVENT_OBJECT_VERBS.has(previous.lower) ||
        SPEECH_VERBS.has(previous.lower);
      if (
        previous.lower === "'s" ||
        (/^[\p{L}-]+$/u.test(previous.text) &&
          !verb &&
          !/^(?:of|at|in|on|to|for|with|after|before|during|and|or|following|by)$/i.test(previous.text) &&
          !taken[from - 1])
      )
        from--;
      else break;
    }
    // "the Tallinn summit": a seat of government right before the event is its place.
    const seat = mentions.find(
      (mention): mention is MentionOf<'nation'> =>
        mention.kind === 'nation' && mention.form === 'seat' && mention.to === from,
    );
    const first = tokens[from]!;
    mentions.push({
      ...spanOf(tokens, from, index + 1),
      kind: 'event',
      eventKind:
        kind === 'conference' && /\b(?:news|press)\b/i.test(textOf(tokens, from, index + 1, sentence))
          ? 'briefing'
          : kind,
      surface: textOf(tokens, from, index + 1, sentence),
      // "the Doha meeting": the city before the noun is no mention of the event's, its article is.
      definite:
        /^(?:the|this|that|its|his|her|their)$/i.test(first.text) ||
        tokens[from + 1]?.lower === "'s" ||
        (!!seat && /^(?:the|this|that)$/i.test(tokens[seat.from - 1]?.text ?? '')),
      place:
        placeAfter(tokens, index + 1, mentions) ??
        placeBefore(tokens, from, mentions) ??
        seat?.surface ??
        placeModifier(tokens, from, index, taken),
      title: eventTitle(tokens, from, index, sentence),
    });
  }

  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { tokens, mentions, quoted, cues: scanned.cues };
}

/**
 * '"We are ready," Okafor says': one capitalised word right after a closing quotation, before its reporting verb, is
 * the speaker's surname (not an acronym, nor a body that speaks "in a statement").
 */
function surnameAfterQuote(tokens: readonly Token[], index: number, sentence: string): boolean {
  const token = tokens[index]!;
  if (!/^[”"’]$/.test(tokens[index - 1]?.text ?? '') || !/^[,?!]$/.test(tokens[index - 2]?.text ?? '')) return false;
  if (token.text === token.text.toUpperCase() || token.text.length < 3) return false;
  return !/^\s+\p{L}+\s+in\s+(?:a|its)\s+statement\b/u.test(sentence.slice(token.end));
}

/** Nouns after the name of an armed or political movement: "the Houthi movement", "M23 rebels". */
const MOVEMENT_NOUNS = new Set(['movement', 'militia', 'rebels', 'rebel', 'insurgents', 'militants', 'fighters']);

/** One name for a nation's ministry however it is written: "Chile's Foreign Ministry" for "the Chilean foreign ministry". */
function ministryName(nation: MentionOf<'nation'>, field: string): string {
  const owner = NATION_BY_CODE.get(nation.code)?.name ?? nation.surface;
  return `${owner}'s ${field[0]!.toUpperCase()}${field.slice(1)} Ministry`;
}

/**
 * "the Kananaskis summit", "the Arctic summit": capitalised words right before an event noun that name no known actor,
 * day or month, and do not open the sentence, are where it is held.
 */
function placeModifier(tokens: readonly Token[], from: number, index: number, taken: Uint8Array): string | null {
  let start = index;
  while (start > from && start > index - 3) {
    const token = tokens[start - 1]!;
    if (!token.capitalised || taken[start - 1] || start - 1 === 0 || FUNCTION_WORDS.has(token.text)) break;
    if (CALENDAR_NAME.test(token.text) || isRoleWord(token) || /^\d/.test(token.text)) break;
    start--;
  }
  if (start === index || tokens[index]!.capitalised) return null;
  return tokens
    .slice(start, index)
    .map((token) => token.text)
    .join(' ');
}

/** "meeting" as a verb: no determiner or modifier before it, and its object (a name, "his", "the") right after. */
function isGerundWithObject(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower ?? '';
  const next = tokens[index + 1];
  if (tokens[index]!.lower !== 'meeting' || !next) return false;
  if (!/^(?:by|after|before|while|when|since|for|on|of|about|from|and|,)$/.test(previous) && index > 0) return false;
  return next.capitalised || /^(?:his|her|their|its|the|with)$/.test(next.lower);
}

/**
 * Lower-case words inside an event's proper name: "the Summit on Peace", "the Conference of the Parties"; not "in",
 * which names the place ("the NATO Summit in Vilnius").
 */
const TITLE_CONNECTORS = /^(?:of|on|for|the|and|to)$/;
const TITLE_WORD = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)?$|G\d)/u;

/**
 * The proper name of the event whose noun is at `index`, when its words are capitalised: the capitalised words before
 * it (names of nations and bodies included: "the Ukraine Recovery Conference", "the 38th Ordinary Summit") and a
 * capitalised complement after it ("the Summit on Peace", "the Conference of the Parties").
 */
function eventTitle(tokens: readonly Token[], from: number, index: number, sentence: string): string | null {
  if (!/^\p{Lu}/u.test(tokens[index]!.text)) return null;
  let start = index;
  while (start > 0 && start > from - 4 && TITLE_WORD.test(tokens[start - 1]!.text)) start--;
  // Not a sentence's first word nor a determiner: "The", "Sunday's".
  while (
    start < index &&
    (/^(?:The|A|An|This|That|Its|His|Her|Their)$/.test(tokens[start]!.text) || tokens[start + 1]?.text === "'s")
  )
    start++;
  let end = index + 1;
  for (let next = end; next < tokens.length && next < index + 8; next++) {
    const token = tokens[next]!;
    if (TITLE_WORD.test(token.text)) end = next + 1;
    else if (!TITLE_CONNECTORS.test(token.text)) break;
  }
  if (end - start < 2) return null;
  return textOf(tokens as Token[], start, end, sentence);
}

/** The index of the token starting at `offset`, or -1: tokens are in order, so a binary search finds it. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = tokens[middle]!.start;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function isPlural(token: Token): boolean {
  return /s$/.test(token.lower) && !/(?:ss|us|is)$/.test(token.lower);
}

/**
 * The nation or body written right after a title or a titled name, after one of `prepositions`: "a spokeswoman for
 * the European Union", "the head of the IMF", "Prime Minister Sophie Martin of Canada".
 */
function qualifierAfter(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  index: number,
  prepositions: RegExp,
): MentionOf<'nation'> | MentionOf<'organisation'> | null {
  if (!prepositions.test(tokens[index]?.lower ?? '')) return null;
  const at = tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1;
  const found = mentions.find(
    (mention) => (mention.kind === 'nation' || mention.kind === 'organisation') && mention.from === at,
  );
  return found?.kind === 'nation' || found?.kind === 'organisation' ? found : null;
}

/** "Prime Minister Sophie Martin of Canada": the nation (by its name) written right after a titled name. */
export function nationAfter(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  nameEnd: number,
): MentionOf<'nation'> | null {
  const qualifier = qualifierAfter(mentions, tokens, nameEnd, /^of$/);
  return qualifier?.kind === 'nation' && qualifier.form === 'name' ? qualifier : null;
}

/** "NAME IN CAPITALS: "..."": a transcript's speaker label before a quotation. */
const SPEAKER_LABEL = /^([A-Z][A-Z'’.\- ,]{2,140}):\s*(?=["“])/;
const LABEL_HONORIFICS = /^(?:DR|MR|MRS|MS|PROF|SIR|DAME|SHEIKH|H\.?E)\.?$/;

/** The person a speaker label names: its last comma-separated part, or the last two words of a described one. */
function labelSpeaker(label: string): { name: string; start: number; end: number } | null {
  const lastComma = label.lastIndexOf(',');
  let start = lastComma + 1;
  let words = [...label.slice(start).matchAll(/\S+/g)];
  while (words.length > 1 && LABEL_HONORIFICS.test(words[0]![0])) words = words.slice(1);
  // "BRAZILIAN ACTIVIST DANIELA MARQUES": a description before the name; the name is its last two words.
  if (lastComma < 0 && words.length > 3) words = words.slice(-2);
  if (words.length < 2 || words.length > 4) return null;
  start += words[0]!.index!;
  const end = lastComma + 1 + words.at(-1)!.index! + words.at(-1)![0].length;
  const name = words
    .map(([word]) =>
      word
        .toLowerCase()
        .replace(/(^|[-'’])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase()),
    )
    .join(' ');
  return { name, start, end };
}

const COLLECTIVE_OWNER = /^(?:People|Workers|Women|Farmers|Citizens|Students|Youth)$/;

function actsAfter(tokens: readonly Token[], nameEnd: number): boolean {
  let index = nameEnd;
  for (let skipped = 0; skipped < 2 && AUXILIARIES.has(tokens[index]?.lower ?? ''); skipped++) index++;
  const verb = tokens[index]?.lower ?? '';
  return index > nameEnd ? SPEECH_VERBS.has(verb) || PERSON_VERBS.has(verb) : PERSON_VERBS.has(verb);
}

/** What only a person has: "X's chief of staff", "X's wife" (a place has a government, a party and elections too). */
const PERSONS_OWN =
  /^(?:chief|spokesman|spokeswoman|aide|aides|adviser|advisers|advisor|wife|husband|son|daughter|predecessor|successor|re-election|resignation|ouster|arrest|trial)$/;

/**
 * Places only a person stands in: "X Y, who accused ...", "X Y's chief of staff", "accused X Y of": a full name there is
 * a person's (a nation or a body named by the gazetteer, or with its noun, is read before).
 */
function personAround(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[to]?.text === ',' && tokens[to + 1]?.lower === 'who') return true;
  if (/^['’]s$/.test(tokens[to]?.text ?? '') && PERSONS_OWN.test(tokens[to + 1]?.lower ?? '')) return true;
  return /^(?:accused|accuses|accusing)$/.test(tokens[from - 1]?.lower ?? '') && tokens[to]?.lower === 'of';
}

/** "met with X", "talks with X", "welcomed X": the one met is a person. */
function metBefore(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower ?? '';
  const before = tokens[index - 2]?.lower ?? '';
  return (
    /^(?:met|meets|greeted|welcomed|received|hugged|phoned)$/.test(previous) ||
    (previous === 'with' && /^(?:met|meets|meeting|talks|talked|spoke|speaking)$/.test(before)) ||
    // "the side was led by X", "a team headed by X": only people lead delegations.
    (previous === 'by' && /^(?:led|headed|chaired|accompanied|flanked)$/.test(before))
  );
}

/** Reporting verbs written before the speaker they attribute to: '"...," said X', '..., added X'. */
const INVERTED_REPORTING = new Set(['said', 'says', 'added', 'adds', 'continued', 'explained', 'noted', 'wrote']);

/** '"...," said X', 'Said X: "..."', '"...", according to X': the attribution names a speaker, who is a person. */
function attributedAfter(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const before = tokens[index - 2];
  if (previous?.lower === 'to') return before?.lower === 'according';
  if (!previous || !INVERTED_REPORTING.has(previous.lower)) return false;
  return !before || /^[,"”’]$/.test(before.text);
}

/** "Kenya's X": the nation whose possessive stands right before a name. */
function possessiveNationBefore(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  index: number,
): MentionOf<'nation'> | null {
  if (!/^['’]s$/.test(tokens[index - 1]?.text ?? '')) return null;
  const nation = mentions.findLast((mention) => mention.to === index - 1 && mention.kind === 'nation');
  return nation?.kind === 'nation' ? (nation as MentionOf<'nation'>) : null;
}

/** "X of Liberia" reads as a person in a list of people: after "were", "including", a comma or "and". */
/**
 * A list of people after a noun for people ("42 political and civil leaders, including A, B, and C"), after "Among
 * those attending were" or after "speeches from". What stands between the trigger and the name must itself be names:
 * capitalised words, commas and "and".
 */
const PEOPLE_LIST =
  /(?:\b(?:leaders|figures|officials|politicians|dignitaries|guests|speakers|participants|personalities|panellists|panelists)\b[^.;:()]{0,30}?\b(?:including|such as|among them|namely)|^\s*[Aa]mong\s+(?:them|those\s+(?:attending|present|taking\s+part|in\s+attendance))\s+(?:were|was|are)|\b(?:speeches|remarks|addresses)\s+(?:from|by))\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$/u;

function listContext(tokens: readonly Token[], from: number, nameEnd: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  const after = tokens[nameEnd + 2]?.text ?? '';
  return /^(?:were|was|including|,|and|:)$/.test(before) || /^[,;]$|^and$/.test(after);
}

/** Whether a capitalised run holds a noun that names organisations ("Central Bank", "Trade Union"). */
function hasOrganisationWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (ORGANISATION_WORDS.test(tokens[index]!.text)) return true;
  return false;
}

const ORGANISATION_WORDS =
  /^(?:Bank|Council|Ministry|Union|Party|Commission|Court|Agency|Authority|Office|Department|Fund|Group|Forum|Front|Movement|Army|Forces|Committee|Assembly|Parliament|Congress|Senate|Government|Organi[sz]ation|Association|Institute|University|Company|Corporation|Airport|Port|Summit|Conference|Republic|Kingdom|State|States|Islands|News|Times|Post|Daily|Press|Network|Programme|Program|Initiative|Alliance|Coalition|Federation|League|Board|Service|Services|Police|Guard|Navy|Law|Act|Affairs|Treaty|Agreement|Accord|Deal|Plan|Policy|Strategy|Declaration|Charter|Relations|Development|Security|Defence|Defense|Trade|Finance|Economy|Environment)$/;

/** A nation or organisation written right before a role ("UK Prime Minister", "Russia's foreign minister"). */
function qualifierBefore(
  mentions: Mention[],
  tokens: Token[],
  index: number,
): MentionOf<'nation'> | MentionOf<'organisation'> | null {
  let end = index;
  // "Thailand's 38-year-old Prime Minister X": an age may stand between the possessive and the title.
  if (AGE.test(tokens[end - 1]?.lower ?? '') && tokens[end - 2]?.lower === "'s") end--;
  if (tokens[end - 1]?.lower === "'s") end--;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.to === end && (mention.kind === 'nation' || mention.kind === 'organisation')) return mention;
  }
  return null;
}

/** ", the foreign minister of X," or ", Russia's foreign minister," after a name. */
/**
 * "special envoy to the Pacific, X": where what the title is of names no nation or body (a region, a cause), the index
 * of the comma after it.
 */
function regionAfterTitle(tokens: Token[], roleEnd: number): number | null {
  if (!/^(?:for|of|to|on)$/.test(tokens[roleEnd]?.lower ?? '')) return null;
  let index = roleEnd + 1;
  if (tokens[index]?.lower === 'the') index++;
  const first = index;
  while (index < tokens.length && index - first < 5 && (tokens[index]!.capitalised || tokens[index]!.lower === 'and'))
    index++;
  return index > first && tokens[index]?.text === ',' ? index : null;
}

function appositiveRoleAfter(tokens: Token[], index: number): { role: string; nation: string | null } | null {
  let i = index;
  if (/^(?:the|a|an)$/i.test(tokens[i]?.text ?? '')) i++;
  const places = gazetteer();
  let nation: string | null = null;
  const hit = tokens[i] ? places.match(tokens, i) : null;
  if (hit && hit.entry.type === 'nation') {
    nation = hit.entry.code;
    i += hit.length;
    if (tokens[i]?.lower === "'s") i++;
  } else if (hit) {
    i += hit.length;
  }
  // "X, the summit's host,": the event whose host or chair the person is.
  if (
    EVENT_NOUNS[tokens[i]?.lower ?? ''] &&
    tokens[i + 1]?.lower === "'s" &&
    EVENT_ROLES.has(tokens[i + 2]?.lower ?? '')
  )
    return { role: tokens[i + 2]!.lower, nation };
  const role = roleAt(tokens, i, false);
  if (!role) return null;
  // "X, the President of Chile,": the nation after the title.
  if (!nation && tokens[role[0]]?.lower === 'of') {
    const after = tokens[role[0] + 1] ? places.match(tokens, role[0] + 1) : null;
    if (after?.entry.type === 'nation') nation = after.entry.code;
  }
  return { role: role[1], nation };
}

/**
 * The place of an event written right after it: "summit in London", "talks at Lancaster House, London", or after
 * what it is about or for: "a summit on maritime security in Tallinn", "a donor conference for Moldova in Chisinau".
 */
function placeAfter(tokens: Token[], after: number, mentions: Mention[]): string | null {
  let index = after;
  if (/^(?:on|about|over|of|for|between)$/.test(tokens[index]?.lower ?? '')) {
    let next = index + 1;
    while (
      next < tokens.length &&
      next <= index + 5 &&
      /^(?:[\p{L}-]+|'s|’s)$/u.test(tokens[next]!.text) &&
      !/^(?:in|at)$/.test(tokens[next]!.lower)
    )
      next++;
    if (/^(?:in|at)$/.test(tokens[next]?.lower ?? '')) index = next;
  }
  // "the summit opened in Lima", "talks were held in Geneva": the event's own verb before its place.
  let verbEnd = index;
  while (verbEnd < index + 4 && EVENT_OWN_VERBS.has(tokens[verbEnd]?.lower ?? '')) verbEnd++;
  if (verbEnd > index && /^(?:in|at)$/.test(tokens[verbEnd]?.lower ?? '')) index = verbEnd;
  const preposition = tokens[index]?.lower;
  if (preposition !== 'in' && preposition !== 'at') return null;
  // "in the Ethiopian capital": that country's capital.
  if (tokens[index + 1]?.lower === 'the' && tokens[index + 3]?.lower === 'capital') {
    const nation = mentions.find((mention) => mention.kind === 'nation' && mention.from === index + 2);
    const capital = nation?.kind === 'nation' ? NATION_BY_CODE.get(nation.code)?.capital : undefined;
    if (capital) return capital;
  }
  // "at the State House, Abuja": a building named with its article.
  let begin = index + 1;
  if (tokens[begin]?.lower === 'the' && BUILDING.test(tokens[begin + 2]?.text ?? '')) begin++;
  const start = tokens[begin];
  // "a meeting in June", "talks in Brussels on Monday": a month or a day is no place.
  if (!start?.capitalised || FUNCTION_WORDS.has(start.text)) return null;
  const nation = mentions.find((mention) => mention.kind === 'nation' && mention.from === begin);
  if (nation && nation.kind === 'nation') return nation.surface;
  // "in Apia, Samoa": the place is the city, not the country or region after its comma; "at Lancaster House,
  // London": the city after a building.
  let end = begin;
  while (end < tokens.length && end < begin + 5 && tokens[end]!.capitalised) end++;
  // "at the Elysee Palace in Paris" too.
  const cityAfter =
    tokens[end]?.text === ',' || (tokens[end]?.lower === 'in' && tokens[end + 1]?.capitalised) ? end + 1 : -1;
  if (BUILDING.test(tokens[end - 1]?.text ?? '') && cityAfter > 0 && tokens[cityAfter]?.capitalised) {
    begin = cityAfter;
    end = begin;
    while (end < tokens.length && end < begin + 3 && tokens[end]!.capitalised) end++;
  }
  const words = tokens.slice(begin, end);
  return words.length ? words.map((token) => token.text).join(' ') : null;
}

/** Buildings that events are held in, named before their city: "Lancaster House, London". */
const BUILDING = /^(?:House|Palace|Hall|Centre|Center|Hotel|Castle|Building|Villa|Residence|Mansion|Lodge|Complex)$/;

/** Words of an event's own verb between it and its place: "opened in", "was held in", "got under way in". */
const EVENT_OWN_VERBS = new Set(
  'opened opens began begins closed closes ended ends concluded convened was were is are held took takes place wrapped up kicked off got under way'.split(
    ' ',
  ),
);

/** Verbs other than those of attending or opposing that take an event as their object. */
const EVENT_OBJECT_VERBS = new Set([
  'held',
  'hold',
  'holds',
  'holding',
  'skipped',
  'missed',
  'resumed',
  'began',
  'ended',
  'concluded',
  'postponed',
  'cancelled',
  'canceled',
  'called',
]);

/** Verbs of coming together, whose place an event written after them shares ("gathered in Ottawa for talks"). */
const GATHERING_VERBS = new Set([
  'gathered',
  'gather',
  'gathering',
  'met',
  'meet',
  'meeting',
  'convened',
  'convene',
  'convening',
  'assembled',
  'arrived',
  'arrive',
  'arriving',
]);

/**
 * The place of an event written before it, after a verb of coming together: "ministers gathered in Ottawa on Tuesday
 * for two days of talks", "leaders arrived in Seoul for a summit".
 */
function placeBefore(tokens: Token[], from: number, mentions: Mention[]): string | null {
  let index = from - 1;
  // "for two days of talks", "for the annual African Union summit": a few words or numbers, then "for".
  while (
    index >= 0 &&
    index >= from - 5 &&
    tokens[index]!.lower !== 'for' &&
    /^[\p{L}\d-]+$/u.test(tokens[index]!.text)
  )
    index--;
  if (tokens[index]?.lower !== 'for') return null;
  for (let at = index - 1; at >= 1 && at >= index - 8; at--) {
    const token = tokens[at]!;
    if (token.text === ',' || token.text === ';' || EVENT_NOUN_PATTERN.test(token.text)) return null;
    if ((token.lower === 'in' || token.lower === 'at') && GATHERING_VERBS.has(tokens[at - 1]!.lower))
      return placeAfter(tokens, at, mentions);
  }
  return null;
}

/** "the coalition of the willing": a body named by what its members are ("a group of emerging economies" is none). */
const COALITION_CUES = ['coalition', 'alliance', 'group', 'club', 'league'];
const COALITION =
  /\b(?:the\s+|a\s+)?(coalition|alliance|group|club|league)\s+of\s+the\s+([a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)/gi;

function findPatternOrganisations(
  sentence: string,
  tokens: Token[],
  tokenAt: (offset: number) => number,
  taken: Uint8Array,
  mentions: Mention[],
  /** 1 for the tokens inside a quotation: a speaker's phrase ("a club of the West") names no body. */
  quotedToken: Uint8Array,
  scanned: { cues?: Uint8Array },
): void {
  const claim = (from: number, to: number, name: string, orgKind: string) => {
    if (taken.subarray(from, to).some(Boolean)) return;
    // "the world cannot be run by a club of the rich": a phrase inside a speaker's sentence, not a name quoted alone.
    if (orgKind === 'coalition' && quotedToken[from] && (quotedToken[from - 3] || quotedToken[to + 2])) return;
    // "denounced the meeting as “a club of the West”": a characterisation in a quotation, not a body's name.
    if (
      orgKind === 'coalition' &&
      quotedToken[from] &&
      /\bas\s+["“‘]?\s*(?:a|an|the)?\s*["“‘]?\s*$/i.test(sentence.slice(0, tokens[from]!.start))
    )
      return;
    mentions.push({
      ...spanOf(tokens, from, to),
      kind: 'organisation',
      name,
      orgKind,
      surface: textOf(tokens, from, to, sentence),
    });
    taken.fill(1, from, to);
  };
  const tokenEndingAt = (offset: number) => tokens.findIndex((token) => token.end === offset);

  // "coalition of the willing": a named grouping written in lower case.
  for (const match of mayHoldCue(scanned, sentence, COALITION_CUES) ? allMatches(COALITION, sentence) : []) {
    const head = match[1]!.toLowerCase();
    const start = match.index + match[0].toLowerCase().indexOf(head);
    const from = tokenAt(start);
    const to = tokenEndingAt(match.index + match[0].length) + 1;
    if (from < 0 || to <= from) continue;
    // "the Alliance of Small Island States": a proper name, read as one by its head noun below.
    if (/^\p{Lu}/u.test(match[2]!)) continue;
    const words = match[2]!.toLowerCase();
    if (/^(?:nations|countries|states|leaders|experts|people|companies|\d+)$/.test(words)) continue;
    const name = `${head[0]!.toUpperCase()}${head.slice(1)} of the ${words}`;
    claim(from, to, name, 'coalition');
  }

  // "Sudan's Ministry of Foreign Affairs", "the Department of State": a body named by what it is of, with the nation
  // written before it.
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!/^(?:Ministry|Department)$/.test(tokens[i]!.text) || tokens[i + 1]!.lower !== 'of' || taken[i]) continue;
    let end = i + 2;
    while (
      end < tokens.length &&
      !taken[end] &&
      (tokens[end]!.capitalised || (tokens[end]!.lower === 'and' && tokens[end + 1]?.capitalised))
    )
      end++;
    if (end === i + 2 || tokens[end - 1]!.lower === 'and') continue;
    const possessive = /^['’]s$/.test(tokens[i - 1]?.text ?? '') ? i - 1 : i;
    const nation = mentions.find(
      (mention): mention is MentionOf<'nation'> => mention.kind === 'nation' && mention.to === possessive,
    );
    const name = textOf(tokens, i, end, sentence);
    claim(i, end, nation ? `${nation.surface}${possessive < i ? "'s" : ''} ${name}` : name, 'institution');
  }

  // "the Houthi movement", "M23 rebels": an armed or political movement named by a capitalised word before its noun.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i + 1]!.lower;
    // ("M23 rebels": a movement's name may hold digits.)
    if (!MOVEMENT_NOUNS.has(noun) || taken[i] || quotedToken[i]) continue;
    if (!isNameToken(tokens[i]) && !/^\p{Lu}[\p{Lu}\d-]*\d[\p{Lu}\d-]*$/u.test(tokens[i]!.text)) continue;
    if (tokens[i - 1]?.capitalised && !FUNCTION_WORDS.has(tokens[i - 1]!.text)) continue;
    const named = noun === 'movement' || noun === 'militia' ? `${tokens[i]!.text} ${noun}` : tokens[i]!.text;
    claim(i, noun === 'movement' || noun === 'militia' ? i + 2 : i + 1, named, 'coalition');
  }

  // "Pakistan's foreign ministry", "the Chinese defence ministry": a nation's ministry named by its field, written in
  // lower case as often as not; the nation stays in its name, so that one nation's ministry is not every nation's.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i + 1]!.lower !== 'ministry' || !MINISTRY_FIELDS.has(tokens[i]!.lower) || taken[i] || taken[i + 1])
      continue;
    // "Peru's foreign ministry spokesperson, X": part of a title, read with the title.
    if (isRoleHead(tokens[i + 2])) continue;
    const possessive = /^['’]s$/.test(tokens[i - 1]!.text);
    const end = possessive ? i - 1 : i;
    const nation = mentions.find(
      (mention): mention is MentionOf<'nation'> => mention.kind === 'nation' && mention.to === end,
    );
    if (!nation) continue;
    claim(i, i + 2, ministryName(nation, tokens[i]!.lower), 'institution');
  }

  // Capitalised names ending in an organisation head noun: "Atlantic Council", "Acme Dynamics", "Tigray People's
  // Liberation Front" (a possessive of a collective inside the name; "Carney's Liberal Party" is the party alone).
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // "the opposition Congress party": a party's name is often written with "party" in lower case.
    const lowerParty = token.text === 'party' && !!tokens[i - 1]?.capitalised && !taken[i - 1];
    if ((!lowerParty && (!token.capitalised || !ORGANISATION_HEADS.has(token.text))) || taken[i]) continue;
    // "the EU-Israel Association Agreement", "the Paris Club Accord": the name of a text, not of a body.
    if (DOCUMENT_NOUN.test(tokens[i + 1]?.text ?? '')) continue;
    let from = i;
    const extendable = (index: number) =>
      index >= 0 &&
      tokens[index]!.capitalised &&
      !taken[index] &&
      !FUNCTION_WORDS.has(tokens[index]!.text) &&
      !isRoleHead(tokens[index]);
    for (;;) {
      if (extendable(from - 1)) from--;
      // "the Peace and Security Council": capitalised words joined by "and" inside the name.
      // (One word before "and", right after its article: not "the Bank of England and European Central Bank".)
      else if (
        from - 2 >= 0 &&
        /^(?:and|&)$/.test(tokens[from - 1]!.lower) &&
        extendable(from - 2) &&
        /^(?:the|'s|its|their)$/i.test(tokens[from - 3]?.lower ?? '')
      )
        from -= 2;
      // "Tigray People's Liberation Front": a possessive inside the name, between capitalised words.
      else if (
        from - 2 >= 0 &&
        /^['’]s$/.test(tokens[from - 1]!.text) &&
        COLLECTIVE_OWNER.test(tokens[from - 2]!.text) &&
        extendable(from - 2)
      )
        from -= 2;
      else break;
    }
    // "Chamber of Commerce", "Federation of Trade Unions": a complement of capitalised words after "of".
    let to = i + 1;
    // "Economic Community of Central African States": a nation's name or demonym inside the complement is part of it.
    const nationInside = (index: number) =>
      mentions.find((mention) => mention.kind === 'nation' && mention.from <= index && index < mention.to);
    if (tokens[to]?.lower === 'of' && tokens[to + 1]?.capitalised && !FUNCTION_WORDS.has(tokens[to + 1]!.text)) {
      let end = to + 1;
      while (end < tokens.length && end < to + 5 && tokens[end]!.capitalised && (!taken[end] || nationInside(end)))
        end++;
      // Not a complement that is only a nation: "the Ministry of Defence of Chile" keeps Chile.
      while (end > to + 1 && nationInside(end - 1)) end = nationInside(end - 1)!.from;
      if (end > to + 1 && (!taken[to + 1] || nationInside(to + 1))) {
        for (let k = mentions.length - 1; k >= 0; k--)
          if (mentions[k]!.kind === 'nation' && mentions[k]!.from > to && mentions[k]!.to <= end) mentions.splice(k, 1);
        taken.fill(0, to + 1, end);
        to = end;
      }
    }
    // A head alone names a body only with its complement, and a nation before it ("the US Chamber of Commerce") or two
    // capitalised words in it ("the Alliance of Small Island States").
    if (
      from === i &&
      (to === i + 1 || (to - i < 4 && !mentions.some((mention) => mention.kind === 'nation' && mention.to === i)))
    )
      continue;
    // "the Sudanese Armed Forces", "the Togolese Foreign Ministry": a demonym before the name belongs to it (and still
    // names the nation), so that one nation's ministry is not every nation's.
    const demonym = mentions.find(
      (mention): mention is MentionOf<'nation'> => mention.kind === 'nation' && mention.to === from,
    );
    const nameFrom = demonym ? demonym.from : from;
    // "the Togolese Foreign Ministry" is "Togo's Foreign Ministry", however the text names it.
    const field = token.text === 'Ministry' && to === i + 1 && from === i - 1 ? tokens[i - 1]!.lower : null;
    const name =
      demonym && field && MINISTRY_FIELDS.has(field)
        ? ministryName(demonym, field)
        : textOf(tokens, nameFrom, to, sentence).replace(/ party$/, ' Party');
    claim(from, to, name, lowerParty || token.text === 'Party' ? 'party' : 'institution');
  }

  // "Acme, an Anglo-American defence firm", "Acme, Russia's gas monopoly": a company named by apposition.
  const nationPossessiveAt = (index: number) =>
    tokens[index + 1]?.lower === "'s" &&
    mentions.some((mention) => mention.kind === 'nation' && mention.from === index && mention.to === index + 1);
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!isNameToken(tokens[i]) || taken[i] || tokens[i + 1]?.text !== ',') continue;
    const described = /^(?:a|an|the)$/i.test(tokens[i + 2]!.text) ? i + 3 : nationPossessiveAt(i + 2) ? i + 4 : -1;
    if (described < 0) continue;
    if (i > 0 && tokens[i - 1]!.capitalised && !FUNCTION_WORDS.has(tokens[i - 1]!.text)) continue;
    for (let j = described; j < Math.min(tokens.length, i + 8); j++) {
      if (COMPANY_NOUNS.has(tokens[j]!.lower)) {
        claim(i, i + 1, tokens[i]!.text, 'company');
        break;
      }
      if (tokens[j]!.text === ',' || tokens[j]!.text === '.') break;
    }
  }

  // "the Belgian financial institution, Acme, holds": the description first, the name between commas after it.
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (!isNameToken(tokens[i]) || taken[i] || tokens[i - 1]!.text !== ',' || tokens[i + 1]!.text !== ',') continue;
    if (COMPANY_NOUNS.has(tokens[i - 2]!.lower) && !tokens[i - 2]!.capitalised)
      claim(i, i + 1, tokens[i]!.text, 'company');
  }
}
