/**
 * score: precision, recall and F1 of an extraction against a gold annotation, per entity type and relation type,
 * with duplicates, following the matching rules of shared/eval/README.md.
 */
import { z } from 'zod';
import type { Extraction, ExtractedEntity } from '../../graph-model/index.js';

export const GoldSchema = z.object({
  entities: z.array(
    z.object({
      type: z.enum(['person', 'nation', 'organisation']),
      name: z.string(),
      aliases: z.array(z.string()).default([]),
      optional: z.boolean().default(false),
    }),
  ),
  relations: z.array(
    z.object({
      type: z.string(),
      source: z.union([z.string(), z.array(z.string())]),
      quote: z.string().optional(),
      match: z.array(z.string()).optional(),
      optional: z.boolean().default(false),
    }),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  entities: Record<string, Scores>;
  relations: Record<string, Scores>;
  entityTotal: Scores;
  relationTotal: Scores;
  duplicates: { gold: string; extracted: string[] }[];
  falsePositives: { kind: string; text: string }[];
  misses: { kind: string; text: string }[];
  /** Per extraction rule (the `rule` of a relation's first evidence): relations produced, and how many hit gold. */
  rules: Record<string, { produced: number; hits: number }>;
}

/** Lower case, no diacritics, no punctuation, no leading "the". */
export function normaliseForMatch(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

function words(text: string): string[] {
  return normaliseForMatch(text).split(' ').filter(Boolean);
}

/** The share of `of`'s words that are also in `in` (as a multiset). */
function overlap(of: string[], inside: string[]): number {
  if (of.length === 0) return 0;
  const pool = new Map<string, number>();
  for (const word of inside) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of of) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(word, left - 1);
    }
  }
  return shared / of.length;
}

const GOLD_TYPE: Record<string, string> = { Leader: 'person', Nation: 'nation', Organisation: 'organisation' };

function scores(counts: Counts): Scores {
  const precision =
    counts.truePositives + counts.falsePositives
      ? counts.truePositives / (counts.truePositives + counts.falsePositives)
      : 1;
  const recall =
    counts.truePositives + counts.falseNegatives
      ? counts.truePositives / (counts.truePositives + counts.falseNegatives)
      : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f1 };
}

function add(into: Counts, from: Counts): void {
  into.truePositives += from.truePositives;
  into.falsePositives += from.falsePositives;
  into.falseNegatives += from.falseNegatives;
}

const empty = (): Counts => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });

/** Scores one extraction against one gold file; pool several with `poolCounts`. */
export function scoreExtraction(
  extraction: Extraction,
  gold: Gold,
): {
  entities: Record<string, Counts>;
  relations: Record<string, Counts>;
  report: Omit<EvalReport, 'entities' | 'relations' | 'entityTotal' | 'relationTotal'>;
} {
  const rules: EvalReport['rules'] = {};
  const names = (entity: { name: string; aliases: string[] }) =>
    new Set([entity.name, ...entity.aliases].map(normaliseForMatch));
  const goldNames = gold.entities.map(names);
  const entityCounts: Record<string, Counts> = {};
  const duplicates: EvalReport['duplicates'] = [];
  const falsePositives: EvalReport['falsePositives'] = [];
  const misses: EvalReport['misses'] = [];
  const matchedBy = new Map<number, ExtractedEntity[]>();

  for (const entity of extraction.entities) {
    const type = GOLD_TYPE[entity.type];
    if (!type) continue;
    const counts = (entityCounts[type] ??= empty());
    const own = names(entity);
    const index = gold.entities.findIndex(
      (candidate, i) => candidate.type === type && [...own].some((name) => goldNames[i]!.has(name)),
    );
    if (index < 0) {
      counts.falsePositives++;
      falsePositives.push({ kind: type, text: entity.name });
      continue;
    }
    const list = matchedBy.get(index) ?? [];
    list.push(entity);
    matchedBy.set(index, list);
  }
  gold.entities.forEach((entity, index) => {
    const counts = (entityCounts[entity.type] ??= empty());
    const matches = matchedBy.get(index) ?? [];
    if (matches.length > 1) duplicates.push({ gold: entity.name, extracted: matches.map((match) => match.name) });
    if (entity.optional) return;
    if (matches.length) counts.truePositives++;
    else {
      counts.falseNegatives++;
      misses.push({ kind: entity.type, text: entity.name });
    }
    // A second entity for the same real one is not a new right answer.
    counts.falsePositives += Math.max(0, matches.length - 1);
  });

  // Relations.
  const byId = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  const sourceMatches = (sourceId: string, goldSources: string[]) => {
    const source = byId.get(sourceId);
    if (!source) return false;
    const own = names(source);
    return goldSources.some((goldSource) => {
      const goldEntity = gold.entities.find(
        (entity) => normaliseForMatch(entity.name) === normaliseForMatch(goldSource),
      );
      const accepted = goldEntity ? names(goldEntity) : new Set([normaliseForMatch(goldSource)]);
      return [...own].some((name) => accepted.has(name));
    });
  };
  const relationCounts: Record<string, Counts> = {};
  const goldRelations = gold.relations.map((relation) => ({
    ...relation,
    sources: Array.isArray(relation.source) ? relation.source : [relation.source],
    hit: false,
  }));
  for (const relation of extraction.relations) {
    const candidates = goldRelations.filter((goldRelation) => goldRelation.type === relation.type);
    if (!goldRelations.some((goldRelation) => goldRelation.type === relation.type)) continue;
    const counts = (relationCounts[relation.type] ??= empty());
    const target = byId.get(relation.target);
    const haystack = normaliseForMatch(
      [target?.name ?? '', target?.text ?? '', ...Object.values(relation.properties).map(String)].join(' '),
    );
    const matching = candidates.filter((goldRelation) => {
      if (!sourceMatches(relation.source, goldRelation.sources)) return false;
      switch (goldRelation.type) {
        case 'ATTENDED':
          return true;
        case 'SAID': {
          const extracted = words(target?.text ?? target?.name ?? '');
          const expected = words(goldRelation.quote ?? '');
          return overlap(expected, extracted) >= 0.7 && overlap(extracted, expected) >= 0.5;
        }
        default:
          return (goldRelation.match ?? []).some((keyword) => haystack.includes(normaliseForMatch(keyword)));
      }
    });
    for (const goldRelation of matching) goldRelation.hit = true;
    const rule = (rules[relation.evidence[0]?.rule ?? 'unknown'] ??= { produced: 0, hits: 0 });
    rule.produced++;
    if (matching.length > 0) rule.hits++;
    if (matching.length === 0) {
      counts.falsePositives++;
      falsePositives.push({
        kind: relation.type,
        text: `${byId.get(relation.source)?.name} -> ${target?.name}  [${relation.evidence[0]?.rule}] "${relation.evidence[0]?.sentence ?? ''}"`,
      });
    } else if (matching.every((goldRelation) => goldRelation.optional)) {
      // Matching only optional items counts neither for nor against.
    } else counts.truePositives++;
  }
  for (const goldRelation of goldRelations) {
    const counts = (relationCounts[goldRelation.type] ??= empty());
    if (!goldRelation.optional && !goldRelation.hit) {
      counts.falseNegatives++;
      misses.push({
        kind: goldRelation.type,
        text: `${goldRelation.sources.join('|')} ${goldRelation.quote ?? goldRelation.match?.join('|') ?? ''}`,
      });
    }
  }
  // Several extracted relations may hit one gold relation; true positives never exceed the gold items hit.
  for (const type of Object.keys(relationCounts)) {
    const counts = relationCounts[type]!;
    const hits = goldRelations.filter(
      (goldRelation) => goldRelation.type === type && goldRelation.hit && !goldRelation.optional,
    ).length;
    if (counts.truePositives > hits) {
      counts.falsePositives += counts.truePositives - hits;
      counts.truePositives = hits;
    }
  }
  return { entities: entityCounts, relations: relationCounts, report: { duplicates, falsePositives, misses, rules } };
}

/** Pools the counts of several scored pairs and turns them into scores. */
export function poolScores(results: ReturnType<typeof scoreExtraction>[]): EvalReport {
  const entities: Record<string, Counts> = {};
  const relations: Record<string, Counts> = {};
  const entityTotal = empty();
  const relationTotal = empty();
  const report: Omit<EvalReport, 'entities' | 'relations' | 'entityTotal' | 'relationTotal'> = {
    duplicates: [],
    falsePositives: [],
    misses: [],
    rules: {},
  };
  for (const result of results) {
    for (const [type, counts] of Object.entries(result.entities)) {
      add((entities[type] ??= empty()), counts);
      add(entityTotal, counts);
    }
    for (const [type, counts] of Object.entries(result.relations)) {
      add((relations[type] ??= empty()), counts);
      add(relationTotal, counts);
    }
    report.duplicates.push(...result.report.duplicates);
    report.falsePositives.push(...result.report.falsePositives);
    report.misses.push(...result.report.misses);
    for (const [rule, counts] of Object.entries(result.report.rules)) {
      const pooled = (report.rules[rule] ??= { produced: 0, hits: 0 });
      pooled.produced += counts.produced;
      pooled.hits += counts.hits;
    }
  }
  const toScores = (record: Record<string, Counts>) =>
    Object.fromEntries(Object.entries(record).map(([key, counts]) => [key, scores(counts)]));
  return {
    entities: toScores(entities),
    relations: toScores(relations),
    entityTotal: scores(entityTotal),
    relationTotal: scores(relationTotal),
    ...report,
  };
}
