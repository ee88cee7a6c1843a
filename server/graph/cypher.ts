/**
 * cypher: the analysts' Cypher endpoint. Queries run in a read transaction, so Neo4j itself refuses every write;
 * what a read transaction still allows but an analyst has no business running (LOAD CSV, USE, administration
 * commands, dbms.* procedures) is refused before it reaches Neo4j. A timeout and a row cap bound each query.
 */
import { Neo4jError } from 'neo4j-driver';
import type { CypherParams, CypherResponse } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { toPlain } from '../../db/values.js';
import { HttpError, isUnavailable } from '../errors.js';
import { GraphCollector } from './serialize.js';

export const DEFAULT_CYPHER_TIMEOUT_MS = 10_000;
export const DEFAULT_CYPHER_ROW_LIMIT = 1_000;

/** The query with comments, string literals and quoted names blanked out, so the checks below see only Cypher. */
function codeOnly(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, ' ');
}

const REFUSED: { pattern: RegExp; reason: string }[] = [
  { pattern: /\bLOAD\s+CSV\b/i, reason: 'LOAD CSV reads files and URLs from the server' },
  { pattern: /(^|[\s;}])USE\s+[\w`.$]/i, reason: 'USE switches databases' },
  { pattern: /\bCALL\s+dbms\s*\./i, reason: 'dbms.* procedures administer the server' },
  {
    pattern:
      /\b(SHOW|TERMINATE)\s+(?!(ALL\s+|BTREE\s+|RANGE\s+|TEXT\s+|POINT\s+|LOOKUP\s+|FULLTEXT\s+|VECTOR\s+|UNIQUE(NESS)?\s+|EXIST(ENCE)?\s+|NODE\s+|RELATIONSHIP\s+|KEY\s+|PROPERTY\s+)*(INDEX|INDEXES|CONSTRAINT|CONSTRAINTS|FUNCTION|FUNCTIONS|PROCEDURE|PROCEDURES)\b)/i,
    reason: 'administration commands are for the database administrator',
  },
  {
    pattern:
      /\b(CREATE|DROP|ALTER|GRANT|DENY|REVOKE|START|STOP|RENAME)\s+(OR\s+REPLACE\s+)?(USER|ROLE|DATABASE|COMPOSITE|ALIAS|SERVER|PRIVILEGE)/i,
    reason: 'administration commands are for the database administrator',
  },
];

/** Refuses what a read transaction would let through but the endpoint must not run; returns nothing when fine. */
export function checkAnalystQuery(query: string): void {
  const code = codeOnly(query);
  for (const { pattern, reason } of REFUSED) {
    if (pattern.test(code))
      throw new HttpError(400, 'Bad Request', `cypher: refused: ${reason}; this endpoint is read-only`, {
        code: 'ReadOnlyEndpoint',
      });
  }
}

export async function runCypher(
  graph: Graph,
  params: CypherParams,
  defaults: { timeoutMs?: number; rowLimit?: number } = {},
): Promise<CypherResponse> {
  checkAnalystQuery(params.query);
  const limit = params.limit ?? defaults.rowLimit ?? DEFAULT_CYPHER_ROW_LIMIT;
  const timeout = params.timeoutMs ?? defaults.timeoutMs ?? DEFAULT_CYPHER_TIMEOUT_MS;
  const began = performance.now();
  const session = graph.driver.session({ database: graph.database, defaultAccessMode: 'READ' });
  try {
    const { columns, rows, truncated, collector } = await session.executeRead(
      async (tx) => {
        const result = tx.run(params.query, params.params);
        const collector = new GraphCollector();
        const rows: Record<string, unknown>[] = [];
        let columns: string[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length === 0) columns = record.keys.map(String);
          if (rows.length >= limit) {
            truncated = true;
            break;
          }
          const row: Record<string, unknown> = {};
          for (const column of columns) {
            const value = record.get(column);
            collector.addValue(value);
            row[column] = toPlain(value);
          }
          rows.push(row);
        }
        if (rows.length === 0) columns = ((await result.keys()) as string[]).map(String);
        // A relationship returned without its nodes is drawn between them, as Neo4j Browser does.
        const missing = collector.missingEnds();
        if (missing.length) {
          const ends = await tx.run('MATCH (n) WHERE elementId(n) IN $ids RETURN n', { ids: missing });
          for (const record of ends.records) collector.addValue(record.get('n'));
        }
        return { columns, rows, truncated, collector };
      },
      { timeout },
    );
    return { columns, rows, truncated, graph: collector.toGraph(), elapsedMs: Math.round(performance.now() - began) };
  } catch (error) {
    if (error instanceof Neo4jError && !isUnavailable(error) && error.code.startsWith('Neo.ClientError.'))
      throw cypherError(error, timeout);
    throw error;
  } finally {
    await session.close();
  }
}

function cypherError(error: Neo4jError, timeout: number): HttpError {
  const code = error.code;
  if (
    code === 'Neo.ClientError.Statement.AccessMode' ||
    /write operations are not allowed|not allowed in a read/i.test(error.message)
  ) {
    return new HttpError(
      400,
      'Bad Request',
      `cypher: refused: this endpoint is read-only (${error.message.split('\n')[0]})`,
      { code },
    );
  }
  if (/TransactionTimedOut|Terminated/i.test(code)) {
    return new HttpError(
      400,
      'Bad Request',
      `cypher: the query ran longer than ${timeout} ms and was stopped; add a LIMIT or narrow the MATCH`,
      { code },
    );
  }
  return new HttpError(400, 'Bad Request', `cypher: ${error.message}`, { code });
}
