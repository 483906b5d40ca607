export type * from './types.js';
export * from './engine/index.js';
export * from './analysis/index.js';
export { criteria, getCriterion } from '@scherp/corpus';
export * from './presentation/index.js';
export { PLACEHOLDERS, findPlaceholders } from './placeholders.js';
export type { Placeholder, PlaceholderTopic } from './placeholders.js';
