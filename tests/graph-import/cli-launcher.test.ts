/**
 * The command-line programs start from a bundle (bin/run.mjs): the bundle runs what the TypeScript source says.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(...args: string[]) {
  return spawnSync(process.execPath, ['bin/run.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
}

describe('the command-line launcher', () => {
  it('should run `extract` from the bundle and print the extraction as JSON', () => {
    const folder = mkdtempSync(join(tmpdir(), 'launcher-'));
    const file = join(folder, 'note.txt');
    writeFileSync(file, 'title: A note\n---\nNorwegian Prime Minister Ingrid Dahl attended the fisheries summit.\n');
    const result = run('graph-import/cli.ts', 'extract', '--format', 'json', file);
    expect(result.stderr).toBe('');
    const extraction = JSON.parse(result.stdout) as { entities: { name: string }[] };
    expect(extraction.entities.map((entity) => entity.name)).toContain('Ingrid Dahl');
  });

  it('should refuse an entry point that does not exist, in one line', () => {
    const result = run('graph-import/no-such-cli.ts');
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('no such program "graph-import/no-such-cli.ts"');
  });
});
