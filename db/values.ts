/**
 * values: turns Neo4j values (integers, temporals, spatial points, nodes, relationships, paths) into plain JSON.
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
} from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  )
    return value.toString();
  if (isPoint(value))
    return { srid: toPlain(value.srid), x: value.x, y: value.y, ...(value.z === undefined ? {} : { z: value.z }) };
  if (isNode(value))
    return { id: value.properties.id ?? value.elementId, labels: value.labels, properties: toPlain(value.properties) };
  if (isRelationship(value))
    return {
      type: value.type,
      start: value.startNodeElementId,
      end: value.endNodeElementId,
      properties: toPlain(value.properties),
    };
  if (isPath(value))
    return value.segments.map((segment) => ({
      start: toPlain(segment.start),
      relationship: toPlain(segment.relationship),
      end: toPlain(segment.end),
    }));
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, toPlain(inner)]),
    );
  return value;
}
