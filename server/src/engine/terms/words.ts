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
  /** The person a clinician tells, allows or makes do something. */
  told: set(`pt patient client student resident him her them`),
  /** Words of obligation after "told pt he …": a ruling rather than information. */
  must: set(`must cannot can't should`),
  /** Who issues orders and protocols: "per surgeon", "by the physician". */
  orderer: set(`surgeon surgical physician md dr doctor ortho orthopaedic orthopedic orthopaedics orthopedics neuro neurosurgery
    neurology cardiology protocol order orders referral referring np pa policy facility team pulmonology urology provider`),
  /** Weight-bearing and range restrictions, which come from orders. */
  restriction: set(`nwb tdwb pwb wbat fwb wb flexion extension rom degrees °`),
  /** What a facility rule, not a clinician, allows or forbids. */
  facility: set(`visitor visitors food drink drinks phone phones pet pets dog dogs animal animals smoking vaping guest guests
    staff nobody car cars vehicle vehicles device devices chair chairs scooter scooters`),
  /** Interventions a clinician can "give" or "perform" on someone. */
  intervention: set(`stretch stretches stretching exercise exercises massage mobilization mobilizations mobilisation mobilisations
    manipulation manipulations treatment treatments tx therapy traction rom prom stm modality modalities ultrasound e-stim estim
    tens ice heat taping session transfer transfers training mmt test tests cupping needling motion eval evaluation assessment stim`),
  /** The patient and the people around them, whom a clinician must not ask for favours. */
  circle: set(`pt patient client resident caregiver carer aide mom mother dad father wife husband partner son daughter family parent
    parents brother sister roommate`),
  /** Personal social-media channels. */
  social: set(`instagram insta ig facebook fb snapchat snap tiktok twitter linkedin whatsapp telegram discord tinder hinge bumble
    bereal socials`),
  /** Words with which a clinician turns an offer down. */
  declines: set(`decline declined declining refused refuse`),

  // -- descriptors --

  // -- disability --

  // -- condition --

  // -- substance-use --

  // -- dignity --
  /** Things only the patient does or has: their body's care, their routine, their belongings. */
  theirs: set(`meds medication medications medicine pills tablets bath shower wash walk nap rest exercises stretches hep breakfast
    lunch dinner supper snack drink juice fluids vitamins teeth hair brief briefs diaper pad toilet toileting potty bedpan pajamas
    pyjamas clothes shoes socks splint brace glasses dentures nails temperature vitals shot injection insulin`),
  /** The patient's body and how it is doing ("How's our knee?"). */
  body: set(`knee knees hip hips back shoulder shoulders leg legs arm arms feet foot ankle ankles wrist wrists hand hands neck pain
    tummy belly bottom appetite breathing chest wound incision sugar sugars`),
  /** Marks that may stand right before or after a term of address ("Thanks, honey."). */
  addressMark: set(`, ; : ! ? . “ ” " ( ) — –`),
  /** Greetings and prompts that come right before a term of address ("Okay buddy", "Good morning, dear"). */
  greeting: set(`hi hey hello okay ok thanks there morning night alright yes no well now sorry bye easy careful ready wait look
    listen see sure right perfect lovely great good excellent`),

  // -- documentation --

  // -- identifiers --
} as const satisfies Record<string, ReadonlySet<string>>;

export type WordSetName = keyof typeof WORD_SETS;
