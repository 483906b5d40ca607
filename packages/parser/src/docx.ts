import { ParseError } from './errors.js';

/** One Word paragraph that produced a block of the converted text. */
export interface DocxParagraph {
  /** 1-based position among the document's paragraphs (body and table cells, empty ones included), as Word counts them. */
  number: number;
  /** 1-based line of the converted text where the block starts. */
  line: number;
  kind: 'heading' | 'list-item' | 'paragraph';
}

/** A Word document as Markdown-like text (headings `#`, lists `-`/`1.`, paragraphs) plus where each paragraph went. */
export interface DocxText {
  text: string;
  /** Non-empty paragraphs in order of `line`. */
  paragraphs: DocxParagraph[];
  /** What mammoth could not convert (unknown styles, unsupported elements). */
  warnings: string[];
}

/** The slice of mammoth's document model (see its `documents.js`) this reader walks. */
export interface DocxElement {
  type: string;
  children?: DocxElement[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level?: string | number; isOrdered?: boolean } | null;
}

/**
 * Reads a .docx file's bytes into text. Pure apart from the unzip: runs in browsers, workers and Node. Throws
 * {@link ParseError} `invalid-docx` (naming `filePath`) when the bytes are not a Word document.
 */
export async function readDocx(bytes: Uint8Array | ArrayBuffer, filePath = 'document.docx'): Promise<DocxText> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  // Loaded on first use: the CLI and the web page pay for the unzipper only when a Word file is opened.
  const mammoth = (await import('mammoth')).default;
  let captured: DocxElement | undefined;
  let warnings: string[];
  try {
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: give both the same bytes.
    const input = { buffer: data, arrayBuffer: data } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const result = await mammoth.convertToHtml(input, {
      ignoreEmptyParagraphs: false,
      transformDocument: (document: DocxElement) => {
        captured = document;
        // The HTML is not wanted: hand mammoth an empty document so it does no further work.
        return { ...document, children: [] };
      },
    });
    warnings = result.messages.map((m) => m.message);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ParseError('invalid-docx', filePath, `is not a readable Word (.docx) file (${detail})`, { cause });
  }
  if (!captured) throw new ParseError('invalid-docx', filePath, 'is not a readable Word (.docx) file');
  return { ...toText(captured), warnings };
}

/** The Word paragraph number of a line of the converted text (the paragraph that block started in). */
export function docxParagraphAt(paragraphs: readonly DocxParagraph[], line: number): number | undefined {
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((paragraphs[mid] as DocxParagraph).line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : (paragraphs[lo - 1] as DocxParagraph).number;
}

/** Exported for tests: the text and paragraphs of mammoth's document model. */
export function toText(document: DocxElement): Omit<DocxText, 'warnings'> {
  const blocks: string[] = [];
  const paragraphs: DocxParagraph[] = [];
  let number = 0;
  let line = 1;
  let previousKind: DocxParagraph['kind'] | undefined;
  // A work stack, not recursion: Word nests tables in cells as deep as the file says.
  const stack: DocxElement[] = [document];
  for (let element = stack.pop(); element; element = stack.pop()) {
    if (element.type !== 'paragraph') {
      const children = element.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DocxElement);
      continue;
    }
    number++;
    const text = inlineText(element).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const { kind, prefix } = blockOf(element);
    // Consecutive list items stay one list; every other block is separated by a blank line.
    if (blocks.length > 0) {
      const tight = kind === 'list-item' && previousKind === 'list-item';
      blocks.push(tight ? '\n' : '\n\n');
      line += tight ? 1 : 2;
    }
    blocks.push(prefix + escapeBlockStart(escapeInline(text)));
    paragraphs.push({ number, line, kind });
    previousKind = kind;
  }
  return { text: blocks.length > 0 ? `${blocks.join('')}\n` : '', paragraphs };
}

/** Headings by style ("Heading 2" / Dutch Word "Kop 2", "Title" / "Titel"), list items by numbering. */
function blockOf(p: DocxElement): { kind: DocxParagraph['kind']; prefix: string } {
  const style = `${p.styleName ?? ''} ${p.styleId ?? ''}`;
  const heading = /\b(?:heading|kop)\s*([1-6])\b/i.exec(style);
  if (heading) return { kind: 'heading', prefix: `${'#'.repeat(Number(heading[1]))} ` };
  if (/\b(?:title|titel)\b/i.test(style)) return { kind: 'heading', prefix: '# ' };
  if (p.numbering) {
    const level = Math.min(Number(p.numbering.level ?? 0) || 0, 8);
    return { kind: 'list-item', prefix: `${'   '.repeat(level)}${p.numbering.isOrdered ? '1.' : '-'} ` };
  }
  return { kind: 'paragraph', prefix: '' };
}

/** The text of a paragraph's runs, hyperlinks and nested paragraphs, in order (a work stack, not recursion). */
function inlineText(paragraph: DocxElement): string {
  const parts: string[] = [];
  const stack: DocxElement[] = [paragraph];
  for (let element = stack.pop(); element; element = stack.pop()) {
    switch (element.type) {
      case 'text':
        parts.push(element.value ?? '');
        break;
      case 'tab':
      case 'break':
        parts.push(' ');
        break;
      case 'run':
      case 'hyperlink':
      case 'paragraph': {
        const children = element.children ?? [];
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DocxElement);
        break;
      }
      default:
        // Images, note and comment references, bookmarks, checkboxes: no prose.
        break;
    }
  }
  return parts.join('');
}

/** Word text is literal: characters Markdown would read as markup are escaped. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_<[\]]/g, '\\$&');
}

/** A paragraph that starts like a Markdown block marker ("1. ", "- ", "# ", "> ", "|") stays a paragraph. */
function escapeBlockStart(text: string): string {
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^[#>+\-=|~]/, '\\$&');
}

/** "(Word-alinea 12)" / "(Word paragraph 12)": how the CLI and the web page name a finding's Word paragraph. */
export function wordParagraphNote(number: number, locale: 'nl' | 'en' = 'nl'): string {
  return locale === 'en' ? `(Word paragraph ${number})` : `(Word-alinea ${number})`;
}
