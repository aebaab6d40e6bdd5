// Numbers and dates in the language of the report. Intl with a fixed locale and the UTC time zone: the same data
// renders to the same bytes on every machine, whatever its own locale or time zone.
import type { Language } from '../rubric-types.js';

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
  return {
    number: (value, digits) => {
      const { fractionDigits, minimumFractionDigits = fractionDigits, signed = false } = typeof digits === 'number' ? { fractionDigits: digits } : digits;
      return new Intl.NumberFormat(locale, {
        minimumFractionDigits,
        maximumFractionDigits: fractionDigits,
        signDisplay: signed ? 'exceptZero' : 'auto',
      }).format(value);
    },
    percent: (share, fractionDigits) =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(share),
    money: (amount, currency) =>
      CURRENCY_CODE.test(currency)
        ? new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: Number.isInteger(amount) ? 0 : 2 }).format(amount)
        : null,
    date: (isoDate) => {
      const parts = ISO_DATE.exec(isoDate);
      if (!parts) return null;
      const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
      const time = Date.UTC(year, month - 1, day);
      // Date.UTC rolls 2026-02-30 over to March; a date that does not survive the round trip is not real.
      return new Date(time).toISOString().startsWith(isoDate) ? dates.format(time) : null;
    },
  };
}
