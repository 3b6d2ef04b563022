/**
 * doc.jc-do-not-use — abbreviations and dose expressions on the Joint Commission
 * "Do Not Use" list, in medication context only.
 */
import { defineRule } from '../define.ts';

/** Units in which a trailing or missing leading zero changes a dose. Kilograms, degrees and lab units ("mg/dL") are not doses. */
const DOSE_UNIT = 'mg|mcg|µg|μg|g|gm|ml|unit/n|meq|mmol';
/** "Mg level 2.0 mg", "trough 10.0 mg": a lab result keeps its precision. */
const LAB_BEFORE = '... level/n|serum|lab/n|result/n|trough|peak';
/** Routes after which "MS" is a drug, not multiple sclerosis or mental status. */
const MS_ROUTE = '=IR|=ER|=SR|=CR|=IV|=IM|=PO|=SC|=SQ|=PR|=SL|=IVP|elixir|oral_solution|tablet/n';

export default defineRule({
  id: 'doc.jc-do-not-use',
  family: 'documentation',
  severity: { clinical: 'warning', reflection: 'info' },
  // A measured volume ("EBL 200.0 mL") is not a dose, whatever stands near it.
  defaults: { fix: 'safe', when: ['medication'], unless: ['volume', 'quotedShorthand'] },
  terms: [
    // "insulin 10 U", "heparin 5000 u SQ": not "UE", "U/E", "U/L".
    { match: '1 [ u ]', suggest: ['unit'], notAfter: ['/|-'], message: '"{match}" for units can be misread as 0 or 4 (10 U → 100). Write "units" in full.' },
    { match: '#num [ u ]', suggest: ['units'], notAfter: ['/|-'], message: '"{match}" for units can be misread as 0 or 4 (10 U → 100). Write "units" in full.' },
    // A rate or weight-based dose: "heparin 18 U/kg/hr". Lab units ("U/L", "U/mL") stay silent.
    { match: '#num [ u ] +/ +kg|hr|h|hour|min|day|dose', suggest: ['units'], message: '"{match}" for units can be misread as 0 or 4 (10 U → 100). Write "units" in full.' },
    { match: ['#num [ i . u . ]', '#num [ i . u ]'], suggest: ['International Units'], message: '"{match}" can be misread as IV or 10. Write "International Units" (or "units").' },
    // A lab concentration ("GGT 45 IU/L", "IU/mL") is a result, not a dose; "IU/kg" is a dose and stays.
    { match: '1 [ =IU ]', suggest: ['International Unit'], notAfter: ['+/ +L|l|mL|ml|dL|dl'], message: '"{match}" can be misread as IV or 10. Write "International Units" (or "units").' },
    { match: ['#num [ =IU ]', '[ =IU ] of? #word'], suggest: ['International Units'], notAfter: ['+/ +L|l|mL|ml|dL|dl'], message: '"{match}" can be misread as IV or 10. Write "International Units" (or "units").' },
    { match: ['q . o . d .', 'q . o . d', '=QOD|=qod|=Qod|=QoD'], suggest: ['every other day'], message: '"{match}" is easily misread as QD or QID. Write "every other day".' },
    { match: ['q . d .', 'q . d', '=QD|=qd|=Qd'], suggest: ['daily'], message: '"{match}" is easily misread as QID (four times a day). Write "daily".' },
    // "5.0 mg" can be read as 50 mg.
    {
      match: ['[ #dec ] mg|mcg / kg', `[ #dec ] ${DOSE_UNIT}`],
      when: ['medication', 'trailingZero'],
      notAfter: ['/|%'],
      notBefore: [LAB_BEFORE],
      suggest: ['$1:trim'],
      message: 'A trailing zero in a dose ("{match}") can be read as ten times the dose if the point is missed. Leave the zero off.',
    },
    // ".5 mg" can be read as 5 mg.
    {
      match: ['[ . #int ] mg|mcg / kg', `[ . #int ] ${DOSE_UNIT}`],
      when: ['medication', 'leadingPoint'],
      notAfter: ['/|%'],
      suggest: ['0.$2'],
      message: 'A dose without a leading zero ("{match}") can be read as 5 mg if the point is missed. Write "0{match}".',
    },
    { match: '=MSO4', when: [], suggest: ['morphine sulfate'], message: '"{match}" can be confused with magnesium sulfate. Write "morphine sulfate".' },
    { match: '=MgSO4', when: [], suggest: ['magnesium sulfate'], message: '"{match}" can be confused with morphine sulfate. Write "magnesium sulfate".' },
    // Only "MS" right next to a dose or route: elsewhere in a therapy note MS is multiple sclerosis,
    // mental status or muscle strength.
    {
      match: ['[ =MS ] #num mg|mcg', `[ =MS ] ${MS_ROUTE}`, '#num mg|mcg [ =MS ]'],
      when: [],
      suggest: ['morphine sulfate', 'magnesium sulfate'],
      fix: 'suggest',
      message: '"{match}" can mean morphine sulfate or magnesium sulfate, two very different drugs. Write the drug name in full.',
    },
  ],
  docs: {
    summary: 'Abbreviations and dose expressions on the Joint Commission "Do Not Use" list, when they appear with a medication or dose.',
    why:
      'These forms have caused real dosing errors: "U" read as a zero, "QD" read as four times a day, "5.0 mg" read as 50 mg, "MS" given as the wrong drug. Someone like Naren, with a progressive neuromuscular disease and several prescribers, depends on every clinician reading a medication line the same way. Writing it unambiguously is part of the competence the source text says every patient should be able to trust.',
    prefer: '"units", "International Units", "daily", "every other day", "5 mg", "0.6 mg" (no trailing zero), "0.5 mg" (leading zero), "morphine sulfate", "magnesium sulfate".',
    exceptions: [
      'Only in medication context (a dose, route, frequency or drug name nearby); "MS" only right next to a dose or route, because in therapy notes MS means multiple sclerosis, mental status or muscle strength.',
      '"UE", "U/E" (upper extremity) and unit letters outside a medication line.',
      'Measurements and labs where precision is shown on purpose: dynamometry "22.0 kg", "Mg 2.0 mg/dL".',
    ],
    sources: ['S25', 'seed'],
  },
  examples: {
    flagged: [
      'Aspirin 81 mg PO {{Qd}}. => Aspirin 81 mg PO Daily.',
      'Insulin drip at 4 {{u}}/hr, titrate per protocol. => Insulin drip at 4 units/hr, titrate per protocol.',
      'Insulin glargine 10 {{U}} SC at bedtime. => Insulin glargine 10 units SC at bedtime.',
      'Insulin lispro 8{{U}} before meals. => Insulin lispro 8 units before meals.',
      'Oxytocin 30 {{U}} in 500 mL LR per protocol. => Oxytocin 30 units in 500 mL LR per protocol.',
      'Insulin lispro 6 {{u}} with meals.',
      'Vitamin D3 1000 {{IU}} PO daily. => Vitamin D3 1000 International Units PO daily.',
      'Lisinopril 10 mg PO {{QD}}. => Lisinopril 10 mg PO daily.',
      'Baclofen 10 mg PO {{q.o.d.}}',
      'Warfarin {{5.0}} mg PO daily. => Warfarin 5 mg PO daily.',
      'Colchicine {{0.60}} mg PO daily for gout flare. => Colchicine 0.6 mg PO daily for gout flare.',
      'Heparin 80 {{IU}}/kg IV bolus.',
      'Lorazepam {{.5}} mg PO prn anxiety. => Lorazepam 0.5 mg PO prn anxiety.',
      '{{MS}} 4 mg IV q4h prn pain.',
      '{{MSO4}} 2 mg IV given before session. => Morphine sulfate 2 mg IV given before session.',
      'Metoprolol 25 mg PO {{QD}} and insulin 1 {{U}} per carb unit. => Metoprolol 25 mg PO daily and insulin 1 unit per carb unit.',
      'Levothyroxine 50 mcg {{q.d.}} before breakfast. => Levothyroxine 50 mcg daily before breakfast.',
      'Heparin drip at 18 {{U}}/kg/hr per protocol. => Heparin drip at 18 units/kg/hr per protocol.',
      'Vitamin D 2000 {{I.U.}} by mouth daily.',
    ],
    clean: [
      { text: 'We learned of a near-miss in which "10U" was read as 100, and now write units in full.', mode: 'reflection' },
      'Lipase 300 u/L today; amylase 40 U/L.',
      'B UE strength 4/5 throughout; U/E ROM WNL.',
      'Grip dynamometry 22.0 kg R, 19.5 kg L.',
      'Dx: MS (multiple sclerosis), relapsing-remitting; MS intact to light touch.',
      'Mental status: MS alert and oriented x3.',
      'Pt takes morphine sulfate 15 mg PO q12h and vitamin D 1000 International Units daily.',
      'Labs: Mg 2.0 mg/dL, K 4.0 mmol/L.',
      'Lipase 300 U/L on admission; heparin anti-Xa 0.5 U/mL.',
      'GGT 45 IU/L, within reference range; ALT 30 IU/L.',
      'Lanoxin 0.125 mg PO daily.',
      'EBL 150.0 mL; urine output 400.0 mL at the end of the case.',
    ],
  },
});
