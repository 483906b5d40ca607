import { describe, expect, it } from 'vitest';
import { adviceItem, adviceItems, shorten, toZeroBased, type AdviceRecord } from './advice-items.js';

const record = (overrides: Partial<AdviceRecord> = {}): AdviceRecord => ({
  line: 3,
  column: 1,
  endLine: 3,
  endColumn: 58,
  text: 'De gemeente moet in 2027 twintig laadpalen plaatsen.',
  criteria: { owner: true, deadline: true, measurable: true, problem: false, funding: false },
  vague: false,
  ...overrides,
});

describe('adviceItem', () => {
  it('marks each criterion with ✓ or ✗ in the order wie, wanneer, meetbaar, probleem, financiering', () => {
    const item = adviceItem(record(), 'nl');
    expect(item.criteria.map((row) => row.label)).toEqual([
      '✓ wie',
      '✓ wanneer',
      '✓ meetbaar',
      '✗ probleem',
      '✗ financiering',
    ]);
    expect(item.description).toBe('✓ wie ✓ wanneer ✓ meetbaar ✗ probleem ✗ financiering');
  });

  it('uses English criterion names when the locale is en', () => {
    const item = adviceItem(record({ criteria: { owner: false, deadline: true, measurable: false, problem: true, funding: true } }), 'en');
    expect(item.description).toBe('✗ who ✓ when ✗ measurable ✓ problem ✓ funding');
  });

  it('shows a criterion that only a placeholder stands for as "nog invullen", never as met', () => {
    const item = adviceItem(
      { ...record({ criteria: { owner: false, deadline: true, measurable: true, problem: false, funding: false } }), open: ['owner'] },
      'nl',
    );
    expect(item.criteria[0]).toMatchObject({ met: false, open: true, label: '… wie' });
    expect(item.tooltip).toContain('nog invullen: wie');
  });

  it('says in the tooltip whether the advice is vague', () => {
    expect(adviceItem(record({ vague: true }), 'nl').tooltip).toContain('vaag:');
    expect(adviceItem(record({ vague: false }), 'nl').tooltip).toContain('concreet:');
  });

  it('converts the 1-based record position to a 0-based range', () => {
    expect(adviceItem(record({ line: 10, column: 5, endLine: 11, endColumn: 2 }), 'nl').range).toEqual({
      startLine: 9,
      startCharacter: 4,
      endLine: 10,
      endCharacter: 1,
    });
  });
});

describe('toZeroBased', () => {
  it('never produces negative positions', () => {
    expect(toZeroBased({ line: 0, column: 0, endLine: 0, endColumn: 0 })).toEqual({
      startLine: 0,
      startCharacter: 0,
      endLine: 0,
      endCharacter: 0,
    });
  });
});

describe('shorten', () => {
  it('keeps short text and folds whitespace', () => {
    expect(shorten('Het  college\nmoet  besluiten.')).toBe('Het college moet besluiten.');
  });

  it('cuts long text on a word boundary with an ellipsis', () => {
    const long = 'Er moet meer aandacht komen voor de inzet van slimme oplossingen in de wijken van de stad.';
    const short = shorten(long, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(short.slice(0, -1).endsWith(' ')).toBe(false);
  });
});

describe('adviceItems', () => {
  it('orders advice by position', () => {
    const items = adviceItems(
      [record({ line: 9, text: 'Tweede advies.' }), record({ line: 2, text: 'Eerste advies.' })],
      'nl',
    );
    expect(items.map((item) => item.label)).toEqual(['Eerste advies.', 'Tweede advies.']);
  });
});
