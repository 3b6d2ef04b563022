/**
 * sud.treatment-terms — "opioid replacement therapy", "relapse" (substance use), "narcotics".
 */
import { defineRule } from '../define.ts';

const REPLACEMENT =
  '"{match}" suggests one drug habit swapped for another. Medication treatment for opioid use disorder is treatment: say "medication for opioid use disorder (MOUD)" or "opioid agonist treatment".';
/** Legal uses of "narcotic": DEA schedules and the Controlled Substances Act. */
const LEGAL = ['... =DEA', '... schedule #upper|#int', '... controlled_substances_act'];
const LEGAL_AFTER = ['=DEA ...', 'schedule #upper|#int ...', 'controlled_substances_act ...'];

export default defineRule({
  id: 'sud.treatment-terms',
  family: 'substance-use',
  severity: { clinical: 'info', reflection: 'info' },
  terms: [
    { match: 'opioid|opiate|methadone|drug|narcotic substitution|replacement therapy|treatment|program|programme', message: REPLACEMENT, suggest: ['medication for opioid use disorder (MOUD)', 'opioid agonist treatment'] },
    { match: '=OST|=ORT', message: REPLACEMENT, after: ['methadone|buprenorphine|suboxone|opioid/n ...'], suggest: ['medication for opioid use disorder (MOUD)', 'opioid agonist treatment'] },
    // Or as the treatment the person is on: "Ex-IVDU, on OST via community drug service".
    { match: '=OST|=ORT', message: REPLACEMENT, before: ['on|started|starting|commenced|restarted|stopped|via'], suggest: ['medication for opioid use disorder (MOUD)', 'opioid agonist treatment'] },
    {
      match: 'fall/v|fell|fallen off_the_wagon',
      message: '"{match}" makes a return to use a moral fall. Say "returned to drinking" or "resumed alcohol use" and when.',
      suggest: ['returned to use'],
      fix: 'none',
    },
    {
      // "Relapsing-remitting MS" and a relapse of lymphoma are diseases, not substance use.
      match: 'relapse/v',
      message: '"{match}" frames a return to substance use as moral failure. Say "return to use" or "resumed (substance) use", and note what support is in place.',
      suggest: ['return/v to use'],
      notAfter: ['-? remitting|prevention'],
      when: ['sudContext'],
      unless: ['diseaseRelapse'],
    },
    {
      // "Narcotic-seeking" is a label rule's job; Narcotics Anonymous and legal schedules keep the word.
      match: ['narcotic/n', 'narcs|narc'],
      message: '"{match}" is a legal term with a stigma attached; for pain medication say "opioid(s)" or name the drug.',
      suggest: ['opioid/n'],
      notAfter: ['-? seeking|seeker/n|anonymous|schedule|act|control|officer|agent|unit|division|bureau|squad|enforcement|license|licence|register|cabinet|count|safe|box', 'bowel_syndrome', ...LEGAL_AFTER],
      notBefore: LEGAL,
    },
  ],
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
      'Asking for more {{narcs}} overnight.',
      '{{Relapsed}} after 4 months dry, now back on 2 bottles of wine a day.',
      'Ex-IVDU, on {{OST}} via community drug service.',
      '{{Fell off the wagon}} last month after his divorce.',
      'On {{opioid replacement therapy}} via the methadone clinic. => On medication for opioid use disorder (MOUD) via the methadone clinic.',
      'Pt {{relapsed}} on heroin in March after 8 months sober. => Pt returned to use on heroin in March after 8 months sober.',
      'Plan to taper {{narcotic}} analgesics before discharge. => Plan to taper opioid analgesics before discharge.',
      'Requests {{narcotics}} for post-op pain. => Requests opioids for post-op pain.',
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
});
