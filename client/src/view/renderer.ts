/**
 * renderer: sigma v3 on the explorer's graph: bordered nodes (plain discs on big graphs), straight or curved arrows,
 * the reducers that apply filters, hover, selection and path highlighting without rewriting the graph, and labels
 * placed so that none covers another (label-placer.ts).
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { NodeBorderProgram } from '@sigma/node-border';
import type { NodeHoverDrawingFunction } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { ENTITY_LABELS, RELATION_TYPES } from '../../../graph-model/index.js';
import type { ExplorerGraph, GraphStore } from '../graph/graph-store.js';
import type { ViewModel } from '../state/view-model.js';
import type { LabelPlacer } from './label-placer.js';

/** The system's scheme, read once: the page's colours follow it (styles.css), the canvas's from these. */
const DARK = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
const DIM_NODE = DARK ? '#34383e' : '#e4e4e2';
const DIM_EDGE = DARK ? '#2a2d32' : '#ededeb';
const LABEL_TEXT = DARK ? '#e6e6e3' : '#1f2328';
const LABEL_BOX = DARK ? '#1e2125' : '#ffffff';

/** The hovered node's label in a box of the page's panel colour (sigma's own box is always white). */
const drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const label = data.label ?? '';
  context.fillStyle = LABEL_BOX;
  context.shadowColor = 'rgba(0, 0, 0, 0.35)';
  context.shadowBlur = 8;
  context.beginPath();
  context.arc(data.x, data.y, data.size + 2, 0, Math.PI * 2);
  context.fill();
  if (label)
    context.fillRect(data.x, data.y - size / 2 - 4, data.size + 10 + context.measureText(label).width, size + 8);
  context.shadowBlur = 0;
  if (label) {
    context.fillStyle = LABEL_TEXT;
    context.fillText(label, data.x + data.size + 4, data.y + size / 3);
  }
};

/** Whether an edge passes the filters (its ends are checked separately). */
export function edgeVisible(attributes: Record<string, unknown>, model: ViewModel): boolean {
  const { filters } = model;
  if (!filters.types.has(String(attributes.relType))) return false;
  if (filters.minSources > 1 && Number(attributes.sources ?? attributes.articles ?? 1) < filters.minSources)
    return false;
  if (filters.since && !(typeof attributes.lastSeen === 'string' && attributes.lastSeen >= filters.since)) return false;
  if (filters.until && !(typeof attributes.firstSeen === 'string' && attributes.firstSeen <= filters.until))
    return false;
  return true;
}

/**
 * The nodes that have relationships on the canvas but none the filters let through (to a node they let through):
 * what "Reported by 2+ outlets" would otherwise leave as a scatter of unconnected dots.
 */
export function orphansOf(graph: ExplorerGraph, model: ViewModel): Set<string> {
  const orphans = new Set<string>();
  if (!filtersActive(model)) return orphans;
  graph.forEachNode((node) => {
    if (graph.degree(node) === 0 || !nodeVisible(graph, node, model)) return;
    const connected = graph.someEdge(
      node,
      (_edge, attributes, source, target) =>
        edgeVisible(attributes, model) && nodeVisible(graph, source === node ? target : source, model),
    );
    if (!connected) orphans.add(node);
  });
  return orphans;
}

/** Whether any filter hides something. */
function filtersActive(model: ViewModel): boolean {
  const { filters } = model;
  return (
    filters.labels.size < ENTITY_LABELS.length ||
    filters.types.size < RELATION_TYPES.length ||
    filters.minSources > 1 ||
    !!filters.since ||
    !!filters.until
  );
}

export function nodeVisible(graph: ExplorerGraph, node: string, model: ViewModel): boolean {
  return model.filters.labels.has(String(graph.getNodeAttribute(node, 'category')));
}

/** Whether sigma is drawing a frame of a moving camera with edges hidden, as its render() decides it. */
function drawingWithEdgesHidden(renderer: Sigma): boolean {
  if (!renderer.getSetting('hideEdgesOnMove')) return false;
  const mouse = renderer.getMouseCaptor();
  return (
    renderer.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

/** Runs `render`, a sigma program's drawing, with the program's picking pass left out. */
function withoutPicking(program: { pickProgram: unknown }, render: () => void): void {
  const pick = program.pickProgram;
  program.pickProgram = null;
  try {
    render();
  } finally {
    program.pickProgram = pick;
  }
}

/**
 * Discs that skip sigma's picking pass (a hidden redraw of every node, to find the one under the mouse) while the
 * camera moves with edges hidden: in software WebGL it costs as much as the visible drawing, and nothing is hovered
 * mid-pan. The frame sigma draws once the camera stops has edges and picking again.
 */
class NodeDiscProgram extends NodePointProgram {
  override render(params: RenderParams): void {
    if (drawingWithEdgesHidden(this.renderer)) withoutPicking(this, () => super.render(params));
    else super.render(params);
  }
}

/**
 * Plain lines without sigma's picking pass for edges. In software WebGL, drawing 100,000 edges a second time to find
 * the one under the mouse costs as much as drawing them, on every still frame; and one edge among thousands is no
 * target for a mouse anyway: a node's panel lists its relationships with their evidence.
 */
class EdgeLineUnpickedProgram extends EdgeLineProgram {
  override render(params: RenderParams): void {
    withoutPicking(this, () => super.render(params));
  }
}

/** Edges as arrows, curved where two nodes have several; past EDGES_DRAWN_WHILE_MOVING edges, plain lines. */
const ARROWS = { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram };
const LINES = { straight: EdgeLineUnpickedProgram, curved: EdgeLineUnpickedProgram };

export function createRenderer(
  container: HTMLElement,
  store: GraphStore,
  model: ViewModel,
  labels: LabelPlacer,
): Sigma {
  const graph = store.graph;
  const renderer = new Sigma(graph, container, {
    defaultNodeType: 'bordered',
    defaultEdgeType: 'straight',
    nodeProgramClasses: { bordered: NodeBorderProgram, disc: NodeDiscProgram },
    edgeProgramClasses: ARROWS,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    labelColor: { color: LABEL_TEXT },
    edgeLabelColor: { color: DARK ? '#9aa0a6' : '#6b7075' },
    defaultDrawNodeHover: drawHover,
    defaultDrawNodeLabel: labels.collect,
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 20,
    // Reducers run for every node and edge on each refresh: the common case (nothing hovered, selected or
    // filtered) hands the data back untouched.
    nodeReducer(node, data) {
      const selected = model.selection.type === 'node' && model.selection.key === node;
      const labelsFiltered = model.filters.labels.size < ENTITY_LABELS.length;
      const orphaned = model.hideOrphans && model.orphans.size > 0;
      const important = model.important.has(node);
      if (!labelsFiltered && !orphaned && !model.neighbourhood && !model.path && !selected && !data.fixed && !important)
        return data;
      const display: Partial<NodeDisplayData> & Record<string, unknown> = { ...data };
      if (labelsFiltered && !model.filters.labels.has(String(data.category))) return { ...display, hidden: true };
      if (model.hideOrphans && model.orphans.has(node)) return { ...display, hidden: true };
      if (data.fixed) display.borderColor = '#111111';
      if (model.neighbourhood && !model.neighbourhood.has(node)) {
        Object.assign(display, { color: DIM_NODE, borderColor: DIM_NODE, label: '', zIndex: 0 });
      } else if (model.path && !model.path.nodes.has(node)) {
        Object.assign(display, { color: DIM_NODE, borderColor: DIM_NODE, zIndex: 0 });
      } else {
        display.zIndex = 1;
        if (important) display.forceLabel = true;
      }
      if (selected || model.hoveredNode === node || model.path?.nodes.has(node)) {
        const more = store.moreOf(node);
        display.highlighted = true;
        display.forceLabel = true;
        display.zIndex = 2;
        if (more && (selected || model.hoveredNode === node)) display.label = `${data.label} (+${more} more)`;
      }
      return display;
    },
    edgeReducer(edge, data) {
      const selected = model.selection.type === 'edge' && model.selection.key === edge;
      if (!filtersActive(model) && !model.hoveredNode && !model.path && !selected && model.hoveredEdge !== edge)
        return data;
      const display: Partial<EdgeDisplayData> & Record<string, unknown> = { ...data };
      const [source, target] = graph.extremities(edge);
      if (!edgeVisible(data, model) || !nodeVisible(graph, source, model) || !nodeVisible(graph, target, model))
        return { ...display, hidden: true };
      if (model.hoveredNode && source !== model.hoveredNode && target !== model.hoveredNode) {
        Object.assign(display, { color: DIM_EDGE, zIndex: 0 });
      } else if (model.path && !model.path.edges.has(edge)) {
        Object.assign(display, { color: DIM_EDGE, zIndex: 0 });
      } else if (model.path) {
        Object.assign(display, { size: Math.max(3, Number(data.size)), zIndex: 2, label: String(data.relType) });
      }
      if (selected || model.hoveredEdge === edge)
        Object.assign(display, {
          label: String(data.relType),
          forceLabel: true,
          size: Math.max(3, Number(data.size)),
          zIndex: 2,
        });
      return display;
    },
  });
  labels.attach(renderer);
  return renderer;
}

/** How many of the most connected nodes on the canvas are labelled whatever the zoom and label density. */
export const ALWAYS_LABELLED = 8;

/** The ALWAYS_LABELLED nodes of most relationships (in the graph, not only on the canvas). */
export function importantNodes(graph: ExplorerGraph): Set<string> {
  const ranked = graph.mapNodes((node, attributes) => ({
    node,
    degree: Number((attributes.raw as { degree?: number } | undefined)?.degree ?? graph.degree(node)),
  }));
  ranked.sort((a, b) => b.degree - a.degree);
  return new Set(ranked.slice(0, ALWAYS_LABELLED).map((entry) => entry.node));
}

/** Label density presets: the important nodes only, as many as fit without overlapping, or every label. */
export const LABEL_DENSITIES = {
  few: { labelDensity: 0.05, labelRenderedSizeThreshold: 1000 },
  some: { labelDensity: 0.6, labelRenderedSizeThreshold: 7 },
  all: { labelDensity: 1000, labelRenderedSizeThreshold: 0 },
} as const;

export function setLabels(renderer: Sigma, density: keyof typeof LABEL_DENSITIES, size: number): void {
  const preset = LABEL_DENSITIES[density];
  renderer.setSetting('labelDensity', preset.labelDensity);
  renderer.setSetting('labelRenderedSizeThreshold', preset.labelRenderedSizeThreshold);
  renderer.setSetting('labelSize', size);
}

/** Edges (and labels) drawn while the camera moves, up to this many edges; past it they return when it stops. */
export const EDGES_DRAWN_WHILE_MOVING = 5_000;

/**
 * Nodes drawn with a border and at full size, up to this many; past it they are plain discs, one vertex each, half as
 * big. A bordered node, like an arrow, is an instanced shape, which software WebGL (Chromium without a GPU) draws
 * several times slower: 20,000 bordered nodes take 430 ms a frame there, as discs 80 ms; 100,000 arrows take over
 * 10 s to draw, as lines far less. Drawing costs by the pixel there too, and 20,000 full-size discs would cover a
 * laptop screen: halving them cut a frame's drawing by a quarter.
 */
export const NODES_DRAWN_BORDERED = 5_000;

/** Sigma's default: sizes grow as the square root of the zoom. */
const zoomToSize = (ratio: number) => Math.sqrt(ratio);
const zoomToHalfSize = (ratio: number) => 2 * Math.sqrt(ratio);

/**
 * Big graphs stay fluid by drawing only nodes while the camera moves, as Gephi and Bloom do, by not sorting nodes
 * and edges by z-index on each refresh, and by drawing many nodes as small plain discs and many edges as plain lines.
 * `size` and `order` are the numbers of edges and nodes about to be shown.
 */
export function adaptToSize(renderer: Sigma, size = renderer.getGraph().size, order = renderer.getGraph().order): void {
  const big = size > EDGES_DRAWN_WHILE_MOVING;
  if (renderer.getSetting('hideEdgesOnMove') !== big) {
    renderer.setSetting('hideEdgesOnMove', big);
    renderer.setSetting('hideLabelsOnMove', big);
    renderer.setSetting('zIndex', !big);
    renderer.setSetting('edgeProgramClasses', big ? LINES : ARROWS);
  }
  const many = order > NODES_DRAWN_BORDERED;
  if (renderer.getSetting('defaultNodeType') !== (many ? 'disc' : 'bordered')) {
    renderer.setSetting('defaultNodeType', many ? 'disc' : 'bordered');
    renderer.setSetting('zoomToSizeRatioFunction', many ? zoomToHalfSize : zoomToSize);
  }
}
