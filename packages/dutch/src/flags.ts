/** Per-class bits from the CGN tag, for the clause-context features (decode.ts, features.ts). */
export const FINITE = 1;
export const SUBORDINATOR = 2;
export const BOUNDARY = 4;
/** Any verb (WW); with {@link FINITE}, {@link INFINITIVE} or {@link PARTICIPLE} for its form. */
export const VERB = 8;
export const INFINITIVE = 16;
export const PARTICIPLE = 32;
/** A nominative personal pronoun ("ik", "hij", "we"): a subject, so a following "werken" is finite. */
export const SUBJECT = 64;

/** Class flags from CGN tags: verbs and their form, subordinating conjunctions and relative pronouns, punctuation. */
export function classFlags(xpos: readonly string[]): Uint8Array {
  return Uint8Array.from(xpos, (x) => {
    if (x.startsWith('WW')) return VERB | (x.startsWith('WW|pv') ? FINITE : x.startsWith('WW|inf') ? INFINITIVE : x.startsWith('WW|vd') ? PARTICIPLE : 0);
    if (x.startsWith('VG|onder') || x.startsWith('VNW|betr') || x.startsWith('VNW|vb')) return SUBORDINATOR;
    if (x === 'LET' || x.startsWith('VG|neven')) return BOUNDARY;
    if (x.startsWith('VNW|pers') && x.includes('nomin')) return SUBJECT;
    return 0;
  });
}

