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
  /** Who praise is about ("Pt is …", "Mother was …"), and what may stand between them and the praise word. */
  praiseSubject: set(`pt patient client he she they mr mrs ms mx resident student man woman family caregiver mother father wife husband
    parent parents gentleman lady girl boy kid`),
  praiseLink: set(`is was are were has been remains remained seems seemed appears appeared looks looked presents presented presenting
    as always also consistently very so really quite extremely such a an absolutely just remarkably incredibly genuinely truly and
    cooperative polite friendly agreeable engaged calm well - groomed pleasant nice lovely sweet charming delightful ,`),
  /** What may open a sentence of praise without a subject: intensifiers, articles and other praise. */
  praiseLead: set(`very so such a an really quite extremely always consistently also agreeable polite friendly calm engaged
    pleasant nice , and`),
  /** Insurance, billing and registration words: a line about coverage, not a label for the person. */
  admin: set(`insurance payer payor coverage covered authorization authorisation billing billed reimbursement reimbursed
    reimburse claim claims copay co-pay benefit benefits eligible eligibility enrolled enrollment enrolment plan policy
    certification certified certify recertification requires required registration demographics demographic`),

  // -- disability --
  /** One person and several people, for suggestions that must agree in number ("a student who uses …", "students who use …"). */
  personOne: set(`patient person individual student man woman male female adult client resident boy girl kid child teen teenager
    gentleman lady guy athlete veteran member user participant`),
  personMany: set(`patients persons people individuals students men women males females adults clients residents boys girls kids
    children teens teenagers gentlemen ladies guys athletes veterans members users participants`),
  /** Words that end a noun phrase's modifiers: a label followed by one of these is not before its noun. */
  clauseWord: set(`and or but the a an since for with in at due after from because`),
  /** Words with which a sentence records how a person wants to be named ("prefers", "identifies as", "calls himself"). */
  preferWord: set(`prefer prefers preferred preference`),
  identifyWord: set(`identify identifies identified identifying`),
  selfNameVerb: set(`call calls describe describes refer refers`),
  reflexive: set(`himself herself themself themselves`),

  // -- condition --

  // -- substance-use --

  // -- dignity --

  // -- documentation --

  // -- identifiers --
} as const satisfies Record<string, ReadonlySet<string>>;

export type WordSetName = keyof typeof WORD_SETS;
