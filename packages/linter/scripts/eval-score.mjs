// Scores per-unit predictions against labels, the way the sets' READMEs describe it.
import { add, counts, macroF1, prf } from './eval-metrics.mjs';

export const FIGURES = ['advice_p', 'advice_r', 'advice_f1', 'owner', 'deadline', 'measurable', 'problem', 'funding', 'hype', 'deferral', 'absolute', 'vague_acc'];

/**
 * advice P/R/F1 over all units; owner/deadline/measurable macro-F1 and problem/funding F1 on detected advice
 * (labelled advice that the linter found); hype/deferral/absolute F1 over all units; vague accuracy on
 * detected advice.
 */
export function score(units, predictions) {
  const c = Object.fromEntries(['advice', 'owner', 'deadline', 'measurable', 'problem', 'funding', 'hype', 'more_research', 'absolute'].map((k) => [k, counts()]));
  let vagueRight = 0;
  let vagueTotal = 0;
  const misses = [];
  units.forEach((unit, i) => {
    const pred = predictions[i];
    const miss = (field, expected, got) => {
      if (Boolean(expected) !== Boolean(got)) misses.push({ id: unit.id, field, expected: Boolean(expected), got: Boolean(got), text: unit.text, pred });
    };
    add(c.advice, unit.advice, pred.advice);
    miss('advice', unit.advice, pred.advice);
    for (const k of ['hype', 'absolute', 'more_research']) {
      add(c[k], unit[k], pred[k]);
      miss(k, unit[k], pred[k]);
    }
    if (unit.advice && pred.advice) {
      for (const k of ['owner', 'deadline', 'measurable', 'problem', 'funding']) {
        add(c[k], unit[k], pred[k]);
        miss(k, unit[k], pred[k]);
      }
      vagueTotal++;
      if (pred.vague === unit.vague) vagueRight++;
      else miss('vague', unit.vague, pred.vague);
    }
  });
  const a = prf(c.advice);
  const f = {
    units: units.length,
    advice_p: a.p,
    advice_r: a.r,
    advice_f1: a.f1,
    owner: macroF1(c.owner),
    deadline: macroF1(c.deadline),
    measurable: macroF1(c.measurable),
    problem: prf(c.problem).f1,
    funding: prf(c.funding).f1,
    hype: prf(c.hype).f1,
    deferral: prf(c.more_research).f1,
    absolute: prf(c.absolute).f1,
    vague_acc: vagueTotal ? vagueRight / vagueTotal : 1,
  };
  return { figures: f, counts: c, misses };
}
