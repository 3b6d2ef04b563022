/**
 * Who a term is about, after the experiencer feature of ConText (Harkema et al., J Biomed Inform 2009).
 * "Father with alcohol abuse", "her ex-husband died of …", "Medicaid is threatening to refuse to pay":
 * the term describes someone other than the patient, and rules about how the patient is framed must
 * say less (or nothing) there. Family history is the commonest case; a section of that name makes
 * every term in it about a relative.
 */
import { clauseAt, type Span } from '../text/sentences.ts';
import type { Section } from './sections.ts';

const RELATIVE =
  '(?:mother|father|mom|mum|dad|step-?(?:mother|father|mom|dad)|brothers?|sisters?|siblings?|sons?|daughters?|children|grand(?:mother|father|parents?|son|daughter|ma|pa)s?|aunts?|uncles?|cousins?|nieces?|nephews?|husband|wife|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|ex-?(?:husband|wife|partner|boyfriend|girlfriend|spouse)|parents?|family(?:\\s+members?)?|relatives?|roommates?|friends?|neighbou?rs?|caregivers?|guardians?)';
/** Organisations are "other" too: an insurer that refuses to pay is not a patient refusing care. */
const ORGANISATION = '(?:insurance(?:\\s+company)?|insurer|medicare|medicaid|payer|payor|carrier|pharmacy|employer|court|agency|the\\s+state|DMV)';
/**
 * Other people who are neither family nor an organisation: clinicians, teachers, staff, "people". A label
 * about them ("the teachers become angry with her", "his PCP is unwilling to prescribe") does not describe
 * the patient either.
 */
const OTHER_PERSON =
  '(?:teachers?|people|others|everyone|nobody|classmates?|peers?|coworkers?|co-workers?|boss|supervisor|staff|transporters?|porters?|aides?|techs?|technicians?|security|housekeeping|volunteers?|visitors?|nurses?|nursing|doctors?|physicians?|surgeons?|PCP|provider|providers|therapists?|clinicians?|police|officers?|paramedics?|EMS|dr\\.?\\s+\\w+)';
const DETERMINERS = '(?:and|but|or|so|then|the|a|an|his|her|their|pt\'?s|patient\'?s|client\'?s|biological|maternal|paternal|older|younger|elder|late|adoptive|birth|one|two|both|per)';

/** A relative (or an organisation) opens the clause: it is the clause's subject. */
const RELATIVE_SUBJECT = new RegExp(`^\\s*(?:${DETERMINERS}\\s+){0,3}${RELATIVE}\\b`, 'i');
const OTHER_SUBJECT = new RegExp(`^\\s*(?:(?:${DETERMINERS}|other|some|many|most|night|day|primary|treating|referring|transport|unit|floor|ward|clinic|ED|ER|ICU|front\\s+desk|agency|lab|radiology|pharmacy|home\\s+health)\\s+){0,3}${OTHER_PERSON}\\b(?!\\s+(?:of|for|with)\\b)`, 'i');
const ORGANISATION_SUBJECT = new RegExp(`^\\s*(?:${DETERMINERS}\\s+){0,3}${ORGANISATION}\\b`, 'i');
/** "FH:", "Family history of …": what follows is a relative's history. */
const FAMILY_HISTORY_LEAD = /\b(?:family\s+history|FHx?|fam\s+hx)\b(?:\s+(?:of|is|was|significant|positive|notable|includes?))?[\s:]*[^.;]*$/i;
const PATIENT_SUBJECT = /\b(?:pt|patient|client|resident)\b/i;
/** A verb that reports what someone said or thought, with the hearer if named: the clause after it has its own subject. */
const REPORTED_LEAD =
  /^.*\b(?:that|says|said|feels|felt|thinks|thought|believes|believed|reports?|reported|states?|stated|notes?|noted|mentions?|mentioned|tells|told|warns?|warned|heard|describes?|described|documents?|documented)\s+(?:(?:me|us|him|her|them)\s+)?(?:that\s+)?(?=\S)/i;
/** The reported clause opens with the patient or a pronoun for them. */
const REPORTED_PERSON = /^(?:he|she|they|pt|patient|client|resident)\b/i;
/** Staff naming the patient with a label: "staff call him", "the nurses called her". */
const CALLS_PERSON = /\bcall(?:s|ed|ing)?\s+(?:him|her|them|the\s+(?:pt|patient))\s*$/i;

/**
 * A causative with its object right before the term: "which made his family furious", "left the nurses frustrated". The
 * term is the object's state, not the subject's: the family is furious, not the patient who relapsed.
 */
const CAUSED_STATE = new RegExp(`\\b(?:made|makes|make|making|left|leaves|leaving|got|gets|getting|drove|drives|driving)\\s+(?:${DETERMINERS}\\s+){0,3}(?:(${RELATIVE})|${OTHER_PERSON})\\s+(?:so\\s+|very\\s+|really\\s+|pretty\\s+|quite\\s+|more\\s+|even\\s+more\\s+)?$`, 'i');

export type Experiencer = 'patient' | 'relative' | 'organisation' | 'other';

/** Who the term at `offset` is about, judged from its clause's subject and the note section. */
export function experiencerAt(text: string, sentence: Span, offset: number, section: Section): Experiencer {
  const clause = clauseAt(text, sentence, offset);
  const lead = text.slice(clause.start, offset);
  if (section === 'family-history') return PATIENT_SUBJECT.test(lead) ? 'patient' : 'relative';
  if (ORGANISATION_SUBJECT.test(lead)) return 'organisation';
  const caused = CAUSED_STATE.exec(lead);
  if (caused) return caused[1] ? 'relative' : 'other';
  // A reported clause has its own subject: "she believes that the teachers become angry".
  const inner = lead.replace(REPORTED_LEAD, '');
  if (RELATIVE_SUBJECT.test(lead) || RELATIVE_SUBJECT.test(inner) || FAMILY_HISTORY_LEAD.test(text.slice(sentence.start, offset))) return 'relative';
  // Staff relaying what the patient is like ("Nursing reports he was combative", "Everyone warned me she was high
  // maintenance", "staff call him a frequent flyer") put the label on the patient, not on the staff who said it.
  const aboutPatient = PATIENT_SUBJECT.test(inner) || (inner !== lead && REPORTED_PERSON.test(inner)) || CALLS_PERSON.test(lead);
  if ((OTHER_SUBJECT.test(lead) || OTHER_SUBJECT.test(inner)) && !aboutPatient) return 'other';
  return 'patient';
}
