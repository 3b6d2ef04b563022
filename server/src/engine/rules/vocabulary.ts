/**
 * Team vocabulary: terms a documentation team rejects, with the wording it
 * prefers. Terms are literal text (escaped, never compiled as user regexes), so
 * a configuration can never make the linter hang.
 */
import type { VocabularyTerm } from '../types.ts';
import { checkPhrases, defineRule, type Phrase, type Rule } from './define.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termPattern(term: string): RegExp {
  const body = escape(term.trim()).replace(/\s+/g, '\\s+');
  const lead = /^\w/.test(term.trim()) ? '\\b' : '';
  const tail = /\w$/.test(term.trim()) ? '\\b' : '';
  return new RegExp(`${lead}${body}${tail}`, 'i');
}

export function vocabularyRule(vocabulary: { reject?: VocabularyTerm[] } | undefined): Rule | undefined {
  const terms = (vocabulary?.reject ?? []).filter((t) => t.term && t.term.trim());
  if (terms.length === 0) return undefined;
  const phrases: Phrase[] = terms.map((t) => {
    const phrase: Phrase = {
      pattern: termPattern(t.term),
      message: t.message ?? (t.prefer ? `Your team's style avoids "${t.term}"; it prefers "${t.prefer}".` : `Your team's style avoids "${t.term}".`),
      suggest: t.prefer ? [t.prefer] : [],
      fix: t.prefer ? 'safe' : 'none',
    };
    if (t.severity) phrase.severity = t.severity;
    return phrase;
  });
  const anchor = new RegExp(terms.map((t) => termPattern(t.term).source).join('|'), 'i');
  return defineRule({
    id: 'vocabulary.term',
    family: 'documentation',
    severity: { clinical: 'warning', reflection: 'warning' },
    anchor,
    docs: {
      summary: "Terms your team's configuration rejects, with the wording it prefers.",
      why: 'A shared vocabulary keeps a team\'s notes consistent; the terms come from the project configuration, not from Rapport.',
      prefer: 'The wording named in the configuration.',
      exceptions: ['Accepted terms in the configuration are never flagged by any rule.'],
      sources: ['S27'],
    },
    examples: { flagged: [], clean: [] },
    check: (ctx) => checkPhrases(ctx, phrases),
  });
}

/** Occurrences [start, end) of the accepted terms in the text (literal, case-insensitive, whole words). */
export function acceptedRanges(text: string, accept: readonly string[] | undefined): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const term of accept ?? []) {
    if (typeof term !== 'string' || !term.trim()) continue;
    const re = new RegExp(termPattern(term).source, 'gi');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}
