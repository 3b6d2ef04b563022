/**
 * Progress of a long audit on stderr: only when stderr is a terminal, never in
 * CI or when the result itself is going to the same terminal, at most ten
 * times a second. It shows counts and bytes, never what is being read.
 */
import type { CliIO } from '../main.ts';

export class Progress {
  private last = 0;

  private constructor(
    private readonly io: CliIO,
    private readonly totalBytes: number,
  ) {}

  static start(io: CliIO, resultOnTerminal: boolean, totalBytes: number): Progress | undefined {
    if (!io.stderrIsTTY || resultOnTerminal || process.env.CI || process.env.RAPPORT_NO_PROGRESS) return undefined;
    return new Progress(io, totalBytes);
  }

  update(notes: number, bytesRead: number): void {
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    const share = this.totalBytes > 0 ? ` · ${(bytesRead / 1e6).toFixed(0)} of ${(this.totalBytes / 1e6).toFixed(0)} MB read (${Math.floor((100 * bytesRead) / this.totalBytes)} %)` : '';
    this.io.stderr(`\r\x1b[2Krapport audit: ${notes.toLocaleString('en')} notes${share}`);
  }

  stop(): void {
    if (this.last > 0) this.io.stderr('\r\x1b[2K');
  }
}
