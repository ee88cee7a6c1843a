/**
 * bench:extract: extraction throughput (MiB of article text per second, one core) and peak memory over a generated
 * corpus, plus the seed and sample articles when present. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../graph-import/files.js';
import { extractFiles, extractTexts } from '../graph-import/pipeline.js';
import { decodeArticle } from '../graph-import/read/read-article.js';
import { generateArticles } from './generate-articles.js';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 500);

async function measure(label: string, files: string[]): Promise<void> {
  const began = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const run = await extractFiles(files);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  const cpu = process.cpuUsage(cpuBefore);
  const mib = run.bytes / 1024 / 1024;
  console.log(
    `${label.padEnd(22)} ${String(files.length).padStart(6)} articles  ${mib.toFixed(2)} MiB  ${seconds.toFixed(2)} s  ` +
      `${(mib / seconds).toFixed(2)} MiB/s  (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s)  ` +
      `${run.corpus.entities.length} entities, ${run.corpus.relations.length} relations`,
  );
}

/**
 * News as written, at the density of real reporting (the generated articles pack a claim into nearly every sentence):
 * the seed articles, read at run time and repeated as 500 distinct articles, extracted from memory.
 */
async function measureRealText(seeds: string[], label = 'seeds x100, in memory'): Promise<void> {
  const raw = await Promise.all(seeds.map((file) => readFile(file)));
  const articles = Array.from({ length: 500 }, (_, i) => decodeArticle(`real-${i}.txt`, raw[i % raw.length]!));
  const mib = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0) / 1024 / 1024;
  const began = process.hrtime.bigint();
  const run = extractTexts(articles);
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  console.log(
    `${label.padEnd(22)} ${String(articles.length).padStart(6)} articles  ${mib.toFixed(2)} MiB  ` +
      `${seconds.toFixed(2)} s  ${(mib / seconds).toFixed(2)} MiB/s  ${run.corpus.entities.length} entities`,
  );
}

/** The real-density corpus as the first corpus of a fresh process (after the same warm-up), in a child process. */
async function measureRealTextCold(): Promise<void> {
  const child = spawn(process.execPath, ['bin/run.mjs', 'bench/extract.ts'], {
    env: { ...process.env, BENCH_REAL_TEXT_FIRST: '1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await once(child, 'exit');
}

if (process.env.BENCH_REAL_TEXT_FIRST === '1') {
  const directory = await mkdtemp(join(tmpdir(), 'bench-extract-'));
  await measure('warm-up (child)', (await generateArticles(directory, 20)).slice(0, 20)).finally(() =>
    rm(directory, { recursive: true, force: true }),
  );
  await measureRealText(await expandPaths(['../shared/seeds']), 'seeds x100, first');
  process.exit(0);
}

const directory = await mkdtemp(join(tmpdir(), 'bench-extract-'));
try {
  const files = await generateArticles(join(directory, 'first'), COUNT);
  const others = await generateArticles(join(directory, 'second'), COUNT, 8);
  await measure('warm-up', files.slice(0, 20));
  // A fresh process runs its first corpus while V8 is still compiling the extractor; a long import runs at the speed
  // of the second, another corpus of the same size.
  await measure('generated, first', files);
  await measure('generated, second', others);
  const seeds = existsSync('../shared/seeds') ? await expandPaths(['../shared/seeds']) : [];
  if (seeds.length) {
    await measure('seed articles', seeds);
    await measureRealText(seeds);
    await measureRealTextCold();
  }
  await measure('sample articles', await expandPaths(['samples/articles']));
  console.log(
    `peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (node ${process.version}, ${process.arch})`,
  );
} finally {
  await rm(directory, { recursive: true, force: true });
}
