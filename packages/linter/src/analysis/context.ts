/** The document context a sentence is analysed in. Part of the cache key, so keep it small. */
export interface SentenceContext {
  blockKind: 'paragraph' | 'heading' | 'list-item' | 'table-cell';
  /** The sentence is the heading of a numbered recommendation (advice by position). */
  isRecommendationHeading?: boolean;
  /**
   * The document establishes who "ik"/"wij" is: a named author in front matter, an expert chapter in a bundle,
   * an interviewee. Only then can a first-person commitment name an owner.
   */
  firstPersonIsOwner?: boolean;
  /**
   * The text before the sentence. Used only for list items: a lead-in that ends in ":" and is itself advice
   * ("Wij adviseren het college om:") makes each item advice.
   */
  previousText?: string;
}

export const DEFAULT_CONTEXT: SentenceContext = { blockKind: 'paragraph' };

/** The part of `previousText` that can influence the analysis (see SentenceContext.previousText). */
export function relevantLeadIn(context: SentenceContext): string {
  if (context.blockKind !== 'list-item' || !context.previousText) return '';
  const lead = context.previousText.trimEnd();
  return lead.endsWith(':') ? lead : '';
}

/** A stable string that identifies everything in `context` the analysis depends on. */
export function contextKey(context: SentenceContext = DEFAULT_CONTEXT): string {
  return `${context.blockKind}|${context.isRecommendationHeading ? 1 : 0}|${context.firstPersonIsOwner ? 1 : 0}|${relevantLeadIn(context)}`;
}
