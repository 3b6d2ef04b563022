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
    user users participant participants yo vet vets worker workers employee employees inmate inmates
    player players dancer dancers runner runners swimmer swimmers gymnast gymnasts wrestler wrestlers linebacker linebackers
    lineman linemen quarterback quarterbacks goalie goalies sprinter sprinters cyclist cyclists rower rowers freshman freshmen
    sophomore sophomores claimant claimants grader graders kindergartner kindergartners bloke blokes chap chaps fella fellas lad lads lass lasses`),
  /** Words that can be the subject when a person does something ("he", "pt", "Mr"). */
  subject: set(`pt pts patient patients su sus client clients resident residents he she they him her them himself herself themselves
    student man woman male female boy girl gentleman lady person individual mr mrs ms mx guy guys gal fella dude teen teenager
    athlete player dancer runner swimmer gymnast wrestler linebacker lineman linemen quarterback goalie sprinter freshman
    sophomore soph claimant grader kindergartner`),
  /** Relatives and caregivers: someone other than the patient. */
  relative: set(`family caregiver caregivers spouse wife husband partner mother father mom dad son daughter parent parents sister
    brother grandmother grandfather aunt uncle cousin guardian nephew nephews niece nieces grandson grandsons granddaughter
    granddaughters grandchild grandchildren grandkid grandkids grandma grandpa grandparent grandparents sibling siblings stepson
    stepdaughter stepmother stepfather stepmom stepdad mum sons daughters sisters brothers cousins aunts uncles`),
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
    insulin dialysis diet appointment appointments follow-up cpm shot shots dose doses pill pills antibiotics abx fluids
    transfusion chemo chemotherapy radiation oxygen cpap bipap foley catheter scan ct mri x-ray xray imaging biopsy
    vaccine vaccination feeds feeding picc ekg ecg`),
  /** Organisations and roles that decide things about a patient. */
  organisation: set(`insurance insurer insurers payer payor carrier plan medicare medicaid company vendor pharmacy clinic hospital
    wholesaler wholesalers supplier suppliers manufacturer distributor
    facility school university landlord employer authorization authorisation claim request parole tribunal court panel committee
    council dvla dwp`),
  clinician: set(`physician surgeon doctor md dr therapist staff nurse rn ci we i pta provider clinician team attending attendings
    intern interns preceptor pharmacist pharmacists hepatologist cardiologist neurologist oncologist gastroenterologist haematologist
    hematologist radiologist psychiatrist psychologist registrar consultant anaesthetist anesthetist midwife`),
  /**
   * The writer's own peers and teachers ("my CI", "a classmate"): whom a student vents to, connects with or is ruled by
   * without the patient being concerned.
   */
  colleague: set(`ci cis supervisor supervisors preceptor preceptors instructor instructors classmate classmates colleague
    colleagues cohort coworker coworkers co-worker co-workers peer peers mentor mentors`),
  // Sets added for one family first; a set moves up here once a second family uses it.

  // -- credibility --
  /** The patient's own first-person words, as written (case matters: "US" is ultrasound). */
  firstPerson: new Set(`I I'm I've I'd I'll me Me my My mine Mine we We we're We're our Our us`.split(' ')),
  /** Speakers whose "claims" or "denies" are not the patient's account: literature, documents, products. */
  nonSpeaker: set(`study studies review reviews trial trials rct rcts meta-analysis meta-analyses cohort paper papers article articles author authors research researchers
    literature evidence guideline guidelines textbook manufacturer company companies policy lawsuit suit complaint petition
    report website ad advert advertisement brand product theory model hypothesis instructor writer writers`),
  /** Words that doubt an account ("questionable effort", "history unreliable"). */
  doubt: set(`questionable dubious doubtful unreliable suspect unconvincing unbelievable suspicious`),
  /** What a patient gives: their history, account, effort. Not a disease, image or treatment. */
  account: set(`effort efforts history hx account accounts story stories statement statements complaint complaints
    credibility sincerity participation testimony report reports subjective`),

  /**
   * What a patient can be doubted about having, the things scare quotes are put around (her "asthma", a
   * "reaction", his "back doctor", her "boyfriend"): symptoms, diagnoses, reactions, body parts with a
   * complaint, care and carers, and a diagnosis or sobriety the patient reports (was "diagnosed", has been
   * "sober"; not "clean", which is also a "clean" catch). An everyday word in quotes (a "time crunch", the
   * "assassin" in a game) is a term or someone's wording, not doubt.
   */
  claimedThing: set(`pain pains ache aches aching hurt hurts hurting sore soreness tender tenderness discomfort symptom symptoms
    fatigue fatigued tired tiredness exhaustion exhausted weak weakness numb numbness tingling dizzy dizziness vertigo
    lightheaded lightheadedness nausea nauseous headache headaches migraine migraines cramp cramps cramping spasm spasms stiff
    stiffness swelling itch itching rash rashes burning breathless breathlessness insomnia anxiety anxious panic depression
    depressed stress stressed nerves spell spells episode episodes attack attacks seizure seizures fit fits blackout blackouts
    fainting faint flare flares flare-up flare-ups palpitations tremor tremors shakes shaking sensitivity sensitivities
    intolerance intolerances reaction reactions allergy allergies allergic side-effect side-effects effects sick sickness ill
    illness illnesses flu cold virus bug infection asthma condition conditions disease diseases disorder disorders syndrome
    diagnosis diagnoses injury injuries injured disability disabilities disabled handicap limp problem problems issue issues
    trouble troubles fibro fibromyalgia lyme ptsd adhd ocd bipolar autism sciatica arthritis diabetes sugar pressure
    anemia anaemia hypoglycemia lupus pots ibs gerd reflux concussion celiac gluten vertigo apnoea apnoeas apnea apneas
    wheeze wheezing wheezy choking colic collapse collapses funny_turn funny_turns dizzy_spells absences cough vomiting vomit
    blood bleeding haematemesis hematemesis tightness sob dyspnoea dyspnea
    fall falls accident relapse crisis bad knee knees back neck hip hips shoulder shoulders ankle ankles wrist leg legs foot feet
    stomach tummy gut heart chest joint joints doctor doctors specialist specialists therapist chiropractor chiro healer
    naturopath provider physician surgeon psychiatrist counselor counsellor nurse medicine medication medications meds pill pills
    supplement supplements remedy remedies treatment cure inhaler brace diet cleanse detox friend friends boyfriend girlfriend
    fiance fiancé fiancee husband wife partner cousin uncle roommate caregiver diagnosed misdiagnosed self-diagnosed sober
    sobriety`),
  /**
   * Care and records: what "apparently" relays when it is hearsay from the chart or another site ("he was
   * apparently seen here", "apparently had an NG tube placed", "apparently has a history of …"), not doubt
   * of what the patient says about their own body or effort.
   */
  careEvent: set(`seen admitted readmitted transferred discharged treated given placed inserted screened tested evaluated
    examined referred prescribed underwent undergone undergo received receive receiving hospitalized hospitalised operated
    intubated emergency er ed hospital clinic urgent surgery workup work-up procedure operation mri ct x-ray xray scan scans
    imaging labs screen screening history hx treatment`),
  // -- labels --
  /** People a label is pinned on besides the patient words: relatives, carers, visitors ("difficult family"). */
  labelTarget: set(`family families caregiver caregivers carer carers parent parents mother mothers father fathers mom moms
    mum mums dad dads spouse spouses wife wives husband husbands partner partners son sons daughter daughters relative relatives
    visitor visitors`),
  /** Degree and frequency words between a copula and a label ("is very", "was often"). */
  degree: set(`v very so quite rather really extremely increasingly often sometimes somewhat too more less particularly especially
    notably always also still again overly fairly pretty highly honestly frankly downright openly outright truly genuinely
    incredibly super absolutely totally just simply plain basically generally usually constantly`),
  /** Pharmacology and neuroscience discussion, where "drug-seeking" is a research construct. */
  research: set(`animal animals rat rats mice mouse rodent rodents primate primates model models self-administration preclinical
    neurobiology neurobiological dopamine reward mesolimbic accumbens pharmacology lecture literature study studies`),
  /** Validated scales and exams that use hostility words as levels or items. */
  behaviourScale: set(`rass richmond cam cohen-mansfield cmai rancho rla rlas bprs panss npi riker phq phq-9 dsm`),
  /** Symptom and performance validity tests: report the test, not the motive. */
  validityTest: set(`tomm sims validity waddell nonorganic non-organic mmpi rey`),
  /** What a person can be said to exaggerate, as opposed to an exam finding (reflexes, lordosis, startle). */
  symptom: set(`pain pains symptom symptoms complaint complaints injury injuries disability limitation limitations difficulty
    difficulties deficit deficits weakness condition problem problems fatigue dizziness numbness discomfort impairment
    impairments illness severity distress report reports limp headache headaches nausea tingling spasms cramps seizures sx sxs
    breathlessness dyspnoea dyspnea sob tiredness claudication angina palpitations vertigo stiffness`),
  /** What "aggressive" describes when it is not a person: a disease, a treatment, a plan. */
  aggressiveThing: set(`lesion lesions mass masses lytic nodule nodules margins appearing rop ap-rop posterior abx antibiotics antibiotic antimicrobials fluids chemo chemotherapy irrigation debridement washout lavage resuscitation hydration diuresis disease diseases course progression tumor tumors tumour tumours cancer cancers lymphoma lymphomas
    malignancy malignancies neoplasm neoplasms variant variants subtype subtypes form forms phenotype phenotypes treatment
    treatments therapy therapies stretching stretch strengthening mobilization mobilisation mobilizations manual management
    approach approaches care rehab rehabilitation regimen regimens intervention interventions protocol protocols plan plans
    dosing dose doses hydration fluids resuscitation surgery surgical resection debridement pulmonary airway secretion
    secretions chest bowel pain weaning titration goal goals timeline timelines loading exercise exercises pt ot physiotherapy
    growth spread infection pathogens bacteria strain strains fibromatosis monitoring screening follow-up workup work-up
    toilet clearance measures correction diuresis anticoagulation carcinoma carcinomas sarcoma sarcomas melanoma melanomas
    leukemia leukaemia myeloma glioma gliomas glioblastoma scc bcc hcc rcc nsclc sclc metastasis metastases mets histology
    drill drills sprint sprints sprinting agility plyometric plyometrics conditioning training workout workouts offloading
    off-loading compression forecheck forechecking defense defence offense offence tackle tackling rewarming warming
    cooling volume fluid transfusion antibiotics antibiotic chemotherapy chemo insulin sedation analgesia pain-control
    nutrition feeding feeds lowering reduction control reversal repletion replacement decompression`),
  /** Care, help and change a person (not a muscle or a microbe) can resist. */
  resistedCare: set(`care cares caregiving treatment treatments therapy therapies pt ot physio physiotherapy intervention
    interventions hep advice education teaching instruction instructions redirection staff help assistance assist suggestion
    suggestions recommendation recommendations repositioning positioning turning transfer transfers transferring bathing
    showering dressing toileting turns hygiene adl adls being using use wearing change changes changing plan cues cueing cuing
    feedback direction discharge placement getting going participating participation attempting trying walking standing
    splint splints bracing brace orthosis orthoses equipment wheelchair walker cushion medication medications meds idea input
    guidance limits boundaries`),
  /** Organisms, drugs and physiology that are "resistant": not a person's choice. */
  resistantThing: set(`insulin antibiotic antimicrobial drug multidrug multi-drug methicillin vancomycin carbapenem treatment
    therapy airway vascular peripheral tone muscle muscles joint tissue infection bacteria organism organisms strain strains
    tumor tumors tumour tumours cancer disease depression hypertension epilepsy seizure seizures spasticity contracture
    contractures pain mrsa vre cell cells virus fungus tb tuberculosis leptin heparin steroid platelet apc flow cuff band bands
    tubing weight spring water`),

  // -- adherence --
  /** What a person can be said to comply or adhere with: a plan, a device, a routine. */
  regimen: set(`hep home exercise exercises program programme plan regimen schedule routine stretch stretches stretching
    treatment tx therapy pt ot medication medications meds precautions restrictions instructions recommendations advice
    orders diet brace bracing splint splints splinting orthosis orthoses afo afos collar sling cpap bipap appointments
    visits sessions weight tilt positioning compression insulin dressing wearing using icing taping hd dialysis fluid
    restriction`),
  /** Things (not people) that can fail or be the subject of "failed": devices, payers, treatments. */
  thing: set(`device devices chair chairs controller controllers joystick battery batteries motor pump system equipment machine
    unit vendor insurance insurer payer authorization authorisation claim fax referral order surgery repair graft fixation
    hardware treatment therapy medication injection injections brace splint program plan test imaging study call email
    message app software platform printer lift elevator door mattress mattresses alarm alarms brake brakes lock locks valve
    valves monitor monitors catheter catheters drain drains cuff cuffs autoclave autoclaves steriliser sterilizer scanner
    scanners compressor generator`),
  /**
   * Surgical and handheld instruments. Several label and endearment words name one ("manipulative probe",
   * "sweetheart retractor", "uterine manipulator"), so a label word right before one of these describes a tool.
   */
  instrument: set(`instrument instruments probe probes retractor retractors clamp clamps forceps blade blades tip tips hook hooks
    elevator elevators needle needles scissors cannula cannulas trocar trocars handpiece speculum curette curettes rongeur
    rongeurs reamer reamers dilator dilators spatula spreader spreaders manipulator manipulators tool tools catheter catheters
    scope endoscope laparoscope arm arms grasper graspers dissector dissectors`),
  /** Tissue, dressings and materials, whose adherence is anatomy rather than behaviour. */
  tissue: set(`scar scars incision incisions tissue tissues fascia skin dressing dressings bandage bandages tape cell cells bone
    tendon tendons capsule graft grafts membrane membranes mesh wound wounds pleura nerve adhesion adhesions placenta clot
    thrombus plaque film gauze pad pads lesion mass tumor tumour layer contact omentum bowel intestine colon loop loops
    serosa peritoneum mesentery gallbladder appendix adnexa ovary ovaries uterus bladder liver spleen lung kidney sac
    stomach duodenum wall`),

  // -- power --
  /** The person a clinician tells, allows or makes do something. */
  told: set(`pt patient client student resident him her them`),
  /** Words of obligation after "told pt he …": a ruling rather than information. */
  must: set(`must cannot can't should`),
  /**
   * Who issues orders and protocols: "per surgeon", "by the physician"; and the law's orders, which bind a relative or
   * the person as much as a clinician's ("per protective order", "by court order", "per probation terms").
   */
  /** Words before a staff role that say which one ("the charge nurse", "the night aide", "the ward clerk"). */
  staffModifier: set(`charge primary night day floor unit ward desk reception admitting bedside covering front-desk attending
    dietary kitchen nursing transport housekeeping pharmacy lab rehab therapy clinic`),
  orderer: set(`surgeon surgical physician md dr doctor ortho orthopaedic orthopedic orthopaedics orthopedics neuro neurosurgery
    neurology cardiology protocol order orders referral referring np pa policy facility team pulmonology urology provider
    slp speech dietitian nutrition anesthesia anaesthesia court court-ordered protective restraining no-contact judge
    probation parole legal law surgery plastics trauma physiatry pmr`),
  /** Weight-bearing and range restrictions, which come from orders. */
  restriction: set(`nwb tdwb pwb wbat fwb wb flexion extension rom degrees °`),
  /** What a facility rule, not a clinician, allows or forbids. */
  facility: set(`visitor visitors food drink drinks phone phones pet pets dog dogs animal animals smoking vaping guest guests
    staff nobody car cars vehicle vehicles device devices chair chairs scooter scooters`),
  /** Interventions a clinician can "give" or "perform" on someone. */
  intervention: set(`stretch stretches stretching exercise exercises massage mobilization mobilizations mobilisation mobilisations
    manipulation manipulations treatment treatments tx therapy traction rom prom stm modality modalities ultrasound e-stim estim
    tens ice heat taping session transfer transfers training mmt test tests cupping needling motion eval evaluation assessment stim
    goniometry measurement measurements palpation bath baths bed-bath bathing suctioning suction peri-care physio physiotherapy
    percussion cpt ranging arom aarom range-of-motion release releases drainage mob mobs manip manips`),
  /** The patient and the people around them, whom a clinician must not ask for favours. */
  circle: set(`pt patient client resident caregiver carer aide mom mum mummy mother dad daddy father grandma grandad grandmother grandfather nan nana gran stepmum stepdad wife husband partner son daughter family parent
    parents brother sister roommate athlete player dancer runner swimmer gymnast wrestler`),
  /** Personal social-media channels. */
  social: set(`instagram insta ig facebook fb snapchat snap tiktok twitter linkedin whatsapp telegram discord tinder hinge bumble
    bereal socials`),
  /** What a clinician has a person do ("I had her sit", "we had him walk"): activities, not exams or referrals. */
  activity: set(`sit stand walk ambulate march do redo repeat finish complete continue keep try practice practise perform climb
    step squat lift carry push pull ride cycle run jog hop jump stay lie rest wait skip stop wear use hold`),
  /** What a person does that a threat of discharge is made about ("if she misses another session"). */
  attendance: set(`miss misses missed missing cancelling canceling skipping cancel cancels cancelled canceled skip skips skipped
    late lateness tardy tardiness absence absences absent outburst outbursts`),
  /** Words that state a demand: a threat after one of them is part of the same ruling. */
  demand: set(`told tell tells telling ultimatum insist insists insisted demanded nonnegotiable allowed permitted
    forbidden banned warn warns warned warning`),
  /** Infection isolation, whose visiting rules belong to the unit. */
  isolation: set(`isolation isolated covid covid-19 neutropenic quarantine contact droplet airborne mrsa c.diff cdiff`),
  /** What bounds a safety instruction in time or by a drug ("for 24 hours after sedation", "while taking narcotics"). */
  /** A meal and the help given at it, around a word that names a person by that help ("Bib on for lunch, feeder, set-up only"). */
  mealtime: set(`breakfast lunch dinner supper meal meals mealtime mealtimes tray trays bib bibs dining eating puree pureed
    thickened spoon spoon-fed set-up setup snack snacks`),
  safetyWindow: set(`hours hrs sedation anesthesia anaesthesia narcotics opioids sedatives medication medications procedure
    colonoscopy endoscopy while after following`),
  /** Words with which a clinician turns an offer down. */
  declines: set(`decline declined declining refused refuse`),
  /** Courtesies offered in a session, which are no favour to the clinician: "asked if I wanted a seat". */
  courtesy: set(`seat chair sit water tissue tissues hand break rest stop repeat help directions umbrella pen`),
  /** What a clinician says they could not do, turning an offer or invitation down ("could not accept", "could not attend"). */
  declinedAct: set(`accept attend go come join`),

  // -- descriptors --
  /** Who praise is about ("Pt is …", "Mother was …"), and what may stand between them and the praise word. */
  praiseSubject: set(`pt patient client he she they mr mrs ms mx resident student man woman family caregiver mother father wife husband
    parent parents gentleman lady girl boy kid guy gal fella fellow chap she's he's they're she’s he’s they’re`),
  praiseLink: set(`actually honestly is was are were has been remains remained seems seemed appears appeared looks looked presents presented presenting
    as always also consistently very so really quite extremely such a an absolutely just remarkably incredibly genuinely truly and
    cooperative polite friendly agreeable engaged calm well - groomed pleasant nice lovely sweet charming delightful ,`),
  /** What may open a sentence of praise without a subject: intensifiers, articles and other praise. */
  praiseLead: set(`very so such a an really quite extremely always consistently also agreeable polite friendly calm engaged
    pleasant nice , and compliant cooperative motivated`),
  /** Jobs and roles that stand for the person in a one-liner ("a retired teacher", "Black professional"). */
  occupation: set(`professional professionals teacher teachers headteacher headteachers headmaster headmistress barrister barristers
    solicitor solicitors magistrate vicar lecturer lecturers postman postwoman shopkeeper publican plasterer bricklayer joiner
    engineer engineers lawyer lawyers attorney attorneys
    professor professors farmer farmers mechanic mechanics worker workers laborer laborers labourer labourers executive executives
    retiree retirees accountant accountants banker bankers businessman businesswoman carpenter electrician plumber driver
    trucker firefighter officer soldier marine musician artist writer manager clerk cashier waiter waitress janitor housekeeper
    homemaker housewife grandmother grandfather grandma grandpa mom mother father dad pastor pastors minister ministers priest
    priests rabbi rabbis preacher nun pilot pilots chef chefs cook baker welder welders machinist contractor builder programmer
    programmers developer scientist scientists chemist librarian librarians salesman saleswoman realtor architect architects
    athlete athletes coach coaches dancer dancers singer painter nanny bartender barber hairdresser mailman miner miners fisherman
    rancher secretary`),
  /** Insurance, billing and registration words: a line about coverage, not a label for the person. */
  admin: set(`insurance payer payor coverage covered covers authorization authorisation billing billed reimbursement reimbursed
    reimburse claim claims copay co-pay benefit benefits eligible eligibility enrolled enrollment enrolment policy
    certification certified certify recertification requires required registration demographics demographic`),

  /** Body parts, secretions, wounds and things on the body that a smell or dirt can be about instead of the person. */
  bodyMatter: set(`nose nostril nostrils nares naris mouth breath ear ears canal foot feet toe toes toenail toenails nail nails groin
    perineum vagina vaginal penis scrotum axilla axillae armpit armpits stump wound wounds ulcer ulcers drainage discharge
    exudate pus stool stools feces faeces urine sputum emesis vomit vomitus flatus lochia abscess abscesses fluid material tissue
    necrosis eschar slough plaque plaques pseudomembrane pseudomembranes crust crusts cotton ball packing dressing dressings gauze bandage brief briefs diaper diapers
    ostomy stoma colostomy ileostomy bag catheter tube cast splint teeth tooth gums tonsil tonsils sinus sinuses drain cyst
    lesion lesions mass incision incisions site sites bed linen linens sheets room specimen culture vein veins
    artery arteries lip lips cheek cheeks belly abdomen`),

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
  /**
   * Function words that can follow a word used as a noun for a person ("a diabetic who …", "the elderly are …", "the
   * diabetics I met"), and
   * participles that open a clause about that person ("a schizophrenic living in a group home", "the diabetic sitting
   * in bed 4"), or a reduced clause about the group ("a class for the elderly held Thursdays", "meals for the elderly
   * provided by the county"): none of them is a noun the word could modify.
   */
  nounEnd: set(`really generally typically mostly sometimes just simply particularly especially frequently cope copes suffer suffers is are was were has have had who who's who’s who'd who’d that which in on at of and or to for with from by can cannot could should must
    may might will would do does did need needs often usually also present presents presented came comes admitted arrived since
    like but so because when after before during whose this today yesterday tonight earlier behind around about near
    over under into without through until off per again here there currently recently as too now then herself himself
    readmitted discharged found needed wanted keeps kept refused refuses declined requires required became seems seemed
    i we you himself herself themselves don't doesn't aren't won't can't get gets tend tends
    deserve deserves struggle struggles face faces rarely never always still w
    living residing staying sitting lying waiting awaiting being taking using requiring presenting complaining reporting
    returning seen referred brought sent transferred
    held offered provided scheduled available served hosted organized organised funded designed run`),
  /**
   * Words that carry on a fragment opened by a condition adjective standing for the person ("Diabetic with R heel
   * ulcer", "Bipolar, off meds x 2 wks", "Anorexic, refusing meals"): what the implied person has, takes, says or did next.
   * Not punctuation alone or a noun, which leave the word a disease name in a list ("Diabetic diet", "DIET: Diabetic.").
   */
  labelFragmentNext: set(`with on off who presenting presents presented here brought admitted arrived came not noncompliant non
    nonadherent again now still since refusing refuses refused declining declines declined reports reported states stated
    denies denied endorses endorsed wants wanted requests requested planning attending awaiting bmi`),
  /** Nouns that name a piece of wording: a quoted phrase beside them is mentioned, not used ("the term "addict""). */
  wordName: set(`word words term terms phrase phrases label labels heading headings wording language expression expressions
    vocabulary euphemism euphemisms`),
  /** Parts of the record whose wording a reflection quotes to examine it ("saw 'drug abuse' in the problem list"). */
  chartDocument: set(`chart charts note notes problem list lists record records h&p referral referrals summary handoff hand-off
    report sign-out signout triage intake flowsheet mar banner header`),
  /** The record a patient is looked up in, and the numbers that find them there ("wrote down her MRN so I could look her up"). */
  // With what is looked up there: "looked him up by MR# … to check his last INR".
  recordLookup: set(`mrn mr# chart charts ehr emr epic cerner census csn fin record records labs inr a1c results mar`),
  /** Verbs of putting words in the record ("the nurse documented that he was …"). */
  recordVerb: set(`documented charted wrote written recorded noted listed labelled labeled coded`),
  /** Words of a reflection about how written shorthand is misread ("'10U' was read as 100", "rewrite every 'QD'"). */
  misreading: set(`misread misreads misreading read mistaken confused rewrite rewrote rewritten rewriting near-miss error errors
    abbreviation abbreviations shorthand banned written write`),
  /** Diabetes and glucose words: "control" wording near them is about glucose, not motor control. */
  diabetes: set(`diabetes diabetic dm dm1 dm2 dmi dmii t1dm t2dm iddm niddm glycemic glycaemic glucose bg bgs sugar sugars a1c
    hba1c hgba1c insulin`),
  /** "Obese" before these describes a body part, a measure or a research model, not a person. */
  notPersonBody: set(`abdomen abdominal belly panniculus pannus thigh thighs leg legs arm arms trunk torso body adipose tissue
    habitus range category class group cohort mice mouse rat rats model models phenotype population populations state status`),

  // -- substance-use --
  /** Substances a label or a framing can name ("heroin addict", "alcohol abuse"). */
  substance: set(`substance substances drug drugs alcohol etoh opioid opioids opiate opiates narcotic narcotics heroin fentanyl
    cocaine crack meth methamphetamine methamphetamines amphetamine amphetamines stimulant stimulants benzo benzos
    benzodiazepine benzodiazepines cannabis marijuana thc pot weed pill pills polysubstance oxy oxycodone oxycontin percocet
    xanax ketamine pcp mdma ecstasy inhalant inhalants kratom tobacco nicotine spice skunk mephedrone ghb gbl`),
  /** Words that put a sentence in substance-use context, beyond the substances themselves. */
  sudContext: set(`drinking drinks drank sober sobriety intoxicated overdose od'd sud oud aud moud mat methadone buprenorphine
    bupe suboxone naltrexone vivitrol naloxone narcan aa na detox tox toxicology uds injects injecting needle smoking vaping
    cigarette cigarettes recovery junkie junkies addict addicts addiction addicted alcoholic alcoholics
    sponsor otp fentanyl heroin wine beer cider vodka spirits lager whisky whiskey units gear`),
  /** Findings of a urine test for infection: "clean" urine there has no growth, not no drugs. */
  urineInfection: set(`leukocyte leukocytes le nitrite nitrites bacteria wbc wbcs rbc rbcs culture cultures growth uti utis infection
    antibiotic antibiotics cystitis pyuria hematuria esterase cefalexin cephalexin nitrofurantoin macrobid keflex catch dip
    dipstick micro microscopy reflex`),
  /** Diseases and symptoms that relapse without any substance use ("relapsing-remitting MS"). */
  relapsingDisease: set(`remitting ms sclerosis cancer leukemia leukaemia lymphoma myeloma tumor tumour malignancy malignant disease
    symptom symptoms pain depression depressive psychosis nephrotic vasculitis lupus sle cidp flare infection fever malaria
    injury sciatica tendinopathy instability dislocation`),
  /** Wound-care and hygiene words: "clean" there is about a surface, not a person. */
  hygiene: set(`debridement debrided granulating granulation wound wounds incision incisions dressing dressings site sites skin scar scars pin stoma drain drains staples sutures
    technique hand hands catheter field sterile dry intact room house home apartment clothes clothing laundry bed linen linens
    floor kitchen bathroom equipment cushion wheelchair chair tray teeth mouth ulcer granulation debrided contaminated catch
    blouse blouses shirt shirts top pants trousers slacks jeans skirt dress gown gowns sweater socks shoes underwear bib apron
    hair nails face glasses dentures`),

  // -- dignity --
  /** Things only the patient does or has: their body's care, their routine, their belongings. */
  theirs: set(`obs bloods mask coat coats jacket jumper hat scarf meds medication medications medicine pill pills tablet tablets bath shower wash walk nap rest exercises stretches hep breakfast
    lunch dinner supper snack drink juice water fluids vegetables veggies food soup pudding dessert tea milk cereal porridge tray vitamins teeth hair brief briefs diaper pad toilet toileting potty bedpan pajamas
    pyjamas clothes shoes socks splint brace glasses dentures nails temperature vitals shot injection insulin gown sleeve
    sleeves garment garments stockings wrap sling collar boot boots afo afos orthosis prosthesis liner gloves treatment
    treatments neb nebs nebulizer inhaler puffer weigh-in weigh-ins sip sips bites drops eyedrops feed feeds feeding raises squats lunges hops reps laps gums dose doses`),
  /** Ages in years of an adult, 18 to 110, as a note writes them before a noun ("the 19-year-old kid"). */
  adultYears: new Set(Array.from({ length: 93 }, (_, i) => String(i + 18))),
  /** The patient's body and how it is doing ("How's our knee?"). */
  body: set(`knee knees hip hips back shoulder shoulders leg legs arm arms feet foot ankle ankles wrist wrists hand hands neck pain
    tummy belly bottom appetite breathing chest wound incision sugar sugars`),
  /** Marks that may stand right before or after a term of address ("Thanks, honey."), single quotes included ("'morning, young man'"). */
  addressMark: set(`, ; : ! ? . “ ” " ( ) — – ' ‘`),
  /** Greetings and prompts that come right before a term of address ("Okay buddy", "Good morning, dear"). */
  greeting: set(`hi hiya hey hello okay ok thanks there morning night alright yes no well now sorry bye easy careful ready wait look
    listen see sure right perfect lovely great good excellent`),

  // -- documentation --
  /** Chat and texting shorthand: the writer's reactions, in the register of a message to a friend. */
  chatSlang: set(`lol lolz lols lmao lmfao rofl omg omfg wtf smh ffs tbh tbf idk idc imo imho btw ngl fml ikr nvm srsly
    haha hahaha hahahaha hehe hehehe bruh tmi lowkey highkey whatevs totes`),
  /** Spoken contractions and casual forms that a record writes out ("dunno" → "does not know"). */
  casualForm: set(`dunno lemme gimme ain't aint y'all yall cuz coz nope yep yup nah outta`),
  /** Interjections of exasperation, relief or alarm: about the writer's mood, not the patient. */
  interjection: set(`ugh ughh ughhh ughhhh urgh urghh eugh meh argh arghh geez jeez sheesh yikes oof oy eek whew phew yay woohoo woot welp`),
  /** Swearing and near-swearing. Not "bs" (blood sugar, breath sounds) nor "sucks" (an infant's suck). */
  profanity: set(`shit shitty crap crappy damn dammit damned goddamn goddamned freaking friggin frigging frickin fricking effing
    fucking fuck fucked fricken pissed pissy bullshit shitshow clusterfuck`),
  /** Name-calling for a person: casual insults that record the writer's contempt, not a behaviour. */
  putDown: set(`clueless annoying whiny whiney bratty pathetic obnoxious ridiculous absurd dramatic overdramatic melodramatic
    grumpy cranky crabby grouchy sassy snarky mouthy bitchy snippy wimpy weird creepy lame dumb stupid dense idiotic
    exhausting frustrating infuriating maddening insufferable unbearable tedious useless incompetent`),
  /** Person nouns of the same kind ("a real diva", "such a baby"). */
  putDownNoun: set(`time-waster time-wasters timewaster timewasters brat brats whiner whiners crybaby crybabies diva divas princess baby wuss wimp idiot moron weirdo airhead
    complainer complainers`),
  /** Ear and eye preparations: the only place AD/AS/AU and OD/OS/OU are routes. */
  earEye: set(`gtt gtts drop drops eyedrop eyedrops eardrop eardrops ointment otic ophthalmic instill instilled suspension solution`),
  /** Drugs and drug words that make "D/C" a medication order rather than a discharge. */
  drug: set(`med meds medication medications drug drugs nitrofurantoin trimethoprim doxycycline metronidazole flucloxacillin
    cefalexin cephalexin co-amoxiclav lactulose rifaximin spironolactone thiamine morphine mso4 mgso4 insulin heparin warfarin aspirin baclofen tizanidine gabapentin
    pregabalin fentanyl tramadol acetaminophen prednisone digoxin furosemide albuterol dantrolene riluzole oxycodone ibuprofen
    naproxen lorazepam diazepam ondansetron antibiotic antibiotics anticoagulant anticoagulants opioid opioids lisinopril
    metoprolol atorvastatin simvastatin omeprazole pantoprazole metformin enoxaparin apixaban rivaroxaban clopidogrel
    levothyroxine sertraline fluoxetine hydrocodone hydromorphone methotrexate vancomycin ceftriaxone cefazolin amoxicillin
    coumadin lasix norco vicodin percocet dilaudid ativan xanax valium klonopin clonazepam alprazolam ambien zolpidem seroquel
    quetiapine haldol haloperidol zofran protonix nexium prilosec lipitor zocor plavix eliquis xarelto lovenox tylenol motrin
    advil aleve toradol ketorolac keppra levetiracetam dilantin phenytoin depakote lamictal lamotrigine tegretol carbamazepine
    neurontin lyrica flexeril cyclobenzaprine robaxin methocarbamol zanaflex synthroid glucophage lantus humalog novolog
    solumedrol methylprednisolone decadron dexamethasone cipro ciprofloxacin levaquin levofloxacin keflex cephalexin augmentin
    zosyn bactrim flagyl metronidazole doxycycline azithromycin amlodipine losartan carvedilol spironolactone hydrochlorothiazide
    hctz digoxin amiodarone diltiazem nitroglycerin meloxicam celecoxib celebrex prednisolone statin steroid steroids abx
    antihypertensive antihypertensives diuretic diuretics`),
  /** Body fluids and other non-drugs a volume is "of" ("500 cc of urine", "3 cc of blood"): a measure, not a dose. */
  measuredFluid: set(`blood urine pus bile csf sputum emesis water air fluid aspirate effusion`),
  /** What a therapist does, as opposed to what a patient's goal achieves ("PT will educate …"). */
  therapistAction: set(`educate instruct teach train provide issue assess reassess reevaluate evaluate monitor progress perform administer
    fit review apply treat facilitate demonstrate give prescribe order recommend encourage help assist work continue see address
    implement initiate focus ensure`),

  // -- identifiers --
  /**
   * Words that follow an honorific or "named" but are not names, hospital services written like names ("saw Ortho, who …"),
   * and what families call their elders ("his son calls him Pops"), which identifies no one.
   */
  notName: set(`patient pt client and or the mr mrs ms mx miss dr a an x y z doe smith-jones monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october november december
    ortho neuro cards cardiology pulm pulmonology gi renal nephrology psych psychiatry onc oncology surgery urology ent derm
    peds nursing pharmacy rehab transport hospice palliative chaplain chaplaincy
    sergeant sarge captain cap colonel major lieutenant corporal private chief gunny doc coach skipper admiral commander
    sir ma'am
    pops pop papa pa nana nan granny gran grandma grandpa gramps grampa grandad granddad mama mom mum ma dad daddy mommy
    mummy sis bro`),
  /** First words that take a letter after them without being a name ("Vitamin D.", "Grade A."); with notName. */
  notFirstName: set(`vitamin hepatitis hep grade type group plan appendix exercise drill task activity position method protocol technique
    scenario program case level class stage zone phase section part table figure fig
    option room unit ward bed step team factor strep influenza exhibit category schedule form wing building floor
    suite block lot gate line lead test trial site week day visit session cohort arm version model station bay pod
    hall lab row seat string component domain item question scale subscale criterion criteria region area axis tier
    point am pm jr sr dept see in on at by of to for with knee hip ankle shoulder elbow wrist side foot hand leg eye
    ear pts i we he she they his her their our my this that note noted`),
  /** People a name can be given for ("a student named …", "his caregiver, Samuel,"). */
  namedRole: set(`patient pt client resident student man woman boy girl kid teen gentleman lady person caregiver carer aide friend
    roommate son daughter wife husband partner brother sister mother father mom dad employer boss supervisor girlfriend boyfriend
    grandson granddaughter grandmother grandfather grandma grandpa niece nephew aunt uncle cousin neighbor neighbour
    fiance fiancé fiancee stepson stepdaughter stepmother stepfather`),
  /**
   * What a person, and only a person, does, in forms that are never a participle ("Marisol came in", not "As
   * mentioned", "When asked", "Risks explained").
   */
  personVerb: set(`came drove says smiled laughed cried joked waved lives works wants hopes loves enjoys told tells confided
    whispered shouted`),
  /** Capitalised words that open a sentence before such a verb without being names: roles, relatives, pronouns, times. */
  notNameSubject: set(`he she they we i it this that these those his her their my our your its who everyone everybody someone somebody nobody noone family
    mother father mom mum dad wife husband son daughter sister brother grandma grandpa grandmother grandfather aunt uncle
    parent parents partner spouse caregiver carer aide nurse nursing doctor physician surgeon therapist student resident
    client staff transport security pharmacy radiology ortho neuro today yesterday tonight pain symptoms nothing something
    one both neither none all each another she'd he'd as when if while once after before since until because although though
    where whether then`),
  /** Capitalised words after "lives in" that are housing or months, not towns. */
  notPlace: set(`a an the his her their assisted independent supported student university campus college group home housing
    residence dorm dorms sheltered skilled long memory adult foster transitional september october november december january
    february march april may june july august
    oncology ortho orthopedics neuro neurology cardiology radiology pharmacy rehab rehabilitation transport nursing surgery
    icu er ed hospice psych psychiatry peds pediatrics medicine therapy pt ot slp outpatient inpatient`),
  /** Words that may open a clause that shares the sentence's subject ("but also smells of …", "and still diabetic"). */
  sharedSubjectLink: set(`and but also still now yet then though however clearly obviously visibly strongly`),
  /** Connectives that open a sentence before a comma without being a name ("Overall, …", "Initially, …"). */
  sentenceAdverb: set(`overall meanwhile however therefore afterwards afterward later then now today yesterday tonight first second
    third next finally also still again otherwise instead regardless nevertheless nonetheless anyway honestly
    admittedly interestingly unfortunately fortunately sadly luckily clinically eventually ultimately previously
    initially subsequently additionally similarly likewise thus hence besides consequently furthermore moreover
    plus so well yes no okay ok sometimes often once twice since until before after during here there tomorrow
    recently throughout`),
} as const satisfies Record<string, ReadonlySet<string>>;

export type WordSetName = keyof typeof WORD_SETS;
