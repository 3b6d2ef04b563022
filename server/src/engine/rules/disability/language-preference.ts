/**
 * pfl.language-preference — person-first ("person with autism") or identity-first ("autistic person") wording,
 * checked against the preference that applies to the note. APA 7 accepts both and lets the person's expressed
 * preference decide, so this rule only acts on a stated preference:
 *
 *   patient-identifies-as (front matter)  the person's own terms: the other form is flagged, as a warning;
 *   language-preference / setting         identity-first flags person-first forms and the reverse (info);
 *   ask                                   both forms, as an information-level prompt to ask the person;
 *   nothing stated                        nothing flagged (either form is acceptable).
 *
 * A sentence that records the person's preference ("identifies as autistic", "prefers identity-first
 * language") is never flagged, nor is the person's own speech in quotation marks.
 */
import { defineRule, type Report, type RunContext } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import type { LanguagePreference } from '../../types.ts';

interface Condition {
  /** Words in `patient-identifies-as` that mean the person uses the identity-first form. */
  identity: string[];
  /** Person-first form: PERSON_NOUN + this; group 1 of the match is the noun. */
  personFirst: string;
  /** Identity-first form: this + PERSON_NOUN. */
  identityFirst: string;
  toIdentityFirst: (noun: string) => string;
  toPersonFirst: (noun: string) => string;
  name: string;
}

const plural = (noun: string) => /(?:s|people|children|men|women)$/i.test(noun);

const CONDITIONS: Condition[] = [
  {
    name: 'autism',
    identity: ['autistic'],
    personFirst: '\\s+with\\s+(?:autism(?:\\s+spectrum\\s+disorder)?|an\\s+autism\\s+spectrum\\s+disorder|ASD)\\b',
    identityFirst: 'autistic',
    toIdentityFirst: (noun) => `autistic ${noun}`,
    toPersonFirst: (noun) => `${noun} with autism`,
  },
  {
    name: 'disability',
    identity: ['disabled'],
    personFirst: '\\s+with\\s+(?:an?\\s+)?(?:disability|disabilities)\\b',
    identityFirst: 'disabled',
    toIdentityFirst: (noun) => `disabled ${noun}`,
    toPersonFirst: (noun) => `${noun} with ${plural(noun) ? 'disabilities' : 'a disability'}`,
  },
];

const compiled = CONDITIONS.map((c) => ({
  ...c,
  pf: new RegExp(`\\b(${PERSON_NOUN})${c.personFirst}`, 'gi'),
  if: new RegExp(`\\b${c.identityFirst}\\s+(${PERSON_NOUN})\\b`, 'gi'),
}));

/** The run records the person's own preference: the rule leaves that sentence alone. */
const STATES_PREFERENCE =
  /\b(?:identif(?:y|ies|ied|ying)\s+(?:as|with)|prefer(?:s|red|ence)?|calls?\s+(?:him|her|them)sel(?:f|ves)|describes?\s+(?:him|her|them)sel(?:f|ves)|refers?\s+to\s+(?:him|her|them)sel(?:f|ves))\b/i;

/** The preference for this condition: the person's own terms first, then the note's or project's setting. */
function preferenceFor(ctx: RunContext, condition: Condition): { preference: LanguagePreference; own: boolean } | undefined {
  if (condition.identity.some((w) => ctx.identifiesAs.includes(w))) return { preference: 'identity-first', own: true };
  if (!ctx.preferenceStated) return undefined;
  return { preference: ctx.languagePreference, own: false };
}

function check(ctx: RunContext): void {
  for (const c of compiled) {
    const pref = preferenceFor(ctx, c);
    if (!pref) continue;
    const sentenceStates = (offset: number) => {
      const s = ctx.sentenceAt(offset);
      return STATES_PREFERENCE.test(ctx.text.slice(s.start, s.end));
    };
    const emit = (m: RegExpExecArray, form: 'pf' | 'if') => {
      if (sentenceStates(m.index)) return;
      const noun = m[1]!;
      const report: Report = { start: m.index, end: m.index + m[0].length, message: '', fix: 'suggest' };
      if (pref.preference === 'ask') {
        report.message =
          form === 'pf'
            ? `Person-first ("${m[0]}") or identity-first ("${c.toIdentityFirst(noun)}")? Ask the person which they prefer for ${c.name}, and record it in the note's front matter (patient-identifies-as).`
            : `Identity-first ("${m[0]}") or person-first ("${c.toPersonFirst(noun)}")? Ask the person which they prefer for ${c.name}, and record it in the note's front matter (patient-identifies-as).`;
        report.suggestions = [];
        report.fix = 'none';
        report.severity = 'info';
      } else if (form === 'pf' && pref.preference === 'identity-first') {
        report.message = pref.own
          ? `The person identifies as ${c.identity[0]}: write "${c.toIdentityFirst(noun)}", as they do.`
          : `This note uses identity-first language: write "${c.toIdentityFirst(noun)}".`;
        report.suggestions = [c.toIdentityFirst(noun)];
        if (pref.own) report.severity = 'warning';
      } else if (form === 'if' && pref.preference === 'person-first') {
        report.message = `This note uses person-first language: write "${c.toPersonFirst(noun)}", unless the person prefers "${m[0]}" (then list it under patient-identifies-as).`;
        report.suggestions = [c.toPersonFirst(noun)];
      } else {
        return;
      }
      ctx.report(report);
    };
    for (const [re, form] of [[c.pf, 'pf'], [c.if, 'if']] as const) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(ctx.text))) emit(m, form);
    }
  }
}

export default defineRule({
  id: 'pfl.language-preference',
  family: 'disability',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /autis|\bASD\b|disab/i,
  docs: {
    summary:
      'Person-first ("person with autism") or identity-first ("autistic person") wording against the preference stated for the note or by the person; with `ask`, both forms, as a prompt to ask.',
    why:
      'Meeting people where they are includes calling them what they call themselves. APA 7 accepts person-first and identity-first language and says the person\'s or group\'s expressed preference wins; many autistic adults in English-speaking surveys prefer "autistic person", while other groups and other languages lean person-first. So Rapport does not pick a side: it checks the note against the preference the team set (`language-preference`) and, above that, the terms the person uses for themself (`patient-identifies-as` in the note\'s front matter). With no preference stated, both forms pass.',
    prefer:
      'The person\'s own form, recorded once in front matter (`patient-identifies-as: [autistic]`); otherwise the team\'s form: "autistic person" (identity-first) or "person with autism" (person-first), "disabled people" or "people with disabilities".',
    exceptions: [
      'Notes with no stated preference (neither a setting, a project file, front matter nor `patient-identifies-as`).',
      'A sentence that records the person\'s preference ("identifies as autistic and prefers identity-first language").',
      'The person\'s own words in quotation marks.',
    ],
    sources: ['S15', 'S17b', 'S19'],
  },
  examples: {
    flagged: [
      { text: 'Referred as a {{student with autism}} for motor planning.', options: { languagePreference: 'identity-first' } },
      { text: 'Seen with his mother; {{man with autism}} who enjoys swimming.', options: { identifiesAs: ['autistic'] } },
      { text: 'An {{autistic man}} referred for gait assessment.', options: { languagePreference: 'person-first' } },
      { text: 'Group session for {{disabled students}} on the ground floor.', options: { languagePreference: 'person-first' } },
      { text: 'An {{autistic man}} referred with a {{child with autism}} in the same family.', options: { languagePreference: 'ask' } },
    ],
    clean: [
      'An autistic man referred for gait assessment.',
      'Referred as a student with autism for motor planning.',
      { text: 'An autistic man referred for gait assessment.', options: { languagePreference: 'identity-first' } },
      { text: 'Referred as a student with autism for motor planning.', options: { languagePreference: 'person-first' } },
      { text: 'An autistic man referred for gait assessment.', options: { languagePreference: 'person-first', identifiesAs: ['autistic'] } },
      { text: 'He identifies as an autistic man and prefers identity-first language.', options: { languagePreference: 'person-first' } },
      { text: 'Pt said, "I am an autistic woman, not a woman with autism."', options: { languagePreference: 'ask' } },
    ],
  },
  check,
});
