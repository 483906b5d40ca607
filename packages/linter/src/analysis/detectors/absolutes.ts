/** Unrealistic absolutes: "altijd en overal", "100%", "nooit meer", "falen is geen optie", "waterdicht". */
import { ABSOLUTE_PHRASES } from '../lexicon/absolutes.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher(ABSOLUTE_PHRASES.map((pattern) => ({ pattern, data: null })));

export function detectAbsolutes(view: SentenceView): TextMatch[] {
  return matcher.findAll(view.tokens).map((m) => spanOf(view, m.from, m.to));
}
