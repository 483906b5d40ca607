import { describe, expect, it } from 'vitest';
import { statusText } from './status-text.js';

describe('statusText', () => {
  it('shows the concrete share in Dutch by default', () => {
    expect(statusText({ concrete: 7, total: 12 }, 'nl')).toBe('Scherp 7/12 adviezen concreet');
  });

  it('uses the singular for one advice', () => {
    expect(statusText({ concrete: 0, total: 1 }, 'nl')).toBe('Scherp 0/1 advies concreet');
    expect(statusText({ concrete: 1, total: 1 }, 'en')).toBe('Scherp 1/1 recommendation concrete');
  });

  it('says so when a document has no advice', () => {
    expect(statusText({ concrete: 0, total: 0 }, 'nl')).toBe('Scherp: geen adviezen');
    expect(statusText({ concrete: 0, total: 0 }, 'en')).toBe('Scherp: no recommendations');
  });

  it('speaks English when asked', () => {
    expect(statusText({ concrete: 3, total: 5 }, 'en')).toBe('Scherp 3/5 recommendations concrete');
  });
});
