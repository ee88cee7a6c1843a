/**
 * openapi: the OpenAPI 3.1 document of the API, generated from the route table and its zod schemas.
 */
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { ZodTypeAny } from 'zod';
import { Problem } from '../graph-model/api.js';
import type { ServerConfig } from './config.js';
import type { Route } from './routes.js';

function jsonSchema(schema: ZodTypeAny): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = zodToJsonSchema(schema, {
    target: 'jsonSchema7',
    $refStrategy: 'none',
    pipeStrategy: 'input',
  }) as Record<string, unknown>;
  return rest;
}

const PROBLEM = {
  description: 'An error, as problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: jsonSchema(Problem) } },
};

/** The server's caps on an analyst's query, which no request can raise: stated in the request schema. */
type Caps = Pick<ServerConfig, 'cypherRowLimit' | 'cypherTimeoutMs'>;

function withCaps(path: string, schema: Record<string, unknown>, caps: Caps): Record<string, unknown> {
  if (path !== '/api/cypher') return schema;
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  return {
    ...schema,
    properties: {
      ...properties,
      limit: {
        ...properties.limit,
        description: `Rows returned at most. This server returns at most ${caps.cypherRowLimit} rows (CYPHER_ROW_LIMIT) whatever is asked; rows past the limit are cut and \`truncated\` is set.`,
      },
      timeoutMs: {
        ...properties.timeoutMs,
        description: `Milliseconds the query may run. This server stops every query after ${caps.cypherTimeoutMs} ms (CYPHER_TIMEOUT_MS) whatever is asked.`,
      },
    },
  };
}

export function openApiDocument(routes: Route[], version: string, caps: Caps): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: unknown[] = [];
    for (const match of route.path.matchAll(/\{(\w+)\}/g))
      parameters.push({ name: match[1], in: 'path', required: true, schema: { type: 'string' } });
    if (route.query) {
      const schema = jsonSchema(route.query) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        parameters.push({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property });
      }
    }
    const operation: Record<string, unknown> = {
      summary: route.summary,
      parameters,
      responses: {
        '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response) } } },
        '400': PROBLEM,
        '404': PROBLEM,
        '503': PROBLEM,
      },
    };
    if (route.body) {
      const content: Record<string, unknown> = {
        'application/json': { schema: withCaps(route.path, jsonSchema(route.body), caps) },
      };
      if (route.upload)
        content['multipart/form-data'] = {
          schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
        };
      operation.requestBody = { required: true, content };
    }
    if (route.write) operation.security = [{ bearer: [] }];
    if (route.cached) {
      const responses = operation.responses as Record<string, Record<string, unknown>>;
      responses['200']!.headers = {
        ETag: { schema: { type: 'string' }, description: 'Send it back as If-None-Match for a 304' },
        'X-Cache': {
          schema: { type: 'string', enum: ['hit', 'miss'] },
          description: 'Whether the answer was kept from an earlier request (the graph unchanged since)',
        },
      };
      responses['304'] = { description: 'Not modified: the graph has not changed since the ETag was given' };
    }
    (paths[route.path] ??= {})[route.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'News graph explorer API', version },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
