/**
 * cond.case-synecdoche — people reduced to a diagnosis, a joint, a bed or "a case".
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';
import { AGE } from './shared.ts';
import { asPerson } from '../as-person.ts';

/** Diagnoses a person has: "an ALS case" → "a patient with ALS". */
const CONDITION = 'duchenne|duchenne\'s|duchennes|becker|becker\'s|chlamydia|gonorrhoea|gonorrhea|syphilis|herpes|jia|eds|heds|hypermobile|tb|tuberculosis|urosepsis|chest_sepsis|neutropenic_sepsis|ectopic|hyperemesis|pre-eclampsia|preeclampsia|pph|mmc|pancreatic|colorectal|oesophageal|esophageal|ovarian|lung_ca|lung_cancer|lung_mets|bone_mets|brain_mets|liver_mets|mets|myeloma|dfu|bpd|eupd|abi|mnd|tacs|pacs|lacs|pocs|mca|lmca|rmca|aca|pca|hie|sa|assault|sexual_assault|dv|ipv|ald|arld|hcc|hcv|nash|nafld|bronchiolitis|croup|rsv|amd|macular_degeneration|glaucoma|hemianopia|prader-willi|pws|rett|fragile_x|angelman|down_syndrome|trisomy_21|guillain-barre|guillain_barre|crps|fibromyalgia|lupus|sle|hiv|huntington\'s|huntington|myasthenia|cidp|ards|sickle_cell|cystic_fibrosis|polio|post-polio|dmd|bmd|sma|fshd|cmt|mg|hd|muscular_dystrophy|spina_bifida|cf|oa|ra|pfps|stroke|cva|tia|tbi|sci|ms|als|gbs|cp|copd|chf|mi|pna|uti|dementia|parkinson|parkinson\'s|pd|sepsis|cancer|bppv|vertigo|concussion|whiplash|dvt|ckd|esrd|hf|afib|pneumonia|covid|obesity|morbid_obesity|dka|cirrhosis|pancreatitis|cellulitis|gi_bleed|gib|aki|epilepsy|asthma|carpal_tunnel|cts|trigger_finger|plantar_fasciitis|tennis_elbow|frozen_shoulder';
/**
 * Body parts, procedures and services notes use as stand-ins for people: "a knee case" → "a knee patient". Not "drunk",
 * which sud.person-labels reports as the label it is ("Drunk in ED hallway" is one finding, not two).
 */
const PART = 'fusion|lumbar_fusion|cervical_fusion|spinal_fusion|scoliosis|trachy|trachie|diabetic_foot|charcot_foot|laminectomy|discectomy|decompression|paraplegic|quadriplegic|tetraplegic|hemiplegic|aphasic|itb|hip|knee|shoulder|ankle|back|spine|neck|tka|tha|tkr|thr|tsa|rsa|orif|acl|aclr|bka|aka|amputee|fracture|fx|hip_fx|fall|frequent_faller|faller|post-op|postop|ortho|neuro|cardiac|trach|vent|burn|trauma|polytrauma|quad|para|tetra|replacement|new_hip|new_knee|total_hip|total_knee|lap_chole|chole|appy|bariatric|overdose|od|psych|detox|withdrawal|diabetic|dialysis|onc|wound|sprain|strain|rotator_cuff|rtc|lumbar|cervical|lbp|pe|cabg|gsw|mvc|mva|chest_pain|abd_pain|belly_pain|sob|syncope|seizure|head_injury|hip_fracture|fractured_hip|knee_replacement|hip_replacement|etoh|intox|sickle_cell|lac|laceration|sah|ich|stemi|nstemi|transplant|renal|pd_start|hd_start|dialysis_start|new_start|fep|nof|colles|scaphoid|wrist|clavicle|peg|leg_ulcer|palliative';
const DX = `${CONDITION}|${PART}`;
/** Of PART, those that name only a person, never the injury or the body part itself. */
const PERSON_PART = 'paraplegic|quadriplegic|tetraplegic|hemiplegic|aphasic|amputee|tka|tha|tkr|thr|aclr|bka|aka|gsw|mvc|mva|overdose|od|polytrauma|frequent_faller|faller';
/**
 * Diagnoses and procedures that name a person before "who" ("the SMA type 3 who …", "the TKA who"), without the acronyms
 * that are also titles or roles, and without the person nouns ("a paraplegic who"), which pfl.condition-as-person reports.
 */
const DX_WHO = `${CONDITION.split('|').filter((d) => !['ms', 'mg', 'hd', 'pd', 'ra', 'mi', 'oa', 'cf', 'sle'].includes(d)).join('|')}|tka|tha|tkr|thr|aclr|bka|aka|gsw|mvc|mva|polytrauma`;
/** A spinal level naming an injury's height: "the C5 quad in room 212". */
const SPINAL_LEVEL = 'c1|c2|c3|c4|c5|c6|c7|c8|t1|t2|t3|t4|t5|t6|t7|t8|t9|t10|t11|t12|l1|l2|l3|l4|l5';
/** The body region before an injury word: "the calf strain", "the wrist fracture". */
const REGION = 'calf|ankle|wrist|elbow|knee|hip|shoulder|neck|back|finger|thumb|toe|foot|hand|groin|hamstring|achilles|rib|femur|clavicle|forearm|thigh|shin|facial|scalp';
/** After "in", what makes the diagnosis a finding in a body part or a count of sites ("Pneumonia in RLL", "fracture in 2 places"), not a person in a room. */
const SITE = 'rll|rml|rul|lll|lul|lle|rle|lue|rue|ble|bue|bles|bues|le|ue|lles|rles|c1|c2|c3|c4|c5|c6|c7|l1|l2|l3|l4|l5|s1|t1|t2|t3|t4|t5|t6|t7|t8|t9|t10|t11|t12|place/n|location/n|spot/n|site/n|area/n|level/n|segment/n|lobe/n|view/n';
/** Joints and diagnoses counted as people ("three knees"). */
const COUNTED_JOINTS = 'knees|hips|wrists|clavicles|scaphoids|nofs|palliatives|pegs|shoulders|backs|necks|ankles|tkas|thas|tkrs|thrs|tsas|acls|aclrs|amputees|total_knees|total_hips|bkas|akas|traches|vents';
/** Diagnoses counted as people ("admitted three COPDs"); a person can also have had several ("Pt had two strokes"). */
const COUNTED_DX = 'amds|glaucomas|renals|bariatrics|dementias|strokes|cvas|scis|tbis|concussions|sprains|fractures|fxs|copds|chfs|dkas|gi_bleeds|gibs|pnas|chfers|copders';
const COUNTED = `${COUNTED_JOINTS}|${COUNTED_DX}`;
/** One joint or procedure counted as a person ("and a post-op knee"); not diagnoses, which are also seen on a scan. */
const COUNTED_ONE = 'knee|hip|shoulder|ankle|tka|tha|tkr|thr|tsa|rsa|acl|aclr|bka|aka|rotator_cuff|total_knee|total_hip|new_knee|new_hip';
const ONE_COUNTED = `a|an|one|another post-op|postop|fresh|new|l|r|left|right? ${COUNTED_ONE}`;
const SAW = "saw|seen|see|seeing|treat/v|evaluate/v|eval'd|picked_up";
/** Verbs that put people on a clinician's list, counted ("got two CVAs", "have three TKAs"). */
const LISTED = `${SAW}|have|had|got|admitted|discharged`;
const NUMBER = 'two|three|four|five|six|seven|eight|nine|ten|#int|a_couple_of|a_couple|several|many|multiple|a_lot_of|lots_of|loads_of|tons_of|so_many|a_few|a_bunch_of|plenty_of';
const COUNTED_MESSAGE = '"{match}": counting people as joints or diagnoses ("three knees") makes them problems on a list. Say "three patients after knee replacement".';
const PLACE = 'room|rm|rm_.|bed|bay|cell|side_room|sideroom|side-room|booth|cot|crib|incubator|isolette|cubicle|exam|exam_room|treatment_room|tx_room|chair|trauma|resus|triage|hallway|hall|pod|ward|stretcher|trolley|cube|bike|treadmill|mat|plinth|table|station|recliner|gurney';
/**
 * Organs, surgical problems and operations that stand for a person only when they are in a numbered bed or room ("the
 * gallbladder in bay 3", "the SBO in room 5", "the sleeve in bay 4"); elsewhere they are anatomy ("hernia in the RLQ",
 * "stone in the UVJ") or the operation ("bypass in 2019").
 */
const ORGAN = 'spinal|spinals|section|c-section|lscs|elcs|emcs|pet|pre-eclamptic|stillbirth|iol|induction|miscarriage|ventouse|breech|primip|multip|endocarditis|tavi|tavr|ppm|pacemaker|icd|ablation|angio|angiogram|sleeve|gastric_sleeve|vsg|bypass|gastric_bypass|rny|lap_band|gallbladder|gb|pancreas|appendix|appendicitis|hernia|sbo|bowel_obstruction|obstruction|bowel|colon|colectomy|whipple|stone|kidney_stone|stones|lung|heart|liver|kidney|belly|head|chest|leg|foot|arm|hand|amputation|bleed|bleeder|ams|delirium|wrist|elbow|pelvis|pelvic_fx|femur|tibia|ankle_fx|wrist_fx';
/** Words that describe the diagnosis standing for the person ("the fractured hip in 12"). */
const DX_MODIFIER = 'new|old|fresh|post-op|postop|fractured|broken|total';
/** Diagnoses children are named by ("the CP kid"). */
const CHILD_DX = "nas|fa|cp|cf|sma|dmd|downs|down's|down_syndrome|spina_bifida|adhd|asd|autism|trach|g-tube|vent|nicu|failure_to_thrive|ftt";
const CHILD = 'kid|kids|child|children|baby|babies|boy|boys|girl|girls|teen|teens|toddler|toddlers|infant|infants';
const TIME_MESSAGE = '"{match}": an appointment time and a body part are not a person. Say "my 2 o\'clock patient (R knee)", or use their initials.';
const ROOM_NUMBER = '=#? #num|#upper';
/** Superlatives rank people as cases the same way ("our toughest case this week", "the saddest case on the unit"). */
/** When a case came up: "this week", "of the rotation", "today". */
const CASE_WHEN = 'this|last|that|today|yesterday|of|on|in|the|my|week|month|year|shift|rotation|placement|day|clinic|unit';
const RANKED = 'sweetest|nicest|funniest|scariest|oddest|toughest|hardest|saddest|strangest|weirdest|craziest|sickest|worst|best|favourite|favorite|most|biggest|real|true|proper';
const ADJECTIVE = 'interesting|typical|classic|textbook|real|complex|complicated|difficult|tough|sad|hard|easy|simple|straightforward|good|great|bad|first|last|new|young|fascinating|unusual|rare|cool|weird|challenging|tricky|memorable|amazing|awesome|fun|boring|routine|severe|mild|nice|lovely|sweet|pleasant|nasty|horrible|awful|heavy|lucky|unlucky|tragic|standard|bog-standard|run-of-the-mill|straightforward';
/** "She was my first real stroke case", "He was the most interesting case on the floor": the person ranked among one's cases. */
const OWNER = 'the|my|our|your|his|her|their';
/** "Was the first case of the day", "the next case in OR 3": a slot on an operating list, which "case" names. */
const LIST_SLOT = ['of the day|morning|afternoon', 'on the schedule|board|list', 'in or|theatre|theater', 'in the or|morning|afternoon'];
/** A place on a day's list ("my first case today was a CP kid"). */
const ORDINAL = 'first|second|third|fourth|next|last|final|new|only|other';
const WHEN = 'today|tonight|yesterday|this_morning|this_afternoon|this_evening|this_week|on_placement|on_the_unit|in_clinic';
const DETERMINER = 'a|an|the|this|that|my|our|another|his|her|their|first|last|next';
/** Senses of "case" that are about documents, management or logic, not a person. */
const CASE_NOT_PERSON = ['-? report|reports|study|studies|series|manager|managers|management|worker|workers|load|loads|mix|conference|conferences|presentation|presentations|definition|control|note|notes|file|files|review|reviews|discussion|example|law|scenario|vignette|based', 'history_form', 'by_case'];
/** Said of a location, these are what only a person does ("Bed 12 refused", "Room 4 is calling"). */
const PERSON_STATE = 'refusing|asking|calling|yelling|shouting|screaming|crying|complaining|demanding|confused|agitated|combative|difficult|noncompliant|non-compliant|up|oob|out_of_bed|asleep|awake|sleeping|sitting|lying|resting|eating|walking|ambulating|seen|discharged|admitted|incontinent|npo|pleasant|cooperative|alert|oriented|lethargic|on_the_call_light|on_the_call_bell|on_the_call_button';
/**
 * What only a person is doing, said of a diagnosis ("The new stroke is waiting in the gym"). Not "seen", "up",
 * "lying" or "resting", which a lesion or a joint can be ("the stroke was seen on CT", "knee resting in extension").
 */
const DX_PERSON_STATE = 'asking|calling|yelling|shouting|screaming|crying|complaining|demanding|refusing|confused|agitated|combative|noncompliant|non-compliant|asleep|awake|sleeping|eating|pleasant|cooperative|lethargic|on_the_call_light|on_the_call_bell|ready_for_you|here';
/** What only a person does, said of a diagnosis ("The new hip refused PT"); not "keeps" or "fell" ("the knee keeps giving way"). */
const DX_PERSON_ACT = 'refused|refuses|declined|declines|says|said|asked|asks|complained|complains|yelled|yells|screamed|cried|vomited|threw_up';
// Care needs and code status stand for the person as well: "Bed 8 is a vent wean", "Room 4 is a total care", "bed 2 is a DNR".
const PERSON_LABEL = `vent|vent_wean|wean|trach|total_care|total_assist|two-assist|2-assist|hoyer|dnr|full_code|new_admit|admit|feeder|fall_risk|pain|nightmare|handful|sweetheart|sweetie|sweetie_pie|doll|darling|dear|honey|angel|gem|peach|hoot|delight|character|frequent_flyer|addict|alcoholic|junkie|drunk|sickler|${DX}`;
/** What a case is called when a bed or room stands for it ("Bed 7 was a really interesting case"). */
const CASE_WORD = 'interesting|sad|tough|difficult|complex|complicated|classic|great|fascinating|rare|typical|weird|strange|unusual|challenging|textbook|fun|cool';
const PERSON_ACT = 'claims|claimed|denies|denied|insists|insisted|reports|reported|states|stated|agreed|agrees|consented|consents|refused|refuses|wouldn\'t_get_up|won\'t_get_up|wouldn\'t_eat|won\'t_eat|wouldn\'t_settle|won\'t_settle|won\'t_let|wouldn\'t_let|won’t_let|wouldn’t_let|won\'t_allow|wouldn\'t_allow|doesn\'t_want|didn\'t_want|declined|declines|wants|wanted|says|said|asked|asks|keeps|kept|called|calls|complained|complains|c_/_o|yelled|yells|fell|ambulated|transferred|walked|ate|slept|voided|vomited|threw_up|throws_up|eloped|elopes|climbed|climbs|wandered|wanders|spat|swore|cursed|kicked|punched|screamed|screams|cried|cries|pressed|rang|coded|tried_to|tries_to|got_up|gets_up|spent|spends|sat|sits|talked|talks|watched|watches|napped|naps|ambulates|walks|eats|on_the_buzzer|on_the_bell|on_the_call_bell|kicked_off|kicking_off|buzzed|buzzes|buzzing|belled|belling|ringing|rings|calling|asking|wanting|demanding|refusing|shouting|yelling|screaming|crying';
/** Help only a person needs, said of a bed ("Bed 7 needs 2-person assist"; not "Bed 7 needs cleaning", which a bed does). */
const CARE_NEED = '2-person|two-person|2_person|two_person|1:1|a_1:1|a_sitter|help|assistance|assist|feeding|turning|toileting|repositioning|a_hoist|hoisting|pain_relief|analgesia|a_chaperone|reassurance|suctioning|a_bed_bath|his|her|their|to_be_seen|seeing|reviewing|a_review';
/** Pulling at lines and tubes, which a bed cannot do ("Bed 14 pulled out her IV"; not "Bed 3 pulled out from the wall"). */
const PULL_ACT = 'pulled|pulls|yanked|yanks|ripped|rips|took|takes out|off|at';
const PULLED_THING = 'his|her|their|the|an|a|another|both';
/** What meeting a person did to the writer, said of "this case" in a reflection. */
const CASE_LESSON = 'taught|teaches|showed|shows|reminded|reminds|challenged|challenges|scared|scares|moved|humbled|humbles|changed|stuck_with|made|makes me|how|the_way';
/** What a person introduced as "this case" does ("This case came in for a calf strain"). */
const CASE_ACT = 'kept_me|keeps_me|stayed_with_me|stays_with_me|stuck_with_me|haunted_me|haunts_me|came_in|comes_in|presented|presents|arrived|arrives|was_admitted|was_referred|was_seen|was_discharged|is_admitted|is_referred|is_seen|is_discharged|is_being_admitted|is_being_referred|is_being_seen|reports|reported|complains|complained|c_/_o|states|stated|said|says|walked|ambulated|refused|declined|wants|wanted|needs|needed|lives|lived|works|worked|studies|uses|used|has_a|has_an|has_had|had_a|had_an';
const PERSONS = 'man|men|woman|women|student|students|patient|patients|gentleman|gentlemen|lady|ladies|male|males|female|females|boy|boys|girl|girls|person|persons|athlete|athletes|runner|runners|veteran|veterans|mother|mothers|father|fathers';
/** Findings, episodes and services that the condition adjectives below also name ("asthmatic bronchitis", "haemophilic arthropathy"). */
const ASTHMA_USE = ['bronchitis|attack/n|symptom/n|exacerbation/n|episode/n|component/n|reaction/n|response/n|breathing|cough/n|wheeze/n|wheezing|triad|state|airway/n|clinic/n|program/n|programme/n|plan/n|education|medication/n|inhaler/n'];
const HAEMOPHILIA_USE = ['arthropathy|joint/n|bleed/n|bleeding|center/n|centre/n|clinic/n|treatment/n|factor/n|carrier/n|synovitis|gene/n|program/n|programme/n|team/n'];
/** What "cirrhotic" also describes: the liver and its imaging, not the person ("cirrhotic morphology"). */
const CIRRHOSIS_USE = ['liver|morphology|appearance|change/n|changes|contour|nodule/n|nodules|nodular|ascites|cardiomyopathy|pattern|features|stage|range|physiology|coagulopathy|portal|varices'];
const CONDITION_PERSON = (condition: string) => `Instead of "{match}", say "person with ${condition}": the condition is something the person has.`;
const DX_WHO_MESSAGE = '"{match}": a diagnosis followed by "who" names the person by their condition. Say "the patient with SMA type 3 who …", or use their initials or a pseudonym.';
const PLACE_MESSAGE = '"{match}": naming a person by their diagnosis and bed makes them a problem in a location. Say "the patient in room 4 who had a stroke", or use their name.';
const CASE_MESSAGE = '"{match}": a person is not a case: "case" is for the episode of care or the write-up. Say "a patient with …", "this patient", or the person\'s initials or pseudonym.';

/** Every term also stays silent where its diagnosis word is an event the sentence treats as one. */
function withEventReading(terms: Term[]): Term[] {
  return terms.map((t) => ({ ...t, unless: [...(t.unless ?? []), 'eventReading'] }));
}

export default defineRule({
  id: 'cond.case-synecdoche',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  message: CASE_MESSAGE,
  defaults: { fix: 'suggest' },
  // An event is not a person: "The fall in room 12 was unwitnessed", "reviewed the fall on unit 4" (see eventReading).
  terms: [...withEventReading([
    // "An asthmatic", "the haemophiliac in bay 2", "asthmatic children": the condition as the person's name (AMA, S14).
    ...asPerson('asthmatic', 'asthma', CONDITION_PERSON('asthma'), ASTHMA_USE),
    ...asPerson('cirrhotic', 'cirrhosis', CONDITION_PERSON('cirrhosis'), CIRRHOSIS_USE, { bare: false }),
    ...asPerson('hemophiliac', 'hemophilia', CONDITION_PERSON('hemophilia'), HAEMOPHILIA_USE),
    ...asPerson('haemophiliac', 'haemophilia', CONDITION_PERSON('haemophilia'), HAEMOPHILIA_USE),
    // "Saw three knees and a hip this morning", "have two new TKAs today": people counted as joints or diagnoses.
    {
      match: `${SAW}|admitted|discharged [ ${NUMBER}|more new|more|post-op|fresh? ${COUNTED} ]`,
      message: COUNTED_MESSAGE,
      fix: 'none',
    },
    // "Got two CVAs today" is a caseload; "Pt had two strokes in 2019" and "Had multiple strokes" are the person's
    // own history: a counted diagnosis after "have" needs the writer as the one who has them ("I had three COPDs").
    {
      match: `have|had|got [ ${NUMBER}|more new|more|post-op|fresh? ${COUNTED_JOINTS} ]`,
      message: COUNTED_MESSAGE,
      fix: 'none',
      unless: ['personBefore'],
      notAfter: ['replaced|scoped|done|operated|injected|fused|x-rayed|imaged|examined|checked|looked_at|treated|braced|casted'],
    },
    {
      match: `have|had|got [ ${NUMBER}|more new|more|post-op|fresh? ${COUNTED} ]`,
      before: ["i|we|i've|we've|i'd|we'd|you|you've|you'd #word?"],
      message: COUNTED_MESSAGE,
      fix: 'none',
      unless: ['personBefore'],
    },
    // Slang derived from a diagnosis: "the CHFer in 12", "two COPDers", "the GI bleeder in bed 4" (not "bleeders
    // cauterized", which are vessels).
    {
      match: ['chfer/n|copder/n|chf-er/n|copd-er/n|stroker/n', 'gi|ugi|lgi|upper_gi|lower_gi|variceal bleeder/n'],
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // "Admitted a COPD from the nursing home", "discharged the CHF to rehab": a person taken in or sent on as their
    // diagnosis. Only diagnoses, not "admitted a fall" (which a person may confess), and only with where or when.
    {
      match: `admitted|accepted|discharged|transferred [ a|an|another|the ${CONDITION} ]`,
      after: ['from|to|overnight|last_night|tonight|today|yesterday|earlier|this|via|at|for|with|,|.|;'],
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // One of them counted the same way: "Evaluated a rotator cuff", "Saw two geris and a post-op knee"; the noun
    // ends the phrase (not "saw a knee specialist"). Each person counted as a joint in a list is its own finding
    // ("three knees and a hip": two people named by a joint).
    {
      match: `${SAW} [ ${ONE_COUNTED} ]`,
      message: COUNTED_MESSAGE,
      fix: 'none',
      when: ['nounEnd'],
    },
    {
      match: `and|, [ ${ONE_COUNTED} ]`,
      before: [`${LISTED} ${NUMBER} #word|,{1,6}`],
      message: COUNTED_MESSAGE,
      fix: 'none',
      when: ['nounEnd'],
    },
    // "Saw 6 patients and 2 TKAs": the counted joints later in the list.
    {
      match: `and [ ${NUMBER} more|new|fresh|post-op|postop? ${COUNTED} ]`,
      before: [`${LISTED} ${NUMBER}? #word{1,3}`],
      message: COUNTED_MESSAGE,
      fix: 'none',
    },
    // "The TKA on 5 North": a joint on a named unit.
    {
      match: `the ${DX_MODIFIER}? ${DX} on|at #num|#upper north|south|east|west|#cap`,
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // "Two new post-op hips on the list", "Three TKAs today": the count opens the sentence.
    {
      match: `${NUMBER} more|new|fresh|post-op|postop{0,2} ${COUNTED}`,
      after: ['on|today|tomorrow|tonight|this|scheduled|booked|left|coming|waiting|and|,|before|after|to_see|in_clinic|at'],
      message: COUNTED_MESSAGE,
      fix: 'none',
      when: ['sentenceStart'],
    },
    // "My 2 o'clock knee cancelled", "my 3:00 hip no-showed": an appointment slot and a joint for the person.
    {
      match: [`my|our|the|your|his|her|next [ #int o'clock|am|pm ${DX} ]`, `my|our|the|your|his|her|next [ #int +: +#int am|pm? ${DX} ]`],
      message: TIME_MESSAGE,
      fix: 'none',
      notAfter: ['class/n|group/n|session/n|slot/n|appointment/n|clinic/n|school|program/n|injection/n|brace/n|x-ray/n|mri/n|scan/n|surgery|replacement/n|pain|exercise/n|protocol/n|conference/n|meeting/n|lecture/n|block/n|-'],
    },
    // The slot after the condition: "The carpal tunnel at 10:00 is running late", "the knee at 2 pm cancelled".
    {
      match: [`the|my|our|your [ ${DX} ] at #int +: +#int am|pm?`, `the|my|our|your [ ${DX} ] at #int am|pm|o'clock`],
      after: ['is|was|has|had|cancelled|canceled|no-showed|arrived|called|checked_in|rescheduled|running|here|just'],
      message: TIME_MESSAGE,
      fix: 'none',
    },
    // "the CP kid", "Down's kids": a child named by a diagnosis.
    {
      match: `${CHILD_DX} ${CHILD}`,
      message: '"{match}": a child is not their diagnosis. Say "child with CP" or "kids with Down syndrome".',
      suggest: ['$2 with $1'],
      fix: 'none',
    },
    // "the MS lady", "that COPD guy": an adult named by a diagnosis the same way ("the ortho guy" and "the psych lady" are
    // clinicians, so body parts and services are left out; so is the educator or nurse of a condition).
    {
      match: `the|that|this|our|my|your [ ${CONDITION} lady|ladies|man|men|woman|women|guy|guys|gentleman|gal|dude|fella ]`,
      message: '"{match}": a person is not their diagnosis. Say "the woman with MS" or "the patient with COPD".',
      fix: 'none',
      notAfter: ['doctor|doc|dr|nurse|educator|coordinator|navigator|specialist|therapist|rep|representative|researcher|scientist|-'],
    },
    // "an ALS case" → "a patient with ALS"; "a knee case" → "a knee patient". An adjective may stand for the
    // determiner at the start of a fragment ("Interesting DMD case, 20 yo").
    { match: `${DETERMINER}|${ADJECTIVE} [ ${ADJECTIVE}{0,2} ${CONDITION} case/n ]`, suggest: ['$2 patient/n with $3'], notAfter: [...CASE_NOT_PERSON, ...LIST_SLOT] },
    { match: `${DETERMINER}|${ADJECTIVE} [ ${ADJECTIVE}{0,2} ${PART} case/n ]`, suggest: ['$2 $3 patient/n'], notAfter: [...CASE_NOT_PERSON, ...LIST_SLOT] },
    // A named disease no list holds, capitalised as eponyms and acronyms are, after a word that grades cases: "Classic
    // Takotsubo case, echo w/ apical ballooning", "Interesting FSHD case".
    { match: `${ADJECTIVE} [ #cap|#upper case/n ]`, fix: 'none', notAfter: [...CASE_NOT_PERSON, ...LIST_SLOT] },
    // A case handed over and then named as the person after a colon: "I was given an interesting case today: a 30-year-old
    // with cystic fibrosis".
    { match: `[ a|an ${RANKED}? ${ADJECTIVE}{1,2} case/n ] ${CASE_WHEN}{0,3} :|—|– a|an #num -? year|yr -? old|@person|#agesex`, message: CASE_MESSAGE, fix: 'none' },
    // A case said to be a person: "My favourite case this week was a 30-year-old with a plexus injury", "the hardest case
    // was an 80-year-old man". The person is named right after, so the case is them, not the episode.
    {
      match: `my|our|the|this|that [ ${RANKED}? ${ADJECTIVE}{0,2} case/n ]`,
      // …or a diagnosis standing for the person ("… was the SMA type 3 who drives himself to clinic").
      after: [`${CASE_WHEN}{0,3} was|is a|an ${AGE}|old|elderly|young|older|middle-aged`, `${CASE_WHEN}{0,3} was|is a|an man|woman|lady|gentleman|boy|girl|guy|patient|pt|kid|teen|teenager|student|athlete|veteran|mother|father|grandmother|grandfather`, `${CASE_WHEN}{0,3} was|is a|an|the|this|that ${DX_MODIFIER}? ${DX_WHO} type|stage|grade? #num? who`],
      message: CASE_MESSAGE,
      fix: 'none',
    },
    // "the stroke in room 4", "the new knee in bed 12", "the TKA in 3" → "the patient in room 4"
    {
      // A body region may say which ("the calf strain in room 3").
      match: `the|our|my|that|this big|massive|huge|dense|small|little? new|old|fresh|post-op|l|r|left|right|left-sided|right-sided|bilateral|bilat|haemorrhagic|hemorrhagic|ischaemic|ischemic|${AGE}|${REGION}|${SPINAL_LEVEL}? ${DX}|${ORGAN}|alcoholic|bronchiolitics|asthmatics|epileptics|alcoholics|copds|strokes|cvas|dementias in|from|on|at ${PLACE} ${ROOM_NUMBER}`,
      message: PLACE_MESSAGE,
      suggest: ['the patient $5 $6 $7 $8'],
    },
    // Opening a note line without an article, the place named: "Spinal fusion in room 12 needs a pressure-care chart",
    // "Trachy in side room 2 due cough assist at 14:00".
    {
      match: `new|old|fresh|post-op|postop|l|r|left|right|${AGE}|${REGION}|${SPINAL_LEVEL}? ${DX}|${ORGAN} in|from ${PLACE} ${ROOM_NUMBER}`,
      when: ['sentenceStart'],
      notBefore: ['#word'],
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // Or a named kind of the same ("the Charcot foot in bay 3", "the Colles wrist in cubicle 2").
    {
      match: `the|our|my|that|this #cap ${DX}|${ORGAN} in|from|on|at ${PLACE} ${ROOM_NUMBER}`,
      message: PLACE_MESSAGE,
      suggest: ['the patient $4 $5 $6 $7'],
    },
    // A diagnosis with "who" after it is a person: "the SMA type 3 who drives himself", "a new CVA who lives alone".
    // Only diagnoses and person-only words: a service ("the ortho who saw him") is a clinician, and some short
    // acronyms are people's titles or roles ("the RA who found him", "the MS who presented").
    {
      match: `the|a|an|our|my|this|that ${DX_MODIFIER}? ${DX_WHO} type|stage|grade? #num? who`,
      notAfter: ['knows|cares|would_have_thought|would_have_guessed'],
      message: DX_WHO_MESSAGE,
      fix: 'none',
    },
    // With "patient" between the diagnosis and the place: "the ALS patient in exam 3", "the stroke pt in bed 4". Only a
    // diagnosis: a service before "patient" ("the ortho patient in bed 4", "the trauma pt in bay 2") says whose care it is.
    {
      match: `the|our|my|that|this ${DX_WHO} patient|pt in|from|at ${PLACE} ${ROOM_NUMBER}`,
      message: PLACE_MESSAGE,
      suggest: ['the patient $4 $5 $6 $7'],
    },
    // Where they are without a number: "the CVA across the hall", "the new hip next door".
    {
      match: `the|our|my|that|this new|old|fresh|post-op? ${DX} across_the_hall|down_the_hall|across_the_hallway|down_the_hallway|next_door|in_the_next_room|in_the_next_bed|in_the_corner_bed`,
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    {
      match: `the ${DX_MODIFIER}? ${DX} in #num|#upper`,
      message: PLACE_MESSAGE,
      suggest: ['the patient in $5'],
      unless: ['endsInYear', 'endsInBodySite'],
      notAfter: [SITE, '%|mm|cm|kg|lb|lbs|degrees|°|week/n|day/n|month/n|year/n|yr|yrs|minute/n|min|mins|hour/n|hr|hrs|rep/n|set/n|s|sec'],
    },
    // Opening a note line without an article: "Left BKA in 214 is asking for pain meds", "New CVA in 12 wants to walk".
    {
      match: `l|r|lt|rt|left|right|bilateral|bilat|${DX_MODIFIER}? ${DX} in|from #int|#upper`,
      after: [`is|was ${PERSON_STATE}`, `${PERSON_ACT}|needs|needed|wants|wanted`],
      when: ['sentenceStart'],
      message: PLACE_MESSAGE,
      fix: 'none',
      unless: ['endsInYear', 'endsInBodySite'],
    },
    // An organ with a bare room number, doing what a person does: "The liver in 8 needs a sitter tonight". An organ
    // "in 2 segments" or "in 3 places" is anatomy, and has no person's verb after it.
    {
      match: `the ${DX_MODIFIER}? ${ORGAN} in #int|#upper`,
      after: [`needs|needed|wants|wanted|is|was|has|keeps|kept|${PERSON_ACT}|${PERSON_STATE}`],
      message: PLACE_MESSAGE,
      suggest: ['the patient in $5'],
      unless: ['endsInYear', 'endsInBodySite'],
    },
    // A joint or fracture named by when it was seen is a person on the list: "next up is the scaphoid from last Tuesday".
    { match: ['the|our|that|this [ scaphoid|colles|nof|hip|knee|wrist|ankle|shoulder|clavicle|acl|aclr|tka|tha|tkr|thr|orif|hip_fracture|wrist_fracture|ankle_fracture from last monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night|time|visit|clinic ]', 'the|our|that|this [ scaphoid|colles|nof|hip|knee|wrist|ankle|shoulder|clavicle|acl|aclr|tka|tha|tkr|thr|orif|hip_fracture|wrist_fracture|ankle_fracture from yesterday|this_morning|monday|tuesday|wednesday|thursday|friday|saturday|sunday|majors|fracture_clinic ]'], notAfter: ['x-ray|xray|film|films|scan|scans|images|radiograph|report|results|mri|ct'], message: PLACE_MESSAGE, fix: 'none' },
    // An overdose named by when it came in is a person: "The overdose from last night is now alert", "the OD from Friday came back".
    { match: 'the|our|that|this [ overdose|od|overdoses|ods from|off last_night|yesterday|the_weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|earlier|this_morning|nights|the_night_shift|majors ]', after: ['#any{0,6} came_back|came_in|is_asking|was_asking|asking|is_now|now_alert|is_alert|wants|wanted|self-discharged|absconded|left|kicked_off|is_demanding|refusing|refused|says|said|is_back|back_again|is_awake|woke'], message: '"{match}": naming a person by the overdose they came in with makes them the event. Say "the patient admitted after an overdose last night", or use their initials.', fix: 'none' },
    // A procedure booked in a bed, doing what a person does: "The ECT in room 3 is NPO from midnight", "the scope in bay 2
    // is asking for her husband". Without a person's state after it, it is the procedure ("the ECT in room 3 starts at 0800").
    {
      match: `the ect|cath|scope|egd|colonoscopy|bronch|bronchoscopy|tee|cardioversion|lp|biopsy in|on ${PLACE} ${ROOM_NUMBER}`,
      after: [`is|was ${PERSON_STATE}`, PERSON_ACT],
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // "One of the dementias kept trying to leave": people counted out of a group named by a diagnosis only a person has.
    // Not injuries or events ("one of the fractures was displaced", "two of the strokes were embolic").
    {
      match: 'one|two|three|four|some|several|all|most|both|#int|a_couple|a_few|none of the|our|my dementias|renals|bariatrics',
      message: COUNTED_MESSAGE,
      fix: 'none',
    },
    // "Bed 12 refused …", "Room 4 keeps calling": a location doing what only a person does; not "the man in bed 3 refused".
    {
      match: [`${PLACE} ${ROOM_NUMBER} is|was ${PERSON_STATE}`, `${PLACE} ${ROOM_NUMBER} ${PERSON_ACT}|${DX_PERSON_STATE}`, `[ ${PLACE} ${ROOM_NUMBER} ${PULL_ACT} ] ${PULLED_THING}`, `[ ${PLACE} ${ROOM_NUMBER} pulled|pulls|yanked|yanks|ripped|rips ] his|her|their`, `[ ${PLACE} ${ROOM_NUMBER} needs|needed|requires|required ] ${CARE_NEED}`, `${PLACE} ${ROOM_NUMBER} is a ${AGE}`, `[ ${PLACE} ${ROOM_NUMBER} ] is|was a|an|the #word? ${DX_WHO}|diabetic|alcoholic|addict|amputee|paraplegic|quadriplegic|tetraplegic|hemiplegic|schizophrenic|psychotic|bipolar|borderline|epileptic|asthmatic`],
      message: PLACE_MESSAGE,
      fix: 'none',
      // A place named after a person ("Schizophrenic in HCC room 2 refusing depot") is where that person is.
      notBefore: ['in|into|from|at|to|on|near|by|of|for|and', 'in|into|from|at|to|on|near|by|of|for the|a|an|his|her|their|#upper|#cap'],
    },
    // "The new stroke is waiting in the gym", "the fresh hip refused PT": the diagnosis as the one who waits or speaks.
    {
      // The injury's cause may come between: "The ACL from football is here for his recheck".
      match: [
        `the|this|that|our|your new|fresh|post-op|postop|latest? ${DX} is|was|keeps ${DX_PERSON_STATE}`,
        `the|this|that|our|your new|fresh|post-op|postop|latest? ${DX} from|after #word{1,2} is|was|keeps ${DX_PERSON_STATE}`,
        `the|this|that|our|your new|fresh|post-op|postop|latest? ${DX} ${DX_PERSON_ACT}`,
      ],
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // The diagnosis as the person the writer met: "The TBI I saw in my second week had left neglect", "the ALS we admitted".
    // Only diagnoses a person has (not "the fracture I saw", "the wound I saw", which are the injury itself), and not one seen
    // on a study or on the body ("the stroke I saw on CT", "the cellulitis I saw on her shin").
    {
      match: `the|that|this|our|my ${CONDITION}|${PERSON_PART} =I|we saw|treated|met|evaluated|assessed|admitted|followed|had|got|cared_for|worked_with`,
      notAfter: ['on|in|at #word? x-ray|xray|ct|cta|mri|imaging|film|films|scan|cxr|ultrasound|echo|eeg|ekg|ecg|slide|slides|biopsy|path|pathology|telemetry|tele|monitor', 'on|in his|her|their|the #any{0,2} @body|skin|face|leg|legs|arm|arms|foot|feet|back|chest|shin|hand'],
      message: CASE_MESSAGE,
      fix: 'none',
    },
    // An eponymous syndrome as the case: "We discussed an interesting Pierre Robin case at huddle".
    { match: `a|an|the|this|that|my|our ${ADJECTIVE} #cap #cap? case/n`, notAfter: [...CASE_NOT_PERSON, ...LIST_SLOT], message: CASE_MESSAGE, fix: 'none' },
    // The diagnosis on the writer's list: "The hip on my list this morning kept a really detailed falls diary".
    { match: `the|my|our ${DX_MODIFIER}? ${DX} on|from my|our|the list|caseload|schedule|books|clinic_list`, message: PLACE_MESSAGE, fix: 'none' },
    // A note opening with the person as a case: "Interesting case, young DMD on 24/7 vent, admitted for LTV placement".
    // A list slot that turns out to be a person: "My first case of the day was a 4-month-old with a torn frenulum".
    { match: '[ my|our first|last|next|second|final case/n ] #any{0,4} was|is a|an #num|@person|baby|toddler|teenager|teen|#agesex', message: CASE_MESSAGE, fix: 'none' },
    // Eponymous conditions as counted people: "the two Duchennes at 10:00".
    { match: 'the|our|two|three|four|#int duchennes|beckers|friedreichs|downs|parkinsons|huntingtons', message: '"{match}": people counted by their diagnosis. Say "two boys with Duchenne muscular dystrophy".', fix: 'none', notAfter: ['muscular|dystrophy|disease|ataxia|syndrome|patients|pts|clinic|group|gene'] },
    // A diagnosis as the person a relative clause goes on about: "was a haemorrhagic stroke who could not swallow".
    { match: `[ a|an big|massive|dense|young|old? haemorrhagic|hemorrhagic|ischaemic|ischemic|left-sided|right-sided|l|r|left|right? ${DX_WHO} ] who`, message: '"{match}": a person is not their diagnosis. Say who they are first ("a man who had a haemorrhagic stroke").', fix: 'none' },
    { match: `[ ${ADJECTIVE} case/n ] ,|-|–|—`, notBefore: ['#word'], when: ['sentenceStart'], message: CASE_MESSAGE, fix: 'none' },
    // An age word before a diagnosis makes it a person: "young DMD on 24/7 vent", "elderly CVA with dysphagia".
    { match: `young|elderly|old|older|little ${DX_WHO}`, after: ['on|with|who|admitted|presents|presenting|here|in|from|s_/_p|w_/'], notAfter: ['patient/n|pt|pts|man|woman|boy|girl|@person'], message: PLACE_MESSAGE, fix: 'none' },
    // The case the writer met or followed: "The first-episode case I followed this week was a nineteen-year-old". Not one
    // written up, presented or read ("the case I presented at rounds" is the write-up).
    {
      match: `the|that|this|my|our #any{0,3} case/n =I|we saw|treated|met|evaluated|assessed|admitted|followed|cared_for|worked_with`,
      message: CASE_MESSAGE,
      fix: 'none',
    },
    // Waiting somewhere, not for something ("the fracture is waiting for ortho review" is the work still to do).
    {
      match: `the|this|that|our|your new|fresh|post-op|postop|latest? ${DX} is|was waiting`,
      notAfter: ['for|on|until|to|list'],
      message: PLACE_MESSAGE,
      fix: 'none',
    },
    // Dying said of the bed, with or without its verb: "Bed 4 circling the drain", "room 9 is actively dying" (not
    // "the man in bed 4 is dying", where the person is named).
    {
      match: `${PLACE} ${ROOM_NUMBER} is|was|looks? circling|swirling|crashing|dying|actively_dying|decompensating`,
      message: PLACE_MESSAGE,
      fix: 'none',
      notBefore: ['in|into|from|at|to|on|near|by|of|for|and'],
    },
    // "Bed 12 is a fall risk", "Room 3 was a nightmare": the label ends the phrase (not "Bed 6 is a bariatric bed").
    {
      match: `${PLACE} ${ROOM_NUMBER} is|was a|an known|real|total|complete|little|sweet|old|such_a? ${PERSON_LABEL}`,
      message: PLACE_MESSAGE,
      fix: 'none',
      notBefore: ['in|into|from|at|to|on|near|by|of|for|and'],
      when: ['nounEnd'],
    },
    // "Bed 7 was a really interesting case": the bed's occupant called a case.
    {
      match: `${PLACE} ${ROOM_NUMBER} is|was a|an @degree? ${CASE_WORD} case`,
      message: PLACE_MESSAGE,
      fix: 'none',
      notBefore: ['in|into|from|at|to|on|near|by|of|for|and'],
    },
    // "Bed 14 was my favourite patient", "Room 6 is a lovely man": the location as the person it holds.
    {
      match: `${PLACE} ${ROOM_NUMBER} is|was ${OWNER}|a|an ${RANKED}|${ADJECTIVE}{0,2} patient|pt|man|woman|lady|gentleman|guy|kid|girl|boy`,
      message: PLACE_MESSAGE,
      fix: 'none',
      notBefore: ['in|into|from|at|to|on|near|by|of|for|and'],
      when: ['nounEnd'],
    },
    // "What an interesting case she is", "such a sad case, he was": the exclamation said of a person.
    {
      match: `what|such a|an [ ${RANKED}? ${ADJECTIVE}|${RANKED} case ]`,
      after: [',? he|she|they|this_patient|this_pt|this_man|this_woman|this_lady|this_guy|this_kid is|was|has_been|were|are'],
      fix: 'none',
    },
    // "Interesting case: 30 yo with new-onset heart failure": the heading's case is the person it introduces.
    {
      match: `[ ${ADJECTIVE}|${RANKED} case ] :|- a|an? ${AGE}|young|older|elderly|middle-aged`,
      notBefore: ['#word'],
      when: ['sentenceStart'],
      fix: 'none',
    },
    {
      match: `[ ${ADJECTIVE}|${RANKED} case ] :|- a|an? #int yo|y_/_o|year-old|-year-old|yr`,
      notBefore: ['#word'],
      when: ['sentenceStart'],
      fix: 'none',
    },
    // "Interesting case, 34F with a rare vasculitis": after a comma only a stated age opens the person ("Worst case,
    // 2 weeks NWB" and "Best case, young athletes return by 6 months" are outcomes).
    {
      match: `[ ${ADJECTIVE}|${RANKED} case ] , a|an? ${AGE}|#agesex|#int_yo|#int_y_/_o`,
      notBefore: ['#word'],
      when: ['sentenceStart'],
      fix: 'none',
    },
    {
      match: `[ ${ADJECTIVE}|${RANKED} case ] :|- #agesex`,
      notBefore: ['#word'],
      when: ['sentenceStart'],
      fix: 'none',
    },
    // "she was an interesting case", said of a specific person.
    {
      match: `is|was|seemed|seems|as|he's|she's a|an|such_a|such_an|quite_a|quite_an|a_real|${OWNER} very|really|quite|rather|${RANKED}? ${ADJECTIVE}|${RANKED}|hopeless|lost|head|nut|charity|mental case`,
      fix: 'none',
      notAfter: [...CASE_NOT_PERSON, ...LIST_SLOT],
      // "This is a textbook case of BPPV", "It was a difficult case": the episode or the condition, not the person.
      notBefore: ['this|it|that|which|there|what'],
      when: ['personSubject'],
    },
    // "He was a really interesting Guillain-Barre case": any diagnosis between the praise and "case".
    {
      match: `is|was|seemed|seems|as|he's|she's a|an|such_a|such_an|quite_a|quite_an|a_real|${OWNER} very|really|quite|rather|truly|super|${RANKED}? ${ADJECTIVE}|${RANKED} #any{1,3} case`,
      fix: 'none',
      notAfter: [...CASE_NOT_PERSON, ...LIST_SLOT],
      // "This is a textbook case of BPPV", "It was a difficult case": the episode or the condition, not the person.
      notBefore: ['this|it|that|which|there|what'],
      when: ['personSubject'],
    },
    // "Fresh hip in 210 needs to get up": a fragment that opens with the diagnosis in a place.
    {
      // "On" only before a place or a number ("on 5 West"): "ESRD on HD", "AKI on CKD3" are a disease on its treatment
      // or on another disease.
      match: [`${DX_MODIFIER}? ${DX} in|at ${PLACE}? #num|#upper`, `${DX_MODIFIER}? ${DX} on ${PLACE} #num|#upper`, `${DX_MODIFIER}? ${DX} on #num`],
      message: PLACE_MESSAGE,
      fix: 'none',
      notBefore: ['#word|#num'],
      when: ['sentenceStart'],
      unless: ['endsInYear', 'endsInBodySite'],
      notAfter: [SITE, '%|mm|cm|kg|lb|lbs|degrees|°|week/n|day/n|month/n|year/n|yr|yrs|minute/n|min|mins|hour/n|hr|hrs|rep/n|set/n|s|sec|flexion|extension|ml|cc|l|mcg|mg|g|units|of|out|/|sibling/n|child|children|kid/n|relative/n|member/n|patient/n|pts|people|case/n|generation/n'],
    },
    // "Interesting case of Guillain-Barre in ICU bed 2": a case of a condition that lies in a bed is the person.
    {
      match: `[ ${ADJECTIVE}|this|that|the|our|my? case ] of #any{1,4} in|on|at #word? ${PLACE} ${ROOM_NUMBER}`,
      fix: 'none',
      notBefore: ['in|any|worst|best|just'],
    },
    // "This case came in for a calf strain", "the case in room 3 refused" → "This patient came in …"
    { match: `this|that|the|my|our|today's first|next|last|new? [ case ] ${CASE_ACT}`, suggest: ['patient'] },
    // In a reflection, the person met as "this case" and what they did to the writer ("This case really taught me how to
    // manage a chest tube", "That case still reminds me to check the lines"). Not a case study or report, whose noun
    // comes between, nor a case in law ("the court case made me nervous" has no "this" before "case").
    { match: `this|that [ case ] really|still|truly|honestly|definitely|also? ${CASE_LESSON}`, suggest: ['patient'], when: ['reflection'] },
    // "This case was a 67 yo woman …": the person introduced as a case.
    {
      match: [
        `this|the|that|my|our|today's ${ORDINAL}? case ${WHEN}? is|was|involves|involved|concerns|concerned a|an #word|#num{0,3} ${PERSONS}|${CHILD}`,
        `this|the|that|my|our|today's ${ORDINAL}? case ${WHEN}? is|was|involves|involved|concerns|concerned a|an ${AGE}|young|older|elderly|middle-aged`,
        `this|the|that|my|our|today's ${ORDINAL}? case ${WHEN}? is|was|involves|involved|concerns|concerned a|an ${CHILD_DX} ${CHILD}`,
      ],
      fix: 'none',
    },
  ])],
  docs: {
    summary: 'People named by a diagnosis, a joint or a bed ("the stroke in room 4", "bed 12 refused", "an asthmatic") or called "a case".',
    why:
      'Shorthand like "the hip in bed 3" is quick on a busy shift, but it turns a person into a body part in a location, and the habit carries into how people are treated. The source text describes care as a partnership between two people; notes that give the person back their personhood ("the patient in room 4 who had a hip replacement") are the written side of that partnership. Medical style guides reserve "case" for the episode or the report, not the person.',
    prefer: '"the patient in room 4 (L THA, day 2)", "a patient with MS", "Ms. R.", or a pseudonym in a reflection.',
    exceptions: [
      '"Case report", "case study", "case series", "case manager", "case management", "caseload", "case conference".',
      '"In case of …", "in any case", "worst case", "a case of" a condition ("a case of BPPV").',
      'Rooms and beds as places ("Room 4 is available", "transferred to bed 12").',
    ],
    sources: ['S14', 'S2'],
  },
  examples: {
    flagged: [
      '{{NAS baby}} in nursery 2 scoring 9 and 11, oral morphine started per protocol.',
      { text: '{{The spinal in bed 2}} was my first ever patient.', mode: 'reflection' },
      '{{Bed 8 wouldn\'t get up}} for OT, refusal documented.',
      'Handover: {{the section in bed 4}} wants more analgesia.',
      '{{The LSCS in bay 3}} declining TEDs again.',
      'Fracture clinic: next up is the {{scaphoid from last Tuesday}}, re-XR first.',
      'The {{overdose from Friday}} came back in today to collect her prescription.',
      '{{The chlamydia in room 3}} is asking about her partner\'s results.',
      '{{The endocarditis in room 5}} is asking for you.',
      { text: 'I was given {{the bronchiolitics in bay 2}} to clerk on my first day.', mode: 'reflection' },
      { text: 'I was given {{an interesting case}} today: a 30-year-old with cystic fibrosis.', mode: 'reflection' },
      'Asked to see {{the JIA in bed 6}} before lunch.',
      '{{Bed 4 won\'t let}} us do his dressing, second day running.',
      'Clinic list: the {{two Duchennes}} first, then seating.',
      '{{Urosepsis in 12}} spiking again, cultures sent.',
      { text: '{{My first case}} of the day was a 4-month-old with reflux.', mode: 'reflection' },
      '{{The lumbar fusion in bay 3}} is for discharge.',
      '{{The ectopic in bay 2}} is for theatre.',
      '{{The colorectal in bed 9}} needs a stoma review.',
      '{{The R MCA in bay 3}} is for swallow screen.',
      { text: 'My patient was {{a haemorrhagic stroke}} who could not sit unsupported.', mode: 'reflection' },
      '{{Bay 4 on the buzzer}} again asking for tea.',
      { text: 'My first patient {{was a lovely stroke case}}.', mode: 'reflection' },
      '{{Bed 9 buzzing}} for the third time since midnight.',
      '{{The BPD in bed 4}} cut again overnight.',
      '{{The Charcot foot in bay 3}} needs a new cast today. => The patient in bay 3 needs a new cast today.',
      '{{The FEP in bed 4}} on Ward 2 is being transferred to us on discharge.',
      '{{The NOF in bed 7}} is first on the list for theatre today.',
      '{{Two wrists}} and a clavicle waiting in plaster room, 1 HCA on.',
      '{{Two palliatives}} and a PEG to see before lunch.',
      'Bay 5 quiet; {{bed 6 refusing}} her dinner again.',
      '{{The transplant in bay 3}} spiking temps, cultures sent.',
      'Bariatric bed needed for {{the bariatric in side room 2}}.',
      '{{The new PD start in room 2}} keeps ringing the buzzer.',
      '{{Two renals}} on ward 6 waiting for HD slots.',
      '{{One of the dementias}} kept trying to leave the ward all afternoon.',
      '{{Interesting case}}, {{young DMD}} on 24/7 vent, admitted for LTV placement.',
      '{{The ABI in room 6}} has been shouting since 0400.',
      '{{The OD in booth 3}} is up and talking, resps 16.',
      { text: '{{The hip on my list}} this morning kept a detailed falls diary.', mode: 'reflection' },
      '{{The SA in room 6}} is asking for her sister.',
      { text: '{{The cirrhotics}} on the ward all seemed to know each other.', mode: 'reflection' },
      '{{The ALD in bed 14}} self-discharged overnight.',
      '{{The bronchiolitis in cot 6}} needs a feed plan before handover.',
      { text: 'We discussed {{an interesting Pierre Robin case}} at huddle.', mode: 'reflection' },
      '{{The ECT in room 3}} is NPO from midnight.',
      { text: '{{The first-episode case I followed}} this week was a nineteen-year-old.', mode: 'reflection' },
      '{{Bed 9}} is the bipolar who came back last night.',
      '{{Exercise-induced asthmatic}} on the track team; albuterol 2 puffs pre-run.',
      'Saw the {{new Prader-Willi case}} from Maple House.',
      'ATR log: saw {{four concussions}} and {{an ankle}} before lunch.',
      '{{The sleeve in bay 4}} is asking for more pain meds.',
      'Burn pit exposure in Balad, now {{a brittle asthmatic}} on triple inhaler therapy.',
      '{{The alcoholic in bed 3}} kept asking for apple juice.',
      '{{The C5 quad in room 212}} wants his bowel program moved to AM.',
      '{{Bed 22}} is a brittle diabetic, BG 412 at 1600.',
      '{{The CABG on bike 3}} asked to stop after 10 minutes.',
      { text: 'We picked up {{the CVA from Ward 3}} and I did not learn her name until later.', mode: 'reflection' },
      'Textbook {{Kawasaki case}}, strawberry tongue and peeling fingertips.',
      'Please see {{the COPD patient in exam 4}} first. => Please see the patient in exam 4 first.',
      '{{Right TKA in 12}} is asking for ice again.',
      '{{The pancreas in 6}} needs a sitter tonight.',
      { text: 'We spent an hour with {{the CMT type 1 who}} coaches the swim team.', mode: 'reflection' },
      { text: 'My {{hardest case}} this month was {{the new SCI who}} had just moved into the dorms.', mode: 'reflection' },
      { text: '{{The ALS I saw}} on Tuesday asked about a cough assist.', mode: 'reflection' },
      'Overnight: {{Bed 14 is a vent wean}}, tolerating PS 10/5.',
      { text: 'I picked up {{the new stroke next door}} after lunch.', mode: 'reflection' },
      '{{The hip from the MVC is here}} for staple removal.',
      '{{Asthmatic}} in triage 4 is wheezing again.',
      { text: 'My {{hardest case}} this rotation was a 19-year-old with a spinal cord injury.', mode: 'reflection' },
      '{{Asthmatic}} on the swim team, uses an inhaler before practice.',
      '{{Room 6 is a sweet dear}}, needs setup only.',
      '{{Bed 3 sat}} up for lunch and asked for the chaplain.',
      '{{Bed 2 is a doll}}, eats well.',
      '{{Bed 9 was a fascinating case}}, a man with Whipple disease.',
      '{{The kidney in 12}} keeps ringing the call bell. => The patient in 12 keeps ringing the call bell.',
      'The {{trigger finger}} at 3:30 is running late.',
      '{{The ankle sprain in bay 4}} is asking for crutches. => The patient in bay 4 is asking for crutches.',
      '{{The asthmatic}} in bay 2 is due for her neb. => The person with asthma in bay 2 is due for her neb.',
      '{{Hemophiliac}} with a L elbow bleed, factor given in the ED. => Person with hemophilia with a L elbow bleed, factor given in the ED.',
      'Three {{asthmatic children}} in the group used spacers.',
      { text: 'That {{case}} still reminds me to check the lines before I move anyone. => That patient still reminds me to check the lines before I move anyone.', mode: 'reflection' },
      { text: 'This {{case}} showed me how much family support matters. => This patient showed me how much family support matters.', mode: 'reflection' },
      { text: 'This {{case}} scared me more than any other on placement. => This patient scared me more than any other on placement.', mode: 'reflection' },
      { text: 'He {{is a textbook case}} of spastic diplegia.', mode: 'reflection' },
      'We admitted {{three COPDs}} last night.',
      'The {{CHFer}} in 12 needs diuresis.',
      'The {{GI bleeder}} in bed 4 needs 2 units.',
      '{{Bed 4 circling}} the drain, family updated.',
      { text: 'I saw {{a lot of strokes}} on placement.', mode: 'reflection' },
      '{{The obesity in bed 6}} needs the bariatric commode. => The patient in bed 6 needs the bariatric commode.',
      'Admitted {{a COPD}} from the nursing home overnight.',
      { text: '{{Bed 14 was my favourite patient}} this week.', mode: 'reflection' },
      { text: 'What an {{interesting case}} she is.', mode: 'reflection' },
      '{{Interesting case}}: 30 yo with new-onset heart failure.',
      'Saw {{3 TKAs}}, {{a shoulder}} and {{a fresh hip}} today.',
      'Got {{two CVAs}} and {{a fresh hip}} on my list today.',
      '{{Interesting case}} of Guillain-Barre in ICU bed 2, worth seeing.',
      { text: 'This {{case}} kept me awake at night after placement. => This patient kept me awake at night after placement.', mode: 'reflection' },
      'Saw {{three knees}} and {{a shoulder}} before lunch.',
      'Saw two new admits and {{a fresh hip}} before noon.',
      'Evaluated {{a rotator cuff}} this morning.',
      'Please check on {{the paraplegic in bed 4}} before lunch. => Please check on the patient in bed 4 before lunch.',
      'Had a {{fascinating ALS case}} in clinic. => Had a fascinating patient with ALS in clinic.',
      'Had an {{ALS case}} in clinic. => Had a patient with ALS in clinic.',
      'Interesting {{GBS case}} on 4 West today. => Interesting patient with GBS on 4 West today.',
      'Saw {{the stroke in room 4}} for gait training. => Saw the patient in room 4 for gait training.',
      'Please check on {{the new knee in bed 12}} before lunch. => Please check on the patient in bed 12 before lunch.',
      '{{Bed 12 refused}} PT again this morning.',
      '8 yo {{known asthmatic}} brought in by ambulance, wheezy, sats 91%.',
      '{{Spinal fusion in room 12}} needs a pressure-care chart before the weekend.',
      '{{Trachy in side room 2}} due cough assist at 14:00.',
      '{{The Becker\'s in bay 6}} gave poor effort on spirometry.',
      '{{Bed 9 denies}} missing NIV but the download shows 2 h use per night.',
      'Today I had an {{interesting MS case}} in clinic. => Today I had an interesting patient with MS in clinic.',
      'My {{first knee case}} went well. => My first knee patient went well.',
      'She {{was a difficult case}} for the whole team.',
      'He {{was the most interesting case}} on the floor.',
      'She {{was my first real stroke case}}.',
      '{{This case was a 67 yo woman}} with a fall at home.',
      'This {{case}} came in for a calf strain. => This patient came in for a calf strain.',
      '{{Two new post-op hips}} on the list this afternoon.',
      'My {{2 o\'clock knee}} cancelled again.',
      'My {{3:00 hip}} no-showed.',
      '{{The fractured hip in 12}} refused PT. => The patient in 12 refused PT.',
      '{{The GSW in trauma 1}} is going to CT. => The patient in trauma 1 is going to CT.',
      'The {{CP kid}} in the waiting room was toe walking.',
      'He {{was a really interesting Guillain-Barre case}}.',
      '{{Fresh hip in 210}} needs to get up today.',
      'Saw 6 patients and {{2 TKAs}} before noon.',
      '{{The TKA on 5 North}} wants to walk.',
      '{{The gallbladder in bay 3}} is ready for the OR. => The patient in bay 3 is ready for the OR.',
      '{{The SBO in room 5}} is vomiting again. => The patient in room 5 is vomiting again.',
      '{{Bed 14 pulled out}} her IV again.',
      '{{Bed 14 pulled}} her cannula out again overnight.',
      '{{Bed 7 needs}} 2-person assist for all transfers.',
      '{{Room 11 vomited}} twice overnight.',
      '{{Room 7 is on the call light}} again.',
      '{{Interesting case}}, 34F with a rare vasculitis.',
      '{{Complex case}}, 68-year-old with CHF and CKD.',
      '{{Tough case}} - 72M with recurrent falls.',
      { text: '{{My second case was a little girl}} with torticollis.', mode: 'reflection' },
      { text: '{{Our last case this afternoon was a young man}} with a boxer\'s fracture.', mode: 'reflection' },
      '{{The new stroke is waiting}} in the gym.',
      '{{The fresh hip is refusing}} to get up.',
      '{{The new hip said}} her pain is 8/10.',
      'Interesting case: the {{MS lady}} with the new tremor.',
      'Can you see that {{COPD guy}} before lunch? He is on 4 L.',
      { text: 'I was nervous about the {{ALS man}} because I did not know how to talk with him.', mode: 'reflection' },
      'The {{dementia lady}} keeps asking for her husband.',
    ],
    clean: [
      'Scoliosis in 2019, managed with a brace; fusion in 2021.',
      'Bed 7 needs cleaning before the next admission; bed 8 needed a new mattress.',
      'The hip from last Tuesday x-ray shows callus; weight-bearing as tolerated.',
      'Levels after the overdose from last night were below the treatment line.',
      'New admission in HCC room 2 refusing depot, pacing.',
      'Duchenne muscular dystrophy clinic today.',
      { text: 'My first case of the day was a lap chole.', mode: 'reflection' },
      'Lumbar fusion in 2019; no new deficit.',
      'Interesting case: the new referral criteria for the clinic.',
      'Bed 9 alarm ringing at 0200; pt found sitting on the edge of the bed.',
      'The wrist in a cast was elevated on two pillows.',
      'Two wrists were X-rayed; both normal.',
      'One of the fractures was displaced and needed fixation.',
      'The dementias are a group of disorders with different courses.',
      'Transplant in 2019, on tacrolimus; renal function stable.',
      'Bed 6 empty, awaiting deep clean.',
      'Young man with DMD on vent, admitted for LTV placement.',
      'Liver is cirrhotic with nodular contour; cirrhotic liver on US.',
      'The ECT in room 3 starts at 0800.',
      { text: 'The case I presented at rounds was complex.', mode: 'reflection' },
      'Gastric bypass in 2015; sleeve revision planned.',
      'Bed 22 is a bariatric bed; Bike 3 is a recumbent bike.',
      'The fall in room 12 was unwitnessed; post-fall huddle held.',
      'The ortho patient in bed 4 needs ice before PT.',
      'The stroke I saw on CT was in the left MCA territory.',
      'The cellulitis I saw on her shin has receded to the marked border.',
      'The fracture from the fall is healing well on x-ray.',
      { text: 'The case was presented at grand rounds on Thursday.', mode: 'reflection' },
      'The liver in 4 segments showed steatosis.',
      'The lap chole case in OR 4 is running 45 min behind.',
      'Renal: ESRD on HD MWF via R IJ tunneled cath.',
      '1. AKI on CKD3: Cr 2.4 from baseline 1.6, hold lisinopril.',
      { text: 'I used to think "the hip in bed 9" was harmless shorthand.', mode: 'reflection' },
      'Asthmatic bronchitis, treated with nebulizers in the ED.',
      'Haemophilic arthropathy of both knees; he is on prophylactic factor.',
      'She is asthmatic and uses her inhaler before soccer.',
      { text: 'This case report showed me how rare the presentation is.', mode: 'reflection' },
      { text: 'The court case made me nervous for him.', mode: 'reflection' },
      { text: 'In this case, my CI showed me the settings.', mode: 'reflection' },
      'This is a textbook case of BPPV.',
      'Pneumonia in RLL on CXR; cellulitis in LLE.',
      'The fracture in 2 places was fixed with a plate.',
      'Had multiple strokes in 2019.',
      'Had two knees replaced in 2019.',
      'Bleeders cauterized with bovie.',
      'Pt had two strokes in 2019.',
      'Admitted with a COPD exacerbation from the nursing home.',
      'Bed 6 is a bariatric bed.',
      'Obesity in 2 of 3 siblings.',
      'Interesting case: pathology showed a rare variant.',
      'What an interesting case report this is.',
      'Pt admitted a history of falls.',
      'In case of a fall in room 4, call the charge nurse.',
      'Case manager arranged home health PT.',
      'It was the most interesting case report I read this year.',
      'Pt was the first case of the day; NPO since midnight.',
      'I presented a case report on SMA at journal club.',
      'In case of a fall, pt will use the pendant alarm.',
      'Transferred from w/c to bed 12 with SBA.',
      'Room 4 is available for the afternoon session.',
      'The patient in room 4 (L THA, POD 2) ambulated 150 ft.',
      'Discussed a case of BPPV in the case conference.',
      'The man in bed 3 refused breakfast.',
      'Held the knee in 30 degrees of flexion.',
      'Saw a knee specialist last year; had a hip replacement in 2019.',
      'Saw two patients and a knee brace fitting before lunch.',
      'My 2 o\'clock knee class is full.',
      'Two knees were scoped in 2019 and 2021.',
      'CP clinic referral sent; kids with CP attend on Thursdays.',
      'Possible cyst removed from the left neck in 1991.',
      'Had surgery on the hip in 2019.',
      'Knee in 90 degrees of flexion for the MMT.',
      'Hip in 30 degrees of abduction during the test.',
      'Ondansetron 4 mg in 2 ml IV push.',
      'The gallbladder in the RUQ is distended with sludge; hernia in the RLQ reducible.',
      'Bed 3 pulled out from the wall for the portable x-ray; bed 14 cleaned and ready.',
      'Worst case, 2 weeks NWB. Best case, 6 weeks in a sling.',
      'Interesting case report, 34F with lupus, presented at grand rounds.',
      { text: 'My first case today was a lap chole; the next case was cancelled.', mode: 'reflection' },
      'The new stroke was seen on CT and is extensive on MRI.',
      'The fracture is waiting for ortho review.',
      'The knee keeps giving way on stairs; the new stroke calls for a repeat CT.',
      'The ortho guy cleared her for WBAT; the psych lady will see him tomorrow.',
      'The MS nurse educator and the COPD navigator joined the family meeting.',
      'Met the stroke coordinator; the ALS clinic man at the front desk gave us the forms.',
    ],
  },
});
