import type { OffsetMap } from '@scherp/corpus';

const SPACE = /\s/;

export function isSpace(ch: string): boolean {
  if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') return true;
  return ch.charCodeAt(0) > 127 ? SPACE.test(ch) : ch === '\f' || ch === '\v';
}

/**
 * Accumulates a derived text character by character together with the original offset of every character,
 * folding runs of whitespace into one space and dropping leading/trailing whitespace. The resulting
 * {@link OffsetMap} is exact: every text index maps to the offset of the source character it came from
 * (a folded space maps to the first whitespace character of its run).
 */
export class TextBuilder {
  private chunks: string[] = [];
  private current = '';
  private len = 0;
  private readonly segments: OffsetMap = [];
  private pendingSpace = -1;
  /** Offset to use for the empty map when nothing was appended. */
  private readonly fallbackOffset: number;

  /** When false, whitespace is kept as written (code, HTML, front matter). */
  private readonly fold: boolean;

  constructor(fallbackOffset: number, fold = true) {
    this.fallbackOffset = fallbackOffset;
    this.fold = fold;
  }

  get length(): number {
    return this.len;
  }

  /** Appends one UTF-16 code unit that sits at `offset` in the original source. */
  push(ch: string, offset: number): void {
    if (!this.fold) {
      this.emit(ch, offset);
      return;
    }
    if (isSpace(ch)) {
      this.space(offset);
      return;
    }
    if (this.pendingSpace >= 0) {
      const at = this.pendingSpace;
      this.pendingSpace = -1;
      this.emit(' ', at);
    }
    this.emit(ch, offset);
  }

  /** A word boundary at `offset` (a line break, a removed tag): becomes one space unless folded away. */
  space(offset: number): void {
    if (!this.fold) return;
    if (this.len > 0 && this.pendingSpace < 0) this.pendingSpace = offset;
  }

  /** Appends `text[from, to)` which sits unchanged at `sourceOffset` in the original source. */
  pushRun(text: string, from: number, to: number, sourceOffset: number): void {
    for (let i = from; i < to; i++) this.push(text[i] as string, sourceOffset + (i - from));
  }

  private emit(ch: string, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (!last || last[1] + (this.len - last[0]) !== offset) this.segments.push([this.len, offset]);
    this.current += ch;
    if (this.current.length >= 4096) {
      this.chunks.push(this.current);
      this.current = '';
    }
    this.len++;
  }

  finish(): { text: string; map: OffsetMap } {
    const text = this.chunks.join('') + this.current;
    const map: OffsetMap = this.segments.length > 0 ? this.segments.slice() : [[0, this.fallbackOffset]];
    return { text, map };
  }
}
