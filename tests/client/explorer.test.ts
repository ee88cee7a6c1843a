/**
 * The explorer in a real headless Chromium (Debian's, driven by playwright-core) against the real server and Neo4j
 * holding our sample articles. Each step saves a screenshot in test-artifacts/client/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import type { Graph } from '../../db/connection.js';
import type { Express } from 'express';
import { closeApp } from '../../server/app.js';
import { importSamples, testApp } from '../helpers/api.js';
import { openTestGraph } from '../helpers/graph.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = 'test-artifacts/client';
const CLIENT_DIR = 'client/dist';

let graph: Graph;
let server: Server;
let app: Express;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `explorer tests: no Chromium at ${CHROMIUM}; install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'],
    { stdio: 'inherit' },
  );
  mkdirSync(ARTIFACTS, { recursive: true });
  graph = await openTestGraph();
  await importSamples(graph);
  app = testApp(graph, {}, CLIENT_DIR);
  server = await new Promise<Server>((resolve) => {
    const listening = (app as unknown as { listen: (port: number, host: string, done: () => void) => Server }).listen(
      0,
      '127.0.0.1',
      () => resolve(listening),
    );
  });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page: ${error.message}`));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (app) await closeApp(app);
  await graph?.close();
});

const order = () => page.evaluate(() => window.explorer.store.graph.order);
const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}/${name}.png` });

/** Pixels of the canvas area that differ from its background. */
async function drawnPixels(): Promise<number> {
  const png = PNG.sync.read(await page.locator('#sigma').screenshot());
  const [r0, g0, b0] = [png.data[0]!, png.data[1]!, png.data[2]!];
  let drawn = 0;
  for (let index = 0; index < png.data.length; index += 4) {
    if (
      Math.abs(png.data[index]! - r0) + Math.abs(png.data[index + 1]! - g0) + Math.abs(png.data[index + 2]! - b0) >
      60
    )
      drawn++;
  }
  return drawn;
}

async function searchAndChoose(text: string, name: string): Promise<void> {
  await page.locator('#search-input').fill(text);
  await page.locator('#search-results li', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details h3', { hasText: name }).waitFor();
}

describe('explorer', () => {
  it('should open on the most connected actors with the canvas drawn', async () => {
    await page.waitForFunction(() => window.explorer?.store.graph.order > 5, undefined, { timeout: 20_000 });
    await page.waitForTimeout(2500);
    expect(await drawnPixels()).toBeGreaterThan(2000);
    await shot('1-start');
  });

  it('should find a leader by search and focus it, with a statement and its evidence in the panel', async () => {
    await page.keyboard.press('/');
    await searchAndChoose('tamm', 'Liisa Tamm');
    const statement = page.locator('#details .rel q').first();
    await statement.waitFor();
    expect(await statement.textContent()).toMatch(/\w+/);
    const evidence = page.locator('#details .evidence').first();
    expect(await evidence.locator('.source').textContent()).toMatch(/\w+/);
    expect(await page.evaluate(() => location.hash)).toContain('focus=leader');
    await shot('2-search-and-details');
  });

  it('should reopen a shared link on its focus, expand a node and undo the expansion', async () => {
    const base = page.url().split('#')[0]!;
    const tamm = await page.evaluate(
      async () => (await (await fetch('/api/search?q=liisa%20tamm&limit=1')).json()).hits[0].id as string,
    );
    await page.goto('about:blank');
    await page.goto(`${base}#focus=${encodeURIComponent(tamm)}`);
    await page.locator('#details h3', { hasText: 'Liisa Tamm' }).waitFor({ timeout: 20_000 });
    const before = await order();
    await page
      .locator('#details .rel a', { hasText: /summit/i })
      .first()
      .click();
    await page.locator('#details h3', { hasText: /summit/i }).waitFor();
    await page.locator('#details .buttons button', { hasText: /^Expand/ }).click();
    await page.waitForFunction((count) => window.explorer.store.graph.order > count, before, { timeout: 10_000 });
    const grown = await order();
    await shot('3-expanded');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((count) => window.explorer.store.graph.order < count, grown, { timeout: 5_000 });
    expect(await order()).toBe(before);
    await shot('4-undone');
  });

  it('should list the connections between two actors as cited steps', async () => {
    await searchAndChoose('liisa tamm', 'Liisa Tamm');
    await page.locator('#path-set-from').click();
    await searchAndChoose('henrik lund', 'Henrik Lund');
    await page.locator('#path-set-to').click();
    await page.locator('#path-find').click();
    const step = page.locator('#path-list .step').first();
    await step.waitFor({ timeout: 10_000 });
    expect(await page.locator('#path-list li').count()).toBeGreaterThan(0);
    expect(await step.locator('.evidence q').textContent()).toMatch(/\w+/);
    await shot('5-connections');
  });

  it('should run Cypher from the console with Ctrl+Enter and show a table', async () => {
    await page.locator('#toggle-console').click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(
      'MATCH (l:Leader)-[r:SAID]->(s:Statement) RETURN l.name AS speaker, s.text AS quote, l, r, s',
    );
    await page.keyboard.press('Control+Enter');
    await page.locator('#cypher-result table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#cypher-result th').allTextContents()).toEqual(['speaker', 'quote', 'l', 'r', 's']);
    expect(await page.locator('#cypher-result tbody tr').count()).toBeGreaterThan(1);
    await shot('6-cypher-table');
  });

  it('should show a Cypher error inline', async () => {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (n RETURN n');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#cypher-result .error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toMatch(/Invalid input/);
    await shot('7-cypher-error');
  });

  it('should let an analyst merge two people the importer was unsure about', async () => {
    await page.evaluate(async () => {
      const text =
        'Finnish President Aarne Virtanan visited Narva on Tuesday.\n\n"Narva is Europe too," Virtanan said.';
      const response = await fetch('/api/articles', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text, title: 'Narva visit', date: '2026-05-21' }),
      });
      if (!response.ok) throw new Error(`upload answered ${response.status}`);
    });
    await page.locator('#search-input').fill('Aarne Virtanan');
    await page.locator('#search-results li', { hasText: 'Aarne Virtanan' }).first().click();
    await page.locator('#details h3', { hasText: 'Aarne Virtanan' }).waitFor();
    await page.locator('#details button', { hasText: 'Same person: merge' }).click();
    // The better documented of the two is kept, and the panel moves to it.
    await page.locator('#details h3', { hasText: /^Aarne Virtanen$/ }).waitFor({ timeout: 10_000 });
    // Asked from outside the page, so the expected 404 is no console error.
    const base = page.url().split('#')[0]!;
    const merged = {
      kept: (await (await page.request.get(`${base}api/nodes/leader%3Aaarne-virtanen`)).json()) as {
        aliases?: string[];
      },
      gone: (await page.request.get(`${base}api/nodes/leader%3Aaarne-virtanan`)).status(),
    };
    expect(merged.gone).toBe(404);
    expect(merged.kept.aliases).toContain('Aarne Virtanan');
    await shot('8-merge-reviewed');
  });

  it('should draw a big graph as discs and lines, and a small one with borders and arrows again', async () => {
    const drawnAs = () =>
      page.evaluate(() => {
        const { renderer } = window.explorer;
        const edges = renderer.getSetting('edgeProgramClasses');
        return { nodes: renderer.getSetting('defaultNodeType'), sameEdgePrograms: edges.straight === edges.curved };
      });
    await page.evaluate(() => {
      const count = 6_000;
      window.explorer.load(
        {
          options: { type: 'directed', multi: true, allowSelfLoops: true },
          attributes: {},
          nodes: Array.from({ length: count }, (_, i) => ({
            key: `big:${i}`,
            attributes: { label: `Actor ${i}`, category: 'Leader', degree: 1 },
          })),
          edges: Array.from({ length: count }, (_, i) => ({
            key: `big-edge:${i}`,
            source: `big:${i}`,
            target: `big:${(i * 7 + 1) % count}`,
            attributes: { relType: 'MET', articles: 1 },
          })),
        },
        { undoable: false },
      );
    });
    expect(await drawnAs()).toEqual({ nodes: 'disc', sameEdgePrograms: true });
    await page.waitForTimeout(500);
    expect(await drawnPixels()).toBeGreaterThan(2000);
    await shot('9-big-graph');
    // Half-size discs. Mid-pan, sigma's picking pass (which finds the node under the mouse) is skipped; once the
    // camera stops it is drawn again, so hovering finds nodes.
    const picked = await page.evaluate(async () => {
      const { renderer, layout } = window.explorer;
      layout.stop(false);
      // Private in sigma's types: the lookup its hover and click handlers make in the picking layer.
      const nodeAt = (point: { x: number; y: number }) =>
        (
          renderer as unknown as { getNodeAtPosition(point: { x: number; y: number }): string | null }
        ).getNodeAtPosition(point);
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const sample = renderer
        .getGraph()
        .nodes()
        .filter((node) => node.startsWith('big:'))
        .slice(0, 300);
      const pickable = () =>
        sample.filter((node) => nodeAt(renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!)) !== null)
          .length;
      // Only the sampled nodes inside the view can be picked, however the layout left them.
      const { width, height } = renderer.getDimensions();
      const visible = () =>
        sample.filter((node) => {
          const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
          return point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height;
        }).length;
      const camera = renderer.getCamera();
      const panned = camera.animate({ x: camera.x + 0.02 }, { duration: 400 });
      await frame();
      await frame();
      const midPan = pickable();
      await panned;
      // The picking pass is drawn again in a frame after the camera stops: wait for it, a second at most.
      let [stopped, shown] = [0, 0];
      for (let waited = 0; waited < 60; waited++) {
        await frame();
        [stopped, shown] = [pickable(), visible()];
        if (shown > 0 && stopped * 2 >= shown) break;
      }
      return { midPan, stopped, shown, scale: renderer.scaleSize(1, 1) };
    });
    expect(picked.midPan).toBe(0);
    expect(picked.shown).toBeGreaterThan(20);
    expect(picked.stopped * 2).toBeGreaterThanOrEqual(picked.shown);
    expect(picked.scale).toBe(0.5);
    await page.evaluate(() => window.explorer.store.clear());
    expect(await drawnAs()).toEqual({ nodes: 'bordered', sameEdgePrograms: false });
  });

  it('should show the query of a shared link without running it until the user runs it', async () => {
    const own = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const ran: string[] = [];
    own.on('request', (sent) => {
      if (sent.url().endsWith('/api/cypher')) ran.push(sent.postData() ?? '');
    });
    const query = 'MATCH (l:Leader) RETURN l.name AS name LIMIT 3';
    const base = page.url().split('#')[0]!;
    await own.goto(`${base}#q=${encodeURIComponent(query)}`);
    await own.waitForFunction(() => window.explorer?.store.graph.order > 5, undefined, { timeout: 20_000 });
    await own.locator('#cypher-status', { hasText: 'has not run' }).waitFor();
    expect(await own.locator('.cm-content').textContent()).toBe(query);
    expect(ran).toEqual([]);
    await own.locator('#cypher-run').click();
    await own.locator('#cypher-result table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(ran).toHaveLength(1);
    await own.screenshot({ path: `${ARTIFACTS}/8-shared-query-not-run.png` });
    await own.close();
  });

  it('should have logged no console errors', () => {
    expect(problems.filter((problem) => !/Cypher|400 \(Bad Request\)/.test(problem))).toEqual([]);
  });
});
