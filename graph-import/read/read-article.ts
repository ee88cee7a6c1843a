/**
 * read-article: turns an article file (.txt, .md, .html) into checked text and metadata, or one clear error.
 */
import { InvalidInputError } from '../../graph-model/errors.js';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { convert } from 'html-to-text';

/** Files larger than this are refused: news articles are a few KiB, a bigger file is almost surely not one. */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export class ArticleInputError extends InvalidInputError {
  constructor(
    readonly file: string,
    reason: string,
    hint: string,
  ) {
    super(`import: cannot read "${file}": ${reason} (${hint})`);
  }
}

export interface ArticleText {
  /** A stable id: from the url header when there is one, else from the file name. */
  id: string;
  source: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  /** The article text that evidence offsets point into (header removed, HTML turned into text). */
  text: string;
  contentHash: string;
}

const HEADER_KEY = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/;

/** Splits a leading `key: value` block ended by a `---` line off the text. */
export function parseHeader(raw: string): { header: Record<string, string>; body: string } {
  const lines = raw.split('\n');
  const header: Record<string, string> = {};
  for (let index = 0; index < lines.length && index < 40; index++) {
    const line = lines[index]!.trim();
    if (line === '---' && index > 0) return { header, body: lines.slice(index + 1).join('\n') };
    const match = HEADER_KEY.exec(line);
    if (!match) break;
    header[match[1]!.toLowerCase()] = match[2]!.trim();
  }
  return { header: {}, body: raw };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A header date as YYYY-MM-DD, read in the forms news headers use and no other: `2026-03-04` (or an ISO date-time),
 * `4 March 2026`, `March 4, 2026` (month names in full or three letters, an optional weekday first). A date without
 * a year, or a numeric one such as `03/04/2026` (day or month first?), is no date: null.
 */
export function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.trim().replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (dayFirst && monthNumber(dayFirst[2]!))
    return validDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (monthFirst && monthNumber(monthFirst[1]!))
    return validDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  return null;
}

/** How an article is told apart from others: by its url, else by its file name (a re-import replaces it), or else by
 * its content (uploads, whose file names say nothing: two `report.txt` from different folders are two articles). */
export type ArticleIdentity = 'file' | 'content';

/** Decodes UTF-8, or UTF-16 when a byte-order mark says so. */
function decodeText(source: string, bytes: Buffer): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    } catch {
      throw new ArticleInputError(source, 'broken UTF-16 text', 'convert it to UTF-8 .txt or .html');
    }
  }
  if (bytes.includes(0)) throw new ArticleInputError(source, 'binary content', 'give a .txt, .md or .html article');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(source, 'not UTF-8 text', 'convert it to UTF-8 .txt or .html');
  }
}

export function articleId(key: string): string {
  return 'article:' + createHash('sha1').update(key).digest('hex').slice(0, 16);
}

/** Checks and decodes article bytes; `source` names the file in errors. */
export function decodeArticle(
  source: string,
  bytes: Buffer,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
  identity: ArticleIdentity = 'file',
): ArticleText {
  if (bytes.length > maxBytes) {
    throw new ArticleInputError(
      source,
      `${bytes.length} bytes is over the ${maxBytes}-byte limit`,
      'split it or raise --max-bytes',
    );
  }
  let raw = decodeText(source, bytes);
  raw = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (raw.trim() === '') throw new ArticleInputError(source, 'the file is empty', 'give an article with text');

  const { header, body } = parseHeader(raw);
  const extension = extname(source).toLowerCase();
  const text = extension === '.html' || extension === '.htm' ? htmlToText(body) : body;
  if (text.trim() === '') throw new ArticleInputError(source, 'no text after the header', 'give an article with text');

  const url = header.url ?? null;
  if (url !== null && !/^https?:\/\/[^\s/]+/i.test(url))
    throw new ArticleInputError(source, `the header "url" is "${url}"`, 'give an http(s) URL or leave the line out');
  const dateField = ['date', 'published', 'publishedat'].find((key) => header[key] !== undefined);
  const publishedAt = dateField ? isoDate(header[dateField]) : null;
  if (dateField && !publishedAt)
    throw new ArticleInputError(
      source,
      `the header "${dateField}" is "${header[dateField]}", not a date`,
      'write it as 2026-03-04, 4 March 2026 or March 4, 2026',
    );
  const contentHash = createHash('sha256').update(text).digest('hex');
  return {
    id: articleId(url ?? (identity === 'content' ? `content:${contentHash}` : basename(source))),
    source,
    title: header.title ?? null,
    url,
    outlet: header.outlet ?? header.source ?? (url ? hostOf(url) : null),
    publishedAt,
    text,
    contentHash,
  };
}

function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'nav', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'footer', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
    ],
  });
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Reads one article file; every failure is an ArticleInputError naming the file. */
export async function readArticle(path: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Promise<ArticleText> {
  let bytes: Buffer;
  try {
    // Synchronous reads: articles are small, and awaiting two system calls per file cost as much as extracting it.
    const info = statSync(path);
    if (info.isDirectory())
      throw new ArticleInputError(path, 'it is a directory', 'give the files inside it or the directory to import');
    if (info.size > maxBytes) {
      throw new ArticleInputError(
        path,
        `${info.size} bytes is over the ${maxBytes}-byte limit`,
        'split it or raise --max-bytes',
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ArticleInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new ArticleInputError(path, reason, 'check the path');
  }
  return decodeArticle(path, bytes, maxBytes);
}
