import { describe, expect, it } from 'vitest';
import { criteria } from '../src/criteria/index.js';
import {
  CorpusFormatError,
  SCHEMA_VERSION,
  deserializeCorpus,
  deserializeDocument,
  serializeCorpus,
  serializeDocument,
} from '../src/json.js';
import type { Corpus } from '../src/model.js';
import { buildDocument, buildHeadinglessDocument } from './fixture.js';

function expectFormatError(run: () => unknown, path: string, message: RegExp) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusFormatError);
    expect((error as CorpusFormatError).path).toBe(path);
    expect((error as Error).message).toMatch(message);
    return;
  }
  throw new Error('expected a CorpusFormatError');
}

/** Serialises a document, lets `edit` damage the parsed JSON, and returns the damaged text. */
function damaged(edit: (envelope: any) => void): string {
  const envelope = JSON.parse(serializeDocument(buildDocument()));
  edit(envelope);
  return JSON.stringify(envelope);
}

describe('document JSON', () => {
  it('round-trips a hand-built document unchanged', () => {
    const doc = buildDocument();
    const copy = deserializeDocument(serializeDocument(doc));
    expect(copy).toStrictEqual(doc);
    expect(deserializeDocument(serializeDocument(doc, { indent: 2 }))).toStrictEqual(doc);
  });

  it('writes a versioned envelope', () => {
    const envelope = JSON.parse(serializeDocument(buildDocument()));
    expect(envelope.schemaVersion).toBe(SCHEMA_VERSION);
    expect(envelope.kind).toBe('scherp-document');
  });

  it('rejects text that is not JSON', () => {
    expectFormatError(() => deserializeDocument('{"schemaVersion": 1,'), '$', /not valid JSON/);
  });

  it('rejects a missing, newer or wrong envelope', () => {
    expectFormatError(() => deserializeDocument('[]'), '$', /schemaVersion, kind and data/);
    expectFormatError(() => deserializeDocument(damaged((e) => delete e.schemaVersion)), '$.schemaVersion', /positive integer/);
    expectFormatError(() => deserializeDocument(damaged((e) => (e.schemaVersion = SCHEMA_VERSION + 1))), '$.schemaVersion', /newer/);
    expectFormatError(() => deserializeDocument(damaged((e) => (e.kind = 'scherp-corpus'))), '$.kind', /scherp-document/);
    expectFormatError(() => deserializeDocument(damaged((e) => delete e.data)), '$.data', /missing/);
  });

  it('names the path of a malformed field', () => {
    expectFormatError(
      () => deserializeDocument(damaged((e) => (e.data.paragraphs[1].span.start.line = 0))),
      '$.data.paragraphs[1].span.start.line',
      /integer >= 1/,
    );
    expectFormatError(() => deserializeDocument(damaged((e) => (e.data.kind = 'pdf'))), '$.data.kind', /markdown, text/);
    expectFormatError(
      () => deserializeDocument(damaged((e) => (e.data.sections[0].children[1].children[0].heading = 7))),
      '$.data.sections[0].children[1].children[0].heading',
      /expected a string/,
    );
    expectFormatError(() => deserializeDocument(damaged((e) => (e.data.metadata.tags = 'voorbeeld'))), '$.data.metadata.tags', /expected an array/);
    expectFormatError(() => deserializeDocument(damaged((e) => delete e.data.quotes)), '$.data.quotes', /expected an array/);
  });

  it('rejects inconsistent spans, maps and indices', () => {
    expectFormatError(
      () => deserializeDocument(damaged((e) => (e.data.paragraphs[0].span.end.offset = 0))),
      '$.data.paragraphs[0].span',
      /before start/,
    );
    expectFormatError(() => deserializeDocument(damaged((e) => (e.data.paragraphs[0].map = [[1, 0]]))), '$.data.paragraphs[0].map[0]', /index 0/);
    expectFormatError(
      () => deserializeDocument(damaged((e) => (e.data.paragraphs[0].map = [[0, 0], [4, 9], [2, 3]]))),
      '$.data.paragraphs[0].map[2]',
      /sorted/,
    );
    expectFormatError(
      () => deserializeDocument(damaged((e) => (e.data.recommendations[0].paragraphIndices = [0, 60]))),
      '$.data.recommendations[0].paragraphIndices[1]',
      /past the last paragraph/,
    );
  });
});

describe('corpus JSON', () => {
  const corpus: Corpus = { documents: [buildDocument(), buildHeadinglessDocument()], criteria: [...criteria] };

  it('round-trips documents and the criteria catalogue', () => {
    expect(deserializeCorpus(serializeCorpus(corpus))).toStrictEqual(corpus);
  });

  it('does not read a document envelope as a corpus', () => {
    expectFormatError(() => deserializeCorpus(serializeDocument(buildDocument())), '$.kind', /scherp-corpus/);
  });

  it('rejects an unknown criterion and an incomplete citation', () => {
    const envelope = JSON.parse(serializeCorpus(corpus));
    envelope.data.criteria[2].id = 'shiny';
    expectFormatError(() => deserializeCorpus(JSON.stringify(envelope)), '$.data.criteria[2].id', /owner, deadline/);
    envelope.data.criteria[2].id = 'measurable';
    envelope.data.criteria[2].citations[0] = { document: 'x.md', expert: 'Iemand' };
    expectFormatError(() => deserializeCorpus(JSON.stringify(envelope)), '$.data.criteria[2].citations[0]', /section, or an expert/);
  });
});
