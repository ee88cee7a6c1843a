/**
 * The analysts' Cypher endpoint under attack: every way to read a file, reach a URL, administer the server or write
 * is refused on the query's plan, the database and the files stay untouched, and no request leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { Express } from 'express';
import type { Graph } from '../../db/connection.js';
import { localPaths, readState } from '../../db/local-neo4j.js';
import { attackForms } from '../../bench/attack-forms.js';
import { closeApp } from '../../server/app.js';
import { importSamples, testApp } from '../helpers/api.js';
import { graphSize, openTestGraph } from '../helpers/graph.js';

let graph: Graph;
let app: Express;
let canary: Server;
let canaryHits = 0;
let canaryUrl = '';

beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
  app = testApp(graph);
  canary = createServer((_request, response) => {
    canaryHits++;
    response.end('secret,canary\n');
  });
  await new Promise<void>((done) => canary.listen(0, '127.0.0.1', done));
  canaryUrl = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/data.csv`;
});
afterAll(async () => {
  await new Promise((done) => canary.close(done));
  await closeApp(app);
  await graph.close();
});

/** Text that must never appear in an answer: the machine's files and the local Neo4j's password. */
function secrets(): string[] {
  const found = [readFileSync('/etc/hostname', 'utf8').trim(), 'root:x:0:0'];
  const state = process.env.NEO4J_URI ? null : readState(localPaths());
  if (state) found.push(state.password);
  return found.filter((secret) => secret.length >= 4);
}

describe('POST /api/cypher under attack', () => {
  const forms = attackForms('http://127.0.0.1:1/placeholder.csv');

  it('should have at least 40 attack forms', () => {
    expect(forms.length).toBeGreaterThanOrEqual(40);
  });

  it.each(forms.map((form, index) => [form.name, index] as const))(
    'should refuse %s, answer nothing secret and leave the graph unchanged',
    async (_name, index) => {
      const form = attackForms(canaryUrl)[index]!;
      const before = await graphSize(graph);
      const response = await request(app)
        .post('/api/cypher')
        .send({ query: form.query, params: form.params ?? {} });
      expect(response.status).toBe(400);
      expect(response.type).toBe('application/problem+json');
      const text = JSON.stringify(response.body);
      for (const secret of secrets()) expect(text).not.toContain(secret);
      expect(canaryHits).toBe(0);
      expect(await graphSize(graph)).toEqual(before);
    },
  );

  it('should refuse a control character with its code point and offset', async () => {
    const response = await request(app).post('/api/cypher').send({ query: 'MATCH (n)\u001fRETURN n' }).expect(400);
    expect(response.body.detail).toMatch(/U\+001F at offset 9/);
  });

  it('should still run the same words inside a string literal', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({ query: "RETURN 'LOAD CSV FROM file:///etc/passwd; SHOW TRANSACTIONS' AS text" })
      .expect(200);
    expect(response.body.rows[0].text).toMatch(/^LOAD CSV/);
  });

  it('should allow the schema procedures and the full-text index', async () => {
    const response = await request(app)
      .post('/api/cypher')
      .send({
        query:
          "CALL db.labels() YIELD label WITH collect(label) AS labels CALL db.index.fulltext.queryNodes('entity_search', 'Tamm') YIELD node RETURN labels, node.name AS name LIMIT 1",
      })
      .expect(200);
    expect(response.body.rows[0].labels).toContain('Leader');
  });
});
