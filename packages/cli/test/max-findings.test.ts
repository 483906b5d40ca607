import { describe, expect, it } from 'vitest';
import { project, run } from './helpers.js';

// Vague advice in every paragraph: several findings each, far more than the caps below.
const MANY = Array.from({ length: 40 }, (_, i) => `Er moet iets gebeuren met onderwerp ${i}.`).join('\n\n');

interface JsonFile {
  messages: { ruleId: string; severity: number | string; message: string }[];
}

describe('--max-findings and maxFindings', () => {
  it('keeps n findings per document and closes with one that counts the rest, exit code unchanged', async () => {
    const cwd = await project({ 'advies.md': MANY });
    const all = await run(['lint', '-f', 'json', '--max-findings', '0', 'advies.md'], { cwd });
    const capped = await run(['lint', '-f', 'json', '--max-findings', '5', 'advies.md'], { cwd });
    const total = (JSON.parse(all.stdout) as JsonFile[])[0]!.messages.length;
    const messages = (JSON.parse(capped.stdout) as JsonFile[])[0]!.messages;
    expect(total).toBeGreaterThan(20);
    expect(messages).toHaveLength(6);
    expect(messages[5]).toMatchObject({ ruleId: 'too-many-findings' });
    expect(messages[5]!.message).toContain(`Nog ${total - 5} bevindingen niet getoond`);
    expect(capped.code).toBe(all.code);
  });

  it('reads maxFindings from the configuration file, and the command line wins', async () => {
    const cwd = await project({ 'advies.md': MANY, 'scherp.config.json': JSON.stringify({ maxFindings: 3 }) });
    const fromFile = (JSON.parse((await run(['lint', '-f', 'json', 'advies.md'], { cwd })).stdout) as JsonFile[])[0]!.messages;
    expect(fromFile).toHaveLength(4);
    const fromCli = (JSON.parse((await run(['lint', '-f', 'json', '--max-findings', '7', 'advies.md'], { cwd })).stdout) as JsonFile[])[0]!.messages;
    expect(fromCli).toHaveLength(8);
  });

  it('rejects a value that is not a whole number ≥ 0, naming the setting', async () => {
    const cwd = await project({ 'advies.md': MANY, 'scherp.config.json': JSON.stringify({ maxFindings: -2 }) });
    const bad = await run(['lint', 'advies.md'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('maxFindings');
    const usage = await run(['lint', '--max-findings', 'veel', 'advies.md'], { cwd });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--max-findings');
  });
});
