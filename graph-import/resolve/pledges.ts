/**
 * pledges: a sum pledged by a nation's leader is the nation's pledge, announced by the leader.
 */
import {
  evidenceKey,
  relationDiscriminator,
  type ExtractedEntity,
  type ExtractedRelation,
} from '../../graph-model/index.js';
import { HEAD_ROLES } from '../extract/lexicon/roles.js';

export type RelationEntry = ExtractedRelation & { keys: Set<string> };

/**
 * A sum pledged by a leader who holds office for a nation is the nation's pledge, announced by the leader: the same
 * pledge reported as "the UK pledged" and as "the prime minister announced" is one relationship.
 */
export function attributeMoneyToNations(
  relations: Map<string, RelationEntry>,
  entities: Map<string, ExtractedEntity>,
): void {
  const office = new Map<string, { nation: string; weight: number }>();
  for (const relation of relations.values()) {
    if (relation.type !== 'HOLDS_ROLE' || entities.get(relation.target)?.type !== 'Nation') continue;
    const weight = relation.evidence.length + (HEAD_ROLES.has(String(relation.properties.role)) ? 100 : 0);
    if ((office.get(relation.source)?.weight ?? -1) < weight)
      office.set(relation.source, { nation: relation.target, weight });
  }
  for (const [key, relation] of [...relations]) {
    if (relation.type !== 'PLEDGED' || !relation.properties.value || entities.get(relation.source)?.type !== 'Leader')
      continue;
    const nation = office.get(relation.source)?.nation;
    if (!nation) continue;
    relations.delete(key);
    const nationKey = `PLEDGED|${nation}|${relationDiscriminator('PLEDGED', relation.properties)}`;
    const existing = relations.get(nationKey);
    const announcedBy = entities.get(relation.source)!.name;
    if (!existing) {
      relations.set(nationKey, { ...relation, source: nation, properties: { ...relation.properties, announcedBy } });
      continue;
    }
    existing.properties.announcedBy ??= announcedBy;
    if (existing.target.startsWith('topic:') && !relation.target.startsWith('topic:'))
      existing.target = relation.target;
    for (const evidence of relation.evidence) {
      if (existing.keys.has(evidenceKey(evidence))) continue;
      existing.keys.add(evidenceKey(evidence));
      existing.evidence.push(evidence);
    }
  }
}
