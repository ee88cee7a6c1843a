/**
 * local-neo4j: provisions Neo4j Community from Maven Central and runs it as a background process, no Docker needed.
 * Everything it fetches or writes lives in the git-ignored `.neo4j/` folder, so the second start is offline.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { localNeo4jSettings, type LocalNeo4jSettings } from './settings.js';

/** The pinned Neo4j 5.26 LTS release. */
export const NEO4J_VERSION = '5.26.30';
const DEFAULT_BOLT_PORT = 7687;
const START_TIMEOUT_MS = 120_000;

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jPaths {
  root: string;
  lib: string;
  home: string;
  conf: string;
  data: string;
  logs: string;
  state: string;
}

export interface LocalNeo4jState {
  boltPort: number;
  password: string;
  pid: number | null;
}

/**
 * Where the local instance lives (`NEO4J_LOCAL_DIR`, default `.neo4j`; the tests use `.neo4j-test`), and the jar cache
 * shared by every instance (`.neo4j/cache`).
 */
export function localPaths(root = resolve(localNeo4jSettings().dir)): LocalNeo4jPaths {
  const home = join(root, 'home');
  const cache = resolve(localNeo4jSettings().cacheDir);
  return {
    root,
    lib: join(cache, `neo4j-${NEO4J_VERSION}`, 'lib'),
    home,
    conf: join(home, 'conf'),
    data: join(home, 'data'),
    logs: join(home, 'logs'),
    state: join(root, 'state.json'),
  };
}

export function readState(paths = localPaths()): LocalNeo4jState | null {
  if (!existsSync(paths.state)) return null;
  return JSON.parse(readFileSync(paths.state, 'utf8')) as LocalNeo4jState;
}

function writeState(paths: LocalNeo4jPaths, state: LocalNeo4jState): void {
  writeFileSync(paths.state, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
}

export function boltUri(state: LocalNeo4jState): string {
  return `bolt://127.0.0.1:${state.boltPort}`;
}

/** The machine's Java, checked to be 17 or newer. */
function javaExecutable(): string {
  const { javaHome } = localNeo4jSettings();
  const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error) {
    throw new LocalNeo4jError(
      `db: Java not found ("${java}"); install Java 17+ (e.g. apt-get install openjdk-17-jre-headless) or set JAVA_HOME`,
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(probe.stderr + probe.stdout);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      `db: Java ${major || 'of unknown version'} is too old for Neo4j ${NEO4J_VERSION}; install Java 17+ or set JAVA_HOME`,
    );
  }
  return java;
}

const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.news-graph</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j-community</artifactId>
      <version>${NEO4J_VERSION}</version>
      <type>pom</type>
    </dependency>
  </dependencies>
</project>
`;

/** Fetches the Neo4j jars from Maven Central once; later calls find them in the cache. */
export function provision(paths = localPaths(), log: (line: string) => void = () => {}): void {
  if (existsSync(paths.lib) && readdirSync(paths.lib).some((file) => file.startsWith(`neo4j-${NEO4J_VERSION}`))) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error)
    throw new LocalNeo4jError(
      'db: Maven not found; install it (e.g. apt-get install maven) or set NEO4J_URI to use another Neo4j',
    );
  log(`db: fetching Neo4j ${NEO4J_VERSION} from Maven Central (first start only)...`);
  mkdirSync(paths.root, { recursive: true });
  const project = join(paths.lib, '..');
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'pom.xml'), POM);
  const fetch = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      join(project, 'pom.xml'),
      'dependency:copy-dependencies',
      `-DoutputDirectory=${paths.lib}`,
      '-DincludeScope=runtime',
    ],
    { encoding: 'utf8' },
  );
  if (fetch.status !== 0) {
    rmSync(paths.lib, { recursive: true, force: true });
    const reason = (fetch.stdout + fetch.stderr).split('\n').find((line) => line.includes('ERROR')) ?? 'no output';
    throw new LocalNeo4jError(
      `db: download of Neo4j ${NEO4J_VERSION} from Maven Central failed (${reason.trim()}); check the network and retry`,
    );
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

function anyFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function isRunning(pid: number | null): pid is number {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether `pid` is this instance's Neo4j, not another process that took the number after ours exited: on Linux its
 * command line must name Neo4j's entry point and this instance's home.
 */
function isOurNeo4j(pid: number | null, paths: LocalNeo4jPaths): pid is number {
  if (!isRunning(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return process.platform !== 'linux';
  const args = readFileSync(cmdline, 'utf8').split('\0');
  return args.includes('org.neo4j.server.CommunityEntryPoint') && args.includes(`--home-dir=${paths.home}`);
}

function writeConfig(paths: LocalNeo4jPaths, boltPort: number): void {
  mkdirSync(paths.conf, { recursive: true });
  mkdirSync(join(paths.root, 'import'), { recursive: true });
  const { heap, pageCache, transactionMemory } = localSettings();
  const config = [
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.heap.initial_size=${heap}`,
    `server.memory.heap.max_size=${heap}`,
    `server.memory.pagecache.size=${pageCache}`,
    'db.transaction.timeout=120s',
    // One query cannot take the whole heap: past this Neo4j stops it with a MemoryPoolOutOfMemoryError.
    `db.memory.transaction.total.max=${transactionMemory}`,
    // LOAD CSV may not read the machine's files: file URLs are refused, and the import directory is empty.
    'dbms.security.allow_csv_import_from_file_urls=false',
    `server.directories.import=${join(paths.root, 'import')}`,
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    '',
  ];
  writeFileSync(join(paths.conf, 'neo4j.conf'), config.join('\n'));
}

/** The local Neo4j's settings; a bad one is this module's error. */
function localSettings(): LocalNeo4jSettings {
  try {
    return localNeo4jSettings();
  } catch (error) {
    throw new LocalNeo4jError((error as Error).message);
  }
}

function neo4jEnv(paths: LocalNeo4jPaths): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_HOME: paths.home, NEO4J_CONF: paths.conf };
}

function setInitialPassword(paths: LocalNeo4jPaths, java: string, password: string): void {
  const result = spawnSync(
    java,
    ['-cp', join(paths.lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', password],
    {
      env: neo4jEnv(paths),
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new LocalNeo4jError(
      `db: could not set the Neo4j password: ${(result.stderr || result.stdout).trim().split('\n')[0]}`,
    );
}

function lastLogLines(paths: LocalNeo4jPaths, count = 8): string {
  for (const file of ['console.log', 'neo4j.log']) {
    const path = join(paths.logs, file);
    if (existsSync(path)) {
      const lines = readFileSync(path, 'utf8').trim().split('\n');
      return lines.slice(-count).join(' | ');
    }
  }
  return '(no log written)';
}

/** Whether Bolt answers with these credentials. */
export async function boltAnswers(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000, logging: undefined });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the local Neo4j unless it already runs, and resolves once Bolt answers.
 * Returns the state (Bolt port, password, pid) that the connection settings read.
 */
export async function startLocalNeo4j(log: (line: string) => void = () => {}): Promise<LocalNeo4jState> {
  const paths = localPaths();
  const previous = readState(paths);
  if (previous && isOurNeo4j(previous.pid, paths) && (await boltAnswers(boltUri(previous), 'neo4j', previous.password)))
    return previous;

  const java = javaExecutable();
  provision(paths, log);
  mkdirSync(paths.logs, { recursive: true });
  mkdirSync(paths.root, { recursive: true });

  const wanted = previous?.boltPort ?? DEFAULT_BOLT_PORT;
  let boltPort = wanted;
  if (!(await isPortFree(wanted))) {
    boltPort = await anyFreePort();
    log(`db: port ${wanted} is in use, so the local Neo4j listens on ${boltPort}`);
  }
  const password = previous?.password ?? randomBytes(18).toString('base64url');
  writeConfig(paths, boltPort);
  if (!existsSync(join(paths.data, 'dbms', 'auth.ini')) && !existsSync(join(paths.data, 'databases', 'system'))) {
    setInitialPassword(paths, java, password);
  }

  // The JVM is started directly (not through Neo4j's launcher script), so the heap settings of neo4j.conf must be
  // given to it here, or it takes a quarter of the machine's memory.
  const jvmOptions = [
    `-Xms${localSettings().heap}`,
    `-Xmx${localSettings().heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
  const out = openSync(join(paths.logs, 'console.log'), 'a');
  const child = spawn(
    java,
    [
      ...jvmOptions,
      '-cp',
      join(paths.lib, '*'),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${paths.home}`,
      `--config-dir=${paths.conf}`,
    ],
    { env: neo4jEnv(paths), detached: true, stdio: ['ignore', out, out] },
  );
  child.unref();
  const state: LocalNeo4jState = { boltPort, password, pid: child.pid ?? null };
  writeState(paths, state);

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!isRunning(state.pid)) {
      throw new LocalNeo4jError(`db: Neo4j did not start; last log lines: ${lastLogLines(paths)}`);
    }
    if (await boltAnswers(boltUri(state), 'neo4j', password)) return state;
    await sleep(500);
  }
  throw new LocalNeo4jError(
    `db: Neo4j did not answer on ${boltUri(state)} within ${START_TIMEOUT_MS / 1000}s; last log lines: ${lastLogLines(paths)}`,
  );
}

/** Stops the local Neo4j if it runs; resolves once the process has exited. */
export async function stopLocalNeo4j(): Promise<boolean> {
  const paths = localPaths();
  const state = readState(paths);
  if (!state || !isOurNeo4j(state.pid, paths)) {
    if (state?.pid) writeState(paths, { ...state, pid: null });
    return false;
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isRunning(state.pid) && Date.now() < deadline) await sleep(200);
  if (isRunning(state.pid)) process.kill(state.pid, 'SIGKILL');
  writeState(paths, { ...state, pid: null });
  return true;
}

/** Wipes the local data (the password is kept and set again on the next start). */
export async function resetLocalNeo4j(): Promise<void> {
  await stopLocalNeo4j();
  rmSync(localPaths().data, { recursive: true, force: true });
}

export interface LocalNeo4jStatus {
  uri: string | null;
  running: boolean;
  answers: boolean;
}

export async function localNeo4jStatus(): Promise<LocalNeo4jStatus> {
  const paths = localPaths();
  const state = readState(paths);
  if (!state) return { uri: null, running: false, answers: false };
  const running = isOurNeo4j(state.pid, paths);
  return {
    uri: boltUri(state),
    running,
    answers: running && (await boltAnswers(boltUri(state), 'neo4j', state.password)),
  };
}
