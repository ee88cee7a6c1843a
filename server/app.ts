/**
 * app: the Express application, built from its dependencies so tests can run it without listening on a port.
 * One route table (routes.ts) gives the endpoints; errors become problem details in one middleware (errors.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import cors from 'cors';
import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import multer from 'multer';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Graph } from '../db/connection.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../graph-import/index.js';
import { isLoopback, readConfig, type ServerConfig } from './config.js';
import { errorHandler, ForbiddenError, HttpError, NotFoundError, UnauthorizedError } from './errors.js';
import { AnalystPool } from './analyst/analyst-pool.js';
import { DEFAULT_VALUE_LIMITS } from './analyst/bounded-values.js';
import { openApiDocument } from './openapi.js';
import { ResponseCache } from './response-cache.js';
import { requireKnownHost, requireSameSitePost } from './request-guards.js';
import { expressPath, JsonText, ROUTES, type Route, type RouteContext } from './routes.js';

export interface AppDeps {
  graph: Graph;
  logger: Logger;
  config?: Partial<ServerConfig>;
  /** The built client to serve at `/`. */
  clientDir?: string;
}

const VERSION = (JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string }).version;

/** Lets a write through when the token matches, or when no token is set and the server listens on loopback only. */
function requireWriteAccess(config: ServerConfig): RequestHandler {
  return (request, _response, next) => {
    if (!config.apiToken) {
      if (isLoopback(config.host)) return next();
      return next(new ForbiddenError('writes are disabled: set API_TOKEN on the server to enable them'));
    }
    const given = /^Bearer\s+(.+)$/i.exec(request.get('authorization') ?? '')?.[1] ?? '';
    const expected = Buffer.from(config.apiToken);
    const actual = Buffer.from(given);
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return next();
    next(new UnauthorizedError('writes need the header "Authorization: Bearer <API_TOKEN>"'));
  };
}

export function createApp({
  graph,
  logger,
  config: overrides = {},
  clientDir = resolve('client/dist'),
}: AppDeps): express.Express {
  const config: ServerConfig = { ...readConfig({}), ...overrides };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger,
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info',
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'worker-src': ["'self'", 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // The server is often reached over plain http on a LAN address: do not rewrite its requests to https.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(requireKnownHost(config));
  if (config.corsOrigins.length) app.use('/api', cors({ origin: config.corsOrigins }));
  app.use('/api', requireSameSitePost());
  app.use(express.json({ limit: '1mb' }));

  const limiter = rateLimit({
    windowMs: 60_000,
    limit: config.rateLimitPerMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
  });
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: DEFAULT_MAX_ARTICLE_BYTES, files: 1 } });
  const cache = config.responseCacheBytes > 0 ? new ResponseCache(graph, config.responseCacheBytes) : null;
  const analysts = new AnalystPool({
    uri: graph.uri,
    ...graph.credentials,
    database: graph.database,
    concurrency: config.cypherConcurrency,
    queueSize: config.cypherQueue,
    queueWaitMs: config.cypherTimeoutMs,
    limits: { ...DEFAULT_VALUE_LIMITS, maxResponseBytes: config.cypherMaxResponseBytes },
  });
  app.locals.analysts = analysts;
  const context: RouteContext = { graph, config, analysts, onWrite: () => cache?.clear() };

  for (const declared of ROUTES) {
    const route = config.validateResponses ? validatingResponses(declared) : declared;
    const handlers: RequestHandler[] = [];
    if (route.write || route.limited) handlers.push(limiter);
    if (route.write) handlers.push(requireWriteAccess(config));
    if (route.upload) handlers.push(upload.single('file'));
    handlers.push(route.cached && cache ? handleCached(route, context, cache) : handle(route, context));
    app[route.method](expressPath(route.path), ...handlers);
  }
  const document = openApiDocument(ROUTES, VERSION, config);
  app.get('/api/openapi.json', (_request, response) => {
    response.json(document);
  });
  app.use('/api', (request, _response, next) =>
    next(
      new NotFoundError(
        `no API endpoint ${request.method} ${request.originalUrl.split('?')[0]}; see /api/openapi.json`,
      ),
    ),
  );

  if (existsSync(clientDir)) app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
  app.use(errorHandler);
  return app;
}

/** Stops what the app started besides its routes (the analysts' worker thread). */
export async function closeApp(app: express.Express): Promise<void> {
  await (app.locals.analysts as AnalystPool | undefined)?.close();
}

/** The route, its answers checked against its response schema: a mismatch is a 500 that names the field. */
function validatingResponses(route: Route): Route {
  return {
    ...route,
    async handle(request, context) {
      const body = await route.handle(request, context);
      const parsed = route.response.safeParse(body instanceof JsonText ? JSON.parse(body.json) : body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new HttpError(
          500,
          'Internal Server Error',
          `${route.method.toUpperCase()} ${route.path} answered against its response schema at "${issue.path.join('.')}": ${issue.message}`,
        );
      }
      return body;
    },
  };
}

function handle(route: Route, context: RouteContext): RequestHandler {
  return (request, response, next) => {
    route.handle(request, context).then((body) => {
      if (body instanceof JsonText) response.type('json').send(body.json);
      else response.json(body);
    }, next);
  };
}

/** Serves the kept answer while the graph is unchanged; `X-Cache` says which it was, the ETag allows a 304. */
function handleCached(route: Route, context: RouteContext, cache: ResponseCache): RequestHandler {
  return (request, response, next) => {
    cache
      .get(request.originalUrl, () => route.handle(request, context))
      .then((answer) => {
        // Browsers and proxies may keep it too, but must ask again each time (a 304 while the graph is unchanged).
        response.set({ ETag: answer.etag, 'X-Cache': answer.hit ? 'hit' : 'miss', 'Cache-Control': 'no-cache' });
        response.type('json').send(answer.body);
      }, next);
  };
}
