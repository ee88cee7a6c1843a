/**
 * global-setup: the tests run against a real Neo4j: NEO4J_URI when set (the tests wipe it), else a local test
 * instance in `.neo4j-test`, separate from the one `npm start` uses, started here (or reused when already running).
 * It runs the project's own `db start` command, since Jest loads this file outside the ESM test environment.
 */
import { execFileSync } from 'node:child_process';

export default function globalSetup(): void {
  if (process.env.NEO4J_URI) return;
  process.env.NEO4J_LOCAL_DIR ??= '.neo4j-test';
  process.env.NEO4J_LOCAL_HEAP ??= '768m';
  execFileSync(process.execPath, ['--import', 'tsx', 'db/cli.ts', 'start'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
}
