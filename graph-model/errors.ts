/**
 * errors: the domain's few kinds of failure, as graphology has NotFoundGraphError and UsageGraphError. Each module
 * throws these (or a subclass naming its module); the server maps a kind to a status code in one place
 * (server/errors.ts) and the command line prints the message. Messages are one line: what, and what to do.
 */
export type ErrorKind = 'not-found' | 'invalid-input' | 'conflict' | 'unavailable';

export abstract class DomainError extends Error {
  abstract readonly kind: ErrorKind;
  constructor(
    message: string,
    /** The input at fault, when one is ("id", "text", "file"). */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** What was asked for does not exist: an id, an article, a saved view. */
export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

/** The input cannot be used as given: a malformed article, two nodes of different labels to merge. */
export class InvalidInputError extends DomainError {
  readonly kind = 'invalid-input';
}

/** The request clashes with the state of the graph: a limit reached, another writer holding the graph. */
export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/** Something the request needs is not there now (the database); retrying later may work. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
}
