/**
 * The write endpoints import and remove articles through the importer's pipeline, behind the API token.
 */
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import { SearchResponse } from '../../graph-model/api.js';
import { importSamples, testApp } from '../helpers/api.js';
import { count, graphSize, openTestGraph } from '../helpers/graph.js';

const TOKEN = 'a-test-token-of-enough-length';
const ARTICLE = `Finnish President Aarne Virtanen met Icelandic Prime Minister Sigrun Eyvindsdottir in Reykjavik on Tuesday.

"The north will not be divided," Eyvindsdottir said after the meeting.`;

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
});
afterAll(async () => {
  await graph.close();
});

describe('POST /api/articles and DELETE /api/articles/:id', () => {
  it('should refuse writes without the token when one is set', async () => {
    const app = testApp(graph, { apiToken: TOKEN });
    const response = await request(app).post('/api/articles').send({ text: ARTICLE }).expect(401);
    expect(response.body.detail).toContain('Authorization: Bearer');
    await request(app)
      .post('/api/articles')
      .set('Authorization', 'Bearer wrong-token-of-the-same-size')
      .send({ text: ARTICLE })
      .expect(401);
  });

  it('should disable writes on a non-loopback server without a token', async () => {
    const app = testApp(graph, { apiToken: undefined, host: '0.0.0.0' });
    await request(app).post('/api/articles').send({ text: ARTICLE }).expect(403);
    await request(app).delete('/api/articles/article:x').expect(403);
  });

  it('should import JSON text, make it searchable, then remove exactly it', async () => {
    const app = testApp(graph, { apiToken: TOKEN });
    const before = await graphSize(graph);
    const created = await request(app)
      .post('/api/articles')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send({
        text: ARTICLE,
        title: 'Nordic talks in Reykjavik',
        url: 'https://example.org/nordic-talks',
        date: '2026-05-20',
        outlet: 'North Wire',
      })
      .expect(200);
    expect(created.body.status).toBe('imported');
    const hits = SearchResponse.parse(
      (await request(app).get('/api/search').query({ q: 'Eyvindsdottir' }).expect(200)).body,
    );
    expect(hits.hits[0]!.name).toBe('Sigrun Eyvindsdottir');
    expect(
      await count(
        graph,
        "MATCH (:Leader {name: 'Aarne Virtanen'})-[:MENTIONED_IN]->(a:Article {url: 'https://example.org/nordic-talks'}) RETURN count(a)",
      ),
    ).toBe(1);

    await request(app)
      .delete(`/api/articles/${encodeURIComponent(created.body.id)}`)
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(200);
    expect(await graphSize(graph)).toEqual(before);
    await request(app)
      .delete(`/api/articles/${encodeURIComponent(created.body.id)}`)
      .set('Authorization', `Bearer ${TOKEN}`)
      .expect(404);
  });

  it('should import a multipart file upload on a loopback server without a token', async () => {
    const app = testApp(graph, { apiToken: undefined, host: '127.0.0.1' });
    const response = await request(app)
      .post('/api/articles')
      .set('X-Requested-With', 'test')
      .attach('file', Buffer.from(`title: Upload\n---\n${ARTICLE}`), 'nordic-upload.txt')
      .expect(200);
    expect(response.body.status).toBe('imported');
    expect(await count(graph, "MATCH (a:Article {title: 'Upload'}) RETURN count(a)")).toBe(1);
    await request(app)
      .delete(`/api/articles/${encodeURIComponent(response.body.id)}`)
      .expect(200);
  });

  it('should refuse a binary upload with a one-line reason and store nothing', async () => {
    const app = testApp(graph, { apiToken: undefined, host: '127.0.0.1' });
    const before = await graphSize(graph);
    const response = await request(app)
      .post('/api/articles')
      .set('X-Requested-With', 'test')
      .attach('file', Buffer.from([0, 1, 2, 3, 0]), 'image.txt')
      .expect(400);
    expect(response.body.detail).toMatch(/cannot read "image.txt": binary content/);
    expect(await graphSize(graph)).toEqual(before);
  });

  it('should refuse a body that is not an article', async () => {
    const app = testApp(graph, { apiToken: undefined, host: '127.0.0.1' });
    const response = await request(app).post('/api/articles').send({ title: 'no text' }).expect(400);
    expect(response.body.field).toBe('text');
  });
});
