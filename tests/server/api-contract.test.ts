/**
 * The API contract: the OpenAPI document describes every answer, and the answers the server gives on the real Neo4j
 * match that document (checked with a JSON Schema validator, independently of the zod schemas it was generated from).
 * Requests with fields the schemas do not know are refused.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import request from 'supertest';
import type { Express } from 'express';
import type { Graph } from '../../db/connection.js';
import { StatsResponse } from '../../graph-model/api.js';
import { closeApp } from '../../server/app.js';
import { ROUTES } from '../../server/routes.js';
import { importSamples, testApp } from '../helpers/api.js';
import { openTestGraph } from '../helpers/graph.js';

interface Operation {
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
}
type OpenApi = { paths: Record<string, Record<string, Operation>> };

let graph: Graph;
let app: Express;
let document: OpenApi;
const ajv = new Ajv({ strict: false, allErrors: true });

beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
  app = testApp(graph, { cypherRowLimit: 250, cypherTimeoutMs: 4000 });
  document = (await request(app).get('/api/openapi.json').expect(200)).body as OpenApi;
});
afterAll(async () => {
  await closeApp(app);
  await graph.close();
});

function validator(path: string, method: string, status: string): ValidateFunction {
  const response = document.paths[path]?.[method]?.responses[status];
  const content = response?.content?.['application/json'] ?? response?.content?.['application/problem+json'];
  if (!content) throw new Error(`the OpenAPI document has no ${status} schema for ${method.toUpperCase()} ${path}`);
  return ajv.compile(content.schema);
}

function expectValid(validate: ValidateFunction, body: unknown): void {
  const valid = validate(body);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe('the OpenAPI document', () => {
  it('should describe the answer of every endpoint by its fields, not as any object', () => {
    for (const route of ROUTES) {
      const schema = document.paths[route.path]![route.method]!.responses['200']!.content!['application/json']!
        .schema as { properties?: Record<string, unknown>; additionalProperties?: unknown };
      expect([route.path, Object.keys(schema.properties ?? {}).length > 0]).toEqual([route.path, true]);
      expect([route.path, schema.additionalProperties]).toEqual([route.path, false]);
    }
  });

  it('should refuse unknown fields in every request schema', () => {
    for (const route of ROUTES.filter((candidate) => candidate.body)) {
      const schema = document.paths[route.path]![route.method]!.requestBody!.content['application/json']!.schema;
      expect([route.path, schema.additionalProperties]).toEqual([route.path, false]);
    }
  });

  it("should state this server's caps on an analyst's rows and time", () => {
    const schema = document.paths['/api/cypher']!.post!.requestBody!.content['application/json']!.schema as {
      properties: Record<string, { description: string }>;
    };
    expect(schema.properties.limit!.description).toContain('at most 250 rows');
    expect(schema.properties.timeoutMs!.description).toContain('after 4000 ms');
  });
});

describe('answers against the document', () => {
  it('should match for search, details, subgraph, paths, stats, articles and health', async () => {
    const stats = (await request(app).get('/api/stats').expect(200)).body;
    expectValid(validator('/api/stats', 'get', '200'), stats);
    const [first, second] = StatsResponse.parse(stats).topActors;

    expectValid(
      validator('/api/search', 'get', '200'),
      (await request(app).get('/api/search').query({ q: first!.name }).expect(200)).body,
    );
    expectValid(
      validator('/api/nodes/{id}', 'get', '200'),
      (
        await request(app)
          .get(`/api/nodes/${encodeURIComponent(first!.id)}`)
          .expect(200)
      ).body,
    );
    expectValid(
      validator('/api/subgraph', 'get', '200'),
      (await request(app).get('/api/subgraph').query({ ids: first!.id, depth: 2 }).expect(200)).body,
    );
    expectValid(
      validator('/api/paths', 'get', '200'),
      (await request(app).get('/api/paths').query({ from: first!.id, to: second!.id }).expect(200)).body,
    );
    const articles = (await request(app).get('/api/articles').expect(200)).body as { articles: { id: string }[] };
    expectValid(validator('/api/articles', 'get', '200'), articles);
    expectValid(
      validator('/api/articles/{id}', 'get', '200'),
      (
        await request(app)
          .get(`/api/articles/${encodeURIComponent(articles.articles[0]!.id)}`)
          .expect(200)
      ).body,
    );
    expectValid(validator('/api/health', 'get', '200'), (await request(app).get('/api/health').expect(200)).body);
    expectValid(validator('/api/merges', 'get', '200'), (await request(app).get('/api/merges').expect(200)).body);
  });

  it('should match for an analyst query returning nodes, relationships, paths and scalars', async () => {
    const body = (
      await request(app)
        .post('/api/cypher')
        .send({ query: 'MATCH p = (a:Leader)-[r]->(b) RETURN a, r, b, p, a.name AS name, 1.5 AS x LIMIT 5' })
        .expect(200)
    ).body;
    expectValid(validator('/api/cypher', 'post', '200'), body);
  });

  it('should match for problem details', async () => {
    const missing = (await request(app).get('/api/nodes/no-such-node').expect(404)).body;
    expectValid(validator('/api/nodes/{id}', 'get', '404'), missing);
    const invalid = (await request(app).get('/api/subgraph').query({ ids: 'x', depth: 9 }).expect(400)).body;
    expectValid(validator('/api/subgraph', 'get', '400'), invalid);
  });

  it('should catch an answer that grows a field the document does not have', async () => {
    const stats = (await request(app).get('/api/stats').expect(200)).body as Record<string, unknown>;
    const validate = validator('/api/stats', 'get', '200');
    expect(validate({ ...stats, surprise: 1 })).toBe(false);
    expect(validate({ ...stats, topActors: [{ id: 'x', label: 'Leader', name: 'X' }] })).toBe(false);
  });
});

describe('requests with unknown fields', () => {
  it('should refuse an unknown query parameter, naming it', async () => {
    const response = await request(app).get('/api/search').query({ q: 'summit', colour: 'red' }).expect(400);
    expect(response.body.detail).toMatch(/colour/);
  });

  it('should refuse an unknown body field of a write, naming it', async () => {
    const response = await request(app).post('/api/merges/reject').send({ a: 'x', b: 'y', force: true }).expect(400);
    expect(response.body.detail).toMatch(/force/);
  });
});
