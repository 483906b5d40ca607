/**
 * Placeholders are open tasks a writer (or a quick fix) leaves in the text: "[wie?]", "[wanneer?]",
 * "[wie betaalt?]". A criterion that only a placeholder "meets" is not met: the engine ignores analysis
 * matches inside them and the `missing-*` rules report them as "nog invullen" instead of "missing".
 */

/** What a placeholder asks for. `exit` is the exit strategy; `other` any other bracketed question. */
export type PlaceholderTopic = 'owner' | 'deadline' | 'measurable' | 'problem' | 'funding' | 'exit' | 'other';

export interface Placeholder {
  /** Offsets into the searched text, `[start, end)`, brackets included. */
  start: number;
  end: number;
  text: string;
  topic: PlaceholderTopic;
}

/** The placeholder each `missing-*` rule inserts, by topic and locale. One list, used by rules and fixes. */
export const PLACEHOLDERS: Record<Exclude<PlaceholderTopic, 'other'>, { nl: string; en: string }> = {
  owner: { nl: '[wie?]', en: '[who?]' },
  deadline: { nl: '[wanneer?]', en: '[when?]' },
  measurable: { nl: '[hoe meten?]', en: '[how measured?]' },
  problem: { nl: '[waarom?]', en: '[why?]' },
  funding: { nl: '[wie betaalt?]', en: '[who pays?]' },
  exit: { nl: '[exitstrategie?]', en: '[exit strategy?]' },
};

// "[…?]" of at most 60 characters on one line, not a Markdown link ("[tekst](url)" has no "?]").
const PLACEHOLDER = /\[([^\][\n]{1,60}?)\?\]/g;

/** Topic of a placeholder's words: "wie betaalt" → funding, "wie" → owner, "datum" → deadline. */
export function placeholderTopic(words: string): PlaceholderTopic {
  const w = words.toLowerCase();
  if (/betaal|financ|budget|geld|kosten|bedrag|pays?\b|fund|cost|money/.test(w)) return 'funding';
  if (/exit|uitstap|overstap|leverancier|vendor/.test(w)) return 'exit';
  if (/meet|meten|meetbaar|hoeveel|resultaat|norm|measur|how many|how much|result/.test(w)) return 'measurable';
  if (/waarom|probleem|aanleiding|reden|why|problem|reason/.test(w)) return 'problem';
  if (/wanneer|datum|termijn|jaar|deadline|when|date/.test(w)) return 'deadline';
  if (/\bwie\b|verantwoordelijk|eigenaar|\bwho\b|owner/.test(w)) return 'owner';
  return 'other';
}

/** Every placeholder in `text`, in order. Cheap when there is none (one `indexOf`). */
export function findPlaceholders(text: string): Placeholder[] {
  if (text.indexOf('?]') < 0) return [];
  const out: Placeholder[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], topic: placeholderTopic(m[1]!) });
  }
  return out;
}

/** True when `[start, end)` overlaps a placeholder in `text`. */
export function insidePlaceholder(text: string, start: number, end: number): boolean {
  if (text.indexOf('?]') < 0) return false;
  return findPlaceholders(text).some((p) => start < p.end && p.start < end);
}
