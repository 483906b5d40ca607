import type { Locale } from '@scherp/corpus';
import type { FileResult } from '../types.js';

export interface FormatContext {
  /** Paths in the output are relative to this directory. */
  cwd: string;
  locale: Locale;
  /** Colours (stylish only): on for a terminal unless NO_COLOR, or forced with FORCE_COLOR. */
  color: boolean;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
