/** Line and character (0-based, UTF-16 code units, as in LSP) of offsets in a text. Pure. */
export interface TextPosition {
  line: number;
  character: number;
}

export function positionsOf(text: string): (offset: number) => TextPosition {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // CR, LF and CRLF all end a line, as in VS Code and the language server protocol.
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - starts[lo]! };
  };
}
