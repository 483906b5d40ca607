/**
 * The page's colours, in one place: applied as CSS custom properties at start-up and checked against WCAG 2.1
 * AA by test/contrast.test.ts (4.5:1 for text, 3:1 for underlines, focus rings and other non-text marks).
 */
export const palette = {
  background: '#ffffff',
  surface: '#f3f5f8',
  text: '#1b1f24',
  muted: '#4a5360',
  border: '#6b7684',
  accent: '#0b4f9c',
  accentText: '#ffffff',
  focus: '#b34700',
  good: '#17632d',
  bad: '#a8151b',
  error: '#b3141b',
  warning: '#8a5300',
  info: '#1f5fa8',
  mark: '#fff1b8',
} as const;

export type PaletteColour = keyof typeof palette;

/** Pairs that must reach a contrast ratio: [foreground, background, minimum]. */
export const contrastPairs: ReadonlyArray<readonly [PaletteColour, PaletteColour, number]> = [
  ['text', 'background', 4.5],
  ['text', 'surface', 4.5],
  ['muted', 'background', 4.5],
  ['muted', 'surface', 4.5],
  ['accent', 'background', 4.5],
  ['accent', 'surface', 4.5],
  ['accentText', 'accent', 4.5],
  ['good', 'surface', 4.5],
  ['bad', 'surface', 4.5],
  ['good', 'background', 4.5],
  ['bad', 'background', 4.5],
  ['error', 'background', 4.5],
  ['warning', 'background', 4.5],
  ['warning', 'surface', 4.5],
  ['info', 'background', 4.5],
  ['text', 'mark', 4.5],
  ['error', 'mark', 3],
  ['warning', 'mark', 3],
  ['info', 'mark', 3],
  ['focus', 'background', 3],
  ['focus', 'surface', 3],
  ['border', 'background', 3],
];

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function applyPalette(root: HTMLElement): void {
  for (const [name, value] of Object.entries(palette)) root.style.setProperty(`--${name}`, value);
}
