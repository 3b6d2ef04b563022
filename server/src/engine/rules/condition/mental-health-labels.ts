/**
 * cond.mental-health-labels — mental-health conditions as names for people,
 * mental-health slurs, and "committed suicide" framing.
 *
 * Clinical findings and diagnoses are never matched: "depressed mood",
 * "depression", "delirium", "insomnia", "panic attack", "psychosis",
 * "psychotic features", "mental illness", "bipolar disorder", "schizophrenia", "OCD".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { PERSON_NOUN } from '../../text/lexicon.ts';
import { NOUN_END, PERSON_JUST_BEFORE, after, before } from './shared.ts';

const SLUR = 'This word mocks people with mental illness and has no clinical meaning. Describe what the person said or did, or name the diagnosis if there is one.';
/** "Pt was acting crazy": drop auxiliaries so the person word is next to the verb. */
const withoutAux = (text: string) => text.replace(/(?:\s+(?:was|is|were|are|been|has|had|have|kept|keeps|started|starts|be|being|got|gets|seemed|seems|really|just|always|still|now|then))+\s*$/i, '');
const COMMIT: Record<string, string> = { committed: 'died by', commits: 'dies by', commit: 'die by', committing: 'dying by' };

const phrases: Phrase[] = [
  {
    // "a schizophrenic", "schizophrenics", "schizophrenic patient"
    pattern: new RegExp(`\\b(?:(?:(a|an|the)\\s+)?(?:(known|chronic|paranoid|diagnosed|long[-\\s]?standing)\\s+)?schizophrenic(?:\\s+(${PERSON_NOUN})\\b|${NOUN_END})|schizophrenics\\b)`, 'gi'),
    message: 'A person is not their diagnosis. Say "person with schizophrenia" (or "has schizophrenia").',
    suggest: (m) => {
      if (/schizophrenics$/i.test(m[0])) return ['people with schizophrenia'];
      if (m[3]) return [`${m[1] ? (m[1].toLowerCase() === 'the' ? 'the ' : 'a ') : ''}${m[3]} with schizophrenia`];
      if (!m[1] && m[2]) return [`${m[2]} to have schizophrenia`];
      return [m[1] ? `${m[1].toLowerCase() === 'the' ? 'the' : 'a'} person with schizophrenia` : 'with schizophrenia'];
    },
    fix: 'suggest',
    // Bare "schizophrenic" before punctuation needs a determiner or person noun to be a label.
    // "Pt is schizophrenic and …" (a predicate about the person) is a label too.
    unless: (m, ctx) =>
      !m[1] && !m[2] && !m[3] && !/s$/i.test(m[0]) &&
      !(/\b(?:is|was|are|were|been|being)\s+(?:(?:also|known\s+to\s+be|so|very|totally)\s+)?$/i.test(before(m, ctx, 30)) && ctx.personBefore(m.index)),
  },
  {
    // "a bipolar", "is bipolar." (not "bipolar disorder", "bipolar electrodes", "bipolar hemiarthroplasty")
    pattern: new RegExp(`\\b(?:(a|an|the)\\s+bipolar(?:\\s+(${PERSON_NOUN})\\b|${NOUN_END})|(is|was|are|were)\\s+(?:so\\s+|totally\\s+|very\\s+)?bipolar(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|but|so)\\b))`, 'gi'),
    message: 'Say "person with bipolar disorder" or "has bipolar disorder": the condition is something the person has.',
    suggest: (m) => {
      if (m[3]) return [/^(?:was|were)$/i.test(m[3]) ? 'had bipolar disorder' : /^are$/i.test(m[3]) ? 'have bipolar disorder' : 'has bipolar disorder'];
      return [`${m[1]!.toLowerCase() === 'the' ? 'the' : 'a'} ${m[2] ?? 'person'} with bipolar disorder`];
    },
    fix: 'suggest',
    unless: (m, ctx) => !!m[3] && !ctx.personSubject(m.index),
  },
  {
    pattern: new RegExp(`\\b(?:a|an|the)\\s+psychotic(?:\\s+(${PERSON_NOUN})\\b|${NOUN_END})`, 'gi'),
    message: 'Psychosis is a state, not a name. Describe it ("experiencing psychosis", "with psychotic symptoms").',
    suggest: (m) => [`${/^the/i.test(m[0]) ? 'the' : 'a'} ${m[1] ?? 'person'} experiencing psychosis`],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:schizos?|psycho|psychos|lunatics?|nutcases?|nut\s+jobs?|nutjobs?|loon(?:y|ie|ies)|looney|whack(?:o|os|jobs?)|wackos?|mental\s+cases?|basket\s+cases?|psych\s+cases?)\b(?![-/])/gi,
    message: SLUR,
    suggest: [],
    fix: 'none',
    severity: 'error',
  },
  {
    // "a manic-depressive", "Resident is a manic-depressive": an outdated diagnosis used as a noun for the person.
    pattern: new RegExp(`\\b(?:(?:a|an|the)\\s+manic[-\\s]depressive${NOUN_END}|manic[-\\s]depressives\\b|(?:is|was|are|were)\\s+manic[-\\s]depressive${NOUN_END})`, 'gi'),
    message: 'Bipolar disorder is something a person has, not who they are (and "manic-depressive" is outdated). Say "person with bipolar disorder".',
    suggest: [],
    fix: 'none',
  },
  {
    // "Anorexic 17 yo female", "an anorexic", "bulimics": an eating disorder as the person's name.
    pattern: new RegExp(`\\b(?:(?:an?|the)\\s+)?(?:anorexic|bulimic)s?(?=\\s+(?:(?:young|teen(?:age)?|adolescent)\\s+)?(?:\\d{1,3}\\s*-?\\s*(?:yo|y\\/o|y\\.o\\.|year[-\\s]old|yr[-\\s]old)\\s+)?${PERSON_NOUN}\\b)|\\b(?:an?|the)\\s+(?:anorexic|bulimic)${NOUN_END}|\\b(?:anorexics|bulimics)\\b`, 'gi'),
    message: 'An eating disorder is something a person has, not who they are. Say "person with anorexia nervosa" (or the diagnosis).',
    suggest: [],
    fix: 'none',
  },
  {
    // "he is crazy", "Pt was acting insane\": only when said of a person.
    pattern: /(?:\b(?:is|was|are|were|be|being|been|seems?|seemed|acting|acts|acted|sounds?|sounded|looks?|looked|went|gone|going|drives?\s+(?:me|him|her|them|us)|driving\s+(?:me|him|her|them|us)|drove\s+(?:me|him|her|them|us))|'s|’s|'re|’re)\s+(?:(?:so|totally|completely|absolutely|a\s+bit|kind\s+of|kinda|a\s+little|just|really|clinically|certifiably|stark\s+raving|batshit|bat-shit)\s+)?(?:crazy|insane|deranged|unhinged)\b(?!\s+(?:about|for|busy|good|fast|long|amount|day|week|hours?)\b)/gi,
    message: SLUR,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !PERSON_JUST_BEFORE.test(withoutAux(before(m, ctx, 50))),
  },
  {
    // "insane" has no clinical sense at all (the legal term is "insanity"): "insane amount of pain behaviour"
    pattern: /\binsane\b/gi,
    message: SLUR,
    suggest: [],
    fix: 'none',
    severity: 'info',
  },
  {
    // "a crazy lady", "the insane guy"
    pattern: new RegExp(`\\b(?:crazy|insane|deranged|unhinged)\\s+(?:old\\s+)?${PERSON_NOUN}\\b|\\b(?:mad\\s+as\\s+a\\s+hatter|off\\s+(?:his|her|their)\\s+rockers?)\\b`, 'gi'),
    message: SLUR,
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\b(?:is|was|are|were|'s|'re|going|gone|went|acting|acts|drives?\s+(?:me|him|her|them|us)|driving\s+(?:me|him|her|them|us))\s+(?:completely\s+|totally\s+|a\s+bit\s+|a\s+little\s+|absolutely\s+)?nuts\b/gi,
    message: SLUR,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !PERSON_JUST_BEFORE.test(before(m, ctx, 40)),
  },
  {
    // "so OCD about", "a bit OCD" — a diagnosis used as slang for tidiness.
    pattern: /\b(?:(?:so|very|super|really|totally|kinda|kind\s+of|a\s+(?:bit|little)|little\s+bit|slightly)\s+OCD\b|(?:is|was|am|are|'s|'m|being)\s+OCD\s+(?:about|with|when)\b)/gi,
    message: 'OCD is a diagnosis, not a word for being tidy or particular. Say "particular about", "careful with", or describe the habit.',
    suggest: ['particular'],
    fix: 'none',
    severity: 'info',
  },
  {
    // "committed suicide" → "died by suicide"
    pattern: /\b(committed|commits|commit|committing)\s+suicide\b/gi,
    message: '"Committed" frames suicide as a crime or sin. Say "died by suicide" (or "attempted suicide" if the person survived).',
    suggest: (m, ctx) => {
      const lead = before(m, ctx, 30);
      if (/\b(?:attempt(?:ed|s|ing)?|tried|trying|tries|threatened|threatening|threatens|wants|wanted|plans?|planned)\s+to\s*$/i.test(lead)) return ['die by suicide'];
      return [`${COMMIT[m[1]!.toLowerCase()]} suicide`];
    },
    fix: 'safe',
  },
  {
    pattern: /\b(?:(?:successful|successfully|completed)\s+suicide(?:\s+attempts?)?|(?:failed|unsuccessful|unsuccessfully)\s+(?:suicide\s+attempts?|suicide|attempts?\s+(?:at|of)\s+suicide|to\s+(?:commit\s+)?suicide))\b/gi,
    message: 'Suicide is not a success or a failure. Say "died by suicide" or "suicide attempt".',
    suggest: (m) => (/^(?:successful|successfully|completed)/i.test(m[0]) ? (/attempts?$/i.test(m[0]) ? ['suicide'] : ['suicide']) : [/attempts$/i.test(m[0]) ? 'suicide attempts' : 'suicide attempt']),
    fix: 'safe',
    unless: (m) => /^completed\s+suicide$/i.test(m[0]),
  },
];

export default defineRule({
  id: 'cond.mental-health-labels',
  family: 'condition',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /schizo|bipolar|manic|anorexic|bulimic|psychotic|psycho|lunatic|nut|loon|whack|wacko|mental\s+case|basket\s+case|psych\s+case|crazy|insane|hatter|rocker|unhinged|deranged|OCD|suicide/i,
  docs: {
    summary: 'Mental-health diagnoses used as names ("a schizophrenic"), slurs ("psycho", "crazy"), and "committed suicide".',
    why:
      'Calling someone "a schizophrenic" makes a diagnosis the whole person; words like "psycho" or "crazy" mock people with mental illness and tell the next reader nothing they can use. "Committed suicide" comes from a time when suicide was a crime. The source text asks for care that is respectful and compassionate in every interaction, and that includes how a person\'s mental health is written down.',
    prefer: '"person with schizophrenia", "has bipolar disorder", "experiencing psychosis"; describe behaviour; "died by suicide", "suicide attempt".',
    exceptions: [
      'Clinical findings and diagnoses are never flagged: "depressed mood", "depression", "delirium", "insomnia", "panic attack", "psychosis", "psychotic features", "mental illness", "bipolar disorder", "schizophrenia", "OCD" as a diagnosis.',
      '"Bipolar" in other senses: "bipolar electrodes", "bipolar hemiarthroplasty".',
      '"Nuts" as food ("allergic to tree nuts"); "crazy" about a day or a schedule, not a person.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S14', 'S17b', 'S23', 'S35'],
  },
  examples: {
    flagged: [
      'Pt\'s brother is {{a schizophrenic}} and lives with them.',
      'Roommate {{is bipolar}} and keeps odd hours.',
      'Pt is {{schizophrenic}} and lives in a group home.',
      'The man in the waiting room was {{a psycho}}.',
      'I thought the patient was {{crazy}} at first.',
      'Her uncle {{committed suicide}} last year.',
      'History of a {{failed suicide attempt}} in 2018.',
      'She is {{so OCD}} about her wheelchair cushion.',
    ],
    clean: [
      'Depressed mood and anhedonia; PHQ-9 = 14.',
      'Hx of bipolar disorder, stable on lithium; no psychotic features.',
      'Episode of delirium post-op; insomnia and panic attacks since.',
      'Dx: OCD, followed by psychiatry.',
      'Bipolar electrodes placed over the VMO for NMES.',
      'Allergic to tree nuts; carries an EpiPen.',
      'Crazy busy clinic day, but the session went well.',
      'Pt states, "My friends say I\'m crazy for studying so late."',
      'History of suicide attempt (2018); denies current ideation.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
