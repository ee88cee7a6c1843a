/** article-context: what an article's reading remembers: its people, events, mentions and claims so far. */
import type { ArticleInfo, Evidence, PropertyValue, RelationType } from '../../graph-model/index.js';
import { insideQuote, PERSON_LIKE, type SentenceState } from './clause.js';
import { datelineCity, type Sentence } from './document.js';
import { outerStart, type Mention, type MentionOf, type SentenceAnalysis } from './mentions.js';
import { surnameOf } from './known-names.js';
import { SEATS_OF_BODIES } from './lexicon/organisations.js';
import type { ArticleEvent, PersonMention, Ref } from './refs.js';

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

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const LEADING_SUBORDINATE =
  /^(?:but\s+|and\s+)?(?:when|if|as|while|after|although|though|before|since|asked|once|whether|because)\b[^,]*,/i;

/** A sentence opening with a subject that is not a person and its verb: "The Ukraine Recovery Conference opened with". */
const NON_PERSON_SUBJECT =
  /^(?:the|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,16}?(?:opened|began|started|closed|ended|heard|featured|included)\s/iu;

/** Collects an article's mentions, people, events and claims as the sentences are read. */
export class ArticleContext {
  readonly people: PersonMention[] = [];
  /** The nation or organisation named last: what "its" refers to. */
  private lastNamedBody: Ref | null = null;
  /** The nation named last: whom "the kingdom" or "the country" is. */
  private lastNation: Ref | null = null;
  /** The nations named so far, each once, the latest last (by name, or by the title of a person or a descriptor). */
  private readonly nationsNamed: string[] = [];
  readonly events: ArticleEvent[] = [];
  /** The actors last named together, and in which sentence: what "they" means. */
  private group: { members: Ref[]; sentence: number } | null = null;
  /** Seats of government the text places something in ("in Tokyo"), with how often. */
  private readonly placesInText = new Map<string, number>();
  readonly mentions: EntityMention[] = [];
  readonly claims: Claim[] = [];
  /** The organisations named so far, for "the company" and "the bloc". */
  private readonly organisations: Extract<Ref, { kind: 'organisation' }>[] = [];
  private position = 0;

  /** Where the article was filed from, read once. */
  private readonly reportedFrom: string | null;

  constructor(
    readonly article: ArticleInfo,
    private readonly text: string,
  ) {
    this.reportedFrom = datelineCity(text);
  }

  analyse(
    sentence: Sentence,
    analysis: SentenceAnalysis,
    previousSubject: Ref | null,
    previousReporter: Ref | null,
  ): SentenceState {
    const refs = new Map<Mention, Ref>();
    const state: SentenceState = {
      sentence,
      analysis,
      refs,
      subject: null,
      previousReporter,
      eventOwner: () => this.mainEventOwner(),
    };
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
          this.noteNation(mention.code);
          this.lastNamedBody = ref;
          this.lastNation = ref;
          break;
        case 'organisation':
          if (mention.anaphoric && mention.orgKind === 'nation') ref = this.lastNation;
          else if (mention.anaphoric && mention.orgKind.startsWith('=')) {
            // "the council": the latest named body whose name has that word.
            const head = mention.orgKind.slice(1);
            ref = this.organisations.findLast((known) => known.name.toLowerCase().split(' ').includes(head)) ?? null;
          } else if (mention.anaphoric) {
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
          this.noteNation(mention.nation);
          break;
        }
        case 'descriptor':
          this.noteNation(mention.nation);
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
          // "They": the actors the sentence or the one before named together, if any.
          if (mention.surface.toLowerCase() === 'they') {
            ref = this.groupFor(sentence.index);
            break;
          }
          // "the two countries", "both nations": the last two nations named, by name or by their leaders' titles.
          if (TWO_NATIONS.test(mention.surface)) {
            const nations = this.nationsNamed.slice(-2);
            ref =
              nations.length === 2
                ? { kind: 'group', members: nations.map((code) => ({ kind: 'nation', code })) }
                : null;
            break;
          }
          // "the two leaders", "both leaders": the last two people named.
          if (TWO_PEOPLE.test(mention.surface)) {
            const people = this.lastTwoPeople();
            ref = people ? { kind: 'group', members: people } : null;
            break;
          }
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
          ref = this.eventRef(mention, sentence, analysis);
          break;
      }
      if (!ref) continue;
      refs.set(mention, ref);
      const placeOnly = this.notePlace(mention, sentence);
      if (
        mention.kind !== 'pronoun' &&
        mention.kind !== 'descriptor' &&
        !placeOnly &&
        !(mention.kind === 'organisation' && mention.anaphoric)
      ) {
        this.mentions.push({
          ref,
          surface: 'surface' in mention ? mention.surface : mention.name,
          evidence: { ...evidence, rule: `mention.${mention.kind}` },
        });
      }
    }
    this.rememberGroup(sentence, analysis, refs);
    const people = analysis.mentions.filter(
      (mention) => PERSON_LIKE.has(mention.kind) && refs.has(mention) && !insideQuote(analysis, mention),
    );
    // The person a later "he" or "she" means: the sentence's subject; when no person is the subject ("The conference
    // opened with speeches from A and also B."), the person named last.
    const first = people[0];
    const lead = first ? sentence.text.slice(0, outerStart(analysis, first)) : '';
    const subject = first && NON_PERSON_SUBJECT.test(lead) ? people.at(-1) : first;
    state.subject = subject ? refs.get(subject)! : null;
    return state;
  }

  /** The article's main event, or a meeting of its own where the sentence places it elsewhere ("met in Santiago"). */
  eventAt(place: string | null, sentence: Sentence): Ref {
    const main = this.main();
    if (main && (!place || !main.place || main.place.includes(place))) return { kind: 'event', key: main.key };
    return this.gathering(place, sentence);
  }

  /**
   * The article's summit or conference once it has named one, else its first talks ("two days of talks"), a meeting
   * told by its verb, or a meeting it calls definite: what "the summit", "the meeting" and a briefing belong to.
   */
  /** The body whose the article's event is: named with it ("the BRICS summit"), else the first body that attended it. */
  private mainEventOwner(): Ref | null {
    const main = this.main();
    if (!main) return null;
    return (
      main.ownerRefs?.[0] ??
      this.claims.find(
        (claim) =>
          claim.type === 'ATTENDED' &&
          claim.source.kind === 'organisation' &&
          claim.target.kind === 'event' &&
          claim.target.key === main.key,
      )?.source ??
      null
    );
  }

  /** The event the article told of last, if any. */
  latestEvent(): Ref | null {
    const latest = this.events.at(-1);
    return latest ? { kind: 'event', key: latest.key } : null;
  }

  mainEvent(): Ref | null {
    const main = this.main();
    return main ? { kind: 'event', key: main.key } : null;
  }

  /**
   * A capital or a body's seat written as a place ("met in Abuja", "at Lancaster House, London", "in Brussels"): counted
   * when something takes place there ("in", "at"), for naming an event the text places nowhere. Whether the mention is
   * only that place, which names no actor.
   */
  private notePlace(mention: Mention, sentence: Sentence): boolean {
    const seat =
      (mention.kind === 'nation' && mention.form === 'seat') ||
      (mention.kind === 'organisation' && SEATS_OF_BODIES.includes(mention.surface));
    if (!seat) return false;
    const before = sentence.text.slice(Math.max(0, mention.start - 40), mention.start);
    const surface = 'surface' in mention ? mention.surface : '';
    if (PLACE_IN_BEFORE.test(before)) this.placesInText.set(surface, (this.placesInText.get(surface) ?? 0) + 1);
    return PLACE_BEFORE.test(before);
  }

  /** Where an event of this article is held, when the text says. */
  placeOf(ref: Ref): string | null {
    return ref.kind === 'event' ? (this.events.find((candidate) => candidate.key === ref.key)?.place ?? null) : null;
  }

  /**
   * The actors a sentence names together as its subject ("Blinken and Austin met ...", "Chile and Peru signed ..."), or
   * the last two people named when it says "the two leaders": whom a "they" that follows means.
   */
  private rememberGroup(sentence: Sentence, analysis: SentenceAnalysis, refs: Map<Mention, Ref>): void {
    const text = sentence.text;
    const people = analysis.mentions.filter((mention) => mention.kind === 'person');
    const actors = analysis.mentions.filter(
      (mention) =>
        GROUP_KINDS.has(mention.kind) &&
        refs.has(mention) &&
        !insideQuote(analysis, mention) &&
        // "US Secretary of State X": the nation of a person's title is no member of its own.
        !people.some(
          (person) => person !== mention && mention.start >= outerStart(analysis, person) && mention.end <= person.end,
        ),
    );
    const first = actors[0];
    if (first && /^(?:\W*|(?:the|both)\s+)$/i.test(text.slice(0, outerStart(analysis, first)))) {
      const run = [first];
      for (const next of actors.slice(1)) {
        if (next.kind !== first.kind && !(BODY_KINDS.has(next.kind) && BODY_KINDS.has(first.kind))) break;
        if (!GROUP_GAP.test(text.slice(run.at(-1)!.end, outerStart(analysis, next)))) break;
        run.push(next);
      }
      if (run.length >= 2) {
        this.group = { members: run.map((mention) => refs.get(mention)!), sentence: sentence.index };
        return;
      }
    }
    if (TWO_PEOPLE.test(text)) {
      const people = this.lastTwoPeople();
      if (people) this.group = { members: people, sentence: sentence.index };
    }
  }

  private noteNation(code: string | null): void {
    if (!code) return;
    const known = this.nationsNamed.indexOf(code);
    if (known >= 0) this.nationsNamed.splice(known, 1);
    this.nationsNamed.push(code);
  }

  /** The last two people named, in the order named ("Vega" and "Luis Vega" are one person). */
  private lastTwoPeople(): Ref[] | null {
    const people: Ref[] = [];
    for (const person of [...this.people].reverse()) {
      const surname = surnameOf(person.name);
      if (people.some((known) => known.kind === 'person' && surnameOf(this.person(known.key)?.name ?? '') === surname))
        continue;
      people.push({ kind: 'person', key: person.key });
      if (people.length === 2) return people.reverse();
    }
    return null;
  }

  /** The group a "they" in this sentence means: named in it or in the sentence before. */
  private groupFor(sentence: number): Ref | null {
    if (!this.group || sentence - this.group.sentence > 1) return null;
    // Each "they" that takes the group up keeps it for the next sentence.
    this.group.sentence = sentence;
    return { kind: 'group', members: this.group.members };
  }

  /** What the text first called an event of this article ("the trade talks"). */
  eventName(ref: Ref): string {
    const event = ref.kind === 'event' ? this.events.find((candidate) => candidate.key === ref.key) : undefined;
    return event?.surfaces[0] ?? 'the event';
  }

  private main(): ArticleEvent | undefined {
    return (
      this.events.find((event) => event.kind === 'summit' || event.kind === 'conference') ??
      this.events.find((event) => event.kind === 'talks') ??
      this.events.find((event) => event.gathering) ??
      // "their meeting in Tromso" then "the talks": an article about one meeting.
      this.events.find((event) => event.kind === 'meeting' && event.definite)
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

  /** The day a sentence tells of: the weekday it names ("on Monday"), else the article's date (not stated). */
  private dayOf(sentence: Sentence): Pick<ArticleEvent, 'date' | 'dateStated'> {
    return {
      date: eventDate(sentence.text, this.article.publishedAt),
      dateStated: !!this.article.publishedAt && WEEKDAY.test(sentence.text),
    };
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
      ...this.dayOf(sentence),
      definite: false,
      topic: null,
      surfaces: [],
      owners: [],
      reportedFrom: this.reportedFrom,
      ...(gathering ? { gathering } : {}),
    };
    this.events.push(event);
    return event;
  }

  /** An event mention: a definite "the summit" is the article's event of that kind; "a meeting with X" a new one. */
  private eventRef(mention: MentionOf<'event'>, sentence: Sentence, analysis: SentenceAnalysis): Ref {
    const kind = mention.eventKind;
    const main = this.main();
    let event: ArticleEvent | undefined;
    // "the SAARC summit" in an article about an SCO summit: a body named right before the event owns it.
    const owner = analysis.mentions.find(
      (other): other is MentionOf<'organisation'> =>
        other.kind === 'organisation' &&
        !other.anaphoric &&
        other.end <= mention.start &&
        /^\s*(?:['’]s\s*)?$/.test(sentence.text.slice(other.end, mention.start)),
    );
    const ownedByAnother = (candidate: ArticleEvent) =>
      !!owner &&
      !!candidate.ownerRefs?.length &&
      !candidate.ownerRefs.some((ref) => ref.kind === 'organisation' && ref.name === owner.name);
    // A briefing is the main event's, unless held elsewhere ("the weekly press briefing in Islamabad").
    if (kind === 'briefing' && main && (!mention.place || !main.place || main.place === mention.place)) event = main;
    // "the summit" is the article's main event, unless that is talks ("Talks after the Lima summit").
    else if (
      mention.definite &&
      (kind === 'meeting' || kind === 'summit') &&
      main &&
      !(kind === 'summit' && main.kind === 'talks')
    )
      event = main;
    // "after the talks" at a summit: the summit's, unless the article named talks of their own.
    else if (mention.definite && kind === 'talks' && main)
      event = this.events.find((candidate) => candidate.kind === kind) ?? main;
    else event = this.events.find((candidate) => candidate.kind === kind);
    if (
      !event ||
      ownedByAnother(event) ||
      (!mention.definite &&
        kind === 'meeting' &&
        /\bwith\b/.test(sentence.text.slice(mention.end - 0, mention.end + 6)))
    ) {
      event = this.newEvent(kind, mention.place, sentence);
    }
    event.place ??= mention.place;
    // "Pledges at the Tallinn summit" (a headline), then "at the summit in Tallinn on Monday": the day it was held.
    if (!event.dateStated) Object.assign(event, this.dayOf(sentence));
    event.definite ||= mention.definite;
    // "this weekend's gathering", then "the summit": the meeting was the summit.
    if (event.kind === 'meeting' && (kind === 'summit' || kind === 'conference')) event.kind = kind;
    event.surfaces.push(mention.title ?? mention.surface);
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
    // What "they" did, each of them did.
    if (source.kind === 'group') {
      for (const member of source.members) this.claim(type, member, target, properties, evidence);
      return;
    }
    if (target.kind === 'group') {
      for (const member of target.members) this.claim(type, source, member, properties, evidence);
      return;
    }
    this.claims.push({ type, source, target, properties, evidence });
  }

  /**
   * "this weekend's gathering of G20 leaders" told before the article names "the summit": a meeting the text calls
   * definite, in the same place, is the article's summit or conference, and is merged into it.
   */
  private mergeIntoMain(): void {
    const main = this.main();
    if (!main || (main.kind !== 'summit' && main.kind !== 'conference')) return;
    const merged = this.events.filter(
      (event) =>
        event !== main &&
        event.kind === 'meeting' &&
        event.definite &&
        !event.gathering &&
        (!event.place || !main.place || event.place === main.place),
    );
    if (!merged.length) return;
    const keys = new Set(merged.map((event) => event.key));
    const redirect = (ref: Ref): Ref =>
      ref.kind === 'event' && keys.has(ref.key) ? { kind: 'event', key: main.key } : ref;
    for (const claim of this.claims) {
      claim.source = redirect(claim.source);
      claim.target = redirect(claim.target);
    }
    for (const mention of this.mentions) mention.ref = redirect(mention.ref);
    for (const event of merged) {
      main.surfaces.push(...event.surfaces);
      main.owners.push(...event.owners);
      if (event.ownerRefs) (main.ownerRefs ??= []).push(...event.ownerRefs);
      this.events.splice(this.events.indexOf(event), 1);
    }
  }

  result(): ArticleExtraction {
    this.mergeIntoMain();
    // An event the text places nowhere is named after the city the article most places things in.
    const [placeInText] = [...this.placesInText].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (placeInText) for (const event of this.events) if (!event.place) event.placeInText = placeInText;
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

const GROUP_KINDS = new Set(['person', 'nation', 'organisation']);
const BODY_KINDS = new Set(['nation', 'organisation']);
/** Between members of a group named together: "A and B", "A, B and C". */
const GROUP_GAP = /^\s*(?:,|,?\s*and|,?\s*&)\s*(?:the\s+)?$/i;
/** Two people named before, taken up together. */
const TWO_NATIONS = /\b(?:the|both)\s+(?:two\s+)?(?:countries|nations|neighbou?rs|governments)\b/i;
const TWO_PEOPLE =
  /\b(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|ministers|men|women|sides|premiers|heads\s+of\s+state)\b/i;

/** Before a city named only as a place: "in ", "at the State House, ", "to ". */
const PLACE_BEFORE =
  /\b(?:in|at|to|from|near|outside|around)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:[\p{L}-]+,\s+)?$/u;
/** Before a city where something takes place: "in ", "at the State House, " (not "back to"). */
const PLACE_IN_BEFORE = /\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}?(?:[\p{L}-]+,\s+)?$/u;

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
