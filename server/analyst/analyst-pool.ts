/**
 * analyst-pool: analysts' queries get their own bounded share of the server. At most `concurrency` run at once (in
 * the Cypher worker thread, on connections of its own), a few more wait in a queue, and the rest are turned away
 * with 429 and Retry-After, so the explorer's reads keep their connections and the event loop whatever analysts run.
 * A query whose answer is not back by its deadline has the worker thread stopped and started anew.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValueLimits } from './bounded-values.js';
import type { WorkerJob, WorkerReply, WorkerSettings } from './cypher-worker.js';
import type { AnalystOutcome, AnalystQuery } from './run-analyst-query.js';

export interface AnalystPoolOptions {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
  /** Queries run at once. */
  concurrency: number;
  /** Queries that may wait for a free slot; past that the endpoint answers 429. */
  queueSize: number;
  /** How long a query may wait in the queue before it is turned away. */
  queueWaitMs: number;
  limits: ValueLimits;
  /** Time past a query's own timeout that its answer may take to be converted before the worker is stopped. */
  graceMs?: number;
}

/** Seconds a turned-away analyst should wait before trying again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

interface Pending {
  request: AnalystQuery;
  resolve(outcome: AnalystOutcome): void;
  timer?: NodeJS.Timeout;
}

export class AnalystPool {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly running = new Map<number, Pending>();
  private readonly waiting: Pending[] = [];

  constructor(private readonly options: AnalystPoolOptions) {}

  /** Runs the query when a slot is free; answers 429 at once when the queue is full. */
  run(request: AnalystQuery): Promise<AnalystOutcome> {
    return new Promise((resolve) => {
      const pending: Pending = { request, resolve };
      if (this.running.size < this.options.concurrency) return this.dispatch(pending);
      if (this.waiting.length >= this.options.queueSize) return resolve(busy());
      pending.timer = setTimeout(() => {
        const index = this.waiting.indexOf(pending);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(busy());
      }, this.options.queueWaitMs);
      this.waiting.push(pending);
    });
  }

  /** Queries running and waiting, for health checks and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running.size, waiting: this.waiting.length };
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private dispatch(pending: Pending): void {
    const id = this.nextId++;
    this.running.set(id, pending);
    const deadline = pending.request.timeoutMs + (this.options.graceMs ?? 10_000);
    pending.timer = setTimeout(() => this.restart(id), deadline);
    this.ensureWorker().postMessage({ id, request: pending.request } satisfies WorkerJob);
  }

  private settle(id: number, outcome: AnalystOutcome): void {
    const pending = this.running.get(id);
    if (!pending) return;
    this.running.delete(id);
    clearTimeout(pending.timer);
    pending.resolve(outcome);
    const next = this.waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      this.dispatch(next);
    }
  }

  /** The query `late` outlived its deadline: the worker is stopped, and every query it ran is answered. */
  private restart(late: number): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
    for (const id of [...this.running.keys()])
      this.settle(
        id,
        id === late
          ? problem(
              400,
              `cypher: the query's result took longer than its ${this.running.get(id)!.request.timeoutMs} ms to read and was stopped; return fewer or smaller values`,
            )
          : unavailable('cypher: the query was stopped together with another that ran too long; run it again'),
      );
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const settings: WorkerSettings = {
      uri: this.options.uri,
      user: this.options.user,
      password: this.options.password,
      database: this.options.database,
      connections: this.options.concurrency,
      limits: this.options.limits,
    };
    const worker = startWorker(settings);
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.settle(reply.id, reply.outcome));
    const lost = (reason: string) => {
      if (this.worker !== worker) return;
      this.worker = null;
      for (const id of [...this.running.keys()])
        this.settle(id, unavailable(`cypher: the query could not finish (${reason}); run it again`));
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`the worker stopped with code ${code}`));
    this.worker = worker;
    return worker;
  }
}

/** The worker from its TypeScript source (through tsx, as the server itself runs) or from built JavaScript. */
function startWorker(settings: WorkerSettings): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 512 };
  const source = new URL('./cypher-worker.ts', import.meta.url);
  if (!source.pathname.endsWith('.ts'))
    return new Worker(new URL('./cypher-worker.js', import.meta.url), { workerData: settings, resourceLimits });
  // tsx's ESM entry (its `exports` map names it for `import`; require.resolve would give the CommonJS one).
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(join(dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(boot, { eval: true, workerData: settings, resourceLimits });
}

function problem(status: number, detail: string): AnalystOutcome {
  return { type: 'problem', status, title: status === 400 ? 'Bad Request' : 'Error', detail };
}

function unavailable(detail: string): AnalystOutcome {
  return { type: 'problem', status: 503, title: 'Service Unavailable', detail };
}

function busy(): AnalystOutcome {
  return {
    type: 'problem',
    status: 429,
    title: 'Too Many Requests',
    detail: `cypher: the server is running as many analyst queries as it allows; retry in ${BUSY_RETRY_AFTER_SECONDS} s`,
  };
}
