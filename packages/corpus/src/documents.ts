/**
 * The five documents of the Scherp corpus, by id (their file name), with a short title for references.
 * Titles are the documents' own names, shortened; they are references, not quotations.
 */
export const CORPUS_DOCUMENTS = {
  /** Weeknote "Makelaar of maker" on government as broker or maker, and cloud exit strategies. */
  weeknote: '000_bb3d868b854de5a3.txt',
  /** GOV magazine edition on the report "Maak Waar!" (PDF-extracted). */
  magazine: '001_116fd52860c23711.txt',
  /** "Ongefilterde expertadviezen voor de digitale overheid": 65 recommendations by 20 experts. */
  bundle: '002_04ce189780e16692.txt',
  /** iBestuur article on the Amsterdam Datalab building open source in-house. */
  amsterdam: '003_4b39f092b08b9d84.txt',
  /** iBestuur article on open source as open collaboration. */
  openCollaboration: '004_e1c446576967c7de.txt',
} as const;

export type CorpusDocumentId = (typeof CORPUS_DOCUMENTS)[keyof typeof CORPUS_DOCUMENTS];

/** Short human-readable titles, used by {@link formatCitation}. */
export const documentTitles: Readonly<Record<CorpusDocumentId, string>> = {
  [CORPUS_DOCUMENTS.weeknote]: 'Makelaar of maker (2025)',
  [CORPUS_DOCUMENTS.magazine]: 'GOV magazine over Maak Waar!',
  [CORPUS_DOCUMENTS.bundle]: 'Ongefilterde expertadviezen (2024)',
  [CORPUS_DOCUMENTS.amsterdam]: 'Gemeente Amsterdam doet ’t zelf(s) (2018)',
  [CORPUS_DOCUMENTS.openCollaboration]: 'Open Source voor Open Samenwerken (2019)',
};
