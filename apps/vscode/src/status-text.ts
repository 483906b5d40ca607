import { strings, type Locale } from './i18n.js';

export interface Score {
  concrete: number;
  total: number;
}

/** Text of the status bar item: "Scherp 7/12 adviezen concreet". */
export function statusText(score: Score, locale: Locale): string {
  const t = strings(locale);
  return score.total === 0 ? t.statusNone : t.statusScore(score.concrete, score.total);
}
