/**
 * layout: ForceAtlas2 in a web worker (settings inferred from the graph), run after each change until the nodes
 * stop moving (or a time cap), followed by noverlap so labels do not sit on each other. The button starts and stops
 * it; listeners hear when it settles, so the camera can frame the answer where the layout left it.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../../graph/graph-store.js';

/** How often the layout's movement is measured. */
const SAMPLE_MS = 250;
/** Settled: in one sample, nodes moved on average less than this share of the graph's extent. */
const SETTLED_MOVEMENT = 0.002;

export class LayoutController {
  private worker: FA2Layout | null = null;
  private sampler: number | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();
  private readonly settledListeners = new Set<() => void>();

  constructor(private readonly graph: ExplorerGraph) {}

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  /** Called each time the layout stops and settles. */
  onSettled(listener: () => void): void {
    this.settledListeners.add(listener);
  }

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Runs the layout until the nodes stop moving, at most `maxMs` (longer for bigger graphs), then settles it. */
  run(maxMs = Math.min(15_000, 4000 + this.graph.order * 20)): void {
    if (this.graph.order === 0) return;
    this.stop(false);
    this.worker = new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), adjustSizes: false },
    });
    this.worker.start();
    this.notify();
    const started = performance.now();
    let previous = this.positions();
    let calm = 0;
    this.sampler = window.setInterval(() => {
      const current = this.positions();
      calm = this.movement(previous, current) < SETTLED_MOVEMENT ? calm + 1 : 0;
      previous = current;
      if (calm >= 2 || performance.now() - started > maxMs) this.stop(true);
    }, SAMPLE_MS);
  }

  /** Stops the layout; `settle` removes overlaps once it stopped and tells the listeners. */
  stop(settle = true): void {
    window.clearInterval(this.sampler);
    if (this.worker) {
      this.worker.kill();
      this.worker = null;
      if (settle && this.graph.order <= 5000)
        noverlap.assign(this.graph, { maxIterations: 60, settings: { ratio: 1.4, margin: 2 } });
      if (settle) for (const listener of this.settledListeners) listener();
    }
    this.notify();
  }

  toggle(): void {
    if (this.running) this.stop(true);
    else this.run(120_000);
  }

  private positions(): Float64Array {
    const positions = new Float64Array(this.graph.order * 2);
    let index = 0;
    this.graph.forEachNode((_node, attributes) => {
      positions[index++] = Number(attributes.x);
      positions[index++] = Number(attributes.y);
    });
    return positions;
  }

  /** Mean movement of a node between two samples, as a share of the graph's extent. */
  private movement(before: Float64Array, after: Float64Array): number {
    if (before.length !== after.length || after.length === 0) return Infinity;
    let moved = 0;
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (let index = 0; index < after.length; index += 2) {
      const [x, y] = [after[index]!, after[index + 1]!];
      moved += Math.hypot(x - before[index]!, y - before[index + 1]!);
      [minX, maxX, minY, maxY] = [Math.min(minX, x), Math.max(maxX, x), Math.min(minY, y), Math.max(maxY, y)];
    }
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    return moved / (after.length / 2) / extent;
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}
