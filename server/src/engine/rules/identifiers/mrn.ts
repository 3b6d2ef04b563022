/**
 * phi.mrn — medical record numbers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, ID, LABEL_TAIL } from './patterns.ts';

export default defineRule({
  id: 'phi.mrn',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  message: `This looks like a medical record number. ${DEIDENTIFY}`,
  defaults: { suggest: ['[MRN removed]'], fix: 'suggest', when: ['recordNumber'] },
  terms: [
    { match: `mrn|mr|medical_record|med_rec|chart ${LABEL_TAIL} ${ID}` },
    // The national and hospital numbers of UK records: "NHS no: 943 476 5919", "CHI 0101011234", "hospital number RX1234567".
    { match: `nhs|chi|h_&_c ${LABEL_TAIL} #int #int #int`, when: ['nhsNumberShape'] },
    { match: `nhs|chi|h_&_c ${LABEL_TAIL} ${ID}` },
    { match: `hospital|hosp|unit|case number|no|num|# .? :|#|=|is|was|,? ${ID}` },
  ],
  docs: {
    summary: 'Medical record numbers ("MRN 00482913", "MR# 5521-09", "medical record number 88123").',
    why:
      'A medical record number points to exactly one patient and is a Safe Harbor identifier. In a reflection it turns a learning story into a chart lookup.',
    prefer: 'Leave the number out; describe the person in general terms ("a university student in their twenties").',
    exceptions: ['"MRN" or "chart" without a number ("MRN on file", "chart reviewed").', 'Short numbers that cannot be record numbers (fewer than 5 digits).'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'His {{MRN, 004-551-872}}, was on the sticker I almost threw away.', mode: 'reflection' },
      { text: 'I looked up {{MRN 00482913}} before the session. => I looked up [MRN removed] before the session.', mode: 'reflection' },
      { text: 'Pt ({{MR# 5521-0934}}) arrived late. => Pt ([MRN removed]) arrived late.', mode: 'reflection' },
      { text: 'His {{medical record number is 88123456}}. => His [MRN removed].', mode: 'reflection' },
      { text: 'I copied her {{NHS no: 943 476 5919}} into my log. => I copied her [MRN removed] into my log.', mode: 'reflection' },
      { text: 'The wristband read {{hospital number RX1234567}}.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Chart reviewed; MRN on file.', mode: 'reflection' },
      { text: 'NHS number checked against the wristband before the infusion.', mode: 'reflection' },
      { text: 'Mr. and Mrs. were not used in the write-up; chart 2 of 3 reviewed.', mode: 'reflection' },
    ],
  },
});
