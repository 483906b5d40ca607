import type { Locale } from '@scherp/corpus';

/** Texts of the CLI itself (the linter localizes its own messages). Dutch is the default. */
export interface CliTexts {
  problems(total: number, errors: number, warnings: number, infos: number): string;
  fileIgnored(file: string): string;
  tooManyWarnings(count: number, max: number): string;
  progress(done: number, total: number): string;
  reportWritten(file: string, count: number): string;
  columns: { rule: string; criterion: string; severity: string; recommended: string; description: string };
  severity: Record<'error' | 'warning' | 'info', string>;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summary(locale: Locale, total: number, errors: number, warnings: number, infos: number): string {
  const [problem, problems, error, errorsWord, warning, warningsWord, note, notes] =
    locale === 'nl'
      ? ['probleem', 'problemen', 'fout', 'fouten', 'waarschuwing', 'waarschuwingen', 'opmerking', 'opmerkingen']
      : ['problem', 'problems', 'error', 'errors', 'warning', 'warnings', 'note', 'notes'];
  const parts = [plural(errors, error, errorsWord), plural(warnings, warning, warningsWord)];
  if (infos > 0) parts.push(plural(infos, note, notes));
  return `${plural(total, problem, problems)} (${parts.join(', ')})`;
}

const nl: CliTexts = {
  problems: (t, e, w, i) => summary('nl', t, e, w, i),
  fileIgnored: (f) => `${f}: overgeslagen (genegeerd via .gitignore, .scherpignore of --ignore-pattern)`,
  tooManyWarnings: (c, m) => `Te veel waarschuwingen: ${c} (maximaal ${m} toegestaan met --max-warnings).`,
  progress: (d, t) => `scherp: ${d}/${t} bestanden`,
  reportWritten: (f, c) => `Rapport over ${c} ${c === 1 ? 'bestand' : 'bestanden'} geschreven naar ${f}`,
  columns: { rule: 'regel', criterion: 'criterium', severity: 'ernst', recommended: 'aanbevolen', description: 'omschrijving' },
  severity: { error: 'fout', warning: 'waarschuwing', info: 'opmerking' },
};

const en: CliTexts = {
  problems: (t, e, w, i) => summary('en', t, e, w, i),
  fileIgnored: (f) => `${f}: skipped (ignored by .gitignore, .scherpignore or --ignore-pattern)`,
  tooManyWarnings: (c, m) => `Too many warnings: ${c} (at most ${m} allowed by --max-warnings).`,
  progress: (d, t) => `scherp: ${d}/${t} files`,
  reportWritten: (f, c) => `Report on ${c} ${c === 1 ? 'file' : 'files'} written to ${f}`,
  columns: { rule: 'rule', criterion: 'criterion', severity: 'severity', recommended: 'recommended', description: 'description' },
  severity: { error: 'error', warning: 'warning', info: 'note' },
};

export function texts(locale: Locale): CliTexts {
  return locale === 'en' ? en : nl;
}

