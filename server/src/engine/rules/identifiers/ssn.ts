/**
 * phi.ssn — Social Security numbers. On in both modes: an SSN never belongs in a note's prose.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY } from './patterns.ts';

/** Nine digits, grouped or not. */
const NINE = '[ #int -? #int? -? #int? ]';

export default defineRule({
  id: 'phi.ssn',
  family: 'identifiers',
  severity: { clinical: 'error', reflection: 'error' },
  quoteExempt: false,
  message: `This looks like a Social Security number. ${DEIDENTIFY} It has no place in the text of a note.`,
  defaults: { suggest: ['[SSN removed]'], fix: 'suggest', when: ['ssnShape'] },
  terms: [
    // The label may be set off by a comma, as an apposition ("his SSN, 512 55 0198,").
    { match: [`ssn .? :|#|,? is? ${NINE}`, `ss #|no .? :|,? is? ${NINE}`, `social_security number|no|#? .? :|#|,? is? ${NINE}`] },
    // Dashed, with no label: 123-45-6789.
    { match: '#int +- +#int +- +#int' },
  ],
  docs: {
    summary: 'Social Security numbers (ddd-dd-dddd, or 9 digits after "SSN").',
    why:
      'A Social Security number is one of the identifiers HIPAA Safe Harbor lists, and it is the key to identity theft. It has no clinical use in the text of a note or a reflection. The source text says patients must be able to trust the clinician; protecting their identity is part of that trust.',
    prefer: 'Leave it out. Identity is verified in the registration system, not in the note.',
    exceptions: ['Other number shapes (phone numbers, dates, scores).'],
    sources: ['S31', 'S30', 'seed'],
  },
  examples: {
    flagged: ['Pt SSN {{123-45-6789}} on the referral. => Pt SSN [SSN removed] on the referral.', 'Social security number: {{987654321}}. => Social security number: [SSN removed].', 'His caregiver gave her SS# {{321 54 9876}} by mistake. => His caregiver gave her SS# [SSN removed] by mistake.', 'I saw her SSN, {{432 65 1987}}, on the intake form. => I saw her SSN, [SSN removed], on the intake form.'],
    clean: ['Phone screen completed; BP 128/82, HR 76.', 'ROM 0-120°, grip 22.0 kg, 3/5 hip abductors.', 'Referral #2024-118 received.', 'Asked about her SSN, 2 weeks ago, for the form.'],
  },
});
