import { Transform, type TransformCallback } from 'node:stream';

/** Larger messages are refused: a Content-Length this big is a broken client, not a document. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
/** A header section longer than this without its blank line is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /^content-length:/i;

/**
 * Sits between stdin and the JSON-RPC reader and passes on only well-formed frames. vscode-jsonrpc stops
 * reading for good after a header it cannot parse (`Content-Length: abc`) and waits forever for the body of
 * a huge length; here such a header is reported through `onMalformed` (the server answers with a JSON-RPC
 * parse error) and skipped up to the next `Content-Length:` header, so the connection keeps working.
 * A body that is not JSON is reported the same way and dropped.
 */
export class FrameGuard extends Transform {
  private buffer: Buffer = Buffer.alloc(0);
  /** Bytes still expected for the body of a frame whose header was good. */
  private frame: { header: Buffer; length: number } | undefined;
  /** Inside a run of bad bytes that was reported already. */
  private skipping = false;

  constructor(private readonly onMalformed: (reason: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    try {
      this.drain();
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  private drain(): void {
    for (;;) {
      if (this.frame) {
        if (this.buffer.length < this.frame.length) return;
        const body = this.buffer.subarray(0, this.frame.length);
        this.buffer = this.buffer.subarray(this.frame.length);
        const header = this.frame.header;
        this.frame = undefined;
        this.skipping = false;
        if (isJson(body)) this.push(Buffer.concat([header, body]));
        else this.onMalformed('the message body is not valid JSON');
        continue;
      }
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > MAX_HEADER_BYTES) this.resync('header too long or without its blank line');
        return;
      }
      const headerText = this.buffer.subarray(0, end).toString('ascii');
      const header = this.buffer.subarray(0, end + HEADER_END.length);
      const length = contentLength(headerText);
      if (typeof length === 'string') {
        this.resync(length);
        continue;
      }
      this.buffer = this.buffer.subarray(end + HEADER_END.length);
      this.frame = { header: Buffer.from(header), length };
    }
  }

  /**
   * Reports the problem (once per run of bad bytes) and drops bytes up to the next Content-Length header
   * after the bad one; without one, keeps only a tail that may be the start of the next header.
   */
  private resync(reason: string): void {
    if (!this.skipping) this.onMalformed(reason);
    this.skipping = true;
    const text = this.buffer.toString('latin1');
    const next = text.slice(1).search(/content-length:/i);
    if (next >= 0) {
      this.buffer = this.buffer.subarray(next + 1);
      return;
    }
    let keep = Math.min(HEADER_NAME.length - 1, text.length - 1);
    while (keep > 0 && !HEADER_NAME.startsWith(text.slice(text.length - keep).toLowerCase())) keep--;
    this.buffer = this.buffer.subarray(this.buffer.length - keep);
  }
}

const HEADER_NAME = 'content-length:';

/** The Content-Length of a header section, or why there is none that can be used. */
function contentLength(header: string): number | string {
  let length: number | string = 'no Content-Length header';
  for (const line of header.split('\r\n')) {
    if (!CONTENT_LENGTH.test(line)) {
      if (!/^[A-Za-z0-9-]+:/.test(line)) return `malformed header line: ${JSON.stringify(line.slice(0, 80))}`;
      continue;
    }
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (!/^\d{1,12}$/.test(value)) return `Content-Length is not a number: ${JSON.stringify(value.slice(0, 40))}`;
    length = Number(value);
    if (length > MAX_MESSAGE_BYTES) return `Content-Length ${value} is larger than the limit of ${MAX_MESSAGE_BYTES} bytes`;
  }
  return length;
}

function isJson(body: Buffer): boolean {
  try {
    JSON.parse(body.toString('utf8'));
    return true;
  } catch {
    return false;
  }
}
