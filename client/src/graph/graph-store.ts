/**
 * graph-store: the graph on screen, a graphology MultiDirectedGraph filled from the API's serialised subgraphs.
 * Each load is one step of history, so an expansion can be undone; pinned nodes stay where they are put.
 */
import { MultiDirectedGraph } from 'graphology';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { SerializedGraph } from '../../../graph-model/api.js';
import { darker, labelColor, nodeSize, typeColor } from './appearance.js';

export type ExplorerGraph = MultiDirectedGraph;

/** What one step of history changed: the nodes and edges a load added, or a node removed with its edges. */
interface Step {
  nodes: string[];
  edges: string[];
  removed?: {
    key: string;
    attributes: Record<string, unknown>;
    edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
  };
}

export class GraphStore {
  readonly graph: ExplorerGraph = new MultiDirectedGraph({ allowSelfLoops: true });
  /**
   * Relationships per node, as the last subgraph that included it counted them (those it drew plus those it left out):
   * "+N more" is what of them is not on the canvas now, so it follows later expansions, removals and undos.
   */
  private readonly relationshipTotals = new Map<string, number>();
  private readonly history: Step[] = [];
  private readonly listeners = new Set<() => void>();

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  get canUndo(): boolean {
    return this.history.length > 0;
  }

  /** Adds what is not on screen yet, placing new nodes around `anchor` (or at random); one undoable step. */
  merge(
    serialized: SerializedGraph,
    options: { anchor?: string; hidden?: Record<string, number>; undoable?: boolean } = {},
  ): string[] {
    const step: Step = { nodes: [], edges: [] };
    const center =
      options.anchor && this.graph.hasNode(options.anchor)
        ? this.graph.getNodeAttributes(options.anchor)
        : { x: 0, y: 0 };
    const spread = options.anchor
      ? 1 + Math.sqrt(serialized.nodes.length)
      : 10 + Math.sqrt(serialized.nodes.length) * 3;
    for (const { key, attributes } of serialized.nodes) {
      if (this.graph.hasNode(key)) {
        this.graph.mergeNodeAttributes(key, { raw: { ...this.graph.getNodeAttribute(key, 'raw'), ...attributes } });
        continue;
      }
      const color = labelColor(String(attributes.category));
      const angle = Math.random() * Math.PI * 2;
      const radius = spread * (0.3 + Math.random());
      this.graph.addNode(key, {
        x: center.x + Math.cos(angle) * radius,
        y: center.y + Math.sin(angle) * radius,
        size: nodeSize(attributes.degree),
        color,
        borderColor: darker(color),
        label: truncate(attributes.label, 60),
        category: attributes.category,
        raw: attributes,
      });
      step.nodes.push(key);
    }
    // Curvature is decided before the edges go in: one write per edge, not a second pass over the whole graph. Into a
    // view without edges (a first or replacing load) no pair has one yet.
    const hadEdges = this.graph.size > 0;
    const fresh = serialized.edges.filter(
      ({ key, source, target }) => !this.graph.hasEdge(key) && this.graph.hasNode(source) && this.graph.hasNode(target),
    );
    const pairKeys = fresh.map(({ source, target }) =>
      source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`,
    );
    const pairs = new Map<string, number>();
    fresh.forEach(({ source, target }, index) => {
      const pair = pairKeys[index]!;
      pairs.set(pair, (pairs.get(pair) ?? (hadEdges ? this.edgesBetween(source, target) : 0)) + 1);
    });
    const seen = new Map<string, number>();
    fresh.forEach(({ source, target }, index) => {
      const pair = pairKeys[index]!;
      if (pairs.get(pair)! > 1 && !seen.has(pair)) {
        // Edges already drawn straight between the pair bend too, now that they have company.
        let bent = 0;
        for (const edge of [...this.graph.edges(source, target), ...this.graph.edges(target, source)])
          this.graph.mergeEdgeAttributes(edge, { type: 'curved', curvature: curvature(++bent, pairs.get(pair)!) });
        seen.set(pair, bent);
      }
    });
    const undoable = options.undoable !== false;
    fresh.forEach(({ key, source, target, attributes }, position) => {
      const pair = pairKeys[position]!;
      const total = pairs.get(pair)!;
      const index = (seen.get(pair) ?? 0) + 1;
      seen.set(pair, index);
      const display = Object.assign({}, attributes, {
        color: typeColor(String(attributes.relType)),
        size: 1 + Math.min(4, (Number(attributes.sources ?? attributes.articles ?? 1) - 1) * 1.2),
        type: total > 1 ? 'curved' : 'straight',
        curvature: total > 1 ? curvature(index, total) : 0,
      });
      this.graph.addDirectedEdgeWithKey(key, source, target, display);
      if (undoable) step.edges.push(key);
    });
    const drawn = new Map<string, number>();
    for (const { source, target } of serialized.edges) {
      drawn.set(source, (drawn.get(source) ?? 0) + 1);
      if (target !== source) drawn.set(target, (drawn.get(target) ?? 0) + 1);
    }
    for (const { key } of serialized.nodes)
      this.relationshipTotals.set(key, (drawn.get(key) ?? 0) + (options.hidden?.[key] ?? 0));
    if ((step.nodes.length || step.edges.length) && undoable) this.history.push(step);
    this.changed();
    return step.nodes;
  }

  /** "+N more": the node's relationships that are not on the canvas. */
  moreOf(key: string): number {
    const total = this.relationshipTotals.get(key);
    if (total === undefined || !this.graph.hasNode(key)) return 0;
    let onCanvas = 0;
    this.graph.forEachEdge(key, () => onCanvas++);
    return Math.max(0, total - onCanvas);
  }

  /** How many edges the view already has between two nodes, either way; most pairs of a big load have none. */
  private edgesBetween(source: string, target: string): number {
    const count = (from: string, to: string) =>
      this.graph.hasDirectedEdge(from, to) ? this.graph.directedEdges(from, to).length : 0;
    return count(source, target) + (source === target ? 0 : count(target, source));
  }

  /** Empties the canvas and the history. */
  clear(): void {
    this.graph.clear();
    this.relationshipTotals.clear();
    this.history.length = 0;
    this.changed();
  }

  /** Takes back the last step: the nodes a load added go, with their edges; a removed node comes back with its edges. */
  undo(): boolean {
    const step = this.history.pop();
    if (!step) return false;
    for (const edge of step.edges) if (this.graph.hasEdge(edge)) this.graph.dropEdge(edge);
    for (const node of step.nodes) if (this.graph.hasNode(node)) this.graph.dropNode(node);
    if (step.removed && !this.graph.hasNode(step.removed.key)) {
      this.graph.addNode(step.removed.key, step.removed.attributes);
      for (const { key, source, target, attributes } of step.removed.edges)
        if (!this.graph.hasEdge(key) && this.graph.hasNode(source) && this.graph.hasNode(target))
          this.graph.addDirectedEdgeWithKey(key, source, target, attributes);
    }
    this.changed();
    return true;
  }

  /** Takes a node off the canvas with its edges; one step of history, so Ctrl+Z brings it back. */
  remove(key: string): void {
    if (!this.graph.hasNode(key)) return;
    const edges = this.graph.mapEdges(key, (edge, attributes, source, target) => ({
      key: edge,
      source,
      target,
      attributes: { ...attributes },
    }));
    const removed = { key, attributes: { ...this.graph.getNodeAttributes(key) }, edges };
    this.history.push({ nodes: [], edges: [], removed });
    this.graph.dropNode(key);
    this.changed();
  }

  togglePin(key: string): boolean {
    const pinned = !this.graph.getNodeAttribute(key, 'fixed');
    this.graph.setNodeAttribute(key, 'fixed', pinned);
    this.changed();
    return pinned;
  }
}

/** The bend of the index-th of `maxIndex` parallel edges, as @sigma/edge-curve's examples space them. */
function curvature(index: number, maxIndex: number): number {
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
