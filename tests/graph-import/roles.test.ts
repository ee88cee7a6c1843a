/**
 * Roles have time: HOLDS_ROLE keeps the dates of the articles that say so, and "the prime minister" in an article
 * that names nobody is the person who held the role at that article's date, whether the holders come from the
 * same import or from the graph.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../db/connection.js';
import { importFiles } from '../../graph-import/importer.js';
import { holderAt } from '../../graph-import/resolve/people.js';
import { claims, extract, article } from '../helpers/articles.js';
import { count, openTestGraph, wipe } from '../helpers/graph.js';

const EARLY_HOLDER = `Portuguese Prime Minister Helena Costa defended the budget in Lisbon on Saturday.

"The budget protects every family," Costa said.`;
const LATE_HOLDER = `Portuguese Prime Minister Rui Almeida presented his cabinet in Lisbon on Thursday.

"This cabinet will serve the whole country," Almeida said.`;
const UNNAMED_2024 = `The Portuguese prime minister has rejected the whaling ban proposed by the European Commission.

"Our traditions are not for sale," the prime minister said.`;
const UNNAMED_2026 = `The Portuguese prime minister has rejected the new fishing quotas proposed by the European Commission.

"Our waters are not for sale," the prime minister said.`;

describe('holderAt', () => {
  const holders = [
    { name: 'early', dates: ['2024-02-10'] },
    { name: 'late', dates: ['2026-04-02', '2026-06-01'] },
  ];
  it('should pick the latest holder on or before the date', () => {
    expect(holderAt(holders, '2026-05-20')?.name).toBe('late');
    expect(holderAt(holders, '2025-01-01')?.name).toBe('early');
  });
  it('should pick the first holder after a date before all of them, and nobody without a date', () => {
    expect(holderAt(holders, '2020-01-01')?.name).toBe('early');
    expect(holderAt(holders, null)).toBeNull();
  });
});

describe('roles by date within one import', () => {
  it('should give each unnamed prime minister to the holder of the role at the article date', () => {
    const extraction = extract(
      article(EARLY_HOLDER, { date: '2024-02-10' }),
      article(LATE_HOLDER, { date: '2026-04-02' }),
      article(UNNAMED_2024, { date: '2024-03-01' }),
      article(UNNAMED_2026, { date: '2026-05-20' }),
    );
    const said = claims(extraction, 'SAID');
    expect(said).toContain('Helena Costa -> Our traditions are not for sale');
    expect(said).toContain('Rui Almeida -> Our waters are not for sale');
  });
});

describe('roles by date against the graph', () => {
  let graph: Graph;
  let directory: string;
  beforeAll(async () => {
    graph = await openTestGraph();
    await wipe(graph);
    directory = await mkdtemp(join(tmpdir(), 'roles-'));
  });
  afterAll(async () => {
    await graph.close();
  });

  const file = async (name: string, date: string, body: string) => {
    const path = join(directory, name);
    await writeFile(path, `title: ${name}\ndate: ${date}\noutlet: Lisbon Wire\n---\n${body}\n`);
    return path;
  };

  it('should keep first and last dates on HOLDS_ROLE and resolve later articles against the holders stored', async () => {
    await importFiles(graph, [await file('early.txt', '2024-02-10', EARLY_HOLDER)]);
    await importFiles(graph, [await file('late.txt', '2026-04-02', LATE_HOLDER)]);
    const roles = await graph.driver.executeQuery(
      "MATCH (l:Leader)-[h:HOLDS_ROLE {role: 'prime minister'}]->(:Nation {name: 'Portugal'}) RETURN l.name AS name, h.firstSeen AS first, h.lastSeen AS last ORDER BY first",
    );
    expect(roles.records.map((record) => [record.get('name'), record.get('first'), record.get('last')])).toEqual([
      ['Helena Costa', '2024-02-10', '2024-02-10'],
      ['Rui Almeida', '2026-04-02', '2026-04-02'],
    ]);

    // Each unnamed article imported on its own: only the graph knows who held the role when.
    await importFiles(graph, [await file('quotas.txt', '2026-05-20', UNNAMED_2026)]);
    await importFiles(graph, [await file('whaling.txt', '2024-03-01', UNNAMED_2024)]);
    const said = (speaker: string, text: string) =>
      count(graph, 'MATCH (:Leader {name: $speaker})-[:SAID]->(s:Statement {text: $text}) RETURN count(s)', {
        speaker,
        text,
      });
    expect(await said('Rui Almeida', 'Our waters are not for sale')).toBe(1);
    expect(await said('Helena Costa', 'Our traditions are not for sale')).toBe(1);
    expect(
      await count(
        graph,
        "MATCH (:Leader {name: 'Rui Almeida'})-[:OPPOSED]->(:Organisation {name: 'European Commission'}) RETURN count(*)",
      ),
    ).toBe(1);
  });
});
