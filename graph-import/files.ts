/**
 * files: expands the paths given on the command line (files and directories) into the article files to read.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ARTICLE_EXTENSIONS } from './read/read-article.js';

/** Files as given, and the article files found under each directory, sorted for a stable order. */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) files.push(...(await articlesUnder(path)));
    else files.push(path);
  }
  return files;
}

async function articlesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase()),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
