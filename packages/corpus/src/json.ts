import type { Corpus, Document } from './model.js';
import { CorpusFormatError, validateCorpus, validateDocument } from './validate.js';

export { CorpusFormatError, validateCorpus, validateDocument } from './validate.js';

/**
 * Version of the JSON envelope written by {@link serializeCorpus} and {@link serializeDocument}. Bump it when
 * the model changes incompatibly; readers reject versions newer than the one they know.
 */
export const SCHEMA_VERSION = 1;

export interface SerializeOptions {
  /** Indentation for humans; omit for compact output. */
  indent?: number;
}

type Kind = 'scherp-corpus' | 'scherp-document';

function serialize(kind: Kind, data: unknown, options: SerializeOptions): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, kind, data }, null, options.indent);
}

/** Parses the envelope and returns its `data`, after checking version and kind. */
function unwrap(json: string, kind: Kind): unknown {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new CorpusFormatError(`not valid JSON (${(error as Error).message})`, '$');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CorpusFormatError('expected an object with schemaVersion, kind and data', '$');
  }
  const envelope = value as Record<string, unknown>;
  const version = envelope.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CorpusFormatError('expected a positive integer schemaVersion', '$.schemaVersion');
  }
  if (version > SCHEMA_VERSION) {
    throw new CorpusFormatError(`schemaVersion ${version} is newer than this reader supports (${SCHEMA_VERSION})`, '$.schemaVersion');
  }
  if (envelope.kind !== kind) {
    throw new CorpusFormatError(`expected kind "${kind}", found ${JSON.stringify(envelope.kind)}`, '$.kind');
  }
  if (!('data' in envelope)) throw new CorpusFormatError('missing data', '$.data');
  return envelope.data;
}

/** JSON text of a whole corpus (documents and criteria) in a versioned envelope. */
export function serializeCorpus(corpus: Corpus, options: SerializeOptions = {}): string {
  return serialize('scherp-corpus', corpus, options);
}

/** Reads {@link serializeCorpus} output; throws {@link CorpusFormatError} naming the offending path. */
export function deserializeCorpus(json: string): Corpus {
  return validateCorpus(unwrap(json, 'scherp-corpus'), '$.data');
}

/** JSON text of one document in a versioned envelope. */
export function serializeDocument(document: Document, options: SerializeOptions = {}): string {
  return serialize('scherp-document', document, options);
}

/** Reads {@link serializeDocument} output; throws {@link CorpusFormatError} naming the offending path. */
export function deserializeDocument(json: string): Document {
  return validateDocument(unwrap(json, 'scherp-document'), '$.data');
}
