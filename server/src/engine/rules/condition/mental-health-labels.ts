/**
 * cond.mental-health-labels — mental-health conditions as names for people,
 * mental-health slurs, and "committed suicide" framing.
 *
 * Clinical findings and diagnoses are never matched: "depressed mood",
 * "depression", "delirium", "insomnia", "panic attack", "psychosis",
 * "psychotic features", "mental illness", "bipolar disorder", "schizophrenia", "OCD".
 */
import { defineRule } from '../define.ts';
import { AGE, DET, beToHave } from './shared.ts';
import { IN_NAMED_PLACE } from '../as-person.ts';
import type { ConditionName } from '../../terms/conditions.ts';

const SLUR = '"{match}" mocks people with mental illness and has no clinical meaning. Describe what the person said or did, or name the diagnosis if there is one.';
const SCHIZOPHRENIA = '"{match}": a person is not their diagnosis. Say "person with schizophrenia" (or "has schizophrenia").';
const BIPOLAR = '"{match}": say "person with bipolar disorder" or "has bipolar disorder": the condition is something the person has.';
const EATING = '"{match}": an eating disorder is something a person has, not who they are. Say "person with anorexia nervosa" (or the diagnosis).';
const MANIC = '"{match}": bipolar disorder is something a person has, not who they are (and "manic-depressive" is outdated). Say "person with bipolar disorder".';
const BIPOLAR_OR_OTHER = '"{match}": a diagnosis is something the person has, not who they are, and a bed number is not their name. Say "the patient in bed 3, who has bipolar disorder", or use their name.';
const PSYCHOSIS = '"{match}": psychosis is a state, not a name. Describe it ("experiencing psychosis", "with psychotic symptoms").';
const SUICIDE = '"{match}": suicide is not a success or a failure. Say "died by suicide" or "suicide attempt".';
/**
 * A relative's entry in a Family History section records the history: a predicate there ("Mother is
 * schizophrenic", "Brother was bipolar") is the history written down and is exempt. A noun that names the relative
 * by the label ("Mother was a paranoid schizophrenic") or a slur is reported as it is anywhere else.
 */
const FH: ConditionName[] = ['familyHistoryRelative'];
const LABEL_MODIFIER = 'known|chronic|paranoid|long-standing|longstanding';
const DEGREE = 'so|totally|completely|absolutely|a_bit|kind_of|kinda|a_little|just|really|clinically|certifiably|stark_raving|batshit|bat-shit|full-on|full_blown|full-blown';
/** Verbs that say something is so of a person ("was acting crazy", "drives me crazy"). */
const SAID_OF = 'is|was|are|were|be|being|been|seem/v|acting|act/v|sound/v|look/v|went|gone|going|drive/v_me|drive/v_him|drive/v_her|drive/v_them|drive/v_us|drove_me|drove_him|drove_her|drove_them|drove_us';
/** A person word right before the verb, auxiliaries and a few adverbs apart ("Pt was really acting …"). */
const PERSON_LEAD = [
  // "Everyone" and "everybody" too, with a modal: "I thought everyone on the unit would be crazy".
  '@subject|@relative|@person|roommate|friend|neighbour|neighbor|guy|kid|lady|everyone|everybody|#upper_. @be|@have|would|will|might|could|there|here|else|kept|keeps|started|starts|seemed|seems|really|just|always|still|now|then{0,3}',
  // The person named by their bed: "the lady in 9 was crazy".
  '@person|guy|kid|lady|gentleman in|from room|rm|bed|bay? #num|#upper @be|@have|kept|keeps|started|starts|seemed|seems|really|just|always|still|now|then{0,3}',
  // …or by where they are: "that guy on the ward is nuts", "the lady down the hall was crazy".
  '@person|guy|kid|lady|gentleman on|in|from|down the|my|our|this ward|unit|floor|hall|hallway|list|caseload|schedule|block @be|@have|kept|keeps|started|starts|seemed|seems|really|just|always|still|now|then{0,3}',
];
const CONTRACTED = "he's|she's|they're|you're";
const SCHIZOAFFECTIVE = '"{match}": a person is not their diagnosis. Say "person with schizoaffective disorder".';
const BORDERLINE = '"{match}": "borderline" used for a person is staff slang that follows them through the chart. Say "person with borderline personality disorder" if that is the diagnosis, and describe the behaviour.';
const MENTAL_ILLNESS = '"{match}": a person is not their illness. Say "people with mental illness" (or the diagnosis).';
/** Slang for a person's mind that has no clinical use ("a nutter", "went mental"). */
const SLANG_STATE = 'bonkers|cuckoo|loopy|batty|berserk|mental|psycho|nuts';

export default defineRule({
  id: 'cond.mental-health-labels',
  family: 'condition',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: SLUR,
  // A relative's entry in a Family History section is exempt from the predicate forms only (see FH).
  defaults: { fix: 'suggest' },
  terms: [
    // "a schizophrenic patient" → "a patient with schizophrenia"; "a schizophrenic." → "a person with schizophrenia".
    { match: `${LABEL_MODIFIER}? schizophrenic @person`, message: SCHIZOPHRENIA, suggest: ['$3 with schizophrenia'] },
    { match: `${DET} [ ${LABEL_MODIFIER}? schizophrenic ]`, message: SCHIZOPHRENIA, suggest: ['person with $2 schizophrenia'], when: ['nounEnd'] },
    { match: 'known|diagnosed schizophrenic', message: SCHIZOPHRENIA, suggest: ['$1 to have schizophrenia'], when: ['nounEnd'] },
    { match: 'schizophrenics', message: SCHIZOPHRENIA, suggest: ['people with schizophrenia'] },
    // An age stands for the person in a one-liner, as a determiner would: "44 yo schizophrenic brought in by EMS",
    // "29 yo bipolar and drug user"; "44 yo schizophrenic male" is caught above, "29 yo bipolar disorder" is no name.
    { match: `${AGE}|#agesex [ schizophrenic ]`, message: SCHIZOPHRENIA, fix: 'none', when: ['nounEnd'] },
    { match: `${AGE}|#agesex [ schizoaffective ]`, message: SCHIZOAFFECTIVE, fix: 'none', when: ['nounEnd'] },
    { match: `${AGE}|#agesex [ bipolar ]`, message: BIPOLAR, fix: 'none', when: ['nounEnd'] },
    // "Paranoid schizophrenic, off meds", "Schizophrenic, 45, brought in by police": the label opens the fragment.
    { match: `paranoid|chronic|long-standing|longstanding schizophrenic`, message: SCHIZOPHRENIA, suggest: ['person with $1 schizophrenia'], when: ['nounEnd'] },
    { match: 'schizophrenic', message: SCHIZOPHRENIA, suggest: ['person with schizophrenia'], fix: 'none', notBefore: ['#word'], when: ['sentenceStart', 'nounEnd'] },
    // Before a relative: "Schizophrenic mum, lives with her own mother".
    { match: 'schizophrenic mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister', message: SCHIZOPHRENIA, fix: 'none' },
    // "Bipolar in bed 3 is refusing lithium", "Schizophrenic in room 12": the label stands for the person in that place.
    { match: `bipolar|schizophrenic|schizoaffective|psychotic|manic ${IN_NAMED_PLACE}`, message: BIPOLAR_OR_OTHER, fix: 'none', notBefore: ['#word'] },
    { unless: FH, match: `${CONTRACTED} also|so|very|totally? schizophrenic`, message: SCHIZOPHRENIA, fix: 'none', when: ['nounEnd'] },
    { unless: FH, match: `${CONTRACTED} so|totally|very? bipolar`, message: BIPOLAR, fix: 'none', when: ['nounEnd'] },
    // "a borderline", "borderline patient": BPD as staff slang for the person; not "borderline low", "borderline personality disorder".
    { match: [`${DET} [ borderline ]`, 'borderlines'], message: BORDERLINE, fix: 'none', when: ['nounEnd', 'personSubject'] },
    { match: 'borderline @person', message: BORDERLINE, fix: 'none', notBefore: ['... result/n|value/n|level/n|reading/n|score/n|finding/n|study|test/n|ekg|ecg|x-ray|scan'] },
    // "the mentally ill" as a group; "mentally ill man"; "mental patient".
    // "Bipolar, off meds x 2 wks": the label opens the fragment as its implied subject (not "Bipolar electrodes", "Bipolar I disorder").
    // A diagnosis shortened in its specifiers ("Bipolar, not otherwise specified", "Bipolar with psychotic features") is the disorder.
    { match: 'bipolar', message: BIPOLAR, suggest: ['person with bipolar disorder'], fix: 'none', notBefore: ['#word'], after: [',? @labelFragmentNext'], notAfter: [',? not otherwise|elsewhere', ',? with psychotic|mixed|seasonal|rapid|melancholic|catatonic|anxious|peripartum|postpartum'], when: ['sentenceStart'], unless: ['labelledField'] },
    { match: 'known|diagnosed|chronic bipolar', message: BIPOLAR, suggest: ['$1 to have bipolar disorder'], fix: 'none', when: ['nounEnd'] },
    // "Psych patient in the hall bed": the service as the person's kind.
    { match: 'psych pt|pts|patient/n|case/n', message: MENTAL_ILLNESS, fix: 'none', severity: 'info', notAfter: ['care|unit/n|ward/n|consult/n|evaluation/n|hold/n|bed/n|referral/n'] },
    { match: `${DEGREE} crazy|insane|nuts|${SLANG_STATE}`, fix: 'none', notBefore: ['#word'], when: ['sentenceStart'], notAfter: ['about|for|busy|good|fast|long|amount|day|week|hour|hours'] },
    // The same slang after the person in note style: "Pt bit loopy this am".
    { match: `@subject a_bit|bit|a_little|quite|very|really|so|totally [ crazy|${SLANG_STATE} ]`, fix: 'none', notAfter: ['about|for'] },
    { match: 'the mentally ill', message: MENTAL_ILLNESS, suggest: ['people with mental illness'], when: ['nounEnd'] },
    { match: 'mentally ill @person', message: MENTAL_ILLNESS, suggest: ['$3 with mental illness'] },
    { match: 'mental patient/n', message: MENTAL_ILLNESS, suggest: ['patient/n with mental illness'] },
    ...beToHave('also|so|very|totally? schizophrenic', 'schizophrenia', { unless: FH, message: SCHIZOPHRENIA, when: ['personSubject', 'nounEnd'] }),
    // "a bipolar patient", "is bipolar." — not "bipolar disorder", "bipolar electrodes", "bipolar hemiarthroplasty".
    { match: `${DET} [ bipolar @person ]`, message: BIPOLAR, suggest: ['$3 with bipolar disorder'] },
    { match: 'bipolar @person', message: BIPOLAR, fix: 'none', notBefore: ['a|an|the'] },
    { match: ['schizoaffective @person', `${DET} [ schizoaffective ]`], message: SCHIZOAFFECTIVE, fix: 'none', when: ['nounEnd'] },
    // "He's a nut." — a noun for the person, not a food.
    { match: 'a|an total|complete|real|absolute? nut|nutbar', fix: 'none', severity: 'error', when: ['personSubject', 'nounEnd'] },
    { match: 'manic-depressive', message: MANIC, fix: 'none', notBefore: ['#word'], when: ['sentenceStart'], notAfter: ['disorder|illness|psychosis|episode/n'] },
    { match: `${DET} [ bipolar ]`, message: BIPOLAR, suggest: ['person with bipolar disorder'], when: ['nounEnd'] },
    ...beToHave('so|totally|very? bipolar', 'bipolar disorder', { unless: FH, message: BIPOLAR, when: ['personSubject', 'nounEnd'] }),
    {
      match: [`${DET} [ psychotic @person ]`],
      message: PSYCHOSIS,
      suggest: ['$3 experiencing psychosis'],
    },
    {
      match: [`${DET} [ psychotic ]`],
      message: PSYCHOSIS,
      suggest: ['person experiencing psychosis'],
      when: ['nounEnd'],
    },
    {
      match: 'schizo|schizos|psycho|psychos|lunatic/n|nutcase/n|nut_job/n|nutjob/n|loony|loonie|loonies|looney|whacko/n|whackjob/n|whack_job/n|wacko/n|mental_case/n|basket_case/n|psych_case/n|nutter/n|headcase/n|head_case/n|maniac/n|psychopath/n|sociopath/n|crazies|loon/n|weirdo/n|freak/n|nutball/n',
      fix: 'none',
      severity: 'error',
      notAfter: ['-|/'],
    },
    // "a manic-depressive", "Resident is a manic-depressive": an outdated diagnosis used as a noun for the person.
    { match: ['a|an|the manic-depressive', 'is|was|are|were manic-depressive'], message: MANIC, fix: 'none', when: ['nounEnd'] },
    { match: 'manic-depressives', message: MANIC, fix: 'none' },
    // "Anorexic 17 yo female", "an anorexic", "bulimics": an eating disorder as the person's name.
    { match: `anorexic|bulimic|anorexics|bulimics young|teen|teenage|adolescent? ${AGE}? @person`, message: EATING, fix: 'none' },
    { match: `${DET} [ anorexic|bulimic ]`, message: EATING, fix: 'none', when: ['nounEnd'] },
    { match: `anorexic|bulimic ${AGE}`, message: EATING, fix: 'none' },
    // The age standing for the person, as with "44 yo schizophrenic": "22 yo bulimic admitted with K 2.9".
    { match: `${AGE}|#agesex [ anorexic|bulimic ]`, message: EATING, fix: 'none', when: ['nounEnd'] },
    { match: 'anorexics|bulimics', message: EATING, fix: 'none' },
    // "Anorexic, refusing meals": the label opens the fragment as its implied subject.
    { match: 'anorexic|bulimic', message: EATING, fix: 'none', notBefore: ['#word'], after: [',? @labelFragmentNext'], when: ['sentenceStart'], unless: ['labelledField'] },
    // "Up all night shouting at the TV, acting crazy": behaviour called crazy needs no person word before it, only not a
    // machine ("the pump was acting crazy").
    { match: `acting|behaving ${DEGREE}? crazy|insane|nuts|psycho`, fix: 'none', notBefore: ['... @thing'], unless: ['thingSubject'] },
    // "he is crazy", "Pt was acting insane": only when said of a person, not "crazy busy" or "crazy about".
    {
      match: `${SAID_OF} ${DEGREE}? crazy|insane|deranged|unhinged`,
      fix: 'none',
      notAfter: ['about|for|busy|good|fast|long|amount|day|week|hour|hours'],
      before: PERSON_LEAD,
    },
    // The people named with where they are between them and the verb, and a hedge after it ("Some of the clients at the
    // crisis clinic were honestly a bit crazy"); "the waiting room at the clinic was crazy" names no one.
    {
      match: `is|was|are|were honestly|frankly|literally|actually|truly|seriously|properly|genuinely|all? ${DEGREE}? crazy|insane|deranged|unhinged`,
      fix: 'none',
      notAfter: ['about|for|busy|good|fast|long|amount|day|week|hour|hours'],
      before: ['@subject|@person|regulars at|in|from|on|of #any{1,6}', 'someone|somebody|anyone|a_patient|people|patients who'],
      // Not a second clause on the way ('the patients on the unit said the shift was crazy').
      notBefore: ['... said|says|say/v|told|tell/v|think/v|thought|feel/v|felt|and|but|while|because|that|;'],
    },
    // "He's off his meds and acting crazy": the person named earlier in the clause, not right before the verb.
    { match: `acting|act/v|sound/v|seem/v|look/v ${DEGREE}? crazy|insane|deranged|unhinged`, fix: 'none', notAfter: ['about|for|busy|good|fast|long|amount|day|week|hour|hours'], when: ['personSubject'] },
    { match: `${CONTRACTED} ${DEGREE}? crazy|insane|deranged|unhinged`, fix: 'none', notAfter: ['about|for|busy|good|fast|long|amount|day|week|hour|hours'] },
    // "insane" has no clinical sense at all (the legal term is "insanity"): "insane amount of pain behaviour".
    { match: 'insane', fix: 'none', severity: 'info' },
    { match: ['crazy|insane|deranged|unhinged old? @person', 'mad_as_a_hatter', 'off his|her|their rocker|rockers'], fix: 'none' },
    // People called by the slur as a noun: "the crazy ones on the crisis team", "the crazies in the ED".
    { match: ['the|those|these|all_the|our [ crazy|psycho|nutty ones ]', 'the|those|these|all_the|our [ crazies|psychos|nutjobs|nutcases ]'], fix: 'none' },
    { match: 'is|was|are|were|going|gone|went|acting|act/v|drive/v_me|drive/v_him|drive/v_her|drive/v_them|drive/v_us completely|totally|a_bit|a_little|absolutely? nuts', fix: 'none', before: PERSON_LEAD },
    { match: `${CONTRACTED} completely|totally|a_bit|a_little|absolutely? nuts`, fix: 'none' },
    // Notes drop the verb: "Pt totally nuts today", "Patient crazy again overnight". The person word right before the
    // slang is its subject; "crazy about", "crazy busy", "tree nuts allergy" and "mental status" are not this.
    {
      match: `[ ${DEGREE}? crazy|insane|nuts|bonkers|cuckoo|loopy|batty|berserk|psycho ]`,
      fix: 'none',
      before: ['=Pt|=pt|=Patient|=patient|=Client|=client|=Resident|=resident|he|she|guy|lady|man|woman|gentleman again|still|now|really|just|clearly?'],
      notAfter: ['about|for|busy|good|fast|long|amount|day|week|hour|hours|allergy|allergies|and_seeds|seeds|butter|oil|-|/'],
      unless: ['labelledField'],
    },
    // "He is mental", "went berserk on the nurses", "Went crazy at the desk": slang for the person's state.
    { match: `${SAID_OF} ${DEGREE}? ${SLANG_STATE}`, fix: 'none', before: PERSON_LEAD, notAfter: ['#word'] },
    { match: `${CONTRACTED} ${DEGREE}? ${SLANG_STATE}`, fix: 'none', notAfter: ['#word'] },
    // With a degree word the slang holds whatever follows ("was totally mental about the wait", "went a bit psycho at
    // the desk"); not "mental health", "mental status" or "mental fatigue", which name the mind.
    {
      match: `${SAID_OF}|${CONTRACTED} so|totally|completely|absolutely|a_bit|kind_of|kinda|a_little|really|full-on|stark_raving mental|psycho|bonkers|berserk|nuts`,
      fix: 'none',
      before: PERSON_LEAD,
      notAfter: ['health|status|state|illness|capacity|fatigue|load|note|age|wellbeing|well-being|block|effort|energy|math|picture|image|rehearsal|imagery|toughness'],
    },
    { match: `went|goes|go|going|gone ${DEGREE}? crazy|insane|nuts|${SLANG_STATE}`, fix: 'none', when: ['personInClause'] },
    // "Went full-on psychotic when told …": "go" + a diagnosis word is the same slang; "became psychotic" is a finding.
    { match: `went|goes|go|going|gone ${DEGREE}? psychotic|schizo|schizophrenic|bipolar`, message: PSYCHOSIS, fix: 'none', when: ['personInClause'], notAfter: ['on|off|into|to|through|from|with'] },
    // "so OCD about", "a bit OCD": a diagnosis used as slang for tidiness.
    {
      // Or said of the patient in a note's shorthand: "Pt OCD about how his chair is set up".
      match: ['pt|patient|he|she|resident|client =OCD about|with', 'so|very|super|really|totally|kinda|kind_of|a_bit|a_little|little_bit|slightly =OCD|=ADHD', "[ is|was|am|are|being|i'm|he's|she's|get/v|got|gotten|getting =OCD|=ADHD ] about|with|when"],
      message: '"{match}": OCD is a diagnosis, not a word for being tidy or particular. Say "particular about", "careful with", or describe the habit.',
      suggest: ['particular'],
      fix: 'none',
      severity: 'info',
    },
    // "OCD about his bed being made just so": the fragment's implied person is "OCD about" a habit; "Her OCD about
    // contamination" and "OCD with poor insight" are the diagnosis.
    {
      match: '[ =OCD ] about',
      notBefore: ['#word'],
      when: ['sentenceStart'],
      message: '"{match}": OCD is a diagnosis, not a word for being tidy or particular. Say "particular about", "careful with", or describe the habit.',
      suggest: ['particular'],
      fix: 'none',
      severity: 'info',
    },
    // "Pt is a known borderline": the diagnosis as a noun for the person (not "borderline BP", "borderline personality").
    { match: 'a|an|the|known [ borderline ] with|who|,|.|;|and|again|on|in|from|patient|pt|lady|man|woman|girl|guy', message: SCHIZOPHRENIA.replace('schizophrenia', 'borderline personality disorder'), notAfter: ['personality|pd|traits|features|range|result|results|value|values|level|levels|high|low|hypertension|diabetes|anaemia|anemia|cardiomegaly'] },
    // People named by self-harm: "The self-harmers on Ash ward".
    { match: 'self-harmer/n|self_harmer/n', message: SCHIZOPHRENIA.replace('schizophrenia', 'a history of self-harm') },
    // "committed suicide" → "died by suicide"; the verb keeps its form ("to commit suicide" → "to die by suicide").
    {
      match: ['commit/v suicide', 'commited|comitted|commmitted suicide'],
      message: '"{match}": "committed" frames suicide as a crime or sin. Say "died by suicide" (or "attempted suicide" if the person survived).',
      suggest: ['die/v by suicide'],
      fix: 'safe',
    },
    { match: 'successful|successfully|completed suicide attempt/n', message: SUICIDE, suggest: ['suicide'], fix: 'safe' },
    { match: 'successful|successfully suicide', message: SUICIDE, suggest: ['suicide'], fix: 'safe' },
    // "Completed suicide" borrows the same success frame; research uses it for rates, so info.
    { match: 'completed suicide', message: SUICIDE, suggest: ['died by suicide'], severity: 'info', notAfter: ['attempt/n'] },
    { match: ['failed|unsuccessful|unsuccessfully suicide_attempt|attempt_at_suicide|attempt_of_suicide|suicide', 'failed|unsuccessful|unsuccessfully to commit? suicide'], message: SUICIDE, suggest: ['suicide attempt'], fix: 'safe' },
    { match: 'failed|unsuccessful|unsuccessfully suicide_attempts|attempts_at_suicide|attempts_of_suicide', message: SUICIDE, suggest: ['suicide attempts'], fix: 'safe' },
  ],
  docs: {
    summary: 'Mental-health diagnoses used as names ("a schizophrenic"), slurs ("psycho", "crazy"), and "committed suicide".',
    why:
      'Calling someone "a schizophrenic" makes a diagnosis the whole person; words like "psycho" or "crazy" mock people with mental illness and tell the next reader nothing they can use. "Committed suicide" comes from a time when suicide was a crime. The source text asks for care that is respectful and compassionate in every interaction, and that includes how a person\'s mental health is written down.',
    prefer: '"person with schizophrenia", "has bipolar disorder", "experiencing psychosis"; describe behaviour; "died by suicide", "suicide attempt".',
    exceptions: [
      'A predicate in a relative\'s entry in a Family History section ("Mother is bipolar"): the history being recorded, not a name for the patient; a noun that names the relative ("Mother was a paranoid schizophrenic") is still reported. Suicide framing ("committed suicide") is still reported there.',
      'Clinical findings and diagnoses are never flagged: "depressed mood", "depression", "delirium", "insomnia", "panic attack", "psychosis", "psychotic features", "mental illness", "bipolar disorder", "schizophrenia", "OCD" as a diagnosis.',
      '"Bipolar" in other senses: "bipolar electrodes", "bipolar hemiarthroplasty".',
      '"Nuts" as food ("allergic to tree nuts"); "crazy" about a day or a schedule, not a person.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S14', 'S17b', 'S23', 'S35'],
  },
  examples: {
    flagged: [
      '{{Schizophrenic mum}}, lives with her own mother, CPN visits weekly.',
      '{{Anorexic}}, BMI 16, amenorrhoea for 8 months.',
      'Pt is a known {{borderline}} with previous overdoses.',
      'Uncle {{commited suicide}} in 2015.',
      { text: 'The {{self-harmers}} on the ward were all on close obs.', mode: 'reflection' },
      { text: 'It was my first time working with someone who {{was properly crazy}}, and I was scared.', mode: 'reflection' },
      'Pt bit {{loopy}} this am, 4AT 5, GP informed re ?delirium.',
      '{{Pt OCD about}} how his chair is set up, gets upset if things are moved.',
      'Up all night shouting at the TV, {{acting crazy}}, PRN declined.',
      '22 yo {{bulimic}} admitted with K 2.9 after purging 4x/day.',
      '44 yo {{schizophrenic}} brought in by mobile crisis after 3 days without sleep.',
      '{{Schizophrenic in room 12}} is asking for his discharge papers.',
      { text: 'Before the placement I assumed everybody there would {{be crazy}}.', mode: 'reflection' },
      { text: 'Half the regulars at the drop-in centre {{were honestly crazy}}, or so the staff kept telling me.', mode: 'reflection' },
      { text: 'The man down the hall {{is nuts}}, he shouted at the TV all night.', mode: 'reflection' },
      { text: 'Night shift with the {{crazies}} again.', mode: 'reflection' },
      { text: 'Staff joked that the lady in 9 {{was crazy}}.', mode: 'reflection' },
      'That {{schizophrenic}} in 4 keeps yelling. => That person with schizophrenia in 4 keeps yelling.',
      'Pt is a {{schizophrenic}} living in a group home. => Pt is a person with schizophrenia living in a group home.',
      { text: 'The guy in the next bay was {{acting crazy}} all morning.', mode: 'reflection' },
      '{{OCD}} about his bed being made just so.',
      'He\'s off his meds and {{acting crazy}}.',
      'FAMILY HISTORY: Mother was a {{paranoid schizophrenic}}. => FAMILY HISTORY: Mother was a person with paranoid schizophrenia.',
      '{{Went full-on psychotic}} when told about the transfer.',
      'Pt\'s brother is a {{schizophrenic}} and lives with them. => Pt\'s brother is a person with schizophrenia and lives with them.',
      'Roommate {{is bipolar}} and keeps odd hours. => Roommate has bipolar disorder and keeps odd hours.',
      'Pt {{is schizophrenic}} and lives in a group home. => Pt has schizophrenia and lives in a group home.',
      'He is a {{schizophrenic patient}} on clozapine. => He is a patient with schizophrenia on clozapine.',
      'She was a {{bipolar patient}} on lithium. => She was a patient with bipolar disorder on lithium.',
      'He was a {{psychotic}} when admitted. => He was a person experiencing psychosis when admitted.',
      'The man in the waiting room was a {{psycho}}.',
      'I thought the patient {{was crazy}} at first.',
      'Pt was {{acting insane}} in the waiting room.',
      '{{He\'s crazy}}, according to the note.',
      'Her uncle {{committed suicide}} last year. => Her uncle died by suicide last year.',
      'He has talked about wanting to {{commit suicide}}. => He has talked about wanting to die by suicide.',
      'History of a {{failed suicide attempt}} in 2018. => History of a suicide attempt in 2018.',
      'She is {{so OCD}} about her wheelchair cushion.',
      '{{Paranoid schizophrenic}}, off meds.',
      '{{He\'s bipolar}} and off his meds.',
      'She\'s a {{borderline}}, splits the staff.',
      '{{Borderline patient}}, threatens self-harm.',
      'Services for {{the mentally ill}} are underfunded. => Services for people with mental illness are underfunded.',
      '{{Mentally ill man}} wandering the halls. => Man with mental illness wandering the halls.',
      'Total {{nutter}}, yelling at the nurses.',
      'Pt {{went berserk}} at the nursing station.',
      'She {{is mental}}, according to her roommate.',
      'Son {{completed suicide}} in 2019 per family.',
      'FH: Brother {{committed suicide}} in 2019. => FH: Brother died by suicide in 2019.',
      '{{Known bipolar}}, manic on arrival.',
      '{{Bipolar patient}}, off lithium.',
      '{{Bipolar}}, off meds x 2 wks, pressured speech.',
      '{{Anorexic}}, refusing meals since Tuesday.',
      'The {{schizoaffective}} in room 2 is pacing.',
      'He\'s {{a nut}}.',
      '{{Manic-depressive}} since her teens.',
      '{{Psych patient}} in the hall bed needs a sitter.',
      '{{Totally nuts}}, screaming at the TV all night.',
      'Pt {{completely nuts}} overnight per RN, pulling at lines.',
      'Patient {{crazy}} again this morning, yelling at staff.',
      'Client {{cuckoo}} again this week per group leader.',
      'Pt {{batty}} today, asking for her mother.',
      { text: 'She {{was totally mental}} about the wait.', mode: 'reflection' },
      'Pt {{went a bit psycho}} at the desk when told.',
      '{{Anorexic 19 yo}} F, BMI 15.8.',
    ],
    clean: [
      'BP borderline at 138/88; recheck in 2 weeks.',
      'Laceration to L hand from a box cutter at work.',
      'The pump was acting crazy all night; biomed called.',
      '29 yo with bipolar disorder, stable on lithium.',
      'Bipolar in 2016, on lithium since; level 0.7 today.',
      { text: 'The waiting room at the crisis clinic was honestly a bit crazy on Friday.', mode: 'reflection' },
      '"My bipolar is acting up," she said.',
      'Her OCD about contamination has improved with ERP.',
      'OCD with poor insight, on fluvoxamine.',
      'The bipolar off-label use was discussed at journal club.',
      'Pt became psychotic on day 3 of high-dose steroids; psychiatry consulted.',
      'FAMILY HISTORY: Mother is bipolar; no suicide history.',
      'Depressed mood and anhedonia; PHQ-9 = 14.',
      'Hx of bipolar disorder, stable on lithium; no psychotic features.',
      'Episode of delirium post-op; insomnia and panic attacks since.',
      'Dx: OCD, followed by psychiatry.',
      'Bipolar electrodes placed over the VMO for NMES.',
      'PMH: Bipolar, on lithium; HTN.',
      'Bipolar with psychotic features, per outside records.',
      'Allergic to tree nuts; carries an EpiPen.',
      'Pt nuts allergy: anaphylaxis to cashews in 2019.',
      'Pt crazy busy with exams this month; HEP cut to 10 minutes.',
      'Pt mental status at baseline per daughter.',
      'Pt crazy about the Packers; uses game days as walking goals.',
      { text: 'She was totally mental health focused this week; the barrier was mental, not physical.', mode: 'reflection' },
      'Crazy busy clinic day, but the session went well.',
      'The day was crazy, but the session went well.',
      'Pt states, "My friends say I\'m crazy for studying so late."',
      'History of suicide attempt (2018); denies current ideation.',
      'Pt is not psychotic today and is oriented x3.',
      'Borderline personality disorder, in DBT since 2022.',
      'Tree nut allergy; carries epinephrine.',
      'Bipolar I disorder; a bipolar sealer was used in the OR.',
      'Psych consult placed for capacity evaluation.',
      'So crazy busy in clinic, but the session went well.',
      'Borderline low potassium; repeat BMP in the morning.',
      'IgA is 12, which is in the borderline to be considered equivocal.',
      'Went to see a psychiatrist for the first time last year.',
      'Schizophrenic symptoms improved on clozapine.',
    ],
  },
});
