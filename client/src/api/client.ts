/**
 * client: the API calls of the explorer, typed with the shared contract of graph-model/api.ts. A failed call
 * throws an ApiError carrying the server's one-line problem detail.
 */
import type {
  CypherResponse,
  NodeDetails,
  PathsResponse,
  Problem,
  SavedViewResponse,
  SavedViewStateParams,
  SavedViewSummary,
  SavedViewsResponse,
  SearchResponse,
  StatsResponse,
  SubgraphResponse,
} from '../../../graph-model/api.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem: Partial<Problem> = {},
  ) {
    super(message);
  }
}

type Query = Record<string, string | number | boolean | string[] | undefined | null>;

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

async function call<T>(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'the server does not answer; is it running?');
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    const retry = response.status === 503 ? ` (retry in ${response.headers.get('Retry-After') ?? 'a few'} s)` : '';
    throw new ApiError(
      response.status,
      (problem.detail ?? `${response.status} ${response.statusText}`) + retry,
      problem,
    );
  }
  return (await response.json()) as T;
}

export interface SubgraphRequest {
  ids: string[];
  depth?: number;
  limit?: number;
  types?: string[];
  labels?: string[];
  direction?: 'out' | 'in' | 'both';
  since?: string;
  until?: string;
  minSources?: number;
}

export const api = {
  search: (q: string, signal?: AbortSignal) =>
    call<SearchResponse>(`/api/search?${queryString({ q, limit: 12 })}`, { signal }),
  node: (id: string) => call<NodeDetails>(`/api/nodes/${encodeURIComponent(id)}`),
  subgraph: (request: SubgraphRequest) => call<SubgraphResponse>(`/api/subgraph?${queryString({ ...request })}`),
  paths: (from: string, to: string, maxLength = 4) =>
    call<PathsResponse>(`/api/paths?${queryString({ from, to, maxLength, limit: 10 })}`),
  stats: () => call<StatsResponse>('/api/stats'),
  cypher: (query: string, params: Record<string, unknown> = {}) =>
    post<CypherResponse>('/api/cypher', { query, params }),
  acceptMerge: (into: string, from: string) =>
    post<{ merged: string; into: string }>('/api/merges/accept', { into, from }),
  rejectMerge: (a: string, b: string) => post<{ rejected: string[] }>('/api/merges/reject', { a, b }),
  saveView: (state: SavedViewStateParams) => post<SavedViewSummary>('/api/views', state),
  views: () => call<SavedViewsResponse>('/api/views'),
  view: (id: string) => call<SavedViewResponse>(`/api/views/${encodeURIComponent(id)}`),
};

function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Requested-With': 'news-graph-explorer' },
    body: JSON.stringify(body),
  });
}
