/**
 * resolve-corpus: turns the claims of many articles into one graph: one entity per real person, nation, organisation,
 * event and statement, relationships merged with all their evidence. Pure: extractions in, entities and relations out.
 */
import {
  entityId,
  evidenceKey,
  relationDiscriminator,
  relationKey,
  type EntityLabel,
  type Evidence,
  type ExtractedEntity,
  type ExtractedRelation,
  type Extraction,
  type Mention,
  type PropertyValue,
} from '../../graph-model/index.js';
import type { ArticleExtraction } from '../extract/extract-article.js';
import { NATION_BY_CODE } from '../extract/lexicon/nations.js';
import type { Ref } from '../extract/refs.js';
import { mergeStatements, statementKey } from './statements.js';
import { count, top } from '../collections.js';
import { mergeEvents, properName, cityOf } from './events.js';
import {
  clusterPeople,
  holdersByRole,
  holdersByTitleHead,
  resolveDescriptor,
  type KnownHolder,
  type PersonCluster,
} from './people.js';
import { attributeMoneyToNations, type RelationEntry } from './pledges.js';
import { topicHead, topicKey } from './topics.js';

export type { KnownHolder } from './people.js';

export interface ResolvedCorpus extends Extraction {
  /** Which entities each article mentions, with the sentence: the `MENTIONED_IN` links. */
  mentions: Mention[];
}

export interface ResolveOptions {
  /** How many mention sentences to keep per entity and article. */
  mentionsPerArticle?: number;
  /** Role holders already in the graph, for descriptions in articles that do not name them. */
  holders?: KnownHolder[];
  /** Pairs of people an analyst said are different (pairKey of their ids): never merged. */
  keptApart?: ReadonlySet<string>;
}

/** Resolves the extractions of a corpus into one set of entities and relations. */
export function resolveCorpus(articles: ArticleExtraction[], options: ResolveOptions = {}): ResolvedCorpus {
  const perArticle = options.mentionsPerArticle ?? 3;
  const dates = new Map(articles.map((article) => [article.article.id, article.article.publishedAt]));
  const dateOf = (article: string) => dates.get(article) ?? null;
  const { clusters, byMention } = clusterPeople(
    articles.flatMap((article) => article.people),
    dateOf,
    options.holders,
    options.keptApart,
  );
  const entities = new Map<string, ExtractedEntity>();
  const aliasSets = new Map<string, Set<string>>();

  // Nations and organisations are referred to over and over: their ids are made once.
  const ids = new Map<string, string>();
  const addEntity = (type: EntityLabel, key: string, name: string, extra: Partial<ExtractedEntity> = {}): string => {
    let id = ids.get(`${type}|${key}`);
    if (id === undefined) ids.set(`${type}|${key}`, (id = entityId(type, key)));
    if (!entities.has(id)) entities.set(id, { id, type, name, aliases: [], ...extra });
    return id;
  };
  const addAlias = (id: string, alias: string) => {
    const set = aliasSets.get(id) ?? new Set<string>();
    set.add(alias);
    aliasSets.set(id, set);
  };

  const holdersOf = holdersByRole(clusters);
  const holdersOfTitlesEndingIn = holdersByTitleHead(clusters);
  const descriptors = new Map<string, PersonCluster | null>();
  const personIds = new Map<PersonCluster, string>();
  const takenIds = new Set<string>();
  const personId = (cluster: PersonCluster): string => {
    const known = personIds.get(cluster);
    if (known) return known;
    const fullNames = [...cluster.names.entries()].filter(([name]) => name.includes(' '));
    const name = fullNames.length
      ? fullNames.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]![0]
      : (top(cluster.names) ?? cluster.surname);
    const nation = top(cluster.nations);
    const nationName = nation ? (NATION_BY_CODE.get(nation)?.name ?? nation) : null;
    const properties: Record<string, PropertyValue> = { role: top(cluster.roles), nation: nationName };
    // A namesake of another nation already took the name's id: this one is told apart by its nation.
    const taken = takenIds.has(entityId('Leader', name));
    const id = addEntity('Leader', taken && nationName ? `${name} ${nationName}` : name, name, { properties });
    for (const alias of cluster.names.keys()) addAlias(id, alias);
    personIds.set(cluster, id);
    takenIds.add(id);
    return id;
  };

  // Attendance per event, to merge the same event across articles.
  const resolveRef = (ref: Ref, eventIds: Map<string, string> | null): string | null => {
    switch (ref.kind) {
      case 'nation': {
        const nation = NATION_BY_CODE.get(ref.code);
        return addEntity('Nation', ref.code, nation?.name ?? ref.code, { properties: { code: ref.code } });
      }
      case 'organisation':
        return addEntity('Organisation', ref.name, ref.name, { properties: { kind: ref.orgKind } });
      case 'person': {
        const cluster = byMention.get(ref.key);
        return cluster ? personId(cluster) : null;
      }
      case 'descriptor': {
        const key = `${ref.article}|${ref.position}|${ref.role}|${ref.nation}|${ref.organisation}`;
        let cluster = descriptors.get(key);
        if (cluster === undefined) {
          cluster = resolveDescriptor(ref, holdersOf(ref.role), dateOf(ref.article), holdersOfTitlesEndingIn(ref.role));
          descriptors.set(key, cluster);
        }
        return cluster ? personId(cluster) : null;
      }
      case 'event':
        return eventIds?.get(ref.key) ?? null;
      case 'topic':
        return addEntity('Topic', ref.name, ref.name);
      // Groups are claimed member by member (ArticleContext.claim); none reaches here.
      case 'statement':
      case 'group':
        return null;
    }
  };

  // Events: merged across articles by kind, date, place and shared attendees.
  const allEvents = articles.flatMap((article) => article.events);
  const attendance = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const claim of article.claims) {
      if (claim.type !== 'ATTENDED' || claim.target.kind !== 'event') continue;
      const attendee = resolveRef(claim.source, null);
      if (!attendee) continue;
      const set = attendance.get(claim.target.key) ?? new Set<string>();
      set.add(attendee);
      attendance.set(claim.target.key, set);
    }
  }
  const eventClusters = mergeEvents(allEvents, (event) => attendance.get(event.key) ?? new Set());
  const eventIds = new Map<string, string>();
  const nationMentions = new Map<string, Map<string, number>>();
  for (const article of articles) {
    const counts = new Map<string, number>();
    for (const mention of article.mentions) if (mention.ref.kind === 'nation') count(counts, mention.ref.code);
    nationMentions.set(article.article.id, counts);
  }
  for (const cluster of new Set(eventClusters.values())) {
    const events = cluster.events;
    // Only events someone attended, or that an article calls by a definite name, become entities.
    if (cluster.attendees.size === 0) continue;
    const kind = events[0]!.kind;
    const place = events.map((event) => event.place).find(Boolean) ?? null;
    const date =
      events.find((event) => event.dateStated)?.date ?? events.map((event) => event.date).find(Boolean) ?? null;
    const topics = new Map<string, number>();
    for (const event of events)
      for (const [code, value] of nationMentions.get(event.article) ?? []) count(topics, code, value);
    const topic = top(topics);
    const topicName = topic ? (NATION_BY_CODE.get(topic)?.name ?? topic) : null;
    // "the SCO summit" with no place: the body whose event it is names it, before the nation it is most about.
    const owners = new Map<string, number>();
    for (const event of events) for (const owner of event.owners) count(owners, owner);
    const owner = top(owners);
    // "LIMA, Peru — (AP) —": a report filed where the event is names it, when the text gives no place.
    const reportedFrom =
      events.map((event) => event.reportedFrom).find(Boolean) ??
      events.map((event) => event.placeInText).find(Boolean) ??
      null;
    const name =
      properName(events.flatMap((event) => event.surfaces)) ??
      (place
        ? `${cityOf(place)} ${kind}`
        : owner
          ? `${owner} ${kind}`
          : reportedFrom
            ? `${reportedFrom} ${kind}`
            : topicName
              ? `${kind[0]!.toUpperCase()}${kind.slice(1)} on ${topicName}`
              : `${kind[0]!.toUpperCase()}${kind.slice(1)}`);
    const key = `${name} ${date ?? events[0]!.article}`;
    const id = addEntity('Event', key, name, { properties: { kind, place, date } });
    for (const event of events) {
      eventIds.set(event.key, id);
      for (const surface of event.surfaces) addAlias(id, surface.replace(/^(?:the|a|an)\s+/i, ''));
    }
  }

  // Statements: one per quote, near-identical wordings of one speaker merged.
  const saidClaims = articles.flatMap((article) =>
    article.claims.filter((claim) => claim.type === 'SAID' && claim.target.kind === 'statement'),
  );
  const statementGroups = mergeStatements(
    saidClaims.flatMap((claim) => {
      const speaker = resolveRef(claim.source, eventIds);
      return speaker && claim.target.kind === 'statement' ? [{ speaker, text: claim.target.text, claim }] : [];
    }),
  );

  // Relations, merged by type, ends and (for pledges) the sum pledged.
  const relations = new Map<string, RelationEntry>();
  const addRelation = (
    type: ExtractedRelation['type'],
    source: string,
    target: string,
    properties: Record<string, PropertyValue>,
    evidence: Evidence,
  ) => {
    if (source === target) return;
    // A sum pledged is one pledge whatever its target was read as in each article.
    const discriminator = relationDiscriminator(type, properties);
    const key =
      type === 'PLEDGED' && discriminator
        ? `${type}|${source}|${discriminator}`
        : relationKey({ type, source, target, properties });
    const existing = relations.get(key);
    if (existing) {
      for (const [name, value] of Object.entries(properties))
        if (existing.properties[name] === undefined) existing.properties[name] = value;
      if (!existing.keys.has(evidenceKey(evidence))) {
        existing.keys.add(evidenceKey(evidence));
        existing.evidence.push(evidence);
      }
      return;
    }
    relations.set(key, {
      type,
      source,
      target,
      properties: { ...properties },
      evidence: [evidence],
      keys: new Set([evidenceKey(evidence)]),
    });
  };

  for (const group of statementGroups) {
    const text = group.text;
    const id = addEntity(
      'Statement',
      statementKey(group.speaker, text),
      text.length > 80 ? `${text.slice(0, 79)}…` : text,
      { text },
    );
    const statement = entities.get(id)!;
    statement.properties = { speaker: entities.get(group.speaker)?.name ?? null, wordings: group.wordings.length };
    for (const wording of group.wordings) if (wording !== text) addAlias(id, wording);
    for (const claim of group.claims) addRelation('SAID', group.speaker, id, {}, claim.evidence);
  }

  for (const article of articles) {
    // "cancelled the deals with X", later "the deals due to public uproar": within an article, what one actor opposed
    // or pledged under one head noun is one thing, under its first wording.
    const topicsByHead = new Map<string, string>();
    for (const claim of article.claims) {
      if (claim.type === 'SAID') continue;
      const source = resolveRef(claim.source, eventIds);
      // An event opposed that nobody is known to have attended is no Event node: what was opposed stays a Topic.
      const what = claim.properties.what;
      // A sum tells pledges apart: "$1bn for roads" and "$2bn for roads" are two pledges.
      const head =
        claim.target.kind === 'topic' && !(claim.type === 'PLEDGED' && /\d/.test(claim.target.name))
          ? topicHead(claim.target.name)
          : null;
      const headKey = `${claim.type}|${source}|${head}`;
      const articleTopic = (name: string) => addEntity('Topic', topicKey(name, article.article.id), name);
      const target =
        (head ? topicsByHead.get(headKey) : undefined) ??
        (claim.target.kind === 'topic' ? articleTopic(claim.target.name) : resolveRef(claim.target, eventIds)) ??
        (claim.target.kind === 'event' && typeof what === 'string' ? articleTopic(what) : null);
      if (!source || !target) continue;
      if (head && !topicsByHead.has(headKey)) topicsByHead.set(headKey, target);
      addRelation(claim.type, source, target, claim.properties, claim.evidence);
    }
  }

  attributeMoneyToNations(relations, entities);

  // Mentions, for MENTIONED_IN: a few sentences per entity and article.
  const mentions: Mention[] = [];
  const perEntityArticle = new Map<string, number>();
  for (const article of articles) {
    for (const mention of article.mentions) {
      const entity = resolveRef(mention.ref, eventIds);
      if (!entity) continue;
      if (mention.ref.kind === 'nation' || mention.ref.kind === 'organisation')
        addAlias(entity, mention.surface.replace(/^the\s+/i, ''));
      const key = `${entity}|${article.article.id}`;
      const seen = perEntityArticle.get(key) ?? 0;
      if (seen >= perArticle) continue;
      perEntityArticle.set(key, seen + 1);
      mentions.push({ entity, evidence: mention.evidence });
    }
  }

  // Topics no relation points at are dropped.
  const used = new Set<string>();
  for (const relation of relations.values()) used.add(relation.source).add(relation.target);
  for (const mention of mentions) used.add(mention.entity);
  const finalEntities = [...entities.values()]
    .filter((entity) => used.has(entity.id))
    .map((entity) => ({
      ...entity,
      aliases: [...(aliasSets.get(entity.id) ?? [])].filter((alias) => alias !== entity.name).sort(),
    }));

  return {
    articles: articles.map((article) => article.article),
    entities: finalEntities,
    relations: [...relations.values()].map(({ keys: _keys, ...relation }) => relation),
    mentions,
  };
}
