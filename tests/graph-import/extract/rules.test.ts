/**
 * The rule catalogue: every rule reads its own example (sentences of ours), and claims the relation it says it claims.
 */
import { RULES, type RuleId } from '../../../graph-import/extract/rules/catalogue.js';
import { extract } from '../../helpers/articles.js';

const rules = Object.entries(RULES) as [RuleId, (typeof RULES)[RuleId]][];

describe('the rule catalogue', () => {
  it.each(rules)('%s reads its example', (id, spec) => {
    const extraction = extract(spec.example);
    const byRule = extraction.relations.filter((relation) => relation.evidence.some((item) => item.rule === id));
    expect(byRule.map((relation) => relation.type)).toContain(spec.relation);
  });

  it('names every rule an evidence item carries on the samples', () => {
    // Rule ids are typed by the catalogue; this guards against a rule id built at run time.
    const ids = new Set<string>(Object.keys(RULES));
    const extraction = extract(...rules.map(([, spec]) => spec.example));
    const unknown = extraction.relations
      .flatMap((relation) => relation.evidence.map((item) => item.rule))
      .filter((rule) => !ids.has(rule));
    expect(unknown).toEqual([]);
  });
});
