import { memoize } from '../memo.js';

/**
 * Recognising people's names in headings and short lines, without a name list: a Dutch full name is two to
 * six words, starts with a capitalised given name (or initials), ends with a capitalised surname and in
 * between has only capitalised words or surname particles ("van", "der", "ten"). Acronyms (IT, AI) and
 * function words (De, Het, Naar, Wat) at the start rule a line out. Form alone cannot tell "Uomo Digitalis"
 * from a person, so callers also look at the context (see `detect-bundle.ts`).
 */

const PARTICLES = new Set([
  'van', 'de', 'der', 'den', 'het', 'ten', 'ter', 'te', 'von', 'vom', 'zu', 'la', 'le', 'du', 'da', 'di', 'del',
  'della', 'dos', 'das', "'t", '’t', 'op', 'in', 'aan', 'bij', 'y', 'e', 'bin', 'al', 'el',
]);

/** Capitalised words that start titles, never names. */
const NOT_GIVEN_NAMES = new Set([
  'de', 'het', 'een', 'naar', 'voor', 'over', 'met', 'zonder', 'wat', 'hoe', 'waarom', 'wie', 'waar', 'dit', 'dat',
  'deze', 'die', 'onze', 'ons', 'uw', 'mijn', 'op', 'in', 'bij', 'tot', 'van', 'om', 'door', 'als', 'en', 'of',
  'inhoud', 'inhoudsopgave', 'samenvatting', 'voorwoord', 'colofon', 'bijlage', 'bijlagen', 'inleiding',
  'conclusie', 'conclusies', 'aanbeveling', 'aanbevelingen', 'thema', 'hoofdstuk', 'deel', 'advies', 'adviezen',
  'the', 'a', 'an', 'on', 'of', 'and', 'for', 'to', 'digitale', 'nederland', 'europa', 'overheid', 'data',
]);

/** Words of roles and organisations: a line with one of these is a role or affiliation, not a name. */
const ROLE_OR_ORGANISATION = new Set([
  'hoogleraar', 'professor', 'prof', 'lector', 'docent', 'onderzoeker', 'promovendus', 'directeur', 'voorzitter',
  'bestuursvoorzitter', 'bestuurder', 'partner', 'oprichter', 'oprichtster', 'mede-oprichter', 'adviseur',
  'consultant', 'manager', 'programmamanager', 'projectleider', 'ceo', 'cio', 'cto', 'ciso', 'cfo', 'coo',
  'senior', 'lid', 'minister', 'staatssecretaris', 'wethouder', 'burgemeester', 'gedeputeerde', 'kamerlid',
  'expert', 'journalist', 'ondernemer', 'schrijver', 'auteur', 'zelfstandig', 'emeritus', 'secretaris',
  'universiteit', 'university', 'hogeschool', 'ministerie', 'gemeente', 'provincie', 'stichting', 'instituut',
  'institute', 'bureau', 'raad', 'college', 'dienst', 'agentschap', 'inspectie', 'rijkswaterstaat', 'bv', 'nv',
  'consulting', 'group', 'groep', 'lab', 'labs', 'centre', 'center', 'centrum', 'foundation', 'policy',
]);

const GIVEN = /^(?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|(?:\p{Lu}\.)+(?:\p{Lu}\p{Ll}+)?)$/u;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u;

/** Academic and other titles before a name ("Prof. dr. ir. Jan de Vries"); they are kept, not checked. */
const HONORIFICS = new Set(['prof', 'dr', 'mr', 'ir', 'drs', 'ing', 'dhr', 'mevr', 'mw', 'ds', 'bc', 'msc', 'ma', 'ba', 'phd']);

function stripHonorifics(tokens: string[]): string[] {
  let i = 0;
  while (i < tokens.length - 2 && HONORIFICS.has((tokens[i] as string).toLowerCase().replace(/\.$/, ''))) i++;
  return tokens.slice(i);
}

/** True when `text` has the form of one person's full name. */
export function isNameForm(text: string): boolean {
  const tokens = stripHonorifics(text.trim().split(/\s+/));
  if (tokens.length < 2 || tokens.length > 6) return false;
  const first = tokens[0] as string;
  if (!GIVEN.test(first) || NOT_GIVEN_NAMES.has(first.toLowerCase())) return false;
  const last = tokens[tokens.length - 1] as string;
  if (!CAPITALISED.test(last)) return false;
  if (tokens.some((t) => ROLE_OR_ORGANISATION.has(t.toLowerCase().replace(/[.,]$/, '')))) return false;
  let capitalised = 1;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (PARTICLES.has(t.toLowerCase()) && i < tokens.length - 1) continue;
    if (!CAPITALISED.test(t) && !GIVEN.test(t)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/**
 * Splits a line naming one or more authors ("Frank Groenewegen - Karen van Monsjou", "A & B", "A en B") into
 * names, or returns undefined when it is not a list of names. A part of a single word is the second half of
 * a double surname ("Nicole Stolk - Luyten" is one person: Nicole Stolk-Luyten), not a co-author.
 */
export function splitAuthorNames(text: string): string[] | undefined {
  if (text.length > 200) return undefined;
  const names = splitAuthorNamesCached(text);
  return names ? names.slice() : undefined;
}

const splitAuthorNamesCached = memoize(splitAuthorNamesUncached);

function splitAuthorNamesUncached(text: string): string[] | undefined {
  let clean = text.replace(/\s+/g, ' ').trim();
  // Names set in capitals ("KEES BAKKER EN LIES VAN LEEUWEN") are read in title case.
  if (/\p{Lu}/u.test(clean) && !/\p{Ll}/u.test(clean)) clean = titleCase(clean);
  if (clean.length === 0 || clean.length > 160) return undefined;
  const parts = clean.split(/ [-–—&|] | en | and |, /u);
  const names: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part.length === 0) return undefined;
    if (!part.includes(' ') && names.length > 0 && /^\p{Lu}[\p{Ll}'’]+$/u.test(part)) {
      names[names.length - 1] = `${names[names.length - 1]}-${part}`;
      continue;
    }
    names.push(part);
  }
  if (names.length === 0) return undefined;
  return names.every((n) => isNameForm(n.replace(/-(?=\p{Lu})/gu, ' '))) ? names : undefined;
}

/** Comparison key: accents, case, spaces and punctuation removed ("Stolk - Luyten" = "stolkluyten"). */
export const compactKey: (text: string) => string = memoize(compactKeyUncached);

function compactKeyUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein similarity in [0, 1] of two keys (bounded: long inputs are truncated to 200 characters). */
export function similarity(a: string, b: string): number {
  const x = a.slice(0, 200);
  const y = b.slice(0, 200);
  if (x === y) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
    }
    prev = cur;
  }
  return 1 - (prev[y.length] as number) / Math.max(x.length, y.length);
}

/** Same person: identical keys, one a tail of the other (surname only) or a small spelling difference. */
export function sameName(a: string, b: string, keys?: ReadonlyMap<string, string>): boolean {
  const ka = keys?.get(a) ?? compactKey(a);
  const kb = keys?.get(b) ?? compactKey(b);
  if (Math.abs(ka.length - kb.length) > 0.5 * Math.max(ka.length, kb.length) && !ka.endsWith(kb) && !kb.endsWith(ka)) return false;
  if (ka === kb) return true;
  if (ka.length >= 4 && kb.length >= 4 && (ka.endsWith(kb) || kb.endsWith(ka))) return true;
  return similarity(ka, kb) >= 0.88;
}

const LOWER_WORDS = new Set([...PARTICLES, 'en', 'and']);

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : w.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())))
    .join(' ');
}

/**
 * Names with a role or affiliation on the same line: "Jan Jansen, hoogleraar bestuurskunde",
 * "Jan Jansen – Universiteit Utrecht", "Jan Jansen (Rijkswaterstaat)". The role must start in lower case
 * or with a role/organisation word, so "A, B en C" stays a list of co-authors.
 */
export function splitNamesAndRole(raw: string): { names: string[]; role?: string } | undefined {
  // A label before the names: "Door: Jan Jansen", "Auteurs: A en B".
  const text = raw.replace(/^(?:door|auteurs?|experts?|bijdrage van|by)\s*:\s*/i, '');
  const names = splitAuthorNames(text);
  if (names) return { names };
  if (text.length > 200) return undefined;
  const m = /^(.{3,80}?)(,\s+|\s+[–—]\s+|\s*\()(.+)$/u.exec(text.trim());
  if (!m) return undefined;
  const parenthesised = (m[2] as string).trim() === '(';
  const rest = (m[3] as string).replace(/\)\s*$/, '').trim();
  const firstWord = (rest.split(/\s+/)[0] ?? '').toLowerCase().replace(/[.,]$/, '');
  if (!parenthesised && !/^\p{Ll}/u.test(rest) && !ROLE_OR_ORGANISATION.has(firstWord)) return undefined;
  const head = splitAuthorNames(m[1] as string);
  return head ? { names: head, role: rest } : undefined;
}
