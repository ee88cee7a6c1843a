/**
 * The scorer (graph-import/eval/score.ts): matching by name or alias, duplicates, quotes by word overlap, optional
 * gold items, and pooled precision, recall and F1.
 */
import type { Extraction } from '../../graph-model/index.js';
import { GoldSchema, normaliseForMatch, poolScores, scoreExtraction } from '../../graph-import/eval/score.js';

const evidence = (rule: string) => [{ article: 'a', sentence: 's', start: 0, end: 1, rule }];

function extraction(): Extraction {
  return {
    articles: [],
    entities: [
      { id: 'leader:ana-rojas', type: 'Leader', name: 'Ana Rojas', aliases: ['President Rojas'] },
      { id: 'leader:rojas', type: 'Leader', name: 'Rojas', aliases: [] },
      { id: 'nation:chl', type: 'Nation', name: 'Chile', aliases: [] },
      { id: 'org:acme', type: 'Organisation', name: 'Acme Shipping', aliases: [] },
      {
        id: 'statement:1',
        type: 'Statement',
        name: 'We will rebuild',
        aliases: [],
        text: 'We will rebuild every bridge',
      },
      { id: 'event:1', type: 'Event', name: 'Lima summit', aliases: [] },
    ],
    relations: [
      {
        type: 'SAID',
        source: 'leader:ana-rojas',
        target: 'statement:1',
        properties: {},
        evidence: evidence('quote.a'),
      },
      { type: 'ATTENDED', source: 'leader:ana-rojas', target: 'event:1', properties: {}, evidence: evidence('att.a') },
      { type: 'ATTENDED', source: 'nation:chl', target: 'event:1', properties: {}, evidence: evidence('att.b') },
    ],
  };
}

const gold = GoldSchema.parse({
  entities: [
    { type: 'person', name: 'Ana Rojas', aliases: ['Rojas'] },
    { type: 'nation', name: 'Chile' },
    { type: 'person', name: 'Luis Arce' },
    { type: 'organisation', name: 'Andean Bank', optional: true },
  ],
  relations: [
    { type: 'SAID', source: 'Ana Rojas', quote: 'we will rebuild every single bridge' },
    { type: 'ATTENDED', source: ['Ana Rojas', 'Rojas'] },
    { type: 'ATTENDED', source: 'Luis Arce' },
  ],
});

describe('scoreExtraction', () => {
  it('should match by name or alias, count a second match of one gold entity as a duplicate', () => {
    const report = poolScores([scoreExtraction(extraction(), gold)]);
    expect(report.entities.person).toMatchObject({ truePositives: 1, falseNegatives: 1 });
    expect(report.duplicates).toEqual([
      { gold: 'Ana Rojas', extracted: expect.arrayContaining(['Ana Rojas', 'Rojas']) },
    ]);
    // An organisation that matches no gold entity is a false positive; the optional gold one is no miss.
    expect(report.entities.organisation).toMatchObject({ truePositives: 0, falsePositives: 1, falseNegatives: 0 });
  });

  it('should match a quote by its words and attendance by its source, and credit each rule', () => {
    const report = poolScores([scoreExtraction(extraction(), gold)]);
    expect(report.relations.SAID).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(report.relations.ATTENDED).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(report.rules['quote.a']).toEqual({ produced: 1, hits: 1 });
    expect(report.rules['att.b']).toEqual({ produced: 1, hits: 0 });
  });

  it('should pool counts over articles before dividing', () => {
    const one = scoreExtraction(extraction(), gold);
    const report = poolScores([one, one]);
    expect(report.relations.ATTENDED!.truePositives).toBe(2);
    expect(report.relations.ATTENDED!.precision).toBeCloseTo(0.5);
    expect(report.relations.ATTENDED!.f1).toBeCloseTo(0.5);
  });
});

describe('normaliseForMatch', () => {
  it('should drop case, diacritics, punctuation and a leading "the"', () => {
    expect(normaliseForMatch('The Élysée  Palace!')).toBe('elysee palace');
  });
});
