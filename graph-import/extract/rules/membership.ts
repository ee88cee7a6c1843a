/**
 * Membership: a nation (or a body) that belongs to an organisation, as reporters say it in passing: "NATO members
 * Poland and Estonia", "Finland, a NATO member,", "Chile, a member of the WTO,", "Sweden joined NATO",
 * "Norway is not a member of the EU" (no claim).
 */
import { actorMentions, actorRightOf, listAt, type ActorMention, type SentenceState } from '../clause.js';
import type { RuleClaim, RuleId } from './catalogue.js';

const MEMBERS = new Set(['nation', 'organisation']);
/** The noun for members right after an organisation: "NATO members", "EU member states", "fellow G7 countries". */
const MEMBER_NOUN_AFTER =
  /^\s+(?:member\s+(?:states?|countries|nations)|members?|allies)\b\s*(?:,\s*)?(?:such\s+as\s+|including\s+|like\s+)?/i;
/** An apposition naming membership: ", a NATO member", ", a fellow EU member state", ", a member of the WTO". */
const APPOSITION =
  /^\s*,\s+(?:a|an|another|one)\s+(?:fellow\s+|founding\s+|full\s+|key\s+)?(?:(?=\S+\s+(?:member|ally)\b)|member\s+(?:state\s+|country\s+)?of\s+(?:the\s+)?)/i;
const APPOSITION_NOUN = /^\s+(?:member(?:\s+(?:state|country|nation))?|ally)\b/i;
/** A predicate of membership: "is a member of", "became a full member of", "joined". */
const PREDICATE =
  /^\s+(?:(?:is|was|are|were|became|becomes|remains|remained|has\s+been|had\s+been)\s+(?:a|an)\s+(?:fellow\s+|founding\s+|full\s+)?member\s+(?:state\s+)?of\s+(?:the\s+)?|(?:formally\s+|officially\s+)?(?:joined|joins|acceded\s+to)\s+(?:the\s+)?)$/i;

function organisationAt(state: SentenceState, offset: number, maxGap: number): ActorMention | null {
  const right = actorRightOf(state, offset, maxGap);
  return right && right.mention.kind === 'organisation' ? right.mention : null;
}

/** The memberships a sentence states. */
export function extractMembership(state: SentenceState): RuleClaim[] {
  const text = state.sentence.text;
  const found: RuleClaim[] = [];
  const claim = (member: ActorMention, body: ActorMention, rule: RuleId) => {
    if (member === body) return;
    found.push({ source: state.refs.get(member)!, target: state.refs.get(body)!, properties: {}, rule });
  };
  const mentions = actorMentions(state);
  for (const mention of mentions) {
    const after = text.slice(mention.end);
    // "NATO members Poland and Estonia", "EU member states such as Malta".
    if (mention.kind === 'organisation') {
      const noun = MEMBER_NOUN_AFTER.exec(after);
      if (noun)
        for (const member of listAt(state, mention.end + noun[0].length, MEMBERS))
          claim(member, mention, 'member.list');
      continue;
    }
    if (mention.kind !== 'nation') continue;
    // "Finland, a NATO member," / "Chile, a member of the WTO,".
    const apposition = APPOSITION.exec(after);
    if (apposition) {
      const body = organisationAt(state, mention.end + apposition[0].length, 1);
      const noun = body
        ? APPOSITION_NOUN.test(text.slice(body.end)) || /of\s+(?:the\s+)?$/i.test(apposition[0])
        : false;
      if (body && noun && !/\bnot\b/i.test(apposition[0])) claim(mention, body, 'member.apposition');
      continue;
    }
    // "Sweden joined NATO in 2024", "Chile is a member of the WTO"; never "is not a member".
    const next = mentions.find((other) => other.start >= mention.end);
    if (next?.kind === 'organisation' && PREDICATE.test(text.slice(mention.end, next.start)))
      claim(mention, next, 'member.is');
  }
  return found;
}
