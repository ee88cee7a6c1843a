/**
 * The local Neo4j runs within the heap it was given, reads no files through LOAD CSV, and `db:stop` never signals a
 * process that is not its own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localPaths, readState, stopLocalNeo4j } from '../../db/local-neo4j.js';

// Only the project's own local Neo4j has a JVM and a configuration of ours to check (none with NEO4J_URI).
const local = process.env.NEO4J_URI ? null : describe;

local?.('the local Neo4j', () => {
  it('should run its JVM with the heap of NEO4J_LOCAL_HEAP', () => {
    const state = readState(localPaths())!;
    const args = readFileSync(`/proc/${state.pid}/cmdline`, 'utf8').split('\0');
    expect(args).toContain(`-Xmx${process.env.NEO4J_LOCAL_HEAP ?? '768m'}`);
  });

  it('should refuse file URLs in LOAD CSV and import from an empty directory of its own', () => {
    const conf = readFileSync(join(localPaths().conf, 'neo4j.conf'), 'utf8');
    expect(conf).toMatch(/^dbms\.security\.allow_csv_import_from_file_urls=false$/m);
    expect(conf).toMatch(/^server\.directories\.import=.*import$/m);
  });
});

describe('db:stop', () => {
  it('should leave alone a process that took the recorded pid', async () => {
    const stranger = spawn('sleep', ['30'], { stdio: 'ignore' });
    const root = mkdtempSync(join(tmpdir(), 'neo4j-state-'));
    writeFileSync(join(root, 'state.json'), JSON.stringify({ boltPort: 7999, password: 'x', pid: stranger.pid }));
    const previous = process.env.NEO4J_LOCAL_DIR;
    process.env.NEO4J_LOCAL_DIR = root;
    try {
      expect(await stopLocalNeo4j()).toBe(false);
      expect(stranger.exitCode).toBeNull();
      expect(() => process.kill(stranger.pid!, 0)).not.toThrow();
      expect(readState(localPaths())!.pid).toBeNull();
    } finally {
      process.env.NEO4J_LOCAL_DIR = previous;
      stranger.kill();
    }
  });
});
