/**
 * The clinical-note snippets (snippets/clinical-notes.code-snippets): valid
 * plain JSON, well-formed VS Code snippet syntax, and bodies that model the
 * documentation the project asks clinicians to write.
 */
import assert from 'node:assert/strict';
import {
  bodyText,
  expansions,
  expand,
  loadSnippets,
  parseSnippet,
  readSnippetFile,
  SnippetSyntaxError,
  walk,
  type SnippetEntry,
  type SnippetNode,
} from './snippet-syntax.ts';

const snippets = loadSnippets();
const byPrefix = new Map(snippets.map((s) => [String(s.prefix), s]));

function nodesOf(s: SnippetEntry): SnippetNode[] {
  return parseSnippet(bodyText(s.body));
}

function textOf(prefix: string): string {
  const s = byPrefix.get(prefix);
  assert.ok(s, `snippet ${prefix} exists`);
  return expand(nodesOf(s));
}

describe('snippets: file', () => {
  it('is plain JSON (no comments, no trailing commas) holding an object of snippets', () => {
    const raw = readSnippetFile();
    const data: unknown = JSON.parse(raw);
    assert.equal(typeof data, 'object');
    assert.ok(data && !Array.isArray(data));
    assert.ok(snippets.length >= 8, `expected the full set of templates, found ${snippets.length}`);
  });

  it('gives every snippet a prefix, a body, a short description and the markdown scope', () => {
    for (const s of snippets) {
      assert.equal(typeof s.prefix, 'string', `${s.name}: prefix`);
      assert.ok(typeof s.description === 'string' && s.description.trim().length > 0, `${s.name}: description`);
      assert.ok((s.description as string).length <= 60, `${s.name}: description should be short`);
      assert.ok(bodyText(s.body).trim().length > 0, `${s.name}: body`);
      assert.equal(s.scope, 'markdown', `${s.name}: scope`);
    }
  });

  it('uses unique prefixes that start with "rapport-"', () => {
    const prefixes = snippets.map((s) => String(s.prefix));
    assert.deepEqual(
      prefixes.filter((p) => !/^rapport-[a-z][a-z0-9-]*$/.test(p)),
      [],
    );
    assert.equal(new Set(prefixes).size, prefixes.length, 'duplicate prefix');
  });

  it('has the templates clinicians asked for', () => {
    for (const prefix of [
      'rapport-soap',
      'rapport-eval',
      'rapport-progress',
      'rapport-discharge',
      'rapport-reflection',
      'rapport-patient-goal',
      'rapport-goal',
      'rapport-consent',
    ]) {
      assert.ok(byPrefix.has(prefix), `missing ${prefix}`);
    }
  });
});

describe('snippets: tab stops', () => {
  it('the syntax checker itself rejects malformed bodies', () => {
    for (const bad of ['${1:unclosed', 'cost $ 5', '${1|a,b}', 'stray }', '${x', '${1|a|b|}']) {
      assert.throws(() => parseSnippet(bad), SnippetSyntaxError, bad);
    }
    assert.equal(expand(parseSnippet('a ${1:b} ${2|c,d|} $3 $1 \\$ \\}$0')), 'a b c  b $ }');
  });

  for (const s of snippets) {
    describe(String(s.prefix), () => {
      it('parses as VS Code snippet syntax (balanced braces, escaped "$")', () => {
        assert.doesNotThrow(() => nodesOf(s));
      });

      it('has exactly one final tab stop $0 and numbers the others 1..n without gaps', () => {
        const indices: number[] = [];
        walk(nodesOf(s), (n) => {
          if (n.kind === 'tabstop' || n.kind === 'placeholder' || n.kind === 'choice') indices.push(n.index);
        });
        assert.equal(indices.filter((i) => i === 0).length, 1, '$0 should appear once');
        const numbered = [...new Set(indices.filter((i) => i > 0))].sort((a, b) => a - b);
        assert.ok(numbered.length > 0, 'at least one tab stop to fill in');
        assert.deepEqual(numbered, numbered.map((_, k) => k + 1), 'tab stops should run 1..n');
      });

      it('defines each tab stop at most once (a repeat is a mirror) and uses no variables', () => {
        const defined = new Map<number, number>();
        const variables: string[] = [];
        walk(nodesOf(s), (n) => {
          if (n.kind === 'placeholder' || n.kind === 'choice') defined.set(n.index, (defined.get(n.index) ?? 0) + 1);
          if (n.kind === 'variable') variables.push(n.name);
        });
        assert.deepEqual([...defined].filter(([, count]) => count > 1), []);
        assert.deepEqual(variables, []);
      });

      it('offers choices with at least two non-empty options', () => {
        walk(nodesOf(s), (n) => {
          if (n.kind !== 'choice') return;
          assert.ok(n.options.length >= 2, `choice \${${n.index}} has ${n.options.length} option(s)`);
          for (const option of n.options) assert.ok(option.trim().length > 0, `choice \${${n.index}} has an empty option`);
        });
      });

      it('has no placeholder left empty', () => {
        walk(nodesOf(s), (n) => {
          if (n.kind === 'placeholder') assert.ok(expand(n.children).trim().length > 0, `placeholder \${${n.index}} is empty`);
        });
      });
    });
  }
});

describe('snippets: respectful, patient-centred wording', () => {
  // Checked against the raw body, so every choice option is covered, independently of the lint engine.
  const avoid: Array<[RegExp, string]> = [
    [/\brefus(e|ed|es|ing|al)\b/i, 'refused → chose not to / declined, with the reason'],
    [/\bcomplain(s|ed|ing)? of\b|\bc\/o\b/i, 'complains of / c/o → reports'],
    [/\bden(y|ies|ied|ying)\b/i, 'denies → reports no'],
    [/\bnon-?complian(t|ce)\b|\bcomplian(t|ce)\b/i, 'compliance framing'],
    [/\bnon-?adheren(t|ce)\b/i, 'adherence framing'],
    [/\btolerated\b/i, 'tolerated well → response with data'],
    [/\b(PT|therapist|clinician) will\b/, 'goals name the patient as the actor'],
    [/\b(QD|QOD|IU|MSO4|MgSO4)\b|\bq\.o?\.?d\b/i, 'Joint Commission Do-Not-Use abbreviation'],
    [/\b\d+\s?[Uu]\b/, 'U for units'],
    [/\b\d+\.0\s?(mg|mcg|g|mL|units?)\b|(^|[^\w.])\.\d+\s?(mg|mcg|g|mL)\b/, 'trailing or missing leading zero'],
    [/\b(failed|failure|neglected|despite|warned|instructed (him|her|them) to|told (him|her|them|the patient))\b/i, 'blame or unilateral framing'],
    [/\b(pleasant|cooperative|motivated|difficult|challenging|noncooperative|uncooperative|lazy|poor)\b/i, 'evaluative label'],
    [/\b(wheelchair[- ]bound|confined to|suffer(s|ing)? from|victim|special needs)\b/i, 'disability framing'],
    [/\b(Mr|Mrs|Ms|Dr)\.\s?[A-Z]|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\bDOB\b|\bMRN\b/, 'identifier (name, date, record number)'],
  ];

  for (const s of snippets) {
    it(`${String(s.prefix)} avoids stigmatizing idioms and error-prone abbreviations`, () => {
      const raw = bodyText(s.body);
      const hits = avoid.filter(([re]) => re.test(raw)).map(([re, why]) => `${raw.match(re)?.[0]} (${why})`);
      assert.deepEqual(hits, []);
    });
  }

  it('SOAP note has the four sections and a visit note\'s elements', () => {
    const t = textOf('rapport-soap');
    for (const part of ['## Subjective', '## Objective', '## Assessment', '## Plan', 'Pain:', '/10', 'Interventions', 'Response to intervention', 'Communication', 'Plan for next visit']) {
      assert.ok(t.includes(part), `missing ${part}`);
    }
  });

  it('initial evaluation has the APTA elements, frequency/duration, short- and long-term goals and a patient-stated goal', () => {
    const t = textOf('rapport-eval');
    for (const part of ['## History', 'Systems review', '## Tests and measures', '## Assessment', '## Diagnosis', '## Prognosis', '## Plan of care', 'a week for', 'weeks', '## Goals', 'Short-term goals', 'Long-term goals', 'Patient-stated goal']) {
      assert.ok(t.includes(part), `missing ${part}`);
    }
  });

  it('progress report reports progress toward each goal, re-measures, plan changes and need for skilled care', () => {
    const t = textOf('rapport-progress');
    for (const part of ['Progress toward goals', 'Baseline', 'Re-measures', 'Changes to the plan of care', 'Continued need for skilled care']) {
      assert.ok(t.includes(part), `missing ${part}`);
    }
  });

  it('discharge summary covers goal status, reason, home program and equipment, follow-up and coordination of care', () => {
    const raw = bodyText(byPrefix.get('rapport-discharge')?.body);
    for (const part of ['Status at discharge', 'met', 'not met', 'Reason for discharge', 'Home exercise program', 'Equipment', 'Follow-up', 'Coordination of care']) {
      assert.ok(raw.includes(part), `missing ${part}`);
    }
  });

  it('student reflection declares mode: reflection and steers away from identifiers', () => {
    const t = textOf('rapport-reflection');
    assert.match(t, /^---\nmode: reflection\n---\n/);
    assert.ok(t.includes('a university student in their twenties'));
    assert.ok(t.includes('week 3 of placement'));
  });

  it('patient-stated goal is an attributed quotation in the patient\'s words', () => {
    assert.match(textOf('rapport-patient-goal'), /^Patient-stated goal: Pt states, "[^"]{20,}\."$/);
  });

  it('functional goal names the patient as the actor and has condition, measure and time frame', () => {
    const t = textOf('rapport-goal');
    assert.match(t, /^Patient will \w/);
    assert.match(t, /\bwithin \d+ weeks\b/);
    assert.match(t, /\b(independently|with (stand-by|contact guard|minimal) assistance)\b/);
  });

  it('shared-decision line records the options discussed and the patient\'s choice', () => {
    assert.match(textOf('rapport-consent'), /^Discussed options .*; pt chose /);
  });
});

describe('snippets: left as they are, placeholders read as sentences', () => {
  // A clinician may leave a placeholder's text in place; it must still read as English, not as a form with
  // holes ("sets sets of repetitions repetitions", "Pt chose not to activity today").
  const everyExpansion = (s: SnippetEntry) => expansions(nodesOf(s));
  /** Base-form verbs a placeholder after "will" or "not to" may start with (the templates' own vocabulary). */
  const VERBS = new Set(['do', 'carry', 'walk', 'transfer', 'climb', 'stand', 'return', 'use', 'try', 'complete', 'manage', 'attend', 'continue', 'reach', 'dress', 'get']);

  for (const s of snippets) {
    it(`${String(s.prefix)}: no doubled words`, () => {
      for (const text of everyExpansion(s)) {
        const doubled = [...text.matchAll(/\b([a-z]+)[ \t]+\1\b/gi)].map((m) => m[0]);
        assert.deepEqual(doubled, [], text);
      }
    });

    it(`${String(s.prefix)}: a count of one takes the singular`, () => {
      for (const text of everyExpansion(s)) assert.doesNotMatch(text, /\b1 (times|weeks|visits|sets|repetitions|days)\b/, text);
    });

    it(`${String(s.prefix)}: a placeholder after "will" or "not to" starts with a verb`, () => {
      const nodes = nodesOf(s);
      nodes.forEach((node, i) => {
        if (node.kind !== 'placeholder') return;
        const before = nodes[i - 1];
        if (before?.kind !== 'text' || !/\b(not to|will)\s$/i.test(before.value)) return;
        const first = expand(node.children).trim().split(/\s+/)[0]!.toLowerCase();
        assert.ok(VERBS.has(first), `\${${node.index}} "${expand(node.children)}" follows "${before.value.slice(-12)}" but does not start with a verb`);
      });
    });
  }
});
