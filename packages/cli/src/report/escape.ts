/**
 * Everything in the report that comes from a document, a file name or a message passes through here:
 * policy text may legitimately contain `<`, `&` or quotes, and a hostile file must not inject markup.
 * The result is safe in element content and in double- or single-quoted attributes, in HTML and in SVG.
 */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (ch) => ENTITIES[ch] as string);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
