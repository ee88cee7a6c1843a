/**
 * The explorer in a real headless Chromium (Debian's, driven by playwright-core) against the real server and Neo4j
 * holding our sample articles: the main paths of an analyst's work, each test on its own page in the state its URL
 * gives it (tests/helpers/explorer.ts), waiting on conditions. Screenshots go to test-artifacts/client/.
 */
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { startExplorer, type Explorer, type ExplorerPage } from '../helpers/explorer.js';

const ARTIFACTS = 'test-artifacts/client';

let explorer: Explorer;
let view: ExplorerPage | undefined;

beforeAll(async () => {
  explorer = await startExplorer(ARTIFACTS);
}, 180_000);

afterEach(async () => {
  // A Cypher error shown inline is logged by the browser as a failed request; it is what that test asks for.
  const problems = (view?.problems ?? []).filter((problem) => !/400 \(Bad Request\)/.test(problem));
  await view?.close();
  view = undefined;
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await explorer?.close();
});

async function open(hash = ''): Promise<ExplorerPage> {
  view = await explorer.open(hash);
  return view;
}

const order = (page: Page) => page.evaluate(() => window.explorer.store.graph.order);

/** Pixels of the canvas area that differ from its background. */
async function drawnPixels(page: Page): Promise<number> {
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

/** Waits until the layout has stopped moving the nodes. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.explorer.layout.running, undefined, { timeout: 30_000 });
}

async function searchAndChoose(page: Page, text: string, name: string): Promise<void> {
  await page.locator('#search-input').fill(text);
  await page.locator('#search-results li', { hasText: name }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#details h3', { hasText: name }).waitFor();
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(query);
}

describe('explorer', () => {
  it('should open on the most connected actors with the canvas drawn', async () => {
    const { page, shot } = await open();
    await settled(page);
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    await shot('1-start');
  });

  it('should find a leader by search and focus it, with a statement and its evidence in the panel', async () => {
    const { page, shot } = await open();
    await page.keyboard.press('/');
    await searchAndChoose(page, 'tamm', 'Liisa Tamm');
    const statement = page.locator('#details .rel q').first();
    await statement.waitFor();
    expect(await statement.textContent()).toMatch(/\w+/);
    const evidence = page.locator('#details .evidence').first();
    expect(await evidence.locator('.source').textContent()).toMatch(/\w+/);
    expect(await page.evaluate(() => location.hash)).toContain('focus=leader');
    await shot('2-search-and-details');
  });

  it('should reopen a link on its focus, expand a node and undo the expansion', async () => {
    const { page, shot } = await open('focus=leader%3Aliisa-tamm');
    await page.locator('#details h3', { hasText: 'Liisa Tamm' }).waitFor({ timeout: 20_000 });
    const before = await order(page);
    await page
      .locator('#details .rel a', { hasText: /summit/i })
      .first()
      .click();
    await page.locator('#details h3', { hasText: /summit/i }).waitFor();
    await page.locator('#details .buttons button', { hasText: /^Expand/ }).click();
    await page.waitForFunction((count) => window.explorer.store.graph.order > count, before, { timeout: 10_000 });
    const grown = await order(page);
    await shot('3-expanded');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((count) => window.explorer.store.graph.order < count, grown, { timeout: 5_000 });
    expect(await order(page)).toBe(before);
    await shot('4-undone');
  });

  it('should list the connections between two actors as cited steps', async () => {
    const { page, shot } = await open();
    await searchAndChoose(page, 'liisa tamm', 'Liisa Tamm');
    await page.locator('#path-set-from').click();
    await searchAndChoose(page, 'henrik lund', 'Henrik Lund');
    await page.locator('#path-set-to').click();
    await page.locator('#path-find').click();
    const step = page.locator('#path-list .step').first();
    await step.waitFor({ timeout: 10_000 });
    expect(await page.locator('#path-list li').count()).toBeGreaterThan(0);
    expect(await step.locator('.evidence q').textContent()).toMatch(/\w+/);
    await shot('5-connections');
  });

  it('should run Cypher from the console with Ctrl+Enter and show a table', async () => {
    const { page, shot } = await open();
    await page.locator('#toggle-console').click();
    await typeQuery(
      page,
      'MATCH (l:Leader)-[r:SAID]->(s:Statement) RETURN l.name AS speaker, s.text AS quote, l, r, s',
    );
    await page.keyboard.press('Control+Enter');
    await page.locator('#cypher-result table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#cypher-result th').allTextContents()).toEqual(['speaker', 'quote', 'l', 'r', 's']);
    expect(await page.locator('#cypher-result tbody tr').count()).toBeGreaterThan(1);
    await shot('6-cypher-table');
  });

  it('should show a Cypher error inline', async () => {
    const { page, shot } = await open();
    await page.locator('#toggle-console').click();
    await typeQuery(page, 'MATCH (n RETURN n');
    await page.keyboard.press('Control+Enter');
    const error = page.locator('#cypher-result .error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toMatch(/Invalid input/);
    await shot('7-cypher-error');
  });

  it('should let an analyst merge two people the importer was unsure about', async () => {
    const { page, shot } = await open();
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
    const { page, shot } = await open();
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
    // Sigma draws on the next animation frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
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
      // A pan long enough that two frames fall inside it however slow the machine; measured only while it runs.
      const panned = camera.animate({ x: camera.x + 0.02 }, { duration: 2000 });
      await frame();
      await frame();
      const midPan = { pickable: pickable(), panning: camera.isAnimated() };
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
    expect(picked.midPan).toEqual({ pickable: 0, panning: true });
    expect(picked.shown).toBeGreaterThan(20);
    expect(picked.stopped * 2).toBeGreaterThanOrEqual(picked.shown);
    expect(picked.scale).toBe(0.5);
    await page.evaluate(() => window.explorer.store.clear());
    expect(await drawnAs()).toEqual({ nodes: 'bordered', sameEdgePrograms: false });
  });

  it('should show the query of a shared link without running it until the user runs it', async () => {
    const query = 'MATCH (l:Leader) RETURN l.name AS name LIMIT 3';
    const ran: string[] = [];
    view = await explorer.open(`q=${encodeURIComponent(query)}`, {
      beforeLoad: (page) =>
        page.on('request', (sent) => {
          if (sent.url().endsWith('/api/cypher')) ran.push(sent.postData() ?? '');
        }),
    });
    const { page, shot } = view;
    await page.locator('#cypher-status', { hasText: 'has not run' }).waitFor();
    expect(await page.locator('.cm-content').textContent()).toBe(query);
    expect(ran).toEqual([]);
    await page.locator('#cypher-run').click();
    await page.locator('#cypher-result table tbody tr').first().waitFor({ timeout: 10_000 });
    expect(ran).toHaveLength(1);
    await shot('8-shared-query-not-run');
  });
});
