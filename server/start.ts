/**
 * start: `npm start`: starts Neo4j (local unless NEO4J_URI is set), applies the schema, imports the sample articles,
 * serves the API and the client, and prints the URL.
 */
import { pino } from 'pino';
import { connect } from '../db/connection.js';
import { applySchema } from '../db/schema.js';
import { expandPaths } from '../graph-import/files.js';
import { importFiles } from '../graph-import/import-command.js';
import { closeApp, createApp } from './app.js';
import { readConfig } from './config.js';

async function main(): Promise<void> {
  const config = readConfig();
  const logger = pino({ level: config.logLevel });
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
