/**
 * response-cache: the answers of the read endpoints, kept as JSON bytes while the graph is unchanged.
 *
 * The graph changes only when articles are imported, removed or merged, while analysts ask for the same ego networks,
 * start view and paths again and again (a shared link, a team opening the same case). An answer is kept with the
 * graph's revision when it was computed and served again only while the revision is the same.
 *
 * The revision is the bookmark Neo4j returns for a read transaction: it names the database's last committed
 * transaction, so a write from anywhere (this server, the importer's CLI, Neo4j Browser) changes it. Every request
 * waits for a check of the revision that began after it arrived, so an answer never predates a write the caller saw
 * finish; concurrent requests share one check (a `RETURN 1`, about 3 ms here). Entries also expire after MAX_AGE_MS,
 * in case a server's bookmarks do not move with writes.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Graph } from '../db/connection.js';

export interface CachedResponse {
  body: Buffer;
  etag: string;
  /** Whether the answer was kept from an earlier request. */
  hit: boolean;
}

interface Entry {
  body: Buffer;
  etag: string;
  revision: string;
}

/** How long an entry may be served, however the revision looks. */
const MAX_AGE_MS = 10 * 60_000;

export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** Answers being computed, so identical concurrent requests compute once. */
  private readonly computing = new Map<string, Promise<Entry>>();
  private checking: Promise<string> | null = null;
  private nextCheck: Promise<string> | null = null;

  constructor(
    private readonly graph: Graph,
    maxBytes: number,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => entry.body.length + 64,
      ttl: MAX_AGE_MS,
    });
  }

  /** The answer for `key`: kept if the graph has not changed since it was computed, else computed by `compute`. */
  async get(key: string, compute: () => Promise<unknown>): Promise<CachedResponse> {
    const revision = await this.revision();
    const kept = this.entries.get(key);
    if (kept?.revision === revision) return { ...kept, hit: true };
    const computingKey = `${revision}\n${key}`;
    let pending = this.computing.get(computingKey);
    if (!pending) {
      pending = compute()
        .then((value) => {
          const body = Buffer.from(JSON.stringify(value));
          const entry = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`, revision };
          this.entries.set(key, entry);
          return entry;
        })
        .finally(() => this.computing.delete(computingKey));
      this.computing.set(computingKey, pending);
    }
    return { ...(await pending), hit: false };
  }

  /** Forgets every answer (after a write through this server, so no check is needed to notice it). */
  clear(): void {
    this.entries.clear();
  }

  /** The graph's revision as of a check that began after this call. */
  private revision(): Promise<string> {
    if (!this.checking) {
      this.checking = this.checkRevision().finally(() => (this.checking = null));
      return this.checking;
    }
    // The check in flight began before this request arrived and may miss a write it saw: wait for the next one.
    this.nextCheck ??= this.checking.then(
      () => this.startNextCheck(),
      () => this.startNextCheck(),
    );
    return this.nextCheck;
  }

  private startNextCheck(): Promise<string> {
    this.nextCheck = null;
    return this.revision();
  }

  private async checkRevision(): Promise<string> {
    const session = this.graph.driver.session({ database: this.graph.database, defaultAccessMode: 'READ' });
    try {
      await session.executeRead((transaction) => transaction.run('RETURN 1'));
      return session.lastBookmarks().join(',');
    } finally {
      await session.close();
    }
  }
}
