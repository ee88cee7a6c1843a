/**
 * api: the HTTP contract between the server and the client, as zod schemas. The server validates requests with them,
 * the OpenAPI document is generated from them (requests and responses), the tests check every response against them,
 * and server and client share the types inferred from them. Request schemas are strict: an unknown field is refused.
 */
import { z } from 'zod';
import { NODE_LABELS, RELATION_TYPES, MENTIONED_IN, type NodeLabel, type RelationshipType } from './index.js';

/** A comma-separated list in a query string (`types=SAID,PLEDGED`), as its items. */
const commaList = z.string().transform((text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean),
);

/** A comma-separated list checked against the allowed values. */
function csvOf<T extends string>(values: readonly [T, ...T[]]) {
  return commaList.pipe(z.array(z.enum(values)));
}

const ALL_TYPES = [MENTIONED_IN, ...RELATION_TYPES] as [RelationshipType, ...RelationshipType[]];
const LABELS = NODE_LABELS as unknown as [NodeLabel, ...NodeLabel[]];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expecting a date as YYYY-MM-DD');
const ids = commaList.pipe(
  z.array(z.string().min(1).max(200)).min(1, 'expecting at least one id').max(50, 'expecting at most 50 ids'),
);

export const SearchQuery = z
  .object({
    q: z.string().trim().min(1, 'expecting a search text').max(200),
    labels: csvOf(LABELS).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict();

export const SubgraphQuery = z
  .object({
    ids,
    depth: z.coerce.number().int().min(1).max(3).default(1),
    limit: z.coerce.number().int().min(1).max(5000).default(300),
    labels: csvOf(LABELS).optional(),
    types: csvOf(ALL_TYPES).optional(),
    direction: z.enum(['out', 'in', 'both']).default('both'),
    since: isoDate.optional(),
    until: isoDate.optional(),
    minSources: z.coerce.number().int().min(1).max(100).optional(),
  })
  .strict();

export const PathsQuery = z
  .object({
    from: z.string().min(1).max(200),
    to: z.string().min(1).max(200),
    maxLength: z.coerce.number().int().min(1).max(6).default(4),
    types: csvOf(ALL_TYPES).optional(),
    viaArticles: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();

/** How deep parameters may nest: deeper ones are refused before they reach the driver. */
export const MAX_PARAMS_DEPTH = 16;

function depthOf(value: unknown, depth = 0): number {
  if (depth > MAX_PARAMS_DEPTH || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const inner of Object.values(value)) deepest = Math.max(deepest, depthOf(inner, depth + 1));
  return deepest;
}

export const CypherRequest = z
  .object({
    query: z.string().trim().min(1, 'expecting a Cypher query').max(20_000),
    params: z
      .record(z.unknown())
      .default({})
      .refine(
        (params) => depthOf(params) <= MAX_PARAMS_DEPTH,
        `expecting parameters nested at most ${MAX_PARAMS_DEPTH} deep`,
      ),
    /** Rows returned at most, up to the server's cap (CYPHER_ROW_LIMIT); the rest is cut and `truncated` is set. */
    limit: z.number().int().min(1).optional(),
    /** Milliseconds the query may run, up to the server's cap (CYPHER_TIMEOUT_MS). */
    timeoutMs: z.number().int().min(100).optional(),
  })
  .strict();

export const ArticlesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** One line of metadata: no line breaks or control characters, which would smuggle header lines into the article. */
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
const oneLine = (max: number) => z.string().max(max).regex(ONE_LINE, 'expecting one line of text');

export const ArticleUpload = z
  .object({
    text: z.string().min(1, 'expecting the article text'),
    title: oneLine(500).optional(),
    url: oneLine(2000)
      .url()
      .regex(/^https?:\/\//i, 'expecting an http(s) URL')
      .optional(),
    outlet: oneLine(200).optional(),
    date: isoDate.optional(),
    /** A file name (.txt, .md, .html) that tells the format; an upload without a url is known by its content. */
    filename: oneLine(200).optional(),
  })
  .strict();

export const MergeAccept = z.object({ into: z.string().min(1).max(300), from: z.string().min(1).max(300) }).strict();
export const MergeReject = z.object({ a: z.string().min(1).max(300), b: z.string().min(1).max(300) }).strict();
export const MergeSplit = z.object({ node: z.string().min(1).max(300), alias: z.string().min(1).max(300) }).strict();

/** Caps of a saved view: a view is what one analyst looks at, not a dump of the graph. */
export const SAVED_VIEW_LIMITS = { nodes: 5000, edges: 20_000, views: 10_000 } as const;

const finite = z.number().finite();
const viewNodeId = z.string().min(1).max(300);
/** A relationship's element id, as the API gives it in `key`. */
const edgeKey = z.string().min(1).max(100);

/** Everything that makes a view: what is on the canvas and where, the camera, selection, filters, path and query. */
export const SavedViewState = z
  .object({
    name: oneLine(200).optional(),
    nodes: z
      .array(z.object({ id: viewNodeId, x: finite, y: finite, pinned: z.boolean().optional() }).strict())
      .max(SAVED_VIEW_LIMITS.nodes, `expecting at most ${SAVED_VIEW_LIMITS.nodes} nodes`),
    edges: z.array(edgeKey).max(SAVED_VIEW_LIMITS.edges, `expecting at most ${SAVED_VIEW_LIMITS.edges} relationships`),
    camera: z.object({ x: finite, y: finite, ratio: finite.positive(), angle: finite }).strict(),
    selection: viewNodeId.nullable(),
    filters: z
      .object({
        labels: z.array(z.enum(LABELS)),
        types: z.array(z.enum(ALL_TYPES)),
        minSources: z.number().int().min(1).max(100),
        since: isoDate.nullable(),
        until: isoDate.nullable(),
      })
      .strict(),
    hideOrphans: z.boolean(),
    path: z
      .object({ nodes: z.array(viewNodeId).max(500), edges: z.array(edgeKey).max(500) })
      .strict()
      .nullable(),
    query: z.string().max(20_000).nullable(),
  })
  .strict();

export type SearchParams = z.infer<typeof SearchQuery>;
export type SubgraphParams = z.infer<typeof SubgraphQuery>;
export type PathsParams = z.infer<typeof PathsQuery>;
export type CypherParams = z.infer<typeof CypherRequest>;
export type SavedViewStateParams = z.infer<typeof SavedViewState>;

const nodeRef = z.object({ id: z.string(), label: z.string(), name: z.string() }).strict();
const date = z.string().nullable();
/** Relationship properties, node properties: plain JSON values as stored. */
const properties = z.record(z.unknown());

/** One piece of evidence as the API returns it: the sentence, where it is, and the article it comes from. */
export const EvidenceItem = z
  .object({
    article: z.string(),
    articleTitle: z.string().nullable(),
    sentence: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    rule: z.string(),
    outlet: z.string().nullable(),
    date,
  })
  .strict();
export type EvidenceItem = z.infer<typeof EvidenceItem>;

/** Node attributes in graphology's serialisation; `label` is what sigma draws, `category` the Neo4j label. */
export const NodeAttributes = z
  .object({ label: z.string(), category: z.string(), degree: z.number().int() })
  .catchall(z.unknown());
export type NodeAttributes = z.infer<typeof NodeAttributes>;

/** Edge attributes in graphology's serialisation; `relType` is the Neo4j relationship type. */
export const EdgeAttributes = z
  .object({
    relType: z.string(),
    articles: z.number().int().optional(),
    sources: z.number().int().optional(),
    firstSeen: date.optional(),
    lastSeen: date.optional(),
    evidence: z.array(EvidenceItem).optional(),
  })
  .catchall(z.unknown());
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const SerializedNode = z.object({ key: z.string(), attributes: NodeAttributes }).strict();
export type SerializedNode = z.infer<typeof SerializedNode>;

export const SerializedEdge = z
  .object({ key: z.string(), source: z.string(), target: z.string(), attributes: EdgeAttributes })
  .strict();
export type SerializedEdge = z.infer<typeof SerializedEdge>;

/** What `graph.import()` of graphology accepts as it is. */
export const SerializedGraph = z
  .object({
    options: z
      .object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.literal(true) })
      .strict(),
    attributes: properties,
    nodes: z.array(SerializedNode),
    edges: z.array(SerializedEdge),
  })
  .strict();
export type SerializedGraph = z.infer<typeof SerializedGraph>;

export const HealthResponse = z
  .object({
    neo4j: z.literal('up'),
    version: z.string().nullable(),
    nodes: z.number().int(),
    relationships: z.number().int(),
  })
  .strict();
export type HealthResponse = z.infer<typeof HealthResponse>;

export const SearchHit = z
  .object({
    id: z.string(),
    label: z.string(),
    name: z.string(),
    snippet: z.string(),
    degree: z.number().int(),
    score: z.number(),
  })
  .strict();
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResponse = z.object({ query: z.string(), hits: z.array(SearchHit) }).strict();
export type SearchResponse = z.infer<typeof SearchResponse>;

export const NodeDetails = z
  .object({
    id: z.string(),
    label: z.string(),
    name: z.string(),
    aliases: z.array(z.string()),
    properties,
    degree: z.record(z.number().int()),
    statements: z.array(z.object({ id: z.string(), text: z.string(), evidence: z.array(EvidenceItem) }).strict()),
    relationships: z.array(
      z
        .object({
          id: z.string(),
          type: z.string(),
          direction: z.enum(['out', 'in']),
          other: nodeRef,
          properties,
          evidence: z.array(EvidenceItem),
          /** Evidence items the relationship has; `evidence` lists the first 20. */
          evidenceCount: z.number().int(),
        })
        .strict(),
    ),
  })
  .strict();
export type NodeDetails = z.infer<typeof NodeDetails>;

export const SubgraphResponse = z
  .object({
    graph: SerializedGraph,
    truncated: z.boolean(),
    /** Neighbours left out per node, for "+N more". */
    hidden: z.record(z.number().int()),
  })
  .strict();
export type SubgraphResponse = z.infer<typeof SubgraphResponse>;

export const PathStep = z
  .object({
    from: nodeRef,
    to: nodeRef,
    type: z.string(),
    /** `forward` when the relationship points from `from` to `to`. */
    direction: z.enum(['forward', 'backward']),
    evidence: EvidenceItem.nullable(),
  })
  .strict();
export type PathStep = z.infer<typeof PathStep>;

export const PathsResponse = z
  .object({
    length: z.number().int().nullable(),
    paths: z.array(z.object({ steps: z.array(PathStep) }).strict()),
    graph: SerializedGraph,
  })
  .strict();
export type PathsResponse = z.infer<typeof PathsResponse>;

export const CypherResponse = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.unknown())),
    truncated: z.boolean(),
    graph: SerializedGraph,
    elapsedMs: z.number(),
  })
  .strict();
export type CypherResponse = z.infer<typeof CypherResponse>;

export const StatsResponse = z
  .object({
    labels: z.record(z.number().int()),
    relationships: z.record(z.number().int()),
    topActors: z.array(nodeRef.extend({ degree: z.number().int() })),
  })
  .strict();
export type StatsResponse = z.infer<typeof StatsResponse>;

export const ArticleSummary = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    outlet: z.string().nullable(),
    publishedAt: date,
    entities: z.number().int(),
  })
  .strict();
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticlesResponse = z.object({ total: z.number().int(), articles: z.array(ArticleSummary) }).strict();
export type ArticlesResponse = z.infer<typeof ArticlesResponse>;

export const ArticleDetails = ArticleSummary.extend({
  text: z.string(),
  mentioned: z.array(nodeRef),
  claims: z.array(
    z
      .object({ id: z.string(), type: z.string(), source: z.string(), target: z.string(), sentence: z.string() })
      .strict(),
  ),
}).strict();
export type ArticleDetails = z.infer<typeof ArticleDetails>;

/** What a write did to the graph, as Neo4j counted it. */
export const WriteCounts = z
  .object({
    nodesCreated: z.number().int(),
    relationshipsCreated: z.number().int(),
    nodesDeleted: z.number().int(),
    relationshipsDeleted: z.number().int(),
  })
  .strict();

export const ArticleImported = z
  .object({ id: z.string(), status: z.enum(['imported', 'unchanged']), counts: WriteCounts })
  .strict();
export type ArticleImported = z.infer<typeof ArticleImported>;

export const ArticleRemoved = z.object({ id: z.string(), removed: z.literal(true), counts: WriteCounts }).strict();

const mergeSide = z
  .object({ id: z.string(), name: z.string(), nation: z.string().nullable(), role: z.string().nullable() })
  .strict();
export const MergesResponse = z
  .object({
    pairs: z.array(z.object({ a: mergeSide, b: mergeSide, score: z.number(), reason: z.string() }).strict()),
  })
  .strict();
export type MergesResponse = z.infer<typeof MergesResponse>;

export const MergeAccepted = z.object({ merged: z.string(), into: z.string() }).strict();
export const MergeRejected = z.object({ rejected: z.tuple([z.string(), z.string()]) }).strict();
export const MergeSplitDone = z.object({ node: z.string(), alias: z.string(), id: z.string() }).strict();

export const SavedViewSummary = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), nodes: z.number().int() })
  .strict();
export type SavedViewSummary = z.infer<typeof SavedViewSummary>;

export const SavedViewsResponse = z.object({ views: z.array(SavedViewSummary) }).strict();
export type SavedViewsResponse = z.infer<typeof SavedViewsResponse>;

/** A saved view as it is reopened: its state, and its nodes and relationships as the graph holds them now. */
export const SavedViewResponse = SavedViewSummary.extend({
  state: SavedViewState,
  graph: SerializedGraph,
  hidden: z.record(z.number().int()),
  /** Nodes of the view the graph no longer has (their articles were removed). */
  missing: z.array(z.string()),
}).strict();
export type SavedViewResponse = z.infer<typeof SavedViewResponse>;

export const ViewRemoved = z.object({ id: z.string(), removed: z.literal(true) }).strict();

/** The body of every error response (RFC 9457 problem details). */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    field: z.string().optional(),
    code: z.string().optional(),
  })
  .strict();
export type Problem = z.infer<typeof Problem>;
