/**
 * Dutch abbreviations that end in a full stop but (usually) not a sentence. Lower case, without the final
 * full stop. Sources: the Woordenlijst (Groene Boekje) list of common abbreviations and the ones that occur in
 * Dutch policy writing (legal references, titles, units of organisation).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // general
  'a.d.h.v', 'a.g.v', 'a.h.w', 'a.s', 'afb', 'afd', 'afz', 'alg', 'bijv', 'bijl', 'blz', 'bv', 'bijz', 'bijv', 'c.a',
  'c.q', 'ca', 'cf', 'cfr', 'd.d', 'd.i', 'd.m.v', 'd.w.z', 'dgl', 'dmv', 'dwz', 'e.a', 'e.d', 'e.e.a', 'e.g', 'e.v',
  'enz', 'etc', 'evt', 'excl', 'fig', 'geb', 'i.c', 'i.e', 'i.h.a', 'i.o', 'i.o.m', 'i.p.v', 'i.s.m', 'i.v.m',
  'i.z', 'ibid', 'incl', 'inz', 'jl', 'jr', 'k.k', 'm.a.w', 'm.b.t', 'm.b.v', 'm.i', 'm.i.v', 'm.n', 'm.u.v', 'max',
  'min', 'n.a.v', 'n.b', 'n.v.t', 'nl', 'nr', 'nrs', 'o.a', 'o.b.v', 'o.i', 'o.i.d', 'o.l.v', 'o.m', 'ong',
  'opm', 'p.p', 'p.w', 'pag', 'par', 'pct', 'resp', 's.v.p', 'sr', 'st', 't.a.v', 't.b.v', 't.g.v', 't.o.v', 't.w',
  't.z.t', 'td', 'u.i', 'v.c', 'v.d', 'v.h', 'v.l.n.r', 'v.w.b', 'vgl', 'vlg', 'vnl', 'vnw', 'vs', 'vz', 'w.o',
  'z.g', 'z.g.a.n', 'z.i', 'z.o.z', 'zgn', 'zg', 'zog',
  // titles and forms of address
  'dr', 'drs', 'dhr', 'ds', 'prof', 'mr', 'mw', 'mevr', 'mej', 'ing', 'ir', 'bc', 'jhr', 'jkvr', 'kand', 'lic',
  'mgr', 'mt', 'weled', 'zeereerw',
  // legal and parliamentary references
  'art', 'artt', 'hfd', 'hfdst', 'jo', 'kst', 'stb', 'stcrt', 'trb', 'wetsv', 'bk', 'ek', 'tk', 'aanh',
  'kamerst', 'handel',
  // organisations and places
  'gebr', 'mij', 'vml', 'zn',
]);

/** Month abbreviations: only an abbreviation in a date context ("1 jan. 2026"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'febr', 'mrt', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
]);

/** Abbreviations that often END a sentence: a boundary when the next word starts with a capital. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['enz', 'etc', 'e.d', 'e.a', 'e.e.a', 'o.i.d']);
