import type { Root } from 'mdast';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The GFM constructs that change which text is prose, each with a test that is true whenever a source could
 * hold one (false positives only cost time). Every micromark extension inspects every line or character it
 * may start at, so a document without any table pays nothing for table support. Autolink literals are not
 * here: bare addresses are found in the text afterwards (see bare-urls.ts), which is much cheaper.
 */
const constructs = [
  {
    // A table needs a pipe and a delimiter row: dashes, colons, pipes and blanks only ("|:---|", "--- | :-:").
    mayHold: (s: string) => s.includes('|') && /^[ \t|:]*-[-:| \t]*$/m.test(s),
    syntax: gfmTable,
    mdast: gfmTableFromMarkdown,
  },
  { mayHold: (s: string) => s.includes('[^'), syntax: gfmFootnote, mdast: gfmFootnoteFromMarkdown },
  { mayHold: (s: string) => s.includes('~'), syntax: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
  { mayHold: (s: string) => /\[[ xX]\]/.test(s), syntax: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
] as const;

/** One processor per combination of front matter and GFM constructs, made when first needed. */
const processors = new Map<number, Processor<Root>>();

function processorFor(key: number): Processor<Root> {
  let processor = processors.get(key);
  if (processor) return processor;
  // Front matter only at the start of a document: in a later fragment a `---` is a thematic break.
  const base = key & 1 ? unified().use(remarkParse).use(remarkFrontmatter, ['yaml']) : unified().use(remarkParse);
  const data = base.data();
  constructs.forEach((construct, i) => {
    if (!(key & (2 << i))) return;
    (data.micromarkExtensions ??= []).push(construct.syntax());
    (data.fromMarkdownExtensions ??= []).push(construct.mdast());
  });
  processor = base as unknown as Processor<Root>;
  processors.set(key, processor);
  return processor;
}

/** Parses Markdown into mdast (no transforms run: parsing is pure and synchronous). */
export function parseMdast(source: string, frontMatter = true): Root {
  let key = frontMatter ? 1 : 0;
  constructs.forEach((construct, i) => {
    if (construct.mayHold(source)) key |= 2 << i;
  });
  return processorFor(key).parse(source) as Root;
}
