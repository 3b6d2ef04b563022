/**
 * adhere.failed — the patient as the party that failed a treatment or an appointment.
 */
import { defineRule } from '../define.ts';

/** Treatments a person is said to have "failed", with up to four modifiers ("6 weeks of conservative PT"). */
const TREATMENT_MOD =
  'a|an|the|his|her|their|all|both|prior|previous|community|crisis|home-based|multiple|several|two|three|extensive|outpatient|inpatient|conservative|non-operative|nonoperative|nonsurgical|non-surgical|physical|home|steroid|cortisone|epidural|oral|#num|-|wk|wks|week/n|month/n|mo|mos|session/n|visit/n|day/n|of|one|four|six|eight|second|third|first|last|diuretic|antibiotic|insulin|medical|drug|dietary|bladder|bowel|training|vestibular|balance|pain|weight-loss|weight_loss|#drugname|@drug|and|&|,';
const TREATMENT_CORE =
  'pt|physio|physical_therapy|physiotherapy|ot|occupational_therapy|therapy/n|treatment/n|tx|rehab|rehabilitation|hep|exercise_program|home_program|management|mgmt|mgt|care|measures|trials|trial/n_of|course/n_of|round/n_of|injection/n|esi/n|medication/n|meds|abx|antibiotic/n|antibiotics|steroids|steroid/n|antifungal/n|antifungals|antiviral/n|inhaler/n|inhalers|puffer/n|puffers|nsaid/n|analgesic/n|bracing|splinting|orthotic/n|casting|traction|regimen/n|program/n|programme/n|protocol/n|exercise_trial/n|hep_trial/n|splint_trial/n|brace_trial/n|orthotic_trial/n|medication_trial/n|drug_trial/n|therapy_trial/n|detox/n|detoxes|detoxification|alcohol_detox|home_detox|meal_plan/n|eating_plan/n|food_plan/n|diet/n|diets|regime/n';
// The word right before the treatment may be any word, as it names the kind: "failed outpatient dysphagia therapy",
// "failed lymphedema therapy".
const TREATMENT = `${TREATMENT_MOD}{0,3} #word? ${TREATMENT_CORE}`;
/** Things a person can be said to have "failed to" do. */
const ACTIONS =
  'turn_up|turn_in|attend|show|show_up|come|return|follow|follow_up|follow-up|f_/_u|comply|complete|do|perform|keep|make|bring|call|schedule|reschedule|take|wear|use|adhere|participate|engage|report|notify|inform|progress|improve|respond|cooperate|demonstrate|carry_out|practice|practise|refill|fill|pick_up|collect|arrive|appear|meet|reach|achieve|attain';
/** A trial of a body's own function ("failed a trial of extubation", "failed trial of void"): physiology, not effort (a hint of its own, below). */
const PHYSIOLOGY_TRIAL = `${TREATMENT_MOD}{0,4} trial/n_of|course/n_of|round/n_of extubation|void|voiding|labor|labour|weaning|wean|feeds|feeding|room_air|decannulation|capping|spontaneous_breathing|cpap|bipap`;
const FAILED_TREATMENT =
  'Saying the patient "{match}" a treatment makes them the one who fell short. Say what happened: "symptoms persisted after 6 weeks of PT", "did not improve with", "X did not relieve pain".';
const FAILED_TO = '"{match}" turns a missed session or a skipped step into a personal failing. "Did not attend" states the fact; add the reason if known.';

export default defineRule({
  id: 'adhere.failed',
  family: 'adherence',
  severity: { clinical: 'info', reflection: 'warning' },
  // A device, a payer or a drug that failed is not the patient ("Dobutamine failed to improve CI"); only a person as subject is.
  defaults: { when: ['personSubject'], notBefore: ['@thing|@drug|#drugname @have|@be|@adverb{0,2}'] },
  terms: [
    // "Pt failed conservative PT" → "Pt did not improve with conservative PT"
    // "Pneumonia, failed outpatient treatment": after a named problem, the treatment of the problem failed.
    { match: 'failing', after: [TREATMENT], notAfter: [PHYSIOLOGY_TRIAL], suggest: ['not improving with'], message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    { match: '@have fail/v', after: [TREATMENT], notAfter: [PHYSIOLOGY_TRIAL], suggest: ['$1 not improved with'], message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    { match: 'fail/v', after: [TREATMENT], notAfter: [PHYSIOLOGY_TRIAL], suggest: ['do/v not improve with'], message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    // Drugs named as what the person failed: "pt failed gabapentin and duloxetine, now on hydromorphone PCA".
    { match: 'fail/v', after: ['#drugname|@drug and|or|,|&|/ #drugname|@drug', '#drugname|@drug ,|;|.|now|then|so|and_is|and_was|due_to|because'], suggest: ['do/v not improve with'], message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    // A line of cancer treatment, which names a regimen by its place in the sequence: "pt failed first-line FOLFOX",
    // "failed second-line therapy" (say "progressed on", "did not respond to").
    { match: 'fail/v', after: ['first-line|second-line|third-line|1st-line|2nd-line|3rd-line|frontline|front-line|first_line|second_line|third_line'], suggest: ['do/v not respond to'], message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    // "Failed her last two appointments", "pt failed his follow-up visit": a missed appointment as a failing. Without a
    // determiner or a count ("Failed appointment letter sent") it names the clinic's category, not the person.
    {
      match: 'fail/v',
      after: ['her|his|their|the|#num|two|three|several|multiple|both|all|last|recent|scheduled|next|first|second|1st|2nd|3rd|4th|third|fourth|follow-up|f_/_u{1,4} appointment|appointments|appt|appts|visit|visits|session|sessions|follow-up|follow-ups'],
      fix: 'none',
      message: FAILED_TO,
    },
    // "She failed her breastfeeding goal", "failed both STGs": the person as the one who fell short of a goal set with
    // them ("did not meet", "did not reach" states it).
    {
      match: 'fail/v',
      after: ['her|his|their|the|both|all|#num|two|three|several|multiple|most #word{0,2} goal/n|stg|stgs|ltg|ltgs|target/n'],
      fix: 'none',
      message: FAILED_TO,
    },
    // A course counted in weeks: "Failed 6/52 of conservative physio".
    { match: 'fail/v', after: ['#int +/ +52|12 of', '#int weeks|wks|months of'], fix: 'none', message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    // Cycles or courses counted: "She failed two cycles of Clomid".
    { match: 'fail/v', after: ['#num|two|three|four|five|six|several|multiple|both|all cycles|cycle|rounds|round|courses|course|attempts|lines of|at'], fix: 'none', message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    // A trial named by what was tried, with the person's possessive: "He failed his FES trial", "failed her splint trial".
    { match: 'fail/v', after: ['his|her|their #word{1,2} trial|trials'], notAfter: [PHYSIOLOGY_TRIAL, 'his|her|their extubation|void|voiding|tw0c|twoc|weaning|wean|feeding|feeds|room_air|decannulation|capping|cuff_deflation|swallow|swallowing|sbt|spontaneous_breathing|cpap|bipap|niv|catheter|trial_without_catheter'], fix: 'none', message: FAILED_TREATMENT, unless: ['diagnosisBefore'] },
    // "failed to attend" → "did not attend"
    { match: `failing to ${ACTIONS}`, suggest: ['not $3'], message: FAILED_TO },
    { match: `@have? fail/v to ${ACTIONS}`, suggest: ['do/v not $4'], message: FAILED_TO },
    // Only a person attends or turns up, so a note's subjectless fragment needs no subject for it: "DNA'd falls clinic
    // twice, failed to attend physio too", "referred to VR; failed to attend intake x2".
    { match: '@have? fail/v to attend|turn_up|show_up', suggest: ['do/v not $4'], message: FAILED_TO, when: [], unless: ['personSubject'] },
    {
      match: `failure to ${ACTIONS}`,
      when: [],
      // "Failure to progress" is also the obstetric indication for a caesarean: labour, not the woman, did not progress
      // ("C-section for failure to progress", "failure to progress in the second stage of labour").
      notBefore: ['... c-section|section|cesarean|caesarean|c_/_s|lscs|ltcs|delivery|labor|labour|induction|dilation|dystocia|arrest|vacuum|forceps|obstetric|obstetrical|intrapartum|ob'],
      notAfter: ['in|of|during the? first|second|active|latent? labor|labour|stage|dilation|dilatation|descent|effacement', 'at #num cm', 'at #num'],
      message: '"{match}" frames a missed step as a personal failing. State the fact ("did not attend 2 sessions") and any reason given.',
    },
    // "Referred after failed conservative management": no stated subject, milder.
    {
      match: ['failed|unsuccessful conservative|non-operative|nonoperative|nonsurgical care|management|mgmt|treatment|tx|therapy|measures', 'treatment|tx failure'],
      when: [],
      // A drug's own failure is pharmacology: "Nitrofurantoin treatment failure (E. coli resistant on culture)".
      notBefore: ['#drugname|@drug|antibiotic|antibiotics|antifungal|antiviral'],
      severity: 'hint',
      message: 'Consider naming what did not work rather than implying the patient failed ("{match}"): "symptoms persisted despite 6 weeks of conservative care".',
    },
    // A trial of the body's own function: "Pt failed TWOC", "failed trial of void x2", "failed his spontaneous breathing
    // trial". The bladder or the lungs did not manage yet; said of the person it reads as their failing (a hint).
    {
      match: 'fail/v',
      after: [`${PHYSIOLOGY_TRIAL}`, 'his|her|their|the|a? twoc|tov|sbt|sbts|spontaneous_breathing_trial|swallow_trial|swallowing_trial|trial_without_catheter|trwoc|wean|weaning_trial|extubation_trial|cuff_deflation|capping_trial|decannulation_trial'],
      severity: 'hint',
      fix: 'none',
      message: 'A trial of the body\'s own function does not pass or fail the person ("{match}"). Say what happened: "did not void after catheter removal; re-catheterised", "did not tolerate the SBT".',
    },
    // "Pt failed the 5xSTS": a test result, not a character judgment.
    {
      match: 'fail/v #word{0,4} test|challenge|clearance',
      severity: 'hint',
      message: 'A test result is data, not a verdict on the person ("{match}"). Report the result ("unable to complete 5 sit-to-stands without UE support; 18 s").',
    },
  ],
  // A conditional ("if she fails to attend …") records nothing the patient did.
  contexts: { hypothetical: 'silent' },
  docs: {
    summary: 'The patient as the one who "failed" a treatment, a trial or an appointment.',
    why:
      'Treatments fail patients; patients do not fail treatments. "Pt failed conservative PT" puts the shortfall in the person when it was the treatment that did not help, and "failed to attend" turns a missed session into a character flaw without its reason. The source text describes care as a partnership: when a plan does not work, that is shared information about the plan, and the note should say what happened.',
    prefer: '"Symptoms persisted after 6 weeks of PT", "did not improve with a trial of night splinting", "did not attend 3 of 5 sessions (transport problems)".',
    exceptions: [
      'Organ failure ("respiratory failure", "heart failure"), "failure to thrive", "failed back surgery syndrome".',
      'Device and equipment failure ("controller failure", "the lift failed").',
      'Test items and trials of the body\'s own function are noted only as a hint ("failed the 5xSTS", "failed TWOC", "failed his SBT" → report what happened): the bladder or the lungs did not manage, and the person did not fall short. A screen\'s pass or fail ("failed bedside swallow screen") is its result and is not flagged.',
      'A treatment as the subject ("the injection failed to relieve pain") is the preferred framing.',
    ],
    sources: ['S20', 'S32', 'S33'],
  },
  examples: {
    flagged: [
      '{{Failed}} 6/52 of physio, now for injection.',
      'She {{failed}} three rounds of letrozole.',
      'She {{failed}} her splint trial and it was returned.',
      'Pt {{failed}} the meal plan again.',
      { text: 'He {{had failed}} three different inhalers before he was referred to us.' },
      { text: 'Pt {{failed}} community crisis management and re-presents tonight.' },
      { text: '{{Failed}} 12 wks outpatient physio, now listed for arthroscopy.' },
      { text: 'I felt annoyed when she {{failed to collect}} her warfarin for the third week running.', mode: 'reflection' },
      '{{Failed}} 2nd appt in a row.',
      'Pt {{failed}} second-line docetaxel and is here to discuss trials. => Pt did not respond to second-line docetaxel and is here to discuss trials.',
      'Pt {{failed}} the splint trial and was fitted for a brace.',
      'Pt {{failed}} outpatient lymphedema therapy; referred to surgery.',
      'Pt {{failed}} naproxen and celecoxib, now trialling topical diclofenac. => Pt did not improve with naproxen and celecoxib, now trialling topical diclofenac.',
      'Pt {{failed}} baclofen and tizanidine trials for spasticity. => Pt did not improve with baclofen and tizanidine trials for spasticity.',
      'Pt {{failed}} outpatient diuretic regimen, now 8 kg up. => Pt did not improve with outpatient diuretic regimen, now 8 kg up.',
      'She {{failed}} the bladder training program twice. => She did not improve with the bladder training program twice.',
      'Bed 9 {{failed to call}} before getting up and was found on the floor.',
      'Pt {{failed}} outpatient antibiotics for the cellulitis. => Pt did not improve with outpatient antibiotics for the cellulitis.',
      'Pt {{failed}} his last two follow-up appointments.',
      'Pt {{failed}} conservative PT for the calf strain and was referred to ortho. => Pt did not improve with conservative PT for the calf strain and was referred to ortho.',
      '{{Failed to attend}} 3 of the last 5 sessions. => Did not attend 3 of the last 5 sessions.',
      'Pt {{failed}} TWOC, re-catheterised.',
      '{{Failed}} trial of void x2, straight cath for 650 mL, Foley replaced.',
      { text: 'He {{failed}} his spontaneous breathing trial again and I could see he blamed himself.', mode: 'reflection' },
      "DNA'd falls clinic twice, {{failed to attend}} physio too. => DNA'd falls clinic twice, did not attend physio too.",
      'She {{failed}} a trial of night splinting.',
      'Pt {{failed to follow}} the pressure-relief schedule. => Pt did not follow the pressure-relief schedule.',
      'Discharged for {{failure to attend}} two consecutive sessions.',
      'No-show x3, {{failed to call}}.',
      'Missed 3 of 6 visits, {{failed to call}} to cancel.',
      { text: 'She {{failed}} her exclusive breastfeeding goal and stopped at 3 weeks.', mode: 'reflection' },
      'Discharged from PT for {{failure to progress}} toward goals.',
      'Plan of care ended after {{failure to progress}} with gait training over 6 weeks.',
      'Referred back to the surgeon given {{failure to improve}} with therapy.',
    ],
    clean: [
      'Failed bedside swallow screen; NPO pending SLP eval.',
      'He failed his voiding trial and was recatheterised.',
      'Nitrofurantoin treatment failure (E. coli resistant on culture), switched to pivmecillinam.',
      'The autoclave failed its test cycle on Tuesday.',
      'Dobutamine failed to improve CI; milrinone started.',
      'Vancomycin failed to clear the bacteremia, so ID switched to daptomycin.',
      'Bed 9 alarm failed overnight; biomed replaced it.',
      'The drain failed to hold suction and was replaced.',
      'Failed appointment letter sent to pt.',
      'Failed the bedside dysphagia screen; NPO until SLP sees him.',
      'Respiratory failure requiring BiPAP in 2023; now uses nocturnal NIV.',
      'Heart failure with reduced EF (35%); monitor dyspnea with exertion.',
      'Failure to thrive in infancy per records.',
      'Failed back surgery syndrome (L4-S1) is listed as the referral diagnosis.',
      'Power-chair controller failure on Monday; vendor replaced the joystick module.',
      'Symptoms persisted after 6 weeks of PT; referred back to sports medicine.',
      'The injection failed to relieve pain.',
      '1. Pneumonia, failed outpatient treatment.',
      'Cellulitis, failed oral antibiotics; admitted for IV cefazolin.',
      'Primary cesarean section for failure to progress at 7 cm.',
      'Failure to progress in the second stage of labor; vacuum-assisted delivery.',
      'Induction of labour, then failure to progress of dilation beyond 5 cm.',
      'G2P2, delivered by LTCS for failure to progress, now 6 weeks postpartum.',
      'Labor complicated by failure to progress; repeat C-section planned for next pregnancy.',
    ],
  },
});
