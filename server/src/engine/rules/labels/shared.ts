/**
 * Patterns shared by the label rules (not a rule file). They are pattern
 * strings (docs/engine/terms.md), so a label rule stays data.
 */

/** The patient reports the feeling themself: "reports feeling angry", "states she felt agitated". */
export const FEELING_REPORT =
  'feel/v|report/v|state/v|describe/v|endorse/v|express/v|admit/v @degree|@pronoun|@be|feel/v|being|that|a_bit|a_little{0,3}';

/** A person word, then a copula or degree words, right before the label: "Pt was", "family has been very", "he came across as". */
export const PERSON_COPULA =
  '@person|@labelTarget|he|she|they has_been|have_been|had_been|can_be|could_be|may_be|will_be|is|was|are|were|being|became|remain/v|seem/v|appear/v|came_across_as|comes_across_as|come_across_as|struck_me_as|strikes_me_as|@degree|at_times{1,3}';

/**
 * The same with the subject and copula written as one word: "She's really rude to staff", "he's such a handful". Written
 * out alone it needs nothing after it ("she's rude").
 */
export const CONTRACTED_COPULA = "he's|she's|they're|he’s|she’s|they’re @degree|at_times|a|an|such_a{0,3}";
/**
 * A person placed by bed or room before the copula: "the patient in bay 3 was", "the man in bed 12 is". The place
 * says which person, so what follows is still said of them.
 */
export const PLACED_PERSON_COPULA = PERSON_COPULA.replace(
  '@person|@labelTarget|he|she|they ',
  '@person|@labelTarget in|on|at the? bay|bed|room|rm|cubicle|side_room|sideroom|cube|bedspace #int|#upper|#alnum ',
);
/** A person named by title and surname before the copula: "Ms. Farrow was really rude". */
export const NAMED_PERSON_COPULA = PERSON_COPULA.replace('@person|@labelTarget|he|she|they ', 'mr|mrs|ms|miss|mx .? #cap ');
/** Either form, for a rule's `before`. */
/** The same by first name and initial, as reflections write them: "Lewis M. was so entitled". */
export const INITIALLED_PERSON_COPULA = PERSON_COPULA.replace('@person|@labelTarget|he|she|they ', '#cap #upper . ');
export const PERSON_COPULAS = [PERSON_COPULA, CONTRACTED_COPULA, PLACED_PERSON_COPULA, NAMED_PERSON_COPULA, INITIALLED_PERSON_COPULA];

/** A copula with degree words, up to a few coordinated labels before this one: "is needy and", "can be very". */
export const COPULA = '... is|was|are|were|been|being|be|became|becomes|become|remain/v|seem/v|appear/v|gets|got|getting|act/v|sound/v|known_to_be @degree|a|an|the|at_times|a_bit{0,3}';

/** Soft labels: a hint at better wording in a note, a warning in a student's reflection. */
export const SOFT = { clinical: 'info', reflection: 'warning' } as const;

/**
 * The people a behaviour is aimed at, after its preposition: "rude to the night staff", "aggressive with aide during AM
 * care". Naming the target shows the word describes conduct toward a person, whatever else the sentence goes on to name.
 */
export const AIMED_AT =
  'the|his|her|their|other|every|each|all|any? @staffModifier? staff|nurse/n|sonographer/n|radiographer/n|phlebotomist/n|paramedic/n|porter/n|hca/n|hcas|healthcare_assistant/n|physio/n|physios|nursing|aide/n|therapist/n|team|provider/n|doctor/n|physician/n|md|resident/n|student/n|clerk/n|receptionist/n|tech/n|front_desk|desk|reception|registration|scheduler/n|secretary/n|security|pharmacist/n|consultant/n|lactation_consultant/n|midwife|midwives|doula/n|social_worker/n|chaplain/n|interpreter/n|dietitian/n|driver/n|night_shift|day_shift|evening_shift|nights|everyone|us|me|others|people|family|wife|husband|mother|father|caregiver/n|roommate/n|visitor/n|volunteer/n';

/**
 * The writer describing themselves: "so I wouldn't seem rude", "I worried I was being needy". Only auxiliaries, linking
 * verbs and degree words between "I" and the label, so "I said she was rude" is still about her.
 */
export const SELF_DESCRIBED = "=I|we|I'd|I'm|I'll|we'd|we're would|wouldn't|won't|will|didn't|don't|do_not|did_not|not|never|want|wanted|to|might|may|could|couldn't|was|am|were|be|being|been|seem|seemed|sound|sounded|look|looked|appear|appeared|got|get|getting|became|become|felt|feel|grew|come_across|came_across|too|so|very|a_bit|kind_of{0,6}";
