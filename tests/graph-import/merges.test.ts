/**
 * Merges you can see and undo: people resolution was unsure about are proposed (SIMILAR_TO) rather than merged,
 * and an analyst accepts, rejects or splits them, from the CLI's functions and from the API.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { Graph } from '../../db/connection.js';
import { importFiles } from '../../graph-import/importer.js';
import { pairKey, similarPairs } from '../../graph-import/merges/similar-pairs.js';
import { acceptMerge, listMerges, rejectMerge, splitAlias } from '../../graph-import/write/merge-writer.js';
import { testApp } from '../helpers/api.js';
import { extract } from '../helpers/articles.js';
import { count, openTestGraph, wipe } from '../helpers/graph.js';

describe('similarPairs', () => {
  const person = (id: string, name: string, nation: string | null = null) => ({ id, name, nation });

  it('should propose surnames one letter apart, similar first names and namesakes of other nations', () => {
    const pairs = similarPairs([
      person('a', 'Lars Hansen', 'Denmark'),
      person('b', 'Lars Hanssen', 'Denmark'),
      person('c', 'Jon Okafor'),
      person('d', 'John Okafor'),
      person('e', 'Maria Berg', 'Sweden'),
      person('f', 'Maria Berg', 'Norway'),
      person('g', 'Peter Novak'),
    ]);
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual(
      expect.arrayContaining([
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
      ]),
    );
    expect(pairs.find((pair) => pair.a === 'e')!.reason).toMatch(/different nations/);
    expect(pairs.some((pair) => pair.a === 'g' || pair.b === 'g')).toBe(false);
  });

  it('should not propose different people of one nation with different first names, nor decided pairs', () => {
    expect(similarPairs([person('a', 'Anna Lind', 'Sweden'), person('b', 'Erik Lind', 'Sweden')])).toEqual([]);
    expect(
      similarPairs([person('a', 'Lars Hansen'), person('b', 'Lars Hanssen')], new Set([pairKey('b', 'a')])),
    ).toEqual([]);
  });
});

describe('namesakes in one import', () => {
  it('should keep two people of one name and different nations apart, and give the other-nation mention to its own', () => {
    const extraction = extract(
      'Swedish Foreign Minister Maria Berg met Danish Foreign Minister Lars Hansen in Malmo on Monday.\n\n"We share one sea," Berg said.',
      'Norwegian Prime Minister Maria Berg opened an energy conference in Oslo on Friday.\n\n"Energy is security," Berg said.',
    );
    const bergs = extraction.entities.filter((entity) => entity.type === 'Leader' && entity.name === 'Maria Berg');
    expect(bergs.map((entity) => entity.properties?.nation).sort()).toEqual(['Norway', 'Sweden']);
    expect(new Set(bergs.map((entity) => entity.id)).size).toBe(2);
  });
});

const TALKS = `Danish Foreign Minister Lars Hansen met Swedish Foreign Minister Maria Berg in Copenhagen on Monday.

"The Baltic needs more patrols," Hansen said.`;
const PLEDGE = `Danish Foreign Minister Lars Hanssen pledged 40 patrol boats to the Baltic coalition on Wednesday.

"We will not stand aside," Hanssen told reporters.`;
const ENERGY = `Norwegian Prime Minister Maria Berg opened an energy conference in Oslo on Friday.

"Energy is security," Berg said.`;
const FOLLOW_UP = `Danish Foreign Minister Lars Hanssen travelled to Riga on Thursday.

"Riga is the front line," Hanssen said.`;

describe('merges in the graph', () => {
  let graph: Graph;
  let directory: string;
  const file = async (name: string, date: string, body: string) => {
    const path = join(directory, name);
    await writeFile(path, `title: ${name}\ndate: ${date}\noutlet: ${name} Wire\n---\n${body}\n`);
    return path;
  };
  const leaders = () => count(graph, 'MATCH (n:Leader) RETURN count(n)');

  beforeAll(async () => {
    graph = await openTestGraph();
    await wipe(graph);
    directory = await mkdtemp(join(tmpdir(), 'merges-'));
    await importFiles(graph, [await file('talks', '2026-02-02', TALKS)]);
    await importFiles(graph, [await file('pledge', '2026-02-04', PLEDGE)]);
    await importFiles(graph, [await file('energy', '2026-02-06', ENERGY)]);
  });
  afterAll(async () => {
    await graph.close();
  });

  it('should keep namesakes of different nations apart and propose the uncertain pairs', async () => {
    expect(await count(graph, "MATCH (n:Leader {name: 'Maria Berg'}) RETURN count(n)")).toBe(2);
    const pairs = await listMerges(graph);
    const names = pairs.map((pair) => [pair.a.name, pair.b.name].sort().join(' ~ '));
    expect(names).toEqual(expect.arrayContaining(['Lars Hansen ~ Lars Hanssen', 'Maria Berg ~ Maria Berg']));
    expect(pairs.find((pair) => pair.a.name === 'Maria Berg')!.reason).toMatch(/different nations/);
  });

  it('should reject a pair so that later imports do not propose it again', async () => {
    const bergs = (await listMerges(graph)).find((pair) => pair.a.name === 'Maria Berg')!;
    await rejectMerge(graph, bergs.a.id, bergs.b.id);
    await importFiles(graph, [await file('energy-2', '2026-02-07', ENERGY.replace('Friday', 'Saturday'))]);
    expect((await listMerges(graph)).some((pair) => pair.a.name === 'Maria Berg')).toBe(false);
    expect(await count(graph, "MATCH (n:Leader {name: 'Maria Berg'}) RETURN count(n)")).toBe(2);
  });

  it('should accept a pair: one node with both names, all relationships and evidence, and later imports join it', async () => {
    const before = await leaders();
    const [into, from] = ['leader:lars-hansen', 'leader:lars-hanssen'];
    const evidence =
      'MATCH (n:Leader)-[r]-() WHERE n.id IN $ids AND r.evidenceKeys IS NOT NULL RETURN sum(size(r.evidenceKeys))';
    const evidenceBefore = await count(graph, evidence, { ids: [into, from] });
    await acceptMerge(graph, into, from);
    expect(await leaders()).toBe(before - 1);
    const node = (await graph.driver.executeQuery('MATCH (n:Leader {id: $id}) RETURN n', { id: into })).records[0]!.get(
      'n',
    ).properties;
    // Each alias says where it came from: an article that has it, or the merge that brought it.
    expect(node.aliasSources[node.aliases.indexOf('Lars Hanssen')]).toBe(`merge:${from}`);
    expect(node.aliasSources[node.aliases.indexOf('Hansen')]).toMatch(/^article:/);
    expect(node.aliasSources).toHaveLength(node.aliases.length);
    expect(await count(graph, evidence, { ids: [into] })).toBe(evidenceBefore);
    expect(
      await count(
        graph,
        "MATCH (:Leader {id: $id})-[:SAID]->(s:Statement {text: 'We will not stand aside'}) RETURN count(s)",
        { id: into },
      ),
    ).toBe(1);
    expect((await listMerges(graph)).some((pair) => [pair.a.id, pair.b.id].includes(from))).toBe(false);

    await importFiles(graph, [await file('riga', '2026-02-08', FOLLOW_UP)]);
    expect(await count(graph, 'MATCH (n:Leader {id: $id}) RETURN count(n)', { id: from })).toBe(0);
    expect(
      await count(
        graph,
        "MATCH (:Leader {id: $id})-[:SAID]->(s:Statement {text: 'Riga is the front line'}) RETURN count(s)",
        { id: into },
      ),
    ).toBe(1);
  });

  it('should split an alias back out with the evidence that names it', async () => {
    const id = await splitAlias(graph, 'leader:lars-hansen', 'Lars Hanssen');
    expect(id).toBe('leader:lars-hanssen');
    expect(
      await count(
        graph,
        "MATCH (:Leader {id: $id})-[:SAID]->(s:Statement {text: 'We will not stand aside'}) RETURN count(s)",
        { id },
      ),
    ).toBe(1);
    expect(
      await count(
        graph,
        "MATCH (:Leader {id: 'leader:lars-hansen'})-[:SAID]->(s:Statement {text: 'The Baltic needs more patrols'}) RETURN count(s)",
      ),
    ).toBe(1);
    expect(
      await count(
        graph,
        "MATCH (n:Leader {id: 'leader:lars-hansen'}) WHERE 'Lars Hanssen' IN n.aliases RETURN count(n)",
      ),
    ).toBe(0);
    expect((await listMerges(graph)).some((pair) => [pair.a.id, pair.b.id].includes(id))).toBe(false);
    await expect(splitAlias(graph, 'leader:lars-hansen', 'Nobody Atall')).rejects.toThrow(/is not an alias/);

    // A later article naming both is not merged again by the resolver: the split is a decision it reads.
    await importFiles(graph, [
      await file(
        'aarhus',
        '2026-02-09',
        'Danish Foreign Minister Lars Hansen met Danish Trade Minister Lars Hanssen in Aarhus on Friday.\n\n"Trade follows security," Hanssen said.',
      ),
    ]);
    expect(
      await count(
        graph,
        "MATCH (n:Leader) WHERE n.id IN ['leader:lars-hansen', 'leader:lars-hanssen'] RETURN count(n)",
      ),
    ).toBe(2);
    expect(
      await count(
        graph,
        "MATCH (:Leader {id: 'leader:lars-hanssen'})-[:SAID]->(s:Statement {text: 'Trade follows security'}) RETURN count(s)",
      ),
    ).toBe(1);
  });

  it('should serve the same through the API, behind the token', async () => {
    const app = testApp(graph, { apiToken: 'a-test-token-of-enough-length' });
    const listed = (await request(app).get('/api/merges').expect(200)).body;
    expect(Array.isArray(listed.pairs)).toBe(true);
    await request(app)
      .post('/api/merges/reject')
      .send({ a: 'leader:lars-hansen', b: 'leader:lars-hanssen' })
      .expect(401);
    // Danish ministers make Denmark a node: merging a person with a nation is the client's mistake (400), merging an
    // id the graph does not have is a 404.
    const refused = await request(app)
      .post('/api/merges/accept')
      .set('Authorization', 'Bearer a-test-token-of-enough-length')
      .send({ into: 'leader:lars-hansen', from: 'nation:dnk' })
      .expect(400);
    expect(refused.body.detail).toMatch(/different labels|never merged/);
    const unknown = await request(app)
      .post('/api/merges/accept')
      .set('Authorization', 'Bearer a-test-token-of-enough-length')
      .send({ into: 'leader:lars-hansen', from: 'leader:nobody-of-that-name' })
      .expect(404);
    expect(unknown.body.detail).toMatch(/no node with id "leader:nobody-of-that-name"/);
    await request(app)
      .post('/api/merges/accept')
      .set('Authorization', 'Bearer a-test-token-of-enough-length')
      .send({ into: 'leader:lars-hansen', from: 'leader:lars-hanssen' })
      .expect(200);
    expect(await count(graph, "MATCH (n:Leader {id: 'leader:lars-hanssen'}) RETURN count(n)")).toBe(0);
  });
});
