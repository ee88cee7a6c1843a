/**
 * connection: opens the one neo4j-driver the process uses, starting the local Neo4j first when no NEO4J_URI is set.
 */
import './tcp-no-delay.js';
import neo4j, { type Driver } from 'neo4j-driver';
import { boltUri, startLocalNeo4j } from './local-neo4j.js';
import { neo4jTarget, type Neo4jTarget } from './settings.js';

export interface Graph {
  driver: Driver;
  /** The database to run queries on; undefined means the server's default database. */
  database: string | undefined;
  uri: string;
  /** Who the driver logs in as: a process that needs a driver of its own (the analysts' worker) opens it with these. */
  credentials: { user: string; password: string };
  close(): Promise<void>;
}

export interface ConnectOptions {
  target?: Neo4jTarget;
  log?: (line: string) => void;
  /** How long the driver retries a transaction that failed for a transient reason (the driver's default is 30 s). */
  maxTransactionRetryTime?: number;
}

/** Connects to Neo4j (external or local) and checks that it answers. */
export async function connect(options: ConnectOptions = {}): Promise<Graph> {
  const target = options.target ?? neo4jTarget();
  let uri: string;
  let user: string;
  let password: string;
  if (target.type === 'external') {
    ({ uri, user, password } = target);
  } else {
    const state = await startLocalNeo4j(options.log);
    uri = boltUri(state);
    user = 'neo4j';
    password = state.password;
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    ...(options.maxTransactionRetryTime === undefined
      ? {}
      : { maxTransactionRetryTime: options.maxTransactionRetryTime }),
  });
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (error) {
    await driver.close();
    throw new Error(
      `db: Neo4j at ${uri} does not answer (${(error as Error).message}); check NEO4J_URI and credentials, or run npm run db:status`,
      { cause: error },
    );
  }
  return { driver, database: target.database, uri, credentials: { user, password }, close: () => driver.close() };
}
