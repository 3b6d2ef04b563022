/**
 * doc.goal-structure — goals that name the therapist as the actor, have the
 * patient only receive care, or have no measure or time frame.
 * Only in a Goals section or on a goal line ("STG:", "LTG 2:", "Goal:"); what a
 * goal line is, and whether it has a measure or a time frame, is context/goals.ts.
 */
import { defineRule } from '../define.ts';

const THERAPIST_MESSAGE =
  'A goal describes what the patient will be able to do; "{match}" makes the therapist\'s actions the goal, and they belong in the plan. Start with the patient and a functional activity ("Pt will …").';

export default defineRule({
  id: 'doc.goal-structure',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'hint' },
  defaults: { fix: 'none', when: ['goalStart'] },
  terms: [
    // 1. The therapist as the actor. Case matters: "PT will educate" is the therapist, "Pt will educate his
    // caregiver" is the patient's goal; "I will" is a student's own learning goal in a reflection.
    { match: 'the? therapist|clinician|physical_therapist will', message: THERAPIST_MESSAGE },
    { match: '=PT|=PTA|=SPT|=OT|=COTA|=SLP will #word? @therapistAction', message: THERAPIST_MESSAGE },
    // Nursing and other disciplines write goals too: "Goal: RN will educate pt on pouch emptying".
    { match: '=RN|=LPN|=RD|=SW|=CM|=RT|nursing|staff will #word? @therapistAction', message: THERAPIST_MESSAGE },
    // Any discipline by its name, with the team it belongs to: "Goal: Dietitian will educate pt on carb counting",
    // "Goals: Physio will teach parents chest physiotherapy", "Nursing staff will encourage pt to attend OT groups".
    { match: '=ACT|=CMHT|=CRHT|=HTT|=EIP|=DN|=DNs|=CNS|=HV|=MDT|=IDT|=CAMHS|=AOT will #word? @therapistAction', message: THERAPIST_MESSAGE },
    { match: 'the|ward|nursing|community|specialist|named? nurse|nurses|doctor|doctors|gp|consultant|registrar|psychiatrist|dietitian|dietician|physio|physios|physiotherapist|midwife|midwives|hca|hcas|psychologist|pharmacist|keyworker|key_worker|care_coordinator|cpn|slt|salt|ccn|hv|health_visitor|school_nurse|staff|team|mdt will #word? @therapistAction', message: THERAPIST_MESSAGE },
    // The same with "to" in a goal line: "STG: Physio to teach pt backward chaining".
    { match: 'physio|physios|physiotherapist|ot|slt|salt|dietitian|dietician|nurse|nursing|nursing_staff|staff|team|mdt|therapist|therapy to #word? @therapistAction', when: ['goalLine'], message: THERAPIST_MESSAGE },
    // The same with "to", the order form: "STG: PT to progress gait training", "Therapist to instruct pt in HEP".
    { match: ['=PT|=PTA|=SPT|=OT|=COTA|=SLP to @therapistAction', 'the? therapist|clinician|physical_therapist to @therapistAction'], message: THERAPIST_MESSAGE },
    // The therapist's action with no actor at all: "STG: Educate pt on HEP in 2 weeks", "Goal: Instruct caregiver in transfers".
    { match: 'educate|instruct|teach|train|issue|fit|provide|progress @det|pt|patient|client|caregiver/n|family|him|her|them', message: THERAPIST_MESSAGE },
    { match: '=I|we will', unless: ['reflection'], message: THERAPIST_MESSAGE },
    // Without a goal label, a therapist's action with a time frame, opening its sentence outside the plan, is still
    // written as a goal: "OT will provide adaptive equipment for bathing within 2 weeks."
    {
      match: ['=PT|=OT|=SLP|=PTA|=COTA|=SPT will #word? @therapistAction', 'the? therapist|clinician will #word? @therapistAction'],
      when: ['opensSentence', 'timedOutsidePlan'],
      unless: ['goalLine'],
      message: THERAPIST_MESSAGE,
    },
    // 2. The patient only receives care.
    {
      match: [
        'will be educated|instructed|taught|trained|given|provided|issued|shown|seen|treated',
        // The same in the active voice: "will receive instruction in HEP", "will undergo gait training".
        'will receive|undergo|get instruction|education|teaching|training|treatment|therapy|tx|a_hep|hep|a_home_exercise_program|gait_training',
      ],
      when: ['goalLine'],
      message: '"{match}": being educated is the therapist\'s action, not the patient\'s outcome. Say what the patient will do with it ("will independently perform HEP with correct form", "will state 3 energy-conservation strategies").',
    },
    // 3. Improvement with no measure.
    {
      // A comparative with nothing to compare against: "will be more independent with ADLs", "will have less pain".
      // The word after "more" is part of the match, so "independent" alone does not count as the measure.
      match: [
        'will get_stronger|get_better|improve|show_improvement|have_improved|increase_strength|increase_endurance|increase_rom|increase_function|increase_mobility|be_stronger|feel_better',
        'will be|become|feel|have|get more|less|increasingly #word',
        'will be_able_to? #word? better|farther|further|longer|safer|easier|faster|steadier|more_easily|more_safely|more_independently|more_confidently',
        // A change as a participle with nothing to measure it: "will demonstrate improved balance", "will have decreased pain".
        'will demonstrate|display|show|exhibit|have improved|increased|decreased|reduced|better|greater|less|fewer #word',
        'will show|make|demonstrate good|steady? progress',
      ],
      when: ['goalLine'],
      unless: ['measuredGoal'],
      message: '"{match}" cannot be measured. Say how much and in what activity ("will transfer w/c ↔ bed with SBA", "knee extension 4/5 to climb the lecture-hall step").',
    },
    // 3b. A bare aim with no actor and no measure: "Goal: Improve ROM."
    {
      match: [
        'to? improve|increase|decrease|reduce|strengthen|get_stronger|maximise|maximize|optimise|optimize|promote|restore|enhance|maintain|normalize|normalise|minimize|minimise #word{0,20}',
        // Back to a level never described: "LTG: Return to prior level of function", "Goal: Return to PLOF" (not
        // "Return to work as a nurse", which names the activity).
        'to? return|get_back|regain|resume to? prior|previous|baseline|pre-injury|preinjury|premorbid|pre-morbid|normal|full|former? level|levels of? function|functioning|mobility|activity',
        'to? return|get_back to =PLOF|plof|baseline|normal',
        // The same aim as a noun phrase: "Goal: Decreased pain.", "LTG: Improved functional mobility."
        'improved|increased|decreased|reduced|enhanced|restored|maximized|maximised #word{1,20}',
      ],
      unless: ['measuredGoal'],
      message: '"{match}" names no one and no measure. Say what the patient will do, how well, and by when ("Pt will reach overhead to the second shelf with R UE within 4 weeks").',
    },
    // 4. No time frame (a weaker finding: the time frame may sit in a heading). Only on labelled goal lines:
    // a bare list item may take its time frame from a heading this run cannot see.
    {
      match: 'the? pt|patient|client|student|he|she|they will',
      when: ['goalStart', 'untimedGoal'],
      severity: 'hint',
      message: 'This goal ("{match} …") has no time frame. Add when it should be met ("within 6 weeks", "by discharge") so progress can be judged.',
    },
  ],
  docs: {
    summary: 'Goals that make the therapist the actor ("PT will educate…"), have the patient only receive care ("Pt will be instructed…"), promise improvement without a measure ("will get stronger") or have no time frame.',
    why:
      'The source text describes care as a partnership toward a meaningful goal, done with the patient and not to them. A goal written as the therapist\'s task, or as something the patient receives, leaves the patient out of their own goal. Goal-writing guidance agrees: the patient is always the one who will do something, the activity is functional, and there is a measure and a time frame.',
    prefer: 'Who (the patient) + functional activity + condition + how well + by when: "Pt will transfer power w/c ↔ lecture-hall seat with sliding board and SBA in < 2 min within 6 weeks, to attend classes."',
    exceptions: [
      'Lines outside a Goals section that are not goal lines ("STG:", "LTG 2:", "Goal:").',
      'Goals with a measure after "will improve" ("will improve knee flexion to 110°").',
      'A time frame given on the goal\'s label line in the same paragraph ("STG (4 weeks):").',
      'A missing time frame is only reported on labelled goal lines ("STG:", "LTG 2:", "Goal:"), because list items under a heading such as "Goals (4 weeks)" take their time frame from it.',
    ],
    sources: ['S29', 'S27', 'S28', 'seed'],
  },
  examples: {
    flagged: [
      'Goal: {{HV will teach}} mum to make up feeds safely.',
      'Goal: {{staff will ensure}} pt attends the walking group twice a week.',
      'STG: {{Physio to teach}} pt floor recovery within 2 weeks.',
      'Goal: {{Dietitian will educate}} pt on carb counting.',
      'Goals: {{ACT will educate}} pt on safe drinking limits.',
      'Hand therapy STG: Pt {{will improve}} grip strength.',
      'OP ortho. A: gains in ROM. LTG: pt {{will walk better}}.',
      'Goal: {{RN will instruct}} caregiver in trach suctioning.',
      'IEP goal: Student {{will improve}} handwriting.',
      'LTG: {{Return to prior level of function}}.',
      'Goal: {{Normalize gait}}.',
      'STG: {{PT will educate}} pt on energy conservation.',
      'STG: {{We will}} review the HEP each visit.',
      'Goals:\n1. {{Therapist will}} progress HEP as tolerated.',
      '{{OT will provide}} adaptive equipment for bathing within 2 weeks.',
      'LTG: Pt {{will be instructed}} in safe transfers within 4 weeks.',
      'Goal: Pt {{will get stronger}} in 6 weeks.',
      'LTG 2: {{Pt will}} ambulate 150 ft with rollator independently.',
      'Goal: {{Improve ROM}}.',
      'OT goal (4 wks): Pt {{will be more independent}} with ADLs.',
      'STG (2 wks): Pt {{will be able to walk farther}}.',
      'STG: {{PT to progress}} gait training within 2 weeks.',
      'STG: {{Educate pt}} on HEP in 2 weeks.',
      'STG: Pt {{will receive instruction}} in HEP in 2 weeks.',
      'LTG: Pt {{will demonstrate improved balance}} in 6 weeks.',
      'Goal: {{Decreased pain}}.',
    ],
    clean: [
      'LTG: Return to work as a nurse in 8 weeks.',
      'LTG: Return to prior level of function: community ambulation 1 mile without device in 8 weeks.',
      'OT goal: Pt will be more independent with LB dressing, from mod A to SBA, within 4 weeks.',
      'STG: Pt will walk farther, 300 ft with rollator and SBA, within 3 weeks.',
      'STG: Pt will transfer w/c ↔ mat with sliding board and SBA within 3 weeks.',
      'LTG (8 weeks): Pt will improve R knee extension to 4/5 to climb the lecture-hall step.',
      'Plan: PT will educate pt on energy conservation next visit.',
      '## Plan\nOT will provide adaptive equipment for bathing within 2 weeks.',
      'OT will provide adaptive equipment for bathing at the next visit.',
      'Pt will be educated on pressure relief at the next visit.',
      { text: 'Goal: I will ask Naren about his goals before the first treatment session.', mode: 'reflection' },
      '## Goals\n\n1. Pt will propel the power w/c through the campus library doors independently.',
      'LTG (6 wks): Pt will demonstrate improved balance, Berg 41/56 to 48/56, to walk to the mailbox.',
      'Plan: PT to progress gait training; educate pt on HEP.',
    ],
  },
});
