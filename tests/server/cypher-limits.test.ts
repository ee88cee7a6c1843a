/**
 * What one analyst's query may cost: the server's caps bound every request, answers stay within a byte budget, the
 * server's event loop keeps answering whatever a query returns, and analysts cannot take the explorer's connections.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import request from 'supertest';
import type { Express } from 'express';
import type { Graph } from '../../db/connection.js';
import { CypherResponse } from '../../graph-model/api.js';
import { closeApp } from '../../server/app.js';
import type { ServerConfig } from '../../server/config.js';
import { importSamples, testApp } from '../helpers/api.js';
import { openTestGraph } from '../helpers/graph.js';

const SLOW = 'UNWIND range(1, 1000000000) AS i WITH i WHERE i % 7 = 100 RETURN count(i)';

let graph: Graph;
const apps: Express[] = [];
function app(config: Partial<ServerConfig> = {}): Express {
  const made = testApp(graph, { cypherRowLimit: 5, cypherTimeoutMs: 2000, ...config });
  apps.push(made);
  return made;
}

beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
});
afterEach(async () => {
  await Promise.all(apps.splice(0).map(closeApp));
});
afterAll(async () => {
  await graph.close();
});

describe('POST /api/cypher limits', () => {
  it('should never return more rows than the server allows, whatever the request asks', async () => {
    const body = CypherResponse.parse(
      (
        await request(app())
          .post('/api/cypher')
          .send({ query: 'UNWIND range(1, 100) AS i RETURN i', limit: 10_000 })
          .expect(200)
      ).body,
    );
    expect(body.rows).toHaveLength(5);
    expect(body.truncated).toBe(true);
  });

  it('should let a request ask for fewer rows than the cap', async () => {
    const body = CypherResponse.parse(
      (
        await request(app())
          .post('/api/cypher')
          .send({ query: 'UNWIND range(1, 100) AS i RETURN i', limit: 2 })
          .expect(200)
      ).body,
    );
    expect(body.rows).toHaveLength(2);
  });

  it('should stop a query at the server timeout even when the request asks for longer', async () => {
    const began = Date.now();
    const response = await request(app()).post('/api/cypher').send({ query: SLOW, timeoutMs: 60_000 }).expect(400);
    expect(response.body.detail).toMatch(/longer than 2000 ms/);
    expect(Date.now() - began).toBeLessThan(15_000);
  });

  it('should refuse fields the request schema does not know', async () => {
    const response = await request(app()).post('/api/cypher').send({ query: 'RETURN 1', extra: 1 }).expect(400);
    expect(response.body.detail).toMatch(/extra/);
  });

  it('should refuse parameters nested too deep with a 400, not a database error', async () => {
    let deep: unknown = 1;
    for (let level = 0; level < 200; level++) deep = { inner: deep };
    const response = await request(app())
      .post('/api/cypher')
      .send({ query: 'RETURN $p AS p', params: { p: deep } })
      .expect(400);
    expect(response.body.detail).toMatch(/nested at most/);
  });

  it('should return integers beyond 2^53 exactly, as strings', async () => {
    const body = CypherResponse.parse(
      (
        await request(app())
          .post('/api/cypher')
          .send({ query: 'RETURN 9007199254740993 AS big, 42 AS small' })
          .expect(200)
      ).body,
    );
    expect(body.rows[0]).toEqual({ big: '9007199254740993', small: 42 });
  });

  it('should cut an answer at its byte budget instead of failing to build it', async () => {
    const served = app({ cypherRowLimit: 1000, cypherTimeoutMs: 10_000, cypherMaxResponseBytes: 2 * 1024 * 1024 });
    const response = await request(served)
      .post('/api/cypher')
      .send({
        query: 'UNWIND range(1, 1000) AS i RETURN i, reduce(s = "xxxxxxxxxx", k IN range(1, 16) | s + s) AS s',
      })
      .expect(200);
    const body = CypherResponse.parse(response.body);
    expect(body.truncated).toBe(true);
    expect(body.rows.length).toBeGreaterThan(0);
    expect(String(body.rows[0]!.s).length).toBeLessThanOrEqual(10_001);
    expect(response.text.length).toBeLessThan(3 * 1024 * 1024);
    await request(served).get('/api/stats').expect(200);
  });

  it('should keep the event loop free while a huge result is read', async () => {
    const served = app({ cypherTimeoutMs: 2000 });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const huge = request(served).post('/api/cypher').send({ query: 'RETURN range(1, 10000000) AS r' });
    const reads: number[] = [];
    let settled = false;
    const done = huge.then((response) => {
      settled = true;
      return response;
    });
    while (!settled && reads.length < 20) {
      const began = Date.now();
      await request(served).get('/api/health').expect(200);
      reads.push(Date.now() - began);
    }
    const response = await done;
    delay.disable();
    expect([200, 400]).toContain(response.status);
    expect(delay.percentile(99) / 1e6).toBeLessThan(200);
    expect(Math.max(...reads)).toBeLessThan(1000);
  });

  it('should report a query terminated by an administrator as terminated, not as a timeout', async () => {
    const served = app({ cypherTimeoutMs: 20_000 });
    const slow = request(served)
      .post('/api/cypher')
      .send({ query: `${SLOW} // terminate-me` })
      .then((response) => response);
    let terminated = false;
    for (let attempt = 0; attempt < 100 && !terminated; attempt++) {
      const { records } = await graph.driver.executeQuery(
        "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'terminate-me' AND NOT currentQuery STARTS WITH 'EXPLAIN' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' RETURN transactionId",
      );
      for (const record of records) {
        await graph.driver.executeQuery('TERMINATE TRANSACTIONS $id', { id: record.get('transactionId') });
        terminated = true;
      }
      if (!terminated) await new Promise((done) => setTimeout(done, 100));
    }
    expect(terminated).toBe(true);
    const response = await slow;
    expect(response.status).toBe(400);
    expect(response.body.detail).toMatch(/terminated/);
    expect(response.body.detail).not.toMatch(/longer than/);
  });

  it('should answer 429 with Retry-After when every analyst slot and the queue are taken', async () => {
    const served = app({ cypherConcurrency: 1, cypherQueue: 0 });
    const slow = request(served).post('/api/cypher').send({ query: SLOW });
    // The slow query holds the only slot once the pool reports it running.
    await new Promise((done) => setTimeout(done, 0));
    const started = slow.then((response) => response);
    let busy: request.Response | undefined;
    for (let attempt = 0; attempt < 50 && !busy; attempt++) {
      const response = await request(served).post('/api/cypher').send({ query: 'RETURN 1 AS one' });
      if (response.status === 429) busy = response;
    }
    expect(busy?.status).toBe(429);
    expect(busy?.headers['retry-after']).toBe('2');
    expect((await started).status).toBe(400);
  });

  it("should keep the explorer's reads answering while analysts fill their slots and queue", async () => {
    const served = app({ cypherConcurrency: 4, cypherQueue: 8, cypherTimeoutMs: 3000 });
    const analysts = Array.from({ length: 30 }, () => request(served).post('/api/cypher').send({ query: SLOW }));
    const pending = Promise.all(analysts.map((call) => call.then((response) => response.status)));
    const times: number[] = [];
    for (let index = 0; index < 10; index++) {
      const began = Date.now();
      await request(served)
        .get('/api/search')
        .query({ q: `tamm ${index}` })
        .expect(200);
      times.push(Date.now() - began);
    }
    const statuses = await pending;
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 400 || status === 429)).toBe(true);
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.95) - 1]!).toBeLessThan(500);
  });
});
