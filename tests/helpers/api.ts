/**
 * api helpers: the Express app on the test Neo4j with our sample articles imported.
 */
import { pino } from 'pino';
import type { Graph } from '../../db/connection.js';
import { expandPaths } from '../../graph-import/files.js';
import { importFiles } from '../../graph-import/importer.js';
import type { ServerConfig } from '../../server/config.js';
import { createApp } from '../../server/app.js';
import { wipe } from './graph.js';

export const SAMPLES = 'samples/articles';

export async function importSamples(graph: Graph): Promise<void> {
  await wipe(graph);
  const summary = await importFiles(graph, await expandPaths([SAMPLES]));
  if (summary.failed > 0) throw new Error('the sample articles did not import');
}

/** The app as the tests use it: every answer is checked against its response schema (a mismatch is a 500). */
export function testApp(graph: Graph, config: Partial<ServerConfig> = {}, clientDir = '/nonexistent') {
  return createApp({
    graph,
    logger: pino({ level: 'silent' }),
    config: { validateResponses: true, ...config },
    clientDir,
  });
}
