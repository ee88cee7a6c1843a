/**
 * request-guards: what a browser on another site must not be able to do through this server. A request naming a host
 * the server does not answer to is refused (DNS rebinding), and a POST must carry what a cross-site form or `no-cors`
 * fetch cannot send: a JSON content type or the `X-Requested-With` header (both need a CORS preflight, which the
 * server grants only to CORS_ORIGINS).
 */
import { isIP } from 'node:net';
import type { RequestHandler } from 'express';
import type { ServerConfig } from './config.js';
import { ForbiddenError } from './errors.js';

/** The header the explorer sends with every POST; any value will do, since sending it at all needs a preflight. */
export const REQUESTED_WITH_HEADER = 'X-Requested-With';

/** The host of a Host header, without port or IPv6 brackets. */
export function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(header);
  if (bracketed) return bracketed[1]!.toLowerCase();
  return header.replace(/:\d+$/, '').toLowerCase();
}

export function isAllowedHost(
  header: string | undefined,
  config: Pick<ServerConfig, 'host' | 'allowedHosts'>,
): boolean {
  if (!header) return false;
  const name = hostName(header);
  return (
    isIP(name) !== 0 ||
    name === 'localhost' ||
    name.endsWith('.localhost') ||
    name === config.host.toLowerCase() ||
    config.allowedHosts.includes(name)
  );
}

export function requireKnownHost(config: ServerConfig): RequestHandler {
  return (request, _response, next) => {
    if (isAllowedHost(request.get('host'), config)) return next();
    next(
      new ForbiddenError(
        `the host "${request.get('host') ?? ''}" is not one this server answers to; add it to ALLOWED_HOSTS on the server`,
      ),
    );
  };
}

/** Refuses a POST that a page on another site could have sent without the user's say. */
export function requireSameSitePost(): RequestHandler {
  return (request, _response, next) => {
    if (request.method !== 'POST') return next();
    if (request.is('application/json') || request.get(REQUESTED_WITH_HEADER)) return next();
    next(
      new ForbiddenError(
        `POST ${request.path} needs a JSON body or the header "${REQUESTED_WITH_HEADER}" (a request from another site cannot send either)`,
      ),
    );
  };
}
