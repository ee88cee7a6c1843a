/**
 * main: the explorer's entry point. Builds the graph store, the sigma renderer and one controller per concern,
 * opens on the most connected actors (or on the view a shared link describes), and binds the keyboard shortcuts.
 */
import { MultiDirectedGraph } from 'graphology';
import type { CypherResponse, PathsResponse, SearchHit, SerializedGraph } from '../../graph-model/api.js';
import { api } from './api/client.js';
import { LABEL_COLORS, TYPE_COLORS } from './graph/appearance.js';
import { GraphStore } from './graph/graph-store.js';
import { captureView, placeNodes, restoreFilters, restorePath, viewIdOf } from './state/saved-view.js';
import { createViewModel, decodeView, encodeView } from './state/view-model.js';
import { bindCameraControls, frame } from './view/controllers/camera.js';
import { bindDrag } from './view/controllers/drag.js';
import { bindExport } from './view/controllers/export.js';
import { FiltersController } from './view/controllers/filters.js';
import { bindHover } from './view/controllers/hover.js';
import { LayoutController } from './view/controllers/layout.js';
import { PathsController } from './view/controllers/paths.js';
import { bindSearch, isTyping } from './view/controllers/search.js';
import { CypherConsole } from './view/controllers/cypher-console.js';
import { DetailsPanel, type ExpandOptions } from './view/details-panel.js';
import { byId, h } from './view/dom.js';
import { LabelPlacer } from './view/label-placer.js';
import { adaptToSize, createRenderer, importantNodes, LABEL_DENSITIES, orphansOf, setLabels } from './view/renderer.js';

const HOME_ACTORS = 25;
const EXPAND_LIMIT = 60;

const store = new GraphStore();
const model = createViewModel();
const shared = decodeView(location.hash);
Object.assign(model.filters, shared.filters);
const labels = new LabelPlacer();
const renderer = createRenderer(byId('sigma'), store, model, labels);
const layout = new LayoutController(store.graph);
let focus: string[] = shared.focus;

// Status line: loading and error states of every request.
const statusBox = byId('status');
let statusTimer: number | undefined;
function status(message: string, kind?: 'error'): void {
  window.clearTimeout(statusTimer);
  statusBox.textContent = message;
  statusBox.className = `status${kind ? ` ${kind}` : ''}`;
  if (message && !message.endsWith('…'))
    statusTimer = window.setTimeout(() => (statusBox.textContent = ''), kind ? 8000 : 3000);
}
async function withStatus<T>(message: string, work: () => Promise<T>): Promise<T | undefined> {
  status(message);
  try {
    const result = await work();
    if (statusBox.textContent === message) status('');
    return result;
  } catch (error) {
    status((error as Error).message, 'error');
    return undefined;
  }
}

/** Loads beyond this many nodes and edges are added with sigma detached: it would otherwise handle one event each. */
const BULK_LOAD = 5_000;

/** Adds a serialised graph to the view; see GraphStore.merge. */
function mergeIntoView(serialized: SerializedGraph, options: Parameters<GraphStore['merge']>[1] = {}): string[] {
  if (serialized.nodes.length + serialized.edges.length < BULK_LOAD) return store.merge(serialized, options);
  renderer.setGraph(new MultiDirectedGraph());
  try {
    return store.merge(serialized, options);
  } finally {
    adaptToSize(renderer, store.graph.size, store.graph.order);
    renderer.setGraph(store.graph);
  }
}

function refresh(): void {
  renderer.refresh({ skipIndexation: true });
}

/** Nodes the camera frames once the layout settles: the answer just loaded. */
let frameOnSettle: Iterable<string> | null = null;
layout.onSettled(() => {
  if (frameOnSettle) void frame(renderer, frameOnSettle);
  frameOnSettle = null;
});
/** Frames `nodes` now and again where the layout leaves them. */
function frameAnswer(nodes: Iterable<string>): void {
  const list = [...nodes];
  void frame(renderer, list);
  if (layout.running) frameOnSettle = list;
}

function saveView(): void {
  openedView = null;
  history.replaceState(
    null,
    '',
    `#${encodeView({ focus, filters: model.filters, query: cypherConsole.open ? cypherConsole.query : null })}`,
  );
}

/** Loads the neighbourhood of `ids` into the view and settles the layout. */
async function load(
  ids: string[],
  options: { anchor?: string; depth?: number; limit?: number; replace?: boolean } & ExpandOptions = {},
): Promise<string[]> {
  const types = options.type ? [options.type] : [...model.filters.types];
  const response = await withStatus('Loading…', () =>
    api.subgraph({ ids, depth: options.depth ?? 1, limit: options.limit ?? 300, types, direction: options.direction }),
  );
  if (!response) return [];
  if (options.replace) store.clear();
  const added = mergeIntoView(response.graph, {
    anchor: options.anchor,
    hidden: response.hidden,
    undoable: !options.replace,
  });
  if (response.truncated) status(`Showing ${response.graph.nodes.length} nodes; more are one click away (expand)`);
  layout.run();
  return added;
}

async function home(): Promise<void> {
  const stats = await withStatus('Loading the most connected actors…', () => api.stats());
  if (!stats) return;
  if (stats.topActors.length === 0) {
    status('The graph is empty: import articles with npm run import -- FILES');
    return;
  }
  focus = [];
  model.path = null;
  await load(
    stats.topActors.slice(0, HOME_ACTORS).map((actor) => actor.id),
    { replace: true, limit: 150 },
  );
  saveView();
  frameAnswer([]);
}

async function expand(id: string, options: ExpandOptions = {}): Promise<void> {
  const added = await load([id], { anchor: id, limit: EXPAND_LIMIT, ...options });
  status(
    added.length
      ? `Added ${added.length} node(s)${store.moreOf(id) ? `; +${store.moreOf(id)} more` : ''} (Ctrl+Z to undo)`
      : 'Nothing new to add',
  );
  updateButtons();
}

async function focusOn(id: string): Promise<void> {
  if (!store.graph.hasNode(id)) await load([id], { anchor: focus[0] });
  if (!store.graph.hasNode(id)) return;
  if (!focus.includes(id)) focus = [...focus.slice(-4), id];
  saveView();
  void select(id);
  // The layout moves nodes for a while: aim at where the node is now, then again when it settles.
  frameAnswer([id]);
}

// Details panel and selection.
const details = new DetailsPanel(
  {
    expand: (id, options) => void expand(id, options),
    focus: (id) => void focusOn(id),
    togglePin: (id) => {
      store.togglePin(id);
      select(id);
    },
    remove: (id) => removeNode(id),
    pathFrom: (id, name) => paths.set('from', { id, name }),
    pathTo: (id, name) => paths.set('to', { id, name }),
    reviewMerge: (id, other, same) =>
      void withStatus(same ? 'Merging…' : 'Recording…', async () => {
        if (!same) {
          await api.rejectMerge(id, other);
          status('Recorded as different people');
          return select(id);
        }
        // The better documented of the two is kept; the other's name becomes an alias.
        const [mine, theirs] = await Promise.all([api.node(id), api.node(other)]);
        const weight = (node: typeof mine) => Object.values(node.degree).reduce((sum, n) => sum + n, 0);
        const [into, from] = weight(theirs) > weight(mine) ? [other, id] : [id, other];
        await api.acceptMerge(into, from);
        store.remove(from);
        status(`Merged into ${into === id ? mine.name : theirs.name}; the other name is now an alias`);
        if (!store.graph.hasNode(into)) await load([into]);
        return select(into);
      }),
  },
  () => deselect(),
);

let detailsRequest = 0;
async function select(id: string): Promise<void> {
  model.selection = { type: 'node', key: id };
  refresh();
  const request = ++detailsRequest;
  details.loading(String(store.graph.getNodeAttribute(id, 'label') ?? id));
  try {
    const node = await api.node(id);
    if (request === detailsRequest)
      details.showNode(node, store.moreOf(id), !!store.graph.getNodeAttribute(id, 'fixed'));
  } catch (error) {
    if (request === detailsRequest) details.error((error as Error).message);
  }
}

function deselect(): void {
  model.selection = { type: 'none' };
  details.hide();
  refresh();
}

function selectedNode(): { id: string; name: string } | null {
  return model.selection.type === 'node' && store.graph.hasNode(model.selection.key)
    ? { id: model.selection.key, name: String(store.graph.getNodeAttribute(model.selection.key, 'label')) }
    : null;
}

renderer.on('clickNode', ({ node }) => void select(node));
renderer.on('doubleClickNode', ({ node, preventSigmaDefault }) => {
  preventSigmaDefault();
  void expand(node);
});
renderer.on('clickEdge', ({ edge }) => {
  model.selection = { type: 'edge', key: edge };
  const [source, target] = store.graph.extremities(edge);
  details.showEdge(
    store.graph.getEdgeAttributes(edge),
    String(store.graph.getNodeAttribute(source, 'label')),
    String(store.graph.getNodeAttribute(target, 'label')),
  );
  refresh();
});
renderer.on('clickStage', () => {
  if (model.path) model.path = null;
  deselect();
});
bindHover(renderer, model);
bindDrag(renderer);
bindExport(renderer, store.graph);

// Filters, and the nodes they leave without a visible relationship (hidden unless the user says otherwise).
const orphanCount = byId<HTMLOutputElement>('orphan-count');
const hideOrphans = byId<HTMLInputElement>('hide-orphans');
function updateOrphans(): void {
  model.orphans = orphansOf(store.graph, model);
  const count = model.orphans.size;
  orphanCount.textContent = count ? `(${count} ${model.hideOrphans ? 'hidden' : 'shown'})` : '';
}
hideOrphans.addEventListener('change', () => {
  model.hideOrphans = hideOrphans.checked;
  updateOrphans();
  refresh();
});
const filters = new FiltersController(model.filters, store.graph, () => {
  updateOrphans();
  refresh();
  saveView();
});
store.onChange(() => {
  model.important = importantNodes(store.graph);
  filters.refreshDates();
  updateOrphans();
  updateButtons();
  adaptToSize(renderer);
});

// Labels: how many, how big.
const labelDensity = byId<HTMLSelectElement>('label-density');
const labelSize = byId<HTMLInputElement>('label-size');
function applyLabels(): void {
  setLabels(renderer, labelDensity.value as keyof typeof LABEL_DENSITIES, Number(labelSize.value));
}
labelDensity.addEventListener('change', applyLabels);
labelSize.addEventListener('input', applyLabels);
applyLabels();

// Search.
bindSearch(
  (hit: SearchHit) => void focusOn(hit.id),
  (message) => status(`Search: ${message}`, 'error'),
);

// Connections.
const paths = new PathsController(
  selectedNode,
  (response: PathsResponse) => {
    mergeIntoView(response.graph);
    model.path = {
      nodes: new Set(response.graph.nodes.map((node) => node.key)),
      edges: new Set(response.graph.edges.map((edge) => edge.key)),
    };
    layout.run();
    refresh();
    frameAnswer(model.path.nodes);
  },
  (id) => void focusOn(id),
  status,
);

// Cypher console.
const cypherConsole = new CypherConsole(
  (response: CypherResponse) => {
    mergeIntoView(response.graph);
    model.path = {
      nodes: new Set(response.graph.nodes.map((node) => node.key)),
      edges: new Set(response.graph.edges.map((edge) => edge.key)),
    };
    layout.run();
    refresh();
    frameAnswer(model.path.nodes);
  },
  () => saveView(),
  () => {
    // A result without nodes, or a failed query, leaves no highlight behind.
    model.path = null;
    refresh();
  },
);

// Toolbar.
const undoButton = byId<HTMLButtonElement>('undo');
const layoutButton = byId<HTMLButtonElement>('layout-toggle');
function updateButtons(): void {
  undoButton.disabled = !store.canUndo;
}
layout.onChange((running) => (layoutButton.textContent = running ? 'Stop layout' : 'Run layout'));
layoutButton.addEventListener('click', () => layout.toggle());
undoButton.addEventListener('click', () => undo());
byId('reset').addEventListener('click', () => void home());
byId('toggle-console').addEventListener('click', () => {
  cypherConsole.toggle();
  saveView();
});
/** Keeps the view on the server and puts its link `#view=<id>` in the address bar. */
async function keepView(name?: string): Promise<string | undefined> {
  const state = captureView(
    store.graph,
    renderer.getCamera().getState(),
    model,
    cypherConsole.open ? cypherConsole.query : null,
    name,
  );
  const saved = await withStatus('Saving the view…', () => api.saveView(state));
  if (!saved) return undefined;
  openedView = saved.id;
  history.replaceState(null, '', `#view=${saved.id}`);
  return saved.name;
}
async function share(): Promise<void> {
  if ((await keepView()) === undefined) return;
  void navigator.clipboard?.writeText(location.href).then(
    () => status('Link to this view copied'),
    () => status('Copy the address bar to share this view'),
  );
}
byId('share').addEventListener('click', () => void share());

// Saved views: name and keep the view, or reopen one.
const viewsMenu = byId<HTMLDetailsElement>('views-menu');
const viewsList = byId('views-list');
async function listViews(): Promise<void> {
  const response = await withStatus('Loading saved views…', () => api.views());
  if (!response) return;
  viewsList.replaceChildren(
    ...(response.views.length
      ? response.views.map((view) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                'data-view': view.id,
                title: `${view.nodes} nodes, saved ${view.createdAt.slice(0, 16).replace('T', ' ')}`,
                onclick: () => {
                  viewsMenu.open = false;
                  location.hash = `view=${view.id}`;
                },
              },
              view.name,
            ),
          ),
        )
      : [h('li', { class: 'muted' }, 'No saved views yet')]),
  );
}
viewsMenu.addEventListener('toggle', () => {
  if (viewsMenu.open) void listViews();
});
byId<HTMLFormElement>('save-view-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const input = byId<HTMLInputElement>('view-name');
  const name = await keepView(input.value.trim() || undefined);
  if (name === undefined) return;
  input.value = '';
  status(`Saved as "${name}"`);
  void listViews();
});

/** The saved view on the canvas, if one was opened or saved and not changed since. */
let openedView: string | null = null;

/** Reopens a saved view exactly: nodes, positions, pins, camera, selection, filters, path; its query is shown, not run. */
async function openSavedView(id: string): Promise<void> {
  const view = await withStatus('Opening the saved view…', () => api.view(id));
  if (!view) return;
  openedView = id;
  layout.stop(false);
  deselect();
  restoreFilters(model.filters, view.state);
  filters.sync();
  model.hideOrphans = view.state.hideOrphans;
  hideOrphans.checked = view.state.hideOrphans;
  store.clear();
  mergeIntoView(view.graph, { hidden: view.hidden, undoable: false });
  placeNodes(store.graph, view.state);
  model.path = restorePath(view, store.graph);
  focus = view.state.selection ? [view.state.selection] : [];
  updateOrphans();
  renderer.refresh();
  renderer.getCamera().setState(view.state.camera);
  if (view.state.selection && store.graph.hasNode(view.state.selection)) void select(view.state.selection);
  if (view.state.query) showLinkedQuery(view.state.query);
  status(
    view.missing.length
      ? `Opened "${view.name}"; ${view.missing.length} of its nodes are no longer in the graph`
      : `Opened "${view.name}"`,
  );
}

/** A query from a link is shown, never run: the user reads it and runs it (Ctrl+Enter) if they want to. */
function showLinkedQuery(query: string): void {
  cypherConsole.setQuery(query);
  cypherConsole.toggle(true);
  cypherConsole.status('This query came with the link and has not run: read it, then press Run (Ctrl+Enter).');
}

window.addEventListener('hashchange', () => {
  const id = viewIdOf(location.hash);
  if (id && id !== openedView) void openSavedView(id);
});

const shortcuts = byId<HTMLDialogElement>('shortcuts');
function toggleShortcuts(): void {
  if (shortcuts.open) shortcuts.close();
  else shortcuts.showModal();
}
byId('show-shortcuts').addEventListener('click', () => toggleShortcuts());

function removeNode(id: string): void {
  store.remove(id);
  deselect();
  status('Removed from the view (Ctrl+Z to undo)');
}

function undo(): void {
  if (store.undo()) {
    model.path = null;
    status('Undone');
    if (model.selection.type === 'node' && !store.graph.hasNode(model.selection.key)) deselect();
    refresh();
  }
}

// Keyboard shortcuts.
document.addEventListener('keydown', (event) => {
  if (isTyping(event) || (event.target as HTMLElement).closest('.cm-editor')) return;
  const selected = selectedNode();
  if ((event.ctrlKey || event.metaKey) && event.key === 'z') {
    event.preventDefault();
    undo();
  } else if (event.key === 'Escape') deselect();
  else if (event.key === 'l' || event.key === 'L') layout.toggle();
  else if (event.key === 'c' || event.key === 'C') cypherConsole.toggle();
  else if (selected && (event.key === 'e' || event.key === 'E')) void expand(selected.id);
  else if (selected && (event.key === 'p' || event.key === 'P')) {
    store.togglePin(selected.id);
    void select(selected.id);
  } else if (selected && (event.key === 'Delete' || event.key === 'Backspace')) removeNode(selected.id);
  else if (event.key === '?') toggleShortcuts();
  else if (event.key === 's' || event.key === 'S') void share();
  else if (event.key === '+' || event.key === '=') void renderer.getCamera().animatedZoom({ duration: 200 });
  else if (event.key === '-') void renderer.getCamera().animatedUnzoom({ duration: 200 });
  else if (event.key === '0') void frame(renderer, model.path?.nodes ?? []);
});
bindCameraControls(renderer, () => model.path?.nodes ?? []);

// Legend.
byId('legend').replaceChildren(
  ...Object.entries(LABEL_COLORS)
    .filter(([label]) => label !== 'Article')
    .map(([label, color]) => h('span', {}, h('span', { class: 'swatch', style: `background:${color}` }), label)),
  ...Object.entries(TYPE_COLORS)
    .filter(([type]) => type !== 'MENTIONED_IN')
    .map(([type, color]) => h('span', {}, h('span', { class: 'edge-swatch', style: `background:${color}` }), type)),
);

// Open on the shared view, or on the most connected actors.
async function start(): Promise<void> {
  const viewId = viewIdOf(location.hash);
  if (viewId) return openSavedView(viewId);
  if (focus.length) {
    await load(focus, { replace: true });
    void focusOn(focus.at(-1)!);
  } else await home();
  if (shared.query) showLinkedQuery(shared.query);
}
void start();

/** For the browser tests and the benchmark: the live graph and renderer. */
declare global {
  interface Window {
    explorer: {
      store: GraphStore;
      renderer: typeof renderer;
      layout: LayoutController;
      load: typeof mergeIntoView;
      model: typeof model;
      labels: LabelPlacer;
    };
  }
}
window.explorer = { store, renderer, layout, load: mergeIntoView, model, labels };
