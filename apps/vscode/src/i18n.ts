/**
 * Strings the extension itself shows (status bar, tree view, prompts). Settings and command titles are
 * localized through package.nls*.json instead, because VS Code reads those before the extension runs.
 * The language follows the `scherp.taal` setting, not VS Code's display language: VS Code has no
 * official Dutch language pack, so a Dutch policy writer usually runs an English VS Code.
 */
export type Locale = 'nl' | 'en';

export const CRITERIA = ['owner', 'deadline', 'measurable', 'problem', 'funding'] as const;
export type Criterion = (typeof CRITERIA)[number];

interface Strings {
  criterion: Record<Criterion, string>;
  statusScore: (concrete: number, total: number) => string;
  statusNone: string;
  statusTooltip: string;
  vague: string;
  concrete: string;
  lintProgress: string;
  lintDone: (files: number, findings: number) => string;
  lintNoFiles: string;
  reportTitle: string;
  pickRule: string;
  /** Heading of the criteria that only a placeholder stands for. */
  openTasks: string;
  moreActions: string;
  readError: (file: string, reason: string) => string;
  settingsMigrated: (moves: string[]) => string;
}

const nl: Strings = {
  criterion: { owner: 'wie', deadline: 'wanneer', measurable: 'meetbaar', problem: 'probleem', funding: 'financiering' },
  statusScore: (concrete, total) => `Scherp ${concrete}/${total} ${total === 1 ? 'advies' : 'adviezen'} concreet`,
  statusNone: 'Scherp: geen adviezen',
  statusTooltip: 'Adviezen met een eigenaar, termijn, meetbaar resultaat, probleem en financiering. Klik voor de lijst.',
  vague: 'vaag',
  concrete: 'concreet',
  lintProgress: 'Scherp controleert de werkmap…',
  lintDone: (files, findings) =>
    `Scherp: ${files} ${files === 1 ? 'bestand' : 'bestanden'} gecontroleerd, ${findings} ${findings === 1 ? 'melding' : 'meldingen'}.`,
  lintNoFiles: 'Scherp: geen Markdown-bestanden in de werkmap gevonden.',
  reportTitle: 'Scherp-rapport',
  pickRule: 'Kies een regel om de documentatie te openen',
  openTasks: 'nog invullen',
  moreActions: 'Uitzetten of uitleg',
  readError: (file, reason) => `Scherp kon ${file} niet lezen: ${reason}`,
  settingsMigrated: (moves) => `Scherp: de instellingen hebben Nederlandse namen gekregen en zijn overgezet: ${moves.join(', ')}.`,
};

const en: Strings = {
  criterion: { owner: 'who', deadline: 'when', measurable: 'measurable', problem: 'problem', funding: 'funding' },
  statusScore: (concrete, total) =>
    `Scherp ${concrete}/${total} ${total === 1 ? 'recommendation' : 'recommendations'} concrete`,
  statusNone: 'Scherp: no recommendations',
  statusTooltip: 'Recommendations with an owner, deadline, measurable result, problem and funding. Click for the list.',
  vague: 'vague',
  concrete: 'concrete',
  lintProgress: 'Scherp is checking the workspace…',
  lintDone: (files, findings) =>
    `Scherp: checked ${files} ${files === 1 ? 'file' : 'files'}, ${findings} ${findings === 1 ? 'finding' : 'findings'}.`,
  lintNoFiles: 'Scherp: no Markdown files found in the workspace.',
  reportTitle: 'Scherp report',
  pickRule: 'Pick a rule to open its documentation',
  openTasks: 'still to fill in',
  moreActions: 'Turn off or explain',
  readError: (file, reason) => `Scherp could not read ${file}: ${reason}`,
  settingsMigrated: (moves) => `Scherp: the settings have Dutch names now and were moved: ${moves.join(', ')}.`,
};

export function strings(locale: Locale): Strings {
  return locale === 'en' ? en : nl;
}

/** Unknown values (a hand-edited settings.json) fall back to Dutch, the default. */
export function toLocale(value: unknown): Locale {
  return value === 'en' ? 'en' : 'nl';
}
