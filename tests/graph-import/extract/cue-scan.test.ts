import { describe, expect, it } from '@jest/globals';
import { cueListIndex, scanCovers, scanCues } from '../../../graph-import/extract/cue-scan.js';

/** Whether a scan of the text finds the list, as a rule's cue check asks it. */
function holds(text: string, words: readonly string[]): boolean {
  const index = cueListIndex(words);
  const found = scanCues(text.toLowerCase());
  expect(scanCovers(found, index)).toBe(true);
  return found[index] === 1;
}

describe('cue-scan', () => {
  it('should find a list whose word is in the text, inside a longer word too', () => {
    expect(holds('The envoys walked out of the hall.', ['walk', 'storm'])).toBe(true);
    expect(holds('A sidewalk cafe.', ['walk', 'storm'])).toBe(true);
    expect(holds('The envoys left the hall.', ['walk', 'storm'])).toBe(false);
  });

  it('should register a list written in place once, however many arrays hold its words', () => {
    const first = cueListIndex(['pledge-in-place', 'vow-in-place']);
    expect(cueListIndex(['pledge-in-place', 'vow-in-place'])).toBe(first);
    // A scan made after the first registration still covers the list: nothing was rebuilt.
    const found = scanCues('no cue here');
    expect(scanCovers(found, cueListIndex(['pledge-in-place', 'vow-in-place']))).toBe(true);
  });

  it('should find words that overlap or end inside one another', () => {
    const lists = [['she'], ['he'], ['hers'], ['his']] as const;
    const found = lists.map((words) => holds('ushers', words));
    expect(found).toEqual([true, true, true, false]);
  });

  it('should find a word with a space in it only across a space', () => {
    expect(holds('He was looking on as they signed.', ['audience', 'looking on'])).toBe(true);
    expect(holds('He was looking, on reflection, tired.', ['audience', 'looking on'])).toBe(false);
    expect(holds('A bill was passed by parliament.', [' by'])).toBe(true);
    expect(holds('Goodbye.', [' by'])).toBe(false);
  });

  it('should find a space of a cue at any space of the text, a line break or a no-break space', () => {
    expect(holds('Chile offered\nto send troops.', ['offered to'])).toBe(true);
    expect(holds('Chile offered\u00a0to send troops.', ['offered to'])).toBe(true);
    expect(holds('Chile offered-to send troops.', ['offered to'])).toBe(false);
  });

  it('should keep finding earlier lists after a new list joins the scan', () => {
    const early = ['veto'];
    expect(holds('A veto was cast.', early)).toBe(true);
    const later = ['abstain'];
    cueListIndex(later);
    const found = scanCues('a veto was cast, and two abstained.');
    expect(found[cueListIndex(early)]).toBe(1);
    expect(found[cueListIndex(later)]).toBe(1);
  });

  it('should say a scan made before a list joined does not cover it', () => {
    const found = scanCues('nothing here');
    expect(scanCovers(found, cueListIndex(['a list made after the scan']))).toBe(false);
  });

  it('should refuse a cue word outside ASCII, naming it', () => {
    expect(() => cueListIndex(['communiqué'])).toThrow('cue-scan: cue word "communiqué" has a character outside ASCII');
    expect(holds('A veto was cast.', ['veto'])).toBe(true);
  });
});
