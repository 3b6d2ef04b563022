/**
 * Word senses that clinical text uses far more often than the judgmental one. "Admit" is the clearest:
 * in a chart it is almost always hospital admission ("ADMITTING DIAGNOSIS", "Plan: Admit to neurology",
 * "was seen and admitted through the ER", "signed the admit papers"), and only sometimes the confession
 * frame a credibility rule is after ("admits to drinking", "admitted that she skipped the HEP").
 */

/** Places, services and levels of care a person is admitted to. */
const CARE_PLACE =
  /^\s*(?:(?:the|a|an|our|this|his|her|their)\s+)?(?:hospital|ICU|CCU|MICU|SICU|NICU|PICU|unit|floor|ward|service|rehab\w*|inpatient|acute|SNF|ED|ER|OR|telemetry|tele|observation|obs|step-?down|nursery|psych\w*|detox|hospice|medicine|surgery|cardiology|neurology|oncology|pediatrics|paediatrics|labor\s+and\s+delivery|L&D|\d)/i;

/** A passive or coordinated-passive lead: "was admitted", "was initially admitted", "was seen and admitted". */
const PASSIVE_LEAD = /\b(?:was|were|is|are|be|been|being|get|gets|got|getting|re)\b(?:\s+(?:\w+ly|last|first|then|again|just|already|also|since|soon|once|twice|not|never))?(?:\s+(?:\w+ed|seen)\s+and)?\s*$|\b(?:to|will|would|plan\s+to|decision\s+to|decided\s+to|recommend(?:ed)?|need(?:s|ed)?\s+to)\s+$/i;

/** "Admitting diagnosis", "admit papers", "nursing admit": admission as a thing, not a verb of speech. */
const NOMINAL_AFTER = /^\s*(?:diagnos[ie]s|dx|orders?|order\s+set|papers?|paperwork|note|H\s*&\s*P|H\/P|labs?|weight|vitals|physician|doctor|team|service|medications?|meds|exam|history|date|time|status|criteria)\b/i;
const NOMINAL_BEFORE = /\b(?:the|an|this|that|all|her|his|their|nursing|hospital|direct|new|recent|prior|previous|planned|inpatient|overnight|ICU|psych|social|medical|surgical|observation|obs|elective|emergent|urgent|boarder|readmit|weekend)\s+$/i;

/** The words after "admit(ted) (to)" name a place, a service, a time or a reason for admission ("w/" is charting's "with"). */
const ADMISSION_AFTER =
  /^\s*(?:(?:into|through|thru|via|from|on|for|under|with|after|following|s\/p|status\s+post|secondary\s+to|2\/2|due\s+to|d\/t|overnight|yesterday|today|tonight|here|there|home|directly|emergently|electively|urgently)\b|w\/(?!o\b)|\d|[A-Z][a-z]+(?:'s)?\s+(?:Hospital|Medical|Center|Clinic|Ward|Unit|Service|Health)\b)/;

/** After a subjectless "Admitted": another patient as the object, or the place or night the admission came from. */
const WRITER_ADMITS =
  /^\s+(?:another\b|a\s+new\b|(?:two|three|four|five|six|\d+)\s+(?:new\s+)?(?:patients?|pts?|kids|children|babies)\b|(?:a|an)\s+\d{1,3}\s*(?:yo\b|y\/o|-?year-old|[MF]\b))|^[^.;\n]{0,50}\b(?:overnight|last\s+night|from\s+(?:the\s+|an?\s+)?(?:nursing\s+home|ED|ER|SNF|OSH|outside\s+hospital|clinic|floor|PACU|ICU))\b/;

/**
 * Whether "admit…" at [start, end) in `text` means hospital admission. `end` is the end of the verb
 * itself (without a following "to" or "that").
 */
export function isHospitalAdmission(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 50), start);
  const after = text.slice(end, end + 60);
  // An all-capitals form is a label or heading: "ADMITTING DIAGNOSIS", "ADMIT NOTE".
  if (/^ADMIT/.test(word)) return true;
  if (PASSIVE_LEAD.test(before)) return true;
  if (NOMINAL_AFTER.test(after) || (/^admit$/i.test(word) && NOMINAL_BEFORE.test(before))) return true;
  // "Admitted to Pediatrics", "admitted to Children's Hospital": a capitalised name after "to" is a place.
  if (/^\s+to\s+(?:(?:the)\s+)?[A-Z][a-z]/.test(after) && !/^\s+to\s+[A-Z][a-z]+ing\b/.test(after)) return true;
  if (/^\s+to\s+(?:the\s+)?[A-Z][\w'’&.-]*\s+(?:Hospital|Medical|Center|Centre|Clinic|Ward|Unit|Service|Health|Rehab\w*|Institute)\b/.test(after)) return true;
  if (/^\s+to\s+/i.test(after) ? CARE_PLACE.test(after.replace(/^\s+to\s+/i, '')) : false) return true;
  // A unit or service named by what it treats: "admitted to the burns unit", "to the stroke service".
  if (/^\s+to\s+(?:(?:the|a|an)\s+)?(?!(?:the|a|an|my|his|her|their|our)\s)(?:[\w&'’-]+\s+){1,2}(?:unit|ward|floor|service|ICU|wing|cent(?:er|re)|hospital|department|bay)\b/i.test(after)) return true;
  // A crisis or a state the person arrived in: "admitted in vaso-occlusive crisis", "admitted in DKA", "in active labor".
  if (/^ted$/i.test(word.slice(5)) && /^\s+in\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}(?:crisis|distress|DKA|failure|labou?r|shock|extremis|status\s+\w+|respiratory|septic|hypertensive|withdrawal|exacerbation|arrest)\b/i.test(after)) return true;
  if (/^ted$|^ting$/i.test(word.slice(5)) && ADMISSION_AFTER.test(after) && !/^\s+(?:to|that)\s+(?:[a-z]+ing\b|having|being|drinking|smoking|using)/i.test(after)) return true;
  // A verb that closes its clause has no object to confess: "… heparinized and admitted."
  if (/^\s*(?:[.;]|$)/.test(after) && /ted$/i.test(word)) return true;
  // The writer admitting someone, in note style with no subject: "Admitted another sickler overnight", "Admitted a
  // COPD from the nursing home", "Admitted 3 new patients". A confession has a report as its object ("Admitted
  // drinking", "Admitted to using", "Admitted that …"), never another patient or an arrival from a place of care.
  if (/^admit(?:ted)?$/i.test(word) && /(?:^|[.:;]\s*|\n\s*)$/.test(before) && !/^\s+(?:to|that)\b|^\s+\w+ing\b/i.test(after) && WRITER_ADMITS.test(after)) return true;
  // "Plan: Admit to neurology", "Admit for observation": an order at the start of a line or sentence.
  if (/^admit$/i.test(word) && /(?:^|[.:;]\s*|\n\s*)$/.test(before) && /^\s+(?:to|for|under|overnight|on\s+\d|\d)/i.test(after)) return true;
  return false;
}

/**
 * Medical and surgical care rather than a therapy session: an operation, anaesthesia or sedation, a
 * drug course. "Tolerated the procedure well" closes nearly every operative note and "which she
 * tolerated well" follows a chemotherapy cycle; APTA's call for measured response to treatment is about
 * therapy documentation, so the vague-outcome rule leaves these to the surgeon's and oncologist's
 * conventions.
 */
const MEDICAL_CARE =
  /\b(?:procedures?|operations?|surgery|surgeries|surgical|operative|intraoperative|postoperative(?:ly)?|post-?op|anesthe\w*|anaesthe\w*|sedation|sedated|intubat\w*|extubat\w*|incisions?|biopsy|endoscopy|colonoscopy|catheteri[sz]ation|transfusions?|infusions?|chemo\w*|radiation|radiotherapy|dialysis|rituxan|cytoxan|adriamycin|antibiotics?|medications?|regimen|PACU|recovery\s+room|OR\b)/i;
const MEDICAL_SECTIONS = new Set(['procedure', 'hospital-course', 'diagnosis']);

/** A therapy session in the same sentence keeps the rule on: "tolerated gait training well, 2 wks post-op". */
const THERAPY =
  /\b(?:PT|OT|ST|therapy|session|treatment|tx|exercises?|ther\s?ex|HEP|gait|ambulat\w*|transfers?|stairs|balance|stretch\w*|strengthening|mobility|activities|program)\b/i;

export function isMedicalCare(text: string, section: string): boolean {
  if (THERAPY.test(text)) return false;
  return MEDICAL_SECTIONS.has(section) || MEDICAL_CARE.test(text);
}

/** Breathing: "inspiration" is half of a breath far more often than praise ("pain with deep inspiration"). */
const RESPIRATORY =
  /\b(?:deep|full|end|maximal|forced|on|with|during|at)\s+(?:[\w-]+\s+)?inspiration\b|\binspiration\s+(?:and|\/)\s+expiration\b|\b(?:expiration|expiratory|inspiratory|breath\w*|lungs?|pulmonary|basilar|bibasilar|crackles|rales|wheez\w*|rhonchi|chest\s+tubes?|respirat\w*|spirometr\w*|auscultat\w*|air\s+entry)\b/i;

export function isRespiratory(text: string): boolean {
  return RESPIRATORY.test(text);
}
