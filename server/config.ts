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
});

export interface ServerConfig {
  port: number;
  host: string;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  samplesDir: string;
  importSamples: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`config: invalid "${issue.path.join('.')}": ${issue.message}`);
  }
  const config = parsed.data;
  return { port: config.PORT, host: config.HOST, logLevel: config.LOG_LEVEL, samplesDir: config.SAMPLES_DIR, importSamples: config.SKIP_SAMPLE_IMPORT === '0' };
}
