/**
 * schema: the constraints and indexes the graph needs, applied idempotently at start-up.
 */
import { ENTITY_SPECS, IMPORT_LEASE, MERGE_DECISION, NODE_LABELS, SAVED_VIEW } from '../graph-model/index.js';
import type { Graph } from './connection.js';

/** Name of the full-text index over entity names, aliases and statement text. */
export const SEARCH_INDEX = 'entity_search';

/** The labels the full-text search finds, as the graph model's specs say. */
export const SEARCHABLE_LABELS = Object.entries(ENTITY_SPECS)
  .filter(([, spec]) => spec.searchable)
  .map(([label]) => label);

export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.name, n.aliasText, n.text]`,
  `CREATE CONSTRAINT merge_decision_key IF NOT EXISTS FOR (d:${MERGE_DECISION}) REQUIRE d.key IS UNIQUE`,
  `CREATE CONSTRAINT import_lease_name IF NOT EXISTS FOR (l:${IMPORT_LEASE}) REQUIRE l.name IS UNIQUE`,
  `CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:${SAVED_VIEW}) REQUIRE v.id IS UNIQUE`,
  'CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.publishedAt)',
  'CREATE INDEX leader_name IF NOT EXISTS FOR (n:Leader) ON (n.name)',
  'CREATE INDEX nation_name IF NOT EXISTS FOR (n:Nation) ON (n.name)',
  'CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name)',
];

/** Applies the schema; running it again changes nothing. */
export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await graph.driver.executeQuery(statement, {}, { database: graph.database });
  }
  await graph.driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: graph.database });
}
