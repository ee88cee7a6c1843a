/**
 * start: `npm start`: starts Neo4j (local unless NEO4J_URI is set), applies the schema, imports the sample articles,
 * serves the API and the client, and prints the URL.
 */
import { createServer } from 'node:net';
import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { connect } from '../db/connection.js';
import { applySchema } from '../db/schema.js';
import { expandPaths, importFiles } from '../graph-import/index.js';
import { closeApp, createApp } from './app.js';
import { readConfig, type ServerConfig } from './config.js';

/** Whether the server could listen on this port, asked before Neo4j starts so a taken port is said at once. */
function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen(port, host, () => probe.close(() => done(true)));
  });
}

/** The configured port when free; when PORT was not set, the next free one of the ten after it. */
async function choosePort(config: ServerConfig): Promise<number> {
  if (await portIsFree(config.port, config.host)) return config.port;
  if (config.portChosen)
    throw new Error(
      `server: port ${config.port} on ${config.host} is taken; stop what uses it or set PORT to another port`,
    );
  for (let port = config.port + 1; port <= config.port + 10; port++)
    if (await portIsFree(port, config.host)) {
      console.error(`server: port ${config.port} is taken, so the explorer listens on ${port}`);
      return port;
    }
  throw new Error(
    `server: ports ${config.port}-${config.port + 10} on ${config.host} are taken; set PORT to a free port`,
  );
}

/**
 * The request log: one readable line per request on a terminal ("GET /api/stats 200 4 ms"), JSON lines otherwise
 * (for a log collector).
 */
function createLogger(level: string): Logger {
  if (!process.stdout.isTTY) return pino({ level });
  const stream = pretty({
    colorize: true,
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime,reqId',
    messageFormat: (log, messageKey) => {
      const request = log.req as { method?: string; url?: string } | undefined;
      const response = log.res as { statusCode?: number } | undefined;
      return request
        ? `${request.method} ${request.url} ${response?.statusCode ?? ''} ${String(log.responseTime ?? '')} ms`
        : String(log[messageKey] ?? '');
    },
  });
  return pino({ level }, stream);
}

async function main(): Promise<void> {
  const config = readConfig();
  config.port = await choosePort(config);
  const logger = createLogger(config.logLevel);
  const graph = await connect({ log: (line) => console.error(line), maxTransactionRetryTime: 3_000 });
  await applySchema(graph);
  if (config.importSamples) {
    const summary = await importFiles(graph, await expandPaths([config.samplesDir]));
    console.error(`samples: ${summary.imported} imported, ${summary.unchanged} unchanged, ${summary.failed} failed`);
  }
  const app = createApp({ graph, logger, config });
  const server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      `News graph explorer: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/  (Neo4j at ${graph.uri})`,
    );
  });
  const shutdown = () => {
    logger.info('shutting down');
    server.close(() => void Promise.all([closeApp(app), graph.close()]).then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
