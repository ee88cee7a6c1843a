/**
 * cypher-values: the values of an analyst's query result as a reader wants them: a node as its label and name, a
 * relationship as its type, a path as its chain of nodes and relationships, lists and maps spelled out. The same
 * text goes into the table and into the CSV export; the table shows nodes as coloured chips.
 */
import { labelColor } from '../graph/appearance.js';
import { h } from './dom.js';

interface NodeValue {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}
interface RelationshipValue {
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}
interface Segment {
  start: NodeValue;
  relationship: RelationshipValue;
  end: NodeValue;
}

function isNode(value: unknown): value is NodeValue {
  const record = value as Partial<NodeValue> | null;
  return !!record && Array.isArray(record.labels) && typeof record.properties === 'object';
}
function isRelationship(value: unknown): value is RelationshipValue {
  const record = value as Partial<RelationshipValue> | null;
  return !!record && typeof record.type === 'string' && 'start' in record && typeof record.properties === 'object';
}
function isPath(value: unknown): value is Segment[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((item) => isNode((item as Segment)?.start) && isRelationship((item as Segment)?.relationship))
  );
}

function nodeName(node: NodeValue): string {
  const properties = node.properties;
  return String(properties.name ?? properties.title ?? properties.text ?? node.id);
}

function relationshipText(relationship: RelationshipValue): string {
  const detail = relationship.properties.amount ?? relationship.properties.role ?? relationship.properties.what;
  return `[:${relationship.type}${detail ? ` ${String(detail)}` : ''}]`;
}

/** A value as one line of text (table cells without markup, CSV fields). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (isNode(value)) return `(${value.labels.join(':')} ${nodeName(value)})`;
  if (isRelationship(value)) return relationshipText(value);
  if (isPath(value))
    return [
      valueText(value[0]!.start),
      ...value.flatMap((segment) => [`-${relationshipText(segment.relationship)}-`, valueText(segment.end)]),
    ].join('');
  if (Array.isArray(value)) return value.map(valueText).join(', ');
  return Object.entries(value as Record<string, unknown>)
    .map(([key, item]) => `${key}: ${valueText(item)}`)
    .join('; ');
}

function nodeChip(node: NodeValue): HTMLElement {
  const label = node.labels[0] ?? 'Node';
  return h(
    'span',
    { class: 'chip', title: `${label} ${node.id}`, style: `border-color:${labelColor(label)}` },
    nodeName(node),
  );
}

/** A value as table cell content: nodes as chips, paths as chips joined by their relationships. */
export function valueCell(value: unknown): (Node | string)[] {
  if (isNode(value)) return [nodeChip(value)];
  if (isRelationship(value)) return [h('span', { class: 'rel' }, relationshipText(value))];
  if (isPath(value))
    return [
      nodeChip(value[0]!.start),
      ...value.flatMap((segment) => [
        h('span', { class: 'rel' }, ` ${relationshipText(segment.relationship)} `),
        nodeChip(segment.end),
      ]),
    ];
  if (Array.isArray(value) && value.some((item) => isNode(item) || isPath(item)))
    return value.flatMap((item, index) => [...(index ? [', '] : []), ...valueCell(item)]);
  return [valueText(value)];
}

/**
 * The result as CSV (RFC 4180): a header of the columns, then one line per row. A field a spreadsheet would run as a
 * formula (=, +, -, @ first) gets a leading apostrophe: imported articles are not to be trusted.
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[]): string {
  const field = (raw: string) => {
    const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [
    columns.map(field).join(','),
    ...rows.map((row) => columns.map((column) => field(valueText(row[column]))).join(',')),
  ]
    .join('\r\n')
    .concat('\r\n');
}
