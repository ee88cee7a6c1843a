/**
 * The read endpoints keep their answers while the graph is unchanged, and never serve one that predates a write,
 * whichever process made it.
 */
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import { StatsResponse } from '../../graph-model/api.js';
import { importTexts } from '../../graph-import/importer.js';
import { removeArticles } from '../../graph-import/write/graph-writer.js';
import { importSamples, testApp } from '../helpers/api.js';
import { article } from '../helpers/articles.js';
import { openTestGraph } from '../helpers/graph.js';

const ARTICLE = `Maltese Prime Minister Carmel Zammit-Borg met Cypriot President Eleni Stavrou in Valletta on Monday.

"Our islands face the same sea," Zammit-Borg said after the meeting.`;

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
});
afterAll(async () => {
  await graph.close();
});

describe('the response cache', () => {
  it('should serve a repeated request from memory, byte for byte, and answer 304 to its ETag', async () => {
    const app = testApp(graph);
    const ids = StatsResponse.parse((await request(app).get('/api/stats').expect(200)).body).topActors[0]!.id;
    const first = await request(app).get('/api/subgraph').query({ ids, depth: 2 }).expect(200);
    expect(first.headers['x-cache']).toBe('miss');
    expect(first.type).toBe('application/json');
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await request(app).get('/api/subgraph').query({ ids, depth: 2 }).expect(200);
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.text).toBe(first.text);
    await request(app)
      .get('/api/subgraph')
      .query({ ids, depth: 2 })
      .set('If-None-Match', String(first.headers.etag))
      .expect(304);
    const other = await request(app).get('/api/subgraph').query({ ids, depth: 1 }).expect(200);
    expect(other.headers['x-cache']).toBe('miss');
  });

  it('should compute again after a write made outside the server, as the CLI importer makes', async () => {
    const app = testApp(graph);
    const before = StatsResponse.parse((await request(app).get('/api/stats').expect(200)).body);
    expect((await request(app).get('/api/stats').expect(200)).headers['x-cache']).toBe('hit');
    const { outcomes } = await importTexts(graph, [article(ARTICLE)]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['imported']);
    try {
      const after = await request(app).get('/api/stats').expect(200);
      expect(after.headers['x-cache']).toBe('miss');
      expect(StatsResponse.parse(after.body).labels.Leader).toBe((before.labels.Leader ?? 0) + 2);
      const hits = await request(app).get('/api/search').query({ q: 'Zammit-Borg' }).expect(200);
      expect(hits.body.hits[0].name).toBe('Carmel Zammit-Borg');
    } finally {
      await removeArticles(graph, [outcomes[0]!.id]);
    }
    const restored = await request(app).get('/api/stats').expect(200);
    expect(restored.headers['x-cache']).toBe('miss');
    expect(restored.body).toEqual(before);
  });

  it('should not keep answers when turned off', async () => {
    const app = testApp(graph, { responseCacheBytes: 0 });
    await request(app).get('/api/stats').expect(200);
    const again = await request(app).get('/api/stats').expect(200);
    expect(again.headers['x-cache']).toBeUndefined();
  });
});
