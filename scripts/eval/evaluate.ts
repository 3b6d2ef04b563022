/**
 * Accuracy on the labelled corpus (test/corpus/README.md explains the format
 * and the matching rule): per family, a finding is a true positive when it
 * overlaps the first occurrence of an expected span of the same family.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Linter, FAMILIES, type Mode } from '../../server/src/engine/index.ts';

export interface CorpusLine {
  id: string;
  text: string;
  expect: Array<{ rule: string; span: string }>;
  mode?: Mode;
}

const PREFIX_FAMILY: Record<string, string> = {
  cred: 'credibility', label: 'labels', adhere: 'adherence', power: 'power', desc: 'descriptors', pfl: 'disability',
  cond: 'condition', sud: 'substance-use', dignity: 'dignity', doc: 'documentation', phi: 'identifiers',
};
export const familyOfRule = (rule: string) => PREFIX_FAMILY[rule.split('.')[0]!] ?? 'unknown';

export interface FamilyScore {
  tp: number;
  fp: number;
  fn: number;
  expected: number;
  precision: number;
  recall: number;
}

export interface Mistake {
  id: string;
  kind: 'FP' | 'FN';
  family: string;
  detail: string;
  text: string;
}

export interface Evaluation {
  families: Record<string, FamilyScore>;
  overall: FamilyScore;
  mistakes: Mistake[];
}

export function readCorpus(path: string): CorpusLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusLine);
}

const score = (tp: number, fp: number, fn: number, expected: number): FamilyScore => ({
  tp, fp, fn, expected,
  precision: tp + fp === 0 ? 1 : tp / (tp + fp),
  recall: expected === 0 ? 1 : (expected - fn) / expected,
});

export function evaluate(lines: readonly CorpusLine[], linter = new Linter()): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number; expected: number }>();
  const bump = (family: string) => {
    let c = counts.get(family);
    if (!c) counts.set(family, (c = { tp: 0, fp: 0, fn: 0, expected: 0 }));
    return c;
  };
  const mistakes: Mistake[] = [];
  for (const line of lines) {
    const findings = linter.lint(line.text, { mode: line.mode ?? 'clinical' }).findings.filter((f) => f.family !== 'engine');
    const expected = line.expect.map((e) => {
      const start = line.text.indexOf(e.span);
      return { ...e, family: familyOfRule(e.rule), start, end: start + e.span.length };
    });
    for (const e of expected) {
      bump(e.family).expected++;
      const hit = findings.some((f) => f.family === e.family && f.start < e.end && f.end > e.start);
      if (!hit) {
        bump(e.family).fn++;
        mistakes.push({ id: line.id, kind: 'FN', family: e.family, detail: `${e.rule} "${e.span}"`, text: line.text });
      }
    }
    for (const f of findings) {
      const hit = expected.some((e) => f.family === e.family && f.start < e.end && f.end > e.start);
      if (hit) bump(f.family).tp++;
      else {
        bump(f.family).fp++;
        mistakes.push({ id: line.id, kind: 'FP', family: f.family, detail: `${f.ruleId} "${f.text}"`, text: line.text });
      }
    }
  }
  const families: Record<string, FamilyScore> = {};
  let all = { tp: 0, fp: 0, fn: 0, expected: 0 };
  for (const family of FAMILIES) {
    const c = counts.get(family) ?? { tp: 0, fp: 0, fn: 0, expected: 0 };
    families[family] = score(c.tp, c.fp, c.fn, c.expected);
    all = { tp: all.tp + c.tp, fp: all.fp + c.fp, fn: all.fn + c.fn, expected: all.expected + c.expected };
  }
  return { families, overall: score(all.tp, all.fp, all.fn, all.expected), mistakes };
}

/** Findings on ordinary notes, which should be close to none. */
export function notesFindings(dir: string, linter = new Linter()): Array<{ file: string; findings: Array<{ ruleId: string; text: string; severity: string }> }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const r = linter.lint(readFileSync(join(dir, file), 'utf8'), { fileName: join(dir, file) });
      return { file, findings: r.findings.map((f) => ({ ruleId: f.ruleId, text: f.text, severity: f.severity })) };
    });
}
