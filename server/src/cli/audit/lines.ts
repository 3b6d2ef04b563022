/**
 * Splits a file into lines as it streams in, without ever holding more than
 * one line (and one read chunk) in memory. A line longer than the limit is
 * reported as such and skipped, not buffered: one runaway line in a 100 GB
 * export must not take the machine's memory.
 */
import { createReadStream } from 'node:fs';

export interface Line {
  /** 1-based line number in the file. */
  lineNo: number;
  /** The line's bytes without the line ending; undefined when it was longer than the limit. */
  bytes: Buffer | undefined;
}

const NEWLINE = 0x0a;

export async function* readLines(path: string, maxBytes: number, onBytes: (n: number) => void): AsyncGenerator<Line> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let parts: Buffer[] = [];
  let partBytes = 0;
  let tooLong = false;
  let lineNo = 0;
  const finish = (last: Buffer): Line => {
    lineNo++;
    let bytes: Buffer | undefined;
    if (!tooLong && partBytes + last.length <= maxBytes) bytes = parts.length ? Buffer.concat([...parts, last]) : last;
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    parts = [];
    partBytes = 0;
    tooLong = false;
    return { lineNo, bytes };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    onBytes(chunk.length);
    let from = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl >= 0; nl = chunk.indexOf(NEWLINE, from)) {
      yield finish(chunk.subarray(from, nl));
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    if (rest.length === 0 || tooLong) continue;
    if (partBytes + rest.length > maxBytes) {
      tooLong = true;
      parts = [];
      partBytes = 0;
    } else {
      // Copied: the stream may reuse its chunk's memory.
      parts.push(Buffer.from(rest));
      partBytes += rest.length;
    }
  }
  if (partBytes > 0 || tooLong) yield finish(Buffer.alloc(0));
}

/** Only spaces, tabs and carriage returns. */
export function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}
