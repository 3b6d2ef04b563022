/**
 * label.drug-seeking — motive attributions about requests for medication.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { bounded, nearSentence, withReportedLabels } from './shared.ts';

/** Pharmacology and neuroscience discussion: animal models, reward circuits, self-administration. */
const RESEARCH = /\b(?:animal|animals|rats?|mice|mouse|rodents?|primates?|models?|self-administration|preclinical|neurobiolog\w*|dopamine|reward|mesolimbic|nucleus accumbens|addiction research|pharmacology|lecture|literature|study|studies)\b/i;

const research = (m: RegExpExecArray, ctx: RunContext): boolean => {
  const s = nearSentence(ctx, m.index);
  return RESEARCH.test(ctx.text.slice(s.start, s.end));
};

const MESSAGE =
  'This assigns a motive to a request for pain relief. Record the request and the pain it was for ("requested stronger pain medication for calf pain rated 8/10; referred to prescriber").';

const phrases: Phrase[] = [
  {
    pattern: /\b(?:drug|narcotic|narcotics|opioid|opiate|opioids|med|meds|medication|pain[- ]med(?:ication)?s?|pill|benzo|benzodiazepine)[-\s]seek(?:ing|er|ers)\b/gi,
    message: MESSAGE,
    unless: research,
  },
  {
    pattern: /\bseek(?:s|ing|ed)?\s+(?:narcotics|opioids|opiates|pain meds|pain pills|drugs|benzos|controlled substances|oxycodone|hydrocodone|dilaudid)\b/gi,
    message: MESSAGE,
    unless: research,
  },
];

export default defineRule({
  id: 'label.drug-seeking',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /seek/i,
  negationSensitive: false, // applied in check() over a bounded window
  docs: {
    summary: '"Drug-seeking", "drug seeker", "narcotic-seeking", "med-seeking", "seeking opioids".',
    why:
      'A request for pain relief is information about pain. Labelling it "drug-seeking" assigns a motive, and the label follows the person into every later encounter: the vignette study behind this project found that stigmatizing notes about a patient with sickle cell disease led clinicians to treat pain less aggressively. The source text asks that a patient\'s needs, not the clinician\'s suspicion, shape the care.',
    prefer: '"Requested an early oxycodone refill; pain 8/10 after the long lab day; message sent to prescriber", "asked again about stronger pain medication".',
    exceptions: [
      'Pharmacology and neuroscience discussion ("drug-seeking behaviour in animal models of reward").',
      'Negated uses and attributed quotations (a reflection quoting a chart it critiques).',
    ],
    sources: ['S1', 'S6', 'S7'],
  },
  examples: {
    flagged: [
      '{{Drug-seeking}} behaviour noted; asked again about stronger pain medication.',
      'Pt appears {{med-seeking}}; requested an early oxycodone refill.',
      '{{Drug seeker}} per ED notes.',
      'Thought to be {{seeking opioids}} at the walk-in clinic.',
    ],
    clean: [
      { text: 'In pharmacology we discussed drug-seeking behaviour in animal models of reward.', mode: 'reflection' },
      'Requested stronger pain medication for calf pain rated 8/10; message sent to prescriber.',
      'Pt seeking a second opinion about the power-chair prescription.',
    ],
  },
  check: (ctx) => checkPhrases(withReportedLabels(bounded(ctx, true)), phrases),
});
