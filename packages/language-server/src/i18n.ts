import type { Locale, Localized } from '@scherp/corpus';

/** Texts the server itself shows (hover headings, code action titles, notices). Dutch first. */
const texts = {
  whyItMatters: { nl: 'Waarom dit ertoe doet', en: 'Why it matters' },
  howToFix: { nl: 'Zo maak je het concreet', en: 'How to make it concrete' },
  sources: { nl: 'Onderbouwing in het corpus', en: 'Grounds in the corpus' },
  ruleDocs: { nl: 'Documentatie van de regel', en: 'Rule documentation' },
  source: { nl: 'Bron', en: 'Source' },
  moreInfo: { nl: 'Meer uitleg', en: 'More explanation' },
  moreActions: { nl: 'Uitzetten of uitleg…', en: 'Turn off or explain…' },
  rule: { nl: 'Regel', en: 'Rule' },
  disableForLine: {
    nl: 'Zet ‘{rule}’ hier uit (met reden)',
    en: 'Turn ‘{rule}’ off here (with a reason)',
  },
  reasonPlaceholder: { nl: 'reden: …', en: 'reason: …' },
  openDocs: { nl: 'Uitleg over ‘{rule}’', en: 'Explanation of ‘{rule}’' },
  fixAllOfRule: {
    nl: 'Herstel alle veilige ‘{rule}’-meldingen ({count})',
    en: 'Fix all safe ‘{rule}’ findings ({count})',
  },
  fixAll: { nl: 'Herstel alle veilige Scherp-meldingen', en: 'Fix all safe Scherp findings' },
  configError: {
    nl: 'Scherp kan de configuratie niet gebruiken en controleert met de standaardinstellingen: {reason}',
    en: 'Scherp cannot use the configuration and checks with the defaults: {reason}',
  },
  untrustedConfig: {
    nl: 'Scherp laadt {file} niet: JavaScript-configuratie wordt alleen in een vertrouwde werkruimte uitgevoerd.',
    en: 'Scherp does not load {file}: JavaScript configuration only runs in a trusted workspace.',
  },
} satisfies Record<string, Localized>;

export type TextId = keyof typeof texts;

export function t(locale: Locale, id: TextId, values: Record<string, string | number> = {}): string {
  return texts[id][locale].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
