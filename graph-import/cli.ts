/**
 * cli: `npm run extract|import|eval`: article files in, an extraction (JSON), a graph in Neo4j, or quality scores out.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command, Option } from 'commander';
import type { Extraction } from '../graph-model/index.js';
import { poolScores, scoreExtraction, GoldSchema, type EvalReport } from './eval/score.js';
import { expandPaths } from './files.js';
import { extractFiles } from './pipeline.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from './read/read-article.js';
import type { ImportInterruptedError } from './write/graph-writer.js';

const program = new Command('graph-import').description('news articles in, a knowledge graph out');

const maxBytesOption = new Option('--max-bytes <n>', 'refuse article files larger than this')
  .default(DEFAULT_MAX_ARTICLE_BYTES)
  .argParser(Number);

program
  .command('extract')
  .description('print what the articles say, without touching the database')
  .argument('<files...>', 'article files (.txt, .md, .html) or directories')
  .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
  .addOption(maxBytesOption)
  .action(async (paths: string[], options: { format: 'json' | 'text'; maxBytes: number }) => {
    const run = await extractFiles(await expandPaths(paths), { maxBytes: options.maxBytes });
    for (const failure of run.failures) console.error(failure.message);
    const { articles, entities, relations } = run.corpus;
    if (options.format === 'json')
      console.log(JSON.stringify({ articles, entities, relations } satisfies Extraction, null, 2));
    else printText(run.corpus);
    if (run.failures.length) process.exitCode = 1;
  });

program
  .command('import')
  .description('extract the articles and write them into Neo4j (idempotent)')
  .argument('<paths...>', 'article files (.txt, .md, .html) or directories')
  .addOption(maxBytesOption)
  .action(async (paths: string[], options: { maxBytes: number }) => {
    // The database's modules (the driver among them) load only for the commands that use it: `extract` starts fast.
    const { runImport } = await import('./import-command.js');
    const summary = await runImport(await expandPaths(paths), {
      maxBytes: options.maxBytes,
      progress: process.stderr.isTTY,
    });
    if (summary.failed > 0) process.exitCode = 1;
  });

program
  .command('remove')
  .description('remove articles and exactly their claims (by article id, URL or file)')
  .argument('<articles...>', 'article ids, URLs or the files they were imported from')
  .action(async (references: string[]) => {
    const { runRemove } = await import('./remove-command.js');
    const summary = await runRemove(references);
    if (summary.unknown.length > 0) process.exitCode = 1;
  });

program
  .command('merges')
  .description(
    'review the pairs of people resolution was unsure about: list | accept INTO FROM | reject A B | split NODE ALIAS',
  )
  .helpOption(false)
  .allowUnknownOption()
  .argument('[args...]')
  .action(async (args: string[]) => {
    const { mergesCommand } = await import('./merges-command.js');
    await mergesCommand().parseAsync(args, { from: 'user' });
  });

program
  .command('eval')
  .description(
    'score extraction against gold: FILES with --gold (one corpus), or a FOLDER of NAME.txt + NAME.gold.json pairs (each article on its own, pooled)',
  )
  .option(
    '--gold <file>',
    'gold annotation JSON (shared/eval/README.md); repeat to pool several',
    (value: string, previous: string[] = []) => [...previous, value],
  )
  .argument('<paths...>', 'the articles the gold annotation covers, or folders of article and gold pairs')
  .option('--json', 'print the report as JSON')
  .option('--verbose', 'list false positives (with rule and sentence) and misses')
  .action(async (paths: string[], options: { gold?: string[]; json?: boolean; verbose?: boolean }) => {
    const results = [];
    if (options.gold?.length) {
      const run = await extractFiles(await expandPaths(paths));
      for (const failure of run.failures) console.error(failure.message);
      for (const goldFile of options.gold) results.push(scoreExtraction(run.corpus, await readGold(goldFile)));
    } else {
      const pairs = paths.flatMap(goldPairs);
      if (pairs.length === 0)
        throw new Error(
          `eval: no NAME.txt with NAME.gold.json in ${paths.join(', ')}; give folders of pairs, or files with --gold`,
        );
      for (const pair of pairs) {
        const run = await extractFiles([pair.article]);
        for (const failure of run.failures) console.error(failure.message);
        const result = scoreExtraction(run.corpus, await readGold(pair.gold));
        const name = basename(pair.article);
        result.report.falsePositives.forEach((item) => (item.text = `${name}: ${item.text}`));
        result.report.misses.forEach((item) => (item.text = `${name}: ${item.text}`));
        results.push(result);
      }
    }
    const report = poolScores(results);
    if (options.json) console.log(JSON.stringify(report, null, 2));
    else printReport(report, !!options.verbose);
  });

async function readGold(goldFile: string) {
  const parsed = GoldSchema.safeParse(JSON.parse(await readFile(goldFile, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `eval: "${goldFile}" is not a gold annotation: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`,
    );
  return parsed.data;
}

/** The article and gold pairs of a folder (`a01.txt` with `a01.gold.json`), by name. */
function goldPairs(folder: string): { article: string; gold: string }[] {
  if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.gold.json'))
    .sort()
    .map((file) => ({ gold: join(folder, file), article: join(folder, file.replace(/\.gold\.json$/, '.txt')) }))
    .filter((pair) => existsSync(pair.article));
}

function printText(corpus: Extraction): void {
  const names = new Map(corpus.entities.map((entity) => [entity.id, entity.name]));
  for (const entity of corpus.entities) {
    if (entity.type === 'Topic') continue;
    console.log(
      `${entity.type.padEnd(12)} ${entity.name}${entity.aliases.length ? `  (${entity.aliases.join(', ')})` : ''}`,
    );
  }
  console.log('');
  for (const relation of corpus.relations) {
    console.log(
      `${names.get(relation.source)} -${relation.type}-> ${names.get(relation.target)}  [${relation.evidence.length} evidence]`,
    );
  }
}

const pct = (value: number) => value.toFixed(3);

function printReport(report: EvalReport, verbose: boolean): void {
  const row = (label: string, s: EvalReport['entityTotal']) =>
    console.log(
      `${label.padEnd(16)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`,
    );
  console.log('Entities');
  for (const [type, s] of Object.entries(report.entities)) row(`  ${type}`, s);
  row('  all', report.entityTotal);
  console.log('Relations');
  for (const [type, s] of Object.entries(report.relations)) row(`  ${type}`, s);
  row('  all', report.relationTotal);
  console.log('Relations per extraction rule (precision = hits / produced)');
  for (const [rule, counts] of Object.entries(report.rules).sort((a, b) => b[1].produced - a[1].produced))
    console.log(
      `  ${rule.padEnd(36)} ${String(counts.hits).padStart(4)} / ${String(counts.produced).padEnd(4)} ${pct(counts.hits / counts.produced)}`,
    );
  console.log(
    `Duplicates: ${report.duplicates.length}${report.duplicates.map((d) => `\n  ${d.gold}: ${d.extracted.join(' / ')}`).join('')}`,
  );
  if (verbose) {
    console.log('False positives:');
    for (const item of report.falsePositives) console.log(`  ${item.kind}: ${item.text}`);
    console.log('Misses:');
    for (const item of report.misses) console.log(`  ${item.kind}: ${item.text}`);
  }
}

program.parseAsync().catch((error: Error) => {
  if (error.name === 'ImportInterruptedError') {
    const interrupted = error as ImportInterruptedError;
    for (const outcome of interrupted.outcomes)
      if (outcome.status === 'imported') console.error(`import: written before the loss: ${outcome.source}`);
    for (const article of interrupted.inFlight)
      console.error(`import: being written at the loss, may or may not be stored: ${article.source}`);
  }
  console.error(error.message);
  process.exitCode = 1;
});
