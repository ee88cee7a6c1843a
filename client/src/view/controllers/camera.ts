/**
 * camera: zoom in, zoom out and fit (buttons and + - 0), and framing an answer: the camera moves so that the nodes of
 * a path, a query result or a reopened view are all on screen, with a margin.
 */
import { getCameraStateToFitViewportToNodes } from '@sigma/utils';
import type Sigma from 'sigma';
import { byId } from '../dom.js';

const MARGIN = 1.3;
const DURATION = 400;

/** Moves the camera so that `nodes` (those on the canvas) fill the view; all nodes when none are given. */
export function frame(renderer: Sigma, nodes: Iterable<string> = []): Promise<void> {
  const graph = renderer.getGraph();
  const shown = [...nodes].filter((node) => graph.hasNode(node));
  const camera = renderer.getCamera();
  if (shown.length === 0) return camera.animatedReset({ duration: DURATION });
  renderer.refresh();
  if (shown.length === 1) {
    const data = renderer.getNodeDisplayData(shown[0]!);
    return data
      ? camera.animate({ x: data.x, y: data.y, ratio: 0.5, angle: 0 }, { duration: DURATION })
      : Promise.resolve();
  }
  const state = getCameraStateToFitViewportToNodes(renderer, shown);
  return camera.animate({ ...state, ratio: state.ratio * MARGIN }, { duration: DURATION });
}

export function bindCameraControls(renderer: Sigma, fitTarget: () => Iterable<string>): void {
  const camera = renderer.getCamera();
  byId('zoom-in').addEventListener('click', () => void camera.animatedZoom({ duration: 200 }));
  byId('zoom-out').addEventListener('click', () => void camera.animatedUnzoom({ duration: 200 }));
  byId('zoom-fit').addEventListener('click', () => void frame(renderer, fitTarget()));
}
