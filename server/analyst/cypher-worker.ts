/**
 * cypher-worker: the thread that runs analysts' queries, with a driver and connection pool of its own. Decoding and
 * converting a result happen here, so however large or slow a result is, the server's event loop keeps answering
 * the explorer; the main thread stops this thread when a query outlives its deadline.
 */
import { parentPort, workerData } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import type { ValueLimits } from './bounded-values.js';
import { runAnalystQuery, type AnalystOutcome, type AnalystQuery } from './run-analyst-query.js';

export interface WorkerSettings {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Connections of this thread's own pool: the analysts' concurrency. */
  connections: number;
  limits: ValueLimits;
}

export interface WorkerJob {
  id: number;
  request: AnalystQuery;
}

export interface WorkerReply {
  id: number;
  outcome: AnalystOutcome;
}

const settings = workerData as WorkerSettings;
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
  maxConnectionPoolSize: settings.connections,
  connectionAcquisitionTimeout: 10_000,
  connectionTimeout: 5_000,
  // Integers past 2^53 are answered exactly (as strings) by bounded-values.
  disableLosslessIntegers: false,
  logging: undefined,
});

parentPort!.on('message', (job: WorkerJob) => {
  runAnalystQuery(driver, settings.database, job.request, settings.limits)
    .catch((error: unknown): AnalystOutcome => ({
      type: 'problem',
      status: 500,
      title: 'Internal Server Error',
      detail: `cypher: the query failed unexpectedly (${error instanceof Error ? error.message : String(error)})`,
    }))
    .then((outcome) => parentPort!.postMessage({ id: job.id, outcome } satisfies WorkerReply));
});
