/**
 * doc.ismp-error-prone — ISMP error-prone abbreviations, in medication context.
 * Several of them are everyday therapy abbreviations with other meanings (AD =
 * assistive device, AS = ankylosing spondylitis, SC joint, D/C = discharge),
 * so each is gated on the medication words right next to it.
 */
import { defineRule } from '../define.ts';

/** Units of a dose. */
/** A dose by weight or area: "3 mg/kg", "2 mg/m2". */
const PER_WEIGHT = '+/? +kg|m2|m²?';
const UNIT = 'mg|mcg|µg|μg|ug|microgram/n|g|ml|unit/n|tab/n|cap/n|puff/n|sachet/n|iu|mmol|%';
/** What follows a unit when an order goes on ("500 mg. PO twice daily", "5 mg. po"); routes in either case. */
const ORDER_GOES_ON = 'po|iv|im|=SC|=SQ|=SL|=PR|by_mouth|daily|nightly|bid|tid|qid|twice|once|three_times|every|at_bedtime|prn|q1h|q2h|q3h|q4h|q6h|q8h|q12h|q24h|qam|qpm|qhs|qday|weekly';
/** What an engine size describes: "650 cc sport bike", "125 cc scooter". */
const ENGINE = '#word? bike/n|motorcycle/n|motorbike/n|scooter/n|moped/n|engine/n|motor/n|atv/n|quad/n|dirtbike/n|dirt_bike/n|snowmobile/n|jet_ski/n|outboard';
/** What a volume is of when it is measured rather than given: "500 cc of urine", "10 cc of sterile solution". */
const MEASURED_FLUID = 'of @measuredFluid|sterile_solution|sterile_saline|sterile_water';
/** A concentration per decilitre or litre is a laboratory result ("Protein 28mg/dl", "CRP 12mg/L"), not a dose. */
const LAB_CONCENTRATION = '/ dl|l';
/** A drug, a dose or an infusion after "D/C" ("D/C maintenance fluids"): only then is it "discontinue" rather than "discharge". */
const DRUG_AFTER = ['#num ' + UNIT + ' ...', '@drug ...', '#drugname ...', '#word? fluids|ivf|drip/n|infusion/n|gtt|gtts|tpn|pca|abx|antibiotics'];
const DC_MESSAGE =
  '"{match}" can mean "discharge" or "discontinue": next to a medication, a reader may stop a drug that should continue. Write the word.';
/** What follows a discharge, not a discontinuation: its paperwork, its planning, where the person goes. */
const DISCHARGE_AFTER = [
  'summary|summaries|planning|planner|instructions|paperwork|papers|date|note|criteria|teaching|disposition|destination|navigator|coordinator|process|to|from',
  'home|today|tomorrow with|w|today|tomorrow|when|once|after|on|per|by|and|,|.|;|in|vs|versus|or',
];

const EAR_EYE_TERM = {
  when: ['earEyeNearby' as const],
  fix: 'suggest' as const,
  message: 'Ear and eye abbreviations (AD/AS/AU, OD/OS/OU) are easily swapped for one another: "{match}" should be written out ("right ear", "left eye", "each eye" and so on).',
};
const EAR_EYE = [
  { ...EAR_EYE_TERM, match: '=AD', suggest: ['right ear'] },
  { ...EAR_EYE_TERM, match: '=AS', suggest: ['left ear'] },
  { ...EAR_EYE_TERM, match: '=AU', suggest: ['each ear'] },
  { ...EAR_EYE_TERM, match: '=OD', suggest: ['right eye'] },
  { ...EAR_EYE_TERM, match: '=OS', suggest: ['left eye'] },
  { ...EAR_EYE_TERM, match: '=OU', suggest: ['each eye'] },
];

/** ISMP's abbreviated drug names ("HCTZ 250 mg" has been read as "HCT 250 mg"); MSO4 and MgSO4 are doc.jc-do-not-use's. */
const DRUG_ABBREVIATION_MESSAGE = 'The abbreviated drug name "{match}" is on the ISMP error-prone list: it has been mistaken for another drug or dose. Write the full drug name.';
const DRUG_ABBREVIATIONS = [
  { match: '=HCTZ', suggest: ['hydrochlorothiazide'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=ZnSO4', suggest: ['zinc sulfate'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=PTU', suggest: ['propylthiouracil'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=AZT', suggest: ['zidovudine'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=CPZ', suggest: ['prochlorperazine'], message: DRUG_ABBREVIATION_MESSAGE },
  // The rest of ISMP's abbreviated names a note is likely to carry (MTX has been read as mitoxantrone, tPA as TNK).
  { match: '=APAP', suggest: ['acetaminophen'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=MTX', suggest: ['methotrexate'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=TXA', suggest: ['tranexamic acid'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=tPA|=TPA', suggest: ['alteplase'], message: DRUG_ABBREVIATION_MESSAGE },
  { match: '=TNK', suggest: ['tenecteplase'], message: DRUG_ABBREVIATION_MESSAGE },
];

const RUN_TOGETHER = 'A dose run together with its unit ("{match}") has been misread: the "m" can look like a zero. Put a space between the number and the unit.';
/** A flush or a container holds a volume, not a dose ("10mL flush", "5mL vial"). */
const CONTAINER = 'syringe/n|flush/n|bag/n|bottle/n|vial/n';
/** What a gauge ("20g") sizes, or where that cannula went. */
const GAUGED = 'placed|inserted|started|angiocath/n|angio|catheter/n|cath|needle/n|cannula/n|jelco|spinal|quincke|whitacre|sprotte|tuohy|butterfly|antecubital|ac|forearm|hand|wrist';

export default defineRule({
  id: 'doc.ismp-error-prone',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'hint' },
  defaults: { fix: 'safe', when: ['medication'], unless: ['quotedShorthand'] },
  terms: [
    // A lab concentration is not a dose: "folate 3.1 µg/L".
    { match: ['µg|μg', '#num [ ug ]'], notAfter: [LAB_CONCENTRATION], suggest: ['mcg'], message: '"{match}" can be misread as "mg", a thousand-fold error. Write "mcg".' },
    // The volume itself makes any window look like a dose; blood loss, output and syringe sizes are measurements.
    // An engine's displacement is cubic centimetres too ("650 cc sport bike", "a 250cc dirt bike"): a mechanism of injury, not a dose.
    { match: '#num [ cc ]', notAfter: [':', MEASURED_FLUID, ENGINE], unless: ['volume', 'quotedShorthand'], suggest: ['mL'], message: '"{match}" can be misread as "u" (units). Write "mL".' },
    { match: ['q . h . s .', 'q . h . s', 'qhs'], when: ['nearMedication'], suggest: ['nightly at bedtime'], message: '"{match}" has been misread as "every hour". Write "nightly at bedtime".' },
    { match: '=qn', when: ['nearMedication'], suggest: ['nightly'], message: '"{match}" has been misread as "every hour". Write "nightly".' },
    // HS = high school in a student's history; only as a dosing time next to a drug.
    { match: ['h . s .', 'h . s', '=HS|=hs'], when: ['nearMedication'], suggest: ['at bedtime', 'half-strength'], fix: 'suggest', message: '"{match}" can mean "at bedtime" or "half-strength". Write the one you mean.' },
    // Not "SC joint", "sq ft".
    { match: '=SC|=SQ|=sc|=sq|sub-q', notAfter: ['joint|jt|jnt|ft|feet|in|inch|inches|m|cm'], when: ['nearMedication'], suggest: ['subcut'], message: '"{match}" can be misread as "SL" (sublingual) or "5 every". Write "subcut" or "subcutaneously".' },
    { match: ['t . i . w .', 't . i . w', '=TIW'], suggest: ['3 times weekly'], message: '"{match}" has been read as "three times a day" or "twice a week". Write "3 times weekly".' },
    { match: ['b . i . w .', 'b . i . w', '=BIW|=biw'], suggest: ['2 times weekly'], message: '"{match}" has been read as "twice a day". Write "2 times weekly".' },
    { match: ['#alnum', 'x #int +d'], when: ['medication', 'daysShorthand'], fix: 'none', message: '"{match}" has been read as "three doses" rather than "for three days". Write the days out ("for 3 days").' },
    // Intranasal as "IN" after a dose or a spray: read as IM or IV.
    { match: 'spray/n|puff/n|mg|mcg|ml|mL|unit/n|dose/n|kg [ =IN ]', suggest: ['intranasal'], message: '"{match}" for intranasal has been read as "IM" or "IV". Write "intranasal".' },
    // "20mg", "10mL": the unit run into the number; its "m" has been read as a zero (ISMP). Not "x1", "2x/wk".
    { match: '#num +mg|mcg|ml|mL|meq|mEq|mmol|unit/n', notAfter: [MEASURED_FLUID, CONTAINER, LAB_CONCENTRATION], unless: ['volume', 'quotedShorthand'], suggest: ['$1 $2'], message: RUN_TOGETHER },
    // "g" is also the gauge of a cannula or needle: "US-guided 20g placed R forearm", "18g IV in L AC", "25g spinal needle".
    { match: '#num +g', notAfter: [MEASURED_FLUID, CONTAINER, GAUGED, LAB_CONCENTRATION, `iv|piv ${GAUGED}|in|to|l|r|left|right|x2|#upper`], notBefore: ['... access|piv|us-guided|ultrasound-guided|peripheral|peripherally'], unless: ['volume', 'quotedShorthand'], suggest: ['$1 $2'], message: RUN_TOGETHER },
    { match: 'per os', when: [], suggest: ['by mouth'], message: '"{match}" can be misread as "left eye" (OS). Write "by mouth" or "PO".' },
    // D/C means discharge in therapy ("D/C summary", "D/C home"); it is only ambiguous in front of a medication, and a
    // discharge document or destination named right after it says which it is even then ("D/C summary faxed with med
    // rec", "D/C home with meds"; "D/C home meds" is still ambiguous).
    { match: "d / c'd|cd|ced", when: [], after: DRUG_AFTER, notAfter: DISCHARGE_AFTER, suggest: ['discontinued', 'discharged'], fix: 'suggest', message: DC_MESSAGE },
    // The drug named before it: "Metformin d/c'd on admission", "Reglan d/c'd yesterday".
    { match: "d / c'd|cd|ced", when: [], before: ['#drugname|@drug'], notAfter: DISCHARGE_AFTER, suggest: ['discontinued', 'discharged'], fix: 'suggest', message: DC_MESSAGE },
    { match: 'd / c', when: [], notAfter: ['/', ...DISCHARGE_AFTER], after: DRUG_AFTER, suggest: ['discontinue', 'discharge'], fix: 'suggest', message: DC_MESSAGE },
    // The drug named first and the stop condition after: "Enoxaparin 40 mg SC QD; D/C when ambulating".
    { match: 'd / c', when: [], before: ['#drugname|@drug #num #any{0,6} ;|,|.'], after: ['when|once|if|after|upon|at|on|prior_to|before|in #any'], notAfter: ['/', ...DISCHARGE_AFTER], suggest: ['discontinue', 'discharge'], fix: 'suggest', message: DC_MESSAGE },
    // "20 mg o.d.": once daily in some countries, right eye in others.
    { match: [`#num ${UNIT} ${PER_WEIGHT} .? =PO|=IV|=IM|=SC|=SQ|=SL|=PR? [ o . d . ]`, `#num ${UNIT} ${PER_WEIGHT} .? =PO|=IV|=IM|=SC|=SQ|=SL|=PR? [ o . d ]`, `#num ${UNIT} ${PER_WEIGHT} .? =PO|=IV|=IM|=SC|=SQ|=SL|=PR? [ =OD|=od ]`], when: [], unless: ['earEyeNearby', 'quotedShorthand'], suggest: ['daily'], fix: 'suggest', message: '"{match}" after a dose can mean "once daily" or "right eye". Write "daily".' },
    // A count of tablets or puffs written as a numeral or a word: "Adcal D3 ii tabs od", "two puffs OD".
    { match: '=i|=ii|=iii|=iv|one|two|three|four tab/n|tablet/n|cap/n|capsule/n|puff/n|sachet/n|drop/n [ =OD|=od ]', when: [], unless: ['earEyeNearby', 'quotedShorthand'], suggest: ['daily'], fix: 'suggest', message: '"{match}" after a dose can mean "once daily" or "right eye". Write "daily".' },
    { match: ['q . 1 . d .', 'q . 1 . d', 'q1d'], suggest: ['daily'], message: '"{match}" is easily read as "qid" (four times a day). Write "daily".' },
    { match: '#num [ =ml ]', notAfter: ['/', MEASURED_FLUID], unless: ['volume', 'quotedShorthand'], suggest: ['mL'], message: 'A lowercase "l" in "{match}" can be read as the number 1. Write "mL".' },
    // "Levetiracetam500 mg": the run-together name hides where the dose starts.
    { match: '[ #word ] mg|mcg|g|ml|unit/n', when: ['drugRunIntoDose'], suggest: ['$1:spaced'], message: 'A drug name run together with its dose ("{match}") can hide or change the dose. Put a space between the name and the dose.' },
    // "Lisinopril10mg": name, dose and unit in one word.
    { match: '#alnum', when: ['drugDoseUnitFused'], fix: 'none', message: 'A drug name run together with its dose and unit ("{match}") can hide or change the dose. Write the name, a space, the dose, a space and the unit ("Lisinopril 10 mg").' },
    // "500 mg. PO": a period after a unit can be read as the number 1; a full stop at a sentence end is fine.
    { match: '#num [ mg|mcg|ml|g|unit/n . ]', when: [], after: [ORDER_GOES_ON, 'x #num'], suggest: ['$2'], message: 'A period after a unit ("{match}") can be read as the number 1 when the order continues. Drop the period.' },
    // "5000 units", "10000 units": without a thousands separator a zero is easily lost or added (ISMP: commas from 1,000 up).
    { match: '#int unit/n|mg|mcg|=IU|=u|=U|=iu|=Iu|international_unit/n|meq|mmol', when: ['medication', 'thousandsUnmarked'], fix: 'none', message: 'A dose of a thousand or more written without a thousands separator ("{match}") is easily misread by a factor of ten. Write the comma ("5,000 units") or the word ("10 thousand units").' },
    // Abbreviated drug names on the ISMP list, each read as another drug or as a dose.
    ...DRUG_ABBREVIATIONS,
    // Ear and eye abbreviations are routes only next to drops, ointments and the like.
    ...EAR_EYE,
  ],
  docs: {
    summary: 'Abbreviations and dose designations on the ISMP error-prone list (µg, cc, ml, HS, qhs, q1d, o.d., SC/SQ, TIW, BIW, x3d, IN, D/C, AD/AS/AU, OD/OS/OU, "mg." mid-order, drug name and dose or dose and unit run together ("20mg"), large doses without a thousands separator, abbreviated drug names such as HCTZ, PTU, APAP, MTX and tPA), when they are used with a medication.',
    why:
      'These abbreviations have led to reported medication errors because they are read as something else ("µg" as "mg", "cc" as "u", "qhs" as "every hour"). Therapy notes are read by nurses, pharmacists and the patient; a medication line that cannot be misread is part of competent, trustworthy care. Many of the same letters have safe therapy meanings, so the rule only looks where a drug or dose is right next to them.',
    prefer: '"mcg", "mL", "20 mg", "for 3 days", "intranasal", "2 times weekly", "daily", "at bedtime" or "half-strength", a space between drug name and dose, no period after a unit, "nightly", "subcut", "3 times weekly", "by mouth", "discontinue" or "discharge", "right ear", "left eye", "each eye".',
    exceptions: [
      'Volumes that are measurements, not doses: blood loss, urine output, residuals, fluids given in an operation, syringe and balloon sizes.',
      'AD = assistive device, AS = ankylosing spondylitis, SC joint, OD = overdose, HS = high school.',
      '"D/C summary", "D/C home", "D/C from PT": D/C is only flagged when a medication follows it.',
      '"cc:" as a copy-to line.',
      'Items on the Joint Commission list (U, IU, QD, QOD, zeros, MS) are reported by doc.jc-do-not-use instead.',
    ],
    sources: ['S26'],
  },
  examples: {
    flagged: [
      'Senna ii tabs {{od}} at night.',
      '{{D/C}} chlordiazepoxide today; start thiamine.',
      'MSO4 4 mg IV q4h PRN severe pain; {{d/c}} if RR <12.',
      'KCl {{40mEq}} PO x1.',
      'Heparin {{5000 u}} subcut q8h started POD 1.',
      'Pt takes her {{HCTZ}} every morning.',
      'Brimonidine 1 drop BID; {{D/C}} bimatoprost.',
      'Heparin 5000 units SC q8h; {{D/C}} when ambulating.',
      'Heparin drip started; {{D/C}} IV fluids at noon.',
      'Urine drug screen reviewed; methadone {{80mg}} PO daily continued. => Urine drug screen reviewed; methadone 80 mg PO daily continued.',
      'Vitamin D {{50000 IU}} weekly.',
      '{{Lisinopril10mg}} daily.',
      '{{D/C}} Coumadin today; INR 3.4.',
      'Norco 5 {{mg.}} q6h prn pain. => Norco 5 mg q6h prn pain.',
      'Cyanocobalamin 1000 {{µg}} IM monthly. => Cyanocobalamin 1000 mcg IM monthly.',
      'NS 10 {{cc}} flush IV after dose. => NS 10 mL flush IV after dose.',
      'Zolpidem 5 mg PO {{qhs}} prn sleep. => Zolpidem 5 mg PO nightly at bedtime prn sleep.',
      'Heparin 5000 units {{SQ}} q12h. => Heparin 5000 units subcut q12h.',
      'MD to {{D/C}} baclofen 10 mg; monitor tone.',
      'Timolol 0.5% 1 gtt {{OU}} BID. => Timolol 0.5% 1 gtt each eye BID.',
      'Omeprazole 20 mg {{o.d.}} before breakfast. => Omeprazole 20 mg daily before breakfast.',
      '{{Levetiracetam500}} mg PO twice daily. => Levetiracetam 500 mg PO twice daily.',
      'Metformin 500 {{mg.}} PO twice daily. => Metformin 500 mg PO twice daily.',
      'Oxybutynin syrup 5 {{ml}} PO twice daily. => Oxybutynin syrup 5 mL PO twice daily.',
      'Methotrexate 15 mg PO {{TIW}}? Clarify with pharmacy. => Methotrexate 15 mg PO 3 times weekly? Clarify with pharmacy.',
      'Melatonin 3 mg PO {{HS}} as needed for sleep. => Melatonin 3 mg PO at bedtime as needed for sleep.',
      '{{HCTZ}} 12.5 mg PO every morning. => Hydrochlorothiazide 12.5 mg PO every morning.',
      'Heparin {{25000 units}} in 250 mL at 10 mL per hour.',
      'Vitamin D3 {{2000 units}} PO daily.',
      '{{APAP}} 650 mg PO q6h prn pain. => Acetaminophen 650 mg PO q6h prn pain.',
      '{{MTX}} 15 mg PO weekly with folic acid 1 mg daily. => Methotrexate 15 mg PO weekly with folic acid 1 mg daily.',
      'Furosemide {{20mg}} IV once. => Furosemide 20 mg IV once.',
      'Cephalexin 500 mg PO QID {{x3d}}.',
      'Naloxone 4 mg {{IN}} once. => Naloxone 4 mg intranasal once.',
      'Alendronate 70 mg PO weekly; potassium chloride 20 mEq PO {{BIW}}. => Alendronate 70 mg PO weekly; potassium chloride 20 mEq PO 2 times weekly.',
      'Oxycodone 5 {{mg.}} po every 4 hours as needed. => Oxycodone 5 mg po every 4 hours as needed.',
    ],
    clean: [
      'Vitamin B12 188 ng/L (low), folate 3.1 µg/L.',
      'K 4.1 mmol/L, Na 138mEq/L.',
      'Motorcycle crash, 650 cc sport bike, helmeted, approx 40 mph.',
      'Pt on HCTZ; see med list.',
      'D/C summary sent to rehab with the med list.',
      'D/C home with meds reviewed.',
      'Nectar-thick liquid 10 ml by spoon, then 5 ml by cup; no cough.',
      'CSF: protein 41mg/dl, glucose 58mg/dl; opening pressure normal.',
      'PIV: 20g placed L antecubital, flushes well.',
      'ESTIMATED BLOOD LOSS: 200 cc.',
      'Urine output 350 ml during the case; drain put out 40 ml.',
      'Hand expressing taught; mum collected 2 ml colostrum.',
      'A 60 cc syringe was used to aspirate the cyst contents.',
      'AD: power wheelchair; independent with transfers.',
      'PMH: AS (ankylosing spondylitis), HTN.',
      'SC joint mobility grade III, 3 x 30 s.',
      'D/C home with HEP; D/C summary faxed to the PCP.',
      'D/C summary sent to PCP; D/C home with HEP.',
      'cc: Dr. Lee, case manager.',
      'Foley placed, productive of 500 cc of urine. Flomax 0.4 mg daily started.',
      'Could not obtain 3 cc of blood; position verified with 10 cc of sterile solution before 5 mg morphine IV.',
      'Hx of OD in 2019; HS graduate, now at university.',
      'Pt took ibuprofen 400 mg. Pain 3/10 afterwards.',
      'Heparin 5,000 units subcut every 12 hours; platelets 150000 on the last draw.',
      'Walked 10000 steps per day per his watch; no meds changed.',
      'Walked 1000 ft with the rollator; fluid restriction 1500 mL; metformin 500 mg PO BID.',
      'Cuff inflated with a 10mL syringe; walked 20m x2; amoxicillin 500 mg PO TID for 3 days.',
    ],
  },
});
