/**
 * extract-article: one article's claims (statements, attendance, pledges, opposition, meetings, roles) with evidence,
 * as references that the corpus resolver turns into entities. Pure: text in, claims out.
 *
 * It reads the sentences in order and hands each to the rules of `rules/` (see `rules/catalogue.ts`), keeping what
 * the discourse carries from one sentence to the next: the last speaker, subject, pledger and proposal.
 */
import type { ArticleInfo, Evidence } from '../../graph-model/index.js';
import type { ArticleText } from '../read/read-article.js';
import { ArticleContext, type ArticleExtraction } from './article-context.js';
import { actorsLeftOf, mayContain, meetingPlace } from './clause.js';
import { layoutDocument, type ArticleDocument } from './document.js';
import type { NameLookup } from './known-names.js';
import { findMentions, type SentenceAnalysis } from './mentions.js';
import type { Ref } from './refs.js';
import { extractAttendance } from './rules/attendance.js';
import type { RuleId } from './rules/catalogue.js';
import { extractMeetings } from './rules/meetings.js';
import { extractMembership } from './rules/membership.js';
import { extractOpposition, textUnderVote } from './rules/opposition.js';
import { CONTINUATION, continuedPledges, extractPledges } from './rules/pledges.js';
import { EVENT_NAMED_LATER } from './rules/presence.js';
import { COLON_LEAD_IN, extractQuotes, reportedSpeakers, statementIssuer } from './rules/quotes.js';
import { extractRoles } from './rules/roles.js';

/** A proposal (or a text signed or tabled), remembered for "X rejected the initiative" and "Y refused to sign it". */
const PROPOSAL =
  /\b(?:propos(?:ed|e|es|ing)|put forward|tabled|unveiled|drafted|signed)\s+(?:a|an|the)\s+([^,;.]+?)(?=,|;|\.|\s+(?:although|but|while)\b|$)/i;
const PROPOSAL_CUES = ['propos', 'put forward', 'tabled', 'unveiled', 'drafted', 'signed'];
/** An agreement named with those it is between: "a trade agreement between the EU and Mercosur". */
const AGREEMENT =
  /\b((?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|pact|treaty|accord)\s+(?:between|with)\s+(?:the\s+)?\p{Lu}[^,;.]{1,60}?)(?=[,;.]|\s+(?:on|in|at|that|which|as|after|before|but|while)\b|$)/iu;
const AGREEMENT_CUES = ['agreement', 'deal', 'pact', 'treaty', 'accord'];

export type { ArticleExtraction, Claim, EntityMention } from './article-context.js';

/** Where a meeting took place, when the sentence says: "met with X in Santiago on Tuesday". */

/** What extraction needs of an article read from a file. */
export type ArticleInput = Omit<ArticleText, 'contentHash'>;

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
  let lastVoted: { what: string; sentence: number } | null = null;
  const pending: [Ref, Evidence][] = [];

  for (const sentence of document.sentences) {
    const analysis = analyses[sentence.index]!;
    const state = context.analyse(sentence, analysis, previousSubject, previousReporter);
    const evidence = (rule: RuleId): Evidence => ({
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
    // An agreement the sentence is about counts too: "France stepped up its opposition to a trade agreement between
    // the EU and Mercosur. Poland and Austria have also voiced objections."
    const proposal =
      (mayContain(state, PROPOSAL_CUES) ? PROPOSAL.exec(sentence.text) : null) ??
      (mayContain(state, AGREEMENT_CUES) ? AGREEMENT.exec(sentence.text) : null);
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
    const voted = textUnderVote(sentence.text);
    if (voted) lastVoted = { what: voted, sentence: sentence.index };
    // (A tally may come between the vote and who voted against: "The vote was 158-9. A and B were among ...".)
    const votedContext = lastVoted && sentence.index - lastVoted.sentence <= 2 ? lastVoted.what : proposalContext;
    const namedEvent = analysis.mentions.find((mention) => mention.kind === 'event');
    const sentenceEvent = (namedEvent && state.refs.get(namedEvent)) || context.mainEvent();
    const oppositions = extractOpposition(state, {
      proposal: proposalContext,
      votedText: votedContext,
      event: sentenceEvent && { ref: sentenceEvent, name: context.eventName(sentenceEvent) },
    });
    for (const opposition of oppositions) {
      context.claim('OPPOSED', opposition.source, opposition.target, opposition.properties, evidence(opposition.rule));
    }

    // Meetings; both sides of a meeting the text states took part in it: the event the sentence names, else the
    // article's main event, else a meeting of its own.
    // A call is a meeting of its two sides but no event either attended.
    const meetings = extractMeetings(state);
    for (const [a, b, rule] of meetings) context.claim('MET', a, b, {}, evidence(rule));
    const inPerson = meetings.filter(([, , rule]) => rule !== 'met.call');
    if (inPerson.length) {
      const named = analysis.mentions.find((mention) => mention.kind === 'event');
      const event = (named && state.refs.get(named)) || context.eventAt(meetingPlace(sentence.text), sentence);
      for (const [a, b] of inPerson)
        for (const side of [a, b]) context.claim('ATTENDED', side, event, {}, evidence('attended.met'));
    }

    // Roles: "UK Prime Minister X", "Russia's foreign minister X".
    for (const role of extractRoles(state, context))
      context.claim('HOLDS_ROLE', role.source, role.target, role.properties, evidence(role.rule));

    // Membership: "NATO members A and B", "A, a member of the WTO,".
    for (const membership of extractMembership(state))
      context.claim('MEMBER_OF', membership.source, membership.target, {}, evidence(membership.rule));

    const sayers = reportedSpeakers(state);
    previousSubject = sayers.person ?? state.subject ?? previousSubject;
    // "X, who thanked the mediators, said in a statement that ...": the statement's author is the subject.
    previousReporter =
      sayers.anyActor ??
      statementIssuer(state) ??
      (/\b(?:statement|communiqu[ée])\b/i.test(sentence.text) ? previousSubject : null);
  }
  const main = context.mainEvent();
  if (main) for (const [actor, evidence] of pending) context.claim('ATTENDED', actor, main, {}, evidence);
  return context.result();
}
