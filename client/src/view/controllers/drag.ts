/**
 * drag: nodes can be dragged; a dragged node stays pinned where it is dropped (the layout leaves it alone).
 */
import type Sigma from 'sigma';

export function bindDrag(renderer: Sigma): void {
  const graph = renderer.getGraph();
  let dragged: string | null = null;
  renderer.on('downNode', ({ node }) => {
    dragged = node;
    graph.setNodeAttribute(node, 'highlighted', true);
  });
  renderer.getMouseCaptor().on('mousemovebody', (event) => {
    if (!dragged) return;
    const position = renderer.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    if (dragged) graph.removeNodeAttribute(dragged, 'highlighted');
    dragged = null;
  };
  renderer.getMouseCaptor().on('mouseup', drop);
  renderer.getMouseCaptor().on('mousedown', () => {
    if (!renderer.getCustomBBox()) renderer.setCustomBBox(renderer.getBBox());
  });
}
