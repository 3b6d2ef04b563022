/**
 * Browser counterpart of lsp/docs-links.ts: a worker cannot open the rule pages shipped in the extension as
 * files, so links point to the public documentation (opened only when the writer follows one).
 */
import { DEFAULT_DOCS_BASE } from '../engine/index.ts';

export function docsBase(_serverDir: string): string {
  return DEFAULT_DOCS_BASE;
}
