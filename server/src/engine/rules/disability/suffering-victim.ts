/**
 * pfl.suffering-victim — tragedy framing of a condition.
 */
import { defineRule } from '../define.ts';

/** Words that describe a symptom: its severity, course and site ("worsening low back pain", "excruciating nerve pain"). */
const SYMPTOM_MODIFIER = 'severe|chronic|constant|intense|ongoing|significant|terrible|daily|frequent|bad|occasional|worsening|increasing|persistent|unbearable|excruciating|acute|new|breakthrough|post-operative|postoperative|low|back|neck|abdominal|chest|joint|pelvic|nerve|neuropathic|phantom|muscle';
const SYMPTOM_WORD = 'pain|discomfort|distress|headache/n|migraine/n|nausea|fatigue|insomnia|cramp/n|spasm/n|itching|anxiety|panic_attack/n|nightmare/n|grief|loneliness|stress';
/** A determiner before the symptom: "suffering with the pain at night", "suffers from a headache most days". */
const SYMPTOM_DET = 'a|an|the|his|her|their|this|that|these|those|some|occasional?';
/**
 * Symptoms a person may truly report suffering from, with a determiner or a rating before them too ("suffering with
 * the pain at night", "suffering with 9/10 pain"); the rule leaves those alone. A condition after a determiner stays a
 * finding ("suffers from the disease", "suffering with her MS").
 */
const SYMPTOM = [
  `${SYMPTOM_DET} ${SYMPTOM_MODIFIER}* ${SYMPTOM_WORD}`,
  `#int +/ +#int ${SYMPTOM_MODIFIER}* ${SYMPTOM_WORD}`,
];
const CONDITION =
  "stroke|cva|polio|cf|cystic_fibrosis|cp|cerebral_palsy|ms|multiple_sclerosis|md|muscular_dystrophy|sma|als|tbi|brain_injury|sci|spinal_cord_injury|parkinson's|parkinsons|parkinson's_disease|dementia|alzheimer's|alzheimers|autism|aids|hiv|cancer|amputation|arthritis|epilepsy|disease|disability|illness|condition|disorder";
/** More that a person is called the victim of: recurring symptoms and named long illnesses ("a victim of seizures"). */
const VICTIM_OF = `${CONDITION}|seizure/n|migraine/n|headache/n|chronic_pain|fibromyalgia|lupus|crohn's|crohns|copd|chf|heart_failure|sickle_cell|sickle_cell_disease|cf|cystic_fibrosis|seizure_disorder|seizure_disorders|heart_disease|kidney_disease|lung_disease|liver_disease|mental_illness|chronic_illness|depression|schizophrenia|bipolar_disorder`;
/** What battle language is put on: a disability or a long illness ("battling MS", "lost her battle with ALS"). */
const BATTLED = "depression|anxiety|addiction|anorexia|bulimia|disability|md|muscular_dystrophy|sma|als|ms|cp|cerebral_palsy|autism|condition|illness|disease|dmd|spina_bifida|parkinson's|parkinson|dementia|cancer|leukemia|leukaemia|lymphoma|stroke|polio|epilepsy|arthritis|hiv|aids|tbi|brain_injury|multiple_sclerosis|alzheimer's|alzheimers|ca|carcinoma|melanoma|sarcoma|myeloma|glioblastoma|gbm|tumor|tumour|lupus|crohn's|copd|chf|heart_failure|kidney_disease|ckd|esrd|sickle_cell|sickle_cell_disease|scd|mnd|motor_neurone_disease|motor_neuron_disease|cf|cystic_fibrosis|copd|lupus|ckd|esrd|kidney_disease|crohn's|crohns|huntington's";
/** Feelings a person is "stricken" by: an emotion, not a condition. */
const STRICKEN_BY_FEELING = 'grief|panic|terror|horror|awe|fear|guilt|poverty|conscience|wonder|love|fever|sorrow|stage';
const MESSAGE = '"{match}": calling a condition suffering, affliction or victimhood assumes a tragedy the person may not feel. State the condition plainly: "has …", "with …".';
const VICTIM = '"{match}": a person who has a condition is not its victim. Prefer "person who has had a stroke", "person with MS".';
const suffering = { message: MESSAGE, notAfter: SYMPTOM, fix: 'safe' } as const;

export default defineRule({
  id: 'pfl.suffering-victim',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  terms: [
    { match: 'is suffering from|with|w_/', suggest: ['has'], ...suffering },
    { match: 'are suffering from|with|w_/', suggest: ['have'], ...suffering },
    { match: 'was|were suffering from|with|w_/', suggest: ['had'], ...suffering },
    { match: 'suffers from|with|w_/', suggest: ['has'], ...suffering },
    // With the degree in between: "She suffers terribly with MS".
    { match: 'suffer/v|suffering terribly|badly|greatly|dreadfully|horribly|so_much|a_lot|awfully from|with', message: MESSAGE, fix: 'none' },
    { match: 'suffer from|with|w_/', suggest: ['have'], ...suffering },
    { match: 'suffered from|with|w_/', suggest: ['had'], ...suffering },
    { match: 'suffering from|with|w_/', suggest: ['with'], ...suffering },
    { match: 'afflicted|stricken with|w_/|by', message: MESSAGE, suggest: ['with', 'affected by'] },
    { match: 'is|has_been afflicted|stricken with|w_/|by', message: MESSAGE, suggest: ['has'], fix: 'safe' },
    { match: 'was afflicted|stricken with|w_/|by', message: MESSAGE, suggest: ['had'], fix: 'safe' },
    // "Stricken at age 6", "stricken in childhood": the same without the condition named after it. Not an emotion
    // ("grief-stricken", "panic-stricken during the MRI") nor a record ("stricken from the list").
    {
      match: '[ stricken|afflicted ] at|in|as|during|since|when|while|early|young|shortly|age|aged|#num',
      message: MESSAGE,
      notBefore: [STRICKEN_BY_FEELING, `${STRICKEN_BY_FEELING} -`],
      notAfter: ['#any{0,1} the|this|that|her|his|their room|list|record|schedule|chart'],
    },
    // "Struck down by a brainstem stroke", "struck down with MS": the onset told as a blow.
    { match: 'struck|struck_down down? by|with', message: MESSAGE, fix: 'none', after: [`a|an|the|his|her|their? #word{0,2} ${CONDITION}|bleed|haemorrhage|hemorrhage|illness|disease|infection|virus`] },
    // The victim named before the condition: "a victim of a massive bleed" (not of a crime: "victim of an assault").
    { match: 'victim/n of a|an|the|his|her #word{0,2} stroke|bleed|haemorrhage|hemorrhage|cva|mi|heart_attack|cancer|tumour|tumor|ms|als|mnd|polio|dementia|illness|disease|condition|injury', message: VICTIM, fix: 'none' },
    { match: `${CONDITION} victim|sufferer`, message: VICTIM, suggest: ['person with $1'] },
    // An injury named the same way ("Burn victim, 32% TBSA"); not a crime's victim ("assault victim" is a legal fact).
    { match: 'burn|burns|trauma|head_injury|heart_attack|covid victim', message: VICTIM, suggest: ['person with $1 injuries'], fix: 'none' },
    { match: `${CONDITION} victims|sufferers`, message: VICTIM, suggest: ['people with $1'] },
    // The longer list for "sufferer", which no one is of an accident: "Known sickle cell sufferer, 4 admissions in 3 months".
    { match: `${VICTIM_OF} sufferer`, message: VICTIM, suggest: ['person with $1'] },
    // The article before "victim" stays where it is and is fitted to the rewrite ("a victim of a stroke" → "a person with stroke").
    { match: `victim|sufferer of a|an|the|his|her|their? ${VICTIM_OF}`, message: VICTIM, suggest: ['person with $4'] },
    // With how often or how badly between: "a victim of frequent seizures", "sufferer of chronic migraines".
    { match: `victim|sufferer of a|an|the|his|her|their? frequent|recurrent|recurring|repeated|chronic|severe|constant|daily|multiple|debilitating ${VICTIM_OF}`, message: VICTIM, suggest: ['person with $4 $5'] },
    // A size or a side between: "a victim of a massive stroke", "of a dense left-sided stroke".
    { match: `victim|sufferer of a|an|the|his|her|their massive|big|huge|dense|major|devastating|catastrophic|large|left-sided|right-sided|bad{1,2} ${VICTIM_OF}`, message: VICTIM, fix: 'none' },
    { match: `the? victims|sufferers of a|an|the|his|her|their? ${VICTIM_OF}`, message: VICTIM, suggest: ['people with $5'] },
    {
      match: [
        `battle/v|fight/v|struggling_with|losing_the_battle_with|losing_her_battle_with|losing_his_battle_with his|her|their|a|an? #word{0,2} ${BATTLED}`,
        `lost|lose/v|losing|won|win/v|winning his|her|their|the battle|fight|war with|against|over ${BATTLED}`,
      ],
      message: '"{match}": battle language makes a condition a fight the person is winning or losing. Say what they have and what they are working on.',
    },
    // "Crippling arthritis": the same slur as an adjective for the condition; not "crippling debt".
    {
      match: 'crippling',
      message: '"{match}": "crippling" calls on a slur for disabled people. Describe the effect on function instead ("arthritis in both hands; unable to open jars").',
      after: [`#word? ${CONDITION}|pain|anxiety|depression|fatigue|weakness|spasticity|injury|injuries|deformity|deformities|neuropathy|contracture/n`],
    },
    {
      match: 'crippled by',
      message: '"{match}": "crippled" is a slur for disabled people. Describe the effect on function instead ("limited by", "unable to … because of").',
      suggest: ['limited by'],
    },
    {
      match: 'confined to his|her|their|the? bed',
      message: '"{match}" describes a prison. Describe the activity level ("on bed rest", "spends most of the day in bed").',
      suggest: ['on bed rest', 'spends most of the day in bed'],
      severity: 'info',
    },
    {
      match: ['suffered a|an fall|fracture|injury|sprain|strain|concussion', 'suffered a|an #word fracture|injury|strain|sprain'],
      message: '"{match}" adds a judgement the facts do not need. "Sustained" or "had" says the same thing plainly.',
      suggest: ['sustained $2 $3 $4'],
      fix: 'safe',
      severity: 'hint',
    },
    {
      match: 'suffered a|an stroke',
      message: '"{match}" adds a judgement the facts do not need. "Sustained" or "had" says the same thing plainly.',
      suggest: ['had $2 $3'],
      fix: 'safe',
      severity: 'hint',
    },
  ],
  docs: {
    summary: 'Suffering, affliction, victim and battle framing of a condition or disability.',
    why:
      'Naren lives with a progressive neuromuscular disease and studies at university; whether he "suffers" is his to say. Tragedy framing casts the person as pitiable and passive, which sits badly with care that is a partnership aimed at the person\'s own goals. Medical and disability style guides ask writers to state the condition neutrally.',
    prefer: '"has muscular dystrophy", "a student with SMA", "a person who has had a stroke", "sustained a fall".',
    exceptions: [
      'Symptoms a person reports suffering from ("suffering from severe pain", "suffers from migraines").',
      '"Victim" of a crime, assault or abuse in safeguarding documentation.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S14', 'S16', 'S17a', 'S17b'],
  },
  examples: {
    flagged: [
      { text: 'She\'s been {{battling depression}} for years.', mode: 'reflection' },
      { text: 'The kid in bay 2 is 22, a {{CF victim}}, and he laughs at all my jokes.', mode: 'reflection' },
      { text: 'Meeting a 26-year-old who had been {{struck down by}} a brainstem stroke really shook me.', mode: 'reflection' },
      'The old man in the side room, a {{victim of a massive bleed}}, kept asking for his wife.',
      { text: 'He is a {{victim of a massive stroke}}.', mode: 'reflection' },
      'She {{suffers terribly with}} MS and I felt so sorry for her.',
      'Known {{sickle cell sufferer}}, 4 admissions in 3 months.',
      'This student is a {{victim of frequent seizures}}; please allow extended test time. => This student is a person with frequent seizures; please allow extended test time.',
      '{{Battling sickle cell}} since age 3, here for a crisis plan review.',
      '{{Burn victim}}, 30% TBSA, fluids started in the ED.',
      "{{Stricken}} in childhood with polio, she now uses KAFOs.",
      "He was {{afflicted}} at 40 and has used a wheelchair since.",
      "Polio survivor, {{stricken}} as a toddler.",
      '{{Afflicted w/}} MS since 2004. => With MS since 2004.',
      '{{Suffers w/}} MS x15 yrs. => Has MS x15 yrs.',
      '{{Crippling}} arthritis in both hands, cannot open jars.',
      '20 yo male {{suffering from}} muscular dystrophy. => 20 yo male with muscular dystrophy.',
      'Pt {{suffers from}} MS and reports fatigue by noon. => Pt has MS and reports fatigue by noon.',
      'She {{is afflicted with}} cerebral palsy. => She has cerebral palsy.',
      'Referred for gait training; {{stroke victim}} in 2021. => Referred for gait training; person with stroke in 2021.',
      'He was {{confined to bed}} for two weeks. => He was on bed rest for two weeks.',
      'Pt {{suffered a fall}} at home on Monday. => Pt sustained a fall at home on Monday.',
      'Pt {{suffered a stroke}} in 2019. => Pt had a stroke in 2019.',
      'Pt {{suffered an ankle sprain}} playing tennis. => Pt sustained an ankle sprain playing tennis.',
      'Talk for {{victims of MS}} at the library. => Talk for people with MS at the library.',
      'He {{was suffering from}} ALS when first seen. => He had ALS when first seen.',
      'Pt is {{battling MS}}.',
      '{{Battling metastatic pancreatic CA}} since spring; hospice discussed.',
      'Pt {{is suffering from}} the MS relapse that began in May. => Pt has the MS relapse that began in May.',
      'She {{battles cerebral palsy}} every day.',
      '{{Battling cancer}} for 5 years.',
      '{{Battling metastatic breast cancer}}, now on third-line chemo.',
      'She {{lost her battle with ALS}} in 2019.',
    ],
    clean: [
      'Pt was the victim of an assault on Friday; police aware.',
      'Struck by a car at 30 mph; GCS 15 on arrival.',
      'She is a victim of domestic violence and is safe at her sister\'s.',
      'Assault victim, police at bedside, SANE exam offered.',
      "Pt appeared panic-stricken during the MRI.",
      "Grief-stricken since her husband's death in May.",
      { text: "We talked about how \"suffers from\" turns a diagnosis into a tragedy.", mode: 'reflection' },
      'Battling the insurance company for two months over the power chair.',
      'Crippling snowstorm closed the clinic; session moved to telehealth.',
      'The cost of the chair was crippling debt for the family, per social work.',
      'Pt reports suffering from severe pain after the long lab session.',
      'Pt reports suffering with 9/10 pain after last chemo cycle.',
      'Pt reports she is suffering with the pain at night and cannot sleep.',
      'She suffers from a headache most afternoons.',
      'He has been suffering from his low back pain for years.',
      'She is the victim of an assault and a report was filed per policy.',
      'Naren has a progressive neuromuscular disease affecting trunk and limbs.',
      'Pt said, "I suffer from this disease every single day."',
      'She lost her battle with the insurance company over the chair.',
    ],
  },
});
