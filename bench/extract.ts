/**
 * bench:extract: extraction throughput (MiB of article text per second, one core) and peak memory over a generated
 * corpus, plus the seed and sample articles when present. Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPaths } from '../graph-import/files.js';
import { extractFiles } from '../graph-import/pipeline.js';
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

const directory = await mkdtemp(join(tmpdir(), 'bench-extract-'));
try {
  const files = await generateArticles(directory, COUNT);
  await measure('warm-up', files.slice(0, 20));
  await measure('generated corpus', files);
  const seeds = await expandPaths(['../shared/seeds']).catch(() => []);
  if (seeds.length) await measure('seed articles', seeds);
  await measure('sample articles', await expandPaths(['samples/articles']));
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (node ${process.version}, ${process.arch})`);
} finally {
  await rm(directory, { recursive: true, force: true });
}
