import type { Paragraph, Section } from '@scherp/corpus';
import { memoize } from './memo.js';

/** URL-style id of a heading: lower case, accents removed, non-alphanumerics → "-". */
export const slugify: (text: string) => string = memoize(slugifyUncached);

function slugifyUncached(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80) || 'section';
}

/**
 * Builds the section tree from heading paragraphs and sets every paragraph's `sectionIndex` (index into the
 * sections flattened in document order). A heading's own paragraph belongs to its section; the section's
 * `paragraphIndices` list the heading's body blocks, not the heading itself.
 */
export function buildSections(paragraphs: Paragraph[]): Section[] {
  const roots: Section[] = [];
  const stack: Section[] = [];
  const used = new Map<string, number>();
  let flatIndex = -1;
  let current: Section | undefined;
  paragraphs.forEach((p, index) => {
    if (p.kind === 'heading' && !p.quoted) {
      const level = p.depth ?? 1;
      const base = slugify(p.text);
      const seen = used.get(base) ?? 0;
      used.set(base, seen + 1);
      const section: Section = {
        id: seen === 0 ? base : `${base}-${seen}`,
        heading: p.text,
        level,
        span: p.span,
        paragraphIndices: [],
        children: [],
      };
      while (stack.length > 0 && (stack[stack.length - 1] as Section).level >= level) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(section);
      else roots.push(section);
      stack.push(section);
      current = section;
      flatIndex++;
      p.sectionIndex = flatIndex;
      return;
    }
    p.sectionIndex = flatIndex;
    current?.paragraphIndices.push(index);
  });
  return roots;
}

/** Sections in document order (the order `sectionIndex` counts in). */
export function flattenSections(sections: Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: Section[]) => {
    for (const s of list) {
      out.push(s);
      visit(s.children);
    }
  };
  visit(sections);
  return out;
}
