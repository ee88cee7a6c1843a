/**
 * The read endpoints answer from the real Neo4j holding our sample articles: search, node details, subgraph,
 * paths, stats, articles, the OpenAPI document, and problem details for bad input.
 */
import request from 'supertest';
import type { Express } from 'express';
import type { Graph } from '../../db/connection.js';
import {
  NodeDetails,
  PathsResponse,
  SearchResponse,
  SubgraphResponse,
  StatsResponse,
  ArticlesResponse,
  ArticleDetails,
  HealthResponse,
} from '../../graph-model/api.js';
import { importSamples, testApp } from '../helpers/api.js';
import { openTestGraph } from '../helpers/graph.js';

let graph: Graph;
let app: Express;
beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
  app = testApp(graph);
});
afterAll(async () => {
  await graph.close();
});

async function idOf(name: string): Promise<string> {
  const response = await request(app).get('/api/search').query({ q: name, limit: 1 }).expect(200);
  return SearchResponse.parse(response.body).hits[0]!.id;
}

describe('GET /api/search', () => {
  it('should find a leader despite a typo and odd case', async () => {
    const response = await request(app).get('/api/search').query({ q: 'VIRTANAN' }).expect(200);
    const hits = SearchResponse.parse(response.body).hits;
    expect(hits[0]).toMatchObject({ name: 'Aarne Virtanen', label: 'Leader' });
    expect(hits[0]!.degree).toBeGreaterThan(0);
  });

  it('should find a statement by its words and filter by label', async () => {
    const response = await request(app)
      .get('/api/search')
      .query({ q: 'nervous system', labels: 'Statement' })
      .expect(200);
    const hits = SearchResponse.parse(response.body).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.label === 'Statement')).toBe(true);
    expect(hits[0]!.snippet).toContain('nervous system');
  });

  it('should answer 400 in problem+json naming the field when q is missing', async () => {
    const response = await request(app).get('/api/search').expect(400);
    expect(response.type).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status: 400, field: 'q' });
  });

  it('should refuse an unknown label', async () => {
    const response = await request(app).get('/api/search').query({ q: 'tamm', labels: 'Planet' }).expect(400);
    expect(response.body.field).toBe('labels.0');
  });
});

describe('GET /api/nodes/:id', () => {
  it('should give a leader with aliases, degree per type, statements and evidence', async () => {
    const id = await idOf('Liisa Tamm');
    const details = NodeDetails.parse(
      (
        await request(app)
          .get(`/api/nodes/${encodeURIComponent(id)}`)
          .expect(200)
      ).body,
    );
    expect(details.name).toBe('Liisa Tamm');
    expect(details.aliases).toContain('Tamm');
    expect(details.degree.SAID).toBeGreaterThan(0);
    expect(details.statements.length).toBe(details.degree.SAID);
    const statement = details.statements[0]!;
    expect(statement.evidence[0]!.sentence).toContain(statement.text.slice(0, 20));
    expect(statement.evidence[0]!.articleTitle).toBeTruthy();
    for (const relationship of details.relationships) expect(relationship.evidence.length).toBeGreaterThan(0);
  });

  it('should answer 404 for an unknown id', async () => {
    const response = await request(app).get('/api/nodes/leader:nobody-at-all').expect(404);
    expect(response.body.detail).toContain('leader:nobody-at-all');
  });
});

describe('GET /api/subgraph', () => {
  it('should give the ego network in graphology format with evidence on edges', async () => {
    const id = await idOf('Liisa Tamm');
    const body = SubgraphResponse.parse(
      (await request(app).get('/api/subgraph').query({ ids: id, depth: 1 }).expect(200)).body,
    );
    const keys = new Set(body.graph.nodes.map((node) => node.key));
    expect(keys.has(id)).toBe(true);
    expect(body.graph.edges.length).toBeGreaterThan(0);
    for (const edge of body.graph.edges) {
      expect(keys.has(edge.source) && keys.has(edge.target)).toBe(true);
      expect(edge.attributes.evidence?.[0]?.sentence).toBeTruthy();
    }
    expect(body.graph.nodes.every((node) => node.attributes.category !== 'Article')).toBe(true);
    expect(body.truncated).toBe(false);
  });

  it('should cut at the limit, say it is truncated and count what was left out', async () => {
    const id = await idOf('Liisa Tamm');
    const body = SubgraphResponse.parse(
      (await request(app).get('/api/subgraph').query({ ids: id, depth: 2, limit: 4 }).expect(200)).body,
    );
    expect(body.graph.nodes).toHaveLength(4);
    expect(body.truncated).toBe(true);
    expect(Object.values(body.hidden).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
  });

  it('should leave no node of the network unconnected', async () => {
    const id = await idOf('Liisa Tamm');
    const body = SubgraphResponse.parse(
      (await request(app).get('/api/subgraph').query({ ids: id, depth: 3 }).expect(200)).body,
    );
    const connected = new Set(body.graph.edges.flatMap((edge) => [edge.source, edge.target]));
    expect(body.graph.nodes.length).toBeGreaterThan(10);
    expect(body.graph.nodes.filter((node) => !connected.has(node.key)).map((node) => node.attributes.label)).toEqual(
      [],
    );
  });

  it('should keep only the relationship types asked for', async () => {
    const id = await idOf('Liisa Tamm');
    const body = SubgraphResponse.parse(
      (await request(app).get('/api/subgraph').query({ ids: id, depth: 2, types: 'SAID' }).expect(200)).body,
    );
    expect(body.graph.edges.length).toBeGreaterThan(0);
    expect(body.graph.edges.every((edge) => edge.attributes.relType === 'SAID')).toBe(true);
  });

  it('should answer 404 for an unknown id and 400 for a depth out of range', async () => {
    await request(app).get('/api/subgraph').query({ ids: 'nation:atlantis' }).expect(404);
    const response = await request(app).get('/api/subgraph').query({ ids: 'nation:est', depth: 9 }).expect(400);
    expect(response.body.field).toBe('depth');
  });
});

describe('GET /api/paths', () => {
  it('should connect two leaders through cited facts, not through articles', async () => {
    const from = await idOf('Liisa Tamm');
    const to = await idOf('Henrik Lund');
    const body = PathsResponse.parse((await request(app).get('/api/paths').query({ from, to }).expect(200)).body);
    expect(body.paths.length).toBeGreaterThan(0);
    for (const path of body.paths) {
      expect(path.steps[0]!.from.id).toBe(from);
      expect(path.steps.at(-1)!.to.id).toBe(to);
      for (const step of path.steps) {
        expect(step.type).not.toBe('MENTIONED_IN');
        expect(step.evidence?.sentence).toBeTruthy();
      }
    }
    expect(body.graph.edges.length).toBeGreaterThanOrEqual(body.length!);
  });

  it('should go through articles only when asked', async () => {
    const from = await idOf('Liisa Tamm');
    const to = await idOf('Henrik Lund');
    const body = PathsResponse.parse(
      (await request(app).get('/api/paths').query({ from, to, viaArticles: 'true', maxLength: 2 }).expect(200)).body,
    );
    expect(body.length).toBe(2);
  });
});

describe('GET /api/stats, /api/articles, /api/health, /api/openapi.json', () => {
  it('should count labels and relationship types and list the most connected actors', async () => {
    const body = StatsResponse.parse((await request(app).get('/api/stats').expect(200)).body);
    expect(body.labels.Article).toBe(4);
    expect(body.relationships.SAID).toBeGreaterThan(0);
    expect(body.topActors[0]!.degree).toBeGreaterThanOrEqual(body.topActors.at(-1)!.degree);
  });

  it('should list the articles and show what was extracted from one', async () => {
    const list = ArticlesResponse.parse((await request(app).get('/api/articles').expect(200)).body);
    expect(list.total).toBe(4);
    const first = list.articles[0]!;
    const details = ArticleDetails.parse(
      (
        await request(app)
          .get(`/api/articles/${encodeURIComponent(first.id)}`)
          .expect(200)
      ).body,
    );
    expect(details.text.length).toBeGreaterThan(100);
    expect(details.mentioned.length).toBe(first.entities);
    expect(details.claims.length).toBeGreaterThan(0);
    for (const claim of details.claims) expect(details.text).toContain(claim.sentence);
  });

  it('should report Neo4j 5.26 and the size of the graph', async () => {
    const body = HealthResponse.parse((await request(app).get('/api/health').expect(200)).body);
    expect(body).toMatchObject({ neo4j: 'up' });
    expect(body.version).toMatch(/^5\.26\./);
    expect(body.nodes).toBeGreaterThan(0);
  });

  it('should document every endpoint in OpenAPI, and answer 404 for an unknown one', async () => {
    const document = (await request(app).get('/api/openapi.json').expect(200)).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/search', '/api/subgraph', '/api/paths', '/api/cypher', '/api/nodes/{id}']),
    );
    expect(document.paths['/api/subgraph'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['ids', 'depth', 'limit']),
    );
    expect(Object.keys(document.paths['/api/subgraph'].get.responses['200'].headers)).toEqual(['ETag', 'X-Cache']);
    expect(document.paths['/api/cypher'].post.responses['200'].headers).toBeUndefined();
    await request(app).get('/api/nope').expect(404);
  });

  it('should send helmet security headers', async () => {
    const response = await request(app).get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
