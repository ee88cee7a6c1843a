/**
 * people: groups the person mentions of a corpus into people (by name, surname, first name, role and nation), and
 * resolves descriptions ("the prime minister", "his counterpart") to the person who holds the role then.
 */
import { entityId } from '../../graph-model/index.js';
import { bareSurnameKey, firstNameOf, innerNamesOf, isNearMiss, surnameOf } from '../extract/known-names.js';
import { HEAD_ROLES, HONORIFICS } from '../extract/lexicon/roles.js';
import type { PersonMention, Ref } from '../extract/refs.js';
import { normaliseName } from '../extract/tokens.js';
import { pairKey } from '../merges/similar-pairs.js';
import { append, count } from '../collections.js';

export interface PersonCluster {
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

export function cleanName(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => !HONORIFICS.has(word))
    .join(' ')
    .replace(/[’']s$/, '');
}

/** First name and surname, middle initials dropped: "Donald J. Trump" and "Donald Trump" compare equal. */
export function nameKey(name: string): string {
  const words = cleanName(name).split(/\s+/);
  const kept =
    words.length > 2
      ? words.filter((word, index) => index === 0 || index === words.length - 1 || !/^\p{Lu}\.?$/u.test(word))
      : words;
  return normaliseName(kept.join(' '));
}

export function sharesKey(a: Map<string, number>, b: Map<string, number>): boolean {
  for (const key of a.keys()) if (b.has(key)) return true;
  return false;
}

export function conflicting(a: Map<string, number>, b: Map<string, number>): boolean {
  return a.size > 0 && b.size > 0 && !sharesKey(a, b);
}

/** Groups person mentions into people. Returns the cluster of every mention key. */
export function clusterPeople(
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
    // A surname alone: one word, or one that begins with its particles ("von der Leyen").
    if (person.firstNameOnly || firstNameOf(name) === null) {
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
    // "Sharaa" for "Ahmed al-Sharaa".
    if (bareSurnameKey(cluster.surnameKey) !== cluster.surnameKey)
      add(bySurnameKey, bareSurnameKey(cluster.surnameKey));
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
        const exact = person.firstNameOnly
          ? cluster.firstKey === key
          : cluster.surnameKey === key || bareSurnameKey(cluster.surnameKey) === key;
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
export function isGreater(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/** A surname's normalised form and each of its one-letter deletions: two surnames one edit apart share one. */
export function surnameKeys(surname: string): string[] {
  const key = normaliseName(surname);
  const keys = [key];
  for (let i = 0; i < key.length; i++) keys.push(key.slice(0, i) + key.slice(i + 1));
  return keys;
}

export function absorb(into: PersonCluster, from: PersonCluster): void {
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
export function resolveDescriptor(
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
export function holdersByTitleHead(clusters: readonly PersonCluster[]): (head: string) => readonly PersonCluster[] {
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

/** Words for any head of state or government, and for a monarch of any title ("the Jordanian monarch" for King X). */
const GENERIC_HEADS = new Set(['leader', 'counterpart', 'head']);
const MONARCH_ROLES = new Set(['king', 'queen', 'emir', 'amir', 'sultan', 'monarch']);

/**
 * The clusters that hold each role ("leader", "counterpart" and "head" meaning any head role, "monarch" any
 * monarch), in cluster order.
 */
export function holdersByRole(clusters: readonly PersonCluster[]): (role: string) => readonly PersonCluster[] {
  const byRole = new Map<string, PersonCluster[]>();
  const heads: PersonCluster[] = [];
  const monarchs: PersonCluster[] = [];
  for (const cluster of clusters) {
    for (const role of cluster.roles.keys()) {
      const list = byRole.get(role);
      if (list) list.push(cluster);
      else byRole.set(role, [cluster]);
    }
    if ([...cluster.roles.keys()].some((held) => HEAD_ROLES.has(held))) heads.push(cluster);
    if ([...cluster.roles.keys()].some((held) => MONARCH_ROLES.has(held))) monarchs.push(cluster);
  }
  const generic = new Map<string, PersonCluster[]>();
  return (role) => {
    const holders = byRole.get(role) ?? [];
    const kin = role === 'monarch' ? monarchs : GENERIC_HEADS.has(role) ? heads : null;
    if (!kin) return holders;
    let either = generic.get(role);
    if (!either) {
      const members = new Set([...holders, ...kin]);
      either = clusters.filter((cluster) => members.has(cluster));
      generic.set(role, either);
    }
    return either;
  };
}
