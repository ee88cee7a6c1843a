/**
 * import-lease: one writer at a time. An import reads what the graph knows (people, role holders), resolves its
 * articles against it and writes; two imports interleaving would each resolve against a graph the other is changing.
 * So every import (CLI or API) and every removal first takes a lease held in Neo4j itself, which works across
 * processes and machines: a second writer waits, saying whom it waits for, and a crashed holder's lease expires.
 */
import { ConflictError } from '../../graph-model/errors.js';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { IMPORT_LEASE } from '../../graph-model/index.js';
import type { Graph } from '../../db/connection.js';

/** A lease not renewed for this long is taken to belong to a writer that died. */
export const LEASE_TTL_MS = 30_000;
const RENEW_EVERY_MS = LEASE_TTL_MS / 3;
const POLL_MS = 250;

export interface LeaseOptions {
  /** What this writer is, shown to whoever waits for it (`import of 12 files`). */
  purpose: string;
  /** Called once when the lease is held by another writer and this one starts waiting. */
  onWait?: (holder: string) => void;
  /** Give up after this long (default: wait as long as it takes). */
  maxWaitMs?: number;
}

/** Another writer held the graph for longer than this import would wait. */
export class LeaseTimeoutError extends ConflictError {}

const TAKE = `
  MERGE (l:${IMPORT_LEASE} {name: 'graph'})
  WITH l, l.owner IS NULL OR l.owner = $owner OR l.expires < timestamp() AS free
  CALL (l, free) {
    WITH l WHERE free
    SET l.owner = $owner, l.holder = $holder, l.since = timestamp(), l.expires = timestamp() + $ttl
  }
  RETURN free, l.holder AS holder, l.since AS since`;
const RENEW = `MATCH (l:${IMPORT_LEASE} {name: 'graph', owner: $owner}) SET l.expires = timestamp() + $ttl`;
const RELEASE = `MATCH (l:${IMPORT_LEASE} {name: 'graph', owner: $owner}) DELETE l`;

/** Runs `work` while holding the graph's write lease; waits for it first if another writer holds it. */
export async function withImportLease<T>(graph: Graph, options: LeaseOptions, work: () => Promise<T>): Promise<T> {
  const owner = randomUUID();
  const holder = `${options.purpose} (pid ${process.pid} on ${hostname()})`;
  const params = { owner, holder, ttl: LEASE_TTL_MS };
  const began = Date.now();
  let announced = false;
  for (;;) {
    const { records } = await graph.driver.executeQuery(TAKE, params, { database: graph.database });
    const record = records[0]!;
    if (record.get('free')) break;
    if (!announced) {
      const since = new Date(Number(record.get('since'))).toISOString().slice(11, 19);
      options.onWait?.(`${String(record.get('holder'))}, writing since ${since} UTC`);
      announced = true;
    }
    if (options.maxWaitMs !== undefined && Date.now() - began > options.maxWaitMs)
      throw new LeaseTimeoutError(
        `import: another writer holds the graph (${String(record.get('holder'))}); try again when it has finished`,
      );
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  const renewal = setInterval(() => {
    graph.driver.executeQuery(RENEW, params, { database: graph.database }).catch(() => undefined);
  }, RENEW_EVERY_MS);
  renewal.unref();
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await graph.driver.executeQuery(RELEASE, params, { database: graph.database }).catch(() => undefined);
  }
}
