/**
 * power.done-to — care described as done to the person rather than with them.
 */
import { defineRule } from '../define.ts';

/**
 * The person as the object: a pronoun, a patient noun, or a person named by age, role or condition after an article
 * ("worked on the athlete", "let me work on the T4 paraplegic").
 */
const PERSON = 'the|my|our|this|that|a|each? pt|patient|client|resident|student|him|them';
const NAMED_PERSON = 'the|my|our|this|that|a|each #any? @person|paraplegic|quadriplegic|tetraplegic|hemiplegic|amputee';
/** "her" is the person only where no noun follows ("on her calf" is a body part). */
const HER_ALONE = ['.|,|;|:|!|)|—|–|-|since|whilst|while|with|for|during|today|again|at|in|before|after|until|and|but|so|because|as|without|when|every|each|twice|once|x|#num|out|up|down|through|onto|into|to|back|over|off|too|as_well'];
/** Exercise equipment a person is "put on": "put him on the bike". */
const MACHINE = 'bike|treadmill|nustep|ube|machine|tilt_table|standing_frame|parallel_bars|stepper|elliptical|rower';
/** The writer as the one steering: "I", "we", "finally", "managed to". */
// "let us get him to stand": the person letting the team steer them is still the team steering.
// "Tried to", "had to" and the like only with the writer as their subject ("I had to roll him", "we were finally able to"):
// after anyone else ("when the aide tried to roll him") the writer is telling what someone else did.
const STEERING = ['=I|we just|then|simply|finally|eventually|basically?', '=I|we|finally|eventually', '=I|we #any{0,2} managed_to|able_to|trying_to|tried_to|had_to', 'let/v|lets us|me'];
/** "I stretched him", "ranged the patient": the person as the object of a technique. */
const TECHNIQUE = 'stretched|ranged|mobilized|mobilised|manipulated|massaged|worked_over';
/** What is made for patients, after "patient": "a new patient leaflet", "the patient survey". */
const PATIENT_DOCUMENT = 'leaflet|leaflets|handout|handouts|form|forms|list|education|pathway|information|survey|booklet|questionnaire|guide|record|records|notes|file|letter|letters|group|portal|journey|safety_plan';
/** "performed passive stretching on him": an intervention done on the person. */
// Up to five words before the intervention: "did the sit-to-stand training on him", "tried out my new mobilization technique on her".
// Exams and procedures count as much as exercises: "performed a full neuro exam on the patient", "let us practise IVs on her".
// Bedside care given to the body counts the same: "give the enema to him", "administered the suppository to her".
const PROCEDURE = 'flu_spray/n|flu_jab/n|flu_vaccine/n|vaccination/n|immunisation/n|immunization/n|ng_insertion|ngt_insertion|ng_tube|splinting|hand_splinting|foot_check/n|diabetic_foot_check/n|12-lead|twelve-lead|ecg|ekg|ves|ve|sweep|barium_swallow|modified_barium_swallow|mbs|vfss|fees|membrane_sweep|suturing|bimanual|bimanual_exam/n|speculum|speculum_exam/n|smear/n|pv_exam/n|vaginal_exam/n|internal_exam/n|depot|depot_injection/n|im_injection/n|acbt|pnf|nmes|fes|mld|cimt|chest_physio|chest_pt|percussion|postural_drainage|tap/n|ascitic_tap/n|paracentesis|drain/n|biopsy/n|scope/n|endoscopy|ogd|colonoscopy|debridement/n|sharp_debridement/n|cannulation/n|cannula/n|bloods|exam/n|examination/n|iv|ivs|iv_start/n|injection/n|shot/n|blood_draw/n|draw/n|venipuncture|stick/n|procedure/n|catheterization|cath|swab/n|suture/n|sutures|dressing_change/n|wound_care|trach_care|ng_placement|enema/n|suppository|suppositories|sponge_bath/n|catheter/n|foley|straight_cath|disimpaction|tube_feeding/n|oral_care|mouth_care|peri_care|peri-care|pericare|perineal_care|bed_bath/n|ng_tube/n|ngt|ng|og_tube/n|art_line/n|a-line/n|picc/n|lp/n|lumbar_puncture/n|abg/n|ekg/n|ecg/n|scale/n|scaling|full-mouth_scale/n|clean/n|cleaning/n|polish/n|extraction/n|filling/n|impression/n|impressions|fluoride_varnish|varnish|cannulation/n|cannula/n|bloods|blood_test/n|head-to-toe|head_to_toe|fingerprick/n|finger_prick/n|heel_prick/n|blood_glucose_check/n|assessment/n|berg|tug|mmt|swab/n|swabs|speculum_exam/n|wash/n|full_wash|bed_wash|bowel_regime/n|bowel_care|syringe_driver|set-up/n|setup/n|sit-to-stands|sit_to_stands|transfers|obs|observations|catheterisation|catheterization';
// A list of interventions ("did the ultrasound, the stretches and the ice on the patient") may run eight words to the last.
const DONE_ON = `do/v|perform/v|administer/v|practise/v|practice/v|try/v|try/v_out|test/v|test/v_out the|some|a|an|my? #any{0,8} @intervention|${PROCEDURE}|skills|technique/n|moves|handling|care|cares|stuff on|to`;
/** Where a person is put like a load: "put her in the shower chair", "plopped him into the recliner". */
const SEAT = 'bed|chair|wheelchair|shower_chair|commode|recliner|cardiac_chair|geri_chair|geri-chair|lift|hoyer|sling|car';
/** "gave the stretches to the patient": giving counts for an intervention, not a handout or a cane. */
const GIVEN = `give/v the|some|a|an|my? #any{0,3} @intervention|${PROCEDURE} to`;
/** "got him to the mat": a place, not a verb. */
const A_PLACE = 'the|a|an|his|her|their|my|our|bed|mat|chair|clinic|gym|car|room|class|school|work';

export default defineRule({
  id: 'power.done-to',
  family: 'power',
  severity: { clinical: 'off', reflection: 'hint' },
  message: '"{match}" describes care as something done to the person. Write them as a participant: "worked with Naren on …", "pt practised … with CGA", "together we …".',
  defaults: { fix: 'none' },
  terms: [
    // "I worked on the patient" → "I worked with the patient"
    // Not a document named for patients ("worked on a new patient leaflet").
    { match: `work/v on ${PERSON}`, suggest: ['$1 with $3 $4'], fix: 'suggest', notAfter: [PATIENT_DOCUMENT] },
    { match: 'work/v on her', suggest: ['$1 with her'], fix: 'suggest', after: HER_ALONE },
    { match: 'work/v on mr|mrs|ms|miss|mx .? #cap', fix: 'none' },
    // The person named by a noun: "I worked on a stroke victim for half an hour".
    { match: 'work/v on a|an|the|this|that|my #word{0,2} victim|man|woman|lady|gentleman|gent|guy|chap|girl|boy|lad|kid|resident', fix: 'none' },
    // The person's body as the object: "I worked on the patient's shoulder for most of the session", "worked on his
    // hamstrings". What is worked on as a skill ("worked on her balance", "on his shoulder ROM") is a goal.
    { match: "work/v on the|my|this|that? pt's|patient's|client's|resident's|his|her|their knee|knees|hip|hips|back|shoulder|shoulders|leg|legs|arm|arms|foot|feet|ankle|ankles|wrist|wrists|hand|hands|neck|elbow|elbows|spine|hamstring|hamstrings|quads|quadriceps|calf|calves|glutes|traps|pecs|scar|scars", after: [',|.|;|!|for|while|during|with|and|today|until|as|before|after|without|again|#num'], notBefore: ['we|together|she|he|they|pt|patient'] },
    { match: `work/v on ${NAMED_PERSON}`, suggest: ['$1 with $3 $4 $5'], fix: 'suggest', notAfter: ["'s|’s", PATIENT_DOCUMENT] },
    { match: [`${TECHNIQUE} ${PERSON}`, `${DONE_ON} ${PERSON}`, `${GIVEN} ${PERSON}`] },
    // The person named by a noun: "performed the throat swab on the girl", "did the flu sprays on the special-needs kids".
    { match: `${DONE_ON} the|this|that|each|all_the #any{0,3} girl|boy|kid|kids|child|children|lady|man|woman|gentleman|teenager|teen|toddler|baby|babies|pupil|pupils|student|students|residents|victim|lad|chap|guy|gent|patients` },
    // A second task joined to the first, its verb left out: "I did his obs and then the depot on him".
    { match: `and|then|and_then the|a|his|her #word? @intervention|${PROCEDURE} on ${PERSON}|her`, before: ['... did|do|performed|gave|administered'] },
    // The person by title and name: "I performed a full falls assessment on Mr Darby".
    { match: `${DONE_ON} mr|mrs|ms|miss|mx .? #cap` },
    { match: [`${TECHNIQUE} her`, `${DONE_ON} her`, `${GIVEN} her`], after: HER_ALONE },
    // "I put him on the bike", "put her through the whole circuit", "ran him through the balance course"
    { match: [`put/v|plop/v|plopped|stuck|sat ${PERSON}|her on|onto the|a ${MACHINE}`, `pop/v|popped|popping ${PERSON}|her in|into|on|onto the|a|his|her|their ${SEAT}`, `put/v|plop/v|plopped|stuck ${PERSON}|her in|into|on|onto the|a|his|her? ${SEAT}`, `put/v|run/v|ran|drag/v|dragged|push/v|pushed ${PERSON}|her through`, 'manhandle/v|manhandling'] },
    // "We got the patient up", "I transferred him to the chair", "strapped him into the standing frame": the person moved
    // like an object. Not "walked him through the HEP" (explaining) nor "sat with her" (no object).
    { match: `get/v|got ${PERSON}|her up|out_of_bed|oob|dressed|undressed|stripped|washed|washed_and_dressed|changed|cleaned|showered|bathed|toileted|into_bed|back_to_bed|onto`, before: STEERING },
    // "I got her into the car": into a seat or a device, not into a programme ("got him into the outpatient program").
    { match: `get/v|got ${PERSON}|her into the|a|his|her? ${SEAT}|shower|tub|bath|pool|standing_frame|stander|brace|harness|gown`, before: STEERING },
    // "We wheeled him down to the gym", "I walked her to the bathroom": steered like a chair; not "walked him through the HEP".
    { match: `wheel/v|walk/v ${PERSON}|her to|down|back|over|into|around`, before: STEERING },
    // The alliance's own contrast, said by the writer: "I spent the hour doing things to her instead of with her".
    { match: `do/v|doing|did things|stuff|everything to ${PERSON}|her`, after: ['instead_of|rather_than|not with|working_with|doing_with|doing_them_with|doing_things_with ...', '.|,|;|and|but|without|on_my_own|by_myself|myself|alone|single-handed|single-handedly|while|before'], when: ['reflection'] },
    // "I got to practise on him", "practised cannulating on her", "had a go on her": the person as practice material, with
    // or without the skill named; not "practised on the manikin" or "on each other".
    { match: [`practise/v|practice/v #word{0,2} on ${PERSON}`, `have/v|had a_go|a_try|a_turn on ${PERSON}`] },
    // A first attempt on "a real patient": "I practised my first catheter on a real patient today".
    { match: 'practise/v|practice/v #word{0,3} on a|the|my real|live|actual patient|pt|person|human|resident' },
    { match: ['practise/v|practice/v #word{0,2} on her', 'have/v|had a_go|a_try|a_turn on her'], after: HER_ALONE },
    // The same with the person named first: "I was handed a patient to practise cannulating on".
    { match: 'a|the|my|one|another patient|pt|resident|client to practise/v|practice/v #word{0,2} on', notAfter: ['#word|#num'] },
    // "I used him to practise goniometry": the person as practice material.
    { match: `use/v ${PERSON}|her as_a_guinea_pig|as_a_test_subject|as_practice|for_practice|to_practice|to_practise|to_try` },
    { match: `ambulate/v|transfer/v|reposition/v|roll/v|stood|sat|toilet/v|shower/v|bathe/v|fed ${PERSON}`, before: STEERING },
    { match: 'ambulate/v|transfer/v|reposition/v|roll/v|stood|sat|toilet/v|shower/v|bathe/v|fed her', before: STEERING, after: HER_ALONE },
    // Sat out in a chair like a load, in a run of the writer's own moves: "we mobilised him down the corridor and sat him out".
    { match: `sat|sit/v ${PERSON}|her out`, before: [...STEERING, '=I|we #any{1,10} and|then|and_then'] },
    // "We finally got Mrs. Kaur walking": the person by title and name, set going.
    { match: 'get/v|got mr|mrs|ms|miss|mx .? #cap walking|standing|moving|up|out_of_bed|mobilising|mobilizing', before: STEERING },
    // Not "hoisted him into the chair": a hoist is the safe way to move someone, and UK notes say so plainly.
    { match: `strap/v|buckle/v|belt/v|tie/v|harness/v|winch/v|package/v|packaged ${PERSON}|her into|in|to|onto|on` },
    // Held still for a procedure: "we would just hold him down for the cannula", "we pinned her arms".
    { match: [`hold/v|held|holding ${PERSON}|her down`, 'pin/v|pinned|pinning his|her|their arms|legs|head|hands|shoulders|wrists', `pin/v|pinned|pinning ${PERSON}|her down`], before: ['... =I|we|mentor|nurse|staff|they'] },
    // Left somewhere like a chair: "parked him by the window while we did the paperwork".
    { match: `[ park/v|parked|dump/v|dumped ${PERSON}|her ] by|in|at|next_to|in_front_of|outside|near the|a|his|her`, before: ['... =I|we', '=I|we #any{1,10} and|then|and_then'] },
    // Put back like a load: "We popped her back into bed and tucked her in", "plonked him in front of the telly".
    { match: `[ pop/v|popped|popping|plonk/v|plonked|plop/v|plopped|bundle/v|bundled|shove/v|shoved ${PERSON}|her back? in|into|onto|on|in_front_of ]`, before: ['... =I|we'] },
        // "I talked him into two more sets", "convinced her to do the stairs": persuasion in place of a choice.
    {
      match: [`talk/v|sweet-talk/v|coax/v|cajole/v|convince/v|persuade/v|push/v|pushed|pressure/v|pressured ${PERSON}|her into`, `coax/v|cajole/v|convince/v|persuade/v|sweet-talk/v ${PERSON}|her to`],
      message: '"{match}" describes steering the person rather than working with them. Say what you offered and what they chose to do.',
      before: STEERING,
    },
    // The person by title and name: "The paramedic and I got Mr Farouk to swallow the aspirin".
    { match: 'get/v|got mr|mrs|ms|miss|mx .? #cap to', message: '"{match}" describes steering the person rather than working with them. Say what you offered and what they chose to do.', before: ['=I|we|finally|eventually|managed_to|able_to|trying_to|tried_to'], notAfter: [A_PLACE] },
    // Note style leaves the writer out: "Got him to do his laps finally lol".
    { match: 'got|get him|her|them to', message: '"{match}" describes steering the person rather than working with them. Say what you offered and what they chose to do.', when: ['opensSentence'], notAfter: [A_PLACE] },
    // "We got him to do ten more reps"
    {
      match: `get/v ${PERSON}|her to`,
      message: '"{match}" describes steering the person rather than working with them. Say what you offered and what they chose to do.',
      // "Great job getting him to do his stairs": the steering praised.
      // A second verb of the writer's own sentence counts too: "We did the ACBT … and then got him to walk".
      before: ['=I|we|finally|eventually|managed_to|able_to|trying_to|tried_to|job|work', 'let/v|lets us|me', '=I|we #any{1,10} and|then|and_then'],
      notAfter: [A_PLACE],
    },
  ],
  docs: {
    summary: 'Care described as done to the person ("worked on the patient", "we got him to", "performed stretching on him").',
    why:
      'The source text says it directly: patient care is not something a clinician does to a patient but with a patient. How we write about a session shapes how we think about it; a student who writes "I worked on the patient" is describing a body being treated rather than a person taking part. This is a principle-based style check with no direct empirical study behind it, so it is off in clinical notes and a hint in reflections.',
    prefer: '"Worked with Naren on sliding-board transfers", "Naren did ten more reps; we counted them together", "pt practised floor recovery with CGA".',
    exceptions: [
      'Interventions aimed at a body part: "applied ultrasound to the R gastrocnemius", "mobilization to C5-6", "STM on her calf".',
      'Giving information or items: "gave the handout to the patient".',
    ],
    sources: ['seed', 'S30'],
  },
  examples: {
    flagged: [
      { text: 'Yesterday I {{worked on a stroke victim}} for half an hour on her balance.', mode: 'reflection' },
      { text: 'I {{did the flu sprays on the special-needs kids}} in the afternoon.', mode: 'reflection' },
      { text: 'The OT and I {{performed the hand splinting on him}} while he was still half asleep.', mode: 'reflection' },
      { text: 'I {{did my first VE on her}} while my mentor watched.', mode: 'reflection' },
      { text: 'I {{performed the throat swab on the girl}} while my mentor watched.', mode: 'reflection' },
      { text: 'We {{performed the bed bath on the poor stroke victim}} while she was still half asleep.', mode: 'reflection' },
      { text: 'We {{performed a modified barium swallow on her}} before she had woken up properly.', mode: 'reflection' },
      { text: 'I {{practised my first catheter on a real patient}} today and it went fine.', mode: 'reflection' },
      { text: 'My mentor let me {{do a 12-lead on him}} while the crew handed over.', mode: 'reflection' },
      { text: '{{Got him to}} do his laps finally.', mode: 'reflection' },
      { text: 'After lunch we {{sat him out}} by the window.', mode: 'reflection' },
      { text: 'We finally {{got Mrs. Kaur walking}} to the bathroom with the frame.', mode: 'reflection' },
      { text: 'I {{worked on the patient\'s shoulder}} for most of the session while my CI watched.', mode: 'reflection' },
      { text: 'We {{popped her back into}} bed and tucked her in.', mode: 'reflection' },
      { text: 'We {{pushed him into}} one more set.', mode: 'reflection' },
      { text: 'We {{popped her in her chair}} and off she went.', mode: 'reflection' },
      { text: 'I {{performed a speculum exam on her}} with my mentor.', mode: 'reflection' },
      { text: 'We {{got him undressed}} before the doctor came in.', mode: 'reflection' },
      { text: 'We {{held her down}} for the bloods.', mode: 'reflection' },
      { text: 'The nurse and I {{pinned his arms}} for the jab.', mode: 'reflection' },
      { text: 'We {{packaged him onto}} the scoop and into the ambulance.', mode: 'reflection' },
      { text: 'On my first day I {{practised my cannulation on her}}.', mode: 'reflection' },
      { text: 'Finally I {{got Mrs Obi to}} take the tablets.', mode: 'reflection' },
      { text: 'I {{did her obs and then the depot on her}} before lunch.', mode: 'reflection' },
      { text: 'I {{did the transfer training on Mrs Lee}} before lunch.', mode: 'reflection' },
      { text: 'We {{parked him}} by the nurses\' station while we did the handover.', mode: 'reflection' },
      { text: 'I {{did the PNF on her}} while the CI watched.', mode: 'reflection' },
      { text: 'We checked his sats and then {{got him to}} do the stairs.', mode: 'reflection' },
      { text: 'On my first day I {{performed an ascitic tap on him}} under supervision.', mode: 'reflection' },
      { text: 'I {{got her washed and dressed}} before breakfast.', mode: 'reflection' },
      { text: 'I {{did a full wash on him}} before his family arrived.', mode: 'reflection' },
      { text: 'In the afternoon we {{performed a bowel regime on the patient}} in the bungalow.', mode: 'reflection' },
      { text: 'My mentor let me {{practise my first syringe driver set-up on her}}.', mode: 'reflection' },
      { text: 'I {{performed the fingerprick on him}} before he had even sat down.', mode: 'reflection' },
      { text: 'I {{did the Berg on her}} while my educator watched.', mode: 'reflection' },
      { text: 'I {{performed a full-mouth scale on her}} while the nurse held her hands.', mode: 'reflection' },
      { text: 'Honestly I spent most of the hour {{doing things to her}} instead of with her.', mode: 'reflection' },
      { text: 'I {{did the foot care on him}} while he just sat there.', mode: 'reflection' },
      { text: 'I got to {{work on the new amputee}} in the afternoon block. => I got to work with the new amputee in the afternoon block.', mode: 'reflection' },
      { text: 'She {{performed myofascial release on her}} while I watched.', mode: 'reflection' },
      { text: 'My CI let me {{do the ABG on her}} before rounds.', mode: 'reflection' },
      { text: 'I {{performed passive ranging on him}} before the transfer.', mode: 'reflection' },
      { text: 'At 0200 I {{did peri care on her}} with the aide.', mode: 'reflection' },
      { text: 'My CI had me {{perform chest physio on her}} before lunch.', mode: 'reflection' },
      { text: "I {{did my first blood draw on him}} while his wife watched.", mode: 'reflection' },
      { text: "My CI let me {{try an IV start on her}}.", mode: 'reflection' },
      { text: "We {{practised a dressing change on the patient}} before rounds.", mode: 'reflection' },
      { text: "He let me {{get him up}} to the chair.", mode: 'reflection' },
      { text: "She let us {{get her to}} walk to the window.", mode: 'reflection' },
      { text: 'I {{performed passive stretching on him}} while he scrolled on his phone.', mode: 'reflection' },
      { text: 'I {{did grade III mobs on her}} while she answered emails.', mode: 'reflection' },
      { text: 'We {{got him to}} do ten more reps by counting loudly.', mode: 'reflection' },
      { text: 'I {{worked on the patient}} for the full hour. => I worked with the patient for the full hour.', mode: 'reflection' },
      { text: 'My CI let me {{do the transfer training on her}}.', mode: 'reflection' },
      { text: 'I {{gave the stretches to the patient}} while he stayed in his chair.', mode: 'reflection' },
      { text: 'I {{worked on her}} for the full hour. => I worked with her for the full hour.', mode: 'reflection' },
      { text: 'I {{stretched him}} before the transfer.', mode: 'reflection' },
      { text: 'I {{stretched her}} out for ten minutes.', mode: 'reflection' },
      { text: 'I {{put him on the bike}} for twenty minutes.', mode: 'reflection' },
      { text: 'We {{ran him through}} the balance circuit.', mode: 'reflection' },
      { text: 'I {{talked him into}} doing two more sets.', mode: 'reflection' },
      { text: 'I {{convinced her to}} do the stairs even though she was scared.', mode: 'reflection' },
      { text: 'I {{practiced my manual skills on her}}.', mode: 'reflection' },
      { text: 'We {{got the patient up}} and walked him to the window.', mode: 'reflection' },
      { text: 'I {{transferred him}} to the mat with a gait belt.', mode: 'reflection' },
      { text: 'We {{strapped her into}} the tilt table for 20 minutes.', mode: 'reflection' },
      { text: 'I {{practised my goniometry on the patient}} before the session.', mode: 'reflection' },
      { text: 'We {{did the sit-to-stand training on him}} before lunch.', mode: 'reflection' },
      { text: 'We {{put her in the shower chair}} and wheeled her in.', mode: 'reflection' },
      { text: 'I {{used him to practise}} goniometry.', mode: 'reflection' },
      { text: 'I finally got to {{practise on him}} for my sign-off.', mode: 'reflection' },
      { text: 'The registrar examined her first, then I {{had a go on her}} too.', mode: 'reflection' },
      { text: 'On my first day I was handed {{a patient to practise cannulating on}}.', mode: 'reflection' },
      { text: 'I {{wheeled him down}} to the gym.', mode: 'reflection' },
      { text: 'My CI said nice job {{getting her to}} try the stairs.', mode: 'reflection' },
      { text: 'I {{did the bed bath on him}} before his family arrived.', mode: 'reflection' },
      { text: 'My CI let me {{practise trach suctioning on her}}.', mode: 'reflection' },
      { text: 'My preceptor let me {{give the suppository to him}} on my own.', mode: 'reflection' },
      { text: 'I {{administered my first enema to the patient}} with the nurse watching.', mode: 'reflection' },
      { text: 'We {{did the heat, the e-stim and the stretching on him}} before lunch.', mode: 'reflection' },
      { text: 'I {{performed the MMT, goniometry and the special tests on the patient}} in one go.', mode: 'reflection' },
    ],
    clean: [
      { text: 'I worked on a new patient leaflet with the OT this afternoon.', mode: 'reflection' },
      { text: 'We worked on her balance and her shoulder ROM together.', mode: 'reflection' },
      { text: 'Together we worked on his shoulder, and he chose the exercises.', mode: 'reflection' },
      { text: 'We hoisted him into the tilt-in-space chair with two staff.', mode: 'reflection' },
      { text: 'We did everything to protect her knee after the fall.', mode: 'reflection' },
      { text: 'I worked on the athlete\'s return-to-run plan with him.', mode: 'reflection' },
      { text: "We practised IV starts on each other in lab.", mode: 'reflection' },
      { text: 'He cried out when the night aide tried to reposition him, and I did not know what to say.', mode: 'reflection' },
      { text: "I performed the wound care on her left heel.", mode: 'reflection' },
      { text: "I performed the knee exam on the patient's left leg.", mode: 'reflection' },
      { text: "Let me get him a blanket.", mode: 'reflection' },
      { text: "She let us know how to get her to the clinic.", mode: 'reflection' },
      { text: 'Applied ultrasound to the R gastrocnemius, 1 MHz, 1.0 W/cm2, 8 min.', mode: 'reflection' },
      { text: 'Worked with pt on sliding-board transfers to the mat, 5 reps with SBA.', mode: 'reflection' },
      { text: 'I performed soft-tissue mobilization on her calf.', mode: 'reflection' },
      { text: 'I gave the HEP handout to the patient.', mode: 'reflection' },
      { text: 'I did not say that to him.', mode: 'reflection' },
      { text: 'We got him to the mat with SBA.', mode: 'reflection' },
      { text: 'I walked him through the HEP step by step.', mode: 'reflection' },
      { text: 'I got him a glass of water.', mode: 'reflection' },
      { text: 'I got her on the phone after clinic.', mode: 'reflection' },
      { text: 'Together we adjusted the joystick sensitivity for the narrow corridors.', mode: 'reflection' },
      { text: 'I put her walker next to the bed.', mode: 'reflection' },
      { text: 'I got him into the outpatient program.', mode: 'reflection' },
      { text: 'I walked her through the new exercises.', mode: 'reflection' },
      { text: 'She convinced me to try the cane first.', mode: 'reflection' },
      { text: 'He asked us to get him up for the football game.', mode: 'reflection' },
      { text: 'Her job getting to the clinic is hard without a car.', mode: 'reflection' },
      { text: 'I did the bed bath with him, and he washed his own face and arms.', mode: 'reflection' },
      { text: 'I performed suctioning on his trach with the RT present.', mode: 'reflection' },
      { text: 'We practised suctioning on the manikin in the sim lab.', mode: 'reflection' },
      { text: 'We practised cannulating on each other and then on the arm model.', mode: 'reflection' },
      { text: 'He had a go on the exercise bike while I watched his knee.', mode: 'reflection' },
      { text: 'She asked for a patient leaflet to practise her English on.', mode: 'reflection' },
      { text: 'I gave the enema kit to his wife and showed her how to use it.', mode: 'reflection' },
      { text: 'I explained the enema to him before the nurse gave it.', mode: 'reflection' },
      { text: 'We did the heat, the e-stim and the stretching on his left calf.', mode: 'reflection' },
      { text: 'He did the ultrasound, the stretches and the ice on his own at home.', mode: 'reflection' },
      { text: 'She gave herself the injection while I watched.', mode: 'reflection' },
    ],
  },
});
