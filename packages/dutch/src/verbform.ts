/**
 * Finite or infinitive for "-en" verb forms, from the clause around them (issue #11: pv↔inf led the verb-form
 * errors). Greedy left-to-right decoding reads "kunnen maagklachten ontstaan" and "die dit systeem toepassen"
 * before it has seen the clause: a plural present after a modal in the same clause is its infinitive, and the
 * only verb of a subordinate clause is finite.
 */
import { HEBBEN } from './auxiliary.js';
import { BOUNDARY, FINITE, SUBORDINATOR } from './flags.js';
import type { ClassInfo } from './model.js';

/** Finite forms that take a bare infinitive. */
const MODALS = new Set([
  'kan', 'kun', 'kunt', 'kunnen', 'kon', 'konden', 'zal', 'zul', 'zult', 'zullen', 'zou', 'zouden',
  'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'wil', 'wilt', 'willen', 'wilde', 'wilden',
  'wou', 'ga', 'gaat', 'gaan', 'ging', 'gingen', 'laat', 'laten', 'liet', 'lieten', 'blijft', 'blijven', 'bleef', 'bleven',
]);
/** "had … kunnen afsluiten": an infinitive in place of the participle of a modal (after a form of HEBBEN). */
const MODAL_INFINITIVES = new Set(['kunnen', 'zullen', 'moeten', 'mogen', 'willen', 'gaan', 'laten', 'blijven']);
const COORDINATORS = new Set(['en', 'of', 'maar']);

export interface VerbFormTable {
  /** Per class: its infinitive counterpart (`WW|pv|tgw|mv` → `WW|inf|vrij|zonder`, same UPOS), or -1. */
  toInfinitive: Int32Array;
  /** Per class: its finite counterpart (`WW|inf|vrij|zonder` → `WW|pv|tgw|mv`, same UPOS), or -1. */
  toFinite: Int32Array;
  flags: Uint8Array;
  /** Per class: a personal pronoun (`VNW|pers`): after a coordinator it opens a new clause ("en ze leggen"). */
  pronoun: Uint8Array;
  /** Per class: an article, preposition or possessive: a following infinitive is a noun ("het lijden"). */
  nominal: Uint8Array;
}

export function verbFormTable(classes: readonly ClassInfo[], flags: Uint8Array): VerbFormTable {
  const byKey = new Map(classes.map((c, i) => [`${c.upos}\t${c.xpos}`, i]));
  const swap = (from: string, to: string) =>
    Int32Array.from(classes, (c) => (c.xpos === from ? byKey.get(`${c.upos}\t${to}`) ?? -1 : -1));
  const toFinite = swap('WW|inf|vrij|zonder', 'WW|pv|tgw|mv');
  const nominalInfinitive = swap('WW|inf|nom|zonder|zonder-n', 'WW|pv|tgw|mv');
  for (let c = 0; c < classes.length; c++) if (toFinite[c]! < 0) toFinite[c] = nominalInfinitive[c]!;
  const pronoun = Uint8Array.from(classes, (c) => (c.xpos.startsWith('VNW|pers') ? 1 : 0));
  const nominal = Uint8Array.from(classes, (c) => (/^(LID|VZ|VNW\|bez)/.test(c.xpos) ? 1 : 0));
  return { toInfinitive: swap('WW|pv|tgw|mv', 'WW|inf|vrij|zonder'), toFinite, flags, pronoun, nominal };
}

/** A clause boundary for these rules: punctuation, a coordinator or a subordinator. */
const ends = (t: VerbFormTable, cls: number) => (t.flags[cls]! & (BOUNDARY | SUBORDINATOR)) !== 0;

export function relabelVerbForms(t: VerbFormTable, lowers: readonly string[], out: Int32Array): void {
  const n = lowers.length;
  for (let i = 0; i < n; i++) {
    const cls = out[i]!;
    const infinitive = t.toInfinitive[cls]!;
    if (infinitive >= 0 && !COORDINATORS.has(lowers[i - 1] ?? '')) {
      // A plural present after a modal of its clause, with no punctuation or subordinator between: the
      // infinitive ("kunnen maagklachten en zelfs maagbloedingen ontstaan"; not "ze werken en leven").
      for (let j = i - 1; j >= 0; j--) {
        const c = out[j]!;
        const w = lowers[j]!;
        if (t.flags[c]! & SUBORDINATOR || (t.flags[c]! & BOUNDARY && (!COORDINATORS.has(w) || t.pronoun[out[j + 1]!]))) break;
        if (t.flags[c]! & FINITE) {
          if (MODALS.has(w) || (HEBBEN.has(w) && MODAL_INFINITIVES.has(lowers[i]!))) out[i] = infinitive;
          break;
        }
      }
      continue;
    }
    const finite = t.toFinite[cls]!;
    if (finite < 0 || lowers[i - 1] === 'te' || (i > 0 && t.nominal[out[i - 1]!])) continue;
    // The first verb of a subordinate clause that has no finite verb, when none follows: finite ("die dit
    // systeem toepassen", "waaraan de symbolen moeten voldoen"; "waar-" adverbs open relative clauses).
    const relative = (k: number) => lowers[k]!.length > 5 && lowers[k]!.startsWith('waar');
    let j = i - 1;
    while (j >= 0 && !ends(t, out[j]!) && !relative(j) && !(t.flags[out[j]!]! & FINITE) && t.toFinite[out[j]!]! < 0) j--;
    if (j < 0 || !(t.flags[out[j]!]! & SUBORDINATOR || relative(j))) continue;
    let k = i + 1;
    while (k < n && !ends(t, out[k]!) && !(t.flags[out[k]!]! & FINITE)) k++;
    if (k < n && t.flags[out[k]!]! & FINITE) continue;
    out[i] = finite;
  }
}
