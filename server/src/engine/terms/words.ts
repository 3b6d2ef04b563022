/**
 * Named word sets that patterns refer to as `@name`. One list per idea, shared
 * by every rule, so "a person word" means the same thing everywhere.
 */

const set = (words: string) => new Set(words.trim().split(/\s+/));

export const WORD_SETS = {
  /** Nouns for a person, as a label is put before them ("wheelchair-bound student"). */
  person: set(`pt pts patient patients person persons people individual individuals student students man men woman women
    male males female females adult adults client clients resident residents boy boys girl girls kid kids child children
    teen teens teenager teenagers gentleman gentlemen lady ladies guy guys athlete athletes veteran veterans member members
    user users participant participants`),
  /** Words that can be the subject when a person does something ("he", "pt", "Mr"). */
  subject: set(`pt pts patient patients client clients resident residents he she they him her them himself herself themselves
    student man woman male female boy girl gentleman lady person individual mr mrs ms mx`),
  /** Relatives and caregivers: someone other than the patient. */
  relative: set(`family caregiver caregivers spouse wife husband partner mother father mom dad son daughter parent parents sister
    brother grandmother grandfather aunt uncle cousin guardian`),
  pronoun: set(`he she they him her them his hers their theirs himself herself themselves`),
  possessive: set(`his her their its my our your pt's patient's client's`),
  det: set(`a an the this that these those his her their its my our your some any all each every no`),
  /** Forms of "be" and "get" that make a passive or a state. */
  be: set(`is are was were be been being am 's 're get gets got gotten getting became becomes become`),
  have: set(`has have had having`),
  /** Negators inside a clause. */
  neg: set(`not no never n't without nor neither didn't doesn't don't won't wasn't weren't isn't aren't can't cannot couldn't wouldn't hasn't haven't hadn't shouldn't`),
  /** Adverbs that may sit between a subject and its verb ("pt again refused"). */
  adverb: set(`again then initially also later today politely repeatedly ultimately now still once subsequently consistently
    adamantly firmly flatly often frequently always sometimes occasionally continually constantly persistently very quite really
    extremely somewhat rather`),
  /** Care a person can take or decline. */
  care: set(`pt ot st therapy treatment treatments tx session sessions visit visits exercise exercises stretching stretches hep
    med meds medication medications ice heat estim e-stim modality modalities eval evaluation assessment ambulation gait
    transfer transfers oob bath shower care dressing lab labs vitals blood brace splint splints afo afos collar mobility
    repositioning turn turns walk walking standing food meal meals intervention procedure surgery injection trial plan
    insulin dialysis diet appointment appointments follow-up`),
  /** Organisations and roles that decide things about a patient. */
  organisation: set(`insurance insurer insurers payer payor carrier plan medicare medicaid company vendor pharmacy clinic hospital
    facility school university landlord employer authorization authorisation claim request`),
  clinician: set(`physician surgeon doctor md dr therapist staff nurse rn ci we i pta provider clinician team`),
  // Sets added for one family first; a set moves up here once a second family uses it.

  // -- credibility --

  // -- labels --

  // -- adherence --

  // -- power --

  // -- descriptors --

  // -- disability --

  // -- condition --

  // -- substance-use --

  // -- dignity --

  // -- documentation --
  /** Ear and eye preparations: the only place AD/AS/AU and OD/OS/OU are routes. */
  earEye: set(`gtt gtts drop drops eyedrop eyedrops eardrop eardrops ointment otic ophthalmic instill instilled suspension solution`),
  /** Drugs and drug words that make "D/C" a medication order rather than a discharge. */
  drug: set(`med meds medication medications drug drugs morphine insulin heparin warfarin aspirin baclofen tizanidine gabapentin
    pregabalin fentanyl tramadol acetaminophen prednisone digoxin furosemide albuterol dantrolene riluzole oxycodone ibuprofen
    naproxen lorazepam diazepam ondansetron antibiotic antibiotics anticoagulant anticoagulants opioid opioids lisinopril
    metoprolol atorvastatin simvastatin omeprazole pantoprazole metformin enoxaparin apixaban rivaroxaban clopidogrel
    levothyroxine sertraline fluoxetine hydrocodone hydromorphone methotrexate vancomycin ceftriaxone cefazolin amoxicillin`),
  /** What a therapist does, as opposed to what a patient's goal achieves ("PT will educate …"). */
  therapistAction: set(`educate instruct teach train provide issue assess reassess reevaluate evaluate monitor progress perform administer
    fit review apply treat facilitate demonstrate give prescribe order recommend encourage help assist work continue see address
    implement initiate focus`),

  // -- identifiers --
  /** Words that follow an honorific or "named" but are not names. */
  notName: set(`patient pt client and or the mr mrs ms mx miss dr a an x y z doe smith-jones monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october november december`),
  /** First words that take a letter after them without being a name ("Vitamin D.", "Grade A."); with notName. */
  notFirstName: set(`vitamin hepatitis hep grade type group plan appendix level class stage zone phase section part table figure fig
    option room unit ward bed step team factor strep influenza exhibit category schedule form wing building floor
    suite block lot gate line lead test trial site week day visit session cohort arm version model station bay pod
    hall lab row seat string component domain item question scale subscale criterion criteria region area axis tier
    point am pm jr sr dept see in on at by of to for with knee hip ankle shoulder elbow wrist side foot hand leg eye
    ear pts i we he she they his her their our my this that note noted`),
  /** People a name can be given for ("a student named …", "his caregiver, Samuel,"). */
  namedRole: set(`patient pt client resident student man woman boy girl kid teen gentleman lady person caregiver carer aide friend
    roommate son daughter wife husband partner brother sister mother father mom dad employer boss supervisor girlfriend boyfriend`),
  /** Capitalised words after "lives in" that are housing or months, not towns. */
  notPlace: set(`a an the his her their assisted independent supported student university campus college group home housing
    residence dorm dorms sheltered skilled long memory adult foster transitional september october november december january
    february march april may june july august`),
} as const satisfies Record<string, ReadonlySet<string>>;

export type WordSetName = keyof typeof WORD_SETS;
