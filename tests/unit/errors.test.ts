/**
 * The domain's error kinds: each module's errors are one of them, so the server answers each with its status.
 */
import { ConflictError, InvalidInputError, NotFoundError, UnavailableError } from '../../graph-model/errors.js';
import { ArticleInputError, decodeArticle } from '../../graph-import/read/read-article.js';
import { MergeError } from '../../graph-import/write/merge-writer.js';
import { LeaseTimeoutError } from '../../graph-import/write/import-lease.js';

describe('domain errors', () => {
  it('should make an unreadable article invalid input, naming the file', () => {
    let thrown: unknown;
    try {
      decodeArticle('broken.txt', Buffer.from([0x00, 0x01, 0x02]));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ArticleInputError);
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).kind).toBe('invalid-input');
    expect((thrown as Error).message).toMatch(/^import: cannot read "broken.txt": binary content/);
  });

  it('should give each kind its name and kind', () => {
    expect(new MergeError('x')).toMatchObject({ kind: 'invalid-input', name: 'MergeError' });
    expect(new LeaseTimeoutError('x')).toMatchObject({ kind: 'conflict', name: 'LeaseTimeoutError' });
    expect(new NotFoundError('x', 'id')).toMatchObject({ kind: 'not-found', field: 'id' });
    expect(new ConflictError('x').kind).toBe('conflict');
    expect(new UnavailableError('x', undefined, { cause: new Error('down') }).cause).toBeInstanceOf(Error);
  });
});
