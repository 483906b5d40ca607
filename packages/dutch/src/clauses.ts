/**
 * Clause structure from the tags, by rule: clauses (split at punctuation, subordinators, relative pronouns and
 * coordinators that start a new finite clause), per clause its finite verb, subject, modal + infinitive,
 * passive (worden/zijn + participle, with its `door` agent), imperative mood and the particle of a separable
 * verb. Measured against the dependency trees of the test treebank by the bench (nsubj, aux:pass, obl:agent,
 * compound:prt).
 */
import type { TaggedWord } from './tagger.js';

export interface Passive {
  /** The form of worden/zijn. */
  aux: number;
  participle: number;
  /** `door` + noun phrase, token range [from, to), or null for a passive without agent. */
  agent: { from: number; to: number } | null;
}

export interface Clause {
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Opened by a subordinating conjunction or a relative/interrogative pronoun. */
  subordinate: boolean;
  /** The subordinator or relative pronoun that opens the clause, or -1. */
  opener: number;
  /** The finite verb, or -1 (a fragment without one). */
  finite: number;
  /** Head of the subject (noun, name or pronoun), or -1; its noun phrase spans [subjectFrom, subject]. */
  subject: number;
  subjectFrom: number;
  /** The modal verb of a modal + infinitive group ("moet … aanpassen"), or -1. */
  modal: number;
  /** The last infinitive of the clause (the main verb after a modal or future auxiliary), or -1. */
  infinitive: number;
  passive: Passive | null;
  /** An imperative: a clause-initial singular present finite verb without a subject ("Stel een plan op"). */
  imperative: boolean;
  /** The separated particle of the finite verb ("stelt … in"), or -1. */
  particle: number;
  /** The main verb's lemma, with its particle joined ("in" + "stellen" → "instellen"); '' without a verb. */
  verbLemma: string;
}

export interface ClauseAnalysis {
  /**
   * The tags as the clause analysis reads them: the tagger's, with verb readings repaired where Dutch word order
   * demands a finite verb that the tagger missed (see repairVerbs). Same length and order as the input.
   */
  tags: TaggedWord[];
  clauses: Clause[];
  /** Clause index per token (-1 for clause-separating punctuation). */
  clauseOf: Int32Array;
}

/** Brackets are transparent: an aside ("(zie bijlage)", "(streek)omroep") does not end the clause around it. */
const BOUNDARY_PUNCT = new Set([',', ';', ':', '–', '—', '-', '…', '.', '!', '?']);
/** Verbs that take a bare infinitive as modal or auxiliary. */
const MODALS = new Set(['moeten', 'kunnen', 'mogen', 'willen', 'zullen', 'hoeven', 'dienen', 'gaan']);
/** Participles whose verb forms its perfect with "zijn" (so zijn + participle is not a passive). */
const PERFECT_WITH_ZIJN = new Set([
  'gaan', 'komen', 'blijven', 'blijken', 'zijn', 'worden', 'stijgen', 'dalen', 'vallen', 'ontstaan', 'verdwijnen',
  'verschijnen', 'groeien', 'lukken', 'mislukken', 'beginnen', 'starten', 'stoppen', 'overlijden', 'slagen',
  'gebeuren', 'veranderen', 'toenemen', 'afnemen', 'lopen', 'oplopen', 'vertrekken', 'aankomen', 'terugkeren',
  'verhuizen', 'raken', 'verlopen', 'ingaan', 'sterven', 'opgroeien', 'uitgroeien', 'opstaan', 'afreizen', 'trouwen',
  'verworden', 'geraken', 'belanden', 'aanbelanden', 'terechtkomen', 'vluchten', 'reizen', 'vertrekken', 'slagen',
]);

const isFinite = (t: TaggedWord) => t.xpos.startsWith('WW|pv');
const isBoundaryTag = (t: TaggedWord) => t.upos === 'PUNCT' && BOUNDARY_PUNCT.has(t.word);
const isSubordinator = (t: TaggedWord) => t.xpos.startsWith('VG|onder');
/**
 * Relative and interrogative pronouns, and the pronominal adverbs built on "waar" ("waarmee", "waarin",
 * "waardoor"), which CGN tags as adverbs but which open a relative clause just the same.
 */
const isRelative = (t: TaggedWord) =>
  t.xpos.startsWith('VNW|betr') || (t.xpos.startsWith('VNW|vb') && t.upos === 'PRON') || (t.xpos === 'BW' && /^waar\p{Ll}{2,}$/u.test(t.word.toLowerCase()));

/** A word that can head a subject noun phrase on its own (a pronoun in subject or neutral case). */
export function isSubjectPronoun(t: TaggedWord): boolean {
  if (t.upos !== 'PRON') return false;
  const x = t.xpos;
  if (!x.includes('|pron|')) return false;
  if (x.includes('|refl') || x.includes('|recip') || x.includes('|obl|') || x.includes('|dat|') || x.includes('|gen|')) return false;
  return x.startsWith('VNW|pers') || x.startsWith('VNW|aanw') || x.startsWith('VNW|onbep') || x.startsWith('VNW|vb') || x.startsWith('VNW|betr');
}

const isNoun = (t: TaggedWord) => t.upos === 'NOUN' || t.upos === 'PROPN';
/** Words inside a noun phrase before or around its head. */
const inNounPhrase = (t: TaggedWord) =>
  isNoun(t) || t.upos === 'DET' || t.upos === 'NUM' || (t.upos === 'ADJ' && !t.xpos.includes('|vrij|')) || t.xpos.startsWith('SPEC') ||
  (t.upos === 'PRON' && (t.xpos.includes('|prenom|') || t.xpos.includes('|det|')));

interface NounPhrase {
  from: number;
  head: number;
  to: number;
}

/** Noun phrases in [from, to) that are not the object of a preposition. */
function nounPhrases(tags: readonly TaggedWord[], from: number, to: number): NounPhrase[] {
  const out: NounPhrase[] = [];
  let i = from;
  while (i < to) {
    const t = tags[i]!;
    // "het" right before a noun or adjective is the article, whatever the tagger read ("dat het college …").
    const article = t.word.toLowerCase() === 'het' && i + 1 < to && (isNoun(tags[i + 1]!) || tags[i + 1]!.upos === 'ADJ');
    if (isSubjectPronoun(t) && !article && !(i > from && tags[i - 1]!.upos === 'ADP')) {
      out.push({ from: i, head: i, to: i + 1 });
      i++;
      continue;
    }
    if (!inNounPhrase(t)) {
      i++;
      continue;
    }
    const start = i;
    let head = -1;
    while (i < to && inNounPhrase(tags[i]!)) {
      if (isNoun(tags[i]!)) head = i;
      // A noun followed by a determiner starts a new phrase ("gaf de minister het plan").
      if (head >= 0 && i + 1 < to && (tags[i + 1]!.upos === 'DET' || tags[i + 1]!.xpos.includes('|det|')) && isNoun(tags[i]!)) {
        i++;
        break;
      }
      i++;
    }
    const governed = start > 0 && (tags[start - 1]!.upos === 'ADP' || tags[start - 1]!.xpos === 'VG|onder' && /^(dan|als)$/i.test(tags[start - 1]!.word));
    // A name of several words is headed by its first ("Jan de Vries", "Gedeputeerde Staten"), as in UD.
    while (head > start && tags[head]!.upos === 'PROPN' && tags[head - 1]!.upos === 'PROPN') head--;
    if (head >= 0 && !governed) out.push({ from: start, head, to: head + 1 });
  }
  return out;
}

function number(t: TaggedWord): 'ev' | 'mv' | '' {
  const f = t.xpos.split('|');
  if (t.upos === 'NOUN' || t.upos === 'PROPN') return f.includes('mv') ? 'mv' : f.includes('ev') ? 'ev' : '';
  if (t.upos === 'PRON') return f.includes('mv') ? 'mv' : f.includes('ev') ? 'ev' : '';
  if (f[0] === 'WW' && f[1] === 'pv') return f[3] === 'mv' ? 'mv' : 'ev';
  return '';
}

const agrees = (np: TaggedWord, verb: TaggedWord) => {
  const a = number(np);
  const b = number(verb);
  return a === '' || b === '' || a === b;
};

function pickSubject(tags: readonly TaggedWord[], phrases: NounPhrase[], finite: number): NounPhrase | undefined {
  if (finite < 0) return phrases[0];
  return phrases.find((p) => agrees(tags[p.head]!, tags[finite]!)) ?? phrases[0];
}

/** Splits the sentence into clauses. */
function segment(tags: readonly TaggedWord[], startsCommand: (i: number) => boolean): { from: number; to: number; opener: number }[] {
  const out: { from: number; to: number; opener: number }[] = [];
  let from = 0;
  let opener = -1;
  let hasFinite = false;
  const close = (to: number) => {
    if (to > from) out.push({ from, to, opener });
  };
  const finiteAhead = (i: number) => {
    for (let j = i + 1; j < tags.length && !isBoundaryTag(tags[j]!) && !isSubordinator(tags[j]!); j++) if (isFinite(tags[j]!)) return true;
    return false;
  };
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (isBoundaryTag(t)) {
      close(i);
      from = i + 1;
      opener = -1;
      hasFinite = false;
      continue;
    }
    const startsSubordinate = (isSubordinator(t) && finiteAhead(i)) || (isRelative(t) && i > from && finiteAhead(i));
    const startsCoordinate = t.upos === 'CCONJ' && hasFinite && finiteAhead(i);
    if ((startsSubordinate && (i > from || opener >= 0)) || startsCoordinate) {
      close(i);
      from = i;
      opener = -1;
      hasFinite = false;
    }
    if (startsSubordinate) opener = i;
    if (isFinite(t)) hasFinite = true;
  }
  close(tags.length);
  // A stretch between commas without a verb of its own is an insertion in the clause before it ("wordt een
  // toegespitst, op effect gericht, plan opgesteld"): one clause. A command is a clause of its own ("…, hanteer …").
  const merged: typeof out = [];
  for (const c of out) {
    const prev = merged[merged.length - 1];
    let finite = false;
    for (let i = c.from; i < c.to && !finite; i++) finite = isFinite(tags[i]!);
    if (prev && c.opener < 0 && !finite && tags[c.from - 1]?.word === ',' && !startsCommand(c.from)) prev.to = c.to;
    else merged.push({ ...c });
  }
  return merged;
}

/** A subject pronoun right after a clause-initial verb makes a question or inversion ("Zet je …?"), but "je" before a noun is "your". */
function isSubjectAfterVerb(tags: readonly TaggedWord[], i: number): boolean {
  const t = tags[i]!;
  if (t.upos !== 'PRON' || !t.xpos.startsWith('VNW|pers') || t.xpos.includes('|obl|')) return false;
  const after = tags[i + 1];
  return !(t.word.toLowerCase() === 'je' && after !== undefined && (after.upos === 'NOUN' || after.upos === 'ADJ'));
}

/** What the imperative test needs from the tagger. */
export interface Retagger {
  tagWords(words: readonly string[]): TaggedWord[];
  /** Was this lower-case form seen as a verb in the training data? */
  isKnownVerb(lower: string): boolean;
  /** Is a verb its most frequent reading in the training data ("zet", not "besluit")? */
  isMainlyVerb(lower: string): boolean;
  /** Was it seen often, and never as a verb ("de", "in", "beheer")? */
  isKnownNonVerb(lower: string): boolean;
  /** Was this lower-case form seen at all in the training data? */
  isSeen(lower: string): boolean;
}

/** "maak" → "maken", "betrek" → "betrekken", "zorg" → "zorgen": the infinitive of an imperative stem. */
export function infinitiveOf(stem: string): string {
  const m = /([^aeiou])([aeiou])\2([^aeiou])$/.exec(stem);
  if (m) return `${stem.slice(0, -3)}${m[2]}${m[3]}en`;
  if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(stem)) return `${stem}${stem.at(-1)}en`;
  return `${stem.replace(/f$/, 'v').replace(/s$/, 'z')}en`;
}

/**
 * The infinitives a stem may have. A final unstressed -el/-er/-en syllable does not double its consonant
 * ("ontwikkel" → "ontwikkelen", "bevorder" → "bevorderen"), a stressed one does ("bestel" → "bestellen"); the
 * spelling does not show the stress, so both are tried.
 */
function infinitivesOf(stem: string): string[] {
  const doubled = infinitiveOf(stem);
  return /[^aeiou]e[lrn]$/.test(stem) && stem.length > 4 ? [doubled, `${stem}en`] : [doubled];
}

/**
 * Was some form of the verb with this stem seen as a verb in training: its infinitive, third person, past
 * ("startte") or participle ("gestart")? Prefixed verbs ("beslis", "verbeter") have no ge- participle.
 */
export function isKnownVerbStem(stem: string, retag: Pick<Retagger, 'isKnownVerb'>): boolean {
  const d = /[tkfschp]$/.test(stem) ? 't' : 'd';
  const forms = [...infinitivesOf(stem), stem.endsWith('t') ? stem : `${stem}t`, `${stem}${d}e`, `${stem}${d}en`];
  if (!/^(be|ge|ver|ont|her|er)/.test(stem)) forms.push(stem.endsWith(d) ? `ge${stem}` : `ge${stem}${d}`);
  return forms.some((form) => retag.isKnownVerb(form));
}

/** Does `particle` + the finite verb form a verb seen in training: its infinitive or participle ("vastgelegd")? */
function isParticleVerb(particle: string, finite: TaggedWord, retag: Retagger): boolean {
  const stem = finite.word.toLowerCase().replace(/t$/, '');
  return [`${particle}${finite.lemma}`, `${particle}ge${stem}t`, `${particle}ge${stem}d`].some((form) => retag.isKnownVerb(form));
}

/**
 * "in" + "richten" → "inrichten". The tagger may already give a particle verb's lemma, even another one
 * ("richt … in" read as "oprichten"): a prefix whose remainder is a known verb gives way to the clause's particle.
 */
function joinParticle(particle: string, lemma: string, retag: Retagger | undefined): string {
  if (lemma.startsWith(particle)) return lemma;
  for (let k = 2; k <= 5 && retag && k < lemma.length - 3; k++) if (retag.isKnownVerb(lemma.slice(k)) && !retag.isKnownVerb(lemma.slice(k - 1))) return particle + lemma.slice(k);
  return particle + lemma;
}

/** An infinitive or separated particle after `i` in its clause (the rest of a verb group). */
function verbGroupAfter(tags: readonly TaggedWord[], i: number): boolean {
  for (let j = i + 1; j < tags.length && !isBoundaryTag(tags[j]!); j++) if (tags[j]!.xpos.startsWith('WW|inf') || tags[j]!.xpos === 'VZ|fin') return true;
  return false;
}

/** No finite verb from `i` to the end of its clause (the next boundary). */
function noFiniteAfter(tags: readonly TaggedWord[], i: number): boolean {
  for (let j = i + 1; j < tags.length && !isBoundaryTag(tags[j]!); j++) if (isFinite(tags[j]!)) return false;
  return true;
}

/**
 * News and encyclopaedia text, the treebanks' genres, hardly ever command, so the tagger often reads a
 * clause-initial verb stem as a noun ("Zorg voor …", "Implementeer …"). A stem counts when the tagger itself
 * reads stem + "t" as a finite verb in this very sentence ("Zorgt voor …") and the verb exists: its infinitive
 * or -t form was seen as a verb in training, or it is a stem of the productive -eren verbs ("implementeer").
 */
function isVerbStemAt(tags: readonly TaggedWord[], i: number, retag: Retagger): boolean {
  const t = tags[i]!;
  const lower = t.word.toLowerCase();
  // An acronym ("BZK") is a name, whatever the tagger guesses.
  if (t.word.length > 1 && t.word === t.word.toUpperCase()) return false;
  // An article is never a command ("De …", though "deden" makes "de" look like a verb stem).
  if (t.xpos.startsWith('LID')) return false;
  // The tagger tells an infinitive or ge-participle ("Verankeren van …", "Gevraagd: …") from a stem; a
  // participle reading of a prefixed stem is a guess ("Vermijd …" like "verbeterd").
  // A present-participle reading counts only with its ending ("-end", "-ende"): the tagger guesses `od` for
  // unseen capitalised stems too ("Geef …").
  if (t.xpos.startsWith('WW|inf') || (t.xpos.startsWith('WW|od') && /nde?$/.test(lower)) || (t.xpos.startsWith('WW|vd') && lower.startsWith('ge'))) return false;
  if (t.xpos.startsWith('WW|pv|tgw|ev') && !lower.endsWith('t')) return true;
  if (lower.length < 2 || /[^\p{Ll}]/u.test(lower) || retag.isKnownNonVerb(lower)) return false;
  if (lower.length >= 6 && /[eë]er$/.test(lower)) return true;
  // Stems in -t are their own third person ("start", "zet", "richt"): the form must be a known verb.
  // They are as often nouns ("Besluit archivering"), so a determiner, pronoun or preposition must follow.
  if (lower.endsWith('t')) {
    const next = tags[i + 1];
    const readsStem = t.xpos.startsWith('WW|pv|tgw|ev');
    // When the tagger itself reads the bare stem (`ev`, not the third person `met-t`) and the clause goes on to
    // an infinitive or particle, a bare noun may follow too ("Laat studenten … organiseren", "Zet mensen in");
    // a title stops at its noun ("Besluit archivering").
    const opensObject =
      next !== undefined &&
      (next.upos === 'DET' || next.upos === 'ADP' || next.upos === 'PRON' || (readsStem && (next.upos === 'NOUN' || next.upos === 'ADJ') && verbGroupAfter(tags, i)));
    // "spreekt uit", "legt vast": a third person with its subject elsewhere, not a command.
    if (!opensObject || t.xpos.startsWith('WW|pv|tgw|met-t')) return false;
    if (retag.isMainlyVerb(lower) || infinitivesOf(lower).some((inf) => retag.isMainlyVerb(inf))) return true;
    // An unseen word read as a stem commands only as its clause's one finite verb ("Concreet voor … is …": no).
    if (!retag.isSeen(lower) && !noFiniteAfter(tags, i)) return false;
    if (readsStem) return true;
    // "Start geen aanbesteding …": without a finite verb of its own, a known verb's stem before its object commands.
    if (noFiniteAfter(tags, i) && isKnownVerbStem(lower, retag)) return true;
    return retagAt(tags, i, lower, retag).xpos.startsWith('WW|pv|tgw|ev');
  }
  // A verb the training data never showed in any form ("…: prik door de hypes heen") is judged by the tagger's
  // reading of its third person in this very sentence — only in lower case (an unseen capitalised word is as
  // likely a name), not read as a plural noun, with an object or complement after it and no other finite verb.
  const next = tags[i + 1];
  const unseenStem =
    t.word === lower && !retag.isSeen(lower) && /[aeiouy]/.test(lower) && !t.xpos.startsWith('N|soort|mv') && noFiniteAfter(tags, i) &&
    next !== undefined && (next.upos === 'DET' || next.upos === 'ADP' || next.upos === 'PRON');
  if (!unseenStem && !retag.isKnownVerb(`${lower}t`) && !isKnownVerbStem(lower, retag)) return false;
  return retagAt(tags, i, `${lower}t`, retag).xpos.startsWith('WW|pv|tgw');
}

/**
 * The tag of `word` put in place of token i, in a window of its neighbours: the tagger's features look only a
 * few words around, and a bounded window keeps the cost per word constant (linear time on endless input).
 */
function retagAt(tags: readonly TaggedWord[], i: number, word: string, retag: Retagger): TaggedWord {
  const from = Math.max(0, i - 6);
  const words = tags.slice(from, Math.min(tags.length, i + 7)).map((x) => x.word);
  words[i - from] = word;
  return retag.tagWords(words)[i - from]!;
}

/** A personal pronoun in subject form that needs a finite verb next to it ("we", "ik", "hij"; not "het"). */
const isPersonalSubject = (t: TaggedWord) => t.xpos.startsWith('VNW|pers') && isSubjectPronoun(t) && !t.xpos.includes('|onz');

/**
 * Could `t` be a finite verb of the number of `subject` that the tagger missed? The tagger learnt from news
 * and encyclopaedia text, where "wij investeren" and "we onderzoeken" are rare, and reads such forms as plural
 * nouns, infinitives or participles. The form must be unknown to the training data or known there as a verb.
 */
function couldBeFinite(t: TaggedWord, subject: TaggedWord, retag: Retagger, clauseHasFinite: boolean): boolean {
  if (t.xpos.startsWith('WW|pv') || !/^(VERB|NOUN|ADJ|AUX)$/.test(t.upos)) return false;
  const lower = t.word.toLowerCase();
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(lower)) return false;
  // Agreement: "wij investeren", "hij investeert", "ik informeer" (the bare stem).
  const x = subject.xpos;
  const stem = x.includes('|mv') ? (lower.endsWith('en') ? '' : null) : x.includes('|1|ev') ? (lower.endsWith('en') ? null : lower) : lower.endsWith('t') ? lower.slice(0, -1) : null;
  if (stem === null) return false;
  if (!retag.isSeen(lower) || retag.isKnownVerb(lower)) return true;
  // A form known only as a noun ("werk") is the verb when the clause has no other finite verb and it is a
  // known verb's stem: "De komende periode werk ik dit uit".
  return !clauseHasFinite && stem !== '' && isKnownVerbStem(stem, retag);
}

/** Is there a finite verb in the clause around `i` (between punctuation boundaries)? */
function clauseHasFiniteAround(tags: readonly TaggedWord[], i: number): boolean {
  for (let j = i; j >= 0 && !isBoundaryTag(tags[j]!); j--) if (isFinite(tags[j]!)) return true;
  return !noFiniteAfter(tags, i);
}

/**
 * The shape of a weak past ("werkte", "veroorzaakten", "zorgden"): stem + -te(n) after a voiceless consonant
 * ('t kofschip), stem + -de(n) after anything else. "besluiten" and "zetten" do not fit: before -ten stands a vowel.
 */
function isWeakPast(lower: string): boolean {
  const m = /^(.+?)(t|d)en?$/.exec(lower);
  if (!m || m[1]!.length < 2) return false;
  const voiceless = /([tkfsp]|ch)$/.test(m[1]!);
  return m[2] === 't' ? voiceless : !voiceless && !/[aeiou]$/.test(m[1]!);
}

function asPresentFinite(t: TaggedWord, plural: boolean): TaggedWord {
  const lower = t.word.toLowerCase();
  return {
    ...t,
    upos: 'VERB',
    xpos: plural ? 'WW|pv|tgw|mv' : lower.endsWith('t') ? 'WW|pv|tgw|met-t' : 'WW|pv|tgw|ev',
    lemma: t.upos === 'VERB' || !plural ? t.lemma : lower,
    feats: `Number=${plural ? 'Plur' : 'Sing'}|Tense=Pres|VerbForm=Fin`,
  };
}

/**
 * Verb readings that Dutch grammar corrects:
 *  - V2: a personal subject pronoun needs its finite verb next to it, after it at the start of a clause ("Wij
 *    investeren in …") or before it after a fronted phrase ("In 2025 wekken we …");
 *  - a past tense of a form the training data never saw, whose infinitive it never saw as a verb either, and
 *    that is no regular past ("besluiten" read as the past of "besluien"), is a present tense;
 *  - an unseen word read as a closed class (conjunction, article, preposition, pronoun) is an open-class word;
 *  - no finite verb follows an article or attributive word: "een versnipperde Kamer" holds an attributive
 *    participle, "schone sloten" a noun.
 */
function repairVerbs(tags: readonly TaggedWord[], retag: Retagger): TaggedWord[] {
  const out = tags.slice();
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const lower = t.word.toLowerCase();
    // Conjunctions, articles, prepositions and pronouns are closed classes: the training data has them all, so
    // such a reading of an unseen word ("hanteer" as a conjunction) is a guess; an open class is likelier.
    if (/^(VG|LID|VZ|VNW)\|/.test(t.xpos) && /^\p{Ll}+$/u.test(lower) && !retag.isSeen(lower)) {
      out[i] = { ...t, upos: 'NOUN', xpos: 'N|soort|ev|basis|zijd|stan', lemma: lower, feats: 'Number=Sing' };
      continue;
    }
    const prev = out[i - 1];
    // Not a numeral ("In 2027 investeert …" puts a year before the verb), nor "het", which is a subject pronoun
    // as often as an article ("Het moet duidelijk zijn …").
    const prenominal =
      prev !== undefined && prev.word.toLowerCase() !== 'het' && (prev.xpos.startsWith('LID') || (prev.xpos.includes('|prenom') && !prev.xpos.startsWith('TW')));
    if (isFinite(t) && prenominal && out[i + 1] !== undefined && isNoun(out[i + 1]!)) {
      out[i] = { ...t, xpos: lower.endsWith('e') ? 'WW|vd|prenom|met-e' : 'WW|vd|prenom|zonder', feats: 'VerbForm=Part' };
    } else if (isFinite(t) && prenominal) {
      // "schone sloten": after an attributive word comes the noun it describes.
      out[i] = { ...t, upos: 'NOUN', xpos: `N|soort|${/(en|s)$/.test(lower) ? 'mv' : 'ev'}|basis`, lemma: lower, feats: '' };
    } else if (t.xpos.startsWith('WW|pv|verl') && !retag.isSeen(lower) && !retag.isKnownVerb(t.lemma) && !isWeakPast(lower)) {
      // A plural present ends in -en, a first person is the bare stem ("beoog ik"); anything else ("open source
      // software") was no verb at all.
      const nextToIk = [out[i - 1], out[i + 1]].some((x) => x !== undefined && isPersonalSubject(x) && x.xpos.includes('|1|ev'));
      // A past in -t is irregular ("kocht", "bracht"): the tagger's reading stands.
      if (lower.endsWith('t')) continue;
      if (lower.endsWith('en') || nextToIk) out[i] = asPresentFinite(t, lower.endsWith('en'));
      else out[i] = { ...t, upos: 'NOUN', xpos: 'N|soort|ev|basis|zijd|stan', lemma: lower, feats: 'Number=Sing' };
    }
  }
  // "zijn" right before a clause-final participle is the auxiliary, not the possessive ("… zijn beantwoord."):
  // a possessive needs a noun after it.
  for (let i = 0; i + 1 < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1]!;
    const after = out[i + 2];
    if (t.word.toLowerCase() !== 'zijn' || !t.xpos.startsWith('VNW|bez') || !next.xpos.startsWith('WW|vd|vrij')) continue;
    if (after !== undefined && !isBoundaryTag(after)) continue;
    out[i] = { ...asPresentFinite(t, true), upos: 'AUX', lemma: 'zijn' };
  }
  // Verb-final: a subordinate clause ("dat het college een meldpunt inricht") ends in its finite verb.
  for (let i = 0; i < out.length; i++) {
    if (!isSubordinator(out[i]!) || !retag.isSeen(out[i]!.word.toLowerCase())) continue;
    let end = i + 1;
    while (end < out.length && !isBoundaryTag(out[end]!) && !isFinite(out[end]!) && !isSubordinator(out[end]!)) end++;
    if (end < out.length && !isBoundaryTag(out[end]!)) continue;
    const last = out[end - 1];
    if (end - i < 3 || !last) continue;
    const lower = last.word.toLowerCase();
    // A "participle" in -t without "ge" ("inricht", not "ingericht") is the finite verb the clause lacks.
    const gelessT = last.xpos.startsWith('WW|vd') && lower.endsWith('t') && !lower.slice(0, -3).includes('ge');
    if (/^\p{Ll}+$/u.test(lower) && /(en|t)$/.test(lower) && (!retag.isSeen(lower) || retag.isKnownVerb(lower)) && /^(VERB|NOUN|ADJ)$/.test(last.upos) && (gelessT || !/^WW\|(inf|vd)/.test(last.xpos))) {
      out[end - 1] = asPresentFinite(last, lower.endsWith('en'));
    }
  }
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (!isPersonalSubject(t)) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const plural = t.xpos.includes('|mv');
    const clauseStart = prev === undefined || prev.upos === 'PUNCT' || prev.upos === 'CCONJ';
    const hasFinite = clauseHasFiniteAround(out, i);
    if (clauseStart && next && couldBeFinite(next, t, retag, hasFinite)) {
      out[i + 1] = asPresentFinite(next, plural);
      continue;
    }
    // Inverted: a fronted phrase, the verb, then the subject; no finite verb yet in the clause.
    if (!prev || clauseStart || !couldBeFinite(prev, t, retag, hasFinite)) continue;
    let k = i - 2;
    while (k >= 0 && !isBoundaryTag(out[k]!) && !isFinite(out[k]!) && !isSubordinator(out[k]!)) k--;
    if (k >= i - 2 || (k >= 0 && !isBoundaryTag(out[k]!))) continue;
    out[i - 1] = asPresentFinite(prev, plural);
  }
  return out;
}

/**
 * Clauses of a tagged sentence. `retag` (the tagger) lets the imperative test try a verb reading of a
 * clause-initial word; without it only words the tagger already read as finite verbs count.
 */
export function analyzeClauses(input: readonly TaggedWord[], retag?: Retagger): ClauseAnalysis {
  const tags = retag ? repairVerbs(input, retag) : input.slice();
  const clauseOf = new Int32Array(tags.length).fill(-1);
  const clauses: Clause[] = [];
  const isQuestion = tags.length > 0 && tags.some((t) => t.word === '?');
  const startsCommand = (i: number) => retag !== undefined && !isQuestion && isVerbStemAt(tags, i, retag);
  for (const { from, to, opener } of segment(tags, startsCommand)) {
    const index = clauses.length;
    for (let i = from; i < to; i++) clauseOf[i] = index;
    let first = from;
    while (first < to && (tags[first]!.upos === 'CCONJ' || tags[first]!.upos === 'PUNCT')) first++;
    let finite = -1;
    for (let i = opener >= 0 ? opener + 1 : first; i < to; i++) if (isFinite(tags[i]!)) { finite = i; break; }
    const subordinate = opener >= 0;
    const next = tags[first + 1];
    const imperative =
      !subordinate && !isQuestion && first < to && (finite === first || finite < 0 || finite === first + 1) &&
      !(next && isSubjectAfterVerb(tags, first + 1)) &&
      (retag !== undefined ? isVerbStemAt(tags, first, retag) : finite === first && tags[first]!.xpos.startsWith('WW|pv|tgw|ev'));
    if (imperative) finite = first;

    let subject: NounPhrase | undefined;
    if (finite >= 0 && !imperative) {
      if (subordinate) {
        const between = nounPhrases(tags, opener + 1, finite);
        const pronoun = between.find((p) => tags[p.head]!.upos === 'PRON');
        // "de wet die wij aanpassen" / "de minister die de wet aanpast": a pronoun in between is the subject.
        if (isRelative(tags[opener]!)) subject = pronoun ?? { from: opener, head: opener, to: opener + 1 };
        else subject = pickSubject(tags, between, finite);
      } else {
        const before = nounPhrases(tags, first, finite);
        const topic = before.find((p) => p.from === first);
        if (topic && agrees(tags[topic.head]!, tags[finite]!)) subject = topic;
        else {
          let end = to;
          for (let j = finite + 1; j < to; j++) if (tags[j]!.upos === 'VERB' || (tags[j]!.upos === 'AUX' && !isFinite(tags[j]!))) { end = j; break; }
          subject = pickSubject(tags, nounPhrases(tags, finite + 1, end), finite);
          // "De minister, die …, moet …": the subject stands in a fragment before an inserted clause.
          if (!subject && finite === first && index > 0) {
            for (let k = index - 1; k >= 0; k--) {
              const c = clauses[k]!;
              if (!c.subordinate && c.finite < 0) {
                const np = nounPhrases(tags, c.from, c.to)[0];
                if (np) subject = np;
                break;
              }
            }
          }
        }
      }
    }

    let infinitive = -1;
    let participle = -1;
    const auxes: number[] = [];
    for (let i = first; i < to; i++) {
      const t = tags[i]!;
      if (t.xpos.startsWith('WW|inf')) infinitive = i;
      if (t.xpos.startsWith('WW|vd') && !t.xpos.includes('prenom')) participle = i;
      if (t.xpos.startsWith('WW') && (t.lemma === 'worden' || t.lemma === 'zijn')) auxes.push(i);
    }
    const modal = finite >= 0 && infinitive >= 0 && MODALS.has(tags[finite]!.lemma) ? finite : -1;

    // "wordt … herzien/ontvangen/vergeten": worden takes no bare infinitive, so a final -en form is a participle.
    if (participle < 0 && infinitive >= 0 && tags[infinitive]!.lemma !== 'worden' && auxes.some((a) => a !== infinitive && tags[a]!.lemma === 'worden' && (a !== finite || modal < 0))) {
      participle = infinitive;
    }
    let passive: Passive | null = null;
    if (participle >= 0) {
      const worden = auxes.find((a) => tags[a]!.lemma === 'worden' && a !== participle);
      const zijn = auxes.find((a) => tags[a]!.lemma === 'zijn' && a !== participle);
      const aux = worden ?? (zijn !== undefined && !PERFECT_WITH_ZIJN.has(tags[participle]!.lemma) ? zijn : undefined);
      if (aux !== undefined) passive = { aux, participle, agent: findAgent(tags, first, to) };
    }

    const f = finite >= 0 ? tags[finite]! : undefined;

    let particle = -1;
    if (f && !subordinate) {
      // A particle right before "te" or a non-finite verb belongs to that verb ("… in te trekken", "… op heeft gesteld").
      for (let i = finite + 1; i < to; i++) {
        const after = tags[i + 1];
        if (tags[i]!.xpos === 'VZ|fin' && !(after && (after.word.toLowerCase() === 'te' || /^WW\|(inf|vd)/.test(after.xpos)))) particle = i;
      }
      // A clause-final word that forms a known verb with the finite verb's lemma is its particle, whatever its
      // tag ("legt … vast": "vastleggen").
      const last = to - 1;
      if (particle < 0 && retag && last > finite && /^(ADJ|ADV|ADP)$/.test(tags[last]!.upos) && isParticleVerb(tags[last]!.word.toLowerCase(), f, retag)) particle = last;
    }
    const main = passive ? passive.participle : infinitive >= 0 ? infinitive : participle >= 0 ? participle : finite;
    let verbLemma = main >= 0 ? tags[main]!.lemma : '';
    if (particle >= 0 && main === finite) verbLemma = joinParticle(tags[particle]!.word.toLowerCase(), verbLemma, retag);

    clauses.push({
      from, to, subordinate, opener, finite,
      subject: subject ? subject.head : -1, subjectFrom: subject ? subject.from : -1,
      modal, infinitive, passive, imperative, particle, verbLemma,
    });
  }
  return { tags, clauses, clauseOf };
}

/** "door" + noun phrase inside the clause. */
function findAgent(tags: readonly TaggedWord[], from: number, to: number): { from: number; to: number } | null {
  for (let i = from; i < to - 1; i++) {
    if (tags[i]!.word.toLowerCase() !== 'door' || tags[i]!.upos !== 'ADP') continue;
    let j = i + 1;
    let end = -1;
    while (j < to && (inNounPhrase(tags[j]!) || isSubjectPronoun(tags[j]!) || tags[j]!.xpos.includes('|obl|'))) {
      end = j + 1;
      j++;
    }
    if (end > 0) return { from: i, to: end };
  }
  return null;
}
