/**
 * bench:import: imports generated articles (10,000 by default, BENCH_ARTICLES to change) into the test Neo4j in
 * `.neo4j-bench` (or NEO4J_URI, which it wipes) and prints the time of each stage. Prints figures; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.NEO4J_LOCAL_DIR ??= '.neo4j-bench';
const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);

const { connect } = await import('../db/connection.js');
const { applySchema } = await import('../db/schema.js');
const { extractFiles } = await import('../graph-import/pipeline.js');
const { articlePayloads } = await import('../graph-import/write/article-batches.js');
const { writeArticles, WRITE_TIMINGS } = await import('../graph-import/write/graph-writer.js');
const { generateArticles } = await import('./generate-articles.js');
const { proposeMerges } = await import('../graph-import/write/merge-writer.js');

const directory = await mkdtemp(join(tmpdir(), 'bench-import-'));
const graph = await connect({ log: (line) => console.error(line) });
try {
  const session = graph.driver.session({ database: graph.database });
  await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  await session.close();
  await applySchema(graph);
  const files = await generateArticles(directory, COUNT);

  let began = Date.now();
  const run = await extractFiles(files, { keepText: true });
  const extractSeconds = (Date.now() - began) / 1000;
  const payloads = articlePayloads(run.corpus, run.texts);
  began = Date.now();
  const { outcomes, counts } = await writeArticles(graph, payloads, {
    batchSize: Number(process.env.BENCH_BATCH ?? 500),
  });
  const writeSeconds = (Date.now() - began) / 1000;
  began = Date.now();
  const proposed = await proposeMerges(graph);
  console.log(
    `merge proposals (SIMILAR_TO) over all people: ${proposed} pair(s) in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  const failed = outcomes.filter((outcome) => outcome.status === 'failed').length;
  console.log(`articles ${COUNT} (${(run.bytes / 1048576).toFixed(2)} MiB), failed ${failed}`);
  console.log(
    `extract ${extractSeconds.toFixed(1)} s, write ${writeSeconds.toFixed(1)} s, total ${(extractSeconds + writeSeconds).toFixed(1)} s`,
  );
  console.log(
    `nodes +${counts.nodesCreated}, relationships +${counts.relationshipsCreated}; ${(COUNT / (extractSeconds + writeSeconds)).toFixed(0)} articles/s`,
  );
  for (const [query, ms] of [...WRITE_TIMINGS].sort((a, b) => b[1] - a[1]).slice(0, 6))
    console.log(`  ${(ms / 1000).toFixed(1)} s  ${query}`);
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
} finally {
  await graph.close();
  await rm(directory, { recursive: true, force: true });
}
