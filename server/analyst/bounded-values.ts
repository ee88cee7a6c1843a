/**
 * bounded-values: an analyst's result rows as plain JSON within a budget. Strings and lists are cut inside values,
 * integers past 2^53 come back exactly (as strings), and the rows stop once the response would pass its byte budget,
 * so no query can make an answer too large to send or too slow to build.
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
  type Integer,
} from 'neo4j-driver';
import type { GraphCollector } from '../graph/serialize.js';

export interface ValueLimits {
  /** Characters of one string kept; the rest is cut and `…` marks the cut. */
  maxStringLength: number;
  /** Items of one list kept. */
  maxListLength: number;
  /** Approximate bytes of JSON the rows and the graph drawn from them may take together. */
  maxResponseBytes: number;
}

export const DEFAULT_VALUE_LIMITS: ValueLimits = {
  maxStringLength: 10_000,
  maxListLength: 1_000,
  maxResponseBytes: 8 * 1024 * 1024,
};

/** Thrown when the next value would pass the byte budget: the row being built is dropped. */
export class BudgetExceeded extends Error {
  override name = 'BudgetExceeded';
}

const MAX_DEPTH = 64;

/**
 * Converts record values to plain JSON and collects the nodes and relationships it meets into `collector`,
 * counting the bytes spent; `cut` is set when a string or list was shortened.
 */
export class BoundedConverter {
  bytes = 0;
  cut = false;

  constructor(
    private readonly collector: GraphCollector,
    private readonly limits: ValueLimits = DEFAULT_VALUE_LIMITS,
  ) {}

  /** A whole row, or BudgetExceeded (the bytes spent on the partial row are given back). */
  row(keys: string[], get: (key: string) => unknown): Record<string, unknown> {
    const before = this.bytes;
    try {
      const row: Record<string, unknown> = {};
      for (const key of keys) {
        this.spend(key.length + 4);
        row[key] = this.convert(get(key), 0);
      }
      return row;
    } catch (error) {
      this.bytes = before;
      throw error;
    }
  }

  private spend(bytes: number): void {
    this.bytes += bytes;
    if (this.bytes > this.limits.maxResponseBytes) throw new BudgetExceeded();
  }

  private convert(value: unknown, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      this.cut = true;
      return null;
    }
    if (value === null || value === undefined) {
      this.spend(4);
      return null;
    }
    if (typeof value === 'string') return this.string(value);
    if (typeof value === 'number' || typeof value === 'boolean') {
      this.spend(8);
      return value;
    }
    if (neo4j.isInt(value)) {
      this.spend(12);
      const integer = value as Integer;
      return integer.inSafeRange() ? integer.toNumber() : integer.toString();
    }
    if (typeof value === 'bigint') {
      this.spend(12);
      return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
    }
    if (
      isDate(value) ||
      isDateTime(value) ||
      isLocalDateTime(value) ||
      isTime(value) ||
      isLocalTime(value) ||
      isDuration(value)
    )
      return this.string(value.toString());
    if (isPoint(value)) {
      this.spend(48);
      return {
        srid: this.convert(value.srid, depth + 1),
        x: value.x,
        y: value.y,
        ...(value.z === undefined ? {} : { z: value.z }),
      };
    }
    if (isNode(value)) {
      // The node is drawn in the graph too: count it twice.
      const before = this.bytes;
      const plain = {
        id: this.convert(value.properties.id ?? value.elementId, depth + 1),
        labels: value.labels,
        properties: this.convert(value.properties, depth + 1),
      };
      this.spend(this.bytes - before + 64);
      this.collector.addNode(value);
      return plain;
    }
    if (isRelationship(value)) {
      const plain = {
        type: value.type,
        start: value.startNodeElementId,
        end: value.endNodeElementId,
        properties: this.convert(value.properties, depth + 1),
      };
      this.spend(200);
      this.collector.addRelationship(value);
      return plain;
    }
    if (isPath(value)) {
      const segments = value.segments.slice(0, this.limits.maxListLength);
      if (segments.length < value.segments.length) this.cut = true;
      return segments.map((segment) => ({
        start: this.convert(segment.start, depth + 1),
        relationship: this.convert(segment.relationship, depth + 1),
        end: this.convert(segment.end, depth + 1),
      }));
    }
    if (Array.isArray(value)) {
      const kept = value.length > this.limits.maxListLength ? value.slice(0, this.limits.maxListLength) : value;
      if (kept !== value) this.cut = true;
      this.spend(2);
      return kept.map((item) => {
        this.spend(1);
        return this.convert(item, depth + 1);
      });
    }
    if (typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      const kept = entries.length > this.limits.maxListLength ? entries.slice(0, this.limits.maxListLength) : entries;
      if (kept !== entries) this.cut = true;
      this.spend(2);
      const plain: Record<string, unknown> = {};
      for (const [key, inner] of kept) {
        this.spend(key.length + 4);
        plain[key] = this.convert(inner, depth + 1);
      }
      return plain;
    }
    this.spend(8);
    return null;
  }

  private string(value: string): string {
    const kept = value.length > this.limits.maxStringLength ? `${value.slice(0, this.limits.maxStringLength)}…` : value;
    if (kept !== value) this.cut = true;
    this.spend(kept.length + 2);
    return kept;
  }
}
