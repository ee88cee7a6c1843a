/**
 * graph-model: the domain of the news graph (labels, relationship types, extraction and evidence types).
 * Pure data and helpers, no I/O: the importer, the server and the client all import it.
 */

/** What a node label is: how it is drawn, whether search finds it, and which of its properties a panel shows. */
export interface LabelSpec {
  colour: string;
  /** Found by the full-text search (db/schema.ts builds its index from these). */
  searchable: boolean;
  /** Properties shown in a node's details, in this order. */
  shown: readonly string[];
}

/**
 * Every entity label, one entry each: the single place a label is declared. The list of labels, the legend, the
 * filters, the full-text index and the API's enums derive from it.
 */
export const ENTITY_SPECS = {
  Leader: { colour: '#2f6fde', searchable: true, shown: ['role', 'nation'] },
  Nation: { colour: '#1b9e77', searchable: true, shown: ['code'] },
  Organisation: { colour: '#d95f02', searchable: true, shown: ['kind'] },
  Statement: { colour: '#7570b3', searchable: true, shown: ['speaker'] },
  Event: { colour: '#e7298a', searchable: true, shown: ['kind', 'place', 'date'] },
  Topic: { colour: '#a6761d', searchable: true, shown: [] },
} as const satisfies Record<string, LabelSpec>;

/** Labels of the entities the importer extracts. */
export type EntityLabel = keyof typeof ENTITY_SPECS;
export const ENTITY_LABELS = Object.keys(ENTITY_SPECS) as EntityLabel[];

/** The articles the entities are mentioned in. */
export const ARTICLE_SPEC = { colour: '#8c8c8c', searchable: false, shown: ['outlet', 'publishedAt', 'url'] } as const;

/** The spec of a node label, articles included; undefined for a label the model does not know. */
export function labelSpec(label: string): LabelSpec | undefined {
  return label === 'Article' ? ARTICLE_SPEC : (ENTITY_SPECS as Record<string, LabelSpec>)[label];
}

/** Every node label in the database: the entities plus the articles they are mentioned in. */
export const NODE_LABELS = [...ENTITY_LABELS, 'Article'] as const;
export type NodeLabel = EntityLabel | 'Article';

/** What a relationship type is: its ends, what tells two of its kind apart, what a panel shows, how it is drawn. */
export interface RelationSpec {
  /** Labels of the entities it starts from and ends at. */
  from: readonly EntityLabel[];
  to: readonly EntityLabel[];
  /** What tells apart two relationships of this type between the same ends ('' when nothing does). */
  discriminator: (properties: Record<string, PropertyValue>) => string;
  /** Properties shown on an edge and in a relationship's line, in this order. */
  shown: readonly string[];
  colour: string;
  /** How the legend and the filters name it. */
  label: string;
}

const ACTORS = ['Leader', 'Nation', 'Organisation'] as const;
const none = () => '';

/**
 * Every relationship type between entities, one entry each: the single place a type is declared. The list of types,
 * `relationDiscriminator`, the legend, the filters, the panels and the API's enums derive from it; adding a type is
 * an entry here plus the extraction rule that produces it.
 */
export const RELATION_SPECS = {
  ATTENDED: { from: ACTORS, to: ['Event'], discriminator: none, shown: [], colour: '#e7298a', label: 'attended' },
  SAID: { from: ACTORS, to: ['Statement'], discriminator: none, shown: [], colour: '#7570b3', label: 'said' },
  PLEDGED: {
    from: ACTORS,
    to: ['Leader', 'Nation', 'Organisation', 'Event', 'Topic'],
    discriminator: (properties) => (properties.value ? `${properties.currency}:${properties.value}` : ''),
    shown: ['amount', 'what', 'announcedBy'],
    colour: '#1b9e77',
    label: 'pledged',
  },
  OPPOSED: {
    from: ACTORS,
    to: ['Leader', 'Nation', 'Organisation', 'Event', 'Topic', 'Statement'],
    discriminator: none,
    shown: ['what'],
    colour: '#d62728',
    label: 'opposed',
  },
  MET: { from: ACTORS, to: ACTORS, discriminator: none, shown: [], colour: '#2f6fde', label: 'met' },
  HOLDS_ROLE: {
    from: ['Leader'],
    to: ['Nation', 'Organisation'],
    discriminator: (properties) => String(properties.role),
    shown: ['role'],
    colour: '#8c8c8c',
    label: 'holds role',
  },
  MEMBER_OF: {
    from: ['Nation', 'Organisation'],
    to: ['Organisation'],
    discriminator: none,
    shown: [],
    colour: '#a6761d',
    label: 'member of',
  },
} as const satisfies Record<string, RelationSpec>;

/** Relationship types between entities; `MENTIONED_IN` links an entity to an article. */
export type RelationType = keyof typeof RELATION_SPECS;
export const RELATION_TYPES = Object.keys(RELATION_SPECS) as RelationType[];
export const MENTIONED_IN = 'MENTIONED_IN';
/** How the mentions of an entity in articles are drawn (they are not among the filters' types). */
export const MENTION_COLOUR = '#c8c8c8';
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
  return RELATION_SPECS[type].discriminator(properties);
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
