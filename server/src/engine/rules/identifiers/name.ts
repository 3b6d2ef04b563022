/**
 * phi.name — personal names: after an honorific, after "named"/"called", with an initial, or set off
 * after a role ("his caregiver, Samuel,").
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY } from './patterns.ts';

/** One or two words for the name; the personalName condition checks that they are a name's shape. */
const NAME = '[ #word #cap? ]';
/** The writer's own teachers: named as such, a colleague in the student's learning, not someone written about. */
const EDUCATOR = 'clinical? ci|cis|preceptor|supervisor|instructor|educator|mentor|tutor|lecturer|professor|teacher|attending|facilitator';
/** Verbs of meeting and treating someone: what follows is a person. */
const VISIT_CUE = 'saw|met|treated|evaluated|assessed|visited|greeted|worked_with|shadowed|interviewed';
/** Words before a first name and initial that make it a person ("saw Jake T."), not a label ("Exercise A."). */
/** The verbs of VISIT_CUE that take only a person; one shadows or visits a unit ("shadowed Inpatient today"). */
const MET_CUE = 'saw|met|treated|evaluated|assessed|greeted|interviewed';
const PERSON_CUE = 'calling|call|looked_after|look_after|looking_after|cared_for|nursed|supported|shadowed|reviewed|gave|give|added|add|followed|messaged|texted|rang|phoned|friended|from|about|saw|see|seen|met|meet|treated|treating|worked_with|with|named|followed|accompanied|helped|transported|discharged|admitted|coached|examined|interviewed|thanked|patient|pt|client|resident|caregiver|carer|aide|and|called|evaluated|assessed|visited|greeted|asked|told|by|mother|father|mom|dad|brother|sister|son|daughter|wife|husband|partner|friend|roommate|employer|boss ,?';

/** A first name with an initial ('Jake T.'). */
const INITIAL_MESSAGE = `A first name with an initial still identifies the person. ${DEIDENTIFY} Use a role or a generalised description instead ("the patient", "a university student in his twenties").`;

export default defineRule({
  id: 'phi.name',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  message: `This is a personal name. ${DEIDENTIFY} Use a role or a generalised description instead ("the patient", "a university student in his twenties").`,
  defaults: { suggest: ['[name removed]'], fix: 'suggest', when: ['personalName'] },
  terms: [
    { match: '=Mr|=Mrs|=Ms|=Mx|=Miss|=Mister .? #word #cap?' },
    // A rank or a calling used as the title ("Sergeant Miller", "Pastor Reyes"); on its own ("call him Sergeant") it is
    // no name. "Major", "Private" and "Lt" are left out: "Major Depressive Disorder", "Private Room", "Lt knee".
    { match: '=Sergeant|=Sgt|=Captain|=Colonel|=Lieutenant|=Corporal|=Cpl|=Officer|=Coach|=Pastor|=Rabbi|=Reverend .? [ #cap ]' },
    // A clinician's name identifies the site; in a clinical note it is ordinary.
    {
      match: '=Dr .? #word #cap?',
      unless: ['clinicalMode'],
      // An author named for their published work ("Dr. Paul Brand's book on pain") identifies no site or patient.
      // An author cited for what they wrote ("As Dr. Atul Gawande writes about checklists") likewise.
      notAfter: [
        "'s|’s? book/n|article/n|paper/n|textbook/n|chapter/n|study|studies|research|lecture/n|podcast/n|model/n|theory|theories",
        'writes|wrote|argues|argued|describes|described|puts_it|put_it|observes|observed|suggests|suggested|reminds_us|tells_us|points_out|pointed_out',
        `, my|our ${EDUCATOR} ,`,
      ],
      // The writer's own teacher, named as such ("My CI, Dr. Huang, showed me"), is a colleague in the student's
      // learning, not someone the reflection is about.
      notBefore: [`my|our ${EDUCATOR} ,?`, 'reading|read|reread|rereading|quoting|quoted|citing|cited'],
      severity: 'warning',
      suggest: ['the physician'],
      message: 'A clinician\'s name in a reflection identifies the site, and with it the patient. Use a role ("my clinical instructor", "the physician").',
    },
    {
      match: [
        `named|name_is|name_was|goes_by|nicknamed ${NAME}`,
        `call/v him|her|them|himself|herself|themself|themselves ${NAME}`,
        `=A|=a|=An|=an|=One|=one #word? @namedRole who_is? called ${NAME}`,
        `@namedRole , who_is? called ${NAME}`,
        // One or two words: "his caregiver, Samuel,", "her employer, Acme Plumbing,".
        `@namedRole , [ #word #cap? ] ,`,
        // A name right after a possessive role, without commas: "her son Teo", "my patient Marisol", "whose husband Bert".
        `his|her|their|my|our|whose @namedRole [ #word ]`,
        // The same after another person's possessive name: "Mr. Haddad's wife Leila", "Ana's son Teo".
        // (the possessive is one token with its name).
        `#cap husband|wife|son|daughter|mother|father|mom|dad|sister|brother|partner|boyfriend|girlfriend|caregiver|carer|aide|friend|roommate|neighbor|neighbour|grandson|granddaughter|niece|nephew [ #cap ]`,
      ],
    },
    // A family title with a first name: "Aunt Bea", "Grandpa Joe", "Nana Rose" (not "aunt" in lower case, "Uncle Sam's").
    // And a baby's first name after "baby": "I visited baby Maya R. and her mum".
    { match: '=Aunt|=Auntie|=Uncle|=Grandma|=Grandpa|=Granny|=Nana|=Papa|=Cousin|=baby|=Baby [ #cap ]' },
    // A first name (and surname) opening the sentence, set off by an appositive that says who they are: "Jamal, our
    // 19-year-old with the gunshot wound, …", "Sam Oduya, the 20-year-old engineering student, …".
    {
      match: '[ #cap #cap? ] , a|an|the|my|our|his|her|their #word? #num|@namedRole|@person|young|older|retired|university|college',
      when: ['personalName', 'opensSentence', 'notRoleWord'],
      // A sentence adverb set off the same way is no name ("Overall, a 20-year-old …", "Initially, the patient …").
      unless: ['sentenceAdverb'],
    },
    // A name after a person cue and before an appositive that says who they are: "worked with Priya, a 20-year-old
    // student", "met Daniel, my first patient". Two capitalised words alone ("observed Physical Therapy") are not enough.
    // A relative clause about a person says the same: "met Dolores, whose husband drives her", "saw Ray, who lives alone".
    // Or one capitalised word met with their own people or on a day: "met Dolores and her husband", "saw Ray today".
    {
      match: [
        `${VISIT_CUE} [ #cap #cap? ] , a|an|my|our|his|her|their #word? #num|@namedRole|@person|young|older|retired|university|college`,
        `${VISIT_CUE} [ #cap #cap? ] , who|whose`,
        `${MET_CUE} [ #cap ] and|with his|her|their`,
        `${MET_CUE} [ #cap ] today|yesterday|again|this_morning|this_afternoon|for_the_first_time`,
      ],
    },
    // A first name opening the sentence, set off by the role it holds: "Bert, her husband, drove her."
    { match: '[ #cap ] , his|her|their|my|our @namedRole ,', when: ['personalName', 'opensSentence', 'notRoleWord'] },
    // A first name opening the sentence with the person's own family after it: "Gloria's husband drove her in".
    {
      match: "[ #cap ] husband|wife|son|daughter|mother|father|mom|dad|sister|brother|partner|boyfriend|girlfriend|grandson|granddaughter|niece|nephew|fiance|fiancé|fiancee|caregiver|carer|aide|friend|roommate|neighbor|neighbour|employer|boss|aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa",
      when: ['personalName', 'opensSentence', 'notRoleWord'],
    },
    // A first name after working or talking with someone, before what it was about: "I worked with Tom on his gait".
    {
      match: 'worked_with|walked_with|spoke_with|talked_with|sat_with|chatted_with [ #cap ] on|about|during|while|until|after|before',
    },
    // A first name opening the sentence, before a verb only a person does: "Marisol came in with her son".
    { match: '[ #cap ] @personVerb', when: ['personalName', 'opensSentence', 'notRoleWord'] },
    // "Jake T.", with a person cue before it or an age after it.
    {
      match: '#word #upper .',
      before: [PERSON_CUE],
      notAfter: ['+#word|#num'],
      message: INITIAL_MESSAGE,
    },
    // "Jonah K. taught me how to fold his chair", "Jonah R. was 22": a first name and initial opening the sentence, before
    // a verb in lower case that only a person does, or a copula or auxiliary ("Vitamin D. was low" fails the name's shape;
    // "Hepatitis B. Told pt" the case).
    {
      match: '[ #cap #upper . ] =claimed|=claims|=denied|=denies|=reported|=reports|=stated|=states|=failed|=missed|=rang|=called|=texted|=messaged|=taught|=showed|=asked|=explained|=said|=told|=tells|=helped|=reminded|=gave|=came|=drove|=smiled|=laughed|=cried|=joked|=waved|=lives|=works|=wants|=wanted|=hopes|=loves|=enjoys|=insisted|=refused|=agreed|=admitted|=shared|=introduced|=thanked|=invited|=greeted|=was|=is|=had|=has|=would|=will|=could|=did|=kept|=needed|=started|=began|=seemed|=became',
      when: ['personalName', 'opensSentence'],
      message: INITIAL_MESSAGE,
    },
    // After "for", "of" or "to", a first name that is a name and its initial: "the seating quote for Dani R.".
    {
      match: '[ #cap #upper . ]',
      before: ['for|of|to|from|with'],
      when: ['personalName'],
      notAfter: ['+#word|#num'],
      message: INITIAL_MESSAGE,
    },
    // Opening the sentence with the details that follow a person: "Kayla M., DOB 2/9/2003, told me …", "Jonah R., 22, …".
    {
      match: '[ #cap #upper . ] , dob|d.o.b|age|aged|#int|who|a|an|my|our',
      when: ['personalName', 'opensSentence'],
      message: INITIAL_MESSAGE,
    },
    {
      match: '#word #upper .',
      after: [',? (? #int'],
      notAfter: ['+#word|#num'],
      message: INITIAL_MESSAGE,
    },
  ],
  docs: {
    summary: 'Personal names of the patient, relatives, caregivers or employers: an honorific with a name ("Mr. Patel"), "named Jake", a first name with an initial ("Jake T."), or a name set off by commas after "my patient," or "his caregiver,".',
    why:
      'Names are the first identifier on the Safe Harbor list, and it covers relatives, employers and household members as well as the patient: Naren\'s volunteer caregiver counts. A reflection is for learning from the encounter; it can be written about "a university student in his twenties" without naming anyone.',
    prefer: 'Describe the person by their role and a generalised profile: "the patient", "a university student in his twenties", "his caregiver".',
    exceptions: [
      'An honorific alone ("Mr." or "Ms." without a name), and "MS" for multiple sclerosis.',
      'Placeholder initials ("Mr. X"), "Vitamin D.", "Grade A." and similar letter labels.',
      'A clinician\'s name after "Dr." is not reported in clinical mode (it is not the patient\'s identifier); in a reflection it is reported as a warning because it identifies the site.',
    ],
    sources: ['S31', 'S38', 'seed'],
  },
  examples: {
    flagged: [
      { text: '{{Jorge R.}} claimed he had been walking daily.', mode: 'reflection' },
      { text: 'I gave {{Sam T.}} my work email by mistake.', mode: 'reflection' },
      { text: '{{Leah M.}} failed to attend twice.', mode: 'reflection' },
      { text: 'I visited baby {{Maya}} and her mum with the health visitor.', mode: 'reflection' },
      { text: 'I worked with Sergeant {{Miller}} today.', mode: 'reflection' },
      { text: 'The PT let me read the seating quote for {{Dani R.}} yesterday.', mode: 'reflection' },
      { text: '{{Kayla M.}}, DOB 2/9/2003, told me about her new chair.', mode: 'reflection' },
      { text: '{{Maya L.}} was 19 when she had her first seizure.', mode: 'reflection' },
      { text: 'I accompanied {{Tomas R.}} to radiology and waited with him.', mode: 'reflection' },
      { text: '{{Jonah K.}} taught me how to fold his tilt-in-space chair. => [name removed] taught me how to fold his tilt-in-space chair.', mode: 'reflection' },
      { text: 'Today I worked with {{Mr. Patel}} on transfers. => Today I worked with [name removed] on transfers.', mode: 'reflection' },
      { text: "{{Mrs. O'Neil}} brought her son to the session. => [name removed] brought her son to the session.", mode: 'reflection' },
      { text: 'A student named {{Jake}} was my first patient. => A student named [name removed] was my first patient.', mode: 'reflection' },
      { text: 'I saw {{Jake T.}}, 20, in clinic this morning. => I saw [name removed], 20, in clinic this morning.', mode: 'reflection' },
      { text: 'A student named {{Tomás}} joined the group; I also met {{Zoë K.}} there. => A student named [name removed] joined the group; I also met [name removed] there.', mode: 'reflection' },
      { text: 'He asked me to call him {{Jake}}. => He asked me to call him [name removed].', mode: 'reflection' },
      { text: 'A student called {{Marisol}} was my first patient of the day. => A student called [name removed] was my first patient of the day.', mode: 'reflection' },
      { text: "{{Mr. Okafor's}} son drove him to the session.", mode: 'reflection' },
      { text: 'His caregiver, {{Samuel}}, helps with mornings. => His caregiver, [name removed], helps with mornings.', mode: 'reflection' },
      { text: 'She came in with her son {{Teo}}, who drives her. => She came in with her son [name removed], who drives her.', mode: 'reflection' },
      { text: '{{Marisol}} came in with her son {{Teo}}, who drives her to every visit.', mode: 'reflection' },
      { text: 'I worked with {{Priya}}, a 20-year-old student, on transfers.', mode: 'reflection' },
      { text: 'Today I met {{Daniel}}, my first patient of the day.', mode: 'reflection' },
      { text: 'Today I met {{Dolores}}, whose husband {{Bert}} drives her to every visit.', mode: 'reflection' },
      { text: 'I met {{Rosa}} and her daughter in the gym; I saw {{Ray}} again on Friday.', mode: 'reflection' },
      { text: '{{Bert}}, her husband, drove her; her grandson {{Luis}} visits on weekends.', mode: 'reflection' },
      { text: '{{Dr. Alvarez}} supervised my first evaluation. => The physician supervised my first evaluation.', mode: 'reflection' },
      { text: 'The surgeon, {{Dr. Haddad}}, told the family the news.', mode: 'reflection' },
      { text: "{{Gloria's}} husband drove her in; I worked with {{Tom}} on his gait.", mode: 'reflection' },
      { text: 'Her employer, {{Acme Plumbing}}, called; his caregiver, {{Samuel Ortiz}}, helps with mornings.', mode: 'reflection' },
      { text: '{{Gloria}} told me she was scared of falling.', mode: 'reflection' },
      { text: "Ana's son {{Teo}} drove her in and stayed for the session.", mode: 'reflection' },
      { text: "Mr. Ruiz's daughter {{Marta}} asked about the ramp.", mode: 'reflection' },
      { text: 'Grandpa {{Joe}}, as the unit calls him, walked 200 ft today.', mode: 'reflection' },
      { text: 'Uncle {{Ray}} drove her to the session.', mode: 'reflection' },
      { text: '{{Priya}}, our 24-year-old with the ACL graft, cleared the hop test.', mode: 'reflection' },
      { text: '{{Omar Haddad}}, the retired bus driver on my list, taught me about patience.', mode: 'reflection' },
      { text: '{{Lucia}}, a young mother of two, asked about lifting her toddler.', mode: 'reflection' },
      { text: "{{Rosa's}} caregiver drives her to every session.", mode: 'reflection' },
    ],
    clean: [
      { text: 'Urgh, the dad was on at me the whole shift.', mode: 'reflection' },
      { text: 'His son calls him Pops, but he prefers his first name.', mode: 'reflection' },
      { text: 'I kept calling him hon until he asked me to call him Sergeant.', mode: 'reflection' },
      { text: 'We aimed for Grade A. and the HEP of Level B.', mode: 'reflection' },
      { text: 'Exercise B. was skipped today.', mode: 'reflection' },
      { text: 'Vitamin D. was low on his labs. Exercise A. helped more than B.', mode: 'reflection' },
      { text: 'Hepatitis B. Told pt about the vaccine.', mode: 'reflection' },
      { text: 'Dx: MS; pt ambulates with forearm crutches.', mode: 'reflection' },
      { text: 'I called him Mr. and he said to use his first name.', mode: 'reflection' },
      { text: 'The patient called Monday to move her visit; her caregiver called Transport.', mode: 'reflection' },
      { text: 'Vitamin D. levels pending; Grade A. evidence for exercise.', mode: 'reflection' },
      { text: 'Exercise A. Step B. Phase II.', mode: 'reflection' },
      { text: 'Discussed with Dr. Alvarez; ortho follow-up in 2 weeks.', mode: 'clinical' },
      { text: 'The patient, a university student in his twenties, uses a power wheelchair.', mode: 'reflection' },
      { text: 'Mother came in with him; Transport arrived at noon. Nursing said he slept well.', mode: 'reflection' },
      { text: 'I observed Physical Therapy, a busy outpatient clinic, and met Student Health staff.', mode: 'reflection' },
      { text: 'I met her son at the door; my patient, in a wheelchair, was already seated.', mode: 'reflection' },
      { text: "I read Dr. Paul Brand's book on pain during my placement.", mode: 'reflection' },
      { text: 'As Dr. Atul Gawande writes about checklists, the pause before incision matters.', mode: 'reflection' },
      { text: 'My CI, Dr. Huang, showed me how to check the chest tube; my preceptor, Dr. Okafor, let me lead the meeting.', mode: 'reflection' },
      { text: 'My clinical instructor Dr. Huang watched my first transfer; Dr. Lee, my CI, reviewed my note.', mode: 'reflection' },
      { text: 'Reading Dr. Oliver Sacks taught me to listen.', mode: 'reflection' },
      { text: 'Mother, her main support, drives her. Transport, my first call, was late. Apparently, her husband was in.', mode: 'reflection' },
      { text: 'I saw Ortho today, shadowed Inpatient today and treated Spanish-speaking families with an interpreter.', mode: 'reflection' },
      { text: 'I observed Inpatient Rehab, which runs two gyms, and met the team, whose lead is an OT.', mode: 'reflection' },
      { text: "Parkinson's caregivers meet on Fridays; I worked with Ortho on the protocol. Nursing told me he slept.", mode: 'reflection' },
      { text: "Her brother drove her in. Mother's partner came too, and Today's visit ran long.", mode: 'reflection' },
      { text: 'Overall, a 20-year-old with a TBI does well on this protocol. Initially, the patient was anxious.', mode: 'reflection' },
      { text: 'Meanwhile, my patient waited. Physical Therapy, the first session, went well.', mode: 'reflection' },
      { text: "English, the patient's second language, slowed the consent; Spanish, her first language, was used with an interpreter.", mode: 'reflection' },
      { text: 'My aunt visited the ward too. I gave the Patient Education handout to her.', mode: 'reflection' },
    ],
  },
});
