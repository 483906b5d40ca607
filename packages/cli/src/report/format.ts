import type { Locale } from '@scherp/corpus';

const bcp47: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Locale-aware number formatting: "1.234" in Dutch, "1,234" in English. */
export function formatCount(value: number, locale: Locale): string {
  return new Intl.NumberFormat(bcp47[locale]).format(value);
}

/** Whole percentages; a share of nothing (no advice at all) is shown as a dash, not as 0 %. */
export function formatShare(share: number | null, locale: Locale): string {
  if (share === null) return '–';
  return new Intl.NumberFormat(bcp47[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(bcp47[locale], { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}
