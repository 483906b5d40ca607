/**
 * Builds a small but valid .docx (WordprocessingML in a zip) from a list of blocks, so tests never depend on a
 * binary fixture. Shared by the parser, CLI and web page tests (one copy). Word opens what it writes.
 */
import { strToU8, zipSync } from 'fflate';

export type DocxBlock =
  | string
  | { text: string; heading?: 1 | 2 | 3; list?: 'bullet' | 'number'; level?: number; style?: string }
  | { empty: true }
  | { table: string[][] };

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function makeDocx(blocks: readonly DocxBlock[]): Uint8Array {
  const body = blocks.map(blockXml).join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}</w:body></w:document>`),
    'word/styles.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>` +
        [1, 2, 3].map((n) => `<w:style w:type="paragraph" w:styleId="Kop${n}"><w:name w:val="heading ${n}"/></w:style>`).join('') +
        `<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style></w:styles>`,
    ),
    'word/numbering.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>` +
        `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    ),
  });
}

function blockXml(block: DocxBlock): string {
  if (typeof block === 'string') return paragraphXml(block, '');
  if ('empty' in block) return '<w:p/>';
  if ('table' in block) {
    const rows = block.table.map((row) => `<w:tr>${row.map((cell) => `<w:tc>${paragraphXml(cell, '')}</w:tc>`).join('')}</w:tr>`);
    return `<w:tbl>${rows.join('')}</w:tbl>`;
  }
  let props = '';
  if (block.heading) props += `<w:pStyle w:val="Kop${block.heading}"/>`;
  else if (block.style) props += `<w:pStyle w:val="${block.style}"/>`;
  if (block.list) props += `<w:numPr><w:ilvl w:val="${block.level ?? 0}"/><w:numId w:val="${block.list === 'bullet' ? 1 : 2}"/></w:numPr>`;
  return paragraphXml(block.text, props);
}

function paragraphXml(text: string, props: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r></w:p>`;
}
