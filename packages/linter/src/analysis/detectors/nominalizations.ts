/**
 * Nominalisations: a verb hidden in a noun construction ("het realiseren van", "zorgdragen voor"). Lexicon
 * entries carry verb alternatives; the generic shape "het <infinitive> van" is recognised by rule.
 */
import { NOMINALIZATION_LEXICON, NOT_NOMINAL_INFINITIVES, type NominalizationEntry } from '../lexicon/nominalizations.js';
import { PhraseMatcher } from '../phrases.js';
import type { TextMatch } from '../../types.js';
import { spanOf, type SentenceView } from '../view.js';

const matcher = new PhraseMatcher<NominalizationEntry>(NOMINALIZATION_LEXICON.map((entry) => ({ pattern: entry.pattern, data: entry })));

export function detectNominalizations(view: SentenceView): Array<TextMatch & { alternatives: string[] }> {
  const { tokens } = view;
  const out: Array<TextMatch & { alternatives: string[] }> = [];
  const covered = new Set<number>();
  for (const m of matcher.findAll(tokens)) {
    out.push({ ...spanOf(view, m.from, m.to), alternatives: m.data.alternatives });
    for (let k = m.from; k < m.to; k++) covered.add(k);
  }
  // het <infinitive> van: "het versterken van de rol" → "de rol versterken".
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i]!.lower !== 'het' || tokens[i + 2]!.lower !== 'van' || covered.has(i + 1)) continue;
    const verb = tokens[i + 1]!;
    if (verb.kind !== 'word' || verb.lower.length < 6 || !verb.lower.endsWith('en') || NOT_NOMINAL_INFINITIVES.has(verb.lower)) continue;
    out.push({ ...spanOf(view, i, i + 3), alternatives: [verb.lower] });
  }
  return out.sort((a, b) => a.start - b.start);
}
