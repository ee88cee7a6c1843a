/**
 * errors: the few error kinds the API answers with, and the one middleware that turns them (and Neo4j's) into
 * `application/problem+json` responses. Unexpected errors are logged with their cause and answered without it.
 */
import type { ErrorRequestHandler, Response } from 'express';
import { Neo4jError } from 'neo4j-driver';
import type { ZodError } from 'zod';
import type { Problem } from '../graph-model/api.js';
import { DomainError, type ErrorKind } from '../graph-model/errors.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly extra: Partial<Problem> = {},
    /** Response headers that go with the problem (`Retry-After`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export class BadRequestError extends HttpError {
  constructor(message: string, field?: string) {
    super(400, 'Bad Request', message, field ? { field } : {});
  }
}

export { ConflictError, NotFoundError } from '../graph-model/errors.js';

export class UnauthorizedError extends HttpError {
  constructor(message: string) {
    super(401, 'Unauthorized', message);
  }
}

export class ForbiddenError extends HttpError {
  constructor(message: string) {
    super(403, 'Forbidden', message);
  }
}

/** A zod failure as a 400 naming the first field that is wrong. */
export function fromZod(error: ZodError, where: string): BadRequestError {
  const issue = error.issues[0]!;
  const field = issue.path.join('.') || where;
  return new BadRequestError(`${where}: invalid "${field}": ${issue.message}`, field);
}

/** Codes of the driver's errors that mean "Neo4j is not there right now". */
const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Whether Neo4j cannot serve the request now: down, or every connection of the pool busy past the wait. */
export function isUnavailable(error: unknown): boolean {
  return (
    error instanceof Neo4jError &&
    (UNAVAILABLE.has(error.code) || error.message.startsWith('Connection acquisition timed out'))
  );
}

/** Seconds a client should wait before retrying when Neo4j is down. */
export const RETRY_AFTER_SECONDS = 5;

export function sendProblem(response: Response, problem: Problem): void {
  response.status(problem.status).type('application/problem+json').json(problem);
}

/** The one place a domain error's kind becomes an HTTP status. */
const STATUS: Record<ErrorKind, { status: number; title: string }> = {
  'not-found': { status: 404, title: 'Not Found' },
  'invalid-input': { status: 400, title: 'Bad Request' },
  conflict: { status: 409, title: 'Conflict' },
  unavailable: { status: 503, title: 'Service Unavailable' },
};

export const errorHandler: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  if (error instanceof DomainError) {
    const { status, title } = STATUS[error.kind];
    if (error.kind === 'unavailable') response.set('Retry-After', String(RETRY_AFTER_SECONDS));
    sendProblem(response, {
      type: 'about:blank',
      title,
      status,
      detail: error.message,
      ...(error.field ? { field: error.field } : {}),
    });
    return;
  }
  if (error instanceof HttpError) {
    response.set(error.headers);
    sendProblem(response, {
      type: 'about:blank',
      title: error.title,
      status: error.status,
      detail: error.message,
      ...error.extra,
    });
    return;
  }
  if (isUnavailable(error)) {
    request.log?.warn({ err: error }, 'Neo4j unavailable');
    response.set('Retry-After', String(RETRY_AFTER_SECONDS));
    sendProblem(response, {
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      detail: 'the graph database does not answer; retry shortly',
    });
    return;
  }
  // multer reports a file over the size limit, a second file or a file in another field with a code of its own.
  if (error instanceof Error && error.name === 'MulterError') {
    const { code, field } = error as Error & { code?: string; field?: string };
    const status = code === 'LIMIT_FILE_SIZE' ? 413 : 400;
    const detail =
      code === 'LIMIT_FILE_SIZE'
        ? 'articles: the file is over the size limit for one article; split it'
        : code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT'
          ? `articles: expecting one file in the multipart field "file"${field ? `, not in "${field}"` : ''}`
          : `articles: ${error.message}`;
    sendProblem(response, {
      type: 'about:blank',
      title: status === 413 ? 'Content Too Large' : 'Bad Request',
      status,
      detail,
      ...(field ? { field } : {}),
    });
    return;
  }
  // express.json() reports malformed bodies and oversized payloads with a status of their own.
  const status = (error as { status?: number; type?: string }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    sendProblem(response, {
      type: 'about:blank',
      title: 'Bad Request',
      status,
      detail: `request body: ${(error as Error).message}`,
    });
    return;
  }
  request.log?.error({ err: error }, 'request failed');
  sendProblem(response, {
    type: 'about:blank',
    title: 'Internal Server Error',
    status: 500,
    detail: 'an unexpected error happened; it has been logged',
  });
};
