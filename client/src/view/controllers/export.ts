/**
 * export: the view as a PNG image (@sigma/export-image), as GEXF for Gephi (graphology-gexf) and as graphology JSON.
 */
import { downloadAsPNG } from '@sigma/export-image';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import type { ExplorerGraph } from '../../graph/graph-store.js';

export function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Attributes as GEXF takes them: strings, numbers and booleans only (`nullCopy`: no nodes, no edges, same options). */
function flatCopy(graph: ExplorerGraph): ExplorerGraph {
  const copy = graph.nullCopy();
  const flat = (attributes: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(attributes).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value)),
    );
  graph.forEachNode((node, attributes) => copy.addNode(node, flat(attributes)));
  graph.forEachEdge((edge, attributes, source, target) =>
    copy.addDirectedEdgeWithKey(edge, source, target, flat(attributes)),
  );
  return copy;
}

export function bindExport(renderer: Sigma, graph: ExplorerGraph): void {
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  // The menu closes once a format is chosen.
  const menu = document.getElementById('export-png')!.closest('details')!;
  menu.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('button')) menu.open = false;
  });
  document
    .getElementById('export-png')!
    .addEventListener(
      'click',
      () => void downloadAsPNG(renderer, { fileName: `news-graph-${stamp()}`, backgroundColor: '#ffffff' }),
    );
  document
    .getElementById('export-gexf')!
    .addEventListener('click', () =>
      download(`news-graph-${stamp()}.gexf`, 'application/xml', writeGexf(flatCopy(graph))),
    );
  document
    .getElementById('export-json')!
    .addEventListener('click', () =>
      download(`news-graph-${stamp()}.json`, 'application/json', JSON.stringify(graph.export(), null, 2)),
    );
}
