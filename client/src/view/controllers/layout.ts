/**
 * layout: ForceAtlas2 in a web worker (settings inferred from the graph), run for a while after each change and
 * then stopped, followed by noverlap so labels do not sit on each other. The button starts and stops it.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import type { ExplorerGraph } from '../../graph/graph-store.js';

export class LayoutController {
  private worker: FA2Layout | null = null;
  private timer: number | undefined;
  private readonly listeners = new Set<(running: boolean) => void>();

  constructor(private readonly graph: ExplorerGraph) {}

  onChange(listener: (running: boolean) => void): void {
    this.listeners.add(listener);
  }

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  /** Runs the layout for `ms` (longer for bigger graphs), then settles it. */
  run(ms = Math.min(6000, 1500 + this.graph.order * 8)): void {
    if (this.graph.order === 0) return;
    this.stop(false);
    this.worker = new FA2Layout(this.graph, {
      settings: { ...forceAtlas2.inferSettings(this.graph), adjustSizes: false },
    });
    this.worker.start();
    this.notify();
    this.timer = window.setTimeout(() => this.stop(true), ms);
  }

  /** Stops the layout; `settle` removes overlaps once it stopped. */
  stop(settle = true): void {
    window.clearTimeout(this.timer);
    if (this.worker) {
      this.worker.kill();
      this.worker = null;
      if (settle && this.graph.order <= 5000)
        noverlap.assign(this.graph, { maxIterations: 60, settings: { ratio: 1.4, margin: 2 } });
    }
    this.notify();
  }

  toggle(): void {
    if (this.running) this.stop(true);
    else this.run(30_000);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}
