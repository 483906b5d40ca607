/**
 * AUX or VERB for "worden" and "hebben" from what their clause contains (issue #11). In the UD Dutch treebanks
 * "worden" is AUX only as the passive auxiliary (with a participle: "wordt vastgesteld"); as a copula it is
 * VERB ("wordt groter", "werd de redder"). "hebben" is AUX with a participle or an infinitive in place of one
 * ("heeft gewacht", "had kunnen afsluiten"), VERB as possession ("heeft stevige kaken"). Greedy left-to-right
 * decoding decides before it has seen the participle, so this pass looks at the whole clause afterwards.
 */
import { BOUNDARY, FINITE, SUBORDINATOR } from './flags.js';
import type { ClassInfo } from './model.js';

const WORDEN = new Set(['word', 'wordt', 'werd', 'werden', 'worden']);
/** Finite and infinitive forms of "hebben" (also read by the verb-form pass). */
export const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden']);
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren']);

export interface AuxiliaryTable {
  /** Per class: the class with the same CGN tag and the other of AUX/VERB, or -1. */
  counterpart: Int32Array;
  /** Per class: 1 a verbal participle (`WW|vd|vrij`), 2 an infinitive (`WW|inf`), else 0. */
  form: Uint8Array;
  flags: Uint8Array;
  aux: Uint8Array;
  /** Per class: an article (`LID`). */
  article: Uint8Array;
  /** Per class: a predicative adjective (`ADJ|vrij`), the complement of a copula "zijn". */
  predicate: Uint8Array;
}

export function auxiliaryTable(classes: readonly ClassInfo[], flags: Uint8Array): AuxiliaryTable {
  const byKey = new Map(classes.map((c, i) => [`${c.upos}\t${c.xpos}`, i]));
  const counterpart = Int32Array.from(classes, (c) => {
    if (c.upos !== 'AUX' && c.upos !== 'VERB') return -1;
    return byKey.get(`${c.upos === 'AUX' ? 'VERB' : 'AUX'}\t${c.xpos}`) ?? -1;
  });
  const form = Uint8Array.from(classes, (c) => (c.xpos.startsWith('WW|vd|vrij') ? 1 : c.xpos.startsWith('WW|inf') ? 2 : 0));
  const aux = Uint8Array.from(classes, (c) => (c.upos === 'AUX' ? 1 : 0));
  const article = Uint8Array.from(classes, (c) => (c.xpos.startsWith('LID') ? 1 : 0));
  const predicate = Uint8Array.from(classes, (c) => (c.xpos.startsWith('ADJ|vrij') ? 1 : 0));
  return { counterpart, form, flags, aux, article, predicate };
}

/** Punctuation that ends a clause for the right-hand scan; quotes, dashes and brackets do not. */
const CLAUSE_END = new Set([',', ';', ':', '.', '!', '?']);

/** What the clause around a verb contains (bits). */
const PARTICIPLE = 1;
const BARE_INFINITIVE = 2;
const ER = 4;
const PREDICATE = 8;

/**
 * Relabels forms of "worden", "hebben" and "zijn" in `out[0..lowers.length)` as AUX or VERB by their clause.
 * `participle[i]`: word i was seen as a participle in training, so a finite reading of it after the
 * auxiliary ("werd … besloten", "hebben … verlaten") may be the participle the tagger read as a plural.
 */
export function relabelAuxiliaries(t: AuxiliaryTable, lowers: readonly string[], participle: readonly boolean[], out: Int32Array): void {
  const n = lowers.length;
  for (let i = 0; i < n; i++) {
    const lower = lowers[i]!;
    const verb = WORDEN.has(lower) ? 1 : HEBBEN.has(lower) ? 2 : ZIJN.has(lower) ? 3 : 0;
    if (verb === 0) continue;
    const cls = out[i]!;
    const other = t.counterpart[cls]!;
    if (other < 0 || t.form[cls] === 1) continue;
    let seen = 0;
    // A bare infinitive stands for the participle after "hebben" ("had kunnen afsluiten"); not after "te" or an
    // article ("het verlangen"), nor once a "te" has opened an infinitive clause ("om … te kunnen overleven").
    let te = false;
    const look = (j: number): void => {
      const c = out[j]!;
      if (t.form[c] === 1) seen |= PARTICIPLE;
      else if (t.form[c] === 2 && !te && lowers[j - 1] !== 'te' && !t.article[out[j - 1]!]) seen |= BARE_INFINITIVE;
      else if (t.predicate[c]) seen |= PREDICATE;
      else if (lowers[j] === 'er') seen |= ER;
    };
    // Left, up to a boundary, subordinator or finite verb: verb-final clauses ("… geplaatst werd").
    for (let j = i - 1; j >= 0; j--) {
      if (t.flags[out[j]!]! & (BOUNDARY | SUBORDINATOR | FINITE)) break;
      look(j);
    }
    // Right, up to the end of the sentence or clause: a subordinator, a finite verb after a comma or coordinator
    // (a new clause), ". ; : ! ?". A finite verb before that is read on ("heeft het leed/pv … geproefd"), as is
    // an enumeration ("worden er kalkoenen, eenden en ganzen gehouden").
    let joined = false;
    for (let j = i + 1; j < n; j++) {
      const c = out[j]!;
      const f = t.flags[c]!;
      const w = lowers[j]!;
      // "als" and "dan" are subordinators in CGN, but compare within the clause ("werd als voorzitter opgevolgd").
      if ((f & SUBORDINATOR && w !== 'als' && w !== 'dan') || (f & FINITE && joined) || (CLAUSE_END.has(w) && w !== ',')) break;
      if (w === ',' || (f & BOUNDARY && (w === 'en' || w === 'of' || w === 'maar'))) joined = true;
      if (w === 'te') te = true;
      look(j);
      if ((f & FINITE) !== 0 && participle[j] === true) seen |= PARTICIPLE;
    }
    let auxiliary: boolean;
    if (verb === 1) auxiliary = (seen & PARTICIPLE) !== 0;
    else if (verb === 2) auxiliary = (seen & (PARTICIPLE | BARE_INFINITIVE)) !== 0;
    // "zijn": existential with "er" and neither participle nor predicate ("omdat er weiden zijn"): VERB; with a
    // participle or predicative adjective: AUX (copula, auxiliary); otherwise the tagger's reading stands.
    else if (seen & ER && !(seen & (PARTICIPLE | PREDICATE))) auxiliary = false;
    else if (seen & (PARTICIPLE | PREDICATE) && !(seen & ER && !(seen & PARTICIPLE))) auxiliary = true;
    else continue;
    if (auxiliary !== (t.aux[cls] === 1)) out[i] = other;
  }
}
