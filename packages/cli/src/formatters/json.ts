import type { Formatter } from './types.js';

/** `[{ filePath, messages, advice }]`: the machine-readable result, shapes from @scherp/linter. */
export const formatJson: Formatter = (results) =>
  `${JSON.stringify(
    results.map(({ filePath, messages, advice }) => ({ filePath, messages, advice })),
    null,
    2,
  )}\n`;
