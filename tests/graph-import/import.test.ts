/**
 * The importer writes our sample articles into the real Neo4j and reads them back.
 */
import { mkdtemp, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../db/connection.js';
import { expandPaths } from '../../graph-import/files.js';
import { importFiles } from '../../graph-import/importer.js';
import { count, graphSize, openTestGraph, wipe } from '../helpers/graph.js';

const SAMPLES = 'samples/articles';
let graph: Graph;

beforeAll(async () => {
  graph = await openTestGraph();
  await wipe(graph);
});
afterAll(async () => {
  await graph.close();
});

describe('import', () => {
  it('should write the sample articles as articles, entities and relationships', async () => {
    const summary = await importFiles(graph, await expandPaths([SAMPLES]));
    expect(summary.failed).toBe(0);
    expect(summary.imported).toBe(4);
    expect(await count(graph, 'MATCH (a:Article) RETURN count(a)')).toBe(4);
    expect(await count(graph, 'MATCH (n:Nation) RETURN count(n)')).toBeGreaterThanOrEqual(8);
  });

  it('should store one node per person, found by name and alias', async () => {
    expect(await count(graph, "MATCH (n:Leader {name: 'Liisa Tamm'}) RETURN count(n)")).toBe(1);
    expect(await count(graph, "MATCH (n:Leader) WHERE 'Tamm' IN n.aliases RETURN count(n)")).toBe(1);
    expect(await count(graph, "MATCH (n:Leader) WHERE n.name CONTAINS 'Tamm' RETURN count(n)")).toBe(1);
  });

  it('should keep the evidence sentence and offsets on each relationship', async () => {
    const result = await graph.driver.executeQuery(
      `MATCH (:Leader {name: 'Liisa Tamm'})-[r:SAID]->(s:Statement)
       WHERE s.text STARTS WITH 'Our cables'
       MATCH (a:Article {id: r.evidenceArticles[0]})
       RETURN r.evidenceSentences AS sentences, r.evidenceStarts AS starts, r.evidenceEnds AS ends, a.text AS text, r.articles AS articles`,
      {},
      { database: graph.database },
    );
    const record = result.records[0]!;
    const [sentence] = record.get('sentences') as string[];
    const text = record.get('text') as string;
    expect(text.slice(record.get('starts')[0], record.get('ends')[0])).toBe(sentence);
    expect(sentence).toContain('nervous system');
    // The same quote in two articles is one statement with evidence from both.
    expect(record.get('articles')).toBe(2);
  });

  it('should link every entity to the articles that mention it', async () => {
    expect(
      await count(graph, "MATCH (:Nation {name: 'Estonia'})-[:MENTIONED_IN]->(a:Article) RETURN count(DISTINCT a)"),
    ).toBeGreaterThanOrEqual(3);
  });

  it('should change nothing when the same files are imported again', async () => {
    const before = await graphSize(graph);
    const summary = await importFiles(graph, await expandPaths([SAMPLES]));
    expect(summary.unchanged).toBe(4);
    expect(summary.imported).toBe(0);
    expect(await graphSize(graph)).toEqual(before);
  });

  it('should reject a bad file with one clear line and still import the good ones', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'import-'));
    await writeFile(join(directory, 'empty.txt'), '');
    await writeFile(join(directory, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(join(directory, 'latin1.txt'), Buffer.from('Caf\xe9 au lait', 'latin1'));
    await writeFile(
      join(directory, 'good.txt'),
      'title: A short report\n---\nIrish Taoiseach Conor Walsh said on Friday that Ireland would send "two naval vessels" to the patrol.\n',
    );
    const summary = await importFiles(graph, [...(await expandPaths([directory])), join(directory, 'missing.txt')]);
    expect(summary.imported).toBe(1);
    expect(summary.failed).toBe(4);
    const messages = summary.failures.map((failure) => failure.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/empty\.txt".*empty/),
        expect.stringMatching(/binary\.txt".*binary/),
        expect.stringMatching(/latin1\.txt".*not UTF-8/),
        expect.stringMatching(/missing\.txt".*no such file/),
      ]),
    );
    for (const message of messages) expect(message.split('\n')).toHaveLength(1);
    expect(await count(graph, "MATCH (n:Leader {name: 'Conor Walsh'}) RETURN count(n)")).toBe(1);
  });

  it('should replace exactly the claims of an article whose text changed', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'edit-'));
    const file = join(directory, 'report.txt');
    await copyFile(join(SAMPLES, '03-harbour-summit-talks.txt'), file);
    await writeFile(file, 'title: Edited\n---\nPortuguese Prime Minister Rui Costa rejected the new fishing quota.\n');
    await importFiles(graph, [file]);
    expect(await count(graph, "MATCH (:Leader {name: 'Rui Costa'})-[r:OPPOSED]->() RETURN count(r)")).toBe(1);
    await writeFile(file, 'title: Edited\n---\nPortuguese Prime Minister Rui Costa welcomed the new fishing quota.\n');
    await importFiles(graph, [file]);
    expect(await count(graph, "MATCH (:Leader {name: 'Rui Costa'})-[r:OPPOSED]->() RETURN count(r)")).toBe(0);
    expect(await count(graph, "MATCH (t:Topic) WHERE t.name CONTAINS 'fishing quota' RETURN count(t)")).toBe(0);
  });
});
