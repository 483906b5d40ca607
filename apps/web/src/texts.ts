import type { Locale } from '@scherp/corpus';

/** The text the editor opens with: one vague and one concrete piece of advice (our own sentences). */
export const SAMPLE = [
  '# Advies over de dienstverlening van het loket',
  '',
  'Er moet meer aandacht komen voor de toegankelijkheid van het loket.',
  '',
  'De gemeente opent op 1 maart 2027 een tweede balie, omdat de wachttijd nu drie weken is; het college betaalt dit uit het budget voor dienstverlening.',
  '',
].join('\n');

/** Everything the page says, Dutch first. */
const texts = {
  title: { nl: 'Scherp — maak uw advies concreet', en: 'Scherp — make your advice concrete' },
  intro: {
    nl: 'Typ of plak uw tekst, of open een bestand (.md, .txt of Word .docx). Scherp wijst vaag advies aan: wie doet het, wanneer, wat is het meetbare resultaat, welk probleem lost het op en wie betaalt?',
    en: 'Type or paste your text, or open a file (.md, .txt or Word .docx). Scherp points out vague advice: who acts, when, what measurable result, which problem it solves and who pays?',
  },
  privacy: {
    nl: 'Alles gebeurt op uw eigen computer: uw tekst en bestanden verlaten deze computer niet. Deze pagina doet geen netwerkverzoeken.',
    en: 'Everything happens on your own computer: your text and files never leave it. This page makes no network requests.',
  },
  editorLabel: { nl: 'Uw tekst', en: 'Your text' },
  placeholder: { nl: 'Typ hier uw advies…', en: 'Type your advice here…' },
  open: { nl: 'Bestand openen', en: 'Open a file' },
  exportHtml: { nl: 'Rapport downloaden (HTML)', en: 'Download report (HTML)' },
  exportJson: { nl: 'Bevindingen downloaden (JSON)', en: 'Download findings (JSON)' },
  language: { nl: 'Taal', en: 'Language' },
  settings: { nl: 'Instellingen', en: 'Settings' },
  preset: { nl: 'Regelset', en: 'Rule set' },
  presetRecommended: { nl: 'Aanbevolen', en: 'Recommended' },
  presetStrict: { nl: 'Streng', en: 'Strict' },
  rule: { nl: 'Regel', en: 'Rule' },
  severity: { nl: 'Ernst', en: 'Severity' },
  severityDefault: { nl: 'Standaard ({value})', en: 'Default ({value})' },
  off: { nl: 'uit', en: 'off' },
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  info: { nl: 'hint', en: 'hint' },
  resetSettings: { nl: 'Standaardinstellingen herstellen', en: 'Restore default settings' },
  scorecard: { nl: 'Adviezen', en: 'Advice' },
  score: { nl: '{concrete} van {total} adviezen concreet', en: '{concrete} of {total} pieces of advice concrete' },
  noAdvice: { nl: 'Nog geen advies gevonden.', en: 'No advice found yet.' },
  criterionOwner: { nl: 'wie', en: 'who' },
  criterionDeadline: { nl: 'wanneer', en: 'when' },
  criterionMeasurable: { nl: 'meetbaar', en: 'measurable' },
  criterionProblem: { nl: 'probleem', en: 'problem' },
  criterionFunding: { nl: 'financiering', en: 'funding' },
  met: { nl: 'aanwezig', en: 'present' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  toFill: { nl: 'nog invullen', en: 'still to fill in' },
  coverage: { nl: '{label}: {met} van {total}', en: '{label}: {met} of {total}' },
  jumpTo: { nl: 'Ga naar advies {n}', en: 'Go to advice {n}' },
  explanation: { nl: 'Uitleg bij de cursor', en: 'Explanation at the cursor' },
  explanationEmpty: {
    nl: 'Klik op of ga met de cursor naar een onderstreept woord voor uitleg en voorstellen.',
    en: 'Click or move the cursor onto an underlined word for an explanation and suggestions.',
  },
  suggestions: { nl: 'Voorstellen (worden pas toegepast als u erop klikt)', en: 'Suggestions (applied only when you click one)' },
  checking: { nl: 'Bezig met controleren…', en: 'Checking…' },
  checked: { nl: '{count} bevindingen', en: '{count} findings' },
  checkedOne: { nl: '1 bevinding', en: '1 finding' },
  opened: { nl: '{name} geopend', en: 'Opened {name}' },
  openFailed: { nl: 'Kan {name} niet openen: {reason}', en: 'Cannot open {name}: {reason}' },
  tooLarge: { nl: 'het bestand is groter dan 50 MB', en: 'the file is larger than 50 MB' },
  unsupported: { nl: 'alleen .md, .txt en .docx worden ondersteund', en: 'only .md, .txt and .docx are supported' },
  keyboard: {
    nl: 'Toetsenbord: Tab gaat naar het volgende onderdeel, Ctrl+Shift+M opent de lijst met bevindingen, F8 springt naar de volgende bevinding.',
    en: 'Keyboard: Tab moves to the next part, Ctrl+Shift+M opens the list of findings, F8 jumps to the next finding.',
  },
} satisfies Record<string, Record<Locale, string>>;

export type TextId = keyof typeof texts;

export function t(locale: Locale, id: TextId, values: Record<string, string | number> = {}): string {
  return texts[id][locale].replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
