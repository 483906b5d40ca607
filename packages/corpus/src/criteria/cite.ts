import type { Citation } from '../model.js';
import { CORPUS_DOCUMENTS } from '../documents.js';

/** A recommendation in the advice bundle, by an expert's name as the bundle spells it and its number. */
export function advice(expert: string, recommendation: number, nl: string, en: string): Citation {
  return { document: CORPUS_DOCUMENTS.bundle, expert, recommendation, note: { nl, en } };
}

/**
 * A section of another corpus document, by its heading as the document spells it. For a document without
 * headings, its title stands for the whole text.
 */
export function section(document: string, heading: string, nl: string, en: string): Citation {
  return { document, section: heading, note: { nl, en } };
}
