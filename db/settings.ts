/**
 * settings: the database's configuration, the one place its environment is read. Where the graph lives: `NEO4J_URI` (with `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`) points at an
 * external server; without it the project's own local Neo4j is used (and started on demand).
 */
import { z } from 'zod';

export type Neo4jTarget =
  | { type: 'external'; uri: string; user: string; password: string; database: string | undefined }
  | { type: 'local'; database: string | undefined };

const ExternalEnv = z.object({
  NEO4J_URI: z.string().url(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string({ required_error: 'NEO4J_PASSWORD is required when NEO4J_URI is set' }),
  NEO4J_DATABASE: z.string().min(1).optional(),
});

/** Reads the Neo4j settings from the environment. */
export function neo4jTarget(env: NodeJS.ProcessEnv = process.env): Neo4jTarget {
  if (!env.NEO4J_URI) return { type: 'local', database: env.NEO4J_DATABASE || undefined };
  const parsed = ExternalEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`db: invalid "${issue.path.join('.')}": ${issue.message}`);
  }
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = parsed.data;
  return { type: 'external', uri: NEO4J_URI, user: NEO4J_USER, password: NEO4J_PASSWORD, database: NEO4J_DATABASE };
}

/** How the project's own local Neo4j is laid out and sized. */
export interface LocalNeo4jSettings {
  /** Where the instance lives (`NEO4J_LOCAL_DIR`, default `.neo4j`; the tests use `.neo4j-test`). */
  dir: string;
  /** The jar cache shared by every instance (`NEO4J_CACHE_DIR`, default `.neo4j/cache`). */
  cacheDir: string;
  /** `JAVA_HOME`, when set. */
  javaHome: string | undefined;
  /** Heap, page cache and the memory one transaction may take, in the JVM's size syntax. */
  heap: string;
  pageCache: string;
  transactionMemory: string;
}

const SIZE = /^\d+[kmg]?$/i;
const size = (name: string, fallback: string) =>
  z.string().regex(SIZE, `expecting a size such as 768m or 2g`).default(fallback).describe(name);

const LocalEnv = z.object({
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j'),
  NEO4J_CACHE_DIR: z.string().min(1).optional(),
  JAVA_HOME: z.string().min(1).optional(),
  NEO4J_LOCAL_HEAP: size('NEO4J_LOCAL_HEAP', '1g'),
  NEO4J_LOCAL_PAGECACHE: size('NEO4J_LOCAL_PAGECACHE', '512m'),
  NEO4J_LOCAL_TX_MEMORY: size('NEO4J_LOCAL_TX_MEMORY', '512m'),
});

/** Reads the local Neo4j's settings from the environment; a bad value is a one-line error naming the variable. */
export function localNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const parsed = LocalEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`db: invalid ${issue.path.join('.')} "${String(env[String(issue.path[0])])}": ${issue.message}`);
  }
  const settings = parsed.data;
  return {
    dir: settings.NEO4J_LOCAL_DIR,
    cacheDir: settings.NEO4J_CACHE_DIR ?? '.neo4j/cache',
    javaHome: settings.JAVA_HOME,
    heap: settings.NEO4J_LOCAL_HEAP,
    pageCache: settings.NEO4J_LOCAL_PAGECACHE,
    transactionMemory: settings.NEO4J_LOCAL_TX_MEMORY,
  };
}
