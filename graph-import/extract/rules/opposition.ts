/** Opposition: who opposed, rejected, condemned or blocked whom or what. */
import {
  actorMentions,
  actorRightOf,
  ACTOR_KINDS,
  ACTOR_RUN_GAP,
  canAct,
  clauseAfter,
  demonymBody,
  insideQuote,
  listAt,
  LISTABLE,
  mayContain,
  NEGATED,
  RELATIVE_CLAUSE_OPEN,
  sentenceSubject,
  subjectsOf,
  verbTokens,
  type ActorMention,
  type SentenceState,
} from '../clause.js';
import { OPPOSE_PHRASES, OPPOSE_VERBS } from '../lexicon/verbs.js';
import type { Ref } from '../refs.js';
import { allMatches, type Token } from '../tokens.js';
import type { RuleClaim } from './catalogue.js';

/** Measures an actor takes against others, which it may suspend on a condition. */
const OWN_MEASURES =
  /^(?:the|its|their|these|those|such)\s+(?:[\p{L}-]+\s+)?(?:measures|tariffs|duties|levies|sanctions|restrictions|countermeasures)\b/iu;

/** One's own plans: "his trip", "her planned visit", "its participation". */
const OWN_PLANS =
  /^(?:his|her|its|their|a|the)\s+(?:planned\s+|scheduled\s+|official\s+|state\s+|own\s+)?(?:trip|visit|travel|journey|tour|attendance|participation|appearance|plans?)\b/i;

/** Words without which a rule below cannot match (see mayContain). */
const FROM_CUES = [' from '];
const WALKED_OUT_CUES = ['walk', 'storm'];
const VOTE_CUES = ['vot'];
const VETO_CUES = ['veto'];
const EXCEPT_CUES = ['except'];
const OBJECTION_CUES = ['objection', 'opposition', 'rejection', 'condemnation', 'veto', 'boycott'];
const PROTEST_CUES = ['recall', 'expel', 'summon'];
const MOVE_CUES = ['move', 'decision', 'plan', 'bid', 'attempt', 'threat', 'refusal', 'vote', 'push'];
const CALLED_CUES = ['call'];

const ANAPHORIC_PROPOSAL =
  /^(?:the|this|that|its|their)\s+(?:initiative|proposal|plan|idea|offer|move|call|calls|deal|suggestion|request|demand)\b/i;
const OPPOSE_PHRASES_GLOBAL = new RegExp(OPPOSE_PHRASES.source, 'gi');

/** The rules that find an opposition's trigger; each has a passive form ("was rejected by X"). */
type TriggerRule = 'opposed.verb' | 'opposed.accused' | 'opposed.phrase';

/** Opposition: "X opposed the prospect of Y", "X has rebuffed the initiative", "X remains opposed to ceasefire calls". */
const PROPOSED_BY =
  /\b(?:proposed|put forward|tabled|drafted|offered|sponsored|suggested|imposed|demanded|(?:tests?|attacks?|strikes?|actions?|measures?|moves?|launch(?:es)?|incursions?|raids?|violations?)(?:\s+(?:carried\s+out|conducted|launched))?)\s+by\s+(?:the\s+)?$/i;
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
const GOODS_WORDS =
  'imports?|exports?|goods|products|produce|shipments|steel|aluminium|aluminum|copper|cars|vehicles|EVs|trucks|' +
  'motorcycles|aircraft|machinery|electronics|appliances|wine|spirits|whisk(?:e)?y|bourbon|beer|beef|pork|poultry|' +
  'chicken|lamb|cheese|dairy|fruit|vegetables|grain|wheat|corn|maize|rice|sugar|coffee|cotton|soybeans|oil|gas|coal|' +
  'fertili[sz]ers?|chips|semiconductors|solar panels|batteries|textiles|clothing|garments|footwear|furniture|' +
  'lumber|timber|paper|fish|seafood|pharmaceuticals|medicines|' +
  // And the nation's people and firms that sanctions name: "sanctions on 25 Belarusian officials".
  'officials|companies|firms|banks|entities|individuals|judges|oligarchs|lawmakers|generals|businessmen|tankers|vessels';
const GOODS_FROM = new RegExp(`\\b(?:${GOODS_WORDS})\\s+(?:from|made\\s+in)\\s+(?:the\\s+)?$`, 'i');
const GOODS = new RegExp(`^\\s+(?:[\\w-]+\\s+)?(?:${GOODS_WORDS})\\b`, 'i');

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
  // "tariffs on steel imports from Argentina", "on Argentine steel": the nation whose goods are taxed or barred.
  const exporter = inPhrase.find(
    (candidate) =>
      candidate.kind === 'nation' &&
      (GOODS_FROM.test(text.slice(start, candidate.start)) ||
        GOODS.test(text.slice(candidate.end, start + what.length))),
  );
  if (exporter) return [exporter];
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
  rule: TriggerRule,
): RuleClaim[] {
  const text = state.sentence.text;
  const before = text.slice(0, start);
  // "The plan was rejected by X", or a participle after its noun: ", a claim rejected by X", "the plan, opposed by X,".
  const patient =
    /(?:^|,\s*)([^,]+?)\s+(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+|also\s+)?$/i.exec(before) ??
    (/ed$/i.test(text.slice(start, end)) ? /(?:^|,\s*)((?:a|an|the)\s+[^,;:]{1,60}?)\s*,?\s+$/i.exec(before) : null);
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

/**
 * 'Chile said it "strongly condemns" the tests': a verb quoted in the middle of the writer's own sentence, its subject
 * and object outside the quotation, is read as the sentence's verb.
 */
function embeddedQuoteVerbs(state: SentenceState, verbs: ReadonlySet<string>): Token[] {
  const text = state.sentence.text;
  return state.analysis.quoted
    .filter(
      ([from, to]) =>
        text.slice(from, to).trim().split(/\s+/).length <= 4 &&
        (/\b(?:it|he|she|they|we|that)\s+\S?$/i.test(text.slice(0, from)) ||
          // 'said Islamabad "rejects" the remarks': a nation or body right before the quotation.
          actorMentions(state).some(
            (mention) =>
              (mention.kind === 'nation' || mention.kind === 'organisation') &&
              /^\s+\S?$/.test(text.slice(mention.end, from)),
          )) &&
        /^\S?\s+[\p{L}\d]/u.test(text.slice(to)),
    )
    .flatMap(([from, to]) =>
      state.analysis.tokens.filter((token) => token.start >= from && token.end <= to && verbs.has(token.lower)),
    );
}

/** What the sentences before tell an opposition that names no object: the proposal, the text voted on, the event. */
export interface OppositionContext {
  /** The proposal of this sentence or the one before ("X rejected the initiative"). */
  proposal: string | null;
  /** The text put to a vote in this sentence or the one before ("A and B voted no"). */
  votedText: string | null;
  /** The event the sentence is at, its own else the article's, and what the text calls it ("the delegation walked out"). */
  event: { ref: Ref; name: string } | null;
}

export function extractOpposition(
  state: SentenceState,
  { proposal, votedText, event }: OppositionContext,
): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  const triggers: [number, number, TriggerRule][] = [
    // Not a verb denied: "did not oppose the plan", "would not block the package", "never vetoed".
    ...verbTokens(state, OPPOSE_VERBS).filter(
      (token) => !NEGATED.test(text.slice(Math.max(0, token.start - 24), token.start)),
    ),
    ...embeddedQuoteVerbs(state, OPPOSE_VERBS),
  ].map((token) => [token.start, token.end, 'opposed.verb']);
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
    // 'it "condemns" Peru': what follows the quotation's closing mark.
    let what = clauseAfter(text, end)
      .replace(/^[”"’]\s*/, '')
      // "rejected the conference in a statement": how it was said, not what.
      .replace(
        /\s+(?:in|with)\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:statement|letter|post|communiqu[ée]|speech)\b.*$/iu,
        '',
      )
      // "block the aid package at next month's summit": where, not what.
      .replace(
        /\s+(?:at|during)\s+(?:the\s+|this\s+|next\s+\w+['’]s\s+|last\s+\w+['’]s\s+)(?:[\p{L}-]+\s+){0,3}?(?:summit|meeting|talks|conference|session|forum)\b.*$/iu,
        '',
      );
    if (!what || /^to\s+(?:say|comment|confirm|answer|discuss|elaborate|speculate|give|be drawn|rule)\b/i.test(what))
      continue;
    // "regretted that talks failed" is sorrow, not opposition; "regretted the decision" opposes it.
    if (/^regret/i.test(text.slice(start, end)) && /^that\b/i.test(what)) continue;
    // "threatens to raise tariffs" is a threat of its own doing; "threatened its sovereignty" opposes its object.
    if (/^threat/i.test(text.slice(start, end)) && /^to\s/i.test(what)) continue;
    // "would suspend the measures if the US lifted its duties": undoing one's own measures on a condition (not "would
    // scrap the deal if elected", a vow against the deal).
    if (
      /\b(?:suspend|cancel|scrap|lift|withdraw|drop)\w*$/i.test(text.slice(start, end)) &&
      OWN_MEASURES.test(what) &&
      /\bif\b/i.test(text.slice(end))
    )
      continue;
    // "cancelled his trip", "postponed its visit": one's own plans called off oppose no one.
    if (/^(?:cancel|scrap|suspend|call)\w*$/i.test(text.slice(start, end)) && OWN_PLANS.test(what)) continue;
    if (/^by\b/i.test(what)) {
      found.push(...passiveOpposition(state, start, end, what, proposal, rule));
      continue;
    }
    if (/^as\b/i.test(what)) continue;
    // "voted against it" is the vote's (votedNo); "refused to sign it" is against what was proposed or put forward.
    if (/^(?:to\s+[\p{Ll}]+\s+)?(?:it|this|that|them)$/iu.test(what)) {
      // "was not part of the agreement and rejected it": the text this sentence named before the verb, else the one
      // the sentence before proposed.
      const named = [...text.slice(0, start).matchAll(NAMED_TEXT)].at(-1)?.[0];
      const antecedent = named ?? proposal ?? votedText;
      if (!antecedent || /^vot/i.test(text.slice(start, end))) continue;
      what = antecedent;
    } else if (ANAPHORIC_PROPOSAL.test(what) && proposal) what = proposal;
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
    what = what.replace(AS_CHARACTERISED, '').replace(/\s+in\s+protest\b.*$/i, '');
    const whatAt = text.indexOf(what, end);
    // "expressed concern over the situation in the Middle East": worry about a state of affairs opposes no one.
    if (/concern|alarm/i.test(text.slice(start, end)) && SITUATION.test(what)) continue;
    // "expressed concern at the meeting in Tokyo": where the concern was voiced, not what it was about.
    if (
      /\bat\s*$/i.test(text.slice(start, end)) &&
      state.analysis.mentions.some((mention) => mention.kind === 'event' && mention.start === whatAt)
    )
      continue;
    // "Moscow dismissed the summit": the event itself, when the phrase is just its name.
    const named = state.analysis.mentions.find(
      (mention) => mention.kind === 'event' && mention.start === whatAt && mention.end === whatAt + what.length,
    );
    const targets = named
      ? [state.refs.get(named)!]
      : oppositionTargets(state, opposedActors(state, what, whatAt), what);
    for (const source of sources)
      for (const target of targets) found.push({ source, target, properties: { what: what.slice(0, 200) }, rule });
  }
  found.push(...nominalOpposition(state));
  found.push(...vetoCast(state, proposal));
  found.push(...votedNo(state, votedText));
  found.push(...drewCriticism(state));
  if (event) found.push(...walkedOut(state, event));
  if (proposal) found.push(...objectedToIt(state, proposal));
  found.push(...urgedToStop(state));
  found.push(...allButOpposition(state));
  return found;
}

/** A text every party backed but some: "A text backed by all the leaders – except X – was ...". */
const BACKED_BY_ALL_EXCEPT =
  /\b(?:backed|supported|endorsed|approved|signed|agreed)\s+(?:on\s+|to\s+)?by\s+(?:all|every|each)\b[^.;]{0,80}?\bexcept(?:\s+for)?\s+/i;
/** "All the members except X backed the text": the parties left out before the verb. */
const ALL_EXCEPT_BACKED =
  /^\s*[,–—-]?\s*(?:have\s+|had\s+)?(?:backed|supported|endorsed|approved|signed|agreed\s+(?:on|to))\s+/i;
const ALL_EXCEPT = /\b(?:all|every|each)\b[^.;,]{0,60}?\bexcept(?:\s+for)?\s+/i;

/**
 * Refusing to back a text is opposing it, and a text "backed by all ... except X" was not backed by X: X opposed it.
 * The text is what the sentence says was backed: the phrase before "backed by", or after the verb.
 */
/** "after China cast a veto": a veto with no object of its own is cast against the text the sentence is about. */
const VETO_CAST =
  /\b(?:cast|casts|casting|used|uses|exercised|exercises|wielded)\s+(?:a|its|their|his|her)\s+veto\b(?!\s+(?:on|over|against|of|to)\b)/gi;
const VETOED_TEXT =
  /\b(?:[Tt]he|[Aa]n?)\s+(?:(?:\p{Lu}[\p{L}-]*|(?!\p{Ll}+ed\b)[\p{Ll}-]+|revised|amended|proposed)\s+){0,3}(?:resolution|draft|text|proposal|motion|bill|declaration)\b/u;

/** The nouns VETOED_TEXT ends in, to skip it cheaply in the many sentences that have none. */
const TEXT_NOUN = /resolution|draft|text|proposal|motion|bill|declaration/i;

/** The text a sentence puts to a vote or a veto ("adopted a resolution demanding ..."), remembered for the next. */
const VOTED_TO =
  /\bvoted\b[^.;]{0,40}?\b(to\s+(?:demand|call\s+for|condemn|approve|adopt|back|endorse|reject|support|recognise|recognize|grant|admit|suspend|create|establish|extend|impose|lift|end)\b[^,;.]{1,80})/;

export function textUnderVote(sentence: string): string | null {
  // "The assembly voted on Wednesday to demand a ceasefire": what the vote decided, when no text is named.
  const decided = VOTED_TO.exec(sentence);
  if (!TEXT_NOUN.test(sentence)) return decided?.[1] ?? null;
  const text = VETOED_TEXT.exec(sentence);
  if (!text) return decided?.[1] ?? null;
  // What it is for or on: "a proposal for a nuclear-free shipping zone".
  const complement =
    /^\s+(?:for|on|to|against)\s+[^,;.]{1,60}?(?=[,;.]|\s+(?:by|after|before|which|that|but|and|while)\b|$)/.exec(
      sentence.slice(text.index + text[0].length),
    );
  return text[0] + (complement?.[0] ?? '');
}

/** A vote against with no object of its own: "Chile and Peru voted no", "with Chile voting against". */
const VOTED_NO =
  /\b[Vv]ot(?:ed|es|ing|e)\s+(?:no|against)(?:\s+(?:it|them))?\b(?!\s+(?:the|a|an|this|that|any|its|their)\b|\s+\p{Lu})/gu;
/** "A, B and C were among the countries that voted no": the subject stands before "were among". */
const AMONG_THAT = /\b(?:were|was)\s+among\s+(?:the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:(?:that|which|who)\s+)?$/u;
/** "Among those voting against were A and B", "those voting no included A": the voters follow. */
const VOTERS_FOLLOW = /^\s*(?:were|was|included|include|includes)\s+/i;
/** "..., with A and B voting against": the voters between "with" and the participle. */
const WITH_VOTERS = /\bwith\s+([^,;]+?)\s+$/i;

/** A state of affairs, not an act or a proposal: "the situation in ...", "the humanitarian crisis". */
const SITUATION =
  /^(?:the\s+)?(?:(?:worsening|deteriorating|current|dire|humanitarian|security|political|economic)\s+)*(?:situation|state\s+of|crisis|conditions?|plight|fate|tensions?|escalation|violence|fighting|instability|developments)\b/i;

/** A text named in the sentence, which "it" may stand for: "the agreement", "this plan". */
const NAMED_TEXT =
  /\b(?:the|this|that)\s+(?:[\p{L}-]+\s+){0,2}?(?:agreement|deal|plan|proposal|text|declaration|resolution|treaty|accord|pact|ceasefire|truce)\b/giu;

/** A tally with the voters against named in brackets: "12 votes in favour to 1 against (China)", "2 no votes (A, B)". */
const VOTE_TALLY =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:votes?\s+)?(?:against|no(?:\s+votes?)?)\s*\(([^)]{2,200})\)/gi;
const VOTE_TALLY_CUES = ['against', 'no'];

/** "The plan drew sharp criticism from A and B": those it drew criticism from opposed what drew it. */
const DREW_CRITICISM =
  /\b(?:drew|draws|drawn|drawing|attracted|attracts|faced|faces|facing|met\s+with|prompted|provoked|sparked)\s+(?:a\s+|an\s+)?(?:(?:sharp|strong|fierce|swift|harsh|immediate|widespread|angry|stiff|growing|international)\s+)*(?:criticism|condemnation|opposition|objections?|protests?|rebukes?|backlash|fire)\s+from\s+/gi;

function drewCriticism(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, FROM_CUES)) return found;
  for (const match of allMatches(DREW_CRITICISM, text)) {
    const what = /(?:^|[,;]\s*)((?:the|a|an|this|that|its|their)\s+[^,;]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?$/i.exec(
      text.slice(0, match.index),
    )?.[1];
    if (!what) continue;
    const from = match.index + match[0].length;
    const first = actorRightOf(state, from, 4);
    const run =
      first && first.mention.kind !== 'pronoun'
        ? listAt(state, first.mention.start, ACTOR_KINDS).map((mention) => state.refs.get(mention)!)
        : [];
    const whatAt = text.indexOf(what);
    const targets = oppositionTargets(state, opposedActors(state, what, whatAt), what);
    for (const critic of run)
      for (const target of targets)
        found.push({ source: critic, target, properties: { what }, rule: 'opposed.drew-criticism' });
  }
  return found;
}

/** Leaving or shunning the event the sentence is at, with no object: "the Chilean delegation walked out". */
const WALKED_OUT =
  /\b(?:walked|walks|walking|stormed|storms|storming)\s+out\b(?!\s+(?:of|from)\b)|\bstaged\s+a\s+walk-?out\b(?!\s+(?:of|from|at)\b)/gi;

function walkedOut(state: SentenceState, event: { ref: Ref; name: string }): RuleClaim[] {
  const found: RuleClaim[] = [];
  if (!mayContain(state, WALKED_OUT_CUES)) return found;
  for (const match of allMatches(WALKED_OUT, state.sentence.text)) {
    if (insideQuote(state.analysis, { start: match.index, end: match.index + match[0].length })) continue;
    for (const source of subjectsOf(state, match.index).filter((ref) => ref.kind !== 'event'))
      found.push({ source, target: event.ref, properties: { what: event.name }, rule: 'opposed.walked-out' });
  }
  return found;
}

/** "called on the US and Japan to stop creating imaginary enemies": urging actors to stop what they do opposes them. */
const URGED =
  /\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|demanded\s+that|pressed|warned)\s+(?:the\s+)?/gi;
const TO_STOP =
  /^\s+(?:to\s+)?[‘'“"]?(?:immediately\s+)?(?:stop|halt|cease|end|refrain\s+from|abandon|withdraw|drop|reverse|lift|scrap)\b/i;
const URGED_CUES = ['stop', 'halt', 'cease', 'refrain', 'abandon', 'withdraw', 'reverse', 'lift', 'scrap'];

function urgedToStop(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, URGED_CUES)) return found;
  for (const match of allMatches(URGED, text)) {
    if (insideQuote(state.analysis, { start: match.index, end: match.index + match[0].length })) continue;
    const urged = listAt(state, match.index + match[0].length, LISTABLE).filter(
      (mention) => mention.kind === 'nation' || mention.kind === 'organisation' || mention.kind === 'person',
    );
    const last = urged.at(-1);
    if (!last || !TO_STOP.test(text.slice(last.end))) continue;
    const what = clauseAfter(text, last.end).replace(/^to\s+[‘'“"]?/i, '');
    for (const source of subjectsOf(state, match.index).filter((ref) => ref.kind !== 'event'))
      for (const mention of urged)
        found.push({
          source,
          target: state.refs.get(mention)!,
          properties: { what: what.slice(0, 200) },
          rule: 'opposed.urged-to-stop',
        });
  }
  return found;
}

/** Objections with no object: "Poland and Austria have also voiced objections", what the sentence before proposed. */
const OBJECTIONS_NO_OBJECT =
  /\b(?:voiced|raised|expressed|registered|lodged|have|has|had)\s+(?:(?:strong|serious|their|its|similar|own)\s+)*(?:objections|reservations)\b(?!\s+(?:to|about|over|on|against|regarding)\b)/gi;
const OBJECTIONS_CUES = ['objections', 'reservations'];

function objectedToIt(state: SentenceState, proposal: string): RuleClaim[] {
  const found: RuleClaim[] = [];
  for (const match of mayContain(state, OBJECTIONS_CUES) ? allMatches(OBJECTIONS_NO_OBJECT, state.sentence.text) : []) {
    for (const source of subjectsOf(state, match.index).filter((ref) => ref.kind !== 'event'))
      found.push({
        source,
        target: { kind: 'topic', name: proposal },
        properties: { what: proposal },
        rule: 'opposed.objected',
      });
  }
  return found;
}

/** Who voted against with no object, and against what: the text of the sentence or of the one before. */
function votedNo(state: SentenceState, votedText: string | null): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  for (const match of mayContain(state, VOTE_CUES) ? allMatches(VOTED_NO, text) : []) {
    const what = VETOED_TEXT.exec(text)?.[0] ?? votedText;
    if (!what || insideQuote(state.analysis, { start: match.index, end: match.index + match[0].length })) continue;
    const before = text.slice(0, match.index);
    const end = match.index + match[0].length;
    const within = (from: number, to: number): Ref[] =>
      actorMentions(state)
        .filter((mention) => mention.start >= from && mention.end <= to && mention.kind !== 'pronoun')
        .map((mention) => state.refs.get(mention)!);
    let sources: Ref[];
    const among = AMONG_THAT.exec(before);
    const withVoters = /^voting/i.test(match[0]) ? WITH_VOTERS.exec(before) : null;
    const follow = VOTERS_FOLLOW.exec(text.slice(end));
    if (among) sources = subjectsOf(state, among.index);
    else if (withVoters) sources = within(withVoters.index, match.index);
    else if (follow) {
      const from = end + follow[0].length;
      const stop = text.slice(from).search(/[;.]|,\s+(?:while|whereas|but)\b|\s+(?:while|whereas)\s/);
      sources = within(from, stop < 0 ? text.length : from + stop);
    } else sources = subjectsOf(state, match.index);
    for (const source of sources.filter((ref) => ref.kind !== 'event'))
      found.push({ source, target: { kind: 'topic', name: what }, properties: { what }, rule: 'opposed.voted-no' });
  }
  for (const match of mayContain(state, VOTE_TALLY_CUES) ? allMatches(VOTE_TALLY, text) : []) {
    const what = VETOED_TEXT.exec(text)?.[0] ?? votedText;
    const from = match.index + match[0].indexOf('(');
    const to = match.index + match[0].length;
    for (const mention of what ? actorMentions(state) : [])
      if (mention.start > from && mention.end < to && mention.kind !== 'pronoun')
        found.push({
          source: state.refs.get(mention)!,
          target: { kind: 'topic', name: what! },
          properties: { what: what! },
          rule: 'opposed.vote-tally',
        });
  }
  return found;
}

function vetoCast(state: SentenceState, proposal: string | null): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, VETO_CUES)) return found;
  for (const match of allMatches(VETO_CAST, text)) {
    const what = VETOED_TEXT.exec(text)?.[0] ?? proposal;
    if (!what) continue;
    for (const source of subjectsOf(state, match.index).filter((ref) => ref.kind !== 'event'))
      found.push({ source, target: { kind: 'topic', name: what }, properties: { what }, rule: 'opposed.veto-cast' });
  }
  return found;
}

function allButOpposition(state: SentenceState): RuleClaim[] {
  if (!mayContain(state, EXCEPT_CUES)) return [];
  const text = state.sentence.text;
  const claims = (start: number, end: number, what: string): RuleClaim[] => {
    const left = actorMentions(state).filter(
      (mention) => mention.start >= start && mention.end <= end && canAct(mention, text),
    );
    const target: Ref = { kind: 'topic', name: what };
    return left.map((mention) => ({
      source: state.refs.get(mention)!,
      target,
      properties: { what },
      rule: 'opposed.all-but',
    }));
  };
  const passive = BACKED_BY_ALL_EXCEPT.exec(text);
  if (passive) {
    const backed = /(?:^|[,;:]\s*)((?:the|a|an)\s+[^,;:]{2,60}?)\s*$/i.exec(text.slice(0, passive.index));
    const listEnd = text
      .slice(passive.index + passive[0].length)
      .search(/\s[–—-]\s|[,;.]|\s(?:was|were|is|are|has|had)\s/);
    if (backed && listEnd > 0) {
      const from = passive.index + passive[0].length;
      return claims(from, from + listEnd, backed[1]!.trim());
    }
  }
  const active = ALL_EXCEPT.exec(text);
  if (active) {
    const from = active.index + active[0].length;
    const rest = text.slice(from);
    const verbAt = rest.search(
      /[,–—-]?\s*(?:have\s+|had\s+)?(?:backed|supported|endorsed|approved|signed|agreed\s+(?:on|to))\s/i,
    );
    if (verbAt > 0) {
      const verb = ALL_EXCEPT_BACKED.exec(rest.slice(verbAt));
      const what = verb ? clauseAfter(text, from + verbAt + verb[0].length) : '';
      if (what) return claims(from, from + verbAt, what.slice(0, 200));
    }
  }
  return [];
}

const ACCUSE_VERBS = new Set(['accused', 'accuses', 'accusing', 'accuse']);

/** Base forms that oppose only after "to" or a modal: "threatened to block the plan", "would veto it". */
const OPPOSE_INFINITIVES = new Set(
  'block cancel suspend denounce resist criticise criticize veto reject boycott fight oppose scrap overturn'.split(' '),
);
const INFINITIVE_LEAD = /(?:\b\p{Ll}+\s+to|\b(?:will|would|could|might|may|must|shall|should|cannot|can))\s+$/u;

/** "Peru's objection to the plan": an actor's possessive before a noun of opposing and what it is against. */
const NOMINAL_OBJECTION =
  /['’]s\s+(?:strong\s+|fierce\s+|firm\s+|continued\s+|outright\s+)?(?:objections?|opposition|rejection|condemnation|veto|boycott)\s+(?:to|of)\s+/gi;

/**
 * Protest made through diplomats: "recalled its ambassador from Peru", "expelled two Peruvian diplomats", "summoned the
 * Peruvian ambassador": the nation whose diplomats they are is opposed.
 */
const DIPLOMATIC_PROTEST =
  /\b(?:recall(?:ed|s|ing)?\s+(?:its|their|his|her)\s+(?:ambassador|envoy|diplomats)\s+(?:from|to|in)\s+(?:the\s+)?|(?:expell?(?:ed|s|ing)?|summon(?:ed|s|ing)?)\s+(?:the\s+|two\s+|three\s+|four\s+|\d+\s+|several\s+)?(?:top\s+|senior\s+)?)(?=\p{Lu})/gu;

/** "India's move to suspend the treaty": an actor's possessive before a nominalised act of opposing. */
const NOMINAL_MOVE =
  /['’]s\s+(?:latest\s+|sudden\s+|unilateral\s+)?(?:move|decision|plan|bid|attempt|threat|refusal|vote|push)\s+to\s+(?:suspend|cancel|scrap|quit|abandon|withdraw\s+from|pull\s+out\s+of|reject|block|veto|annul|terminate|revoke|boycott|oppose)\s+/i;
/** "called the decision a disgrace": a characterisation that condemns what it names. */
const CALLED_IT =
  /\bcall(?:ed|s|ing)\s+(?!it\b|this\b|that\b)((?:the|a|an|his|her|its|their|this|that)\s+[^,;“"]{2,60}?)\s+(?:a\s+|an\s+)?[“"‘']?(?:disgrace|disgraceful|shame|shameful|betrayal|violation|mistake|travesty|farce|provocation|outrage|outrageous|unacceptable|illegal|illegitimate|absurd|reckless|blackmail|unjustified|unjustifiable|counterproductive|unfair|irresponsible|unlawful|provocative|hostile|an?\s+(?:insult|affront|threat)|an?\s+act\s+of\s+(?:war|aggression))\b/i;

/** The words that condemn what they characterise ("a disgrace", "unacceptable"), as CALLED_IT ends. */
const CONDEMNING = CALLED_IT.source.slice(CALLED_IT.source.indexOf('[“"‘\']?(?:disgrace'));
/** "said the deal was 'unacceptable'", "told lawmakers that the plan would be a mistake": a judgement reported. */
const SAID_IT_WAS = new RegExp(
  `\\b(?:(?:said|says|warned|insisted|argued|declared)\\s+|(?:told|telling)\\s+(?:[\\p{L}-]+\\s+){1,3}?)(?:that\\s+)?((?:the|this|that|its|their|his|her)\\s+[^,;“"]{2,60}?)\\s+(?:was|is|were|are|would\\s+be|will\\s+be|remains?|remained)\\s+(?:a\\s+|an\\s+)?${CONDEMNING}`,
  'iu',
);
const SAID_IT_WAS_CUES = [
  'disgrace',
  'shame',
  'betrayal',
  'violation',
  'mistake',
  'travesty',
  'farce',
  'provocati',
  'outrage',
  'unacceptable',
  'illegal',
  'illegitimate',
  'absurd',
  'reckless',
  'blackmail',
  'unjustifi',
  'counterproductive',
  'unfair',
  'irresponsible',
  'unlawful',
  'hostile',
  'insult',
  'affront',
  'threat',
  'act of',
];

function nominalOpposition(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  const objections = mayContain(state, OBJECTION_CUES) ? allMatches(NOMINAL_OBJECTION, text) : [];
  for (const objection of objections) {
    const owner = actorMentions(state).find((mention) => mention.end === objection.index && mention.kind !== 'pronoun');
    const whatAt = objection.index + objection[0].length;
    const what = clauseAfter(text, whatAt).replace(
      /\s+(?:delayed|blocked|stalled|derailed|held\s+up|prevented|forced|led|sparked)\b.*$/i,
      '',
    );
    if (!owner || !what) continue;
    for (const target of oppositionTargets(state, opposedActors(state, what, whatAt), what))
      found.push({
        source: state.refs.get(owner)!,
        target,
        properties: { what: what.slice(0, 200) },
        rule: 'opposed.nominal-move',
      });
  }
  const protests = mayContain(state, PROTEST_CUES) ? allMatches(DIPLOMATIC_PROTEST, text) : [];
  for (const protest of protests) {
    const after = protest.index + protest[0].length;
    // Any nation mention: "Peruvian" before "diplomats" names their nation though it is no actor there.
    const nation = state.analysis.mentions.find(
      (mention) => mention.kind === 'nation' && mention.start === after && state.refs.has(mention),
    );
    // "summoned the Peruvian ambassador", "recalled its ambassador from Peru": diplomats of that nation, or from it.
    const diplomats = /^\s+(?:ambassador|envoy|diplomats?|charg[ée]|consul|embassy)/i.test(
      text.slice(nation?.end ?? after),
    );
    if (!nation || (!/^recall/i.test(protest[0]) && !diplomats)) continue;
    for (const source of subjectsOf(state, protest.index).filter((ref) => ref.kind !== 'event'))
      found.push({
        source,
        target: state.refs.get(nation)!,
        properties: { what: text.slice(protest.index, nation.end + 20).trim() },
        rule: 'opposed.diplomatic-protest',
      });
  }
  const move = mayContain(state, MOVE_CUES) ? NOMINAL_MOVE.exec(text) : null;
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
  // "X said the deal was 'unacceptable in its current form'", "X called the decision a disgrace": the speaker opposes
  // what they judge so.
  found.push(...characterised(state, SAID_IT_WAS_CUES, SAID_IT_WAS, 'opposed.said-it-was'));
  found.push(...characterised(state, CALLED_CUES, CALLED_IT, 'opposed.called-it'));
  return found;
}

/** What a sentence judges in words that condemn (the pattern's first group), opposed by the subject of the judgement. */
function characterised(
  state: SentenceState,
  cues: readonly string[],
  pattern: RegExp,
  rule: 'opposed.said-it-was' | 'opposed.called-it',
): RuleClaim[] {
  const text = state.sentence.text;
  const match = mayContain(state, cues) ? pattern.exec(text) : null;
  if (!match || state.analysis.quoted.some(([from, to]) => match.index >= from && match.index < to)) return [];
  const what = match[1]!.trim();
  const targets = oppositionTargets(state, opposedActors(state, what, text.indexOf(what, match.index)), what);
  return subjectsOf(state, match.index)
    .filter((ref) => ref.kind !== 'event')
    .flatMap((source) => targets.map((target) => ({ source, target, properties: { what: what.slice(0, 200) }, rule })));
}
