/**
 * search: full-text search over names, aliases and statement text, tolerant of case and typos ("starmr" finds
 * Keir Starmer): each word must match exactly, as a prefix or within two edits, exact matches ranking first.
 */
import type { Node } from 'neo4j-driver';
import type { SearchHit, SearchParams } from '../../graph-model/api.js';
import type { Graph } from '../../db/connection.js';
import { SEARCH_INDEX } from '../../db/schema.js';
import { read, nodeId, nodeLabel, nodeName } from './read.js';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The Lucene query for what a person typed: every word required, each exact, prefix or fuzzy. */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .replace(LUCENE_SPECIAL, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0 && !['and', 'or', 'not', 'to'].includes(word));
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const forms = [`${word}^4`, `${word}*^2`];
      if (word.length >= 4) forms.push(`${word}~${word.length >= 7 ? 2 : 1}`);
      return `+(${forms.join(' ')})`;
    })
    .join(' ');
}

function snippet(node: Node): string {
  const properties = node.properties as Record<string, unknown>;
  const label = nodeLabel(node);
  if (label === 'Statement') {
    const text = String(properties.text ?? properties.name ?? '');
    return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  }
  const parts = [properties.role, properties.nation, properties.kind, properties.place, properties.date].filter(
    (part) => typeof part === 'string' && part,
  );
  const aliases = ((properties.aliases as string[] | undefined) ?? [])
    .filter((alias) => alias !== properties.name)
    .slice(0, 3);
  if (aliases.length) parts.push(`also ${aliases.join(', ')}`);
  return parts.join(' · ');
}

export async function search(graph: Graph, params: SearchParams): Promise<SearchHit[]> {
  const query = luceneQuery(params.q);
  if (!query) return [];
  const records = await read(
    graph,
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: $candidates}) YIELD node, score
     WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
     WITH node, score LIMIT $limit
     RETURN node, score, COUNT { (node)-[r]-() WHERE type(r) <> 'MENTIONED_IN' } AS degree
     ORDER BY score DESC, degree DESC`,
    {
      index: SEARCH_INDEX,
      query,
      labels: params.labels ?? null,
      limit: params.limit,
      candidates: params.labels ? params.limit * 5 : params.limit,
    },
  );
  return records.map((record) => {
    const node = record.get('node') as Node;
    return {
      id: nodeId(node),
      label: nodeLabel(node),
      name: nodeName(node),
      snippet: snippet(node),
      degree: record.get('degree') as number,
      score: record.get('score') as number,
    };
  });
}
