export type * from './types.js';
export * from './engine/index.js';
export * from './analysis/index.js';
export { criteria, getCriterion } from '@scherp/corpus';
