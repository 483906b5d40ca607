import { LineIndex } from '@scherp/corpus';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { CliError, msg, oneLine } from '../errors.js';

/**
 * JSON and YAML loaders for cosmiconfig that fail with the file AND the line/column of the syntax error,
 * which cosmiconfig's own loaders do not report in a form we can show on one line.
 */
export function parseJsonConfig(filepath: string, content: string): unknown {
  try {
    return content.trim() === '' ? undefined : JSON.parse(content);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "… at position 42" for most errors (and "… (line 3 column 5)" in newer versions).
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const offset = /position (\d+)/.exec(message);
    let position: { line: number; column: number };
    if (lineColumn) position = { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    else {
      const at = offset ? Number(offset[1]) : content.length;
      position = new LineIndex(content).positionAt(at);
    }
    const detail = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '');
    throw new CliError('config', msg(`ongeldige JSON: ${oneLine(detail)}`, `invalid JSON: ${oneLine(detail)}`), { file: filepath, ...position });
  }
}

export function parseYamlConfig(filepath: string, content: string): unknown {
  try {
    return parseYaml(content, { prettyErrors: true });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const location = pos ? { file: filepath, line: pos.line, column: pos.col } : { file: filepath };
      const detail = oneLine(error.message.replace(/ at line \d+, column \d+.*$/s, ''));
      throw new CliError('config', msg(`ongeldige YAML: ${detail}`, `invalid YAML: ${detail}`), location);
    }
    throw error;
  }
}
