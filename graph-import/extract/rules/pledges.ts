/** Pledges: who promised what, to whom. */
import {
  actorMentions,
  actorRightOf,
  clauseAfter,
  mayContain,
  NEGATED,
  RELATIVE_CLAUSE_OPEN,
  sentenceSubject,
  subjectsOf,
  verbTokens,
  type SentenceState,
} from '../clause.js';
import { STRONG_PLEDGE_VERBS, SUPPORT_NOUNS, WEAK_PLEDGE_VERBS, WILLINGNESS } from '../lexicon/verbs.js';
import { outerStart } from '../mentions.js';
import { findMoney } from '../money.js';
import { allMatches } from '../tokens.js';
import { refKey, type Ref } from '../refs.js';
import type { PropertyValue } from '../../../graph-model/index.js';
import type { RuleClaim, RuleId } from './catalogue.js';

export const CONTINUATION =
  /^(?:this|it|that|these|the\s+(?:package|loan|deal|aid|money|funding|pledge|commitment|contract))\b|\b(?:brings|bringing|brought|takes|taking|took|raises|raising|raised)\s+(?:(?:its|the|their|his|her)\s+(?:total|tally|contribution|commitment|support)\s+)?to\s+(?:over|more\s+than|about|nearly|almost|some|around)?\s*(?:[$€£¥]|\w{1,3}\$)/i;
/** Verbs that pledge only with a sum right after them. */
const MONEY_ONLY_VERBS = new Set(['confirmed', 'confirms', 'confirming']);
const PLEDGE_VERBS = new Set([...STRONG_PLEDGE_VERBS, ...WEAK_PLEDGE_VERBS, ...MONEY_ONLY_VERBS]);

function recipientIn(state: SentenceState, from: number, to: number): Ref | null {
  const text = state.sentence.text;
  for (const mention of actorMentions(state)) {
    if (mention.kind !== 'nation' && mention.kind !== 'organisation') continue;
    const prefix = text.slice(Math.max(0, mention.start - 18), mention.start);
    // "pledged Denmark's support for Ghana": the giver's own support, right after the verb, names no recipient.
    const giversOwn =
      /^\s+$/.test(text.slice(from, mention.start)) &&
      /^['’]s\s+(?:full\s+|continued\s+|strong\s+)?(?:support|backing|help|commitment|contribution|solidarity)\b/i.test(
        text.slice(mention.end),
      );
    const inObject =
      mention.start >= from &&
      mention.end <= to &&
      !giversOwn &&
      (/\b(?:to|for)\s+(?:the\s+)?$/i.test(prefix) || /^['’]s/.test(text.slice(mention.end)));
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

/** What was pledged, as the topic its words name ("$400 million", "double the battalion"): none from an event. */
function sumPledged(source: Ref | undefined, what: string | null, rule: RuleId): RuleClaim[] {
  return source && source.kind !== 'event' && what
    ? [{ source, target: { kind: 'topic', name: what.slice(0, 80) }, properties: pledgeProperties(what), rule }]
    : [];
}

function pledgeProperties(what: string): Record<string, PropertyValue> {
  const money = findMoney(what)[0];
  const properties: Record<string, PropertyValue> = { what: what.slice(0, 200) };
  if (money) Object.assign(properties, { amount: money.amount, currency: money.currency, value: money.value });
  return properties;
}

/**
 * "the over $8 billion in assistance Canada has dedicated since 2022": a sum given in the past, written before its
 * giver in a relative clause.
 */
function pastTotals(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  for (const mention of actorMentions(state)) {
    if (mention.kind === 'pronoun' || !GAVE_AFTER.test(text.slice(mention.end))) continue;
    const before = text.slice(Math.max(0, mention.start - 70), outerStart(state.analysis, mention));
    const sum = SUM_BEFORE.exec(before);
    if (sum) found.push(...sumPledged(state.refs.get(mention), sum[0].trim(), 'pledged.past-total'));
  }
  return found;
}

/** "the announcement the Prime Minister made in Latvia to renew and expand ... and double ...": a pledge told as a noun. */
const ANNOUNCEMENT_MADE =
  /\b(?:the|an?|its|his|her|their)\s+(?:announcement|commitment|pledge|promise|decision)\s+(?:that\s+)?(?:the\s+)?$/i;
const MADE_TO =
  /^\s+(?:made|gave|announced)\b[^.;]{0,60}?\bto\s+((?:renew|expand|double|triple|send|provide|deploy|increase|boost|deliver|fund|give|contribute|host|train|supply|extend)\b[^.;]{1,160})/i;
const ANNOUNCEMENT_CUES = ['announcement', 'commitment', 'pledge', 'promise', 'decision'];

function announcementMade(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, ANNOUNCEMENT_CUES)) return found;
  for (const mention of actorMentions(state)) {
    if (!ANNOUNCEMENT_MADE.test(text.slice(0, outerStart(state.analysis, mention)))) continue;
    const made = MADE_TO.exec(text.slice(mention.end));
    if (made)
      found.push(
        ...sumPledged(state.refs.get(mention), made[1]!.replace(/[.,;]+$/, '').trim(), 'pledged.announcement-made'),
      );
  }
  return found;
}

/** "Ukraine will receive $2 billion from Japan": a sum received from a giver, told from the recipient's side. */
const RECEIVED_FROM =
  /\b(?:receive[sd]?|receiving|secured?|securing|obtain(?:ed|s)?|won)\s+([^.;]{0,60}?)\s+from\s+(?:the\s+)?$/i;
const RECEIVED_CUES = ['receiv', 'secur', 'obtain', 'won'];

function receivedFrom(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, RECEIVED_CUES)) return found;
  for (const giver of actorMentions(state)) {
    if (giver.kind !== 'nation' && giver.kind !== 'organisation') continue;
    const received = RECEIVED_FROM.exec(text.slice(0, giver.start));
    const what = received?.[1]?.trim();
    if (!received || !what || (findMoney(what).length === 0 && !SUPPORT_NOUNS.test(what))) continue;
    const recipient = subjectsOf(state, received.index).find((ref) => ref.kind !== 'event');
    const ref = state.refs.get(giver);
    if (recipient && ref && refKey(recipient) !== refKey(ref))
      found.push({ source: ref, target: recipient, properties: pledgeProperties(what), rule: 'pledged.received-from' });
  }
  return found;
}

const GAVE_AFTER =
  /^\s+(?:has|have|had)\s+(?:already\s+|so\s+far\s+)?(?:dedicated|provided|given|committed|pledged|allocated|contributed|sent|donated|delivered|disbursed)\b/;
const SUM_BEFORE =
  /(?:[$€£¥]|\b(?:US|C|A)\$)\s?\d[\d.,]*\s*(?:billion|million|bn|m)?\s+(?:in|of|worth\s+of)\s+(?:[\p{L}-]+\s+){0,4}(?:the\s+)?$/u;

/**
 * What was pledged, without the event it was pledged at ("€45m at the Sahel forum") or the donors of an elided list
 * after it ("€45m, the Netherlands €20m and Sweden €15m": Germany pledged the first sum).
 */
function pledgedOnly(state: SentenceState, what: string, offset: number): string {
  let end = what.length;
  for (const mention of state.analysis.mentions) {
    const at = mention.start - offset;
    if (at <= 0 || at >= end) continue;
    const lead = what.slice(0, at);
    if (mention.kind === 'event') {
      const place =
        /\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,4}$/u.exec(
          lead,
        );
      if (place) end = place.index;
    } else if (
      (mention.kind === 'nation' || mention.kind === 'organisation') &&
      /^\s*(?:[$€£¥]|\b(?:US|C|A)\$)\s?\d/.test(what.slice(mention.end - offset))
    ) {
      const joint = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.exec(lead);
      if (joint && findMoney(lead.slice(0, joint.index)).length) end = joint.index;
    }
  }
  // Nor the conjunction a cut clause ends on: "£75m for Sudan, as she opened ...".
  return what
    .slice(0, end)
    .trim()
    .replace(/(?:[\s,;:]+(?:as|and|but|while|when|after|before))?[\s,;:]*$/, '');
}

/** Pledges: "the UK pledged £1.6bn of export finance", "X announced new military aid for Y", "Y offered to send troops". */
export function extractPledges(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const pledges: RuleClaim[] = [];
  const willingness = mayContain(state, WILLINGNESS_CUES) ? WILLINGNESS.exec(text) : null;
  const verbs = verbTokens(state, PLEDGE_VERBS);
  const covered: [number, number][] = [];
  const consider = (verbStart: number, verbEnd: number, strong: boolean, rule: RuleId) => {
    let what = clauseAfter(text, verbEnd).replace(/^(?:to\s+)?/, '');
    // "The EU, which has offered $25m for demining, urged ...": the relative clause ends at its comma.
    if (RELATIVE_CLAUSE_OPEN.test(text.slice(0, verbStart))) what = what.replace(/,.*$/, '');
    if (!what || covered.some(([from, to]) => verbStart >= from && verbStart < to)) return;
    // "has not agreed to send troops", "did not pledge any aid": a promise denied is none, nor is the giving in it.
    if (NEGATED.test(text.slice(Math.max(0, verbStart - 24), verbStart))) {
      covered.push([verbStart, verbEnd + what.length + 2]);
      return;
    }
    // The recipient may close an elided list ("A pledged $2bn, B $1bn and C $5m for Moldova"): read on the whole clause.
    const clause = what;
    what = pledgedOnly(state, what, text.indexOf(what, verbEnd));
    // "announced that Nigeria would provide grain": the clause's own verb and subject tell the pledge.
    // ("promised that Chile would send" is the promise of who promised).
    // The promise of a speaker named only by title ("The Emir pledged that Qatar would contribute") is the clause's.
    if (
      /^that\s/i.test(what) &&
      verbs.some((verb) => verb.start > verbEnd) &&
      (!strong || !subjectsOf(state, verbStart).some((ref) => ref.kind !== 'event' && ref.kind !== 'descriptor'))
    )
      return;
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
    covered.push([verbStart, verbEnd + clause.length + 2]);
    // The recipient is no donor ("In support of Ukraine, the UK announced ..."); an anaphor that names the only donor
    // again is not the recipient ("The bank pledged $1bn to the fund").
    const named = recipientIn(state, verbEnd, verbEnd + clause.length + 2);
    const others = named ? sources.filter((source) => refKey(source) !== refKey(named)) : sources;
    const recipient = others.length ? named : undefined;
    if (others.length) sources = others;
    for (const source of sources) {
      pledges.push({
        source,
        target: recipient ?? { kind: 'topic', name: what.slice(0, 80) },
        properties: pledgeProperties(what),
        rule,
      });
    }
  };
  // "agreed to send troops" pledges; "agreed to coordinate their response" does not: what one is willing to do gives.
  const willingTo = willingness && `${willingness[0]} ${clauseAfter(text, willingness.index + willingness[0].length)}`;
  if (
    willingness &&
    willingTo &&
    (GIVING.test(willingTo) ||
      ACCORD_KEPT.test(willingTo) ||
      SUPPORT_NOUNS.test(willingTo) ||
      findMoney(willingTo).length)
  )
    consider(willingness.index, willingness.index + willingness[0].length, true, 'pledged.willingness');
  for (const verb of verbs) {
    if (willingness && verb.start >= willingness.index && verb.end <= willingness.index + willingness[0].length)
      continue;
    // "confirmed £120m": a sum right after the verb; "confirmed troops had left" pledges nothing.
    if (MONEY_ONLY_VERBS.has(verb.lower) && findMoney(text.slice(verb.end, verb.end + 40))[0]?.start !== 1) continue;
    // "set to provide", "will send": the verb after an auxiliary still pledges.
    consider(
      verb.start,
      verb.end,
      STRONG_PLEDGE_VERBS.has(verb.lower),
      STRONG_PLEDGE_VERBS.has(verb.lower) ? 'pledged.verb' : 'pledged.support',
    );
  }
  // "put up a further $25m", "chipped in $5m", "stumped up £10m": a verb of two words that gives money.
  if (mayContain(state, PHRASAL_GIVING_CUES))
    for (const phrasal of allMatches(PHRASAL_GIVING, text)) {
      const end = phrasal.index + phrasal[0].length;
      // Only money: "put up troops at the border" stations them.
      if (findMoney(clauseAfter(text, end)).length) consider(phrasal.index, end, false, 'pledged.support');
    }
  pledges.push(...pastTotals(state));
  pledges.push(...receivedFrom(state));
  pledges.push(...announcementMade(state));
  pledges.push(...commitmentOf(state));
  pledges.push(...ledWith(state));
  pledges.push(...raisedTo(state));
  // "Norway's contribution of NOK 500m" beside other donors' verbs: a donor not already pledging in the sentence.
  const pledging = new Set(pledges.map((pledge) => JSON.stringify(pledge.source)));
  pledges.push(...nominalPledges(state).filter((pledge) => !pledging.has(JSON.stringify(pledge.source))));
  // Each verb of pledging its own list: "A announced €120m and B €60m, while C pledged NOK 200m".
  if (pledges.some((pledge) => pledge.properties.amount !== undefined))
    verbs.forEach((verb, index) => {
      const pledgers = new Set(pledges.map((pledge) => JSON.stringify(pledge.source)));
      pledges.push(...elidedPledges(state, verb.end, verbs[index + 1]?.start ?? text.length, pledgers));
    });
  return pledges;
}

/**
 * "A pledged $4.2 billion, B $2bn and C $1bn": the verb is written once, then each donor is followed by its sum. A
 * nation or organisation after a comma or "and" and right before a sum pledged it, to the same recipient if named.
 */
function elidedPledges(
  state: SentenceState,
  verbEnd: number,
  until: number,
  pledgers: ReadonlySet<string>,
): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  for (const mention of actorMentions(state)) {
    if (mention.start < verbEnd || mention.end > until) continue;
    if (mention.kind !== 'nation' && mention.kind !== 'organisation') continue;
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

/**
 * "welcomed the Chilean government's commitment to halt logging", "both countries' commitment to peace": a commitment
 * told as the owner's noun is the owner's pledge. Only an actor, or the government or authorities of a nation, owns it.
 */
const COMMITMENT_OF =
  /^(?:\s+(?:government|authorities|leadership|administration|people))?(?:['’]s|['’])\s+["“]?(?:(?:renewed|firm|full|strong|continued|unwavering|steadfast|unequivocal|clear|long-standing|stated)\s+)?commitments?\s+to\s+/iu;

const DOUBTED =
  /\b(?:doubts?|doubted|doubting|question(?:s|ed|ing)?|questionable|sceptic\w*|skeptic\w*|lack\s+of|tested|test\s+of|undermin\w*|worr\w*|concerns?|fears?|feared)\b[^.;]{0,40}$/i;
const COMMITMENT_CUES = ['commitment'];
// A pronoun owns one only as a pair ("both countries' commitment"): "he's" is no possessive.
const COMMITTING_KINDS = new Set(['person', 'nation', 'organisation', 'pronoun']);

function commitmentOf(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, COMMITMENT_CUES)) return found;
  // A speaker may tell it too: '"We welcome the Chilean authorities' commitments to ..."'.
  for (const mention of state.analysis.mentions) {
    if (!COMMITTING_KINDS.has(mention.kind)) continue;
    const commitment = COMMITMENT_OF.exec(text.slice(mention.end));
    // "doubts over Chile's commitment to the truce" questions a pledge; it tells none.
    if (!commitment || DOUBTED.test(text.slice(Math.max(0, mention.start - 60), mention.start))) continue;
    const what = clauseAfter(text, mention.end + commitment[0].length)
      .replace(/["“”]+/g, '')
      .trim();
    found.push(...sumPledged(state.refs.get(mention), what, 'pledged.commitment-of'));
  }
  return found;
}

const LED_WITH =
  /\b(?:led|leads|leading|topped|tops|topping)\s+(?:the\s+(?:way|pledges|donors|list|pack|table)\s+)?with\s+|\b(?:was|is|were|are|became|remains?)\s+(?:again\s+)?the\s+(?:(?:single\s+|second[- ]|third[- ])?(?:largest|biggest)|top|leading|main)\s+(?:single\s+)?(?:donors?|contributors?|pledgers?|backers?|funders?)\s+with\s+/gi;

/** "The EU's pledge of €1.5 billion", "$1 billion from Saudi Arabia" among pledges: a sum named as someone's gift. */
const NOMINAL_PLEDGE =
  /['’]s\s+(?:(?:new|additional|latest|initial|total|own)\s+)?(?:pledge|contribution|donation|commitment|gift|grant)\s+of\s+/gi;
const PLEDGE_NOUNS = /\b(?:pledges|contributions|donations|commitments|pledged|donors)\b/i;
const SUM_FROM = /^\s+from\s+(?:the\s+)?/i;

function nominalPledges(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, NOMINAL_PLEDGE_CUES)) return found;
  const add = (source: Ref | undefined, what: string) => found.push(...sumPledged(source, what, 'pledged.nominal'));
  for (const match of allMatches(NOMINAL_PLEDGE, text)) {
    const owner = actorMentions(state).find((mention) => mention.end === match.index && mention.kind !== 'pronoun');
    const at = match.index + match[0].length;
    const sum = findMoney(text.slice(at)).find((money) => money.start === 0);
    if (owner && sum) add(state.refs.get(owner), text.slice(at, at + sum.end));
  }
  // "Pledges included $1 billion from Saudi Arabia and $500 million from Qatar".
  if (PLEDGE_NOUNS.test(text))
    for (const sum of findMoney(text)) {
      const from = SUM_FROM.exec(text.slice(sum.end, sum.end + 12));
      const donor = from && actorMentions(state).find((mention) => mention.start === sum.end + from[0].length);
      if (donor && donor.kind !== 'pronoun') add(state.refs.get(donor), text.slice(sum.start, sum.end));
    }
  return found;
}

/** "would double its contribution to C$200 million": the new sum is pledged. */
const RAISED_TO =
  /\b(?:doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|top(?:s|ped|ping)?\s+up)\s+(?:its|their|his|her|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:contributions?|funding|aid|assistance|support|pledges?|commitments?|donations?|spending)(?:\s+(?:to|for)\s+(?:the\s+)?[^,;.$€£\d]{1,40}?)?\s+to\s+/giu;

const NOMINAL_PLEDGE_CUES = ['pledge', 'contribution', 'donation', 'commitment', 'gift', 'grant', 'donor'];
const WILLINGNESS_CUES = ['willingness', 'readiness', ' to '];
/** Verbs of giving after an offer: "offered to send", "agreed to host", "ready to lend". */
const GIVING =
  /\bto\s+(?:send|provide|give|contribute|deploy|supply|fund|finance|lend|host|train|deliver|grant|allocate|donate|pay|cover|match|rebuild|reconstruct|release|admit|receive|take\s+in|keep\s+up|join|build|open|set\s+up|establish|invest)\b/i;
const PHRASAL_GIVING =
  /\b(?:(?:put|puts|putting)\s+up|(?:set|sets|setting)\s+aside|(?:chip|chips|chipped|chipping)\s+in|(?:stump|stumps|stumped|stumping)\s+up|(?:come|comes|came|coming)\s+up\s+with)\b/gi;
const PHRASAL_GIVING_CUES = ['put', 'chip', 'stump', 'up with', 'aside'];
/** Accords kept after a promise: "agreed to extend the ceasefire", "agreed to an immediate truce". */
const ACCORD_KEPT =
  /\bto\s+(?:(?:extend|prolong|observe|respect|uphold|maintain|honou?r|implement|abide\s+by|sign|declare|restore)\s+)?(?:(?:an?|the|their|its)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:ceasefire|cease-fire|truce|armistice|peace\s+(?:deal|agreement|accord|plan))\b/iu;
const RAISED_TO_CUES = [
  'contribution',
  'funding',
  'aid',
  'assistance',
  'support',
  'pledge',
  'commitment',
  'donation',
  'spending',
];

function raisedTo(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, RAISED_TO_CUES)) return found;
  for (const match of allMatches(RAISED_TO, text)) {
    const from = match.index + match[0].length;
    const sum = findMoney(text.slice(from)).find((money) => money.start === 0);
    if (!sum) continue;
    const what = text.slice(from, from + sum.end);
    for (const source of subjectsOf(state, match.index)) found.push(...sumPledged(source, what, 'pledged.raised-to'));
  }
  return found;
}
const FOLLOWED_BY = /\b(?:followed|trailed)\s+by\s+/gi;

/**
 * A donors' table told as a race: "Germany led with €400m, followed by Japan with $250m". A sum right after "with" is
 * what the leader, and each one following, gave.
 */
const LED_WITH_CUES = [
  'led',
  'leads',
  'leading',
  'topp',
  'tops',
  'donor',
  'contributor',
  'pledger',
  'backer',
  'funder',
];

function ledWith(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  if (!mayContain(state, LED_WITH_CUES)) return found;
  const sumAt = (offset: number) => {
    const sum = findMoney(text.slice(offset)).find((money) => money.start === 0);
    return sum ? text.slice(offset, offset + sum.end) : null;
  };
  const add = (source: Ref | undefined, what: string | null) =>
    found.push(...sumPledged(source, what, 'pledged.led-with'));
  for (const led of allMatches(LED_WITH, text)) {
    const what = sumAt(led.index + led[0].length);
    if (what) for (const source of subjectsOf(state, led.index)) add(source, what);
  }
  if (!found.length) return found;
  for (const followed of allMatches(FOLLOWED_BY, text)) {
    const next = actorRightOf(state, followed.index + followed[0].length, 4);
    const gap = next ? /^\s+with\s+/i.exec(text.slice(next.mention.end)) : null;
    if (next && gap) add(next.ref, sumAt(next.mention.end + gap[0].length));
  }
  return found;
}

/** "This comes on top of a £2.2bn loan": money in the sentence after a pledge, pledged by the same actor. */
export function continuedPledges(state: SentenceState, pledger: Ref): RuleClaim[] {
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

const THREAT =
  /^(?:retaliate|respond in kind|hit back|strike back|fight|resist|punish|block|veto|reject|oppose|boycott|scrap|cancel|suspend|denounce|condemn|sue|take countermeasures|impose (?:counter-?)?(?:tariffs|sanctions)|(?:keep up|step up|maintain|increase|intensify|continue)\s+(?:the\s+|its\s+|their\s+)?(?:military\s+|economic\s+)?(?:pressure|strikes|attacks|offensive|fighting|war|operations))\b/i;
