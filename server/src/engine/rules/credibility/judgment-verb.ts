/**
 * cred.judgment-verb — verbs and adverbs that cast doubt on the patient's own account.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

/** Literature, organisations, documents and the writer themself: their "claims" are not a patient's account. */
const OTHER_SPEAKER = '@organisation|@clinician|@nonSpeaker|social_worker|case_manager|sw|cm|dietitian|chaplain|counselor|counsellor|psychologist|aide|coworker|co-worker|boss|employer|teacher|coach|coaches|trainer|referee|instructor|physio|physiotherapist|ot|slp|cota|lpn|cna @adverb{0,2}';
/** A doubt adverb the rule already reports ("adamantly maintained that"): the verb after it is the same finding. */
/** Who or what an allegation names as its cause, which must stay hedged ("allegedly from a punch by her partner"). */
const ALLEGED_BY_SOMEONE = 'from|by the|his|her|their|a|an? @relative|partner|boyfriend|girlfriend|ex|stepfather|stepmother|him|them|someone|stranger|neighbor|neighbour|assault|abuse|attack|assailant|fight|punch|kick|blow|bite|dog|stabbing|stab|gunshot';
const DOUBT_ADVERB = 'adamantly|adamently|insistently|insistantly|allegedly|alledgedly|supposedly|purportedly|apparently';
/** "Claim" as a noun: insurance, legal and billing claims ("a workers' comp claim", "claim denied"). */
const CLAIM_NOUN_BEFORE =
  '@det|@possessive|insurance|comp|compensation|disability|injury|liability|pending|asylum|immigration|visa|refugee|civil|negligence|personal_injury|court|open|file|filed|files|denied|new|previous|prior|initial|medicare|medicaid|billing|auto|mva|legal|such|personal|unpaid|submitted|submit|approved|closed|reopened|support|workers|workers\'|worker\'s|denial_of|funding|chc|benefit|benefits|expenses|travel|esa|pip|dla|uc|jsa|housing|council_tax|credit|credits|allowance|pension|grant|pip_/_esa';
const CLAIM_NOUN_AFTER = '=#|number|nos|form|forms|adjuster|manager|status|processing|process|department|office|filed|denied|approved|pending|was|were|is|are|has|have|remain/v|for|disability|benefits|unemployment|compensation|expenses|reimbursement|ssi|ssdi|asylum|medicaid|medicare|social_security|allowance|attendance_allowance|pip|esa|dla|universal_credit|housing_benefit|pension|credit|credits|submitted|lodged|granted|rejected|awaited|outcome';
/**
 * "Claim no. 4471", "claim No: 88", "claim no 4471": the claim's number. "Claims no falls since …" is the verb with its
 * object, an account set up to be doubted.
 */
const CLAIM_NUMBER_AFTER = 'no .|#|:|-|#num';
const CLAIM_MESSAGE =
  '"{match}" casts doubt on what the patient told you. Use a neutral reporting verb ("reports", "states") and put any measured finding next to it.';
const INSIST_MESSAGE =
  '"{match}" frames the patient\'s report as stubbornness. Record what they reported ("reports", "states") and let the findings speak for themselves.';
/** The person's own: "his insistence", "her claim of …". */
const OWN = "his|her|their|pt's|patient's|client's|pts";
const INSISTENCE_MESSAGE = '"{match}" frames a request or an account as obstinacy. Record it as what the patient asked for or reported.';
const ADVERB_MESSAGE = '"{match}" signals that you doubt the account. Attribute it plainly ("pt reports …", "per caregiver …") or state what was observed.';
const ADMIT_MESSAGE = '"{match}" frames what the patient told you as a confession. Report it neutrally ("reports drinking 2–3 beers daily").';
const APPARENTLY_MESSAGE = '"{match}" turns the patient\'s report into hearsay. Attribute it ("pt reports …") and add what you observed.';
const CONVENIENT_MESSAGE = '"{match}" implies the patient timed a symptom or a lapse to suit themself. Record what happened and when, and leave the inference out.';
/** What a symptom or a lapse does at a suspect moment: "conveniently resolved", "conveniently forgot". */
const CONVENIENT_TURN =
  "felt|feels|became|becomes|got|gets|fell|falls|needed|needs|remembered|remembers|vanished|vanishes|turned_up|does_not|did_not|could_not|cannot|can_not|is_unable|was_unable|has_no|had_no|forgot|forgets|forgotten|forgetting|lost|loses|misplaced|misplaces|left|started|starts|began|begins|resolved|resolves|improved|improves|worsened|worsens|worsen|worse|improve|resolve|start|appear|return|recur|flare|increase|increased|increases|intensify|intensified|intensifies|developed|develops|appeared|appears|flared|flares|disappeared|disappears|vanished|vanishes|occurred|occurs|returned|returns|recurred|recurs|ran_out|runs_out|missed|misses|fell|falls|remembered|remembers|couldn't|can't|cannot|didn't|doesn't|unable|sick|ill|injured|too|tired|exhausted|asleep|sore|nauseous|busy|away|out|worse|better|gone";
/** Every "apparently" frame below: a hint of hearsay, not an accusation, so it stays at info with no rewrite to offer. */
const APPARENTLY = { severity: 'info', fix: 'none', message: APPARENTLY_MESSAGE } as const;
/** "Apparently healed": a finding, not an account. */
const APPARENT_FINDING =
  'well-healed|healed|healing|normal|intact|resolved|stable|healthy|unremarkable|benign|asymptomatic|uncomplicated|unaffected|wnl|within_normal|spontaneous|unrelated|incidental|old|chronic';
/** What a person did or has, opening a fragment after "apparently": "Apparently stopped …", "Apparently has not …". */
const APPARENT_ACT =
  "has|had|have|is|was|did|does|didn't|doesn't|hasn't|hadn't|wasn't|isn't|never|not|been|also|still|only|stopped|quit|ran|run|took|takes|fell|falls|missed|misses|skipped|skips|forgot|forgets|started|drank|drinks|smoked|smokes|used|uses|left|went|goes|lives|lived|works|worked|ate|eats|refused|declined|got|gets|hears|heard|sees|saw|believes|believed|thinks|talks|feels|walks|walked|swims|swam|exercises|exercised|cycles|cycled|checks|checked|tests|tested|injects|injected|sleeps|slept|manages|managed";
/** Hospital admission is not a confession, and in a review of systems "admits to" is the convention for a positive answer. */
const ADMIT: Omit<Term, 'match'> = {
  message: ADMIT_MESSAGE,
  unless: ['admissionVerb', 'reviewOfSystems', 'sourceSubject', 'staffAbbrevSubject'],
  // The writer owning up ("I'll admit I labelled him", "I have to admit"): a confession of the writer's own, no one's account doubted.
  notBefore: [OTHER_SPEAKER, DOUBT_ADVERB, "=I|=We|=we|I'll|I’ll|I'd|I’d|We'll|we'll must|have_to|had_to|will|do|did|'ll|’ll|gotta|should|can|honestly|freely{0,2}"],
};

/** A clinician as the one insisting: a requirement or an opinion of the team, not a patient's account doubted. */
const CLINICIAN_SUBJECT = ['dr|prof .? #cap', '@clinician|@colleague|surgeon|anaesthetist|anesthetist|psychiatrist|consultant|attending'];

/** "adamant", "adamantly": a view held, painted as unreasonable. */
const ADAMANT_MESSAGE = '"{match}" paints the patient as unreasonable for holding a view. Record the view itself: "pt is clear that …", "pt states …".';

export default defineRule({
  id: 'cred.judgment-verb',
  family: 'credibility',
  severity: { clinical: 'warning', reflection: 'warning' },
  contexts: { negated: 'silent' },
  // The patient (or a family member) is the one making the statement, not a study, an insurer or the writer.
  // A document's or a source's claim ("The article she brought in claims …") is not the patient's account either.
  defaults: { when: ['personSubject'], unless: ['sourceSubject', 'staffAbbrevSubject', 'quotedInReflection'], notBefore: [OTHER_SPEAKER, DOUBT_ADVERB], fix: 'suggest' },
  terms: [
    {
      match: 'claim/v to',
      notBefore: [CLAIM_NOUN_BEFORE],
      message: `${CLAIM_MESSAGE} For "claims to …", rephrase: "reports being unable to …", "states that …".`,
      fix: 'none',
    },
    { match: 'claim/v', notBefore: [CLAIM_NOUN_BEFORE], notAfter: [CLAIM_NOUN_AFTER, CLAIM_NUMBER_AFTER, 'to'], suggest: ['report/v'], message: CLAIM_MESSAGE },
    // A later clause of a fragment chain, whose subject is the note's patient: "58 yo M c/o chest pain, claims he had
    // nothing to drink".
    { match: 'claim/v', notBefore: [CLAIM_NOUN_BEFORE], notAfter: [CLAIM_NOUN_AFTER, CLAIM_NUMBER_AFTER, 'to'], suggest: ['report/v'], message: CLAIM_MESSAGE, when: ['clauseFragment'] },
    { match: 'claim/v to', notBefore: [CLAIM_NOUN_BEFORE], message: `${CLAIM_MESSAGE} For "claims to …", rephrase: "reports being unable to …", "states that …".`, fix: 'none', when: ['clauseFragment'] },
    // A relative's account in a child's note or a carer's: "mum claims he has had every bolus" (line-level: the relative
    // is the subject of the clause, after a semicolon or a comma).
    { match: 'claim/v|claimed', before: [';|,|: mum|dad|mom|mother|father|parent|parents|carer|carers|foster_carer|grandma|nan|gran|wife|husband|partner|daughter|son'], notAfter: [CLAIM_NOUN_AFTER, 'to_be_from|on_behalf|on|for|against|from|back|off|through|via|#num|£|$'], suggest: ['report/v'], message: CLAIM_MESSAGE, when: [] },
    // "Admits to drinking", "admitted that she skipped the HEP": a confession frame for a report.
    { match: 'admit/v that', suggest: ['report/v that'], ...ADMIT },
    { match: 'admit/v to', suggest: ['report/v'], ...ADMIT },
    { match: 'admit/v', suggest: ['report/v'], ...ADMIT },
    {
      match: 'insist/v on|upon',
      suggest: ['ask/v for', 'prefer/v'],
      // A relative insisting on something ("Wife insists on staying for every session") states their own wish, not the
      // patient's account; what a relative insists happened ("wife insists he was fine") is still an account.
      contexts: { relative: 'silent' },
      // Nor a clinician's requirement: "Dr. Lin insists on a repeat ECG before the next ECT because QTc was 478 ms".
      notBefore: CLINICIAN_SUBJECT,
      message: '"{match}" frames a preference as obstinacy. Say what the patient asked for or chose, and why if they said.',
    },
    { match: 'insist/v', suggest: ['report/v', 'state/v'], message: INSIST_MESSAGE, notBefore: CLINICIAN_SUBJECT },
    // A later clause of a subjectless fragment chain: "Stubborn about ambulating, insists on using the bedpan".
    { match: 'insist/v on|upon', suggest: ['ask/v for', 'prefer/v'], when: ['clauseFragment'], message: '"{match}" frames a preference as obstinacy. Say what the patient asked for or chose, and why if they said.' },
    { match: 'insist/v', suggest: ['report/v', 'state/v'], when: ['clauseFragment'], notAfter: ['on|upon'], message: INSIST_MESSAGE },
    { match: 'insistence|insistance', suggest: ['request'], message: INSISTENCE_MESSAGE, when: ['personInClause'], notBefore: [OWN] },
    // "His insistence that …", "her claim of 9/10 pain": the person's own account named as a noun.
    { match: 'insistence|insistance', suggest: ['report'], message: INSISTENCE_MESSAGE, before: [OWN], after: ['that'], when: [] },
    { match: 'insistence|insistance', suggest: ['request'], message: INSISTENCE_MESSAGE, before: [OWN], notAfter: ['that'], when: [] },
    { match: 'claim|claims', before: [OWN], after: ['that', 'of a|an|the|her|his|their? #num|@symptom|@claimedThing|being|having|feeling|not|no|severe|constant|chronic|ongoing|worsening|increased|new'], suggest: ['report'], message: CLAIM_MESSAGE, when: [] },
    // "Per his claims", "despite her claim": the person's account named as a claim.
    { match: 'per|despite|by|contrary_to|according_to [ his|her|their|pt\'s|patient\'s claim|claims ]', notAfter: ['#|number|no|form|adjuster|for|against|of_disability|denied|approved'], suggest: ['his report'], fix: 'none', message: CLAIM_MESSAGE, when: [] },
    // Other assertion frames: "maintains that", "swears he has been wearing it", "purports to".
    { match: 'maintain/v that', suggest: ['report/v that'], message: INSIST_MESSAGE },
    // "Contends that the brace causes the rash", "asserts that she has not had a drink": an account framed as an argument.
    { match: 'contend/v|assert/v|aver/v that', suggest: ['report/v that'], message: INSIST_MESSAGE },
    // The same frame without "that": "maintains she never fell" ("maintains her balance" has no pronoun subject after it).
    { match: 'maintain/v he|she|they', fix: 'none', message: INSIST_MESSAGE },
    // "Pt's assertion that he walks 2 miles daily": the account named as an assertion.
    { match: 'assertion|assertions', before: [OWN], after: ['that|of'], suggest: ['report'], message: CLAIM_MESSAGE, when: [] },
    // The fix keeps what follows the verb: "swears he has" → "reports he has".
    { match: 'swear/v that|he|she|they|it', notAfter: ['at'], suggest: ['report/v $2'], fix: 'none', message: INSIST_MESSAGE },
    { match: 'swear/v up_and_down', notAfter: ['at'], suggest: ['report/v'], fix: 'none', message: INSIST_MESSAGE },
    { match: 'purport/v|profess/v to', message: ADVERB_MESSAGE, fix: 'none' },
    { match: 'confess/v to', suggest: ['report/v'], fix: 'none', ...ADMIT },
    { match: 'confess/v that|he|she|they|having|being|using|drinking|smoking|taking', suggest: ['report/v $2'], fix: 'none', ...ADMIT },
    // With the common misspellings ("insistant", "alledgedly").
    { match: 'insistent|insistant', suggest: ['clear'], message: INSIST_MESSAGE },
    { match: 'insistently|insistantly', suggest: ['clearly'], message: INSIST_MESSAGE },
    { match: 'adamantly|adamently', suggest: ['clearly', 'firmly'], when: ['personInClause'], message: ADAMANT_MESSAGE },
    // In a fragment after a verdict on the history: "Hx unreliable – adamantly maintains no O2 use".
    { match: 'adamantly|adamently|insistently', suggest: ['clearly', 'firmly'], before: ['–|—|-|;|:|,'], after: ['maintains|maintained|denies|denied|insists|insisted|states|stated|reports|reported|claims|claimed|says|said'], when: [], message: ADAMANT_MESSAGE },
    // A relative's account given the same way: "Mum adamantly reports night waking", "Wife adamantly denies he drinks".
    { match: 'adamant|adament', suggest: ['clear', 'firm'], before: ['mum|dad|mom|mother|father|parent|parents|carer|carers|wife|husband|partner|daughter|son'], when: [], message: ADAMANT_MESSAGE },
    { match: 'adamantly|adamently|insistently', suggest: ['clearly', 'firmly'], before: ['mum|dad|mom|mother|father|parent|parents|carer|carers|wife|husband|partner|daughter|son|sister|brother|grandmother|grandfather|gran|nan'], when: [], message: ADAMANT_MESSAGE },
    { match: 'adamant|adament', suggest: ['clear', 'firm'], when: ['personInClause'], message: ADAMANT_MESSAGE },
    // "34F states she slipped on ice, now adamant the wrist is broken": the fragment chain's subject holds the view.
    { match: 'adamant|adament', suggest: ['clear', 'firm'], when: ['clauseFragment'], message: ADAMANT_MESSAGE },
    // Safeguarding and legal language must say "alleged": "alleged abuse", "alleged perpetrator".
    {
      match: 'allege/v|allegedly|alledge/v|alledgedly',
      // What a relative allegedly did ("The biological father allegedly was in jail") is an accusation about a third
      // person, which must stay hedged; it is not doubt of the patient's account.
      contexts: { relative: 'silent' },
      notAfter: ['physical|sexual|verbal|financial|domestic? abuse|abuser|assault|assailant|perpetrator|offender|offence|offense|neglect|incident|victim|crime|violence|harassment|theft|battery|misconduct|negligence|malpractice|exploitation|rape|event', ALLEGED_BY_SOMEONE],
      when: ['personInClause'],
      message: ADVERB_MESSAGE,
      fix: 'none',
    },
    { match: 'supposedly|purportedly|dubiously|unconvincingly|implausibly', when: ['personInClause'], message: ADVERB_MESSAGE, fix: 'none' },
    // In a child's note the parents give the account, and what the baby did is what they said: "Per Dad, baby supposedly
    // fed at 03:00". ("Alleged" stays, as safeguarding language needs it.)
    { match: 'supposedly|purportedly', when: ['childNote'], message: ADVERB_MESSAGE, fix: 'none' },
    // Opening a note's clause after a semicolon, where the patient's account goes on: "…; supposedly works within the hour".
    { match: 'supposedly|purportedly', before: [';'], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // "Allegedly" the same way, but not an assault alleged ("…; allegedly assaulted by a co-patient" must stay hedged).
    { match: 'allegedly|alledgedly', before: [';'], after: ["can't|cannot|can_not|unable|not|hasn't|has_not|isn't|is_not|doesn't|does_not|takes|took|taking|uses|used|drinks|drank|eats|ate|stopped|quit|sleeps|slept|walks|walked|does|did|has|had|was|is"], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // The hedge tacked on after the account: "Stopped smoking in March, supposedly; exhaled CO 18 ppm today".
    { match: 'supposedly|allegedly|purportedly', before: [','], after: [';|.|!|,|—|–'], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // Or doubting who or what the person said was behind it: "Says his inhaler was taken, supposedly by an officer".
    { match: 'supposedly|allegedly|purportedly', before: [','], after: ['by|from|during|after|because|when|while'], when: ['speechInSentence'], message: ADVERB_MESSAGE, fix: 'none' },
    // The insisting named as a noun, opening a fragment: "Renewed insistence on a steroid rescue pack".
    { match: 'renewed|repeated|continued|ongoing|constant|persistent|usual [ insistence ] on|that', when: [], message: INSISTENCE_MESSAGE, fix: 'none' },
    // The relief or trigger the person gave for a symptom, doubted: "Exertional 'tightness', purportedly relieved by the
    // blue inhaler", "cough, supposedly worse at night".
    { match: 'supposedly|purportedly', before: ['@claimedThing|@symptom \'|"|”|’? ,'], after: ['relieved|helped|improved|eased|resolved|triggered|caused|brought_on|worse|better|worsened|settled|controlled'], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // The person's symptom opening a note fragment: "Pain supposedly 10/10 but sleeping between checks".
    { match: 'supposedly|allegedly|purportedly', before: ['pain|symptoms|@symptom'], when: ['sentenceStart'], message: ADVERB_MESSAGE, fix: 'none' },
    // A trailing aside that doubts the cause the person gave: "says his feet go numb, allegedly from chemo", "back pain,
    // supposedly from a fall at work". What a named person allegedly did ("bruising, allegedly from her partner") is an
    // allegation that must stay hedged.
    {
      match: 'allegedly|alledgedly|supposedly|purportedly',
      before: [','],
      after: ['from|due_to|because|after|since|while|during'],
      notAfter: [ALLEGED_BY_SOMEONE],
      when: ['personInSentence'],
      message: ADVERB_MESSAGE,
      fix: 'none',
    },
    // The same after a finding on the body, the note's unwritten subject: "Bruise to L cheek, allegedly from a fall off the trampoline".
    {
      match: 'allegedly|alledgedly|supposedly|purportedly',
      before: ['@body|@tissue|bruise|bruises|bruising|cut|cuts|graze|grazes|laceration|burn|burns|swelling|fracture|injury|injuries|mark|marks|scratch|scratches|wound|wounds|rash|lump #any{0,4} ,'],
      after: ['from|after|due_to a|an|the? fall|falling|trip|tripping|slip|slipping|accident|tumble|banging|bump|walking|running|playing|trampoline|bike|sport|sports|football|rugby|cooking|gardening'],
      when: [],
      message: ADVERB_MESSAGE,
      fix: 'none',
    },
    // "Self-proclaimed vegetarian, though eats fish": the person's own description, set up to be doubted.
    { match: 'self-proclaimed|self-professed|self-styled', when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // "Vehemently denies alcohol use": the force of the answer is the writer's framing, like "adamantly".
    { match: 'vehemently', when: ['personInClause'], message: ADAMANT_MESSAGE, fix: 'none' },
    // "The alleged fall", "her supposed allergy": the doubt sits on the event or symptom the patient reported.
    {
      // The thing may itself be in scare quotes: 'her so-called "flare"'.
      match: '[ alleged|alledged|supposed|purported|so-called ] "|“|\'|‘? @claimedThing',
      notAfter: ['abuse|abuser|assault|assailant|perpetrator|offender|victim'],
      when: [],
      message: '"{match}" casts doubt on what the patient reported. State who reported it and what was observed ("pt reports a fall on Saturday; not witnessed").',
      fix: 'none',
    },
    // Opening the sentence, the symptom after it: "Conveniently, her back always seems worst on the days she has hydro booked".
    { match: 'conveniently', notBefore: ['#word'], after: [', #any{0,8} worse|worst|flares|flared|hurts|hurting|better|resolved|disappears|disappeared|starts|started'], when: ['sentenceStart'], message: CONVENIENT_MESSAGE, fix: 'none' },
    // "Pain conveniently resolved when discharge came up", "conveniently forgot the HEP sheet": the timing of the
    // patient's symptom or lapse framed as a ploy. "Conveniently located", "conveniently scheduled" are logistics.
    {
      match: 'conveniently',
      after: [`${CONVENIENT_TURN}`],
      when: ['personInSentence'],
      message: CONVENIENT_MESSAGE,
      fix: 'none',
    },
    {
      match: 'conveniently',
      after: [`${CONVENIENT_TURN}`],
      // The symptom or the body part that has it: "his shoulder conveniently started hurting", "back pain 9/10, conveniently
      // worse on group days".
      // A relative's account doubted the same way: "The mother conveniently remembered the fever only after …".
      // With its copula: "abdominal pain is conveniently worse whenever discharge is raised".
      before: ['@symptom|symptoms|pain|voices|hallucinations|visions|seizures|fits|it|this|@body is|was|are|were|gets|got|seems|seemed|becomes|became?', '@symptom|pain #num +/ +#num ,', '@relative|@labelTarget'],
      when: [],
      message: CONVENIENT_MESSAGE,
      fix: 'none',
    },
    // A note's subjectless sentence, its subject the patient: "Conveniently forgot her walker again."
    {
      match: 'conveniently',
      after: [`${CONVENIENT_TURN}`],
      notBefore: ['#word'],
      when: ['sentenceStart'],
      message: CONVENIENT_MESSAGE,
      fix: 'none',
    },
    // Opening the sentence: "Conveniently, the pain started after the claim was denied."
    {
      match: 'conveniently',
      after: [`,? the|his|her|their|pt's|patient's? #word? @symptom|pain|symptoms ${CONVENIENT_TURN}`],
      when: [],
      message: CONVENIENT_MESSAGE,
      fix: 'none',
    },
    // The symptom tied to a suspect moment: "SOB at rest, conveniently only when RT enters the room", "conveniently right
    // before discharge". A symptom or a report must come before it in the sentence; "conveniently before the bus" alone is logistics.
    {
      match: 'conveniently',
      after: ['only|just|right|always|never|mostly? when|whenever|before|after|around|during|as|once'],
      before: ['@symptom|@claimedThing|sob|pain #any{0,5} ,|;|—|–|-?'],
      when: [],
      message: CONVENIENT_MESSAGE,
      fix: 'none',
    },
    // A tag of disbelief after the report: "walks a mile daily, or so she says", "sober since June (so he says)".
    // "He swore blind his pain was 10/10": the insistence doubted.
    { match: 'swore|swears|swear/v|swearing blind', when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // In a child's note the parent gives the account: "mum claims he has had every bolus".
    { match: 'claim/v|insist/v', before: ['mum|dad|mom|mother|father|parent|parents|carer|carers|foster_carer|grandma|nan'], when: ['childNote'], message: CLAIM_MESSAGE, fix: 'none' },
    // A rating doubted right after it: "Pain 11/10 apparently, while eating crisps".
    { match: '[ apparently|supposedly|allegedly|reportedly ] ,|while|whilst|but|.|;', before: ['#int +/ +10'], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // Tacked on at the end: "tripped over the commode, so he says".
    { match: ', [ so he|she|they|pt says|said|claims|claimed|tells_us|tells_me ] .|!|;', when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // The same doubt as a trailing condition: "walks to the shop daily, if you believe her", "if he is to be believed".
    { match: [', [ if_you_believe|if_we_believe|if_you_can_believe him|her|them|the_patient|pt|his_story|her_story|their_story|it ]', 'if he|she|they|pt|his_account|her_account|his_story|her_story is|are to_be_believed'], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    { match: 'or_so he|she|they|pt|patient|the_patient say/v|claim/v|tell/v|report/v|insist/v|swear/v|swore|maintain/v me|us?', when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // The same doubt tacked on with "so … anyway": "He told me he's been clean for a month, so he says anyway".
    { match: 'so he|she|they says|said|claims|claimed|reckons|insists anyway', before: [','], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    { match: 'so he|she|they|pt|patient says|said|claims|claimed', before: ['('], after: [')'], when: [], message: ADVERB_MESSAGE, fix: 'none' },
    // "Apparently she has been doing her stretches daily": hearsay framing of the patient's own account. Reports
    // also use "apparently" for what the chart or another site recorded ("he was apparently seen here", "had an NG
    // tube placed", "has a history of …"): care and records (@careEvent) are relayed, not doubted. A finding
    // ("apparently healed") is not an account either.
    {
      match: ['apparently'],
      // The auxiliary may be contracted onto the pronoun: "she's apparently lost it three times this year".
      before: ['pt|patient|client|he|she|they has|had|have|is|was|did|does|still|also|then|now{0,2}', "he's|she's|they're|they've|he'd|she'd|they'd|he’s|she’s"],
      notAfter: [APPARENT_FINDING],
      when: [],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    {
      match: ['apparently'],
      after: [',? the? pt|patient|client', ",? he|she|they|he'd|she'd|they'd|he’d|she’d|they’d|he's|she's|they're|he’s|she’s|they’re"],
      when: [],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // The person's own rating doubted: "Pain apparently 9/10 yet asleep on the 0200 check".
    { match: 'apparently|supposedly|allegedly', before: ['@symptom|pain|sob|nausea'], after: ['#num +/ +10|#num_/_10|#num'], when: [], ...APPARENTLY },
    // A parent's account of a young child's care is the patient's history: "Mum apparently gives 5 oz every 3 hours".
    {
      match: ['apparently'],
      before: ['mum|mom|mother|dad|father|parent|parents|carer|caregiver'],
      // Only what they do for the child, not their own history ("The patient's mother apparently went into labor").
      after: ['gives|gave|giving|feeds|fed|feeding|offers|offered|puts|put|changes|changed|bathes|bathed|brushes|brushed|uses|used|stopped|started|skips|skipped|has_been|had_been|is_giving|was_giving'],
      when: ['childNote'],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // "who" is a person too: "58M who apparently stopped his metoprolol", "the patient, who apparently ran out"; a
    // relative's news relayed ("his wife, who apparently is expecting") is not the patient's account.
    {
      match: ['apparently'],
      before: ['who'],
      notBefore: ['@relative|@clinician ,? who'],
      notAfter: [APPARENT_FINDING],
      when: [],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // A fragment with the patient as implied subject: "Apparently stopped taking his meds last week", "Apparently has not
    // been using the CPAP". The verb that follows says it is the person's account, not a finding.
    {
      match: ['apparently'],
      after: [`${APPARENT_ACT}`],
      notAfter: [`#word? ${APPARENT_FINDING}`],
      when: ['opensSentence'],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // A second verb of the person's own account, joined by "and"/"but": "states she has had pain for a week and
    // apparently has not eaten since", "reports chest pain and apparently stopped his aspirin".
    {
      match: ['apparently'],
      before: ['and|but'],
      after: [`${APPARENT_ACT}`],
      notAfter: [`#word? ${APPARENT_FINDING}`],
      when: ['personInSentence'],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // "Apparently the pain is 12/10 again", "apparently the back pain started …": the patient's symptom as the subject.
    {
      match: ['apparently'],
      after: [',? the|his|her|their|pt\'s|patient\'s? #word? @symptom'],
      when: [],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // The person's own words put in quotes right after the adverb: 'Pt reportedly "can't" walk at home but amb 150 ft'.
    // "Reportedly" alone relays a history ("reportedly fell at home"); the quotation marks are what make it doubt.
    {
      match: ['reportedly|apparently'],
      after: ['"|“|\'|‘ #word'],
      when: ['personInSentence'],
      unless: ['careAfter'],
      ...APPARENTLY,
    },
    // A trailing aside about the person's account: "Says he has been sober since spring, apparently."
    {
      match: ['apparently'],
      before: [','],
      notAfter: ['#word|#num'],
      when: ['personInSentence'],
      unless: ['careInSentence'],
      ...APPARENTLY,
    },
  ],
  docs: {
    summary: 'Verbs and adverbs that cast doubt on the patient\'s own account ("claims", "insists", "adamant", "allegedly", "supposedly", "conveniently", "or so she says").',
    why:
      'The alliance in the source text rests on the patient trusting that they will be treated with respect; a record that says a patient "claims" weaker hands or "insists" the pain is still 9/10 tells the next reader not to believe them. In a randomised vignette study, notes that doubted a patient\'s pain led clinicians to treat that pain less aggressively, and judgment words of this kind appear more often in the records of Black patients and women. A neutral reporting verb keeps the patient\'s testimony and the clinician\'s measurements side by side.',
    prefer: '"Pt reports weaker grip; dynamometry 9 kg R (11 kg last visit)", "states", "describes", "is clear that"; for hearsay, "per caregiver …".',
    exceptions: [
      'Hospital admission in any form ("ADMITTING DIAGNOSIS", "admit papers", "was seen and admitted", "Admit to neurology", the writer\'s "Admitted another patient overnight"), and "admits to" as the review-of-systems convention for a positive answer.',
      'Insurance, legal and billing claims ("workers\' comp claim #…", "claim denied").',
      'Claims made by literature, documents, organisations or the writer ("the review claims …", "the article she brought in claims …", "I claimed a study room").',
      'Safeguarding language that must say "alleged" ("alleged abuse", "alleged perpetrator").',
      '"Apparently" describing a finding ("apparently healed incision") or not tied to a person\'s account.',
      '"Apparently" relaying care or records from elsewhere ("was apparently seen here last month", "apparently had an NG tube placed", "apparently has a history of …"): hearsay of the chart, not doubt of the patient.',
      'Negated uses and attributed quotations.',
    ],
    sources: ['S1', 'S2', 'S3', 'S6', 'S7'],
  },
  examples: {
    flagged: [
      'Bruise to L cheek, {{allegedly}} from a fall off the trampoline.',
      'C/O stiffness since depot increased; {{allegedly}} can\'t hold a cup.',
      'Mum {{adament}} baby has not fed since 0200; feeding chart shows 2 feeds.',
      { text: 'He told me he has been clean for a month, {{so he says anyway}}.', mode: 'reflection' },
      'No fixed abode, {{claims to}} have no ID, seen in custody.',
      'Uncontrolled glucose; mum {{claims}} he has had every bolus.',
      'Hx limited – {{adamantly}} maintains no O2 use near the hob.',
      'He {{conveniently}} felt too dizzy to walk every time the physio turned up.',
      'Mum {{adamantly}} reports night waking with pain most nights.',
      'Says his inhaler was taken during the search, {{supposedly}} by an officer.',
      'Fell in the garden, {{so she says}}.',
      'Pain 10/10 {{apparently}}, asleep on the trolley.',
      '{{Conveniently}}, his knee is always worse on gym days.',
      '4 yo with T1DM; mum {{claims}} he has had every bolus.',
      'He {{swore blind}} he had taken his inhaler.',
      'Says she manages the stairs at home, {{if you believe her}}.',
      'Chest pain, {{supposedly}} eased by the GTN spray.',
      'Voices {{conveniently}} worsen whenever discharge is mentioned.',
      'Pain {{apparently}} 9/10 yet asleep on the 0200 check.',
      'Per Dad, baby {{supposedly}} fed at 03:00; bottle full at handover.',
      '{{Apparently}} walks the dog twice daily, yet 6MWT only 210 m.',
      'Stopped smoking in March, {{supposedly}}; exhaled CO 18 ppm today.',
      'Renewed {{insistence}} on a steroid rescue pack; self-management plan reviewed.',
      'Pt {{conveniently}} does not remember anything after leaving the bar.',
      'Mum {{apparently}} gives 5 oz every 3 hours; the 6-month-old is below the 2nd centile.',
      { text: '{{Apparently}} she had been eating regular toast at home for weeks, which I found hard to believe given her MBS results.', mode: 'reflection' },
      "{{Apparently}} he'd been 'doing his exercises every day,' but his hamstrings told a different story.",
      'Pt {{reportedly}} "can\'t" walk at home but amb 150 ft in hallway w/o device.',
      { text: 'She\'s {{apparently}} lost it three times this year.', mode: 'reflection' },
      'Takes sumatriptan about 3x/wk; {{supposedly}} works within the hour.',
      'Walk-in: 34F slipped on ice yesterday, now {{adamant}} the wrist is broken; snuffbox tender.',
      'Medic 7: 58 yo M, chest tightness x40 min, {{claims}} he had nothing to drink tonight.',
      { text: 'His wife {{conveniently}} forgot the pill organizer at home again.', mode: 'reflection' },
      { text: 'On my ED shift I met a welder who {{supposedly}} fell off a ladder at home.', mode: 'reflection' },
      'Neck pain 8/10, {{conveniently}} worse on work days.',
      'Her knee {{conveniently}} began aching when the stairs came up.',
      'Does the HEP daily, {{or so she tells us}}.',
      'Knee pain on stairs, {{conveniently}} right before the functional test.',
      'Frosh swimmer c/o shoulder pain, {{claims}} it began at the meet. => Frosh swimmer c/o shoulder pain, reports it began at the meet.',
      'ED: 52 yo F, {{claims}} she has not eaten in 3 days. => ED: 52 yo F, reports she has not eaten in 3 days.',
      '{{Conveniently}}, the knee pain flares whenever stairs come up.',
      '{{Conveniently}} lost the HEP sheet again.',
      'His {{claim}} of a 15 lb weight loss is not borne out by the clinic scale. => His report of a 15 lb weight loss is not borne out by the clinic scale.',
      'Pt {{claims}} his grip is weaker than last month; dynamometry 9 kg R. => Pt reports his grip is weaker than last month; dynamometry 9 kg R.',
      'Patient {{insists}} her pain is still 9/10. => Patient reports her pain is still 9/10.',
      'He is {{adamant}} that the calf strain happened during a transfer. => He is clear that the calf strain happened during a transfer.',
      'Pt {{allegedly}} tipped the w/c on Saturday.',
      'Per pt, {{allegedly}} tipped the w/c twice on the ramp.',
      'The {{alleged}} fall was not witnessed by staff.',
      'The {{so-called}} flare began the day before his hearing.',
      'Per {{his claims}}, he walks a mile daily.',
      'She {{maintains that}} she never received the HEP. => She reports that she never received the HEP.',
      'He {{swears he}} has been wearing the splint.',
      'Pt {{purports to}} do the exercises daily.',
      'She {{professes to}} wear the splint every night.',
      'Spoke with the patient, who {{insists}} the brace is too tight. => Spoke with the patient, who reports the brace is too tight.',
      'Pt {{confesses that}} she has not worn the splint.',
      'Pt was {{insistant}} that the cane is unnecessary. => Pt was clear that the cane is unnecessary.',
      'Pt {{alledgedly}} walks to the store daily.',
      'Her {{claim}} of 9/10 pain does not match her relaxed posture on the mat. => Her report of 9/10 pain does not match her relaxed posture on the mat.',
      'His {{insistence}} that the shoulder was fine before the fall was noted. => His report that the shoulder was fine before the fall was noted.',
      'Patient {{insistently}} reports that the brace causes numbness in the toes. => Patient clearly reports that the brace causes numbness in the toes.',
      '{{Supposedly}} the caregiver helps with the HEP three times a week.',
      '{{Apparently}} she has been doing her stretches daily.',
      'He {{apparently}} fell at home over the weekend.',
      '{{Apparently}} the pain is 12/10 again.',
      '{{Apparently}} the neck pain started after a fall at home, per pt.',
      'She has been walking a mile a day, {{apparently}}.',
      'Her {{so-called}} "flare" settled once the session ended.',
      'Pt {{insisted on}} using the old cushion. => Pt asked for using the old cushion.',
      'He {{admits to}} drinking four beers most nights. => He reports drinking four beers most nights.',
      'Pt {{admitted that}} she skipped the HEP this week. => Pt reported that she skipped the HEP this week.',
      { text: 'Honestly, he {{claims to}} be exhausted every session.', mode: 'reflection' },
      '58M who {{apparently}} stopped his metoprolol last week.',
      '{{Apparently}} stopped taking his meds last week.',
      // "ago" dates the account; it is not a record of care.
      '{{Apparently}} ran out of her inhaler two weeks ago.',
      '{{Apparently}} she had been taking twice the prescribed dose of gabapentin at home.',
      'Pain {{conveniently}} resolved when discharge was discussed.',
      'Pt {{conveniently}} forgot her HEP sheet again.',
      'Nausea {{supposedly}} constant, yet ate a full tray.',
      'Back pain is {{conveniently}} worse on the days group therapy is scheduled.',
      'Referral letter to the pain service: {{supposedly}} walks two miles a day, per his own report.',
      { text: 'My CI said he was {{conveniently}} too sore every time we came to walk him.', mode: 'reflection' },
      'Says she walks two miles daily, {{or so she says}}.',
      'Sober since June ({{so he says}}).',
      'Pt {{contends that}} the brace causes the rash. => Pt reports that the brace causes the rash.',
      '{{Self-proclaimed}} vegetarian, though eats fish.',
      'Pt {{vehemently}} denies alcohol use.',
      '{{Conveniently}}, the pain started after the claim was denied.',
      'ED: 34M {{adamantly}} rates abdominal pain 10/10. => ED: 34M clearly rates abdominal pain 10/10.',
      { text: 'My patient {{adamantly}} maintained that the exercises made her hip worse. => My patient clearly maintained that the exercises made her hip worse.', mode: 'reflection' },
      'Pt {{admitted}} a relapse last month.',
      'The patient says his feet go numb, {{allegedly}} from chemo.',
      'He reports chest pain and {{apparently}} stopped his aspirin.',
      'Anxious about the stairs, {{insists}} the pain is 10/10. => Anxious about the stairs, reports the pain is 10/10.',
      'She {{claims}} no alcohol in the past month; ethanol level 80. => She reports no alcohol in the past month; ethanol level 80.',
      'He {{claimed}} no history of seizures despite a Keppra prescription in outside records. => He reported no history of seizures despite a Keppra prescription in outside records.',
      'Pt {{claiming}} no falls since the last visit, though daughter reports two. => Pt reporting no falls since the last visit, though daughter reports two.',
      'G3P2 at 37 wk {{insists}} her water broke at home; nitrazine negative. => G3P2 at 37 wk reports her water broke at home; nitrazine negative.',
      'Multip at 40 wk {{claims}} she felt no movement today; NST reactive. => Multip at 40 wk reports she felt no movement today; NST reactive.',
      // A predicate joined on with a comma takes the sentence's opening subject.
      'Pt tearful and guarded on arrival, {{claims}} she slipped on ice. => Pt tearful and guarded on arrival, reports she slipped on ice.',
      'Primigravida at 38 weeks {{swears she}} has not had any bleeding; pad saturated on arrival.',
    ],
    clean: [
      'Bruise to L cheek, allegedly from a punch by her partner; safeguarding referral made.',
      'Laceration to scalp; allegedly assaulted by a co-patient in the garden.',
      'Insurance query; mum claims on his policy every year.',
      'Outreach worker helped pt start a Universal Credit claim at the library.',
      'He has a pending civil claim against the trust about a fall in 2022.',
      'Asylum claim refused in 2023; appeal pending.',
      { text: 'Helping him with his ESA claim after it was denied taught me more about welfare rights than any lecture.', mode: 'reflection' },
      { text: 'Stopped smoking in March, supported by the cessation service; exhaled CO 3 ppm.' },
      { text: 'The RCT claims a 30% reduction in pain interference, but the sample was small.' },
      { text: 'CHC funding claim submitted; outcome awaited.' },
      { text: 'Daughter claiming Attendance Allowance on pt\'s behalf, form completed with social worker.' },
      { text: 'The hepatologist insisted we wait for the PEth result.', mode: 'reflection' },
      'Dr. Lin insists on a repeat ECG before the next ECT because QTc was 478 ms.',
      'Apparently, he was seen here last year.',
      'He reportedly said "I\'m fine" to the night nurse.',
      'Admit 11/03 for R hip fx; ortho consulted.',
      'Admitted in DKA, insulin drip started.',
      'Admitted to the stroke service overnight.',
      '74 yo F admitted w/ CHF exacerbation, diuresing well.',
      '81 yo M admitted s/p unwitnessed fall, L hip pain.',
      { text: "I'll admit I was short with him after the third missed visit, and I said so at the next one.", mode: 'reflection' },
      'Direct admit from clinic for IV antibiotics.',
      'The clinic sits conveniently right before the bus terminus.',
      'Admitted after a fall at home; hip films negative.',
      'Conveniently located near the bus line; drives herself.',
      'ADMITTING DIAGNOSIS: Cerebrovascular accident.',
      'The patient was seen and admitted through the emergency room.',
      'Plan: Admit to neurology for observation.',
      'ROS: He denies chest pain. He does admit to exertional shortness of breath.',
      'Pt was admitted to 4 West on Monday for CHF exacerbation.',
      'Admitted for sepsis; PT consulted on day 2.',
      'He was readmitted to the ICU overnight.',
      "Workers' comp claim #WC-4471 remains open; adjuster requested a progress report.",
      { text: 'The 2019 review claims that eccentric loading speeds tendon healing.', mode: 'reflection' },
      'Pt reports his grip is weaker; dynamometry 9 kg R (11 kg at last visit).',
      'Safeguarding referral made for alleged financial abuse by a relative.',
      'Apparently healed incision over the L knee; no drainage.',
      'Apparently, he was seen here a few weeks ago for a foreign body in the right nostril.',
      'He apparently had an NG tube placed in the emergency room.',
      'He has apparently been drug screened, and the screen was normal.',
      'The patient apparently has a history of methamphetamine use.',
      'He apparently underwent a cardiac workup 6 months ago.',
      'Pt does not claim any change in symptoms since the last visit.',
      'Insurance claims for the power wheelchair were submitted on Monday.',
      'Her claim for disability benefits was approved in March.',
      'His claim number is on the intake form.',
      'He is supposed to wear the splint at night.',
      'The attending insisted that we re-check the glucose before the insulin.',
      'Pt maintains independent transfers with a sliding board.',
      'Pt swears at the TV during the news, per wife.',
      'Per his claim number, the adjuster called on Monday.',
      'He was seen at an outside ED last week, apparently.',
      'Wife insists on staying for every session; pt prefers it.',
      'His wife, who apparently is expecting in July, drives him.',
      'Apparently healed incision at the L knee.',
      'Admitted another patient in sickle cell crisis overnight.',
      'Admitted a 67M with chest pain from the ED.',
      'The article she brought in claims a 40% reduction in migraine days; we reviewed its limits together.',
      'A website her daughter found claims the supplement cures arthritis.',
      'He apparently was prescribed a higher dose by his PCP.',
      'The clinic is conveniently located near her home.',
      'The guideline asserts that early mobility shortens the stay.',
      'She claims disability benefits since the accident.',
      'The biological father allegedly was in jail for a year.',
      'Social worker claims the family is supportive of discharge home.',
      'She asserts herself well in group.',
      'Session conveniently scheduled after her class; pt prefers afternoons.',
      'She was tired, so she says she will try again tomorrow.',
      'Coach insists all players wear ankle braces for practice.',
      'PT insisted on a second spotter for the first stand.',
      'Bruising to both arms, allegedly from her boyfriend.',
      'Wife at bedside, insists on staying overnight.',
      { text: "When I read that he 'supposedly' took his meds, I saw the chart had already decided.", mode: 'reflection' },
      'Claim no. 55-0192 was denied by the insurer.',
      'Claim No: 8812 submitted Monday.',
      'Per adjuster, claim no 4471 remains open.',
      'G2P1 admitted to L&D at 39 wk for induction.',
      'OB attending insists G2P1 stay on continuous monitoring.',
    ],
  },
});
