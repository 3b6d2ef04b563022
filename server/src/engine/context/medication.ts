/**
 * Medication context. The Joint Commission "Do Not Use" list (S25) and the ISMP
 * list (S26) apply to orders and medication documentation. In a therapy note
 * "MS" is multiple sclerosis, "AD" an assistive device and "D/C" a discharge,
 * so those rules only fire when a dose, unit, route or frequency is nearby.
 */

/** A dose or a rate: "5 mg", "10 U", "4 u/hr", "18 u/kg/hr" (not "U/L", a lab unit). */
const DOSE = /\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|ug|g|gm|grams?|mL|ml|cc|L|units?|U|IU|mEq|mmol|tabs?|tablets?|caps?|capsules?|puffs?|drops?|gtts?|patch(?:es)?|%)(?![A-Za-z])|\b\d+\s*u(?![A-Za-z/])|\b\d+\s*u\/(?:kg|hr?|hour|min|day|dose)\b/;
const ROUTE = /\b(?:IV|IM|PO|SL|SQ|SC|subcut|subq|sub q|PR|IVP|IVPB|intravenous(?:ly)?|intramuscular(?:ly)?|subcutaneous(?:ly)?|by mouth|orally|inhaled|topical(?:ly)?|transdermal)\b/;
const FREQUENCY = /\b(?:q\.?\s?\d+\s?h(?:rs?)?|q\.?d\.?|q\.?o\.?d\.?|b\.?i\.?d\.?|t\.?i\.?d\.?|q\.?i\.?d\.?|q\.?h\.?s\.?|h\.?s\.?|prn|PRN|daily|nightly|twice daily|every \d+ hours|at bedtime|(?:every|each)\s+(?:morning|evening|night|day|\d+\s+hours)|(?:once|twice|three\s+times)\s+(?:a|per)\s+day|TIW|stat|STAT|(?:before|with|after)\s+(?:meals|breakfast|lunch|dinner|supper))\b/;
const DRUG =
  /\b(?:HCTZ|morphine|insulin|heparin|enoxaparin|warfarin|metoprolol|lisinopril|metformin|baclofen|tizanidine|gabapentin|pregabalin|oxycodone|hydrocodone|hydromorphone|fentanyl|tramadol|acetaminophen|ibuprofen|naproxen|prednisone|methylprednisolone|magnesium|potassium|levothyroxine|digoxin|furosemide|aspirin|clopidogrel|apixaban|rivaroxaban|vancomycin|ceftriaxone|ondansetron|lorazepam|diazepam|sertraline|fluoxetine|albuterol|oxytocin|pitocin|vitamin|dose|dosing|medication|meds?|rx|order(?:ed|s)?|mg)\b/i;

/** Whether the window around [start, end) reads like a medication order or list. */
export function isMedicationContext(text: string, start: number, end: number, radius = 60): boolean {
  const window = text.slice(Math.max(0, start - radius), Math.min(text.length, end + radius));
  let score = 0;
  if (DOSE.test(window)) score += 2;
  if (ROUTE.test(window)) score += 1;
  if (FREQUENCY.test(window)) score += 1;
  if (DRUG.test(window)) score += 1;
  return score >= 2;
}

/**
 * A volume that is a measurement, not a dose: blood loss, urine output, fluids given during an operation,
 * a residual, an aspirate, air in a balloon, a syringe's size ("estimated blood loss 200 cc", "600 cc of
 * residual urine", "a 60 cc syringe"), and the sips and spoonfuls of a swallow study ("thin liquid 5 ml by
 * spoon"), and a ventilator's tidal volume ("Vt 450 cc, PEEP 5"). "cc" there is how operative notes record
 * volumes; the medication rules still apply where a drug is named ("5 cc of 1% lidocaine", "oxytocin 30 U in 500 ml LR":
 * a drug in its diluent is an order).
 */
const MEASURED =
  /\b(?:blood\s+loss|EBL|urine|urinary|output|UOP|residual|drain(?:age|ed)?|aspirat\w*|insufflat\w*|air|syringe|balloon|bag|suction|crystalloids?|colloids?|fluids?|lactated|LR|irrigation|effusion|ascites|pus|purulent|serous|serosanguineous|bloody|clear\s+fluid|contrast|dye|volume|capacity|intake|I\/O|I&O|transfus\w*|PRBCs?|packed\s+cells|cell\s+saver|amniotic|CSF|bile|chyle|sputum|emesis|gastric|NG|liquids?|tidal|Vt|VT|TV|PEEP|FiO2|vent(?:ilator)?|spirometr\w*|inspired|exhaled|sips?|by\s+(?:spoon|cup|straw)|teaspoons?|puree|nectar-thick|honey-thick|barium|colostrum|breast\s*milk|EBM)\b/i;
const NAMED_DRUG =
  /\b(?:lidocaine|xylocaine|marcaine|bupivacaine|sensorcaine|ropivacaine|mepivacaine|carbocaine|naropin|epinephrine|heparin|kenalog|triamcinolone|depo-?medrol|methylprednisolone|dexamethasone|decadron|celestone|toradol|ketorolac|morphine|fentanyl|insulin|vancomycin|gentamicin|bacitracin|mylanta|viscous|oxytocin|pitocin|magnesium|potassium|KCl|norepinephrine|levophed|vasopressin|dopamine|dobutamine|propofol|nitroglycerin|amiodarone|diltiazem|medication|dose|mg|mcg|units?)\b/i;

export function isVolumeMeasurement(text: string, start: number, end: number, radius = 60): boolean {
  // A mass or a count of units is never a volume ("buprenorphine 16mg" beside a urine result).
  if (MASS_OR_UNITS.test(text.slice(start, end))) return false;
  // What is measured is named in the same clause: a semicolon starts another entry ("Clean urine today; … 16mg SL").
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, end + radius);
  const lead = text.slice(from, start);
  const semicolonBefore = lead.lastIndexOf(';');
  const trail = text.slice(end, to);
  const semicolonAfter = trail.indexOf(';');
  const window = text.slice(semicolonBefore < 0 ? from : from + semicolonBefore + 1, semicolonAfter < 0 ? to : end + semicolonAfter);
  return MEASURED.test(window) && !NAMED_DRUG.test(window);
}

/** A mass or units: "16mg", "0.5 mcg", "10 units". */
const MASS_OR_UNITS = /\d\s*(?:mg|mcg|\u00b5g|ug|g|gm|grams?|units?|U|IU|mEq|mmol)\b/i;
