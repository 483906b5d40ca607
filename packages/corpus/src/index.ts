export type * from './model.js';
export * from './spans.js';
