/**
 * remark-parse's own parse time, in a fresh process (cold, as the CLI is): parses the .md files of a folder
 * `copies` times in one thread, files read first, and prints the seconds.
 *
 *   node scripts/bench/remark-time.mjs DIR [copies]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';

const [dir, copies = '1'] = process.argv.slice(2);
const texts = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
const processor = unified().use(remarkParse);
const t0 = performance.now();
for (let c = 0; c < Number(copies); c++) for (const t of texts) processor.parse(t);
console.log(((performance.now() - t0) / 1000).toFixed(3));
