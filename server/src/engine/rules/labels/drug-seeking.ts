/**
 * label.drug-seeking — motive attributions about requests for medication.
 */
import { defineRule } from '../define.ts';

export default defineRule({
  id: 'label.drug-seeking',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  message:
    '"{match}" assigns a motive to a request for pain relief. Record the request and the pain it was for ("requested stronger pain medication for calf pain rated 8/10; referred to prescriber").',
  // Pharmacology and neuroscience discussion uses "drug-seeking" as a research construct.
  defaults: { unless: ['research'] },
  terms: [
    { match: ['drug|narc|narcs|narcotic|narcotics|opioid|opioids|opiate|opiates|med|meds|medication|pill|pills|benzo|benzos|benzodiazepine -? seeking|seeker/n', 'pain -? med|meds|medication|medications -? seeking|seeker/n', 'drug|narc|narcs|narcotic|opioid|opiate|med|meds|benzo|benzos -? seeky|seekie'] },
    // A named drug: "Pregabalin-seeking again", "oxy-seeking".
    { match: '#drugname|@drug|oxy|gabapentin|pregabalin|diazepam|codeine|tramadol|oramorph -? seeking|seeker/n', notBefore: ['@neg'] },
    // The same as a hunt: "drug hunting, asking for IV morphine by name".
    { match: 'drug|narc|narcs|opioid|opiate|pain_med|pain_meds -? hunting|hunter/n', notBefore: ['@neg'] },
    { match: 'seek/v narcs|narcotics|opioids|opiates|drugs|benzos|oxycodone|hydrocodone|dilaudid|pain_meds|pain_pills|controlled_substances' },
    // A named controlled drug sought again: "Here seeking codeine again for 'toothache'" (once, with no "again", it is a request).
    { match: 'seeking|seeks|sought codeine|tramadol|morphine|oramorph|oxycodone|diazepam|pregabalin|gabapentin|zopiclone|dihydrocodeine|cocodamol|methadone|ketamine', after: ['#any{0,4} again|third|fourth|repeatedly'] },
  ],
  // "Denies drug-seeking" records nothing against the person; a relative's label is passed on, at info.
  contexts: { negated: 'silent', relative: 'info' },
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
      'Sickle cell crisis, 16 yo, {{drug hunting}}, asking for IV morphine by name.',
      'Here {{seeking codeine}} again for toothache, third visit this month.',
      '{{Gabapentin-seeking}} again at the evening round.',
      '{{Drug-seeky}}, asking for oramorph every run.',
      '? {{narc-seeking}}, asked for IV dilaudid by name.',
      '{{Drug-seeking}} behaviour noted; asked again about stronger pain medication.',
      'Pt appears {{med-seeking}}; requested an early oxycodone refill.',
      '{{Drug seeker}} per ED notes.',
      'Thought to be {{seeking opioids}} at the walk-in clinic.',
    ],
    clean: [
      'Seeking codeine for a dental abscess; dentist appointment tomorrow.',
      'Asked for oramorph every run; pain team review requested.',
      { text: 'In pharmacology we discussed drug-seeking behaviour in animal models of reward.', mode: 'reflection' },
      'Requested stronger pain medication for calf pain rated 8/10; message sent to prescriber.',
      'Pt seeking a second opinion about the power-chair prescription.',
    ],
  },
});
