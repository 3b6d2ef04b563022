/**
 * dignity.collective-we — "How are we feeling today?", "Let's take our meds".
 */
import { defineRule } from '../define.ts';

const MESSAGE = '"{match}": the collective "we" for what only the patient does is a hallmark of elderspeak and sounds like talking to a child. Speak to the person directly ("How are you feeling?", "Are you ready to …?").';
/** Genuine joint work is fine: "Are we ready to start? We'll do it together." */
const TOGETHER = { notBefore: ['... together|both_of_us|as_a_team'], notAfter: ['together|both_of_us|as_a_team ...'] };
/** The team's own work, after "are we ready to …" or "ready for …": the list, theatre, the handover. */
const TEAM_TASK = 'start|begin|go|proceed|do|kick_off? the|this|our? list|theatre|theater|huddle|handover|round|rounds|ward_round|brief|briefing|debrief|case|time_out|sign_in|checklist|meeting|mdt';
/** A change to someone's treatment that the team is deciding: "Are we ready to move to 3-hourly feeds?", "to wean him off CPAP". */
const TEAM_PLAN = 'move|switch|step|wean|extubate|escalate|de-escalate|increase|reduce|go|trial|try|start|stop #any{0,4} feeds|feeding|hourly|2-hourly|3-hourly|4-hourly|cpap|hfnc|optiflow|bipap|niv|oxygen|o2|extubation|him|the_baby|baby|twin|twins';
/** Questions put to the patient with "we": "are we", "did we", "shall we". */
const ASK = "are|aren't|were|did|didn't|have|haven't|do|don't|shall|should|can|could|will|would";
/** What only the patient feels or does after "are we …". */
const STATE =
  'comfy|cozy|snug|grumpy|cranky|upset|excited|nervous|scared|being_good|being_difficult|being_stubborn|being_naughty|being_cheeky|being_grumpy|being_silly|having_a|have_an_accident|had_an_accident|wet|ready_for|ready_to|feeling|hungry|thirsty|tired|sleepy|comfortable|cold|warm|wet|dry|sore|in_pain|sleep|eat|eaten|drink|drunk|need_the_toilet|need_the_bathroom|need_the_commode|need_the_bedpan|need_to_go|need_to_pee|need_to_use_the|go_potty';
/** Moods put on the patient in a statement: "We're a little grumpy today". */
const MOOD = 'comfy|cozy|snug|grumpy|cranky|crabby|grouchy|upset|excited|nervous|scared|wet|hungry|thirsty|tired|sleepy|sore|feisty|chatty|sassy|cheeky|moody|quiet|stubborn|naughty|in_a_mood|in_a_good_mood|in_a_bad_mood|in_a_mood_today';
/** What only the patient's body does, urged with "we need to": "We need to drink more water". */
const PATIENT_ACT = 'drink|eat|swallow|chew|finish|wear|brush|pee|poop|void|urinate|sleep|nap|cough|sit_up|stand_up|get_up|lie_down|get_dressed|open_wide|open_up|take_our|take_a_deep_breath|take_these|take_this|use_the_bathroom|use_the_toilet|use_the_commode|use_the_bedpan|go_potty|go_to_the_bathroom|keep_it_on|keep_them_on|keep_this_on';
/** What only the patient does, after "are we going to": walking, eating, getting up ("Are we going to walk today?"). */
const OWN_ACT = 'be_good|be_nice|be_a_good|be_quiet|be_difficult|behave_ourselves|give_the_nurses|give_the_nurse|give_us|walk|stand|stand_up|sit_up|eat|drink|get_up|get_dressed|brush|wash|shower|nap|rest|sleep|swallow|try_to_stand|try_to_walk|have_a_bath|have_a_shower|have_a_nap|take_our|eat_our|drink_our|use_the_bathroom|use_the_commode|go_potty|behave';
/** Urging the patient on with "let's" or "time for". */
const URGE =
  "let's|lets|let_us|let_me_see|ready_for|ready_to|time_for|time_to|we_need_to|we_have_to|we_have_got_to|we_gotta|we_must|we_should|we_are_going_to|we're_going_to|we'll|we_will|did_we|have_we|shall_we|are_we";
/** Devices only the patient wears or uses, which a clinic does not share ("our nasal cannula"). */
const DEVICE = 'speaking_valve/n|passy_muir|passy-muir|nasal_cannula/n|cannula/n|oxygen_tubing|hearing_aid/n|hearing_aids|dentures|gown/n|slippers|call_light/n|call_bell/n|catheter/n|oxygen|o2|brief/n|briefs|pull-ups|glasses|compression_stockings|ted_hose|teds';
/** Words between "our" and the patient's thing: the time or kind of it ("our afternoon walk", "our breathing exercises", "our 2200 meds"). */
const OF_THEIRS = 'compression|resting|night|walking|knee|ankle|wrist|back|little|afternoon|morning|evening|night|nighttime|nightly|daily|bedtime|breathing|heel|calf|toe|single-leg|mouth|tongue|lip|jaw|face|facial|swallow|swallowing|voice|eye|foot|shoulder|hip|balance|bladder|leg|arm|neck|hand|home|usual|big|special|last|first|next|new|pain|heart|water|vitamin|sugar|insulin|blood_pressure|bp|cholesterol|thyroid|diabetes|seizure|#int';
/** Nouns that make the patient's thing the clinic's: "our walker trial", "our breakfast program", "our meds policy". */
const STAFF_THING = 'trial|trials|program|programme|programs|order|orders|class|classes|clinic|policy|policies|schedule|protocol|protocols|vendor|supply|supplies|budget|room|cart|cupboard|delivery|service|team|group|audit';
/** What a note says the patient did, narrated as "we": "We took our meds", "We did our breathing exercises". */
const DID = "took|taken|take/v|did|done|do/v|had|finished|finish/v|ate|eat/v|drank|drink/v|tolerated|tolerate/v|completed|complete/v|swallowed|used|wore|put_on|brushed|refused|declined|skipped|missed|spat_out";
/** The patient's own body and care, which nobody shares even in a student's story of a joint session ("we brushed our teeth"). */
const OWN_CARE = 'teeth|hair|bath|shower|meds|medication|medications|pills|insulin|brief|briefs|diaper|bedpan|toileting|dentures|pajamas|pyjamas';
/** The patient's own things and body: "our meds", "our hearing aids", "our blood pressure". */
// A drug named by its generic name is theirs as much as "our pills" ("Are we taking our warfarin …?").
const THEIRS = '@theirs|standing_frame|stander|splints|night_splints|resting_splints|nightie|nighty|nightdress|nightgown|dressing_gown|cardigan|cardi|behaviour|behavior|manners|attitude|language|@drug|sugars|blood_sugars|binders|phosphate_binders|catheter_bag/n|leg_bag/n|stoma_bag/n|pumps|ankle_pumps|quads|stretches|hearing_aid/n|hearing_aids|blood_pressure|walker|cane|slippers|compression_stockings|ted_hose|teds|water_pills|pain_pills|#drugname';

/**
 * The patient's thing or task that a "we" question or urging goes on to ("How are we getting on with our crutches?",
 * "Are we ready to do our stairs?"): the finding runs on to it, and its fix says "your".
 */
const GOES_ON_TO = [`our ${OF_THEIRS}? ${THEIRS}|@body|crutches|pessary|pessaries|examination|exam|scope|injections|jab|jabs|painkillers|bowels|stairs|mask|top|valve|speaking_valve|work-up|workup|shake|protein_shake|section|operation|op|procedure|scan|bloods|cannula|catheter|dressing|dressings|wound|stoma|feed|feeds`];
const YOUR = { our: 'your', ours: 'yours', ourselves: 'yourself', we: 'you', "we're": "you're", "we've": "you've", "we'll": "you'll", us: 'you' };

export default defineRule({
  id: 'dignity.collective-we',
  family: 'dignity',
  severity: { clinical: 'hint', reflection: 'info' },
  // What staff said is the point; the patient's own "we" is not reported.
  quoteExempt: false,
  message: MESSAGE,
  defaults: { fix: 'none', unless: ['patientSpeech', 'quotedRecordWording', 'quotedCritiqued'], extendTo: GOES_ON_TO, extendRewrite: YOUR },
  terms: [
    // "How are we feeling today?" → "How are you feeling today?"
    // Not the team asking itself about stock or time: "How are we doing for PD supply deliveries?", "How are we doing for time?".
    { match: 'how are|is we feeling|doing|today|getting_on|this_morning|this_afternoon|this_evening', suggest: ['$1 $2 you $4'], fix: 'suggest', notAfter: ['for|on|with #any{0,3} supplies|supply|stock|stocks|deliveries|delivery|time|beds|staff|staffing|cover|numbers|kit|equipment|consumables'] },
    { match: "how're we feeling|doing|today|getting_on|this_morning|this_afternoon|this_evening", suggest: ['$1 you $3'], fix: 'suggest' },
    // "Are we ready for our bath?", "Did we sleep well?", "Have we taken our pills?"
    // Not the team asking itself about its own work: "Team huddle: are we ready to start the list?".
    { match: `${ASK} we ${STATE}`, suggest: ['$1 you $3'], fix: 'suggest', notBefore: TOGETHER.notBefore, notAfter: [TEAM_TASK, TEAM_PLAN, ...TOGETHER.notAfter] },
    { match: `${ASK} we look|looking so? handsome|pretty|lovely|nice|beautiful|smart|sharp|good|great|gorgeous`, suggest: ['$1 you $3 $4 $5'], fix: 'suggest', ...TOGETHER },
    // The patient's night or day asked about as shared: "Did we have a rough night?", "Have we had a good weekend?".
    { match: `${ASK} we have|had a|an rough|bad|good|hard|tough|long|restless|sleepless|nice|better|lovely|rocky|quiet night|day|morning|evening|afternoon|weekend|sleep|nap`, suggest: ['$1 you $3 $4 $5 $6'], fix: 'suggest', ...TOGETHER },
    { match: `${ASK} we take|taken|have|had|do|done|finish|finished|try|put_on|get|got|keep|kept|open|opened|empty|emptied our`, suggest: ['$1 you $3 your'], fix: 'suggest', ...TOGETHER },
    // The same in the progressive: "Are we taking our warfarin at the same time each evening?"
    { match: `${ASK} we been? taking|having|doing|finishing|trying|putting_on|getting|wearing|eating|drinking|using|brushing|remembering|keeping|elevating our`, suggest: ['$1 you $3 $4 your'], fix: 'suggest', ...TOGETHER },
    { match: `${ASK} we remember|remembered|forget|forgot|brush|brushed|wear|wore|eat|ate|drink|drank|use|used our`, ...TOGETHER },
    // "Did we remember to wear our compression stockings?"
    { match: `${ASK} we remember|forget to wear|take|use|put_on|bring|drink|eat|do|brush our`, ...TOGETHER },
    // "Are we going to walk today?", "Are we gonna eat something?": what only the patient will do, asked with "we".
    // Asked in reported speech with the auxiliary contracted: "asked if we'd taken our pills yet".
    { match: `if|whether we'd|we_had|we've|we_have been? taken|had|done|doing|finished|eaten|drunk|used|using|worn|wearing|keeping|kept_up our ${OF_THEIRS}? ${THEIRS}`, ...TOGETHER },
    { match: `are|aren't|were we going_to|gonna ${OWN_ACT}`, suggest: ['$1 you $3 $4'], fix: 'suggest', ...TOGETHER },
    { match: `are|aren't|were we going_to|gonna try|use|wear|put_on|do our ${OF_THEIRS}? ${THEIRS}|${DEVICE}`, ...TOGETHER },
    // The person's consent asked as a joint plan: "Are we going to let nurse look at our leg today?"
    { match: "[ are|aren't|were we going_to|gonna ] let|allow nurse|nursey|doctor|physio|the_nurse|the_doctor|the_physio|me|us", ...TOGETHER },
    // "Are we going to try standing today?": trying what only the patient does.
    { match: `are|aren't|were we going_to|gonna try|try_to standing|walking|sitting_up|eating|drinking|swallowing|getting_up|stand|walk|sit_up|eat|drink|swallow|get_up|a_few_steps|a_bite|a_sip|some_#word`, ...TOGETHER },
    // "We're a little grumpy today", "We are feeling cranky this morning": the patient's mood as "we".
    { match: `we're|we_are|we_seem|we_look a_little|a_bit|so|very|rather|quite|being|feeling|looking|getting{1,2} ${MOOD}|sorry_for_ourselves|fed_up|low|teary|tearful|weepy`, ...TOGETHER },
    { match: `we're|we_are ${MOOD} today|this_morning|this_afternoon|this_evening|tonight`, ...TOGETHER },
    // "We need to drink more water", opening what is said to the patient; not "we need to get a CT" (the team).
    { match: `we_need_to|we_have_to|we_must|we've_got_to|we_gotta|we_should|we_are_going_to|we're_going_to ${PATIENT_ACT}`, when: ['opensUtterance'], ...TOGETHER },
    // The same put to the patient in a note's telling: "Pt reminded we need to drink our protein shake".
    { match: `we_need_to|we_have_to|we_must|we've_got_to|we_should ${PATIENT_ACT}`, before: ['pt|patient|resident|him|her reminded|told|encouraged|prompted|advised', 'remind/v|told|tell/v|encourage/v|encouraged|prompt/v|prompted pt|patient|resident|him|her'], ...TOGETHER },
    // "Now, now, we don't want to pull out our IV": a warning put to the patient as "we".
    { match: "we don't|do_not|wouldn't|would_not want_to|wanna pull/v|pull/v_out|take/v_off|take/v_out|rip/v|scratch/v|touch/v|remove/v|lose/v|fiddle_with|mess_with|play_with our", when: ['opensUtterance'], ...TOGETHER },
    { match: "now_,_now|now_now ,? we", ...TOGETHER },
    // "Let's not be difficult", "let's be good for the nurse": the patient's conduct urged as "us".
    { match: `let's|let_us not? be ${MOOD}|difficult|good|nice|silly|naughty|fussy|rude|like_that|a_good_boy|a_good_girl`, ...TOGETHER },
    // "We're looking very smart today."
    { match: "we're|we_are looking so|very|really|quite? smart|handsome|pretty|lovely|nice|beautiful|sharp|gorgeous", ...TOGETHER },
    // Dropped "are": "How we doing today?"
    { match: 'how we feeling|doing', suggest: ['how are you $3'], fix: 'suggest', when: ['opensUtterance'] },
    // Reported: "I asked him how we were doing today". Not a colleague asked about the team ("my CI asked me how we were
    // doing"): the one asked is the patient.
    { match: "how we were|are|'re feeling|doing|getting_on", before: ['ask/v|asked|asking him|her|pt|the_patient|the_resident?', 'ask/v|asked|asking mr|mrs|ms|miss|mx .? #cap'], ...TOGETHER },
    // The patient's own thing later in a "we" question: "Are we having a bit of trouble with our breakfast?" ("Are we
    // having a" is reported on its own, "our breakfast" is the second half of the same talk).
    // Not the clinic's own thing named by the patient's ("our walker trial", "our breakfast program").
    { match: `our ${OF_THEIRS}? ${THEIRS}`, before: [`... ${ASK} we`], after: ['#any{0,6} ?'], notBefore: TOGETHER.notBefore, notAfter: [STAFF_THING, "+-", ...TOGETHER.notAfter] },
    // A tag question put to the patient: "We don't want to fall, do we?", "We're going for a walk, aren't we?"
    // One finding for one utterance: "We're going to put our shoes on now, aren't we?" is reported at "our shoes".
    { match: ", [ aren't|don't|do|won't|shall|didn't|haven't|can't|are|did we ]", after: ['?|!'], notBefore: ["... our|let's|we're_going_to|we_are_going_to", '... together|both_of_us|as_a_team'], notAfter: TOGETHER.notAfter },
    // The patient's own device or body as "our": "Reminded pt to keep our nasal cannula on", "Our knee looks less swollen!"
    { match: `our little|poor|sore? ${DEVICE}`, before: ['... pt|patient|resident|client|him|her|you|he|she'] },
    { match: `our little|poor|sore? @body`, when: ['opensSentence'], after: ['looks|look|is|are|feels|feel|seems|seem|doing|hurting|still|was|has|appears|sounds'] },
    // A drug named by its brand: "Let's take our Sinemet now so we're on for gait training".
    { match: "let's|let_us take/v our @drug|#cap", ...TOGETHER },
    // The person's move as a joint one: "Shall we pop up on the couch?", "shall we hop on the scales?".
    { match: 'shall we pop|hop|jump up|on|onto|into|off|back', ...TOGETHER },
    // "let's finish our fluid log", "let's do our exercises": the person's own task as a joint one.
    { match: `let's|let_us finish|do|fill_in|complete|start|put|try|lift|raise|get our #word? log|chart|diary|sheet|booklet|exercises|drinks|fluids|breakfast|lunch|dinner|meal|medication|meds|tablets|pills|walk|stretches|breathing|arms|legs|hands|feet|weights|spoon|cup|shoes|socks|teeth|inhaler|nebs|injection`, ...TOGETHER },
    // The person's own things as ours in the note's telling: "Pt taking our tablets well now with yoghurt", "managed most of our breakfast".
    { match: '[ our #word? tablets|meds|medication|medicines|breakfast|lunch|dinner|tea|drinks|fluids|insulin|inhaler|nebs|supper ]', before: ['pt|patient|resident|he|she|we|we\'ve|we_have #any{0,3} taking|took|takes|managed|manages|ate|eats|eating|finished|having|had|refused|refusing'], when: ['clinicalMode'], notBefore: TOGETHER.notBefore, notAfter: [...TOGETHER.notAfter, 'break|breaks|time|hour|order|orders|meeting|round'] },
    // The person's own dose or walk recorded as the team's, in a note: "0400: resting, we took our PEP dose with crackers".
    { match: `we took|we've_taken|we_have_taken|we've_had|we_have_had our #word? dose|doses|meds|tablets|pills|medication|insulin|nebs|walk|wash|shower|breakfast|lunch|dinner|tea|drink|drinks`, when: ['clinicalMode'], notBefore: TOGETHER.notBefore, notAfter: [...TOGETHER.notAfter, 'break|breaks|time|hour|order|orders'] },
    // The patient's body narrated as "we": "Assisted to bathroom, we voided 200 mL clear yellow urine".
    { match: 'we voided|urinated|peed|stooled|had_a_bm|had_a_bowel_movement|passed_urine|passed_flatus|passed_stool|vomited|threw_up', when: ['clinicalMode'], ...TOGETHER },
    // The same in the perfect, and the patient's continence as "we": "We have opened our bowels this am", "We've been a bit
    // wet overnight".
    { match: ["we've|we_have|we_had|we'd|we’d opened|open our bowels", "we've|we_have|we_had|we're|we_are|we_were been? a_bit|a_little|very|quite|rather|so? wet|incontinent|soiled"], when: ['clinicalMode'], ...TOGETHER },
    // "Let's take our meds", "Time for our bath", "our exercises" urged on the patient
    { match: `${URGE} #word{0,3} our ${OF_THEIRS}? ${THEIRS}`, ...TOGETHER },
    // The urging goes on to a second thing of theirs: "Let's get our teeth brushed and our shoes on", "Let's take our
    // pills, then our walk" are two.
    // A verb may lead the second one in: "let's get our shoes on and go for our walk".
    { match: `and|,|then|plus then? #word{0,2} [ our ${OF_THEIRS}? ${THEIRS} ]`, before: [`... ${URGE} #word{0,3} our ${OF_THEIRS}? ${THEIRS} #any{0,3}`], ...TOGETHER },
    // The patient's meal, walk or exercises narrated as the writer's own in a note: "so we're having our breakfast in bed
    // today", "We had a little walk to the bathroom and back", "Did our ankle pumps x10 this morning".
    { match: `we're|we_are having|taking|doing|eating|drinking our ${OF_THEIRS}? ${THEIRS}|breakfast|lunch|dinner|tea|supper|walk|exercises`, when: ['clinicalMode'], ...TOGETHER },
    // Only where the walk or wash is the patient's: to the bathroom, with the frame, in bed (a team's "little walk round the
    // department" is its own).
    { match: 'we|we_have|we\'ve had|have a little|lovely|nice walk|wander|wash|nap|sleep|rest|drink|sip|cup_of_tea|breakfast|lunch', after: ['#any{0,6} bathroom|toilet|loo|commode|bed|chair|frame|zimmer|stick|walker|window|day_room|corridor|back|pillows|shower|sink'], when: ['clinicalMode'], ...TOGETHER },
    { match: `did|done|completed|finished our ${OF_THEIRS}? ${THEIRS}|exercises`, when: ['clinicalMode', 'noteClauseStart'], notAfter: ['break|breaks|hour|meeting|order|orders|audit|training', ...TOGETHER.notAfter] },
    // "come on sweetheart, up we get": the person's getting up said as the speaker's own.
    { match: 'up|in|down|round we get|go|pop', notBefore: ['then|and|so|when', ...TOGETHER.notBefore], notAfter: TOGETHER.notAfter },
    // Reported: "I asked him whether we were ready to pop our top off".
    { match: "if|whether we were|are|'re|was ready_to|ready_for|feeling|comfy|comfortable", before: ['ask/v|asked|asking him|her|pt|the_patient|the_resident'], notBefore: TOGETHER.notBefore, notAfter: ['our', ...TOGETHER.notAfter] },
    // Prompting in a note: "Encouraged to have our breakfast before the psych review".
    { match: `encourage/v|encouraged|prompted|reminded|asked to have|take|eat|drink|finish|use|wear our ${OF_THEIRS}? ${THEIRS}|breakfast|lunch|dinner|tea|fluids|drinks`, when: ['clinicalMode'], ...TOGETHER },
    // The note narrating the patient's care as "we": "We took our meds without difficulty this AM". In clinical notes only:
    // a student's "we" in a reflection is often the student and the CI ("we ate our lunch in the break room").
    { match: `we|we've|we_have|we_had ${DID} all|both? our ${OF_THEIRS}? ${THEIRS}`, when: ['clinicalMode'], notBefore: TOGETHER.notBefore, notAfter: ['break|breaks|hour|meeting|order|orders', ...TOGETHER.notAfter] },
    // In a reflection too, for what only the patient's body does: "Then we had our bath and we brushed our teeth".
    { match: `we|we've|and ${DID} our ${OF_THEIRS}? ${OWN_CARE}`, unless: ['clinicalMode'], notBefore: TOGETHER.notBefore, notAfter: TOGETHER.notAfter },
    // The same narration going on in a joined clause: "We took our meds with applesauce and then had our nap".
    { match: `and|, then|later|after|afterwards? [ ${DID} our ${OF_THEIRS}? ${THEIRS}|${OWN_CARE}|nap|naps|rest|lunch|breakfast|dinner|snack|walk|exercises ]`, before: [`... we|we've ${DID} our`], when: ['clinicalMode'], notBefore: TOGETHER.notBefore, notAfter: ['break|breaks|hour|meeting|order|orders', ...TOGETHER.notAfter] },
    // The person's conduct as a shared topic: "we'd need to have a little chat about our behaviour".
    { match: 'a|a_little|a_quick|a_wee chat|talk|word about our behaviour|behavior|manners|attitude|language', ...TOGETHER, notAfter: [STAFF_THING, ...TOGETHER.notAfter] },
    // The note narrating the patient's own things as "our": "Encouraged with our fluids", "two laps with our Zimmer".
    { match: `with|using our ${OF_THEIRS}? ${THEIRS}|zimmer|frame|rollator|stick|fluids|diet`, when: ['clinicalMode'], notAfter: [STAFF_THING, ...TOGETHER.notAfter], notBefore: ['... team|staff|colleagues|we|us'] },
    // The patient's night narrated as the writer's: "We have had a settled night and are now sitting out".
    { match: "we|we've|we_have|we_had have? had a settled|good|restless|quiet|comfortable|better|poor|peaceful|unsettled|disturbed|bad|lovely night|morning|day|evening", when: ['clinicalMode', 'noteClauseStart'], ...TOGETHER },
    // A hyphenated modifier in between: "Let's finish our nectar-thick juice", "our honey-thick liquids".
    { match: `${URGE} #word{0,3} our #word +- +#word ${THEIRS}|liquids`, ...TOGETHER },
    // "How's our knee today?", "Is our pain still bad?": the patient's body as "our".
    { match: `how's|how_is|how_are|how're our little|poor|sore? @body|blood_sugar|leg_exercises|${THEIRS}`, suggest: ['$1 your $3 $4'], fix: 'suggest' },
    {
      match: `is|are|does|do our little|poor|sore? @body|blood_sugar|${THEIRS}`,
      suggest: ['$1 your $3 $4'],
      fix: 'suggest',
      after: ['#word? still|feeling|hurting|sore|better|worse|aching|bothering|doing|ok|okay'],
    },
  ],
  docs: {
    summary: 'The collective "we" for what only the patient does: "How are we feeling today?", "Let\'s take our meds".',
    why:
      'Swapping "you" for "we" was the most common feature of elderspeak in recorded nursing-home care, and older adults hear it as patronizing. It also blurs who is doing what: the source text describes care done with the patient, and a real partnership names the patient as the one acting and deciding. Genuine joint work ("we reviewed the HEP together") is fine.',
    prefer: '"How are you feeling today?", "Are you ready to start?", "Would you like to take your medication now?"',
    exceptions: [
      'Shared activity: "we reviewed the HEP together", "we agreed on a plan", "we practised transfers as a team".',
      'The patient\'s own words in a quotation.',
    ],
    sources: ['S24', 'seed'],
  },
  examples: {
    flagged: [
      { text: 'I asked Mr. Kowalczyk {{how we were getting on with our new inhaler}}.', mode: 'reflection' },
      'Pt taking {{our tablets}} well now with yoghurt.',
      '0400: resting, {{we took our PEP dose}} with crackers and kept it down.',
      { text: 'I kept saying {{let\'s put our arms}} up to a 60-year-old engineer.', mode: 'reflection' },
      { text: 'I asked the 19-year-old, "{{Shall we pop up}} on the couch for the examination?"', mode: 'reflection' },
      'Encouraged pt: {{let\'s finish our fluid log}} before lunch.',
      '"{{Are we going to}} let nurse look at that leg today?"',
      { text: 'I asked, "{{Are we going to wear our night splints}} tonight?"', mode: 'reflection' },
      { text: 'I said, "{{Let\'s get our nightie}} on," and she stared at me.', mode: 'reflection' },
      'Walked to the toilet {{with our frame}}, supervision only.',
      '{{Have we opened our bowels}} today? Pt unsure, stool chart not filled in.',
      { text: 'I asked him, "{{How are we getting on with our crutches}} today?"', mode: 'reflection' },
      '{{Are we going to try our speaking valve}} today? Pt shook head.',
      '0800 pt reminded {{we need to drink our protein shake}} before PT.',
      '{{We have had a restless night}}, now asleep.',
      { text: 'I told him we would need {{a little chat about our behaviour}} if it happened again.', mode: 'reflection' },
      '{{Lets get our shoes}} on before the walk.',
      '{{Are we ready to}} go to the toilet?',
      { text: 'I said "come on sweetheart, {{up we get}}" and she smiled at me.', mode: 'reflection' },
      { text: 'I asked him {{whether we were ready to pop our top}} off for the ECG.', mode: 'reflection' },
      { text: '{{Encouraged to have our breakfast}} before the psych review.' },
      { text: 'Each morning I asked him {{whether we had been doing our stretches}}.', mode: 'reflection' },
      { text: 'Pt reluctant to get up, so {{we\'re having our breakfast}} in bed today.' },
      { text: '{{We had a little walk}} to the bathroom and back with the frame this am.' },
      { text: '{{Did our ankle pumps}} and static quads x10 this morning.' },
      { text: '{{Have we been keeping our legs}} up? Pt says mostly in the evenings. => Have you been keeping your legs up? Pt says mostly in the evenings.' },
      { text: '{{We\'re feeling a bit sorry for ourselves}} today - low after a night of pain.' },
      { text: '{{Let\'s get our catheter bag}} emptied, then pressure areas checked.' },
      { text: '{{We have opened our bowels}} this am, Bristol type 4.' },
      { text: "{{We've been a bit wet}} overnight, pad changed x2." },
      { text: "Reminder card for pt: {{let's take our binders}} with every meal!" },
      'Assisted to bathroom, {{we voided}} 200 mL clear yellow urine.',
      'Care plan: {{we will take our lactulose}} at 8am.',
      'Reminded pt {{we need to be brushing our gums}} twice a day.',
      'Cued pt: "{{Let\'s take our Sinemet}} now."',
      'O: {{We did all our heel raises}} today w/o pain.',
      { text: 'I asked, "{{Are we ready for our weigh-in}}?"', mode: 'reflection' },
      { text: 'Every morning I asked {{if we\'d taken our pills}} yet.', mode: 'reflection' },
      'Home visit: {{let\'s take our BP pill}} with breakfast.',
      'Asked {{are we keeping our feet}} up; pt states she tries after lunch.',
      'We ate our lunch in the dayroom and then {{had our nap}}.',
      'Told pt it is {{time for our breathing treatment}}.',
      { text: 'I asked {{how we were doing}} this morning and she rolled her eyes.', mode: 'reflection' },
      '{{Let\'s get our knee brace}} on before we stand.',
      '{{We refused our 0900 meds}} again, so the nurse will retry at 1000.',
      { text: 'I kept saying "{{let\'s get our gown}} on" to him in pre-op.', mode: 'reflection' },
      { text: 'Then {{we had our bath}} and {{we brushed our teeth}} before PT.', mode: 'reflection' },
      '{{Did we have a bad night}}? => Did you have a bad night?',
      "Let's put on our splint and {{our socks}} before lunch.",
      "Let's take our pills, then {{our walk}}.",
      "Let's brush our hair and {{our teeth}} now.",
      "{{Are we gonna try walking}} to the door?",
      "{{Are we going to try a few steps}} with the walker?",
      "{{Are we going to try eating}} a little more?",
      "Reminded pt: '{{Let's finish our exercises}} before lunch.'",
      "Told him, '{{Time for our walk}}.'",
      'Cued the resident: "{{We need to stand up}} now."',
      "{{How're we doing}} today, Mrs. K? => How're you doing today, Mrs. K?",
      'Greeted pt with "{{How are we feeling}} today?" => Greeted pt with "How are you feeling today?"',
      'I asked, "{{Are we ready for our walk}}?"',
      '{{Are we taking our furosemide}} every morning?',
      'Said "{{let\'s take our meds}} now" and handed her the cup.',
      '{{How\'s our hip}} this morning, Mr. D? => How\'s your hip this morning, Mr. D?',
      '{{Did we sleep}} well last night? => Did you sleep well last night?',
      '{{Ready for our walk}}?',
      '{{Aren\'t we looking handsome}} today!',
      '{{We\'re going to put our socks}} on now.',
      { text: 'I told him "{{did we do our exercises}}?" before I thought about it.', mode: 'reflection' },
      '{{Are we having a}} rough day today?',
      'Reminded pt to keep {{our nasal cannula}} on while walking.',
      '{{Our knee}} looks less swollen today!',
      'We don\'t want to fall, {{do we}}?',
      '{{How we doing}} today? => How are you doing today?',
      '{{We\'re looking very smart}} today.',
      '{{Did we remember our hearing aids}}?',
      '{{Did we forget to wear our hearing aids}}?',
      "{{We're a little cranky}} this morning.",
      '{{We need to swallow}} first, then talk.',
      "{{Let's finish our honey-thick juice}} before therapy.",
      '{{We ate our breakfast}} in the chair today.',
      '{{Are we going to walk}} today? => Are you going to walk today?',
      '{{We finished our morning stretches}} with min cues.',
      "{{Let's get our hearing aids}} in before group.",
      '{{Are we going to be good}} for the nurse today?',
      "{{Let's not be difficult}}.",
      "{{We don't want to pull out our}} IV, do we?",
      "{{Now, now, we}} don't want to pull out our IV.",
      { text: 'I asked him {{how we were doing}} today and he just rolled his eyes.', mode: 'reflection' },
      '{{Are we having a bit of trouble with our breakfast}} this morning?',
      { text: '{{Time for our afternoon walk}}, I told him.', mode: 'reflection' },
    ],
    clean: [
      'Are we going to let the family know tonight? Discussed with the registrar.',
      { text: 'Then up we went to the ward with the porter.' },
      { text: 'My CI asked whether we were ready to present the case at handover.', mode: 'reflection' },
      { text: "At handover we talked about why asking 'how are we today?' can sound patronising to the people we visit.", mode: 'reflection' },
      { text: 'We had a little walk round the department to find the spare hoist.' },
      { text: 'Did our mandatory training this morning; ward covered by bank staff.' },
      { text: 'Team huddle 0800: are we ready to start the list? Kit and implants checked.' },
      'Are we ready to move to 3-hourly feeds? Huddle: yes, if no further desaturations overnight.',
      { text: 'How are we doing for PD supply deliveries - order due on the 14th?' },
      { text: 'How are we doing for time before the list starts?' },
      { text: "We've been a bit short of staff overnight, two HCAs off sick." },
      { text: 'My preceptor asked why I had written "how are we feeling today" in the note.', mode: 'reflection' },
      'Do we have a bed on 4 North for the transfer?',
      "Let's review the plan and our goals for next week.",
      "Let's do our exercises together and our stretches as a team.",
      "Are we going to try the new brace today?",
      "We are going to try walking together with the walker.",
      { text: "My CI and I wondered whether we were going to try the tilt table.", mode: 'reflection' },
      "Pt: 'Let's finish our exercises before lunch.'",
      "Pt said: 'Time for our walk.'",
      "Pt asked: 'Time for our walk?'",
      'We reviewed the HEP together and agreed on two changes.',
      'We discussed transfer options; pt chose the slide board.',
      'Pt said, "Are we ready to go? My ride is here."',
      'How are you feeling today, Naren?',
      '> Are we ready for our walk? My ride is here.',
      'Our clinic will call to schedule the MRI.',
      'We need to get a CT of the chest.',
      "We're tired after the long shift.",
      'Our knee protocol allows 0-90 degrees in week 2.',
      'Are we able to get an MRI before surgery?',
      'Did we get the authorization?',
      'Our oxygen concentrators are serviced monthly.',
      'We took our lunch break after the session.',
      { text: 'We ate our lunch in the break room after clinic.', mode: 'reflection' },
      'We did our best to reach the family.',
      { text: 'My CI asked me how we were doing on the documentation.', mode: 'reflection' },
      'Are we able to order our walkers through the DME vendor?',
      'Did we send the referral for our cardiac rehab program?',
      'Did we get the results of our walker trial?',
      "Let's be clear about the plan before the family meeting.",
      "We don't want to pull the drain until output is under 30 mL.",
    ],
  },
});
