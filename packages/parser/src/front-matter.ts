import type { DocumentMetadata } from '@scherp/corpus';
import { parse as parseYaml } from 'yaml';

const KNOWN = new Set(['title', 'date', 'author', 'authors', 'tags', 'source', 'url']);

/**
 * YAML front matter → metadata. Parsed with the YAML 1.2 core schema, which keeps dates as the strings the
 * author wrote (YAML 1.1 would turn them into Date objects and lose the time zone as written). Invalid YAML
 * never throws: the document simply has no metadata, since a typo in front matter must not hide the text.
 */
export function parseFrontMatter(yaml: string | undefined): DocumentMetadata {
  const metadata: DocumentMetadata = { tags: [], extra: {} };
  if (yaml === undefined || yaml.trim() === '') return metadata;
  let data: unknown;
  try {
    // logLevel 'error': the library's warnings (e.g. a key that is a list) would reach the user's stderr as a
    // Node warning; such keys are of no use to the metadata anyway.
    data = parseYaml(yaml, { schema: 'core', prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  } catch {
    return metadata;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return metadata;
  const record = data as Record<string, unknown>;
  const title = scalar(record.title);
  if (title !== undefined) metadata.title = title;
  const date = dateString(record.date);
  if (date !== undefined) metadata.date = date;
  const author = names(record.author ?? record.authors);
  if (author !== undefined) metadata.author = author;
  metadata.tags = tags(record.tags);
  const source = scalar(record.source) ?? scalar(record.url);
  if (source !== undefined) metadata.source = source;
  for (const [key, value] of Object.entries(record)) {
    if (!KNOWN.has(key)) metadata.extra[key] = value instanceof Date ? value.toISOString() : value;
  }
  return metadata;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function dateString(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  return scalar(value);
}

/** Authors: a name, `{ name }`, or lists of those, nested as deep as the YAML says (flattened without recursion). */
function names(value: unknown): string | undefined {
  const list: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const name = v !== null && typeof v === 'object' && 'name' in v ? scalar((v as { name: unknown }).name) : scalar(v);
    if (name !== undefined) list.push(name);
  }
  return list.length > 0 ? list.join(', ') : undefined;
}

function tags(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => scalar(v)).filter((v): v is string => v !== undefined);
  const single = scalar(value);
  if (single === undefined) return [];
  return single
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
