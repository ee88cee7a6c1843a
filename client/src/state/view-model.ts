/**
 * view-model: what the explorer shows besides the graph itself: filters, hover, selection and the highlighted
 * path. Controllers change it; the sigma reducers read it. It round-trips through the URL so a link reopens a view.
 */
import { ENTITY_LABELS, RELATION_TYPES } from '../../../graph-model/index.js';

export interface Filters {
  labels: Set<string>;
  types: Set<string>;
  minSources: number;
  since: string | null;
  until: string | null;
}

export type Selection = { type: 'none' } | { type: 'node'; key: string } | { type: 'edge'; key: string };

export interface ViewModel {
  filters: Filters;
  hoveredNode: string | null;
  hoveredEdge: string | null;
  /** The hovered node and its neighbours, or null when nothing is hovered. */
  neighbourhood: Set<string> | null;
  selection: Selection;
  path: { nodes: Set<string>; edges: Set<string> } | null;
  /** Whether nodes the filters leave without a visible relationship are hidden (on by default). */
  hideOrphans: boolean;
  /** Those nodes, as of the last change of filters or graph (see orphansOf). */
  orphans: Set<string>;
  /** Nodes labelled at any zoom and density: the most connected on the canvas (see importantNodes). */
  important: Set<string>;
}

export function defaultFilters(): Filters {
  return { labels: new Set(ENTITY_LABELS), types: new Set(RELATION_TYPES), minSources: 1, since: null, until: null };
}

export function createViewModel(): ViewModel {
  return {
    filters: defaultFilters(),
    hoveredNode: null,
    hoveredEdge: null,
    neighbourhood: null,
    selection: { type: 'none' },
    path: null,
    hideOrphans: true,
    orphans: new Set(),
    important: new Set(),
  };
}

/** What a shared link carries: the nodes in focus, the filters and the console's query. */
export interface SharedView {
  focus: string[];
  filters: Filters;
  query: string | null;
}

export function encodeView(view: SharedView): string {
  const params = new URLSearchParams();
  if (view.focus.length) params.set('focus', view.focus.join(','));
  const defaults = defaultFilters();
  if (!sameSet(view.filters.labels, defaults.labels)) params.set('labels', [...view.filters.labels].join(','));
  if (!sameSet(view.filters.types, defaults.types)) params.set('types', [...view.filters.types].join(','));
  if (view.filters.minSources > 1) params.set('sources', String(view.filters.minSources));
  if (view.filters.since) params.set('since', view.filters.since);
  if (view.filters.until) params.set('until', view.filters.until);
  if (view.query) params.set('q', view.query);
  return params.toString();
}

export function decodeView(hash: string): SharedView {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = defaultFilters();
  const list = (name: string) => (params.get(name) ?? '').split(',').filter(Boolean);
  if (params.has('labels')) filters.labels = new Set(list('labels'));
  if (params.has('types')) filters.types = new Set(list('types'));
  filters.minSources = Math.max(1, Number(params.get('sources') ?? 1) || 1);
  filters.since = params.get('since');
  filters.until = params.get('until');
  return { focus: list('focus'), filters, query: params.get('q') };
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
