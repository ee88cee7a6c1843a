/**
 * Pure parsers: sums of money, sentence splitting, tokens and quotations, merging wordings of one quote, and the
 * Lucene query built from what a person typed in search.
 */
import { findQuoted } from '../../graph-import/extract/mentions.js';
import { findMoney } from '../../graph-import/extract/money.js';
import { tokenize } from '../../graph-import/extract/tokens.js';
import { mergeStatements } from '../../graph-import/resolve/statements.js';
import type { Claim } from '../../graph-import/extract/extract-article.js';
import { datelineCity, splitSentences } from '../../graph-import/extract/document.js';
import { luceneQuery } from '../../server/graph/search.js';

describe('findMoney', () => {
  it('should read symbols, scales and currency words with their value', () => {
    const found = findMoney('Chile pledged £1.6bn, A$150 million and 3 billion euros, then $500m more.');
    expect(found.map(({ amount, currency, value }) => ({ amount, currency, value }))).toEqual([
      { amount: '1.6bn', currency: 'GBP', value: 1.6e9 },
      { amount: '150 million', currency: 'AUD', value: 1.5e8 },
      { amount: '3 billion', currency: 'EUR', value: 3e9 },
      { amount: '500m', currency: 'USD', value: 5e8 },
    ]);
  });

  it('should read "won" and "rand" as currencies only after a scale', () => {
    expect(findMoney('Seoul would commit 2 trillion won.').map((money) => money.currency)).toEqual(['KRW']);
    expect(findMoney('She won the vote by 12 votes.')).toEqual([]);
  });
});

describe('datelineCity', () => {
  it('should read the city of a wire dateline in its usual forms, and not a slug or a sentence', () => {
    expect(datelineCity('LIMA, Peru — (Wire) — Leaders met.')).toBe('Lima');
    expect(datelineCity('BUENOS AIRES, May 12 (Wire) - Talks ended.')).toBe('Buenos Aires');
    expect(datelineCity('Some title\nQUITO/LIMA - Both capitals agreed.')).toBe('Quito');
    expect(datelineCity('CHILE-PERU-TRADE\nThe talks ended.')).toBeNull();
    expect(datelineCity('The UN said - again - that it would wait.')).toBeNull();
  });

  it('should read a capital before a colon as a dateline, but not a label such as "IMAGE:"', () => {
    expect(datelineCity('MUSCAT: Talks resumed on Monday.')).toBe('Muscat');
    expect(datelineCity('IMAGE: The two leaders at the summit.')).toBeNull();
  });
});

describe('tokenize', () => {
  it('should give each token its lower case, straight apostrophes, and split possessives', () => {
    const tokens = tokenize('Okafor’s ÉLYSÉE visit, U.S.-backed, in İzmir.');
    expect(tokens.map((token) => [token.text, token.lower])).toEqual([
      ['Okafor', 'okafor'],
      ['’s', "'s"],
      ['ÉLYSÉE', 'élysée'],
      ['visit', 'visit'],
      [',', ','],
      ['U.S.', 'u.s.'],
      ['-', '-'],
      ['backed', 'backed'],
      [',', ','],
      ['in', 'in'],
      ['İzmir', 'i̇zmir'],
      ['.', '.'],
    ]);
    for (const token of tokens) expect(token.end - token.start).toBe(token.text.length);
  });
});

describe('findQuoted', () => {
  it('should find quotations in straight, curly and single marks, and none in a sentence without marks', () => {
    const sentence = 'He said “we stay” and "we fight", calling it ‘a duty’.';
    expect(findQuoted(sentence).map(([from, to]) => sentence.slice(from, to))).toEqual([
      'we stay',
      'we fight',
      'a duty',
    ]);
    expect(findQuoted('Okafor’s aides said nothing.')).toEqual([]);
  });
});

describe('mergeStatements', () => {
  const claim = {} as Claim;
  const quote = (speaker: string, text: string) => ({ speaker, text, claim });

  it('should merge one speaker’s near-identical wordings, keep the most reported, and keep speakers apart', () => {
    const groups = mergeStatements([
      quote('leader:a', 'We will not abandon our partners in the north.'),
      quote('leader:a', 'We will not abandon our partners in the north'),
      quote('leader:a', 'We will never abandon our partners in the north.'),
      quote('leader:a', 'We will not abandon our partners in the north.'),
      quote('leader:b', 'We will not abandon our partners in the north.'),
      quote('leader:a', 'The harbour stays open.'),
    ]);
    expect(groups.map((group) => [group.speaker, group.text, group.wordings.length, group.claims.length])).toEqual([
      ['leader:a', 'We will not abandon our partners in the north.', 3, 4],
      ['leader:b', 'We will not abandon our partners in the north.', 1, 1],
      ['leader:a', 'The harbour stays open.', 1, 1],
    ]);
  });
});

describe('splitSentences', () => {
  const sentences = (paragraph: string) => splitSentences(paragraph).map(([start, end]) => paragraph.slice(start, end));

  it('should not split after an abbreviation, an initial or inside a quotation', () => {
    expect(sentences('Mr. J. D. Vance spoke. "We stay. We fight," he said. Then he left.')).toEqual([
      'Mr. J. D. Vance spoke.',
      '"We stay. We fight," he said.',
      'Then he left.',
    ]);
  });

  it('should close a quotation typed with mixed marks', () => {
    expect(sentences('“Our coast is ours," Kelly said. "These are not idle words. It stays.” Then she left.')).toEqual([
      '“Our coast is ours," Kelly said.',
      '"These are not idle words. It stays.”',
      'Then she left.',
    ]);
  });
});

describe('luceneQuery', () => {
  it('should require every word, exact, as a prefix or fuzzy by its length', () => {
    expect(luceneQuery('Rojas cho')).toBe('+(rojas^4 rojas*^2 rojas~1) +(cho^4 cho*^2)');
    expect(luceneQuery('Starmerr')).toBe('+(starmerr^4 starmerr*^2 starmerr~2)');
  });

  it('should strip Lucene syntax and operators, and give nothing for nothing', () => {
    expect(luceneQuery('name:(a OR b)* AND "x"')).toBe('+(name^4 name*^2 name~1) +(a^4 a*^2) +(b^4 b*^2) +(x^4 x*^2)');
    expect(luceneQuery('  -- ')).toBeNull();
  });
});
