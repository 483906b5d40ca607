/**
 * `@scherp/linter/session`: the editor session. Everything that reuses work across edits of one document
 * (incremental parse, analysis caches, findings moved in place) lives behind `createLintSession`; the main
 * entry point `@scherp/linter` is the pure pipeline.
 */
export { createLintSession, type LintSession, type LintSessionOptions, type SessionLint } from './session.js';
export { createWriterView, type WriterView } from './writer-view.js';
