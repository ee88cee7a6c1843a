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
import { firstNameOf, innerNamesOf, isNearMiss, surnameOf } from '../extract/known-names.js';
import { NATION_BY_CODE } from '../extract/lexicon/nations.js';
import { HEAD_ROLES, HONORIFICS } from '../extract/lexicon/roles.js';
import type { ArticleEvent, PersonMention, Ref } from '../extract/refs.js';
import { normaliseName } from '../extract/tokens.js';
import { mergeStatements, statementKey } from './statements.js';
import { pairKey } from '../merges/similar-pairs.js';

export interface ResolvedCorpus extends Extraction {
  /** Which entities each article mentions, with the sentence: the `MENTIONED_IN` links. */
  mentions: Mention[];
}

interface PersonCluster {
  /** The name the cluster started from. */
  origin: string;
  names: Map<string, number>;
  roles: Map<string, number>;
  nations: Map<string, number>;
  organisations: Map<string, number>;
  /** Positions of its mentions per article, for "the most recent person with this role". */
  positions: Map<string, number[]>;
  first: string | null;
  surname: string;
  /** `first` and `surname` normalised, for comparing. */
  firstKey: string | null;
  surnameKey: string;
  mentions: number;
  /** Dates of the articles that mention the person (and, for a known holder, of the articles that said so). */
  dates: Set<string>;
}

/** A person the graph already knows to hold a role, with the dates of the articles that say so. */
export interface KnownHolder {
  name: string;
  role: string;
  /** ISO alpha-3 code of the nation the role is of, when it is a nation's. */
  nation: string | null;
  dates: string[];
}

/** Adds `value` to the list of `key`. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const count = <K>(map: Map<K, number>, key: K | null | undefined, by = 1) => {
  if (key !== null && key !== undefined) map.set(key, (map.get(key) ?? 0) + by);
};
const top = <K>(map: Map<K, number>): K | null => {
  let best: K | null = null;
  let bestCount = -1;
  for (const [key, value] of map) if (value > bestCount) [best, bestCount] = [key, value];
  return best;
};

function cleanName(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !HONORIFICS.has(word))
    .join(' ')
    .replace(/[’']s$/, '');
}

/** First name and surname, middle initials dropped: "Donald J. Trump" and "Donald Trump" compare equal. */
function nameKey(name: string): string {
  const words = cleanName(name).split(/\s+/);
  const kept =
    words.length > 2
      ? words.filter((word, index) => index === 0 || index === words.length - 1 || !/^\p{Lu}\.?$/u.test(word))
      : words;
  return normaliseName(kept.join(' '));
}

function sharesKey(a: Map<string, number>, b: Map<string, number>): boolean {
  for (const key of a.keys()) if (b.has(key)) return true;
  return false;
}

function conflicting(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size > 0 && b.size > 0 && !sharesKey(a, b);
}

/** Groups person mentions into people. Returns the cluster of every mention key. */
function clusterPeople(
  people: PersonMention[],
  dateOf: (article: string) => string | null,
  holders: KnownHolder[] = [],
  keptApart: ReadonlySet<string> = new Set(),
): { clusters: PersonCluster[]; byMention: Map<string, PersonCluster> } {
  const clusters: PersonCluster[] = [];
  const byMention = new Map<string, PersonCluster>();
  const newCluster = (name: string): PersonCluster => {
    const cluster: PersonCluster = {
      origin: name,
      names: new Map(),
      roles: new Map(),
      nations: new Map(),
      organisations: new Map(),
      positions: new Map(),
      first: firstNameOf(name),
      surname: surnameOf(name),
      firstKey: null,
      surnameKey: '',
      mentions: 0,
      dates: new Set(),
    };
    cluster.firstKey = cluster.first === null ? null : normaliseName(cluster.first);
    cluster.surnameKey = normaliseName(cluster.surname);
    clusters.push(cluster);
    return cluster;
  };
  const attach = (cluster: PersonCluster, person: PersonMention, name: string) => {
    if (!person.firstNameOnly) count(cluster.names, name);
    count(cluster.roles, person.role);
    count(cluster.nations, person.nation);
    count(cluster.organisations, person.organisation);
    const list = cluster.positions.get(person.article) ?? [];
    list.push(person.position);
    cluster.positions.set(person.article, list);
    const date = dateOf(person.article);
    if (date) cluster.dates.add(date);
    cluster.mentions++;
    byMention.set(person.key, cluster);
  };

  // 1. Full names, grouped by first name and surname; namesakes of different nations are different people. A name
  //    without a nation goes to the namesake of the same article, else to the most mentioned one.
  const byKey = new Map<string, PersonCluster[]>();
  const singles: PersonMention[] = [];
  const withoutNation: [PersonMention, string][] = [];
  const clusterFor = (
    key: string,
    name: string,
    pick: (clusters: PersonCluster[]) => PersonCluster | undefined,
  ): PersonCluster => {
    const namesakes = byKey.get(key) ?? [];
    let cluster = pick(namesakes);
    if (!cluster) {
      cluster = newCluster(name);
      byKey.set(key, [...namesakes, cluster]);
    }
    return cluster;
  };
  for (const person of people) {
    const name = cleanName(person.name);
    if (person.firstNameOnly || !name.includes(' ')) {
      singles.push(person);
      continue;
    }
    if (!person.nation) {
      withoutNation.push([person, name]);
      continue;
    }
    const cluster = clusterFor(
      nameKey(name),
      name,
      (namesakes) =>
        namesakes.find((c) => c.nations.has(person.nation!)) ?? namesakes.find((c) => c.nations.size === 0),
    );
    attach(cluster, person, name);
  }
  for (const [person, name] of withoutNation) {
    const cluster = clusterFor(
      nameKey(name),
      name,
      (namesakes) =>
        namesakes.find((c) => c.positions.has(person.article)) ??
        [...namesakes].sort((a, b) => b.mentions - a.mentions)[0],
    );
    attach(cluster, person, name);
  }

  // 2. Full names that are one person: the same surname with the same first initial, or a one-letter slip. Only those
  //    pairs can merge, so only they are compared: clusters of the same surname and first initial, and clusters whose
  //    surname shares a one-letter deletion with this one's: linear in the number of people, not quadratic.
  const merged = new Set<PersonCluster>();
  const mergedInto = new Map<PersonCluster, PersonCluster>();
  const full = [...clusters];
  const byInitial = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  const surnamesByKey = new Map<string, Set<string>>();
  full.forEach((cluster, index) => {
    append(byInitial, `${cluster.surnameKey}|${cluster.firstKey?.[0] ?? ''}`, index);
    append(bySurname, cluster.surnameKey, index);
    for (const key of surnameKeys(cluster.surname)) {
      const surnames = surnamesByKey.get(key) ?? new Set<string>();
      surnamesByKey.set(key, surnames.add(cluster.surnameKey));
    }
  });
  for (let i = 0; i < full.length; i++) {
    const own = full[i]!;
    const candidates = new Set<number>();
    for (const j of byInitial.get(`${own.surnameKey}|${own.firstKey?.[0] ?? ''}`)!) if (j > i) candidates.add(j);
    const near = new Set<string>();
    for (const key of surnameKeys(own.surname))
      for (const surname of surnamesByKey.get(key)!) if (surname !== own.surnameKey) near.add(surname);
    for (const surname of near) for (const j of bySurname.get(surname)!) if (j > i) candidates.add(j);
    for (const j of [...candidates].sort((x, y) => x - y)) {
      const [a, b] = [full[i]!, full[j]!];
      if (merged.has(a) || merged.has(b) || conflicting(a.nations, b.nations)) continue;
      if (keptApart.size && keptApart.has(pairKey(entityId('Leader', a.origin), entityId('Leader', b.origin))))
        continue;
      const sameFirst =
        a.first &&
        b.first &&
        (a.firstKey === b.firstKey ||
          (a.firstKey![0] === b.firstKey![0] &&
            Math.min(a.first.replace(/\W/g, '').length, b.first.replace(/\W/g, '').length) <= 2));
      const sameSurname = a.surnameKey === b.surnameKey;
      const slip = isNearMiss(a.surname, b.surname);
      const sameRole = sharesKey(a.roles, b.roles);
      if ((sameSurname && sameFirst) || (slip && (sameFirst || sameRole))) {
        absorb(a, b);
        merged.add(b);
        mergedInto.set(b, a);
      }
    }
  }
  if (mergedInto.size)
    for (const [key, cluster] of byMention) if (mergedInto.has(cluster)) byMention.set(key, mergedInto.get(cluster)!);
  const alive = clusters.filter((cluster) => !merged.has(cluster));

  // Role holders the graph already knows: "the prime minister" in a new article can mean one of them.
  for (const holder of holders) {
    const name = cleanName(holder.name);
    if (!name.includes(' ')) continue;
    const namesakes = byKey.get(nameKey(name)) ?? [];
    let cluster = namesakes.find((c) => !holder.nation || c.nations.size === 0 || c.nations.has(holder.nation));
    if (!cluster) {
      cluster = newCluster(name);
      byKey.set(nameKey(name), [...namesakes, cluster]);
      count(cluster.names, name);
      alive.push(cluster);
    }
    count(cluster.roles, holder.role);
    count(cluster.nations, holder.nation);
    for (const date of holder.dates) cluster.dates.add(date);
  }

  // 3. Surnames alone and first names after an honorific ("Sir Keir"), linked to a full name when there is one.
  //    Clusters are indexed by surname (and its one-letter deletions) and by first name, in the order of `alive`.
  const order = new Map<PersonCluster, number>();
  const bySurnameKey = new Map<string, PersonCluster[]>();
  const byFirst = new Map<string, PersonCluster[]>();
  const index = (cluster: PersonCluster) => {
    order.set(cluster, order.size);
    const add = (map: Map<string, PersonCluster[]>, key: string) => {
      const list = map.get(key);
      if (list) list.push(cluster);
      else map.set(key, [cluster]);
    };
    for (const key of surnameKeys(cluster.surname)) add(bySurnameKey, key);
    if (cluster.first !== null) add(byFirst, normaliseName(cluster.first));
    pools.clear();
  };
  // The clusters whose surname is within one edit of a surname, per surname (recomputed when a cluster is added).
  const pools = new Map<string, PersonCluster[]>();
  const surnamePool = (name: string): PersonCluster[] => {
    const key = normaliseName(name);
    let pool = pools.get(key);
    if (!pool) {
      pool =
        key.length >= 6
          ? [...new Set(surnameKeys(name).flatMap((surnameKey) => bySurnameKey.get(surnameKey) ?? []))]
          : (bySurnameKey.get(key) ?? []);
      pools.set(key, pool);
    }
    return pool;
  };
  for (const cluster of alive) index(cluster);
  // The clusters each article mentions: where the best candidate for a surname usually is.
  const inArticle = new Map<string, PersonCluster[]>();
  for (const cluster of alive) for (const article of cluster.positions.keys()) append(inArticle, article, cluster);
  const singleClusters = new Map<string, PersonCluster>();
  for (const person of singles) {
    const name = cleanName(person.name);
    const key = normaliseName(name);
    // An exact surname before a one-letter slip, then the person of this article, then the most mentioned, then the
    // first indexed: an exact match in the article itself, when there is one, beats every other candidate.
    const best = (candidates: readonly PersonCluster[], exactOnly: boolean): PersonCluster | undefined => {
      let chosen: PersonCluster | undefined;
      let chosenRank: [number, number, number, number] | undefined;
      for (const cluster of candidates) {
        const exact = person.firstNameOnly ? cluster.firstKey === key : cluster.surnameKey === key;
        if (!exact && (exactOnly || person.firstNameOnly || key.length < 6 || !isNearMiss(cluster.surname, name)))
          continue;
        if (person.nation && cluster.nations.size > 0 && !cluster.nations.has(person.nation)) continue;
        const rank: [number, number, number, number] = [
          Number(exact),
          Number(cluster.positions.has(person.article)),
          cluster.mentions,
          -order.get(cluster)!,
        ];
        if (!chosenRank || isGreater(rank, chosenRank)) [chosen, chosenRank] = [cluster, rank];
      }
      return chosen;
    };
    // "Xi" for "Xi Jinping", "Shehbaz" for "Shehbaz Sharif": a name written family name first, or a first name used
    // alone as some cultures do, is the one person of the article whose full name begins with it (never when two do).
    const firstOfOne = (): PersonCluster | undefined => {
      if (person.firstNameOnly) return undefined;
      const matches = (inArticle.get(person.article) ?? []).filter(
        (candidate) => candidate.firstKey === key && candidate.surnameKey !== key,
      );
      if (matches.length === 1) return matches[0];
      // "Lula" for "Luiz Inácio Lula da Silva": an inner name of the one person of the article who has it.
      const inner = (inArticle.get(person.article) ?? []).filter((candidate) =>
        [...candidate.names.keys()].some((full) => innerNamesOf(full).some((word) => normaliseName(word) === key)),
      );
      return inner.length === 1 ? inner[0] : undefined;
    };
    let cluster =
      best(inArticle.get(person.article) ?? [], true) ??
      best(person.firstNameOnly ? (byFirst.get(key) ?? []) : surnamePool(name), false) ??
      firstOfOne();
    if (!cluster) {
      cluster = singleClusters.get(key) ?? newCluster(name);
      singleClusters.set(key, cluster);
    }
    if (!cluster.positions.has(person.article)) append(inArticle, person.article, cluster);
    attach(cluster, person, name);
    if (!order.has(cluster)) {
      alive.push(cluster);
      index(cluster);
    }
  }
  return { clusters: alive, byMention };
}

/** Whether rank `a` comes before rank `b`, comparing element by element. */
function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** A surname's normalised form and each of its one-letter deletions: two surnames one edit apart share one. */
function surnameKeys(surname: string): string[] {
  const key = normaliseName(surname);
  const keys = [key];
  for (let i = 0; i < key.length; i++) keys.push(key.slice(0, i) + key.slice(i + 1));
  return keys;
}

function absorb(into: PersonCluster, from: PersonCluster): void {
  for (const [key, value] of from.names) count(into.names, key, value);
  for (const [key, value] of from.roles) count(into.roles, key, value);
  for (const [key, value] of from.nations) count(into.nations, key, value);
  for (const [key, value] of from.organisations) count(into.organisations, key, value);
  for (const [article, list] of from.positions)
    into.positions.set(article, [...(into.positions.get(article) ?? []), ...list]);
  into.mentions += from.mentions;
  for (const date of from.dates) into.dates.add(date);
}

/**
 * Of several people who held a role, the one who held it at `date`: the latest seen with it on or before that date,
 * else the first seen after it. Null when there is no date to go by.
 */
export function holderAt<T extends { dates: Iterable<string> }>(candidates: T[], date: string | null): T | null {
  if (!date) return null;
  let before: { candidate: T; date: string } | null = null;
  let after: { candidate: T; date: string } | null = null;
  for (const candidate of candidates) {
    for (const seen of candidate.dates) {
      if (seen <= date && (!before || seen > before.date)) before = { candidate, date: seen };
      if (seen > date && (!after || seen < after.date)) after = { candidate, date: seen };
    }
  }
  return before?.candidate ?? after?.candidate ?? null;
}

/**
 * "the prime minister", "the US president": the person of the article who holds that role; else, across the corpus
 * and the graph, the one who held it at the article's date. `holders` are the clusters with the role, in cluster order.
 */
function resolveDescriptor(
  ref: Extract<Ref, { kind: 'descriptor' }>,
  holders: readonly PersonCluster[],
  date: string | null,
  holdersOfLongerTitles: readonly PersonCluster[] = [],
): PersonCluster | null {
  const fitting = (clusters: readonly PersonCluster[]) =>
    clusters.filter(
      (cluster) =>
        (!ref.nation || cluster.nations.has(ref.nation)) &&
        (!ref.organisation || cluster.organisations.has(ref.organisation)),
    );
  const latestInArticle = (clusters: readonly PersonCluster[]) =>
    clusters
      .map((cluster) => ({
        cluster,
        last: Math.max(-1, ...(cluster.positions.get(ref.article) ?? []).filter((position) => position < ref.position)),
      }))
      .filter((entry) => entry.last >= 0 || entry.cluster.positions.has(ref.article))
      .sort((a, b) => b.last - a.last)[0]?.cluster ?? null;
  const fits = fitting(holders);
  // "the minister" after "Mining Minister X": a longer title of the same head, within the article only.
  const inArticle = latestInArticle(fits) ?? latestInArticle(fitting(holdersOfLongerTitles));
  if (inArticle) return inArticle;
  return fits.length === 1 ? fits[0]! : holderAt(fits, date);
}

/** The clusters with a title ending in `head` ("mining minister", "foreign minister" for "minister"). */
function holdersByTitleHead(clusters: readonly PersonCluster[]): (head: string) => readonly PersonCluster[] {
  const byHead = new Map<string, PersonCluster[]>();
  for (const cluster of clusters) {
    const heads = new Set(
      [...cluster.roles.keys()]
        .filter((role) => role.includes(' '))
        .map((role) => role.slice(role.lastIndexOf(' ') + 1)),
    );
    for (const head of heads) append(byHead, head, cluster);
  }
  return (head) => (head.includes(' ') ? [] : (byHead.get(head) ?? []));
}

/** The clusters that hold each role ("leader", "counterpart" and "head" meaning any head role), in cluster order. */
function holdersByRole(clusters: readonly PersonCluster[]): (role: string) => readonly PersonCluster[] {
  const byRole = new Map<string, PersonCluster[]>();
  const heads: PersonCluster[] = [];
  for (const cluster of clusters) {
    for (const role of cluster.roles.keys()) {
      const list = byRole.get(role);
      if (list) list.push(cluster);
      else byRole.set(role, [cluster]);
    }
    if ([...cluster.roles.keys()].some((held) => HEAD_ROLES.has(held))) heads.push(cluster);
  }
  const generic = new Map<string, PersonCluster[]>();
  return (role) => {
    const holders = byRole.get(role) ?? [];
    if (role !== 'leader' && role !== 'counterpart' && role !== 'head') return holders;
    let either = generic.get(role);
    if (!either) {
      const members = new Set([...holders, ...heads]);
      either = clusters.filter((cluster) => members.has(cluster));
      generic.set(role, either);
    }
    return either;
  };
}

interface EventCluster {
  events: ArticleEvent[];
  attendees: Set<string>;
}

function mergeEvents(
  events: ArticleEvent[],
  attendeesOf: (event: ArticleEvent) => Set<string>,
): Map<string, EventCluster> {
  const clusters: EventCluster[] = [];
  const byKey = new Map<string, EventCluster>();
  // An event joins a cluster only when they share an attendee or a date: look only at those clusters.
  const order = new Map<EventCluster, number>();
  const byAttendee = new Map<string, Set<EventCluster>>();
  const byDate = new Map<string, Set<EventCluster>>();
  const indexUnder = (index: Map<string, Set<EventCluster>>, key: string, cluster: EventCluster) => {
    const set = index.get(key) ?? new Set<EventCluster>();
    set.add(cluster);
    index.set(key, set);
  };
  for (const event of events) {
    const attendees = attendeesOf(event);
    const candidates = new Set<EventCluster>(event.date ? byDate.get(event.date) : []);
    for (const attendee of attendees) for (const cluster of byAttendee.get(attendee) ?? []) candidates.add(cluster);
    const match = [...candidates]
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .find((cluster) => {
        const first = cluster.events[0]!;
        if (first.kind !== event.kind || first.article === event.article) return false;
        const dates = cluster.events.map((other) => other.date).filter(Boolean);
        if (event.date && dates.length && !dates.includes(event.date)) return false;
        const places = cluster.events.map((other) => other.place && normaliseName(other.place)).filter(Boolean);
        const place = event.place ? normaliseName(event.place) : null;
        if (place && places.length && !places.some((other) => other!.includes(place) || place.includes(other!)))
          return false;
        const shared = [...attendees].filter((attendee) => cluster.attendees.has(attendee)).length;
        return shared >= 1 || (!!event.date && dates.includes(event.date));
      });
    const cluster = match ?? { events: [], attendees: new Set<string>() };
    if (!match) {
      clusters.push(cluster);
      order.set(cluster, order.size);
    }
    cluster.events.push(event);
    if (event.date) indexUnder(byDate, event.date, cluster);
    for (const attendee of attendees) {
      cluster.attendees.add(attendee);
      indexUnder(byAttendee, attendee, cluster);
    }
    byKey.set(event.key, cluster);
  }
  joinDaysOfOneEvent(clusters, byKey);
  joinReportsToEvents(clusters, byKey);
  return byKey;
}

/** How many days apart two days of one event may be ("a two-day summit in Tallinn", reported on each day). */
const EVENT_DAYS = 2;

/** Moves every event of `from` into `into`, leaving `from` empty. */
function absorbEvents(into: EventCluster, from: EventCluster, byKey: Map<string, EventCluster>): void {
  for (const event of from.events) {
    into.events.push(event);
    byKey.set(event.key, into);
  }
  for (const attendee of from.attendees) into.attendees.add(attendee);
  from.events = [];
}

/** The day an event cluster's articles say it took place, if any says so. */
function statedDay(cluster: EventCluster): string | null {
  const days = cluster.events.filter((event) => event.dateStated && event.date).map((event) => event.date!);
  return days.sort()[0] ?? null;
}

/** Events of one kind in one place, on stated days at most EVENT_DAYS apart, are the days of one event. */
function joinDaysOfOneEvent(clusters: EventCluster[], byKey: Map<string, EventCluster>): void {
  const byPlace = new Map<string, EventCluster[]>();
  for (const cluster of clusters) {
    const place = cluster.events.find((event) => event.place)?.place;
    if (!place || !statedDay(cluster)) continue;
    const key = `${cluster.events[0]!.kind}|${normaliseName(cityOf(place))}`;
    append(byPlace, key, cluster);
  }
  for (const group of byPlace.values()) {
    group.sort((a, b) => statedDay(a)!.localeCompare(statedDay(b)!));
    let first = group[0]!;
    for (const cluster of group.slice(1)) {
      if (daysBetween(statedDay(first)!, statedDay(cluster)!) <= EVENT_DAYS) absorbEvents(first, cluster, byKey);
      else first = cluster;
    }
  }
}

/** How many days after an event a report of "the summit" may still mean it. */
const REPORT_DAYS = 7;

/**
 * "After the summit, ..." in a later report that gives the summit no place and no day of its own: the one event of
 * that kind whose stated day lies in the week before the report. Left apart when there are several.
 */
function joinReportsToEvents(clusters: EventCluster[], byKey: Map<string, EventCluster>): void {
  const stated = new Map<string, EventCluster[]>();
  for (const cluster of clusters)
    for (const event of cluster.events) {
      if (!event.dateStated || !event.date) continue;
      const key = `${event.kind}|${event.date}`;
      if (!stated.get(key)?.includes(cluster)) append(stated, key, cluster);
    }
  for (const report of clusters) {
    const { events } = report;
    if (!events.length || !events.some((event) => event.definite)) continue;
    if (events.some((event) => event.place || event.dateStated)) continue;
    const reported = events
      .map((event) => event.date)
      .filter((date): date is string => !!date)
      .sort()[0];
    if (!reported) continue;
    const candidates = new Set<EventCluster>();
    for (let back = 0; back <= REPORT_DAYS; back++)
      for (const cluster of stated.get(`${events[0]!.kind}|${daysBefore(reported, back)}`) ?? [])
        if (cluster !== report) candidates.add(cluster);
    if (candidates.size !== 1) continue;
    absorbEvents([...candidates][0]!, report, byKey);
  }
}

function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T12:00:00Z`) - Date.parse(`${earlier}T12:00:00Z`)) / 86_400_000);
}

function daysBefore(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

/** The city of a place written as "Venue, City". */
/** Words that may stand lower-case inside an event's proper name: "Summit on Peace". */
const NAME_CONNECTORS = new Set(['of', 'on', 'for', 'the', 'and', 'to']);
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;

/**
 * The name an article gives an event, if it gives one: "the Baltic Sea Summit", "the Ukraine Recovery Conference". A
 * proper name has two words or more, each capitalised but for connectors, and its kind noun capitalised too; the most
 * frequent such wording wins.
 */
function properName(surfaces: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const surface of surfaces) {
    const words = surface.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    const proper =
      words.length >= 2 &&
      !CALENDAR_WORD.test(words[0]!) &&
      !/['’]s$/.test(words[0]!) &&
      /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(words[0]!) &&
      words.some((word) => /^(?:Summit|Meeting|Talks|Conference|Negotiations|Briefing|Gathering)$/.test(word)) &&
      words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_CONNECTORS.has(word));
    if (proper) count(counts, words.join(' '));
  }
  return top(counts) ?? null;
}

function cityOf(place: string): string {
  const parts = place.split(',').map((part) => part.trim());
  return parts[parts.length - 1]!;
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
      case 'statement':
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
    const name =
      properName(events.flatMap((event) => event.surfaces)) ??
      (place
        ? `${cityOf(place)} ${kind}`
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

type RelationEntry = ExtractedRelation & { keys: Set<string> };

/**
 * A sum pledged by a leader who holds office for a nation is the nation's pledge, announced by the leader: the same
 * pledge reported as "the UK pledged" and as "the prime minister announced" is one relationship.
 */
function attributeMoneyToNations(relations: Map<string, RelationEntry>, entities: Map<string, ExtractedEntity>): void {
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

/**
 * The key of a Topic node. A topic that names something ("the Indus Waters Treaty", "the EU's loan plan") is one node
 * across articles; a generic one ("the sanctions", "the new tax") belongs to its article, so that two articles' "the
 * sanctions" on different countries do not connect their actors.
 */
function topicKey(name: string, article: string): string {
  const named = /\s\p{Lu}/u.test(name.replace(/^(?:the|a|an)\s+/i, ' '));
  return named ? name : `${name} ${article}`;
}

/**
 * The head noun of a topic phrase, singular, for telling two wordings of one thing apart: "the controversial deals
 * with X" and "the deals due to public uproar" are both "deal". The noun phrase ends at a preposition, a comma or a
 * verb after a noun ("the deals demonstrated his resolve"); a quotation has no head.
 */
function topicHead(topic: string): string | null {
  if (/[“"‘]/.test(topic)) return null;
  const words = topic.toLowerCase().split(/\s+/);
  const phrase: string[] = [];
  for (const [index, word] of words.entries()) {
    if (TOPIC_PHRASE_END.test(word) || /[,;:]$/.test(words[index - 1] ?? '')) break;
    if (index > 0 && /ed$/.test(word) && !/^(?:the|a|an|its|their|his|her)$/.test(words[index - 1]!)) break;
    phrase.push(word);
  }
  const head = phrase.at(-1)?.replace(/[^\p{L}-]/gu, '');
  if (!head || /^(?:the|a|an|this|that|it|them|its|their|his|her)$/.test(head)) return null;
  return head.replace(/(?<=\w{3})s$/, '');
}

const TOPIC_PHRASE_END =
  /^(?:with|for|of|on|to|due|by|in|from|against|over|at|after|before|because|which|that|who|as|and|or|but)$/;
