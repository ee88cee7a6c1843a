/**
 * One writer at a time: imports that run at once, from one process or several, end in the same graph as imports run
 * one after the other, and a writer that has to wait is told whom it waits for.
 */
import { readdirSync } from 'node:fs';
import type { Graph } from '../../db/connection.js';
import { importFiles } from '../../graph-import/importer.js';
import { withImportLease } from '../../graph-import/write/import-lease.js';
import { count, graphSize, openTestGraph, wipe } from '../helpers/graph.js';

const FIXTURES = 'tests/fixtures/articles';
const files = readdirSync(FIXTURES)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => `${FIXTURES}/${file}`);
// Two overlapping folders of the same size: the middle articles are in both. (Of equal size, the second reaches the
// write lease while the first still holds it.)
const first = files.slice(0, 7);
const second = files.slice(3, 10);

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

/** Counts per label and relationship type, and people's names: what a contradiction would change. */
async function shape(): Promise<unknown> {
  const result = await graph.driver.executeQuery(
    `CALL { MATCH (n) RETURN labels(n)[0] AS key, count(*) AS value UNION ALL MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS value }
     RETURN key, sum(value) AS value ORDER BY key`,
  );
  const leaders = await graph.driver.executeQuery('MATCH (l:Leader) RETURN l.id AS id ORDER BY id');
  return {
    counts: result.records.map((record) => [record.get('key'), record.get('value')]),
    leaders: leaders.records.map((record) => record.get('id')),
    size: await graphSize(graph),
  };
}

describe('the import lease', () => {
  it('should end concurrent overlapping imports in the same graph as sequential ones', async () => {
    await wipe(graph);
    await importFiles(graph, first);
    await importFiles(graph, second);
    const sequential = await shape();

    await wipe(graph);
    await Promise.all([importFiles(graph, first), importFiles(graph, second)]);
    expect(await shape()).toEqual(sequential);
    expect(await count(graph, 'MATCH (l:ImportLease) RETURN count(l)')).toBe(0);
  });

  it('should make an import wait while another writer holds the graph, saying whom it waits for', async () => {
    await wipe(graph);
    const waits: string[] = [];
    let imported: Promise<unknown> | undefined;
    await withImportLease(graph, { purpose: 'a test writer' }, async () => {
      imported = importFiles(graph, second, { onWait: (holder) => waits.push(holder) });
      // Hold the graph until the import has asked for it and been told to wait.
      while (waits.length === 0) await new Promise((resolve) => setImmediate(resolve));
    });
    await imported;
    expect(waits[0]).toMatch(/^a test writer \(pid \d+ on .+\), writing since/);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(second.length);
    expect(await count(graph, 'MATCH (l:ImportLease) RETURN count(l)')).toBe(0);
  });

  it('should let a writer take over a lease whose holder stopped renewing it', async () => {
    await graph.driver.executeQuery(
      "MERGE (l:ImportLease {name: 'graph'}) SET l.owner = 'dead', l.holder = 'a crashed import', l.since = timestamp() - 60000, l.expires = timestamp() - 1",
    );
    const ran = await withImportLease(graph, { purpose: 'test', maxWaitMs: 2000 }, async () => 'ran');
    expect(ran).toBe('ran');
  });

  it('should release the lease when the work fails', async () => {
    await expect(
      withImportLease(graph, { purpose: 'test' }, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await count(graph, 'MATCH (l:ImportLease) RETURN count(l)')).toBe(0);
  });
});
