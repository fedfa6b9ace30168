import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A text the shop configures in both languages (status labels, field labels, option labels). */
export interface Localized {
  ja: string;
  en: string;
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** A colour from the API (`#rrggbb`), or `fallback` when it is anything else. */
export function safeColor(value: string | null | undefined, fallback: string): string {
  return value && HEX_COLOR.test(value) ? value : fallback;
}

/**
 * Formatting in the UI language: configured texts (`{ja, en}`, the other language when one is
 * missing), yen amounts (`12,000円` / `¥12,000`) and instants in the browser's time zone.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'ja';
  const locale = language === 'ja' ? 'ja-JP' : 'en-US';
  const formats = useMemo(
    () => ({
      dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
      yen: new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' }),
      integer: new Intl.NumberFormat(locale),
    }),
    [locale],
  );
  const text = useCallback(
    (value: Partial<Localized> | null | undefined, fallback = '') => (value ? (value[language] || value.ja || value.en || fallback) : fallback),
    [language],
  );
  const yen = useCallback(
    (amount: number) => (language === 'ja' ? `${formats.integer.format(amount)}円` : formats.yen.format(amount)),
    [formats, language],
  );
  const dateTime = useCallback((instant: string) => formatOrRaw(formats.dateTime, instant), [formats]);
  const date = useCallback((instant: string) => formatOrRaw(formats.date, instant), [formats]);
  /** A calendar date as typed (`2026-11-05`), shown without shifting it through a time zone. */
  const localDate = useCallback(
    (day: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
      return match ? formats.date.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : day;
    },
    [formats],
  );
  return { language, text, yen, dateTime, date, localDate, integer: formats.integer.format };
}

function formatOrRaw(format: Intl.DateTimeFormat, instant: string): string {
  const time = new Date(instant);
  return Number.isNaN(time.getTime()) ? instant : format.format(time);
}
