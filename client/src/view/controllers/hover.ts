/**
 * hover: hovering a node highlights it and its neighbours and dims the rest; hovering an edge shows its label.
 */
import type Sigma from 'sigma';
import type { ViewModel } from '../../state/view-model.js';

export function bindHover(renderer: Sigma, model: ViewModel): void {
  const graph = renderer.getGraph();
  renderer.on('enterNode', ({ node }) => {
    model.hoveredNode = node;
    model.neighbourhood = new Set([node, ...graph.neighbors(node)]);
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    model.hoveredNode = null;
    model.neighbourhood = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterEdge', ({ edge }) => {
    model.hoveredEdge = edge;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveEdge', () => {
    model.hoveredEdge = null;
    renderer.refresh({ skipIndexation: true });
  });
}
