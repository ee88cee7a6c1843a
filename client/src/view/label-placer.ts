/**
 * label-placer: node labels that never cover each other. Sigma's label grid keeps one label per cell, then draws
 * every forced label (important, selected, path nodes) wherever it falls, so two forced labels, or a forced label
 * and a long one from the grid, can be drawn over each other. The placer collects the labels sigma would draw in a
 * frame and, when the frame is done, draws them by priority (highlighted, then forced, then bigger nodes), each only
 * where it overlaps none already placed. Long labels are cut; the hover box shows them whole.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

/** Characters of a label drawn on the canvas; statements are sentences, and a sentence is no label. */
export const MAX_LABEL_CHARS = 48;
/** Pixels kept free around each label. */
const GAP = 2;
/** Side of the cells that index the placed labels, in pixels. */
const CELL = 96;

type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

interface Candidate {
  context: CanvasRenderingContext2D;
  data: LabelData;
  settings: Settings;
}

/** A label as drawn, in viewport pixels. */
export interface PlacedLabel {
  node: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function shortLabel(label: string): string {
  return label.length <= MAX_LABEL_CHARS ? label : `${label.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…`;
}

function priority(data: LabelData): number {
  return data.highlighted ? 0 : data.forceLabel ? 1 : 2;
}

function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
  return (
    a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP
  );
}

export class LabelPlacer {
  private candidates: Candidate[] = [];
  /** The labels drawn in the last frame. */
  placed: PlacedLabel[] = [];

  /** Sigma's `defaultDrawNodeLabel`: keeps the label for the end of the frame instead of drawing it now. */
  readonly collect: NodeLabelDrawingFunction = (context, data, settings) => {
    if (data.label) this.candidates.push({ context, data, settings });
  };

  attach(renderer: Sigma): void {
    renderer.on('afterRender', () => this.place());
  }

  private place(): void {
    const candidates = this.candidates.sort((a, b) => priority(a.data) - priority(b.data) || b.data.size - a.data.size);
    this.candidates = [];
    this.placed = [];
    const cells = new Map<string, PlacedLabel[]>();
    for (const { context, data, settings } of candidates) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const text = shortLabel(data.label!);
      const box: PlacedLabel = {
        node: String(data.key ?? ''),
        text,
        x: data.x + data.size + 3,
        y: data.y - size * 0.6,
        width: context.measureText(text).width,
        height: size * 1.2,
      };
      const keys = cellsOf(box);
      if (keys.some((key) => cells.get(key)?.some((other) => overlaps(box, other)))) continue;
      for (const key of keys) {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
      }
      this.placed.push(box);
      const { attribute, color } = settings.labelColor;
      const own = attribute ? (data as Record<string, unknown>)[attribute] : undefined;
      context.fillStyle = typeof own === 'string' ? own : (color ?? '#000');
      context.fillText(text, box.x, data.y + size / 3);
    }
  }
}

function cellsOf(box: PlacedLabel): string[] {
  const keys: string[] = [];
  for (let column = Math.floor((box.x - GAP) / CELL); column <= Math.floor((box.x + box.width + GAP) / CELL); column++)
    for (let row = Math.floor((box.y - GAP) / CELL); row <= Math.floor((box.y + box.height + GAP) / CELL); row++)
      keys.push(`${column}:${row}`);
  return keys;
}
