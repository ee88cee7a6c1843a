/**
 * config: the server's settings, read from the environment in this one place.
 */
import { z } from 'zod';

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SAMPLES_DIR: z.string().default('samples/articles'),
  SKIP_SAMPLE_IMPORT: z.enum(['0', '1']).default('0'),
  /** Required as a Bearer token by the write endpoints; without it they only answer on a loopback server. */
  API_TOKEN: z.string().min(16, 'use at least 16 characters').optional(),
  /**
   * Host names the server answers to besides IP addresses and localhost (comma-separated): a request naming any
   * other host is refused, so a site that rebinds its DNS name to this machine cannot read or write through it.
   */
  ALLOWED_HOSTS: z.string().optional(),
  /** Origins allowed by CORS, comma-separated; CORS is off when unset. */
  CORS_ORIGINS: z.string().optional(),
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  CYPHER_ROW_LIMIT: z.coerce.number().int().min(1).max(100_000).default(1_000),
  /** Analyst queries run at once; more wait in a queue of CYPHER_QUEUE, the rest are answered 429. */
  CYPHER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  CYPHER_QUEUE: z.coerce.number().int().min(0).max(1_000).default(16),
  /** Bytes of JSON one analyst query's answer may take; rows past it are cut and `truncated` is set. */
  CYPHER_MAX_RESPONSE_MB: z.coerce.number().min(0.01).max(256).default(8),
  /** Requests per minute and client to /api/cypher and the write endpoints. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
  /** Memory for the answers of the read endpoints kept while the graph is unchanged; 0 turns the cache off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65_536).default(64),
  /** Checks every answer against its response schema (graph-model/api.ts) and fails loudly on a mismatch; for tests. */
  VALIDATE_RESPONSES: z.enum(['0', '1']).default('0'),
});

export interface ServerConfig {
  port: number;
  /** Whether PORT was set: a taken port is then an error, not a reason to take the next free one. */
  portChosen: boolean;
  host: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  samplesDir: string;
  importSamples: boolean;
  apiToken: string | undefined;
  corsOrigins: string[];
  allowedHosts: string[];
  cypherTimeoutMs: number;
  cypherRowLimit: number;
  cypherConcurrency: number;
  cypherQueue: number;
  cypherMaxResponseBytes: number;
  rateLimitPerMinute: number;
  responseCacheBytes: number;
  validateResponses: boolean;
}

/** The defaults, for tests and callers that build an app without an environment. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`config: invalid "${issue.path.join('.')}": ${issue.message}`);
  }
  const config = parsed.data;
  return {
    port: config.PORT,
    portChosen: env.PORT !== undefined && env.PORT !== '',
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    samplesDir: config.SAMPLES_DIR,
    importSamples: config.SKIP_SAMPLE_IMPORT === '0',
    apiToken: config.API_TOKEN,
    corsOrigins: commaSeparated(config.CORS_ORIGINS),
    allowedHosts: commaSeparated(config.ALLOWED_HOSTS).map((host) => host.toLowerCase()),
    cypherTimeoutMs: config.CYPHER_TIMEOUT_MS,
    cypherRowLimit: config.CYPHER_ROW_LIMIT,
    cypherConcurrency: config.CYPHER_CONCURRENCY,
    cypherQueue: config.CYPHER_QUEUE,
    cypherMaxResponseBytes: Math.round(config.CYPHER_MAX_RESPONSE_MB * 1024 * 1024),
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    responseCacheBytes: Math.round(config.RESPONSE_CACHE_MB * 1024 * 1024),
    validateResponses: config.VALIDATE_RESPONSES === '1',
  };
}

function commaSeparated(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
