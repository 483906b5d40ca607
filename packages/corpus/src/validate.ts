import { criterionIds } from './criteria/index.js';
import type {
  Citation,
  Contribution,
  Corpus,
  Criterion,
  Document,
  DocumentMetadata,
  Expert,
  Localized,
  OffsetMap,
  Paragraph,
  Position,
  Quote,
  Recommendation,
  Section,
  Sentence,
  SourceSpan,
  Theme,
} from './model.js';

/**
 * Thrown when JSON does not have the shape of the Scherp model. `path` is a JSONPath-like location
 * ("$.data.paragraphs[3].span.start.line") so the reader can find the fault without a debugger.
 */
export class CorpusFormatError extends Error {
  readonly path: string;
  constructor(message: string, path: string) {
    super(`${path}: ${message}`);
    this.name = 'CorpusFormatError';
    this.path = path;
  }
}

type Obj = Record<string, unknown>;

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'string' ? `string ${JSON.stringify(v.slice(0, 40))}` : typeof v;

function object(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CorpusFormatError(`expected an object, found ${describe(v)}`, path);
  return v as Obj;
}

function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new CorpusFormatError(`expected an array, found ${describe(v)}`, path);
  return v;
}

function string(o: Obj, key: string, path: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new CorpusFormatError(`expected a string, found ${describe(v)}`, `${path}.${key}`);
  return v;
}

function optionalString(o: Obj, key: string, path: string): void {
  if (o[key] !== undefined) string(o, key, path);
}

function integer(o: Obj, key: string, path: string, min: number): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) {
    throw new CorpusFormatError(`expected an integer >= ${min}, found ${describe(v)}${typeof v === 'number' ? ` ${v}` : ''}`, `${path}.${key}`);
  }
  return v;
}

function optionalInteger(o: Obj, key: string, path: string, min: number): void {
  if (o[key] !== undefined) integer(o, key, path, min);
}

function boolean(o: Obj, key: string, path: string): void {
  if (typeof o[key] !== 'boolean') throw new CorpusFormatError(`expected a boolean, found ${describe(o[key])}`, `${path}.${key}`);
}

function oneOf<T extends string>(o: Obj, key: string, path: string, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new CorpusFormatError(`expected one of ${allowed.join(', ')}, found ${describe(v)}`, `${path}.${key}`);
  }
  return v as T;
}

function list<T>(o: Obj, key: string, path: string, item: (v: unknown, path: string) => T): T[] {
  return array(o[key], `${path}.${key}`).map((v, i) => item(v, `${path}.${key}[${i}]`));
}

function strings(o: Obj, key: string, path: string): string[] {
  return list(o, key, path, (v, p) => {
    if (typeof v !== 'string') throw new CorpusFormatError(`expected a string, found ${describe(v)}`, p);
    return v;
  });
}

function position(v: unknown, path: string): Position {
  const o = object(v, path);
  integer(o, 'line', path, 1);
  integer(o, 'column', path, 1);
  integer(o, 'offset', path, 0);
  return o as unknown as Position;
}

function span(v: unknown, path: string): SourceSpan {
  const o = object(v, path);
  const start = position(o.start, `${path}.start`);
  const end = position(o.end, `${path}.end`);
  if (end.offset < start.offset) throw new CorpusFormatError(`end offset ${end.offset} is before start offset ${start.offset}`, path);
  return o as unknown as SourceSpan;
}

function optionalSpan(o: Obj, key: string, path: string): void {
  if (o[key] !== undefined) span(o[key], `${path}.${key}`);
}

function offsetMap(v: unknown, path: string): OffsetMap {
  const segments = array(v, path);
  let previous = -1;
  segments.forEach((segment, i) => {
    const p = `${path}[${i}]`;
    const pair = array(segment, p);
    if (pair.length !== 2 || !pair.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0)) {
      throw new CorpusFormatError('expected a [textIndex, sourceOffset] pair of non-negative integers', p);
    }
    const textIndex = pair[0] as number;
    if (i === 0 && textIndex !== 0) throw new CorpusFormatError('the first segment must start at text index 0', p);
    if (textIndex <= previous && i > 0) throw new CorpusFormatError('segments must be sorted by text index', p);
    previous = textIndex;
  });
  return segments as OffsetMap;
}

function localized(v: unknown, path: string): Localized {
  const o = object(v, path);
  string(o, 'nl', path);
  string(o, 'en', path);
  return o as unknown as Localized;
}

function sentence(v: unknown, path: string): Sentence {
  const o = object(v, path);
  string(o, 'text', path);
  span(o.span, `${path}.span`);
  offsetMap(o.map, `${path}.map`);
  return o as unknown as Sentence;
}

const PARAGRAPH_KINDS = ['paragraph', 'heading', 'list-item', 'table-cell', 'code', 'html', 'front-matter'] as const;

function paragraph(v: unknown, path: string): Paragraph {
  const o = object(v, path);
  oneOf(o, 'kind', path, PARAGRAPH_KINDS);
  string(o, 'text', path);
  span(o.span, `${path}.span`);
  offsetMap(o.map, `${path}.map`);
  list(o, 'sentences', path, sentence);
  boolean(o, 'prose', path);
  boolean(o, 'quoted', path);
  optionalInteger(o, 'depth', path, 1);
  optionalInteger(o, 'ordinal', path, 0);
  integer(o, 'sectionIndex', path, -1);
  return o as unknown as Paragraph;
}

function indices(o: Obj, key: string, path: string): number[] {
  return list(o, key, path, (v, p) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new CorpusFormatError(`expected a non-negative integer index, found ${describe(v)}`, p);
    return v;
  });
}

function section(v: unknown, path: string): Section {
  const o = object(v, path);
  string(o, 'id', path);
  string(o, 'heading', path);
  integer(o, 'level', path, 0);
  span(o.span, `${path}.span`);
  indices(o, 'paragraphIndices', path);
  list(o, 'children', path, section);
  return o as unknown as Section;
}

function theme(v: unknown, path: string): Theme {
  const o = object(v, path);
  string(o, 'id', path);
  string(o, 'title', path);
  optionalSpan(o, 'span', path);
  strings(o, 'contributionIds', path);
  return o as unknown as Theme;
}

function expert(v: unknown, path: string): Expert {
  const o = object(v, path);
  string(o, 'id', path);
  string(o, 'name', path);
  optionalString(o, 'role', path);
  optionalSpan(o, 'span', path);
  return o as unknown as Expert;
}

function contribution(v: unknown, path: string): Contribution {
  const o = object(v, path);
  string(o, 'id', path);
  string(o, 'title', path);
  strings(o, 'experts', path);
  optionalString(o, 'theme', path);
  span(o.span, `${path}.span`);
  strings(o, 'recommendationIds', path);
  return o as unknown as Contribution;
}

function recommendation(v: unknown, path: string): Recommendation {
  const o = object(v, path);
  string(o, 'id', path);
  integer(o, 'number', path, 1);
  string(o, 'title', path);
  string(o, 'body', path);
  strings(o, 'authors', path);
  optionalString(o, 'theme', path);
  string(o, 'contribution', path);
  span(o.span, `${path}.span`);
  indices(o, 'paragraphIndices', path);
  return o as unknown as Recommendation;
}

function quote(v: unknown, path: string): Quote {
  const o = object(v, path);
  string(o, 'text', path);
  span(o.span, `${path}.span`);
  optionalString(o, 'attribution', path);
  return o as unknown as Quote;
}

function metadata(v: unknown, path: string): DocumentMetadata {
  const o = object(v, path);
  optionalString(o, 'title', path);
  optionalString(o, 'date', path);
  optionalString(o, 'author', path);
  strings(o, 'tags', path);
  optionalString(o, 'source', path);
  object(o.extra, `${path}.extra`);
  return o as unknown as DocumentMetadata;
}

/** Checks that a parsed JSON value has the shape of a {@link Document}; returns it typed. */
export function validateDocument(value: unknown, path = '$'): Document {
  const o = object(value, path);
  string(o, 'id', path);
  string(o, 'title', path);
  oneOf(o, 'kind', path, ['markdown', 'text'] as const);
  optionalString(o, 'path', path);
  metadata(o.metadata, `${path}.metadata`);
  list(o, 'sections', path, section);
  const paragraphs = list(o, 'paragraphs', path, paragraph);
  list(o, 'themes', path, theme);
  list(o, 'experts', path, expert);
  list(o, 'contributions', path, contribution);
  const recommendations = list(o, 'recommendations', path, recommendation);
  list(o, 'quotes', path, quote);
  // Indices into `paragraphs` must point at a paragraph, or consumers crash far from the cause.
  recommendations.forEach((rec, i) =>
    rec.paragraphIndices.forEach((index, j) => {
      if (index >= paragraphs.length) {
        throw new CorpusFormatError(`index ${index} is past the last paragraph (${paragraphs.length})`, `${path}.recommendations[${i}].paragraphIndices[${j}]`);
      }
    }),
  );
  return o as unknown as Document;
}


function citation(v: unknown, path: string): Citation {
  const o = object(v, path);
  string(o, 'document', path);
  optionalString(o, 'expert', path);
  optionalInteger(o, 'recommendation', path, 1);
  optionalString(o, 'section', path);
  if (o.note !== undefined) localized(o.note, `${path}.note`);
  if (o.section === undefined && (o.expert === undefined || o.recommendation === undefined)) {
    throw new CorpusFormatError('a citation needs a section, or an expert and a recommendation number', path);
  }
  return o as unknown as Citation;
}

function criterion(v: unknown, path: string): Criterion {
  const o = object(v, path);
  oneOf(o, 'id', path, criterionIds);
  for (const key of ['title', 'explanation', 'reason', 'question']) localized(o[key], `${path}.${key}`);
  list(o, 'citations', path, citation);
  return o as unknown as Criterion;
}

/** Checks that a parsed JSON value has the shape of a {@link Corpus}; returns it typed. */
export function validateCorpus(value: unknown, path = '$'): Corpus {
  const o = object(value, path);
  list(o, 'documents', path, validateDocument);
  list(o, 'criteria', path, criterion);
  return o as unknown as Corpus;
}
