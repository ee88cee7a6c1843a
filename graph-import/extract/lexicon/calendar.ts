/**
 * calendar: the names of months and weekdays, capitalised in text but naming no person, place or event.
 */
const NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** A month's or weekday's name, alone: "Sunday". */
export const CALENDAR_NAME = new RegExp(`^(?:${NAMES})$`);

/** Text that begins with a month's or weekday's name: "May 12", "Sunday's summit". */
export const STARTS_WITH_CALENDAR_NAME = new RegExp(`^(?:${NAMES})\\b`);
