/**
 * The explorer's saved views, camera, labels, Cypher results and small screens, each test on its own page
 * (tests/helpers/explorer.ts). Screenshots go to test-artifacts/client/share/.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startExplorer, type Explorer, type ExplorerPage } from '../helpers/explorer.js';

const ARTIFACTS = 'test-artifacts/client/share';

let explorer: Explorer;
const pages: ExplorerPage[] = [];

beforeAll(async () => {
  explorer = await startExplorer(ARTIFACTS);
}, 180_000);

afterEach(async () => {
  const problems = pages.flatMap((page) => page.problems);
  await Promise.all(pages.splice(0).map((page) => page.close()));
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await explorer?.close();
});

async function open(hash = '', options: Parameters<Explorer['open']>[1] = {}): Promise<ExplorerPage> {
  const view = await explorer.open(hash, options);
  pages.push(view);
  return view;
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.explorer.layout.running, undefined, { timeout: 30_000 });
}

async function idOf(page: Page, text: string): Promise<string> {
  return page.evaluate(
    async (query) =>
      (await (await fetch(`/api/search?q=${encodeURIComponent(query)}&limit=1`)).json()).hits[0].id as string,
    text,
  );
}

async function selectNode(page: Page, id: string): Promise<void> {
  await page.evaluate((node) => window.explorer.renderer.emit('clickNode', { node } as never), id);
  await page.locator('#details h3').waitFor();
}

/** What a view is made of, as the page holds it. */
function viewOf(page: Page) {
  return page.evaluate(() => {
    const { store, renderer, model } = window.explorer;
    return {
      nodes: store.graph
        .mapNodes((id, a) => ({
          id,
          x: Math.round(a.x * 100) / 100,
          y: Math.round(a.y * 100) / 100,
          pinned: !!a.fixed,
        }))
        .sort((a, b) => a.id.localeCompare(b.id)),
      edges: store.graph.edges().sort(),
      camera: renderer.getCamera().getState(),
      selection: model.selection.type === 'node' ? model.selection.key : null,
      types: [...model.filters.types].sort(),
      minSources: model.filters.minSources,
    };
  });
}

/** Whether a node is drawn inside the canvas. */
function onScreen(page: Page, id: string): Promise<boolean> {
  return page.evaluate((node) => {
    const { renderer } = window.explorer;
    const data = renderer.getNodeDisplayData(node);
    if (!data) return false;
    const point = renderer.framedGraphToViewport(data);
    const { width, height } = renderer.getDimensions();
    return point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height;
  }, id);
}

describe('saved views', () => {
  it('should reopen a shared link exactly: nodes, removals, positions, pins, camera, selection, filters, query', async () => {
    const { page, shot } = await open();
    await settled(page);
    // Expand a node, remove another, pin a third, narrow the filters, open the console.
    const summit = await idOf(page, 'Tallinn summit');
    await selectNode(page, summit);
    await page.locator('#details .buttons button', { hasText: /^Expand/ }).click();
    await page.locator('#status', { hasText: /Added|Nothing new/ }).waitFor();
    await settled(page);
    const [removed, pinned] = await page.evaluate(
      (keep) => window.explorer.store.graph.nodes().filter((node) => node !== keep),
      summit,
    );
    await selectNode(page, removed!);
    await page.keyboard.press('Delete');
    await page.waitForFunction((id) => !window.explorer.store.graph.hasNode(id), removed);
    await selectNode(page, pinned!);
    await page.keyboard.press('p');
    await page.locator('#details button', { hasText: /^Unpin$/ }).waitFor();
    await page.locator('#type-filters input[data-value="SAID"]').uncheck();
    await page.locator('#toggle-console').click();
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('MATCH (n:Nation) RETURN n.name LIMIT 2');
    await page.locator('#sigma').click({ position: { x: 5, y: 5 } });
    await selectNode(page, summit);
    await page.evaluate(() =>
      window.explorer.renderer.getCamera().setState({ x: 0.45, y: 0.55, ratio: 0.7, angle: 0 }),
    );
    const before = await viewOf(page);

    await page.locator('#share').click();
    await page.waitForFunction(() => /^#view=[\w-]{12}$/.test(location.hash));
    const hash = await page.evaluate(() => location.hash.slice(1));
    await shot('shared-view-original');

    const ran: string[] = [];
    const reopened = await open(hash, {
      beforeLoad: (other) =>
        other.on('request', (sent) => {
          if (sent.url().endsWith('/api/cypher')) ran.push(sent.url());
        }),
    });
    await reopened.page.locator('#status', { hasText: 'Opened' }).waitFor();
    await reopened.page.locator('#details h3').waitFor();
    const after = await viewOf(reopened.page);
    expect(after.nodes).toEqual(before.nodes);
    expect(after.nodes.map((node) => node.id)).not.toContain(removed);
    expect(after.nodes.find((node) => node.id === pinned)!.pinned).toBe(true);
    expect(after.edges).toEqual(before.edges);
    expect(after.camera).toEqual(before.camera);
    expect(after.selection).toBe(summit);
    expect(after.types).toEqual(before.types);
    expect(after.types).not.toContain('SAID');
    expect(await reopened.page.locator('#type-filters input[data-value="SAID"]').isChecked()).toBe(false);
    expect(await reopened.page.locator('.cm-content').textContent()).toBe('MATCH (n:Nation) RETURN n.name LIMIT 2');
    expect(ran).toEqual([]);
    // The layout does not move a reopened view.
    expect(await reopened.page.evaluate(() => window.explorer.layout.running)).toBe(false);
    await reopened.shot('shared-view-reopened');
  });

  it('should list named views and reopen one from the list', async () => {
    const { page, shot } = await open();
    await settled(page);
    const name = `Home view ${Date.now()}`;
    await page.locator('#views-menu summary').click();
    await page.locator('#view-name').fill(name);
    await page.locator('#save-view-form button').click();
    await page.locator('#views-list button', { hasText: name }).waitFor();
    const saved = await page.evaluate(() => window.explorer.store.graph.nodes().sort());
    await shot('saved-views-list');

    const other = await open('focus=leader%3Aliisa-tamm');
    await other.page.locator('#views-menu summary').click();
    await other.page.locator('#views-list button', { hasText: name }).click();
    await other.page.locator('#status', { hasText: `Opened "${name}"` }).waitFor();
    expect(await other.page.evaluate(() => window.explorer.store.graph.nodes().sort())).toEqual(saved);
    expect(await other.page.evaluate(() => location.hash)).toMatch(/^#view=/);
  });

  it('should say so when a link names a view the server does not have', async () => {
    const page = (await explorer.open('view=AAAAAAAAAAAA', { waitFor: 'ready' })).page;
    await page.locator('#status.error', { hasText: 'no saved view' }).waitFor();
    await page.context().close();
  });
});

describe('camera', () => {
  it('should frame both ends of the connections found', async () => {
    const { page, shot } = await open();
    await settled(page);
    // Start far off, zoomed in on a corner: the answer must come into view.
    await page.evaluate(() => window.explorer.renderer.getCamera().setState({ x: 2, y: 2, ratio: 0.2, angle: 0 }));
    const [from, to] = [await idOf(page, 'Liisa Tamm'), await idOf(page, 'Sergei Lavrov')];
    await selectNode(page, from);
    await page.locator('#path-set-from').click();
    await selectNode(page, to);
    await page.locator('#path-set-to').click();
    await page.locator('#path-find').click();
    await page.locator('#path-list .step').first().waitFor({ timeout: 10_000 });
    await settled(page);
    await page.waitForFunction(
      () => !(window.explorer.renderer.getCamera() as unknown as { isAnimated(): boolean }).isAnimated(),
    );
    expect(await onScreen(page, from)).toBe(true);
    expect(await onScreen(page, to)).toBe(true);
    await shot('framed-path');
  });

  it('should zoom in, zoom out and fit with the buttons and the keys', async () => {
    const { page } = await open();
    await settled(page);
    const ratio = () => page.evaluate(() => window.explorer.renderer.getCamera().ratio);
    const start = await ratio();
    await page.locator('#zoom-in').click();
    await page.waitForFunction((r) => window.explorer.renderer.getCamera().ratio < r, start);
    const zoomed = await ratio();
    await page.keyboard.press('-');
    await page.waitForFunction((r) => window.explorer.renderer.getCamera().ratio > r, zoomed);
    await page.evaluate(() => window.explorer.renderer.getCamera().setState({ x: 3, y: 3, ratio: 0.1, angle: 0 }));
    await page.locator('#zoom-fit').click();
    await page.waitForFunction(() => {
      const { renderer, store } = window.explorer;
      const { width, height } = renderer.getDimensions();
      return store.graph.everyNode((node) => {
        const point = renderer.framedGraphToViewport(renderer.getNodeDisplayData(node)!);
        return point.x >= 0 && point.y >= 0 && point.x <= width && point.y <= height;
      });
    });
  });
});

describe('labels', () => {
  it('should always label the most connected nodes, and every node at "all labels"', async () => {
    const { page, shot } = await open();
    await settled(page);
    const hub = await page.evaluate(() => {
      const { store } = window.explorer;
      return store.graph.nodes().sort((a, b) => store.graph.degree(b) - store.graph.degree(a))[0]!;
    });
    // Zoomed out until nodes are tiny, the hub keeps its label.
    await page.evaluate(() => window.explorer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 4, angle: 0 }));
    await page.locator('#label-density').selectOption('few');
    const forced = await page.evaluate(
      (node) => (window.explorer.renderer.getNodeDisplayData(node) as { forceLabel?: boolean }).forceLabel,
      hub,
    );
    expect(forced).toBe(true);
    await page.locator('#label-density').selectOption('all');
    expect(await page.evaluate(() => window.explorer.renderer.getSetting('labelRenderedSizeThreshold'))).toBe(0);
    await page.locator('#label-size').fill('18');
    expect(await page.evaluate(() => window.explorer.renderer.getSetting('labelSize'))).toBe(18);
    await page.evaluate(() => window.explorer.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }));
    await shot('all-labels');
  });

  it('should draw no label over another, however crowded, keeping the most connected', async () => {
    const { page, shot } = await open();
    await settled(page);
    await page.locator('#label-density').selectOption('all');
    await page.locator('#label-size').fill('18');
    const { placed, hub } = await page.evaluate(async () => {
      const { renderer, store, labels } = window.explorer;
      const drawn = new Promise<void>((resolve) => renderer.once('afterRender', () => resolve()));
      // Zoomed out: every label asked for, on a canvas too small to hold them all.
      renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 2.5, angle: 0 });
      await drawn;
      const top = store.graph.nodes().sort((a, b) => store.graph.degree(b) - store.graph.degree(a))[0]!;
      return { placed: labels.placed, hub: top };
    });
    expect(placed.length).toBeGreaterThan(3);
    const overlapping = placed.flatMap((a, i) =>
      placed
        .slice(i + 1)
        .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);
    expect(placed.map((label) => label.node)).toContain(hub);
    expect(Math.max(...placed.map((label) => label.text.length))).toBeLessThanOrEqual(48);
    await shot('labels-crowded');
  });

  it('should keep the legend off the canvas', async () => {
    const { page } = await open();
    const [canvas, legend] = [await page.locator('#sigma').boundingBox(), await page.locator('#legend').boundingBox()];
    expect(legend!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);
  });
});

describe('Cypher results', () => {
  it('should show paths as chains of named nodes, export CSV, and clear the highlight on a scalar result', async () => {
    const { page, shot } = await open();
    await page.locator('#toggle-console').click();
    await page.locator('#cypher-examples').selectOption({ label: 'Who met whom' });
    await page.locator('#cypher-run').click();
    const cell = page.locator('#cypher-result tbody td').first();
    await cell.waitFor({ timeout: 10_000 });
    expect(await cell.locator('.chip').count()).toBe(2);
    expect(await cell.textContent()).toMatch(/\[:MET\]/);
    expect(await cell.textContent()).not.toContain('{');
    await page.waitForFunction(() => (window.explorer.model.path?.nodes.size ?? 0) > 0);
    await shot('cypher-paths');

    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#cypher-csv').click()]);
    const csv = readFileSync((await file.path())!, 'utf8')
      .trim()
      .split('\r\n');
    const rows = await page.locator('#cypher-result tbody tr').count();
    expect(csv[0]).toBe('p');
    expect(csv).toHaveLength(rows + 1);
    expect(csv[1]).toMatch(/^\(Leader .+\)-\[:MET\]-\(Leader .+\)$/);

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('RETURN 1 AS one');
    await page.keyboard.press('Control+Enter');
    await page.locator('#cypher-result td', { hasText: /^1$/ }).waitFor();
    expect(await page.evaluate(() => window.explorer.model.path)).toBeNull();
  });
});

describe('small screens', () => {
  it('should fit the sidebar at 1024×640: histogram inside, outlets visible, Connections above the fold', async () => {
    const { page, shot } = await open('', { width: 1024, height: 640 });
    const sidebar = (await page.locator('.sidebar').boundingBox())!;
    const histogram = (await page.locator('#date-histogram').boundingBox())!;
    expect(histogram.x + histogram.width).toBeLessThanOrEqual(sidebar.x + sidebar.width);
    const outlets = await page
      .locator('label.inline', { hasText: 'outlets' })
      .evaluate((label) => label.scrollWidth <= label.clientWidth);
    expect(outlets).toBe(true);
    const find = (await page.locator('#path-find').boundingBox())!;
    expect(find.y + find.height).toBeLessThanOrEqual(640);
    await shot('1024x640');
  });
});
