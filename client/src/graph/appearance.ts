/**
 * appearance: colours and sizes of the graph, by node label and relationship type, in one place (canvas and legend).
 */
export const LABEL_COLORS: Record<string, string> = {
  Leader: '#2f6fde',
  Nation: '#1b9e77',
  Organisation: '#d95f02',
  Statement: '#7570b3',
  Event: '#e7298a',
  Topic: '#a6761d',
  Article: '#8c8c8c',
};

export const TYPE_COLORS: Record<string, string> = {
  ATTENDED: '#e7298a',
  SAID: '#7570b3',
  PLEDGED: '#1b9e77',
  OPPOSED: '#d62728',
  MET: '#2f6fde',
  HOLDS_ROLE: '#8c8c8c',
  MEMBER_OF: '#a6761d',
  MENTIONED_IN: '#c8c8c8',
};

export const FALLBACK_COLOR = '#999999';

export function labelColor(label: string): string {
  return LABEL_COLORS[label] ?? FALLBACK_COLOR;
}

export function typeColor(type: string): string {
  return TYPE_COLORS[type] ?? FALLBACK_COLOR;
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
