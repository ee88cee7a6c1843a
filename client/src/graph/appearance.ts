/**
 * appearance: colours and sizes of the graph, by node label and relationship type, in one place (canvas and legend).
 */
import {
  ARTICLE_SPEC,
  ENTITY_SPECS,
  MENTION_COLOUR,
  MENTIONED_IN,
  RELATION_SPECS,
  type NodeLabel,
  type RelationType,
} from '../../../graph-model/index.js';

/** Colours of the node labels, from the graph model's specs (a label without one fails to compile). */
export const LABEL_COLORS = {
  ...Object.fromEntries(Object.entries(ENTITY_SPECS).map(([label, spec]) => [label, spec.colour])),
  Article: ARTICLE_SPEC.colour,
} as Record<NodeLabel, string>;

/** Colours of the relationship types, from the graph model's specs. */
export const TYPE_COLORS = {
  ...Object.fromEntries(Object.entries(RELATION_SPECS).map(([type, spec]) => [type, spec.colour])),
  [MENTIONED_IN]: MENTION_COLOUR,
} as Record<RelationType | typeof MENTIONED_IN, string>;

export const FALLBACK_COLOR = '#999999';

export function labelColor(label: string): string {
  return (LABEL_COLORS as Record<string, string>)[label] ?? FALLBACK_COLOR;
}

export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? FALLBACK_COLOR;
}

/** Node size from degree: readable for a leaf, not overwhelming for a hub. */
export function nodeSize(degree: number): number {
  return 4 + Math.min(16, 2.2 * Math.sqrt(Math.max(0, degree)));
}

/** A darker shade of a colour, for node borders. */
export function darker(hex: string, amount = 0.35): string {
  const value = Number.parseInt(hex.slice(1), 16);
  const channel = (shift: number) => Math.round(((value >> shift) & 255) * (1 - amount));
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, '0')).join('')}`;
}
