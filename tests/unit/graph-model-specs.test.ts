/**
 * The graph model declares each label and relationship type once (ENTITY_SPECS, RELATION_SPECS); every consumer
 * derives from those tables: a type added to the table alone reaches the colours and legend, the filters, the API's
 * enums, the full-text index and the discriminator.
 */
import {
  ENTITY_LABELS,
  ENTITY_SPECS,
  RELATION_SPECS,
  RELATION_TYPES,
  relationDiscriminator,
  type RelationType,
} from '../../graph-model/index.js';
import { SearchQuery, SubgraphQuery, SavedViewState } from '../../graph-model/api.js';
import { LABEL_COLORS, TYPE_COLORS } from '../../client/src/graph/appearance.js';
import { defaultFilters } from '../../client/src/state/view-model.js';
import { SCHEMA_STATEMENTS, SEARCHABLE_LABELS } from '../../db/schema.js';

const types = Object.keys(RELATION_SPECS) as RelationType[];
const labels = Object.keys(ENTITY_SPECS);

describe('relation specs', () => {
  it('should be the list of relationship types', () => {
    expect(RELATION_TYPES).toEqual(types);
  });

  it.each(types)('%s: has a colour (legend, canvas), a filter and a place in the API enums', (type) => {
    expect(TYPE_COLORS[type]).toBe(RELATION_SPECS[type].colour);
    expect(defaultFilters().types.has(type)).toBe(true);
    expect(SubgraphQuery.safeParse({ ids: 'leader:a', types: type }).success).toBe(true);
    const view = SavedViewState.shape.filters.shape.types.element;
    expect(view.safeParse(type).success).toBe(true);
  });

  it('should tell apart pledges by sum and roles by name, and nothing else', () => {
    expect(relationDiscriminator('PLEDGED', { value: 5e8, currency: 'USD' })).toBe('USD:500000000');
    expect(relationDiscriminator('HOLDS_ROLE', { role: 'prime minister' })).toBe('prime minister');
    for (const type of types.filter((type) => type !== 'PLEDGED' && type !== 'HOLDS_ROLE'))
      expect(relationDiscriminator(type, { value: 1, role: 'x' })).toBe('');
  });

  it('should refuse a type the table does not have', () => {
    expect(SubgraphQuery.safeParse({ ids: 'leader:a', types: 'INVENTED' }).success).toBe(false);
  });
});

describe('entity specs', () => {
  it.each(labels)('%s: has a colour, a filter, a search label and the full-text index', (label) => {
    expect(ENTITY_LABELS).toContain(label);
    expect(LABEL_COLORS[label as keyof typeof LABEL_COLORS]).toBe(
      ENTITY_SPECS[label as keyof typeof ENTITY_SPECS].colour,
    );
    expect(defaultFilters().labels.has(label)).toBe(true);
    expect(SearchQuery.safeParse({ q: 'x', labels: label }).success).toBe(true);
    if (ENTITY_SPECS[label as keyof typeof ENTITY_SPECS].searchable) {
      expect(SEARCHABLE_LABELS).toContain(label);
      expect(SCHEMA_STATEMENTS.find((statement) => statement.includes('FULLTEXT'))).toContain(label);
    }
  });
});
