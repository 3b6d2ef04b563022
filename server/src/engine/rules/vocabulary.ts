/**
 * Team vocabulary: terms a documentation team rejects, with the wording it
 * prefers. Terms are literal text (never read as patterns or regular
 * expressions), so a configuration can never make the linter hang or match
 * something it did not name.
 */
import type { VocabularyTerm } from '../types.ts';
import type { Term } from '../terms/terms.ts';
import { defineRule, type Rule } from './define.ts';

export function vocabularyRule(vocabulary: { reject?: VocabularyTerm[] } | undefined): Rule | undefined {
  const rejected = (vocabulary?.reject ?? []).filter((t) => t.term && t.term.trim());
  if (rejected.length === 0) return undefined;
  const terms = rejected.map((t): Term => {
    const term: Term = {
      match: t.term,
      literal: true,
      message: t.message ?? (t.prefer ? `Your team's style avoids "${t.term}"; it prefers "${t.prefer}".` : `Your team's style avoids "${t.term}".`),
      suggest: t.prefer ? [t.prefer] : [],
      fix: t.prefer ? 'safe' : 'none',
    };
    if (t.severity) term.severity = t.severity;
    return term;
  });
  return defineRule({
    id: 'vocabulary.term',
    family: 'documentation',
    severity: { clinical: 'warning', reflection: 'warning' },
    terms,
    docs: {
      summary: "Terms your team's configuration rejects, with the wording it prefers.",
      why: 'A shared vocabulary keeps a team\'s notes consistent; the terms come from the project configuration, not from Rapport.',
      prefer: 'The wording named in the configuration.',
      exceptions: ['Accepted terms in the configuration are never flagged by any rule.'],
      sources: ['S27'],
    },
    examples: { flagged: [], clean: [] },
  });
}
