/**
 * extract-article: one article's claims (statements, attendance, pledges, opposition, meetings, roles) with evidence,
 * as references that the corpus resolver turns into entities. Pure: text in, claims out.
 */
import type { ArticleInfo, Evidence, PropertyValue, RelationType } from '../../graph-model/index.js';
import { layoutDocument, type ArticleDocument, type Sentence } from './document.js';
import type { NameLookup } from './known-names.js';
import {
  ATTEND_VERBS,
  MEET_VERBS,
  OPPOSE_PHRASES,
  OPPOSE_VERBS,
  SPEECH_VERBS,
  STRONG_PLEDGE_VERBS,
  SUPPORT_NOUNS,
  WEAK_PLEDGE_VERBS,
  WILLINGNESS,
} from './lexicon/verbs.js';
import { ROLE_HEADS } from './lexicon/roles.js';
import { findMentions, nationAfter, type Mention, type MentionOf, type SentenceAnalysis } from './mentions.js';
import { findMoney } from './money.js';
import type { ArticleText } from '../read/read-article.js';
import type { ArticleEvent, PersonMention, Ref } from './refs.js';
import { allMatches, type Token } from './tokens.js';

export interface Claim {
  type: RelationType;
  source: Ref;
  target: Ref;
  properties: Record<string, PropertyValue>;
  evidence: Evidence;
}

export interface EntityMention {
  ref: Ref;
  surface: string;
  evidence: Evidence;
}

export interface ArticleExtraction {
  article: ArticleInfo;
  text: string;
  people: PersonMention[];
  events: ArticleEvent[];
  mentions: EntityMention[];
  claims: Claim[];
}

/** What extraction needs of an article read from a file. */
export type ArticleInput = Omit<ArticleText, 'contentHash'>;

/** Mentions that can act: take part, speak, pledge, oppose. */
type ActorMention =
  | MentionOf<'person'>
  | MentionOf<'descriptor'>
  | MentionOf<'pronoun'>
  | MentionOf<'nation'>
  | MentionOf<'organisation'>;

const PERSON_LIKE = new Set(['person', 'descriptor', 'pronoun']);
const ACTOR_KINDS = new Set(['person', 'descriptor', 'pronoun', 'nation', 'organisation']);
const LEADING_SUBORDINATE =
  /^(?:but\s+|and\s+)?(?:when|if|as|while|after|although|though|before|since|asked|once|whether|because)\b[^,]*,/i;
const CLAUSE_BREAK = /^(?:;|but|although|though|while|whereas|however|yet)$/i;
const ANAPHORIC_PROPOSAL =
  /^(?:the|this|that|its|their)\s+(?:initiative|proposal|plan|idea|offer|move|call|calls|deal|suggestion|request|demand)\b/i;
const CONTINUATION =
  /^(?:this|it|that|these|the\s+(?:package|loan|deal|aid|money|funding|pledge|commitment|contract))\b/i;
const PLEDGE_VERBS = new Set([...STRONG_PLEDGE_VERBS, ...WEAK_PLEDGE_VERBS]);
const OPPOSE_PHRASES_GLOBAL = new RegExp(OPPOSE_PHRASES.source, 'gi');
/** A meeting held at an event: "met X at / on the sidelines of / during the summit". */
const MET_AT = /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
const SEEN_BY = /\b(?:seen|obtained|reviewed|verified)\s+by\b/i;

/** Words that name a body's members speaking for it: "the Quad chief diplomats said". */
const MEMBER_WORDS =
  /^(?:chief|top|foreign|defence|defense|finance|trade|senior|leaders|ministers|diplomats|officials|members|envoys|delegates|heads|governments|representatives|spokespeople)$/;

/** A sentence that ends by announcing a quotation: "X said:", "X told reporters:". */
const COLON_LEAD_IN =
  /\b(?:said|says|told(?:\s+[^:]{1,40})?|added|declared|stated|warned|noted|remarked|explained|insisted)\s*:\s*$/i;

/** '"...," the statement read': a quotation of a written statement, named by the text itself. */
const STATEMENT_SAID =
  /^[”"’]?[\s,]*(?:the|a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[ée]|declaration|letter|post|message|text)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|read|reads|stated|added)\b/iu;

/** A sentence that ends on taking part, with no event named: "Japan and Korea also attended." */
const ATTENDED_AT_END =
  /\b(?:also\s+)?(?:attended|took\s+part|participated)(?:\s+(?:too|as\s+well|as\s+(?:an?\s+)?(?:observers?|guests?)))?\s*(?:[.!]?$|;)/i;
/** Those sent to a meeting, and where they met: "Foreign ministers from A, B and C met in Geneva". */
const GATHERED_FROM =
  /\b(?:ministers|leaders|officials|delegations|delegates|envoys|representatives|negotiators|heads\s+of\s+(?:state|government))\s+(?:from|of)\s+(?:the\s+)?/i;
const GATHERED_VERB =
  /^[\s,]*(?:have\s+|had\s+)?(?:met|gathered|convened|assembled)\b(?:\s+(?:in|at)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))?/u;
const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Speaking to those taking part: "X told delegates", "X addressed the participants". */
const TOLD_DELEGATES =
  /\b(?:told|addressed)\s+(?:the\s+|fellow\s+)?(?:delegates|participants|attendees|delegations)\b/i;
/** A list of who took part, with no event named: "Among those attending were A, B and C." */
const AMONG_ATTENDING =
  /^\s*among\s+(?:those|the\s+[\p{Ll}\s]{3,30}?)\s+(?:attending|present|taking\s+part|in\s+attendance)\s+(?:were|was)\b/iu;
/** People who met, named together before the verb: "A and B held talks", "A and B met in Geneva". */
const MET_TOGETHER =
  /\s(?:held|hold|holds|holding)\s+(?:\w+\s+){0,2}talks\b|\s(?:met|meet)(?=\s+(?:in|at|on|for|during|after|before|privately|briefly|again)\b|[.,;]|$)/i;
const MEETING_WITH = /\b(?:meeting|talks|call|phone call)\s+with\s+/gi;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface SentenceState {
  sentence: Sentence;
  analysis: SentenceAnalysis;
  /** Each actor mention's reference, pronouns resolved. */
  refs: Map<Mention, Ref>;
  subject: Ref | null;
  /** Whoever the sentence before reported as speaking (a person, nation or body): whom "the statement" is of. */
  previousReporter: Ref | null;
  /** Memoised by actorMentions. */
  actors?: ActorMention[];
}

/** Extracts the claims of one article. `known` holds the people named anywhere in the corpus. */
export function extractArticle(input: ArticleInput, known: NameLookup): ArticleExtraction {
  const document = layoutDocument(input.text, input.title);
  return extractAnalysed(
    input,
    document,
    document.sentences.map((sentence) => findMentions(sentence.text, known)),
  );
}

/** Extracts the claims of one article laid out as `document`, from the mentions of each of its sentences. */
export function extractAnalysed(
  input: ArticleInput,
  document: ArticleDocument,
  analyses: readonly SentenceAnalysis[],
): ArticleExtraction {
  const article: ArticleInfo = {
    id: input.id,
    title: document.title ?? input.title ?? input.source,
    source: input.source,
    publishedAt: input.publishedAt ?? document.datedLine,
    url: input.url,
    outlet: input.outlet,
  };
  const context = new ArticleContext(article, input.text);
  let previousSubject: Ref | null = null;
  let previousReporter: Ref | null = null;
  let lastPledger: { ref: Ref; sentence: number } | null = null;
  let lastSpeaker: { ref: Ref; sentence: number; paragraph: number } | null = null;
  let lastProposal: { what: string; sentence: number } | null = null;
  const pending: [Ref, Evidence][] = [];

  for (const sentence of document.sentences) {
    const analysis = analyses[sentence.index]!;
    const state = context.analyse(sentence, analysis, previousSubject, previousReporter);
    const evidence = (rule: string): Evidence => ({
      article: article.id,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      rule,
    });

    // Statements. A paragraph that is a quotation with no attribution of its own, right after a paragraph about a
    // person, is that person's: the speaker named by the discourse, as a reader takes it.
    const opensParagraph =
      sentence.index === 0 || document.sentences[sentence.index - 1]!.paragraph !== sentence.paragraph;
    const stale = !lastSpeaker || sentence.index - lastSpeaker.sentence > 1;
    const wholeQuote = /^\s*[“"]/.test(sentence.text) && /[”"][.)]?\s*$/.test(sentence.text);
    if (opensParagraph && stale && previousSubject?.kind === 'person' && wholeQuote)
      lastSpeaker = { ref: previousSubject, sentence: sentence.index - 1, paragraph: sentence.paragraph - 1 };
    const quotes = extractQuotes(state, lastSpeaker);
    for (const quote of quotes) {
      context.claim('SAID', quote.speaker, { kind: 'statement', text: quote.text }, {}, evidence(quote.rule));
      lastSpeaker = { ref: quote.speaker, sentence: sentence.index, paragraph: sentence.paragraph };
    }
    // "Responding to the delegation, President X said:" then the quotation in the next paragraph: X speaks it.
    const leadIn = quotes.length ? null : COLON_LEAD_IN.exec(sentence.text);
    if (leadIn) {
      const speaker = actorsLeftOf(state, leadIn.index, true)[0];
      if (speaker) lastSpeaker = { ref: speaker, sentence: sentence.index, paragraph: sentence.paragraph };
    }

    // Attendance. Presence told before the article names its event waits for that event ("The mediation team
    // brokered a truce between A and B." before "... after a meeting in Pretoria").
    for (const [actor, event, rule] of extractAttendance(state, context)) {
      if (event === EVENT_NAMED_LATER) pending.push([actor, evidence(rule)]);
      else context.claim('ATTENDED', actor, event, {}, evidence(rule));
    }

    // Proposals (and texts signed or tabled) are remembered so that "X rejected the initiative" and "Y refused to sign
    // it" know what was meant.
    const proposal =
      /\b(?:propos(?:ed|e|es|ing)|put forward|tabled|unveiled|drafted|signed)\s+(?:a|an|the)\s+([^,;.]+?)(?=,|;|\.|\s+(?:although|but|while)\b|$)/i.exec(
        sentence.text,
      );
    if (proposal) lastProposal = { what: proposal[1]!.trim(), sentence: sentence.index };

    // Pledges, with the sentence after a pledge that continues it ("This comes on top of a £2bn loan").
    const pledges = extractPledges(state);
    for (const pledge of pledges)
      context.claim('PLEDGED', pledge.source, pledge.target, pledge.properties, evidence(pledge.rule));
    if (pledges.length) lastPledger = { ref: pledges[0]!.source, sentence: sentence.index };
    else if (lastPledger && sentence.index - lastPledger.sentence <= 1 && CONTINUATION.test(sentence.text)) {
      for (const pledge of continuedPledges(state, lastPledger.ref)) {
        context.claim('PLEDGED', pledge.source, pledge.target, pledge.properties, evidence(pledge.rule));
      }
    }

    // Opposition.
    const proposalContext = lastProposal && sentence.index - lastProposal.sentence <= 1 ? lastProposal.what : null;
    for (const opposition of extractOpposition(state, proposalContext)) {
      context.claim('OPPOSED', opposition.source, opposition.target, opposition.properties, evidence(opposition.rule));
    }

    // Meetings; both sides of a meeting the text states took part in it: the event the sentence names, else the
    // article's main event, else a meeting of its own.
    const meetings = extractMeetings(state);
    for (const [a, b, rule] of meetings) context.claim('MET', a, b, {}, evidence(rule));
    if (meetings.length) {
      const named = analysis.mentions.find((mention) => mention.kind === 'event');
      const event = (named && state.refs.get(named)) || context.mainEvent() || context.gathering(null, sentence);
      for (const [a, b] of meetings)
        for (const side of [a, b]) context.claim('ATTENDED', side, event, {}, evidence('attended.met'));
    }

    // Roles: "UK Prime Minister X", "Russia's foreign minister X".
    for (const mention of analysis.mentions) {
      if (mention.kind !== 'person' || !mention.role) continue;
      const holder = state.refs.get(mention)!;
      const person = holder.kind === 'person' ? context.person(holder.key) : undefined;
      const organisation = person?.organisation ?? null;
      if (!mention.nation && !organisation) continue;
      const office: Ref = mention.nation
        ? { kind: 'nation', code: mention.nation }
        : { kind: 'organisation', name: organisation!, orgKind: 'institution' };
      context.claim('HOLDS_ROLE', holder, office, { role: person?.role ?? mention.role }, evidence('role.title'));
    }

    const sayers = reportedSpeakers(state);
    previousSubject = sayers.person ?? state.subject ?? previousSubject;
    // "X, who thanked the mediators, said in a statement that ...": the statement's author is the subject.
    previousReporter =
      sayers.anyActor ?? (/\b(?:statement|communiqu[ée])\b/i.test(sentence.text) ? previousSubject : null);
  }
  const main = context.mainEvent();
  if (main) for (const [actor, evidence] of pending) context.claim('ATTENDED', actor, main, {}, evidence);
  return context.result();
}

/**
 * Whose words a sentence reports last, outside quotations: the person ("X met Y, who said Ottawa would help": a "he
 * said" in the next sentence is Y's) and any actor, a ministry or a nation too (whom "the statement read" belongs to).
 */
function reportedSpeakers(state: SentenceState): { person?: Ref; anyActor?: Ref } {
  const found: { person?: Ref; anyActor?: Ref } = {};
  for (const verb of verbTokens(state, SPEECH_VERBS).reverse()) {
    // Reported speech only: a verb that opens a quotation ("vowed “Russia will pay”") is the quotation's own.
    if (/^\s*(?:that\s+)?[“"‘]/.test(state.sentence.text.slice(verb.end))) continue;
    const subjects = subjectsOf(state, verb.start);
    found.person ??= subjects.find((ref) => ref.kind === 'person');
    found.anyActor ??= subjects.find((ref) => SPEAKING_ACTORS.has(ref.kind));
    if (found.person && found.anyActor) break;
  }
  return found;
}

const SPEAKING_ACTORS: ReadonlySet<string> = new Set(['person', 'nation', 'organisation']);

/** A sentence opening with a subject that is not a person and its verb: "The Ukraine Recovery Conference opened with". */
const NON_PERSON_SUBJECT =
  /^(?:the|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,16}?(?:opened|began|started|closed|ended|heard|featured|included)\s/iu;

/** Collects an article's mentions, people, events and claims as the sentences are read. */
class ArticleContext {
  readonly people: PersonMention[] = [];
  /** The nation or organisation named last: what "its" refers to. */
  private lastNamedBody: Ref | null = null;
  readonly events: ArticleEvent[] = [];
  readonly mentions: EntityMention[] = [];
  readonly claims: Claim[] = [];
  /** The organisations named so far, for "the company" and "the bloc". */
  private readonly organisations: Extract<Ref, { kind: 'organisation' }>[] = [];
  private position = 0;

  constructor(
    readonly article: ArticleInfo,
    private readonly text: string,
  ) {}

  analyse(
    sentence: Sentence,
    analysis: SentenceAnalysis,
    previousSubject: Ref | null,
    previousReporter: Ref | null,
  ): SentenceState {
    const refs = new Map<Mention, Ref>();
    const state: SentenceState = { sentence, analysis, refs, subject: null, previousReporter };
    const leading = LEADING_SUBORDINATE.exec(sentence.text);
    const leadingEnd = leading ? leading[0].length : 0;
    const evidence: Evidence = {
      article: this.article.id,
      sentence: sentence.text,
      start: sentence.start,
      end: sentence.end,
      rule: 'mention',
    };

    for (const mention of analysis.mentions) {
      const position = this.position++;
      let ref: Ref | null = null;
      switch (mention.kind) {
        case 'nation':
          ref = { kind: 'nation', code: mention.code };
          this.lastNamedBody = ref;
          break;
        case 'organisation':
          if (mention.anaphoric) {
            // The latest of the kind asked for ("the company"), else the latest named.
            ref =
              this.organisations.findLast((known) => known.orgKind === mention.orgKind) ??
              this.organisations.at(-1) ??
              null;
          } else {
            ref = { kind: 'organisation', name: mention.name, orgKind: mention.orgKind };
            this.organisations.push(ref);
          }
          this.lastNamedBody = ref;
          break;
        case 'person': {
          const key = `${this.article.id}#${position}`;
          this.people.push({
            key,
            name: mention.name,
            // "her Chilean counterpart, X": X holds the title of the person named before with one.
            role:
              mention.role === 'counterpart'
                ? (this.people.findLast((person) => person.role && person.role !== 'counterpart')?.role ?? mention.role)
                : mention.role,
            nation: mention.nation,
            organisation:
              mention.organisation ??
              (mention.roleInPrevious && this.lastNamedBody?.kind === 'organisation' ? this.lastNamedBody.name : null),
            firstNameOnly: mention.firstNameOnly,
            titled: mention.titled,
            article: this.article.id,
            position,
          });
          ref = { kind: 'person', key };
          break;
        }
        case 'descriptor':
          ref = {
            kind: 'descriptor',
            role: mention.role,
            nation: mention.nation,
            organisation: mention.organisation,
            article: this.article.id,
            position,
          };
          break;
        case 'pronoun': {
          // The first person of this sentence before the pronoun (outside a leading "When asked ..., " clause),
          // else the subject of the sentences before.
          const before = analysis.mentions.find(
            (other) =>
              other !== mention &&
              PERSON_LIKE.has(other.kind) &&
              other.end <= mention.start &&
              other.start >= leadingEnd &&
              refs.has(other) &&
              !insideQuote(analysis, other),
          );
          ref = before ? refs.get(before)! : previousSubject;
          break;
        }
        case 'event':
          ref = this.eventRef(mention, sentence);
          break;
      }
      if (!ref) continue;
      refs.set(mention, ref);
      if (
        mention.kind !== 'pronoun' &&
        mention.kind !== 'descriptor' &&
        !(mention.kind === 'organisation' && mention.anaphoric)
      ) {
        this.mentions.push({
          ref,
          surface: 'surface' in mention ? mention.surface : mention.name,
          evidence: { ...evidence, rule: `mention.${mention.kind}` },
        });
      }
    }
    const people = analysis.mentions.filter(
      (mention) => PERSON_LIKE.has(mention.kind) && refs.has(mention) && !insideQuote(analysis, mention),
    );
    // The person a later "he" or "she" means: the sentence's subject; when no person is the subject ("The conference
    // opened with speeches from A and also B."), the person named last.
    const first = people[0];
    const lead = first ? sentence.text.slice(0, analysis.tokens[first.from]!.start) : '';
    const subject = first && NON_PERSON_SUBJECT.test(lead) ? people.at(-1) : first;
    state.subject = subject ? refs.get(subject)! : null;
    return state;
  }

  /**
   * The article's summit or conference once it has named one, else its first talks ("two days of talks"): what "the
   * summit", "the meeting" and a briefing belong to.
   */
  mainEvent(): Ref | null {
    const main = this.main();
    return main ? { kind: 'event', key: main.key } : null;
  }

  private main(): ArticleEvent | undefined {
    return (
      this.events.find((event) => event.kind === 'summit' || event.kind === 'conference') ??
      this.events.find((event) => event.kind === 'talks') ??
      this.events.find((event) => event.gathering)
    );
  }

  /** The meeting a sentence reports by its verb ("ministers from A and B met in Helsinki"): the article's one. */
  gathering(place: string | null, sentence: Sentence): Ref {
    const event =
      this.events.find(
        (candidate) => candidate.gathering && (!place || !candidate.place || candidate.place === place),
      ) ?? this.newEvent('meeting', place, sentence, true);
    event.place ??= place;
    return { kind: 'event', key: event.key };
  }

  /** A new event of this article, dated by the sentence's weekday or else the article's date. */
  private newEvent(
    kind: ArticleEvent['kind'],
    place: string | null,
    sentence: Sentence,
    gathering = false,
  ): ArticleEvent {
    const event: ArticleEvent = {
      key: `${this.article.id}#event${this.events.length}`,
      kind,
      article: this.article.id,
      place,
      date: eventDate(sentence.text, this.article.publishedAt),
      dateStated: !!this.article.publishedAt && WEEKDAY.test(sentence.text),
      definite: false,
      topic: null,
      surfaces: [],
      ...(gathering ? { gathering } : {}),
    };
    this.events.push(event);
    return event;
  }

  /** An event mention: a definite "the summit" is the article's event of that kind; "a meeting with X" a new one. */
  private eventRef(mention: MentionOf<'event'>, sentence: Sentence): Ref {
    const kind = mention.eventKind;
    const main = this.main();
    let event: ArticleEvent | undefined;
    if (kind === 'briefing' && main) event = main;
    else if (mention.definite && (kind === 'meeting' || kind === 'summit') && main) event = main;
    // "after the talks" at a summit: the summit's, unless the article named talks of their own.
    else if (mention.definite && kind === 'talks' && main)
      event = this.events.find((candidate) => candidate.kind === kind) ?? main;
    else event = this.events.find((candidate) => candidate.kind === kind);
    if (
      !event ||
      (!mention.definite &&
        kind === 'meeting' &&
        /\bwith\b/.test(sentence.text.slice(mention.end - 0, mention.end + 6)))
    ) {
      event = this.newEvent(kind, mention.place, sentence);
    }
    event.place ??= mention.place;
    event.definite ||= mention.definite;
    event.surfaces.push(mention.surface);
    return { kind: 'event', key: event.key };
  }

  /** A person of this article, with their title and organisation as read in context ("its", "her counterpart"). */
  person(key: string): PersonMention | undefined {
    return this.people.findLast((person) => person.key === key);
  }

  claim(
    type: RelationType,
    source: Ref,
    target: Ref,
    properties: Record<string, PropertyValue>,
    evidence: Evidence,
  ): void {
    this.claims.push({ type, source, target, properties, evidence });
  }

  result(): ArticleExtraction {
    return {
      article: this.article,
      text: this.text,
      people: this.people,
      events: this.events,
      mentions: this.mentions,
      claims: this.claims,
    };
  }
}

function insideQuote(analysis: SentenceAnalysis, mention: { start: number; end: number }): boolean {
  return analysis.quoted.some(([from, to]) => mention.start >= from && mention.end <= to);
}

function tokenInsideQuote(analysis: SentenceAnalysis, token: Token): boolean {
  return analysis.quoted.some(([from, to]) => token.start >= from && token.end <= to);
}

/** "on Sunday", "Sunday's": the last such weekday on or before the article's date. */
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;

function eventDate(sentence: string, published: string | null): string | null {
  if (!published) return null;
  const weekday = WEEKDAY.exec(sentence);
  if (!weekday) return published;
  const date = new Date(`${published}T12:00:00Z`);
  const wanted = WEEKDAYS.indexOf(weekday[1]!.toLowerCase());
  const back = (date.getUTCDay() - wanted + 7) % 7;
  date.setUTCDate(date.getUTCDate() - back);
  return date.toISOString().slice(0, 10);
}

/** Actor mentions outside quotations, without the nations and organisations that only qualify a title ("UK Prime Minister X"). */
function actorMentions(state: SentenceState): ActorMention[] {
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
  /^[\s,]*(?:(?:has|have|had|did|does|do|will|would|could|might|may|must|should|can|cannot|is|are|was|were|be|been|also|now|already|again|then|further|formally|jointly|separately|later|previously|recently|today|yesterday|on\s+\w+|he\s+said|she\s+said|they\s+said|it\s+said|set\s+to|expected\s+to|going\s+to|vehemently|strongly|firmly|flatly|swiftly|publicly|repeatedly|reportedly|so\s+far|not|n't|never|all|both|each|too|however|meanwhile|instead|though|in\s+turn|for\s+(?:its|their|his|her)\s+part)[\s,]*)*$/i;

/** A nation's body that acts for it: "Russia's embassy in Helsinki denounced", "China's foreign ministry said". */
const ACTING_BODY =
  /^['’]s\s+(?:embassy|mission|delegation|government|administration|cabinet|foreign\s+ministry|defence\s+ministry|defense\s+ministry|ministry|military|armed\s+forces|army|navy|parliament|foreign\s+office|state\s+media)\b/i;

/** The opening of a relative clause right before its verb: ", which", ", whose government". */
const RELATIVE_CLAUSE_OPEN = /,\s*(?:which|who|whose\s+\p{L}+)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** The word for a government after a demonym: "the Ugandan delegation walked out". */
const NATION_BODY = /^\s+(?:government|officials|leaders?|delegation|authorities|forces|ministry|side)\b/i;

/** What to strip after a mention before reading the words that follow it: a demonym's "government", "delegation". */
function demonymBody(mention: Mention | undefined): RegExp {
  return mention?.kind === 'nation' && mention.form === 'demonym' ? NATION_BODY : /^$/;
}

/** A relative clause whose verb is its antecedent's: "the administration, which boycotted", "X, whose government". */
const RELATIVE_PRONOUN =
  /^\s*,\s*(?:which|who|whose\s+(?:government|delegation|administration|country|leaders?|officials|ministers?))\s/i;

/** Where the subject is, between it and its verb: "the opposition party in Nairobi criticised". */
const LOCATIVE = /^\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?=[\s,])/u;

/** The actors that are the subject of the verb at `offset`: adjacent to it but for auxiliaries, adverbs and a place. */
function subjectsOf(state: SentenceState, offset: number, mixBodies = false): Ref[] {
  const candidates = actorMentions(state).filter((mention) => mention.end <= offset);
  const nearest = candidates[candidates.length - 1];
  if (!nearest) return [];
  const gap = state.sentence.text
    .slice(nearest.end, offset)
    .replace(ACTING_BODY, '')
    .replace(LOCATIVE, '')
    .replace(RELATIVE_PRONOUN, '')
    .replace(/^\s*\([^()]{1,15}\)/, '')
    .replace(demonymBody(nearest), '');
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
    if (!ACTOR_RUN_GAP.test(text.slice(run.at(-1)!.end, state.analysis.tokens[next.from]!.start))) break;
    run.push(next);
  }
  const last = run.at(-1)!;
  if (last.end < sharedAt && SUBJECT_GAP.test(text.slice(last.end, nextVerbAfter(state, last.end)))) {
    return run.map((mention) => state.refs.get(mention)!);
  }
  return [];
}

/** What joins actors named together: "Hungary and Slovakia", "Saudi Arabia and the United States", "A, B". */
const ACTOR_RUN_GAP = /^\s*(?:,|,?\s*and|,?\s*&)\s*(?:the\s+)?$/i;

/** "... but", "... and", right before a verb: the verb's subject is that of the clause before. */
const SHARED_SUBJECT = /\s(?:but|and)\s+(?:also\s+|then\s+|later\s+)?(?:did\s+|does\s+|do\s+)?$/i;

/** Where the word after `offset` begins (the verb right after a subject). */
function nextVerbAfter(state: SentenceState, offset: number): number {
  const text = state.sentence.text;
  const match = /[\p{Ll}]/u.exec(text.slice(offset).replace(/^,[^,]*,/, (aside) => ' '.repeat(aside.length)));
  return match ? offset + match.index : offset;
}

/** Whether a nation mention can act: its name or seat, or a demonym followed by a word for a government. */
function canAct(mention: Mention, sentence: string): boolean {
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
function actorsLeftOf(state: SentenceState, offset: number, preferPeople: boolean, mixBodies = false): Ref[] {
  const text = state.sentence.text;
  const tokens = state.analysis.tokens;
  let clauseStart = 0;
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
  // Measured to where the later mention begins with its title: "Premier Li Wei and President Kim Min-jun".
  const outerStart = (mention: Mention) => tokens[mention.from]!.start;
  for (let i = candidates.length - 2; i >= 0; i--) {
    const between = text.slice(candidates[i]!.end, outerStart(run[0]!));
    const joins = mixBodies ? sameKindOfActor(candidates[i]!, nearest) : candidates[i]!.kind === nearest.kind;
    if (ACTOR_RUN_GAP.test(between) && joins) run.unshift(candidates[i]!);
    else break;
  }
  return run.map((mention) => state.refs.get(mention)!);
}

/** Actors that are listed together: people with people, nations and organisations with each other. */
function sameKindOfActor(a: ActorMention, b: ActorMention): boolean {
  const body = (mention: ActorMention) => mention.kind === 'nation' || mention.kind === 'organisation';
  return a.kind === b.kind || (body(a) && body(b));
}

/** The first actor right of `offset` within a few words, for "said Jane Doe" and "met the king". */
function actorRightOf(state: SentenceState, offset: number, maxGap = 12): { ref: Ref; mention: ActorMention } | null {
  const outerStart = (mention: Mention) => state.analysis.tokens[mention.from]!.start;
  const mention = actorMentions(state).find(
    (candidate) => outerStart(candidate) >= offset && outerStart(candidate) - offset <= maxGap,
  );
  return mention ? { ref: state.refs.get(mention)!, mention } : null;
}

/** The clause that follows `offset`: up to a semicolon, a clause conjunction, ", VERBing" or the sentence end. */
function clauseAfter(text: string, offset: number): string {
  const rest = text.slice(offset);
  // A clause ends at a comma that opens another ("..., and the Kremlin dismissed ...") or attributes what came before
  // ("..., Defence Secretary Tom Hale announced on Tuesday"), among others.
  const stop =
    /,\s+(?=(?:[\p{L}'’.-]+,?\s+){1,8}(?:said|says|announced|announces|added|told|confirmed|stated)\b)|;|\s?[–—]\s?|\s-\s|,\s+(?!including\b)(?:\w+ing|which|who|but|although|while|saying|stating|adding)\b|,\s+\p{Ll}+ed\s+by\b|,\s+and\s+(?:the\s+)?(?=\p{Lu})|\s(?:but|although|while|whereas|if|unless)\s|(?<=\S)\s+(?<!\b(?:called|dubbed|termed|branded)(?:\s+[\p{L}-]+){0,3}\s+)["“]|\.\s*$|\.$|:/iu.exec(
      rest,
    );
  return (stop ? rest.slice(0, stop.index) : rest).trim().replace(/[.,"”’]+$/, '');
}

interface Quote {
  speaker: Ref;
  text: string;
  rule: string;
}

function verbTokens(state: SentenceState, verbs: Set<string>): Token[] {
  return state.analysis.tokens.filter((token) => verbs.has(token.lower) && !tokenInsideQuote(state.analysis, token));
}

/** The direct quotations of a sentence, each with its speaker. */
function extractQuotes(
  state: SentenceState,
  lastSpeaker: { ref: Ref; sentence: number; paragraph: number } | null,
): Quote[] {
  const { sentence, analysis } = state;
  const text = sentence.text;
  const quotes: Quote[] = [];
  for (const [from, to] of analysis.quoted) {
    const words = text
      .slice(from, to)
      .trim()
      .replace(/[\s,.;:]+$/, '');
    if (words.split(/\s+/).length < 2) continue;
    // A quoted name ("the “coalition of the willing”") is a name, not a statement.
    if (
      analysis.mentions.some(
        (mention) =>
          mention.kind !== 'pronoun' &&
          mention.start <= from + 1 &&
          mention.end >= to - 2 &&
          mention.end - mention.start >= (to - from) * 0.8,
      )
    )
      continue;

    let speaker: Ref | null = null;
    let rule = '';
    // 1. After the quote: '..., Starmer said' / '..., said the minister' / '..., he added'.
    const after = text.slice(to).replace(/^[”"’]?[\s,.]*/, '');
    const afterOffset = text.length - after.length;
    const afterTokens = analysis.tokens.filter((token) => token.start >= afterOffset);
    const first = afterTokens[0];
    const accordingAfter = /^according\s+to\s+/i.exec(after);
    if (accordingAfter) {
      // '"...", according to Dimov.'
      const right = actorRightOf(state, afterOffset + accordingAfter[0].length, 4);
      if (right) [speaker, rule] = [right.ref, 'quote.according-to-after'];
    } else if (first && SPEECH_VERBS.has(first.lower)) {
      const right = actorRightOf(state, first.end, 3);
      if (right) [speaker, rule] = [right.ref, 'quote.said-after-inverted'];
    } else if (first) {
      // '..., the prime minister said': a description may begin after its article.
      const article = /^(?:the|a|an)\s+/i.exec(after);
      // '..., Lakeside MP Jane Doe said': a constituency or place may stand before the title.
      const place =
        /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=(?:MP|MEP|MPs|senator|Senator|lawmaker|legislator|councillor|Councillor|governor|Governor|mayor|Mayor)\b)/u.exec(
          after,
        );
      const right =
        actorRightOf(state, afterOffset, 1) ??
        (article ? actorRightOf(state, afterOffset + article[0].length, 1) : null) ??
        (place ? actorRightOf(state, afterOffset + place[0].length, 1) : null);
      if (right) {
        const verb = analysis.tokens.find((token) => token.start >= right.mention.end);
        const adverbSkipped =
          verb && verb.lower.endsWith('ly') ? analysis.tokens[analysis.tokens.indexOf(verb) + 1] : verb;
        if (adverbSkipped && SPEECH_VERBS.has(adverbSkipped.lower)) [speaker, rule] = [right.ref, 'quote.said-after'];
        // '..., the Quad foreign ministers said', 'the EU leaders said': a body's members speak for it.
        else if (verb && right.mention.kind !== 'person') {
          const index = analysis.tokens.indexOf(verb);
          const members = analysis.tokens.slice(index, index + 3);
          const said = members.findIndex((token) => SPEECH_VERBS.has(token.lower));
          if (said > 0 && members.slice(0, said).every((token) => MEMBER_WORDS.test(token.lower)))
            [speaker, rule] = [right.ref, 'quote.said-after-members'];
        }
      }
    }
    // A transcript's speaker label: 'MINISTER X: "..."'.
    if (!speaker && /^[^\p{Ll}]*:\s*$/u.test(text.slice(0, from).replace(/["“‘]$/, ''))) {
      const labelled = actorMentions(state).find((mention) => mention.kind === 'person' && mention.end <= from);
      if (labelled) [speaker, rule] = [state.refs.get(labelled)!, 'quote.speaker-label'];
    }
    // 2. Before the quote: 'X said: "..."', 'X told Le Figaro that ... "..."', 'X, who said ... "..."'.
    if (!speaker) {
      const verbs = verbTokens(state, SPEECH_VERBS).filter((token) => token.end <= from);
      const according = /according to\s*$/i.test(text.slice(0, from));
      const verb = verbs[verbs.length - 1];
      if (verb) {
        const participle = /ing$/.test(verb.lower) && /,\s*(?:and\s+)?$/.test(text.slice(0, verb.start));
        if (participle) {
          // "Pakistan denounced the move, calling it ... and warning that ... “act of war”": the main clause's subject,
          // a person first, else the first actor that is not a possessive ("India's move").
          const before = actorMentions(state).filter((mention) => mention.start < verb.start);
          const subject =
            before.find((mention) => PERSON_LIKE.has(mention.kind)) ??
            before.find((mention) => !/^['’]s\b/.test(text.slice(mention.end)));
          if (subject) [speaker, rule] = [state.refs.get(subject)!, 'quote.said-participle'];
        } else {
          const left = actorsLeftOf(state, verb.start, true);
          // "X declined to comment but said Tokyo remained '...'": the verb after "but" is X's.
          const shared =
            left.length === 0 && SHARED_SUBJECT.test(text.slice(0, verb.start))
              ? actorMentions(state).find((mention) => PERSON_LIKE.has(mention.kind) && mention.end <= verb.start)
              : undefined;
          if (left.length) [speaker, rule] = [left[left.length - 1]!, 'quote.said-before'];
          else if (shared) [speaker, rule] = [state.refs.get(shared)!, 'quote.said-before-shared'];
          // 'said X: "..."' inverts subject and verb; not when a pronoun is the subject ("They criticised Moscow for its
          // ‘...’": Moscow said nothing).
          else if (!/\b(?:they|he|she|we|i|it)\s+(?:\w+\s+){0,2}$/i.test(text.slice(0, verb.start))) {
            const right = actorRightOf(state, verb.end, 2);
            if (right) [speaker, rule] = [right.ref, 'quote.said-before-inverted'];
          }
        }
      } else if (according) {
        const right = actorRightOf(state, from - 1, 40);
        if (right) [speaker, rule] = [right.ref, 'quote.according-to'];
      }
    }
    // '"...," the statement on Twitter said': the words of whoever the sentence before said issued a statement.
    if (!speaker && state.previousReporter && STATEMENT_SAID.test(text.slice(to))) {
      [speaker, rule] = [state.previousReporter, 'quote.statement-said'];
    }
    // 3. A quotation that is the whole sentence continues the speaker of the quotation just before.
    if (
      !speaker &&
      lastSpeaker &&
      to - from > text.length * 0.8 &&
      sentence.index - lastSpeaker.sentence <= 1 &&
      sentence.paragraph - lastSpeaker.paragraph <= 1
    ) {
      [speaker, rule] = [lastSpeaker.ref, 'quote.continued'];
    }
    // "a draft, which was seen by AFP, called for ...": the outlet that saw a text did not say it.
    if (speaker?.kind === 'organisation' && speaker.orgKind === 'media' && SEEN_BY.test(text)) speaker = null;
    if (speaker && speaker.kind !== 'event') quotes.push({ speaker, text: words, rule });
  }
  return quotes;
}

/**
 * The run of actors listed from `offset`: "France, Poland, the Czech Republic and Canada". The first may follow a
 * title ("including Ukrainian President X"); the run ends at the first word that is not a separator.
 */
/** A short title in apposition between list items: ", and the bloc's chairperson, ". */
const APPOSITIVE_TITLE = /^\s*,?\s*and\s+the\s+[^,;.()]{1,40},\s*$/;

function hasRoleWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .some((word) => ROLE_HEADS.has(word));
}

function listAt(state: SentenceState, offset: number, kinds: ReadonlySet<string>): ActorMention[] {
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
    const gap = text
      .slice(run.length ? lastEnd : offset, run.length ? state.analysis.tokens[mention.from]!.start : mention.start)
      .replace(demonymBody(previous), '');
    const fits = run.length
      ? /^\s*(?:,|,?\s*and(?:\s+also)?|,?\s*&|,?\s*as well as)?\s*(?:the\s+|an?\s+)?(?:former\s+|outgoing\s+|incoming\s+)?$/i.test(
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
        const apposition = text.slice(last.end, state.analysis.tokens[mention.from]!.start);
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

const LISTABLE = new Set(['nation', 'person', 'organisation']);

/** Acts done at an event by whoever does them there: "pledged €2bn at the conference", "signed the deal at the summit". */
const ACTS_AT_EVENT = new Set(
  (
    'pledged pledges promised announced announces unveiled unveils signed signs agreed agrees committed commits ' +
    'launched launches presented presents offered offers endorsed endorses adopted adopts vowed vows'
  ).split(' '),
);

const LIST_TRIGGER = /^[^.;]*?\b(?:included|include|includes|including|were|was|are|comprised|such as)\b|^\s*:/i;
const ATTENDEE_NOUN =
  /\b(?:countries|nations|leaders|states|delegations|participants|attendees|governments|heads of state|represented|present|attending)\b/i;

/** Who took part in which event: lists of attendees, "X hosted the summit", "X said after the summit". */
function extractAttendance(state: SentenceState, context: ArticleContext): [Ref, Ref, string][] {
  const { analysis, sentence, refs } = state;
  const text = sentence.text;
  const found: [Ref, Ref, string][] = [];
  for (const event of analysis.mentions.filter((mention): mention is MentionOf<'event'> => mention.kind === 'event')) {
    const eventRef = refs.get(event);
    if (!eventRef) continue;
    const eventEntry = context.events.find((entry) => eventRef.kind === 'event' && entry.key === eventRef.key);
    const before = text.slice(Math.max(0, event.start - 60), event.start);
    const after = text.slice(event.end);
    // "talks with Russia" are a meeting (see extractMeetings), not an event one attends.
    if (eventEntry?.kind === 'talks' && /^\s+with\b/i.test(after)) continue;

    // "Countries at the summit included A, B and C" / "Among the nations represented at the summit were A and B".
    const trigger = LIST_TRIGGER.exec(after);
    if (ATTENDEE_NOUN.test(before) && trigger && trigger[0].length < 40) {
      const list = listAt(state, event.end + trigger[0].length, LISTABLE);
      for (const mention of list) found.push([refs.get(mention)!, eventRef, 'attended.list']);
      if (list.length) continue;
    }
    // "a summit of 18 leaders, including X" / "a summit attended by A and B" / "hosted by X" / "with leaders from A and B".
    const including =
      /^[^.;]{0,60}?\b(?:including|attended by|hosted by|co-hosted by|chaired by|co-chaired by|convened by|organi[sz]ed by|with leaders from|of leaders from|leaders from|joined by)\b/i.exec(
        after,
      );
    // The list belongs to the nearest event before it: "the talks followed a summit of leaders including X".
    const nearer =
      including &&
      analysis.mentions.some(
        (other) => other.kind === 'event' && other.start >= event.end && other.start < event.end + including[0].length,
      );
    if (including && !nearer) {
      const list = listAt(state, event.end + including[0].length, ACTOR_KINDS);
      for (const mention of list) found.push([refs.get(mention)!, eventRef, 'attended.including']);
    }
    // "the G20 summit", "an AU summit", "the Arab League's summit": the body whose summit it is takes part in it.
    if (eventEntry && eventEntry.kind !== 'talks') {
      const body = actorMentions(state).find(
        (mention) =>
          mention.kind === 'organisation' &&
          mention.end <= event.end &&
          mention.end >= event.start - 4 &&
          /^(?:['’]s)?\s*(?:[\p{L}'’-]+\s+){0,2}$/u.test(
            text
              .slice(mention.end, event.start + (event.surface.length - event.surface.trimStart().length))
              .replace(/^.*?(?=['’]s|\s|$)/, ''),
          ),
      );
      if (body) found.push([refs.get(body)!, eventRef, 'attended.body-of-event']);
    }
    // "X attended / hosted / addressed the summit".
    const verb = analysis.tokens
      .filter((token) => token.end <= event.start && event.start - token.end < 24 && ATTEND_VERBS.has(token.lower))
      .pop();
    if (verb) {
      for (const actor of actorsLeftOf(state, verb.start, false)) found.push([actor, eventRef, 'attended.verb']);
    }
    // "X said after the summit", "Speaking at a news conference after the meeting, X said", "X spoke at a briefing".
    if (
      /\b(?:after|at|during|following|on the sidelines of|on the margins of|in)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
        text
          .slice(0, event.start)
          .slice(-40)
          .replace(/[\w'’-]+\s+$/, (word) => (event.surface.startsWith(word.trim()) ? '' : word)),
      )
    ) {
      const speaking =
        /^(?:speaking|talking|addressing|briefing)\b/i.test(text) || /\bspoke\b/i.test(text.slice(0, event.start));
      const speechVerb = verbTokens(state, SPEECH_VERBS).find(
        (token) => Math.abs(token.start - event.start) < 40 || speaking,
      );
      if (speechVerb || speaking) {
        const speaker = speaking
          ? (actorMentions(state).find((mention) => PERSON_LIKE.has(mention.kind) && mention.start > event.end) ??
            actorMentions(state).find((mention) => PERSON_LIKE.has(mention.kind)))
          : null;
        const ref = speaker
          ? refs.get(speaker)!
          : speechVerb
            ? actorsLeftOf(state, speechVerb.start, true)[0]
            : undefined;
        if (ref) found.push([ref, eventRef, 'attended.spoke-at']);
      }
    }
    // "France, Germany and the EU pledged €2bn at the conference": who acted at the event was there.
    if (/\b(?:at|during|on the sidelines of|on the margins of)\s+(?:the\s+|a\s+|an\s+)?$/i.test(before)) {
      const act = verbTokens(state, ACTS_AT_EVENT)
        .filter((token) => token.end <= event.start && !/[;:]/.test(text.slice(token.end, event.start)))
        .pop();
      // Nations and organisations named together all acted: "France, Germany and the EU pledged".
      if (act)
        for (const actor of subjectsOf(state, act.start, true)) found.push([actor, eventRef, 'attended.acted-at']);
    }
    // "X told the summit", "X addressed the conference": the speaker was there.
    const told = /\b(?:told|addressed|briefed)\s+$/i.exec(text.slice(Math.max(0, event.start - 12), event.start));
    if (told) {
      const verbAt = text.lastIndexOf(told[0].trim(), event.start);
      for (const actor of actorsLeftOf(state, verbAt, true)) found.push([actor, eventRef, 'attended.told']);
    }
    // "X met Y on the sidelines of the summit": both were there.
    if (MET_AT.test(text.slice(0, event.start))) {
      const meeting = verbTokens(state, MEET_VERBS)
        .filter((token) => token.end <= event.start && token.lower !== 'meeting')
        .pop();
      if (meeting) {
        for (const actor of actorsLeftOf(state, meeting.start, true)) found.push([actor, eventRef, 'attended.met-at']);
        const object = actorRightOf(state, meeting.end, 4);
        if (object && PERSON_LIKE.has(object.mention.kind)) found.push([object.ref, eventRef, 'attended.met-at']);
      }
    }
  }
  // "Delegations from A, B and C also attended.": the article's summit, not named in the sentence.
  const main = context.mainEvent();
  const namesNoEvent = !analysis.mentions.some((mention) => mention.kind === 'event');
  const closing = main && namesNoEvent ? ATTENDED_AT_END.exec(text) : null;
  if (main && closing) {
    for (const actor of actorsLeftOf(state, closing.index, false)) found.push([actor, main, 'attended.closing-verb']);
  }
  // "..., the president told delegates": whoever addressed the event's delegates was there.
  const toldDelegates = main ? TOLD_DELEGATES.exec(text) : null;
  if (main && toldDelegates) {
    for (const actor of actorsLeftOf(state, toldDelegates.index, true))
      found.push([actor, main, 'attended.told-delegates']);
  }
  // "Defence ministers from Finland, Sweden and Norway met in Helsinki": a meeting told by its verb.
  const delegates = GATHERED_FROM.exec(text);
  if (delegates) {
    const list = listAt(state, delegates.index + delegates[0].length, LISTABLE);
    const verb = list.length ? GATHERED_VERB.exec(text.slice(list.at(-1)!.end)) : null;
    if (verb) {
      const named = analysis.mentions.find((mention) => mention.kind === 'event' && mention.start > list.at(-1)!.end);
      const place = verb[1] && !MONTH_OR_DAY.test(verb[1]) ? verb[1] : null;
      const event = named ? refs.get(named) : context.gathering(place, sentence);
      if (event) for (const mention of list) found.push([refs.get(mention)!, event, 'attended.gathered']);
    }
  }
  const among = main && namesNoEvent ? AMONG_ATTENDING.exec(text) : null;
  if (main && among) {
    for (const mention of listAt(state, among[0].length, LISTABLE))
      found.push([refs.get(mention)!, main, 'attended.among']);
  }
  found.push(...extractPresence(state, context));
  return found;
}

/**
 * Presence as reporters write it, each a named rule: the passive ("was attended by", "a declaration signed by"),
 * speeches and remarks "from" people, a leading participle ("Chairing a meeting of the council, X said"), hosts
 * "along with" a co-host, and an audience ("with the leaders of A and B in the audience"). The event is the one the
 * sentence names, else the article's main one.
 */
const PRESENCE_RULES: {
  id: string;
  pattern: RegExp;
  who: 'list-after' | 'first-person-after' | 'audience' | 'subjects-before' | 'everyone' | 'parties-and-broker';
}[] = [
  {
    id: 'attended.met-counterparts',
    pattern:
      /\b(?:met|held\s+talks)\s+(?:with\s+)?(?:their|his|her|its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:counterparts?|officials|ministers|leaders|delegations?|envoys|representatives|hosts?)\b/iu,
    who: 'subjects-before',
  },
  {
    id: 'attended.passive',
    pattern:
      /\b(?:was|were|been|being)\s+(?:also\s+)?(?:attended|signed|opened|addressed|hosted|co-?hosted|chaired|co-?chaired|joined|delivered|given|made|led(?:\s+into\s+the\s+\w+)?)\s+by\s+(?:(?:the\s+)?(?:representatives|delegations|delegates|envoys|officials|leaders)\s+(?:from|of)\s+)?/i,
    who: 'list-after',
  },
  {
    id: 'attended.gave-speech',
    pattern:
      /\b(?:gave|delivered|made)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:speech|address|keynote|remarks)\b(?![^.;]*?\b(?:in|at|to)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)*(?:Parliament|Congress|Senate|University|College|Assembly|Chamber|Council))/u,
    who: 'subjects-before',
  },
  {
    id: 'attended.handover',
    pattern:
      /\b(?:handed|hands|passed|passes)\s+(?:over\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:chairmanship|chair|presidency|gavel|baton|leadership)\s+(?:over\s+)?to\s+/iu,
    who: 'parties-and-broker',
  },
  {
    id: 'attended.remarks-from',
    pattern:
      /\b(?:speeches|speech|remarks|addresses|address|statements|welcome)\s+(?:from|by)\s+(?:(?:key|several|world|other)\s+)?(?:leaders|officials|speakers)?,?\s*(?:including\s+|such as\s+)?/i,
    who: 'list-after',
  },
  { id: 'attended.along-with', pattern: /\b(?:along|together)\s+with\s+/i, who: 'list-after' },
  {
    id: 'attended.leading-participle',
    pattern:
      /^(?:chairing|co-?chairing|hosting|co-?hosting|addressing|opening|attending|presiding over|speaking (?:at|to|before))\b[^,]{0,80},\s*/i,
    who: 'first-person-after',
  },
  {
    id: 'attended.host',
    pattern:
      /\b(?:beside|alongside|with|next to|by)\s+(?:the|their|its)\s+(?:summit\s+|conference\s+|meeting\s+)?host,?\s+/i,
    who: 'first-person-after',
  },
  { id: 'attended.among-them', pattern: /^\s*among\s+them\s+(?:were|was|are)\s+/i, who: 'list-after' },
  {
    id: 'attended.involving',
    pattern:
      /\b(?:involving|bringing together|brought together)\s+(?:[^,;.]{0,60}?,?\s+(?:including|such as)\s+|(?:representatives|delegations|delegates|envoys|officials|leaders)\s+(?:from|of)\s+)?/i,
    who: 'list-after',
  },
  {
    id: 'attended.participation',
    pattern:
      /\bwith\s+the\s+(?:participation|presence)\s+of\s+(?:[^,;.]{0,60}?,?\s+(?:including|such as)\s+|(?:representatives|delegations|delegates|envoys|officials|leaders)\s+(?:from|of)\s+)?/i,
    who: 'list-after',
  },
  {
    id: 'attended.family-photo',
    pattern: /\b(?:family|group|official|traditional)\s+(?:[\p{L}-]+\s+)?photo(?:graph)?\b/iu,
    who: 'everyone',
  },
  {
    id: 'attended.brokered',
    pattern:
      /\b(?:brokered|mediated|negotiated|sealed|reached|struck|signed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:truce|ceasefire|cease-fire|deal|agreement|accord)\s+between\s+(?:the\s+)?/iu,
    who: 'parties-and-broker',
  },
  {
    id: 'attended.audience',
    pattern:
      /\bwith\s+(?:the\s+)?(?:leaders|heads of (?:state|government)|representatives|delegations|envoys|ministers)\s+(?:of|from)\s+/i,
    who: 'audience',
  },
];

const AUDIENCE_END = /^[^.;]{0,60}?\b(?:in the audience|looking on|in attendance|present)\b/i;

function extractPresence(state: SentenceState, context: ArticleContext): [Ref, Ref, string][] {
  const { analysis, sentence, refs } = state;
  const text = sentence.text;
  const found: [Ref, Ref, string][] = [];
  const named = analysis.mentions.find((mention) => mention.kind === 'event');
  const known = (named && refs.get(named)) || context.mainEvent();
  // Whether the sentence tells of something to come, read outside its quotations ("who vowed “Russia will pay”").
  let unquoted = text;
  for (const [from, to] of analysis.quoted)
    unquoted = unquoted.slice(0, from) + ' '.repeat(to - from) + unquoted.slice(to);
  if (FUTURE.test(unquoted)) return found;
  for (const rule of PRESENCE_RULES) {
    const match = rule.pattern.exec(text);
    if (!match || state.analysis.quoted.some(([from, to]) => match.index >= from && match.index < to)) continue;
    // A meeting told by its verb is an event of its own when the article names none.
    const event = known ?? (rule.who === 'subjects-before' ? context.gathering(null, sentence) : EVENT_NAMED_LATER);
    const after = match.index + match[0].length;
    // "a meeting held in Pretoria involving X": only right after an event ("contracts involving drones" is none).
    if (
      rule.id === 'attended.involving' &&
      !analysis.mentions.some(
        (mention) => mention.kind === 'event' && mention.end <= match.index && match.index - mention.end < 60,
      )
    )
      continue;
    if (rule.id === 'attended.along-with') {
      // Only where someone in the sentence already acts at the event: "X is co-hosting the conference along with Y".
      if (!found.length && !ATTEND_BEFORE.test(text.slice(0, match.index))) continue;
    }
    if (LIST_AFTER_TITLE.has(rule.id)) {
      // The first actor may follow a lower-case title ("speeches from the UK prime minister X").
      let first = actorRightOf(state, after, 40)?.mention;
      if (!first || !LISTABLE.has(first.kind)) continue;
      // "the UK prime minister X": the nation qualifies the person after it, who is the one present.
      const qualified =
        first.kind === 'person'
          ? undefined
          : actorMentions(state).find(
              (mention) =>
                mention.kind === 'person' &&
                mention.start > first!.end &&
                mention.start - first!.end < 30 &&
                !/[,;]|\band\b/.test(text.slice(first!.end, mention.start)),
            );
      first = qualified ?? first;
      for (const mention of listAt(state, first.start, LISTABLE)) found.push([refs.get(mention)!, event, rule.id]);
      continue;
    }
    if (rule.who === 'parties-and-broker') {
      // "X brokered a truce between A and B": the broker and both parties were at the table; "the AU team led by X"
      // brought its body too.
      for (const actor of actorsLeftOf(state, match.index, false)) found.push([actor, event, rule.id]);
      const ledBy = LED_BY.exec(text.slice(0, match.index));
      const body = ledBy && actorMentions(state).find((mention) => mention.end === ledBy.index);
      if (body && body.kind === 'organisation') found.push([refs.get(body)!, event, rule.id]);
      for (const mention of listAt(state, after, LISTABLE)) found.push([refs.get(mention)!, event, rule.id]);
      continue;
    }
    if (rule.who === 'everyone') {
      // A family photo of the event: whoever the sentence names as being in it was there.
      for (const mention of actorMentions(state))
        if (PERSON_LIKE.has(mention.kind) && mention.kind !== 'pronoun')
          found.push([refs.get(mention)!, event, rule.id]);
      continue;
    }
    if (rule.who === 'subjects-before') {
      for (const actor of actorsLeftOf(state, match.index, false)) found.push([actor, event, rule.id]);
      continue;
    }
    if (rule.who === 'first-person-after') {
      const person = actorRightOf(state, after, 60);
      if (person && PERSON_LIKE.has(person.mention.kind)) found.push([person.ref, event, rule.id]);
      continue;
    }
    const list = listAt(state, after, LISTABLE);
    if (rule.who === 'audience' && (!list.length || !AUDIENCE_END.test(text.slice(list.at(-1)!.end)))) continue;
    for (const mention of list) found.push([refs.get(mention)!, event, rule.id]);
  }
  return found;
}

/** "the African Union mediation team led by X": a body's team, right after the body's name. */
const LED_BY = /\s+(?:[\p{L}-]+\s+)?(?:team|delegation|mission|panel|envoys?)\s+(?:led|headed)\s+by\b/u;

/** Rules whose list may begin after a lower-case title ("speeches from the UK prime minister X"). */
const LIST_AFTER_TITLE = new Set([
  'attended.remarks-from',
  'attended.passive',
  'attended.involving',
  'attended.participation',
]);

/** The event of presence told before the article names its event: the article's main event, once it has one. */
const EVENT_NAMED_LATER: Ref = { kind: 'event', key: '(named later)' };

/** A verb of taking part or acting at an event before "along with". */
const ATTEND_BEFORE =
  /\b(?:attend\w*|host\w*|co-?host\w*|chair\w*|co-?chair\w*|join\w*|address\w*|open\w*|sign\w*|spoke|speaking)\b/i;

interface PledgeClaim {
  source: Ref;
  target: Ref;
  properties: Record<string, PropertyValue>;
  rule: string;
}

function recipientIn(state: SentenceState, from: number, to: number): Ref | null {
  const text = state.sentence.text;
  for (const mention of actorMentions(state)) {
    if (mention.kind !== 'nation' && mention.kind !== 'organisation') continue;
    const prefix = text.slice(Math.max(0, mention.start - 18), mention.start);
    const inObject =
      mention.start >= from &&
      mention.end <= to &&
      (/\b(?:to|for)\s+$/i.test(prefix) || /^['’]s/.test(text.slice(mention.end)));
    const supportOf = mention.start < from && /\b(?:in support of|to help|to support|to aid|to arm)\s+$/i.test(prefix);
    // "give Ukraine £2.5bn", "provide Egypt with loans": the recipient right after the verb.
    const firstObject =
      mention.kind === 'organisation' || mention.form !== 'demonym'
        ? /^\s+$/.test(text.slice(from, mention.start)) &&
          /^\s+(?:[£$€¥\d]|with\b|\p{Ll})/u.test(text.slice(mention.end))
        : false;
    if (inObject || supportOf || firstObject) return state.refs.get(mention)!;
  }
  return null;
}

function pledgeProperties(what: string): Record<string, PropertyValue> {
  const money = findMoney(what)[0];
  const properties: Record<string, PropertyValue> = { what: what.slice(0, 200) };
  if (money) Object.assign(properties, { amount: money.amount, currency: money.currency, value: money.value });
  return properties;
}

/** The first actor of the sentence before `offset` that is not a possessive: the subject a participle shares. */
function sentenceSubject(state: SentenceState, offset: number): Exclude<Ref, { kind: 'event' }> | undefined {
  const text = state.sentence.text;
  const subject = actorMentions(state).find(
    (mention) => mention.end <= offset && !/^['’]s\b/.test(text.slice(mention.end)),
  );
  const ref = subject && state.refs.get(subject);
  return ref && ref.kind !== 'event' ? ref : undefined;
}

/**
 * "the over $8 billion in assistance Canada has dedicated since 2022": a sum given in the past, written before its
 * giver in a relative clause.
 */
function pastTotals(state: SentenceState): PledgeClaim[] {
  const text = state.sentence.text;
  const found: PledgeClaim[] = [];
  for (const mention of actorMentions(state)) {
    if (mention.kind === 'pronoun' || !GAVE_AFTER.test(text.slice(mention.end))) continue;
    const before = text.slice(Math.max(0, mention.start - 70), state.analysis.tokens[mention.from]!.start);
    const sum = SUM_BEFORE.exec(before);
    const ref = state.refs.get(mention);
    if (!sum || !ref || ref.kind === 'event') continue;
    found.push({
      source: ref,
      target: { kind: 'topic', name: sum[0].trim().slice(0, 80) },
      properties: pledgeProperties(sum[0].trim()),
      rule: 'pledged.past-total',
    });
  }
  return found;
}

const GAVE_AFTER =
  /^\s+(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:dedicated|provided|given|committed|pledged|allocated|contributed|sent|donated|delivered|disbursed)\b/;
const SUM_BEFORE =
  /(?:[$€£¥]|\b(?:US|C|A)\$)\s?\d[\d.,]*\s*(?:billion|million|bn|m)?\s+(?:in|of|worth\s+of)\s+(?:[\p{L}-]+\s+){0,4}(?:the\s+)?$/u;

/** Pledges: "the UK pledged £1.6bn of export finance", "X announced new military aid for Y", "Y offered to send troops". */
function extractPledges(state: SentenceState): PledgeClaim[] {
  const text = state.sentence.text;
  const pledges: PledgeClaim[] = [];
  const willingness = WILLINGNESS.exec(text);
  const verbs = verbTokens(state, PLEDGE_VERBS);
  const covered: [number, number][] = [];
  const consider = (verbStart: number, verbEnd: number, strong: boolean, rule: string) => {
    const what = clauseAfter(text, verbEnd).replace(/^(?:to\s+)?/, '');
    if (!what || covered.some(([from, to]) => verbStart >= from && verbStart < to)) return;
    // "vowed to retaliate" is a threat, not a pledge; "announced new sanctions on Iran" opposes Iran (see
    // extractOpposition), it promises nothing to anyone.
    if (THREAT.test(what) || PENALTY.test(what)) return;
    if (!strong && !SUPPORT_NOUNS.test(what) && findMoney(what).length === 0) return;
    let sources = subjectsOf(state, verbStart).filter((ref) => ref.kind !== 'event');
    // "X also addressed the conference, committing a further $1.3bn": a participle's subject is the sentence's.
    if (sources.length === 0 && /^\p{L}+ing\b/u.test(text.slice(verbStart)) && /,\s*$/.test(text.slice(0, verbStart))) {
      const subject = sentenceSubject(state, verbStart);
      if (subject) sources = [subject];
    }
    if (sources.length === 0) return;
    covered.push([verbStart, verbEnd + what.length + 2]);
    const recipient = recipientIn(state, verbEnd, verbEnd + what.length + 2);
    for (const source of sources) {
      pledges.push({
        source,
        target: recipient ?? { kind: 'topic', name: what.slice(0, 80) },
        properties: pledgeProperties(what),
        rule,
      });
    }
  };
  if (willingness) consider(willingness.index, willingness.index + willingness[0].length, true, 'pledged.willingness');
  for (const verb of verbs) {
    if (willingness && verb.start >= willingness.index && verb.end <= willingness.index + willingness[0].length)
      continue;
    // "set to provide", "will send": the verb after an auxiliary still pledges.
    consider(
      verb.start,
      verb.end,
      STRONG_PLEDGE_VERBS.has(verb.lower),
      STRONG_PLEDGE_VERBS.has(verb.lower) ? 'pledged.verb' : 'pledged.support',
    );
  }
  pledges.push(...pastTotals(state));
  const firstVerb = verbs.find((verb) => STRONG_PLEDGE_VERBS.has(verb.lower));
  if (firstVerb && pledges.some((pledge) => pledge.properties.amount !== undefined))
    pledges.push(
      ...elidedPledges(state, firstVerb.end, new Set(pledges.map((pledge) => JSON.stringify(pledge.source)))),
    );
  return pledges;
}

/**
 * "A pledged $4.2 billion, B $2bn and C $1bn": the verb is written once, then each donor is followed by its sum. A
 * nation or organisation after a comma or "and" and right before a sum pledged it, to the same recipient if named.
 */
function elidedPledges(state: SentenceState, verbEnd: number, pledgers: ReadonlySet<string>): PledgeClaim[] {
  const text = state.sentence.text;
  const found: PledgeClaim[] = [];
  for (const mention of actorMentions(state)) {
    if (mention.start < verbEnd || (mention.kind !== 'nation' && mention.kind !== 'organisation')) continue;
    if (!/(?:,|\band|;)\s*(?:the\s+)?$/i.test(text.slice(Math.max(verbEnd, mention.start - 12), mention.start)))
      continue;
    // Right after the donor (an acronym in brackets may stand between): its sum.
    const gap = /^\s*(?:\([^)]{1,12}\)\s*)?/.exec(text.slice(mention.end))![0];
    const sum = findMoney(text.slice(mention.end + gap.length)).find((money) => money.start === 0);
    if (!sum) continue;
    const ref = state.refs.get(mention);
    if (!ref || pledgers.has(JSON.stringify(ref))) continue;
    const what = text.slice(mention.end + gap.length, mention.end + gap.length + sum.end);
    const recipient = recipientIn(state, verbEnd, text.length);
    found.push({
      source: ref,
      target: recipient ?? { kind: 'topic', name: what },
      properties: pledgeProperties(what),
      rule: 'pledged.elided-list',
    });
  }
  return found;
}

/** "This comes on top of a £2.2bn loan": money in the sentence after a pledge, pledged by the same actor. */
function continuedPledges(state: SentenceState, pledger: Ref): PledgeClaim[] {
  const text = state.sentence.text;
  const money = findMoney(text).filter(
    (sum) => !state.analysis.quoted.some(([from, to]) => sum.start >= from && sum.end <= to),
  );
  return money.map((sum) => {
    const what = clauseAfter(text, sum.start);
    const recipient = recipientIn(state, sum.start, text.length);
    return {
      source: pledger,
      target: recipient ?? { kind: 'topic', name: what.slice(0, 80) },
      properties: pledgeProperties(what),
      rule: 'pledged.continued',
    };
  });
}

/** Measures taken against someone: never a pledge. */
const PENALTY =
  /^(?:(?:a|an|the|new|fresh|further|additional|tougher|more|sweeping|targeted|financial|economic|retaliatory|reciprocal|\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%))\s+)*(?:sanctions?|tariffs?|penalties|embargo|export controls|travel bans?|asset freezes?)\b/i;

/** Opposition: "X opposed the prospect of Y", "X has rebuffed the initiative", "X remains opposed to ceasefire calls". */
const THREAT =
  /^(?:retaliate|respond in kind|hit back|strike back|fight|resist|punish|block|veto|sue|take countermeasures|impose (?:counter-?)?(?:tariffs|sanctions))\b/i;
const PROPOSED_BY =
  /\b(?:proposed|put forward|tabled|drafted|offered|sponsored|suggested|imposed|demanded)\s+by\s+(?:the\s+)?$/i;
/** Verbs that name a reason after what they are against: "criticised the plan for moving too slowly / over its cost". */
const REASON_VERB = /^(?:criticis|criticiz|condemn|blam|attack|slamm|fault|denounc|censur|rebuk|lambast|boycott)/i;
const REASON = /\s+(?:for\s+(?:\p{Ll}+ing|not)\b|over\s|in\s+protest\b).*$/u;

/** How the opponent characterised it, which is not what they opposed: "dismissed the conference as "a show"". */
const AS_CHARACTERISED = /\s+as(?:\s+(?!well\b)(?:["“].*|(?:a|an)\s.*|\p{Ll}[\p{Ll}\s-]*))?$/u;

const TRAILING_ADVERB =
  /\s+(?:outright|again|too|entirely|completely|altogether|once more|on (?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|since\s.*)$/i;

/**
 * The actors opposed, when the opposed phrase is those actors or their proposal: "condemned Russia", "lashed out at
 * Chile and Peru", "rejected the quotas proposed by the Commission"; but "rejected the European Union's plan" is the
 * plan and "opposed sanctions on Iran" the sanctions. Actors opening the phrase (after "the") must be followed by
 * nothing, punctuation or a preposition ("condemned Russia for the strikes").
 */
function opposedActors(state: SentenceState, what: string, start: number): ActorMention[] {
  if (start < 0) return [];
  const text = state.sentence.text;
  // Targets need not be able to act: "hit out at Chile" opposes Chile although "at Chile" could be a place.
  const inPhrase = state.analysis.mentions.filter(
    (candidate): candidate is ActorMention =>
      ACTOR_KINDS.has(candidate.kind) &&
      candidate.kind !== 'pronoun' &&
      state.refs.has(candidate) &&
      candidate.start >= start &&
      candidate.end <= start + what.length &&
      !insideQuote(state.analysis, candidate),
  );
  const opening = start + (/^the\s+/i.exec(what)?.[0].length ?? 0);
  const first = inPhrase.find((candidate) => candidate.start === opening);
  if (first) {
    const run = [first];
    for (const next of inPhrase) {
      const last = run.at(-1)!;
      if (next.start > last.end && ACTOR_RUN_GAP.test(text.slice(last.end, next.start))) run.push(next);
    }
    const rest = text.slice(run.at(-1)!.end, start + what.length).trim();
    if (rest === '' || /^(?:,|for|of|over|and|in|at|on|as|after|because|from|with|to)\b/i.test(rest)) return run;
  }
  // "the quotas proposed by the European Commission": opposing a proposal is opposing who made it.
  return inPhrase.filter((candidate) => PROPOSED_BY.test(text.slice(start, candidate.start))).slice(0, 1);
}

/** The refs an opposition targets: the actors opposed, else what was opposed as a topic. */
function oppositionTargets(state: SentenceState, actors: ActorMention[], what: string): Ref[] {
  if (actors.length === 0) return [{ kind: 'topic', name: what.slice(0, 80) }];
  return actors.map((actor) => state.refs.get(actor)!);
}

/**
 * "The plan was also rejected by Hungary": the actors after "by" opposed what comes before "was". `start`/`end` are
 * the verb's offsets, `what` the clause after it.
 */
function passiveOpposition(
  state: SentenceState,
  start: number,
  end: number,
  what: string,
  proposal: string | null,
  rule: string,
): PledgeClaim[] {
  const text = state.sentence.text;
  const patient = /(?:^|,\s*)([^,]+?)\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+|also\s+)?$/i.exec(
    text.slice(0, start),
  );
  if (!patient) return [];
  let opposed = patient[1]!.trim();
  if (ANAPHORIC_PROPOSAL.test(opposed) && proposal) opposed = proposal;
  const byStart = text.indexOf(what, end);
  const agents = actorMentions(state).filter(
    (mention) => mention.start >= byStart && mention.end <= byStart + what.length && canAct(mention, text),
  );
  if (agents.length === 0) return [];
  const targets = oppositionTargets(state, opposedActors(state, opposed, text.indexOf(opposed)), opposed);
  return agents.flatMap((agent) =>
    targets.map((target) => ({
      source: state.refs.get(agent)!,
      target,
      properties: { what: opposed.slice(0, 200) },
      rule: `${rule}.passive`,
    })),
  );
}

function extractOpposition(state: SentenceState, proposal: string | null): PledgeClaim[] {
  const text = state.sentence.text;
  const found: PledgeClaim[] = [];
  const triggers: [number, number, string][] = verbTokens(state, OPPOSE_VERBS).map((token) => [
    token.start,
    token.end,
    'opposed.verb',
  ]);
  // The subject is that of the verb leading the infinitive, so the trigger starts there.
  for (const token of verbTokens(state, OPPOSE_INFINITIVES)) {
    const lead = INFINITIVE_LEAD.exec(text.slice(Math.max(0, token.start - 30), token.start));
    if (lead) triggers.push([token.start - lead[0].length, token.end, 'opposed.verb']);
  }
  // "accused South Africa of weaponising its presidency": the one accused is opposed.
  for (const token of verbTokens(state, ACCUSE_VERBS)) {
    const accused = actorRightOf(state, token.end, 6);
    if (accused && /^\s+of\b/i.test(text.slice(accused.mention.end)))
      triggers.push([token.start, token.end, 'opposed.accused']);
  }
  for (const match of OPPOSE_PHRASES.test(text) ? allMatches(OPPOSE_PHRASES_GLOBAL, text) : []) {
    if (!state.analysis.quoted.some(([from, to]) => match.index >= from && match.index < to))
      triggers.push([match.index, match.index + match[0].length, 'opposed.phrase']);
  }
  // At one offset the longer trigger wins: "refused to endorse the text" opposes the text, not "to endorse" it.
  triggers.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let lastEnd = -1;
  for (const [start, end, rule] of triggers) {
    if (start < lastEnd) continue;
    lastEnd = end;
    let what = clauseAfter(text, end);
    if (!what || /^to\s+(?:say|comment|confirm|answer|discuss|elaborate|speculate|give|be drawn|rule)\b/i.test(what))
      continue;
    if (/^by\b/i.test(what)) {
      found.push(...passiveOpposition(state, start, end, what, proposal, rule));
      continue;
    }
    if (/^as\b/i.test(what)) continue;
    if ((ANAPHORIC_PROPOSAL.test(what) || /^(?:to\s+[\p{Ll}]+\s+)?(?:it|this|that|them)$/iu.test(what)) && proposal)
      what = proposal;
    let sources = subjectsOf(state, start).filter((ref) => ref.kind !== 'event');
    // "prompting the White House to accuse X": the actor right before "to" does it.
    const doer = /\s+to\s+$/.test(text.slice(0, start))
      ? actorMentions(state).find((mention) =>
          /^\s+to\s+$/.test(text.slice(mention.end, start).replace(demonymBody(mention), '')),
        )
      : undefined;
    const doerRef = doer && state.refs.get(doer);
    if (doerRef && doerRef.kind !== 'event' && sources.length === 0) sources = [doerRef];
    // "OPEC sent a letter urging its members to reject ...", "the ministry condemned the conference, convened by A and
    // B, denouncing ...": a participle's subject is the sentence's, not the actor nearest to it.
    const participle = /^\p{L}+ing\b/u.test(text.slice(start));
    if (participle && (sources.length === 0 || /,\s*$/.test(text.slice(0, start)))) {
      const subject = sentenceSubject(state, start);
      if (subject) sources = [subject];
    }
    if (sources.length === 0) continue;
    // "X, whose government boycotted the forum, stayed home": the relative clause ends at its comma.
    if (RELATIVE_CLAUSE_OPEN.test(text.slice(0, start))) what = what.replace(/,.*$/, '');
    what = what.replace(TRAILING_ADVERB, '').replace(/^[“"‘]/, '');
    if (REASON_VERB.test(text.slice(start, end))) what = what.replace(REASON, '');
    what = what.replace(AS_CHARACTERISED, '');
    // "objected to a proposed ban": the verb's own "to" is not what was opposed ("refused to sign it" keeps its verb).
    what = what.replace(/^to\s+(?=(?:a|an|the|any|new|its|their|his|her|this|that|these|those)\s)/i, '');
    const whatAt = text.indexOf(what, end);
    // "Moscow dismissed the summit": the event itself, when the phrase is just its name.
    const event = state.analysis.mentions.find(
      (mention) => mention.kind === 'event' && mention.start === whatAt && mention.end === whatAt + what.length,
    );
    const targets = event
      ? [state.refs.get(event)!]
      : oppositionTargets(state, opposedActors(state, what, whatAt), what);
    for (const source of sources)
      for (const target of targets) found.push({ source, target, properties: { what: what.slice(0, 200) }, rule });
  }
  found.push(...nominalOpposition(state));
  return found;
}

const ACCUSE_VERBS = new Set(['accused', 'accuses', 'accusing', 'accuse']);

/** Base forms that oppose only after "to" or a modal: "threatened to block the plan", "would veto it". */
const OPPOSE_INFINITIVES = new Set('block cancel suspend denounce resist criticise criticize'.split(' '));
const INFINITIVE_LEAD =
  /(?:\b\p{Ll}+\s+to|\b(?:will|would|could|might|may|must|shall|should|cannot|can))\s+(?:not\s+)?$/u;

/** "India's move to suspend the treaty": an actor's possessive before a nominalised act of opposing. */
const NOMINAL_MOVE =
  /['’]s\s+(?:latest\s+|sudden\s+|unilateral\s+)?(?:move|decision|plan|bid|attempt|threat|refusal|vote|push)\s+to\s+(?:suspend|cancel|scrap|quit|abandon|withdraw\s+from|pull\s+out\s+of|reject|block|veto|annul|terminate|revoke|boycott|oppose)\s+/i;
/** "called the decision a disgrace": a characterisation that condemns what it names. */
const CALLED_IT =
  /\bcall(?:ed|s|ing)\s+(?!it\b|this\b|that\b)((?:the|a|an|his|her|its|their|this|that)\s+[^,;“"]{2,60}?)\s+(?:a\s+|an\s+)?[“"‘']?(?:disgrace|disgraceful|shame|shameful|betrayal|violation|mistake|travesty|farce|provocation|outrage|outrageous|unacceptable|illegal|illegitimate|absurd|reckless|blackmail|an?\s+act\s+of\s+(?:war|aggression))\b/i;

function nominalOpposition(state: SentenceState): PledgeClaim[] {
  const text = state.sentence.text;
  const found: PledgeClaim[] = [];
  const move = NOMINAL_MOVE.exec(text);
  if (move) {
    const owner = actorMentions(state).find((mention) => mention.end === move.index && mention.kind !== 'pronoun');
    const what = clauseAfter(text, move.index + move[0].length);
    if (owner && what)
      found.push({
        source: state.refs.get(owner)!,
        target: { kind: 'topic', name: what.slice(0, 80) },
        properties: { what: what.slice(0, 200) },
        rule: 'opposed.nominal-move',
      });
  }
  const called = CALLED_IT.exec(text);
  if (called && !state.analysis.quoted.some(([from, to]) => called.index >= from && called.index < to)) {
    const what = called[1]!.trim();
    const whatAt = text.indexOf(what, called.index);
    const targets = oppositionTargets(state, opposedActors(state, what, whatAt), what);
    for (const source of subjectsOf(state, called.index).filter((ref) => ref.kind !== 'event'))
      for (const target of targets)
        found.push({ source, target, properties: { what: what.slice(0, 200) }, rule: 'opposed.called-it' });
  }
  return found;
}

/** Meetings: "X met Y", "a meeting with Y", "held talks with Y". */
/** A meeting still to come is no meeting yet: "will travel to Tokyo next month for talks with X", "is due to meet". */
const FUTURE = /\b(?:will|shall|plans?\s+to|intends?\s+to|(?:is|are)\s+(?:due|expected|set|scheduled|going)\s+to)\b/i;

function extractMeetings(state: SentenceState): [Ref, Ref, string][] {
  const text = state.sentence.text;
  const found: [Ref, Ref, string][] = [];
  const clauseBefore = (offset: number) =>
    text
      .slice(0, offset)
      .split(/[;.]|\bbut\b/)
      .at(-1)!;
  for (const verb of verbTokens(state, MEET_VERBS)) {
    // "started his day by meeting X": the gerund after "by", "after" or "before" meets as the verb does.
    const gerund = verb.lower === 'meeting' && /\b(?:by|after|before|while|when)\s+$/i.test(text.slice(0, verb.start));
    if ((verb.lower === 'meeting' && !gerund) || FUTURE.test(clauseBefore(verb.start))) continue;
    // "met with X": the one met comes after "with".
    const withWord = /^\s+with\b/i.exec(text.slice(verb.end));
    const object = actorRightOf(state, verb.end + (withWord ? withWord[0].length : 0), 4);
    if (!object || !PERSON_LIKE.has(object.mention.kind)) continue;
    for (const subject of actorsLeftOf(state, verb.start, true)) found.push([subject, object.ref, 'met.verb']);
  }
  for (const match of allMatches(MEETING_WITH, text)) {
    if (FUTURE.test(clauseBefore(match.index))) continue;
    const object = actorRightOf(state, match.index + match[0].length, 2);
    if (!object || !PERSON_LIKE.has(object.mention.kind)) continue;
    for (const subject of actorsLeftOf(state, match.index, true)) found.push([subject, object.ref, 'met.meeting-with']);
  }
  // "Weber and Martin held talks", "the two leaders met": people named together as the subject met each other.
  const together = MET_TOGETHER.exec(text);
  if (together && !state.analysis.quoted.some(([from, to]) => together.index >= from && together.index < to)) {
    const people = actorsLeftOf(state, together.index, false);
    if (people.length >= 2 && people.every((ref) => ref.kind === 'person' || ref.kind === 'descriptor'))
      for (let i = 0; i < people.length; i++)
        for (let j = i + 1; j < people.length; j++) found.push([people[i]!, people[j]!, 'met.together']);
  }
  return found.filter(([a, b]) => JSON.stringify(a) !== JSON.stringify(b));
}
