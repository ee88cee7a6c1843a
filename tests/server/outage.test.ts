/**
 * While Neo4j is stopped the server stays up and answers 503 with Retry-After; it serves again once Neo4j is back.
 * It stops and starts the local test Neo4j, so it runs only on that instance (never on an external NEO4J_URI).
 */
import request from 'supertest';
import { connect, type Graph } from '../../db/connection.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../db/local-neo4j.js';
import { testApp } from '../helpers/api.js';

const local = !process.env.NEO4J_URI;
let graph: Graph;
beforeAll(async () => {
  graph = await connect({ maxTransactionRetryTime: 1_000 });
});
afterAll(async () => {
  await startLocalNeo4j();
  await graph.close();
});

(local ? describe : describe.skip)('when Neo4j goes away', () => {
  it('should answer 503 with Retry-After while it is down and 200 once it is back', async () => {
    const app = testApp(graph);
    await request(app).get('/api/health').expect(200);
    await stopLocalNeo4j();
    const down = await request(app).get('/api/search').query({ q: 'tamm' }).expect(503);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.type).toBe('application/problem+json');
    await startLocalNeo4j();
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await request(app).get('/api/health')).status;
      if (status !== 200) await new Promise((done) => setTimeout(done, 500));
    }
    expect(status).toBe(200);
  }, 120_000);
});
