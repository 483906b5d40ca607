import { remark } from 'remark';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkScherp from './index.js';

const TEXT = '# Plan\n\nEr moet een loket komen.\n\n```\nEr moet niets.\n```\n';

async function run(text: string, options?: Parameters<typeof remarkScherp>[0]): Promise<VFile> {
  return remark().use(remarkScherp, options).process(new VFile({ path: 'plan.md', value: text }));
}

describe('remark-scherp', () => {
  it('adds Scherp findings as vfile messages with place, rule id, source and docs url', async () => {
    const file = await run(TEXT);
    const owner = file.messages.find((m) => m.ruleId === 'missing-owner');
    expect(owner).toBeDefined();
    expect(owner).toMatchObject({
      source: 'scherp',
      line: 3,
      url: 'https://github.com/scherp-nl/scherp/blob/main/docs/rules/missing-owner.md',
      fatal: false,
    });
    expect(owner?.reason).toMatch(/^Wie voert dit uit\?/);
    expect(owner?.place).toMatchObject({ start: { line: 3 }, end: { line: 3 } });
    // Nothing from the code block.
    expect(file.messages.every((m) => m.line !== 6)).toBe(true);
    // The document itself is untouched.
    expect(String(file)).toBe(TEXT);
  });

  it('takes a Scherp configuration: severities map to fatal, locale to the message language', async () => {
    const file = await run(TEXT, { locale: 'en', rules: { 'missing-owner': 'error', 'missing-deadline': 'info' } });
    const owner = file.messages.find((m) => m.ruleId === 'missing-owner');
    const deadline = file.messages.find((m) => m.ruleId === 'missing-deadline');
    expect(owner?.fatal).toBe(true);
    expect(owner?.reason).toMatch(/^Who carries this out\?/);
    expect(deadline?.fatal).toBeUndefined();
  });

  it('passes in-place suggestions as actual/expected, as remark-lint does', async () => {
    const file = await run('Teneinde de wachttijd te verkorten, opent de gemeente in 2026 een extra loket.\n');
    const plain = file.messages.find((m) => m.ruleId === 'plain-language');
    expect(plain).toMatchObject({ actual: 'Teneinde', expected: ['Om'], fatal: undefined });
  });

  it('rejects an invalid configuration when the plugin is attached', () => {
    expect(() => remark().use(remarkScherp, { rules: { 'no-such-rule': 'error' } }).freeze()).toThrow(/Unknown rule 'no-such-rule'/);
  });

  it('reports nothing for concrete text', async () => {
    const file = await run('De minister van BZK opent vóór 1 juli 2027 tien extra loketten, betaald uit de begroting van BZK, omdat de wachttijd nu zes weken is.\n');
    expect(file.messages.filter((m) => m.ruleId?.startsWith('missing-owner'))).toEqual([]);
  });
});
