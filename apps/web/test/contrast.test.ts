import { describe, expect, it } from 'vitest';
import { contrastPairs, contrastRatio, luminance, palette } from '../src/palette.js';

describe('palette', () => {
  it('computes WCAG luminance and ratios (known values)', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 6);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it.each(contrastPairs)('%s on %s reaches %d:1 (WCAG 2.1 AA)', (fg, bg, minimum) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(minimum);
  });

  it('every colour the page uses is checked against the page background', () => {
    const checked = new Set(contrastPairs.flatMap(([fg, bg]) => [fg, bg]));
    for (const name of Object.keys(palette)) expect(checked.has(name as keyof typeof palette)).toBe(true);
  });
});

describe('style sheet', () => {
  it('takes every colour from the palette (so the checks above cover what is shown)', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(new URL('../src/style.css', import.meta.url), 'utf8');
    const literal = css.replace(/\/\*[\s\S]*?\*\//g, '').match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|(?<![-\w])(?:white|black|red|green|blue|gray|grey)(?![-\w])/gi);
    expect(literal).toBeNull();
  });
});
