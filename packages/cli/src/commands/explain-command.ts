import { createLinter, explainSentence } from '@scherp/linter';
import { parse } from '@scherp/parser';
import type { CommandContext } from '../context.js';

export interface ExplainCommandOptions {
  format?: 'text' | 'json';
}

const HEAD = {
  nl: { sentence: 'Zin', clauses: 'Woorden per deelzin (* = bijzin)', cue: 'Advies-cue', none: 'geen regel uit de cue-tabel', evidence: 'Bewijs', rules: 'Regels', fired: 'meldt', quiet: 'zwijgt', noTagger: 'woordsoorten volgen zodra de tagger (@scherp/dutch) beschikbaar is' },
  en: { sentence: 'Sentence', clauses: 'Words per clause (* = subordinate)', cue: 'Advice cue', none: 'no row of the cue table', evidence: 'Evidence', rules: 'Rules', fired: 'reports', quiet: 'silent', noTagger: 'part-of-speech tags follow once the tagger (@scherp/dutch) is available' },
} as const;

/** Rules whose silence is worth explaining, with the evidence field that keeps them quiet. */
const RULE_EVIDENCE: Record<string, number> = {
  'missing-owner': 1, 'missing-deadline': 2, 'missing-measure': 3, 'missing-problem': 4, 'missing-funding': 5, deferral: 6, hype: 7, 'absolute-claim': 8, 'vague-term': 9,
};

/**
 * `scherp explain "<zin>"`: the analysis of one sentence — its clauses, the advice cue, the owner, deadline and
 * measure evidence — and why each rule reported it or stayed silent, from the same lint as `scherp lint`.
 */
export function explainCommand(sentence: string, options: ExplainCommandOptions, context: CommandContext): number {
  const { locale, io } = context;
  const text = sentence.trim();
  if (text === '') {
    io.stderr.write(locale === 'nl' ? 'scherp explain: geef een zin, bijv. scherp explain "De minister moet vóór 2027 een register openen."\n' : 'scherp explain: give a sentence, e.g. scherp explain "De minister moet vóór 2027 een register openen."\n');
    return 2;
  }
  const explanation = explainSentence(text, locale);
  const { messages } = createLinter({ locale }).lint(parse(`${text}\n`, { filePath: 'explain.md' }));
  if (options.format === 'json') {
    const { analysis, ...rest } = explanation;
    io.stdout.write(`${JSON.stringify({ ...rest, advice: analysis.advice, messages: messages.map((m) => ({ ruleId: m.ruleId, criterion: m.criterion, message: m.message })) }, null, 2)}\n`);
    return 0;
  }
  const h = HEAD[locale];
  const out: string[] = [`${h.sentence}: ${text}`, '', `${h.clauses}:`];
  const clauses = new Map<number, { words: string[]; subordinate: boolean }>();
  for (const t of explanation.tokens) {
    const c = clauses.get(t.clause) ?? { words: [], subordinate: t.subordinate };
    c.words.push(t.text);
    clauses.set(t.clause, c);
  }
  for (const [i, c] of clauses) out.push(`  ${c.subordinate ? '*' : ' '}${i}  ${c.words.join(' ')}`);
  out.push(`  (${h.noTagger})`, '');
  const table = explanation.table;
  out.push(`${h.cue}: ${table ? `«${table.text}» → ${table.cue} (${table.why})` : h.none}`, '', `${h.evidence}:`);
  for (const e of explanation.evidence) out.push(`  ${e.field.padEnd(11)} ${e.found ? `«${e.found}»` : '—'}${e.note ? `  ${e.note}` : ''}`);
  out.push('', `${h.rules}:`);
  const fired = new Set(messages.map((m) => m.ruleId));
  for (const m of messages) out.push(`  ${h.fired.padEnd(7)} ${m.ruleId}: ${m.message}`);
  for (const [rule, index] of Object.entries(RULE_EVIDENCE)) {
    if (fired.has(rule)) continue;
    const e = explanation.evidence[index]!;
    const why = explanation.analysis.advice === null && index <= 6 ? explanation.evidence[0]!.note : e.found ? `«${e.found}»` : e.note;
    out.push(`  ${h.quiet.padEnd(7)} ${rule}: ${why}`);
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
