/**
 * Pure parsers: sums of money, sentence splitting, and the Lucene query built from what a person typed in search.
 */
import { findMoney } from '../../graph-import/extract/money.js';
import { splitSentences } from '../../graph-import/extract/document.js';
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
