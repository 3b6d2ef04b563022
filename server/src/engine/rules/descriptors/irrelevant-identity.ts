/**
 * desc.irrelevant-identity — race, insurance, housing or status used as a person label.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

/** An age as a one-liner writes it: "45 yo", "45 y/o", "45-year-old", "45 yr old". */
const AGE = ['#num -? yo|y_/_o|y_._o_.|y_._o|y|yr-old|yrs-old|yr_._old|year-old|years-old ,?'];
/** Race, ethnicity and religion terms as they appear in a one-liner. */
const RACE =
  '=AA|african-american|afro-caribbean|black_african|white_british|romanian|polish|lithuanian|bulgarian|albanian|syrian|afghan|eritrean|iraqi|iranian|kurdish|pakistani|bangladeshi|ghanaian|congolese|sudanese|ethiopian|eastern_european|east_european|eastern-european|black|white|caucasian|hispanic|latino|latina|latinx|latine|asian|asian-american|native_american|american_indian|alaska_native|pacific_islander|middle-eastern|arab|arabic|mexican|puerto_rican|dominican|haitian|somali|chinese|korean|vietnamese|filipino|filipina|jamaican|nigerian|muslim|jewish|hindu|sikh|romani|gypsy|oriental|indian|east_indian|south_asian|indigenous|aboriginal|biracial|multiracial|mixed-race|mexican-american|cuban|guatemalan|salvadoran|ethiopian|eritrean|polish|romanian|lithuanian|latvian|bulgarian|albanian|ukrainian|russian|portuguese|eastern_european|irish_traveller|traveller|sudanese|afghan|syrian|iraqi|iranian|kurdish|pakistani|bangladeshi|ghanaian|congolese|roma';
const SEX_WORD = 'male|female|man|woman|gentleman|gent|lady|guy|chap|bloke|fella|lad|lass|pt|patient|boy|girl|asylum_seeker|transgender_man|transgender_woman|trans_man|trans_woman|@occupation';
/** Race + sex abbreviations: "WM", "BF", "AAM", "HF". */
const COMBO = '=WM|=WF|=BM|=BF|=HM|=HF|=CM|=CF|=AM|=AF|=AAM|=AAF';
/** What follows a label standing for the person in a one-liner: punctuation or the rest of the opening line. */
const ONE_LINER_NEXT = '.|,|;|:|with|w_/|s_/_p|who|presents|presenting|here|seen|referred|admitted|biba|bibems|brought|arrived|attends|attending|presented|c_/_o|complaining';
const STAFF = ['mannequin|manikin|simulator|actor|standardized|standardised|staff|nurse|aide|therapist|student|clinician|interpreter|member|colleague|provider|physician|doctor|pt|ot|ci|tech|technician|volunteer|coworker|co-worker'];
const STATUS = 'prominent|successful|well-known|renowned|famous|wealthy|rich|respected|distinguished|high-powered|influential|prestigious|important|big-shot|bigshot|hotshot|big-time|=VIP';
const WEALTH = 'wealthy|affluent|rich|well-off|well-to-do|prominent|famous|well-known|high-powered|influential|distinguished|prestigious|=VIP';
const STATUS_NOUN =
  '@person|widow/n|widower/n|heiress/n|socialite/n|executive/n|attorney/n|lawyer/n|surgeon/n|physician/n|doctor/n|professor/n|ceo/n|ceos|businessman|businessmen|businesswoman|businesswomen|business_owner/n|owner/n|banker/n|entrepreneur/n|politician/n|celebrity/n|donor/n|philanthropist/n|investor/n|judge/n|senator/n|official/n';
/** Professions a relative's status is given by ("a surgeon at a top hospital"). */
const PROFESSION =
  'physician|doctor|surgeon|cardiologist|neurologist|oncologist|radiologist|anesthesiologist|anaesthetist|dermatologist|psychiatrist|neurosurgeon|specialist|professor|dean|researcher|scientist|lawyer|attorney|judge|engineer|architect|banker|consultant|analyst';
/** The senior professions whose workplace alone reads as status; not trades, nursing or the wider professions. */
const ELITE = 'magistrate|barrister|physician|doctor|surgeon|cardiologist|neurologist|oncologist|radiologist|anesthesiologist|anaesthetist|dermatologist|psychiatrist|neurosurgeon|professor|dean|lawyer|attorney|judge|orthodontist|dentist|consultant';
/** A role in the person's care said of the relative: the job then tells the reader what help there is. */
const CARE_ROLE = '#any{0,10} assist/v|help/v|helps|manage/v|manages|will|can|able_to|trained|teach/v|do_the|does_the|perform/v|provide/v|provides|caregiver|dressing|dressings|injections|meds|medications|insulin|transfers';
/** Criminal-justice status used as the name for a person. */
const JUSTICE = 'parolee/n|probationer/n|convict/n|felon/n|jailbird/n|ex-con/n|ex-convict/n|ex-felon/n|ex-offender/n|ex-inmate/n';
const RELATIVE = "father|mother|dad|mom|mum|mum's|wife|husband|spouse|partner|son|daughter|parent|parents|brother|sister|family|uncle|aunt|grandfather|grandmother|father's|mother's|dad's|mom's|wife's|husband's|spouse's|partner's|son's|daughter's|parents'|brother's|sister's|family's|uncle's|aunt's|grandfather's|grandmother's";

const RACE_MESSAGE =
  'Race or ethnicity ("{match}") in the opening line, without a stated clinical reason, primes readers before any clinical fact; studies found more negative descriptors in notes about Black patients. Include it only where it matters clinically, and say why.';
const HOUSING = 'Housing status is a situation, not an identity ("{match}"). Put the person first ("man experiencing homelessness") and say why it matters (e.g. where the HEP will be done).';
const ILLEGAL = 'No person is illegal ("{match}"). "Undocumented" describes immigration status; include it only where it matters for care (e.g. coverage, follow-up access).';
/**
 * A reason the detail matters for care, stated after it ("…; social work referred for transport"). A referral for the
 * clinical reason ("on Medicaid, referred for gait training") is not one; a referral to social work or case management is.
 */
const RELEVANCE = '#any{0,10} social_work|sw|case_management|case_manager|cm|financial_counseling|financial_counselor|resources|barrier/n|cost/n|costs|afford|affordable|transport|transportation|coverage|pay|paying|privately|stairs|elevator|because|so|therefore';
/** A care reason stated with a race, ethnicity or religion: a preference, an interpreter, a dietary or blood-product rule. */
const CARE_REASON = '#any{0,10} prefer/v|prefers|preference/n|request/v|requests|requested|interpreter|halal|kosher|fasting|ramadan|transfusion|transfusions|blood_products|same-sex|female_provider|male_provider|female_clinician|male_clinician|chaperone';
const BENEFITS = '"{match}": benefit status is rarely clinical and reads as a class judgment. If it matters (e.g. equipment funding), say how.';

/** A benefit named in its paperwork, which is the subject ("on benefits claim form", "on welfare application"). */
const BENEFIT_PAPERWORK = 'claim/n|application/n|appeal/n|office/n|advisor/n|adviser/n|review/n|paperwork|form/n|forms|letter/n|assessment/n';

/** An ethnicity named as who a family is. */
const ETHNIC_LABEL = '"{match}": an ethnicity named as who the person or family is, without a clinical reason, primes the reader. Leave it out, or say why it matters (language, access, a stated preference).';
/** Services for Gypsy, Roma and Traveller communities, which are named for whom they serve. */
const GRT_SERVICE = 'liaison|service|services|team|health|site|sites|nurse|nurses|worker|workers|education|support|project|charity|forum|network';

/** A relative's job or standing noted as if it mattered to care. */
const RELATIVE_STATUS_MESSAGE = 'A relative\'s status ("{match}") is not clinical information, and noting it signals who deserves deference. Record the family\'s role in care (e.g. "father assists with weekend transfers").';

/** A service or a support named after the people it serves ("refugee family support service", "migrant health team"). */
const MIGRATION_SERVICE = 'support|service|services|team|teams|clinic|project|charity|centre|center|unit|health|housing|accommodation|hostel|liaison|worker|workers|programme|program|scheme|network|forum|group|groups|hub';

export default defineRule({
  id: 'desc.irrelevant-identity',
  family: 'descriptors',
  severity: { clinical: 'info', reflection: 'info' },
  terms: [
    // "45 yo AA male" → the race term; "58 yo Latina s/p fall": the race term standing in for the person.
    { match: `[ ${RACE} ] ,? ${SEX_WORD}|m|f`, before: AGE, notAfter: [CARE_REASON], message: RACE_MESSAGE },
    // One more descriptor between the age and the race: "58 yo homeless Black male", "45 yo right-handed white male".
    { match: `[ ${RACE} ] ,? ${SEX_WORD}|m|f`, before: AGE.map((age) => `${age} #word`), notAfter: [CARE_REASON], message: RACE_MESSAGE },
    // With another descriptor after it: "62 yo Hispanic Medicaid pt" (the insurer is its own finding).
    { match: `[ ${RACE} ] #word ${SEX_WORD}|m|f`, before: AGE, notAfter: [CARE_REASON], message: RACE_MESSAGE },
    { match: `[ =AA|african-american|caucasian|hispanic|latino|latina|latinx|latine|asian|asian-american ] ${ONE_LINER_NEXT}`, before: AGE, message: RACE_MESSAGE },
    { match: '=AA|african-american|caucasian|hispanic|latino|latina|latinx|latine|asian|asian-american', before: AGE, notAfter: ['#any'], message: RACE_MESSAGE },
    { match: COMBO, before: AGE, message: RACE_MESSAGE },
    // A family or a group named by race or ethnicity: "The Hispanic family crowded into the room". A stated care reason
    // ("the Somali family requested a female interpreter") says why it matters.
    {
      match: `the|a|this|that [ ${RACE} ] family|families|relatives|folks|clan|crowd`,
      notAfter: [CARE_REASON],
      message: 'Naming a family by race or ethnicity ("{match}") adds nothing clinical and invites a stereotype. Describe what happened and what they needed (how many visitors, an interpreter, a meeting time).',
    },
    // One person picked out by race or ethnicity: "the Somali woman in the waiting area", "that Black guy in bed 3". The
    // definite article makes the race the name; "a Black woman" may be the person's own account of who they are.
    {
      match: `the|this|that [ ${RACE} ] woman|man|lady|guy|girl|boy|gentleman|male|female|patient|pt|kid|teen|couple|mom|mother|dad|father`,
      notAfter: [...STAFF, CARE_REASON],
      message: 'Picking a person out by race or ethnicity ("{match}") makes it their name. Use their name, or what the note needs (where they were, what they asked for).',
    },
    // "Black female with sickle cell disease", "Pt is a Hispanic male"; not "Black female staff member".
    // Identity as the premise of a guess about the person: "Being Nigerian, he probably ate a lot of rice", "As a Polish
    // man he would drink". The guess is a stereotype; a preference the person stated is not matched (no guessing word).
    {
      match: [`[ being ${RACE} ] ,?`, `[ as_a|as_an ${RACE} ${SEX_WORD}? ] ,?`],
      when: ['sentenceStart'],
      after: ['#any{0,6} probably|presumably|likely|must|obviously|naturally|of_course|assumed|assume|guessed|bet|surely|no_doubt'],
      message: '"{match}" makes the person\'s ethnicity or faith the premise of a guess about them. Ask them, and record what they said.',
    },
    { match: `${RACE} ,? ${SEX_WORD}`, when: ['oneLinerStart'], notAfter: [...STAFF, CARE_REASON], message: RACE_MESSAGE },
    // An ethnicity or nationality as the kind of person in the telling: "the Romanian mum in bay 6", "Very loud Nigerian lady".
    { match: `a|an|the|this|that|very|really|so #word? [ ${RACE} ] woman|man|lady|guy|chap|bloke|gentleman|patient|pt|mum|mom|mother|dad|father|couple|family|girl|boy`, notAfter: [...STAFF, CARE_REASON], message: RACE_MESSAGE },
    { match: `[ ${RACE} ,? m|f ] ${ONE_LINER_NEXT}`, when: ['oneLinerStart'], notAfter: [CARE_REASON], message: RACE_MESSAGE },
    { match: `${RACE} ,? m|f`, when: ['oneLinerStart'], notAfter: ['#any'], message: RACE_MESSAGE },
    {
      match: `medicaid|medi-cal|masshealth|medicare|welfare|uninsured|self-pay|charity|charity-care|food-stamp|section-8 pt|pts|patient/n|client/n|mom/n|mother/n|family|families|kid/n|child|children|case/n|recipient/n|queen|${'@person'}`,
      message: 'Naming a person by their insurance or benefits ("{match}") is a class label. Leave it to the insurance field, or say why it matters ("power-chair authorization requires …").',
      unless: ['adminSentence'],
      // "Medicaid member ID", "recipient number": an identifier of the plan, not a label for the person.
      notAfter: ['id|#|number|no|card|services|portal|line|handbook'],
    },
    { match: 'on welfare', message: BENEFITS, when: ['personSubject'] },
    // "Pt on Medi-Cal with low back pain": the insurer in the opening line, with no reason it matters for care.
    {
      match: 'on medicaid|medi-cal|masshealth|medi_cal',
      message: BENEFITS,
      when: ['personSubject', 'sentenceStart'],
      unless: ['adminSentence'],
      notAfter: [RELEVANCE, 'waiver|plan|managed|hmo|coverage|authorization|authorisation|benefits|pending|application|form|forms|paperwork|letter|card|number|id'],
    },
    // The label opening the one-liner before the age: "Jewish 70 yo F presenting …", "Uninsured 38 yo woman …".
    {
      match: `[ ${RACE}|uninsured|underinsured|undocumented|catholic|mormon|evangelical|jehovah's_witness ] #num -? yo|y_/_o|y_._o_.|y_._o|y|yr-old|yrs-old|yr_._old|year-old|years-old ,? ${SEX_WORD}|m|f`,
      when: ['oneLinerStart'],
      unless: ['adminSentence'],
      message: 'An identity or insurance status ("{match}") opening the one-liner labels the person before any clinical fact. Include it only where it matters for care, and say how.',
    },
    // The same status set off after the age and sex: "28 yo Hispanic male, undocumented, presents w/ rash".
    {
      match: 'uninsured|underinsured|undocumented',
      before: [`${AGE[0]} #word? ${SEX_WORD}|m|f ,`, '#agesex ,'],
      after: [ONE_LINER_NEXT],
      notAfter: [RELEVANCE],
      unless: ['adminSentence'],
      message: 'An identity or insurance status ("{match}") in the one-liner labels the person before any clinical fact. Include it only where it matters for care, and say how.',
    },
    // The insurer set off in the one-liner straight after the person: "Hispanic female, Medicaid, here for her prenatal visit".
    {
      match: 'medicaid|medi-cal|masshealth|medicare|uninsured|self-pay',
      // The age and sex may be written as one ("58M, Medicaid, presents to fast track").
      before: [`${RACE} ,? ${SEX_WORD}|m|f ,`, `${AGE[0]} #word? ${SEX_WORD}|m|f ,`, '#agesex ,'],
      after: [`,|; ${ONE_LINER_NEXT}|for`, 'here|presents|presenting|seen|referred|admitted'],
      when: [],
      unless: ['adminSentence'],
      message: BENEFITS,
    },
    // The insurer tacked on at the end of the one-liner: "68 yo AA male with L MCA stroke, Medicaid."
    // Or set off mid-way before the visit's reason: "34 yo AA male from group home, Medicaid, here for med check".
    ...[{ after: ['.|;|!'] }, { notAfter: ['#any'] }, { after: [`,|; ${ONE_LINER_NEXT}|for`] }].map((end): Term => ({
      // Not "uninsured", which is often the reason for the referral that follows ("uninsured, referred to the free clinic").
      match: 'medicaid|medi-cal|masshealth|medicare|self-pay',
      before: [','],
      when: ['ageLedSentence'],
      unless: ['adminSentence'],
      message: BENEFITS,
      ...end,
    })),
    // "on Medicaid" set off the same way: "58 yo AA male with T2DM, on Medicaid, here for DM f/u".
    { match: 'on medicaid|medi-cal|masshealth|medicare', before: [','], after: [`,|; ${ONE_LINER_NEXT}|for`], when: ['ageLedSentence'], unless: ['adminSentence'], message: BENEFITS },
    // A council estate opening the social line as who the person is: "Council estate background, family on benefits".
    { match: '[ council_estate|council-estate ] background|upbringing|kid|girl|boy|lad|lass|family|type|,', when: ['opensSentence'], message: '"{match}": where a person lives or grew up named as who they are is a class judgment. Say what matters for care (stairs, distance from clinic), if anything.' },
    // Or its absence in the same place: "Hispanic female, no insurance, here for IOL". Its own word "insurance" would read
    // the sentence as an administrative one, and its "no" denies nothing else.
    {
      match: 'no_insurance|not_insured|without_insurance',
      // The age and sex may be written as one ("58M, Medicaid, presents to fast track").
      before: [`${RACE} ,? ${SEX_WORD}|m|f ,`, `${AGE[0]} #word? ${SEX_WORD}|m|f ,`, '#agesex ,'],
      after: [`,|; ${ONE_LINER_NEXT}|for`, 'here|presents|presenting|seen|referred|admitted'],
      when: [],
      contexts: { negated: 'keep' },
      message: BENEFITS,
    },
    // Only a payer or paperwork word makes it administrative ("on benefits; PIP claim pending"): "benefits" itself is one of
    // the admin words, so the sentence-wide admin test would always be true here.
    { match: 'on food_stamps|the_dole|benefits|public_assistance', message: BENEFITS, when: ['personSubject'], notAfter: [BENEFIT_PAPERWORK, '#any{0,6} claim/n|application/n|appeal/n|eligible|eligibility|entitled|entitlement|form/n|forms|assessment/n|review/n|advice|adviser|advisor|welfare_rights|citizens_advice|funding|funded|pay|pays|paying|cover|covers'], notBefore: ['... claim/n|application/n|appeal/n|eligible|eligibility|entitlement|form/n|forms|welfare_rights|citizens_advice|funding|funded|pay|pays|cover|covers|insurance|payer'] },
    // Guessed from how the person looks or lives: "was clearly on benefits", "obviously on the dole". The guess is the judgment.
    { match: 'clearly|obviously|presumably|probably|must_be|must_have_been|definitely|likely on food_stamps|the_dole|benefits|welfare|public_assistance|universal_credit', message: BENEFITS, notAfter: [BENEFIT_PAPERWORK] },
    // Where the person comes from set against praise or surprise: "surprisingly articulate for someone from that estate".
    {
      match: [
        'for someone|somebody|a_man|a_woman|a_guy|a_girl|a_lad|a_person|one from|off|of that|this estate|estates|area|background|postcode|neighbourhood|neighborhood|part_of_town|side_of_town|street|streets',
        'for someone|somebody|a_man|a_woman|a_guy|a_girl|a_lad|a_person|one from|off|of the|an|a|that|this|his|her? rough|deprived|poor|council|sink|working-class|working_class estate|estates|area|background|postcode|neighbourhood|neighborhood|part_of_town|side_of_town|street|streets',
      ],
      message: '"{match}": where a person lives or comes from set against what they did is a class judgment. Describe what you observed without it.',
    },
    // Where the person grew up or lives set against what they managed: "grew up on a council estate but was surprisingly
    // articulate". The "but … surprisingly" is the judgment; the estate alone is social history.
    {
      match: 'a|the|that council|rough|deprived|sink estate|estates|flats|tower_block',
      after: ['#any{0,4} but|yet|though #any{0,3} surprisingly|remarkably|incredibly|unexpectedly|amazingly|shockingly articulate|bright|intelligent|clever|well-spoken|well_spoken|polite|motivated|clean|presentable|switched_on|engaged'],
      message: '"{match}": where a person lives or comes from set against what they did is a class judgment. Describe what you observed without it.',
    },
    // A family named by its ethnicity beside a call to security or the police: "Traveller family, large group visiting,
    // security made aware". The ethnicity is offered as the reason for the caution.
    {
      match: `${RACE} family|families|group|lot|crowd|contingent|clan|relatives|visitors|community`,
      after: ['#any{0,10} security|police|guards'],
      message: '"{match}": naming a family by its ethnicity next to a call for security treats the ethnicity as the risk. Record the behaviour that raised concern, if any.',
    },
    // Immigration status as the person's name: "Failed asylum seeker from Eritrea".
    { match: 'failed|bogus asylum_seeker/n', message: '"{match}" names the person by a legal outcome and casts it as their failure. Say "person whose asylum claim was refused" and why it matters to care.' },
    { match: ['illegal overstayer/n', 'overstayer/n', 'here|in_the_country|in_the_uk|in_the_us illegally'], message: '"{match}" names the person by immigration status and calls them illegal. If status matters to care (charging, access), say so plainly ("no current visa; urgent care provided").' },
    // The person named by their benefits or by sleeping rough: "Benefits claimant from the estate", "Rough sleeper, found collapsed".
    { match: ['benefits|welfare|dole claimant/n', 'rough_sleeper/n'], message: HOUSING.replace('Housing status', 'Benefit or housing status'), notAfter: ['team|teams|service|services|outreach|initiative|pathway|programme|program|unit|hub|project|count|strategy'] },
    // Class named as the kind of person: "a really nice middle-class couple", "council estate family with five kids".
    { match: ['middle-class|working-class|upper-class|lower-class|posh|council_estate|council-estate couple|family|families|parents|mum|mums|dad|dads|lady|woman|man|bloke|type|types|kids'], message: '"{match}": class named as the kind of person is a judgment, not an observation. Record what matters to care (who is at home, who helps).' },
    // "For an international student from a poor country his English was really good": surprise set against origin.
    { match: 'from a|an poor|developing|third-world|third_world|poorer|backward country|nation', before: ['... for'], message: '"{match}": where a person comes from set against what they did is a judgment. Describe what you observed without it.' },
    { match: 'chav/n|chavvy|chav_look', message: '"{match}" is a class slur. Describe what you saw, if it matters.' },
    // A job or a scene as the kind of person: "He was obviously a builder type".
    { match: 'a|the|that|obviously_a|typical builder|labourer|scaffolder|trucker|biker|chav|posh|hippy|hippie|footballer|rugby|gym|squaddie|council type|types', message: '"{match}" sorts the person into a type, which is a stereotype, not an observation. Describe what you saw, if it matters.' },
    // A stereotype of class: "looked like a typical benefits claimant".
    { match: 'typical|stereotypical|classic|your_typical|a_typical benefits|welfare|dole claimant/n|scrounger/n|chav/n|scally/n', message: '"{match}" is a class stereotype, not an observation. Describe what you saw, if it matters.' },
    // An expectation set by where the person lives: "well groomed and articulate, not what I expected from that postcode".
    { match: 'not|nothing_like what =I|we expected|would_expect|had_expected from|of that|this|his|her|their|a postcode|estate|area|neighbourhood|neighborhood|background|part_of_town|side_of_town|school', message: '"{match}": an expectation set by where a person lives is a class judgment. Describe what you observed without it.' },
    // "Known to police" beside the person's other details: a reputation, not a finding. A risk assessment names the risk.
    { match: 'known to police|the_police|the_cops', message: '"{match}" passes on a reputation, not a finding. If there is a current risk, name it and its source.', notBefore: ['@neg'] },
    // A Traveller or Gypsy identity as the person's label ("Traveller family, 4 yo with fever", "Irish traveller lady"); not the
    // service ("Gypsy, Roma and Traveller liaison").
    { match: "[ traveller|travellers|irish_traveller|irish_travellers|gypsy|gypsies|romany|travelling_community ] family|families|community|lady|man|woman|girl|boy|lad|lads|couple|@person", message: ETHNIC_LABEL, notAfter: [GRT_SERVICE] },
    { match: "[ traveller|travellers|irish_traveller|gypsy|romany|travelling_community ] ,", message: ETHNIC_LABEL, when: ['sentenceStart'], notAfter: [`#any{0,4} ${GRT_SERVICE}`] },
    { match: 'were|are|is|was travellers|gypsies|a_traveller|a_gypsy', message: ETHNIC_LABEL, when: ['personSubject'] },
    // Immigration status as the kind of person or family: "The asylum-seeker family in bay 6", "Syrian refugee, poor English".
    // Not "a refugee family brought their 4-year-old …, and with the interpreter we explained": the reason for the interpreter.
    { match: 'asylum-seeker|asylum-seeking|asylum_seeking family|families|mum|mother|dad|father|woman|man|boy|girl|lady|gentleman|kid|kids|pt|patient', notAfter: [MIGRATION_SERVICE], message: '"{match}" names the person by their immigration status. If it matters to care (charging, access, interpreters), say how.' },
    { match: '#cap refugee|migrant', notBefore: [], when: ['sentenceStart'], after: [',|;|.|with|w_/|who|presents|here|seen|referred|admitted'], message: '"{match}" names the person by their immigration status. If it matters to care (charging, access, interpreters), say how.' },
    // Asylum status as the name for the person: "Asylum seeker, poor English", "58M Somali asylum seeker".
    { match: 'asylum_seeker/n', message: '"{match}" names the person by their immigration status. If it matters to care (charging, access, interpreters), say how.', notBefore: ['failed|bogus'], notAfter: ['service|services|team|clinic|accommodation|support|health|charity|hostel|unit|centre|center|status|claim|process|system|pathway|hotel|hotels|housing'] },
    // A loaded name for where the person lives: "lives in a rough part of town", "from a dodgy estate". Not skin ("a rough
    // area on the heel"), so "area" only with words that never describe skin.
    {
      match: [
        'a|the|that|this|one_of_the rough|roughest|dodgy|dodgiest|sketchy|grotty|scummy|skanky|worst|rough_as_hell part_of_town|side_of_town|end_of_town|end_of_the_estate|side_of_the_estate|end_of_the_street|estate|estates|neighbourhood|neighborhood|postcode',
        'a|the|that|this dodgy|sketchy|grotty|scummy|skanky area',
      ],
      message: '"{match}": a loaded name for where a person lives is a class judgment. If housing or safety matters, describe it plainly ("lives alone in a third-floor flat; no lift").',
    },
    // Right after the person it labels: "Unemployed single mum on benefits, attending with toddler". Not "adminSentence",
    // which "benefits" itself triggers (so the term above reports only food stamps, the dole and public assistance).
    { match: 'on food_stamps|the_dole|benefits|welfare|public_assistance|universal_credit|esa|pip|dla|jsa', before: ['mum|mom|mother|dad|father|woman|man|male|female|lady|guy|@person'], message: BENEFITS, notAfter: [BENEFIT_PAPERWORK] },
    // Right after the person it describes, in a one-liner or a story: "45 yo Hispanic male on Medicaid presents with …",
    // "a 40-year-old man on disability who came in for knee pain".
    {
      match: `${SEX_WORD}|@person [ on medicaid|medicare|medi-cal|masshealth|welfare|disability|ssi|ssdi|food_stamps|public_assistance|the_dole ]`,
      message: BENEFITS,
      unless: ['adminSentence'],
      notAfter: [RELEVANCE, 'waiver|plan|managed|hmo|coverage|authorization|authorisation|benefits|pending|application|leave|insurance|claim/n|since|after|following|for|due|because'],
    },
    // Not a service named for them: "referral to homeless persons unit".
    // Before another label ("Homeless alcoholic with ABI"): no rewrite, as the second word is a label of its own.
    { match: 'homeless ivdu|ivdus|pwid|alcoholic|alcoholics|addict/n|drunk/n|junkie/n|druggie/n|druggy|crackhead/n|smackhead/n|wino/n', message: HOUSING, fix: 'none' },
    { match: 'homeless @person|vet/n|veteran/n|family|families|mom|mother|father|dad|youth|teen/n', message: HOUSING, suggest: ['$2 experiencing homelessness'], notAfter: ['unit|units|team|teams|service|services|office|officer|officers|charity|hostel|hostels|shelter|shelters|outreach|pathway|project|centre|center|act|legislation|policy|section|liaison|navigator'] },
    // With the race between: "58 yo homeless Black male veteran" (the race is its own finding).
    { match: `[ homeless ] ${RACE} @person|vet/n|veteran/n|m|f`, message: HOUSING, fix: 'none' },
    // Class read into the person: "clearly came from money", "comes from a good family".
    { match: 'come/v|came from money|wealth|old_money|a_wealthy_family|a_rich_family|a_good_family|a_poor_family|a_trailer_park|the_projects|the_ghetto|the_hood', when: ['personSubject'], message: 'Wealth or class read into the person ("{match}") is not clinical data and colours how they are seen. Leave it out, or record the specific circumstance that matters for care (insurance, transport, housing).', fix: 'none' },
    // Opening the one-liner as the person's name for the whole story: "Homeless, found down outside the depot by EMS".
    // A Social History entry ("Social: homeless, staying at the shelter") is the housing status written down.
    { match: 'homeless', notBefore: ['#word'], after: [',? found|brought|bib|bibems|biba|presents|presenting|presented|arrived|picked|here|who|s_/_p|known', ', #num|#alnum'], when: ['sentenceStart'], unless: ['labelledField'], message: HOUSING, fix: 'none' },
    // "NFA male admitted via A&E": no fixed abode as the kind of person opening the note.
    { match: 'nfa|no_fixed_abode male|female|man|woman|gentleman|lady|pt|patient|m|f', notBefore: ['#word'], when: ['sentenceStart'], unless: ['labelledField'], message: HOUSING, fix: 'none' },
    // "Transient" as a housing label for a person ("Transient male, sleeping outside"): a person word after it, so a
    // transient finding ("transient hypotension", "transient ischemic attack") never matches.
    { match: 'transient male|female|man|woman|men|women|gentleman|guy|pt|patient|person|people|individual/n|youth|teen/n', notAfter: ['-'], message: HOUSING, suggest: ['$2 experiencing homelessness'] },
    {
      match: 'vagrant/n|hobo/n|drifter/n|street_person|street_people|bag_lady|bag_ladies',
      message: 'Housing status is a situation, not an identity ("{match}"), and these words are insults. Say "person experiencing homelessness" and say why housing matters for care.',
      suggest: ['person experiencing homelessness'],
      fix: 'none',
      notAfter: ['gene/n|cell/n|virus|mutation/n|#upper'],
    },
    {
      match: 'the homeless',
      message: 'Housing status is a situation, not a group identity ("{match}"). Say "people experiencing homelessness".',
      suggest: ['people experiencing homelessness'],
      notAfter: ['shelter|service/n|outreach|program|population|count|coalition|camp|encampment'],
    },
    { match: 'illegal|illegals alien|immigrant|migrant', message: ILLEGAL, suggest: ['undocumented immigrant'] },
    { match: ['illegal|illegals aliens|immigrants|migrants', 'illegals'], message: ILLEGAL, suggest: ['undocumented immigrants'] },
    { match: '[ an illegal ] .|,|;|:|who|from|with', message: ILLEGAL, suggest: ['an undocumented immigrant'] },
    { match: 'an illegal', notAfter: ['#any'], message: ILLEGAL, suggest: ['an undocumented immigrant'] },
    // "Pt is an undocumented immigrant with …": immigration status as the label in the opening line, unless a
    // reason it matters for care follows (coverage, cost, access to follow-up).
    {
      match: 'undocumented|unauthorized|unauthorised #cap? immigrant/n|migrant/n|alien/n|worker/n|man|men|woman|women|pt|pts|patient/n|male|female|@occupation|farmworker/n|day_laborer/n',
      message: 'Immigration status ("{match}") in the opening line, without a stated reason, labels the person before any clinical fact. Include it only where it matters for care (coverage, follow-up access) and say how.',
      when: ['oneLinerStart'],
      unless: ['adminSentence'],
      notAfter: ['#any{0,10} uninsured|underinsured|free_clinic|sliding-scale|cost|afford|affordable|follow-up_access|so|because|therefore'],
    },
    {
      // After the age: "A 61-year-old undocumented immigrant presents with cough".
      match: 'undocumented|unauthorized|unauthorised #cap? immigrant/n|migrant/n|alien/n|worker/n|man|men|woman|women|pt|pts|patient/n|male|female|@occupation|farmworker/n|day_laborer/n',
      message: 'Immigration status ("{match}") in the opening line, without a stated reason, labels the person before any clinical fact. Include it only where it matters for care (coverage, follow-up access) and say how.',
      when: ['sentenceStart'],
      before: AGE,
      unless: ['adminSentence'],
      notAfter: ['#any{0,10} uninsured|underinsured|free_clinic|sliding-scale|cost|afford|affordable|follow-up_access|so|because|therefore'],
    },
    // "Well-groomed, articulate Black professional": a compliment that singles out the person's race.
    // "Poor Hispanic woman": a class word paired with race does the same.
    { match: `articulate|well-spoken|well-dressed|well-groomed|educated|well-educated|intelligent|clean|respectable|polite|poor|low-income|working-class|lower-class|uneducated ,|and|pleasant|friendly|polite|nice|lovely|charming|sweet|kind|young|elderly|older{0,3} [ ${RACE} ] ${SEX_WORD}`, message: RACE_MESSAGE },
    // "Wife is a partner at a big law firm": a relative's prestigious job.
    {
      // The job may be any senior or professional one ("son is a cardiologist at a major academic center").
      match: `partner|executive|vp|ceo|cfo|director|president|founder|head|chief|${PROFESSION} at|of|with a|the big|major|large|top|prestigious|leading|prominent|renowned|elite|fortune_500 #word{0,2} firm/n|company|bank/n|corporation|hospital|university|center|centre|institute|school|practice`,
      before: [`${RELATIVE} is|was a|an|the senior|managing|founding|named|tenured|full|lead|well-known?`],
      message: RELATIVE_STATUS_MESSAGE,
    },
    // Family structure offered as a judgment: "5 kids by 3 fathers", "three children by different dads".
    {
      match: ['#num|#word kids|children|babies|sprogs by #num|#word|different|various fathers|dads|men|partners|baby_daddies', 'mum|mom|mother|mam of #num|#word by #num|#word different|various? fathers|dads|men|partners'],
      message: '"{match}": how many partners a person has had children with is not clinical information and reads as a moral judgment. Record who is at home and who supports them, if it matters.',
    },
    // The status given as the reason for a conclusion about the family: "dad is a QC, so family very supportive",
    // "husband is a consultant surgeon, so I assumed she would be well looked after".
    {
      match: `${ELITE}|qc|kc|barrister|mp|ceo|partner|surgeon|solicitor|headteacher|headmaster|millionaire`,
      before: [`${RELATIVE} is|was a|an|the #word{0,2}`],
      after: [',? so|therefore|hence|which_means|meaning|and_so|which_may_explain|which_explains|which_would_explain|which_might_explain|explaining', ', happy_to|trusted_to|safe_to|fine_to|able_to|capable_of|reliable|sensible|well_supported', 'here|at_this_trust|on_the_staff|in_the_trust|at_the_hospital ,? so|therefore|hence'],
      message: RELATIVE_STATUS_MESSAGE,
    },
    // Written in note style as an aside, with no verb: "Very charming lady, husband a consultant cardiologist at the Royal",
    // "Father a consultant cardiologist, very articulate". Set off as its own fragment, a relative's status says nothing
    // about care; one that goes on to a care role ("wife a GP, will do his injections") is left alone.
    {
      match: `[ ${RELATIVE} a|an #word{0,2} ${ELITE}|qc|kc|barrister|gp|mp|ceo|solicitor|headteacher|millionaire ]`,
      before: [',|;|:|—|–'],
      after: [',|;|.|at|in|with|and'],
      notAfter: [CARE_ROLE],
      message: RELATIVE_STATUS_MESSAGE,
    },
    {
      match: `[ ${RELATIVE} a|an #word{0,2} ${ELITE}|qc|kc|barrister|gp|mp|ceo|solicitor|headteacher|millionaire ]`,
      when: ['opensSentence'],
      after: [',|;|.|at|in|with|and'],
      notAfter: [CARE_ROLE],
      message: RELATIVE_STATUS_MESSAGE,
    },
    // The same with its verb, set off as its own fragment: "Private patient, wife is a barrister, very well spoken", "Wife is
    // a consultant anaesthetist here, please keep her informed", "Articulate woman whose husband is a consultant surgeon". A
    // reason drawn from it ("…here, so keep them updated") or its workplace ("an attorney at a firm") is reported by the terms
    // above, at the words that carry it.
    ...[{ before: [',|;|:|—|–|whose'] }, { when: ['opensSentence' as const] }].map((where): Term => ({
      match: `[ ${RELATIVE} is|was a|an #word{0,2} ${ELITE}|qc|kc|barrister|gp|mp|ceo|solicitor|headteacher|millionaire ]`,
      ...where,
      after: [',|;|.|in|and|here'],
      notAfter: [CARE_ROLE, 'here|in_town|in_the_trust ,? so|therefore|hence|which'],
      message: RELATIVE_STATUS_MESSAGE,
    })),
    // The person named as the relative of someone of status: "Wife of the local MP, side room allocated".
    { match: 'wife|husband|partner|son|daughter|mother|father|mum|dad of the|a local? mp|judge|mayor|councillor|ceo|professor|consultant|surgeon|chief_executive|medical_director|footballer|celebrity', message: RELATIVE_STATUS_MESSAGE },
    // A senior post rather than a job title: "Her husband, Dr. Lionel Grant, is head of cardiac surgery, so we pulled out all
    // the stops for her".
    {
      match: 'head|chief|director|professor|dean|chair|president of #word{0,3}',
      before: [`${RELATIVE} #any{0,6} is|was the?`],
      after: [',? so|therefore|hence|which_means|meaning|and_so', ', happy_to|trusted_to|safe_to|fine_to|able_to|capable_of|reliable|sensible|articulate|well_supported'],
      message: RELATIVE_STATUS_MESSAGE,
    },
    // The same job placed at its institution, whatever the firm is called ("husband is a senior partner at a downtown law
    // firm", "wife is a cardiologist at the university hospital"): the workplace names the status. Only the senior
    // professions, and not where a care role follows ("… a physician at the VA and will manage her insulin").
    {
      // A UK consultant at "this trust" is the same: "Father is a consultant anaesthetist at this trust".
      match: `partner|executive|vp|ceo|cfo|president|founder|chief|${ELITE} at|of|with a|an|the|this|our|another #word{0,3} firm/n|company|bank/n|corporation|hospital|university|center|centre|institute|school|practice|clinic|court|medical_center|health_system|trust|health_board`,
      before: [`${RELATIVE} is|was a|an|the senior|managing|founding|named|tenured|full|lead|well-known|consultant?`, `${RELATIVE} a|an senior|managing|founding|named|tenured|full|lead|well-known|consultant?`],
      notAfter: [CARE_ROLE],
      message: RELATIVE_STATUS_MESSAGE,
    },
    // The same at a named institution, with the specialty between: "son is a cardiothoracic surgeon at Mayo", "daughter
    // is a professor at Stanford".
    {
      match: `${ELITE}|attending at|with the? #cap`,
      before: [`${RELATIVE} is|was a|an|the #word?`, 'married_to|engaged_to|wife_of|husband_of|daughter_of|son_of a|an|the #word?'],
      notAfter: [CARE_ROLE],
      message: RELATIVE_STATUS_MESSAGE,
    },
    // The patient's speech written as dialect ("says \"ain't\" a lot") mocks it; record language facts.
    {
      match: '"|“ ain\'t|aint|y\'all|ya\'ll|finna|dat|dem|dis|axe|aks|gonna|wanna|gotta "|”',
      before: ['say/v|said|use/v|talk/v|speak/v #word{0,2}'],
      message: 'Transcribing how someone talks ("{match}") as a dialect marks them rather than informing care. Record language facts (preferred language, comprehension) or the person\'s meaning.',
    },
    // Class as a label: "of low socioeconomic status", "grew up in the projects", "obviously well-to-do".
    {
      match: 'low|lower|poor low-income? socioeconomic|socio-economic|ses status|class|background',
      message: 'A class label ("{match}") is rarely clinical. If money or access affects care, say what (cost of equipment, transport, time off work).',
      unless: ['adminSentence', 'research'],
      notAfter: [RELEVANCE],
    },
    {
      match: 'from|in|grew_up_in|raised_in|lives_in|living_in the|a projects|ghetto|hood|trailer_park|barrio|slums',
      notAfter: [RELEVANCE],
      message: 'A class judgment about where a person lives or grew up ("{match}") is not clinical. Record what matters for care (stairs, transport, safety).',
      when: ['personInSentence'],
    },
    // Subsidised housing as the detail of where a person lives ("Lives in Section 8 housing; seen for plantar fasciitis"):
    // a class marker unless what it means for care follows (stairs, an elevator, a referral).
    {
      match: 'lives_in|living_in|resides_in|residing_in|moved_into|moved_to|stays_in a|an|the? section_8|section-8|sec_8|public|subsidized|subsidised|low-income|council|government|welfare housing|apartment|apartments|flat|unit|building|complex|project',
      notAfter: [RELEVANCE, '#any{0,10} floor|steps|step|ramp|walk-up|walkup|accessible|accessibility|modification/n|modifications|shower|tub|bathroom|dme|equipment|grab_bars|wheelchair|walker'],
      message: 'Subsidised housing named as where a person lives ("{match}") is a class marker, not clinical data. Record what matters for care (stairs, access, who helps at home).',
    },
    // The same in a fragment whose implied subject is the person ("Lives in the ghetto.").
    {
      match: 'grew_up_in|raised_in|lives_in|living_in|from the|a projects|ghetto|hood|trailer_park|barrio|slums',
      notAfter: [RELEVANCE],
      message: 'A class judgment about where a person lives or grew up ("{match}") is not clinical. Record what matters for care (stairs, transport, safety).',
      when: ['sentenceStart'],
    },
    {
      match: 'obviously|clearly|apparently|visibly|very|quite [ wealthy|affluent|well-off|well-to-do ]',
      notAfter: [RELEVANCE],
      message: 'A person\'s wealth ("{match}") is not clinical information, and noting it signals who deserves deference. Record what matters for care.',
    },
    {
      // "Pt's father is a prominent surgeon"
      match: `${STATUS} #word`,
      before: [`${RELATIVE} is|was|are|were a|an|the`],
      message: RELATIVE_STATUS_MESSAGE,
    },
    {
      match: 'from a? good|wealthy|affluent|well-off|well-to-do|prominent|rich|poor|broken|bad|trashy|low-class|upper-class family|home|background|neighborhood|neighbourhood|part_of_town',
      message: 'Class judgments about a person\'s family or neighbourhood ("{match}") are not clinical data. Record what matters for care (support at home, access, barriers).',
    },
    // "Not what I expected from a parolee": legal status as the person's name. "On parole" where it matters for care
    // (drug testing, appointments) is not matched, nor "inmate", which names a care setting in correctional notes.
    {
      match: JUSTICE,
      message: 'Legal status as a name for the person ("{match}") labels them before any clinical fact. Say "person on parole" or "person with a criminal record", and only where it matters for care.',
      notAfter: ['officer/n|agent/n|board/n|office/n|program/n|programme/n|services|supervision', RELEVANCE, '#any{0,10} parole|probation|court|uds|tox|drug_screen/n|drug_test/n|curfew|appointment/n'],
    },
    // Counting the fathers of a person's children ("4 kids by different fathers", "three children with two different
    // dads", "kids by multiple baby daddies"): a moral judgment of her sex life, not social history a plan uses.
    {
      match: [
        'kid/n|child/n|children|baby|babies|son/n|daughter/n by|with|from #num|two|three|four|five|several|multiple|many? different|multiple|separate|various|several father/n|dad/n|daddy|daddies|men|man|mother/n|mom/n|partner/n',
        'baby_daddy|baby_daddies|baby_mama|baby_mamas|baby_momma|baby_mommas',
      ],
      notAfter: [RELEVANCE],
      message: 'How many fathers or mothers a person\'s children have ("{match}") is a moral judgment, not clinical data. Record who is at home and who helps with care.',
    },
    // Class slurs as adjectives for people: "Very ghetto family at bedside", "his trashy girlfriend", "a redneck crowd";
    // not "Warsaw Ghetto" (a place with its capital) or a "ratchet strap".
    {
      match: '[ so|very|real|really|kinda|kind_of|pretty|totally|super? ghetto|trashy|ratchet|redneck|hillbilly|low-class|lowlife|low-life ] @person|@relative|@namedRole|family|families|crowd|relatives|people|folks|visitors|girlfriend|boyfriend|bunch|type',
      notAfter: [RELEVANCE],
      message: 'A class slur for a person or a family ("{match}") is not clinical and tells the next reader who to look down on. Describe what happened (visitors at bedside, noise, the plan).',
    },
    {
      match: '@be|seem/v|look/v|act/v|acting so|very|real|really|kinda|kind_of|pretty|totally|super|just? [ ghetto|trashy|ratchet|low-class ]',
      when: ['personSubject'],
      notAfter: ['uprising|neighborhood|neighbourhood|area|part|street|streets|blaster|-'],
      message: 'A class slur for a person or a family ("{match}") is not clinical and tells the next reader who to look down on. Describe what happened (visitors at bedside, noise, the plan).',
    },
    // "Trailer-park living", "trailer trash": the home as a class marker, not where the person lives ("lives in a
    // trailer park" is covered above with its reason).
    {
      match: ['trailer_trash|white_trash', '[ trailer-park ] #word'],
      notBefore: ['a|the|in|at|from|to|of|near|same|local'],
      notAfter: [RELEVANCE],
      message: 'A class judgment about where a person lives or grew up ("{match}") is not clinical. Record what matters for care (stairs, transport, safety).',
    },
    {
      match: 'heavy|thick|strong|broken foreign? accent',
      message: 'Commenting on a person\'s accent ("{match}") marks them as foreign and rarely helps care. Record language facts: preferred language, interpreter use, how well you understood each other.',
    },
    {
      match: 'broken|poor|bad|pidgin english',
      message: 'Describing someone\'s English as "{match}" judges them; record the language facts instead: preferred language, English proficiency, interpreter used.',
      suggest: ['limited English'],
    },
    {
      // "Pt is a wealthy retired executive": approving status detail in the opening line.
      match: `[ ${WEALTH} ] retired|local|young|older|elderly|middle-aged|former? ${STATUS_NOUN}`,
      message: 'A person\'s wealth or status ("{match}") is not clinical information, and noting it signals who deserves deference. Record what matters for care (support at home, access, barriers).',
      when: ['oneLinerStart'],
    },
  ],
  docs: {
    summary: 'Race, insurance, housing, immigration or status used as a label for the person ("45 yo AA male", "Medicaid pt", "homeless man", "illegal immigrant", "father is a prominent surgeon").',
    why:
      'In a randomised study, notes that added irrelevant social detail to the same clinical facts shifted readers\' attitudes toward the patient; in admission notes, Black patients had more than twice the odds of a negative descriptor. Race in the one-liner, insurance or housing as a label, and approving mentions of a relative\'s status all tell the next reader how to see the person before the clinical facts. The source text asks for respect for every patient; the person-first way is to include identity and social details only when they matter clinically, and to say why.',
    prefer: '"20-year-old university student with SMA"; "person experiencing homelessness — HEP adapted to need no equipment"; "undocumented immigrant" only where it matters for access; "preferred language Tamil; interpreter used".',
    exceptions: [
      'Insurance, registration and authorization lines ("Insurance: Medicaid; seating authorization submitted").',
      'Language facts ("primary language is Tamil; interpreter used").',
      'Race or ethnicity outside the one-liner slot, where the writer may have stated a clinical reason.',
    ],
    sources: ['S1', 'S2', 'S4', 'S8', 'S9', 'S14', 'S17b'],
  },
  examples: {
    flagged: [
      'Private patient, {{wife is a barrister}}, very well spoken.',
      '{{Wife is a consultant anaesthetist}} here, please keep her informed.',
      { text: 'The {{asylum-seeker family}} in bay 6 didn\'t seem to understand much, so nobody booked an interpreter.', mode: 'reflection' },
      '{{Syrian refugee}}, poor English, here with her daughter.',
      '{{Homeless}}, 58M, bilateral leg cellulitis.',
      '{{NFA male}} admitted via A&E with cellulitis L leg.',
      { text: 'The HCA said the {{Romanian}} mum in bay 6 was demanding.', mode: 'reflection' },
      '{{Wife of the local MP}}, side room allocated.',
      'Husband is a consultant {{anaesthetist}} here, so keep them updated on everything.',
      '58 yo male with T2DM, {{on Medicaid}}, here for DM f/u.',
      '{{Council estate}} background, family on benefits, son visits rarely.',
      '28 yo female, {{Medicaid}}, BIBA after a fall.',
      '62 yo {{Hispanic}} Medicaid pt with HFrEF, EF 25%.',
      '{{Eastern European chap}} in bay 1, no English, catheter bypassing.',
      'Very charming lady, {{husband a consultant cardiologist}} at the Royal, presents with palpitations.',
      '{{Father a consultant surgeon}}, very articulate, asked a lot of questions about the scan.',
      { text: 'For a student {{from a poor country}} his English was excellent.', mode: 'reflection' },
      { text: 'Bit of a {{chav}}, but polite.', mode: 'reflection' },
      { text: 'He was {{obviously a builder type}}.', mode: 'reflection' },
      'NFA, {{known to police}}, presents with a head injury.',
      '{{Traveller}} family, 3 yo with a cough.',
      '{{Asylum seeker}}, no GP registration, cough for 3 weeks.',
      '{{Council estate family}}, seen for head lice.',
      'Dad is {{here illegally}} per the school.',
      { text: 'They were from {{the rough end of the estate}}.', mode: 'reflection' },
      'Lives alone {{on benefits}}, two falls this year.',
      { text: 'Polite and articulate, {{not what I expected from that estate}}.', mode: 'reflection' },
      'Pt is an {{illegal overstayer}} per the ward clerk.',
      '{{Rough sleeper}}, found at the bus station.',
      '{{Benefits claimant}}, lives alone.',
      '{{Failed asylum seeker}}, low mood, poor sleep.',
      { text: 'She looked like {{a typical benefits claimant}}.', mode: 'reflection' },
      'Single {{mum of 3 by 2 different fathers}}, lives with her mother.',
      'Pleasant man, wife is a {{magistrate}}, happy to manage his insulin.',
      { text: '{{Roma family}} in the waiting room, security informed.', mode: 'reflection' },
      { text: 'She grew up on {{a council estate}} but was surprisingly articulate.', mode: 'reflection' },
      { text: 'His wife, a retired judge, is {{head of the hospital board}}, so the ward was very careful.', mode: 'reflection' },
      { text: 'He comes from {{a rough part of town}}, which explains a lot.', mode: 'reflection' },
      'Charming on approach - dad is a {{QC}}, so family very supportive.',
      'Unemployed, {{5 kids by 3 fathers}}, admitted with postpartum psychosis.',
      { text: '{{Being Nigerian}}, he probably ate a lot of rice, so I focused on that.', mode: 'reflection' },
      { text: 'Surprisingly articulate {{for someone from that estate}}.', mode: 'reflection' },
      { text: 'She was {{clearly on benefits}}, so I did not mention the sensor.', mode: 'reflection' },
      { text: 'The client, a single mum {{on Universal Credit}}, was quite guarded at first.', mode: 'reflection' },
      { text: '{{Romanian lady}} attending with lower back pain after lifting at work.' },
      { text: '{{Polish gentleman}}, lives alone, ulcer L gaiter.' },
      { text: 'His dad is a consultant {{orthodontist at the trust}}, so the team was on its best behaviour.', mode: 'reflection' },
      'Unemployed single mum {{on benefits}}, attending with toddler.',
      '34 yo male from group home, {{Medicaid}}, here for med check.',
      '68 yo male with L MCA stroke, {{Medicaid}}.',
      'Pt\'s son is a cardiothoracic {{surgeon at Mayo}} and is very involved in his care.',
      '58 yo homeless {{Black}} male veteran presents for a refill of lisinopril.',
      { text: 'The guy {{on Medicare}} with the Harley tattoo told me about his grandkids.', mode: 'reflection' },
      '42 yo female {{on Medicaid}}, s/p L MCA CVA, referred for gait training.',
      '58M, {{Medicaid}}, presents to fast track with a thumb laceration.',
      'Black male, {{Medicaid}}, here for a wound check.',
      'Asian female, {{no insurance}}, here for a cough.',
      { text: 'I only noticed the {{Somali}} woman in the corner when her son waved me over.', mode: 'reflection' },
      '{{Medicare pt}} needing a walker, no further history.',
      'Tearful {{Black female}}, presents with chest pain.',
      { text: 'She clearly {{comes from money}}, so cost will not be a barrier.', mode: 'reflection' },
      '{{Homeless}}, brought in by police after a fall.',
      '41 yo M, {{uninsured}}, presents with a hand laceration.',
      { text: 'The {{Haitian}} family filled the hallway during rounds.', mode: 'reflection' },
      'Her father is a {{big-shot surgeon}} at the university.',
      '{{Transient man}} brought in by police, found asleep at the bus shelter. => Man experiencing homelessness brought in by police, found asleep at the bus shelter.',
      'Pt is a 52 yo man {{on Medicaid}} with low back pain.',
      'Her father is a senior {{partner at a downtown law firm}} and calls daily.',
      'Wife is a {{neurosurgeon at the university hospital}}; pt seen for L shoulder pain.',
      'Pt\'s son is a {{judge at the county court}}.',
      'Husband is an {{attorney at a firm}} in the city, very involved.',
      '{{Lives in Section 8 housing}}; seen for L ankle sprain.',
      'Pt {{living in public housing}}, here for low back pain.',
      'Pt {{resides in a subsidized apartment}} with her two sons; here for R knee pain.',
      'Well-spoken, friendly {{Hispanic}} woman here for a refill.',
      { text: 'Polite enough for a guy {{from the hood}}.', mode: 'reflection' },
      '{{Uninsured}} 38 yo woman presenting with abdominal pain.',
      '{{Jewish}} 70 yo F presenting for pre-op clearance.',
      'A 61-year-old {{undocumented immigrant}} presents with cough.',
      'Pt {{on Medi-Cal}} with low back pain x 3 weeks.',
      '{{Lives in the ghetto}}.',
      'Pt\'s husband is a senior {{partner at a top law firm}}.',
      '{{Ex-con}}, recently released, here for LBP.',
      'Pt\'s son is a {{cardiologist at a major academic center}} and very involved.',
      '{{Trailer-park}} living, multiple dogs in the home.',
      { text: 'Not what I expected from a {{parolee}}.', mode: 'reflection' },
      'Uninsured {{Hispanic male}} presenting with low back pain.',
      'Pt is an {{undocumented immigrant}} with a L ankle sprain.',
      '45 yo {{AA}} male with L knee OA.',
      '61 yo {{Latino}} with R shoulder pain.',
      '{{Medicaid pt}}, no-showed twice.',
      '{{Homeless man}} with R ankle fracture. => Man experiencing homelessness with R ankle fracture.',
      '{{Hispanic female}}, speaks {{broken English}}, here for LBP. => Hispanic female, speaks limited English, here for LBP.',
      'Pt is {{on welfare}}; seen for calf strain.',
      'Pt\'s father is a {{prominent surgeon}} at the university hospital.',
      '{{Illegal immigrant}}, works construction, L shoulder pain. => Undocumented immigrant, works construction, L shoulder pain.',
      'Shelter intake for {{the homeless}} opens at 6. => Shelter intake for people experiencing homelessness opens at 6.',
      '{{Black female}} with sickle cell disease seen for hip pain.',
      'Pt is an {{affluent}} business owner seen for neck pain.',
      'Pt, an {{Asian female}}, presents with neck pain.',
      '52 yo {{Oriental}} female with neck pain.',
      'Brought in by police; {{vagrant}} found sleeping in the bus station.',
      'Well-groomed, articulate {{Black}} professional seen for a second opinion.',
      'Wife is a {{partner at a big law firm}} downtown.',
      'Pt talks slowly and says {{"ain\'t"}} a lot.',
      'Pt appears to be of {{low socioeconomic status}}.',
      'He was polite for a guy who {{grew up in the projects}}.',
      'Obviously {{well-to-do}}, arrived with her personal assistant.',
      '{{Undocumented Guatemalan laborer}} with a hand laceration.',
      'Pt is a poor {{Hispanic}} woman with diabetes.',
      'She is a {{wealthy}} widow who lives alone.',
      '{{Pretty ghetto}} visitors after 9 pm; two were asked to leave.',
      'His {{trashy}} girlfriend sat on the bed the whole session.',
      { text: 'Honestly they were so {{ghetto}} in the waiting room that the front desk called security.', mode: 'reflection' },
      'Kind of a {{redneck}} family, guns in the house per son.',
      'Single mother of three, {{children by different fathers}}, works nights.',
      'Has five {{kids with three different dads}}; oldest is 14.',
      'Boyfriend at bedside, {{baby daddy}} of the youngest per RN.',
    ],
    clean: [
      'Lives with wife, who is a GP and will do his injections at home.',
      { text: 'A refugee family brought their 4-year-old for a hearing screen, and with the interpreter we explained each step.', mode: 'reflection' },
      'Referred to the refugee health team for her vaccinations.',
      'NFA: no further action from the safeguarding team.',
      'Lives with husband, a retired postman; daughter a GP, will help with the injections.',
      'Referred to the Gypsy, Roma and Traveller liaison nurse.',
      'Asylum seeker accommodation address confirmed.',
      'On benefits; PIP claim pending, welfare rights referral made.',
      'Referred to the rough sleeper outreach team for follow-up.',
      'Polish family visiting, interpreter booked for 2 pm.',
      'Lives on a council estate with her two children; ground-floor flat.',
      'A rough area of skin over the left heel, intact.',
      'Housing: NFA - referral to homeless persons unit for accommodation.',
      { text: 'As a Muslim, she asked for a female clinician.', mode: 'reflection' },
      'Polish-speaking lady, interpreter booked for the consent discussion.',
      'Romanian interpreter present throughout.',
      'SSN 900-12-3456 on Medicaid form, verify with office.',
      'Help with benefits claim form given; mum on benefits claim review next week.',
      'Pt was seen by a surgeon at Mayo in 2019 for the same knee.',
      'Medicaid member ID checked at registration.',
      'A Somali interpreter joined by phone for the whole visit.',
      'Social history: homeless, staying at the men\'s shelter.',
      '41 yo M, uninsured, so SW referral made for coverage.',
      'The Somali family requested a female interpreter for the consent discussion.',
      'Transient hypotension after induction; transient patient-ventilator dyssynchrony resolved.',
      'Pt on disability since the injury; return to work is the goal.',
      'Husband is a physician at the VA and will manage her insulin at home.',
      'Daughter is a nurse at the hospital and will assist with dressing changes.',
      'Son is an engineer at a local company and visits on weekends.',
      'Pt referred to SW for a Section 8 housing application.',
      'Lives in public housing on the 3rd floor, no elevator; stair training added.',
      'Lives in a subsidized apartment with a roll-in shower; DME in place.',
      'Well-spoken, friendly woman here for a refill.',
      'A 61-year-old undocumented immigrant, uninsured, referred to the free clinic for follow-up.',
      'Pt on Medicaid, so the power chair needs prior authorization.',
      'Pt on Medicaid waiver for home care hours.',
      'Muslim woman wearing hijab, prefers a female provider for the exam.',
      'On parole; parole officer requires weekly UDS, so appointments are set for Tuesdays.',
      'Son is a nurse at the local hospital and will help with dressing changes.',
      'Lives in a trailer park; three steps to enter, so a rail is planned.',
      'Pt\'s primary language is Tamil; a professional interpreter was used for the full session.',
      'Insurance: Medicaid; power-wheelchair seating authorization submitted with FVC and pressure-mapping data.',
      'Pt is experiencing homelessness; HEP adapted to need no equipment, with a printed copy in a waterproof sleeve.',
      'White blood cell count normal per labs.',
      'Referred by the homeless shelter clinic for foot pain.',
      'Prominent osteophytes at the medial joint line on X-ray.',
      'Emergency Medicaid covers the visit because pt is an undocumented immigrant; follow-up arranged at the free clinic.',
      'Low socioeconomic status is associated with readmission in the cited study.',
      'White male mannequin used for CPR training.',
      'Low socioeconomic status; social work referred for transport vouchers.',
      'Lives in the projects; elevator often broken, so stair training added.',
      'Pt said, "I\'m gonna try the stairs tomorrow."',
      { text: 'Our humanities elective covered the Warsaw Ghetto, and it changed how I think about crowded housing.', mode: 'reflection' },
      'Ratchet strap on the AFO loosened; ratchet buckle replaced.',
      'Pt said, "My family is pretty redneck, we hunt every fall."',
      'Family not trashy about it; they disagreed quietly with the plan.',
      'Two children from her first marriage live nearby and share the weekend transfers.',
      'Kids with different school schedules; husband drives in the mornings.',
      'Children with different needs: son uses a power chair, daughter has asthma.',
    ],
  },
});
