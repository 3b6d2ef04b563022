/**
 * cred.historian — "poor historian" and its relatives, including the positive form.
 */
import { defineRule } from '../define.ts';

const NEGATIVE = 'poor|unreliable|vague|bad|inconsistent|questionable|inaccurate|limited|marginal|fair|terrible|difficult|hopeless|useless|awful|rubbish|dreadful|appalling|atrocious';
/** "not a good historian", "not a very reliable historian" */
const NOT_GOOD = 'not a|an|the? very? good|reliable|great|accurate';
const POSITIVE = 'very? good|excellent|reliable|great|accurate|fine|adequate|outstanding|superb historian/n';
const POSITIVE_MESSAGE = '"{match}" grades the patient as a historian, which is still a judgment of the person. Just record the history (and its source).';

export default defineRule({
  id: 'cred.historian',
  family: 'credibility',
  severity: { clinical: 'warning', reflection: 'warning' },
  message:
    '"{match}" blames the patient for gaps in the history. Name the limitation and what you did about it: "history limited by recall difficulty; collateral from caregiver with pt\'s consent".',
  terms: [
    // With the misspellings of a hurried note ("poor historain", "poor histroian").
    { match: [`${NEGATIVE} historian/n|historain/n|histroian/n|historan/n|historien/n`, `${NOT_GOOD} historian/n|historain/n|histroian/n|historan/n|historien/n`] },
    {
      match: [`historian is|was|:|-|– a? ${NEGATIVE}`, `historian is|was|:|-|– ${NOT_GOOD}`],
      message: 'Rating the patient as a historian ("{match}") blames them for gaps in the history. Say what limited the history and where the rest came from.',
    },
    // The same grade with another word for the person who tells the history: "Pt is not a reliable source", "not a very
    // accurate reporter". A document ("the chart is not a reliable source") is not the patient.
    { match: `${NOT_GOOD} source/n|reporter/n|narrator/n|informant/n`, when: ['personSubject'], unless: ['sourceSubject'], notAfter: ['of|on'] },
    // The positive form grades the person too, at a lower level.
    { match: POSITIVE, message: POSITIVE_MESSAGE, severity: 'hint', unless: ['reflection'] },
    { match: POSITIVE, message: POSITIVE_MESSAGE, severity: 'info', when: ['reflection'] },
  ],
  docs: {
    summary: '"Poor/unreliable/vague historian" (warning) and "good/excellent historian" (hint in notes, info in reflections).',
    why:
      'A history is something the patient and clinician build together; the source text puts the responsibility on the clinician to meet the patient where they are. "Poor historian" moves that responsibility onto the patient and tells the next reader to discount what they say, without saying why (fatigue, recall, language, pain, an interpreter who was not offered). The positive form grades the person too. Researchers studying stigmatizing language treat "historian" as one of the anchor words.',
    prefer: '"History limited by recall difficulty/fatigue/language; collateral from caregiver with pt\'s consent"; for the positive form, just record the history.',
    exceptions: ['Attributed quotations, for example a reflection quoting a chart it critiques.', 'Uses of "history" without "historian".'],
    sources: ['S6', 'S12', 'seed'],
  },
  examples: {
    flagged: [
      '{{Hopeless historian}}, daughter to ring back with PMH.',
      'Pt is a {{poor historain}}; son provides hx.',
      'Pt is a {{poor historian}}; unable to recall when the weakness began.',
      '{{Unreliable historian}} re: falls at home.',
      'Caregiver is a {{vague historian}}, so the onset date is estimated.',
      '{{Excellent historian}}, gave a detailed timeline of symptom progression.',
      'Pt is {{not a good historian}} for dates.',
      'Pt is {{not a reliable source}} for the timeline of falls.',
    ],
    clean: [
      { text: 'By week two I saw that "poor historian" often stood in for a missing interpreter.', mode: 'reflection' },
      'Collateral history obtained from the caregiver with pt\'s consent.',
      'History limited by fatigue at the end of the day; caregiver filled in the dates.',
      'The outside chart is not a reliable source for the medication list.',
      'Pt is not a reliable source of income for the family.',
    ],
  },
});
