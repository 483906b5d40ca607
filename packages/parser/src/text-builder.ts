import type { OffsetMap } from '@scherp/corpus';
import { isWhiteCode } from './whitespace.js';

export function isSpace(ch: string): boolean {
  return isWhiteCode(ch.charCodeAt(0));
}

/** Where aligned characters go: a {@link TextBuilder}, or nowhere when text is being skipped. */
export interface CharSink {
  push(ch: string, offset: number): void;
  pushRun(text: string, from: number, to: number, sourceOffset: number): void;
}

/**
 * Accumulates a derived text character by character together with the original offset of every character,
 * folding runs of whitespace into one space and dropping leading/trailing whitespace. The resulting
 * {@link OffsetMap} is exact: every text index maps to the offset of the source character it came from
 * (a folded space maps to the first whitespace character of its run).
 */
export class TextBuilder implements CharSink {
  /** Pieces of the text, joined once at the end (appending character by character builds deep rope strings). */
  private parts: string[] = [];
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
    if (!this.fold) {
      this.emitRun(text, from, to, sourceOffset);
      return;
    }
    let i = from;
    while (i < to) {
      if (isWhiteCode(text.charCodeAt(i))) {
        this.space(sourceOffset + (i - from));
        i++;
        continue;
      }
      let j = i + 1;
      while (j < to && !isWhiteCode(text.charCodeAt(j))) j++;
      if (this.pendingSpace >= 0) {
        const at = this.pendingSpace;
        this.pendingSpace = -1;
        this.emit(' ', at);
      }
      this.emitRun(text, i, j, sourceOffset + (i - from));
      i = j;
    }
  }

  private emit(ch: string, offset: number): void {
    this.startSegment(offset);
    this.parts.push(ch);
    this.len++;
  }

  /** Characters at consecutive source offsets: only the first can start a new map segment. */
  private emitRun(text: string, from: number, to: number, offset: number): void {
    if (to <= from) return;
    this.startSegment(offset);
    this.parts.push(to - from === 1 ? (text[from] as string) : text.slice(from, to));
    this.len += to - from;
  }

  private startSegment(offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (!last || last[1] + (this.len - last[0]) !== offset) this.segments.push([this.len, offset]);
  }

  finish(): { text: string; map: OffsetMap } {
    const text = this.parts.join('');
    const map: OffsetMap = this.segments.length > 0 ? this.segments.slice() : [[0, this.fallbackOffset]];
    return { text, map };
  }
}
