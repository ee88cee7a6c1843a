/**
 * clause: who does what in one sentence. The actors a sentence names outside its quotations, the subject of a verb,
 * the actor right of a word, a list of actors, the clause after a verb. The rules in `rules/` read sentences through it.
 */
import { datelineEnd, type Sentence } from './document.js';
import { mayHoldCue } from './cue-scan.js';
import { ROLE_HEADS } from './lexicon/roles.js';
import { OPPOSE_VERBS, SPEECH_VERBS } from './lexicon/verbs.js';
import { STARTS_WITH_CALENDAR_NAME } from './lexicon/calendar.js';
import { nationAfter, outerStart, type Mention, type MentionOf, type SentenceAnalysis } from './mentions.js';
import type { Ref } from './refs.js';
import type { Token } from './tokens.js';

/** Mentions that can act: take part, speak, pledge, oppose. */
export type ActorMention =
  | MentionOf<'person'>
  | MentionOf<'descriptor'>
  | MentionOf<'pronoun'>
  | MentionOf<'nation'>
  | MentionOf<'organisation'>;

export const PERSON_LIKE = new Set(['person', 'descriptor', 'pronoun']);
export const ACTOR_KINDS = new Set(['person', 'descriptor', 'pronoun', 'nation', 'organisation']);

const CLAUSE_BREAK = /^(?:;|but|although|though|while|whereas|however|yet)$/i;

export interface SentenceState {
  sentence: Sentence;
  analysis: SentenceAnalysis;
  /** Each actor mention's reference, pronouns resolved. */
  refs: Map<Mention, Ref>;
  subject: Ref | null;
  /** Whoever the sentence before reported as speaking (a person, nation or body): whom "the statement" is of. */
  previousReporter: Ref | null;
  /** Memoised by actorMentions. */
  actors?: ActorMention[];
  /** The body whose event the article is about ("the BRICS summit"): whose words "the summit's declaration" are. */
  eventOwner?: () => Ref | null;
}

/**
 * Whether the sentence may hold one of these words (lower case): a rule's cue, checked before its pattern, so that
 * the many sentences without the cue cost nothing but the one scan of the sentence for every list's words. A cue found
 * inside a longer word only lets the pattern decide. Lists are module constants: each is compiled into the scan once.
 */
export function mayContain(state: SentenceState, words: readonly string[]): boolean {
  return mayHoldCue(state.analysis, state.sentence.text, words);
}

export function insideQuote(analysis: SentenceAnalysis, mention: { start: number; end: number }): boolean {
  return analysis.quoted.some(([from, to]) => mention.start >= from && mention.end <= to);
}

export function tokenInsideQuote(analysis: SentenceAnalysis, token: Token): boolean {
  return analysis.quoted.some(([from, to]) => token.start >= from && token.end <= to);
}

/** Actor mentions outside quotations, without the nations and organisations that only qualify a title ("UK Prime Minister X"). */
export function actorMentions(state: SentenceState): ActorMention[] {
  state.actors ??= findActorMentions(state);
  return state.actors;
}

function findActorMentions(state: SentenceState): ActorMention[] {
  const { mentions } = state.analysis;
  const text = state.sentence.text;
  return mentions.filter(
    (mention): mention is ActorMention =>
      ACTOR_KINDS.has(mention.kind) &&
      state.refs.has(mention) &&
      !insideQuote(state.analysis, mention) &&
      canAct(mention as ActorMention, text) &&
      !(
        (mention.kind === 'nation' || mention.kind === 'organisation') &&
        mentions.some(
          (other) =>
            (other.kind === 'person' || other.kind === 'descriptor') &&
            other.from <= mention.from &&
            other.start > mention.start,
        )
      ) &&
      !(
        mention.kind === 'nation' &&
        mentions.some(
          (other) =>
            other.kind === 'person' && other.role && nationAfter(mentions, state.analysis.tokens, other.to) === mention,
        )
      ),
  );
}

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, an inserted "he said". */
const SUBJECT_GAP =
  /^[\s,]*(?:(?:has|have|had|did|does|do|will|would|could|might|may|must|should|can|cannot|is|are|was|were|be|been|also|now|already|again|then|further|formally|jointly|separately|later|previously|recently|today|yesterday|on\s+\w+|(?:responded|reacted|retaliated|replied|hit\s+back)\s+(?:swiftly\s+|quickly\s+|immediately\s+)?by|he\s+said|she\s+said|they\s+said|it\s+said|(?:said|says|added|warned|insisted)\s+(?:that\s+)?(?:it|they|he|she)|set\s+to|expected\s+to|(?:used|uses|took|takes)\s+(?:his|her|its|their|the|an?)\s+(?:[\w-]+\s+){0,3}?to|going\s+to|(?:decided|decides|agreed|agrees|plans?|planned|intends?|intended|wants?|wanted|moved|sought|seeks|hopes?|hoped|aims?|aimed|prepared|offered|offers|promised|promises|pledged|pledges|vowed|vows|committed|continues|continued)\s+to|(?:started|starts|began|begins|kept|keeps|continued|continues)(?:\s+to)?|[a-z]{2,}ly|long|always|so\s+far|not|n't|never|all|both|each|too|however|meanwhile|instead|though|in\s+turn|for\s+(?:its|their|his|her)\s+part|(?:was|were|is|are)\s+(?:the\s+only|among\s+the|one\s+of\s+the|one\s+of\s+(?:only\s+)?\w+)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who|to))[\s,]*)*$/i;

/** A nation's body that acts for it: "Russia's embassy in Helsinki denounced", "China's foreign ministry said". */
const ACTING_BODY =
  /^['’]s\s+(?:[\p{L}]+-(?:backed|led|run)\s+)?(?:embassy|mission|delegation|government|administration|cabinet|junta|regime|foreign\s+ministry|defence\s+ministry|defense\s+ministry|ministry|military|armed\s+forces|army|navy|parliament|foreign\s+office|state\s+media|(?:central|development|state|national|export[- ]import)\s+bank|sovereign\s+(?:wealth\s+)?fund)\b/iu;

/** A negation right before a verb: "did not", "would never", "won't", "has not yet". */
export const NEGATED = /(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:\w+ly\s+|yet\s+)?$/i;

/** The opening of a relative clause right before its verb: ", which", ", whose government". */
export const RELATIVE_CLAUSE_OPEN = /,\s*(?:which|who|whose\s+\p{L}+)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** The word for a government after a demonym: "the Ugandan delegation walked out". */
export const NATION_BODY =
  /^\s+(?:government|officials|leaders?|delegations?|authorities|forces|ministry|side|embassy|presidency|administration|military|army|navy|mission|cabinet|negotiators|diplomats|troops|team)\b|^\s+and\s+\p{L}+\s+(?:delegations|leaders|officials|negotiators|governments|diplomats|forces|troops|teams)\b/iu;

/** What to strip after a mention before reading the words that follow it: a demonym's "government", "delegation". */
export function demonymBody(mention: Mention | undefined): RegExp {
  if (mention?.kind !== 'nation') return /^$/;
  // "the Malian government", "Yemen's government", "the US delegation", "the Saudi delegation".
  return mention.form === 'demonym' ? NATION_BODY : NAME_BODY;
}

const NAME_BODY = new RegExp(`${ACTING_BODY.source}|${NATION_BODY.source}`, 'iu');

/** A relative clause whose verb is its antecedent's: "the administration, which boycotted", "X, whose government". */
const RELATIVE_PRONOUN =
  /^\s*,\s*(?:which|who|whose\s+(?:government|delegation|administration|country|leaders?|officials|ministers?))\s/i;

/** Where the subject is, between it and its verb: "the opposition party in Nairobi criticised". */
const LOCATIVE = /^\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=[\s,])/u;

/** The actors that are the subject of the verb at `offset`: adjacent to it but for auxiliaries, adverbs and a place. */
export function subjectsOf(state: SentenceState, offset: number, mixBodies = false): Ref[] {
  // "Argentina, whose president is an ally of X, quit the talks": the subject stands before the relative clause.
  const relative = CLOSED_RELATIVE.exec(state.sentence.text.slice(0, offset));
  if (relative) return subjectsOf(state, relative.index, mixBodies);
  // Nothing in a wire dateline acts: "RIYADH — Leaders of the council met ... and pledged".
  const dateline = datelineEnd(state.sentence.text);
  const candidates = actorMentions(state).filter((mention) => mention.end <= offset && mention.start >= dateline);
  const nearest = candidates[candidates.length - 1];
  if (!nearest) {
    // "The summit's final declaration condemned ...": the words of the body whose summit it is.
    const owner = EVENT_TEXT_BEFORE.test(state.sentence.text.slice(0, offset)) ? state.eventOwner?.() : null;
    return owner ? [owner] : [];
  }
  const gap = state.sentence.text
    .slice(nearest.end, offset)
    .replace(ACTING_BODY, '')
    .replace(LOCATIVE, '')
    .replace(RELATIVE_PRONOUN, '')
    // 'said it "strongly condemns"': the quotation opens inside the clause.
    .replace(/["“]/g, ' ')
    // "Japan, the largest donor, pledged": an apposition between commas.
    .replace(/^,\s+(?:the|a|an|its|their)\s+[^,;()]{1,50},/i, '')
    // "the Asian Infrastructure Investment Bank (AIIB) had pledged": the acronym in brackets, or the bracket it ends.
    .replace(/^\s*\([^()]{1,15}\)|^\)/, '')
    .replace(demonymBody(nearest), '')
    // "Saudi Arabia and other oil-producing nations blocked": the nation named leads the others.
    .replace(nearest.kind === 'nation' ? OTHER_NATIONS : /(?!)/, '')
    // "Netanyahu's office accused": a leader's office or spokesperson acts for the leader.
    .replace(nearest.kind === 'person' ? PERSONS_OFFICE : /(?!)/, '')
    // "the Mercosur bloc condemned": the noun for what the body is.
    .replace(nearest.kind === 'organisation' ? BODY_NOUN : /(?!)/, '')
    // "EAC heads of state endorsed", "the G20's final declaration condemned": a body's members or text act for it.
    .replace(nearest.kind === 'organisation' ? BODY_MEMBERS : /(?!)/, '');
  if (SUBJECT_GAP.test(gap)) return actorsLeftOf(state, offset, false, mixBodies);
  // "Greenland's premier, X, welcomed the deal but warned against ...": a second verb shares the sentence's subject.
  const text = state.sentence.text;
  const sharedAt = SHARED_SUBJECT.exec(text.slice(0, offset))?.index;
  if (sharedAt === undefined) return [];
  // The sentence's first actors, joined by "and" or commas: "Hungary and Slovakia kept their bans and rejected ..."; not
  // a possessive ("In X's address, the leader urged ... and criticised ...").
  const firstAt = candidates.findIndex((mention) => !/^['’]s\b/.test(text.slice(mention.end)));
  if (firstAt < 0) return [];
  const run = [candidates[firstAt]!];
  for (const next of candidates.slice(firstAt + 1)) {
    if (!ACTOR_RUN_GAP.test(text.slice(run.at(-1)!.end, outerStart(state.analysis, next)))) break;
    run.push(next);
  }
  const last = run.at(-1)!;
  // "X, who took part by video link, backed ... and rejected ...": the relative clause is no gap.
  const runGap = text.slice(last.end, nextVerbAfter(state, last.end)).replace(/^,\s+(?:who|which|whose)\s[^,;]*,/i, '');
  if (last.end < sharedAt && SUBJECT_GAP.test(runGap)) {
    return run.map((mention) => state.refs.get(mention)!);
  }
  return [];
}

/** A body's members named after it: "EAC heads of state", "the bloc's foreign ministers". */
const BODY_MEMBERS =
  /^\s*(?:['’]s\s+)?(?:heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|leaders|(?:[\p{Ll}-]+\s+)?ministers|member\s+(?:states|countries|nations)|allies|members|partners|(?:executive\s+|governing\s+)?(?:board|secretariat)|(?:(?:summit|meeting|conference|forum)['’]s\s+)?(?:(?:final|joint|closing|summit|leaders['’]?)\s+)*(?:declaration|communiqu[ée]))\b/iu;

/** "The summit's final declaration ": an event's text as the subject of the verb after it. */
const EVENT_TEXT_BEFORE =
  /\b(?:the|this|that|its)\s+(?:summit|meeting|conference|forum|gathering)['’]s\s+(?:(?:final|joint|closing)\s+)*(?:declaration|communiqu[ée]|statement)\s+(?:also\s+|\p{Ll}+ly\s+)?$/iu;

/** The noun that says what a named body is, right after its name: "the Mercosur bloc", "the NATO alliance". */
const BODY_NOUN = /^\s+(?:bloc|alliance|grouping|group|body|club|forum|organi[sz]ation|union|coalition)\b/i;

/** A relative clause between commas right before a verb. */
const CLOSED_RELATIVE =
  /,\s+(?:whose|who|which|(?:of|in|to|for|with)\s+(?:which|whom)|(?:represented|accompanied|flanked)\s+by)\s[^,;()“”"]*,\s*$/i;

/** What joins actors named together: "Hungary and Slovakia", "Saudi Arabia and the United States", "A, B". */
export const ACTOR_RUN_GAP = /^\s*(?:,|,?\s*and|,?\s*&)\s*(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/i;

const OTHER_NATIONS =
  /^\s*,?\s+and\s+(?:other|several\s+other|some\s+other|a\s+few\s+other|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:nations|countries|states|producers|members|allies|partners|neighbours|neighbors)\b/iu;
const PERSONS_OFFICE = /^['’]s\s+(?:office|spokes(?:man|woman|person)|aides?|camp|press\s+office)\b/i;

/** A preposition right before a mention: it is the object of a phrase, not a subject. */
const PREPOSITION_BEFORE = /\b(?:to|for|from|with|of|in|on|at|by|into|against|towards?)\s+(?:the\s+)?$/i;

/** "... but", "... and", right before a verb: the verb's subject is that of the clause before. */
export const SHARED_SUBJECT = /\s(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:did\s+|does\s+|do\s+)?$/i;

/** Where the word after `offset` begins (the verb right after a subject). */
function nextVerbAfter(state: SentenceState, offset: number): number {
  const text = state.sentence.text;
  const match = /[\p{Ll}]/u.exec(text.slice(offset).replace(/^,[^,]*,/, (aside) => ' '.repeat(aside.length)));
  return match ? offset + match.index : offset;
}

/** Whether a nation mention can act: its name or seat, or a demonym followed by a word for a government. */
export function canAct(mention: Mention, sentence: string): boolean {
  // "NUKU'ALOFA, Tonga (AP) — Leaders opened ...": the agency that filed the report in its dateline does nothing in it.
  if (mention.kind === 'organisation') return !(mention.orgKind === 'media' && sentence[mention.start - 1] === '(');
  if (mention.kind !== 'nation') return true;
  // "The opposition party in Nairobi criticised ...": a place where something happens does not act.
  if (/\b(?:in|at)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 4), mention.start))) return false;
  if (mention.form !== 'demonym') return true;
  return NATION_BODY.test(sentence.slice(mention.end));
}

/**
 * The actor on the left of `offset` in the same clause: the nearest person when `preferPeople`, else the nearest actor.
 * A run of actors of one kind joined by commas and "and" ("Turkey, Ireland and Australia") is returned whole; with
 * `mixBodies`, nations and organisations make one run ("France, Germany and the EU").
 */
export function actorsLeftOf(state: SentenceState, offset: number, preferPeople: boolean, mixBodies = false): Ref[] {
  const text = state.sentence.text;
  const tokens = state.analysis.tokens;
  let clauseStart = datelineEnd(text);
  for (const [index, token] of tokens.entries()) {
    if (token.end > offset) break;
    // ", however," between commas is an aside, not a new clause: "Chile, however, rejected the quota".
    const aside = tokens[index - 1]?.text === ',' && tokens[index + 1]?.text === ',';
    if (CLAUSE_BREAK.test(token.text) && !aside && !tokenInsideQuote(state.analysis, token)) clauseStart = token.end;
  }
  const candidates = actorMentions(state).filter(
    (mention) => mention.end <= offset && mention.start >= clauseStart && canAct(mention, text),
  );
  if (candidates.length === 0) return [];
  if (preferPeople) {
    const person = [...candidates].reverse().find((mention) => PERSON_LIKE.has(mention.kind));
    if (person) return [state.refs.get(person)!];
  }
  const nearest = candidates[candidates.length - 1]!;
  const run = [nearest];
  // Where the run's first mention begins, its title or possessor included ("Peru's Luis Vega"): gaps are measured to
  // it ("Premier Li Wei and President Kim Min-jun").
  let runStart = outerStart(state.analysis, nearest);
  for (let i = candidates.length - 2; i >= 0; i--) {
    const candidate = candidates[i]!;
    if (candidate.start >= runStart) continue;
    if (/^['’]s\s+$/.test(text.slice(candidate.end, runStart)) && PERSON_LIKE.has(run[0]!.kind)) {
      runStart = outerStart(state.analysis, candidate);
      continue;
    }
    const between = text.slice(candidate.end, runStart);
    const joins = mixBodies ? sameKindOfActor(candidates[i]!, nearest) : candidates[i]!.kind === nearest.kind;
    if (!ACTOR_RUN_GAP.test(between) || !joins) break;
    // "extend aid to Tonga, and Norway pledged": an object before ", and" ends the clause before, it joins no subject.
    if (/^\s*,\s*and\b/i.test(between) && PREPOSITION_BEFORE.test(text.slice(0, outerStart(state.analysis, candidate))))
      break;
    run.unshift(candidate);
    runStart = outerStart(state.analysis, candidate);
  }
  return run.map((mention) => state.refs.get(mention)!);
}

/** Actors that are listed together: people with people, nations and organisations with each other. */
function sameKindOfActor(a: ActorMention, b: ActorMention): boolean {
  const body = (mention: ActorMention) => mention.kind === 'nation' || mention.kind === 'organisation';
  return a.kind === b.kind || (body(a) && body(b));
}

/** The first actor right of `offset` within a few words, for "said Jane Doe" and "met the king". */
export function actorRightOf(
  state: SentenceState,
  offset: number,
  maxGap = 12,
): { ref: Ref; mention: ActorMention } | null {
  const actors = actorMentions(state);
  const first = actors.find(
    (candidate) =>
      outerStart(state.analysis, candidate) >= offset && outerStart(state.analysis, candidate) - offset <= maxGap,
  );
  if (!first) return null;
  // "received his Botswana counterpart X": the person whose title begins with the nation, not the nation.
  const mention =
    actors.find(
      (candidate) =>
        candidate.kind === 'person' && outerStart(state.analysis, candidate) === outerStart(state.analysis, first),
    ) ?? first;
  return { ref: state.refs.get(mention)!, mention };
}

/** The clause that follows `offset`: up to a semicolon, a clause conjunction, ", VERBing" or the sentence end. */
export function clauseAfter(text: string, offset: number): string {
  const rest = text.slice(offset);
  // A clause ends at a comma that opens another ("..., and the Kremlin dismissed ...") or attributes what came before
  // ("..., Defence Secretary Tom Hale announced on Tuesday"), among others.
  const stop =
    /,\s+(?=(?:[\p{L}'’.-]+,?\s+){1,8}(?:said|says|say|announced|announces|added|told|tell|confirmed|stated|reported|report)\b)|;|\s?[–—]\s?|\s-\s|,\s+(?!including\b)(?:\w+ing|which|who|but|although|while|saying|stating|adding)\b|,\s+\p{Ll}+ed\s+by\b|,\s+(?:(?:a|an|just|only|two|three|several|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before)\b|,\s+as\s+(?:he|she|they|it|we)\b|,\s+as\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,3}(?:opened|began|met|gathered|arrived|left|ended|closed|convened)\b|,\s+with\s+(?!the\s+(?:aim|goal|help|support|backing)\b)|,\s+and\s+(?:the\s+)?(?=\p{Lu})|\s(?:but|although|while|whereas|if|unless)\s|(?<=\S)\s+(?<!\b(?:called|dubbed|termed|branded)(?:\s+[\p{L}-]+){0,3}\s+)["“](?![^"“”]{0,29}[^"“”,.;:!?\s]["”]\s+\p{Ll})|\.\s*$|\.$|:/iu.exec(
      rest,
    );
  // "condemned the strikes and criticised the tariffs": a second verb of the same subject ends the first's object.
  const second = AND_NEXT_VERB.exec(rest);
  const end = Math.min(stop?.index ?? rest.length, second?.index ?? rest.length);
  return rest
    .slice(0, end)
    .trim()
    .replace(/[.,"”’]+$/, '');
}

/** " and (also) condemned", " and would respond": another verb of the same subject, joined by "and". */
const AND_NEXT_VERB = new RegExp(
  `\\s+and\\s+(?:also\\s+)?(?:would|will|could|should|might|may|must|${[...OPPOSE_VERBS, ...SPEECH_VERBS].filter((verb) => /(?:ed|s)$/.test(verb)).join('|')})\\b`,
  'i',
);

export function verbTokens(state: SentenceState, verbs: Set<string>): Token[] {
  return state.analysis.tokens.filter((token) => verbs.has(token.lower) && !tokenInsideQuote(state.analysis, token));
}

/** A short title in apposition between list items: ", and the bloc's chairperson, ". */
const APPOSITIVE_TITLE = /^\s*,?\s*and\s+the\s+[^,;.()]{1,40},\s*$/;

export function hasRoleWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => ROLE_HEADS.has(word));
}

/**
 * The run of actors listed from `offset`: "France, Poland, the Czech Republic and Canada". The first may follow a
 * title ("including Ukrainian President X"); the run ends at the first word that is not a separator.
 */
export function listAt(state: SentenceState, offset: number, kinds: ReadonlySet<string>): ActorMention[] {
  const text = state.sentence.text;
  const run: ActorMention[] = [];
  let lastEnd = offset;
  for (const mention of actorMentions(state)) {
    if (mention.start < offset || !kinds.has(mention.kind)) continue;
    // "X of Liberia, Y of Senegal": the nation a listed person is of belongs to that item.
    if (
      run.length &&
      mention.kind === 'nation' &&
      PERSON_LIKE.has(run[run.length - 1]!.kind) &&
      /^\s+of\s+(?:the\s+)?$/.test(text.slice(lastEnd, mention.start))
    ) {
      lastEnd = mention.end;
      continue;
    }
    // Later items are measured to where their title begins: "A, Tongan King B and C"; "the Malian government and
    // the X" lists Mali, the word for its government aside.
    const previous = run.at(-1);
    // "President X of Ghana, Y": the nation of a titled person is no actor of its own, but still ends the item.
    const ofNation =
      previous && PERSON_LIKE.has(previous.kind)
        ? state.analysis.mentions.find(
            (other) =>
              other.kind === 'nation' &&
              other.start >= lastEnd &&
              other.end <= mention.start &&
              /^\s+of\s+(?:the\s+)?$/.test(text.slice(lastEnd, other.start)),
          )
        : undefined;
    if (ofNation) lastEnd = ofNation.end;
    const gap = text
      .slice(
        run.length ? lastEnd : offset,
        // The first item too is measured to its title: "between Chilean negotiator X and ...".
        run.length || mention.kind === 'person' ? Math.max(offset, outerStart(state.analysis, mention)) : mention.start,
      )
      .replace(demonymBody(previous), '');
    const fits = run.length
      ? /^\s*(?:,|,?\s*and(?:\s+also)?|,?\s*&|,?\s*as well as)?\s*(?:(?:representatives|delegates|delegations|officials|envoys|members)\s+(?:of|from)\s+)?(?:the\s+|an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:former\s+|outgoing\s+|incoming\s+)?$/i.test(
          gap,
        ) ||
        // "..., and Humanitarian Aid Commissioner X": the start of a title the lexicon does not know.
        (mention.kind === 'person' && !!mention.role && /^\s*,?\s*and\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u.test(gap)) ||
        // "X, who is the bloc's chief mediator, Y and Z": a relative clause about the item before.
        /^\s*,\s*(?:who|which)\s+[^,;]{1,80},\s*(?:and\s+)?(?:the\s+|an?\s+)?(?:former\s+|outgoing\s+|incoming\s+)?$/i.test(
          gap,
        ) ||
        // "..., and the bloc's chairperson, Ghana's President X": a title in apposition before the person listed.
        (mention.kind === 'person' && APPOSITIVE_TITLE.test(gap) && hasRoleWord(gap))
      : /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u.test(gap);
    // Inside a relative clause about the item before: not an item ("X, who is the African Union's mediator, Y").
    if (!fits && run.length && /^\s*,\s*(?:who|which)\s+[^,;]{0,80}$/i.test(gap)) continue;
    if (!fits) {
      // "the AU Chairperson, Mauritania's President X": the person who holds the body's office is listed too.
      const last = run.at(-1);
      if (last && last.kind !== 'person' && mention.kind === 'person') {
        const apposition = text.slice(last.end, outerStart(state.analysis, mention));
        if (/^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s*,\s*$/u.test(apposition) && hasRoleWord(apposition)) {
          run.push(mention);
          lastEnd = mention.end;
          continue;
        }
      }
      break;
    }
    run.push(mention);
    lastEnd = mention.end;
  }
  return run;
}

export const LISTABLE = new Set(['nation', 'person', 'organisation']);

/** The first actor of the sentence before `offset` that is not a possessive: the subject a participle shares. */
export function sentenceSubject(state: SentenceState, offset: number): Exclude<Ref, { kind: 'event' }> | undefined {
  const text = state.sentence.text;
  const dateline = datelineEnd(text);
  const subject = actorMentions(state).find(
    (mention) => mention.start >= dateline && mention.end <= offset && !/^['’]s\b/.test(text.slice(mention.end)),
  );
  const ref = subject && state.refs.get(subject);
  return ref && ref.kind !== 'event' ? ref : undefined;
}

/** A meeting still to come is no meeting yet: "will travel to Tokyo next month for talks with X", "is due to meet". */
export const FUTURE =
  /\b(?:will|shall|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:due|expected|set|scheduled|going)\s+to)\b/i;

const MEETING_PLACE =
  /\b(?:met|meets|meet|held\s+talks|hosted|hosts|received|receives|welcomed|welcomes)\b[^.;]*?\b(?:in|to)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})|\bvisit\s+to\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;

/**
 * Where a meeting told by its verb took place: "met their counterparts in Tokyo", "hosted X in Santiago", "during a
 * visit to Beijing" (not "in June").
 */
export function meetingPlace(text: string): string | null {
  const match = MEETING_PLACE.exec(text);
  const place = (match?.[1] ?? match?.[2])?.replace(/\.+$/, '') ?? null;
  return place && !STARTS_WITH_CALENDAR_NAME.test(place) ? place : null;
}
