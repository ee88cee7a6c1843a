/**
 * app: the Express application, built from its dependencies so tests can run it without listening on a port.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type ErrorRequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Graph } from '../db/connection.js';

export interface AppDeps {
  graph: Graph;
  logger: Logger;
  /** The built client to serve at `/`. */
  clientDir?: string;
}

export function createApp({ graph, logger, clientDir = resolve('client/dist') }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(pinoHttp({ logger }));
  app.use(express.json({ limit: '1mb' }));

  app.get('/api/health', async (_request, response, next) => {
    try {
      const components = await graph.driver.executeQuery('CALL dbms.components() YIELD name, versions RETURN versions[0] AS version', {}, { database: graph.database, routing: 'READ' });
      const counts = await graph.driver.executeQuery(
        'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
        {},
        { database: graph.database, routing: 'READ' },
      );
      const record = counts.records[0]!;
      response.json({ neo4j: 'up', version: components.records[0]?.get('version') ?? null, nodes: record.get('nodes'), relationships: record.get('relationships') });
    } catch (error) {
      next(error);
    }
  });

  if (existsSync(clientDir)) app.use(express.static(clientDir));

  const onError: ErrorRequestHandler = (error: Error, request, response, _next) => {
    request.log?.error({ err: error }, 'request failed');
    response.status(500).type('application/problem+json').json({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
  };
  app.use(onError);
  return app;
}
