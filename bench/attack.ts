/**
 * attack: `npm run attack`: the security figures of issue 15, measured against a real server and Neo4j on this
 * machine only (loopback). It runs on the test instance (`.neo4j-test`, or NEO4J_URI), whose graph it replaces.
 *  1. every Cypher attack form is refused, the graph and the files untouched, no request reaches the canary URL;
 *  2. abusive queries (huge strings, a 10-million list) leave the server up with event-loop lag p99 < 200 ms;
 *  3. explorer reads keep p95 < 500 ms while 100 analyst queries run;
 *  4. concurrent overlapping imports end with the same counts as sequential ones.
 */
process.env.NEO4J_LOCAL_DIR ??= '.neo4j-test';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pino } from 'pino';
import { connect, type Graph } from '../db/connection.js';
import { localPaths, readState } from '../db/local-neo4j.js';
import { applySchema } from '../db/schema.js';
import { importFiles } from '../graph-import/importer.js';
import { closeApp, createApp } from '../server/app.js';
import { attackForms } from './attack-forms.js';

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function post(base: string, query: string, params: Record<string, unknown> = {}) {
  const response = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, params }),
  });
  return { status: response.status, text: await response.text() };
}

async function size(graph: Graph): Promise<string> {
  const { records } = await graph.driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return `${records[0]!.get('nodes')} nodes / ${records[0]!.get('relationships')} relationships`;
}

/** Empties the graph (in batches, which need an implicit transaction). */
async function wipe(graph: Graph): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
  } finally {
    await session.close();
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const graph = await connect({ log: (line) => console.error(line) });
  await applySchema(graph);
  const fixtures = readdirSync('tests/fixtures/articles')
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => `tests/fixtures/articles/${file}`);
  const samples = readdirSync('samples/articles').map((file) => `samples/articles/${file}`);
  await wipe(graph);
  await importFiles(graph, [...samples, ...fixtures]);

  const app = createApp({ graph, logger: pino({ level: 'silent' }), clientDir: '/nonexistent' });
  const server = createHttpServer(app);
  const base = await listen(server);
  let canaryHits = 0;
  const canary = createHttpServer((_request, response) => {
    canaryHits++;
    response.end('a,b\n');
  });
  const canaryUrl = `${await listen(canary)}/data.csv`;

  // 1. Attack forms.
  const before = await size(graph);
  const secrets = [readFileSync('/etc/hostname', 'utf8').trim(), 'root:x:0:0'];
  const state = process.env.NEO4J_URI ? null : readState(localPaths());
  if (state) secrets.push(state.password);
  const forms = attackForms(canaryUrl);
  let refused = 0;
  const leaks: string[] = [];
  for (const form of forms) {
    const { status, text } = await post(base, form.query, form.params);
    if (status === 400) refused++;
    else leaks.push(`${form.name}: ${status}`);
    if (secrets.some((secret) => text.includes(secret))) leaks.push(`${form.name}: answered a secret`);
  }
  const after = await size(graph);
  console.log(
    `attack forms: ${refused}/${forms.length} refused; graph ${before === after ? 'unchanged' : `CHANGED (${before} -> ${after})`}; canary requests ${canaryHits}${leaks.length ? `; NOT REFUSED: ${leaks.join(', ')}` : ''}`,
  );

  // 2. Abusive queries: the server survives and its event loop keeps answering.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const abusive = [
    'UNWIND range(1,1000) AS i RETURN i, reduce(s = "xxxxxxxxxx", k IN range(1,16) | s + s) AS s',
    'RETURN range(1,10000000) AS r',
    'UNWIND range(1, 100) AS i RETURN [x IN range(1, 100000) | toString(x)] AS l',
  ];
  const began = Date.now();
  const outcomes = await Promise.all(abusive.map((query) => post(base, query)));
  const healthy = (await fetch(`${base}/api/health`)).status === 200;
  delay.disable();
  console.log(
    `abusive queries: statuses ${outcomes.map((outcome) => `${outcome.status} (${(outcome.text.length / 1024 / 1024).toFixed(1)} MB)`).join(', ')} in ${((Date.now() - began) / 1000).toFixed(1)} s; server ${healthy ? 'up' : 'DOWN'}; event-loop lag p50 ${(delay.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${(delay.max / 1e6).toFixed(0)} ms`,
  );

  // 3. Explorer reads while 100 analyst queries run.
  const slow = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i)';
  const analysts = Promise.all(Array.from({ length: 100 }, () => post(base, slow).then((outcome) => outcome.status)));
  const times: number[] = [];
  const readsBegan = Date.now();
  let failedReads = 0;
  while (Date.now() - readsBegan < 8_000) {
    const t = performance.now();
    const response = await fetch(`${base}/api/search?q=minister%20${times.length}`);
    if (response.status !== 200) failedReads++;
    await response.arrayBuffer();
    times.push(performance.now() - t);
  }
  const statuses = await analysts;
  const byStatus = new Map<number, number>();
  for (const status of statuses) byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
  console.log(
    `explorer reads during 100 analyst queries: ${times.length} searches, p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, ${failedReads} failed; analysts answered ${[...byStatus].map(([status, n]) => `${n}×${status}`).join(', ')}`,
  );

  // 4. Concurrent overlapping imports against sequential ones.
  const first = fixtures.slice(0, 7);
  const second = fixtures.slice(3);
  await wipe(graph);
  await importFiles(graph, first);
  await importFiles(graph, second);
  const sequential = await size(graph);
  await wipe(graph);
  await Promise.all([importFiles(graph, first), importFiles(graph, second)]);
  const concurrent = await size(graph);
  console.log(
    `imports: sequential ${sequential}; concurrent ${concurrent}: ${sequential === concurrent ? 'the same' : 'DIFFERENT'}`,
  );

  await closeApp(app);
  server.close();
  canary.close();
  await graph.close();
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
