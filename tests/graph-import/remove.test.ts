/**
 * Claims belong to articles: one fact reported by two outlets is one relationship with two pieces of evidence;
 * removing one article leaves the other's evidence, removing both leaves the graph as it was.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../db/connection.js';
import { importFiles } from '../../graph-import/importer.js';
import { removeReferences } from '../../graph-import/remove-command.js';
import { importSamples } from '../helpers/api.js';
import { count, graphSize, openTestGraph } from '../helpers/graph.js';

const ARTICLE_A = `title: Norway vows to defend its coast
url: https://example.org/norway-coast
date: 2026-03-02
outlet: Harbour Herald
---
Norwegian Prime Minister Ingrid Haugen pledged 300 coastal patrol boats to the Nordic defence fund on Monday.

"We will not bargain with our coastline," Haugen told reporters in Oslo.
`;

const ARTICLE_B = `title: Haugen strikes a defiant tone
url: https://example.net/haugen-defiant
date: 2026-03-03
outlet: Fjord Post
---
Norway's prime minister, Ingrid Haugen, met Danish Prime Minister Mette Lund in Copenhagen on Tuesday.

"We will not bargain with our coastline," she said after the talks.
`;

const SAID = "MATCH (:Leader {name: 'Ingrid Haugen'})-[r:SAID]->(:Statement) RETURN r";

let graph: Graph;
let files: { a: string; b: string };
beforeAll(async () => {
  graph = await openTestGraph();
  await importSamples(graph);
  const directory = await mkdtemp(join(tmpdir(), 'remove-'));
  files = { a: join(directory, 'coast.txt'), b: join(directory, 'defiant.txt') };
  await writeFile(files.a, ARTICLE_A);
  await writeFile(files.b, ARTICLE_B);
});
afterAll(async () => {
  await graph.close();
});

async function said(): Promise<Record<string, unknown> | null> {
  const result = await graph.driver.executeQuery(SAID);
  return (result.records[0]?.get('r').properties as Record<string, unknown>) ?? null;
}

describe('remove', () => {
  it('should keep a fact two outlets report as one relationship with two evidence items, then remove exactly each article', async () => {
    const before = await graphSize(graph);
    const summary = await importFiles(graph, [files.a, files.b]);
    expect(summary.imported).toBe(2);

    const both = (await said())!;
    expect(both.articles).toBe(2);
    expect(both.sources).toBe(2);
    expect(both.evidenceOutlets).toEqual(expect.arrayContaining(['Harbour Herald', 'Fjord Post']));
    expect(both.firstSeen).toBe('2026-03-02');
    expect(both.lastSeen).toBe('2026-03-03');
    expect(
      await count(graph, "MATCH (s:Statement) WHERE s.text = 'We will not bargain with our coastline' RETURN count(s)"),
    ).toBe(1);

    // Removing A by its URL: the quote stays, with B's evidence only; what only A said is gone.
    const first = await removeReferences(graph, ['https://example.org/norway-coast']);
    expect(first.removed).toHaveLength(1);
    const left = (await said())!;
    expect(left.articles).toBe(1);
    expect(left.sources).toBe(1);
    expect(left.evidenceOutlets).toEqual(['Fjord Post']);
    expect((left.evidenceSentences as string[])[0]).toContain('she said after the talks');
    expect(await count(graph, "MATCH (:Leader {name: 'Ingrid Haugen'})-[:PLEDGED]->() RETURN count(*)")).toBe(0);
    expect(
      await count(
        graph,
        "MATCH (:Leader {name: 'Ingrid Haugen'})-[:MET]->(:Leader {name: 'Mette Lund'}) RETURN count(*)",
      ),
    ).toBe(1);

    // Removing B by the file it came from: the fact and the people only it mentioned are gone.
    const second = await removeReferences(graph, [files.b]);
    expect(second.removed).toHaveLength(1);
    expect(await said()).toBeNull();
    expect(await count(graph, "MATCH (n) WHERE n.name IN ['Ingrid Haugen', 'Mette Lund'] RETURN count(n)")).toBe(0);
    expect(await graphSize(graph)).toEqual(before);
  });

  it('should report a reference that names no imported article and remove nothing', async () => {
    const before = await graphSize(graph);
    const summary = await removeReferences(graph, ['https://example.org/never-imported']);
    expect(summary.unknown).toEqual(['https://example.org/never-imported']);
    expect(await graphSize(graph)).toEqual(before);
  });
});
