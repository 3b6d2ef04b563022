/**
 * power.unilateral — the clinician deciding for the person: told, made, allowed, ordered.
 */
import { defineRule } from '../define.ts';

const TELL_MESSAGE =
  '"{match}" records a one-way instruction. Record the conversation and the person\'s decision: "discussed …; pt chose …", "recommended …; pt agreed to try …".';
const ALLOW_MESSAGE =
  '"{match}" casts the clinician as the one granting permission for the person\'s own choices. Describe the choice and its reason ("pt chose to rest 2 min between sets").';
const FORBID_MESSAGE =
  '"{match}" casts the clinician as the one granting permission. Give the reason and the recommendation ("advised not to … until …; pt agreed"), or cite the order it comes from.';

const ORDER_MESSAGE = '"{match}" makes the plan an order to be obeyed. Record the recommendation and the person\'s decision ("recommended …; pt agreed").';

/** The clinician as subject, with the adverbs notes put before the verb ("I then told him"). */
const I = '=I|we have|had|had_to|have_to|needed_to|need_to|then|also|firmly|clearly|strictly|always|keep|kept|still|ended_up|wound_up|basically|actually|literally|just|even|finally{0,2}';
/** The same with the modals of granting and refusing permission ("we would not allow her to"). */
const I_MODAL = '=I|we have|had|then|also|only|finally|just|will|would|did|do|not|still|won\'t|wouldn\'t|didn\'t|don\'t|cannot|can\'t|refused_to|refuse_to|declined_to{0,3}';
const MADE_MESSAGE = '"{match}" describes care done to the person rather than with them. Record what was proposed, what the person chose and how they responded.';
/**
 * What "made him …" causes when it is a feeling or a state, not an act done on command: "made him aware of the risks",
 * "made her nervous", "made him laugh".
 */
const MADE_FEEL = 'laugh|smile|feel|cry|wince|jump|think|comfortable|uncomfortable|aware|nervous|anxious|uneasy|happy|glad|sad|upset|angry|mad|furious|frustrated|self-conscious|embarrassed|proud|curious|confident|welcome|safe|worse|better|tired|sore|dizzy|nauseous';
/** The person as object: "pt", "the patient", "him", or the age that stands for them ("Told 15 yo she must …"). */
const WHO = 'the|my|our|this|#int? @told|yo';
/** "… told pt he must …": a ruling follows. */
const RULING = 'he|she|they must|cannot|can\'t|should|has_to|have_to|need_to|needs_to|may_not|is_not|will_need|will_have';
/**
 * Someone else is the subject: "Pt told me", "My CI told him", and lay people in the person's life whose say is theirs,
 * not the clinician's ("Her employer told her to stay home", "His coach told him not to play").
 */
const OTHER_SUBJECT = '@subject|@clinician|@relative|employer|boss|manager|coach|teacher|landlord|roommate|friend|friends|boyfriend|girlfriend|fiance|fiancé|pastor|priest|lawyer|attorney|officer|police|judge';
/** Advice the person reports from elsewhere: "Pt claiming she was told to double the dose by the hospital". */
const TOLD_ELSEWHERE = '#any{1,6} by the|her|his|their|a|an? hospital|doctor|gp|pharmacist|pharmacy|clinic|specialist|consultant|surgeon|nurse|@clinician|@organisation';
/** A passive needs a person right before it: "a decision was made to", "the abdomen was allowed to" are no ruling. */
const PERSON_BEFORE = ['@subject|@person @adverb?'];
/** The same with a modal before "be": "Pt will be allowed to shower once drain is out". */
const PERSON_MODAL = "@subject|@person @adverb? will|would|may|might|can|could|should|shall|won't|wouldn't|cannot|can't not?";
/** Weight-bearing and range limits come from a physician's order or a protocol. */
const LIMIT_BEFORE = '... weight-bearing|bear_weight|@restriction';
const LIMIT_AFTER = 'weight-bearing|bear_weight|@restriction ...';
/**
 * The rule named after it as the law's or a licensing body's: "isn't allowed to drive for a month under the DVLA rules",
 * "by law". Not the writer's own condition that names one ("not allowed to drive until DVLA informed").
 */
const LAW_AFTER = '#any{0,10} under|by|per|according_to|in_line_with the? dvla|dmv|law|laws|regulations|regulation|licensing|insurance|insurer|insurers|legal';
/** A surgeon's lifting restriction passed on at discharge ("was told not to do any heavy lifting"). */
const LIFTING = 'do|perform no|any? heavy? lifting';
/** A procedure the person needs, passed on: medical necessity told, not a rule for their conduct. */
const PROCEDURE_NEEDED = 'have|undergo|get|be_seen|see|be_admitted|be_evaluated|stop_taking|take|hold|start|continue|not_lift|not_bear|not_bend|lift|bear|bend';
/** The same after the ruling, when the reported words stop at the telling verb. */
const RULED_PROCEDURE = `that? he|she|they #word{1,2} ${PROCEDURE_NEEDED}`;
/** A ban by a court, licensing body or employer is not the clinician's ruling. */
const BY_AUTHORITY = '#any{0,4} by the|his|her? dmv|court|state|law|police|insurer|insurance|employer|school|league|@organisation';
/** A medication instruction passed on ("was told to hold warfarin until cleared by cardiology"): the prescriber's order. */
const MEDICATION_TOLD = 'hold|resume|restart|stop_taking|start_taking|continue_taking|keep_taking|taper|wean_off|take_his|take_her|take_their|take_the_medication|take_the_medicine';
/** Arranging follow-up is information, not a ruling ("was told to follow up with her PCP in 1 week"). */
const FOLLOW_UP = 'follow_up|follow-up|followup|make_an_appointment|schedule|book';
/**
 * Safety teaching after an instruction ("stop if chest pain occurs") is education, not a ruling. A restriction told to
 * the person until someone clears them ("was told to stay in bed until seen by ortho", "I told pt to stop driving until
 * cleared") is still the telling's ruling: the clearance lifts it, it does not teach a sign to act on.
 */
/**
 * Nor is comfort: "told her not to worry, the needle is nearly in", "told him not to apologise", "not to give up". Said
 * after "not to", it rules nothing about what the person does.
 */
const REASSURANCE = 'worry|fret|panic|stress|be_scared|be_afraid|be_nervous|be_embarrassed|be_ashamed|be_sorry|apologise|apologize|feel_bad|feel_guilty|blame_herself|blame_himself|blame_themselves|give_up|lose_hope|lose_heart';
const SAFETY = ['if|when|whenever|in_case ...', REASSURANCE];
/**
 * How often the person was told, between "was told" and "to" ("told over and over to elevate the leg", "has been told
 * countless times not to get up alone"): the repetition makes it a ruling pressed on the person, however it is counted.
 */
const REPEATED =
  'repeatedly|again|already|twice|firmly|clearly|strictly|sternly|bluntly|emphatically|forcefully|explicitly|flat_out|point-blank|multiple_times|several_times|many_times|over_and_over|again_and_again|time_and_again|time_after_time|countless_times|numerous_times|more_than_once|so_many_times|a_hundred_times|a_million_times|each_visit|every_visit|at_every_visit|every_time|each_time|on_multiple_occasions|on_several_occasions|on_numerous_occasions';
/** A colleague as the one not allowed ("My CI wasn't allowed to bill for the co-treat"): a rule for staff, not the person. */
const STAFF_NOT_ALLOWED = 'my|our|the|his|her|their @colleague|@clinician|therapists|nurses|aide|aides|doctors|physicians|surgeons|student|students|pta|ot|slp was|were|is|are|be|been|has|have|had?';
/** Officials and visitors named without a determiner ("Officers are not allowed in the consultation room"): a rule for them. */
const OFFICIALS_NOT_ALLOWED = 'officers|officer|prison_officers|police|police_officers|guards|custody_officers|escorts|security|visitors|relatives|families|staff|@clinician|@colleague are|were|is|was|be|been|have|has|had? still|also|now|then?';
/** The writer as the one not allowed ("I wasn't allowed to start the IANB until my supervisor had checked"): a rule for a learner. */
const WRITER_NOT_ALLOWED = "=I|we was|were|am|'m|have|had|will|would|could? still|just|yet|only?";
/** A relative or another lay person as the one ruling: "Pt's mother told her she's not allowed to drive" is their rule. */
const SOMEONE_ELSE_RULES = '... @relative|boyfriend|girlfriend|fiance|fiancé|roommate|landlord|employer|boss told|tells|said|says|insists|insisted|decided|decides|feels|felt|thinks|thought|warned|warns|believes|believed';
/** Where the person will live, announced to them: "informed that discharge will be to SNF, not home". */
const PLACEMENT = 'snf|a_snf|skilled_nursing|a_skilled_nursing_facility|a_nursing_home|nursing_home|ltc|long-term_care|long_term_care|ltach|ltac|a_facility|facility|placement|assisted_living|memory_care|a_group_home|group_home|rehab|inpatient_rehab|acute_rehab|subacute_rehab';
/** What the person wants or needs, made to wait on doing as told: "before he could eat", "before she was allowed to go back to bed". */
const WITHHELD = 'eat|have|go|leave|smoke|get|rest|sleep|use|watch|call|see|drink|return|lie|sit|shower|take|his|her|their|a|lunch|breakfast|dinner|coffee|phone|tv|visitors';
/** What a clinician tells a person about how they are doing: praise and progress, not a ruling ("told her she did great"). */
/** The writer named in the third person, as notes do: "Writer insisted …", "denied by this writer". */
const WRITER_NAMED = 'writer|this_writer|the_writer|this_therapist|the_undersigned';
/** Praise and courtesies said straight to the person, with no "that": "told her good job", "told him good luck". */
const PRAISE_SAID = [
  'good|great|nice|awesome job|work|girl|boy|effort|try|one',
  'well_done|attagirl|attaboy|atta_girl|atta_boy|bravo|congratulations|congrats|good_luck|goodbye|good_night|good_morning|thanks|thank_you|happy_birthday|hello|hi',
];
const PRAISE_TOLD =
  "he|she|they|it was|were|is|are|'s|did|looked|looks|seemed|sounded|had_done|has_done a|an|so|such|doing|very|really|great|good|well|amazing|awesome|fantastic|wonderful|brave|strong|okay|ok|fine|right|welcome|beautiful|handsome|lovely|perfect|safe|lucky|ready|making|healing|improving|getting|progressing|the_best";
/** The person's lack of choice, told: "he has no choice but to", "she doesn't have a say", "SNF is the only option". */
const NO_CHOICE = [
  'he|she|they|pt|you has|have|had no|little other? choice|option|options|say|alternative',
  "he|she|they|pt|you doesn't|don't|didn't|does_not|do_not|did_not have a|any choice|option|say",
  // "told family hospice is the only option": one course announced as the only one.
  'is|are|was|were the only option|choice|alternative|way',
];
/** A telling addressed to a relative, up to what it announces. */
const TOLD_RELATIVE = 'tell/v|told|inform/v|informed|notify/v|notified|explain/v_to|explained_to the|his|her|their|pt\'s? @relative|family #any{0,12}';
/** Telling the person what they will do in words that leave no choice. */
const TELLING = '... told|tell/v|tells|instructed|instruct/v|informed|inform/v|explained|explain/v|reminded|remind/v|warned|warn/v|clear|said|say/v';
/** Words after "let him" that hand the person the choice or the floor ("let him know", "let her choose"). */
/** What a place's rule is about, not a person ruled: "Parking not allowed outside the flats", "Smoking not permitted on site". */
const POLICY_SUBJECT = 'parking|smoking|vaping|dogs|pets|food|drinks|alcohol|mobile_phones|photography|filming|cars|vehicles|flowers|balloons|latex_balloons';
const HANDS_OVER = 'know|see|choose|decide|lead|set|pick|guide|put_it_on|hold|try_it|press|play|help|speak|talk|explain|tell|ask|finish|vent|express|share|take_the_lead|take_charge|set_the_pace|have_a_say|have_the_final_say';

/** A lesson about who decides, made sure of: "made sure she knew", "making sure he understood". */
const MADE_SURE = 'make/v|made sure he|she|they|pt|the_patient knew|knows|know|understood|understands|understand|got_it';
/** Adverbs that make a telling a ruling: "told her flatly", "informed him bluntly". */
const FORCE = 'flatly|flat_out|flat-out|point-blank|point_blank|bluntly|sternly|firmly|forcefully|emphatically|straight_out';
/** Fasting before a procedure, passed on: "informed pt she cannot eat or drink after midnight". */
const FASTING = 'eat|drink|have_anything|take_anything ...';
/** The clinician having the person do something: "I had her sit", "we then had him walk". */
const I_HAD = '=I|we then|also|just|finally|eventually|still|even|again? have|had';
/** The person's reluctance overridden: "even though he was tired", "despite her pain". */
const OVERRIDING = '#any{0,8} despite|even_though|although|regardless';
/** Words of obligation for telling verbs other than "tell" ("reminded pt she has to …"); no "should" or "needs to". */
const RULING_STRICT = "he|she|they must|mustn't|cannot|can't|has_to|have_to|is_not_to|are_not_to|will_have_to";
/** Losing care as the price of a choice: "discharged", "dropped from the caseload", "lose his slot". */
const DISCHARGED = 'discharged|dropped|terminated|dismissed|kicked_out|sent_home|sent_back|sent_away';
/** What a person does that a threat of discharge is made about; hyphenated "no-show" is matched as a pattern. */
const ATTEND = '@attendance|no-show|no-shows|no-showed|no-showing';
/** Conduct only a person does, never a symptom: "another outburst means …" is a threat, "another episode means …" may be medicine. */
const LAPSE = 'outburst/n|violation/n|infraction/n|no-show/n|absence/n|fight/n|threat/n|smoking|vaping|drinking|cigarette/n|incident_of_#word';
/** What the person does, named as conduct that a threat is about: "any further smoking on the unit will result in discharge". */
const CONDUCT = 'smoking|vaping|drinking|use|violation/n|incident/n|episode/n|threat/n|outburst/n|behavior|behaviour|aggression|disruption/n|absence/n|lateness|cancellation/n|infraction/n|missed_visit/n|missed_appointment/n';
const SERVICES = 'therapy|services|service|the_service|the_day_service|day_service|the_day_centre|the_day_center|day_centre|the_day_hospital|day_hospital|this_service|our_service|the_team|the_program|program|the_programme|programme|the_clinic|clinic|=PT|=OT|the_caseload|caseload|our_caseload|my_caseload|rehab|the_class|class|the_group|group|the_schedule|the_list';
// "Bed" is left out: losing a bed is usually a unit's or shelter's rule stated to the person, not the clinician's lever.
/** What a person is told they will lose: a place in the service, or a privilege ("his phone", "her leave"). */
const LOST_THING = 'his|her|their|your slot/n|spot/n|place|appointment/n|referral/n|phone|tablet|ipad|console|xbox|privileges|leave|tv|screen_time|pocket_money|visits';
const LOSE = 'lose/v his|her|their|your|the|my|our #word? slot/n|spot/n|place|appointment/n|service/n|referral/n|authorization|time_slot/n|visits';
const THREAT_MESSAGE =
  '"{match}" makes care the price of obedience. A threat to discharge or withdraw care shuts the person out of the decision; record the concern, the reason it matters and what you agreed.';
const DECIDE_MESSAGE =
  '"{match}" casts the clinician as the one who decides the person\'s care. Record the options discussed and what the person chose.';
const OBEY_MESSAGE = '"{match}" is the language of obedience. Record what was recommended and what the person chose to do.';
/** Other staff as the ones acting on the person ("My CI made her walk", "the aide scolded him"); not "I" or "we". */
const STAFF = 'physician|surgeon|doctor|registrar|reg|consultant|=GP|gp|=SHO|=FY1|=HCA|hca|midwife|paramedic|sister|charge_nurse|=MD|=Dr|therapist|staff|nurse|nurses|=RN|=LPN|=CI|=PT|=PTA|=OT|=COTA|provider|clinician|team|attending|preceptor|aide|aides|=CNA|=CNAs|nursing|tech|techs|student|supervisor';
const DISCIPLINE_MESSAGE =
  '"{match}" treats the person as someone to be disciplined. Record what happened, the risk it carries and what was agreed ("discussed the fall risk of standing alone; pt agreed to call").';
const DISMISS_MESSAGE = '"{match}" dismisses the person\'s request rather than answering it. Record what they asked for, the reason it could or could not be met and what was offered instead.';
/** Phrases that close a request without an answer. */
const SHUT_DOWN = "not_going_to_happen|not_happening|ain't_happening|deal_with_it|get_over_it|suck_it_up|that's_just_the_way_it_is|that's_the_way_it_is|those_are_the_rules|rules_are_rules|the_rules_are_the_rules|we_make_the_rules|i_make_the_rules";
const COERCE_MESSAGE =
  '"{match}" describes pressure rather than a choice. Record what was proposed, what the person said and what they decided.';
const HAD_MESSAGE =
  '"{match}" records the clinician directing the person. Say what was proposed and what they chose ("she chose to sit for the rest of the session").';
/** A relative or partner doing the pressuring is their behaviour, not the clinician\'s framing. */
/** What illness forces on a life, not a clinician on a person: "forced to retire", "made to leave his job". */
const LIFE_EVENT = 'retire|quit|resign|stop_working|leave_work|leave_his_job|leave_her_job|leave_school|move|relocate|sell|give_up|close|take_leave|take_time_off|drop_out|withdraw';
/** The person's own life after "we decided he would …": where they go and live, what they use. */
const LIFE_CHOICE = 'go|live|move|stay|use|wear|attend|return|walk|transfer|drive|leave|be_placed|be_discharged|not_go|not_return|not_drive';
/** What a person concedes under pressure: "until she agrees", "only if he promises". */
const CONCEDES = 'agree/v|agrees|comply|complies|cooperate/v|cooperates|apologise/v|apologize/v|apologises|apologizes|promise/v|promises|behave/v|behaves|give/v_in|gives_in|relent/v|relents';
/** Belongings or privileges taken as leverage: "take away her phone", "withheld his cigarettes". */
/** Belongings and everyday pleasures a unit can hold over a person: taken away, or to be "earned back". */
/** Care itself held back as a lever: analgesia, equipment, a referral ("no more narcotics until he completes his walking programme"). */
const HELD_CARE = 'methadone|buprenorphine|subutex|espranor|diazepam|narcotics|opioids|opiates|painkillers|pain_meds|pain_medication|analgesia|prn|prns|oramorph|morphine|oxycodone|@drug|equipment|referral|referrals|powerchair|wheelchair';
const PRIVILEGE = 'phone|tv|tv_time|television|screen_time|remote|cigarettes|smoke_breaks|privileges|call_light|tablet|ipad|laptop|radio|snacks|dessert|outings|visits|visitors';
const TAKE_AWAY = `take/v|took|taken away his|her|their ${PRIVILEGE}`;
/** Measures held over a person's behaviour ("restraints will be used if …", "threatened with security"). */
const MEASURE = 'restraint/n|restraints|mitts|security|police|a_section|sectioning|seclusion|sedation|an_injection|a_sitter|sitter|a_psych_hold|a_hold|commitment|involuntary_commitment|an_ng_tube|a_feeding_tube|a_catheter';
/** The person's own wish, stated and then overridden: "even after she asked to rest", "despite his objection". */
const PERSON_WISH =
  '#any{0,8} despite|even_though|although|though|even_after|even_when|after|when|over he|she|they|her|his|their|pt|pt\'s|the_patient\'s #any{0,2} asked|asking|requested|request|requests|begged|wanted|pleaded|said_no|declined|refused|refusal|protest|protests|protested|objection|objections|objected|wish|wishes';
/** Care given without consent because the person could not give it: an emergency, not a choice overridden. */
const INCAPABLE = 'emergency|emergent|emergently|unconscious|unresponsive|incapacitated|obtunded|intubated|sedated';
/** The person's own preference named as the thing ruled out: "her preference to stay in bed is not an option". */
const PREFERENCE = 'preference|wish|wishes|request|choice|desire|wanting|plan|refusal|insistence';
/**
 * What a person does to earn or keep something: taking part, doing as asked, calming down. Not what they become able
 * to do ("can do the stairs", "improves"), which is a discharge criterion, not a bargain.
 */
const COMPLIES =
  'participate/v|cooperate/v|comply/v|behave/v|apologise/v|apologize/v|agree/v|accept/v|let/v_us|let/v_me|let/v_staff|let/v_the_nurses|allow/v_us|allow/v_me|finish/v|complete/v|do/v|take/v|eat/v|use/v|wear/v|attend/v|stop/v|calm/v|calms|listen/v|follow/v|get/v_up|get/v_out_of_bed|got_up|got_out_of_bed|gets_dressed|got_dressed|get/v_dressed|start/v|starts|started|walk/v|shower/v|go/v_to_group|goes_to_group|went_to_group|get/v_back|got_back|go/v_back|went_back|return/v';
/** The same, said as not done: "if he doesn't do his exercises", "if she refuses the lift again". */
const DEFIES = "@neg|doesn't|does_not|won't|will_not|refuses|refused|refuse/v|keeps|kept|continues|continued|again|anymore|another";
/**
 * A condition on the person's conduct, up to the sanction: "if he doesn't do his exercises", "if she refuses the lift
 * again,", "if he keeps yelling,". A negation needs a deed after it: "if she doesn't improve" is the illness.
 */
const IF_DEFIES = [
  `if|unless he|she|they|pt @neg|doesn't|does_not|did_not|won't|will_not|refuses_to|refused_to|refuse/v_to #word? ${COMPLIES} #any{0,5} ,?`,
  'if|unless he|she|they|pt keeps|kept|continues|continued|refuses|refused #any{0,6} ,?',
  'if|unless he|she|they|pt #any{0,5} again|anymore|any_more|another_time|once_more #any{0,3} ,?',
  // One more lapse counted: "if she skips another session", "if he misses one more appointment".
  // Not a dose ("if she misses another dose she won't be cleared for surgery" is pharmacology, not a bargain).
  'if|unless he|she|they|pt skip/v|miss/v|skips|misses|skipped|missed another|one_more|any_more #word? session|appointment|appt|visit|class|group|practice|therapy|treatment|meal|day ,?',
];
/** A measure the team says it will be driven to: "we'll have to place an NG", "we will need to use mitts". */
const FORCED_MEASURE = `we|i|staff|they|we'll|i'll|they'll will|'ll|would|are_going_to? have_to|need_to place/v|put/v|insert/v|start/v|use/v|call/v|get/v ${MEASURE}|an_ng|an_ngt|a_ng|an_ng_tube|a_ng_tube|a_peg|a_foley|a_tube|restraints|mitts|a_sitter|security`;
/** Detention or a hold made the price: "sectioned", "put on a hold". */
const DETAINED = 'sectioned|detained|put_on_a_hold|put_on_a_section|put_on_a_72-hour_hold|held';
/** "if she keeps refusing fluids", "unless he takes the depot": a condition on conduct after the sanction. */
const IF_CONDUCT = "if|unless he|she|they|pt keeps|kept|continues|continued|refuses|refused|won't|doesn't|does_not|tries";
/** A condition on the person turning care away or missing it: "if she continues to send carers away", "if he keeps skipping NIV". */
const IF_TURNS_AWAY = "if|unless he|she|they|pt keeps|kept|continues|continued to? send/v|sending|refuse/v|refusing|cancel/v|cancelling|canceling|turn/v_away|turning_away|decline/v|declining|miss/v|missing|skip/v|skipping|ignore/v|ignoring";
/** Kept from going home, or from what is theirs: "she won't be going home", "he won't get his leave". */
const NOT_HOME = "[ he|she|they will_not|won't|will_not_be|won't_be|is_not|isn't|is_not_going_to|isn't_going_to|can't|cannot|doesn't|does_not go|going|get|be_going|be_allowed|be_able_to_go|be_able_to_come|be_able_to_join|able_to_go|able_to_come|able_to_join|have|see home|back|his|her|their|to|on|out ]";
/** Sanctions on the person, after such a condition: discharged, sent away, kept from home, security called. */
const SANCTIONS = [
  "[ we|i|staff|the_team|nursing will|would|'ll|are_going_to discharge/v|drop/v|restrain/v|sedate/v|send/v|transfer/v|dismiss/v him|her|them ]",
  // Said as the writer's hand being forced: "if he didn't start his HEP I'd have to discharge him".
  "[ we|i will|would|'ll have_to|need_to discharge/v|drop/v|dismiss/v|stop_seeing him|her|them ]",
  "[ i'd|we'd|i’d|we’d|i'll|we'll have_to|need_to? discharge/v|drop/v|dismiss/v|stop_seeing him|her|them ]",
  NOT_HOME,
  "[ security|the_police|police|restraints|a_sitter will|would|'ll be called|used|applied|involved ]",
  // Kept from play or a return: "she won't be cleared for the conference meet", "he will not be eligible to return".
  "[ he|she|they will_not|won't|wouldn't|would_not|can't|cannot be cleared|eligible|allowed_to_play|allowed_to_return ]",
  "[ he|she|they will|would|'ll be|get discharged|dropped|terminated|dismissed|kicked_out|sent_home|sent_back|restrained|transferred|removed ]",
  "[ he'll|she'll|they'll|he’ll|she’ll|they’ll|he'd|she'd|they'd be|get discharged|dropped|terminated|dismissed|kicked_out|sent_home|sent_back|restrained ]",
  // Escalation or a signature made the price: "if she does not accept the section we will have to escalate to the
  // consultant and social care", "if she keeps refusing the CTG she will have to sign a disclaimer".
  "[ we|i will|would|'ll have_to|need_to escalate|involve|inform|refer ] to|social_care|social_services|safeguarding|the_consultant|her_consultant|his_consultant|children's_services",
  // Or a service withdrawn: "if she keeps refusing the carers, the agency may withdraw the service".
  "[ the_agency|the_service|the_council|social_services|social_care|the_care_agency|the_provider|we|they may|might|will|would|could|'ll withdraw|stop|end|cancel|pull|close the|her|his|their service|services|care|package|care_package|support|visits|calls|referral|case ]",
  "[ he|she|they will|would|'ll have_to|need_to sign a|the disclaimer|waiver|self-discharge_form|ama_form|form_to_say ]",
  // The person's therapy stopped by the team: "if he keeps refusing the AFO we will have to stop his therapy sessions".
  "[ we|i|we'll|i'll will|would|'ll? have_to|need_to stop|end|withdraw|cancel|suspend his|her|their therapy|therapy_sessions|sessions|treatment|physio|visits|care|rehab ]",
  // The writer's own care stopped: "we will not continue seeing him".
  "[ we|i will_not|won't|wouldn't|would_not|can't|cannot continue_seeing|continue_to_see|keep_seeing|continue_treating|continue_to_treat|see|treat him|her|them ]",
  // Going home made to wait on the person's acceptance: "if she does not accept carers, discharge home cannot be supported".
  "[ discharge|discharge_home|going_home|a_discharge_home cannot|can't|can_not|won't|will_not|would_not|wouldn't be supported|be_possible|go_ahead|happen|be_agreed ]",
];
/** A restrictive measure as the price of what the person does with their hands or body: "he will have to be restrained". */
const RESTRICTIVE = 'restrained|sedated|re-sedated|resedated|secluded|mitted|put_in_mitts|put_in_restraints|held_down';
const MEASURE_AS_PRICE = `he|she|they|pt|he'll|she'll|they'll|he'd|she'd|they'd will|would|'ll? have_to|need_to? be|get ${RESTRICTIVE}`;
/**
 * Conduct, not the body: pulling at lines, touching the tube, getting up, hitting out ("if he keeps desaturating" or
 * "if she continues to deteriorate" is the illness, and sedation then is treatment).
 */
const HANDS_ON = 'pull/v|pulling|touch/v|touching|remove/v|removing|take/v_off|taking_off|grab/v|grabbing|climb/v|climbing|get/v_up|getting_up|hit/v|hitting|kick/v|kicking|bite/v|biting|spit/v|spitting|fight/v|fighting|scratch/v|scratching|interfere/v|interfering|fiddle/v|fiddling|tamper/v|tampering|lash/v_out|lashing_out|pick/v|picking';
const IF_HANDS_ON = `if|unless he|she|they|pt keeps|kept|continues|continued|tries|tried|attempts|starts|goes_on to? ${HANDS_ON}`;
/** A person's things and pleasures that can be held back, taken or handed back as a reward. */
const BELONGING =
  'walker|wheelchair|w_/_c|cane|crutches|call_light|call_bell|phone|cell_phone|cellphone|glasses|hearing_aids|shoes|clothes|slippers|cigarettes|remote|tv_remote|tablet|ipad|laptop|wallet|purse|keys|radio|headphones|tv|music';
const TREAT = 'lunch|breakfast|dinner|supper|tray|meal|dessert|snack|snacks|coffee|juice|pudding|cookie|treat|candy|pain_meds|pain_medication|pain_pills|smoke_break|smoke|cigarette|break|tv_time|screen_time|phone_time|outing|visit|visitors|walk_outside|extra_#word|more_#word|a_#word_break';
/** Privileges a unit grants a person ("TV privileges", "off-unit privileges"); not driving or a physician's. */
const PRIVILEGE_KIND = 'tv|phone|smoking|smoke|computer|outdoor|outside|pass|visiting|visitor|off-unit|off_unit|unit|ground|grounds|canteen|gym|game|dayroom|recreation|rec|screen|television|internet|walking|courtyard|patio';
/** Out of the person's reach: where a thing is kept so they cannot use it. */
const OUT_OF_REACH = "out_of_reach|out_of_her_reach|out_of_his_reach|out_of_their_reach|out_of_sight|away|behind_the_desk|at_the_desk|at_the_nurses'_station|at_the_nurses_station|at_the_nursing_station|in_the_hall|in_the_hallway|out_of_the_room|in_the_office|locked_up";
/** A behaviour for which a person is punished: "sent to his room for yelling". */
const MISCONDUCT = 'yelling|swearing|cursing|shouting|screaming|refusing|arguing|being_rude|being_disruptive|acting_out|misbehaving|spitting|hitting|kicking|throwing|talking_back|being_difficult|noncompliance|non-compliance|the_outburst|his_outburst|her_outburst|the_argument';
/** What only the person can do to step out of care: leave, refuse, say no. */
const OWN_WAY_OUT = 'leaving|leave|ama|refusing|refusal|declining|saying_no|signing_out|walking_out|skipping|missing|cancelling|canceling|opting_out';
const BY_OTHERS = ['by his|her|their|a|an? @relative|boyfriend|girlfriend|ex|ex-partner|partner|abuser|friends|peers|employer|boss ...'];

/** The person reporting a rule someone else set them ("She told me she was not allowed to take time off work"). */
const PATIENT_REPORTS = ['... she|he|they told_me|told_us|said|says|explained|mentioned|reports|reported|stated|states', '... what|whatever they|he|she|you are|is|were|was'];

/** A telling that another term already reports with the condition it sets ("made it clear to family that …", "was warned that …"). */
const ALREADY_TOLD = '... make/v|made it very|crystal? clear|plain|warned|was_warned|were_warned';

/** A ruling closed to discussion: "non-negotiable", "not up for negotiation", "this is final". */
const NON_NEGOTIABLE_MESSAGE = '"{match}" shuts the person out of a decision about their own care. Explain why it matters and what the person agreed to.';

export default defineRule({
  id: 'power.unilateral',
  family: 'power',
  severity: { clinical: 'info', reflection: 'warning' },
  message: TELL_MESSAGE,
  // A ruling reported after the person is told it ("Told pt that if she pulls her NG tube again she will be restrained",
  // "Pt was told it is not his decision", "I told Mr. Ferreira he was not allowed to") is one finding from the telling on.
  leadIn: [
    `tell/v|inform/v|warn/v|remind/v|notify/v ${WHO}`,
    'tell/v|inform/v|warn/v|remind/v|notify/v mr|mrs|ms|mx|miss .? #cap',
    `explain/v to ${WHO}`,
    // The ruling told to the family: "told family hospice is the only option".
    "tell/v|inform/v|warn/v|notify/v the|his|her|their|pt's? family|@relative|daughters|sons|children|siblings",
    `@subject [ was|were|is|are|has_been|had_been|been ${REPEATED}? told|informed|warned|reminded|notified ]`,
    '@subject [ told|informed|warned|reminded|notified ] that|he|she|they|it',
    // A ruling named before its terms: "Ultimatum given: attend three times a week or lose the slot".
    'ultimatum|ultimatums',
    // "Made it clear to pt that staying is non-negotiable": the telling as a ruling.
    `make/v|made it clear to ${WHO}`,
  ],
  defaults: {
    fix: 'none',
    // A physician's order or protocol stated as a fact is not the writer's decision.
    notBefore: ['... per|by the? @orderer'],
    unless: ['orderCitedAfter'],
  },
  terms: [
    // "I told him to stop" → "I advised him to stop"; "I told her that" → "I explained to her that".
    { match: `${I} tell/v ${WHO} to`, suggest: ['$1 $2 advise/v $4 $5 to'], fix: 'suggest', notAfter: SAFETY },
    { match: `${I} tell/v ${WHO} that`, suggest: ['$1 $2 explain/v to $4 $5 that'], fix: 'suggest' },
    // Not a speech tag closing the sentence ("Come on, two more steps, I told her.") or opening a quotation (its words are
    // judged by the rules that read them), and not praise or news about how the
    // person is doing ("I told her she was a good girl", "told him he looked great"): only what the person must do is a ruling.
    { match: `${I} tell/v ${WHO}`, suggest: ['$1 $2 discuss/v with $4 $5 that'], fix: 'suggest', notAfter: ['about|my|to|that|@relative|all_about|so|as_much', 'which|what|where|when|who|how', 'a joke|story', "=I|we would|will|'d|'ll|could|can|was|were|am|had|have", 'the|his|her|their|my? results|findings|diagnosis|news|prognosis|options|risks|benefits|truth|answer|answers|name|plan|plans|schedule', '.|!|?|;|"|”|\'|‘|“', ', "|\'|‘|“', PRAISE_TOLD, ...PRAISE_SAID, `not|never to ${REASSURANCE}`, "there was|is|'s|were no rush|hurry|pressure|obligation|need", ...NO_CHOICE] },
    // The ruling told to a parent, who decides for a young child: "I told the mum she had to stop giving juice in the bottle".
    { match: `[ ${I} tell/v the|his|her|their? mum|mom|mother|dad|father|parent|parents|carer|caregiver ] ${RULING}|had_to|needed_to` },
    // Note style drops the "I": "Told pt he must use the walker", "Told him to stop …" opening a fragment, also after a
    // semicolon ("not permitted to ambulate without staff; told her to call before getting up").
    { match: `tell/v ${WHO} not|never? to`, when: ['noteClauseStart'], notBefore: [OTHER_SUBJECT], notAfter: SAFETY },
    { match: `[ tell/v ${WHO} ] ${RULING}`, when: ['noteClauseStart'], notBefore: [OTHER_SUBJECT], notAfter: SAFETY },
    { match: `tell/v ${WHO} that`, after: ['@must|need|needs|has_to|have_to|may_not ...'], when: ['noteClauseStart'], notBefore: [OTHER_SUBJECT], notAfter: SAFETY },
    // "Instructed pt in HEP" is education; only the prohibitive form is a ruling.
    { match: `instruct/v ${WHO} not_to|never_to|to_stop|to_not|to_never`, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE], notAfter: [LIMIT_AFTER, ...SAFETY] },
    // "I instructed her to never sit …" → "I advised her to never sit …"
    { match: `${I} instruct/v|order/v ${WHO} to_stop|to_not|to_never|not_to|never_to`, suggest: ['$1 $2 advise/v $4 $5 $6'], fix: 'suggest', notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, ...SAFETY] },
    { match: `${I} instruct/v|order/v|forbid/v|prohibit/v ${WHO} stop|not|never|from`, notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, ...SAFETY] },
    // The same without the "I", opening a fragment: "Forbade pt from using the stairs", "Ordered pt to stay in bed".
    { match: `order/v|forbid/v|prohibit/v ${WHO} stop|not|never|from|to`, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE], notAfter: [LIMIT_AFTER, ...SAFETY] },
    // "Pt was told to keep the tilt at 30°" → "Pt was advised to …"
    {
      match: `was|were|has_been|have_been|had_been|been ${REPEATED}? told ${REPEATED}? not|never? to`,
      suggest: ['$1 $2 advised $4 $5 to'],
      fix: 'suggest',
      before: PERSON_BEFORE,
      notAfter: [LIFTING, FOLLOW_UP, MEDICATION_TOLD, TOLD_ELSEWHERE, ...SAFETY],
    },
    // "Pt told to avoid stairs" (a verbless passive) → "Pt advised to avoid stairs"
    // Not advice the person reports from elsewhere: "Pt claiming she was told to double the dose by the hospital".
    { match: 'told to', suggest: ['advised to'], fix: 'suggest', before: ['@subject then|also|again|previously|repeatedly?'], notAfter: ['the|a|an|his|her|my|me|us|them|him|staff|everyone', FOLLOW_UP, TOLD_ELSEWHERE] },
    { match: `told ${REPEATED} not|never? to`, before: ['@subject then|also|again|previously?'], notAfter: [FOLLOW_UP, ...SAFETY] },
    { match: `[ told ] ${RULING}`, suggest: ['advised'], fix: 'suggest', before: ['@subject then|also|again|previously|repeatedly?'] },
    // "Pt was told he must use the walker"; not the necessity of a procedure ("was told that he must have the testicle removed").
    { match: `[ told ] that? ${RULING_STRICT}`, suggest: ['advised'], fix: 'suggest', before: ['@subject was|were|has_been|had_been? then|also|again|previously|repeatedly?'], notAfter: [PROCEDURE_NEEDED, RULED_PROCEDURE] },
    // "Reminded pt that she has to use the walker", "Warned her she must …": a ruling pressed on the person.
    // "Informed"/"notified" are left out: telling a patient what a procedure or policy requires is information.
    { match: `[ reminded|warned|instructed ] that? ${RULING_STRICT}`, before: ['@subject was|were|has_been|had_been? then|also|again|previously|repeatedly?'], notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, PROCEDURE_NEEDED, RULED_PROCEDURE, ...SAFETY] },
    // "I have instructed her that she must use the walker" (S2's own example of the authoritarian theme); "instructed her
    // that she must not lift more than 10 pounds" passes on a surgeon's restriction.
    { match: `${I} remind/v|warn/v|instruct/v ${WHO} that? ${RULING_STRICT}`, notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, PROCEDURE_NEEDED, RULED_PROCEDURE, ...SAFETY] },
    { match: `[ remind/v|warn/v ${WHO} ] that? ${RULING_STRICT}`, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE], notAfter: [LIMIT_AFTER, ...SAFETY] },
    // "Instructed pt that she must use the walker": instructing is education until the ruling, so the ruling is reported with it.
    { match: `instruct/v ${WHO} that? ${RULING_STRICT}`, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE], notAfter: [LIMIT_AFTER, PROCEDURE_NEEDED, RULED_PROCEDURE, ...SAFETY] },
    // A placement announced rather than chosen: "Pt informed that discharge will be to SNF, not home", "Notified pt that
    // she will go to a nursing home". Not news of results or a date ("informed that discharge will be tomorrow").
    {
      match: [
        `[ informed|notified|told ] that? discharge|dispo|disposition|placement will|would|is_going_to|is be to|at|in|a? ${PLACEMENT}`,
        `[ informed|notified|told ] that? he|she|they|pt will|would|is_going_to|is_to be_discharged|be_going|go|be_placed|be_transferred|be_moving|move|be_sent to|into|in ${PLACEMENT}`,
      ],
      message: DECIDE_MESSAGE,
      before: ['@subject|@relative was|were|has_been|had_been|and_pt|and_family?'],
      notAfter: ['#any{0,14} agreed|agrees|agreeable|in_agreement|chose|chooses|prefers|preferred|requested|wishes|wants'],
    },
    {
      match: [
        `[ inform/v|notify/v|tell/v ${WHO}|family|the_family ] that? discharge|dispo|disposition|placement will|would|is_going_to|is be to|at|in|a? ${PLACEMENT}`,
        `[ inform/v|notify/v|tell/v ${WHO}|family|the_family ] that? he|she|they|pt will|would|is_going_to|is_to be_discharged|be_going|go|be_placed|be_transferred|be_moving|move|be_sent to|into|in ${PLACEMENT}`,
      ],
      message: DECIDE_MESSAGE,
      // The writer or another clinician announcing it ("We informed him that …"); not the patient or a relative telling.
      notBefore: ['@subject|@relative'],
      notAfter: ['#any{0,14} agreed|agrees|agreeable|in_agreement|chose|chooses|prefers|preferred|requested|wishes|wants'],
    },
    // A move announced to the person as happening whatever they or their circumstances say: "Informed pt that discharge is
    // happening today whether or not ride is arranged", "Told her the transfer will go ahead regardless". Not a plan that
    // waits on something ("discharge timing will depend on whether or not her INR is therapeutic").
    {
      match: '[ whether_or_not|regardless_of_whether|regardless|no_matter_what|either_way ]',
      message: DECIDE_MESSAGE,
      before: [`... tell/v|told|inform/v|informed|notify/v|notified|explain/v|explained|remind/v|reminded ${WHO}? that? the? discharge|dispo|disposition|d_/_c|transfer|placement|move|surgery is|will|would|'s #word{0,4}`],
    },
    // The same with a treatment announced: "Pt was informed that insulin will be started at next visit whether or not the
    // diet works". Not a choice put to the person ("asked whether or not she wants …") or a plan that waits on a result.
    {
      match: '[ whether_or_not|regardless_of_whether|regardless|no_matter_what|either_way ]',
      message: DECIDE_MESSAGE,
      before: [`... tell/v|told|inform/v|informed|notify/v|notified|remind/v|reminded ${WHO}? that? #any{1,3} will|would|is_going_to be started|commenced|initiated|begun|increased|switched|changed|stopped|given|going_ahead|happening #any{0,6}`],
      notAfter: ['#any{0,3} he|she|they|pt wants|wishes|prefers|agrees|chooses', '#any{0,4} depend/v|depending'],
    },
    // "Instructed pt he has no choice but to wear the boot", "told her she doesn't have a choice": the ruling told as
    // the person's lack of choice. Not the person's own sense of it ("felt he had no choice but to come in").
    {
      match: NO_CHOICE,
      message: DECIDE_MESSAGE,
      before: [TELLING],
    },
    // Belongings or food taken by telling the person to give them up: "she has been asked to hand over the biscuits",
    // "made to surrender his phone". Not a form or a specimen handed over ("asked to hand over the sample").
    {
      match: `[ asked|told|made|instructed|required to hand_over|surrender|give_up ] his|her|their|the|all|any #any{0,2} ${BELONGING}|food|snacks|biscuits|sweets|chocolate|cigarettes|cigs|tobacco|vape|lighter|lighters|drinks|cans|alcohol|bottle|bottles|money|cash|keys|charger|laptop|tablet|ipad`,
      message: DECIDE_MESSAGE,
      before: ['@subject|@person @adverb? was|were|has_been|have_been|had_been|been|is|are', '@subject|@person @adverb?'],
    },
    // "told in no uncertain terms", "I made it clear that he has to wear the boot"
    // Telling with force: "Told him flat out that …", "I warned her sternly"; the adverb makes it a ruling, not information.
    { match: `tell/v|told|warn/v|remind/v|reminded|inform/v|informed ${WHO} ${FORCE}`, notBefore: [OTHER_SUBJECT] },
    // The passive, the person as subject: "Pt told flatly that she cannot go home", "She was bluntly informed that …".
    { match: `was|were|been? ${FORCE}? told|informed|warned|reminded ${FORCE}`, before: ['@subject'] },
    { match: `was|were|been ${FORCE} told|informed|warned|reminded`, before: ['@subject'] },
    // Note style with "informed": "Informed pt she has to use the walker". Information about what a procedure needs
    // ("informed him he must stop taking warfarin", "cannot eat after midnight") and safety teaching stay silent.
    { match: `[ inform/v|notify/v ${WHO} ] that? ${RULING_STRICT}`, when: ['sentenceStart'], unless: ['safetyWindow'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE], notAfter: [LIMIT_AFTER, PROCEDURE_NEEDED, RULED_PROCEDURE, FASTING, ...SAFETY] },
    { match: `${I} inform/v|notify/v ${WHO} that? ${RULING_STRICT}`, unless: ['safetyWindow'], notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, PROCEDURE_NEEDED, RULED_PROCEDURE, FASTING, ...SAFETY] },
    // Authority asserted over the person: "Reminded pt who is in charge of her care plan", "made clear that I am the boss".
    // Not a question of who manages what ("asked pt who is in charge of her finances", "unclear who is in charge of meds").
    {
      match: [`[ who is|'s in_charge|the_boss|boss|in_control|the_one_in_charge ]`, '[ who makes|gets_to_make the? decisions|rules|calls ]', '[ who calls the shots ]', '[ who decides ]'],
      message: OBEY_MESSAGE,
      before: [`remind/v|reminded|show/v|showed|shown ${WHO}`, 'make/v|made it? clear|plain to? him|her|them|pt?', 'be|been reminded|shown|taught', 'understand/v|learn/v|accept/v|realise/v|realize/v', MADE_SURE],
      // Who decides for the person by law or at home is a question of capacity and surrogates, not a lesson.
      notAfter: ['#any{0,3} medical|health|healthcare|financial|finances|money|for_him|for_her|for_them|at_home|in_the_family|if|when_he|when_she'],
    },
    { match: `that? =I|we|staff|nursing am|are|'m|'re|is in_charge|the_boss|the_one_in_charge|the_ones_in_charge|calling_the_shots|the_one_who_decides|the_ones_who_decide`, message: OBEY_MESSAGE, before: [`remind/v|reminded|tell/v|told|show/v|showed|shown ${WHO}`, 'make/v|made it? clear|plain to? him|her|them|pt?', 'understand/v|learn/v|accept/v|realise/v|realize/v', MADE_SURE] },
    // The same in the past, told as a lesson ("Made sure she knew I was in charge of the session"); not "told her I was in
    // charge of her care today", which introduces the writer's role.
    { match: `that? =I|we|staff|nursing was|were in_charge|the_boss|the_one_in_charge|the_ones_in_charge|calling_the_shots|the_one_who_decides|the_ones_who_decide`, message: OBEY_MESSAGE, before: [`remind/v|reminded|show/v|showed|shown ${WHO}`, 'make/v|made it? clear|plain to? him|her|them|pt?', 'understand/v|learn/v|accept/v|realise/v|realize/v', MADE_SURE] },
    { match: "who's_in_charge|who's_the_boss|who_is_the_boss|who's_boss|who_is_boss", message: OBEY_MESSAGE },
    // Discipline: "Pt was reprimanded for getting up alone", "Scolded her for taking off the brace", "gave him a stern
    // talking-to"; not what a relative did to the person ("scolded by her mother as a child").
    { match: `scold/v|reprimand/v|lecture/v|chastise/v|admonish/v|berate/v|rebuke/v|tell/v_off|told_off ${WHO} for|about|again|on|over`, message: DISCIPLINE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    { match: `${I} scold/v|reprimand/v|lecture/v|lectured|chastise/v|admonish/v|berate/v|rebuke/v|tell/v_off|told_off ${WHO}`, message: DISCIPLINE_MESSAGE },
    { match: `my|the|our|a|another? ${STAFF} scold/v|scolded|reprimand/v|reprimanded|lectured|chastised|admonished|berated|rebuked|told_off ${WHO}`, message: DISCIPLINE_MESSAGE },
    { match: 'was|were|been|got|get/v scolded|reprimanded|lectured|chastised|admonished|berated|rebuked|told_off for|about|again|over|by_staff|by_the_nurse|by_nursing|by_me|by_my_ci', message: DISCIPLINE_MESSAGE, before: ['@subject'], notAfter: ['#any{0,6} by his|her|their|a @relative|parents|teacher|teachers|boss|coach|employer'] },
    { match: 'a_stern_talking-to|a_stern_talking_to|a_talking-to|a_good_talking-to|a_piece_of_my_mind|a_stern_lecture|a_dressing-down|a_telling-off', message: DISCIPLINE_MESSAGE, notBefore: ['... @relative|parents|boss|coach|employer'] },
    { match: 'put/v him|her|them|pt in his|her|their place', message: DISCIPLINE_MESSAGE },
    { match: 'was|were|been|got put in his|her|their place', message: DISCIPLINE_MESSAGE, before: ['@subject'] },
    // "He knows better than to argue with me now": the person taught not to question.
    { match: 'know/v better than to argue|question|talk_back|disagree|challenge|cross|complain|refuse', message: OBEY_MESSAGE },
    // "Reminded him that this is a hospital, not a hotel", "he's a guest here": contempt for the person's requests.
    { match: '[ not a hotel|motel|resort|spa|daycare|babysitting_service ]', message: DISMISS_MESSAGE, before: ['hospital|unit|ward|clinic|rehab|facility ,|;|-|—|–?'] },
    { match: "don't|do_not|doesn't|does_not run a hotel|resort|spa|daycare", message: DISMISS_MESSAGE },
    { match: "[ he's|she's|they're|he_is|she_is|they_are|you're|you_are a|our guest|guests here|in_our_house ]", message: DISMISS_MESSAGE, before: [`remind/v|reminded|tell/v|told ${WHO} that?`] },
    // "Not going to happen, I told her", "Told him too bad", "Told her that's just the way it is": the request closed.
    { match: `[ ${SHUT_DOWN} ]`, message: DISMISS_MESSAGE, before: [`${TELLING} ${WHO}|@relative? that?`] },
    { match: `[ ${SHUT_DOWN} ]`, message: DISMISS_MESSAGE, after: [", =I|we told|said|replied|answered"] },
    // "Told him too bad." as the whole answer; not sympathy ("told her it was too bad she missed the wedding").
    { match: "[ too_bad|tough_luck|tough_cookies|that's_life|oh_well ]", message: DISMISS_MESSAGE, before: [`${TELLING} ${WHO}|@relative`], after: ['.|!|;|,'] },
    { match: 'the_rules_are_the_rules|rules_are_rules|we_make_the_rules|i_make_the_rules|my_house_my_rules|my_rules', message: DISMISS_MESSAGE },
    // "This behavior will not be tolerated": a warning about conduct; not a drug or a diet ("will not be tolerated orally").
    { match: 'behavior|behaviour|behaviors|behaviours|conduct|outbursts|outburst|language|yelling|swearing|cursing|disrespect|rudeness|aggression will|would|is not|never be? tolerated|accepted|allowed', message: OBEY_MESSAGE },
    { match: 'zero_tolerance', message: OBEY_MESSAGE, before: ['... his|her|their|pt|behavior|behaviour'] },
    // A person's request refused as a ruling: "Her request to leave was denied", "Denied his request for a smoke break".
    // Not a payer's, a court's or an agency's decision ("request for coverage was denied by insurance").
    {
      match: "was|were|is|has_been|had_been|will_be|will_not_be|won't_be denied|refused|rejected|overruled|dismissed|ignored|not_entertained|entertained|not_granted|not_honored|not_honoured",
      message: DECIDE_MESSAGE,
      before: ["... his|her|their|pt's|the_patient's request|requests|wish|wishes|preference|preferences|desire #any{0,6}"],
      notBefore: ['... disability|benefits|coverage|authorization|authorisation|housing|records|refill|refills|transfer_of_care|medical_leave|fmla|accommodation|accommodations|appeal|claim|insurance'],
      notAfter: ['by #any{0,2} insurance|insurer|payer|court|judge|state|landlord|employer|school|agency|@organisation|pharmacy', '#any{0,4} insurance|coverage'],
    },
    { match: "deny/v|denied|refuse/v|refused|reject/v|rejected|overrule/v|overruled|dismiss/v|dismissed his|her|their request|requests|wish|wishes|preference", message: DECIDE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT], notAfter: ['#any{0,3} disability|benefits|coverage|authorization|housing|records|refill|refills|insurance'] },
    // "Gave the injection anyway even though he said no", "She said no, but we did it anyway": care given over a refusal.
    { match: '[ anyway|anyhow|regardless ]', message: DECIDE_MESSAGE, after: ["#any{0,8} despite|even_though|although|though|even_after|when|after he|she|they|her|his|pt #any{0,2} said_no|saying_no|refused|refusing|declined|declining|objected|objecting|protested|protesting|asked_us_not|asked_me_not|asked_not|didn't_want|did_not_want"] },
    { match: "he|she|they|pt said_no|refused|declined|objected|protested|didn't_want_it|did_not_want_it|didn't_want_to|did_not_want_to ,? but|so|and =I|we|staff|nursing|my_ci #any{0,5} [ anyway|anyhow ]", message: DECIDE_MESSAGE },
    // Held still by others: "Had two aides hold him so I could do the stretch".
    { match: `have|had|got #word? aides|staff|security|people|nurses|techs|=CNAs|the_aide|an_aide|the_tech|two_people hold/v|restrain/v|pin/v ${WHO}`, message: COERCE_MESSAGE },
    // "Threatened to call his wife if he didn't take his meds": relatives brought in as a lever over the person's conduct.
    // The same with security or the police as the lever: "Threatened to call security if he did not get back in bed". The
    // condition on the person's conduct says whose threat it is: a patient's own ("threatened to call police if he was not
    // discharged") sets no deed for anyone else, and neither does one whose subject is the patient or a relative ("He
    // threatened to call the police if he did not get his phone back").
    { match: [`[ threaten/v|threatened to call/v|tell/v|notify/v|inform/v his|her|their @relative|employer|boss|probation_officer|parole_officer|school|probation|parole ]`, `[ we|i|staff|nursing will|would|'ll|are_going_to call/v|tell/v|notify/v|phone/v|contact/v his|her|their @relative|employer|boss|probation_officer|parole_officer|probation|parole ]`, '[ threaten/v|threatened to call/v|page/v|get/v security|police|the_police|the_cops|a_code ]'], message: THREAT_MESSAGE, after: IF_DEFIES.slice(0, 2), notBefore: ['@subject|@relative'] },
    // "She has to earn our trust": trust or respect as a reward for compliance.
    { match: "earn/v our|my|staff's|the_team's|the_staff's|the_unit's trust|respect", message: OBEY_MESSAGE },
    // Told with force and no person named: "Told firmly to sit down".
    { match: `[ told|informed|warned|reminded ${FORCE} ] to|not_to|that`, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT], notAfter: ['his|her|their|the @relative|staff|team|nurse|doctor'] },
    { match: 'in_no_uncertain_terms|laid_down_the_law|lay_down_the_law|laying_down_the_law|read_him_the_riot_act|read_her_the_riot_act|read_them_the_riot_act|put_my_foot_down|put_our_foot_down|my_way_or_the_highway|take_it_or_leave_it' },
    { match: `${I} make/v it very|crystal? clear|plain to? ${WHO}? that? ${RULING_STRICT}` },
    // The same in note style, with no "I", and to a person named by title: "Have made it clear to Mr Osei that he is not to
    // mobilise without a member of staff"; and the ruling put as a condition: "Made it clear to family that listing won't go
    // ahead unless he loses 15 kg". Not what the person may do ("made it clear she could stop at any time").
    { match: [`[ have|has? make/v|made it very|crystal? clear|plain ] to? ${WHO}? that? ${RULING_STRICT}`, `[ have|has? make/v|made it very|crystal? clear|plain ] to mr|mrs|ms|mx|miss|dr .? #cap that? ${RULING_STRICT}`], when: ['noteClauseStart'] },
    { match: `[ make/v|made it very|crystal? clear|plain to ${WHO}|family|the_family|his_family|her_family|their_family|@relative ] that? #any{1,8} unless|until he|she|they|pt ${COMPLIES}|lose/v|loses|lost|gain/v|gains|stops|quits|quit/v|engages|engage/v|attends|agrees|abstains|abstain/v`, message: THREAT_MESSAGE },
    // "The PT told him to sit down", "Nursing told pt she cannot leave": a clinician's instruction reported.
    {
      match: `the|this|another|a? therapist|=PT|=PTA|=OT|=COTA|nurse|nursing|=RN|=LPN|staff|aide|=CNA|tech|writer|=CI|student then|also|again|repeatedly? told ${WHO} not|never? to`,
      notBefore: [LIMIT_BEFORE],
      notAfter: [LIMIT_AFTER, ...SAFETY],
    },
    { match: `[ the|this|another|a? therapist|=PT|=PTA|=OT|=COTA|nurse|nursing|=RN|=LPN|staff|aide|=CNA|tech|writer|=CI|student told ${WHO} that? ] ${RULING}` },
    // "I insisted that she …", "We insisted she take the stairs", "insisted on his using the walker"; not the writer's own
    // care ("I insisted on double-checking the brakes").
    { match: `${I} insist/v that|he|she|they|pt|the_patient`, message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.' },
    // The writer named in the third person, as notes do: "Writer insisted pt wear chest strap at all times".
    { match: `${WRITER_NAMED} insist/v|insisted that|he|she|they|pt|the_patient`, message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.' },
    { match: `${I} insist/v on`, after: ['him|her|them|his|their|pt|pt\'s|the|a|an|@told'], message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.' },
    // The insisting with nothing after it: what was insisted on is the person's own step, said before ("agreed to the
    // scan only after we insisted").
    { match: `${I} insist/v`, after: ['.|;|!|,|)|and|but|so|because'], message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.' },
    // "I ordered him to use the board", "Pt ordered to use the sliding board"; "Physician ordered a study" is an order.
    {
      match: [`${I} order/v ${WHO} to`, 'was|were|is|has_been? ordered to'],
      message: ORDER_MESSAGE,
      when: ['personSubject'],
      notBefore: ['@orderer|referrer', LIMIT_BEFORE],
      // A test ordered for a reason is an investigation: "CT head ordered to exclude SDH", "bloods ordered to check Hb".
      notAfter: [LIMIT_AFTER, 'exclude|rule_out|r_/_o|assess|evaluate|check|confirm|look_for|investigate|screen|monitor|quantify|measure|establish|clarify|guide'],
    },
    // A named clinician ruling: "My preceptor ordered him to use the bedpan", "the charge nurse ordered her to stay in bed".
    {
      match: `the|my|our|his|her @clinician|ci|nurse/n|charge_nurse|aide/n|tech/n|resident/n [ order/v ${WHO} to ]`,
      message: ORDER_MESSAGE,
      notAfter: [LIMIT_AFTER],
    },
    // "Pt not allowed to drive …" → "Pt advised not to drive …"; "Visitors are not allowed" is a facility rule.
    {
      match: 'not|never allowed|permitted to',
      message: FORBID_MESSAGE,
      suggest: ['advised not to'],
      fix: 'suggest',
      when: ['personSubject'],
      notBefore: ['... @facility', ...PATIENT_REPORTS, LIMIT_BEFORE, SOMEONE_ELSE_RULES, STAFF_NOT_ALLOWED, WRITER_NOT_ALLOWED, OFFICIALS_NOT_ALLOWED],
      notAfter: [LIMIT_AFTER, LAW_AFTER],
    },
    { match: '@neg|no_longer be|been? allowed|permitted to|out|up|off|home|outside|oob|on|in|into|near|outdoors|back', message: FORBID_MESSAGE, when: ['personSubject'], notBefore: ['... @facility', ...PATIENT_REPORTS, LIMIT_BEFORE, SOMEONE_ELSE_RULES, STAFF_NOT_ALLOWED, WRITER_NOT_ALLOWED, OFFICIALS_NOT_ALLOWED, POLICY_SUBJECT], notAfter: [LIMIT_AFTER, LAW_AFTER] },
    // A privilege held back until the person complies: "will not be permitted visitors until she completes 75% of meals".
    { match: '[ @neg be|been? allowed|permitted ] a|any|his|her|their? visitors|visits|visitation|phone|calls|phone_call|phone_calls|call|privileges|tv|screen_time|leave|ground_leave|canteen|shower|bath|wash|cigarette|cigarettes|smoke|drink|food|snack|methadone|script|scripts|dose|take-homes|takeaway_doses #any{0,5} until|unless|if', message: FORBID_MESSAGE, when: ['personSubject'], notBefore: ['... @facility', SOMEONE_ELSE_RULES] },
    // The writer's permission in a gerund: "kept him in the chair for an hour before allowing him back to bed".
    { match: `before|until|without [ allowing|letting|permitting ${WHO} ]`, message: ALLOW_MESSAGE, notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, 'to? emerge|awaken|wake|recover'], unless: ['permissionPerOrder'] },
    // "I allowed her to skip", "He is permitted to leave early"; "the abdomen was allowed to deflate" is no person.
    { match: `${I_MODAL} allow/v|permit/v|let ${WHO} to`, message: ALLOW_MESSAGE, notBefore: ['... @facility', LIMIT_BEFORE], notAfter: [LIMIT_AFTER] },
    // Granting a thing rather than an act: "I allowed him one sip of thin water as a treat", "we let her have two cookies".
    // Not rest or time, which are paced into a session or given as an accommodation ("allowed him rest breaks", "extra time").
    {
      match: `[ ${I_MODAL} allow/v|permit/v ${WHO} ] a|an|one|two|three|#num|some|only|just|another|one_more|a_few`,
      message: ALLOW_MESSAGE,
      notBefore: ['... @facility', LIMIT_BEFORE],
      notAfter: [LIMIT_AFTER, '#any{0,2} rest|rests|break|breaks|time|minute/n|min|mins|second/n|pause/n|attempt/n|try|tries|trial/n|chance/n'],
    },
    // Not a question about permission ("asked whether she was allowed to swim"), nor emergence from anaesthesia.
    { match: 'is|was|are|were|be|been only? allowed|permitted to', message: ALLOW_MESSAGE, before: [...PERSON_BEFORE, PERSON_MODAL], notBefore: [LIMIT_BEFORE, '... whether|if', SOMEONE_ELSE_RULES], notAfter: [LIMIT_AFTER, 'emerge|awaken|wake|recover'] },
    // A portion granted: "Mr O was permitted an extra 500 mL for his daughter's wedding".
    { match: 'is|was|are|were|been allowed|permitted an|one|two|#num? extra|additional', message: ALLOW_MESSAGE, before: [...PERSON_BEFORE, PERSON_MODAL, '@subject|@person @adverb? has|have|had'] },
    // Verbless: "Pt now allowed to walk to the bathroom alone", "Pt permitted home for the weekend".
    { match: 'allowed|permitted to|out|up|oob|home|back', message: ALLOW_MESSAGE, before: ['@subject now|then|also|only|still|again|finally|today?'], notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, 'emerge|awaken|wake|recover'], unless: ['permissionPerOrder'] },
    // "I gave her permission to take a break", "Pt was given permission to shower", "Permission granted to go home".
    // Not "gave him the OK to return to work": medical clearance is an order, not permission for a choice.
    { match: `${I_MODAL} give/v|grant/v ${WHO} permission`, message: ALLOW_MESSAGE, notBefore: [LIMIT_BEFORE] },
    { match: 'is|was|are|were|been? given|granted permission to|for', message: ALLOW_MESSAGE, before: PERSON_BEFORE, notBefore: [LIMIT_BEFORE] },
    { match: 'permission granted|given to|for', message: ALLOW_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE] },
    // "Pt was banned from the gym", "I barred him from the pool"
    { match: 'is|was|are|were|been|now? banned|barred from', message: FORBID_MESSAGE, before: PERSON_BEFORE, notBefore: ['... @facility', LIMIT_BEFORE], notAfter: [BY_AUTHORITY] },
    { match: 'banned|barred from', message: FORBID_MESSAGE, before: ['@subject now|then|also|again?'], notBefore: ['... @facility'], notAfter: [BY_AUTHORITY] },
    { match: `${I_MODAL} ban/v|bar/v ${WHO} from`, message: FORBID_MESSAGE },
    // "I let him skip the last set", but not "let him know", "let her choose".
    // Not "I let him buy me lunch": what the person does for the writer is power.boundary's, not a permission over their life.
    // "let her down" is disappointing someone, not permitting anything.
    // "Let him be" is leaving the person alone, and "you let him be manipulative" a comment on the writer's handling
    // (label.manipulative's), not a permission.
    { match: `${I_MODAL} let ${WHO}`, message: ALLOW_MESSAGE, after: ['#word'], notAfter: [HANDS_OVER, 'to', '#word #word? me|us|my|our', 'down', 'be', '#word #word? know|see'] },
    // The decision taken in the writer's head: "so I wasn't going to let her walk to the toilet on her own" (not "I wasn't
    // going to let her fall", which is keeping her safe).
    { match: `=I|we wasn't|was_not|weren't|were_not going_to let|allow ${WHO}`, message: ALLOW_MESSAGE, after: ['#word'], notAfter: [HANDS_OVER, 'fall|fall_over|trip|slip|get_hurt|hurt|harm|come_to_harm|struggle|suffer|choke|down|go_without|be_alone|sit_in|lie_in|wait|be_left'] },
    // The refusal stands alone: "Pt wanted to try the quad cane; I didn't let him."
    { match: `=I|we did_not|didn't|wouldn't|would_not|won't|will_not|refused_to|never let|allow/v ${WHO}`, message: ALLOW_MESSAGE, after: ['.|;|!|,|and|but|because|since|as'] },
    // Note-style fragment without "I": "Allowed pt to rest", "Did not let pt leave".
    {
      match: `did_not|didn't|will_not|won't|do_not|don't? allow/v|permit/v|let ${WHO} to?`,
      message: ALLOW_MESSAGE,
      after: ['#word'],
      notAfter: [HANDS_OVER, LIMIT_AFTER, 'be'],
      when: ['sentenceStart'],
      notBefore: [OTHER_SUBJECT, LIMIT_BEFORE],
    },
    // A ruling closed off after it is told: "made it clear this is final", "and that's the end of it".
    { match: ["this|that|it is|was|'s final|the_end_of_it|the_end_of_the_matter|the_end_of_the_discussion|not_changing|not_up_for_debate", "that's|it's|that’s|it’s final|the_end_of_it|the_end_of_the_matter|the_end_of_the_discussion|not_changing"], before: ['... made_it_clear|makes_it_clear|make_it_clear|made_it_plain|made_it_very_clear|tell/v|told|informed|explained|reminded'], after: ['.|!|;|,|—|–'], notBefore: [...PATIENT_REPORTS, '... she|he|they|pt|patient|mum|dad|family told|tells|informed|explained'], message: NON_NEGOTIABLE_MESSAGE },
    { match: "isn't|is_not|wasn't|was_not|aren't|are_not optional|negotiable", when: ['personInSentence'], notBefore: ['... @facility|insurance|payer|funding'], message: NON_NEGOTIABLE_MESSAGE },
    { match: 'non-negotiable|nonnegotiable|not_negotiable|not_optional|no_exceptions|ultimatum/n|final_warning|last_warning|not_up_for_discussion|not_up_for_debate|not_up_for_negotiation|not_open_to_negotiation|not_open_for_discussion|not_open_to_discussion|no_excuses', message: NON_NEGOTIABLE_MESSAGE },
    // A telling closed with a full stop said aloud: "Told him if he comes in with another positive UDS, we will taper him
    // off, period." Only after a demand in the sentence and at its end; "for a short period", "since her last period" have
    // no comma before them.
    { match: ', [ period|end_of_story|end_of_discussion|full_stop|final_answer ] .|!|;', message: NON_NEGOTIABLE_MESSAGE, when: ['demandEarlier'] },
    // "I made him do the last set", "Pt was made to practice floor recovery"; not "made her laugh", "made him a splint".
    // A relative made to act is overridden the same way: "I made the mom put her phone away".
    {
      match: `${I} make/v|force/v ${WHO}`,
      message: MADE_MESSAGE,
      after: ['to? #word'],
      notAfter: [`to? ${MADE_FEEL}|a|an|the|some|his|her|their|my|one|two|#num`],
    },
    // Not something made for them: "I made the family dinner", "made the parents a copy".
    {
      match: `${I} make/v|force/v the|his|her|their @relative`,
      message: MADE_MESSAGE,
      after: ['to? #word'],
      notAfter: [`to? ${MADE_FEEL}|a|an|the|some|his|her|their|my|one|two|#num|@theirs|@mealtime|copy|copies|list|handout|packet|card|binder|schedule|calendar|plate|cake|cookies|coffee`],
    },
    {
      // "Pt has been made to sit by the nurses' station": the perfect as much as the past.
      match: ['was|were|is|been made|forced to', 'has|have|had been made|forced to'],
      notAfter: [LIFE_EVENT],
      message: MADE_MESSAGE,
      before: PERSON_BEFORE,
    },
    // With a modal: "Resident will be made to sit up for all meals".
    { match: 'be made|forced to', notAfter: [LIFE_EVENT], message: MADE_MESSAGE, before: [PERSON_MODAL] },
    // The same joined on to the person's earlier predicate: "Pt was ordered to stay off the foot and was made to promise …".
    { match: 'and|, [ was|were made|forced to ]', notAfter: [LIFE_EVENT], message: MADE_MESSAGE, when: ['personSubject'] },
    // The same ruling told with "is to": "I have instructed pt that he is to stop transferring without staff".
    { match: `${I}? instruct/v|instructed|told|tell/v|informed|inform/v ${WHO} that? he|she|they is|are|was|were to_stop|not_to|to_never|to_not|never_to`, notAfter: [LIMIT_AFTER, ...SAFETY] },
    // "Pt was instructed to stop running", "Pt instructed not to lift".
    { match: 'was|were|is|are|has_been|have_been|had_been|been? strictly|firmly|repeatedly|again|also? instructed to_stop|to_never|to_not|not_to|never_to', before: PERSON_BEFORE, notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER, ...SAFETY] },
    { match: 'forbidden', message: FORBID_MESSAGE, notBefore: ['... @facility', LIMIT_BEFORE], notAfter: [LIMIT_AFTER] },
    { match: 'is|was|are|were|be|been strictly|now? prohibited from', message: FORBID_MESSAGE, before: PERSON_BEFORE, notBefore: ['... @facility', LIMIT_BEFORE], notAfter: [LIMIT_AFTER] },
    // "I kept him on the bike even though he asked to stop": the person's stated wish overridden.
    // In reflections only: "kept him on antibiotics despite negative cultures" is a treatment decision.
    { match: `${I} keep/v|kept|held|hold/v ${WHO} on|in|at the|a? #word`, message: HAD_MESSAGE, after: [OVERRIDING], when: ['reflection'] },
    // Something the person wants made to wait on doing as told: "We had him walk to the window and back before he could eat
    // lunch", "I made her finish the stairs before she was allowed to go back to bed". One finding from the direction to the
    // condition; "had him sit and rest before he could continue" puts no need on hold.
    {
      match: `=I|we then|also|just|finally|eventually|still|even|again? have|had|make/v|made|force/v|forced|get/v|got ${WHO} to? @activity #any{0,8} before|until he|she|they|pt could|can|may|would|was_allowed_to|were_allowed_to|would_be_allowed_to|got_to|gets_to|got|gets|had ${WITHHELD}`,
      message: THREAT_MESSAGE,
    },
    // "No breakfast until pt completes the HEP", "No TV until she does her exercises": a need held back until the person complies.
    {
      // "No visitors allowed until pt starts eating", "No TV permitted until he gets out of bed": the same with the permission said.
      match: [
        `no more|take-home|extra|further|regular? ${PRIVILEGE}|${HELD_CARE}|breakfast|lunch|dinner|meal|meals|food|coffee|smoke_break|break allowed|permitted|given|offered? until|unless he|she|they|pt|the_patient produces|provides|gives|completes|completed|finishes|finished|does|did|walks|walked|eats|ate|participates|attends|apologizes|apologises|behaves|showers|takes|gets_up|gets_out_of_bed|gets_dressed|wears|uses|agrees|complies|cooperates|calms_down|stops`,
        `no more|take-home|extra|further|regular? ${PRIVILEGE}|${HELD_CARE}|breakfast|lunch|dinner|meal|meals|food|coffee|smoke_break|break allowed|permitted|given|offered? until|unless he|she|they|pt|the_patient starts|started|begins|began eating|participating|walking|cooperating|complying|taking|using|wearing|doing|attending|drinking|showering|behaving|to_eat|to_participate|to_walk|to_cooperate|to_take|to_use|to_wear|to_do|to_behave`,
      ],
      message: THREAT_MESSAGE,
    },
    // Another clinician making the person do it: "My CI made her walk the whole hallway even though she was crying".
    { match: `my|the|our|a|another? ${STAFF} made|make/v|makes|forced|force/v|forces ${WHO} to? @activity|take|sign|get_on|get_up|stand|eat|drink|swallow|wear|undress|strip|hand_over|stay|lie|sit|wait`, message: '"{match}" describes care done to the person rather than with them. Record what was proposed, what the person chose and how they responded.' },
    // "I had her sit for the rest of the session": in a reflection, or where the person's reluctance is overridden.
    { match: `${I_HAD} ${WHO} @activity`, message: HAD_MESSAGE, when: ['reflection'] },
    { match: `${I_HAD} ${WHO} @activity`, message: HAD_MESSAGE, after: [OVERRIDING] },
    // "I demanded that he use the walker", "We required him to attend three times a week", "Pt was commanded to stay seated".
    // Verbless or in the past ("Pt required to sign the behavior contract", "she was required to attend"): the act of imposing;
    // a present "is obligated to follow up" describes a standing arrangement. Not work demands ("he was required to drive trucks").
    { match: 'required|obligated|mandated to', message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.', before: ['@subject was|were|has_been|had_been? now|then|also|again|first?'], after: ['sign|attend|comply|agree|participate|remain|report|follow|submit|abstain|check_in|apologise|apologize|@activity'], notBefore: [LIMIT_BEFORE], notAfter: [LIMIT_AFTER] },
    { match: [`${I} demand/v|command/v ${WHO}? that|to`, `${I} require/v ${WHO} to`], message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.' },
    { match: 'was|were|is|been commanded|demanded to', message: '"{match}" records a one-way decision. Record the recommendation, the reason and what the person chose.', before: PERSON_BEFORE },
    // Pressure: "talked into" is persuasion; "pressured into", "coerced into", "bullied into" are not a choice.
    // Not "pushed him into the room": pushing and forcing into a place are movement.
    { match: `${I}? pressure/v|coerce/v|bully/v|badger/v|guilt/v|guilt-trip/v|strong-arm/v|nag/v|bribe/v|trick/v|scare/v ${WHO} into`, message: COERCE_MESSAGE, notAfter: BY_OTHERS },
    { match: 'was|were|been|being|felt|feels|feel pressured|coerced|bullied|badgered|guilted|strong-armed|nagged|bribed|tricked|scared|talked|sweet-talked|coaxed|cajoled into', message: COERCE_MESSAGE, before: PERSON_BEFORE, notAfter: BY_OTHERS },
    { match: 'was|were|been|being|felt|feels|feel? pressured|coerced|bullied|badgered|guilted|strong-armed to|into', message: COERCE_MESSAGE, before: ['@subject|@person'], notAfter: BY_OTHERS },
    { match: `bribe/v|bribing ${WHO}`, message: COERCE_MESSAGE },
    { match: `${I} pressure/v|coerce/v|push/v|bully/v|badger/v ${WHO} to`, message: COERCE_MESSAGE, after: ['@activity|keep|continue|sign|accept|agree|go'] },
    // A decision made first and told after: "Writer decided to d/c standing program as pt not progressing; pt informed at
    // end of session". Deciding is the clinician's job; announcing it to the person as done is the one-way part.
    {
      match: `${WRITER_NAMED}|=I|we|therapist|team|staff decided|decide/v to`,
      notBefore: ['and|&|with'],
      after: ['#any{1,14} ;|,|and|. pt|patient|he|she|they was|were? then|later|subsequently? informed|notified|told|made_aware'],
      message: DECIDE_MESSAGE,
    },
    // Pressed until the person gave way: "I kept pushing until he said yes to the KAFO trial".
    { match: `${I} kept|keep/v pushing|pressing|pushing_him|pushing_her|pushing_them|asking|nagging|insisting|at_it until he|she|they|pt said_yes|agreed|gave_in|caved|relented|complied|finally_agreed|gave_up`, message: COERCE_MESSAGE },
    // The person's own wish overridden: "We pushed her through all three sets even after she asked to rest".
    { match: `${I} push/v|pushed|keep/v|kept|drive/v|drove ${WHO} through|going|on|past`, message: COERCE_MESSAGE, after: [PERSON_WISH] },
    // Threats: "or be discharged", "or he will lose his slot", "further absences will result in discharge".
    {
      match: [
        `or|otherwise he|she|they|pt will|would|'ll be ${DISCHARGED}`,
        `or|otherwise be|get ${DISCHARGED} from|early|immediately`,
        `or|otherwise ${LOSE}`,
        // A pleasure lost the same way: "otherwise she loses her afternoon outing", "or he'll lose his phone".
        `or|otherwise he|she|they|pt loses|lose|will_lose|'ll_lose|would_lose his|her|their #word? outing|trip|leave|phone|tv|visit|visits|privileges|treat|smoke_break|walk|activity|activities|${BELONGING}`,
        // With its subject: "or he'd lose his spot in the program", "or you will lose your place".
        `or|otherwise he|she|they|you|pt will|would|could|might|'ll ${LOSE}`,
        `or|otherwise he'd|she'd|they'd|you'd|he’d|she’d|they’d|you’d|he'll|she'll|they'll|you'll ${LOSE}`,
        "or|otherwise we|i will|would|'ll discharge/v|drop/v|close/v|terminate/v|stop/v|end/v",
        "or|otherwise we|i will|would|'ll have_to get|involve|call|contact|inform her|his|their? family|relatives|social_services|security|the_police|police",
        // Going home made the price: "or she can't go home", "or she won't be going home".
        "or|otherwise he|she|they|you|pt can't|cannot|won't|will_not go_home|leave|be_discharged",
        `or|otherwise ${NOT_HOME}`,
        // Care withheld by the writer: "or I won't refill", "or we can't see him".
        "or|otherwise =I|we won't|will_not|wouldn't|would_not|can't|cannot|can_not refill|prescribe|sign|see|treat|continue|fill|renew|write",
        `or|otherwise ${SERVICES}|treatment|sessions|visits|the_referral will|would|'ll be put_on_hold|stopped|discontinued|suspended|cancelled|canceled|withheld|ended|terminated`,
      ],
      message: THREAT_MESSAGE,
      // A demand already reported in the clause ("Told pt he has to … or …", "Ultimatum: … or …") is one finding.
      // A demand before it no longer hides the threat: the lead-in joins the two into one finding where they share a clause.
      notAfter: ['home|to_home|with|today|tomorrow|from_the_hospital|from_hospital|after|when|once'],
    },
    // The same threat as a condition: "informed that if she no-shows one more time she will be discharged from clinic",
    // "was warned she will lose her slot".
    // The condition is part of the finding: the threat is the two together ("if she cancels again she will be discharged from the service").
    // Only a condition on conduct: "if she is medically fit she will be discharged from the ward" is the plan.
    { match: `if|unless he|she|they|pt cancels|cancelled|misses|missed|no-shows|dnas|skips|skipped|refuses|refused|keeps|kept|continues|leaves|arrives|turns_up|shows_up|fails|won't|doesn't_attend|does_not_attend|doesn't_turn_up|doesn't_come #word{0,6} ,? he|she|they|pt will|would|'ll be ${DISCHARGED} from`, message: THREAT_MESSAGE },
    { match: `he|she|they|pt will|would|'ll be ${DISCHARGED} from`, before: ['... if|unless'], notBefore: ['... fit|well|stable|improves|improving|improved|better|medically|mobile|safe|cleared|independent|ready|recovered|settles|settled|managing|able'], message: THREAT_MESSAGE },
    { match: `he|she|they|pt will|would|could|'ll ${LOSE}`, before: ['... warn/v|warned|told|informed|reminded'], message: THREAT_MESSAGE },
    // The price named after the demand: "by telling him he'd lose his phone otherwise", "warned she would lose her leave if not".
    {
      match: [`he'd|she'd|they'd|you'd|he’d|she’d|they’d|you’d|he'll|she'll|they'll|you'll lose/v ${LOST_THING} otherwise|if_not`, `he|she|they|you|pt will|would|could|'ll lose/v ${LOST_THING} otherwise|if_not`],
      before: ['... tell/v|told|telling|warn/v|warned|warning|remind/v|reminded|threaten/v|threatened|threatening'],
      message: THREAT_MESSAGE,
    },
    // Ordered about like a child: "Pt ordered back to bed after getting up w/o assist".
    { match: '[ ordered|commanded ] back_to_bed|to_bed|back_to_his_room|back_to_her_room|back_to_the_room|to_stay|to_remain|to_sit|to_return', before: ['pt|patient|resident|client|he|she|they was|were?'], message: '"{match}" records an order given to the person, not a conversation. Say what was explained, why, and what the person chose.' },
    // "participate in PT or be discharged to a SNF": a plan with an alternative is no threat ("transfer to rehab or be
    // discharged to a nursing home"), a demanded behaviour with one is.
    { match: `or|otherwise be|get ${DISCHARGED}|transferred|restrained|sedated|moved|removed|written_up|reported`, message: THREAT_MESSAGE, before: ['... participate/v|attend/v|comply/v|cooperate/v|engage/v|behave/v'], unless: ['demandEarlier'], notAfter: ['home|from_the_hospital|from_hospital'] },
    { match: `or|otherwise be|get ${DISCHARGED}`, message: THREAT_MESSAGE, after: ['.|!|;'], unless: ['demandEarlier'] },
    { match: `will|would|'ll|could|may|can be ${DISCHARGED} from? ${SERVICES}? if|unless he|she|they|pt ${ATTEND}`, message: THREAT_MESSAGE },
    // "His appt will be cancelled if he is late again": the care itself held over the behaviour repeated.
    { match: "will|would|'ll be cancelled|canceled|stopped|discontinued|given_away|ended|taken_away if|unless", message: THREAT_MESSAGE, after: ['he|she|they|pt #any{0,6} again|anymore|any_more|once_more'] },
    // Leave or a privilege lost if a medicine is not taken: "his ground leave will be cancelled if he doesn't take his clozapine".
    { match: "will|would|'ll be cancelled|canceled|stopped|suspended|revoked|withdrawn|taken_away if|unless he|she|they|pt doesn't|does_not|won't|will_not|refuses|refuses_to|fails_to|didn't|did_not", message: THREAT_MESSAGE, before: ['... leave|ground_leave|escorted_leave|unescorted_leave|s17|section_17|privileges|pass|passes|visits|phone|tv|canteen|gym'] },
    // A service itself held over compliance: "ESD will be cancelled unless he does his exercises every day".
    { match: "will|would|'ll be cancelled|canceled|stopped|withdrawn|discontinued|ended|closed unless he|she|they|pt", message: THREAT_MESSAGE, after: ['does|do|starts|attends|completes|engages|takes|uses|comes|agrees|keeps_up|sticks_to|wears'] },
    // Care that stops unless the person accepts something else: "Hospice at home visits will stop unless he accepts the carers".
    { match: "will|would|'ll stop|end|cease|be_withdrawn|be_stopped unless|until he|she|they|pt", message: THREAT_MESSAGE, before: ['... visits|visit|care|support|package|service|services|sessions|therapy|treatment|input|team|script|scripts|prescription|prescriptions|supply|medication'], after: ['accepts|agrees|attends|takes|allows|lets|engages|does|complies|starts|stops'] },
    // A treatment offered only on a condition: "we will only prescribe if she agrees to stop the co-codamol first".
    { match: "will|would|can|could only prescribe|refer|treat|operate|continue|see|give|offer|list|start if|as_long_as|once he|she|they|pt", message: THREAT_MESSAGE, after: ['agrees|accepts|stops|attends|complies|loses|quits|signs|takes|engages'] },
    // A referral held over the family: "if Kai misses one more clinic we will have no choice but to refer to children's social care".
    { match: "will|would|'ll|may have no_choice_but_to|no_option_but_to refer|report|call|involve|contact|discharge|inform", message: THREAT_MESSAGE, before: ['... if|unless'] },
    // A ruling made plain to a relative: "I made it clear to his mum that she had to stop carrying him everywhere".
    { match: '[ make/v|made it very|crystal? clear|plain to #any{1,3} that he|she|they|pt had_to|has_to|must|needed_to|needs_to|was_to|is_to ]', message: DECIDE_MESSAGE },
    // A treatment refused until the person complies: "the clinic will not prescribe further EC unless she starts a LARC".
    { match: "will_not|won't|cannot|can't|would_not|wouldn't prescribe|refer|treat|offer|give|continue|fit|list|operate #any{0,4} unless|until he|she|they|pt", message: THREAT_MESSAGE, notBefore: [ALREADY_TOLD, 'warned|was_warned|were_warned that #any{0,4}'] },
    // Discharge held over a choice: "if she does not accept the Mirena we will have to discharge her back to the GP".
    { match: "we|i will|would|'ll|may have_to|need_to|be_forced_to discharge/v|close/v|refer_back|stop_seeing|remove/v", message: THREAT_MESSAGE, before: ['... if|unless he|she|they|pt'] },
    // Care refused without a condition met: "told she cannot be seen again without proof of address".
    { match: "cannot|can't|won't|will_not|can_not be seen|treated|registered|booked|prescribed|referred again? without|unless|until", message: THREAT_MESSAGE, when: ['personSubject'] },
    // A procedure held until the person complies: "the embryo transfer won't go ahead until she gives a clean urine sample".
    { match: "won't|will_not|cannot|can't|wouldn't go_ahead|happen|proceed|be_done|take_place until|unless he|she|they|pt gives|provides|stops|agrees|loses|quits|produces|is|has", message: THREAT_MESSAGE, notBefore: [ALREADY_TOLD, 'warned|was_warned|were_warned that #any{0,4}'] },
    { match: 'no #word referral|treatment|surgery|operation|funding|ivf|procedure until|unless he|she|they|pt', message: THREAT_MESSAGE },
    // "if he pulls his cannula out again … he'll get no more IV pain relief".
    { match: "he'll|she'll|they'll|he_will|she_will|they_will|you'll get|have|receive no_more|no|not_get_any #word? pain_relief|analgesia|painkillers|morphine|fluids|antibiotics|oxycodone|oramorph|meds|medication", message: THREAT_MESSAGE, before: ['... if|unless'] },
    // Pain relief held over consent to a test: "won't be able to give any more pain relief unless she lets us take the bloods".
    { match: `give/v|prescribe/v|provide/v|offer/v any_more|more|further|any? pain_relief|analgesia|painkillers|${HELD_CARE} unless|until he|she|they|pt lets|allows|agrees|takes|has|does|gives|accepts`, message: THREAT_MESSAGE },
    { match: `no ${HELD_CARE} #word{1,2} until|unless he|she|they|pt gives|provides|produces|does|completes|agrees|stops|attends`, message: THREAT_MESSAGE },
    // The ultimatum of treatment or self-discharge: "he either has the IV antibiotics or signs the self-discharge form".
    { match: 'or signs|sign|signing the self-discharge|ama|dama|self_discharge|against_medical_advice|discharge_against_medical_advice form|forms|paperwork', message: THREAT_MESSAGE, before: ['... either'] },
    // A threat used to get compliance: "got her into the standing frame by threatening to tell her mum".
    { match: 'by threaten/v|threatening to tell|call|ring|report|inform|involve|get|phone|text', message: THREAT_MESSAGE },
    // A bed kept only on a condition: "we can only keep the hospice bed for him if he agrees to the syringe driver".
    { match: "can|could|will only keep|hold|save the|his|her|their #word? bed|place|room|slot|spot #any{0,3} if|as_long_as he|she|they|pt", message: THREAT_MESSAGE },
    // Made to, with the verb left out: "Refused to sit out but was made to for lunch".
    { match: 'was|were|got made to', message: MADE_MESSAGE, after: ['for|anyway|regardless|by|after|in_the_end|.|,|;'], when: ['personSubject'] },
    { match: 'was|were|got made to', message: MADE_MESSAGE, after: ['for|anyway|regardless|by|after|in_the_end|.|,|;'], before: ['but|and|then|yet'] },
    // A bed or place given away over attendance: "if she keeps skipping sessions her rehab bed will be given to someone else".
    { match: ["will|would|'ll|could|may be given|go|offered to someone_else|somebody_else|another_patient|the_next_person|the_next_patient", "will|would|'ll|could|may be given_away|gone|reallocated|filled"], message: THREAT_MESSAGE, before: ['... if|unless #any{0,8} bed|place|slot|spot|space|chair|appointment'] },
    // Going home held back until the person complies: "told her she will not go home until she does them with PT".
    { match: "[ will_not|won't|is_not|isn't|are_not|aren't go|going|be_going|be_discharged home? until|unless ] he|she|they|pt", message: THREAT_MESSAGE, before: ['... told|tell/v|informed|explained|reminded|warned|made_clear|made_it_clear'] },
    // A report held over the person: "declining bloods would be noted in his report to the Parole Board".
    { match: "would|will|'ll|could|may|might be noted|recorded|mentioned|reported|flagged|documented|reflected in|on|to his|her|their #word? report|reports|file|record|assessment", message: THREAT_MESSAGE, before: ['... declining|refusing|refusal|not_taking|non-attendance|missing|skipping|if|unless'] },

    // "She will be sent home if she leaves the unit again": the behaviour repeated is what is threatened.
    { match: `will|would|'ll be ${DISCHARGED} from? ${SERVICES}? if|unless`, message: THREAT_MESSAGE, after: ['he|she|they|pt #any{0,6} again|anymore|any_more|once_more'] },
    // "would be discharged if he kept cancelling", "therapy would stop if she didn't come", "must attend to remain on caseload"
    { match: `will|would|'ll be ${DISCHARGED} from? ${SERVICES}? if|unless he|she|they|pt keeps|kept|continues_to|continued_to ${ATTEND}|coming_late|showing_up_late`, message: THREAT_MESSAGE },
    { match: `${SERVICES}|treatment|sessions|visits will|would|'ll stop|end|cease|be_stopped|be_discontinued|be_cancelled|be_put_on_hold if|unless he|she|they|pt`, message: THREAT_MESSAGE, after: ["${ATTEND}|didn't|doesn't|does_not|did_not|don't|won't|will_not|stops|stopped|keeps|kept|continues #word? come|attend|show|show_up|participate|cooperate|comply|engage|${ATTEND}"] },
    { match: `to remain|stay|continue|be_kept on|in ${SERVICES}|the_caseload|caseload|the_program|the_schedule|the_list`, message: THREAT_MESSAGE, before: ['... must|has_to|have_to|needs_to|need_to|required|will_need_to'] },
    { match: `will|would|'ll|could|may|can be ${DISCHARGED} from ${SERVICES}`, message: THREAT_MESSAGE, after: [`due_to|for #any{0,3} noncompliance|non-compliance|nonattendance|non-attendance|absences|no-shows|cancellations|missed_#word`, `if|unless #any{0,4} ${ATTEND}|again|another|further`] },
    { match: "will|would|'ll|could|may|can result_in|lead_to|mean discharge|termination|dismissal|being_discharged|loss_of_services|closure_of_the_referral", message: THREAT_MESSAGE, before: [`... ${ATTEND}|noncompliance|non-compliance|nonattendance|non-attendance|outburst/n|refusal/n|refusing`, `... further|continued|repeated|another|more|any_more|one_more ${CONDUCT}`] },
    { match: `[ ${LOSE} ]`, message: THREAT_MESSAGE, before: [`... ${ATTEND}|again|another`] },
    // The stay itself as the stake: "explained that continued vaping on the unit would end his stay".
    { match: `will|would|'ll|could|may end|cost his|her|their stay|placement|admission|spot|slot|place`, message: THREAT_MESSAGE, before: [`... ${ATTEND}|noncompliance|non-compliance|outburst/n|refusal/n|refusing`, `... further|continued|repeated|another|more|any_more|one_more ${CONDUCT}`] },
    // The next lapse and what it "means": "informed pt that another outburst means he goes back to his room".
    { match: `[ another|one_more|any_more|any_further|further ${LAPSE} means|will_mean|would_mean|meant ]`, message: THREAT_MESSAGE, after: ['he|she|they|pt|discharge|going|loss|no|an_end|the_end|losing|room|seclusion|restraints|security'] },
    // Equipment or a service held back until the person complies: "the powerchair won't be ordered unless he starts doing his
    // exercises", "funding will not be approved until she engages".
    { match: "won't|will_not|wouldn't|would_not|can't|cannot|can_not be ordered|issued|provided|funded|supplied|prescribed|approved|delivered|arranged|fitted unless|until he|she|they|pt", message: THREAT_MESSAGE, after: ['#word{0,2} start|starts|started|begin|begins|engage|engages|engaged|do|does|complete|completes|attend|attends|comply|complies|cooperate|cooperates|stop|stops|agree|agrees|accept|accepts|lose|loses|prove|proves|show|shows'] },
    // A place or a service made to hang on the person's compliance: "her place at the day centre depends on her engaging with
    // the falls programme".
    { match: '[ depends|depend|depended|dependent|contingent|conditional|hinges|hinged on|upon his|her|their|him|them|pt? engaging|attending|complying|cooperating|accepting|participating|engagement|attendance|compliance|cooperation|participation ]', message: THREAT_MESSAGE, before: ['... place|spot|slot|bed|funding|package|referral|care|tenancy|placement|equipment|powerchair|wheelchair|support|transport|visits|prescription|prescriptions|script|scripts|supply|medication|opioids|chair|loaner|loan_chair #any{0,6} is|are?'] },
    // A restraint held over what the person does: "if she won't use her frame we may have to put the bed rails up".
    // Or the restraint named as what will happen: "if she pulls the NG out again the mitts will go on".
    { match: 'the|her|his|their mitts|mittens|restraints|bed_rails|cot_sides|rails|splints will|would|\'ll go_on|go_up|be_put_on|be_used|come_out|be_back_on', message: THREAT_MESSAGE, before: ['... if|unless'] },
    { match: "we|i|staff may|might|will|would|'ll|could have_to|need_to|be_forced_to put_the_bed_rails_up|put_the_rails_up|put_the_cot_sides_up|use_bed_rails|use_restraints|restrain/v|sedate/v|use_mitts|section/v|use_a_sensor_mat|lock_the_door|take_her_frame_away|take_his_frame_away", message: THREAT_MESSAGE, before: ['... if|unless he|she|they|pt'] },
    // The team's refusal of what the person asked for: "pt keen to go home but we have said no and she stays till OT…".
    { match: "[ we|I|the_team|the_consultant have|has|had? said_no|told_her_no|told_him_no ] and|, she|he|they|pt stays|stay|remains|remain|will_stay|is_staying|must_stay|has_to_stay|stays_put|is_not_going|isn't_going|won't_be_going", message: DECIDE_MESSAGE },
    // A bed held over the person's conduct: "if he skips another session he will lose his bed on the rehab unit". Only
    // their own bed after a condition on what they do; not a shelter's rule or the unit's bed count ("may lose the bed").
    { match: `[ he|she|they will|would|'ll|could|may lose/v his|her|their bed ]`, message: THREAT_MESSAGE, before: [`... if|unless he|she|they|pt #any{0,5} ${ATTEND}|skips|misses|refuses|another|again`], notAfter: ['#any{0,4} shelter|motel|hotel|hostel|group_home|housing|respite'] },
    // Told, with the condition after it: "Told him he would lose his bed if he left for the weekend" (not a shelter's rule).
    { match: `[ told|warned|threatened|reminded him|her|them|pt that? he|she|they will|would|'ll|could lose/v his|her|their bed ]`, message: THREAT_MESSAGE, after: ['if|unless he|she|they|pt ...'], notAfter: ['#any{0,8} shelter|motel|hotel|hostel|group_home|housing|respite'] },
    // "Told him he would lose his slot if he came late again"; not a shelter's or an employer's rule.
    { match: `[ ${LOSE} ]`, message: THREAT_MESSAGE, before: ['... told|tell|warned|reminded|threatened'], after: ['if|unless ...'] },
    // The place itself as the stake, said the other way round: "must attend 3x/wk or her spot will be given away", "come on
    // time, otherwise the slot goes to someone else". Only after a demand on the person.
    { match: "or|otherwise his|her|their|the slot|spot|place|appointment|time_slot|referral will|would|'ll|could|may be|go given_away|given_to_someone_else|filled|released|reassigned|to_someone_else|to_another_patient", message: THREAT_MESSAGE, before: ['... must|has_to|have_to|needs_to|need_to|is_expected_to|is_required_to'] },
    // A procedure held over the person's conduct and put to them as a warning: "Told her that if she doesn't eat, we'll have
    // to place an NG". Without the telling it is a plan ("If PO intake stays poor, will place NG"), and a body that does not
    // improve is no conduct.
    { match: IF_DEFIES.map((condition) => `${condition} ${FORCED_MEASURE}`), message: THREAT_MESSAGE, before: ['... told|tell/v|warned|warn/v|threatened|reminded|remind/v|explained|explain/v|advised|advise/v|informed|inform/v|let_pt_know|let_him_know|let_her_know'] },
    // A belonging taken in answer to what the person kept doing: "Removed call light because pt kept pressing it". Not a
    // safety step ("removed her shoes because she kept tripping") nor a device's fault ("because it kept alarming").
    // Taken off the person until the conduct stops: "Staff took her phone off her until she stopped being so aggressive".
    { match: `[ take/v|took|taken his|her|their ${BELONGING} off|away|away_from him|her|them ] until|unless he|she|they stopped|stops|calmed|calms|behaved|behaves|apologised|apologized|apologises|apologizes|settled|settles|cooperated|cooperates`, message: THREAT_MESSAGE },
    { match: `[ remove/v|removed|take/v_away|took_away|confiscate/v|confiscated his|her|their|the? ${BELONGING} ] because|since|as|after|when he|she|they|pt kept|keeps|continued|continues|would_not_stop|wouldn't_stop|won't_stop`, message: THREAT_MESSAGE, notAfter: ['#any{0,3} fall|falling|trip|tripping|slip|slipping|choke|choking|hurting|injuring|tangling|tangled|getting_tangled|losing|dropping'] },
    // "Any more no-shows and she will be discharged", "One more missed visit and he is off the schedule"
    {
      match: `any_more|one_more|another|any_further|a_third|a_fourth ${ATTEND} visit|visits|session|sessions|appointment|appointments?`,
      message: THREAT_MESSAGE,
      after: ["and #any{0,5} discharged|dropped|removed|terminated|closed|off|lose/v|lost|kicked_out|done|out"],
    },
    { match: "will|would|'ll end|stop|close|terminate therapy|services|treatment|the_referral|the_episode|sessions|his_therapy|her_therapy", message: THREAT_MESSAGE, before: [`... ${ATTEND}|outburst/n`] },
    // An ultimatum: "can only go home if he agrees to the walker".
    // Not "will proceed only if the patient agrees": consent sought is the person deciding.
    { match: 'only if|when|once he|she|they|pt|the_patient promise/v|promises|complies|cooperates|behaves', message: THREAT_MESSAGE },
    // The person's place held over their conduct: "reminded pt that his slot may be reallocated if he continues to arrive late".
    // Care reviewed or withdrawn as the price of conduct: "her care package may be reviewed if she continues to send carers
    // away" (not "if she continues to need double-ups", which is her care need).
    { match: `[ his|her|their care_package|package_of_care|package|care|support|placement|service|visits may|will|would|could|'ll|might be reviewed|withdrawn|stopped|reduced|cancelled|canceled|ended|removed|taken_away ] ${IF_TURNS_AWAY}`, message: THREAT_MESSAGE },
    // An adult's family brought in over their conduct: "if he keeps skipping NIV we'll have to involve his parents" (not
    // "if she continues to deteriorate we will have to involve her family").
    { match: `${IF_TURNS_AWAY} #any{0,5} ,? [ we|i|we'll|i'll|we’ll|i’ll will|would|'ll? have_to|need_to involve|inform|tell|call|ring|contact his|her|their parents|mum|dad|mother|father|family ]`, message: THREAT_MESSAGE },
    { match: "his|her|their|the slot|spot|place|chair|appointment|time_slot|transport|bed may|will|would|could|'ll|might be given_away|reallocated|reassigned|released|given_to_someone_else|offered_to_someone_else|lost|cancelled|canceled|withdrawn if|unless he|she|they|pt keeps|kept|continues|continued|misses|missed|is|arrives|arrived|comes|came|doesn't|does_not|fails|again", message: THREAT_MESSAGE },
    // Told what will be done to them if they do it again: "Pt was told that if he pulls his NG out again he will have mittens on".
    // Advice for a symptom that comes back ("told that if he feels dizzy again he should sit down") names no measure.
    {
      match: '[ @subject was|were|has_been|had_been|is told|warned|reminded|informed ] that? if|unless he|she|they #any{1,8} again|anymore|any_more|once_more',
      message: THREAT_MESSAGE,
      after: ["#any{0,3} he|she|they will|'ll|would|may|might have|be|get|need #any{0,3} mittens|mitts|restraints|restrained|sedated|sedation|discharged|sent_home|security|a_sitter|seclusion|an_ng|a_ng|a_tube|a_catheter|an_injection"],
    },
    // Sent back like a child: "Ordered back to bed by NIC after mobilising to the day room alone".
    { match: '[ ordered|marched back_to_bed|back_to_his_bed|back_to_her_bed|back_to_the_bay|back_to_bay|back_to_his_room|back_to_her_room|back_to_their_room|to_bed ]', when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    { match: 'was|were|is|been ordered|marched back_to_bed|back_to_his_bed|back_to_her_bed|back_to_the_bay|back_to_bay|back_to_his_room|back_to_her_room|to_bed', before: PERSON_BEFORE },
    // Told "straight": "Have told him straight he is not going home until he's done the stairs".
    { match: `[ have|had? told ${WHO} straight|bluntly|flat_out|outright ]`, when: ['noteClauseStart'], notBefore: [OTHER_SUBJECT] },
    // Who decides, said against the person: "reminded pt that the nurses will decide when the catheter comes out, not him".
    { match: "[ the? nurses|staff|we|doctors|the_team|the_doctors|@clinician will|'ll|get_to|gets_to decide ] #any{0,8} ,? not him|her|them|pt|the_patient|you", message: DECIDE_MESSAGE },
    // Care withdrawn as the answer to conduct: "if she keeps taking the bandages off we'll have no choice but to discharge her".
    { match: 'no_choice|no_option|no_alternative but_to discharge/v|restrain/v|sedate/v|section/v|close/v|withdraw/v|stop/v|remove/v|call/v', message: THREAT_MESSAGE, before: ['... if|unless he|she|they|pt'] },
    // The person told once it is settled: "Daughter informed of care home plan; pt to be told once placement confirmed".
    { match: '[ pt|patient|he|she|they|mum|dad|mother|father to_be told|informed ] once|when|after|until', message: DECIDE_MESSAGE },
    // A learner told to direct rather than explain: "you need to be firmer and just tell them what they're doing".
    { match: "just|simply tell/v them|him|her|patients|the_patient|the_patients what they're|they_are|he's|she's|he_is|she_is doing|going_to_do" },
    // A ration granted in note style: "Allowed one cigarette at 1600 if she behaves", "Permitted one cigarette break".
    { match: 'allowed|permitted one|two|a|an|#num extra? cigarette|cigarettes|smoke|smoke_break|cigarette_break|fag|phone_call|call|visit|biscuit|drink|cup_of_tea', message: ALLOW_MESSAGE, when: ['opensSentence'] },
    // The measure said to follow: "once it was made clear a section would follow if he tried to leave".
    { match: `${MEASURE} will|would|'ll|could follow|ensue if|unless he|she|they|pt|the_patient`, message: THREAT_MESSAGE },
    // Leave, discharge or a privilege made the price of accepting care: "leave will only be allowed once he accepts his
    // depot", "discharge is conditional on attending every feeding session".
    {
      match: 'only? be allowed|permitted|granted|considered|given once|when|if|until|after he|she|they|pt|the_patient accepts|accepted|takes|took|agrees|agreed|complies|engages|stops|attends|starts',
      before: ['leave|discharge|visits|visiting|phone|cigarettes|smoking|access|escorted_leave|unescorted_leave|section_17_leave|s17_leave|leave_off_the_ward|home_leave|it|this #any{0,3}'],
      message: THREAT_MESSAGE,
    },
    {
      match: 'conditional|contingent|dependent on|upon attending|attendance|taking|accepting|acceptance|agreeing|compliance|complying|engaging|engagement|abstaining|abstinence|stopping|him|her|them|the_parents|mum|dad|parents',
      before: ['discharge|leave|treatment|surgery|transplant|listing|funding|the_op|home_leave|visits|access|contact|a_bed|the_place is|was|will_be|would_be|being|made'],
      message: THREAT_MESSAGE,
    },
    // The person's case closed over their choice: "advised pt his case may be closed if he does not accept the placement".
    { match: "his|her|their|the case|referral|file|episode may|will|would|could|'ll be closed|discharged|ended|withdrawn if|unless he|she|they|pt does_not|doesn't|won't|will_not|fails_to|refuses_to accept|attend|engage|take|agree|go", message: THREAT_MESSAGE },
    // Held in place over the person's asking: "Kept him in the standing frame for the full 30 minutes although he kept asking to sit".
    { match: `[ kept|keep/v him|her|them in|on the|his|her|their #word? frame|standing_frame|chair|bed|tilt_table|stander|harness|splint|splints ]`, after: ['#any{0,8} although|though|even_though|despite|while he|she|they #any{0,2} kept_asking|asked|wanted|begged|said_no|was_asking|were_asking'], message: DECIDE_MESSAGE },
    // Instructed to stop or never: "Instructed mum to stop bed-sharing immediately" (not "instructed in the HEP").
    { match: 'instructed|instruct/v pt|patient|him|her|them|mum|dad|the_family|family|parents to stop|never|not', notBefore: [OTHER_SUBJECT] },
    // Care granted only once the person has changed: "Implants only permitted once she has stopped smoking".
    { match: "only allowed|permitted|offered|possible|considered|available|funded|agreed once|when|if|after he|she|they|pt has|have|had|is|was stopped|quit|given_up|lost|engaged|accepted|agreed|complied|abstained|attended", message: THREAT_MESSAGE },
    // A belonging or a privilege withheld until the person changes: "told him he wasn't allowed his phone until he calmed
    // down", "couldn't go to the playroom otherwise".
    {
      match: `wasn't|was_not|isn't|is_not|not|wouldn't_be|won't_be|would_not_be|will_not_be allowed|permitted his|her|their|any|the ${BELONGING}|phone|leave|cigarettes|tablet|ipad|tv|visitors|visits until|unless|till`,
      message: THREAT_MESSAGE,
    },
    {
      match: "couldn't|could_not|can't|cannot|wouldn't|would_not|won't|will_not go|have|watch|play|see|use #any{0,4} otherwise|or_else",
      before: ['... telling|told|tell/v|warned|warning him|her|them|pt|the_child|the_patient #any{0,2}'],
      message: THREAT_MESSAGE,
    },
    // Care made conditional in the person's own wants: "If he wants his methadone on time he'll need to let us take
    // bloods first", "if she wants to go home she has to eat".
    {
      match: "if he|she|they|pt want/v|wants|wanted his|her|their|to #any{0,4} he'll|she'll|they'll|he_will|she_will|they_will|he|she|they|pt need/v|needs|has|have|must|'ll_need|will_need|'ll_have|will_have|has_got|have_got",
      // Only the exchange demanded of the person, not a step of the process ("she needs an OT assessment first").
      after: ['to? let|accept|take|agree|stop|start|eat|comply|engage|behave|calm|cooperate|attend|give|hand|stay|sign'],
      message: THREAT_MESSAGE,
    },
    // "Kindly asked him to accept the paracentesis today, otherwise we'll have to review whether ongoing admission is
    // appropriate": the request backed by a sanction.
    {
      match: "otherwise|or_else|if_not we|we'll|i|i'll|the_team will|'ll|would|may|might? have_to|need_to|be_forced_to review|reconsider|discuss|consider|discharge|stop|withdraw|end|close",
      before: [',|;|-|–|—'],
      after: ['#any{0,4} admission|discharge|placement|bed|treatment|care|referral|transplant|listing|access|methadone|script|prescription|leave|tenancy|place|slot|appointments'],
      when: ['speechInSentence'],
      message: THREAT_MESSAGE,
    },
    // A child's removal held over a parent: "Mum was warned that baby could be taken into foster care if she leaves again".
    {
      match: 'could|would|will|may|might be taken|removed|placed into|in|from? foster_care|care|custody|the_care_of|local_authority_care',
      after: ['#any{0,3} if|unless'],
      before: ['... warned|warn/v|told|tell/v|reminded|remind/v|threatened #any{0,6}'],
      message: THREAT_MESSAGE,
    },
    // "Was made to sit in the lounge until family arrived": the subject dropped, as notes drop it.
    { match: 'was|were|has_been|had_been made|forced to', message: MADE_MESSAGE, when: ['opensSentence'], notAfter: [LIFE_EVENT, 'feel|look|wait_for_the'] },
    // "Made her hand over her phone charger": the same without the "I".
    { match: 'made him|her|them|pt|the_patient', message: MADE_MESSAGE, when: ['opensSentence'], after: ['to? #word'], notAfter: [`to? ${MADE_FEEL}|a|an|the|some|his|her|their|my|one|two|#num|aware|welcome|comfortable|sure|feel`] },
    // A ruling to a person named by title: "I have instructed Mr Bello that he must use the frame", "Politely reminded Mrs
    // Ferris that … she needs to be in her room by then".
    { match: [`[ instruct/v|remind/v|tell/v|inform/v mr|mrs|ms|mx|miss .? #cap ] that #any{0,10} ${RULING_STRICT}`, `instruct/v|remind/v|tell/v|inform/v mr|mrs|ms|mx|miss .? #cap that #any{1,10} and|, [ he|she|they needs_to|need_to ]`] },
    // A placement decided and then told: "Pt was told she will be moving to the dementia unit tomorrow", "Explained to
    // daughter that Mum will be going to a nursing home".
    { match: 'told|informed|explained_to #any{0,3} that? he|she|they|mum|dad|mother|father|pt will|\'ll|is|is_going_to be? going|moving|moved|transferred|placed|admitted to #any{0,2} nursing_home|care_home|residential_home|residential_care|dementia_unit|a_home|placement|hospice|long-term_care|memory_care', message: DECIDE_MESSAGE },
    // "Told her she's going on HD whether she likes it or not": the person's wish named only to be set aside.
    { match: 'whether he|she|they|pt like/v it or_not', message: DECIDE_MESSAGE },
    { match: `if|unless he|she|they|pt|the_patient ${ATTEND}|does_not_attend|doesn't_attend|does_not_show|doesn't_show|is_late|comes_late|arrives_late`, message: THREAT_MESSAGE, after: ['discharged|dropped|terminated|kicked_out|closed ...'], notAfter: ['home ...'] },
    // Note style, the writer as the implied subject: "Threatened to discharge him if …". Only with the person as the
    // object: "Threatened to leave AMA" is the patient's own threat.
    { match: `threaten/v|threatening to discharge/v|drop/v|dismiss/v|terminate/v|cancel/v|restrain/v|withhold/v ${WHO}|his|her|their`, message: THREAT_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    { match: [`${I} threaten/v to|with`, `threatened|threatening him|her|them|pt|the_patient? with discharge|discharging|termination|${MEASURE}`], message: THREAT_MESSAGE },
    // More note-style threats: "Threatened to send him home", "threatened to have her discharged", "Threatened discharge if
    // she misses again". Only what staff can do to the person: "threatened to leave", "threatened to call her lawyer" are
    // the person's own.
    {
      match: [
        `threaten/v|threatening to send/v|kick/v|throw/v|escort/v|walk/v ${WHO} home|out|back|away|off`,
        `threaten/v|threatening to have|get ${WHO} discharged|removed|restrained|committed|sedated|kicked_out|sent_home|sent_out|escorted_out|thrown_out|transferred|moved`,
        'threaten/v|threatening discharge|termination|dismissal|restraints|seclusion|sedation',
      ],
      message: THREAT_MESSAGE,
      when: ['sentenceStart'],
      notBefore: [OTHER_SUBJECT],
    },
    // The same measure as the price of behaviour: "restraints will be used if she pulls at her lines again".
    { match: `${MEASURE} will|would|'ll|could be used|applied|placed|put_on|called|given|ordered|started|needed if|unless he|she|they|pt|the_patient`, message: THREAT_MESSAGE, unless: ['demandEarlier'] },
    // "Warned pt that … if she pulls at her lines again": a warning about repeated behaviour is a threat, not teaching.
    { match: `[ warn/v ${WHO} ] that? #any{0,10} if|unless he|she|they #any{0,6} again|anymore|any_more|once_more`, message: THREAT_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    { match: `[ ${I} warn/v ${WHO} ] that? #any{0,10} if|unless he|she|they #any{0,6} again|anymore|any_more|once_more`, message: THREAT_MESSAGE },
    // Care itself stopped over behaviour: "if he leaves AMA again we will stop scheduling him".
    // The condition is part of the match, so a comma between them ("If she misses again, we will …") does not part them.
    { match: `if|unless he|she|they|pt #any{0,5} ${ATTEND}|again|anymore|another|ama ,? [ we|i|staff|the_clinic|the_team will|would|'ll stop|no_longer schedule/v|see/v|treat/v|book/v him|her|them ]`, message: THREAT_MESSAGE, unless: ['demandEarlier'] },
    // The same with other sanctions: "if she refuses the lift again, we will discharge her", "if he keeps yelling, security
    // will be called", "if he doesn't do his exercises he won't go home".
    {
      match: IF_DEFIES.flatMap((condition) => SANCTIONS.filter((sanction) => sanction !== NOT_HOME).map((sanction) => `${condition} ${sanction}`)),
      message: THREAT_MESSAGE,
      unless: ['illnessCondition'],
      // A plan that follows a choice is no sanction ("if she refuses surgery again, we will discharge her home with hospice").
      notAfter: ['home|to|with|tomorrow|today|once|when|on'],
    },
    // Home itself withheld is the sanction whatever day follows: "she won't be going home on Friday".
    { match: IF_DEFIES.map((condition) => `${condition} ${NOT_HOME}`), message: THREAT_MESSAGE, unless: ['illnessCondition'] },
    // The sanction first, then the condition on the person's conduct: "Warned that he will be discharged if he keeps
    // refusing his nebs", "she'll be moved to the 4-bed bay if she refuses again".
    { match: `[ he|she|they|pt will|would|'ll|could|may be|get ${DISCHARGED}|moved|transferred|sent_home|sent_back ] if|unless he|she|they|pt keeps|kept|continues|continued|refuses|refused|won't|will_not|doesn't|does_not|misses|skips`, message: THREAT_MESSAGE, notAfter: ['#any{0,4} improve/v|improving|deteriorate/v|deteriorating|well|stable|medically_fit|fit|safe|able|mobile|independent'] },
    // Detention, a hold or a privilege lost, named first: "she'll be put on a hold if she keeps refusing fluids", "he'll lose
    // his Friday pass unless he gives a clean urine", "ground leave is off the table until he accepts the depot".
    { match: [`[ he|she|they|pt will|would|'ll|could|may be|get ${DETAINED} ] ${IF_CONDUCT}`, `[ he'll|she'll|they'll|he’ll|she’ll|they’ll|he'd|she'd be|get ${DETAINED} ] ${IF_CONDUCT}`], message: THREAT_MESSAGE },
    { match: `[ he'll|she'll|they'll|he’ll|she’ll|he'd|she'd|he|she|they|pt will|would|could? lose his|her|their #word? pass|leave|ground_leave|phone|privileges|visits|tv|outing|place|bed|slot ] if|unless|until he|she|they|pt`, message: THREAT_MESSAGE },
    { match: `[ #word? leave|pass|passes|visits|phone|outing|outings|tv|smoking_breaks is|are|was|were off_the_table|not_an_option|not_happening|cancelled|on_hold ] until|unless he|she|they|pt`, message: THREAT_MESSAGE },
    // The writer's directive reported with its subject: "I told Mrs. Begum she had to take a staff member with her", "I told
    // Mr. Haddad he had to finish all three sets before …". Not a procedure the person needs ("told him he had to have the
    // biopsy"): that is medical necessity told.
    {
      // ("I told him he must …" is reported at "I told him" by the terms above.)
      match: `${I} tell/v|told mr|mrs|ms|miss|mx .? #cap that? he|she|they had_to|has_to|must|needed_to|needs_to|would_have_to|was_to|is_to|couldn't|could_not|can't|cannot`,
      notAfter: ['have|undergo|get the|a|an|his|her? #word{0,3} surgery|operation|procedure|transplant|biopsy|scan|test|tests|treatment|chemo|chemotherapy|radiotherapy|amputation|injection|infusion|transfusion|bloods|x-ray|mri|ct', 'be|have_been admitted|transferred|operated|seen|reviewed|scanned'],
      message: COERCE_MESSAGE,
    },
    // The person's own act ruled out: "Pt kindly reminded that taking the mask off overnight is not an option", "going home
    // alone was simply not an option". A treatment ruled out ("Surgery is not an option") is the team's clinical judgement.
    { match: "[ going|taking|leaving|walking|smoking|refusing|getting|staying|removing|eating|drinking|self-discharging|self-propelling|driving #any{0,5} is|was|isn't|wasn't simply|just|really? not_an_option|no_option|not_negotiable|non-negotiable ]", message: NON_NEGOTIABLE_MESSAGE },
    // Care withheld until a result or a deed: "Told him no more oramorph until his urine comes back clean".
    { match: `[ told|tell/v him|her|them|pt no_more|no_further ${TREAT}|analgesia|pain_relief|narcotics|opioids|morphine|oramorph|script|scripts|prescriptions|meds|medication|methadone|take-homes|leave|passes ] until|unless`, message: THREAT_MESSAGE },
    // An ultimatum: "either he uses the spacer or he doesn't get the inhaler".
    { match: "[ either he|she|they|pt #any{1,8} or he|she|they|you|pt doesn't|does_not|won't|will_not|can't|cannot|don't get|have|receive|go|keep ]", message: THREAT_MESSAGE },
    // A move into care held over conduct: "she will end up in a nursing home if she keeps getting up alone at night".
    { match: `[ he|she|they|pt will|would|'ll|could|may|might end_up in a|the nursing_home|care_home|residential_home|residential_care|home ] if|unless he|she|they|pt keeps|kept|continues|continued|refuses|refused|won't|doesn't|does_not`, message: THREAT_MESSAGE, notAfter: ['#any{0,4} improve/v|improving|deteriorate/v|deteriorating|decline/v|declining|fall/v|falling|worsen/v|worsening'] },
    // Care withheld until the person stops or starts: "Told him he won't get any more narcotics until he stops shouting".
    { match: `[ he|she|they|pt won't|will_not|can't|cannot|isn't_getting|is_not_getting get|have|be_given any? more? ${TREAT}|analgesia|pain_relief|narcotics|opioids|morphine|painkillers|oramorph|pain_killers|meds|medication ] until|unless he|she|they|pt stops|starts|calms|apologises|apologizes|behaves|cooperates|complies|agrees|accepts|eats|does`, message: THREAT_MESSAGE },
    // "if he keeps pulling at his lines he will have to be restrained", "she will be re-sedated if she continues to touch the ETT".
    { match: `${IF_HANDS_ON} #any{0,6} ,? [ ${MEASURE_AS_PRICE} ]`, message: THREAT_MESSAGE },
    { match: `[ ${MEASURE_AS_PRICE} ] ${IF_HANDS_ON}`, message: THREAT_MESSAGE },
    // The sanction first: "Said we would stop his therapy if he kept arriving late", "will take away his phone if …".
    {
      match: `[ we|i|staff|the_team|nursing will|would|'ll|could stop|end|discontinue|cancel|withhold|suspend|take_away his|her|their ${SERVICES}|therapy|treatment|sessions|visits|meds|pain_meds|phone|tv|privileges|cigarettes|visitors ]`,
      message: THREAT_MESSAGE,
      after: [`if|unless he|she|they|pt ${DEFIES}|${ATTEND}|arriving_late|coming_late|showing_up_late|yelling|swearing`],
      unless: ['demandEarlier'],
    },
    // A reward for doing as asked: "He can have his cigarettes back when he starts participating", "she gets her phone
    // back once she finishes the exercises", "If he walks to the gym, he can have a smoke break". Not a discharge
    // criterion ("can go home when he can do the stairs": "can" makes it an ability, not a bargain).
    {
      match: [
        `[ he|she|they|pt can|may|will|could|would|gets_to|get/v only? have|get|earn his|her|their|a|an|some|extra? ${BELONGING}|${TREAT} back? ] when|once|if|after|as_soon_as he|she|they|he'd|she'd|they'd|he’d|she’d|they’d #word{0,2} ${COMPLIES}`,
        `[ he|she|they|pt gets|get/v|will_get|can_get|gets_to_keep|get/v_to_keep his|her|their ${BELONGING}|${TREAT} back? ] when|once|if|after|as_soon_as|only_if|only_when he|she|they #word{0,2} ${COMPLIES}`,
        // A bribe to get it done: "We got him to walk to the station by promising he could have his phone back".
        `by|after promising|promised ${'him|her|them'}? that? he|she|they could|would|can|will|'d have|get|earn his|her|their|a|an|some|extra? ${BELONGING}|${TREAT}`,
        `if|once|when he|she|they ${COMPLIES} #any{0,6} ,? [ he|she|they can|may|will|gets_to have|get|earn a|an|his|her|their|some|extra? ${BELONGING}|${TREAT} ]`,
      ],
      message: THREAT_MESSAGE,
      notAfter: ['#any{0,2} can|is_able|able'],
    },
    // Rewards promised for doing as asked: "Promised her a cookie if she finished the stairs", "Offered him extra TV time
    // if he cooperated". Not an offer of rest when needed ("offered her a break if she felt tired").
    { match: `[ promise/v|offer/v ${WHO} a|an|some|extra|more? #word{0,2} ${TREAT}|${BELONGING} ] if|when|once|after he|she|they ${COMPLIES}`, message: THREAT_MESSAGE },
    // Needs held back until the person complies: "Held his lunch until he finished the HEP", "Withheld her pain meds until she
    // got out of bed", "Pt was not given her breakfast until she got dressed". Not a medical hold ("hold insulin until she
    // eats", "held her metoprolol until her BP improved": the condition is the body, not the person's conduct).
    {
      match: [
        `[ hold/v|held|withhold/v|withheld|delay/v|delayed|keep/v_back|kept_back his|her|their ${TREAT}|${BELONGING} ] until|unless he|she|they ${COMPLIES}`,
        `[ not|never given|allowed|offered his|her|their|a|any ${TREAT}|${BELONGING} ] until|unless he|she|they ${COMPLIES}`,
      ],
      message: THREAT_MESSAGE,
    },
    // Belongings or aids taken so the person does what staff want: "Kept her wheelchair out of reach so she would walk",
    // "Removed her walker so she would stay in bed". Not a device taken off for care ("removed her IV so she could shower").
    { match: `[ remove/v|removed|take/v|took|taken|take/v_away|took_away|hide/v|hid|hidden|confiscate/v|confiscated his|her|their ${BELONGING} ] #any{0,5} so|so_that|until he|she|pt would|will|had_to|has_to|must|would_have_to|could_not|couldn't|wouldn't|would_not|can't|cannot|stays|stay|calms|calmed|agrees|agreed|apologizes|apologized|cooperates|cooperated|complies|complied|walks|walked`, message: THREAT_MESSAGE, notAfter: ['#any{0,3} fall|trip|injure|hurt|get_hurt'] },
    { match: `[ keep/v|kept|put|placed|move/v|moved|park/v|parked|leave/v|left his|her|their ${BELONGING} ${OUT_OF_REACH} ] #any{0,3} so|so_that|until he|she|they`, message: THREAT_MESSAGE, notAfter: ['#any{0,5} fall|trip|injure|hurt|get_hurt|charge|charging|dry|clean|repair'] },
    // The call light answered only for good behaviour: "Staff will not answer his call light if he keeps yelling".
    { match: "[ will|would|'ll not|no_longer answer|respond_to|ignore|turn_off|unplug|disconnect|take_away his|her|the|their call_light|call_bell|calls|light|bell ] if|unless|when he|she|they|pt", message: THREAT_MESSAGE },
    { match: "[ ignore/v|ignoring|ignored his|her|the|their call_light|call_bell|light|bell ]", message: THREAT_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    // Privileges lost or revoked, and a room as punishment: "Lost his TV privileges for the day", "Her privileges were
    // revoked", "Confined to her room until she calms down", "Grounded for the rest of the day". Not a licence or a
    // physician's privileges, nor isolation for an infection.
    { match: [`lose/v|lost his|her|their ${PRIVILEGE_KIND}? privileges`, 'privileges were|was|have_been|had_been|are revoked|suspended|removed|taken_away|restricted|pulled', `revoke/v|suspend/v|remove/v|take/v_away|took_away|pull/v his|her|their ${PRIVILEGE_KIND}? privileges`], message: THREAT_MESSAGE, notBefore: ['... driving|admitting|hospital|surgical|clinical|prescribing|staff|license|licence'], notAfter: ['#any{0,4} dmv|license|licence|board|credentialing'] },
    { match: `[ confined|restricted|sent|send/v ${WHO}? back? to his|her|their room|bed|the_room ] until|unless he|she|they calms|calm/v|apologizes|apologises|apologized|behaves|agrees|cooperates|stops|stopped`, message: THREAT_MESSAGE, unless: ['isolationSentence'] },
    { match: `[ confined|restricted|sent|send/v ${WHO}? back? to his|her|their room|bed|the_room ] for|after|because_of ${MISCONDUCT}`, message: THREAT_MESSAGE, unless: ['isolationSentence'] },
    { match: 'grounded for the|a rest|day|week|evening|weekend|night|#num', message: THREAT_MESSAGE, when: ['personSubject'] },
    // The clinician as the decider: "I decided that she will use the wheelchair", "We decided for her".
    {
      // Where the person lives, goes or what they use: not tests and treatments ("we decided he should have a CT").
      match: `=I|we|team|staff|@clinician decide/v|decree/v that? he|she|they|pt|the_patient would|will|must|has_to|is_to|is_going_to|cannot|can't|wasn't_going_to|isn't_going_to`,
      message: DECIDE_MESSAGE,
      after: [LIFE_CHOICE],
      // "… and she agreed": the decision was shared.
      notAfter: ['#any{0,12} agreed|agrees|together|jointly|in_agreement'],
    },
    { match: `${I} decide/v|decided|choose/v|chose|make/v|made_the_decision for ${WHO}`, message: DECIDE_MESSAGE },
    { match: 'decided that? pt|he|she|they|the_patient would|will|must|has_to|is_to|is_going_to', message: DECIDE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT], after: [LIFE_CHOICE] },
    // "Pt did as told", "does what she is told", "must obey"; "obeys commands" is the GCS motor item.
    // "needs to learn to follow orders"; not "continue to follow the physician's orders" in discharge instructions.
    { match: "follow/v|obey/v my|our|staff's orders|rules", message: OBEY_MESSAGE },
    { match: 'learn/v to follow orders|rules|instructions', message: OBEY_MESSAGE },
    // "Pt needs to learn to listen", "has to learn to behave"; not listening to one's own body ("learn to listen to her pain").
    { match: 'learn/v to listen|obey|behave|cooperate|comply|do_as_told|follow_directions|follow_staff_directions|respect_staff|respect_the_rules', message: OBEY_MESSAGE, notAfter: ['to his|her|their|the body|pain|symptoms|cues|breathing'] },
    // Obedience to staff as the rule: "Pt must comply with all staff directions"; not precautions ("comply with sternal precautions").
    // A rule set for the person, not a description of the visit ("complied with staff instructions during the exam").
    { match: 'comply/v|comply_fully|cooperate/v with all? staff|staff\'s|my|our|nursing directions|instructions|rules|orders|requests|demands|direction', message: OBEY_MESSAGE, before: ['must|will|shall|has_to|have_to|needs_to|need_to|is_to|are_to|expected_to|required_to|is_required_to|is_expected_to|agree_to|agrees_to|to_remain'] },
    { match: 'compliance|cooperation|obedience is|was|remains mandatory|compulsory|not_optional|non-negotiable|nonnegotiable', message: OBEY_MESSAGE, notAfter: ['for staff|employees|students|all_staff'] },
    { match: ['do/v|did|does as|what he|she|they|i|you|we? is|was|are|were|am|\'s? told|ordered', 'do/v|did|does as|what i|we|staff|the_therapist told|instructed|ordered|say|said'], message: OBEY_MESSAGE },
    { match: 'obey/v|obedient|obediently|obedience|disobedient|disobedience', message: OBEY_MESSAGE, notAfter: ['#word{0,3} command/n|cmds|cmd|instructions_on_exam'], notBefore: ['... implies|imply|implied|implying|suggests|connotes|connote|connotation|means|sounds_like|carries', '... gcs|motor|m6|m5|command|commands|cmds'] },
    // Note style: "Made pt walk to the bathroom", "Forced to use the bedpan overnight", "Pt made to sit up for all meals".
    { match: `make/v|made|force/v|forced ${WHO} to? @activity`, message: '"{match}" describes care done to the person rather than with them. Record what was proposed, what the person chose and how they responded.', when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    { match: 'forced|made to', message: '"{match}" describes care done to the person rather than with them. Record what was proposed, what the person chose and how they responded.', when: ['opensSentence'], notAfter: [LIFE_EVENT] },
    { match: 'made|forced to', message: '"{match}" describes care done to the person rather than with them. Record what was proposed, what the person chose and how they responded.', before: ['@subject then|also|again|repeatedly|often?'], notAfter: [LIFE_EVENT] },
    // Withholding until the person gives in: "will not discharge her until she agrees", "takes away her phone until she eats".
    // "until she agrees"; "unless he agrees" is as often the person's consent respected, so only "until".
    // After a privilege withheld ("will not be permitted visitors until he agrees …") the permission is the one finding.
    { match: `until he|she|they|pt|the_patient ${CONCEDES}`, message: THREAT_MESSAGE, unless: ['demandEarlier'], notBefore: ['... @neg be|been? allowed|permitted'] },
    { match: 'until|unless he|she|they|pt|the_patient #word', message: THREAT_MESSAGE, before: [`... ${TAKE_AWAY}`] },
    { match: TAKE_AWAY, message: THREAT_MESSAGE, notAfter: ['until|unless ...'] },
    // The same privileges as rewards to be won back: "Pt can earn TV time back once she completes her exercises".
    { match: [`earn/v back? his|her|their|the|a|some? ${PRIVILEGE}`, 'earn/v his|her|their|the? #word{1,2} back'], message: THREAT_MESSAGE },
    // "didn't give her a choice", "left him no choice", "Pt given no option"
    // The clinician as subject: "this left him no option but surgery" is the illness, not the writer.
    { match: [`${I_MODAL} give/v|gave|leave/v|left ${WHO} no choice|option|options|say`, `=I|we @neg really|even|actually|exactly|truly? give/v ${WHO} a|any|the|much|many choice|option|options|say|chance`, `=I|we @neg really|even|actually|ever? give/v pts|patients|residents|clients|people|anyone|families a|any|the|much|many choice|option|options|say`, `without giving ${WHO} a|any|the choice|option|say|chance`], message: DECIDE_MESSAGE },
    { match: `did_not|didn't give/v ${WHO} a|any|the choice|option|say|chance`, message: DECIDE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    // Note style, the writer as the implied subject: "Gave him no choice but to use the chair", "Left pt no option".
    // Not "This left him no option but surgery": the illness or the finding as the subject.
    { match: `give/v|gave|leave/v|left ${WHO} no|little choice|option|options|say|alternative`, message: DECIDE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, 'this|that|it|which|what'] },
    { match: 'given no choice|option|say', message: DECIDE_MESSAGE, before: ['@subject was|were|is|are?'] },
    { match: "@neg given|offered a|any choice|option|options|say", message: DECIDE_MESSAGE, before: ['@subject was|were|is|are|has_been|had_been?'] },
    // The person's stated wish set aside: "whether he agrees or not", "against her wishes", "team overruled this".
    {
      match: [
        "whether he|she|they|pt|the_patient agrees|agreed|likes_it|liked_it|likes_them|liked_them|likes_this|likes_that|wants_to|wanted_to|consents|consented|wants_it|wants_them|is_willing|was_willing or not",
        "whether or not he|she|they|pt|the_patient agrees|agreed|likes_it|wants_to|consents|consented",
        "regardless_of|against|over|despite his|her|their|pt's|the_patient's wishes|wish|objection|objections|protests|preference|preferences|will|refusal",
        'despite|over|against protests|objections|protesting|objecting|his_refusal|her_refusal',
      ],
      message: DECIDE_MESSAGE,
      notBefore: ['... @relative|boyfriend|girlfriend|partner|employer'],
      // "I told her that she has to use the tilt whether she likes it or not" is one ruling, reported at "told".
      unless: ['demandEarlier'],
      // "Whether he agrees or not is up to him": the choice named as his.
      notAfter: ['is|was|remains|will|depends|rests'],
    },
    // The same told to a relative: "Told daughter pt would be going to rehab whether she liked it or not". The relative
    // is who is told, not who decides, so the telling opens the match and the relative inside it vetoes nothing.
    {
      match: [
        `${TOLD_RELATIVE} [ whether he|she|they|pt|the_patient agrees|agreed|likes_it|liked_it|wants_to|wanted_to|consents|consented|wants_it|is_willing|was_willing or not ]`,
        `${TOLD_RELATIVE} [ whether or not he|she|they|pt|the_patient agrees|agreed|likes_it|wants_to|consents|consented ]`,
        `${TOLD_RELATIVE} [ regardless_of|against|over his|her|their|pt's|the_patient's wishes|wish|objection|objections|protests|preference|preferences|will|refusal ]`,
        `${TOLD_RELATIVE} , [ like|liked it or not|lump_it ]`,
      ],
      message: DECIDE_MESSAGE,
    },
    // "Pt will go to SNF, like it or not": a person's place decided in the sentence; not a remark on the world ("Like it
    // or not, documentation drives reimbursement").
    {
      match: ', [ like|liked it or not|lump_it ]',
      message: DECIDE_MESSAGE,
      when: ['personInSentence'],
      notBefore: ['... @relative|boyfriend|girlfriend|partner|employer'],
      unless: ['demandEarlier'],
    },
    // The person's say denied: "He doesn't get a say in this", "Pt does not get to decide when she goes home", "This is not
    // his decision to make", "It's not up to her", "He has no choice in the matter". Not the person's own feeling of it
    // ("feels she had no say in her care") nor a loss in their life ("didn't get to say goodbye").
    {
      match: [
        "@neg|doesn't|does_not|don't|didn't|won't get/v|gets a|any say",
        "@neg|doesn't|does_not|don't|didn't|won't get/v_to|gets_to decide|choose|pick|vote|have_a_say",
        'has|have|had no choice|say|options|option in_the_matter|in_this|in_it|about_it|about_this',
      ],
      message: DECIDE_MESSAGE,
      when: ['personInSentence'],
      notBefore: ['... feel/v|felt|feels|feeling|says|said|states|stated|reports|reported|complains|complained|believes|believed|thinks|thought|upset|angry|frustrated|as_if|like|worried|worries|afraid'],
      notAfter: ['alone|anymore|to_be|to_get|to_have|to_become', '#any{0,8} per pt|patient|him|her|family'],
    },
    // The same with the matter named: "Pt has no say in discharge destination", "she had no say over where she goes". Not
    // someone else's lack of say ("Son has no say in her care; pt has capacity", "we have no say in the insurer's ruling").
    {
      match: 'has|have|had no say in|over|about',
      message: DECIDE_MESSAGE,
      before: ['he|she|they|pt|patient|resident|client'],
      notBefore: ['... feel/v|felt|feels|feeling|says|said|states|stated|reports|reported|complains|complained|believes|believed|thinks|thought|upset|angry|frustrated|as_if|like|worried|worries|afraid|@relative|family|son|daughter|wife|husband|=I|we|staff|team'],
    },
    // "This is not his decision to make"; not "it was not her choice to get sick" (what befell the person).
    {
      match: ["not|isn't|wasn't his|her|their decision|call|choice to make", "not|isn't|wasn't his|her|their decision|call"],
      message: DECIDE_MESSAGE,
      notBefore: ['... feel/v|felt|feels|feeling|says|said|states|stated|reports|reported|complains|complained|believes|believed|thinks|thought|upset|angry|frustrated|as_if|like|worried|worries|afraid'],
      notAfter: ['alone|anymore|to_be|to_get|to_have|to_become'],
    },
    {
      match: "[ not|isn't|wasn't up to him|her|them|the_patient|pt ]",
      message: DECIDE_MESSAGE,
      after: ['.|;|!|,|whether|if|when|what|how|where|to|anymore'],
      notBefore: ['... feel/v|felt|feels|says|said|states|stated|reports|reported|believes|thinks|thought', 'per his|her|their? @relative ,? #any{0,3}'],
    },
    // Sarcasm that closes the matter: "Oh well, guess she'll just have to walk then".
    { match: "guess|i_guess|well he'll|she'll|they'll|he_will|she_will|they_will|he_would|she_would|they_would just have_to|need_to|must", message: '"{match}" dismisses the person rather than recording what they chose. Record what was offered and what they decided.' },
    // Care pressed on past the person's stated wish: "Kept stretching even though she asked me to stop", "Continued the
    // stretch despite his protests", "Pushed through his complaints". The wish is asked of the writer ("asked me to stop"), or
    // the writer is the subject; "He continued to smoke despite his wife's objections" is the person's own doing.
    {
      match: '[ continue/v|continued|kept|keep/v|proceed/v|proceeded|carry/v_on|carried_on|press/v_on|pressed_on|push/v_on|pushed_on|went_on|kept_going ]',
      message: COERCE_MESSAGE,
      after: ['#any{0,8} despite|even_though|although|though|even_after|even_when|after|when he|she|they|pt asked|begged|told|pleaded_with|signaled|signalled|wanted me|us to stop|to_quit|to_rest|to_take_a_break|to_sit|to_lie_down|to_let_go', '#any{0,8} despite|over|through|regardless_of his|her|their|pt\'s protests|protest|protesting|objections|objection|pleas|tears|crying|refusal|requests_to_stop|request_to_stop|asking_to_stop|saying_no|screams|screaming|yelling', '#any{0,8} despite|over|through protests|tears|crying|screaming|objections'],
    },
    { match: [`${I} continue/v|continued|kept|keep/v|proceed/v|proceeded|carried_on|pressed_on|pushed_on|went_on|kept_going`], message: COERCE_MESSAGE, after: [PERSON_WISH] },
    { match: 'push/v|pushed|pushing through his|her|their #word? complaints|protests|objections|tears|crying|refusal|pleas|requests_to_stop', message: COERCE_MESSAGE, notBefore: ['@subject|@relative'] },
    // Persuasion past a stated wish: "Convinced him to stay for the full session even though he wanted to leave".
    { match: `convince/v|persuade/v|talk/v|talked ${WHO} into|to`, message: COERCE_MESSAGE, after: [PERSON_WISH] },
    { match: '@subject coaxed|cajoled|guilted|badgered|nagged|bullied|strong-armed|browbeaten|pressured|coerced into', message: COERCE_MESSAGE, notAfter: BY_OTHERS },
    { match: `coax/v|cajole/v|guilt/v|guilt-trip/v|badger/v|browbeat/v ${WHO} into`, message: COERCE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT], notAfter: BY_OTHERS },
    // "Ordered him back to bed": an order to the person with nothing after it but where to go.
    { match: [`order/v ${WHO} into_bed|to_bed|to_his_room|to_her_room|to_their_room`, `order/v ${WHO} back|out to|into|in|inside|of|.|;|,|!`], message: ORDER_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    // "overrule" has no other sense in a note; "override" does (pacing, alarms), so only with the person's decision.
    { match: 'overrule/vn', message: DECIDE_MESSAGE },
    { match: "override/v|overrode|overridden his|her|their|pt's|the_patient's wishes|wish|decision|choice|refusal|preference|objection|objections", message: DECIDE_MESSAGE },
    // Care hidden from the person: "crushed into applesauce without pt's knowledge", "covertly".
    // "We went ahead without asking her"; not a test done without a cue ("measured without asking him to stand").
    { match: 'without asking|consulting|telling|checking_with|involving him|her|them|the_patient|pt', message: DECIDE_MESSAGE, notAfter: ['to|first|about|for'], notBefore: ['... @relative|boyfriend|girlfriend|partner|employer'] },
    { match: "without his|her|their|pt's|the_patient's|the_pt's knowledge|consent|permission|agreement|telling_him|telling_her|telling_them|asking_him|asking_her|asking_them", message: DECIDE_MESSAGE, notBefore: ['... @relative|boyfriend|girlfriend|partner|employer'], notAfter: [INCAPABLE, `because|as|since|given|due_to|in|during #any{0,4} ${INCAPABLE}`] },
    // The person left out of a decision about them: "Caregiver reports pt is fine, pt not asked", "Pt was not consulted about
    // the move". Not a history item not taken ("pt not asked about alcohol use"), a test not done ("not asked to perform
    // SLR"), an accident ("was not involved in the MVA"), nor a person who could not be asked ("not consulted as intubated").
    {
      match: "@subject [ was|were|is|has_been|had_been? not|never asked|consulted|involved|included ]",
      message: DECIDE_MESSAGE,
      after: ['.|;|!', ', but|and|so|though|even', ', #word{0,3} pt|patient|he|she|they', 'in|about|on|over the|this|her|his|their? decision|decisions|plan|planning|choice|discharge_planning|care_plan|move|placement', 'for her|his|their opinion|input|preference|preferences|views|view|wishes|consent', 'what he|she|they wanted|wants|preferred|prefers|thought|thinks'],
      notAfter: [`,|;|as|because|since|given|due_to #any{0,4} ${INCAPABLE}`],
    },
    // The person's own preference ruled out: "her preference to stay in bed is not an option"; not "surgery is not an option".
    { match: 'is|was|are|were not_an_option|not_optional|out_of_the_question', message: DECIDE_MESSAGE, before: [`... ${PREFERENCE}`] },
    // The person's own way out ruled out: "Pt informed that leaving AMA is not an option", "refusing the lift is not an
    // option". Not a treatment ruled out by the illness ("surgery is not an option given his comorbidities").
    { match: '[ not_an_option|out_of_the_question|not_happening ]', message: DECIDE_MESSAGE, before: [`... ${OWN_WAY_OUT} #any{0,5} is|was|are|were`] },
    // "… and there is no other option." — the sentence ends on the ruling; "no option but surgery" goes on to name one.
    { match: 'there is|was|are no other option|options|choice|way', message: DECIDE_MESSAGE, after: ['.|!|;'] },
    // Measures to stop the person leaving: "kept in hospital gown so she would not try to leave".
    { match: "so|so_that he|she|they|pt would_not|wouldn't|could_not|couldn't|cannot|can't try_to? leave|elope|run|run_away|escape|abscond|go_home|get_out", message: DECIDE_MESSAGE, before: ['... kept|keep/v|held|hold/v|locked|lock/v|took|taken|removed|hid|hidden|placed|put'] },
    // "Put a lap belt on so she would stay put", "raised the rails so he would stay in bed": a device used to hold the person.
    { match: "so|so_that he|she|pt would|will|'d|could stay_put|stay_in_bed|stay_in_the_chair|stay_in_his_chair|stay_in_her_chair|stay_seated|stay_down|not_get_up|not_stand_up|not_stand", message: DECIDE_MESSAGE, before: ['... kept|keep/v|held|hold/v|locked|lock/v|took|taken|removed|hid|hidden|placed|put|applied|raised|tied|strapped|buckled'], notAfter: ['#any{0,3} safely|during|for_the|while'] },
    // Tied to a chair or bed: "Tied her to the chair".
    { match: `tie/v|tied|strap/v|strapped|belt/v|belted ${WHO} to|into|in the|a|his|her|their chair|bed|wheelchair|rail|rails|bedrail|bedrails|recliner`, message: COERCE_MESSAGE, notBefore: ['... @relative|boyfriend|girlfriend|partner|ex|ex-partner|abuser|roommate|someone'] },
    // The writer's say-so as the gate: "Pt can't leave until we say so", "He can go when I say he can go".
    { match: "until|unless|till|when =I|we|staff say|says|said so|it's_okay|it's_ok|he_can|she_can|they_can|otherwise", message: DECIDE_MESSAGE, notBefore: ['... if|whether|ask/v|asked|hold/v|held|medication|medications|med|meds|dose|doses|drug|restart|resume|continue'] },
    // Raised voices: "I yelled at him to sit down", "Pt got yelled at by the night nurse", "Raised my voice at him".
    { match: [`${I} yell/v|shout/v|snap/v|scream/v|holler/v|bark/v at ${WHO}`, `raise/v|raised my|our voice|voices at|with ${WHO}`], message: DISCIPLINE_MESSAGE },
    { match: `my|the|our|a|another? ${STAFF} yelled|shouted|snapped|screamed|barked at ${WHO}`, message: DISCIPLINE_MESSAGE },
    { match: 'got|was|were|been|get/v yelled_at|shouted_at|snapped_at|screamed_at|barked_at by #any{0,3} nurse|staff|nursing|aide|me|my_ci|therapist|doctor|physician|resident|tech|security', message: DISCIPLINE_MESSAGE, before: ['@subject'] },
    // "He'd better not miss another session", "told her she'd better cooperate", "do the exercises or else.": a veiled threat.
    { match: ["he'd|she'd|they'd|you'd|he_had|she_had better cooperate|comply|behave|listen|participate|show_up|start|stop|do_as|not", "[ or_else ] .|!|;"], message: THREAT_MESSAGE, notAfter: ['worry|be_worried|feel|rest|sleep|take_it_easy'] },
    // Force-feeding or pills put in the mouth by force: "Forced the pill into his mouth". Not "forced vital capacity".
    { match: 'force/v|forced|forcing|shove/v|shoved|shoving|jam/v|jammed|cram/v|crammed #any{0,3} into|down his|her|their mouth|throat', message: COERCE_MESSAGE },
    // Medicine hidden in food or given in secret: "hid them in applesauce", "Meds given covertly in juice". Not crushed
    // for swallowing ("crushed in applesauce per SLP") nor a covert disease ("covert aspiration").
    { match: [`hid|hide/v|hidden|hiding|disguise/v|disguised|conceal/v|concealed|sneak/v|snuck|sneaked|slip/v|slipped his|her|their|the? meds|medication|medications|pills|pill|tablets|haldol|seroquel|antipsychotic|it|them in|into #any{0,2} applesauce|pudding|food|juice|drink|coffee|yogurt|yoghurt|ice_cream|soup|tea|meal|milk|smoothie|jello`, 'given|administered|added|put|mixed|slipped|crushed covertly|secretly|surreptitiously', 'covert medication|medications|administration|dosing|meds'], message: DECIDE_MESSAGE,
      // A covert-medication decision made under the Mental Capacity Act, in the person's best interests, is the lawful
      // process for someone who lacks capacity, documented as it should be.
      notBefore: ['... best_interests|best-interests|mca|mental_capacity_act|capacity_assessment|court_of_protection|dols|lacks_capacity|lacking_capacity|without_capacity'] },
    // Sedation used to manage the person rather than treat them: "sedated to keep him in bed", "gave him Haldol so he would
    // stop yelling". Not sedation for a scan or for comfort.
    { match: 'sedate/v|sedated|medicate/v|medicated|gave_him|gave_her|given|snowed|knocked_out #any{0,3} to_keep|so|so_that|to_stop|to_get him|her|them|he|she|they would|will|could? in_bed|quiet|down|stop_yelling|stop_calling_out|stop_screaming|stop_pressing|stop_calling|stay_in_bed|be_quiet|from_getting_up|from_leaving|from_calling|leave_us_alone|stop_bothering|yelling|calling_out', message: COERCE_MESSAGE },
    // A request turned down as a ruling: "He asked to skip therapy; request denied", "She wanted to walk alone but I said no",
    // "Pt wants to go home but that's not happening". Not a payer's or a records request.
    { match: '[ request|requests denied|refused|rejected|overruled|not_granted|not_honored|not_honoured ]', message: DECIDE_MESSAGE, notBefore: ['... auth|authorization|authorisation|insurance|prior|peer-to-peer|appeal|claim|coverage|refill|refills|transfer|records|fmla|disability'] },
    // The thing asked for between them: "Pt's request for weekend pass denied by writer". A payer's refusal of a scan or a
    // referral is not the writer's ruling, so only what the person wants for themselves, or the writer named as refusing.
    {
      match: [
        '[ request/n|requests for a|an|the|his|her|their|another? #word? pass|leave|smoke_break|cigarette|cigarettes|visitors|visit|outing|phone|tv|time_off|break|home_visit|discharge|day_pass|weekend_pass denied|refused|rejected|overruled|not_granted ]',
        `[ request/n|requests for #any{1,5} denied|refused|rejected|overruled by ${WRITER_NAMED}|me|us|staff|the_team|therapist|nursing ]`,
      ],
      message: DECIDE_MESSAGE,
    },
    // What was asked for is the person's care, not the writer's own number or a hug: "He asked for my number but I said
    // no" keeps a boundary, and is no ruling on his care.
    {
      match: [
        "he|she|they|pt wanted|wants|asked_to|asks_to|begged|pleaded #any{0,8} but|;|, [ =I|we|staff|nursing said|told_her|told_him|told_them no ]",
        "he|she|they|pt asked_for|asks_for|requested|wanted|wants the|his|her|their|to|more|some|another|extra|#num|pain|analgesia|@intervention|@activity|a_pass|a_break|a_drink|a_walk|a_cigarette|a_smoke|a_second|a_different|an_extra|an_earlier|a_later|a_wheelchair|a_commode #any{0,7} but|;|, [ =I|we|staff|nursing said|told_her|told_him|told_them no ]",
      ],
      message: DECIDE_MESSAGE,
      notAfter: ['until|because|since|as|due_to|given|for_now|pending'],
    },
    { match: "but|;|, that's|that_is|it's|this_is [ not_happening|not_going_to_happen|not_gonna_happen ]", message: DISMISS_MESSAGE },
    // Permission to be asked for the person's own movements: "She has to ask permission before she gets up", "needs our
    // permission to go outside". Not a relative's or a licence's ("permission from her husband", "surgeon's permission").
    { match: ["has_to|have_to|must|needs_to|need_to|is_required_to|are_required_to ask|get|request|obtain|seek permission|approval", 'need/v|needs|require/v|requires our|my|staff|staff\'s|nursing|the_team\'s permission|approval'],  message: ALLOW_MESSAGE, when: ['personSubject'], notAfter: ['slip|slips|form|forms', '#any{0,8} policy|policies|protocol|rules', 'from #any{0,2} @relative|husband|wife|parents|guardian|insurance|court|employer|surgeon|physician|doctor|school'] },
    // "She is to remain seated at all times", "He is to use the bedpan only": a rule set for the person's body.
    { match: 'is|are to remain|stay|sit|use_the_bedpan|use_the_commode|use_the_urinal seated|in_bed|in_his_room|in_her_room|in_the_room|in_the_chair|in_his_chair|in_her_chair|on_the_unit|only|at_all_times', message: FORBID_MESSAGE, before: PERSON_BEFORE, notAfter: ['#any{0,4} per|by @orderer', '#any{0,2} until|for|after|post|while|due_to|following|overnight|pending|awaiting'], unless: ['orderCitedAfter'] },
    // "I didn't let her choose the exercises": the choice itself withheld.
    { match: `=I|we did_not|didn't|wouldn't|would_not|won't|will_not|never|refused_to let|allow/v ${WHO} to? ${HANDS_OVER}`, message: DECIDE_MESSAGE },
    { match: `did_not|didn't|never let|allow/v ${WHO} to? ${HANDS_OVER}`, message: DECIDE_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT] },
    // "Will get pt to agree to the nursing home": steering the decision itself.
    { match: `get/v|got ${WHO} to agree|accept|comply|go_along`, message: COERCE_MESSAGE },
    // "I told him I would report him to the DMV if he drove": a report held over the person.
    { match: `report/v ${WHO} to the? dmv|police|authorities|security|probation|parole|his_employer|her_employer|school`, message: THREAT_MESSAGE, before: ['... would|will|\'d|\'ll|threaten/v|threatened'], after: ['if|unless ...'] },
    // Finality: "no more refills, period", "there will be no further discussion", "end of discussion".
    { match: 'no_further_discussion|no_more_discussion|end_of_discussion|end_of_story|full_stop|no_ifs', notAfter: ['was|is|were|needed|necessary|required|took_place|occurred'], message: NON_NEGOTIABLE_MESSAGE },
    // The ruling may run longer than a touching neighbour reaches ("must use the walker at all times, period"): the comma is
    // part of the match and the ruling word may stand anywhere earlier in the clause.
    { match: ', [ period ]', before: ["... no|not|never|must|cannot|can't|won't|mandatory|required|only"], after: ['.|!|;'], message: NON_NEGOTIABLE_MESSAGE },
    // "he is not allowed visitors after 6 pm": a ruling about the person's own life on the unit.
    // Also a pleasure of the person's own: "We told him he was not allowed his evening whisky". Not a rule the person reports
    // from elsewhere ("She said she is not allowed her phone at work").
    {
      match: "is|are|was|were|will_be not|never allowed|permitted",
      message: FORBID_MESSAGE,
      before: PERSON_BEFORE,
      after: ['visitors|visits|his_phone|her_phone|a_phone|phone|cigarettes|outside|off_the_unit', 'his|her|their|any #word{0,2} whisky|whiskey|beer|wine|pint|drink|drinks|cigarettes|cigarette|smoke|smokes|fags|vape|coffee|tea|chocolate|snacks|biscuits|sweets|phone|mobile|tablet|tv|radio|music|visitors|visits|leave'],
      unless: ['isolationSentence'],
      notBefore: ['... @facility', LIMIT_BEFORE, SOMEONE_ELSE_RULES, ...PATIENT_REPORTS, '... said|says|told_me|told_us|explained|mentioned|reports|reported|states|stated that? he|she|they'],
      notAfter: [LIMIT_AFTER, '#any{0,4} at_work|at_school|at_college|by_her_employer|by_his_employer|by_work|on_shift'],
    },
    // "Gave him permission to shower once the drain was out" (a fragment with the clinician implied).
    { match: `give/v|gave|grant/v|granted ${WHO} permission`, message: ALLOW_MESSAGE, when: ['sentenceStart'], notBefore: [OTHER_SUBJECT, LIMIT_BEFORE] },
    // "Pt is not to get up without staff": a ruling phrased as a rule for the person.
    { match: "is|are not|never to get|go|walk|leave|drive|shower|bathe|use|stand|transfer|sit|lift|climb|return|remove|take", before: PERSON_BEFORE, notBefore: ['... @facility', LIMIT_BEFORE], notAfter: [LIMIT_AFTER] },
    // "She must not drive for 24 hours after sedation" is a safety instruction tied to a time or a drug.
    { match: "must_not|mustn't|must_never get|go|walk|leave|drive|shower|bathe|use|stand|transfer|sit|climb|return|remove|take|have|eat|smoke|see", before: PERSON_BEFORE, unless: ['safetyWindow'], notBefore: ['... @facility', LIMIT_BEFORE], notAfter: [LIMIT_AFTER] },
  ],
  docs: {
    summary: 'The clinician deciding for the person: "I told him to", "not allowed to", "I made her", "non-negotiable".',
    why:
      'The source text is plain that care is not something a clinician does to a patient but with them, and that the clinician\'s job is to empower people to reach their own goals. Phrases in which the clinician tells, orders, allows or makes the person do things record a one-way decision and leave out the person\'s view. Studies of notes describe this "unilateral" or authoritarian language as a stigmatizing theme, and found it more often in notes about disabled patients.',
    prefer: '"Discussed the fall risk of independent transfers; pt chose to transfer with the caregiver present", "recommended a 30° tilt during lectures; pt agreed to try it for a week".',
    exceptions: [
      'Passives whose subject is not a person ("a decision was made to …", "the abdomen was allowed to deflate").',
      'Patient education, a required element of PT documentation: "instructed in HEP", "educated on hip precautions", "trained in pressure relief".',
      'Physician orders and precautions stated as facts: "NWB LLE per surgeon", "weight bearing as tolerated", "brace allowed 0-60° per protocol".',
      'Safety teaching about warning signs ("told pt to stop if chest pain occurs").',
      'Patients telling the clinician things ("Pt told me he prefers mornings"), and a patient asking whether something is allowed.',
      'Emergence from anaesthesia ("was allowed to awaken") and a surgeon\'s lifting restriction passed on at discharge ("was told not to do any heavy lifting").',
    ],
    sources: ['seed', 'S2', 'S8', 'S10', 'S30'],
  },
  examples: {
    flagged: [
      { text: '{{I told Mrs. Begum she had to}} take a staff member with her to the shop.', mode: 'reflection' },
      'Pt kindly reminded that {{taking the mask off overnight is not an option}}.',
      '{{Told him no more oramorph}} until his urine comes back clean.',
      'The pharmacist {{told him straight that either he uses the spacer or he doesn\'t get}} the inhaler.',
      '{{Reminded pt she\'ll be put on a hold}} if she keeps refusing fluids.',
      'Explained {{he\'ll lose his Friday pass}} unless he gives a clean sample today.',
      'Pt {{informed that ground leave is off the table}} until he accepts the depot.',
      'Pt {{informed he will not be allowed}} his methadone if he turns up after 11am.',
      'VR counselor advised pt {{his case may be closed if he does not accept}} the placement.',
      { text: 'I {{kept him in the standing frame}} for the full 30 minutes although he kept asking to sit.', mode: 'reflection' },
      '{{Warned her that if she keeps refusing the CTG she will have to sign a disclaimer}}.',
      'Gently {{reminded him that attending isn\'t optional}} under his referral order.',
      '{{Explained to pt that if she keeps pulling off the tele leads we will have to call security}}.',
      'Let pt know that if he refuses the Holter again {{he\'ll be discharged}} against advice.',
      'Implants {{only permitted once she has stopped}} smoking; made this clear to her today.',
      '{{Made it clear to pt that this is final}}.',
      'Advised pt that {{if she cancels again she will be discharged from}} the service.',
      { text: '{{We told him he was not allowed}} his evening whisky because of his drinking.', mode: 'reflection' },
      'Warned that {{he will be discharged}} if he keeps refusing his nebs.',
      '{{Told him he won\'t get any more morphine}} until he stops shouting.',
      'Pt advised that if she does not accept carers, {{discharge home cannot be supported}}.',
      { text: 'We got him to walk to the station {{by promising he could have his phone}} back.', mode: 'reflection' },
      { text: 'We got him to stand {{by threatening to tell}} his dad.', mode: 'reflection' },
      '{{Told her she needs to take the tablets or we will have to get her family}} involved.',
      '{{Told him that if he leaves tonight his bed will be given away}}.',
      { text: '{{The registrar made him sign}} the contract before the review.', mode: 'reflection' },
      '{{Informed pt that further scripts are contingent on attending}} clinic.',
      'The clinic {{will not prescribe the pill again unless she}} books a smear.',
      '{{Told him that if he misses the scan we will have to discharge}} him to his GP.',
      'Told she {{cannot be registered without}} proof of address.',
      '{{Told her the procedure won\'t go ahead until she stops}} smoking.',
      '{{No IVF referral until she}} has lost weight.',
      'Nursing staff {{won\'t give any more pain relief unless she}} lets us do the bloods.',
      'Said he either has the drip {{or signs the self-discharge form}}.',
      '{{Told parents that if he misses another clinic we will have no choice but to refer}} to social care.',
      { text: 'I {{made it clear to her dad that he had to}} stop the bottles at night.', mode: 'reflection' },
      '{{Told him we will only refer if he}} stops smoking first.',
      'District nurse visits {{will stop unless she}} lets the carers in.',
      '{{Told him we can only keep the side room for him if he}} stays on the unit.',
      '{{No take-home methadone unless he provides}} a sample.',
      'Wanted to stay in bed but {{was made to}} for the ward round.',
      'Community rehab {{will be cancelled unless he}} attends twice a week.',
      'If he keeps missing sessions his place {{will be given to someone else}}.',
      'Kindly {{reminded pt that her care package may be reviewed}} if she continues to send carers away.',
      '{{Told pt that if she keeps refusing the carers, the agency may withdraw the service}}.',
      '{{Reminded him that if he keeps skipping NIV we\'ll have to involve his parents}}.',
      'If she doesn\'t do her exercises {{she won\'t be going home}} on Friday, and I made that clear to her.',
      '{{Told her she will not go home until}} she manages the stairs with PT.',
      '{{Told him if he pulls at the line again the mitts will go on}}.',
      '{{Told pt his ground leave will be cancelled if he doesn\'t}} take his depot.',
      '{{Reminded him that missing bloods would be noted in his report}} to the tribunal.',
      '{{Told pt that if he will not use the frame we may have to put the bed rails up}}.',
      'Pt keen to go home but {{we have said no}} and he stays until physio have seen him.',
      'Daughter told the walker {{won\'t be ordered unless he}} starts using it indoors.',
      '{{Reminded pt that her place on the programme depends on her attending}}.',
      '{{No more oramorph until she completes}} her walk.',
      'Pt {{was told leave will only be allowed once he accepts}} his depot.',
      '{{If he wants his methadone on time he\'ll need}} to let us take bloods first.',
      'Asked him to accept the drain today, {{otherwise we\'ll have to review}} whether admission is appropriate.',
      { text: '{{I told him he wasn\'t allowed his phone until}} he calmed down.', mode: 'reflection' },
      'Mum was warned that baby {{could be taken into foster care}} if she leaves again.',
      'Reminded her of the ward rules; she has been {{asked to hand over}} the biscuits.',
      'Pt {{was informed that insulin will be started at next visit whether or not}} the diet works.',
      { text: 'Politely {{reminded Mrs Ferris that lights out on this unit is 2100 and she needs to}} be in her room by then.' },
      { text: '{{Allowed one cigarette}} at 1600 if she behaves.' },
      { text: '{{Was made to}} sit in the lounge until family arrived as kept getting up.' },
      { text: '{{Made her}} hand over her phone charger before going to the assessment room.' },
      { text: 'I have {{instructed Mr Bello}} that he must use the frame at all times.' },
      { text: 'Pt was {{told she will be moving to the dementia unit}} tomorrow.' },
      { text: 'Pt agreed to stay once it was made clear {{a section would follow if he}} tried to leave.' },
      { text: '{{Ordered back to bed}} by NIC after mobilising to the day room alone.' },
      { text: '{{Have told him straight}} he is not going home until he\'s done the stairs.' },
      { text: 'Kindly {{reminded pt that the nurses will decide}} when the catheter comes out, not him.' },
      { text: 'Explained that if she keeps taking the bandages off we\'ll have {{no choice but to discharge}} her from the caseload.' },
      { text: 'Daughter informed of care home plan; {{pt to be told}} once placement confirmed.' },
      { text: 'Feedback from educator: you need to be firmer and {{just tell them what they\'re doing}}.', mode: 'reflection' },
      { text: 'Can go home {{only once he promises}} to stop drinking.' },
      { text: 'Pt needs to know the plan. {{Pt was told}} that if he pulls his NG out again he will have mittens on.' },
      { text: '{{Have made it clear}} to Mr Osei that he is not to mobilise without a member of staff.' },
      { text: '{{Made it clear to family}} that listing won\'t go ahead unless he loses 15 kg.' },
      { text: 'Discussed dialysis. She is starting HD {{whether she likes it or not}}.' },
      { text: 'Pt {{has been made to}} sit in chair 1 by the nurses\' station.' },
      { text: 'Pt {{was permitted an extra}} 500 mL for his daughter\'s wedding.' },
      { text: 'Pt aware {{his slot may be reallocated if he continues}} to arrive late.' },
      { text: '{{I told the mum}} she had to stop giving juice in the bottle.', mode: 'reflection' },
      '{{Told pt if she skips another session she won\'t be cleared}} for the meet.',
      { text: '{{I allowed him}} one sip of thin water as a treat.', mode: 'reflection' },
      '{{Writer decided to}} d/c standing program as pt not progressing; pt informed at end of session.',
      '{{I have instructed pt that he is to stop}} transferring to the shower bench without staff.',
      { text: '{{I kept pushing until he said yes}} to the KAFO trial, even though he had said no twice.', mode: 'reflection' },
      '{{Writer insisted pt}} wear chest strap at all times in the power chair.',
      'Pt\'s {{request for weekend pass denied by writer}}.',
      '{{We don\'t give pts a choice}} about q2h turns on this unit.',
      'Advised pt his seating appt {{will be cancelled if}} he is late again.',
      'I said that if he didn\'t start doing his HEP {{I\'d have to discharge him}}.',
      { text: 'When she finished, I told her good girl and then {{I told her to}} sit back down.', mode: 'reflection' },
      '**Plan:** Resident will {{be made to}} sit up in recliner for all meals.',
      '{{Told 15 yo}} she must use her controller inhaler before every practice.',
      'Pt {{informed that if she no-shows again she will be discharged from}} clinic.',
      'Pt {{ordered}} back to bed after getting up w/o assist.',
      'Walker at all times {{or she can\'t go home}}.',
      '{{Ultimatum given: attend three times a week or lose the slot}}.',
      'Discussed refills; {{or I won\'t refill}} was how the last visit ended.',
      'Pt needs to come to every group {{or he\'ll lose his spot}} in the program.',
      'Pt {{was made to}} sit in the hallway until he agreed to a urine screen.',
      'Explained that continued vaping on the unit {{would end his stay}}.',
      '{{Reminded him that another outburst means}} he goes back to his room.',
      'Pt was {{required to}} sign the behavior contract before PT.',
      { text: '{{I made the dad}} sit in the corridor during the session.', mode: 'reflection' },
      'Pt was kept on bedrest and {{was made to}} use the bedpan.',
      'Pt will {{not be permitted}} phone calls until she agrees to eat breakfast.',
      { text: 'The charge nurse {{ordered him to}} stay in bed for the whole shift.', mode: 'reflection' },
      'Pt will {{not be allowed}} visitors until he eats his tray.',
      'Family meeting held; {{told his daughters a nursing home is the only option}}.',
      '{{Threatened to call security}} if she did not go back to her room.',
      '{{Told her she would lose her bed}} if she went home for the weekend.',
      "Told pt the plan for the week, and later she {{was made to}} walk the hallway by the aide.",
      "{{Told her the transfer will go ahead regardless}}.",
      "{{Informed pt that discharge is set for noon whether or not}} his wife can come.",
      "{{Reminded her that discharge will happen either way}}.",
      "{{No smoke break allowed until he gets dressed}}.",
      "{{No coffee permitted until she takes}} her meds.",
      "{{No phone until he starts participating}} in group.",
      "{{Told her that she will be discharged if she misses}} one more session.",
      "{{Informed him that it is not his call}} whether the brace comes off.",
      "Pt {{was warned that if he keeps yelling, security will be called}}.",
      "I {{told Mrs. Lopez she is not allowed to shower alone, no exceptions}}.",
      "Chair alarm set; {{told him to}} wait for staff before standing.",
      "Reviewed fall risk; {{told pt not to}} get up alone.",
      "Walker at bedside; {{told her}} she must use it every time.",
      "{{Told him he has no other choice}} but to use the lift.",
      "{{Explained to her that she had no other alternative}} than the nursing home.",
      "{{Reminded pt he has no other option}}.",
      "Made sure he understood {{that I am the one in charge}}.",
      "I made sure she knew {{who is in charge}}.",
      "Making sure he knew {{we were calling the shots}}.",
      "Daughter made the decision; pt {{was not consulted}}.",
      "Plan changed to SNF, pt {{not asked}} for her preference.",
      "Pt {{was never asked}} what he wanted.",
      "Pt will {{be allowed to}} go outside once she finishes her exercises.",
      "He would {{be allowed to}} shower after the dressing change.",
      "She may {{be allowed to}} go home for the weekend.",
      "{{Told her she is going to the SNF, period}}.",
      "{{I told him he will use the walker, end of story}}.",
      "{{Warned pt no smoking on the unit, end of discussion}}.",
      '{{Left him no option}} but to accept the knee brace.',
      '{{Threatened to discharge her}} from the program if she missed another group.',
      'Explained that the stretches happen daily {{whether she likes them or not}}.',
      '{{I told him}} he must stop transferring alone. => I discussed with him that he must stop transferring alone.',
      '{{Told pt}} he must use the walker at all times.',
      '{{I told the patient to}} stop using the manual chair on campus. => I advised the patient to stop using the manual chair on campus.',
      'Pt {{was told to}} keep the tilt at 30 degrees during lectures. => Pt was advised to keep the tilt at 30 degrees during lectures.',
      'Pt {{not allowed to}} drive the power chair outdoors until the joystick is recalibrated. => Pt advised not to drive the power chair outdoors until the joystick is recalibrated.',
      '{{I instructed her to never}} sit more than an hour without a weight shift. => I advised her to never sit more than an hour without a weight shift.',
      'Pt {{ordered to}} use the sliding board for all transfers.',
      'Wearing the night splints is {{non-negotiable}}.',
      'The pre-op shower is {{not up for negotiation}}.',
      'Got him to wear the splints by {{telling him he\'d lose his tablet otherwise}}.',
      'Pt advised that if he keeps pulling at his lines {{he will have to be restrained}}.',
      '{{Reminded pt she will be re-sedated}} if she continues to touch the ETT.',
      'Pt {{has no say in}} discharge destination; team to decide.',
      'She {{had no say over}} where she was placed.',
      '{{I made him}} do the last set even though he was tired.',
      '{{I allowed her to}} skip the balance circuit today.',
      'Pt {{is prohibited from}} driving until the next follow-up.',
      'Pt {{is not to get}} up without staff.',
      '{{The PT told him to}} sit back down.',
      'Pt {{forbidden}} from using the stairs at home.',
      '{{Allowed pt to}} rest 2 min between sets.',
      '{{Forbade him from}} driving until the next visit.',
      '{{Ordered her to}} stay on the unit overnight.',
      'He will {{not be allowed back}} on the ward until Friday.',
      'Gave pt an {{ultimatum}} about attendance.',
      '{{I told her that}} she has to use the tilt. => I explained to her that she has to use the tilt.',
      'Pt {{told to}} avoid stairs for a week. => Pt advised to avoid stairs for a week.',
      { text: '{{I had her sit}} for the rest of the session.', mode: 'reflection' },
      '{{We had him walk}} another lap even though he was tired.',
      'Pt {{was pressured into}} the SNF placement.',
      '{{I demanded that}} he use the walker.',
      'Attend all sessions {{or be discharged}}.',
      'Pt {{will be discharged from therapy if she misses}} another session.',
      '{{Told him he would lose his slot}} if he came late again.',
      'Further absences {{will result in discharge}}.',
      '{{I threatened to}} discharge him if he kept skipping the HEP.',
      'He can go home {{only if he promises}} to use the walker.',
      'Pt {{was given permission to}} shower.',
      'Pt now {{allowed to}} walk to the bathroom alone.',
      'Pt {{was banned from}} the gym after the incident.',
      '{{I refused to let him}} walk alone.',
      'Advised pt that if he keeps refusing the AFO {{we will have to stop his therapy sessions}}.',
      '{{Told her firmly she WILL use the frame or she won\'t be going home}}.',
      'Told daughter to {{warn mum she will end up in a nursing home}} if she keeps getting up alone at night.',
      'Pt {{informed that continued refusal of the hoist will mean discharge}} from the service.',
      'Missed sessions {{will lead to discharge}}.',
      'Staff {{took her phone off her}} until she stopped being so aggressive.',
      'We would kindly ask that she stays in the lounge, {{otherwise she loses her afternoon outing}}.',
      'Advised pt that if she does not use the hoist {{she will not be able to go on}} the day centre trip.',
      { text: 'She uses a wheelchair, so {{I wasn\'t going to let her}} walk to the toilet on her own.', mode: 'reflection' },
      '{{We decided he would}} go to rehab instead of home.',
      'Pt was {{told}} he must use the walker.',
      'Pt was {{reminded}} she must wear the brace at all times.',
      '{{Reminded pt}} she has to use the walker.',
      'She {{was told in no uncertain terms}} that she must use the walker.',
      '{{I made it clear that he has to}} wear the boot.',
      'Pt needs to {{do as he is told}}.',
      '{{Made pt walk}} to the bathroom even though she asked for the commode.',
      '{{Forced to}} use the bedpan overnight per night shift.',
      'We will not discharge her {{until she agrees}} to SNF placement.',
      'Nursing will {{take away her phone}} for the evening.',
      '{{I didn\'t give her a choice}} about the gait belt.',
      'Pt will do the exercises {{or PT will be put on hold}}.',
      'There will be no more opioid refills, {{period}}.',
      'I {{told him I would report him to the DMV}} if he got behind the wheel.',
      'He {{is not allowed}} visitors after 6 pm.',
      '{{Gave him permission}} to shower once the drain was out.',
      { text: '{{I ended up ordering him to}} sit down.', mode: 'reflection' },
      'My CI {{told him he would be discharged if he kept cancelling}}.',
      'Pt {{was told that therapy would stop if she}} didn\'t come.',
      'Pt must attend 3x/week {{to remain on caseload}}.',
      'Pt {{must not leave}} the unit without staff.',
      '{{Told her firmly}} that the brace stays on.',
      'He will go to rehab {{whether he agrees or not}}.',
      'Pt {{not given a choice}} about the fluid restriction.',
      'Pt can {{earn her phone back}} after group.',
      'Family wants him home; the team {{overruled}} them.',
      'Meds hidden in pudding {{without her knowledge}}.',
      'Her wish to skip therapy today {{is not an option}}.',
      '{{Warned him}} that he would be restrained if he pulled at the lines again.',
      '{{Mitts will be used if she}} pulls at the NG tube again.',
      'Kept his shoes at the desk {{so he would not leave}}.',
      'We use the lift here; {{there is no other option}}.',
      'Pt wanted to walk alone; {{I wouldn\'t let her}}.',
      'Pt {{required to}} sign the attendance contract.',
      '{{I pushed him through}} the last set even though he asked to stop.',
      'If she misses again, {{we will stop scheduling her}}.',
      'She must use the walker at all times, {{period}}.',
      '{{I have prohibited him from}} driving until he is cleared by neurology.',
      'Pt {{has been told time and again not to}} get up without calling. => Pt has been advised time and again not to get up without calling.',
      'Pt {{was sternly told to}} stay in bed. => Pt was sternly advised to stay in bed.',
      { text: '{{I didn\'t give her the option}} to say no.', mode: 'reflection' },
      '{{I have instructed her that she must}} use the walker at all times.',
      '{{Instructed pt that he has to}} wear the boot at all times.',
      'Pt {{informed}} that discharge will be to SNF, not home.',
      '{{Notified pt}} that she will go to a nursing home rather than home.',
      '{{Told him he has no choice}} but to wear the boot.',
      { text: '{{I made her finish the stairs before she could go}} back to bed.', mode: 'reflection' },
      '{{No TV until she finishes}} her exercises.',
      '{{Told his wife he would be discharged to a facility whether he agreed or not}}.',
      'Pt will go to SNF, {{like it or not}}.',
      '{{Told her flatly}} that she cannot go home until she walks 150 feet.',
      'Pt {{told flatly}} that she cannot go home.',
      '{{Informed pt}} she has to use the walker at all times.',
      'Pt {{informed that leaving AMA is not an option}}.',
      '{{Reminded pt who is in charge}} of her care plan.',
      '{{Reminded him that I am in charge}} of the session.',
      '{{Threatened to send him home}} if he refused again.',
      '{{Threatened discharge}} if she misses again.',
      'Explained that if he skips another session {{he will lose his bed}} on the rehab unit.',
      'She needed to be reminded {{who makes the decisions}} here.',
      '{{Told him if he doesn\'t do his exercises he won\'t go home}}.',
      'Explained that if she refuses the lift again, {{we will discharge her}}.',
      'Said {{we would stop his therapy}} if he kept arriving late.',
      '{{He can have his cigarettes back}} when he starts participating.',
      '{{Promised her a cookie}} if she finished the stairs.',
      '{{Withheld her pain meds}} until she got out of bed.',
      '{{Kept her wheelchair out of reach}} so she would walk.',
      '{{Removed her walker}} so she would stay in bed.',
      'Pt {{does not get to decide}} when she goes home.',
      'This is {{not his decision to make}}.',
      'Pt needs to {{learn to listen}}.',
      'Pt must {{comply with all staff directions}}.',
      'Oh well, {{guess she\'ll just have to}} walk then.',
      '{{Kept}} stretching even though she asked me to stop.',
      'Staff {{will not answer his call light}} if he keeps yelling.',
      '{{Told him that if he doesn\'t wear the mask, we\'ll have to use restraints}}.',
      '{{Warned her that if she won\'t eat, we will need to place a feeding tube}}.',
      '{{Told pt that if he pulls at his lines again we\'ll have to use mitts}}.',
      'Pt {{told she must arrive on time or her slot will be given away}}.',
      '{{Took away his phone}} because he kept calling his brother during group.',
      '{{Removed call bell}} because pt kept ringing it.',
      '{{Lost his TV privileges}} for the day.',
      '{{Confined to her room}} until she calms down.',
      'Pt {{sent back to his room}} after yelling.',
      '{{My CI made her walk}} the whole hallway even though she was crying.',
      'Pt {{was reprimanded for}} getting up alone.',
      '{{Scolded her for}} taking off the brace.',
      'Gave her {{a piece of my mind}} about the missed sessions.',
      'I had to {{put him in his place}}.',
      'He {{knows better than to argue}} with me now.',
      '{{Reminded him that this is a hospital, not a hotel}}.',
      '{{Not going to happen}}, I told her.',
      '{{Told him too bad}}.',
      'This {{behavior will not be tolerated}}.',
      'Her request to leave {{was denied}}.',
      '{{Denied his request}} for a smoke break.',
      'Gave the injection {{anyway}} despite her saying no.',
      'She said no, but we did it {{anyway}}.',
      '{{Had two aides hold him}} so I could do the stretch.',
      '{{Threatened to call his wife}} if he didn\'t take his meds.',
      'She has to {{earn our trust}} before she gets her walker back.',
      '{{Told firmly}} to sit down and stop interrupting.',
      'He {{was told to}} remain in bed until seen by neurosurgery.',
      '{{Told pt to}} stay off the bike until cleared by cardiology.',
      '{{I told her to}} hold off on driving until she is evaluated by neurology.',
      'We went ahead {{without asking her}}.',
      'He was wheeled back to his room {{despite protests}}.',
      'She {{has to ask permission}} before she gets up.',
      'Pt can\'t leave {{until we say so}}.',
      'She {{is to remain seated}} at all times.',
      'Pt {{got yelled at by the night nurse}} for pressing the call light.',
      '{{I yelled at him}} to sit down.',
      '{{He\'d better not}} miss another session.',
      '{{I told him to do his exercises, or else}}.',
      '{{Forced the pill into his mouth}}.',
      'We crushed his meds and {{hid them in applesauce}}.',
      'Meds {{given covertly}} in juice.',
      '{{Gave him Haldol so he would stop yelling}}.',
      '{{Tied her to the chair}}.',
      'Put a lap belt on {{so she would stay put}}.',
      'He asked to skip therapy; {{request denied}}.',
      'She wanted to walk alone but {{I said no}}.',
      'Pt wants to go home but that\'s {{not happening}}.',
    ],
    clean: [
      { text: 'I told Mr. Haddad he had to have the biopsy before we could plan anything.', mode: 'reflection' },
      'Surgery is not an option given her lung function.',
      'If he continues to deteriorate we will have to stop his physio and review his goals with the family.',
      'He isn\'t allowed to drive for a month after his stroke under the DVLA rules, which we talked through with his wife.',
      'She may end up in a nursing home if she continues to decline.',
      { text: 'Her legs were shaking, and I wasn\'t going to let her fall, so I called for the hoist.', mode: 'reflection' },
      'Instructed pt in the HEP; return demonstration correct.',
      { text: 'She told me that\'s final, no more chemo, and we talked through what comfort care would look like.', mode: 'reflection' },
      'The scan result was final, and the surgeon explained what it meant for her.',
      'If she is medically fit she will be discharged from the ward tomorrow.',
      'He will be discharged if he continues to improve over the weekend.',
      'Best interests decision under the MCA for covert medication, documented with GP, pharmacist and son.',
      { text: 'He asked for my personal number but I said no and gave him the clinic line.', mode: 'reflection' },
      'Officers are not allowed in the consultation room unless the pt asks.',
      'She will be sedated if she continues to deteriorate.',
      'If he keeps desaturating he will have to be sedated and intubated.',
      { text: 'If I catch myself telling a patient what they are not allowed to do, I stop and ask what they want.', mode: 'reflection' },
      { text: 'The 6-year-old was scared of the cuff, so I let him put it on his teddy first.', mode: 'reflection' },
      { text: 'The nurse made her a cup of tea while we waited.', mode: 'reflection' },
      'Surgery cannot be done until the INR is below 1.5.',
      'Discharge planned once she manages the stairs with PT; she agrees.',
      'The new chair will not be delivered until the seating assessment is done.',
      'If she wants to go home she needs an OT assessment first.',
      'Discharge is conditional on a safe package of care.',
      { text: 'With the six-year-old\'s permission, we let her listen to my heart first.', mode: 'reflection' },
      'Pt asked to hand over the sample at the desk.',
      { text: 'Reminded Mrs Ferris that she can ring the ward any time if she needs to.' },
      { text: "In tutorial we discussed why 'compliance' implies obedience and practised writing 'engagement' instead.", mode: 'reflection' },
      { text: 'Made her a cup of tea and sat with her while she waited.' },
      { text: 'Was made to feel welcome by the team on her first day.' },
      { text: 'Pt told she will be moving to the window bed after lunch, as she asked.' },
      { text: 'CT head ordered to exclude SDH given anticoagulation.' },
      { text: 'Sent back to bed with a heat pack after physio, at his request.' },
      { text: 'Pt to be told results once the consultant has reviewed them, as she asked.' },
      { text: 'We had no choice but to delay the op when the theatre lift broke.' },
      { text: 'I try to just tell them what I am doing before I touch the dressing.', mode: 'reflection' },
      { text: 'Her PHQ-9 was 14, so we let her GP know.' },
      { text: 'Parking not allowed outside the flats, used the visitor bays.' },
      { text: 'Pt was told that if he feels dizzy again he should sit down and call for help.' },
      { text: 'We made it clear to her that we would wait until she was ready.' },
      { text: 'I made it clear to the family that nothing would change unless he wanted it to.', mode: 'reflection' },
      { text: 'After we went through HD, PD and conservative care, I told her there was no rush to decide.', mode: 'reflection' },
      { text: 'Like it or not, documentation drives reimbursement.' },
      { text: 'Asked whether she would like to try the hoist or not; she chose to wait.' },
      'Pt reports she was told to double the dose by the hospital.',
      { text: 'I wasn\'t allowed to start the IANB until my supervisor had checked my landmarks.', mode: 'reflection' },
      { text: 'She works so hard every session, and I told her so.', mode: 'reflection' },
      'Explained that if she misses another dose she won\'t be cleared for surgery.',
      { text: 'I allowed him a few rest breaks between sets.', mode: 'reflection' },
      'Pt and writer decided to progress to stairs; pt informed of the plan for next week.',
      'Request for lumbar MRI denied by insurance; appeal submitted.',
      'The surgery will be cancelled if his INR is high again.',
      { text: 'I told him good luck with the move to the new apartment.', mode: 'reflection' },
      { text: 'When she finished her breakfast I told her good job, and she laughed.', mode: 'reflection' },
      { text: "My CI wasn't allowed to bill for the co-treat, so we split the session.", mode: 'reflection' },
      'He is obligated to follow up at the pain clinic as agreed in his opioid agreement.',
      'Another episode means we increase the dose of levetiracetam.',
      { text: 'I made him aware of the fall risk before we walked.', mode: 'reflection' },
      { text: 'He was exhausted after dialysis, so we let him be and came back at two.', mode: 'reflection' },
      { text: 'I made the parents a copy of the home program.', mode: 'reflection' },
      { text: 'When he cried after the fall I felt I had let him down.', mode: 'reflection' },
      'Pt now permitted to shower with the wound covered, per vascular surgery.',
      { text: 'I told him which bus stops on campus have ramps.', mode: 'reflection' },
      'He threatened to call the police if he did not get his phone back.',
      "Explained that discharge timing will depend on whether or not her INR is therapeutic.",
      "Told pt she can choose whether or not to have the injection today.",
      'Told her not to worry, the line is nearly in; she squeezed my hand.',
      "Informed pt that pain after surgery is common regardless of the approach.",
      "No visitors until pt is medically stable.",
      "No food until he passes the swallow study.",
      "No coffee until she starts to feel less nauseated.",
      "Told pt the MRI results and explained the surgical options.",
      "Informed her that the clinic will be closed on Monday.",
      "Pt said, \"They told me I am not allowed to leave.\"",
      "Told pt about the new schedule; she is not allowed to drive per neurology.",
      "Pt tired; told her to stop if she feels dizzy.",
      "Pt's wife upset; she told him to stop smoking.",
      "Pt feels she has no other option but surgery.",
      "Explained that there are other options if the brace is uncomfortable.",
      "Made sure she knew I was the nurse in charge of her care tonight.",
      "Told her I was in charge of her care today.",
      "Made sure he knew who was in charge of his medications at home.",
      "Pt not asked about alcohol use this visit.",
      "Pt was not asked to perform SLR due to pain.",
      "Pt was not involved in the MVA.",
      "Pt was not consulted, as she was intubated and sedated.",
      "Pt will be allowed to bear weight as tolerated per ortho.",
      "Visitors will be allowed to stay overnight.",
      "Pt asked whether she will be allowed to swim.",
      "Told pt spotting may last for a short period.",
      "Told her she could return after the grace period.",
      'He had no choice but to come in after the fall.',
      'Threatened to leave AMA if the dose was not raised.',
      'Gave her a choice between the walker and the cane.',
      'A decision was made to proceed with preoperative chemotherapy.',
      'The abdomen was allowed to deflate before the trocars were removed.',
      'Pt instructed in HEP: seated calf stretch with strap 3 x 30 s.',
      'Educated on hip precautions; pt returned demonstration without cues.',
      'NWB LLE per surgeon.',
      'Surgery is not an option given his comorbidities.',
      'Pt not allowed to drive until cleared by neurology.',
      'Pt was told to hold warfarin until cleared by cardiology.',
      'Her employer told her to stay home until cleared by occupational health.',
      'His coach told him not to play until the concussion clinic clears him.',
      'Pt was told to call if pain worsens before she is seen by ortho.',
      'Pt was told to remain NPO by anesthesia.',
      'Pt was told not to drive per neurology.',
      'Whether he agrees or not is up to him.',
      'The team overrode the alarm.',
      'The procedure was performed without his consent because he was unconscious and bleeding.',
      'At that time, he was required to drive trucks to his rig.',
      'Warned pt that the incision may bleed if he lifts heavy objects.',
      'We will stop seeing her in clinic if she continues to improve.',
      'Her son moved her to the facility against her wishes.',
      'Brace allowed 0-60 degrees of knee flexion per protocol this week.',
      'Pt told me he prefers morning appointments before classes.',
      'Physician ordered a modified barium swallow study.',
      'I told my CI that I felt unsure about guarding the transfer.',
      'I made him a resting hand splint from thermoplastic.',
      'Told pt to stop the exercise if chest pain or dizziness occurs.',
      'Told pt that the re-eval report will be faxed to her PCP.',
      'Visitors are not allowed on the unit after 8 pm.',
      'I let him know the results would be faxed.',
      'The patient was allowed to awaken in the operating room and was extubated.',
      'She asked if she was allowed to drive; deferred to the surgeon.',
      'The patient was told not to do any heavy lifting for 6 weeks.',
      'He was told to call if the swelling increases.',
      'We had the patient cough and the pain was reproduced.',
      'I had him evaluated by cardiology before the stress test.',
      { text: 'I had him as a patient last semester.', mode: 'reflection' },
      'Follows two-step commands; obeys commands on the L.',
      'Dr. Lee ordered an MRI of the lumbar spine.',
      'The patient will be discharged home with home health.',
      'Pt may be discharged when able to climb 12 steps.',
      'If he continues to improve, he will be discharged home tomorrow.',
      'Or be discharged home with hospice, per family preference.',
      'Pt gave permission for the student to observe.',
      'Verbal permission obtained to speak with the caregiver.',
      'Pt decided to continue with outpatient PT.',
      'We decided together to try the cane.',
      'I decided to repeat the measurement.',
      'Pt informed that the MRI was normal.',
      'I told him the results were normal.',
      'She was pressured into the marriage by her family.',
      'Entry was made to the level of the dental-enamel junction.',
      'Decision was made to start the closure.',
      'He was forced to retire because of the tremor.',
      'I told him I would check back at noon with the discharge paperwork.',
      { text: 'I insisted on double-checking the brakes before the first transfer.', mode: 'reflection' },
      'Hold insulin until she eats breakfast.',
      'We will proceed only if the patient agrees after speaking with her family.',
      'This left him no option but a below-knee amputation.',
      'He will be transferred to inpatient rehab or be discharged to a nursing home.',
      'I gave him the OK to return to work on Monday.',
      'We decided that he should have a CT of the chest.',
      'The patient is not allowed food or drink after midnight.',
      'Tylenol or else ibuprofen as needed for pain.',
      'If she does not eat by Friday, we will have to place an NG; discussed with pt and daughter, who agree.',
      'Told pt that if his swallow does not improve we will place a PEG.',
      'Removed her shoes because she kept tripping on the laces.',
      'Removed call light from the wall because it kept alarming; biomed notified.',
      'Pt may bring her own walker or one will be provided; her slot is Tuesday at 10.',
      'The patient was informed that she may not be a candidate for surgery.',
      'She is worried she will lose her place at the shelter if she stays another night.',
      'Continued improvement will lead to discharge next week.',
      'The patient was told that he must have the testicle removed due to the infection.',
      'The patient was allowed up ad lib on postoperative day 1.',
      'She was informed that she must stop taking warfarin 5 days before surgery.',
      'After discussion, we decided that she would go home with home health, and she agreed.',
      'I instructed her that she must not lift more than 10 pounds.',
      'The patient was banned from driving by the DMV.',
      'He did as instructed with the incentive spirometer.',
      'She follows commands and obeys.',
      'He is not allowed visitors due to COVID isolation.',
      'No further discussion was needed.',
      'She must not drive for 24 hours after sedation.',
      'He was threatened with losing his job after the third absence.',
      'We kept him on vancomycin despite the negative cultures.',
      'The transport aide pushed him into the elevator.',
      { text: 'I let her take the lead on the exercises.', mode: 'reflection' },
      { text: 'I told her the plan for next week.', mode: 'reflection' },
      'Pt was told to follow up with her PCP in 1 week.',
      'PT will stop if she develops chest pain.',
      'He was told over the phone to come to the ED.',
      'Her husband says she is not allowed to drive anymore; she wants to talk it over.',
      { text: 'Come on, two more steps, I told her.', mode: 'reflection' },
      { text: 'I told her she did a great job on the stairs.', mode: 'reflection' },
      'The patient felt he had no choice but to come to the ER.',
      'Pt informed that discharge will be tomorrow if labs are stable.',
      'He was informed that he will be discharged to inpatient rehab, which he requested.',
      'He needs cardiology clearance before he can have surgery.',
      'We had him sit and rest before he could continue.',
      { text: 'Like it or not, documentation drives reimbursement.', mode: 'reflection' },
      'Informed pt she cannot eat or drink after midnight.',
      'Informed pt that she must stop taking aspirin 7 days before surgery.',
      'Told pt that surgery is not an option given his comorbidities.',
      'Asked pt who is in charge of her finances.',
      'Pt threatened to sign out AMA.',
      'Threatened to call her lawyer.',
      'If he misses curfew again he will lose his bed at the shelter.',
      'The unit may lose the bed if he is not back by noon.',
      "Pt's ex-partner not allowed to visit per protective order on file.",
      'Pt was court ordered to attend 12 sessions.',
      'Asked pt who makes the decisions at home.',
      "If she doesn't improve, she won't go home this week.",
      'If she continues to deteriorate we will have to involve her family.',
      'Her care package will be reviewed if she continues to need double-ups.',
      'If she refuses surgery again, we will discharge her home with hospice.',
      'He can go home when he can do the stairs.',
      'She can have her phone back once the MRI is done.',
      'Offered her a break if she felt tired.',
      'Held her metoprolol until her BP improved.',
      'Removed her IV so she could shower.',
      'Moved her walker next to the bed so she would not fall reaching for it.',
      'She feels she had no say in her care.',
      'Son has no say in her care; pt has capacity and decides.',
      'Pt reports she has no say in her work schedule.',
      "He didn't get to say goodbye to his wife.",
      'She is not up to her usual level of activity.',
      'Pt learning to listen to her body and pace herself.',
      'Pt must comply with sternal precautions.',
      'Ordered her back brace from the vendor.',
      'Sent him back to his room for a nap.',
      'He continued to smoke despite his wife\'s objections.',
      'She pushed through her fatigue to finish the session.',
      'Pt confined to her room due to C. diff isolation.',
      'He lost his driving privileges after the seizure.',
      'The nurse made him a sandwich.',
      'Pt was scolded by her mother as a child.',
      'He lectured at the university for 20 years.',
      'She knows better than anyone how her body reacts.',
      'He lives in a hotel, not a shelter.',
      'Told her it was too bad she missed her daughter\'s wedding.',
      'Oral intake will not be tolerated until the ileus resolves.',
      'His request for a refill was denied by insurance.',
      'Her request for disability was denied.',
      'We will call her daughter if she falls again.',
      'Threatened to call his wife to pick him up.',
      'Measured sitting balance without asking him to hold on.',
      'Had two aides help him to the commode.',
      { text: 'I let her show me her new shoes.', mode: 'reflection' },
      'Pt has to ask permission from her husband before spending money.',
      'Continue current dose until told otherwise.',
      'Hold the medication until we say it\'s ok to restart.',
      'Take with food, or else nausea may occur.',
      'FVC and forced expiratory volume were reduced.',
      'Meds crushed in applesauce per SLP.',
      'Covert aspiration noted on the swallow study.',
      'Sedated for the MRI to keep him still.',
      'Gave her trazodone so she would sleep.',
      'Prior authorization request denied by insurance.',
      'She wanted to walk alone, but we said no until the PT eval is done.',
      'He is to remain in bed until the epidural wears off.',
      'Pt is to follow up in 2 weeks.',
      'Kept the bed in low position so she would not get hurt if she fell.',
      'Pt yelled at staff when they came in.',
      'Pt reports her husband tied her to the chair once; SW notified.',
      'Pt is to remain on the unit pending placement.',
      'She needs staff approval for the outing per unit policy.',
      'Per his wife, it is not up to him anymore since the dementia diagnosis.',
      'If he doesn\'t improve, he will be transferred to the ICU.',
    ],
  },
});
