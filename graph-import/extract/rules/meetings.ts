/** People who met, named together before the verb: "A and B held talks", "A and B met in Geneva", "held a summit". */
import {
  actorRightOf,
  actorsLeftOf,
  FUTURE,
  listAt,
  mayContain,
  PERSON_LIKE,
  verbTokens,
  type SentenceState,
} from '../clause.js';
import type { Ref } from '../refs.js';
import { MEET_VERBS } from '../lexicon/verbs.js';
import { allMatches } from '../tokens.js';
import type { Link } from './catalogue.js';

const MET_TOGETHER =
  /\s(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,3}(?:talks|summit|meeting)\b|\s(?:met|meet)(?=\s+(?:in|at|on|for|during|after|before|privately|briefly|again)\b|[.,;]|$)/i;
/** "with" after the verb, a time or a manner between: "met today with", "met on Tuesday with", "met privately with". */
const WITH_AFTER_VERB =
  /^\s+(?:(?:today|yesterday|tonight|earlier|later|again|also|briefly|privately|separately|virtually|on\s+\p{Lu}\p{Ll}+day|(?:this|last|on\s+\p{Lu}\p{Ll}+day)\s+(?:morning|afternoon|evening|night|week))\s+)?with\b/iu;
const MEETING_WITH = /\b(?:meeting|talks|(?:working\s+)?(?:breakfast|lunch|luncheon|dinner))\s+with\s+/gi;
/** A call: "held a phone call with X", "spoke by phone with X"; "A and B spoke by phone". */
const CALL_WITH =
  /\b(?:(?:phone|telephone|video)\s+)?(?:call|conversation)\s+with\s+|\b(?:spoke|talked)\s+(?:by\s+(?:phone|telephone|video\s*link)|on\s+the\s+(?:phone|telephone))\s+with\s+/gi;
const CALLED_TOGETHER =
  /\s(?:spoke|talked)\s+(?:by\s+(?:phone|telephone|video\s*link)|on\s+the\s+(?:phone|telephone))\b(?!\s+(?:with|to)\b)/i;
const CALL_CUES = ['call', 'phone', 'video', 'conversation'];

const CALLED_ON = /\b(?:called|calls|calling)\s+on\s+/gi;
const CALLED_ON_CUES = ['call'];

/** Meetings: "X met Y", "a meeting with Y", "held talks with Y". */

export function extractMeetings(state: SentenceState): Link[] {
  const text = state.sentence.text;
  const found: Link[] = [];
  // Everyone met, when several are named: "held talks with A and B".
  const metAt = (offset: number, maxGap: number): Ref[] => {
    // "received his counterpart X", "welcomed their host, X".
    offset += /^\s*(?:his|her|their|its|the)(?=\s)/i.exec(text.slice(offset))?.[0].length ?? 0;
    const first = actorRightOf(state, offset, maxGap);
    if (!first || !PERSON_LIKE.has(first.mention.kind)) return [];
    const list = listAt(state, first.mention.start, PERSON_LIKE);
    return list.length > 1 ? list.map((mention) => state.refs.get(mention)!) : [first.ref];
  };
  const clauseBefore = (offset: number) =>
    text
      .slice(0, offset)
      .split(/[;.]|\bbut\b/)
      .at(-1)!;
  for (const verb of verbTokens(state, MEET_VERBS)) {
    // "started his day by meeting X": the gerund after "by", "after" or "before" meets as the verb does.
    const gerund = verb.lower === 'meeting' && /\b(?:by|after|before|while|when)\s+$/i.test(text.slice(0, verb.start));
    if ((verb.lower === 'meeting' && !gerund) || FUTURE.test(clauseBefore(verb.start))) continue;
    // "a ceremony hosted by X": the passive names the host, who met no one by it.
    if (/^\s+by\b/i.test(text.slice(verb.end))) continue;
    // "met with X", "met today with X": the one met comes after "with".
    const withWord = WITH_AFTER_VERB.exec(text.slice(verb.end));
    const objects = metAt(verb.end + (withWord ? withWord[0].length : 0), 4);
    for (const subject of objects.length ? actorsLeftOf(state, verb.start, true) : [])
      for (const object of objects) found.push([subject, object, 'met.verb']);
  }
  // The subject met whoever follows the phrase: "held talks with X", "a phone call with X".
  const metAfter = (pattern: RegExp, rule: Link[2]) => {
    for (const match of allMatches(pattern, text)) {
      if (FUTURE.test(clauseBefore(match.index))) continue;
      const objects = metAt(match.index + match[0].length, 2);
      for (const subject of objects.length ? actorsLeftOf(state, match.index, true) : [])
        for (const object of objects) found.push([subject, object, rule]);
    }
  };
  // People named together as the subject met each other: "Weber and Martin held talks", "A and B spoke by phone".
  const metEachOther = (at: number, rule: Link[2]) => {
    const people = actorsLeftOf(state, at, false);
    if (people.length >= 2 && people.every((ref) => ref.kind === 'person' || ref.kind === 'descriptor'))
      for (let i = 0; i < people.length; i++)
        for (let j = i + 1; j < people.length; j++) found.push([people[i]!, people[j]!, rule]);
  };
  metAfter(MEETING_WITH, 'met.meeting-with');
  if (mayContain(state, CALL_CUES)) {
    metAfter(CALL_WITH, 'met.call');
    const together = CALLED_TOGETHER.exec(text);
    if (together && !FUTURE.test(clauseBefore(together.index))) metEachOther(together.index, 'met.call');
  }
  // "The foreign minister called on Prime Minister X": a courtesy call, not "called on X to resign", an appeal.
  for (const match of mayContain(state, CALLED_ON_CUES) ? allMatches(CALLED_ON, text) : []) {
    const objects = metAt(match.index + match[0].length, 2);
    const last = objects.length ? listAt(state, match.index + match[0].length, PERSON_LIKE).at(-1) : undefined;
    const appeal = /^\s*,?\s*(?:to|for|not)\b/i.test(text.slice(last?.end ?? match.index + match[0].length));
    if (FUTURE.test(clauseBefore(match.index)) || appeal) continue;
    for (const subject of objects.length ? actorsLeftOf(state, match.index, true) : [])
      for (const object of objects) found.push([subject, object, 'met.called-on']);
  }
  // "Weber and Martin held talks", "the two leaders met".
  const together = MET_TOGETHER.exec(text);
  if (together && !state.analysis.quoted.some(([from, to]) => together.index >= from && together.index < to))
    metEachOther(together.index, 'met.together');
  return found.filter(([a, b]) => JSON.stringify(a) !== JSON.stringify(b));
}
