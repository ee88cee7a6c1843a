/**
 * routes: the API as one table: each route's method, path, what it takes (zod schemas) and what it does. The app
 * mounts it and the OpenAPI document is generated from it, so the two cannot drift apart.
 */
import type { Request } from 'express';
import { z, type ZodTypeAny } from 'zod';
import {
  ArticleDetails,
  ArticleImported,
  ArticleRemoved,
  ArticlesResponse,
  CypherResponse,
  HealthResponse,
  MergeAccepted,
  MergeRejected,
  MergeSplitDone,
  MergesResponse,
  NodeDetails,
  PathsResponse,
  SavedViewResponse,
  SavedViewSummary,
  SavedViewsResponse,
  SearchResponse,
  StatsResponse,
  SubgraphResponse,
  ViewRemoved,
  ArticlesQuery,
  ArticleUpload,
  CypherRequest,
  MergeAccept,
  MergeReject,
  MergeSplit,
  PathsQuery,
  SavedViewState,
  SearchQuery,
  SubgraphQuery,
} from '../graph-model/api.js';
import { ConflictError } from '../graph-model/errors.js';
import type { Graph } from '../db/connection.js';
import {
  acceptMerge,
  ArticleInputError,
  decodeArticle,
  importTexts,
  listMerges,
  proposeMerges,
  rejectMerge,
  removeArticles,
  splitAlias,
} from '../graph-import/index.js';
import { BUSY_RETRY_AFTER_SECONDS, type AnalystPool } from './analyst/analyst-pool.js';
import type { ServerConfig } from './config.js';
import { BadRequestError, fromZod, HttpError, NotFoundError } from './errors.js';
import { articleDetails, listArticles } from './graph/articles.js';
import { nodeDetails } from './graph/nodes.js';
import { paths } from './graph/paths.js';
import { read } from './graph/read.js';
import { search } from './graph/search.js';
import { stats } from './graph/stats.js';
import { subgraph } from './graph/subgraph.js';
import { deleteView, listViews, openView, saveView } from './graph/views.js';

export interface RouteContext {
  graph: Graph;
  config: ServerConfig;
  /** Where analysts' queries run, apart from the explorer's reads. */
  analysts: AnalystPool;
  /** Called after the graph changed, so caches can be dropped. */
  onWrite?: () => void;
}

export interface Route {
  method: 'get' | 'post' | 'delete';
  path: string;
  summary: string;
  query?: ZodTypeAny;
  body?: ZodTypeAny;
  /** What a 200 answers: documented in OpenAPI, checked on every answer when the server validates responses. */
  response: ZodTypeAny;
  /** Needs the API token (or a loopback server without one), and is rate-limited. */
  write?: boolean;
  /** Rate-limited. */
  limited?: boolean;
  /** Accepts a multipart upload in the field `file`. */
  upload?: boolean;
  /** A read of the graph alone, whose answer may be kept while the graph is unchanged (see response-cache.ts). */
  cached?: boolean;
  handle(request: Request, context: RouteContext): Promise<unknown>;
}

/** A response body that is JSON text already (an analyst's answer, built in the worker thread). */
export class JsonText {
  constructor(readonly json: string) {}
}

function parse<T extends ZodTypeAny>(schema: T, input: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw fromZod(parsed.error, where);
  return parsed.data;
}

const IdParam = z.string().min(1).max(300);
const ViewIdParam = z.string().regex(/^[A-Za-z0-9_-]{12}$/, 'expecting a view id of 12 letters, digits, - or _');

export const ROUTES: Route[] = [
  {
    method: 'get',
    path: '/api/health',
    response: HealthResponse,
    summary: 'Whether Neo4j answers, its version, and the number of nodes and relationships.',
    async handle(_request, { graph }) {
      const records = await read(
        graph,
        `CALL dbms.components() YIELD versions
         CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
         RETURN versions[0] AS version, nodes, relationships`,
      );
      const record = records[0]!;
      return {
        neo4j: 'up',
        version: record.get('version'),
        nodes: record.get('nodes'),
        relationships: record.get('relationships'),
      };
    },
  },
  {
    method: 'get',
    path: '/api/search',
    response: SearchResponse,
    cached: true,
    summary: 'Full-text search over names, aliases and statement text, tolerant of case and typos.',
    query: SearchQuery,
    async handle(request, { graph }) {
      const params = parse(SearchQuery, request.query, 'search');
      return { query: params.q, hits: await search(graph, params) };
    },
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    response: NodeDetails,
    cached: true,
    summary: 'A node: properties, aliases, degree per relationship type, statements, relationships with evidence.',
    async handle(request, { graph }) {
      const id = parse(IdParam, request.params.id, 'id');
      const details = await nodeDetails(graph, id);
      if (!details) throw new NotFoundError(`nodes: no node with id "${id}"`);
      return details;
    },
  },
  {
    method: 'get',
    path: '/api/subgraph',
    response: SubgraphResponse,
    cached: true,
    summary: 'The ego network around nodes in graphology format, at most `limit` nodes, with "+N more" per node.',
    query: SubgraphQuery,
    async handle(request, { graph }) {
      return subgraph(graph, parse(SubgraphQuery, request.query, 'subgraph'));
    },
  },
  {
    method: 'get',
    path: '/api/paths',
    response: PathsResponse,
    cached: true,
    summary: 'All shortest paths between two nodes (capped), each step with its evidence sentence.',
    query: PathsQuery,
    async handle(request, { graph }) {
      return paths(graph, parse(PathsQuery, request.query, 'paths'));
    },
  },
  {
    method: 'post',
    path: '/api/cypher',
    response: CypherResponse,
    summary: 'A read-only Cypher query with a timeout and a row cap: a table and the graph found in it.',
    body: CypherRequest,
    limited: true,
    async handle(request, { analysts, config }) {
      const params = parse(CypherRequest, request.body, 'cypher');
      // The server's settings are upper bounds: a request may ask for less, never for more.
      const outcome = await analysts.run({
        query: params.query,
        params: params.params,
        rowLimit: Math.min(params.limit ?? config.cypherRowLimit, config.cypherRowLimit),
        timeoutMs: Math.min(params.timeoutMs ?? config.cypherTimeoutMs, config.cypherTimeoutMs),
      });
      if (outcome.type === 'answer') return new JsonText(outcome.json);
      const headers: Record<string, string> =
        outcome.status === 429
          ? { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) }
          : outcome.status === 503
            ? { 'Retry-After': '5' }
            : {};
      throw new HttpError(
        outcome.status,
        outcome.title,
        outcome.detail,
        outcome.code ? { code: outcome.code } : {},
        headers,
      );
    },
  },
  {
    method: 'get',
    path: '/api/stats',
    response: StatsResponse,
    cached: true,
    summary: 'Counts per label and relationship type, and the most connected actors.',
    async handle(_request, { graph }) {
      return stats(graph);
    },
  },
  {
    method: 'get',
    path: '/api/articles',
    response: ArticlesResponse,
    cached: true,
    summary: 'The imported articles, newest first.',
    query: ArticlesQuery,
    async handle(request, { graph }) {
      return listArticles(graph, parse(ArticlesQuery, request.query, 'articles'));
    },
  },
  {
    method: 'get',
    path: '/api/articles/{id}',
    response: ArticleDetails,
    cached: true,
    summary: 'One article with the entities it mentions and the claims it supports.',
    async handle(request, { graph }) {
      const id = parse(IdParam, request.params.id, 'id');
      const details = await articleDetails(graph, id);
      if (!details) throw new NotFoundError(`articles: no article with id "${id}"`);
      return details;
    },
  },
  {
    method: 'post',
    path: '/api/articles',
    response: ArticleImported,
    summary: 'Imports an article (JSON with `text`, or a multipart upload in `file`) through the import pipeline.',
    body: ArticleUpload,
    write: true,
    upload: true,
    async handle(request, { graph, onWrite }) {
      const upload = request.file;
      const fields = parse(ArticleUpload.partial({ text: true }), request.body, 'articles');
      const filename = upload?.originalname ?? fields.filename ?? 'upload.txt';
      let bytes: Buffer;
      if (upload) bytes = upload.buffer;
      else if (fields.text) {
        const header = Object.entries({
          title: fields.title,
          url: fields.url,
          outlet: fields.outlet,
          date: fields.date,
        })
          .filter(([, value]) => value)
          .map(([key, value]) => `${key}: ${value}`);
        bytes = Buffer.from(header.length ? `${header.join('\n')}\n---\n${fields.text}` : fields.text);
      } else
        throw new BadRequestError(
          'articles: invalid "text": expecting the article text, or a file in the multipart field "file"',
          'text',
        );
      let article;
      try {
        article = decodeArticle(filename, bytes, undefined, 'content');
      } catch (error) {
        if (error instanceof ArticleInputError) throw new BadRequestError(error.message, upload ? 'file' : 'text');
        throw error;
      }
      const summary = await importTexts(graph, [article]);
      const outcome = summary.outcomes[0]!;
      if (outcome.status === 'failed')
        throw new ConflictError(
          `articles: "${filename}" was not written (nothing of it is stored): ${outcome.error}; try again`,
        );
      onWrite?.();
      return { id: article.id, status: outcome.status, counts: summary.counts };
    },
  },
  {
    method: 'delete',
    path: '/api/articles/{id}',
    response: ArticleRemoved,
    summary: 'Removes an article and exactly its claims, in one transaction.',
    write: true,
    async handle(request, { graph, onWrite }) {
      const id = parse(IdParam, request.params.id, 'id');
      const { removed, counts } = await removeArticles(graph, [id]);
      if (removed.length === 0) throw new NotFoundError(`articles: no article with id "${id}"`);
      onWrite?.();
      return { id, removed: true, counts };
    },
  },
  {
    method: 'get',
    path: '/api/merges',
    response: MergesResponse,
    summary: 'Pairs of people resolution was unsure about (SIMILAR_TO), with score and reason, most likely first.',
    async handle(_request, { graph }) {
      return { pairs: await listMerges(graph) };
    },
  },
  {
    method: 'post',
    path: '/api/merges/accept',
    response: MergeAccepted,
    summary: 'Merges `from` into `into`: relationships and evidence move, names become aliases.',
    body: MergeAccept,
    write: true,
    async handle(request, { graph, onWrite }) {
      const { into, from } = parse(MergeAccept, request.body, 'merges');
      await decide(graph, () => acceptMerge(graph, into, from), onWrite);
      return { merged: from, into };
    },
  },
  {
    method: 'post',
    path: '/api/merges/reject',
    response: MergeRejected,
    summary: 'Records that `a` and `b` are different; the pair is not proposed again.',
    body: MergeReject,
    write: true,
    async handle(request, { graph, onWrite }) {
      const { a, b } = parse(MergeReject, request.body, 'merges');
      await decide(graph, () => rejectMerge(graph, a, b), onWrite);
      return { rejected: [a, b] };
    },
  },
  {
    method: 'post',
    path: '/api/merges/split',
    response: MergeSplitDone,
    summary: 'Undoes a wrong merge: the evidence naming `alias` moves to a node of its own.',
    body: MergeSplit,
    write: true,
    async handle(request, { graph, onWrite }) {
      const { node, alias } = parse(MergeSplit, request.body, 'merges');
      const id = await decide(graph, () => splitAlias(graph, node, alias), onWrite);
      return { node, alias, id };
    },
  },
  {
    method: 'post',
    path: '/api/views',
    response: SavedViewSummary,
    summary:
      'Saves a view of the explorer (nodes, positions, pins, camera, selection, filters, path, query); answers its id, the same for the same view.',
    body: SavedViewState,
    limited: true,
    async handle(request, { graph }) {
      return saveView(graph, parse(SavedViewState, request.body, 'views'));
    },
  },
  {
    method: 'get',
    path: '/api/views',
    response: SavedViewsResponse,
    summary: 'The saved views, newest first.',
    async handle(_request, { graph }) {
      return { views: await listViews(graph) };
    },
  },
  {
    method: 'get',
    path: '/api/views/{id}',
    response: SavedViewResponse,
    summary: 'A saved view: its state, and its nodes and relationships as the graph holds them now.',
    async handle(request, { graph }) {
      const id = parse(ViewIdParam, request.params.id, 'id');
      const view = await openView(graph, id);
      if (!view) throw new NotFoundError(`views: no saved view with id "${id}"`);
      return view;
    },
  },
  {
    method: 'delete',
    path: '/api/views/{id}',
    response: ViewRemoved,
    summary: 'Removes a saved view.',
    write: true,
    async handle(request, { graph }) {
      const id = parse(ViewIdParam, request.params.id, 'id');
      if (!(await deleteView(graph, id))) throw new NotFoundError(`views: no saved view with id "${id}"`);
      return { id, removed: true };
    },
  },
];

/**
 * Runs a merge decision, then proposes the pairs it leaves. Its refusals are domain errors the error handler answers:
 * an unknown id 404, different labels or an alias that is the name 400.
 */
async function decide<T>(graph: Graph, work: () => Promise<T>, onWrite?: () => void): Promise<T> {
  const result = await work();
  await proposeMerges(graph);
  onWrite?.();
  return result;
}

/** Express's path syntax for an OpenAPI path (`{id}` to `:id`). */
export function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}
