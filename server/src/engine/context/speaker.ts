/**
 * Who is speaking in a quotation. Endearments and the collective "we" are
 * problems in what staff say to a patient; when the patient says "thanks,
 * love" it is their own way of speaking.
 */
import type { RunContext } from '../rules/define.ts';
import { PER_SOURCE, type QuoteSpan } from './quotes.ts';

const PATIENT = /\b(?:pt|patient|client|resident|he|she|they|the\s+student|Naren)\s+(?:\w+\s+){0,2}?(?:said|says|say|stated|states|asked|asks|replied|replies|told|tells|joked|jokes|laughed|called|calls|answered|answers|added|adds|remarked|responded|responds|explained|explains|reported|reports)\b[^"“]{0,20}$/i;
const STAFF = /\b(?:I|we|staff|nurses?|aides?|CNA|HCA|therapists?|clinicians?|doctors?|Dr\.?\s*\w*|physicians?|residents?\s+physician|my\s+(?:CI|supervisor|preceptor|educator|colleague)|the\s+(?:CI|supervisor|preceptor|aide|nurse|therapist|tech))\s+(?:\w+\s+){0,2}?(?:said|says|say|asked|asks|ask|told|tell|tells|greeted|greets|called|calls|call|replied|answered|responded|kept\s+saying|would\s+say|used\s+to\s+say|addressed|addresses)\b[^"“]{0,20}$/i;
/** "PT said" (the therapist) must not match "Pt said" (the patient). */
const STAFF_ABBR = /\b(?:PTAs?|PT|OT|CI|SLP|RN)\s+(?:\w+\s+){0,2}?(?:said|says|asked|asks|told|tells|greeted|called|replied)\b[^"“]{0,20}$/;
/**
 * Words said to the patient, with the patient as the verb's object: "Encouraged pt: 'Let's finish our juice.'", "Told
 * him, 'Time for our walk.'", "Reminded the resident: …". The one speaking is staff, though "pt:" ends the lead.
 */
const TO_PATIENT = /\b(?:encouraged|encourage|told|tell|tells|reminded|reminds|instructed|cued|cues|asked|asks|prompted|coached|urged|reassured|redirected|informed|educated|greeted|said\s+to|says\s+to|explained\s+to|called\s+out\s+to)\s+(?:the\s+)?(?:pt|patient|client|resident|him|her|them)\s*[:,]?\s*$/i;
/** "Pt: \"…\"" — a patient line in a transcript-style note. */
const PATIENT_LABEL = /\b(?:pt|patient|client|resident)\s*:\s*$/i;
const AFTER_PATIENT = /^\s*[,.]?\s*(?:pt|patient|he|she|they|the\s+patient)\s+(?:said|says|stated|states|asked|replied|joked|laughed|added)\b/i;
const AFTER_STAFF = /^\s*[,.]?\s*(?:I|we|the\s+(?:nurse|aide|CI|therapist|tech)|staff|my\s+CI)\s+(?:said|say|asked|ask|told|called|greeted)\b/i;

export type Speaker = 'patient' | 'staff' | 'unknown';

/** "Per pt, her landlord is \"a hostile guy who yells\"": a quotation findQuotes attributed to the patient's account. */
function perPatient(lead: string, quote: QuoteSpan): boolean {
  return quote.attributed && /^(?:pt|patient|client|resident)$/i.test(PER_SOURCE.exec(lead)?.[1] ?? '');
}

/** The quotation containing the span and who seems to be speaking in it. */
export function speakerOf(ctx: RunContext, start: number, end: number): { quote: QuoteSpan | undefined; speaker: Speaker } {
  const quote = ctx.quoteAt(start, end);
  if (!quote) return { quote, speaker: 'unknown' };
  const lead = ctx.text.slice(Math.max(0, quote.start - 80), quote.start);
  const tail = ctx.text.slice(quote.end, quote.end + 40);
  if (STAFF.test(lead) || STAFF_ABBR.test(lead) || TO_PATIENT.test(lead) || AFTER_STAFF.test(tail)) return { quote, speaker: 'staff' };
  if (PATIENT.test(lead) || PATIENT_LABEL.test(lead) || perPatient(lead, quote) || AFTER_PATIENT.test(tail)) return { quote, speaker: 'patient' };
  return { quote, speaker: 'unknown' };
}
