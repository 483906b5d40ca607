/**
 * Passive voice: a form of "worden" (or "zijn") with a past participle in the same clause, in either order
 * ("wordt ingericht", "moet worden vastgesteld", "vastgesteld moet worden"). Participles are recognised by
 * shape (ge-…-d/t, particle + ge-…, inseparable prefixes) plus a lexicon of irregular forms.
 */
import {
  INSEPARABLE_PREFIXES, IRREGULAR_PARTICIPLE_BODIES, NOT_PARTICIPLES, PASSIVE_AUX_WORDEN, PASSIVE_AUX_ZIJN,
  ADJECTIVAL_WITH_ZIJN, PERFECT_WITH_ZIJN, SEPARABLE_PARTICLES,
} from '../lexicon/verbs.js';
import type { TextMatch } from '../../types.js';
import { isBoundary } from '../clauses.js';
import { spanOf, type SentenceView } from '../view.js';

/** Is `word` a past participle? `strict` demands a ge-form (used after "zijn", where adjectives abound). */
export function isParticiple(word: string, strict = false): boolean {
  if (word.length < 5) return false;
  // Every participle ends in -d, -t or -en (irregular); most words can be rejected on that alone.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 100 /* d */ && last !== 116 /* t */ && last !== 110 /* n */) return false;
  if (NOT_PARTICIPLES.has(word)) return false;
  if (word.endsWith('end') || word.endsWith('ende')) return false; // present participles: "verschillend"
  if (isGeForm(word)) return true;
  for (const particle of SEPARABLE_PARTICLES) {
    if (word.startsWith(particle) && isGeForm(word.slice(particle.length))) return true;
  }
  if (strict) return false;
  for (const prefix of INSEPARABLE_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const body = word.slice(prefix.length);
    if (IRREGULAR_PARTICIPLE_BODIES.has(body)) return true;
    if (body.length >= 4 && (word.endsWith('d') || word.endsWith('t')) && !word.endsWith('heid')) return true;
  }
  return false;
}

function isGeForm(word: string): boolean {
  if (!word.startsWith('ge') || word.length < 5) return false;
  const body = word.startsWith('geë') || word.startsWith('geï') ? word.slice(2) : word.slice(2);
  if (IRREGULAR_PARTICIPLE_BODIES.has(body)) return true;
  if (NOT_PARTICIPLES.has(word)) return false;
  return (word.endsWith('d') || word.endsWith('t')) && !word.endsWith('heid') && !word.endsWith('schap');
}

const MAX_DISTANCE_AFTER = 12;
const MAX_DISTANCE_BEFORE = 4;

export function detectPassives(view: SentenceView): TextMatch[] {
  const { tokens } = view;
  const out: TextMatch[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i]!.lower;
    const worden = PASSIVE_AUX_WORDEN.has(aux);
    const zijn = PASSIVE_AUX_ZIJN.has(aux);
    if (!worden && !zijn) continue;
    const accept = (w: string) => (worden ? isParticiple(w) : isParticiple(w, true) && !PERFECT_WITH_ZIJN.has(w) && !ADJECTIVAL_WITH_ZIJN.has(w));
    let hit = -1;
    for (let j = i + 1; j < tokens.length && j <= i + MAX_DISTANCE_AFTER; j++) {
      const t = tokens[j]!;
      if (isBoundary(t) || PASSIVE_AUX_WORDEN.has(t.lower) && j !== i + 1) break;
      if (t.kind === 'word' && !used.has(j) && accept(t.lower)) {
        hit = j;
        break;
      }
    }
    if (hit >= 0) {
      used.add(hit);
      out.push(spanOf(view, i, hit + 1));
      continue;
    }
    for (let j = i - 1; j >= 0 && j >= i - MAX_DISTANCE_BEFORE; j--) {
      const t = tokens[j]!;
      if (isBoundary(t)) break;
      if (t.kind === 'word' && !used.has(j) && accept(t.lower)) {
        used.add(j);
        out.push(spanOf(view, j, i + 1));
        break;
      }
    }
  }
  return out;
}
