import type { Formatter } from './types.js';

/**
 * `[{ filePath, messages, advice }]`: the machine-readable result, shapes from @scherp/linter. Compact, as
 * machines read it: indenting multiplies the size of large runs (every message carries its span).
 */
export const formatJson: Formatter = (results) =>
  `${JSON.stringify(results.map(({ filePath, messages, advice }) => ({ filePath, messages, advice })))}\n`;
