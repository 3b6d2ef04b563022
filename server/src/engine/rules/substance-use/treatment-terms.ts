/**
 * sud.treatment-terms — "opioid replacement therapy", "relapse" (substance use), "narcotics".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { sudContext } from './shared.ts';

const RELAPSE: Record<string, string> = { relapse: 'return to use', relapses: 'returns to use', relapsed: 'returned to use', relapsing: 'returning to use' };
/** Relapse of a disease, not of substance use. */
const NOT_SUD_RELAPSE = /\b(?:remitting|MS|multiple\s+sclerosis|cancer|leukemia|leukaemia|lymphoma|myeloma|tumou?r|malignan\w*|disease|symptoms?|pain|depression|depressive|psychosis|nephrotic|vasculitis|lupus|SLE|CIDP|flare|infection|fever|malaria|injury|sciatica|tendinopathy|instability|dislocation)\b/i;

const phrases: Phrase[] = [
  {
    pattern: /\b(?:opioid|opiate|methadone|drug|narcotic)\s+(?:substitution|replacement)\s+(?:therapy|treatment|program(?:me)?)\b|\b(?:OST|ORT)\b(?=[^.]{0,40}\b(?:methadone|buprenorphine|suboxone|opioid))/gi,
    message: '"Replacement" suggests one drug habit swapped for another. Medication treatment for opioid use disorder is treatment: say "medication for opioid use disorder (MOUD)" or "opioid agonist treatment".',
    suggest: ['medication for opioid use disorder (MOUD)', 'opioid agonist treatment'],
    fix: 'suggest',
  },
  {
    pattern: /\b(relapse|relapses|relapsed|relapsing)\b(?![-\s]+(?:remitting|prevention))/gi,
    message: '"Relapse" frames a return to substance use as moral failure. Say "return to use" or "resumed (substance) use", and note what support is in place.',
    suggest: (m) => [RELAPSE[m[1]!.toLowerCase()]!],
    fix: 'suggest',
    unless: (m, ctx) => {
      if (!sudContext(ctx, m.index, m.index + m[0].length)) return true;
      const sentence = ctx.sentenceAt(m.index);
      const around = ctx.text.slice(Math.max(sentence.start, m.index - 40), Math.min(sentence.end, m.index + m[0].length + 40));
      return NOT_SUD_RELAPSE.test(around) && !/\b(?:drink|drinking|alcohol|heroin|opioids?|fentanyl|cocaine|meth|using|drugs?)\b/i.test(around);
    },
  },
  {
    // "narcotics" for opioid analgesics; not "Narcotics Anonymous", legal schedules, or "narcotic-seeking" (a label rule's job)
    pattern: /\b(non-?)?(narcotics?)\b(?![-\s]+(?:seeking|seeker|anonymous|bowel\s+syndrome|schedule|act|control|officer|agent|unit|division|bureau|squad|enforcement|license|licence|register|cabinet|count|safe|box))/gi,
    message: '"Narcotic" is a legal term with a stigma attached; for pain medication say "opioid(s)" or name the drug.',
    suggest: (m) => [`${m[1] ?? ''}${/s$/i.test(m[2]!) ? 'opioids' : 'opioid'}`],
    fix: 'suggest',
    unless: (m, ctx) => /\b(?:DEA|controlled\s+substances?\s+act|schedule\s+(?:I|II|III|IV|V|\d))\b/i.test(ctx.text.slice(Math.max(0, m.index - 40), m.index + 60)) || /Narcotics\s+Anonymous/i.test(ctx.text.slice(m.index, m.index + 24)),
  },
];

export default defineRule({
  id: 'sud.treatment-terms',
  family: 'substance-use',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /substitution|replacement|\bOST\b|\bORT\b|relaps|narcotic/i,
  docs: {
    summary: '"Opioid replacement therapy", "relapse" for a return to substance use, and "narcotics" for opioids.',
    why:
      'Treatment words carry attitudes: "replacement" implies that medication for opioid use disorder is just another drug habit, "relapse" sounds like a moral lapse rather than a recognised part of a chronic condition, and "narcotic" is a legal label that clinicians have been shown to use in consistently stigmatizing ways. The source text asks for competent, compassionate care; precise treatment words are part of that competence.',
    prefer: '"medication for opioid use disorder (MOUD)", "opioid agonist treatment", "return to use", "resumed alcohol use", "opioid(s)" or the drug name.',
    exceptions: [
      '"Relapsing-remitting MS", relapse of cancer, and relapse of symptoms outside substance use.',
      '"Relapse prevention", the name of an established treatment approach.',
      '"Narcotics Anonymous", DEA schedules and other legal uses of "narcotic".',
      '"Hormone replacement therapy", "nicotine replacement therapy", "joint replacement".',
    ],
    sources: ['S20', 'S11'],
  },
  examples: {
    flagged: [
      'On {{opioid replacement therapy}} via the methadone clinic.',
      'Pt {{relapsed}} on heroin in March after 8 months sober.',
      'Requests {{narcotics}} for post-op pain.',
      'Plan to taper {{narcotic}} analgesics before discharge.',
    ],
    clean: [
      'Relapsing-remitting MS, last relapse 2022.',
      'Lymphoma relapse in 2021; completed chemo.',
      'Uses nicotine replacement therapy; quit smoking in June.',
      'Attends Narcotics Anonymous twice a week.',
      'Post-op day 2 after total knee replacement.',
      'Pt returned to alcohol use in March; re-engaged with counselling.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
