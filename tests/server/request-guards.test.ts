/**
 * What a page on another site, or a rebinding DNS name, must not do through the server; and uploads that must never
 * overwrite each other or smuggle header lines into an article.
 */
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import { hostName, isAllowedHost } from '../../server/request-guards.js';
import { testApp } from '../helpers/api.js';
import { count, openTestGraph, wipe } from '../helpers/graph.js';

const REPORT = (place: string) =>
  `Finnish President Aarne Virtanen met Icelandic Prime Minister Sigrun Eyvindsdottir in ${place} on Tuesday.`;

let graph: Graph;
beforeAll(async () => {
  graph = await openTestGraph();
});
beforeEach(async () => {
  await wipe(graph);
});
afterAll(async () => {
  await graph.close();
});

describe('cross-site requests', () => {
  it('should refuse a multipart upload without X-Requested-With, as a no-cors fetch from another site sends it', async () => {
    const app = testApp(graph);
    const response = await request(app)
      .post('/api/articles')
      .attach('file', Buffer.from(REPORT('Oslo')), 'report.txt')
      .expect(403);
    expect(response.body.detail).toMatch(/X-Requested-With/);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(0);
  });

  it('should refuse a text/plain body, as a cross-site form sends it', async () => {
    const app = testApp(graph);
    await request(app)
      .post('/api/articles')
      .set('Content-Type', 'text/plain')
      .send(JSON.stringify({ text: REPORT('Oslo') }))
      .expect(403);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(0);
  });

  it('should refuse a request naming a host the server does not answer to', async () => {
    const app = testApp(graph);
    const response = await request(app).get('/api/stats').set('Host', 'attacker.example:3000').expect(403);
    expect(response.body.detail).toMatch(/ALLOWED_HOSTS/);
    await request(app).get('/api/stats').set('Host', 'localhost:3000').expect(200);
    await request(testApp(graph, { allowedHosts: ['graph.example.org'] }))
      .get('/api/stats')
      .set('Host', 'graph.example.org')
      .expect(200);
  });

  it('should read host names with ports and IPv6 brackets', () => {
    expect(hostName('[::1]:3000')).toBe('::1');
    expect(hostName('Example.ORG:80')).toBe('example.org');
    const config = { host: '127.0.0.1', allowedHosts: [] };
    expect(isAllowedHost('10.0.0.5:3000', config)).toBe(true);
    expect(isAllowedHost('rebind.attacker.example', config)).toBe(false);
    expect(isAllowedHost(undefined, config)).toBe(false);
  });
});

describe('uploads', () => {
  it('should keep two JSON uploads without url as two articles', async () => {
    const app = testApp(graph);
    const first = await request(app)
      .post('/api/articles')
      .send({ text: REPORT('Oslo') })
      .expect(200);
    const second = await request(app)
      .post('/api/articles')
      .send({ text: REPORT('Bergen') })
      .expect(200);
    expect(first.body.id).not.toBe(second.body.id);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(2);
  });

  it('should keep two multipart uploads of the same name from different folders as two articles', async () => {
    const app = testApp(graph);
    for (const place of ['Oslo', 'Bergen'])
      await request(app)
        .post('/api/articles')
        .set('X-Requested-With', 'test')
        .attach('file', Buffer.from(REPORT(place)), 'report.txt')
        .expect(200);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(2);
  });

  it('should refuse a title with a line break instead of turning it into header lines', async () => {
    const app = testApp(graph);
    const response = await request(app)
      .post('/api/articles')
      .send({ text: REPORT('Oslo'), title: 'Talks\nurl: https://evil.example/\n---', url: 'https://example.org/a' })
      .expect(400);
    expect(response.body.field).toBe('title');
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(0);
  });

  it('should refuse a url that is not http(s)', async () => {
    const app = testApp(graph);
    const response = await request(app)
      .post('/api/articles')
      .send({ text: REPORT('Oslo'), url: 'javascript:alert(1)' })
      .expect(400);
    expect(response.body.field).toBe('url');
  });

  it('should answer a file over the size limit with 413, and a file in another field with 400 naming it', async () => {
    const app = testApp(graph);
    const big = await request(app)
      .post('/api/articles')
      .set('X-Requested-With', 'test')
      .attach('file', Buffer.alloc(3 * 1024 * 1024, 'a'), 'big.txt');
    expect(big.status).toBe(413);
    expect(big.body.detail).toMatch(/size limit/);
    const wrong = await request(app)
      .post('/api/articles')
      .set('X-Requested-With', 'test')
      .attach('document', Buffer.from(REPORT('Oslo')), 'report.txt');
    expect(wrong.status).toBe(400);
    expect(wrong.body.detail).toMatch(/"file".*"document"/);
    const two = await request(app)
      .post('/api/articles')
      .set('X-Requested-With', 'test')
      .attach('file', Buffer.from(REPORT('Oslo')), 'a.txt')
      .attach('file', Buffer.from(REPORT('Bergen')), 'b.txt');
    expect(two.status).toBe(400);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(0);
  });
});
