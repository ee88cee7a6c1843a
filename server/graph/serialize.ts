/**
 * serialize: Neo4j nodes and relationships into graphology's serialisation format, which the client imports as it is.
 */
import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import type {
  EdgeAttributes,
  NodeAttributes,
  SerializedEdge,
  SerializedGraph,
  SerializedNode,
} from '../../graph-model/api.js';
import { toPlain } from '../../db/values.js';
import { evidenceOf } from './evidence.js';
import { nodeId, nodeLabel, nodeName, publicProperties } from './read.js';

export function serializeNode(node: Node, degree = 0): SerializedNode {
  const attributes: NodeAttributes = {
    ...publicProperties(node.properties as Record<string, unknown>),
    label: nodeName(node),
    category: nodeLabel(node),
    degree,
  };
  return { key: nodeId(node), attributes };
}

/** Relationship properties as edge attributes; evidence arrays become items (at most `evidenceLimit`). */
export function edgeAttributes(
  relationship: Relationship,
  titles?: ReadonlyMap<string, string | null>,
  evidenceLimit = 5,
): EdgeAttributes {
  const properties = relationship.properties as Record<string, unknown>;
  const attributes: EdgeAttributes = { relType: relationship.type };
  for (const [key, value] of Object.entries(properties))
    if (!key.startsWith('evidence') && key !== 'key') attributes[key] = toPlain(value);
  if (properties.evidenceArticles) attributes.evidence = evidenceOf(properties, titles, evidenceLimit);
  return attributes;
}

/** Collects nodes and relationships into one graph; `endIds` maps element ids to node keys for relationships. */
export class GraphCollector {
  private readonly nodes = new Map<string, SerializedNode>();
  private readonly edges = new Map<string, SerializedEdge>();
  private readonly keysByElementId = new Map<string, string>();
  private readonly pending: Relationship[] = [];

  addNode(node: Node, degree = 0): string {
    const serialized = serializeNode(node, degree);
    this.keysByElementId.set(node.elementId, serialized.key);
    const existing = this.nodes.get(serialized.key);
    if (!existing || degree > existing.attributes.degree) this.nodes.set(serialized.key, serialized);
    return serialized.key;
  }

  addRelationship(relationship: Relationship): void {
    this.pending.push(relationship);
  }

  /** Walks any value of a Cypher result (lists, maps, paths) for the nodes and relationships in it. */
  addValue(value: unknown): void {
    if (isNode(value)) this.addNode(value);
    else if (isRelationship(value)) this.addRelationship(value);
    else if (isPath(value)) {
      this.addNode(value.start);
      for (const segment of value.segments) {
        this.addNode(segment.end);
        this.addRelationship(segment.relationship);
      }
    } else if (Array.isArray(value)) for (const item of value) this.addValue(item);
    else if (value && typeof value === 'object' && value.constructor === Object)
      for (const item of Object.values(value)) this.addValue(item);
  }

  has(key: string): boolean {
    return this.nodes.has(key);
  }

  /** Element ids of relationship ends that were not collected (a query returned `r` without its nodes). */
  missingEnds(): string[] {
    const missing = new Set<string>();
    for (const relationship of this.pending) {
      for (const end of [relationship.startNodeElementId, relationship.endNodeElementId])
        if (!this.keysByElementId.has(end)) missing.add(end);
    }
    return [...missing];
  }

  /** The graph; relationships whose ends were not collected are left out. */
  toGraph(titles?: ReadonlyMap<string, string | null>, evidenceLimit = 5): SerializedGraph {
    for (const relationship of this.pending) {
      const source = this.keysByElementId.get(relationship.startNodeElementId);
      const target = this.keysByElementId.get(relationship.endNodeElementId);
      if (!source || !target || this.edges.has(relationship.elementId)) continue;
      this.edges.set(relationship.elementId, {
        key: relationship.elementId,
        source,
        target,
        attributes: edgeAttributes(relationship, titles, evidenceLimit),
      });
    }
    return emptyGraph([...this.nodes.values()], [...this.edges.values()]);
  }
}

export function emptyGraph(nodes: SerializedNode[] = [], edges: SerializedEdge[] = []): SerializedGraph {
  return { options: { type: 'directed', multi: true, allowSelfLoops: true }, attributes: {}, nodes, edges };
}
