/**
 * A node's details stay small whatever an article repeats: repeated sentences are one evidence item, and the panel
 * lists the first 20 items of a relationship with the count of all.
 */
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import { NodeDetails } from '../../graph-model/api.js';
import { importTexts } from '../../graph-import/importer.js';
import { decodeArticle } from '../../graph-import/read/read-article.js';
import { testApp } from '../helpers/api.js';
import { openTestGraph, wipe } from '../helpers/graph.js';

const SENTENCE = 'Finnish President Aarne Virtanen attended the Baltic Harbour Summit in Tallinn.';

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

async function attendance(): Promise<{ items: number }[]> {
  const result = await graph.driver.executeQuery(
    'MATCH (:Leader)-[r:ATTENDED]->(:Event) RETURN size(r.evidenceArticles) AS items',
  );
  return result.records.map((record) => ({ items: Number(record.get('items')) }));
}

describe('evidence of a repeated sentence', () => {
  it('should keep one evidence item for a sentence an article repeats', async () => {
    const text = `title: Echo\n---\n${Array.from({ length: 2000 }, () => SENTENCE).join('\n\n')}\n`;
    await importTexts(graph, [decodeArticle('echo.txt', Buffer.from(text))]);
    expect(await attendance()).toEqual([{ items: 1 }]);
  });

  it('should list at most 20 evidence items per relationship in the details, with the count of all', async () => {
    const articles = Array.from({ length: 30 }, (_, day) =>
      decodeArticle(`day-${day}.txt`, Buffer.from(`title: Day ${day}\n---\n${SENTENCE}\n`)),
    );
    await importTexts(graph, articles);
    const app = testApp(graph);
    const hit = (await request(app).get('/api/search').query({ q: 'Aarne Virtanen' }).expect(200)).body.hits[0];
    const details = NodeDetails.parse(
      (
        await request(app)
          .get(`/api/nodes/${encodeURIComponent(hit.id)}`)
          .expect(200)
      ).body,
    );
    const attended = details.relationships.find((relationship) => relationship.type === 'ATTENDED')!;
    expect(attended.evidence).toHaveLength(20);
    expect(attended.evidenceCount).toBe(30);
  });
});
