// Business-hours arithmetic for first-response promises ("4 business hours"): how many minutes of a plan's
// business windows, in the plan's time zone, lie between a support request's opening and its first reply.
// Pure: the zone rules come from Intl, never from the machine's clock or time zone.

import type { BusinessHours, Weekday } from '../types/vendor.js';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
// A probe never waits this long for a first reply; longer spans count only their first 400 local days.
const MAX_DAYS = 400;
// Date.getUTCDay order, so a day number maps to its weekday without a lookup by name.
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// 400 Gregorian years are exactly 146097 days, which lets years 0–99 dodge Date.UTC's 1900 mapping.
const FOUR_CENTURIES_MS = 146_097 * DAY_MS;

const OFFSET_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
const CLOCK_TIME = /^(\d{2}):(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** Date.UTC for a wall time in the proleptic Gregorian calendar; month is 1–12 and minutes may exceed 59. */
function utcMs({ year, month, day }: LocalDate, minutes = 0, seconds = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, 0, minutes, seconds);
  return Date.UTC(year + 400, month - 1, day, 0, minutes, seconds) - FOUR_CENTURIES_MS;
}

/** Epoch milliseconds of an ISO date-time with an offset (YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM)); null when it is not one (no offset, or not a real time). */
export function parseOffsetDateTime(text: string): number | null {
  const match = OFFSET_DATE_TIME.exec(text);
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const offsetHours = Number(zone.slice(1, 3));
    const offsetMins = Number(zone.slice(4, 6));
    if (offsetHours > 23 || offsetMins > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  return utcMs({ year, month, day }, hour * 60 + minute - offsetMinutes, second);
}

/** Whether a time zone name is one Intl knows (e.g. "Asia/Shanghai", "America/Los_Angeles"). */
export function isKnownTimeZone(name: string): boolean {
  if (name === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

// Building a DateTimeFormat is far slower than using one, and a walk asks the same zone hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's wall-clock reading at an instant, as epoch-style milliseconds of that wall time read as UTC. */
function wallClockMs(timeZone: string, instant: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  // Older engines print midnight as hour 24 of the same day; it is hour 0.
  return utcMs({ year, month, day }, (hour % 24) * 60 + minute, second);
}

/** The zone's offset from UTC at an instant, in milliseconds (east positive). */
function offsetAt(timeZone: string, instant: number): number {
  // Intl reports whole seconds, so compare with the instant truncated to its second.
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return wallClockMs(timeZone, wholeSecond) - wholeSecond;
}

function localDateOf(timeZone: string, instant: number): LocalDate {
  const wall = new Date(instant + offsetAt(timeZone, instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant a wall time in the zone denotes. An ambiguous wall time (fall-back) takes the earlier instant;
 * a nonexistent one (spring-forward gap) takes the instant the gap ends, when the clock resumes.
 */
function instantOfWallTime(timeZone: string, wall: number): number {
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = offsetAt(timeZone, wall - DAY_MS);
  const offsetAfter = offsetAt(timeZone, wall + DAY_MS);
  const candidates = [wall - offsetBefore, wall - offsetAfter].filter(
    (instant) => instant + offsetAt(timeZone, instant) === wall,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the transition lies between these two readings; bisect for its first millisecond.
  let low = wall - offsetAfter; // still on the old offset
  let high = wall - offsetBefore; // already on the new offset
  if (high <= low) return high;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (offsetAt(timeZone, middle) === offsetBefore) low = middle;
    else high = middle;
  }
  return high;
}

/** Minutes after local midnight of an HH:MM time; "24:00" is the day's end. Null when malformed. */
function parseClockTime(text: string): number | null {
  const match = CLOCK_TIME.exec(text);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours === 24 && minutes === 0) return 24 * 60;
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Whole business minutes between two instants (epoch ms), start ≤ end; 0 when end ≤ start. */
export function businessMinutesBetween(hours: BusinessHours, start: number, end: number): number {
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return 0;
  const from = parseClockTime(hours.from);
  const to = parseClockTime(hours.to);
  // An unvalidated or inverted window means no business hours, rather than a guess at the intended ones.
  if (from === null || to === null || to <= from) return 0;
  const days = new Set(hours.days);
  if (days.size === 0) return 0;
  const zone = hours.time_zone;

  const first = localDateOf(zone, start);
  const last = localDateOf(zone, end);
  const firstDay = utcMs(first) / DAY_MS;
  const lastDay = Math.min(utcMs(last) / DAY_MS, firstDay + MAX_DAYS - 1);

  let totalMs = 0;
  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber += 1) {
    const midnight = dayNumber * DAY_MS;
    const weekday = WEEKDAYS[new Date(midnight).getUTCDay()];
    if (weekday === undefined || !days.has(weekday)) continue;
    const opens = instantOfWallTime(zone, midnight + from * MINUTE_MS);
    const closes = instantOfWallTime(zone, midnight + to * MINUTE_MS);
    const overlap = Math.min(end, closes) - Math.max(start, opens);
    if (overlap > 0) totalMs += overlap;
  }
  return Math.floor(totalMs / MINUTE_MS);
}
