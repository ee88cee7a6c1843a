/** Roles: the office a titled person holds, "UK Prime Minister X", "Russia's foreign minister X". */
import type { ArticleContext } from '../article-context.js';
import type { SentenceState } from '../clause.js';
import type { Ref } from '../refs.js';
import type { RuleClaim } from './catalogue.js';

/** Each titled person of the sentence holds their office in the nation or organisation the title names. */
export function extractRoles(state: SentenceState, context: ArticleContext): RuleClaim[] {
  const found: RuleClaim[] = [];
  for (const mention of state.analysis.mentions) {
    if (mention.kind !== 'person' || !mention.role) continue;
    const holder = state.refs.get(mention)!;
    const person = holder.kind === 'person' ? context.person(holder.key) : undefined;
    const organisation = person?.organisation ?? null;
    if (!mention.nation && !organisation) continue;
    const office: Ref = mention.nation
      ? { kind: 'nation', code: mention.nation }
      : { kind: 'organisation', name: organisation!, orgKind: 'institution' };
    found.push({
      source: holder,
      target: office,
      properties: { role: person?.role ?? mention.role },
      rule: 'role.title',
    });
  }
  return found;
}
