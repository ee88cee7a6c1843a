/**
 * refs: what an article's mention points at before entity resolution. A person is only a name (with a role and a
 * nation when written), a description is a role to resolve against the people of the article, a pronoun its antecedent.
 */
import type { EventKind } from './mentions.js';

export type Ref =
  | { kind: 'nation'; code: string }
  | { kind: 'organisation'; name: string; orgKind: string }
  | { kind: 'person'; key: string }
  | {
      kind: 'descriptor';
      role: string;
      nation: string | null;
      organisation: string | null;
      article: string;
      position: number;
    }
  | { kind: 'event'; key: string }
  | { kind: 'topic'; name: string }
  | { kind: 'statement'; text: string }
  /** "They" after "A and B ...": each of them; a claim made by a group is made by each member (see ArticleContext). */
  | { kind: 'group'; members: Ref[] };

/** A person as one article names them; `key` identifies the mention for the resolver. */
export interface PersonMention {
  key: string;
  name: string;
  role: string | null;
  nation: string | null;
  organisation: string | null;
  firstNameOnly: boolean;
  titled: boolean;
  article: string;
  position: number;
}

export interface ArticleEvent {
  key: string;
  kind: EventKind;
  article: string;
  place: string | null;
  /** The day it took place: the weekday the sentence names, else the article's date. */
  date: string | null;
  /** Whether the sentence named the day ("on Sunday"), rather than the date being the article's. */
  dateStated: boolean;
  /** Whether the article refers to it as a known one ("the summit", "Sunday's summit"). */
  definite: boolean;
  /** The nation the event is about when it names one ("a summit on X"); used for its name. */
  topic: string | null;
  surfaces: string[];
  /** The city the article was filed from (its dateline), for naming an event the text gives no place. */
  reportedFrom: string | null;
  /** The city the article most often places things in ("in Tokyo"), for naming an event it gives no place. */
  placeInText?: string;
  /** The bodies whose event it is, as written ("SCO" of "the SCO summit"); used for its name. */
  owners: string[];
  /** Those bodies as read: whose words "the summit's declaration" are. */
  ownerRefs?: Ref[];
  /** Made by a verb, not named: "ministers from A, B and C met in Helsinki". */
  gathering?: boolean;
}

export function refKey(ref: Ref): string {
  switch (ref.kind) {
    case 'nation':
      return `nation:${ref.code}`;
    case 'organisation':
      return `org:${ref.name}`;
    case 'person':
      return `person:${ref.key}`;
    case 'descriptor':
      return `descriptor:${ref.article}:${ref.position}`;
    case 'event':
      return `event:${ref.key}`;
    case 'topic':
      return `topic:${ref.name}`;
    case 'statement':
      return `statement:${ref.text}`;
    case 'group':
      return `group:${ref.members.map(refKey).join('+')}`;
  }
}
