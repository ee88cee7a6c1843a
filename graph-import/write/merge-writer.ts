/**
 * merge-writer: merges made reviewable. After an import the people resolution was unsure about are linked by
 * SIMILAR_TO {score, reason}; an analyst accepts a pair (one node, relationships and evidence moved, aliases kept),
 * rejects it (never proposed again), or splits an alias back out of a node. Decisions are stored as
 * (:MergeDecision) nodes, so a later import sends an accepted name to the node it was merged into.
 */
import { InvalidInputError, NotFoundError } from '../../graph-model/errors.js';
import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
import {
  MENTIONED_IN,
  MERGE_DECISION,
  NODE_LABELS,
  RELATION_TYPES,
  SIMILAR_TO,
  entityId,
  isEntityLabel,
  relationKey,
  type PropertyValue,
  type RelationType,
} from '../../graph-model/index.js';
import type { Graph } from '../../db/connection.js';
import { surnameOf } from '../extract/known-names.js';
import { pairKey, similarPairs, type PersonRecord } from '../merges/similar-pairs.js';
import { EVIDENCE_FIELDS, supportCounts } from './graph-writer.js';

/** A merge decision that cannot be made as asked: the same node twice, different labels, an alias that is the name. */
export class MergeError extends InvalidInputError {}

export interface ProposedMerge {
  a: { id: string; name: string; nation: string | null; role: string | null };
  b: { id: string; name: string; nation: string | null; role: string | null };
  score: number;
  reason: string;
}

/** Recomputes the SIMILAR_TO proposals between people, leaving out decided pairs. Returns how many there are. */
export async function proposeMerges(graph: Graph): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      const people = await tx.run('MATCH (n:Leader) RETURN n.id AS id, n.name AS name, n.nation AS nation');
      const decided = await tx.run(`MATCH (d:${MERGE_DECISION}) RETURN d.key AS key`);
      const pairs = similarPairs(
        people.records.map(
          (record) =>
            ({
              id: record.get('id'),
              name: record.get('name'),
              nation: record.get('nation') ?? null,
            }) satisfies PersonRecord,
        ),
        new Set(decided.records.map((record) => record.get('key') as string)),
      );
      await tx.run(`MATCH (:Leader)-[s:${SIMILAR_TO}]->(:Leader) DELETE s`);
      await tx.run(
        `UNWIND $pairs AS pair
         MATCH (a:Leader {id: pair.a}) MATCH (b:Leader {id: pair.b})
         CREATE (a)-[:${SIMILAR_TO} {score: pair.score, reason: pair.reason}]->(b)`,
        { pairs },
      );
      return pairs.length;
    });
  } finally {
    await session.close();
  }
}

export async function listMerges(graph: Graph): Promise<ProposedMerge[]> {
  const result = await graph.driver.executeQuery(
    `MATCH (a)-[s:${SIMILAR_TO}]->(b)
     RETURN a {.id, .name, .nation, .role} AS a, b {.id, .name, .nation, .role} AS b, s.score AS score, s.reason AS reason
     ORDER BY score DESC, a.name`,
    {},
    { database: graph.database, routing: 'READ' },
  );
  return result.records.map((record) => ({
    a: record.get('a'),
    b: record.get('b'),
    score: record.get('score'),
    reason: record.get('reason'),
  }));
}

/** Accepted merges as a map from the id merged away to the id it lives on in. */
export async function mergeRedirects(graph: Graph): Promise<Map<string, string>> {
  const result = await graph.driver.executeQuery(
    `MATCH (d:${MERGE_DECISION} {decision: 'accepted'}) RETURN d.from AS from, d.into AS into`,
    {},
    { database: graph.database, routing: 'READ' },
  );
  return new Map(result.records.map((record) => [record.get('from') as string, record.get('into') as string]));
}

async function findNode(tx: ManagedTransaction, id: string): Promise<Node> {
  for (const label of NODE_LABELS) {
    const found = await tx.run(`MATCH (n:${label} {id: $id}) RETURN n`, { id });
    if (found.records.length) return found.records[0]!.get('n') as Node;
  }
  throw new NotFoundError(`merges: no node with id "${id}" (see npm run merges -- list)`, 'id');
}

const properties = (item: Node | Relationship) => item.properties as Record<string, unknown>;

/** Every relationship of a node, with the node at its other end and whether it points away from the node. */
async function relationshipsOf(
  tx: ManagedTransaction,
  node: Node,
): Promise<{ relationship: Relationship; other: Node; outgoing: boolean }[]> {
  const result = await tx.run(
    'MATCH (n)-[r]-(o) WHERE elementId(n) = $node RETURN r, o, startNode(r) = n AS outgoing',
    { node: node.elementId },
  );
  return result.records.map((record) => ({
    relationship: record.get('r'),
    other: record.get('o'),
    outgoing: record.get('outgoing'),
  }));
}

/** Evidence arrays of a relationship, as columns to append (`Keys`, `Articles`, ...). */
function evidenceColumns(source: Record<string, unknown>, keep: (index: number) => boolean): Record<string, unknown[]> {
  const articles = (source.evidenceArticles as unknown[] | undefined) ?? [];
  const columns: Record<string, unknown[]> = {};
  for (const field of EVIDENCE_FIELDS) {
    const values = (source[`evidence${field}`] as unknown[] | undefined) ?? [];
    columns[field] = articles.map((_, index) => values[index] ?? '').filter((_, index) => keep(index));
  }
  return columns;
}

/** Creates (or finds) the relationship `type` from `start` to `end` and appends evidence to it. */
async function addRelationship(
  tx: ManagedTransaction,
  type: string,
  start: Node,
  end: Node,
  props: Record<string, unknown>,
  evidence: Record<string, unknown[]>,
): Promise<void> {
  if (!(RELATION_TYPES as readonly string[]).includes(type))
    throw new MergeError(`merges: unexpected relationship type "${type}"`);
  const plain: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (!key.startsWith('evidence') && !['key', 'articles', 'sources', 'firstSeen', 'lastSeen'].includes(key))
      plain[key] = value as PropertyValue;
  }
  const key = relationKey({
    type: type as RelationType,
    source: String(properties(start).id),
    target: String(properties(end).id),
    properties: plain,
  });
  await tx.run(
    `MATCH (s) WHERE elementId(s) = $start MATCH (t) WHERE elementId(t) = $end
     MERGE (s)-[r:${type} {key: $key}]->(t)
     ON CREATE SET r += $plain
     WITH r, [i IN range(0, size($evidence.Keys) - 1) WHERE NOT $evidence.Keys[i] IN coalesce(r.evidenceKeys, [])] AS fresh
     SET ${EVIDENCE_FIELDS.map((field) => `r.evidence${field} = coalesce(r.evidence${field}, []) + [i IN fresh | $evidence.${field}[i]]`).join(', ')}
     WITH r CALL (r) { ${supportCounts('r')} }`,
    { start: start.elementId, end: end.elementId, key, plain, evidence },
  );
}

/** The aliases of a merged node and where each came from: the kept node's, then the merged one's. */
function mergeAliases(
  into: Record<string, unknown>,
  from: Record<string, unknown>,
  fromId: string,
): { aliases: string[]; sources: string[] } {
  const aliases: string[] = [];
  const sources: string[] = [];
  const add = (alias: string, source: string) => {
    if (alias === into.name || aliases.includes(alias)) return;
    aliases.push(alias);
    sources.push(source);
  };
  const list = (node: Record<string, unknown>) =>
    ((node.aliases as string[] | undefined) ?? []).map(
      (alias, index) => [alias, ((node.aliasSources as string[] | undefined) ?? [])[index] ?? ''] as const,
    );
  for (const [alias, source] of list(into)) add(alias, source);
  add(String(from.name), `merge:${fromId}`);
  for (const [alias, source] of list(from)) add(alias, source);
  return { aliases, sources };
}

/** Merges `from` into `into`: relationships and evidence move, names become aliases, `from` is gone. */
export async function acceptMerge(graph: Graph, intoId: string, fromId: string): Promise<void> {
  if (intoId === fromId) throw new MergeError('merges: give two different nodes to merge');
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite(async (tx) => {
      const into = await findNode(tx, intoId);
      const from = await findNode(tx, fromId);
      if (into.labels[0] !== from.labels[0])
        throw new MergeError(
          `merges: "${intoId}" is a ${into.labels[0]} and "${fromId}" a ${from.labels[0]}; nodes of different labels are never merged`,
        );
      for (const { relationship, other, outgoing } of await relationshipsOf(tx, from)) {
        if (relationship.type === SIMILAR_TO || other.elementId === into.elementId) continue;
        if (relationship.type === MENTIONED_IN) {
          await tx.run(
            `MATCH (n) WHERE elementId(n) = $into MATCH (a) WHERE elementId(a) = $article
             MERGE (n)-[m:${MENTIONED_IN}]->(a)
             SET m.sentences = coalesce(m.sentences, []) + [s IN $sentences WHERE NOT s IN coalesce(m.sentences, [])]`,
            { into: into.elementId, article: other.elementId, sentences: properties(relationship).sentences ?? [] },
          );
          continue;
        }
        await addRelationship(
          tx,
          relationship.type,
          outgoing ? into : other,
          outgoing ? other : into,
          properties(relationship),
          evidenceColumns(properties(relationship), () => true),
        );
      }
      const fromProps = properties(from);
      const intoProps = properties(into);
      const { aliases, sources } = mergeAliases(intoProps, fromProps, fromId);
      await tx.run(
        `MATCH (n) WHERE elementId(n) = $into
         SET n.aliases = $aliases, n.aliasSources = $sources, n.aliasText = reduce(text = '', alias IN $aliases | text + ' ' + alias)
         WITH n MATCH (f) WHERE elementId(f) = $from DETACH DELETE f`,
        { into: into.elementId, from: from.elementId, aliases, sources },
      );
      await tx.run(
        `MERGE (d:${MERGE_DECISION} {key: $key})
         SET d.decision = 'accepted', d.from = $from, d.into = $into, d.fromName = $fromName, d.decidedAt = datetime()
         WITH d MATCH (earlier:${MERGE_DECISION} {decision: 'accepted', into: $from}) SET earlier.into = $into`,
        { key: pairKey(intoId, fromId), from: fromId, into: intoId, fromName: fromProps.name },
      );
    });
  } finally {
    await session.close();
  }
}

/** Records that two nodes are not one: the pair is no longer proposed. */
export async function rejectMerge(graph: Graph, aId: string, bId: string): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.executeWrite(async (tx) => {
      const a = await findNode(tx, aId);
      const b = await findNode(tx, bId);
      await tx.run(`MATCH (a)-[s:${SIMILAR_TO}]-(b) WHERE elementId(a) = $a AND elementId(b) = $b DELETE s`, {
        a: a.elementId,
        b: b.elementId,
      });
      await tx.run(
        `MERGE (d:${MERGE_DECISION} {key: $key}) SET d.decision = 'rejected', d.a = $aId, d.b = $bId, d.decidedAt = datetime() REMOVE d.from, d.into`,
        {
          key: pairKey(aId, bId),
          aId,
          bId,
        },
      );
    });
  } finally {
    await session.close();
  }
}

/**
 * Undoes a wrong merge for the mentions of `alias`: a node of that name takes the evidence whose sentence names
 * it, the alias leaves the node, and the pair is recorded as rejected. Returns the new node's id.
 */
export async function splitAlias(graph: Graph, nodeId: string, alias: string): Promise<string> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      const node = await findNode(tx, nodeId);
      const label = node.labels[0]!;
      const nodeProps = properties(node);
      if (!isEntityLabel(label)) throw new MergeError(`merges: a ${label} has no aliases to split`);
      if (!((nodeProps.aliases as string[]) ?? []).includes(alias))
        throw new MergeError(
          `merges: "${alias}" is not an alias of "${nodeProps.name}" (its aliases: ${((nodeProps.aliases as string[]) ?? []).join(', ') || 'none'})`,
        );
      const newId = entityId(label, alias);
      if (newId === nodeId)
        throw new MergeError(`merges: "${alias}" is the name "${nodeId}" is known by; split another alias`);
      const created = await tx.run(
        `MERGE (x:${label} {id: $id}) ON CREATE SET x.name = $alias, x.aliases = [], x.aliasText = '', x.createdAt = datetime() RETURN x`,
        { id: newId, alias },
      );
      const split = created.records[0]!.get('x') as Node;
      // The alias, and its surname when that is what tells it apart ("Hanssen said" after "Lars Hanssen").
      const forms = [alias];
      const surname = surnameOf(alias);
      if (
        label === 'Leader' &&
        surname !== alias &&
        surname.toLowerCase() !== surnameOf(String(nodeProps.name)).toLowerCase()
      )
        forms.push(surname);
      const escaped = forms.map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
      const names = new RegExp(`(^|[^\\p{L}])(?:${escaped})($|[^\\p{L}])`, 'u');

      for (const { relationship, other, outgoing } of await relationshipsOf(tx, node)) {
        const props = properties(relationship);
        if (relationship.type === SIMILAR_TO) continue;
        if (relationship.type === MENTIONED_IN) {
          const sentences = ((props.sentences as string[]) ?? []).filter((sentence) => names.test(sentence));
          if (!sentences.length) continue;
          await tx.run(
            `MATCH (x) WHERE elementId(x) = $x MATCH (a) WHERE elementId(a) = $a MERGE (x)-[m:${MENTIONED_IN}]->(a) SET m.sentences = $sentences`,
            { x: split.elementId, a: other.elementId, sentences },
          );
          continue;
        }
        const sentences = (props.evidenceSentences as string[]) ?? [];
        const moved = new Set(
          sentences.map((sentence, index) => (names.test(sentence) ? index : -1)).filter((index) => index >= 0),
        );
        if (moved.size === 0) continue;
        await addRelationship(
          tx,
          relationship.type,
          outgoing ? split : other,
          outgoing ? other : split,
          props,
          evidenceColumns(props, (index) => moved.has(index)),
        );
        const keep = sentences.map((_, index) => index).filter((index) => !moved.has(index));
        if (keep.length === 0)
          await tx.run('MATCH ()-[r]->() WHERE elementId(r) = $r DELETE r', { r: relationship.elementId });
        else {
          await tx.run(
            `MATCH ()-[r]->() WHERE elementId(r) = $r
             SET ${EVIDENCE_FIELDS.map((field) => `r.evidence${field} = [i IN $keep | r.evidence${field}[toInteger(i)]]`).join(', ')}
             WITH r CALL (r) { ${supportCounts('r')} }`,
            { r: relationship.elementId, keep },
          );
        }
      }
      const kept = ((nodeProps.aliases as string[]) ?? [])
        .map((name, index) => [name, ((nodeProps.aliasSources as string[] | undefined) ?? [])[index] ?? ''] as const)
        .filter(([name]) => name !== alias);
      const aliases = kept.map(([name]) => name);
      await tx.run(
        `MATCH (n) WHERE elementId(n) = $node SET n.aliases = $aliases, n.aliasSources = $sources, n.aliasText = reduce(text = '', a IN $aliases | text + ' ' + a)`,
        {
          node: node.elementId,
          aliases,
          sources: kept.map(([, source]) => source),
        },
      );
      await tx.run(
        `MERGE (d:${MERGE_DECISION} {key: $key}) SET d.decision = 'rejected', d.a = $a, d.b = $b, d.decidedAt = datetime() REMOVE d.from, d.into`,
        { key: pairKey(nodeId, newId), a: nodeId, b: newId },
      );
      return newId;
    });
  } finally {
    await session.close();
  }
}
