/**
 * dignity.child-terms — words for children used about adults: "the boy",
 * "diaper", "bib", "feeder", "potty", "tantrum", "behaved well".
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

const DIAPER = '"{match}" is a word for babies. For adults say "incontinence brief" (or the product type).';
const FEEDER =
  'A person is not "a feeder" ("{match}"). Describe the support: "needs assistance with eating" (and how much: set-up, cueing, full assistance).';
const BOY = 'Calling an adult "{match}" talks down to them. Say "the patient", "the student", "the young man/woman", or use their name.';
/** "feeder vessel", "feeder school": other senses of feeder. */
const NOT_FEEDER = 'vessel/n|artery|arteries|tube/n|line/n|road/n|school/n|cell/n|bird/n|supplying|embolized|embolised';
/** "Arterial feeders to the AVM", "dural feeders": the vessels that feed a lesion, not a person fed. */
const VESSEL_FEEDER = 'arterial|arteriolar|venous|vascular|dural|pial|meningeal|collateral|tumor|tumour|avm|fistula|lesional|embolized|embolised';
/** Words before "the boy" etc.: determiners and the adjectives that come with them. */
const DET = 'the|this|that|our|a|poor|sweet|nice|young|sweetest|nicest|loveliest|cutest|best|little young|little|poor|sweet|nice|lovely|good|old?';
const DEFINITE = 'the|this|that young|little|poor|sweet|nice|lovely|good|old?';
/** "as a child", "his kids", "has a child": someone's childhood or an actual child, not a label for the patient. */
const NOT_A_LABEL = ['as|was|were|when|since|being|from|had|have|has|of|like|for|with|expecting|adopted|raising|his|her|their|my|your|our|pt\'s|patient\'s', 'caring_for', 'not|never|rather_than|instead_of'];
/** Other senses: "child's pose", "child care", "kid gloves". */
const NOT_A_PERSON =
  'pose|abuse|care|protective|protection|development|psychiatry|psychiatric|psychology|psychological|life|seat|lock|proof|custody|support|benefit|welfare|safeguarding|friendly|size|sized|gloves|scout|scouts|psychiatrist|psychologist|neurologist|specialist|therapist|advocate|actor|star';

const TIME_OUT = '"{match}" is a punishment for children. Record what happened and the support offered ("left the group room for 10 minutes to calm; returned when ready").';
/** A time-out handed out for behaviour, not the surgical pause before an incision. */
const TIME_OUT_GIVEN = 'given|after|because|when|for_#word|in_her_room|in_his_room|in_their_room|in_the_#word_room';
const NOT_TIME_OUT_BEFORE = '... surgical|procedural|operative|universal|safety|procedure';
const NOT_TIME_OUT_AFTER = 'performed|called|completed|taken|verified|done|was|with_the|confirmed|procedure';
/**
 * Someone's child as who misbehaves: "Her five-year-old had a tantrum", "his son threw a fit" — a child's behaviour in a
 * child. Not any "year-old": "the 58-year-old man threw a tantrum" is an adult (a child's age in digits makes the
 * paragraph paediatric, which the rule leaves alone anyway).
 */
const CHILD_ACTOR = "... son|sons|daughter|daughters|kid|kids|child|children|grandson|granddaughter|grandkid|grandkids|grandchild|grandchildren|toddler|toddlers|baby|infant|nephew|niece|sibling|siblings|five-year-old|four-year-old|three-year-old|two-year-old|six-year-old";
/** What follows a bare "Kid"/"Boy" that labels the patient ("Kid is 20, s/p fusion", "Boy in bed 3 is 22"). */
const LABEL_AFTER = 'is|was|in|on|from|has|had|needs|needed|wants|wanted|asking|keeps|kept|refused|ate|slept|walked|,|(';
/** Where "behaving" is said of a patient as of a child who was good: "Pt behaving today", "behaved for the whole session". */
const BEHAVING_AFTER = 'today|tonight|now|for|during|this|since|all|so_far|at_the_moment|,|.|;|:|!|and|but';
/** An adult age in years before a noun: "19-year-old", "24 yo", "84 y/o". */
const ADULT_AGE = '@adultYears -? year_-_old|yr_-_old|yo|y_/_o|y_._o_.|year-old|yr-old';
/** What an adult called a baby is doing: crying, complaining, or the age given in brackets. */
const BABY_BEHAVIOUR = 'cried|cries|crying|whined|whines|whining|whimpered|whimpering|complained|complains|complaining|screamed|screaming|yelled|yelling|moaned|moaning|fussed|fussing|about|during|through|when|whenever|again|today|(';
/** A pregnancy or a birth in the sentence: the baby is a baby. */
const OBSTETRIC = '... pregnant|pregnancy|gestation|fetal|fetus|macrosomia|macrosomic|lga|efw|deliver/v|delivery|labor|labour|newborn|g1p0|g1p1|g2p1|ob';
/** Someone's own children or grandchildren: "her boys", "his grandkids". */
const NOT_RESIDENTS = "... his|her|their|my|your|pt's|patient's|wife|husband|partner|grandson|granddaughter|grandchildren|grandkids";

const CHILD_BEHAVIOUR =
  'Words for children\'s behaviour ("{match}") make an adult\'s distress look like misbehaviour. Describe what happened ("raised voice and pushed the tray away after a 40-minute wait").';
/** Things that "behave" or "act up" as they perform: a body part, an implant, a device. */
const THING = '@body|@bodyMatter|joint|graft|implant|prosthesis|socket|device|chair|wheelchair|brace|pump|tumour|tumor|lesion|charger|battery|joystick|controller|motor|machine|monitor|phone|computer|laptop|tablet|car|van|truck|printer|app|system|ventilator|vent|cpap|bipap|concentrator|catheter|cath|line|port|fistula|avf|access|drain|wound|stoma|bladder|bowel|bowels|stomach|gut|back|knee|knees|hip|hips|shoulder|sugar|sugars|pressure|bp|heart|asthma|allergies|arthritis';
/**
 * "Not a feeder", "is no longer a feeder": a label denied is not a label given. The other words here are the writer's
 * choice of vocabulary whether or not the sentence is negated ("no potty accidents" still calls the toilet a potty).
 */
const NOT_WHEN_NEGATED = { contexts: { negated: 'silent' } } as const;

export default defineRule({
  id: 'dignity.child-terms',
  family: 'dignity',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: '"{match}" is a word for children. Use the words for an adult\'s care and behaviour.',
  // Child words are the right words in a paediatric note.
  defaults: { fix: 'none', unless: ['childNote'] },
  terms: [
    // "adult diapers" → "incontinence briefs"
    // Weighing diapers for intake and output is a neonatal and paediatric measure ("Diaper weights 42 g over 6 h").
    { match: 'adult? diaper/n|nappy/n', message: DIAPER, suggest: ['incontinence brief/n'], fix: 'safe', notAfter: ['rash', 'weight/n|count/n'] },
    { match: 'diaper_rash', message: 'For adults, "{match}" is incontinence-associated dermatitis (IAD); the clinical name is also more precise.', suggest: ['incontinence-associated dermatitis'], fix: 'suggest' },
    { match: ['diapered|diapering', "change/v the? his|her|their|pt's|patient's|resident's diaper/n"], message: '"{match}": "diaper" is a word for babies. Say "changed the incontinence brief" or "assisted with incontinence care".' },
    // "bib" → "clothing protector"; not race bibs or bib shorts, a practice bib's colour ("yellow bib x 1 wk" for
    // non-contact), nor the dressing under a tracheostomy ("trach bib").
    // "BIB PD", "BIB EMS", "BIB family": brought in by, the triage shorthand.
    { match: 'bib/n', message: 'A "{match}" is for babies. Say "clothing protector".', suggest: ['clothing protector/n'], fix: 'safe', notAfter: ['shorts|tights|number|numbers|overalls|pants|=#', 'and|& brace|braces', '-and-brace|-and-braces', 'pd|police|ems|ambulance|family|wife|husband|mother|father|mom|dad|son|daughter|friend|friends|fd|fire|officer|officers|staff|sheriff|cops'], notBefore: ["race|marathon|runner|runner's|runners|cycling|ski|number|trach|tracheostomy|stoma|practice|scrimmage|training|pinnie|team|contact|non-contact|no-contact|yellow|red|orange|green|blue|white|black|purple|pink|grey|gray"] },
    // "is a total feeder" → "needs full assistance with eating"
    // "Feeder, needs 1:1 at meals": the label opening a fragment, with the person as implied subject.
    { match: 'feeder', message: FEEDER, ...NOT_WHEN_NEGATED, when: ['opensSentence'], after: [',|;|:|-|—|–|.|('], notAfter: [NOT_FEEDER] },
    // The same label opening a clause after a semicolon: "Bib placed for lunch; feeder at the 1:1 table". Only where the
    // word stands alone for the person, not "feeder tube" or "feeder vessel"; after a comma it may be a vessel in a list.
    { match: 'feeder', message: FEEDER, ...NOT_WHEN_NEGATED, before: [';'], after: [',|;|.|at|in|with|for|—|–|(|-'], notAfter: [NOT_FEEDER] },
    // An item of a list of mealtime needs: "Bib on for lunch, feeder, set-up assist only". A meal in the sentence says the
    // list is about eating, not vessels.
    // A dash set off with spaces ("full assist - feeder"), not a compound's hyphen ("Self-feeder").
    { match: 'feeder', message: FEEDER, ...NOT_WHEN_NEGATED, before: [',|-|–|—'], after: [',|;|.'], notBefore: ['+-'], notAfter: [NOT_FEEDER], when: ['mealtime'] },
    { match: 'is a|an? total|full|dependent feeder', message: FEEDER, ...NOT_WHEN_NEGATED, suggest: ['needs full assistance with eating'], fix: 'suggest', notAfter: [NOT_FEEDER] },
    { match: 'is a|an? assisted|assist|slow|messy|difficult? feeder', message: FEEDER, ...NOT_WHEN_NEGATED, suggest: ['needs assistance with eating'], fix: 'suggest', notAfter: [NOT_FEEDER] },
    { match: 'was|were a|an? total|full|dependent feeder/n', message: FEEDER, ...NOT_WHEN_NEGATED, suggest: ['needed full assistance with eating'], fix: 'suggest', notAfter: [NOT_FEEDER] },
    { match: 'was|were a|an? assisted|assist|slow|messy|difficult? feeder/n', message: FEEDER, ...NOT_WHEN_NEGATED, suggest: ['needed assistance with eating'], fix: 'suggest', notAfter: [NOT_FEEDER] },
    { match: 'is|was|are|were a|an? independent|self feeder/n', message: FEEDER, ...NOT_WHEN_NEGATED, suggest: ['$1 independent with eating'], fix: 'suggest', notAfter: [NOT_FEEDER] },
    { match: ['a|the|total|full|dependent|assisted|assist|slow|messy|difficult feeder/n', 'feeders', 'feeder table/n|group/n|seat/n|seating|list/n|room'], message: FEEDER, ...NOT_WHEN_NEGATED, suggest: ['person who needs assistance with eating'], fix: 'suggest', notAfter: [NOT_FEEDER], notBefore: [VESSEL_FEEDER] },
    // "potty" → "toilet"; "potty chair" → "commode"
    { match: 'potty-chair', message: '"{match}" is a word for toddlers. Say "toilet", "commode" or "toileting".', suggest: ['commode'], fix: 'suggest' },
    { match: 'potty-trained|potty-training', message: '"{match}" is a word for toddlers. Say "toilet", "commode" or "toileting".', suggest: ['toileting program'], fix: 'suggest' },
    { match: 'potty/n', message: '"{match}" is a word for toddlers. Say "toilet", "commode" or "toileting".', suggest: ['toilet'], fix: 'suggest', notAfter: ['mouth|chair|trained|training|-'] },
    {
      match: 'naughty|temper_tantrum/n|tantrum/n|throw/v_a_fit|pitch/v_a_fit|hissy_fit/n|throw/v_a_hissy_fit|pitch/v_a_hissy_fit|misbehave/vn|misbehaviour|misbehavior|crybaby|cry-baby|cry_baby|brat/n|bratty',
      message: CHILD_BEHAVIOUR,
      notBefore: [CHILD_ACTOR],
    },
    // A device or a body part that "acts up" is failing, not misbehaving: "whenever his chair charger acts up", "knee acting up".
    { match: 'act/v_up', message: CHILD_BEHAVIOUR, notBefore: [CHILD_ACTOR, `${THING} #any{0,2}`] },
    // "pouted", "sulked": a child's moods for an adult's distress ("whining" is a matter of tone, for doc.unprofessional-tone).
    {
      match: 'pout/v|sulk/v',
      notAfter: ['his|her|their|the? lips'],
      message: 'Words for children\'s moods ("{match}") make an adult\'s distress look like misbehaviour. Describe what the person said and did.',
      when: ['personSubject'],
    },
    // Child-rearing tools used on adults: "sticker chart", "time-out given", "sippy cup".
    { match: 'sticker_chart/n|reward_chart/n|star_chart/n|gold_star/n|gold_stars', message: '"{match}" is how children are rewarded. For adults, set goals with the person and record progress toward them.' },
    { match: 'give/v|gave|earn/v|earned|got a|his|her? sticker/n', message: '"{match}" is how children are rewarded. For adults, set goals with the person and record progress toward them.', notAfter: ['on|to|for_the #any{0,2} chart|wall|door|box|bag|case|chair'] },
    {
      match: 'time-out|time_out|timeout',
      message: TIME_OUT,
      // Also with the person between: "gave him a time-out", "put her in time-out".
      before: ['gave|give/v|given|put_in|placed_in|sent_to|needed|needs a?', 'gave|give/v|needed|needs him|her|them|pt a?', 'put|placed|sent him|her|them|pt in|into|to a?'],
      notBefore: [NOT_TIME_OUT_BEFORE],
      notAfter: [NOT_TIME_OUT_AFTER],
    },
    { match: 'time-out|time_out|timeout', message: TIME_OUT, when: ['opensSentence'], after: [TIME_OUT_GIVEN], notAfter: [NOT_TIME_OUT_AFTER] },
    { match: 'sippy_cup/n|sippy/n|spoon-fed|spoonfed|spoon-feed/v|spoon-feeding|spoon_fed', message: '"{match}" is a word for feeding babies. Say what the person uses ("lidded cup with spout") or the help given ("needs assistance with eating").' },
    // "wet himself again": say "was incontinent of urine".
    { match: 'wet|wets|wetting himself|herself|themselves|themself', message: '"{match}" describes a child. Say "was incontinent of urine" and what care was given.' },
    // "Has someone wet the bed?", "Oops, did somebody have an accident?": incontinence asked about as a toddler's mishap.
    { match: ['wet|wets|wetting the|his|her|their bed', 'did|has|have somebody|someone had|have|wet a|an|the? little? accident|bed'], message: '"{match}" describes a child. Say "was incontinent of urine" and what care was given.' },
    // "Pt wearing pull-ups at night": the brand word for toddlers' training pants; not the exercise ("3 pull-ups").
    { match: 'wear/v|wearing|wore|worn|in|change/v|changed|changing|uses|use/v|using his|her|their|a|the|new|clean? pull-ups|pullups', message: '"{match}": "pull-ups" is the word for toddlers\' training pants. Say "pull-up incontinence briefs".', severity: 'info' },
    // Care of an adult as minding a child: "it felt like babysitting him all shift", "babysitting the patients in bay 4".
    { match: `babysit/v|babysitting|babysat him|her|them|the_patient|the_patients|the_residents|pt|bay|the_bay`, message: 'Calling the care of an adult "{match}" talks down to them. Describe what support the person needed.', unless: ['childNote'], notBefore: ['... ask/v|asked|asking|offer/v|offered|offering me|us'] },
    { match: 'childlike|child-like|childish|babyish', message: 'Calling an adult "{match}" talks down to them. Describe the behaviour and the support it needs.', when: ['personSubject'] },
    // "behaved well", "was well-behaved", "was good today". Said of the person, or opening a note's clause after a
    // semicolon, which notes use as a full stop ("Threw a tantrum when the hoist was late; behaved well after lunch").
    ...(['personSubject', 'noteClauseStart'] as const).map((who): Term => ({
      match: ['behave/v very|so|really|quite|much|a_lot? well|nicely|badly|poorly|better|worse|beautifully|perfectly|brilliantly|impeccably|himself|herself|themselves', 'well-behaved', 'was|were|is|been very|so|really? good today|for_me|for_us|for_the_#word|during_the_session|during_session|during_treatment|during_therapy'],
      message: 'Adults do not "behave" for their therapist ("{match}"). Record participation and response instead ("participated fully", "followed 2-step cues").',
      when: [who],
      // A joint or a device that "behaved well on the stairs" is how it performed.
      notBefore: [THING],
    })),
    // A later fragment about the person, after a comma, a colon or "and then": "Sweet little old lady at adult day, behaved
    // well during bingo", "45 yo with LD: behaved well for alginates", "threw a tantrum … and then behaved well".
    {
      match: 'behave/v very|so|really|quite|much|a_lot? well|nicely|beautifully|perfectly|impeccably|himself|herself|themselves',
      message: 'Adults do not "behave" for their therapist ("{match}"). Record participation and response instead ("participated fully", "followed 2-step cues").',
      before: [':|,|and_then|then|but_then|and'],
      when: ['personInSentence'],
      unless: ['childNote'],
      notBefore: [THING],
    },
    // After a note's label, the person the label's subject: "45 yo with LD: behaved well for upper and lower alginates".
    {
      match: 'behave/v very|so|really|quite|much|a_lot? well|nicely|beautifully|perfectly|impeccably',
      message: 'Adults do not "behave" for their therapist ("{match}"). Record participation and response instead ("participated fully", "followed 2-step cues").',
      before: [':'],
      unless: ['childNote'],
      notBefore: [THING],
    },
    // "Behaving" with nothing after it is a child's good conduct: "has been behaving since lorazepam", "then was behaving for
    // the rest of the shift". Not how someone behaved ("behaving erratically", "behaving out of character").
    {
      match: 'is|was|were|are|been|has_been|have_been|had_been behaving',
      message: 'Adults do not "behave" for their therapist ("{match}"). Record participation and response instead ("participated fully", "followed 2-step cues").',
      after: ['.|,|;|!|since|for|today|tonight|now|again|all|overnight|himself|herself|themselves|better|much_better'],
      unless: ['childNote'],
    },
    // "Pt behaving today, no outbursts": behaving with nothing after it is being good, as a child is. Not how a person or a
    // tumour behaves ("behaves impulsively when fatigued", "behaving in a sexually inappropriate manner").
    {
      match: 'behave/v',
      after: [BEHAVING_AFTER],
      message: 'Adults do not "behave" for their therapist ("{match}"). Record participation and response instead ("participated fully", "followed 2-step cues").',
      when: ['personSubject'],
      notBefore: [CHILD_ACTOR],
    },
    // "the boy", "this kid" for an adult patient: a warning when the paragraph shows an adult (age 18+,
    // university); "the boy/the girl/the kid" with no age given is probably the patient, so info.
    { match: `${DET} boy`, message: BOY, suggest: ['$1 young man'], fix: 'suggest', when: ['adultStated'], notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    { match: `${DET} girl`, message: BOY, suggest: ['$1 young woman'], fix: 'suggest', when: ['adultStated'], notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    { match: `${DET} kid|child`, message: BOY, suggest: ['$1 patient'], fix: 'suggest', when: ['adultStated'], notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    // "She's just a kid really, 24": an adult called a child in the present tense ("when he was just a kid" is childhood).
    // A young parent or adult called a child "herself": "Mum is only a young girl herself (19)", "a big kid himself".
    { match: '[ a young|big|little? kid|child|girl|boy|baby ] herself|himself|themselves|themself', message: BOY, fix: 'none', severity: 'info', unless: ['childNote'], notBefore: ['was|were|as|when|since|ago|once|back_then'] },
    // "He's only a boy really, 19": an adult called a child, the adult age stated.
    { match: "[ only|just|still a|an boy|girl|baby ] really|,|(|at|aged|#int", message: BOY, fix: 'none', severity: 'info', when: ['adultStated'], unless: ['childNote'], notBefore: ['was|were|as|when|since|ago|once|back_then'] },
    { match: "[ only|just|still a|an boy|girl|baby ] really? ,|(? @adultYears", message: BOY, fix: 'none', severity: 'info', unless: ['childNote'], notBefore: ['was|were|as|when|since|ago|once|back_then'] },
    // An adult's feelings made small: "while he had his little cry".
    { match: 'his|her|their little cry|weep|sob|tantrum|strop|paddy|meltdown', message: '"{match}" makes an adult\'s distress small, as if it were a child\'s. Describe what you saw ("tearful for about ten minutes; said she misses home").', fix: 'none', severity: 'info', unless: ['childNote'] },
    // A bib put on an adult: "Bibbed up for lunch". (Not "messy eater", which describes toddlers as often as adults.)
    { match: ['bibbed|bibbed_up'], message: '"{match}" describes an adult at a meal as a child would be described. Say what support they need ("clothing protector", "set-up and prompting with eating").', fix: 'none', severity: 'info', unless: ['childNote'] },
    // "Such a cheeky little monkey": a child's pet name for an adult.
    { match: 'cheeky|naughty? little? monkey|monkeys|rascal|scamp|minx', message: BOY, fix: 'none', severity: 'info', unless: ['childNote'], before: ['... he|she|they|he\'s|she\'s|@person|mr|mrs|ms'] },
    // The same opening a note's fragment as the person's label: "Cheeky chappie, keeps trying to escape the bay".
    { match: 'cheeky|little|naughty chappie|chappy|monkey|rascal|scamp', message: BOY, fix: 'none', severity: 'info', unless: ['childNote'], when: ['sentenceStart'], after: [',|;|-|—|–|keeps|kept|was|is|in|from|on'] },
    // The British nursery words for a tantrum: "Threw a tantie when told about the wait".
    { match: 'tantie|tanty|tanties|paddy|wobbler', message: BOY, fix: 'none', severity: 'info', before: ['threw|throw/v|throwing|had|having|has|in|a|full-blown|proper|right|little|such'], unless: ['childNote'] },
    // An adult's ability given as a child's age: "has the mental age of a toddler".
    { match: ['mental|developmental|emotional age of a|an toddler|child|baby|infant|kid|preschooler', 'mental|developmental|emotional age of a|an #num|#word -? year|years -? old'], message: '"{match}" measures an adult against a child. Describe what the person understands and does, and what helps ("follows short spoken sentences; chooses from pictures").', fix: 'none', severity: 'info', unless: ['childNote'] },
    { match: "he's|she's|they're|he’s|she’s|is|was|he_is|she_is just|only|still|such|basically|really a big|little|grown? [ kid|child|baby ]", message: BOY, fix: 'none', severity: 'info', unless: ['childNote'], notAfter: ['-', 'when|back_then|at_the_time|then|ago|in|at_school|at_the_time_of|growing_up|of #num?'] },
    // "Our kid in room 11 is 19": a possessive that would be the writer's own child is a patient once a bed or room follows.
    { match: 'our|my [ kid|boy|girl ] in|from|on room|rm|bed|bay|#num', message: BOY, fix: 'none', severity: 'info', unless: ['childNote'] },
    { match: `${DEFINITE} boy`, message: BOY, suggest: ['$1 young man'], fix: 'suggest', severity: 'info', unless: ['adultStated', 'minorStated', 'childNote'], notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    { match: `${DEFINITE} girl`, message: BOY, suggest: ['$1 young woman'], fix: 'suggest', severity: 'info', unless: ['adultStated', 'minorStated', 'childNote'], notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    { match: `${DEFINITE} kid`, message: BOY, suggest: ['$1 patient'], fix: 'suggest', severity: 'info', unless: ['adultStated'], notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    // The adult age said in the same phrase: "The 19-year-old kid in bed 2", "a 24 yo boy with a knee injury". The age
    // itself settles it, whatever other ages the paragraph names ("17-year-old boy with his 45-year-old mother" stays
    // silent).
    { match: `the|this|that|a|an? ${ADULT_AGE} kid|boy|girl|child`, message: BOY, notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    // "This big baby (41 yo) cried through the dressing change", "such a baby about needles": an adult called a baby for
    // their distress. Not a baby being born or its size on a scan ("concern for a big baby", "baby aspirin").
    {
      match: ['this|that|the|a|such_a|what_a|a_real|a_total|a_complete big|giant|overgrown|huge baby', 'such_a|what_a|a_real|a_total|a_complete baby'],
      message: 'Calling an adult a baby ("{match}") makes their distress look childish. Describe what happened and the support given.',
      when: ['adultStated'],
      after: [BABY_BEHAVIOUR],
      notBefore: [OBSTETRIC],
      notAfter: ['#any{0,6} delivered|delivery|born|birth|weeks|gestation|efw|percentile|grams|ultrasound|kg|lb|lbs'],
    },
    // The adult age in apposition: "Autistic boy, 25, attends day program", "the girl (19) on crutches". Not someone's son
    // ("her boy, 25, visits weekly").
    { match: '[ the|this|that|a? boy|girl|kid ] ,|( @adultYears', message: BOY, notBefore: NOT_A_LABEL, notAfter: [NOT_A_PERSON] },
    // A bare label opening a fragment: "Kid is 20, s/p spinal fusion", "Boy in bed 3 is 22, post ACL".
    { match: 'kid|boy|girl|child', message: BOY, when: ['opensSentence', 'adultStated'], after: [LABEL_AFTER], notAfter: [NOT_A_PERSON] },
    { match: 'kid|boy|girl', message: BOY, severity: 'info', when: ['opensSentence'], unless: ['adultStated'], after: ['in|from room|rm|bed|bay|chair|cubicle|side_room|trolley|station'] },
    // "This little guy is 80 years old": a small child's nickname for an adult.
    { match: `${DET} little #word? guy|fella|fellow|gal|guys|fellas`, message: BOY, when: ['adultStated'], notBefore: NOT_A_LABEL },
    { match: `${DET} little #word? guy|fella|fellow|gal|guys|fellas`, message: BOY, severity: 'info', unless: ['adultStated'], notBefore: NOT_A_LABEL },
    // A child's routine for an adult's rest: "put down for a nap". ("Tucked her in" is also how adults settle one another, and
    // the labelled sets read it as care, not as talking down.)
    { match: ['put/v him|her|them|pt|the_patient? down for a|his|her|their? nap/n|naptime|nap_time|bed|the_night'], message: '"{match}" is how small children are settled. Say what the person chose or needed ("rested in bed after lunch").' },
    // "acted like a child", "fed like a baby": an adult's behaviour or care compared to a child's.
    {
      match: ['act/v|behave/v|fed|feed/v #word{0,2} like a|an big|little|giant|spoiled|spoilt|overgrown? baby|child|toddler|kid|little_boy|little_girl|two-year-old|three-year-old', "like you would|you'd|one_would|one_might a|an baby|child|toddler|kid|little_one|infant"],
      message: 'Comparing an adult to a child ("{match}") talks down to them. Describe the behaviour or the help given ("needed hand-over-hand assistance to eat").',
    },
    // "threw his tray like a toddler", "is like a child when she is tired": any comparison of the adult to a small child,
    // but not how others treat them or how they feel ("complains he is treated like a child").
    {
      match: "like a|an big|little|spoiled|spoilt|overgrown|naughty? doll|baby|kid|toddler|two-year-old|three-year-old|four-year-old|five-year-old|little_kid|little_girl|little_boy|schoolgirl|schoolboy|preschooler|child",
      message: 'Comparing an adult to a child ("{match}") talks down to them. Describe the behaviour or the help given.',
      severity: 'info',
      when: ['personSubject'],
      notBefore: ['... treat/v|treated|treats|treating|spoken_to|talked_to|addressed|spoke_to|talk/v_to|speak/v_to|feel/v|felt|feels|feeling|look/v|looks|looked|sized|size|small|tiny|sounds|sounded|sound/v', 'act/v|behave/v|fed|feed/v #word{0,2}'],
      notAfter: ["'s|would|does|in|with|of"],
    },
    // A group of adults likened to small children: "the adults at the day program were like big kids". The size word makes it
    // the put-down; "like kids in a candy store" is delight, and in a children's note they are children.
    {
      match: 'like big|little|overgrown|spoiled|spoilt|naughty kids|children|babies|toddlers',
      message: 'Comparing adults to children ("{match}") talks down to them. Describe what the group did and what it enjoyed.',
      severity: 'info',
      when: [],
      unless: ['childNote'],
      notBefore: ['... treat/v|treated|treats|treating|feel/v|felt|feels|feeling'],
    },
    // "The girls on 3 West, all in their 80s": a group of adults called boys or girls, adult ages stated.
    {
      match: 'the|these|those|our young|little|old? boys|girls|kids',
      message: 'Calling adults "{match}" talks down to them. Say "the patients", "the residents", "the players", or name the group.',
      when: ['groupAdultAges'],
      notBefore: [NOT_RESIDENTS],
      notAfter: ["'s"],
    },
    // A setting only for adults says their ages for them: "the girls in the memory unit".
    {
      match: 'the|these|those|our young|little|old? boys|girls|kids',
      message: 'Calling adults "{match}" talks down to them. Say "the patients", "the residents", "the players", or name the group.',
      after: ['in|on|at|from the|our memory|dementia|geriatric|geri|memory_care|nursing_home|care_home|assisted_living|long-term_care unit|ward|wing|floor|home|facility?'],
      notBefore: [NOT_RESIDENTS],
    },
  ],
  docs: {
    summary: 'Words for children used about adults: "the boy", "the kid", "diaper", "bib", "feeder", "potty", "tantrum", "behaved well".',
    why:
      'Naren is a 20-year-old university student who lives in his own apartment and manages his own care with a volunteer caregiver. Words for children ("the boy", "diaper", "behaved well") recast an adult who needs physical help as a child who needs managing. The source text asks clinicians to bring respect to every interaction and to treat care as a partnership, which starts with age-appropriate words for the same care.',
    prefer: '"the patient", "the student", "young man/woman"; "incontinence brief", "clothing protector", "needs assistance with eating", "toilet/commode"; describe behaviour and participation concretely.',
    exceptions: [
      'Child words in a note whose stated age is under 13, wherever in the note the age is given.',
      'Paediatric notes: an infant, toddler or child under 13, or a paediatric setting, in the same paragraph.',
      '"Boy/girl/kid/child" get full severity only when the same paragraph shows the person is an adult (age 18+, university, adult services); "the boy", "the girl" or "the kid" with no age given is reported as info.',
      '"As a child", "his kids", "child\'s pose", "child care", "handle with kid gloves", "race bib", "bib shorts", "feeder vessel".',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S24', 'S14', 'seed'],
  },
  examples: {
    flagged: [
      '45 yo with LD: {{behaved well}} for upper and lower alginates, carer pleased.',
      'Naughty earlier, {{has been behaving}} since lorazepam.',
      'Had a right {{paddy}} when the cannula tissued and needed resiting.',
      { text: 'Honestly it felt like {{babysitting him}} all shift.', mode: 'reflection' },
      { text: 'He\'s basically a big {{kid}} at 25, always joking with the PTAs.', mode: 'reflection' },
      'Resident at the day centre, {{behaved well}} during bingo.',
      'Mr. Osei {{behaved beautifully}} during the infusion.',
      { text: 'Off she went in her chair {{like a little doll}}.', mode: 'reflection' },
      'Threw a {{tantie}} when the tea was late.',
      { text: 'I fed her {{like you would a toddler}}.', mode: 'reflection' },
      '{{Bibbed up}} for breakfast, set-up only.',
      { text: 'At 70 she is such a {{cheeky little monkey}} with the physios.', mode: 'reflection' },
      '{{Cheeky chappie}}, keeps trying to escape the bay.',
      { text: 'He is {{only a boy}} really, 20 and scared.', mode: 'reflection' },
      { text: 'I let her have {{her little cry}} before we carried on.', mode: 'reflection' },
      'Bib at lunch, full assist - {{feeder}}.',
      { text: 'Mum is only {{a young girl}} herself (19), so I kept it simple.', mode: 'reflection' },
      'Sam (18) has the {{mental age of a toddler}}, so consent discussed with Mum.',
      '{{Girl}} in chair 3 (24) spiking temp, HD cath exit site red.',
      'Symptoms for 3 mo; changed his {{nappy}} at night.',
      'Adult day: no {{potty}} accidents today.',
      'Upset when the lift was late; {{behaved well}} once it came.',
      { text: 'The men at the group home were {{like little kids}} on outing day.', mode: 'reflection' },
      'He\'s just a {{kid}}, 23 and newly injured.',
      'Tray set up for dinner, {{feeder}}, thickened liquids.',
      'Our {{kid}} in bed 3 is 22 and post-op day 1.',
      'The 61-year-old man threw a {{tantrum}} when his tray was late.',
      '20 yo university student. {{The boy}} was tired after his lab. => 20 yo university student. The young man was tired after his lab.',
      'Pt {{acted like a child}} when the session ended.',
      '{{The girls}} on the memory-care unit, all in their 80s, joined the chair-yoga group.',
      'Pt wears {{adult diapers}} at night. => Pt wears incontinence briefs at night.',
      'Put a {{bib}} on before lunch. => Put a clothing protector on before lunch.',
      'Resident {{is a total feeder}}. => Resident needs full assistance with eating.',
      'Assisted to the {{potty}} after therapy. => Assisted to the toilet after therapy.',
      'Pt {{behaved well}} during the session today.',
      'The 84 yo was {{well behaved}} during the dressing change.',
      '{{The boys}} on the dementia unit watched the match together.',
      'Had a {{tantrum}} when the transport was late.',
      'Staff gave her a {{time-out}} in her room after she swore at the aide.',
      'Pt {{pitched a fit}} when the shower was moved to the evening.',
      'Provided a {{sippy cup}} for thin liquids at lunch (66 yo).',
      '{{Time-out}} given after she yelled at the aide.',
      'Started a {{sticker chart}} for his HEP (45 yo).',
      '{{Acting like a big baby}} about the dressing change.',
      '{{Wet himself}} again, briefs changed.',
      'Pt {{pouted}} when asked to walk.',
      'Pt threw his tray {{like a toddler}}.',
      'She is {{like a little girl}} when she is tired (79 yo).',
      'Seated at the {{feeder table}} in the dining room.',
      'Pureed diet; {{feeder}} at the 1:1 table.',
      'The {{diaper rash}} on his sacrum is healing; 68 yo. => The incontinence-associated dermatitis on his sacrum is healing; 68 yo.',
      '{{This little guy}} is 85 and walked 200 ft today.',
      'Pt {{put down for a nap}} at 1300, 70 yo.',
      '{{Feeder}}; full assist with all meals.',
      '{{Kid}} in room 4 is 19 and wants to go home.',
      'Resident {{behaving}} for staff since the med change.',
      'Pt (72 yo) {{behaving}} for staff today, no pulling at lines.',
      { text: '{{Boy}} in bed 3 keeps calling out.', mode: 'reflection' },
      '{{Put her down for a nap}} after lunch, 88 yo.',
      '{{The 19-year-old kid}} in bed 2 did well with crutch training.',
      '{{This big baby}} (41 yo) cried through the whole dressing change.',
      'He was {{such a baby}} about the blood draw, 52 yo.',
      'Autistic {{boy}}, 25, attends a day program.',
      '{{Has someone wet the bed}}? (81 yo)',
      'Pt {{wearing pull-ups}} at night; 77 yo.',
    ],
    clean: [
      'Has been behaving out of character since the fall, ?delirium screen sent.',
      { text: 'He was just a kid when his father died, and it still shapes how he talks about hospitals.', mode: 'reflection' },
      'Knee replacement in situ, behaved well on the stairs test.',
      { text: 'The man with a learning disability was spoken to like a toddler, so I asked him what he wanted.', mode: 'reflection' },
      'Toddler is a messy eater; weight on the 50th centile.',
      'Slow feeder at 34/40 CGA; NG top-ups after each breastfeed.',
      'Bib and muslin for bottle feeds; small posset after feeds, thriving.',
      'Bib and brace overalls hard to pull over the bandages, pt to try looser trousers.',
      'Fistula behaving nicely today, good thrill and bruit.',
      { text: 'The ward sister showed me how to speak to him as an adult, not a child, even when he was confused.', mode: 'reflection' },
      { text: 'On my paeds week, the little girl on the home vent loved the bubbles.', mode: 'reflection' },
      { text: 'She was fifteen, so the advocate sat with her mum while the nurse talked the girl through each swab.', mode: 'reflection' },
      'Feeding clinic: 7 mo on purees; bib on, good sitting balance in high chair.',
      { text: 'The little girl in bay 3 was two and a half and kept calling the potty her throne.', mode: 'reflection' },
      '18 mo, tantrums at most mealtimes per mum, throws spoon.',
      'S: Mum reports 8 wet nappies/day. O: latch deep, audible swallows.',
      { text: 'The little boy (4) had a tantrum when the suction came out.', mode: 'reflection' },
      'Practice status: non-contact, yellow bib x 1 wk.',
      '18 mo seen for diaper dermatitis; mom applying zinc oxide with each change.',
      'Resident is not a feeder; eats independently after set-up.',
      'His chair charger acts up in the cold, so he keeps a spare.',
      { text: 'The girl we saw at the clinic was 7 and loved the bubble game.', mode: 'reflection' },
      'Diaper weights recorded each void for I&O.',
      { text: 'The little girl signed "more" during the EI session.', mode: 'reflection' },
      { text: 'Her daughter is 8, and the kid drew me a picture.', mode: 'reflection' },
      'DOL 5, 8 wet diapers, feeding well.',
      'The new socket behaved well on the ramp; no pistoning.',
      'Tantrums typical for 20 mo corrected age per mother.',
      'Two dural feeders to the fistula were coiled.',
      'Intoxicated, BIB PD after a fall at the bus stop.',
      'NICU day 12: slow feeder, PO 50% of volume, rest via NG (33 wk CGA).',
      'Kindergartner had a tantrum at drop-off; OT suggests a visual schedule.',
      'Dual-lumen catheter; feeder vessel to the AVM embolized.',
      'Self-feeder, set-up only; eats 75% of meals.',
      'CABG x3, feeder, LIMA to LAD patent.',
      'Trach bib changed; stoma without redness.',
      'Mr. ABC is a 2-year-old boy brought in by his parents.\n\nBACK: No findings. Diaper area normal.',
      '4 yo with spastic diplegia; uses a diaper at night; mother present.',
      'Pt wears incontinence briefs at night.',
      'Peds: 3 yo, put down for a nap after lunch by her mother.',
      'As a child he played wheelchair basketball; now 20 and studies physics.',
      'Child\'s pose stretch held 30 s x3.',
      'Pt has a child and works part time; 34 yo.',
      'Handled the new chair with kid gloves; 20 yo student.',
      'Race bib pinned on for the 5K; 45 yo runner.',
      'Her grandkids and the boys from her old unit visit on Sundays.',
      'Surgical time-out performed; all team members agreed.',
      'A time-out was called before the incision.',
      'Bib and spoon-feeding with mother for a 10-month-old.',
      'Pt pouted her lips for the oral-motor exam.',
      'She said she feels like a child when staff talk over her.',
      'The boy, 6, was seen with mother for a limp.',
      'He complains that he is treated like a child on the unit.',
      { text: 'His son threw a tantrum during the visit, and she looked mortified.', mode: 'reflection' },
      'Her four-year-old was misbehaving in the waiting room.',
      'Feeder vessel identified on angiography.',
      'Pt behaving in a sexually inappropriate manner toward staff; redirected.',
      'The wound is behaving as expected.',
      'Child is 4, s/p tonsillectomy.',
      '17-year-old boy seen with his 45-year-old mother for a sprained ankle.',
      '28 yo G1P0 at 39 weeks; concern for a big baby on the last ultrasound.',
      'Baby aspirin 81 mg daily; 67 yo.',
      'Her boy, 25, visits weekly.',
      'Performed 3 pull-ups with the assisted machine; 30 yo.',
      'Nocturnal enuresis: wets the bed twice a week (8 yo).',
      'The 30-year-old mother said the baby cried through the night.',
    ],
  },
});
