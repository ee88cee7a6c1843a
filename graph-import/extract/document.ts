/**
 * document: splits article text into paragraphs and sentences with offsets, setting aside the title, the byline and
 * boilerplate (share buttons, "Read more", "Previous Post Next Post") so they are never extracted as content.
 */
import { NATIONS } from './lexicon/nations.js';

export interface Sentence {
  /** Index of the sentence in the article. */
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ArticleDocument {
  title: string | null;
  /** A date found in the article's own lines ("date 2025-03-03"), when the header gave none. */
  datedLine: string | null;
  byline: string | null;
  sentences: Sentence[];
}

const BOILERPLATE =
  /\b(?:share|shares|tweet|whatsapp|read more|read the full|previous post|next post|subscribe|sign up|newsletter|advertisement|click here|follow us|all rights reserved|copyright|related (?:articles?|stories|posts)|comments?|cookies?|image caption|image source|getty images|photograph:|listen to this article)\b|©/i;
const DATE_IN_LINE = /\b(\d{4}-\d{2}-\d{2})\b/;
const SENTENCE_END = /[.!?]["'”’)\]]*$/;

/** Tokens before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt gen lt col sgt capt cmdr adm gov sen rep pres rev hon fr no vs etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec dept est approx u.s u.k u.n e.u d.c j.d u.s.a'
  ).split(' '),
);

const BOILERPLATE_FIRST = new RegExp(`^(?:${BOILERPLATE.source})`, 'i');

/**
 * Share buttons, "Read more", copyright lines: short lines with such a phrase that do not read as a sentence, or
 * that open with it in a few words ("Sign up for our newsletter."). A sentence that merely contains one of the words
 * ("Both countries would share radar data.") is content.
 */
function isBoilerplate(line: string): boolean {
  if (line.length >= 120 || /["“”]/.test(line) || !BOILERPLATE.test(line)) return false;
  return !SENTENCE_END.test(line) || (BOILERPLATE_FIRST.test(line) && line.split(/\s+/).length <= 6);
}

/** A first line that does not end as a sentence does (nor as one that opens a list, with a colon) is the title. */
function looksLikeTitle(line: string, isFirst: boolean): boolean {
  const trimmed = line.trim();
  return isFirst && line.length < 200 && !SENTENCE_END.test(trimmed) && !trimmed.endsWith(':');
}

/** A short last line of capitalised words with no verb punctuation: the author's name. */
function looksLikeByline(line: string): boolean {
  const trimmed = line.trim();
  if (/^by\s+[A-Z]/i.test(trimmed) && trimmed.split(/\s+/).length <= 6) return true;
  return (
    trimmed.length < 40 && /^[A-Z][\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}$/u.test(trimmed) && !SENTENCE_END.test(trimmed)
  );
}

/** A line that stops mid-sentence: no full stop, question or exclamation mark, closing quote or colon at its end. */
const OPEN_LINE_END = /[\p{L}\d,;'’\-–—]$/u;
/** Wire copy wrapped at about this width is hard-wrapped. */
const WRAP_WIDTH = 90;

/**
 * Wire copy often comes hard-wrapped: a sentence, or a quotation, runs over several lines with no blank line between
 * paragraphs. When most lines are short and many stop mid-sentence, a line that stops mid-sentence, or inside an
 * open quotation, is joined with the line right after it (the line break read as a space, so offsets still hold).
 */
function joinHardWraps(lines: { start: number; end: number; text: string }[], text: string): void {
  const short = lines.filter((line) => line.text.length <= WRAP_WIDTH).length;
  const open = lines.filter((line) => OPEN_LINE_END.test(line.text.trimEnd())).length;
  if (lines.length < 6 || short < lines.length * 0.8 || open < lines.length * 0.3) return;
  for (let index = 0; index < lines.length - 1;) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    const adjacent = next.start === line.end + 1;
    const quotes = (line.text.match(/[“]/g)?.length ?? 0) - (line.text.match(/[”]/g)?.length ?? 0);
    const straight = (line.text.match(/"/g)?.length ?? 0) % 2 === 1;
    if (adjacent && (OPEN_LINE_END.test(line.text.trimEnd()) || quotes > 0 || straight)) {
      lines.splice(index, 2, {
        start: line.start,
        end: next.end,
        text: text.slice(line.start, next.end).replace(/\n/g, ' '),
      });
    } else index++;
  }
}

/** Lays out an article: which lines are content, and the sentences of that content with offsets into `text`. */
export function layoutDocument(text: string, headerTitle: string | null = null): ArticleDocument {
  const lines: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') lines.push({ start: offset, end: offset + line.length, text: line });
    offset += line.length + 1;
  }

  joinHardWraps(lines, text);

  let title = headerTitle;
  let datedLine: string | null = null;
  let byline: string | null = null;
  const content: typeof lines = [];
  lines.forEach((line, index) => {
    const trimmed = line.text.trim();
    if (isBoilerplate(trimmed)) {
      datedLine ??= DATE_IN_LINE.exec(trimmed)?.[1] ?? null;
      return;
    }
    if (looksLikeTitle(trimmed, index === 0) && lines.length > 1) {
      title ??= trimmed;
      // A headline tells facts as the text does ("Xi condemns 'bullying'"), and is read with it; a byline is not.
      if (/^by\s/i.test(trimmed)) return;
    }
    if (index === lines.length - 1 && index > 0 && looksLikeByline(trimmed)) {
      byline = trimmed.replace(/^by\s+/i, '');
      return;
    }
    // A caption printed twice (photo caption then alt text) is content once.
    if (content.length > 0 && content[content.length - 1]!.text.trim() === trimmed) return;
    content.push(line);
  });

  const sentences: Sentence[] = [];
  content.forEach((line, paragraph) => {
    for (const [start, end] of splitSentences(line.text)) {
      sentences.push({
        index: sentences.length,
        paragraph,
        start: line.start + start,
        end: line.start + end,
        text: line.text.slice(start, end),
      });
    }
  });
  return { title, datedLine, byline, sentences };
}

const OPENING_QUOTES = new Set(['“', '‘']);
const CLOSING_QUOTES = new Set(['”', '’']);

/**
 * Splits a paragraph into sentences, as [start, end) pairs. Never splits inside a quotation, after an abbreviation
 * or an initial ("J. D. Vance"), or before a lower-case word.
 */
export function splitSentences(paragraph: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  let inDoubleQuote = false;
  let inCurlyQuote = 0;
  const length = paragraph.length;
  for (let i = 0; i < length; i++) {
    const char = paragraph[i]!;
    // Typed and typeset marks get mixed (“...," or "...”): a mark of either kind closes the quotation that is open.
    if (char === '"') {
      if (inCurlyQuote > 0 && !inDoubleQuote) inCurlyQuote--;
      else inDoubleQuote = !inDoubleQuote;
    } else if (char === '“') inCurlyQuote++;
    else if (char === '”' && inDoubleQuote && inCurlyQuote === 0) inDoubleQuote = false;
    // A closing mark that opens the paragraph is a slip for an opening one: ”Even this morning, ...”
    else if (char === '”') inCurlyQuote = /^\s*$/.test(paragraph.slice(0, i)) ? 1 : Math.max(0, inCurlyQuote - 1);
    if (char !== '.' && char !== '!' && char !== '?' && char !== '—' && char !== ':') continue;
    if (char === '—' || char === ':') {
      // A list introduced by a colon ends the sentence only at a line end; a dash never does.
      continue;
    }
    // Include closing quotes and brackets in the sentence that ends here.
    let end = i + 1;
    let doubleAfter: boolean = inDoubleQuote;
    let curlyAfter = inCurlyQuote;
    while (
      end < length &&
      (paragraph[end] === '"' ||
        CLOSING_QUOTES.has(paragraph[end]!) ||
        paragraph[end] === ')' ||
        paragraph[end] === "'")
    ) {
      if (paragraph[end] === '"') {
        if (curlyAfter > 0 && !doubleAfter) curlyAfter--;
        else doubleAfter = !doubleAfter;
      } else if (paragraph[end] === '”') {
        if (doubleAfter && curlyAfter === 0) doubleAfter = false;
        else curlyAfter = Math.max(0, curlyAfter - 1);
      }
      end++;
    }
    if (end >= length) break;
    if (!/\s/.test(paragraph[end]!)) continue;
    let next = end;
    while (next < length && /\s/.test(paragraph[next]!)) next++;
    const following = paragraph[next] ?? '';
    if (!/[\p{Lu}\d"'“‘(•-]/u.test(following) && !OPENING_QUOTES.has(following)) continue;
    if (doubleAfter || curlyAfter > 0) continue;
    if (char === '.') {
      const wordStart = paragraph.lastIndexOf(' ', i - 1) + 1;
      const word = paragraph
        .slice(wordStart, i)
        .toLowerCase()
        .replace(/^["“(]/, '');
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word) || /^(?:[a-z]\.)+[a-z]$/i.test(word)) continue;
    }
    spans.push(trimSpan(paragraph, start, end));
    inDoubleQuote = doubleAfter;
    inCurlyQuote = curlyAfter;
    start = next;
    i = next - 1;
  }
  if (start < length) spans.push(trimSpan(paragraph, start, length));
  return spans.filter(([from, to]) => to > from);
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return [start, end];
}

/**
 * The city of a wire dateline opening the text ("LIMA, Peru — (AP) —", "GENEVA, May 12 (Reuters) -", "KYIV/MOSCOW -"):
 * where the report was filed, which for an event's coverage is usually where the event is. In title case.
 */
export function datelineCity(text: string): string | null {
  for (const line of text.split('\n', 12)) {
    const match = DATELINE.exec(line.trim());
    if (!match) continue;
    const city = match[1]!
      .toLowerCase()
      .replace(/(^|[\s'-])(\p{L})/gu, (_all, before: string, letter: string) => before + letter.toUpperCase());
    // "MUSCAT: ...": after a colon only a known seat of government, not a label ("IMAGE:", "WATCH:").
    if (match[0].endsWith(':') && !SEATS.has(city)) continue;
    return city;
  }
  return null;
}

/** Where a wire dateline that opens this sentence ends ("LIMA, Peru (AP) — "), else 0: nothing in it acts. */
export function datelineEnd(sentence: string): number {
  const match = DATELINE.exec(sentence);
  return match && !match[0].endsWith(':') ? match[0].length : 0;
}

const SEATS: ReadonlySet<string> = new Set(NATIONS.flatMap((nation) => nation.seats));

const DATELINE =
  /^(\p{Lu}[\p{Lu}'.-]+(?:\s\p{Lu}[\p{Lu}'.-]+){0,2})(?:\/[\p{Lu}\s/'.-]+)?(?:,\s*[\p{L}\d .]{2,30}?)?(?:\s*\([^)]{1,30}\))?\s*(?:—|–|(?<=\s)-|:(?=\s))/u;
