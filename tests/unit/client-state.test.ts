/**
 * The explorer's state, outside the browser: the link state of view-model.ts, a saved view's capture, and GraphStore
 * (merging, "+N more", curved parallel edges, undo of loads and removals).
 */
import type { SerializedGraph } from '../../graph-model/api.js';
import { createViewModel, decodeView, defaultFilters, encodeView } from '../../client/src/state/view-model.js';

// Sigma's modules read WebGL constants when loaded; GraphStore needs only @sigma/edge-curve's default curvature.
for (const name of ['WebGLRenderingContext', 'WebGL2RenderingContext'])
  (globalThis as Record<string, unknown>)[name] ??= class {};
const { GraphStore } = await import('../../client/src/graph/graph-store.js');
const { captureView, placeNodes, restoreFilters } = await import('../../client/src/state/saved-view.js');

function serialized(nodes: string[], edges: [string, string, string][]): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: {},
    nodes: nodes.map((key) => ({ key, attributes: { label: key, category: 'Leader', degree: 1 } })),
    edges: edges.map(([key, source, target]) => ({ key, source, target, attributes: { relType: 'MET' } })),
  };
}

describe('link state', () => {
  it('should round-trip focus, filters and query, and leave defaults out of the link', () => {
    const filters = defaultFilters();
    filters.types.delete('SAID');
    filters.minSources = 2;
    filters.since = '2026-05-01';
    const hash = encodeView({ focus: ['leader:a', 'nation:b'], filters, query: 'MATCH (n) RETURN n' });
    expect(hash).not.toContain('labels=');
    const back = decodeView(`#${hash}`);
    expect(back.focus).toEqual(['leader:a', 'nation:b']);
    expect([...back.filters.types]).not.toContain('SAID');
    expect(back.filters).toMatchObject({ minSources: 2, since: '2026-05-01', until: null });
    expect(back.query).toBe('MATCH (n) RETURN n');
    expect(encodeView({ focus: [], filters: defaultFilters(), query: null })).toBe('');
  });
});

describe('GraphStore', () => {
  it('should count "+N more" as the relationships not on the canvas, after loads, removals and undo', () => {
    const store = new GraphStore();
    store.merge(serialized(['a', 'b'], [['e1', 'a', 'b']]), { hidden: { a: 3 } });
    expect(store.moreOf('a')).toBe(3);
    // Four relationships in all: each load draws one and leaves three out.
    store.merge(serialized(['a', 'c'], [['e2', 'a', 'c']]), { hidden: { a: 3 } });
    expect(store.moreOf('a')).toBe(2);
    store.remove('c');
    expect(store.moreOf('a')).toBe(3);
    expect(store.undo()).toBe(true);
    expect(store.graph.hasEdge('e2')).toBe(true);
    expect(store.moreOf('a')).toBe(2);
    expect(store.undo()).toBe(true);
    expect(store.graph.hasNode('c')).toBe(false);
  });

  it('should bend parallel edges apart, and straighten none that stand alone', () => {
    const store = new GraphStore();
    store.merge(
      serialized(
        ['a', 'b', 'c'],
        [
          ['e1', 'a', 'b'],
          ['e2', 'b', 'a'],
          ['e3', 'b', 'c'],
        ],
      ),
    );
    const curvature = (edge: string) => store.graph.getEdgeAttribute(edge, 'curvature') as number;
    expect(store.graph.getEdgeAttribute('e1', 'type')).toBe('curved');
    expect(curvature('e1')).not.toBe(curvature('e2'));
    expect(store.graph.getEdgeAttribute('e3', 'type')).toBe('straight');
    // A third edge between a and b bends the two already drawn too.
    store.merge(serialized([], [['e4', 'a', 'b']]));
    expect(new Set(['e1', 'e2', 'e4'].map(curvature)).size).toBe(3);
  });
});

describe('saved view', () => {
  it('should capture positions, pins, edges, camera, selection, filters and path, and lay them back', () => {
    const store = new GraphStore();
    store.merge(serialized(['a', 'b'], [['e1', 'a', 'b']]));
    store.graph.mergeNodeAttributes('a', { x: 1.5, y: -2 });
    store.togglePin('b');
    const model = createViewModel();
    model.selection = { type: 'node', key: 'a' };
    model.filters.types.delete('MET');
    model.path = { nodes: new Set(['a', 'b']), edges: new Set(['e1']) };
    const state = captureView(store.graph, { x: 0.4, y: 0.6, ratio: 0.8, angle: 0 }, model, 'RETURN 1', 'Mine');
    expect(state).toMatchObject({
      name: 'Mine',
      edges: ['e1'],
      camera: { x: 0.4, y: 0.6, ratio: 0.8, angle: 0 },
      selection: 'a',
      path: { nodes: ['a', 'b'], edges: ['e1'] },
      query: 'RETURN 1',
    });
    expect(state.nodes.find((node) => node.id === 'a')).toEqual({ id: 'a', x: 1.5, y: -2 });
    expect(state.nodes.find((node) => node.id === 'b')!.pinned).toBe(true);
    expect(state.filters.types).not.toContain('MET');

    const other = new GraphStore();
    other.merge(serialized(['a', 'b'], [['e1', 'a', 'b']]));
    placeNodes(other.graph, state);
    expect(other.graph.getNodeAttributes('a')).toMatchObject({ x: 1.5, y: -2, fixed: false });
    expect(other.graph.getNodeAttribute('b', 'fixed')).toBe(true);
    const filters = defaultFilters();
    const types = filters.types;
    restoreFilters(filters, state);
    // The same set, refilled: the filter controls hold it.
    expect(filters.types).toBe(types);
    expect(types.has('MET')).toBe(false);
  });
});
