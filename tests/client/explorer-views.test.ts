/**
 * The explorer's exports, history, filters and small controls, each test on its own page (tests/helpers/explorer.ts).
 * Screenshots go to test-artifacts/client/views/.
 */
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { PNG } from 'pngjs';
import { startExplorer, type Explorer, type ExplorerPage } from '../helpers/explorer.js';

const ARTIFACTS = 'test-artifacts/client/views';

let explorer: Explorer;
let view: ExplorerPage | undefined;

beforeAll(async () => {
  explorer = await startExplorer(ARTIFACTS);
}, 180_000);

afterEach(async () => {
  const problems = view?.problems ?? [];
  await view?.close();
  view = undefined;
  expect(problems).toEqual([]);
});

afterAll(async () => {
  await explorer?.close();
});

async function open(hash = '', options: Parameters<Explorer['open']>[1] = {}): Promise<ExplorerPage> {
  view = await explorer.open(hash, options);
  return view;
}

/** The id of the first search hit for `text`. */
async function idOf(page: ExplorerPage['page'], text: string): Promise<string> {
  return page.evaluate(
    async (query) =>
      (await (await fetch(`/api/search?q=${encodeURIComponent(query)}&limit=1`)).json()).hits[0].id as string,
    text,
  );
}

async function selectNode(page: ExplorerPage['page'], id: string, name: string | RegExp): Promise<void> {
  await page.evaluate((node) => window.explorer.renderer.emit('clickNode', { node } as never), id);
  await page.locator('#details h3', { hasText: name }).waitFor();
}

async function download(page: ExplorerPage['page'], button: string): Promise<string> {
  await page.locator('#export-menu summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return (await file.path())!;
}

describe('exports', () => {
  it('should download the canvas as a PNG with its pixels, and close the menu', async () => {
    const { page, shot } = await open();
    const png = PNG.sync.read(readFileSync(await download(page, '#export-png')));
    let drawn = 0;
    for (let index = 0; index < png.data.length; index += 4)
      if (png.data[index]! + png.data[index + 1]! + png.data[index + 2]! < 600) drawn++;
    expect(drawn).toBeGreaterThan(1000);
    expect(await page.locator('#export-menu').evaluate((menu) => (menu as HTMLDetailsElement).open)).toBe(false);
    await shot('export-png');
  });

  it("should download GEXF that graphology-gexf parses into the view's nodes and edges", async () => {
    const { page } = await open();
    const xml = readFileSync(await download(page, '#export-gexf'), 'utf8');
    const parsed = parseGexf(Graph, xml);
    const onScreen = await page.evaluate(() => ({
      order: window.explorer.store.graph.order,
      size: window.explorer.store.graph.size,
    }));
    expect({ order: parsed.order, size: parsed.size }).toEqual(onScreen);
  });

  it('should download JSON that graphology imports back into the same graph', async () => {
    const { page } = await open();
    const exported = JSON.parse(readFileSync(await download(page, '#export-json'), 'utf8'));
    const copy = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
    copy.import(exported);
    const onScreen = await page.evaluate(() => ({
      nodes: window.explorer.store.graph.nodes().sort(),
      edges: window.explorer.store.graph.edges().sort(),
    }));
    expect({ nodes: copy.nodes().sort(), edges: copy.edges().sort() }).toEqual(onScreen);
  });
});

describe('history', () => {
  it('should keep "+N more" to the relationships not on the canvas, after an expansion and its undo', async () => {
    const { page, shot } = await open();
    const summit = await idOf(page, 'Tallinn summit');
    await selectNode(page, summit, /summit/i);
    const before = await page.evaluate(() => window.explorer.store.graph.order);
    await page.locator('#details .buttons button', { hasText: /^Expand/ }).click();
    await page.locator('#status', { hasText: /Added|Nothing new/ }).waitFor();
    // For every node: "+N" never exceeds what the database has beyond the edges drawn.
    const stale = await page.evaluate(async () => {
      const { store } = window.explorer;
      const wrong: string[] = [];
      for (const node of store.graph.nodes()) {
        const details = await (await fetch(`/api/nodes/${encodeURIComponent(node)}`)).json();
        const total = Object.entries(details.degree as Record<string, number>)
          .filter(([type]) => type !== 'MENTIONED_IN' && type !== 'SIMILAR_TO')
          .reduce((sum, [, count]) => sum + count, 0);
        if (store.moreOf(node) > Math.max(0, total - store.graph.degree(node)))
          wrong.push(`${node}: +${store.moreOf(node)} with ${total} in all, ${store.graph.degree(node)} drawn`);
      }
      return wrong;
    });
    expect(stale).toEqual([]);
    await shot('more-after-expand');
    const more = await page.evaluate((id) => window.explorer.store.moreOf(id), summit);
    const grown = await page.evaluate(() => window.explorer.store.graph.order);
    if (grown > before) {
      await page.keyboard.press('Control+z');
      await page.waitForFunction((count) => window.explorer.store.graph.order === count, before);
      expect(await page.evaluate((id) => window.explorer.store.moreOf(id), summit)).toBeGreaterThanOrEqual(more);
    }
  });

  it('should bring a removed node back with its edges on Ctrl+Z', async () => {
    const { page } = await open();
    const { node, degree } = await page.evaluate(() => {
      const { graph } = window.explorer.store;
      const busiest = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
      return { node: busiest, degree: graph.degree(busiest) };
    });
    await selectNode(page, node, /\w/);
    await page.keyboard.press('Delete');
    await page.waitForFunction((id) => !window.explorer.store.graph.hasNode(id), node);
    await page.locator('#status', { hasText: 'Ctrl+Z' }).waitFor();
    await page.keyboard.press('Control+z');
    await page.waitForFunction((id) => window.explorer.store.graph.hasNode(id), node);
    expect(await page.evaluate((id) => window.explorer.store.graph.degree(id), node)).toBe(degree);
  });

  it('should say Unpin on the button once P pinned the node', async () => {
    const { page, shot } = await open();
    const node = await page.evaluate(() => window.explorer.store.graph.nodes()[0]!);
    await selectNode(page, node, /\w/);
    await page.locator('#details button', { hasText: /^Pin$/ }).waitFor();
    await page.keyboard.press('p');
    await page.locator('#details button', { hasText: /^Unpin$/ }).waitFor();
    expect(await page.evaluate((id) => window.explorer.store.graph.getNodeAttribute(id, 'fixed'), node)).toBe(true);
    await shot('pinned');
  });
});

describe('filters', () => {
  it('should hide the nodes the outlet filter leaves without a relationship, and say how many', async () => {
    const { page, shot } = await open();
    await page.locator('#min-sources').selectOption('2');
    const lonely = () =>
      page.evaluate(() => {
        const { renderer, store } = window.explorer;
        return store.graph.nodes().filter((node) => {
          const shown = renderer.getNodeDisplayData(node);
          if (!shown || shown.hidden || store.graph.degree(node) === 0) return false;
          return !store.graph.someEdge(node, (edge) => !renderer.getEdgeDisplayData(edge)?.hidden);
        }).length;
      });
    await page.waitForFunction(() => window.explorer.model.orphans.size > 0);
    expect(await lonely()).toBe(0);
    const hidden = await page.evaluate(() => window.explorer.model.orphans.size);
    expect(await page.locator('#orphan-count').textContent()).toBe(`(${hidden} hidden)`);
    await shot('orphans-hidden');
    await page.locator('#hide-orphans').uncheck();
    await page.locator('#orphan-count', { hasText: 'shown' }).waitFor();
    expect(await lonely()).toBe(hidden);
  });

  it('should move the nearer date thumb where the track is clicked, on a time axis', async () => {
    const { page, shot } = await open();
    const range = await page.evaluate(() => ({
      max: Number((document.getElementById('date-to') as HTMLInputElement).max),
      dates: [...new Set(window.explorer.store.graph.mapEdges((_edge, a) => a.firstSeen as string))]
        .filter(Boolean)
        .sort(),
    }));
    // The sliders count days, so a gap between articles shows as one.
    const days = (Date.parse(range.dates.at(-1)!) - Date.parse(range.dates[0]!)) / 86_400_000;
    expect(range.max).toBe(days);
    await page.locator('.range').scrollIntoViewIfNeeded();
    const track = await page.locator('.range').boundingBox();
    // Past the middle, nearer the "to" thumb (at the last date), which moves there.
    await page.mouse.click(track!.x + track!.width * 0.6, track!.y + track!.height / 2);
    await page.waitForFunction(() => window.explorer.model.filters.until !== null);
    const filters = await page.evaluate(() => ({ ...window.explorer.model.filters, labels: [], types: [] }));
    expect(filters.since).toBe(range.dates[0]);
    expect(filters.until! < range.dates.at(-1)!).toBe(true);
    expect(await page.locator('#date-label').textContent()).not.toMatch(/^All dates/);
    await shot('date-track-click');
  });
});

describe('details', () => {
  it('should show evidence that is a quotation with its own marks only', async () => {
    const { page } = await open();
    const leader = await idOf(page, 'Liisa Tamm');
    await selectNode(page, leader, 'Liisa Tamm');
    await page.locator('#details .evidence q').first().waitFor();
    const doubled = await page.evaluate(
      () =>
        [...document.querySelectorAll('#details .evidence q')]
          .filter((q) => /^[“"‘']/.test((q.textContent ?? '').trim()))
          .filter((q) => getComputedStyle(q).quotes !== 'none').length,
    );
    const quoted = await page.locator('#details .evidence q.quoted').count();
    expect(quoted).toBeGreaterThan(0);
    expect(doubled).toBe(0);
  });

  it("should list a pledge a leader announced for their nation in the leader's panel", async () => {
    const { page, shot } = await open();
    const announced = await page.evaluate(async () => {
      const response = await fetch('/api/cypher', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'MATCH (n:Nation)-[r:PLEDGED]->() WHERE r.announcedBy IS NOT NULL RETURN r.announcedBy AS leader, n.name AS nation LIMIT 1',
        }),
      });
      return (await response.json()).rows[0] as { leader: string; nation: string };
    });
    await selectNode(page, await idOf(page, announced.leader), announced.leader);
    await page
      .locator('#details .rel', { hasText: `for ${announced.nation}` })
      .first()
      .waitFor();
    await shot('announced-pledge');
  });
});

describe('help and colour scheme', () => {
  it('should show the keyboard shortcuts on ? and close them on Escape', async () => {
    const { page, shot } = await open();
    await page.keyboard.press('?');
    await page.locator('#shortcuts[open]').waitFor();
    expect(await page.locator('#shortcuts dt').count()).toBeGreaterThan(6);
    await shot('shortcuts');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !(document.getElementById('shortcuts') as HTMLDialogElement).open);
  });

  it("should follow the system's dark scheme, page and canvas labels", async () => {
    const { page, shot } = await open('', { colorScheme: 'dark' });
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.body).backgroundColor,
      label: (window.explorer.renderer.getSetting('labelColor') as { color?: string }).color,
    }));
    const [r, g, b] = colours.page.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!).toBeLessThan(150);
    expect(colours.label).toBe('#e6e6e3');
    await shot('dark-scheme');
  });
});
