import { describe, expect, it } from 'vitest';
import {
  businessMinutesBetween,
  isKnownTimeZone,
  parseOffsetDateTime,
} from '../action/src/core/time/business-clock.js';
import type { BusinessHours } from '../action/src/core/types/vendor.js';

/** The instant of a date-time the test writes by hand; a typo fails loudly instead of becoming NaN. */
function at(text: string): number {
  const instant = parseOffsetDateTime(text);
  if (instant === null) throw new Error(`not an offset date-time: ${text}`);
  return instant;
}

const minutesBetween = (hours: BusinessHours, start: string, end: string): number =>
  businessMinutesBetween(hours, at(start), at(end));

const SHANGHAI_OFFICE: BusinessHours = {
  time_zone: 'Asia/Shanghai',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '09:00',
  to: '18:00',
};

const LOS_ANGELES_ALL_DAY: BusinessHours = {
  time_zone: 'America/Los_Angeles',
  days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  from: '00:00',
  to: '24:00',
};

const LOS_ANGELES_OFFICE: BusinessHours = {
  time_zone: 'America/Los_Angeles',
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  from: '09:00',
  to: '17:00',
};

describe('businessMinutesBetween in a zone without daylight-saving time', () => {
  it('counts only Monday morning for a request opened Friday evening and answered Monday', () => {
    const start = '2026-07-24T20:00+08:00'; // Friday, after closing
    const end = '2026-07-27T10:30+08:00'; // Monday
    // Mon 09:00–10:30 = 90; the weekend and Friday evening count nothing
    expect(minutesBetween(SHANGHAI_OFFICE, start, end)).toBe(90);
    // Fri 20:00 → Sat 00:00 = 240, + 2 × 1440, + 10 h 30 = 630: 240 + 2880 + 630 = 3750
    expect((at(end) - at(start)) / 60_000).toBe(3750);
  });

  it('counts the plain difference for a request opened and answered inside the same day’s hours', () => {
    // Tue 10:15 → 16:45 = 6 h 30 = 390
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-21T10:15+08:00', '2026-07-21T16:45+08:00')).toBe(390);
  });

  it('starts counting at opening time for a request opened before it', () => {
    // Mon 07:00 → 09:45, hours start at 09:00: 09:00–09:45 = 45
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-27T07:00+08:00', '2026-07-27T09:45+08:00')).toBe(45);
  });

  it('stops counting at closing time for a request answered after it', () => {
    // Tue 17:00 → 21:00, hours end at 18:00: 17:00–18:00 = 60
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-21T17:00+08:00', '2026-07-21T21:00+08:00')).toBe(60);
  });

  it('counts nothing for a request opened and answered on a Saturday', () => {
    // Sat 2026-07-25 is not a business day: 0
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-25T10:00+08:00', '2026-07-25T15:00+08:00')).toBe(0);
  });

  it('counts nothing for a request opened and answered after closing on the same evening', () => {
    // Wed 18:30 → 23:00 lies after 18:00: 0
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-22T18:30+08:00', '2026-07-22T23:00+08:00')).toBe(0);
  });

  it('adds whole business days and the partial last day', () => {
    // Mon 08:00 → Wed 11:20: Mon 540 + Tue 540 + Wed 09:00–11:20 = 140: 2 × 540 + 140 = 1220
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-20T08:00+08:00', '2026-07-22T11:20+08:00')).toBe(1220);
  });

  it('reads instants given in another offset in the plan’s zone', () => {
    // 12:00Z = Fri 20:00 Shanghai, 02:30Z = Mon 10:30 Shanghai: Mon 09:00–10:30 = 90
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-24T12:00Z', '2026-07-27T02:30Z')).toBe(90);
    // 08:00Z = Fri 16:00 Shanghai, 01:30Z = Mon 09:30: Fri 16:00–18:00 = 120 + Mon 09:00–09:30 = 30: 150
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-24T08:00Z', '2026-07-27T01:30Z')).toBe(150);
    // 18:00-07:00 = Sat 09:00 Shanghai, so the Friday evening in Los Angeles is a Saturday: 0
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-24T18:00-07:00', '2026-07-24T20:00-07:00')).toBe(0);
  });

  it('sums milliseconds across days and rounds down only at the end', () => {
    // Fri 17:59:30–18:00 = 30 s + Mon 09:00–09:00:30 = 30 s: 60 s = 1 (flooring each day would give 0)
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-24T17:59:30+08:00', '2026-07-27T09:00:30+08:00')).toBe(1);
    // Tue 10:00:30 → 10:02:00 = 90 s: floor(1.5) = 1
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-21T10:00:30+08:00', '2026-07-21T10:02+08:00')).toBe(1);
  });

  it('returns 0 when the reply is not after the opening', () => {
    // end = start: 0
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-21T10:00+08:00', '2026-07-21T10:00+08:00')).toBe(0);
    // end before start: 0
    expect(minutesBetween(SHANGHAI_OFFICE, '2026-07-21T12:00+08:00', '2026-07-21T10:00+08:00')).toBe(0);
  });

  it('treats a malformed, inverted or empty window as no business hours', () => {
    const start = '2026-07-21T00:00+08:00';
    const end = '2026-07-22T00:00+08:00';
    // to before from: no window, 0
    expect(minutesBetween({ ...SHANGHAI_OFFICE, from: '18:00', to: '09:00' }, start, end)).toBe(0);
    // from = to: an empty window, 0
    expect(minutesBetween({ ...SHANGHAI_OFFICE, from: '09:00', to: '09:00' }, start, end)).toBe(0);
    // "9:00" and "25:00" are not HH:MM times: 0
    expect(minutesBetween({ ...SHANGHAI_OFFICE, from: '9:00' }, start, end)).toBe(0);
    expect(minutesBetween({ ...SHANGHAI_OFFICE, to: '25:00' }, start, end)).toBe(0);
    // no business days: 0
    expect(minutesBetween({ ...SHANGHAI_OFFICE, days: [] }, start, end)).toBe(0);
  });

  it('accepts 00:00–24:00 as the whole day', () => {
    const allDay: BusinessHours = { ...SHANGHAI_OFFICE, from: '00:00', to: '24:00' };
    // Tue 00:00 → Thu 00:00 = 2 × 1440 = 2880
    expect(minutesBetween(allDay, '2026-07-21T00:00+08:00', '2026-07-23T00:00+08:00')).toBe(2880);
    // Fri 22:00 → Mon 02:00 = Fri 120 + Mon 120 = 240
    expect(minutesBetween(allDay, '2026-07-24T22:00+08:00', '2026-07-27T02:00+08:00')).toBe(240);
  });

  it('stops the walk after 400 local days', () => {
    const allDays: BusinessHours = { ...LOS_ANGELES_ALL_DAY, time_zone: 'Asia/Shanghai' };
    // 2026-01-01 → 2030-01-01 is 1461 days, but only the first 400 are walked: 400 × 1440 = 576000
    expect(minutesBetween(allDays, '2026-01-01T00:00+08:00', '2030-01-01T00:00+08:00')).toBe(576000);
  });
});

describe('businessMinutesBetween across daylight-saving changes (America/Los_Angeles)', () => {
  it('counts a 23-hour day at spring-forward, 2026-03-08', () => {
    // Sat 12:00 PST = 20:00Z → Sun 12:00 PDT = 19:00Z next day: 23 h = 1380
    expect(minutesBetween(LOS_ANGELES_ALL_DAY, '2026-03-07T12:00-08:00', '2026-03-08T12:00-07:00')).toBe(1380);
    // Sunday alone, walked from Saturday to Tuesday: 00:00 PST = 08:00Z → 24:00 PDT = 07:00Z next day: 23 h = 1380
    const sundayOnly: BusinessHours = { ...LOS_ANGELES_ALL_DAY, days: ['sun'] };
    expect(minutesBetween(sundayOnly, '2026-03-07T00:00-08:00', '2026-03-10T00:00-07:00')).toBe(1380);
  });

  it('keeps an 8-hour window 8 hours on the Monday after spring-forward', () => {
    // Mon 2026-03-09 09:00–17:00 PDT = 480, whatever the offset the day before
    expect(minutesBetween(LOS_ANGELES_OFFICE, '2026-03-07T00:00-08:00', '2026-03-09T17:00-07:00')).toBe(480);
    // 16:00Z → 17:00Z is 09:00–10:00 PDT: 60 (on PST it would be 08:00–09:00, so 0)
    expect(minutesBetween(LOS_ANGELES_OFFICE, '2026-03-09T16:00Z', '2026-03-09T17:00Z')).toBe(60);
  });

  it('opens a window whose start falls in the spring-forward gap when the clock resumes', () => {
    const gapWindow: BusinessHours = { ...LOS_ANGELES_ALL_DAY, days: ['sun'], from: '02:30', to: '04:00' };
    // 02:30 does not exist, so the window opens at 03:00 PDT = 10:00Z and closes at 04:00 PDT = 11:00Z: 60
    expect(minutesBetween(gapWindow, '2026-03-08T00:00-08:00', '2026-03-08T12:00-07:00')).toBe(60);
    const endsInGap: BusinessHours = { ...gapWindow, from: '01:00', to: '02:30' };
    // 01:00 PST = 09:00Z → 02:30, which does not exist, = 03:00 PDT = 10:00Z: 60
    expect(minutesBetween(endsInGap, '2026-03-08T00:00-08:00', '2026-03-08T12:00-07:00')).toBe(60);
  });

  it('counts a 25-hour day at fall-back, 2026-11-01', () => {
    // Sat 12:00 PDT = 19:00Z → Sun 12:00 PST = 20:00Z next day: 25 h = 1500
    expect(minutesBetween(LOS_ANGELES_ALL_DAY, '2026-10-31T12:00-07:00', '2026-11-01T12:00-08:00')).toBe(1500);
    // Sunday alone: 00:00 PDT = 07:00Z → 24:00 PST = 08:00Z next day: 25 h = 1500
    const sundayOnly: BusinessHours = { ...LOS_ANGELES_ALL_DAY, days: ['sun'] };
    expect(minutesBetween(sundayOnly, '2026-10-31T00:00-07:00', '2026-11-03T00:00-08:00')).toBe(1500);
  });

  it('keeps an 8-hour window 8 hours on the Monday after fall-back', () => {
    // Mon 2026-11-02 09:00–17:00 PST = 480
    expect(minutesBetween(LOS_ANGELES_OFFICE, '2026-10-31T00:00-07:00', '2026-11-02T17:00-08:00')).toBe(480);
    // 16:00Z → 18:00Z is 08:00–10:00 PST, open from 09:00: 60 (on PDT it would be 09:00–11:00, so 120)
    expect(minutesBetween(LOS_ANGELES_OFFICE, '2026-11-02T16:00Z', '2026-11-02T18:00Z')).toBe(60);
  });

  it('opens a window whose start is ambiguous at fall-back at the earlier instant', () => {
    const repeatedWindow: BusinessHours = { ...LOS_ANGELES_ALL_DAY, days: ['sun'], from: '01:30', to: '03:00' };
    // 01:30 happens twice; the first is 01:30 PDT = 08:30Z, and 03:00 PST = 11:00Z: 150
    expect(minutesBetween(repeatedWindow, '2026-11-01T00:00-07:00', '2026-11-01T12:00-08:00')).toBe(150);
  });
});

describe('parseOffsetDateTime', () => {
  it('reads a date-time with a numeric offset or Z', () => {
    // Date.UTC(2026, 6, 24, 12, 0): 20:00+08:00 is 12:00Z
    expect(parseOffsetDateTime('2026-07-24T20:00+08:00')).toBe(1784894400000);
    expect(parseOffsetDateTime('2026-07-24T12:00Z')).toBe(1784894400000);
    // Date.UTC(2026, 2, 8, 19, 0): 12:00-07:00 is 19:00Z
    expect(parseOffsetDateTime('2026-03-08T12:00-07:00')).toBe(1772996400000);
    // Date.UTC(2026, 6, 24, 12, 0, 45) = 1784894400000 + 45000
    expect(parseOffsetDateTime('2026-07-24T12:00:45Z')).toBe(1784894445000);
    // a half-hour offset: 17:30+05:30 is 12:00Z
    expect(parseOffsetDateTime('2026-07-24T17:30+05:30')).toBe(1784894400000);
    // -00:00 is UTC
    expect(parseOffsetDateTime('2026-07-24T12:00-00:00')).toBe(1784894400000);
  });

  it('accepts real leap days and years before 100', () => {
    // Date.UTC(2000, 1, 29): 2000 is divisible by 400, so a leap year
    expect(parseOffsetDateTime('2000-02-29T00:00Z')).toBe(951782400000);
    // Date.UTC(2024, 1, 29, 0, 0)
    expect(parseOffsetDateTime('2024-02-29T00:00Z')).toBe(1709164800000);
    // year 50, not 1950: 1920 × 365 + 465 leap days = 701265 days before 1970, × 86400000
    expect(parseOffsetDateTime('0050-01-01T00:00Z')).toBe(-60589296000000);
  });

  it('rejects a date-time without an offset', () => {
    expect(parseOffsetDateTime('2026-07-24T12:00')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00:00')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24')).toBeNull();
  });

  it('rejects dates that are not on the calendar', () => {
    expect(parseOffsetDateTime('2026-02-30T10:00+08:00')).toBeNull();
    expect(parseOffsetDateTime('2026-02-29T10:00Z')).toBeNull(); // 2026 is not a leap year
    expect(parseOffsetDateTime('1900-02-29T10:00Z')).toBeNull(); // divisible by 100, not by 400
    expect(parseOffsetDateTime('2026-04-31T10:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-13-01T10:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-00-10T10:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-07-00T10:00Z')).toBeNull();
  });

  it('rejects times and offsets that are not on the clock', () => {
    expect(parseOffsetDateTime('2026-07-24T24:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T25:00+08:00')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:60Z')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00:60Z')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00+24:00')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00+08:60')).toBeNull();
  });

  it('rejects other spellings', () => {
    expect(parseOffsetDateTime('')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24 12:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00+0800')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00+08')).toBeNull();
    expect(parseOffsetDateTime('2026-7-24T12:00Z')).toBeNull();
    expect(parseOffsetDateTime(' 2026-07-24T12:00Z')).toBeNull();
    expect(parseOffsetDateTime('2026-07-24T12:00Z\n')).toBeNull();
  });
});

describe('isKnownTimeZone', () => {
  it('knows IANA zone names', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('America/Los_Angeles')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
  });

  it('does not know made-up or empty names', () => {
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
    expect(isKnownTimeZone('Asia/Shanghai ')).toBe(false);
  });
});
