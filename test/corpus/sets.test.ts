/**
 * The labelled sets themselves, checked the way the corpus README promises: a wrong label makes every figure
 * built on it wrong, so a line that cannot mean what it says fails here rather than skewing precision or recall.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES_BY_ID } from '../../server/src/engine/rules/index.ts';

const dir = __dirname;
const files = readdirSync(dir).filter((f) => /^(dev|holdout)\d*\.jsonl$/.test(f)).sort();

describe('labelled sets', () => {
  const seen = new Map<string, string>();
  for (const file of files) {
    const set = file.replace(/\.jsonl$/, '');
    it(`${set}: every line is well formed and means what it labels`, () => {
      const problems: string[] = [];
      readFileSync(join(dir, file), 'utf8').split('\n').forEach((raw, index) => {
        if (!raw.trim()) return;
        const where = `${file}:${index + 1}`;
        let line: { id?: unknown; text?: unknown; expect?: unknown; mode?: unknown };
        try {
          line = JSON.parse(raw);
        } catch {
          problems.push(`${where}: not JSON`);
          return;
        }
        const { id, text, expect, mode } = line;
        if (typeof id !== 'string' || typeof text !== 'string' || !Array.isArray(expect)) {
          problems.push(`${where}: needs a string id, a string text and an expect list`);
          return;
        }
        // Ids name their set, so a line copied from one set into another shows.
        const prefix = set === 'dev' ? '' : `${set}-`;
        if (prefix && !id.startsWith(prefix)) problems.push(`${where}: id ${id} does not start with ${prefix}`);
        if (seen.has(id)) problems.push(`${where}: id ${id} is also in ${seen.get(id)}`);
        seen.set(id, where);
        if (mode !== undefined && mode !== 'clinical' && mode !== 'reflection') problems.push(`${where}: mode ${String(mode)}`);
        for (const item of expect as Array<{ rule?: unknown; span?: unknown }>) {
          const rule = String(item.rule);
          if (!RULES_BY_ID.has(rule)) problems.push(`${where}: unknown rule ${rule}`);
          if (typeof item.span !== 'string' || !item.span || !text.includes(item.span)) problems.push(`${where}: span ${JSON.stringify(item.span)} is not in the text`);
          // Identifiers are expected only in reflections, except a social security number (corpus README).
          if (rule.startsWith('phi.') && rule !== 'phi.ssn' && mode !== 'reflection') problems.push(`${where}: ${rule} expected in clinical mode`);
        }
      });
      assert.deepEqual(problems, []);
    });
  }
});
