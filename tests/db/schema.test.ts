/**
 * The schema applies to the real Neo4j and applies again without error.
 */
import { applySchema, SEARCH_INDEX } from '../../db/schema.js';
import { NODE_LABELS } from '../../graph-model/index.js';
import { openTestGraph } from '../helpers/graph.js';

describe('schema', () => {
  it('should apply twice and leave a unique id constraint per label and the full-text index', async () => {
    const graph = await openTestGraph();
    try {
      await applySchema(graph);
      const constraints = await graph.driver.executeQuery(
        'SHOW CONSTRAINTS YIELD labelsOrTypes, type RETURN labelsOrTypes[0] AS label, type',
        {},
        { database: graph.database },
      );
      const unique = constraints.records
        .filter((record) => record.get('type') === 'UNIQUENESS')
        .map((record) => record.get('label'));
      expect(unique).toEqual(expect.arrayContaining([...NODE_LABELS]));
      const indexes = await graph.driver.executeQuery(
        'SHOW FULLTEXT INDEXES YIELD name RETURN collect(name) AS names',
        {},
        { database: graph.database },
      );
      expect(indexes.records[0]!.get('names')).toContain(SEARCH_INDEX);
    } finally {
      await graph.close();
    }
  });
});
