/**
 * run-analyst-query: runs one analyst's Cypher query, inside the analyst worker thread: refused unless its plan passes
 * the guard, run in a read transaction (the last wall) under the server's timeout, and turned into a table and a graph
 * within the row cap and the byte budget. Its outcome is plain data, ready to cross the thread boundary.
 */
import { Neo4jError, type Driver } from 'neo4j-driver';
import type { CypherResponse } from '../../graph-model/api.js';
import { isUnavailable } from '../errors.js';
import { integerParams } from '../graph/read.js';
import { GraphCollector } from '../graph/serialize.js';
import { BoundedConverter, BudgetExceeded, DEFAULT_VALUE_LIMITS, type ValueLimits } from './bounded-values.js';
import { checkPlan, QueryRefusedError, refuseHiddenCharacters } from './query-guard.js';

const EXPLAIN_PREFIX = 'EXPLAIN\n';

export interface AnalystQuery {
  query: string;
  params: Record<string, unknown>;
  /** Rows and milliseconds this query may take: already the smaller of what was asked and the server's caps. */
  rowLimit: number;
  timeoutMs: number;
}

/** What the endpoint answers: the response as JSON text, or a problem with its status. */
export type AnalystOutcome =
  { type: 'answer'; json: string } | { type: 'problem'; status: number; title: string; detail: string; code?: string };

export async function runAnalystQuery(
  driver: Driver,
  database: string | undefined,
  request: AnalystQuery,
  limits: ValueLimits = DEFAULT_VALUE_LIMITS,
): Promise<AnalystOutcome> {
  const began = performance.now();
  // Records are pulled 100 at a time, so a query whose rows are huge stops at the byte budget after a few of them
  // rather than after Neo4j has built and sent a thousand.
  const session = driver.session({ database, defaultAccessMode: 'READ', fetchSize: 100 });
  try {
    refuseHiddenCharacters(request.query);
    const params = integerParams(request.params);
    const home = await homeDatabase(driver, database);
    const response = await session.executeRead(
      async (tx) => {
        const explained = await tx.run(`${EXPLAIN_PREFIX}${request.query}`, params).summary();
        checkPlan(
          { queryType: explained.queryType, plan: explained.plan, database: explained.database.name ?? null },
          home,
        );

        const result = tx.run(request.query, params);
        const collector = new GraphCollector();
        const converter = new BoundedConverter(collector, limits);
        const rows: Record<string, unknown>[] = [];
        let columns: string[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === 0) columns = record.keys.map(String);
          if (rows.length >= request.rowLimit) {
            truncated = true;
            break;
          }
          try {
            rows.push(converter.row(columns, (key) => record.get(key)));
          } catch (error) {
            if (!(error instanceof BudgetExceeded)) throw error;
            truncated = true;
            break;
          }
        }
        if (rows.length === 0 && !truncated) columns = ((await result.keys()) as string[]).map(String);
        // A relationship returned without its nodes is drawn between them, as Neo4j Browser does.
        const missing = collector.missingEnds().slice(0, limits.maxListLength);
        if (missing.length) {
          const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
          for (const record of ends.records) collector.addValue(record.get('n'));
        }
        return {
          columns,
          rows,
          truncated: truncated || converter.cut,
          graph: collector.toGraph(),
          elapsedMs: 0,
        } satisfies CypherResponse;
      },
      { timeout: request.timeoutMs },
    );
    response.elapsedMs = Math.round(performance.now() - began);
    return { type: 'answer', json: JSON.stringify(response) };
  } catch (error) {
    return problemOf(error, request.timeoutMs);
  } finally {
    await session.close().catch(() => undefined);
  }
}

const homeDatabases = new WeakMap<Driver, Promise<string | null>>();

/** The database the worker's sessions read (the server's default one when none is named), asked once. */
function homeDatabase(driver: Driver, database: string | undefined): Promise<string | null> {
  const known = homeDatabases.get(driver);
  if (known) return known;
  const home = driver
    .executeQuery('RETURN 1', {}, { database, routing: 'READ' })
    .then((result) => result.summary.database.name ?? null);
  home.catch(() => homeDatabases.delete(driver));
  homeDatabases.set(driver, home);
  return home;
}

function problemOf(error: unknown, timeoutMs: number): AnalystOutcome {
  const badRequest = (detail: string, code?: string): AnalystOutcome => ({
    type: 'problem',
    status: 400,
    title: 'Bad Request',
    detail,
    ...(code ? { code } : {}),
  });
  if (error instanceof QueryRefusedError) return badRequest(error.message, 'ReadOnlyEndpoint');
  if (error instanceof Neo4jError) {
    const code = error.code;
    if (isUnavailable(error))
      return {
        type: 'problem',
        status: 503,
        title: 'Service Unavailable',
        detail: 'cypher: the graph database does not answer; retry shortly',
        code,
      };
    if (code === 'Neo.ClientError.Statement.AccessMode' || /write operations are not allowed/i.test(error.message))
      return badRequest(`cypher: refused: this endpoint is read-only (${firstLine(error.message)})`, code);
    if (/TransactionTimedOut/i.test(code))
      return badRequest(
        `cypher: the query ran longer than ${timeoutMs} ms and was stopped; add a LIMIT or narrow the MATCH`,
        code,
      );
    if (/Terminated|TransactionMarkedAsFailed/i.test(code))
      return badRequest(
        'cypher: the query was terminated by the database (an administrator or a restart); run it again',
        code,
      );
    if (/MemoryPoolOutOfMemory|OutOfMemory/i.test(code))
      return badRequest(
        'cypher: the query needed more memory than the database gives one query; aggregate or add a LIMIT',
        code,
      );
    if (code.startsWith('Neo.ClientError.')) return badRequest(`cypher: ${firstLine(error.message)}`, code);
  }
  if (error instanceof RangeError || error instanceof TypeError)
    // The driver could not encode the parameters (too deep, or of a kind Cypher has no type for).
    return badRequest(`cypher: invalid "params": ${error.message}`, 'InvalidParameters');
  throw error;
}

/** The error's first line, its position given in the analyst's query rather than in the `EXPLAIN` line before it. */
function firstLine(message: string): string {
  return message
    .split('\n')[0]!
    .replace(
      /line (\d+), column (\d+) \(offset: (\d+)\)/,
      (_match, line: string, column: string, offset: string) =>
        `line ${Math.max(1, Number(line) - 1)}, column ${column} (offset: ${Math.max(0, Number(offset) - EXPLAIN_PREFIX.length)})`,
    );
}
