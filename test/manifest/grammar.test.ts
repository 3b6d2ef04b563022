/**
 * The Markdown injection grammar (syntaxes/clinical-notes.injection.tmLanguage.json).
 *
 * VS Code runs TextMate regexes with Oniguruma; these tests run them with
 * JavaScript's RegExp, so the grammar keeps to syntax both engines read the
 * same way. The one convention converted here is a leading `(?i)`, which
 * becomes the `i` flag. Look-behinds are checked to be fixed-width, which
 * Oniguruma requires and JavaScript does not.
 *
 * A second suite tokenizes a whole note with the real vscode-textmate +
 * Oniguruma and VS Code's Markdown grammar when those packages can be
 * resolved (from this project, or from a folder named by the
 * RAPPORT_TEXTMATE_MODULES environment variable); otherwise it is skipped.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const GRAMMAR_PATH = path.resolve(__dirname, '../../syntaxes/clinical-notes.injection.tmLanguage.json');
const STANDARD_ROOTS = new Set(['entity', 'markup', 'constant', 'keyword', 'invalid', 'meta', 'string', 'variable', 'support', 'storage', 'comment']);

interface Capture {
  name?: string;
  patterns?: Rule[];
}
interface Rule {
  include?: string;
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  while?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  whileCaptures?: Record<string, Capture>;
  patterns?: Rule[];
  comment?: string;
}
interface Grammar {
  scopeName: string;
  injectionSelector: string;
  patterns: Rule[];
  repository: Record<string, Rule>;
}

const grammarText = readFileSync(GRAMMAR_PATH, 'utf8');
const grammar = JSON.parse(grammarText) as Grammar;

/** Every rule in the grammar, with a path for messages. */
function allRules(): Array<{ where: string; rule: Rule }> {
  const out: Array<{ where: string; rule: Rule }> = [];
  const visit = (rule: Rule, where: string) => {
    out.push({ where, rule });
    rule.patterns?.forEach((r, i) => visit(r, `${where}.patterns[${i}]`));
    for (const key of ['captures', 'beginCaptures', 'endCaptures', 'whileCaptures'] as const) {
      for (const [n, cap] of Object.entries(rule[key] ?? {})) {
        out.push({ where: `${where}.${key}[${n}]`, rule: { name: cap.name } });
        cap.patterns?.forEach((r, i) => visit(r, `${where}.${key}[${n}].patterns[${i}]`));
      }
    }
  };
  grammar.patterns.forEach((r, i) => visit(r, `patterns[${i}]`));
  for (const [key, rule] of Object.entries(grammar.repository)) visit(rule, `repository.${key}`);
  return out;
}

/** Oniguruma-only syntax that JavaScript would reject or read differently. */
function onigurumaOnly(source: string): string[] {
  const problems: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && 'AzZGhHKR'.includes(next)) problems.push(`\\${next}`);
      if (next === 'p' || next === 'P') problems.push(`\\${next}{…} needs the u flag`);
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      if (source[i + 1] === '^') i++;
      if (source[i + 1] === ']') i++;
      continue;
    }
    if ((ch === '*' || ch === '+' || ch === '?' || ch === '}') && source[i + 1] === '+') problems.push('possessive quantifier');
    if (ch === '(' && source[i + 1] === '?') {
      const rest = source.slice(i + 2);
      if (rest.startsWith('>')) problems.push('atomic group');
      if (/^[imx-]+[:)]/.test(rest) && !(i === 0 && rest.startsWith('i)'))) problems.push('inline flag group');
      if (rest.startsWith('#')) problems.push('comment group');
    }
  }
  return problems;
}

function toJsRegExp(source: string, extraFlags = ''): RegExp {
  const insensitive = source.startsWith('(?i)');
  return new RegExp(insensitive ? source.slice(4) : source, (insensitive ? 'i' : '') + extraFlags);
}

/** Bodies of (?<=…) and (?<!…), to check they are fixed-width alternatives. */
function lookbehinds(source: string): string[] {
  const out: string[] = [];
  const re = /\(\?<[=!]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source))) {
    let depth = 1;
    let inClass = false;
    let j = m.index + m[0].length;
    const start = j;
    for (; j < source.length && depth > 0; j++) {
      const ch = source[j];
      if (ch === '\\') {
        j++;
        continue;
      }
      if (inClass) {
        if (ch === ']') inClass = false;
        continue;
      }
      if (ch === '[') inClass = true;
      else if (ch === '(') depth++;
      else if (ch === ')') depth--;
    }
    out.push(source.slice(start, j - 1));
  }
  return out;
}

function variableWidthIn(body: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') return 'nested group';
    else if (ch === '*' || ch === '+' || ch === '?') return `quantifier ${ch}`;
    else if (ch === '{') {
      const q = /^\{(\d+)(,(\d*))?\}/.exec(body.slice(i));
      if (q && q[2] !== undefined && q[3] !== q[1]) return `quantifier ${q[0]}`;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// A small TextMate-style scanner for single lines: at each position the
// earliest match among the (flattened) top-level patterns wins, ties going to
// the pattern listed first, as in vscode-textmate.

interface Token {
  text: string;
  start: number;
  scopes: string[];
}

function flatten(rules: Rule[], seen = new Set<string>()): Rule[] {
  const out: Rule[] = [];
  for (const rule of rules) {
    if (rule.include?.startsWith('#')) {
      const key = rule.include.slice(1);
      const target = grammar.repository[key];
      assert.ok(target, `include ${rule.include} resolves`);
      if (seen.has(key)) continue;
      out.push(...flatten(target.patterns ?? [target], new Set([...seen, key])));
    } else if (rule.match) out.push(rule);
    else if (rule.patterns) out.push(...flatten(rule.patterns, seen));
  }
  return out;
}

const compiled = new Map<Rule, RegExp>();
function scanner(rule: Rule): RegExp {
  let re = compiled.get(rule);
  if (!re) {
    re = toJsRegExp(rule.match!, 'dg');
    compiled.set(rule, re);
  }
  return re;
}

function tokenize(line: string, rules: Rule[] = flatten(grammar.patterns)): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos <= line.length) {
    let best: { rule: Rule; m: RegExpExecArray } | undefined;
    for (const rule of rules) {
      const re = scanner(rule);
      re.lastIndex = pos;
      const m = re.exec(line);
      if (m && (!best || m.index < best.m.index)) best = { rule, m };
    }
    if (!best || best.m[0].length === 0) break;
    const { rule, m } = best;
    const base = rule.name ? rule.name.split(/\s+/) : [];
    tokens.push({ text: m[0], start: m.index, scopes: base });
    for (const [n, cap] of Object.entries(rule.captures ?? {})) {
      const idx = Number(n);
      const span = m.indices?.[idx];
      if (!span || !cap.name) continue;
      tokens.push({ text: line.slice(span[0], span[1]), start: span[0], scopes: [...base, ...cap.name.split(/\s+/)] });
    }
    pos = m.index + m[0].length;
  }
  return tokens;
}

function scopesOf(line: string, text: string, rules?: Rule[]): string[] {
  return tokenize(line, rules)
    .filter((t) => t.text === text)
    .flatMap((t) => t.scopes);
}

function assertScope(line: string, text: string, scopePrefix: string, rules?: Rule[]) {
  const scopes = scopesOf(line, text, rules);
  assert.ok(
    scopes.some((s) => s.startsWith(scopePrefix)),
    `expected ${JSON.stringify(text)} in ${JSON.stringify(line)} to be scoped ${scopePrefix}; got ${JSON.stringify(tokenize(line, rules).map((t) => [t.text, t.scopes.join(' ')]))}`,
  );
}

function repo(key: string): Rule[] {
  return flatten([{ include: `#${key}` }]);
}

// ---------------------------------------------------------------------------

describe('grammar: file', () => {
  it('is valid JSON with a scope name, patterns and a Markdown injection selector', () => {
    assert.equal(grammar.scopeName, 'text.clinical-notes.injection');
    assert.match(grammar.injectionSelector, /^L:text\.html\.markdown\b/);
    assert.ok(Array.isArray(grammar.patterns) && grammar.patterns.length > 0);
  });

  it('keeps out of code, front matter, link targets and comments', () => {
    for (const excluded of ['-markup.inline.raw', '-markup.fenced_code', '-markup.raw', '-comment', '-meta.embedded', '-markup.underline.link']) {
      assert.ok(grammar.injectionSelector.includes(excluded), `selector should exclude ${excluded}`);
    }
  });

  it('resolves every include', () => {
    for (const { where, rule } of allRules()) {
      if (rule.include?.startsWith('#')) assert.ok(grammar.repository[rule.include.slice(1)], `${where}: ${rule.include}`);
    }
  });

  it('compiles every regex in JavaScript, using only syntax Oniguruma reads the same way', () => {
    let count = 0;
    for (const { where, rule } of allRules()) {
      for (const key of ['match', 'begin', 'end', 'while'] as const) {
        const source = rule[key];
        if (source === undefined) continue;
        count++;
        assert.deepEqual(onigurumaOnly(source), [], `${where}.${key}`);
        assert.doesNotThrow(() => toJsRegExp(source), `${where}.${key} compiles`);
        for (const body of lookbehinds(source)) {
          for (const alternative of body.split('|')) {
            assert.equal(variableWidthIn(alternative), undefined, `${where}.${key}: look-behind alternative ${JSON.stringify(alternative)} must be fixed-width`);
          }
        }
      }
    }
    assert.ok(count >= 10, `expected the full set of patterns, found ${count}`);
  });

  it('uses standard TextMate scope roots, so any theme colours them', () => {
    for (const { where, rule } of allRules()) {
      for (const name of [rule.name, rule.contentName]) {
        if (!name) continue;
        for (const scope of name.split(/\s+/)) {
          const root = scope.split('.')[0]!;
          assert.ok(STANDARD_ROOTS.has(root), `${where}: ${scope} (root ${root})`);
          assert.match(scope, /^[a-z0-9-]+(\.[a-z0-9-]+)+$/, `${where}: ${scope}`);
        }
      }
    }
  });

  it('the checks above catch Oniguruma-only and variable-width syntax', () => {
    assert.notDeepEqual(onigurumaOnly(String.raw`\Afoo`), []);
    assert.notDeepEqual(onigurumaOnly('a++'), []);
    assert.notDeepEqual(onigurumaOnly('(?>a)'), []);
    assert.notDeepEqual(onigurumaOnly('x(?i)y'), []);
    assert.deepEqual(onigurumaOnly('(?i)[a++]\\+(?:x)'), []);
    assert.equal(variableWidthIn('^#{1,6} '), 'quantifier {1,6}');
    assert.equal(variableWidthIn('^[ ]{2}[-*+][ \\t]'), undefined);
    assert.equal(variableWidthIn('a+'), 'quantifier +');
  });
});

describe('grammar: what it marks', () => {
  const positives: Array<[line: string, text: string, scope: string]> = [
    // vital signs
    ['BP 128/82', '128/82', 'constant.numeric.vital-sign'],
    ['BP 128/82', 'BP', 'variable.other.vital-sign'],
    ['Seated BP: 118/76 mmHg after 5 min rest', 'mmHg', 'keyword.other.unit'],
    ['| BP | 118/76 mmHg |', '118/76', 'constant.numeric.vital-sign'],
    ['HR 72 bpm', '72', 'constant.numeric.vital-sign'],
    ['RR 16 breaths/min', '16', 'constant.numeric.vital-sign'],
    ['SpO2 97% on room air', '97', 'constant.numeric.vital-sign'],
    ['Temp 37.1 °C', '37.1', 'constant.numeric.vital-sign'],
    // pain, strength, range of motion, measurements
    ['Pain 6/10 with stairs, 2/10 at rest', '6/10', 'constant.numeric.pain-score'],
    ['Pain 6/10 with stairs, 2/10 at rest', '2/10', 'constant.numeric.pain-score'],
    ['NPRS 4/10', 'NPRS', 'support.constant.scale'],
    ['Hip abduction 3+/5, quadriceps 4-/5', '3+/5', 'constant.numeric.mmt-grade'],
    ['Hip abduction 3+/5, quadriceps 4-/5', '4-/5', 'constant.numeric.mmt-grade'],
    ['Elbow flexion 3/5', '3/5', 'constant.numeric.mmt-grade'],
    ['Knee flexion 0-120°', '120', 'constant.numeric.range-of-motion'],
    ['Shoulder flexion 95°', '95', 'constant.numeric.measurement'],
    ['Walked 150 m in 2 min', '150', 'constant.numeric.measurement'],
    ['Walked 150 m in 2 min', 'm', 'keyword.other.unit'],
    ['Gait speed 1.2 m/s', 'm/s', 'keyword.other.unit'],
    ['Grip 9 kg R (11 kg at previous visit)', '9', 'constant.numeric.measurement'],
    ['Sit-to-stand 3x10', '3x10', 'constant.numeric.dosage'],
    // Do-Not-Use abbreviations
    ['metoprolol 25 mg QD', 'QD', 'invalid.deprecated'],
    ['aspirin 81 mg qd', 'qd', 'invalid.deprecated'],
    ['aspirin 81 mg q.d.', 'q.d.', 'invalid.deprecated'],
    ['Take 25 mg PO qd', 'qd', 'invalid.deprecated'],
    ['furosemide 20 mg QOD', 'QOD', 'invalid.deprecated'],
    ['warfarin 5 mg Q.O.D.', 'Q.O.D.', 'invalid.deprecated'],
    ['heparin 5000 IU', 'IU', 'invalid.deprecated'],
    ['insulin 10 U at bedtime', 'U', 'invalid.deprecated'],
    ['insulin 4u', 'u', 'invalid.deprecated'],
    ['MSO4 2 mg', 'MSO4', 'invalid.deprecated'],
    ['MgSO4 2 g', 'MgSO4', 'invalid.deprecated'],
    ['MS 4 mg', 'MS', 'invalid.deprecated'],
    ['warfarin 5.0 mg', '5.0', 'invalid.deprecated'],
    ['colchicine .5 mg', '.5', 'invalid.deprecated'],
    // section labels
    ['S: Pt reports less stiffness', 'S', 'entity.name.section'],
    ['S: Pt reports less stiffness', 'S:', 'markup.heading.section'],
    ['O: HR 72 bpm', 'O', 'entity.name.section'],
    ['A: Progressing toward goals', 'A', 'entity.name.section'],
    ['P: Continue per plan of care', 'P', 'entity.name.section'],
    ['Plan of care: 2 times per week for 6 weeks', 'Plan of care', 'entity.name.section'],
    ['Subjective: Pt reports', 'Subjective', 'entity.name.section'],
    ['HPI: onset 3 weeks ago', 'HPI', 'entity.name.section'],
    ['ROS: negative for fever', 'ROS', 'entity.name.section'],
    ['Tests and measures: see below', 'Tests and measures', 'entity.name.section'],
    ['Discharge: goals met', 'Discharge', 'entity.name.section'],
    ['- Assessment: improving transfers', 'Assessment', 'entity.name.section'],
    ['1. Goals: see below', 'Goals', 'entity.name.section'],
    ['> Plan: reviewed together', 'Plan', 'entity.name.section'],
    ['**Goals:** set with the patient', 'Goals', 'entity.name.section'],
    ['**Plan**: next visit', 'Plan', 'entity.name.section'],
    ['## Subjective', 'Subjective', 'entity.name.section'],
    ['### Plan of care', 'Plan of care', 'entity.name.section'],
    ['## Tests and measures', 'Tests and measures', 'entity.name.section'],
    ['## Discharge summary', 'Discharge summary', 'entity.name.section'],
    ['# HISTORY', 'HISTORY', 'entity.name.section'],
    ['## S', 'S', 'entity.name.section'],
  ];
  for (const [line, text, scope] of positives) {
    it(`${JSON.stringify(line)}: ${JSON.stringify(text)} → ${scope}`, () => assertScope(line, text, scope));
  }

  it('"BP 128/82" is matched by the vital-signs pattern itself', () => {
    assertScope('BP 128/82', '128/82', 'constant.numeric.vital-sign', repo('vital-signs'));
  });

  it('"QD" in "metoprolol 25 mg QD" is matched by the do-not-use pattern itself', () => {
    assertScope('metoprolol 25 mg QD', 'QD', 'invalid.deprecated', repo('do-not-use'));
  });

  const prose = [
    'the student went to class',
    'The objective was to plan the goals for the assessment together with the patient.',
    'Patient care is a partnership between the patient and the clinician, a collaborative effort toward a meaningful goal.',
    'She sat with her caregiver and talked through her plan: rest, then class.',
    'Goals were set together and the history was taken in the quiet room.',
    'Planning: the discharge date depends on progress.',
    'Quite a quad-dominant pattern; odd; QDs; IUD; Qdoba; Used the U-shaped walker.',
  ];
  for (const line of prose) {
    it(`marks nothing in ordinary prose: ${JSON.stringify(line)}`, () => {
      assert.deepEqual(tokenize(line).map((t) => [t.text, t.scopes.join(' ')]), []);
    });
  }

  const notDoNotUse = [
    'Multiple sclerosis (MS) affects U/E strength; 3 U/E',
    'Grip 22.0 kg; FVC 2.0 L',
    'MS: alert and oriented',
    'UE strength 4/5 bilaterally',
    'Pt takes 0.5 mg nightly; 5 mg daily; 10 units at bedtime',
    // The linter stays silent on a frequency in an exercise program; so does the highlighting.
    'HEP: bridges 3x10 QD.',
    'Home exercise program: heel raises 2x15 qd, walk 20 min QOD.',
  ];
  for (const line of notDoNotUse) {
    it(`does not mark ${JSON.stringify(line)} as Do-Not-Use`, () => {
      const flagged = tokenize(line).filter((t) => t.scopes.some((s) => s.startsWith('invalid.')));
      assert.deepEqual(flagged.map((t) => t.text), []);
    });
  }

  it('a frequency after a dose ends before the sentence\'s period ("25 mg QD." marks "QD")', () => {
    const marked = tokenize('metoprolol 25 mg QD.').filter((t) => t.scopes.some((s) => s.startsWith('invalid.')));
    assert.deepEqual(marked.map((t) => t.text), ['QD']);
  });

  it('agrees with the linter on where QD is a Do-Not-Use abbreviation', async () => {
    const { lint } = await import('../../server/src/engine/index.ts');
    const lines = ['metoprolol 25 mg QD.', 'Take 25 mg PO qd', 'HEP: bridges 3x10 QD.', 'Walk 20 min QD.', 'heel raises 2x15 qd'];
    for (const line of lines) {
      const linted = lint(line, { mode: 'clinical' }).findings.filter((f) => f.ruleId === 'doc.jc-do-not-use').map((f) => f.text);
      const painted = tokenize(line).filter((t) => t.scopes.some((s) => s.startsWith('invalid.'))).map((t) => t.text);
      assert.deepEqual(painted, linted, line);
    }
  });

  it('does not read dates as pain scores or muscle grades', () => {
    const line = 'Seen 6/10/2024 and 3/5/2024';
    const numeric = tokenize(line).filter((t) => t.scopes.some((s) => /pain-score|mmt-grade/.test(s)));
    assert.deepEqual(numeric.map((t) => t.text), []);
  });

  it('does not treat a label in mid-sentence as a section', () => {
    const sections = tokenize('We reviewed the plan: rest, ice and the Goals: list').filter((t) => t.scopes.some((s) => s.includes('section')));
    assert.deepEqual(sections.map((t) => t.text), []);
  });
});

// ---------------------------------------------------------------------------

type Req = NodeJS.Require;

function textmateModules(): Req | undefined {
  const bases = [path.resolve(__dirname, '../../package.json')];
  if (process.env.RAPPORT_TEXTMATE_MODULES) bases.push(path.join(path.resolve(process.env.RAPPORT_TEXTMATE_MODULES), 'package.json'));
  for (const base of bases) {
    const req = createRequire(base);
    try {
      req.resolve('vscode-textmate');
      req.resolve('vscode-oniguruma');
      req.resolve('tm-grammars/grammars/markdown.json');
      return req;
    } catch {
      // try the next base
    }
  }
  return undefined;
}

describe('grammar: real TextMate tokenization inside Markdown (optional)', function () {
  const req = textmateModules();
  const note = [
    '---',
    'mode: clinical',
    'note: BP 120/80 QD',
    '---',
    '# Subjective',
    'S: Pt reports pain 6/10 at rest; **more** later.',
    '- O: BP 128/82 mmHg, HR 72 bpm, SpO2 97%',
    '**Plan:** metoprolol 25 mg QD',
    'the student went to class',
    '`BP 120/80 QD` in inline code',
    '<!-- QD in a comment -->',
    '',
    '```',
    'BP 120/80 QD in a fence',
    '```',
  ];
  let lines: Array<{ line: string; tokens: Array<{ text: string; scopes: string[] }> }> = [];

  before(async function () {
    if (!req) this.skip();
    const vsctm = req!('vscode-textmate');
    const onig = req!('vscode-oniguruma');
    const wasm = readFileSync(req!.resolve('vscode-oniguruma/release/onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const grammarsDir = path.dirname(req!.resolve('tm-grammars/grammars/markdown.json'));
    const files: Record<string, string> = { 'text.html.markdown': 'markdown.json', 'source.yaml': 'yaml.json' };
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new onig.OnigScanner(sources),
        createOnigString: (s: string) => new onig.OnigString(s),
      }),
      loadGrammar: async (scope: string) => {
        if (scope === grammar.scopeName) return JSON.parse(grammarText);
        const file = files[scope];
        const full = file && path.join(grammarsDir, file);
        return full && existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : null;
      },
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? [grammar.scopeName] : undefined),
    });
    const markdown = await registry.loadGrammar('text.html.markdown');
    let state = vsctm.INITIAL;
    lines = note.map((line) => {
      const r = markdown.tokenizeLine(line, state);
      state = r.ruleStack;
      return {
        line,
        tokens: r.tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
      };
    });
  });

  const tokenScopes = (lineNo: number, text: string) =>
    lines[lineNo]!.tokens.filter((t) => t.text === text).flatMap((t) => t.scopes);
  const clinicalIn = (lineNo: number) => lines[lineNo]!.tokens.filter((t) => t.scopes.some((s) => s.endsWith('.clinical'))).map((t) => t.text);

  it('marks the section heading, labels, vitals, pain and Do-Not-Use abbreviations', () => {
    assert.ok(tokenScopes(4, 'Subjective').includes('entity.name.section.clinical'));
    assert.ok(tokenScopes(5, 'S').includes('entity.name.section.clinical'));
    assert.ok(tokenScopes(5, '6/10').includes('constant.numeric.pain-score.clinical'));
    assert.ok(tokenScopes(6, 'O').includes('entity.name.section.clinical'));
    assert.ok(tokenScopes(6, '128/82').includes('constant.numeric.vital-sign.blood-pressure.clinical'));
    assert.ok(tokenScopes(7, 'Plan').includes('entity.name.section.clinical'));
    assert.ok(tokenScopes(7, 'QD').includes('invalid.deprecated.do-not-use.frequency.clinical'));
  });

  it("keeps Markdown's own scopes: the heading stays a heading, bold after a label stays bold", () => {
    assert.ok(tokenScopes(4, 'Subjective').includes('markup.heading.markdown'));
    assert.ok(tokenScopes(5, 'more').includes('markup.bold.markdown'));
    assert.ok(tokenScopes(6, 'O').includes('markup.list.unnumbered.markdown'));
  });

  it('marks nothing in prose, front matter, inline code, HTML comments or fenced code', () => {
    for (const lineNo of [0, 1, 2, 3, 8, 9, 10, 12, 13, 14]) {
      assert.deepEqual(clinicalIn(lineNo), [], `line ${lineNo}: ${note[lineNo]}`);
    }
  });
});
