/** Quotations: who said each direct quotation of a sentence, and whose words a sentence reports. */
import {
  actorMentions,
  mayContain,
  actorRightOf,
  actorsLeftOf,
  PERSON_LIKE,
  SHARED_SUBJECT,
  subjectsOf,
  verbTokens,
  type SentenceState,
} from '../clause.js';
import { SPEECH_VERBS } from '../lexicon/verbs.js';
import { outerStart } from '../mentions.js';
import type { Ref } from '../refs.js';
import type { RuleId } from './catalogue.js';

/** Where a clause of its own begins within a sentence: ", and", ", while", ";". */
const CLAUSE_JOIN = /,\s+(?:and|but|while|whereas)\s+|;\s+/gi;
/** Words that open a clause of its own after a quotation. */
const CLAUSE_OPENERS = new Set([
  'while',
  'whereas',
  'but',
  'and',
  'although',
  'though',
  'as',
  'when',
  'because',
  'since',
]);
/** A possessive right after a name: "Chile's", "both countries'". */
const POSSESSIVE_AFTER = /^['’]s?\s/;
/**
 * Between a speaker and the verb: an age ("Vega, 64, said"), a relative clause ("Rojas, who chairs the bloc, said"), a
 * participle ("Rojas, speaking in Lima, told") or the person's office ("Rojas's office said"); not their spokesperson,
 * who is someone else.
 */
const SPEAKER_ASIDE =
  /^(?:\s*,\s*\d{1,3}\s*,|\s*,\s*(?:who|whose|speaking|writing|talking|addressing|interviewed|asked|visibly|clearly)\s[^,;"“”]{1,80},|['’]s?\s+(?:office|press\s+office))(?=\s)/i;
/** A spokesperson or official described by the body they speak for: "a spokesperson for the foreign ministry". */
const SPOKESPERSON_FOR =
  /^(?:a|an|the)\s+(?:senior\s+|government\s+)?(?:spokes(?:person|man|woman)|official|representative|source|aide|diplomat)\s+(?:for|of|at|from|in|with)\s+(?:the\s+)?/i;

const SEEN_BY = /\b(?:seen|obtained|reviewed|verified)\s+by\b/i;

/** What stands before a participle of speech that shares the main clause's subject. */
const COORDINATED_PARTICIPLE = /(?:,\s*(?:and\s+)?|,\s+\p{L}+ing\b[^.;“”"]*\band\s+)$/u;

/**
 * Words that name a body's members speaking for it ("the Quad chief diplomats said"), or a nation's government or one
 * of its organs ("the Turkish foreign ministry said", "the Chinese government said").
 */
const MEMBER_WORDS =
  /^(?:chief|top|foreign|defence|defense|finance|trade|senior|leaders|ministers|diplomats|officials|members|envoys|delegates|heads|governments|representatives|spokespeople|government|authorities|administration|ministry|embassy|presidency|cabinet|military|army|delegation|mission)$/;

/** A sentence that ends on its attribution: ", Mr Macron said." (the speaker and the verb, nothing after). */
const SAID_AT_END = /,\s*(?:[\p{L}.'’-]+\s+){1,5}(?:said|says|added|told\s+reporters|insisted|stressed)\s*[.!]?\s*$/u;

/** A sentence that ends by announcing a quotation: "X said:", "X told reporters:". */
export const COLON_LEAD_IN =
  /\b(?:said|says|told(?:\s+[^:]{1,40})?|added|declared|stated|warned|noted|remarked|explained|insisted)\s*:\s*$/i;

/** '"...," the statement read': a quotation of a written statement, named by the text itself. */
const STATEMENT_SAID =
  /^[”"’]?[\s,]*(?:the|a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[ée]|declaration|letter|post|message|text)\b(?:\s+[\p{L}-]+){0,3}?\s+(?:said|says|read|reads|stated|added)\b/iu;

/** '"...," a declaration by the leaders said', '"...," the summit's final communiqué read'. */
const LEADERS_TEXT_SAID =
  /^[”"’]?[\s,]*(?:the|a|an|their)\s+(?:(?:summit|meeting|conference)['’]s\s+)?(?:(?:final|joint|closing)\s+)*(?:statement|communiqu[ée]|declaration)\s+(?:(?:by|of|from)\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|ministers|members|summit)\s+)?(?:said|says|read|reads|stated|added)\b/iu;

export interface Quote {
  speaker: Ref;
  text: string;
  rule: RuleId;
}

/** The direct quotations of a sentence, each with its speaker. */
export function extractQuotes(
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
    let rule: RuleId | undefined;
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
      // '..., said Conference President X': capitalised words of the title may come before the title's head.
      const titled = actorMentions(state).find(
        (mention) =>
          mention.kind === 'person' &&
          /^\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u.test(text.slice(first.end, outerStart(analysis, mention))),
      );
      const right = actorRightOf(state, first.end, 3) ?? (titled ? { ref: state.refs.get(titled)! } : null);
      if (right) [speaker, rule] = [right.ref, 'quote.said-after-inverted'];
      else {
        // '..., said a Peruvian diplomatic spokesman, Juan Ortega.': the person named in the description's apposition.
        const named = actorMentions(state).find(
          (mention) =>
            mention.kind === 'person' &&
            mention.start > first.end &&
            mention.start - first.end < 80 &&
            /^[^.;:"“”‘’]*,\s*$/.test(text.slice(first.end, mention.start)),
        );
        if (named) [speaker, rule] = [state.refs.get(named)!, 'quote.said-after-inverted'];
      }
    } else if (first) {
      // '..., the prime minister said', '..., its foreign minister X said': a description may begin after its article.
      const article = /^(?:the|a|an|its|his|her|their)\s+/i.exec(after);
      // '..., Lakeside MP Jane Doe said': a constituency or place may stand before the title.
      const place =
        /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=(?:MP|MEP|MPs|senator|Senator|lawmaker|legislator|councillor|Councillor|governor|Governor|mayor|Mayor)\b)/u.exec(
          after,
        );
      // '..., the Turkish foreign ministry said': the body after the nation that qualifies it.
      const qualifier =
        article &&
        analysis.mentions.find(
          (mention) => mention.kind === 'nation' && mention.start === afterOffset + article[0].length,
        );
      const right =
        actorRightOf(state, afterOffset, 1) ??
        (article ? actorRightOf(state, afterOffset + article[0].length, 1) : null) ??
        (qualifier ? actorRightOf(state, qualifier.end, 1) : null) ??
        (place ? actorRightOf(state, afterOffset + place[0].length, 1) : null);
      // '..., Vega, 64, said', '..., Rojas's office said': an age between commas, or the person's office, before the verb.
      const aside = right && SPEAKER_ASIDE.exec(text.slice(right.mention.end));
      if (right) {
        const verbFrom = right.mention.end + (aside?.[0].length ?? 0);
        const verb = analysis.tokens.find((token) => token.start >= verbFrom);
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
    // '..., a spokesperson for the Chilean foreign ministry said': the body whose spokesperson speaks.
    if (!speaker) {
      const description = SPOKESPERSON_FOR.exec(after);
      const from = afterOffset + (description?.[0].length ?? 0);
      const verb = description && afterTokens.find((token) => token.start >= from && SPEECH_VERBS.has(token.lower));
      // The body named last before the verb: "the Chilean foreign ministry" is the ministry, not the demonym.
      const body =
        verb &&
        verb.start - from < 60 &&
        actorMentions(state)
          .filter((mention) => mention.start >= from && mention.end <= verb.start && mention.kind !== 'person')
          .at(-1);
      if (body && /^\s*$/.test(text.slice(body.end, verb.start)))
        [speaker, rule] = [state.refs.get(body)!, 'quote.said-after'];
    }
    // '..., the European Commission president, X, told reporters': a person named between commas in the description
    // of the speaker, right before the verb.
    // Not a clause of its own ('"...", while Jamaica's minister, X, accused ...'): its speaker says something else.
    if (!speaker && first && !SPEECH_VERBS.has(first.lower) && !CLAUSE_OPENERS.has(first.lower)) {
      const verb = afterTokens.find((token) => SPEECH_VERBS.has(token.lower) && token.start - afterOffset < 100);
      const named =
        verb &&
        !/[.;"“”]/.test(text.slice(afterOffset, verb.start)) &&
        actorMentions(state)
          .filter((mention) => mention.kind === 'person' && mention.start > afterOffset && mention.end <= verb.start)
          .at(-1);
      if (named && /^\s*,\s*$/.test(text.slice(named.end, verb.start)))
        [speaker, rule] = [state.refs.get(named)!, 'quote.said-after'];
    }
    // A transcript's speaker label: 'MINISTER X: "..."'.
    if (!speaker && /^[^\p{Ll}]*:\s*$/u.test(text.slice(0, from).replace(/["“‘]$/, ''))) {
      const labelled = actorMentions(state).find((mention) => mention.kind === 'person' && mention.end <= from);
      if (labelled) [speaker, rule] = [state.refs.get(labelled)!, 'quote.speaker-label'];
    }
    // 2. Before the quote: 'X said: "..."', 'X told Le Figaro that ... "..."', 'X, who said ... "..."'.
    if (!speaker) {
      const verbs = verbTokens(state, SPEECH_VERBS).filter((token) => token.end <= from);
      // 'According to X, "..."', or 'according to "..."' with the speaker after the quotation.
      const according = /\baccording\s+to\s+(?:([^,"“”]{1,60}),\s*)?["“‘]?$/i.exec(text.slice(0, from));
      const verb = verbs[verbs.length - 1];
      if (verb) {
        // ", warning that ...", or a second participle joined to one after a comma (", calling it X and warning that").
        const participle = /ing$/.test(verb.lower) && COORDINATED_PARTICIPLE.test(text.slice(0, verb.start));
        if (participle) {
          // "Pakistan denounced the move, calling it ... and warning that ... “act of war”": the main clause's subject,
          // a person first, else the first actor that is not a possessive ("India's move").
          // Within the clause the participle ends: "A committed $1m, and B's minister, X, confirmed £1m, saying ...".
          // A clause is its own when it opens on its subject ("..., but did lash out" shares the sentence's).
          const clauseStart = [...text.slice(0, verb.start).matchAll(CLAUSE_JOIN)].at(-1);
          const joinEnd = clauseStart ? clauseStart.index + clauseStart[0].length : 0;
          // Not the last item of a list ("France, the UK, and the EU, denouncing ..."): the subject has a verb.
          // (A person's title may open it: "Britain's development minister, X".)
          const ownSubject = actorMentions(state).some(
            (mention) =>
              outerStart(analysis, mention) >= joinEnd &&
              /^(?:the\s+)?$/i.test(text.slice(joinEnd, outerStart(analysis, mention))) &&
              /\p{Ll}{3,}/u.test(text.slice(mention.end, verb.start)),
          );
          const opensAt = ownSubject ? joinEnd : 0;
          const before = actorMentions(state).filter(
            (mention) => mention.start < verb.start && outerStart(analysis, mention) >= opensAt,
          );
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
          // Nor when a plural description is ("the four ministers said China's actions were '...'").
          else if (
            !/\b(?:they|he|she|we|i|it)\s+(?:\w+\s+){0,2}$|\b(?:the|both|all)\s+(?:\w+\s+){0,2}(?:ministers|leaders|officials|sides|parties|countries|nations|members|diplomats|delegates|envoys)\s+(?:\w+ly\s+)?$/i.test(
              text.slice(0, verb.start),
            )
          ) {
            const right = actorRightOf(state, verb.end, 2);
            // "confirmed Chile's 'commitment to peace'": the words are what the owner has, not what it said.
            if (right && !POSSESSIVE_AFTER.test(text.slice(right.mention.end)))
              [speaker, rule] = [right.ref, 'quote.said-before-inverted'];
          }
        }
      } else if (according) {
        const right = according[1]
          ? actorRightOf(state, according.index + according[0].indexOf(according[1]), 2)
          : actorRightOf(state, from - 1, 40);
        if (right) [speaker, rule] = [right.ref, 'quote.according-to'];
      }
    }
    // '“We welcome ...” and to “strictly control” sales, Mr Macron said.': quoted fragments woven into one clause,
    // attributed once at the end of the sentence.
    if (!speaker) {
      const tail = SAID_AT_END.exec(text);
      if (tail && tail.index >= to && !/[“"‘]/.test(text.slice(tail.index))) {
        const [last] = actorsLeftOf(state, tail.index + tail[0].search(/\S+\s*[.!]?\s*$/), true).slice(-1);
        const between = text.slice(to, tail.index);
        if (last && !verbTokens(state, SPEECH_VERBS).some((token) => token.start >= to && token.end <= tail.index))
          if (!/[.;]/.test(between)) [speaker, rule] = [last, 'quote.said-at-end'];
      }
    }
    // 'According to Poland's prime minister, X, the continent "has no time to lose"': the source the sentence opens with.
    if (!speaker) {
      const opening = /^\s*according\s+to\s+/i.exec(text);
      const named =
        opening &&
        actorMentions(state).find(
          (mention) => PERSON_LIKE.has(mention.kind) && mention.start > opening[0].length && mention.end <= from,
        );
      if (named && !/[;"“”]/.test(text.slice(opening[0].length, named.start)))
        [speaker, rule] = [state.refs.get(named)!, 'quote.according-to'];
    }
    // '"...," the statement on Twitter said': the words of whoever the sentence before said issued a statement.
    if (!speaker && state.previousReporter && STATEMENT_SAID.test(text.slice(to))) {
      [speaker, rule] = [state.previousReporter, 'quote.statement-said'];
    }
    // '"...," a declaration by the leaders said': the text of the body whose summit the article is about.
    if (!speaker && LEADERS_TEXT_SAID.test(text.slice(to))) {
      const owner = state.eventOwner?.();
      if (owner) [speaker, rule] = [owner, 'quote.statement-said'];
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
    if (speaker && rule && speaker.kind !== 'event') quotes.push({ speaker, text: words, rule });
  }
  return quotes;
}

/**
 * Whose words a sentence reports last, outside quotations: the person ("X met Y, who said Ottawa would help": a "he
 * said" in the next sentence is Y's) and any actor, a ministry or a nation too (whom "the statement read" belongs to).
 */
export function reportedSpeakers(state: SentenceState): { person?: Ref; anyActor?: Ref } {
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

/** "The ministry issued a statement", "Norway released a joint communiqué": a written statement and who issued it. */
const ISSUED_STATEMENT =
  /\b(?:issued|released|published|put\s+out|posted)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[ée]|declaration)\b/iu;

const STATEMENT_CUES = ['statement', 'communiqu', 'declaration'];

/** Who a sentence says issued a written statement: whom a later '"...," the statement read' belongs to. */
export function statementIssuer(state: SentenceState): Ref | undefined {
  const issued = mayContain(state, STATEMENT_CUES) ? ISSUED_STATEMENT.exec(state.sentence.text) : null;
  if (!issued) return undefined;
  return actorsLeftOf(state, issued.index, false).find((ref) => SPEAKING_ACTORS.has(ref.kind));
}
