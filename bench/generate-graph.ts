/**
 * generate-graph: a news-shaped graph written straight into Neo4j for the API benchmark: a few hubs (big summits,
 * major nations) and many small actors, with evidence on every relationship like the importer writes.
 * Hubs come from a power law: the index of a relationship's end is N * rand()^SKEW, so low indices collect most.
 * As in an import, one fact is one relationship: drawing the same pair again adds evidence (another article) to it.
 */
import type { Graph } from '../db/connection.js';

export interface GraphShape {
  nodes: number;
  relationships: number;
}

const SKEW = 3;

/** Node counts per label, as shares of the total. */
const NODE_SHARES = {
  Leader: 0.4,
  Statement: 0.4,
  Organisation: 0.05,
  Event: 0.05,
  Topic: 0.0975,
  Nation: 0.0025,
} as const;
const PREFIX = {
  Leader: 'leader',
  Statement: 'statement',
  Organisation: 'org',
  Event: 'event',
  Topic: 'topic',
  Nation: 'nation',
} as const;

/** Relationship kinds as shares of the total: [type, from label, to label, share]. */
const RELATIONSHIP_SHARES: [string, keyof typeof NODE_SHARES, keyof typeof NODE_SHARES, number][] = [
  ['ATTENDED', 'Leader', 'Event', 0.3],
  ['ATTENDED', 'Nation', 'Event', 0.02],
  ['SAID', 'Leader', 'Statement', 0.04],
  ['MET', 'Leader', 'Leader', 0.24],
  ['PLEDGED', 'Nation', 'Nation', 0.02],
  ['PLEDGED', 'Leader', 'Topic', 0.12],
  ['OPPOSED', 'Leader', 'Topic', 0.12],
  ['OPPOSED', 'Organisation', 'Nation', 0.03],
  ['HOLDS_ROLE', 'Leader', 'Nation', 0.05],
  ['HOLDS_ROLE', 'Leader', 'Organisation', 0.06],
];

const WORDS = [
  'north',
  'harbour',
  'cable',
  'summit',
  'ridge',
  'delta',
  'amber',
  'falcon',
  'granite',
  'meadow',
  'river',
  'silver',
  'storm',
  'willow',
  'cedar',
  'ember',
];

export function counts(shape: GraphShape): Record<keyof typeof NODE_SHARES, number> {
  return Object.fromEntries(
    Object.entries(NODE_SHARES).map(([label, share]) => [label, Math.max(1, Math.round(shape.nodes * share))]),
  ) as Record<keyof typeof NODE_SHARES, number>;
}

/** The name of generated node `index` of a label: two words and a number, so search has something to find. */
export function generatedName(label: string, index: number): string {
  return `${label} ${WORDS[index % WORDS.length]} ${WORDS[Math.floor(index / WORDS.length) % WORDS.length]} ${index}`;
}

export async function generateGraph(graph: Graph, shape: GraphShape, log: (line: string) => void): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  const nodeCounts = counts(shape);
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    for (const [label, total] of Object.entries(nodeCounts)) {
      await session.run(
        `UNWIND range(0, $total - 1) AS i
         CALL (i) {
           CREATE (n:${label} {id: $prefix + ':' + i, name: $label + ' ' + $words[i % size($words)] + ' ' + $words[(i / size($words)) % size($words)] + ' ' + i,
                              aliases: [], aliasText: '', createdAt: datetime()})
           SET n.text = CASE WHEN $label = 'Statement' THEN 'We will ' + $words[i % size($words)] + ' the ' + $words[(i / 7) % size($words)] + ' together ' + i ELSE null END
         } IN TRANSACTIONS OF 20000 ROWS`,
        { total, label, prefix: PREFIX[label as keyof typeof PREFIX], words: WORDS },
      );
      log(`  ${label}: ${total}`);
    }
    for (const [type, from, to, share] of RELATIONSHIP_SHARES) {
      const total = Math.round(shape.relationships * share);
      // Draws repeat pairs (which become evidence), so draw again until there are `total` distinct relationships.
      for (let round = 0, made = 0; round < 4 && made < total * 0.99; round++) {
        const draw = total - made;
        await session.run(
          `UNWIND range(1, $total) AS i
         CALL (i) {
           WITH CASE WHEN $type = 'SAID' THEN i % $fromCount ELSE toInteger($fromCount * rand()) END AS f,
                CASE WHEN $type = 'SAID' THEN (i - 1) % $toCount ELSE toInteger($toCount * rand() ^ $skew) END AS t
           MATCH (a:${from} {id: $fromPrefix + ':' + f})
           MATCH (b:${to} {id: $toPrefix + ':' + t})
           WITH a, b, date('2025-01-01') + duration({days: toInteger(rand() * 600)}) AS day
           MERGE (a)-[r:${type} {key: $type + '|' + a.id + '|' + b.id + '|'}]->(b)
           SET r.evidenceArticles = coalesce(r.evidenceArticles, []) + ('article:' + (i % 20000)),
               r.evidenceSentences = coalesce(r.evidenceSentences, []) + (a.name + ' and ' + b.name + ' in a generated sentence.'),
               r.evidenceStarts = coalesce(r.evidenceStarts, []) + 0, r.evidenceEnds = coalesce(r.evidenceEnds, []) + 60,
               r.evidenceRules = coalesce(r.evidenceRules, []) + 'bench.generated', r.evidenceOutlets = coalesce(r.evidenceOutlets, []) + ('outlet-' + (i % 40)),
               r.evidenceDates = coalesce(r.evidenceDates, []) + toString(day),
               r.articles = coalesce(r.articles, 0) + 1, r.sources = coalesce(r.sources, 0) + 1,
               r.firstSeen = CASE WHEN r.firstSeen IS NULL OR toString(day) < r.firstSeen THEN toString(day) ELSE r.firstSeen END,
               r.lastSeen = CASE WHEN r.lastSeen IS NULL OR toString(day) > r.lastSeen THEN toString(day) ELSE r.lastSeen END
         } IN TRANSACTIONS OF 20000 ROWS`,
          {
            total: draw,
            type,
            fromCount: nodeCounts[from],
            toCount: nodeCounts[to],
            fromPrefix: PREFIX[from],
            toPrefix: PREFIX[to],
            skew: SKEW,
          },
        );
        const counted = await session.run(`MATCH (:${from})-[r:${type}]->(:${to}) RETURN count(r) AS n`);
        made = Number(counted.records[0]!.get('n'));
      }
      log(`  ${type} ${from}->${to}: ${total}`);
    }
  } finally {
    await session.close();
  }
}
