/**
 * The server answers health checks from the real Neo4j and serves the client page.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import { createApp } from '../../server/app.js';
import { openTestGraph } from '../helpers/graph.js';

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

describe('app', () => {
  it('should report Neo4j 5.26 and the size of the graph on /api/health', async () => {
    const app = createApp({ graph, logger: pino({ level: 'silent' }) });
    const response = await request(app).get('/api/health').expect(200);
    expect(response.body.neo4j).toBe('up');
    expect(response.body.version).toMatch(/^5\.26\./);
    expect(typeof response.body.nodes).toBe('number');
  });

  it('should serve the client page at /', async () => {
    const clientDir = await mkdtemp(join(tmpdir(), 'client-'));
    await writeFile(join(clientDir, 'index.html'), '<title>News graph explorer</title>');
    const app = createApp({ graph, logger: pino({ level: 'silent' }), clientDir });
    const response = await request(app).get('/').expect(200);
    expect(response.text).toContain('News graph explorer');
  });
});
