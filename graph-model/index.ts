/**
 * graph-model: the domain of the news graph (labels, relationship types, extraction and evidence types).
 * Pure data and helpers, no I/O: the importer, the server and the client all import it.
 */

/** Labels of the entities the importer extracts. */
export const ENTITY_LABELS = ['Leader', 'Nation', 'Organisation', 'Statement', 'Event', 'Topic'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Every node label in the database: the entities plus the articles they are mentioned in. */
export const NODE_LABELS = [...ENTITY_LABELS, 'Article'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/** Relationship types between entities; `MENTIONED_IN` links an entity to an article. */
export const RELATION_TYPES = ['ATTENDED', 'SAID', 'PLEDGED', 'OPPOSED', 'MET', 'HOLDS_ROLE', 'MEMBER_OF'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];
export const MENTIONED_IN = 'MENTIONED_IN';
/** A pair of entities resolution was unsure about, for an analyst to accept or reject: `{score, reason}`. */
export const SIMILAR_TO = 'SIMILAR_TO';
export type RelationshipType = RelationType | typeof MENTIONED_IN | typeof SIMILAR_TO;
/** The label of the analysts' merge decisions (`accepted` with `from`/`into`, or `rejected`), kept apart from entities. */
export const MERGE_DECISION = 'MergeDecision';

/** The lease one importer holds while it writes (see graph-import/write/import-lease.ts); never shown. */
export const IMPORT_LEASE = 'ImportLease';

/** The label of the explorer's saved views (see server/graph/views.ts); search, stats and subgraphs never return them. */
export const SAVED_VIEW = 'SavedView';

export function isEntityLabel(value: unknown): value is EntityLabel {
  return typeof value === 'string' && (ENTITY_LABELS as readonly string[]).includes(value);
}

export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

/** Where a claim comes from: a sentence of an article, by character offsets into the article text. */
export interface Evidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  /** The extraction rule that produced the claim, e.g. `quote.said-after`. */
  rule: string;
}

export interface ArticleInfo {
  id: string;
  title: string;
  /** The path or URL the article was read from. */
  source: string;
  publishedAt: string | null;
  url: string | null;
  outlet: string | null;
}

export type PropertyValue = string | number | boolean | null;

export interface ExtractedEntity {
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  /** The quoted words, for a Statement. */
  text?: string;
  properties?: Record<string, PropertyValue>;
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  properties: Record<string, PropertyValue>;
  evidence: Evidence[];
}

/** Which articles mention an entity, with the sentence of each mention. */
export interface Mention {
  entity: string;
  evidence: Evidence;
}

/** The output of `extract --format json`: one document for all the articles given (see shared/eval/README.md). */
export interface Extraction {
  articles: ArticleInfo[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** The key that makes a piece of evidence unique within a relationship: the same claim in the same place. */
export function evidenceKey(evidence: Pick<Evidence, 'article' | 'start' | 'end'>): string {
  return `${evidence.article}:${evidence.start}:${evidence.end}`;
}

/** What tells apart two relationships of one type between the same ends: the sum of a pledge, the role held. */
export function relationDiscriminator(type: RelationType, properties: Record<string, PropertyValue>): string {
  if (type === 'PLEDGED' && properties.value) return `${properties.currency}:${properties.value}`;
  if (type === 'HOLDS_ROLE') return String(properties.role);
  return '';
}

/** The key that makes a relationship unique: the same type between the same two entities, told apart by its discriminator. */
export function relationKey(relation: Pick<ExtractedRelation, 'type' | 'source' | 'target' | 'properties'>): string {
  return `${relation.type}|${relation.source}|${relation.target}|${relationDiscriminator(relation.type, relation.properties)}`;
}

/** A slug usable inside an id: lower case ASCII letters, digits and dashes. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The prefix of the ids of each label (`leader:keir-starmer`); articles are `article:<hash>`. */
export const ID_PREFIX: Record<EntityLabel, string> = {
  Leader: 'leader',
  Nation: 'nation',
  Organisation: 'org',
  Statement: 'statement',
  Event: 'event',
  Topic: 'topic',
};

/** The stable id of an entity: the same entity gets the same id in every import. */
export function entityId(type: EntityLabel, key: string): string {
  return `${ID_PREFIX[type]}:${slugify(key)}`;
}

/** The prefix of the ids of every node label, articles included. */
export const NODE_ID_PREFIX: Record<NodeLabel, string> = { ...ID_PREFIX, Article: 'article' };
