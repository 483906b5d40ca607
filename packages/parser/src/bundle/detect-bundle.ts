import type { Contribution, Expert, Paragraph, Quote, Recommendation, Theme } from '@scherp/corpus';

export interface BundleStructure {
  themes: Theme[];
  experts: Expert[];
  contributions: Contribution[];
  recommendations: Recommendation[];
  quotes: Quote[];
}

export function detectBundle(_paragraphs: Paragraph[], _source: string): BundleStructure {
  return { themes: [], experts: [], contributions: [], recommendations: [], quotes: [] };
}
