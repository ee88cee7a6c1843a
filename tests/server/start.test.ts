/**
 * `npm start` with its PORT taken: one line that names the port and what to do, before Neo4j is started.
 */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

let taken: Server;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
});
afterAll(async () => {
  await new Promise((done) => taken.close(done));
});

describe('npm start', () => {
  it('should say in one line that PORT is taken, and exit 1', () => {
    const port = (taken.address() as AddressInfo).port;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SKIP_SAMPLE_IMPORT: '1',
        NEO4J_URI: 'bolt://127.0.0.1:1',
        NEO4J_PASSWORD: 'unused',
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toEqual([
      `server: port ${port} on 127.0.0.1 is taken; stop what uses it or set PORT to another port`,
    ]);
  });
});
