/**
 * explorer helpers: the built explorer served by the real server on the test Neo4j (our sample articles imported),
 * and Debian's Chromium. Each test opens its own page, in the state a URL gives it, and waits on conditions.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Express } from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Graph } from '../../db/connection.js';
import { closeApp } from '../../server/app.js';
import { importSamples, testApp } from './api.js';
import { openTestGraph } from './graph.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CLIENT_DIR = 'client/dist';

export interface ExplorerPage {
  page: Page;
  /** Console errors and uncaught exceptions of this page. */
  problems: string[];
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Explorer {
  base: string;
  graph: Graph;
  browser: Browser;
  /** A new page on `hash` (the home view when empty), once the view has loaded. */
  open(
    hash?: string,
    options?: {
      colorScheme?: 'light' | 'dark';
      width?: number;
      height?: number;
      /** Called with the page before it loads (to listen to its requests). */
      beforeLoad?: (page: Page) => void;
      /** What to wait for: a graph on the canvas (the default), or only the explorer's start. */
      waitFor?: 'graph' | 'ready';
    },
  ): Promise<ExplorerPage>;
  close(): Promise<void>;
}

/** The newest modification time under `path`. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

/** Builds the client unless its build is newer than every source of it. */
function buildClient(): void {
  const built = existsSync(join(CLIENT_DIR, 'index.html')) ? statSync(join(CLIENT_DIR, 'index.html')).mtimeMs : 0;
  const sources = Math.max(newest('client/src'), newest('client/index.html'), newest('graph-model'));
  if (built > sources) return;
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
}

export async function startExplorer(artifacts: string): Promise<Explorer> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `explorer tests: no Chromium at ${CHROMIUM}; install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  buildClient();
  mkdirSync(artifacts, { recursive: true });
  const graph = await openTestGraph();
  await importSamples(graph);
  const app: Express = testApp(graph, {}, CLIENT_DIR);
  const server = await new Promise<Server>((resolve) => {
    const listening = (app as unknown as { listen: (port: number, host: string, done: () => void) => Server }).listen(
      0,
      '127.0.0.1',
      () => resolve(listening),
    );
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  return {
    base,
    graph,
    browser,
    async open(hash = '', options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        colorScheme: options.colorScheme ?? 'light',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
      options.beforeLoad?.(page);
      await page.goto(`${base}${hash ? `#${hash}` : ''}`);
      if (options.waitFor === 'ready') await page.waitForFunction(() => window.explorer !== undefined);
      else await page.waitForFunction(() => window.explorer?.store.graph.order > 5, undefined, { timeout: 20_000 });
      return {
        page,
        problems,
        shot: async (name) => void (await page.screenshot({ path: `${artifacts}/${name}.png` })),
        close: () => context.close(),
      };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await closeApp(app);
      await graph.close();
    },
  };
}
