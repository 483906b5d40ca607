import { describe, expect, it } from 'vitest';
import { rulePicks } from './rule-picks.js';

describe('rulePicks', () => {
  const rules = [
    { id: 'vague-term', criterion: 'language', description: { nl: 'Hol woord', en: 'Hollow word' } },
    { id: 'missing-owner', criterion: 'owner', description: { nl: 'Geen eigenaar', en: 'No owner' } },
  ];

  it('lists rules by id with the description in the chosen language and their docs URL', () => {
    const picks = rulePicks(rules, 'nl', (id) => `https://docs.example/rules/${id}`);
    expect(picks).toEqual([
      { label: 'missing-owner', description: 'owner', detail: 'Geen eigenaar', url: 'https://docs.example/rules/missing-owner' },
      { label: 'vague-term', description: 'language', detail: 'Hol woord', url: 'https://docs.example/rules/vague-term' },
    ]);
    expect(rulePicks(rules, 'en', (id) => id)[0]?.detail).toBe('No owner');
  });
});
