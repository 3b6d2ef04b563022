/**
 * sud.person-labels — "addict", "substance abuser", "junkie", "alcoholic" (a person), "drug user".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { SUBSTANCE } from './shared.ts';

const LABEL = 'Labels like this make substance use the whole person and raise blame, even among clinicians. Describe the person and the condition: "person with opioid use disorder", "person who uses drugs", "person in recovery".';
const END = '(?=\\s*(?:[.,;:!?)\\]"”]|$)|\\s+(?:is|are|was|were|has|have|had|who|that|in|on|at|of|and|or|to|for|with|from|since|but|so|because|when|after|before|during|like|may|will|would|can|could|should|must|need|needs|often|usually|also|admitted|presented|came|comes|lives|living)\\b)';
/** Substances as the first word of a label ("heroin addict", "alcohol abuser"). */
const KIND = `(?:(?:${SUBSTANCE}|IV|intravenous|injection|injecting|poly-?drug|crack|sex|gambling)[-\\s]+)`;

const phrases: Phrase[] = [
  {
    pattern: /\b(?:junk(?:ie|y|ies)|crack[-\s]?heads?|dope[-\s]?heads?|pot[-\s]?heads?|meth[-\s]?heads?|druggies?|druggys?|tweakers?|stoners?|winos?|drunkards?|smackheads?|cokeheads?|coke[-\s]heads?|pill[-\s]?heads?|pill[-\s]?poppers?|dope[-\s]?fiends?|drug[-\s]?fiends?)\b/gi,
    message: 'This is a slur for people who use drugs or alcohol and has no clinical meaning. Say "person who uses drugs" or "person with a substance use disorder", and record the substance and pattern of use.',
    suggest: (m) => [/s$/i.test(m[0]) ? 'people who use drugs' : 'person who uses drugs'],
    fix: 'suggest',
    severity: 'error',
  },
  {
    // "heroin addict", "former addict", "addicts"
    pattern: new RegExp(`\\b(?:(?:(a|an|the)\\s+)?(?:(former|ex|reformed|recovering|active|known|chronic|hopeless)[-\\s]+)?(${KIND})?addicts?)\\b`, 'gi'),
    message: LABEL,
    suggest: (m) => {
      const plural = /s$/i.test(m[0]);
      const det = m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : '';
      if (m[2] && /former|ex|reformed|recovering/i.test(m[2])) return [`${det}${plural ? 'people' : 'person'} in recovery`];
      const kind = (m[3] ?? '').trim().toLowerCase().replace(/[-\s]+$/, '');
      if (/^(?:alcohol|etoh)$/.test(kind)) return [`${det}${plural ? 'people' : 'person'} with alcohol use disorder`];
      if (/^(?:heroin|fentanyl|opioids?|opiates?|oxy\w*|percocet|narcotics?|pills?|prescription)/.test(kind)) return [`${det}${plural ? 'people' : 'person'} with opioid use disorder`];
      if (/^(?:iv|intravenous|injection|injecting)$/.test(kind)) return [`${det}${plural ? 'people who inject' : 'person who injects'} drugs`];
      return [`${det}${plural ? 'people' : 'person'} with a substance use disorder`, `${det}${plural ? 'people who use' : 'person who uses'} drugs`];
    },
    fix: 'suggest',
  },
  {
    // "substance abuser", "drug abusers"; a bare "abuser" is usually a perpetrator of abuse, so it needs a substance.
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+)?(?:(?:chronic|known|heavy|active|former)\\s+)?(${SUBSTANCE}|IV|intravenous|polysubstance)[-\\s]+(?:drug\\s+)?abusers?\\b`, 'gi'),
    message: LABEL,
    suggest: (m) => {
      const plural = /s$/i.test(m[0]);
      const det = m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : '';
      const kind = m[2]!.toLowerCase();
      if (/^(?:alcohol|etoh)$/.test(kind)) return [`${det}${plural ? 'people' : 'person'} with alcohol use disorder`, `${det}${plural ? 'people' : 'person'} with unhealthy alcohol use`];
      if (/^(?:iv|intravenous)$/.test(kind)) return [`${det}${plural ? 'people who inject' : 'person who injects'} drugs`];
      return [`${det}${plural ? 'people' : 'person'} with a substance use disorder`, `${det}${plural ? 'people who use' : 'person who uses'} ${/^(?:drugs?|substances?|polysubstance)$/.test(kind) ? 'drugs' : /^etoh$/.test(kind) ? 'alcohol' : kind}`];
    },
    fix: 'suggest',
  },
  {
    // IVDA / IVDU: "intravenous drug abuser/user" as a label
    pattern: /\b(?:IVDA|IVDU|IVDUs|IVDAs)\b/g,
    message: '"IVDA/IVDU" names a person by their drug use. Say "person who injects drugs (PWID)" or "injection drug use" for the behaviour.',
    suggest: (m) => [/^IVDU$|^IVDA$/.test(m[0]) ? 'injection drug use' : 'people who inject drugs', 'person who injects drugs'],
    fix: 'suggest',
  },
  {
    // "an alcoholic", "alcoholics", "alcoholic father" — not "alcoholic cirrhosis", "Alcoholics Anonymous"
    pattern: new RegExp(`\\b(?:(?:(a|an|the)\\s+)?(?:(?:chronic|known|former|recovering|functioning|high[-\\s]functioning|raging)\\s+)?alcoholic(?:\\s+(${PERSON_NOUN}|fathers?|mothers?|husbands?|wives|wife|parents?|dads?|moms?|brothers?|sisters?|sons?|daughters?|uncles?|aunts?|spouses?)\\b|${END})|alcoholics\\b(?!\\s+Anonymous))`, 'gi'),
    message: LABEL,
    suggest: (m) => {
      const det = m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : '';
      if (m[2]) return [`${det}${m[2]} with alcohol use disorder`];
      if (/\b(?:former|recovering)\b/i.test(m[0])) return [`${det || 'a '}person in recovery from alcohol use disorder`];
      return [/alcoholics$/i.test(m[0]) ? 'people with alcohol use disorder' : `${det || 'a '}person with alcohol use disorder`];
    },
    fix: 'suggest',
    // A bare predicate ("the drink was alcoholic") is not a person label.
    // A fragment that opens with it ("Alcoholic with neuropathy.") or a copula about a person ("Pt is alcoholic.") names the person.
    unless: (m, ctx) => {
      if (m[1] || m[2] || /alcoholics$/i.test(m[0]) || /\b(?:chronic|known|former|recovering|functioning|raging)\b/i.test(m[0])) return false;
      if (/^\s*:/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return true;
      const sentence = ctx.sentenceAt(m.index);
      const lead = ctx.text.slice(Math.max(sentence.start, m.index - 40), m.index);
      if (m.index - sentence.start <= 40 && /^[\s\-*>•]*(?:(?:\*\*|__)?[A-Z][A-Za-z /]{0,20}(?:\*\*|__)?:\s*)?$/.test(lead)) return false;
      return !(/\b(?:is|was|are|were|been)\s+(?:(?:also|a\s+known)\s+)?$/i.test(lead) && ctx.personBefore(m.index));
    },
  },
  {
    // "a drunk", "the drunks" — not "was drunk" (a state)
    pattern: new RegExp(`\\b(?:(?:a|an|the|some|old)\\s+(?:old\\s+)?drunk${END}|drunks\\b)`, 'gi'),
    message: LABEL,
    suggest: (m) => [/drunks$/i.test(m[0]) ? 'people who were intoxicated' : 'a person who was intoxicated'],
    fix: 'suggest',
  },
  {
    // "arrived drunk", "was drunk during the session" — the state has a clinical word
    pattern: /\b(?:arrived|came\s+in|showed\s+up|presented|appeared|seemed|was|is|were|got|gets|getting|became|being)\s+(?:(?:visibly|very|obviously|clearly|still|slightly|quite|a\s+bit|really|completely)\s+)?drunk\b(?!\s+(?:driving|driver))/gi,
    message: '"Drunk" is a judgment. Describe what you observed ("smelled of alcohol, slurred speech, unsteady gait") or say "intoxicated".',
    suggest: (m) => [m[0].replace(/drunk$/i, 'intoxicated')],
    fix: 'suggest',
    unless: (m, ctx) => !ctx.personSubject(m.index),
  },
  {
    // "drug user", "heroin users", "IV drug user" — not "wheelchair user", "AAC user"
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+)?(?:(?:active|current|chronic|heavy|former|regular|daily|known|recreational)\\s+)?(${SUBSTANCE}|IV|intravenous|injection|injecting|polysubstance)[-\\s]+(?:drug\\s+)?users?\\b`, 'gi'),
    message: 'Say "person who uses drugs" (or "who injects drugs", "who uses cannabis"): it describes a behaviour, not an identity.',
    suggest: (m) => {
      const plural = /s$/i.test(m[0]);
      const det = m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : '';
      const kind = m[2]!.toLowerCase();
      const who = plural ? 'people who' : 'person who';
      if (/^(?:iv|intravenous|injection|injecting)$/.test(kind)) return [`${det}${who} ${plural ? 'inject' : 'injects'} drugs`];
      const obj = /^(?:drugs?|substances?|polysubstance)$/.test(kind) ? 'drugs' : /^etoh$/.test(kind) ? 'alcohol' : /^[A-Z]+$/.test(m[2]!) ? m[2]! : kind;
      return [`${det}${who} ${plural ? 'use' : 'uses'} ${obj}`];
    },
    fix: 'suggest',
    // Smoking status ('tobacco user: yes') is a standard field; pills/pot are too ambiguous here.
    unless: (m) => /^(?:pills?|pot|tobacco|nicotine)$/i.test(m[2]!),
  },
];

export default defineRule({
  id: 'sud.person-labels',
  family: 'substance-use',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /addict|abuser|junk|head|druggie|druggy|tweaker|stoner|wino|drunk|popper|fiend|IVD|alcoholic|user/i,
  // "Denies IV drug use" names no user; "mother is an alcoholic" is still a label, but not of the patient.
  contexts: { negated: 'silent', relative: 'info' },
  docs: {
    summary: 'Labels that name a person by substance use: "addict", "substance abuser", "junkie", "an alcoholic", "drug user".',
    why:
      'When clinicians read "substance abuser" rather than "person with a substance use disorder" they judge the same person as more to blame and more deserving of punishment. Slurs such as "junkie" carry contempt and no clinical content. The source text asks that patients trust us to be respectful in every interaction and that we meet them where they are; for someone who uses substances that starts with naming the condition, not branding the person.',
    prefer: '"person with opioid use disorder", "person who uses drugs", "person who injects drugs", "person in recovery", "person with alcohol use disorder".',
    exceptions: [
      '"Wheelchair user", "AAC user" and other users of devices or services.',
      '"Alcoholics Anonymous", "alcoholic cirrhosis", "alcoholic neuropathy" and other disease names.',
      '"Addiction medicine", "addicted", "addictive": only labels for people are flagged.',
      '"Abuser" on its own, which in safeguarding notes is the person who abused someone.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S20', 'S7', 'S12', 'S5'],
  },
  examples: {
    flagged: [
      '{{Alcoholic}} with peripheral neuropathy and recurrent falls.',
      'Pt is a {{former heroin addict}}, on methadone.',
      '{{Substance abuser}}; UDS positive for cocaine.',
      'Roommate is {{a junkie}} per pt.',
      'Father was {{an alcoholic}}.',
      'History of {{IV drug user}} with endocarditis in 2020.',
      'Pt\'s brother is {{an alcoholic}} and drinks daily.',
    ],
    clean: [
      'Pt is an experienced power wheelchair user.',
      'AAC user; communicates with a tablet.',
      'Attends Alcoholics Anonymous weekly.',
      'Alcoholic beverages: none since surgery.',
      'Hx of alcoholic cirrhosis and alcoholic neuropathy.',
      'Referred to addiction medicine for MOUD.',
      'Person who injects drugs; offered naloxone kit.',
      'Pt said, "I was an addict for ten years and I\'m proud of my recovery."',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
