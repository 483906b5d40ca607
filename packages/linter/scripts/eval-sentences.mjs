#!/usr/bin/env node
// Evaluates the Dutch analysis layer against the labelled dev set (../shared/eval/dev) and the project's own
// held-out mini set (eval-heldout.mjs). Prints advice P/R/F1, macro-F1 of owner/deadline/measurable on advice
// units, F1 of hype/deferral/absolute/problem/funding, accuracy of the `vague` verdict, and the worst misses.
// Always exits 0: it reports quality, it does not gate.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { loadAnalysis, loadSentenceSplitter, repoRoot } from './eval-load.mjs';
import { add, counts, fmt, macroF1, prf } from './eval-metrics.mjs';
import { HELDOUT } from './eval-heldout.mjs';

const devDir = path.resolve(repoRoot, '../shared/eval/dev');

/** Context per unit, as analyzeDocument derives it from the source document (see README-analysis.md). */
function contextFor(label) {
  // 000 has an author in its front matter; 001, 003 and 004 are interviews with named speakers; bundle units
  // inside an expert chapter (with an `expert`) speak for that expert.
  const interviewOrAuthored = /^00[0134]_/.test(label.doc ?? '');
  return { blockKind: 'paragraph', firstPersonIsOwner: interviewOrAuthored || Boolean(label.expert) };
}

function readDevSet() {
  const units = readFileSync(path.join(devDir, 'units.md'), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !p.startsWith('# '));
  const labels = readFileSync(path.join(devDir, 'labels.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
  if (units.length !== labels.length) throw new Error(`units.md has ${units.length} units but labels.jsonl has ${labels.length}`);
  return labels.map((label, i) => ({ ...label, text: units[i] }));
}

/** Unit-level prediction: advice if any sentence is advice; a criterion if present in any advice sentence. */
function predictUnit(analyzeSentence, split, text, context) {
  const analyses = split(text).map((s) => analyzeSentence(s, context));
  const advice = analyses.filter((a) => a.advice);
  const any = (list, f) => list.some(f);
  const inUnit = (f) => advice.length > 0 && analyses.some(f);
  const pred = {
    // The engine's view: a criterion anywhere in the paragraph of the advice counts (see engine/advice.ts).
    unit: {
      owner: inUnit((a) => a.owner),
      deadline: inUnit((a) => a.deadline),
      measurable: inUnit((a) => a.measurable),
      problem: inUnit((a) => a.problem),
      funding: inUnit((a) => a.funding),
    },
    advice: advice.length > 0,
    owner: any(advice, (a) => a.owner),
    deadline: any(advice, (a) => a.deadline),
    measurable: any(advice, (a) => a.measurable),
    problem: any(advice, (a) => a.problem),
    funding: any(advice, (a) => a.funding),
    more_research: advice.length > 0 && advice.some((a) => a.deferral),
    hype: any(analyses, (a) => a.hype.length > 0),
    absolute: any(analyses, (a) => a.absolutes.length > 0),
  };
  pred.vague = pred.advice ? vagueVerdict(pred) : null;
  return pred;
}

function vagueVerdict(p) {
  const missing = [p.owner, p.deadline, p.measurable].filter((x) => !x).length;
  return missing >= 2 || (p.more_research && !p.owner && !p.deadline);
}

/** SCHERP_EVAL_SHOW=id1,id2 prints the per-sentence analysis of those units (for debugging a miss). */
function show(item, analyzeSentence, split) {
  console.log(`\n${item.id}: ${item.text}`);
  for (const s of split(item.text)) {
    const a = analyzeSentence(s, item.context);
    const t = (m) => m?.text ?? null;
    console.log(`  · ${s}`);
    console.log(`    ${JSON.stringify({ advice: a.advice && `${a.advice.cue}:${a.advice.text}`, owner: t(a.owner), deadline: t(a.deadline), measurable: t(a.measurable), problem: t(a.problem), funding: t(a.funding), deferral: t(a.deferral), hype: a.hype.map(t), absolutes: a.absolutes.map(t) })}`);
  }
}

function evaluate(name, items, analyzeSentence, split) {
  const wanted = new Set((process.env.SCHERP_EVAL_SHOW ?? '').split(',').filter(Boolean));
  for (const item of items) if (wanted.has(item.id)) show(item, analyzeSentence, split);
  const c = Object.fromEntries(['advice', 'owner', 'deadline', 'measurable', 'problem', 'funding', 'hype', 'more_research', 'absolute'].map((k) => [k, counts()]));
  const u = Object.fromEntries(['owner', 'deadline', 'measurable', 'problem', 'funding'].map((k) => [k, counts()]));
  let vagueRight = 0;
  let vagueTotal = 0;
  const misses = [];
  for (const item of items) {
    const pred = predictUnit(analyzeSentence, split, item.text, item.context);
    const miss = (field, expected, got) => {
      if (Boolean(expected) !== Boolean(got)) misses.push({ id: item.id, field, expected, got, text: item.text });
    };
    add(c.advice, item.advice, pred.advice);
    miss('advice', item.advice, pred.advice);
    for (const k of ['hype', 'absolute']) {
      add(c[k], item[k], pred[k]);
      miss(k, item[k], pred[k]);
    }
    if (item.advice) {
      for (const k of ['owner', 'deadline', 'measurable', 'problem', 'funding']) add(u[k], item[k], pred.unit[k]);
      for (const k of ['owner', 'deadline', 'measurable', 'problem', 'funding', 'more_research']) {
        add(c[k], item[k], pred.advice && pred[k]);
        miss(k, item[k], pred.advice && pred[k]);
      }
      vagueTotal++;
      const got = pred.advice ? pred.vague : true;
      if (got === item.vague) vagueRight++;
    }
  }
  const line = (label, value) => console.log(`  ${label.padEnd(34)} ${value}`);
  console.log(`\n${name} (${items.length} units)`);
  const a = prf(c.advice);
  line('advice P / R / F1', `${fmt(a.p)} / ${fmt(a.r)} / ${fmt(a.f1)}`);
  for (const k of ['owner', 'deadline', 'measurable']) line(`${k} macro-F1 (advice units)`, fmt(macroF1(c[k])));
  for (const k of ['hype', 'more_research', 'absolute', 'problem', 'funding']) {
    const m = prf(c[k]);
    line(`${k === 'more_research' ? 'deferral' : k} F1 (P / R)`, `${fmt(m.f1)} (${fmt(m.p)} / ${fmt(m.r)})`);
  }
  line('vague accuracy (advice units)', vagueTotal ? fmt(vagueRight / vagueTotal) : 'n/a');
  line('criteria anywhere in the unit', ['owner', 'deadline', 'measurable'].map((k) => `${k} ${fmt(macroF1(u[k]))}`).concat(['problem', 'funding'].map((k) => `${k} F1 ${fmt(prf(u[k]).f1)}`)).join(', '));
  return misses;
}

function printMisses(misses, limit) {
  const order = ['advice', 'owner', 'measurable', 'deadline', 'more_research', 'hype', 'absolute', 'problem', 'funding'];
  misses.sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));
  console.log(`\nWorst misses (${misses.length} in total, first ${Math.min(limit, misses.length)}):`);
  for (const m of misses.slice(0, limit)) {
    const text = m.text.length > 110 ? `${m.text.slice(0, 107)}...` : m.text;
    console.log(`  ${m.id.padEnd(10)} ${m.field.padEnd(13)} expected=${String(Boolean(m.expected)).padEnd(5)} got=${String(Boolean(m.got)).padEnd(5)} ${text}`);
  }
}

const { analyzeSentence, from } = await loadAnalysis();
const split = await loadSentenceSplitter();
console.log(`Scherp analysis eval (analysis loaded from ${from})`);

const limit = Number(process.env.SCHERP_EVAL_MISSES ?? 40);
if (existsSync(path.join(devDir, 'labels.jsonl'))) {
  const dev = readDevSet().map((l) => ({ ...l, context: contextFor(l) }));
  printMisses(evaluate('Dev set', dev, analyzeSentence, split), limit);
} else {
  console.log(`\nDev set not found at ${devDir}; skipping.`);
}
const heldout = HELDOUT.map((h, i) => ({ id: `held-${String(i + 1).padStart(3, '0')}`, ...h, context: h.context ?? { blockKind: 'paragraph' } }));
printMisses(evaluate('Held-out mini set (invented sentences)', heldout, analyzeSentence, split), limit);
process.exit(0);
