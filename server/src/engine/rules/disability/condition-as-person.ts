/**
 * pfl.condition-as-person — people named by a disability, and disability slurs.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';
import { asPerson } from '../as-person.ts';

/**
 * "The disabled" is a collective noun unless a noun follows ("the disabled students", "the disabled
 * community"), in which case it is an adjective and identity-first usage some people prefer; anatomy
 * too: "the blind end of the SVC". A capitalised word after it is a name ("the Deaf Club").
 */
const ADJECTIVE_USE = [
  '@person|community/n|population|group/n|rights|movement|parking|bathroom/n|restroom/n|toilet/n|stall/n|spot/n|space/n|placard/n|permit/n|entrance/n|access|seating|lift/n|veteran/n|side|eye/n|ear/n|corner/n|area|test/n|trial/n|study|studies|review|reviewer/n|alley|fold|date|leading|end/n|ending|pouch/n|loop/n|limb/n|sac/n|stump/n|segment/n|duct/n|lumen/n|canal/n',
  '#cap|#upper|#num|-',
];
const ACCESSIBLE_THINGS = 'parking|bathroom|restroom|toilet|stall|spot|space|placard|permit|entrance|ramp|access|seating|room|shower|lift';
const PLEGIA = 'A person is not their paralysis. Instead of "{match}", say "person with paraplegia" (or the level: "person with C6 tetraplegia").';
const PLEGIA_USE = ['gait|posture|pattern|shoulder|arm|leg|side|limb|hand|foot|migraine|cp|cerebral|spasticity|involvement'];
/** What "aphasic" also describes: the language itself ("aphasic errors", "aphasic output"), not the person. */
const APHASIA_USE = ['speech|output|error/n|errors|paraphasia/n|syndrome/n|component/n|feature/n|features|deficit/n|disturbance/n|language|picture|presentation|symptom/n|pattern/n|naming|writing|reading|comprehension'];
const EPILEPSY_USE = ['seizure/n|activity|discharge/n|focus|foci|encephalopathy|syndrome/n|event/n|spasm/n|aura|form|drug/n|medication/n|state|status'];
/** "Amputee" is a hint only: many people use it for themselves, and identity-first notes keep it. */
const AMPUTEE: Term = {
  match: 'amputee',
  message: 'Consider "person with an amputation" (or "with a below-knee amputation") instead of "{match}" unless the person calls themself an amputee.',
  severity: 'hint',
  notAfter: ['clinic|program|programme|gait|support|coalition|rehab|rehabilitation|service|services|team|group|socket|care|pathway'],
  unless: ['ownTerm', 'identityFirst'],
};
const SLUR = { severity: 'error', fix: 'none' } as const;

export default defineRule({
  id: 'pfl.condition-as-person',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  terms: [
    {
      match: 'the disabled|handicapped|crippled|lame|infirm',
      message: 'A disability is not a group name ("{match}"). Say "people with disabilities" or, where the community prefers it, "disabled people".',
      suggest: ['people with disabilities', 'disabled people'],
      notAfter: ADJECTIVE_USE,
    },
    // "the blind", "the deaf" as collective nouns; "the Deaf community" (capital D, culture) is fine.
    {
      match: 'the =blind',
      message: 'Naming people by a sense they lack ("{match}") makes it their identity. Say "people who are blind", "deaf people" or "people who are deaf or hard of hearing".',
      suggest: ['people who are blind'],
      notAfter: ADJECTIVE_USE,
    },
    {
      match: 'the =deaf',
      message: 'Naming people by a sense they lack ("{match}") makes it their identity. Say "people who are blind", "deaf people" or "people who are deaf or hard of hearing".',
      suggest: ['deaf people'],
      notAfter: ADJECTIVE_USE,
    },
    {
      match: `handicapped|disabled ${ACCESSIBLE_THINGS}`,
      message: 'Facilities are accessible, not handicapped ("{match}"). Say "accessible parking", "accessible bathroom".',
      suggest: ['accessible $2'],
      fix: 'safe',
      severity: 'info',
    },
    {
      match: 'handicap|handicapped',
      message: '"{match}" is an outdated label for disabled people. Say "has a disability", "disabled" or name the condition.',
      suggest: ['disabled', 'with a disability'],
      // A questionnaire's scale: the Dizziness (or Voice, Hearing) Handicap Inventory and its bands ("moderate handicap range").
      // A golfer's handicap is a score ("Golf handicap 6", "plays off a handicap of 12").
      notAfter: ['index|score|system|golf|inventory|inventories|range|band|category|level|scale', '#num', 'of #num'],
      notBefore: ['dizziness|voice|hearing|tinnitus|dhi|vhi|hhie|thi|golf|golfing|golfer|golfer\'s'],
    },
    {
      match: ['a|the cripple', 'cripples', 'crippled'],
      message: '"{match}" is a slur. Name the condition or describe function ("uses crutches", "has limited hand function").',
      notAfter: ['by'],
      ...SLUR,
    },
    {
      match: ['spaz|spazz|spazzing|spazzed|spastics', '[ a|the spastic ] who|and|in|with|is|was'],
      message: '"{match}" is a slur. Spasticity is a finding in a limb ("spastic diplegia"), never a name for a person.',
      ...SLUR,
    },
    { match: '[ spastic ] @person', message: '"{match}" is a slur for a person. Spasticity is a finding in a limb ("spastic diplegia"), never a name for a person.', ...SLUR },
    {
      match: 'a|the spastic',
      message: '"{match}" is a slur. Spasticity is a finding in a limb ("spastic diplegia"), never a name for a person.',
      notAfter: ['#word|#num'],
      ...SLUR,
    },
    {
      match: 'retard|retards|retarded',
      message: '"{match}" is a slur. Say "has an intellectual disability"; for findings use the clinical term ("psychomotor slowing").',
      notAfter: ['growth|development|gastric|emptying|ejaculation|healing|flow'],
      notBefore: ['psychomotor|psycho-motor'],
      ...SLUR,
    },
    {
      match: 'mental retardation',
      message: '"{match}" has been replaced by "intellectual disability" in diagnosis and law.',
      suggest: ['intellectual disability'],
      fix: 'safe',
    },
    {
      match: 'mongoloid|mongolism|midget/n',
      message: '"{match}" is a slur. Use the person\'s diagnosis ("has Down syndrome") or "person of short stature".',
      ...SLUR,
    },
    // "Lame in the L leg": a word for an animal's gait said of a person's limb; "lame excuse" is not about anyone.
    {
      match: ['[ lame ] in|on the|his|her|their|one? l|r|left|right|both? leg/n|foot|feet|knee/n|hip/n|limb/n|ankle/n', '@be lame'],
      message: '"{match}" is an outdated word for a person who limps. Describe the gait ("antalgic gait, L", "limps on the left").',
      suggest: ['limps'],
      fix: 'none',
      when: ['personSubject'],
      notAfter: ['excuse/n|joke/n|idea/n|reason/n'],
    },
    // "Pt is a vegetable since the anoxic injury": a person likened to a plant. Describe responsiveness, or name the state.
    {
      match: 'a|an|like_a vegetable|veggie',
      message: 'A person is never "{match}". Describe what they respond to ("opens eyes to voice, no visual tracking"), or name the disorder of consciousness.',
      before: ['@be|become/v|became|basically|essentially|practically|now|turned_into|is_now|was_now|like|a'],
      when: ['personBefore'],
      notAfter: ['part|garden|soup|platter|tray|serving|servings|side|with|at|for|daily|each|every|every_day|per'],
      ...SLUR,
    },
    {
      match: 'a|the dwarf',
      message: 'Instead of "{match}", say "a person of short stature" or name the condition (e.g. achondroplasia), unless the person uses "dwarf" or "little person" themself.',
      suggest: ['a person of short stature'],
      unless: ['ownTerm'],
    },
    ...asPerson('paraplegic', 'paraplegia', PLEGIA, PLEGIA_USE),
    ...asPerson('quadriplegic', 'quadriplegia', PLEGIA, PLEGIA_USE),
    ...asPerson('tetraplegic', 'tetraplegia', PLEGIA, PLEGIA_USE),
    ...asPerson('hemiplegic', 'hemiplegia', PLEGIA, PLEGIA_USE),
    ...asPerson('aphasic', 'aphasia', 'Instead of "{match}", say "person with aphasia": aphasia affects their language, not who they are.', APHASIA_USE, { bare: false }),
    ...asPerson('epileptic', 'epilepsy', 'Instead of "{match}", say "person with epilepsy": the condition is something the person has.', EPILEPSY_USE),
    {
      match: ['[ a|an|the invalid ] who|and|in|with|is|was|since', '[ a|an|the? invalids ] who|and|in|with|is|was|since'],
      message: '"{match}" as a name for a person implies they are not valid. Describe the condition or the support needed.',
      suggest: ['a person with a disability'],
    },
    {
      match: ['a|an|the invalid', 'a|an|the? invalids'],
      message: '"{match}" as a name for a person implies they are not valid. Describe the condition or the support needed.',
      suggest: ['a person with a disability'],
      notAfter: ['#word|#num'],
    },
    // "Her invalid mother": the adjective before a relative names them by incapacity; not "invalid trial" or "invalid ID".
    {
      match: 'invalid mother|father|mom|dad|wife|husband|spouse|partner|son|daughter|sister|brother|parent|parents|grandmother|grandfather|aunt|uncle|relative|relatives',
      message: '"{match}" as a name for a person implies they are not valid. Describe the condition or the support needed.',
      suggest: ['$2, who has a disability'],
      fix: 'none',
    },
    // "Quads on our unit", "the paras and quads": the short forms of the labels as names for people on a unit or list,
    // not the quadriceps ("quads 4/5", "quad sets").
    {
      match: ['[ the|our|my|all_the? quads|paras|tetras|quadriplegics|paraplegics ] on|in the|our|my|this unit|ward|floor|service|caseload|list|team', '[ the|our? quads|paras and|& quads|paras ]'],
      message: PLEGIA,
      fix: 'none',
    },
    // The short form before a person word: "Quad pt, total A for ADLs" (not "quad sets"; "para" is also parity).
    { match: 'quad|tetra pt|pts|patient|patients|client|resident|male|female|man|woman|guy|gentleman|vet|veteran', message: PLEGIA, fix: 'none' },
    { ...AMPUTEE, match: 'a|an amputee', suggest: ['a person with an amputation'] },
    { ...AMPUTEE, match: 'the amputee', suggest: ['the person with an amputation'] },
    { ...AMPUTEE, match: 'amputee', suggest: ['a person with an amputation'] },
    { ...AMPUTEE, match: 'a|an|the? amputees', suggest: ['people with amputations'] },
  ],
  docs: {
    summary: 'People named by a disability ("the disabled", "a paraplegic", "an epileptic") and disability slurs.',
    why:
      'The source text asks every interaction to carry respect and to treat the person, not the problem. Turning a condition into a name ("the paraplegic in bay 2") makes the diagnosis the whole person, and some words are slurs with no clinical use at all. Style guides from the AMA, APA and CDC recommend naming the person first unless the person prefers identity-first language, which Rapport lets each note record.',
    prefer: '"person with paraplegia", "people with disabilities" or "disabled people", "person with epilepsy", "accessible parking", "intellectual disability".',
    exceptions: [
      'Diagnostic compounds: "spastic diplegia", "spasticity", "psychomotor retardation", "growth retardation", "epileptic seizure", "hemiplegic gait".',
      '"Amputee clinic", "amputee gait training" and other service names.',
      'Terms the person uses for themself, listed in front matter as `patient-identifies-as`, and identity-first preference for "amputee".',
      '"The Deaf community" (capital D refers to a culture).',
    ],
    sources: ['S14', 'S15', 'S16', 'S17a', 'S17b', 'S35'],
  },
  examples: {
    flagged: [
      '{{The aphasic}} in room 12 needs SLP. => The person with aphasia in room 12 needs SLP.',
      { text: 'I set up {{the 24-year-old quadriplegic\'s}} new joystick mount.', mode: 'reflection' },
      'Met {{the 24-year-old quadriplegic}} in clinic today.',
      '{{Quad pt}} in 6 needs a tilt-in-space chair.',
      "{{Paraplegic}} presents with a sacral wound.",
      "{{Epileptic}} found down in the lobby, post-ictal.",
      "{{Hemiplegic}} referred for a wheelchair assessment.",
      'Pt is {{a vegetable}} since the anoxic injury.',
      'Cares for her {{invalid mother}} at home.',
      '{{Quads}} on our unit need q2h turns overnight.',
      'Services for {{the disabled}} are on the ground floor. => Services for people with disabilities are on the ground floor.',
      'Parked in the {{handicapped parking}} by the gym. => Parked in the accessible parking by the gym.',
      'Pt is {{a paraplegic}} following a T10 injury. => Pt is a person with paraplegia following a T10 injury.',
      { text: 'I met {{a young paraplegic}} at the adaptive climbing wall. => I met a young person with paraplegia at the adaptive climbing wall.', mode: 'reflection' },
      '{{An epileptic}} on the ward had a seizure at 0300. => A person with epilepsy on the ward had a seizure at 0300.',
      'Another student called him {{retarded}} in class.',
      '{{The blind}} need tactile cues on the stairs. => People who are blind need tactile cues on the stairs.',
      'Pt is {{a C6 quadriplegic}} since the dive. => Pt is a person with C6 quadriplegia since the dive.',
      'New referral: {{paraplegic student}} from the engineering school. => New referral: student with paraplegia from the engineering school.',
      'Support group for {{amputees}} meets monthly. => Support group for people with amputations meets monthly.',
      'History of {{mental retardation}} per the old chart. => History of intellectual disability per the old chart.',
      '{{Paraplegic}} in room 14 needs a new cushion.',
      '{{Quadriplegic}} since a diving injury in 2009, here for a seating review.',
      '{{Known epileptic}} found seizing at the bus depot. => Person with known epilepsy found seizing at the bus depot.',
      '{{Lame}} in the L leg since childhood polio.',
      'A {{spastic}} child in the waiting room.',
    ],
    clean: [
      'Golf handicap 6, plays 4x/wk.',
      'Aphasic, R hemiparesis, NIHSS 14.',
      'Pt remains globally aphasic; aphasic errors noted in naming.',
      'G3 para 2, 38 wk, in early labour.',
      'DHI 48/100, moderate handicap range; Dizziness Handicap Inventory repeated at discharge.',
      "Hemiplegic gait noted with circumduction.",
      "Epileptic activity seen on EEG.",
      "Hemiplegic migraine presents with aura.",
      { text: "My CI pointed out that \"the disabled\" lumps people together.", mode: 'reflection' },
      'She eats a vegetable with every meal.',
      'Is a vegetable part of every meal?',
      'Quads 4/5 bilaterally; quad sets x10 on the left.',
      'Invalid trial; test repeated after rest.',
      'The catheter was advanced to the blind end of the right superior vena cava.',
      'Spastic diplegia with increased tone at both ankles.',
      'Psychomotor retardation noted on mental status exam.',
      'Speech slow and psychomotor retarded on exam.',
      'He is paraplegic after the T10 injury.',
      'The resident found the patient to be truly quadriplegic.',
      'Right hemiplegic gait with circumduction.',
      'Pt had an epileptic seizure lasting 2 minutes.',
      'Referred to the amputee clinic for socket review.',
      'She is active in the Deaf community and uses ASL.',
      { text: 'He is a proud amputee and coaches sitting volleyball.', options: { identifiesAs: ['amputee'] } },
    ],
  },
});
