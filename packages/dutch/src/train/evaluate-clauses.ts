/**
 * Clause structure against the gold dependency trees: subjects (nsubj/nsubj:pass of each finite verb's
 * clause), passives (participles with an aux:pass dependent), agents (obl:agent) and separated particles
 * (compound:prt of a finite verb). Tags come from the tagger, not from the gold data.
 */
// The public analysis, as the linter runs it (with the verb repairs that consult the model's lexicon).
import { analyzeClauses } from '../index.js';
import type { TaggedWord } from '../tagger.js';
import type { GoldSentence } from './conllu.js';

export interface ClauseAccuracy {
  subjectGold: number;
  subjectFound: number;
  subjectPredicted: number;
  passiveGold: number;
  passivePredicted: number;
  passiveCorrect: number;
  agentGold: number;
  agentCorrect: number;
  particleGold: number;
  particlePredicted: number;
  particleCorrect: number;
}

export function evaluateClauses(sentences: readonly GoldSentence[], tag: (words: string[]) => TaggedWord[]): ClauseAccuracy {
  const a: ClauseAccuracy = {
    subjectGold: 0, subjectFound: 0, subjectPredicted: 0, passiveGold: 0, passivePredicted: 0, passiveCorrect: 0,
    agentGold: 0, agentCorrect: 0, particleGold: 0, particlePredicted: 0, particleCorrect: 0,
  };
  for (const s of sentences) {
    const tags = tag(s.tokens.map((t) => t.form));
    const { clauses, clauseOf } = analyzeClauses(tags);
    const g = s.tokens;
    const children = (h: number, rel: (d: string) => boolean) => g.flatMap((t, i) => (t.head === h + 1 && rel(t.deprel) ? [i] : []));
    // Subjects: per gold finite verb whose clause has a subject.
    g.forEach((t, i) => {
      if (!t.xpos.startsWith('WW|pv')) return;
      const head = /^(aux|aux:pass|cop)$/.test(t.deprel) ? t.head - 1 : i;
      const subj = head >= 0 ? children(head, (d) => d === 'nsubj' || d === 'nsubj:pass')[0] : undefined;
      const clause = clauses[clauseOf[i]!];
      const predicted = clause && clause.finite === i ? clause.subject : -1;
      if (subj === undefined) return;
      a.subjectGold++;
      if (predicted >= 0) a.subjectPredicted++;
      if (predicted === subj) a.subjectFound++;
    });
    // Passives and agents.
    const goldPassive = new Set(g.flatMap((_, i) => (children(i, (d) => d === 'aux:pass').length > 0 ? [i] : [])));
    const predictedPassive = clauses.flatMap((c) => (c.passive ? [c.passive] : []));
    a.passiveGold += goldPassive.size;
    a.passivePredicted += predictedPassive.length;
    for (const p of predictedPassive) if (goldPassive.has(p.participle)) a.passiveCorrect++;
    for (const i of goldPassive) {
      for (const agent of children(i, (d) => d === 'obl:agent')) {
        a.agentGold++;
        const p = predictedPassive.find((x) => x.participle === i);
        if (p?.agent && agent >= p.agent.from && agent < p.agent.to) a.agentCorrect++;
      }
    }
    // Separated particles of finite verbs.
    const goldParticles = new Set(g.flatMap((t, i) => (t.deprel === 'compound:prt' && g[t.head - 1]?.xpos.startsWith('WW|pv') ? [i] : [])));
    const predictedParticles = clauses.flatMap((c) => (c.particle >= 0 ? [c.particle] : []));
    a.particleGold += goldParticles.size;
    a.particlePredicted += predictedParticles.length;
    for (const p of predictedParticles) if (goldParticles.has(p)) a.particleCorrect++;
  }
  return a;
}

const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)}%`;
const f1 = (c: number, p: number, g: number) => pct(2 * c, p + g);

export function formatClauseAccuracy(a: ClauseAccuracy): string {
  return [
    `subject found ${pct(a.subjectFound, a.subjectGold)} of ${a.subjectGold} finite clauses with a subject (precision ${pct(a.subjectFound, a.subjectPredicted)})`,
    `passive P ${pct(a.passiveCorrect, a.passivePredicted)} R ${pct(a.passiveCorrect, a.passiveGold)} F1 ${f1(a.passiveCorrect, a.passivePredicted, a.passiveGold)} (${a.passiveGold} gold)`,
    `agent ${pct(a.agentCorrect, a.agentGold)} of ${a.agentGold}`,
    `separated particle P ${pct(a.particleCorrect, a.particlePredicted)} R ${pct(a.particleCorrect, a.particleGold)} (${a.particleGold} gold)`,
  ].join('\n                 ');
}
