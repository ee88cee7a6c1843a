/**
 * events: the events of a corpus as one entity each: the days of one event joined, reports of "the summit" joined
 * to the event they mean, each named by its most frequent proper wording.
 */
import type { ArticleEvent } from '../extract/refs.js';
import { normaliseName } from '../extract/tokens.js';
import { append, count, top } from '../collections.js';
import { STARTS_WITH_CALENDAR_NAME } from '../extract/lexicon/calendar.js';

export interface EventCluster {
  events: ArticleEvent[];
  attendees: Set<string>;
}

export function mergeEvents(
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
        // "the G7 summit in Apulia" and "the G7 summit in Italy" on one day: one body's summit, placed two ways (the
        // body named with both, or attending both).
        const sameBody =
          event.owners.some((owner) => cluster.events.some((other) => other.owners.includes(owner))) ||
          [...attendees].some((attendee) => attendee.startsWith('org:') && cluster.attendees.has(attendee));
        if (
          !sameBody &&
          place &&
          places.length &&
          !places.some((other) => other!.includes(place) || place.includes(other!))
        )
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
export function absorbEvents(into: EventCluster, from: EventCluster, byKey: Map<string, EventCluster>): void {
  for (const event of from.events) {
    into.events.push(event);
    byKey.set(event.key, into);
  }
  for (const attendee of from.attendees) into.attendees.add(attendee);
  from.events = [];
}

/** The day an event cluster's articles say it took place, if any says so. */
export function statedDay(cluster: EventCluster): string | null {
  const days = cluster.events.filter((event) => event.dateStated && event.date).map((event) => event.date!);
  return days.sort()[0] ?? null;
}

/** Events of one kind in one place, on stated days at most EVENT_DAYS apart, are the days of one event. */
export function joinDaysOfOneEvent(clusters: EventCluster[], byKey: Map<string, EventCluster>): void {
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
 * "After the summit, ..." in a later report that gives the summit no day of its own (and no place, or the same place):
 * the one event of that kind whose stated day lies in the week before the report. Left apart when there are several.
 */
export function joinReportsToEvents(clusters: EventCluster[], byKey: Map<string, EventCluster>): void {
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
    if (events.some((event) => event.dateStated)) continue;
    // "after the Tallinn summit": a place of its own, when it gives one, must be the event's.
    const place = events.find((event) => event.place)?.place;
    const samePlace = (cluster: EventCluster) => {
      const other = cluster.events.find((event) => event.place)?.place;
      return !place || !other || normaliseName(cityOf(other)) === normaliseName(cityOf(place));
    };
    const reported = events
      .map((event) => event.date)
      .filter((date): date is string => !!date)
      .sort()[0];
    if (!reported) continue;
    const candidates = new Set<EventCluster>();
    for (let back = 0; back <= REPORT_DAYS; back++)
      for (const cluster of stated.get(`${events[0]!.kind}|${daysBefore(reported, back)}`) ?? [])
        if (cluster !== report && samePlace(cluster)) candidates.add(cluster);
    if (candidates.size !== 1) continue;
    absorbEvents([...candidates][0]!, report, byKey);
  }
}

export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T12:00:00Z`) - Date.parse(`${earlier}T12:00:00Z`)) / 86_400_000);
}

export function daysBefore(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
}

/** The city of a place written as "Venue, City". */
/** Words that may stand lower-case inside an event's proper name: "Summit on Peace". */
const NAME_CONNECTORS = new Set(['of', 'on', 'for', 'the', 'and', 'to']);

/**
 * The name an article gives an event, if it gives one: "the Baltic Sea Summit", "the Ukraine Recovery Conference". A
 * proper name has two words or more, each capitalised but for connectors, and its kind noun capitalised too; the most
 * frequent such wording wins.
 */
export function properName(surfaces: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const surface of surfaces) {
    const words = surface.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    // "COP28": the UN climate conference is named by its number alone.
    const proper =
      /^COP\d{1,2}$/.test(words.join(' ')) ||
      (words.length >= 2 &&
        !STARTS_WITH_CALENDAR_NAME.test(words[0]!) &&
        !/['’]s$/.test(words[0]!) &&
        /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u.test(words[0]!) &&
        words.some((word) =>
          /^(?:Summit|Meeting|Talks|Conference|Negotiations|Briefing|Gathering|Forum)$/.test(word),
        ) &&
        words.every((word) => /^[\p{Lu}\d]/u.test(word) || NAME_CONNECTORS.has(word)));
    if (proper) count(counts, words.join(' '));
  }
  return top(counts) ?? null;
}

export function cityOf(place: string): string {
  const parts = place.split(',').map((part) => part.trim());
  return parts[parts.length - 1]!;
}
