/**
 * read-article: turns an article file (.txt, .md, .html) into checked text and metadata, or one clear error.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { convert } from 'html-to-text';

/** Files larger than this are refused: news articles are a few KiB, a bigger file is almost surely not one. */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

export class ArticleInputError extends Error {
  override name = 'ArticleInputError';
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

/** Normalises a date string to YYYY-MM-DD, or null when it is not a date. */
export function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (iso) return iso[1]!;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString().slice(0, 10);
}

export function articleId(key: string): string {
  return 'article:' + createHash('sha1').update(key).digest('hex').slice(0, 16);
}

/** Checks and decodes article bytes; `source` names the file in errors. */
export function decodeArticle(source: string, bytes: Buffer, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): ArticleText {
  if (bytes.length > maxBytes) {
    throw new ArticleInputError(source, `${bytes.length} bytes is over the ${maxBytes}-byte limit`, 'split it or raise --max-bytes');
  }
  if (bytes.includes(0)) throw new ArticleInputError(source, 'binary content', 'give a .txt, .md or .html article');
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleInputError(source, 'not UTF-8 text', 'convert it to UTF-8 .txt or .html');
  }
  raw = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (raw.trim() === '') throw new ArticleInputError(source, 'the file is empty', 'give an article with text');

  const { header, body } = parseHeader(raw);
  const extension = extname(source).toLowerCase();
  const text = extension === '.html' || extension === '.htm' ? htmlToText(body) : body;
  if (text.trim() === '') throw new ArticleInputError(source, 'no text after the header', 'give an article with text');

  const url = header.url ?? null;
  return {
    id: articleId(url ?? basename(source)),
    source,
    title: header.title ?? null,
    url,
    outlet: header.outlet ?? header.source ?? (url ? hostOf(url) : null),
    publishedAt: isoDate(header.date ?? header.published ?? header.publishedat),
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
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
    if (info.isDirectory()) throw new ArticleInputError(path, 'it is a directory', 'give the files inside it or the directory to import');
    if (info.size > maxBytes) {
      throw new ArticleInputError(path, `${info.size} bytes is over the ${maxBytes}-byte limit`, 'split it or raise --max-bytes');
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ArticleInputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new ArticleInputError(path, reason, 'check the path');
  }
  return decodeArticle(path, bytes, maxBytes);
}
