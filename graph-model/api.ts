/**
 * api: the HTTP contract between the server and the client. Request parameters are zod schemas (the server validates
 * with them, the OpenAPI document is generated from them); responses are TypeScript types both sides share.
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

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'expecting a search text').max(200),
  labels: csvOf(LABELS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const SubgraphQuery = z.object({
  ids,
  depth: z.coerce.number().int().min(1).max(3).default(1),
  limit: z.coerce.number().int().min(1).max(5000).default(300),
  labels: csvOf(LABELS).optional(),
  types: csvOf(ALL_TYPES).optional(),
  direction: z.enum(['out', 'in', 'both']).default('both'),
  since: isoDate.optional(),
  until: isoDate.optional(),
  minSources: z.coerce.number().int().min(1).max(100).optional(),
});

export const PathsQuery = z.object({
  from: z.string().min(1).max(200),
  to: z.string().min(1).max(200),
  maxLength: z.coerce.number().int().min(1).max(6).default(4),
  types: csvOf(ALL_TYPES).optional(),
  viaArticles: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

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

export const ArticlesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** One line of metadata: no line breaks or control characters, which would smuggle header lines into the article. */
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^[^\u0000-\u001f\u007f-\u009f\u2028\u2029]*$/;
const oneLine = (max: number) => z.string().max(max).regex(ONE_LINE, 'expecting one line of text');

export const ArticleUpload = z.object({
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
});

export const MergeAccept = z.object({ into: z.string().min(1).max(300), from: z.string().min(1).max(300) });
export const MergeReject = z.object({ a: z.string().min(1).max(300), b: z.string().min(1).max(300) });
export const MergeSplit = z.object({ node: z.string().min(1).max(300), alias: z.string().min(1).max(300) });

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

/** One piece of evidence as the API returns it: the sentence, where it is, and the article it comes from. */
export interface EvidenceItem {
  article: string;
  articleTitle: string | null;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  outlet: string | null;
  date: string | null;
}

/** Node attributes in graphology's serialisation; `label` is what sigma draws, `category` the Neo4j label. */
export interface NodeAttributes {
  label: string;
  category: NodeLabel | string;
  degree: number;
  [property: string]: unknown;
}

/** Edge attributes in graphology's serialisation; `relType` is the Neo4j relationship type. */
export interface EdgeAttributes {
  relType: RelationshipType | string;
  articles?: number;
  sources?: number;
  firstSeen?: string | null;
  lastSeen?: string | null;
  evidence?: EvidenceItem[];
  [property: string]: unknown;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** What `graph.import()` of graphology accepts as it is. */
export interface SerializedGraph {
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  attributes: Record<string, unknown>;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

export interface HealthResponse {
  neo4j: 'up';
  version: string | null;
  nodes: number;
  relationships: number;
}

export interface SearchHit {
  id: string;
  label: NodeLabel | string;
  name: string;
  snippet: string;
  degree: number;
  score: number;
}

export interface SearchResponse {
  query: string;
  hits: SearchHit[];
}

export interface NodeDetails {
  id: string;
  label: NodeLabel | string;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
  degree: Record<string, number>;
  statements: { id: string; text: string; evidence: EvidenceItem[] }[];
  relationships: {
    id: string;
    type: string;
    direction: 'out' | 'in';
    other: { id: string; label: string; name: string };
    properties: Record<string, unknown>;
    evidence: EvidenceItem[];
    /** Evidence items the relationship has; `evidence` lists the first 20. */
    evidenceCount: number;
  }[];
}

export interface SubgraphResponse {
  graph: SerializedGraph;
  truncated: boolean;
  /** Neighbours left out per node, for "+N more". */
  hidden: Record<string, number>;
}

export interface PathStep {
  from: { id: string; label: string; name: string };
  to: { id: string; label: string; name: string };
  type: string;
  /** `forward` when the relationship points from `from` to `to`. */
  direction: 'forward' | 'backward';
  evidence: EvidenceItem | null;
}

export interface PathsResponse {
  length: number | null;
  paths: { steps: PathStep[] }[];
  graph: SerializedGraph;
}

export interface CypherResponse {
  columns: string[];
  rows: Record<string, unknown>[];
  truncated: boolean;
  graph: SerializedGraph;
  elapsedMs: number;
}

export interface StatsResponse {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  topActors: { id: string; label: string; name: string; degree: number }[];
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  publishedAt: string | null;
  entities: number;
}

export interface ArticleDetails extends ArticleSummary {
  text: string;
  mentioned: { id: string; label: string; name: string }[];
  claims: { id: string; type: string; source: string; target: string; sentence: string }[];
}

export interface SavedViewSummary {
  id: string;
  name: string;
  createdAt: string;
  nodes: number;
}

export interface SavedViewsResponse {
  views: SavedViewSummary[];
}

/** A saved view as it is reopened: its state, and its nodes and relationships as the graph holds them now. */
export interface SavedViewResponse extends SavedViewSummary {
  state: SavedViewStateParams;
  graph: SerializedGraph;
  hidden: Record<string, number>;
  /** Nodes of the view the graph no longer has (their articles were removed). */
  missing: string[];
}

/** The body of every error response (RFC 9457 problem details). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  field?: string;
  code?: string;
}
