// Small metric helpers for the eval.
export function counts() {
  return { tp: 0, fp: 0, fn: 0, tn: 0 };
}

export function add(c, expected, got) {
  if (expected && got) c.tp++;
  else if (!expected && got) c.fp++;
  else if (expected && !got) c.fn++;
  else c.tn++;
}

export function prf(c) {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

/** Macro-F1 over the two classes present/missing. */
export function macroF1(c) {
  const pos = prf(c).f1;
  const neg = prf({ tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp }).f1;
  return (pos + neg) / 2;
}

export const fmt = (x) => x.toFixed(3);
