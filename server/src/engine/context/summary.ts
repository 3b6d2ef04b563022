/**
 * Whether a stock phrase stands for a summary of the session or in place of
 * one. "Tolerated well" next to an RPE, a pain score or vitals summarises
 * data; "A: Pt doing well." as the whole assessment replaces it.
 */
import type { Span } from '../text/sentences.ts';
import { SPEECH_VERBS } from './quotes.ts';

/** Measures, scales and explicit evidence. */
const DATA = /\d|\b(?:as evidenced|evidenced by|as shown|as measured|demonstrated by|RPE|HR|SpO2|O2 sat|BP|VAS|NPRS|NRS|Borg|vitals|without (?:increase|change) in|no (?:increase|change) in)\b/i;
// A note's title may come first, set off by a dash: "SLP daily note - Assessment: see flowsheet."
const LEAD_LABEL = /^[\s\-*+•>]*(?:\d+[.)]\s*)?(?:[A-Za-z][\w /&]{0,40}\s[-–—]\s*)?(?:(?:A|P|A\/P|Assessment|Assess|Imp|Impr|Impression|Plan|Summary)\s*:\s*)?/i;
const LEAD_SUBJECT = /^(?:(?:the\s+)?(?:pt|patient|client|resident|he|she|they)\b\s*(?:is|was|has been|continues to be)?\s*)?(?:overall\s*)?/i;
const TAIL_FILLER = /\b(?:today|overall|at this time|this session|this visit|so far|as tolerated|as planned|per (?:POC|plan))\b/gi;
const LINE_END = /^[\s.!,;]*(?:(?:today|as planned|as tolerated|per (?:POC|plan))[\s.!,;]*)?$/i;

/**
 * Numbers that say who or when, not how the person responded: an age ("pt is 19", "19 yo", "a 19-year-old"),
 * a clock time ("at 10:30", "2 pm"), a visit or day count ("visit 3", "3rd session", "POD 2", "week 6") and
 * a bed or room. "Kiddo did great with stairs today (pt is 19)" carries no more data than without the age.
 */
const NOT_DATA = new RegExp(
  [
    String.raw`\b(?:pt|patient|client|he|she|they)\s+(?:is|was)\s+\d{1,3}(?!\s*(?:/|%|\.\d|x\b|reps?\b|min|sec|s\b|ft|feet|m\b|°|deg))`,
    String.raw`\b(?:age|aged)\s+\d{1,3}\b`,
    String.raw`\b\d{1,3}\s*(?:-?\s*(?:yo|y\/o|y\.o\.?|yr?s?\.?\s*old|years?\s*old|year-old|years?-old|month-old|months?\s*old|mo\s*old))`,
    String.raw`\b\d{1,2}:\d{2}\s*(?:am|pm|h)?\b`,
    String.raw`\b\d{1,2}\s*(?:am|pm)\b`,
    String.raw`\b(?:visit|session|week|wk|day|POD|HD|bed|room|rm)\s*#?\s*\d+\b`,
    String.raw`\b\d+(?:st|nd|rd|th)\s+(?:visit|session|week|day|time|appointment|treatment)\b`,
    // How long an intervention ran is the dose of the session, not the person's response: "Gait training x20 min, pt did
    // great", "ther ex for 30 minutes". How long the person walked or stood is a measure and stays data.
    String.raw`\b(?:training|ex|exercises?|therex|therapy|tx|treatment|session|education|instruction|e-?stim|NMES|TENS|ultrasound|massage|STM|modalities|heat|ice|CP|HP|MHP)(?:\s+[A-Za-z]+){0,3}?\s*(?:x|for|:)?\s*\d+\s*(?:-\s*\d+\s*)?(?:min|mins|minutes)\b`,
  ].join('|'),
  'gi',
);

/** Measures or evidence in the sentence around [start, end) (a bounded window, so a run-on line stays linear). */
export function hasMeasures(text: string, sentence: Span, start: number, end: number): boolean {
  return DATA.test(text.slice(Math.max(sentence.start, start - 300), Math.min(sentence.end, end + 300)).replace(NOT_DATA, ' '));
}

/**
 * Stock verdicts that may stand beside another in one summary ("A: Doing well, no complaints, continue POC."): a
 * comma between two of them joins two empty statements, not a statement and its data.
 */
const STOCK = String.raw`(?:(?:is\s+|was\s+)?(?:doing|did|tolerat(?:ed|ing))\s+(?:very\s+|really\s+|so\s+)?(?:well|great|fine|good|ok|okay)|no\s+(?:new\s+)?(?:complaints|concerns|issues|c\/o)|(?:continue|cont\.?)\s+(?:with\s+|w\/\s*|per\s+)?(?:the\s+)?(?:POC|plan of care|plan|current plan|tx|treatment)|(?:making\s+)?(?:good|great|steady)\s+progress|progressing(?:\s+well)?|improving|tolerated\s+(?:tx|treatment|session|therapy)(?:\s+well)?|all\s+(?:good|fine|ok|okay|well)|nothing\s+(?:to\s+report|of\s+note|new)|NTR)`;
/** A pointer to the flowsheet after a verdict leaves the verdict empty ("Doing well, see flowsheet."), but is not itself one. */
const POINTER = String.raw`(?:see|per|refer\s+to)\s+(?:the\s+)?flow\s*-?sheets?`;
const STOCK_LEAD = new RegExp(String.raw`^(?:${STOCK}\s*,\s*)+`, 'i');
const STOCK_TAIL = new RegExp(String.raw`(?:,\s*(?:${STOCK}|${POINTER}))+\s*[.!]?\s*$`, 'i');

/** The clause (between sentence ends, semicolons and line breaks) is the phrase alone, with a label, subject, copula, "today" or "overall". */
export function isWholeStatement(text: string, sentence: Span, start: number, end: number): boolean {
  const from = Math.max(sentence.start, start - 200);
  const lead = text.slice(from, start);
  const clauseStart = from + Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('\n')) + 1;
  const tail = text.slice(end, Math.min(sentence.end, end + 200));
  const stop = tail.search(/[;\n]/);
  const clauseEnd = stop === -1 ? Math.min(sentence.end, end + 200) : end + stop;
  const before = text.slice(clauseStart, start).replace(LEAD_LABEL, '').replace(LEAD_SUBJECT, '').replace(STOCK_LEAD, '').trim();
  const after = text.slice(end, clauseEnd).replace(STOCK_TAIL, '').replace(TAIL_FILLER, '').replace(/[\s.!,]/g, '');
  return before === '' && after === '';
}

/** Nothing but punctuation (or "today", "as planned") follows on the line: "Continue POC; progress resistance" names a next step. */
export function nothingAfterOnLine(text: string, end: number): boolean {
  const nl = text.indexOf('\n', end);
  return LINE_END.test(text.slice(end, nl === -1 ? text.length : nl));
}

/**
 * A note of one short paragraph that carries no data at all ("Pt doing well, no complaints. Continue POC."): its stock
 * phrases are the whole assessment and plan, even without an "A:" or "P:" label.
 */
export function isShortUnmeasuredNote(text: string, sentences: number): boolean {
  // A note that reports what the person said ("Pt states she is doing well. No complaints today.") is their account.
  return sentences <= 3 && text.trim().length <= 120 && !DATA.test(text) && !SPEECH_VERBS.test(text);
}
