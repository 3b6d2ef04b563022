/**
 * `--format junit`: JUnit XML for CI dashboards. One test suite per note, one
 * failing test case per finding (a clean note has one passing case), and an
 * <error> for a note that could not be linted.
 */
import type { FileReport } from '../report.ts';

/** Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}

export function formatJunit(files: readonly FileReport[]): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const suites: string[] = [];
  for (const file of files) {
    const name = xmlEscape(file.displayPath);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    if (file.error) {
      suiteErrors++;
      cases.push(`    <testcase name="${xmlEscape('lint')}" classname="${name}">\n      <error message="${xmlEscape(file.error)}"></error>\n    </testcase>`);
    }
    for (const f of file.findings) {
      suiteFailures++;
      const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
      const body = [`${file.displayPath}:${where} ${f.severity} ${f.message}`, f.suggestions.length ? `Suggested: ${f.suggestions.join(' | ')}` : '', `Rule: ${f.ruleId} (${f.docsUrl})`]
        .filter(Boolean)
        .join('\n');
      cases.push(
        `    <testcase name="${xmlEscape(`${f.ruleId} at ${where}`)}" classname="${name}">\n      <failure message="${xmlEscape(f.message)}" type="${xmlEscape(f.severity)}">${xmlEscape(body)}</failure>\n    </testcase>`,
      );
    }
    if (cases.length === 0) cases.push(`    <testcase name="no findings" classname="${name}"></testcase>`);
    tests += cases.length;
    failures += suiteFailures;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="${suiteErrors}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  out.push(`<testsuites name="rapport" tests="${tests}" failures="${failures}" errors="${errors}">`);
  out.push(...suites);
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}
