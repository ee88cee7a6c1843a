/**
 * When the connection to Neo4j is lost mid-import, the import stops at once (not after minutes of retries) and says
 * exactly which articles were committed: those and no others are in the graph, each whole.
 */
import { readdirSync } from 'node:fs';
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import type { Graph } from '../../db/connection.js';
import { importFiles } from '../../graph-import/importer.js';
import { ImportInterruptedError } from '../../graph-import/write/graph-writer.js';
import { count, openTestGraph, wipe } from '../helpers/graph.js';

const FIXTURES = 'tests/fixtures/articles';
const files = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => `${FIXTURES}/${file}`);

let graph: Graph;
let proxy: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  graph = await openTestGraph();
  await wipe(graph);
  // A TCP proxy in front of Neo4j's Bolt port, which the test cuts to lose the connection.
  const target = new URL(graph.uri.replace(/^bolt/, 'http'));
  proxy = createServer((client) => {
    const server = connectTcp(Number(target.port), target.hostname);
    sockets.push(client, server);
    client.pipe(server).pipe(client);
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
});
afterAll(async () => {
  proxy.close();
  await graph.driver.executeQuery('MATCH (l:ImportLease) DELETE l');
  await graph.close();
});

describe('an import that loses its connection', () => {
  it('should stop within seconds and name exactly the articles it committed', async () => {
    const port = (proxy.address() as AddressInfo).port;
    const driver = neo4j.driver(
      `bolt://127.0.0.1:${port}`,
      neo4j.auth.basic(graph.credentials.user, graph.credentials.password),
      {
        maxTransactionRetryTime: 1_000,
        disableLosslessIntegers: true,
      },
    );
    const throughProxy: Graph = { ...graph, driver, uri: `bolt://127.0.0.1:${port}`, close: () => driver.close() };
    const running = importFiles(throughProxy, files, { batchSize: 1 }).then(
      () => null,
      (error: unknown) => error,
    );
    // Cut the connection once two articles are committed.
    while ((await count(graph, 'MATCH (a:Article) RETURN count(a)')) < 2)
      await new Promise((done) => setTimeout(done, 10));
    const cutAt = Date.now();
    proxy.close();
    for (const socket of sockets) socket.destroy();
    const error = await running;
    expect(Date.now() - cutAt).toBeLessThan(15_000);
    expect(error).toBeInstanceOf(ImportInterruptedError);
    const interrupted = error as ImportInterruptedError;
    expect(interrupted.message).toMatch(/^import: the connection to Neo4j was lost .*written before it/);
    const written = interrupted.outcomes
      .filter((outcome) => outcome.status === 'imported')
      .map((outcome) => outcome.id);
    expect(written.length).toBeGreaterThan(0);
    expect(interrupted.inFlight.length).toBeLessThanOrEqual(1);
    expect(written.length).toBeLessThan(files.length);
    // Every article said written is stored; nothing else is, but the one in flight at the loss, perhaps.
    const stored = (await graph.driver.executeQuery('MATCH (a:Article) RETURN a.id AS id')).records.map(
      (record) => record.get('id') as string,
    );
    const inFlight = interrupted.inFlight.map((article) => article.id);
    expect(stored).toEqual(expect.arrayContaining(written));
    expect(stored.filter((id) => !written.includes(id) && !inFlight.includes(id))).toEqual([]);
    await driver.close().catch(() => undefined);
  });
});
