/** Attendance: who took part in which event, as a sentence names the event or the article has one. */
import type { ArticleContext } from '../article-context.js';
import {
  mayContain,
  FUTURE,
  actorMentions,
  actorRightOf,
  actorsLeftOf,
  ACTOR_KINDS,
  listAt,
  LISTABLE,
  PERSON_LIKE,
  subjectsOf,
  verbTokens,
  type SentenceState,
} from '../clause.js';
import { STARTS_WITH_CALENDAR_NAME } from '../lexicon/calendar.js';
import { ATTEND_VERBS, MEET_VERBS, SPEECH_VERBS } from '../lexicon/verbs.js';
import { outerStart, type MentionOf } from '../mentions.js';
import type { Ref } from '../refs.js';
import type { Link } from './catalogue.js';
import { allMatches } from '../tokens.js';
import { EVENT_NAMED_LATER, extractPresence } from './presence.js';

/** A meeting held at an event: "met X at / on the sidelines of / during the summit". */
const MET_AT = /\b(?:at|during|on the (?:sidelines|margins) of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;
/** Travelling to a place for the event named next: "flew to Lima for the summit", "is in Geneva for the talks". */
const CAME_FOR =
  /\b(?:flew|flies|travell?ed|travels|came|comes|arrived|arrives|headed|went|(?:is|was|are|were)(?:\s+already)?)\s+(?:to|in|into)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?for\s+(?:the\s+|this\s+|a\s+|an\s+)?$/u;
/** Meeting for the event named next, with no one met: "met in Istanbul on Friday for their first direct talks". */
const MET_FOR =
  /\b(?:met|meet|meets|gathered|convened|assembled|sat\s+down)\b(?=\s+(?:in|at|on|for|again|together|separately|briefly|privately|last|this|earlier)\b)(?=[^.;:]{0,60}?\bfor\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+|fresh\s+|new\s+)?(?:[\p{L}\d-]+\s+){0,4}$)/u;
/** A sentence that ends on taking part, with no event named: "Japan and Korea also attended." */
const ATTENDED_AT_END_GLOBAL =
  /\b(?:also\s+)?(?:attended|took\s+part|participated|joined|(?:is|are|was|were)\s+(?:also\s+)?(?:attending|taking\s+part|participating|present|in\s+attendance))(?:\s+(?:too|as\s+well|as\s+(?:an?\s+)?(?:[\p{L}-]+\s+)?(?:observers?|guests?|partners?|invitees?|members?)|in\s+person|virtually|remotely|online|by\s+video(?:\s*link|conference)?))?\s*(?:[.!]?$|;|,\s+(?:while|whereas|and|but)\s)/giu;
const ATTENDED_AT_END_CUES = ['attend', 'part', 'participat', 'joined', 'present'];
/** Those sent to a meeting, and where they met: "Foreign ministers from A, B and C met in Geneva". */
const GATHERED_FROM_CUES = [' from ', ' of '];
const GATHERED_FROM =
  /\b(?:ministers|leaders|officials|delegations|delegates|envoys|representatives|negotiators|heads\s+of\s+(?:state|government))\s+(?:from|of)\s+(?:the\s+)?/i;
const GATHERED_VERB =
  /^[\s,]*(?:have\s+|had\s+)?(?:met|gathered|convened|assembled)\b(?:\s+(?:in|at)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}))?/u;

/** Those who came, named in a list: "The 21 leaders, including A and B, descended on Lima". */
const CAME_INCLUDING =
  /\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|ministers|delegations|delegates|dignitaries)\b[^.;:]{0,80}?\bincluding\s+/i;
const CAME_VERB =
  /^[^.;:]{0,40}?\b(?:descended\s+on|converged\s+on|arrived\s+(?:in|at|for)|gathered\s+(?:in|at|for)|assembled\s+in|flew\s+(?:in|into)|travell?ed\s+to|came\s+to|signed\s+(?:the|a)\s+(?:[\p{L}-]+\s+)?(?:declaration|communiqu[ée]|statement))\b/iu;

/** Speaking to those taking part: "X told delegates", "X addressed the participants". */
const TOLD_DELEGATES =
  /\b(?:told|addressed)\s+(?:the\s+|fellow\s+)?(?:(?:opening|closing|plenary|final)\s+)?(?:delegates|participants|attendees|delegations|session|plenary|gathering|assembly)\b/i;
/** Attending only intended: "readiness to host", "offered to host", "is due to attend". */
const INTENDED =
  /\b(?:readiness|willingness|ready|offer(?:ed|s)?|plans?|planned|planning|proposed|proposes|agreed|agrees|wants?|wanted|hopes?|hoped|intends?|intended|invited|invitation|expected|set|due|scheduled|bid)\s+to\s+$/i;
/** An event written as one still to come. */
const EVENT_TO_COME = /\b(?:next\s+(?:week|month|year)['’]s|upcoming|forthcoming|(?:the|a)\s+next)\s/i;
/** "the summit in Montevideo next month": dated after the article. */
const EVENT_DATED_LATER =
  /^(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|in\s+(?:the\s+)?coming\s+(?:days|weeks|months))\b/u;
/** Words that make an event one still hoped for or planned. */
const HOPED_FOR = /\b(?:potential|possible|future|proposed|planned|prospective|eventual|any)\b/i;
/** Between a verb of attending and the event it takes: "hosted ", "arrived at ", "left the ", "joined by video ". */
const VERB_TO_EVENT =
  /^\s*(?:(?:at|in|to|into|for|on|from|over|early|late|briefly|virtually|remotely|both|all|also|two|three)\s+)*(?:(?:the|a|an|its|their|his|her|this|last|next)\s+)?(?:(?:(?:new|fresh|first|second|third|fourth|final|latest|next|another)\s+)?(?:round|session|day|series)s?\s+of\s+(?:the\s+)?)?$/iu;

/** What talks did once they took place. */
const TALKS_HAPPENED =
  /\b(?:held|began|begun|opened|ended|broke\s+down|collapsed|resumed|took\s+place|concluded|stalled|produced|yielded|lasted|failed|were\s+(?:held|hosted|mediated|brokered))\b/i;
/** Who sits at talks for a nation or body: "talks between Chile's delegation and ...". */
const SIDE_OF_TALKS =
  /^(?:delegation|delegations|negotiators|negotiating|envoys?|representatives|officials|team|government|leaders?)$/i;
/** Attending a part of the event that is no event noun of its own: "attended the signing", "the closing session". */
const ATTENDED_CEREMONY =
  /\b(?:attend(?:ed|s|ing)|(?:was|were|is|are)\s+(?:also\s+)?present\s+at|witnessed|witnesses|host(?:ed|s|ing)|gave|threw)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:signing|ceremony|session|opening|launch|dinner|banquet|reception|proceedings)\b/i;
/** "X said in her opening remarks": a speech that opens, closes or keynotes the article's event. */
const OPENING_REMARKS =
  /\b(?:in|during)\s+(?:his|her|their|its)\s+(?:(?:opening|closing|keynote|welcoming|inaugural)\s+(?:remarks|speech|address|statement)|(?:address|speech)\s+(?:to|at)\s+the\s+(?:summit|meeting|conference|session|forum|gathering|assembly|leaders|delegates)|address)\b/i;
/** A list of who took part, with no event named: "Among those attending were A, B and C." */
const AMONG_ATTENDING =
  /^\s*among\s+(?:(?:those|the\s+[\p{Ll}\s]{3,30}?)\s+(?:attending|present|taking\s+part|in\s+attendance)|the\s+(?:participants|attendees|guests|delegates|dignitaries))\s+(?:were|was)\b/iu;

/** Acts done at an event by whoever does them there: "pledged €2bn at the conference", "signed the deal at the summit". */
const ACTS_AT_EVENT = new Set(
  (
    'pledged pledges promised announced announces unveiled unveils signed signs agreed agrees committed commits ' +
    'launched launches presented presents offered offers endorsed endorses adopted adopts vowed vows'
  ).split(' '),
);

/** What sides did at the end of talks: "agreed ... after two days of talks". */
const AGREED_AFTER = new Set('agreed agrees signed signs reached reaches struck sealed'.split(' '));

const LIST_TRIGGER = /^[^.;]*?\b(?:included|include|includes|including|were|was|are|comprised|such as)\b|^\s*:/i;
const ATTENDEE_NOUN =
  /\b(?:countries|nations|leaders|states|delegations|participants|attendees|governments|heads of state|represented|present|attending)\b/i;

/**
 * The sides of talks between them, when the sentence tells the talks took place ("broke down", "at the talks
 * between"), not talks still hoped for ("potential negotiations between A and B, which have yet to materialise").
 */
function talksBetween(state: SentenceState, event: MentionOf<'event'>, before: string, listStart: number) {
  const text = state.sentence.text;
  const hoped = HOPED_FOR.test(`${before} ${event.surface}`) || FUTURE.test(text) || /\byet\s+to\b/i.test(text);
  const happened =
    TALKS_HAPPENED.test(text.slice(event.end)) ||
    /\b(?:at|during|after|following)\s+(?:the\s+)?$/i.test(before) ||
    // "opened a new round of talks between", "hosted talks between".
    /\b(?:opened|hosted|co-hosted|held|chaired|convened|mediated|brokered|attended)\s+(?:[\p{L}-]+\s+){0,5}$/iu.test(
      before,
    );
  if (hoped || !happened) return [];
  // "talks between Colombia's rival factions": the factions, not Colombia; its delegation is Colombia's.
  return listAt(state, listStart, LISTABLE).filter((mention) => {
    const owned = /^['’]s\s+(\S+)/.exec(text.slice(mention.end));
    return !owned || SIDE_OF_TALKS.test(owned[1]!);
  });
}

/** A council or assembly deciding by vote: "The Security Council today failed to adopt a draft resolution". */
const BODY_VOTED = /\b(?:voted|adopted|approved|passed|rejected|endorsed|failed\s+to\s+(?:adopt|pass|approve|agree))\b/;
const DELIBERATIVE = /\b(?:Council|Assembly|Parliament|Senate|Congress|Board|Committee)$/;
/** Speaking at that sitting: "Speaking after the vote, X said", "in explanation of vote". */
const VOTE_SPEECH =
  /\b(?:speaking|spoke)\s+(?:before|after|ahead\s+of|following)\s+the\s+vote\b|\bin\s+explanation\s+of\s+(?:vote|position)\b/i;
/** "Also speaking were the representatives of A, B and C." */
const ALSO_SPEAKING =
  /^\s*also\s+speaking\s+(?:were|was)\s+(?:the\s+)?(?:(?:representatives?|delegates?|ministers?|ambassadors?)\s+(?:of|for|from)\s+(?:the\s+)?)?/i;
const SITTING_CUES = ['vot', 'adopt', 'approv', 'passed', 'reject', 'endors', 'speaking', 'explanation'];

/** "The foreign ministers of the Quad group - A, B, C and D - expressed concern in Tokyo": its members, listed. */
const MEMBERS_LISTED =
  /\b(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+(?:state|government)|[Ee]nvoys|[Dd]elegations)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:group\s+|bloc\s+|alliance\s+|grouping\s+)?[-–—]\s*/u;
const MEMBERS_CUES = ['ministers', 'leaders', 'heads of', 'envoys', 'delegations'];

/**
 * The members a body's ministers or leaders are listed as between dashes, acting in a place ("... - A, B and C -
 * expressed concern in Tokyo on Monday"): they met there, at the article's event or the one it names next.
 */
function membersListed(state: SentenceState, main: Ref | null): Link[] {
  const text = state.sentence.text;
  const listed = mayContain(state, MEMBERS_CUES) ? MEMBERS_LISTED.exec(text) : null;
  if (!listed) return [];
  const list = listAt(state, listed.index + listed[0].length, LISTABLE).filter((mention) => mention.kind === 'nation');
  const last = list.at(-1);
  if (list.length < 2 || !last || !/^\s*[-–—][^.;]*?\bin\s+\p{Lu}/u.test(text.slice(last.end))) return [];
  const event = main ?? EVENT_NAMED_LATER;
  return list.map((mention) => [state.refs.get(mention)!, event, 'attended.members-listed'] as Link);
}

/**
 * A sitting of a council or assembly told by its vote, with no meeting named: the body sat, and so did whoever spoke
 * before or after the vote ("Speaking after the vote, the representative of X said") or is listed as also speaking.
 */
function atSitting(state: SentenceState, context: ArticleContext): Link[] {
  const text = state.sentence.text;
  const found: Link[] = [];
  const voted = BODY_VOTED.exec(text);
  const body =
    voted && subjectsOf(state, voted.index).find((ref) => ref.kind === 'organisation' && DELIBERATIVE.test(ref.name));
  if (body && body.kind === 'organisation') {
    const sitting = context.gathering(null, state.sentence);
    // Named after the body: "UN Security Council meeting".
    const entry = context.events.find((event) => sitting.kind === 'event' && event.key === sitting.key);
    if (entry && !entry.owners.includes(body.name)) {
      entry.owners.push(body.name);
      (entry.ownerRefs ??= []).push(body);
    }
    found.push([body, sitting, 'attended.body-voted']);
  }
  const sitting = context.mainEvent();
  if (!sitting) return found;
  const speech = VOTE_SPEECH.exec(text);
  if (speech) {
    const after = actorMentions(state).find((mention) => PERSON_LIKE.has(mention.kind) && mention.start > speech.index);
    const speakers = after ? [state.refs.get(after)!] : actorsLeftOf(state, speech.index, true);
    for (const ref of speakers) found.push([ref, sitting, 'attended.spoke-at']);
  }
  const also = ALSO_SPEAKING.exec(text);
  if (also)
    for (const mention of listAt(state, also[0].length, LISTABLE))
      found.push([state.refs.get(mention)!, sitting, 'attended.among']);
  return found;
}

/** Who took part in which event: lists of attendees, "X hosted the summit", "X said after the summit". */
export function extractAttendance(state: SentenceState, context: ArticleContext): Link[] {
  const { analysis, sentence, refs } = state;
  const text = sentence.text;
  const found: Link[] = [];
  for (const event of analysis.mentions.filter((mention): mention is MentionOf<'event'> => mention.kind === 'event')) {
    const eventRef = refs.get(event);
    if (!eventRef) continue;
    const eventEntry = context.events.find((entry) => eventRef.kind === 'event' && entry.key === eventRef.key);
    // "at the Ukraine Recovery Conference": the event's name begins before its mention, at the nation it is named for.
    // So does "the G7 summit" at the body named before it (and its acronym in brackets).
    const owner = analysis.mentions.find(
      (mention) =>
        mention.kind === 'organisation' &&
        mention.end <= event.start &&
        /^\s*(?:['’]s\s*)?(?:\(\p{Lu}{2,}\)\s*)?$/u.test(text.slice(mention.end, event.start)),
    );
    const eventStart = Math.min(
      event.title && text.slice(0, event.end).endsWith(event.title) ? event.end - event.title.length : event.start,
      owner ? outerStart(analysis, owner) : event.start,
    );
    const before = text.slice(Math.max(0, eventStart - 60), eventStart);
    const after = text.slice(event.end);
    // "at next month's summit", "the upcoming talks": an event still to come has no one at it yet.
    if (EVENT_TO_COME.test(text.slice(Math.max(0, eventStart - 24), event.end)) || EVENT_DATED_LATER.test(after))
      continue;
    // "talks with Russia" are a meeting (see extractMeetings), not an event one attends.
    if (eventEntry?.kind === 'talks' && /^\s+with\b/i.test(after)) continue;

    // "talks between A and B", "a meeting between the two leaders": both sides are at the table.
    const between = /^\s+between\s+(?:the\s+)?/i.exec(after);
    if (between && eventEntry && eventEntry.kind !== 'summit' && eventEntry.kind !== 'conference')
      for (const mention of talksBetween(state, event, before, event.end + between[0].length))
        found.push([refs.get(mention)!, eventRef, 'attended.between']);
    // "Countries at the summit included A, B and C" / "Among the nations represented at the summit were A and B".
    const trigger = LIST_TRIGGER.exec(after);
    if (ATTENDEE_NOUN.test(before) && trigger && trigger[0].length < 40) {
      const list = listAt(state, event.end + trigger[0].length, LISTABLE);
      for (const mention of list) found.push([refs.get(mention)!, eventRef, 'attended.list']);
      if (list.length) continue;
    }
    // "a summit of 18 leaders, including X" / "a summit attended by A and B" / "hosted by X" / "with leaders from A and B".
    const including =
      /^[^.;]{0,60}?\b(?:including|attended by|hosted by|co-hosted by|chaired by|co-chaired by|convened by|organi[sz]ed by|mediated by|brokered by|facilitated by|sponsored by|with leaders from|of leaders from|leaders from|joined by)\b/i.exec(
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
    // "a meeting of the council", "a gathering of Group of 20 leaders": the body whose members meet takes part.
    const ofBody = eventEntry && eventEntry.kind !== 'talks' ? /^\s+of\s+(?:the\s+)?/i.exec(after) : null;
    // ("the council" is a mention of its own, its article included.)
    const members =
      ofBody &&
      (actorRightOf(state, event.end + ofBody[0].length, 0) ??
        actorRightOf(state, event.end + /^\s+of\s+/.exec(ofBody[0])![0].length, 0));
    if (
      members?.mention.kind === 'organisation' &&
      /^(?:\s+(?:leaders|members|heads\s+of\s+(?:state|government)|(?:[\p{Ll}-]+\s+)?ministers|envoys|delegates))?(?:\s+(?:in|at|on|this|last|next)\b|[\s,.;]|$)/u.test(
        text.slice(members.mention.end),
      )
    )
      found.push([members.ref, eventRef, 'attended.body-of-event']);
    // "the G20 summit", "an AU summit", "the Arab League's summit": the body whose summit it is takes part in it.
    if (eventEntry && eventEntry.kind !== 'talks') {
      const body = actorMentions(state).find(
        (mention) =>
          mention.kind === 'organisation' &&
          // Not the forum whose gathering this is, named by the same words ("at the World Economic Forum").
          mention.start !== event.start &&
          mention.end <= event.end &&
          (mention.end >= event.start - 4 || /^\s*\(\p{Lu}{2,}\)\s*$/u.test(text.slice(mention.end, event.start))) &&
          // ("the Andean Community (CAN) summit": its acronym in brackets may follow the name.)
          /^(?:['’]s)?\s*(?:\(\p{Lu}{2,}\)\s*)?(?:[\p{L}'’-]+\s+){0,2}$/u.test(
            text
              .slice(mention.end, event.start + (event.surface.length - event.surface.trimStart().length))
              .replace(/^.*?(?=['’]s|\s|$)/, ''),
          ),
      );
      if (body) {
        found.push([refs.get(body)!, eventRef, 'attended.body-of-event']);
        if (body.kind === 'organisation') {
          eventEntry.owners.push(body.surface);
          (eventEntry.ownerRefs ??= []).push(refs.get(body)!);
        }
      }
    }
    // "X attended / hosted / addressed the summit".
    const verb = analysis.tokens
      .filter(
        (token) =>
          token.end <= eventStart &&
          eventStart - token.end < 24 &&
          (ATTEND_VERBS.has(token.lower) ||
            (token.lower === 'part' && /\b(?:took|take|takes|taking)\s+$/i.test(text.slice(0, token.start)))) &&
          // The event is the verb's object: "arrived at the summit", not "arrived at the conclusion that talks ...".
          VERB_TO_EVENT.test(text.slice(token.end, eventStart)),
      )
      .pop();
    // "chaired the final session, said talks would resume": the verb's object is the nearer event.
    const objectNearer =
      verb &&
      analysis.mentions.some(
        (other) => other !== event && other.kind === 'event' && other.start >= verb.end && other.end <= eventStart,
      );
    // "did not take part in the talks", "never attended the summit", "reaffirmed its readiness to host talks": no
    // attendance, or none yet.
    const verbLead = verb ? text.slice(Math.max(0, verb.start - 32), verb.start) : '';
    const denied = !!verb && (/(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?$/i.test(verbLead) || INTENDED.test(verbLead));
    if (verb && !objectNearer && !denied) {
      for (const actor of actorsLeftOf(state, verb.start, false)) found.push([actor, eventRef, 'attended.verb']);
    }
    // "X said after the summit", "Speaking at a news conference after the meeting, X said", "X spoke at a briefing".
    const lead = text.slice(0, eventStart).slice(-40);
    const where =
      /\b(?:after|at|during|following|on the sidelines of|on the margins of|in|(?:at|by)\s+the\s+(?:end|close|start|opening)\s+of|on\s+the\s+(?:first|second|third|last|final|opening|closing)\s+day\s+of)\s+(?:the\s+|a\s+|an\s+)?$/i.exec(
        lead.replace(/[\w'’-]+\s+$/, (word) => (event.surface.startsWith(word.trim()) ? '' : word)),
      );
    if (where) {
      // Near the phrase that places it: "she told reporters on the sidelines of the meeting".
      const whereStart = eventStart - lead.length + where.index;
      const speaking =
        /^(?:speaking|talking|addressing|briefing)\b/i.test(text) || /\bspoke\b/i.test(text.slice(0, eventStart));
      const speechVerb = verbTokens(state, SPEECH_VERBS).find(
        (token) => Math.abs(token.start - eventStart) < 40 || Math.abs(token.start - whereStart) < 40 || speaking,
      );
      if (speechVerb || speaking) {
        const speaker = speaking
          ? (actorMentions(state).find((mention) => PERSON_LIKE.has(mention.kind) && mention.start > event.end) ??
            actorMentions(state).find((mention) => PERSON_LIKE.has(mention.kind)))
          : null;
        // The speaker, or every nation or body of a run that speaks together ("A, B and C expressed concern at ...").
        const speakers = speaker ? [refs.get(speaker)!] : speechVerb ? actorsLeftOf(state, speechVerb.start, true) : [];
        for (const ref of speakers) found.push([ref, eventRef, 'attended.spoke-at']);
      }
    }
    // "France, Germany and the EU pledged €2bn at the conference": who acted at the event was there; so did those who
    // agreed after talks ("agreed to reopen the crossing after two days of talks").
    const afterTalks = /\bafter\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+(?:days?|weeks?|rounds?|hours?)\s+of\s+)?$/i.test(
      before,
    );
    if (/\b(?:at|during|on the sidelines of|on the margins of)\s+(?:the\s+|a\s+|an\s+)?$/i.test(before) || afterTalks) {
      const act = verbTokens(state, afterTalks ? AGREED_AFTER : ACTS_AT_EVENT)
        .filter((token) => token.end <= eventStart && !/[;:]/.test(text.slice(token.end, eventStart)))
        .pop();
      // Nations and organisations named together all acted: "France, Germany and the EU pledged".
      if (act)
        for (const actor of subjectsOf(state, act.start, true)) found.push([actor, eventRef, 'attended.acted-at']);
    }
    // "X flew to Lima for the summit", "X is in Lima for the talks": there for the event.
    const cameFor = CAME_FOR.exec(before);
    if (cameFor && !FUTURE.test(text.slice(0, eventStart - before.length + cameFor.index)))
      for (const actor of subjectsOf(state, eventStart - before.length + cameFor.index, true))
        found.push([actor, eventRef, 'attended.arrived']);
    // "Russian and Ukrainian delegations met in Istanbul for talks": who met for the event took part in it.
    const metFor = MET_FOR.exec(text.slice(0, eventStart));
    if (metFor)
      for (const actor of subjectsOf(state, metFor.index, true)) found.push([actor, eventRef, 'attended.met-for']);
    // "X told the summit", "X addressed the conference": the speaker was there.
    // ("telling the Shanghai Cooperation Organisation (SCO) summit": the body whose summit it is may come between.)
    const told =
      /\b(?:told|telling|addressed|addressing|briefed|briefing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|\(\p{Lu}{2,}\)\s+){0,5}$/u.exec(
        before,
      );
    if (told) {
      const verbAt = eventStart - before.length + told.index;
      for (const actor of actorsLeftOf(state, verbAt, true)) found.push([actor, eventRef, 'attended.told']);
    }
    // "X met Y on the sidelines of the summit": both were there.
    if (MET_AT.test(text.slice(0, eventStart))) {
      const meeting = verbTokens(state, MEET_VERBS)
        .filter((token) => token.end <= eventStart && token.lower !== 'meeting')
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
  // "A attended in person, while B joined virtually": each clause that ends so.
  if (main && namesNoEvent && mayContain(state, ATTENDED_AT_END_CUES))
    for (const closing of allMatches(ATTENDED_AT_END_GLOBAL, text))
      for (const actor of actorsLeftOf(state, closing.index, false)) found.push([actor, main, 'attended.closing-verb']);
  // "..., the president told delegates": whoever addressed the event's delegates was there.
  const toldDelegates = main ? TOLD_DELEGATES.exec(text) : null;
  if (main && toldDelegates) {
    for (const actor of actorsLeftOf(state, toldDelegates.index, true))
      found.push([actor, main, 'attended.told-delegates']);
  }
  // "X, who also attended the signing": a ceremony or session of the article's event.
  // (The article's event, else the meeting it told of last: "X met Y. Their ministers were present at the signing.")
  const held = main ?? context.latestEvent();
  const ceremony = held ? ATTENDED_CEREMONY.exec(text) : null;
  if (held && ceremony && namesNoEvent) {
    for (const actor of actorsLeftOf(state, ceremony.index, false)) found.push([actor, held, 'attended.ceremony']);
  }
  // "..., the minister said in his opening remarks": whoever opened or closed the event was there.
  const opening = main ? OPENING_REMARKS.exec(text) : null;
  if (main && opening) {
    // "In his opening speech, X called for ...": the speaker after the phrase when none stands before it.
    const speaker = actorsLeftOf(state, opening.index, true);
    // ("In his address, the bloc's chairman, President X, warned": the person named, past the title in apposition.)
    const later = speaker.length ? [] : actorMentions(state).filter((mention) => mention.start > opening.index);
    const after =
      later.find((mention) => mention.kind === 'person') ?? later.find((mention) => PERSON_LIKE.has(mention.kind));
    for (const actor of after ? [refs.get(after)!] : speaker) found.push([actor, main, 'attended.opening-remarks']);
  }
  // "Defence ministers from Finland, Sweden and Norway met in Helsinki": a meeting told by its verb.
  const delegates = mayContain(state, GATHERED_FROM_CUES) ? GATHERED_FROM.exec(text) : null;
  if (delegates) {
    const list = listAt(state, delegates.index + delegates[0].length, LISTABLE);
    const verb = list.length ? GATHERED_VERB.exec(text.slice(list.at(-1)!.end)) : null;
    if (verb) {
      const named = analysis.mentions.find((mention) => mention.kind === 'event' && mention.start > list.at(-1)!.end);
      // ("met in Lima." ends the sentence, not the name.)
      const place = verb[1] && !STARTS_WITH_CALENDAR_NAME.test(verb[1]) ? verb[1].replace(/\.$/, '') : null;
      const event = named ? refs.get(named) : context.gathering(place, sentence);
      if (event) for (const mention of list) found.push([refs.get(mention)!, event, 'attended.gathered']);
    }
  }
  // "The leaders of 21 economies, including A and B, descended on Lima this week": the article's event.
  const came = main && namesNoEvent ? CAME_INCLUDING.exec(text) : null;
  if (main && came) {
    const list = listAt(state, came.index + came[0].length, LISTABLE);
    if (list.length && CAME_VERB.test(text.slice(list.at(-1)!.end)))
      for (const mention of list) found.push([refs.get(mention)!, main, 'attended.arrived']);
  }
  const among = main && namesNoEvent ? AMONG_ATTENDING.exec(text) : null;
  if (main && among) {
    for (const mention of listAt(state, among[0].length, LISTABLE))
      found.push([refs.get(mention)!, main, 'attended.among']);
  }
  if (namesNoEvent && mayContain(state, SITTING_CUES)) found.push(...atSitting(state, context));
  found.push(...membersListed(state, main));
  found.push(...extractPresence(state, context));
  return found;
}
