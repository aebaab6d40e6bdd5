// Numbers and dates in the language of the report. Intl with a fixed locale and the UTC time zone: the same data
// renders to the same bytes on every machine, whatever its own locale or time zone.
import type { Language } from '../types/rubric.js';

export interface Formatter {
  /** `digits` alone: exactly that many decimals. */
  number(value: number, digits: number | NumberOptions): string;
  /** A share 0-1 as a percentage. */
  percent(share: number, fractionDigits: number): string;
  /** An amount in an ISO 4217 currency, cents only when there are any; null when the code is not well-formed. */
  money(amount: number, currency: string): string | null;
  /** A calendar date YYYY-MM-DD; null when the text is not a real date. */
  date(isoDate: string): string | null;
}

export interface NumberOptions {
  /** Decimals shown; between `minimumFractionDigits` and this when both are given. */
  fractionDigits: number;
  minimumFractionDigits?: number;
  /** A sign on positive numbers too, for changes: +4.5, −4.5. */
  signed?: boolean;
}

const LOCALES: Record<Language, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;

export function createFormatter(language: Language): Formatter {
  const locale = LOCALES[language];
  const dates = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  // A report formats tens of thousands of numbers and dates, mostly the same few hundred values (levels, weights,
  // shares, days of the year) with a handful of option sets. Building an Intl formatter costs far more than using
  // it, and using it far more than looking a string up: one formatter per option set, one string per value.
  const formats = new Map<string, (value: number) => string>();
  const numberFormat = (key: string, options: Intl.NumberFormatOptions): ((value: number) => string) => {
    let format = formats.get(key);
    if (!format) {
      const intl = new Intl.NumberFormat(locale, options);
      const shown = new Map<number, string>();
      format = (value) => {
        // Map keys do not tell -0 from 0, which Intl prints differently.
        if (Object.is(value, -0)) return intl.format(value);
        let text = shown.get(value);
        if (text === undefined) {
          text = intl.format(value);
          shown.set(value, text);
        }
        return text;
      };
      formats.set(key, format);
    }
    return format;
  };
  const shownDates = new Map<string, string | null>();
  return {
    number: (value, digits) => {
      const { fractionDigits, minimumFractionDigits = fractionDigits, signed = false } = typeof digits === 'number' ? { fractionDigits: digits } : digits;
      return numberFormat(`number ${minimumFractionDigits} ${fractionDigits} ${signed}`, {
        minimumFractionDigits,
        maximumFractionDigits: fractionDigits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      })(value);
    },
    percent: (share, fractionDigits) =>
      numberFormat(`percent ${fractionDigits}`, {
        style: 'percent',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      })(share),
    money: (amount, currency) => {
      if (!CURRENCY_CODE.test(currency)) return null;
      const cents = Number.isInteger(amount) ? 0 : 2;
      return numberFormat(`money ${currency} ${cents}`, { style: 'currency', currency, minimumFractionDigits: cents })(amount);
    },
    date: (isoDate) => {
      if (shownDates.has(isoDate)) return shownDates.get(isoDate) ?? null;
      const parts = ISO_DATE.exec(isoDate);
      if (!parts) return null;
      const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
      const time = Date.UTC(year, month - 1, day);
      // Date.UTC rolls 2026-02-30 over to March; a date that does not survive the round trip is not real.
      const shown = new Date(time).toISOString().startsWith(isoDate) ? dates.format(time) : null;
      shownDates.set(isoDate, shown);
      return shown;
    },
  };
}
