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
  /** The patient's own first-person words, as written (case matters: "US" is ultrasound). */
  firstPerson: new Set(`I I'm I've I'd I'll me Me my My mine Mine we We we're We're our Our us`.split(' ')),
  /** Speakers whose "claims" or "denies" are not the patient's account: literature, documents, products. */
  nonSpeaker: set(`study studies review reviews trial trials paper papers article articles author authors research researchers
    literature evidence guideline guidelines textbook manufacturer company companies policy lawsuit suit complaint petition
    report website ad advert advertisement brand product theory model hypothesis instructor writer writers`),
  /** Words that doubt an account ("questionable effort", "history unreliable"). */
  doubt: set(`questionable dubious doubtful unreliable suspect unconvincing unbelievable suspicious`),
  /** What a patient gives: their history, account, effort. Not a disease, image or treatment. */
  account: set(`effort efforts history hx account accounts story stories statement statements complaint complaints
    credibility sincerity participation testimony report reports subjective`),

  // -- labels --

  // -- adherence --
  /** What a person can be said to comply or adhere with: a plan, a device, a routine. */
  regimen: set(`hep home exercise exercises program programme plan regimen schedule routine stretch stretches stretching
    treatment tx therapy pt ot medication medications meds precautions restrictions instructions recommendations advice
    orders diet brace bracing splint splints splinting orthosis orthoses afo afos collar sling cpap bipap appointments
    visits sessions weight tilt positioning compression insulin dressing wearing using icing taping`),
  /** Things (not people) that can fail or be the subject of "failed": devices, payers, treatments. */
  thing: set(`device devices chair chairs controller controllers joystick battery batteries motor pump system equipment machine
    unit vendor insurance insurer payer authorization authorisation claim fax referral order surgery repair graft fixation
    hardware treatment therapy medication injection injections brace splint program plan test imaging study call email
    message app software platform printer lift elevator door`),
  /** Tissue, dressings and materials, whose adherence is anatomy rather than behaviour. */
  tissue: set(`scar scars incision incisions tissue tissues fascia skin dressing dressings bandage bandages tape cell cells bone
    tendon tendons capsule graft grafts membrane membranes mesh wound wounds pleura nerve adhesion adhesions placenta clot
    thrombus plaque film gauze pad pads lesion mass tumor tumour layer contact`),

  // -- power --

  // -- descriptors --

  // -- disability --

  // -- condition --

  // -- substance-use --

  // -- dignity --

  // -- documentation --

  // -- identifiers --
} as const satisfies Record<string, ReadonlySet<string>>;

export type WordSetName = keyof typeof WORD_SETS;
