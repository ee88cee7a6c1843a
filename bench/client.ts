/**
 * bench:client: the explorer in headless Chromium (Debian's, through playwright-core) on a generated graph of
 * 20,000 nodes and 100,000 edges (BENCH_NODES / BENCH_EDGES): time from data received to first render, then frame
 * times while the camera pans and zooms. Serves the built client without an API (the graph is made in the page).
 * Prints figures; asserts nothing. Without a GPU, Chromium draws WebGL in software (SwiftShader): say so. Measured in
 * both ways Chromium composites without a GPU (BENCH_COMPOSITING=software or swiftshader for one).
 */
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { chromium } from 'playwright-core';

const NODES = Number(process.env.BENCH_NODES ?? 20_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 100_000);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 240);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

execFileSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--config', 'client/vite.config.ts', '--logLevel', 'error'],
  { stdio: 'inherit' },
);
const app = express();
app.use(express.static('client/dist'));
app.use('/api', (_request, response) => void response.status(503).json({ detail: 'no API in the client benchmark' }));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));

/**
 * How Chromium composites the page without a GPU. On a desktop without one it composites in software and draws only
 * WebGL with SwiftShader ('software'); headless with SwiftShader as its GL composites through SwiftShader's Vulkan
 * too ('swiftshader'), where presenting a frame alone costs tens of milliseconds here.
 */
type Compositing = 'software' | 'swiftshader';
const COMPOSITING = (process.env.BENCH_COMPOSITING?.split(',') ?? ['software', 'swiftshader']) as Compositing[];

async function measure(compositing: Compositing): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-unsafe-swiftshader',
      '--use-angle=swiftshader',
      ...(compositing === 'software' ? ['--disable-gpu-compositing'] : []),
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // tsx compiles the functions passed to page.evaluate with esbuild's keep-names helper, which the page lacks.
    await page.addInitScript('window.__name = (target) => target');
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => !!window.explorer);
    const renderer = await page.evaluate(() => {
      const canvas = document.createElement('canvas').getContext('webgl');
      const info = canvas?.getExtension('WEBGL_debug_renderer_info');
      return info ? String(canvas!.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
    });
    const result = await page.evaluate(
      async ({ nodes, edges, frames }) => {
        const { store, renderer, load } = window.explorer;
        // News-shaped: a few hubs, many small actors (edge ends drawn from a power law).
        let seed = 1;
        const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        const labels = ['Leader', 'Nation', 'Organisation', 'Statement', 'Event', 'Topic'];
        const types = ['ATTENDED', 'SAID', 'PLEDGED', 'OPPOSED', 'MET', 'HOLDS_ROLE'];
        const graph = {
          options: { type: 'directed' as const, multi: true as const, allowSelfLoops: true as const },
          attributes: {},
          nodes: Array.from({ length: nodes }, (_, i) => ({
            key: `n${i}`,
            attributes: {
              label: `Actor ${i}`,
              category: labels[i % labels.length]!,
              degree: Math.round(1000 / (i + 1)),
            },
          })),
          edges: Array.from({ length: edges }, (_, i) => ({
            key: `e${i}`,
            source: `n${Math.floor(nodes * random())}`,
            target: `n${Math.floor(nodes * random() ** 3)}`,
            attributes: { relType: types[i % types.length]!, articles: 1, sources: 1 + (i % 3) },
          })),
        };
        const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
        const began = performance.now();
        // What the explorer does with a big answer: into graphology with sigma detached, then attached (one refresh).
        load(graph, { undoable: false });
        const merged = performance.now() - began;
        await nextFrame();
        // WebGL calls return before the drawing is done (in software, long before): reading a pixel back from each of
        // sigma's WebGL layers waits until the frame is really drawn.
        const contexts = Object.values(
          (renderer as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts,
        );
        for (const gl of contexts) gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
        const firstRender = performance.now() - began;

        const camera = renderer.getCamera();
        const times: number[] = [];
        let last = await nextFrame();
        // Panning and zooming as a person does: sigma knows the camera is moving and may draw less meanwhile.
        void camera.animate({ ratio: 0.3 }, { duration: 60_000 });
        for (let frame = 0; frame < frames; frame++) {
          const t = frame / frames;
          camera.setState({ x: 0.5 + 0.3 * Math.sin(t * Math.PI * 2), y: 0.5 + 0.3 * Math.cos(t * Math.PI * 2) });
          const now = await nextFrame();
          times.push(now - last);
          last = now;
        }
        camera.animate({ ratio: 1 }, { duration: 0 });
        times.sort((a, b) => a - b);
        const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
        return {
          order: store.graph.order,
          size: store.graph.size,
          firstRender,
          merged,
          p50: at(0.5),
          p75: at(0.75),
          p90: at(0.9),
          p95: at(0.95),
          max: times.at(-1)!,
        };
      },
      { nodes: NODES, edges: EDGES, frames: FRAMES },
    );
    console.log(
      `${compositing} compositing; graph ${result.order} nodes, ${result.size} edges; WebGL renderer: ${renderer}`,
    );
    console.log(
      `data received to first render: ${(result.firstRender / 1000).toFixed(2)} s (into graphology and sigma's index ${(result.merged / 1000).toFixed(2)} s, drawing ${((result.firstRender - result.merged) / 1000).toFixed(2)} s)`,
    );
    console.log(
      `frames while panning and zooming (${FRAMES}): p50 ${result.p50.toFixed(1)} ms, p75 ${result.p75.toFixed(1)} ms, ` +
        `p90 ${result.p90.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
  }
}

try {
  for (const compositing of COMPOSITING) await measure(compositing);
} finally {
  server.close();
}
