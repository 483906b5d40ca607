import type { Contribution, Expert, Paragraph, Quote, Recommendation, SourceSpan, Theme } from '@scherp/corpus';
import { stripTitleOrdinal } from '../blocks.js';
import { memoize } from '../memo.js';
import { slugify } from '../sections.js';
import { isPullQuote, itemNumber, keySimilarity, lastContentIndex, quoteOf, uniqueId, words } from './cues.js';
import { compactKey, sameName, splitAuthorNames, splitNamesAndRole } from './names.js';
import { mainSequence, type NumberedItem } from './sequence.js';
import { findTableOfContents, type TableOfContents, type TocContribution } from './toc.js';

/**
 * Advice-bundle structure: themes → contributions (one expert or co-authors) → numbered recommendations.
 *
 * Cues, all generic (no names, counts or positions of a particular document):
 *  - an author block: a heading or short line that reads as one or more person names, optionally followed
 *    by role lines, and not followed by running prose (which would make it a title such as "Uomo Digitalis");
 *  - the recommendations of a contribution are the numbered headings after its author block, filtered by
 *    their numbering (see `sequence.ts`);
 *  - a theme is an unnumbered heading directly before an author block, at the author block's heading level
 *    or above; consecutive headings are joined ("Samenwerking" + "en afsprakenstelsels");
 *  - a table of contents, when present, is the authority: it says which names are experts, which numbered
 *    headings are recommendations (by number and title), which contribution belongs to which theme.
 */

export interface BundleStructure {
  themes: Theme[];
  experts: Expert[];
  contributions: Contribution[];
  recommendations: Recommendation[];
  quotes: Quote[];
  /** Source range of the table of contents (heading excluded), when one was read. */
  tableOfContents?: { start: number; end: number };
}

const EMPTY = (): BundleStructure => ({ themes: [], experts: [], contributions: [], recommendations: [], quotes: [] });

const BACK_MATTER = /^(?:colofon|bijlagen?\b|bronnen|bronvermelding|noten|eindnoten|literatuur|literatuurlijst|referenties|verantwoording|over de auteurs?|projectteam|dankwoord|afkortingen|afkortingenlijst|begrippenlijst|register|index|colophon|references|appendix)/i;
const FRONT_MATTER = /^(?:inhoud|inhoudsopgave|voorwoord|samenvatting|inleiding|woord vooraf|contents|preface|summary)$/i;

const LONG_PROSE_WORDS = 40;
const ROLE_WORDS = 30;

/**
 * Per-paragraph cues of the author scan, memoised by paragraph text: the incremental parser rebuilds the bundle
 * structure on every keystroke, and these scans of every paragraph's text were most of its cost.
 * `leadingWords` counts words up to LONG_PROSE_WORDS + 1 (enough for both thresholds, ROLE_WORDS < LONG_PROSE_WORDS).
 */
const leadingWords = memoize((text: string) => words(text, LONG_PROSE_WORDS + 1), 20_000);
const namesAndRoleCached = memoize(splitNamesAndRole, 20_000);
/** A fresh copy each time: the names end up in the result, which is the caller's. */
function namesAndRoleOf(text: string): ReturnType<typeof splitNamesAndRole> {
  const split = namesAndRoleCached(text);
  if (!split) return undefined;
  return split.role === undefined ? { names: [...split.names] } : { names: [...split.names], role: split.role };
}

interface AuthorBlock {
  index: number;
  names: string[];
  /** A role given on the name line itself ("Jan Jansen, hoogleraar …"). */
  role?: string;
  /** Heading level, or 0 for a plain line. */
  level: number;
}

interface Group {
  blocks: AuthorBlock[];
  start: number;
  end: number;
}

export function detectBundle(
  paragraphs: Paragraph[],
  source: string,
  documentTitle?: string,
  plainText = false,
): BundleStructure {
  const itemNumbers = new Map<number, { number: number; level: number }>();
  paragraphs.forEach((p, i) => {
    const item = itemNumber(p, source, plainText);
    if (item) itemNumbers.set(i, item);
  });
  if (itemNumbers.size < 2) return EMPTY();
  const toc = findTableOfContents(paragraphs, source);
  const tocNames = toc?.contributions.flatMap((c) => c.names) ?? [];
  const tocKeys = new Map(tocNames.map((n) => [n, compactKey(n)]));
  const inToc = (p: Paragraph) => toc !== undefined && p.span.start.offset >= toc.start && p.span.start.offset < toc.end;

  // Blocks that take part in the structure, in document order.
  const body: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (!p.prose || inToc(p)) continue;
    body.push(i);
  }
  const isLongProse = (i: number | undefined) => {
    if (i === undefined) return false;
    const p = paragraphs[i] as Paragraph;
    return p.kind !== 'heading' && leadingWords(p.text) > LONG_PROSE_WORDS;
  };
  const authorBlock = (pos: number): AuthorBlock | undefined => {
    const index = body[pos] as number;
    const p = paragraphs[index] as Paragraph;
    if (p.quoted || (p.kind !== 'heading' && p.kind !== 'paragraph') || itemNumbers.has(index)) return undefined;
    const split = namesAndRoleOf(p.text);
    if (!split) return undefined;
    const names = split.names;
    const listed = tocNames.length > 0 && names.every((n) => tocNames.some((t) => sameName(n, t, tocKeys)));
    // A title in name form ("Uomo Digitalis") is followed by its text; a name by a role line or a title.
    if (!listed && isLongProse(body[pos + 1])) return undefined;
    const block: AuthorBlock = { index, names, level: p.kind === 'heading' ? (p.depth ?? 1) : 0 };
    if (split.role) block.role = split.role;
    return block;
  };

  // 1. Author groups: name blocks separated only by a few short (role) lines.
  const groups: Group[] = [];
  let open: Group | undefined;
  let gap = 0;
  let backMatter = paragraphs.length;
  for (let pos = 0; pos < body.length; pos++) {
    const index = body[pos] as number;
    const p = paragraphs[index] as Paragraph;
    if (groups.length > 0 && p.kind === 'heading' && BACK_MATTER.test(p.text)) {
      backMatter = index;
      break;
    }
    const block = authorBlock(pos);
    if (block) {
      if (open && gap <= 3) {
        open.blocks.push(block);
        open.end = index;
      } else {
        open = { blocks: [block], start: index, end: index };
        groups.push(open);
      }
      gap = 0;
      continue;
    }
    if (itemNumbers.has(index)) open = undefined;
    else if (leadingWords(p.text) > ROLE_WORDS) open = undefined;
    else gap++;
  }
  if (groups.length === 0) return EMPTY();

  // 2. Recommendations per group, and the TOC entry each group stands for.
  const allNumbered: NumberedItem[] = [];
  for (const i of body) {
    const item = itemNumbers.get(i);
    if (item) allNumbered.push({ index: i, ...item });
  }
  let cursor = 0;
  /** Numbered headings strictly between `from` and `to`; calls come in increasing order of `from`. */
  const numbered = (from: number, to: number): NumberedItem[] => {
    while (cursor < allNumbered.length && (allNumbered[cursor] as NumberedItem).index <= from) cursor++;
    const out: NumberedItem[] = [];
    for (let j = cursor; j < allNumbered.length && (allNumbered[j] as NumberedItem).index < to; j++) out.push(allNumbered[j] as NumberedItem);
    return out;
  };
  // Where a block stands in `body`, by binary search (`body` is sorted): a map of every block cost a pass on each edit.
  const bodyPos = { get: (index: number) => positionIn(body, index) };

  interface Draft {
    group: Group;
    toc?: TocContribution;
    names: string[];
    recs: NumberedItem[];
    start: number;
    end: number;
    title?: string;
    titleIndex?: number;
  }
  const drafts: Draft[] = [];
  const usedToc = new Set<TocContribution>();
  groups.forEach((group, g) => {
    const next = groups[g + 1]?.start ?? backMatter;
    // A numbered heading that outranks the expert's own heading is not one of their recommendations.
    const authorLevel = (group.blocks[0] as AuthorBlock).level;
    const items = numbered(group.end, Math.min(next, backMatter)).filter((it) => it.level >= authorLevel);
    const names = group.blocks.flatMap((b) => b.names);
    const tocEntry = toc?.contributions.find((c) => !usedToc.has(c) && c.names.some((n) => names.some((m) => sameName(n, m))));
    let recs: NumberedItem[];
    if (tocEntry) {
      usedToc.add(tocEntry);
      recs = tocGuided(tocEntry, items, paragraphs);
    } else {
      recs = mainSequence(items);
    }
    if (recs.length === 0) return;
    drafts.push({ group, names, recs, start: group.start, end: next - 1, ...(tocEntry ? { toc: tocEntry } : {}) });
  });
  if (drafts.reduce((n, d) => n + d.recs.length, 0) < 2) return EMPTY();
  // A group without recommendations (a signature, "Smart Grids") belongs to the contribution before it.
  drafts.forEach((d, k) => {
    const next = drafts[k + 1];
    d.end = (next ? next.group.start : backMatter) - 1;
  });

  // 3. Titles: the TOC's, else the first unnumbered heading after the names, else the heading right before them.
  const authorIndices = new Set(groups.flatMap((g) => g.blocks.map((b) => b.index)));
  const isPlainHeading = (i: number) => {
    const p = paragraphs[i] as Paragraph;
    return p.kind === 'heading' && !itemNumbers.has(i) && !authorIndices.has(i);
  };
  // A heading right before the names is their title only if it does not outrank them (else it is a theme).
  const titleLevelFits = (p: Paragraph, group: Group) => {
    if (FRONT_MATTER.test(p.text)) return false;
    const nameLevel = (group.blocks[0] as AuthorBlock).level;
    return nameLevel === 0 ? (p.depth ?? 1) > 1 : (p.depth ?? 1) >= nameLevel;
  };
  for (const d of drafts) {
    const firstRec = (d.recs[0] as NumberedItem).index;
    let after: number | undefined;
    for (let pos = (bodyPos.get(d.group.end) ?? body.length) + 1; pos < body.length; pos++) {
      const i = body[pos] as number;
      if (i >= firstRec) break;
      if (isPlainHeading(i)) {
        after = i;
        break;
      }
    }
    const before = body[(bodyPos.get(d.group.start) ?? 0) - 1];
    if (d.toc?.title) {
      d.title = d.toc.title;
      const key = compactKey(d.toc.title);
      let match: number | undefined;
      for (let pos = bodyPos.get(before ?? d.group.start) ?? 0; pos < body.length; pos++) {
        const i = body[pos] as number;
        if (i >= firstRec) break;
        const text = (paragraphs[i] as Paragraph).text;
        if (i !== d.group.start && text.length < 400 && keySimilarity(compactKey(text), key, 0.8) >= 0.8) {
          match = i;
          break;
        }
      }
      if (match !== undefined) d.titleIndex = match;
    } else if (after !== undefined) {
      d.title = (paragraphs[after] as Paragraph).text;
      d.titleIndex = after;
    } else if (before !== undefined && isPlainHeading(before) && titleLevelFits(paragraphs[before] as Paragraph, d.group)) {
      d.title = (paragraphs[before] as Paragraph).text;
      d.titleIndex = before;
    }
    if (d.titleIndex !== undefined && d.titleIndex < d.start) d.start = d.titleIndex;
  }
  drafts.forEach((d, k) => {
    const next = drafts[k + 1];
    if (next && next.start <= d.end) d.end = next.start - 1;
  });

  // 4. Themes: headings right before a contribution, at or above its author heading level.
  const themeRun = (d: Draft, k: number, maxLevel: number): number[] => {
    const prevRecs = drafts[k - 1]?.recs;
    const from = prevRecs ? (prevRecs[prevRecs.length - 1] as NumberedItem).index : -1;
    const run: number[] = [];
    let intro = 0;
    for (let pos = (bodyPos.get(d.start) ?? 0) - 1; pos >= 0; pos--) {
      const i = body[pos] as number;
      if (i <= from) break;
      const p = paragraphs[i] as Paragraph;
      if (p.kind !== 'heading') {
        // A theme may have a short introduction before its first contribution.
        if (run.length > 0 || ++intro > 3) break;
        continue;
      }
      // A numbered heading can be a theme ("## 2. Samenwerking") only when it outranks the expert's heading.
      const authorLevel = (d.group.blocks[0] as AuthorBlock).level;
      const ok =
        (!itemNumbers.has(i) || (authorLevel > 0 && (p.depth ?? 1) < authorLevel)) &&
        (p.depth ?? 1) <= maxLevel &&
        !FRONT_MATTER.test(p.text) &&
        !authorIndices.has(i) &&
        p.text !== documentTitle;
      if (!ok) break;
      run.unshift(i);
    }
    return run;
  };
  let runs = drafts.map((d, k) => themeRun(d, k, Math.max(1, (d.group.blocks[0] as AuthorBlock).level)));
  // Every contribution under its own "theme" and none with a title: those headings are the titles
  // ("## Title" above "### Expert"); themes, if any, are headings above them.
  if (!toc && drafts.length >= 3 && drafts.every((d, k) => d.title === undefined && runs[k]?.length === 1)) {
    drafts.forEach((d, k) => {
      const i = (runs[k] as number[])[0] as number;
      d.title = (paragraphs[i] as Paragraph).text;
      d.titleIndex = i;
      d.start = i;
      const prev = drafts[k - 1];
      if (prev && prev.end >= i) prev.end = i - 1;
    });
    runs = drafts.map((d, k) => themeRun(d, k, ((paragraphs[d.start] as Paragraph).depth ?? 1) - 1));
  }
  const bodyThemes: Array<{ title: string; first: number; last: number; before: Draft }> = [];
  drafts.forEach((d, k) => {
    const run = runs[k] as number[];
    if (run.length === 0) return;
    const title = run.map((i) => stripTitleOrdinal((paragraphs[i] as Paragraph).text)).join(' ');
    bodyThemes.push({ title, first: run[0] as number, last: run[run.length - 1] as number, before: d });
    // The previous contribution ends before the theme heading.
    const prev = drafts[k - 1];
    if (prev && prev.end >= (run[0] as number)) prev.end = (run[0] as number) - 1;
  });

  const span = (from: number, to: number): SourceSpan => ({
    start: (paragraphs[from] as Paragraph).span.start,
    end: (paragraphs[to] as Paragraph).span.end,
  });

  const themes: Theme[] = [];
  const themeOf = new Map<Draft, Theme>();
  if (toc && toc.themes.length > 0) {
    for (const title of toc.themes) {
      const key = compactKey(title);
      const found = bodyThemes.find((t) => keySimilarity(compactKey(t.title), key, 0.8) >= 0.8);
      const theme: Theme = { id: '', title: found?.title ?? title, contributionIds: [] };
      if (found) theme.span = span(found.first, found.last);
      themes.push(theme);
      for (const d of drafts) if (d.toc?.theme === title) themeOf.set(d, theme);
    }
  } else {
    let current: Theme | undefined;
    for (const d of drafts) {
      const found = bodyThemes.find((t) => t.before === d);
      if (found) {
        current = { id: '', title: found.title, span: span(found.first, found.last), contributionIds: [] };
        themes.push(current);
      }
      if (current) themeOf.set(d, current);
    }
  }
  const themeIds = new Map<string, number>();
  for (const t of themes) t.id = uniqueId(slugify(t.title), themeIds);

  // 5. Experts, contributions, recommendations, quotes.
  const experts: Expert[] = [];
  const contributions: Contribution[] = [];
  const recommendations: Recommendation[] = [];
  const quotes: Quote[] = [];
  const contributionIds = new Map<string, number>();
  const expertIds = new Map<string, number>();
  const footer = documentTitle ? compactKey(documentTitle) : undefined;
  const isFooter = (p: Paragraph) => {
    if (!footer || p.kind === 'heading' || p.text.length > footer.length + 40) return false;
    const m = /^\s*\d{1,4}\s*[-–|]\s*(.+)$|^(.+?)\s*[-–|]\s*\d{1,4}\s*$/.exec(p.text);
    const rest = m?.[1] ?? m?.[2];
    return rest !== undefined && compactKey(rest) === footer;
  };

  for (const d of drafts) {
    const theme = themeOf.get(d);
    const contributionNames: string[] = [];
    for (const block of d.group.blocks) {
      for (const name of block.names) {
        contributionNames.push(name);
        if (experts.some((e) => sameName(e.name, name))) continue;
        const expert: Expert = { id: uniqueId(slugify(name), expertIds), name, span: (paragraphs[block.index] as Paragraph).span };
        const role = block.role ?? roleAfter(block.index, d, paragraphs, body, bodyPos);
        if (role) expert.role = role;
        experts.push(expert);
      }
    }
    const id = uniqueId(slugify(contributionNames.join(' ')), contributionIds);
    const title = d.title ?? contributionNames.join(' - ');
    const contribution: Contribution = {
      id,
      title,
      experts: contributionNames,
      span: span(d.start, lastContentIndex(d.start, d.end, paragraphs)),
      recommendationIds: [],
    };
    if (theme) {
      contribution.theme = theme.title;
      theme.contributionIds.push(id);
    }
    contributions.push(contribution);

    d.recs.forEach((item, r) => {
      const stop = r + 1 < d.recs.length ? (d.recs[r + 1] as NumberedItem).index - 1 : d.end;
      const heading = paragraphs[item.index] as Paragraph;
      const bodyIndices: number[] = [];
      for (let i = item.index + 1; i <= stop; i++) {
        const p = paragraphs[i] as Paragraph;
        if (p.kind === 'front-matter' || isFooter(p)) continue;
        if (isPullQuote(p, source)) {
          quotes.push(quoteOf(p, contributionNames));
          continue;
        }
        if (!p.prose) continue;
        bodyIndices.push(i);
      }
      const recId = `${id}-${item.number}`;
      const last = bodyIndices.length > 0 ? (bodyIndices[bodyIndices.length - 1] as number) : item.index;
      const rec: Recommendation = {
        id: recId,
        number: item.number,
        title: stripTitleOrdinal(heading.text),
        body: bodyIndices.map((i) => (paragraphs[i] as Paragraph).text).join('\n\n'),
        authors: contributionNames.slice(),
        contribution: id,
        span: span(item.index, last),
        paragraphIndices: [item.index, ...bodyIndices],
      };
      if (theme) rec.theme = theme.title;
      recommendations.push(rec);
      contribution.recommendationIds.push(recId);
    });
    // Pull quotes between the names and the first recommendation.
    for (let i = d.start; i < (d.recs[0] as NumberedItem).index; i++) {
      const p = paragraphs[i] as Paragraph;
      if (isPullQuote(p, source)) quotes.push(quoteOf(p, contributionNames));
    }
  }
  quotes.sort((a, b) => a.span.start.offset - b.span.start.offset);
  const structure: BundleStructure = { themes, experts, contributions, recommendations, quotes };
  if (toc) structure.tableOfContents = { start: toc.start, end: toc.end };
  return structure;
}

/** For each TOC recommendation, the numbered heading with that number whose title matches best. */
function tocGuided(entry: TocContribution, items: NumberedItem[], paragraphs: Paragraph[]): NumberedItem[] {
  if (entry.recommendations.length === 0) return mainSequence(items);
  const main = new Set(mainSequence(items));
  const out: NumberedItem[] = [];
  let after = -1;
  for (const rec of entry.recommendations) {
    const key = compactKey(rec.title);
    let best: NumberedItem | undefined;
    let bestScore = 0.5;
    for (const item of items) {
      if (item.index <= after || item.number !== rec.number) continue;
      const text = stripTitleOrdinal((paragraphs[item.index] as Paragraph).text);
      const score = keySimilarity(compactKey(text), key, 0.5);
      if (score > bestScore) {
        best = item;
        bestScore = score;
      }
    }
    best ??= items.find((item) => item.index > after && item.number === rec.number && main.has(item));
    if (best) {
      out.push(best);
      after = best.index;
    }
  }
  return out;
}

/** The role line after an expert's name: the first short block that is neither a name, the title nor numbered. */
function roleAfter(
  nameIndex: number,
  d: { titleIndex?: number; recs: NumberedItem[] },
  paragraphs: Paragraph[],
  body: number[],
  bodyPos: { get(index: number): number | undefined },
): string | undefined {
  const firstRec = (d.recs[0] as NumberedItem).index;
  for (let pos = (bodyPos.get(nameIndex) ?? body.length) + 1; pos < body.length; pos++) {
    const i = body[pos] as number;
    if (i >= firstRec) return undefined;
    const p = paragraphs[i] as Paragraph;
    if (i === d.titleIndex) continue;
    const n = words(p.text, ROLE_WORDS + 1);
    if (n <= 12 && splitAuthorNames(p.text)) return undefined;
    if (n > ROLE_WORDS || (p.kind === 'heading' && p.ordinal !== undefined)) return undefined;
    if (n > 0) return p.text.replace(/^[*_\s]+|[*_\s]+$/g, '');
  }
  return undefined;
}

/** The position of `index` in the sorted list `body`, or undefined when it is not in it. */
function positionIn(body: readonly number[], index: number): number | undefined {
  let low = 0;
  let high = body.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((body[mid] as number) < index) low = mid + 1;
    else high = mid;
  }
  return body[low] === index ? low : undefined;
}

export type { TableOfContents };
