/**
 * Counts the hand-written matching code under server/src/engine/rules: regular
 * expressions (literals and `new RegExp`) and functions (declarations, arrows,
 * function expressions, methods). Issue #13 measures the engine by these two
 * numbers, so they are computed from the syntax tree rather than by grep.
 *
 *   npx tsx scripts/stats/rule-code.ts [--json] [dir]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface CodeCounts {
  files: number;
  lines: number;
  regexes: number;
  functions: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function countFile(source: string, fileName = 'x.ts'): Omit<CodeCounts, 'files'> {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  let regexes = 0;
  let functions = 0;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) regexes++;
    else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') regexes++;
    else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') regexes++;
    if (ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node)) functions++;
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { lines: source.split('\n').length, regexes, functions };
}

export function countDir(dir: string): CodeCounts & { byFile: Record<string, Omit<CodeCounts, 'files'>> } {
  const byFile: Record<string, Omit<CodeCounts, 'files'>> = {};
  const total: CodeCounts = { files: 0, lines: 0, regexes: 0, functions: 0 };
  for (const path of walk(dir)) {
    const c = countFile(readFileSync(path, 'utf8'), path);
    byFile[relative(dir, path)] = c;
    total.files++;
    total.lines += c.lines;
    total.regexes += c.regexes;
    total.functions += c.functions;
  }
  return { ...total, byFile };
}

if (process.argv[1]?.endsWith('rule-code.ts')) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? 'server/src/engine/rules';
  const counts = countDir(dir);
  if (args.includes('--json')) console.log(JSON.stringify(counts, null, 2));
  else {
    console.log(`${dir}: ${counts.files} files, ${counts.lines} lines, ${counts.regexes} regular expressions, ${counts.functions} functions`);
    const rows = Object.entries(counts.byFile).sort((a, b) => b[1].regexes + b[1].functions - (a[1].regexes + a[1].functions));
    for (const [f, c] of rows.slice(0, 15)) console.log(`  ${String(c.regexes).padStart(4)} re ${String(c.functions).padStart(4)} fn  ${f}`);
  }
}
