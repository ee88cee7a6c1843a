/**
 * saved-view: a view of the explorer as the server keeps it (POST /api/views): the nodes on the canvas with their
 * positions and pins, the relationships drawn, the camera, the selection, the filters, the path shown and the
 * console's query. Captured from the live view, and laid back onto it when a link `#view=<id>` is opened.
 */
import type { CameraState } from 'sigma/types';
import type { SavedViewResponse, SavedViewStateParams } from '../../../graph-model/api.js';
import type { ExplorerGraph } from '../graph/graph-store.js';
import type { Filters, ViewModel } from './view-model.js';

export type SavedViewState = SavedViewStateParams;

export function captureView(
  graph: ExplorerGraph,
  camera: CameraState,
  model: ViewModel,
  query: string | null,
  name?: string,
): SavedViewState {
  return {
    ...(name ? { name } : {}),
    nodes: graph.mapNodes((id, attributes) => ({
      id,
      x: Number(attributes.x),
      y: Number(attributes.y),
      ...(attributes.fixed ? { pinned: true } : {}),
    })),
    edges: graph.edges(),
    camera: { x: camera.x, y: camera.y, ratio: camera.ratio, angle: camera.angle },
    selection: model.selection.type === 'node' ? model.selection.key : null,
    filters: {
      labels: [...model.filters.labels] as SavedViewState['filters']['labels'],
      types: [...model.filters.types] as SavedViewState['filters']['types'],
      minSources: model.filters.minSources,
      since: model.filters.since,
      until: model.filters.until,
    },
    hideOrphans: model.hideOrphans,
    path: model.path ? { nodes: [...model.path.nodes], edges: [...model.path.edges] } : null,
    query,
  };
}

/** Puts the saved positions and pins on the nodes of a reopened view (already merged into `graph`). */
export function placeNodes(graph: ExplorerGraph, state: SavedViewState): void {
  for (const { id, x, y, pinned } of state.nodes)
    if (graph.hasNode(id)) graph.mergeNodeAttributes(id, { x, y, fixed: !!pinned });
}

/** The saved filters into the live ones, in place: the controllers hold the same object and sets. */
export function restoreFilters(filters: Filters, state: SavedViewState): void {
  const refill = (set: Set<string>, values: readonly string[]) => {
    set.clear();
    for (const value of values) set.add(value);
  };
  refill(filters.labels, state.filters.labels);
  refill(filters.types, state.filters.types);
  filters.minSources = state.filters.minSources;
  filters.since = state.filters.since;
  filters.until = state.filters.until;
}

/** The path of a reopened view, as far as the graph still has it. */
export function restorePath(view: SavedViewResponse, graph: ExplorerGraph): ViewModel['path'] {
  const path = view.state.path;
  if (!path) return null;
  return {
    nodes: new Set(path.nodes.filter((id) => graph.hasNode(id))),
    edges: new Set(path.edges.filter((key) => graph.hasEdge(key))),
  };
}

/** The id in a link `#view=<id>`, or null. */
export function viewIdOf(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('view');
}
