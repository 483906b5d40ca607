import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import type { FormatName, Formatter } from './types.js';

export const formatters: Record<FormatName, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  junit: formatJunit,
};

export { formatGithub, formatGitlab, formatJson, formatJunit, formatSarif, formatStylish };
export { FORMAT_NAMES, type FormatContext, type FormatName, type Formatter } from './types.js';
