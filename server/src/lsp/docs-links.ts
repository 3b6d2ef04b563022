/**
 * Where rule links point. The extension ships docs/rules/, so links open the
 * local page (works offline, and nothing about the note leaves the machine);
 * without a local copy they fall back to the public documentation.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DOCS_BASE } from '../engine/index.ts';

export function docsBase(serverDir: string): string {
  for (const candidate of [join(serverDir, '..', '..', 'docs', 'rules'), join(serverDir, '..', 'docs', 'rules')]) {
    if (existsSync(join(candidate, 'README.md'))) return pathToFileURL(candidate).href + '/';
  }
  return DEFAULT_DOCS_BASE;
}
