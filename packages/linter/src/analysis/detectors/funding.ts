/**
 * Funding: an amount, or a payer. Active paying verbs ("het Rijk financiert", "gemeenten investeren") name a
 * payer; a passive without agent ("er wordt geïnvesteerd") or "meer middelen" does not.
 */
import { MONEY_WORDS } from '../lexicon/measure.js';
import type { TextMatch } from '../../types.js';
import { spanOf, windowEnd, windowStart, type SentenceView } from '../view.js';

const PAYING_VERBS = new Set(['investeer', 'investeert', 'investeren', 'financier', 'financiert', 'financieren', 'bekostig', 'bekostigt', 'bekostigen', 'betaal', 'betaalt', 'betalen', 'subsidieer', 'subsidieert', 'subsidiëren', 'bezuinig', 'bezuinigt', 'bezuinigen', 'cofinancier', 'cofinanciert', 'cofinancieren', 'trekt', 'trekken', 'reserveert', 'reserveren', 'begroot', 'begroten']);
const FUNDING_NOUNS = new Set(['financiering', 'bekostiging', 'budget', 'budgetten', 'middelen', 'geld', 'dekking', 'subsidie', 'bijdrage', 'investering', 'investeringen', 'krediet', 'kredieten', 'uitkering']);
const GENERIC_QUANTIFIERS = new Set(['meer', 'extra', 'voldoende', 'onvoldoende', 'minder']);

export function detectFunding(view: SentenceView, hasOwner: boolean): TextMatch | null {
  const { tokens } = view;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '€' && tokens[i + 1]?.kind === 'number') return spanOf(view, i, i + 2);
    if (t.kind === 'number' && MONEY_WORDS.has(tokens[i + 1]?.lower ?? '')) {
      let to = i + 2;
      while (to < tokens.length && MONEY_WORDS.has(tokens[to]!.lower)) to++;
      return spanOf(view, i, to);
    }
    if (PAYING_VERBS.has(t.lower)) {
      if (t.lower === 'trekt' || t.lower === 'trekken') {
        if (!tokens.slice(i + 1, windowEnd(view, i)).some((x) => x.lower === 'uit')) continue;
      }
      // Active voice only: no "worden" in the clause (passives need an agent, handled by "door").
      const start = windowStart(view, i);
      const end = windowEnd(view, i);
      const clause = tokens.slice(start, end);
      if (clause.some((x) => view.tags[x.index]!.lemma === 'worden') && !clause.some((x) => x.lower === 'door')) continue;
      return spanOf(view, i, i + 1);
    }
    if (FUNDING_NOUNS.has(t.lower)) {
      const prev = tokens[i - 1]?.lower ?? '';
      if (GENERIC_QUANTIFIERS.has(prev)) continue;
      // "uit de begroting van OCW", "financiering door het Rijk", or a named owner who provides it.
      const after = tokens.slice(i + 1, i + 3).map((x) => x.lower);
      if (after[0] === 'door' || after[0] === 'uit' || after[0] === 'vanuit' || hasOwner) return spanOf(view, i, i + 1);
    }
    // "uit de (eigen) begroting", "uit het Gemeentefonds"
    if (t.lower === 'uit' || t.lower === 'vanuit') {
      for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
        if (/(begroting|budget|fonds|middelen)$/.test(tokens[j]!.lower)) return spanOf(view, i, j + 1);
        if (tokens[j]!.kind === 'punct') break;
      }
    }
    // "draagt bij aan de kosten"
    if (t.lower === 'kosten' && tokens[i - 1]?.lower === 'de' && tokens[i - 2]?.lower === 'aan' && /^(bij|bijdragen|bijdraagt|bijdrage)$/.test(tokens[i - 3]?.lower ?? '')) return spanOf(view, i - 3, i + 1);
    // "draagt de kosten", "neemt de kosten voor haar rekening"
    if (t.lower === 'kosten' && /^(draagt|dragen|betaalt|betalen|neemt|nemen|vergoedt|vergoeden)$/.test(tokens[i - 2]?.lower ?? '')) return spanOf(view, i - 2, i + 1);
    if (t.lower === 'rekening' && tokens[i - 2]?.lower === 'voor' && /^(haar|zijn|hun|eigen|onze|mijn)$/.test(tokens[i - 1]!.lower)) return spanOf(view, i - 2, i + 1);
  }
  return null;
}
