/**
 * db cli: `npm run db:start|db:stop|db:status|db:reset` for the local Neo4j.
 */
import { Command } from 'commander';
import {
  localNeo4jStatus,
  boltUri,
  resetLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
  NEO4J_VERSION,
} from './local-neo4j.js';
import { neo4jTarget } from './settings.js';

const say = (line: string) => console.error(line);

function refuseWhenExternal(action: string): boolean {
  const target = neo4jTarget();
  if (target.type === 'external') {
    say(`db: NEO4J_URI is set (${target.uri}), so there is no local Neo4j to ${action}; unset it to use the local one`);
    return true;
  }
  return false;
}

const program = new Command('db').description(`the project's local Neo4j ${NEO4J_VERSION}`);

program
  .command('start')
  .description('provision (first time) and start the local Neo4j')
  .action(async () => {
    if (refuseWhenExternal('start')) return;
    const began = Date.now();
    const state = await startLocalNeo4j(say);
    console.log(
      `Neo4j ${NEO4J_VERSION} answers on ${boltUri(state)} (user neo4j, password in .neo4j/state.json) after ${((Date.now() - began) / 1000).toFixed(1)}s`,
    );
  });

program
  .command('stop')
  .description('stop the local Neo4j')
  .action(async () => {
    if (refuseWhenExternal('stop')) return;
    console.log((await stopLocalNeo4j()) ? 'Neo4j stopped' : 'Neo4j was not running');
  });

program
  .command('status')
  .description('print the Bolt URI and whether it answers')
  .action(async () => {
    const target = neo4jTarget();
    if (target.type === 'external') {
      console.log(`external Neo4j: ${target.uri} (NEO4J_URI)`);
      return;
    }
    const status = await localNeo4jStatus();
    if (!status.uri) console.log('local Neo4j: never started (npm run db:start)');
    else
      console.log(
        `local Neo4j: ${status.uri} ${status.answers ? 'answers' : status.running ? 'is starting or not answering' : 'is stopped'}`,
      );
    if (!status.answers) process.exitCode = 3;
  });

program
  .command('reset')
  .description('stop the local Neo4j and wipe its data')
  .action(async () => {
    if (refuseWhenExternal('reset')) return;
    await resetLocalNeo4j();
    console.log('Neo4j data wiped; npm run db:start starts an empty database');
  });

program.parseAsync().catch((error: Error) => {
  say(error.message);
  process.exitCode = 1;
});
