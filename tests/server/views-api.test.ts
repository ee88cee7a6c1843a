/**
 * Saved views: POST /api/views keeps a view of the explorer in Neo4j under a label of its own, GET /api/views/:id
 * reopens exactly its nodes and relationships as the graph holds them now, and nothing else ever returns a view.
 */
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import {
  SavedViewResponse,
  type SavedViewStateParams,
  SavedViewsResponse,
  StatsResponse,
  SubgraphResponse,
} from '../../graph-model/api.js';
import { importSamples, testApp } from '../helpers/api.js';
import { openTestGraph } from '../helpers/graph.js';

let graph: Graph;
let app: ReturnType<typeof testApp>;
let neighbourhood: SubgraphResponse;
beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
  app = testApp(graph);
  const stats = StatsResponse.parse((await request(app).get('/api/stats').expect(200)).body);
  neighbourhood = SubgraphResponse.parse(
    (await request(app).get('/api/subgraph').query({ ids: stats.topActors[0]!.id, limit: 12 }).expect(200)).body,
  );
});
afterAll(async () => {
  await graph.close();
});

/** A view of some of the neighbourhood: its first nodes at known places, one pinned, and the edges among them. */
function viewOf(count: number, name?: string): SavedViewStateParams {
  const nodes = neighbourhood.graph.nodes.slice(0, count).map((node, index) => ({
    id: node.key,
    x: index * 10.5,
    y: 1 - index * 3.25,
    ...(index === 1 ? { pinned: true } : {}),
  }));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = neighbourhood.graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => edge.key);
  return {
    ...(name ? { name } : {}),
    nodes,
    edges,
    camera: { x: 0.4, y: 0.6, ratio: 0.8, angle: 0 },
    selection: nodes[0]!.id,
    filters: { labels: ['Leader', 'Nation'], types: ['ATTENDED', 'MET'], minSources: 1, since: null, until: null },
    hideOrphans: true,
    path: null,
    query: 'MATCH (n) RETURN n LIMIT 1',
  };
}

describe('saved views', () => {
  it('should reopen exactly the nodes and relationships saved, with the state as it was', async () => {
    const state = viewOf(6, 'Six nodes');
    const saved = (await request(app).post('/api/views').send(state).expect(200)).body as { id: string; name: string };
    expect(saved.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(saved.name).toBe('Six nodes');

    const view = SavedViewResponse.parse((await request(app).get(`/api/views/${saved.id}`).expect(200)).body);
    expect(view.state).toEqual(state);
    expect(view.graph.nodes.map((node) => node.key).sort()).toEqual(state.nodes.map((node) => node.id).sort());
    expect(view.graph.edges.map((edge) => edge.key).sort()).toEqual([...state.edges].sort());
    expect(view.missing).toEqual([]);
  });

  it('should give the same view the same id, and a different view another', async () => {
    const first = (await request(app).post('/api/views').send(viewOf(4)).expect(200)).body as { id: string };
    const again = (await request(app).post('/api/views').send(viewOf(4)).expect(200)).body as { id: string };
    const other = (await request(app).post('/api/views').send(viewOf(5)).expect(200)).body as { id: string };
    expect(again.id).toBe(first.id);
    expect(other.id).not.toBe(first.id);
    const list = SavedViewsResponse.parse((await request(app).get('/api/views').expect(200)).body);
    expect(list.views.filter((view) => view.id === first.id)).toHaveLength(1);
    expect(list.views.find((view) => view.id === other.id)!.nodes).toBe(5);
  });

  it('should name a view without a name after its nodes', async () => {
    const state = viewOf(5);
    const saved = (await request(app).post('/api/views').send(state).expect(200)).body as { name: string };
    const first = neighbourhood.graph.nodes[0]!.attributes.label;
    expect(saved.name).toContain(first);
    expect(saved.name).toMatch(/and 2 more$/);
  });

  it('should report the nodes the graph no longer has, and leave them out', async () => {
    const state = viewOf(3);
    state.nodes.push({ id: 'leader:nobody-of-that-name', x: 1, y: 1 });
    const saved = (await request(app).post('/api/views').send(state).expect(200)).body as { id: string };
    const view = SavedViewResponse.parse((await request(app).get(`/api/views/${saved.id}`).expect(200)).body);
    expect(view.missing).toEqual(['leader:nobody-of-that-name']);
    expect(view.graph.nodes).toHaveLength(3);
  });

  it('should never return a view from search, stats or subgraphs', async () => {
    const saved = (await request(app).post('/api/views').send(viewOf(3, 'Unfindable view name')).expect(200)).body as {
      id: string;
    };
    const hits = (await request(app).get('/api/search').query({ q: 'Unfindable view name' }).expect(200)).body as {
      hits: { id: string }[];
    };
    expect(hits.hits.map((hit) => hit.id)).not.toContain(saved.id);
    const stats = StatsResponse.parse((await request(app).get('/api/stats').expect(200)).body);
    expect(Object.keys(stats.labels)).not.toContain('SavedView');
    await request(app).get('/api/subgraph').query({ ids: saved.id }).expect(404);
  });

  it('should refuse a malformed or oversized view with a one-line reason, and store nothing', async () => {
    const before = SavedViewsResponse.parse((await request(app).get('/api/views').expect(200)).body).views.length;
    const extra = await request(app)
      .post('/api/views')
      .send({ ...viewOf(2), script: 'alert(1)' })
      .expect(400);
    expect(extra.body.detail).toMatch(/views/);
    const huge = viewOf(1);
    huge.nodes = Array.from({ length: 5001 }, (_, index) => ({ id: `leader:n${index}`, x: 0, y: 0 }));
    const tooBig = await request(app).post('/api/views').send(huge).expect(400);
    expect(tooBig.body.detail).toContain('at most 5000 nodes');
    await request(app)
      .post('/api/views')
      .send({ ...viewOf(2), camera: { x: 0, y: 0, ratio: -1, angle: 0 } })
      .expect(400);
    const after = SavedViewsResponse.parse((await request(app).get('/api/views').expect(200)).body).views.length;
    expect(after).toBe(before);
  });

  it('should refuse an id that is not a view id, and answer 404 for an unknown one', async () => {
    await request(app)
      .get(`/api/views/${encodeURIComponent("x' OR 1=1 //")}`)
      .expect(400);
    await request(app).get('/api/views/AAAAAAAAAAAA').expect(404);
  });

  it('should let only a writer remove a view', async () => {
    const token = 'a-test-token-of-enough-length';
    const guarded = testApp(graph, { apiToken: token });
    const saved = (await request(guarded).post('/api/views').send(viewOf(2, 'To remove')).expect(200)).body as {
      id: string;
    };
    await request(guarded).delete(`/api/views/${saved.id}`).expect(401);
    await request(guarded).delete(`/api/views/${saved.id}`).set('Authorization', `Bearer ${token}`).expect(200);
    await request(guarded).get(`/api/views/${saved.id}`).expect(404);
  });
});
