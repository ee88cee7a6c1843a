/**
 * import-command: `npm run import`: extract article files and write them into Neo4j (importer.ts), with a progress
 * bar on a TTY and a summary at the end. Bad files are named one per line; the others still import.
 */
import { SingleBar, Presets } from 'cli-progress';
import { connect } from '../db/connection.js';
import { applySchema } from '../db/schema.js';
import { importFiles, type ImportOptions, type ImportSummary } from './importer.js';

function printSummary(summary: ImportSummary): void {
  for (const failure of summary.failures) console.error(failure.message);
  for (const outcome of summary.outcomes) {
    if (outcome.status === 'failed')
      console.error(
        `import: "${outcome.source}" was not written (${outcome.error?.split('\n')[0]}); nothing of it was stored`,
      );
  }
  const { counts } = summary;
  console.log(
    `Imported ${summary.imported}, unchanged ${summary.unchanged}, failed ${summary.failed} article(s) in ${summary.seconds.toFixed(1)}s; ` +
      `nodes +${counts.nodesCreated}/-${counts.nodesDeleted}, relationships +${counts.relationshipsCreated}/-${counts.relationshipsDeleted}`,
  );
  if (summary.proposedMerges)
    console.log(`${summary.proposedMerges} pair(s) of people may be one person: npm run merges -- list`);
}

/** The CLI's import: connects (starting the local Neo4j if needed), applies the schema, imports, closes. */
export async function runImport(
  files: string[],
  options: ImportOptions & { progress?: boolean },
): Promise<ImportSummary> {
  // A lost connection fails within seconds rather than after the driver's 30 s of retries per transaction.
  const graph = await connect({ log: (line) => console.error(line), maxTransactionRetryTime: 5_000 });
  try {
    await applySchema(graph);
    const bar = options.progress
      ? new SingleBar({ format: 'import {bar} {value}/{total} {stage}', hideCursor: true }, Presets.shades_classic)
      : null;
    let started = false;
    try {
      const summary = await importFiles(graph, files, {
        ...options,
        onProgress: (done, total, stage) => {
          if (!started) bar?.start(total, 0, { stage });
          started = true;
          bar?.update(done, { stage });
        },
        onWait: (holder) => console.error(`import: waiting for another writer to finish: ${holder}`),
      });
      bar?.stop();
      printSummary(summary);
      return summary;
    } finally {
      bar?.stop();
    }
  } finally {
    await graph.close();
  }
}
