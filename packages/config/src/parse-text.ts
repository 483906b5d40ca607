import { LineIndex } from '@scherp/corpus';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { ConfigFileError, msg, oneLine } from './errors.js';

/** Editors on Windows save UTF-8 with a byte order mark; it is not part of the configuration. */
export const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** JSON (a config file or package.json); a syntax error names its reason, line and column. */
export function parseJsonConfig(file: string, content: string): unknown {
  const text = stripBom(content);
  try {
    return text.trim() === '' ? undefined : JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "… at position 42" for most errors (and "… (line 3 column 5)" in newer versions).
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const offset = /position (\d+)/.exec(message);
    let position: { line: number; column: number };
    if (lineColumn) position = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    else {
      const at = offset ? Number(offset[1]) : text.length;
      position = new LineIndex(text).positionAt(at);
    }
    const detail = oneLine(message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, ''));
    throw new ConfigFileError(file, msg(`ongeldige JSON: ${detail}`, `invalid JSON: ${detail}`), position, { cause: error });
  }
}

/** YAML; a syntax error names its reason, line and column. */
export function parseYamlConfig(file: string, content: string): unknown {
  try {
    // logLevel 'error': a library warning would print as a Node warning; validation names any odd key.
    return parseYaml(stripBom(content), { prettyErrors: true, logLevel: 'error' });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const detail = oneLine(error.message.replace(/ at line \d+, column \d+.*$/s, ''));
      throw new ConfigFileError(file, msg(`ongeldige YAML: ${detail}`, `invalid YAML: ${detail}`), pos ? { line: pos.line, column: pos.col } : undefined, { cause: error });
    }
    const detail = oneLine(error instanceof Error ? error.message : String(error));
    throw new ConfigFileError(file, msg(`ongeldige YAML: ${detail}`, `invalid YAML: ${detail}`), undefined, { cause: error });
  }
}
