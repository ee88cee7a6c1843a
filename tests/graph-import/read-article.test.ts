/**
 * Reading an article file: header dates in the forms news headers use and no guessing, UTF-16 with a byte-order
 * mark, and a one-line error naming the file and the field for what cannot be read.
 */
import { decodeArticle, isoDate } from '../../graph-import/read/read-article.js';

describe('isoDate', () => {
  it.each([
    ['2026-03-04', '2026-03-04'],
    ['2026-03-04T10:00:00Z', '2026-03-04'],
    ['2023-05-20 (the summit was held on Friday)', '2023-05-20'],
    ['4 March 2026', '2026-03-04'],
    ['4th Mar 2026', '2026-03-04'],
    ['March 4, 2026', '2026-03-04'],
    ['Wednesday, 4 March 2026', '2026-03-04'],
    ['Sept 30, 2025', '2025-09-30'],
  ])('should read %s as %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso);
  });

  it.each([['3 March'], ['03/04/2026'], ['2026-02-30'], ['yesterday'], ['March 2026']])(
    'should not guess a date from %s',
    (text) => {
      expect(isoDate(text)).toBeNull();
    },
  );
});

describe('decodeArticle', () => {
  it('should refuse a header date it cannot read, naming the file and the field', () => {
    expect(() => decodeArticle('talks.txt', Buffer.from('date: 3 March\n---\nLeaders met.'))).toThrow(
      /^import: cannot read "talks.txt": the header "date" is "3 March", not a date/,
    );
  });

  it('should refuse a url header that is not http(s)', () => {
    expect(() => decodeArticle('talks.txt', Buffer.from('url: javascript:alert(1)\n---\nLeaders met.'))).toThrow(
      /the header "url"/,
    );
  });

  it('should read UTF-16 text with a byte-order mark', () => {
    const text = 'title: Grid talks\n---\nMinisters met in Tallinn on Monday.';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const big = Buffer.from(little);
    big.swap16();
    for (const bytes of [little, big]) {
      const article = decodeArticle('grid.txt', bytes);
      expect(article.title).toBe('Grid talks');
      expect(article.text.trim()).toBe('Ministers met in Tallinn on Monday.');
    }
  });

  it('should know an upload by its content and a file by its name', () => {
    const a = Buffer.from('Ministers met in Tallinn.');
    const b = Buffer.from('Ministers met in Riga.');
    expect(decodeArticle('report.txt', a).id).toBe(decodeArticle('report.txt', b).id);
    expect(decodeArticle('report.txt', a, undefined, 'content').id).not.toBe(
      decodeArticle('report.txt', b, undefined, 'content').id,
    );
  });
});
