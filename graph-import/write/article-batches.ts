/**
 * article-batches: splits a resolved corpus into what each article contributes (its entities, its evidence for each
 * relationship, its mentions), the unit the writer stores and replaces atomically.
 */
import {
  relationKey,
  slugify,
  type EntityLabel,
  type Evidence,
  type ExtractedEntity,
  type PropertyValue,
  type RelationType,
} from '../../graph-model/index.js';
import type { ResolvedCorpus } from '../resolve/resolve-corpus.js';
import type { ArticleText } from '../read/read-article.js';

export interface EvidenceRow {
  key: string;
  article: string;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  outlet: string;
  date: string;
}

export interface RelationshipRow {
  key: string;
  type: RelationType;
  source: string;
  sourceLabel: EntityLabel;
  target: string;
  targetLabel: EntityLabel;
  properties: Record<string, PropertyValue>;
  evidence: EvidenceRow[];
}

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Where each alias was seen: the id of this article when its text has the alias, else ''. */
  aliasSources: string[];
  text: string | null;
  properties: Record<string, PropertyValue>;
}

export interface ArticlePayload {
  article: {
    id: string;
    title: string;
    source: string;
    url: string | null;
    outlet: string | null;
    publishedAt: string | null;
    contentHash: string;
    text: string;
  };
  entities: EntityRow[];
  relationships: RelationshipRow[];
  /** Entities mentioned in the article, with up to a few sentences each. */
  mentions: { id: string; label: EntityLabel; sentences: string[] }[];
}

function entityRow(entity: ExtractedEntity, article: { id: string; text: string }): EntityRow {
  const aliasSources = entity.aliases.map((alias) => (article.text.includes(alias) ? article.id : ''));
  return {
    id: entity.id,
    label: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    aliasSources,
    text: entity.text ?? null,
    properties: entity.properties ?? {},
  };
}

/** One payload per article read, in the order of `texts`. */
export function articlePayloads(corpus: ResolvedCorpus, texts: Map<string, ArticleText>): ArticlePayload[] {
  const entities = new Map(corpus.entities.map((entity) => [entity.id, entity]));
  const byArticle = new Map<string, ArticlePayload>();
  for (const info of corpus.articles) {
    const text = texts.get(info.id);
    if (!text) continue;
    byArticle.set(info.id, {
      article: {
        id: info.id,
        title: info.title,
        source: info.source,
        url: info.url,
        outlet: info.outlet,
        publishedAt: info.publishedAt,
        contentHash: text.contentHash,
        text: text.text,
      },
      entities: [],
      relationships: [],
      mentions: [],
    });
  }
  const entityIds = new Map<string, Set<string>>();
  const mentionSentences = new Map<string, Map<string, string[]>>();
  const touch = (articleId: string, entityId: string, sentence: string | null) => {
    const ids = entityIds.get(articleId) ?? new Set<string>();
    ids.add(entityId);
    entityIds.set(articleId, ids);
    const sentences = mentionSentences.get(articleId) ?? new Map<string, string[]>();
    const list = sentences.get(entityId) ?? [];
    if (sentence && list.length < 3 && !list.includes(sentence)) list.push(sentence);
    sentences.set(entityId, list);
    mentionSentences.set(articleId, sentences);
  };

  const evidenceRow = (evidence: Evidence): EvidenceRow => {
    const article = byArticle.get(evidence.article)?.article;
    return {
      key: `${evidence.article}:${evidence.start}:${evidence.end}:${evidence.rule}`,
      article: evidence.article,
      sentence: evidence.sentence,
      start: evidence.start,
      end: evidence.end,
      rule: evidence.rule,
      outlet: article?.outlet ?? article?.source ?? '',
      date: article?.publishedAt ?? '',
    };
  };

  for (const relation of corpus.relations) {
    const source = entities.get(relation.source);
    const target = entities.get(relation.target);
    if (!source || !target) continue;
    const key = relationKey(relation);
    // One item per distinct sentence of an article: an article that repeats a sentence a thousand times gives it once.
    const perArticle = new Map<string, Evidence[]>();
    const seen = new Set<string>();
    for (const evidence of relation.evidence) {
      const sentenceKey = `${evidence.article}\u0000${evidence.sentence}`;
      if (seen.has(sentenceKey)) continue;
      seen.add(sentenceKey);
      const list = perArticle.get(evidence.article);
      if (list) list.push(evidence);
      else perArticle.set(evidence.article, [evidence]);
    }
    for (const [articleId, evidence] of perArticle) {
      const payload = byArticle.get(articleId);
      if (!payload) continue;
      payload.relationships.push({
        key,
        type: relation.type,
        source: source.id,
        sourceLabel: source.type,
        target: target.id,
        targetLabel: target.type,
        properties: relation.properties,
        evidence: evidence.map(evidenceRow),
      });
      touch(articleId, source.id, evidence[0]!.sentence);
      touch(articleId, target.id, evidence[0]!.sentence);
    }
  }
  for (const mention of corpus.mentions) {
    if (entities.has(mention.entity)) touch(mention.evidence.article, mention.entity, mention.evidence.sentence);
  }
  for (const [articleId, ids] of entityIds) {
    const payload = byArticle.get(articleId);
    if (!payload) continue;
    const sentences = mentionSentences.get(articleId)!;
    for (const id of ids) {
      const entity = entities.get(id)!;
      payload.entities.push(entityRow(entity, payload.article));
      payload.mentions.push({ id, label: entity.type, sentences: sentences.get(id) ?? [] });
    }
  }
  return [...byArticle.values()];
}

/** Rewrites entity ids in payloads (entities, mentions, relationship ends and keys); `entity` adjusts a moved entity. */
function rewriteIds(
  payloads: ArticlePayload[],
  ids: ReadonlyMap<string, string>,
  entity: (row: EntityRow, id: string) => EntityRow,
): ArticlePayload[] {
  if (ids.size === 0) return payloads;
  const to = (id: string) => ids.get(id) ?? id;
  return payloads.map((payload) => ({
    ...payload,
    entities: payload.entities.map((row) => (ids.has(row.id) ? entity(row, to(row.id)) : row)),
    mentions: payload.mentions.map((mention) => ({ ...mention, id: to(mention.id) })),
    relationships: payload.relationships
      .map((row) => {
        const source = to(row.source);
        const target = to(row.target);
        if (source === row.source && target === row.target) return row;
        return {
          ...row,
          source,
          target,
          key: relationKey({ type: row.type, source, target, properties: row.properties }),
        };
      })
      .filter((row) => row.source !== row.target),
  }));
}

/**
 * Sends entities an analyst merged away to the node they were merged into (`redirects`: from id to into id), so a
 * later import of a name that was accepted as someone else's adds to that node instead of bringing the old one back.
 */
export function redirectPayloads(payloads: ArticlePayload[], redirects: ReadonlyMap<string, string>): ArticlePayload[] {
  return rewriteIds(payloads, redirects, (row, id) => {
    const aliases = [...new Set([row.name, ...row.aliases])];
    return {
      ...row,
      id,
      aliases,
      aliasSources: aliases.map((alias) => row.aliasSources[row.aliases.indexOf(alias)] ?? `merge:${row.id}`),
      properties: {},
    };
  });
}

/**
 * People whose id is already taken in the graph by a namesake of another nation: the graph never merges across
 * contradicting nations, so such a person gets an id of their own (`leader:maria-berg-norway`) and the pair is
 * proposed for review instead. `stored` gives the nation of each person already in the graph.
 */
export function separateNamesakes(
  payloads: ArticlePayload[],
  stored: ReadonlyMap<string, string | null>,
): ArticlePayload[] {
  const renames = new Map<string, string>();
  for (const payload of payloads) {
    for (const row of payload.entities) {
      const nation = row.properties.nation;
      const storedNation = stored.get(row.id);
      if (row.label === 'Leader' && typeof nation === 'string' && storedNation && storedNation !== nation)
        renames.set(row.id, `${row.id}-${slugify(nation)}`);
    }
  }
  return rewriteIds(payloads, renames, (row, id) => ({ ...row, id }));
}
