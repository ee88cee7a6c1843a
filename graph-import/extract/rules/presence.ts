/**
 * Presence as reporters write it, each a named rule: the passive ("was attended by", "a declaration signed by"),
 * speeches and remarks "from" people, a leading participle ("Chairing a meeting of the council, X said"), hosts
 * "along with" a co-host, and an audience ("with the leaders of A and B in the audience"). The event is the one the
 * sentence names, else the article's main one.
 */
import type { ArticleContext } from '../article-context.js';
import {
  actorMentions,
  actorRightOf,
  actorsLeftOf,
  FUTURE,
  mayContain,
  listAt,
  LISTABLE,
  meetingPlace,
  PERSON_LIKE,
  type SentenceState,
} from '../clause.js';
import { nationOfPlace } from '../lexicon/nations.js';
import { outerStart } from '../mentions.js';
import type { Ref } from '../refs.js';
import type { Link, RuleId } from './catalogue.js';
import { allMatches } from '../tokens.js';

const PRESENCE_RULES: {
  id: RuleId;
  pattern: RegExp;
  /** Words of which the pattern needs one: without any, the pattern is not tried. */
  cues?: readonly string[];
  /**
   * Whoever stands before the match took part too, when the match reads so: "X was represented by Y", "X took her
   * seat between A and B" (the nearest person with `preferPeople`).
   */
  subjectPresent?: { when: RegExp; preferPeople: boolean };
  who: 'list-after' | 'first-person-after' | 'audience' | 'subjects-before' | 'everyone' | 'parties-and-broker';
}[] = [
  {
    id: 'attended.met-counterparts',
    pattern:
      /\b(?:met|held\s+talks)\s+(?:with\s+)?(?:their|his|her|its|the)\s+(?:[\p{L}-]+\s+){0,2}(?:counterparts?|officials|ministers|leaders|delegations?|envoys|representatives|hosts?)\b/iu,
    cues: ['met', 'talks'],
    who: 'subjects-before',
  },
  {
    id: 'attended.passive',
    pattern:
      /\b(?:was|were|been|being)\s+(?:also\s+)?(?:attended|signed|opened|addressed|hosted|co-?hosted|chaired|co-?chaired|joined|delivered|given|made|represented|accompanied|flanked|greeted|headed|led(?:\s+into\s+the\s+\w+)?)(?:\s+(?:at|in|on|during|for)\s+(?:the|a|an)\s+[\p{L}-]+)?\s+by\s+(?:(?:the\s+)?(?:representatives|delegations|delegates|envoys|officials|leaders)\s+(?:from|of)\s+)?/iu,
    subjectPresent: { when: /\b(?:represented|accompanied|flanked|greeted)\b/i, preferPeople: false },
    cues: [' by'],
    who: 'list-after',
  },
  {
    id: 'attended.gave-speech',
    pattern:
      /\b(?:gave|delivered|made)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}(?:speech|address|keynote|remarks)\b(?![^.;]*?\b(?:in|at|to)\s+(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)*(?:Parliament|Congress|Senate|University|College|Assembly|Chamber|Council))/u,
    cues: ['speech', 'address', 'keynote', 'remarks'],
    who: 'subjects-before',
  },
  {
    id: 'attended.handover',
    pattern:
      /\b(?:handed|hands|passed|passes)\s+(?:over\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:chairmanship|chair|presidency|gavel|baton|leadership)\s+(?:over\s+)?to\s+/iu,
    cues: ['handed', 'hands', 'passed', 'passes'],
    who: 'parties-and-broker',
  },
  {
    // "Azerbaijan sent presidential envoy X", "sent its foreign minister, X,": X went, and the sender was represented.
    id: 'attended.sent',
    pattern:
      /\b(?:sent|sending|sends|dispatched|dispatching)\s+(?:(?:its|his|her|their)\s+)?(?=(?:a\s+|an\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:envoy|minister|secretary|ambassador|delegation|representative|president|vice[- ]president|deputy|adviser|advisor|negotiator|chief)s?\b)/iu,
    cues: ['sent', 'sending', 'sends', 'dispatch'],
    subjectPresent: { when: /^/, preferPeople: false },
    who: 'list-after',
  },
  {
    // "X joined by video link", "addressed the summit virtually": taking part from afar is taking part.
    id: 'attended.remotely',
    pattern:
      /\b(?:joined|joins|joining|attended|attends|attending|participated|participates|addressed|addresses|spoke)\s+(?:(?:the|this)\s+(?:[\p{L}-]+\s+)?(?:summit|meeting|talks|conference|session|gathering|forum)\s+)?(?:by\s+video(?:\s*link|conference|\s+call)?|via\s+video(?:\s*link|conference)?|virtually|remotely|online)\b/iu,
    cues: ['video', 'virtual', 'remote', 'online'],
    who: 'subjects-before',
  },
  {
    // "The United States, represented by Deputy Secretary X, committed ...": both took part.
    id: 'attended.passive',
    pattern: /,\s+(?:represented|accompanied)\s+by\s+/i,
    cues: ['represented', 'accompanied'],
    subjectPresent: { when: /^/, preferPeople: false },
    who: 'list-after',
  },
  {
    // "X represented President Y, who stayed home": X was there for Y (not "was represented by", see the passive).
    id: 'attended.represented-someone',
    pattern:
      /\brepresent(?:ed|s|ing)\s+(?=(?:his|her|their|its|the)\s+(?:country|nation|government|president|prime\s+minister|king|leader)\b|(?:President|Prime\s+Minister|King|Queen|Emir|Chancellor|Premier)\s+\p{Lu})/u,
    cues: ['represent'],
    who: 'subjects-before',
  },
  {
    // "with X hosting counterparts from A, B and C": the host and the nations whose leaders came.
    id: 'attended.hosting-counterparts',
    pattern: /\b(?:hosting|hosted|hosts|welcoming|welcomed|welcomes)\s+(?:his|her|their)?\s*counterparts\s+from\s+/iu,
    cues: ['counterparts'],
    subjectPresent: { when: /^/, preferPeople: true },
    who: 'list-after',
  },
  {
    // "X, who is attending as a dialogue partner, announced": a relative clause telling the one before it took part.
    id: 'attended.who-attended',
    pattern:
      /,\s+who\s+(?:(?:is|was|are|were|had|has|have)\s+)?(?:also\s+)?(?:attending|attended|taking\s+part|took\s+part|participating|participated|present|in\s+attendance)\b(?!\s+(?:in\s+)?(?:a|an|the|this|that|his|her|its|their)\b)/iu,
    cues: ['attend', 'part'],
    who: 'subjects-before',
  },
  {
    // "A and B arrived together", "X arrived in Apia on Monday": arriving where the article's event is held.
    id: 'attended.arrival',
    pattern:
      /\b(?:arriv(?:ed|es|ing)|(?:flew|flies|flying)\s+in(?:to)?|touched\s+down|landed(?=\s+(?:in|at)\s+\p{Lu})|(?:among|one\s+of)\s+the\s+(?:first|last)\s+(?:\w+\s+)?to\s+arrive)\b(?!\s+at\s+(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+)?(?:decision|conclusion|agreement|deal|consensus|compromise|verdict|figure|number|total|point|understanding|solution)\b)/u,
    cues: ['arriv', 'flew', 'flies', 'flying', 'touched', 'landed'],
    who: 'subjects-before',
  },
  {
    // "Chile, Peru and Bolivia sent delegations to the summit": who sent them took part.
    id: 'attended.sent-delegation',
    pattern:
      /\b(?:sent|dispatched)\s+(?:(?:a|an|its|their|his|her|high-level|large|small|senior|official)\s+)*(?:[\p{Ll}-]+\s+){0,2}?(?:delegations?|envoys?|representatives?|ministers?|teams?|observers?|officials?)\s+to\s+(?:the|this|that|a)\s/iu,
    cues: ['sent', 'dispatched'],
    who: 'subjects-before',
  },
  {
    // "X, the summit's host, welcomed ...": a person named as the event's host or chair.
    id: 'attended.host-apposition',
    pattern:
      /,\s+(?:(?:the|its|our)\s+(?:(?:summit|conference|meeting|forum|talks)(?:['’]s)?\s+)?(?:host|co-?host|chair|co-?chair|chairman|chairwoman|chairperson|convener|convenor),|(?:the\s+)?(?:host|co-?host|chair|co-?chair|chairman|chairwoman|chairperson|convener|convenor)\s+of\s+(?:the|this|last|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+['’]s\s+)?(?:[\p{L}-]+\s+){0,2}?(?:summit|conference|meeting|gathering|forum|talks)\b)/iu,
    cues: ['host', 'chair', 'conven'],
    who: 'subjects-before',
  },
  {
    // "received a delegation of envoys from A, B and C": those who sent it took part, and the host.
    id: 'attended.received-delegation',
    pattern:
      /\b(?:received|receives|receiving|hosted|hosts|welcomed|welcomes)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:delegations?|envoys|ministers|representatives|leaders)\s+(?:of\s+(?:[\p{Ll}-]+\s+){1,2})?(?:from|of)\s+(?:the\s+)?/iu,
    cues: ['received', 'receives', 'receiving', 'hosted', 'hosts', 'welcomed', 'welcomes'],
    subjectPresent: { when: /^/, preferPeople: true },
    who: 'list-after',
  },
  {
    // "The delegation, led by X, briefed ...": who led it was there.
    id: 'attended.led-delegation',
    pattern: /\b(?:delegations?|team|mission|envoys),?\s+(?:led|headed)\s+by\s+/i,
    cues: ['led', 'headed'],
    who: 'list-after',
  },
  {
    id: 'attended.remarks-from',
    pattern:
      /\b(?:speeches|speech|remarks|addresses|address|statements|welcome)\s+(?:from|by)\s+(?:(?:key|several|world|other)\s+)?(?:leaders|officials|speakers)?,?\s*(?:including\s+|such as\s+)?/i,
    cues: ['speech', 'remarks', 'address', 'statement', 'welcome'],
    who: 'list-after',
  },
  {
    // "The final communique, read out by Secretary-General X, called ...": who read it out was there.
    id: 'attended.remarks-from',
    pattern: /\b(?:communiqu[eé]|declaration|statement|resolution|message),\s+read\s+(?:out\s+)?by\s+/i,
    cues: ['read'],
    who: 'list-after',
  },
  {
    id: 'attended.along-with',
    pattern: /\b(?:(?:along|together)\s+with|alongside)\s+/i,
    cues: ['along', 'together'],
    who: 'list-after',
  },
  {
    id: 'attended.leading-participle',
    pattern:
      /^(?:chairing|co-?chairing|hosting|co-?hosting|addressing|opening|attending|presiding over|speaking (?:at|to|before|on the (?:sidelines|margins))|in\s+(?:a|an|his|her|their|its)\s+(?:[\p{L}-]+\s+)?(?:speech|address|remarks)\s+(?:to|at|before)\b|in\s+(?:his|her|their|its)\s+(?:opening\s+|closing\s+|keynote\s+)?(?:speech|address|remarks)(?=,))[^,]{0,80},\s*/iu,
    who: 'first-person-after',
  },
  {
    id: 'attended.host',
    pattern:
      /\b(?:(?:beside|alongside|with|next to|by)\s+(?:the|their|its)\s+(?:summit\s+|conference\s+|meeting\s+)?host,?\s+|(?:^|,\s+(?:while|as|and)\s+|\bwhile\s+)the\s+(?:summit['’]s\s+|conference['’]s\s+|meeting['’]s\s+)?host,\s+)/i,
    cues: ['host'],
    who: 'first-person-after',
  },
  { id: 'attended.among-them', pattern: /^\s*among\s+them\s+(?:were|was|are)\s+/i, cues: ['among'], who: 'list-after' },
  {
    id: 'attended.involving',
    pattern:
      /\b(?:involving|bringing together|brought together)\s+(?:[^,;.]{0,60}?,?\s+(?:including|such as)\s+|(?:representatives|delegations|delegates|envoys|officials|leaders)\s+(?:from|of)\s+)?/i,
    cues: ['involving', 'bringing', 'brought'],
    who: 'list-after',
  },
  {
    id: 'attended.participation',
    pattern:
      /\b(?:with|in)\s+the\s+(?:participation|presence)\s+of\s+(?:[^,;.]{0,60}?,?\s+(?:including|such as)\s+|(?:representatives|delegations|delegates|envoys|officials|leaders)\s+(?:from|of)\s+)?/i,
    cues: ['participation', 'presence'],
    who: 'list-after',
  },
  {
    id: 'attended.family-photo',
    pattern: /\b(?:family|group|official|traditional)\s+(?:[\p{L}-]+\s+)?photo(?:graph)?\b/iu,
    cues: ['photo', 'photograph'],
    who: 'everyone',
  },
  {
    // "standing between A and B", "took her seat next to A" (in a line-up, at a table): who stands or sits there was
    // present.
    id: 'attended.standing-beside',
    pattern:
      /\b(?:stood|stands|standing|sat|sits|sitting|seated|posed|posing|(?:took|takes|taking)\s+(?:his|her|their|its)\s+(?:seats?|places?))\s+(?:between|next\s+to|beside|alongside)\s+(?:the\s+)?/i,
    cues: ['stood', 'stand', 'sat', 'sits', 'sitting', 'seated', 'pos', 'seat', 'place'],
    subjectPresent: { when: /^/, preferPeople: true },
    who: 'list-after',
  },
  {
    id: 'attended.brokered',
    pattern:
      /\b(?:brokered|mediated|negotiated|sealed|reached|struck|signed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:truce|ceasefire|cease-fire|deal|agreement|accord)\s+between\s+(?:the\s+)?/iu,
    cues: ['between'],
    who: 'parties-and-broker',
  },
  {
    id: 'attended.audience',
    pattern:
      /\bwith\s+(?:the\s+)?(?:leaders|heads of (?:state|government)|representatives|delegations|envoys|ministers)\s+(?:of|from)\s+/i,
    cues: ['audience', 'looking on', 'attendance', 'present'],
    who: 'audience',
  },
  {
    // "X welcomed leaders to the summit venue": whoever welcomes those taking part hosts the event.
    id: 'attended.welcomed-participants',
    pattern:
      /\b(?:welcomed|welcomes|welcoming|greeted|greets|greeting)\s+(?:the\s+|fellow\s+|visiting\s+|foreign\s+|world\s+)*(?:leaders|delegates|delegations|participants|guests|ministers|heads\s+of\s+(?:state|government))\b/iu,
    cues: ['welcom', 'greet'],
    who: 'subjects-before',
  },
  {
    // "After receiving a red carpet welcome, X defended ...": X arrived where the event is.
    id: 'attended.welcomed',
    pattern:
      /\b(?:after|upon|on)\s+(?:receiving|being\s+given|being\s+accorded|being\s+greeted\s+with)\s+(?:a|an)\s+(?:red[- ]carpet|ceremonial|warm|official|state|lavish)\s+(?:welcome|reception)\b/iu,
    cues: ['welcome', 'reception'],
    who: 'first-person-after',
  },
  {
    // "X was accorded a ceremonial welcome", "X received a red carpet welcome".
    id: 'attended.welcomed',
    pattern:
      /\b(?:(?:was|were)\s+(?:given|accorded|greeted\s+with)|received|receives)\s+(?:a|an)\s+(?:red[- ]carpet|ceremonial|warm|official|state|lavish)\s+(?:welcome|reception)\b/iu,
    cues: ['welcome', 'reception'],
    who: 'subjects-before',
  },
  {
    // "A and B were among the leaders at the meeting": among those at the event.
    id: 'attended.among-those-at',
    pattern:
      /\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:leaders|participants|attendees|delegates|guests|dignitaries|ministers|heads\s+of\s+(?:state|government))\s+(?:at|attending|present(?:\s+(?:at|for))?|in\s+attendance(?:\s+at)?|on\s+hand(?:\s+(?:at|for))?)\b|\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:heads\s+of\s+(?:the\s+)?delegations?|participants|attendees|delegates)(?=\s*[,.;]|\s+(?:along|alongside|together|with|who|on|in)\b)/iu,
    cues: ['among'],
    who: 'subjects-before',
  },
];

const AUDIENCE_END = /^[^.;]{0,60}?\b(?:in the audience|looking on|in attendance|present)\b/i;

export function extractPresence(state: SentenceState, context: ArticleContext): Link[] {
  const { analysis, sentence, refs } = state;
  const text = sentence.text;
  const found: Link[] = [];
  const named = analysis.mentions.find((mention) => mention.kind === 'event');
  const known = (named && refs.get(named)) || context.mainEvent();
  // Whether the sentence tells of something to come, read outside its quotations ("who vowed “Russia will pay”").
  let unquoted = text;
  for (const [from, to] of analysis.quoted)
    unquoted = unquoted.slice(0, from) + ' '.repeat(to - from) + unquoted.slice(to);
  if (FUTURE.test(unquoted)) return found;
  for (const rule of PRESENCE_RULES) {
    if (rule.cues && !mayContain(state, rule.cues)) continue;
    // Every match: "the government side was headed by A, while the other side was led by B".
    for (const match of allMatches(globalPattern(rule.pattern), text)) {
      if (state.analysis.quoted.some(([from, to]) => match.index >= from && match.index < to)) continue;
      // "X, who is attending, said", "X represented Y": only where the article has an event to attend.
      if (
        (rule.id === 'attended.who-attended' ||
          rule.id === 'attended.represented-someone' ||
          rule.id === 'attended.welcomed-participants') &&
        !known
      )
        continue;
      if (rule.id === 'attended.arrival' && !arrivedAtEvent(text.slice(match.index + match[0].length), known, context))
        continue;
      // A meeting told by its verb is an event of its own when the article names none.
      const event =
        known ?? (rule.who === 'subjects-before' ? context.gathering(meetingPlace(text), sentence) : EVENT_NAMED_LATER);
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
        // "joined by the Minister of Foreign Affairs, Ambassador X, and ...": the person named after the title.
        if (first?.kind === 'descriptor') {
          const descriptor = first;
          first = actorMentions(state).find(
            (mention) =>
              mention.kind === 'person' &&
              /^\s*,\s*$/.test(text.slice(descriptor.end, outerStart(state.analysis, mention))),
          );
        }
        if (!first || !LISTABLE.has(first.kind)) continue;
        // "the UK prime minister X": the nation qualifies the person after it, who is the one present.
        const qualified =
          first.kind === 'person'
            ? undefined
            : actorMentions(state).find(
                (mention) =>
                  mention.kind === 'person' &&
                  mention.start > first!.end &&
                  // The person's title begins with this nation ("Thailand's 38-year-old Prime Minister X"), or follows
                  // it closely.
                  (mention.from <= first!.from ||
                    (mention.start - first!.end < 30 && !/[,;]|\band\b/.test(text.slice(first!.end, mention.start)))),
              );
        first = qualified ?? first;
        for (const mention of listAt(state, first.start, LISTABLE)) found.push([refs.get(mention)!, event, rule.id]);
        const present = rule.subjectPresent;
        if (present?.when.test(match[0]))
          for (const actor of actorsLeftOf(state, match.index, present.preferPeople))
            // A nation or body sending its envoy was represented; a person who sent someone "in his place" was not there.
            if (rule.id !== 'attended.sent' || actor.kind === 'nation' || actor.kind === 'organisation')
              found.push([actor, event, rule.id]);
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
        // A family photo of the event: whoever the sentence names as being in it was there; not one who stayed out of it.
        if (STAYED_OUT.test(text.slice(0, match.index))) continue;
        for (const mention of actorMentions(state))
          if (PERSON_LIKE.has(mention.kind) && mention.kind !== 'pronoun')
            found.push([refs.get(mention)!, event, rule.id]);
        // "... and the leaders of Egypt, Ethiopia and Indonesia posed": the nations whose leaders are in it.
        const leadersOf = /\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|delegations)\s+of\s+(?:the\s+)?/gi;
        for (const lead of allMatches(leadersOf, text.slice(0, match.index)))
          for (const mention of listAt(state, lead.index + lead[0].length, LISTABLE))
            if (!PERSON_LIKE.has(mention.kind)) found.push([refs.get(mention)!, event, rule.id]);
        continue;
      }
      if (rule.who === 'subjects-before') {
        for (const actor of actorsLeftOf(state, match.index, false)) found.push([actor, event, rule.id]);
        continue;
      }
      if (rule.who === 'first-person-after') {
        // "..., Peru's Luis Vega called": the person, past a nation's possessive.
        const person = actorMentions(state).find(
          (mention) => PERSON_LIKE.has(mention.kind) && mention.start >= after && mention.start - after <= 60,
        );
        if (person) found.push([refs.get(person)!, event, rule.id]);
        continue;
      }
      const list = listAt(state, after, LISTABLE);
      if (rule.who === 'audience' && (!list.length || !AUDIENCE_END.test(text.slice(list.at(-1)!.end)))) continue;
      for (const mention of list) found.push([refs.get(mention)!, event, rule.id]);
    }
  }
  return found;
}

const globalPatterns = new Map<RegExp, RegExp>();

/** The pattern with the global flag, to find its every match. */
function globalPattern(pattern: RegExp): RegExp {
  let global = globalPatterns.get(pattern);
  if (!global) globalPatterns.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags}g`)));
  return global;
}

/**
 * Whether an arrival is at the event the sentence is about: there is one, and the arrival names no other place ("arrived
 * in Apia" where the event is in Apia; not "arrived back in Canberra").
 */
function arrivedAtEvent(after: string, event: Ref | null, context: ArticleContext): boolean {
  if (!event) return false;
  if (/^\s+(?:back|home)\b/i.test(after)) return false;
  const place = /^\s+(?:in|at)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/u.exec(after)?.[1];
  const held = context.placeOf(event);
  if (!place || !held || held.includes(place) || place.includes(held)) return true;
  // "arrived in Nuku'alofa" for a summit in Tonga: the capital of the nation where it is held.
  const nation = nationOfPlace(place);
  return !!nation && nation === nationOfPlace(held);
}

/** Staying out of what follows: "declined to join the family photo", "skipped the photo". */
const STAYED_OUT =
  /\b(?:declined|refused|skipped|snubbed|shunned|missed|boycotted|avoided|absent\s+from|stayed\s+(?:out|away)|did\s+not|didn['’]t|was\s+not|wasn['’]t)\b[^.;]*$/i;

/** "the African Union mediation team led by X": a body's team, right after the body's name. */
const LED_BY = /\s+(?:[\p{L}-]+\s+)?(?:team|delegation|mission|panel|envoys?)\s+(?:led|headed)\s+by\b/u;

/** Rules whose list may begin after a lower-case title ("speeches from the UK prime minister X"). */
const LIST_AFTER_TITLE: ReadonlySet<RuleId> = new Set([
  'attended.hosting-counterparts',
  'attended.along-with',
  'attended.received-delegation',
  'attended.led-delegation',
  'attended.sent',
  'attended.standing-beside',
  'attended.remarks-from',
  'attended.passive',
  'attended.involving',
  'attended.participation',
]);

/** The event of presence told before the article names its event: the article's main event, once it has one. */
export const EVENT_NAMED_LATER: Ref = { kind: 'event', key: '(named later)' };

/** A verb of taking part or acting at an event before "along with". */
const ATTEND_BEFORE =
  /\b(?:attend\w*|host\w*|co-?host\w*|chair\w*|co-?chair\w*|join\w*|address\w*|open\w*|sign\w*|mediat\w*|spoke|speaking)\b/i;
