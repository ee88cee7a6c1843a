/**
 * settings: where the graph lives. `NEO4J_URI` (with `NEO4J_USER`, `NEO4J_PASSWORD`, `NEO4J_DATABASE`) points at an
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
