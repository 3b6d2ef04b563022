/**
 * Named conditions a term can require (`when`) or be vetoed by (`unless`).
 * Each one asks the shared clinical context layer; a rule names them instead of
 * writing its own closure, and a new one is added here when a rule needs it.
 */
import type { RunContext } from '../rules/define.ts';
import { atSentenceStart, LEAD_LABEL, PERSON_WORDS_ANY_CASE, SENTENCE_LEAD } from '../context/subject.ts';
import { isHospitalAdmission, isMedicalCare, isRespiratory } from '../context/senses.ts';
import { isMedicationContext, isVolumeMeasurement } from '../context/medication.ts';
import { CHILD_BELOW_YEARS, childAgeText, minorText, paragraphAges, statesGroupAdultAges } from '../context/age.ts';
import { speakerOf } from '../context/speaker.ts';
import { goalAt, hasTime, statesMeasure } from '../context/goals.ts';
import { hasMeasures, isShortUnmeasuredNote, isWholeStatement, nothingAfterOnLine } from '../context/summary.ts';
import { SHAPES } from '../rules/identifiers/shapes.ts';
import { SPEECH_VERBS, leadHasSpeech, type QuoteSpan } from '../context/quotes.ts';
import { clauseAt } from '../text/sentences.ts';
import type { Token } from './tokens.ts';
import { WORD_SETS } from './words.ts';

/** Verbs of coercion, and what follows them when the person is the one made to act ("was made to", "forced him to"). */
/** Words that judge a quoted phrase as talk: patronising, condescending, belittling, elderspeak. */
/** Words right before a quotation that hold it up as wording to give up: "stop saying", "instead of saying". */
/** Praise words, then "but" and degree words, with nothing else: the opening of a fragment about the patient. */
const PRAISE_THEN_BUT = /^\s*(?:(?:very|so|really|quite|always|pleasant|pleasent|nice|lovely|polite|charming|sweet|friendly|chatty|enough|and|,)\s*)+\b(?:but|yet|though)\s+(?:(?:very|so|really|quite|rather|extremely|incredibly|a\s+bit|at\s+times)\s+)*$/i;
const CRITIQUE_LEAD = /\b(?:stop(?:ped)?|quit|avoid|instead of|rather than|not|never|shouldn't|should not|mustn't) (?:saying|calling (?:them|him|her|people|patients))\s*["“‘']?\s*$|\bnot to say\s*["“‘']?\s*$/i;
const CRITIQUE = /\b(?:patroni[sz]ing|condescending|infantili[sz]ing|belittling|demeaning|disrespectful|dismissive|talking down|talks down|talk down|elderspeak|baby talk|told (?:me|us) nothing|tells (?:me|us) nothing|(?:said|says) nothing about|told (?:me|us) little|made me (?:cringe|uncomfortable|wince))\b/i;
const COERCED = new Set(['made', 'make', 'makes', 'forced', 'force', 'forces', 'coerced', 'pressured', 'pressed']);
const COERCED_WHO = new Set(['to', 'him', 'her', 'them', 'pt', 'patient', 'the']);
/** A staff role's abbreviation opening the sentence, after an optional label: "PT notes pt …", "Plan: RN to …". */
const STAFF_ABBREV_LEAD = new RegExp(String.raw`^[\s\-*>•]*${LEAD_LABEL}(?:PTAs?|PT|OT|COTA|SLP|ST|RN|LPN|CNA|NP|PA|MD|RT|SW|CM)\s+(?:\w+\s+){0,2}$`);

export interface Candidate {
  start: number;
  end: number;
}

type Condition = (ctx: RunContext, c: Candidate) => boolean;

/** Conditions that read nothing but the matched text, with that test (see onText and textTestOf). */
const TEXT_TESTS = new Map<Condition, (text: string) => boolean>();
/**
 * A condition on the matched text alone. The engine may run the test on the token of a one-token match
 * before it builds the match (terms.ts): "#word" when drugDoseUnitFused was tried at every word of a note.
 */
function onText(test: (text: string) => boolean): Condition {
  const condition: Condition = (ctx, c) => test(ctx.text.slice(c.start, c.end));
  TEXT_TESTS.set(condition, test);
  return condition;
}

/** Index of the first token starting at or after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Verbs of a clearance awaited ("until cleared by neurology"): who lifts a restriction, not who set it. */
const CLEARED = new Set(['cleared', 'seen', 'evaluated', 'assessed', 'examined', 'released', 'approved', 'reviewed']);
/** A verb of telling in a candidate's own words ("was told to", "Told pt to", "instructed her not to"). */
const TELLING_VERB = /\b(?:told|tell|tells|telling|instructed|instructs|instruct|warned|warns|warn|reminded|reminds|remind)\b/i;

/** Words of the clause before the candidate, lower-cased. */
function leadWords(ctx: RunContext, c: Candidate): string[] {
  const tokens = ctx.tokens();
  const clause = clauseAt(ctx.text, ctx.sentenceAt(c.start), c.start);
  const out: string[] = [];
  for (let i = tokenAt(tokens, c.start) - 1; i >= 0 && tokens[i]!.start >= clause.start; i--) if (tokens[i]!.shape !== 'punct') out.unshift(tokens[i]!.lower);
  return out;
}

/** Lower-case words of the sentence before the candidate, skipping a leading "Label:". */
function sentenceLead(ctx: RunContext, c: Candidate): string[] {
  const tokens = ctx.tokens();
  const out: string[] = [];
  for (let i = tokenAt(tokens, ctx.sentenceAt(c.start).start); i < tokens.length && tokens[i]!.start < c.start; i++) {
    if (tokens[i]!.text === ':') out.length = 0;
    else if (tokens[i]!.shape !== 'punct') out.push(tokens[i]!.lower);
  }
  return out;
}

/** A care or records word (WORD_SETS.careEvent) in [from, to), except a participle after a determiner ("the prescribed dose"). */
function careWordIn(ctx: RunContext, from: number, to: number): boolean {
  const tokens = ctx.tokens();
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) {
    const w = tokens[i]!.lower;
    if (WORD_SETS.careEvent.has(w) && !(/ed$/.test(w) && i > 0 && WORD_SETS.det.has(tokens[i - 1]!.lower))) return true;
  }
  return false;
}

/**
 * Where the clause that follows `offset` ends: the adverb's own comma ("Apparently, he was seen here") does not end it,
 * but a later break does ("…, which I found hard to believe given her results" is the writer's comment, not the account).
 */
function clauseAfter(ctx: RunContext, offset: number): number {
  const tokens = ctx.tokens();
  let i = tokenAt(tokens, offset);
  while (i < tokens.length && tokens[i]!.shape === 'punct') i++;
  const sentence = ctx.sentenceAt(offset);
  if (i >= tokens.length || tokens[i]!.start >= sentence.end) return sentence.end;
  return clauseAt(ctx.text, sentence, tokens[i]!.start).end;
}

/** Lower-case words right after the candidate, up to `n`. */
function nextWords(ctx: RunContext, c: Candidate, n: number): string[] {
  const tokens = ctx.tokens();
  const out: string[] = [];
  for (let i = tokenAt(tokens, c.end); i < tokens.length && out.length < n && tokens[i]!.shape !== 'punct'; i++) out.push(tokens[i]!.lower);
  return out;
}

/** A passive form of the verb ("was refused entry"), unless the patient is the agent ("… by the patient"). */
function passiveNotByPatient(ctx: RunContext, c: Candidate): boolean {
  // Only a participle after "be" is passive: "was refused entry", not "is refusing".
  const verb = /^[\p{L}]+/u.exec(ctx.text.slice(c.start, c.end))?.[0].toLowerCase() ?? '';
  if (!/(?:ed|en|wn|ld|ght|pt|ft)$/.test(verb)) return false;
  const lead = leadWords(ctx, c);
  if (!WORD_SETS.be.has(lead[lead.length - 1] ?? '')) return false;
  const after = nextWords(ctx, c, 3);
  return !(after[0] === 'by' && after.slice(1).some((w) => WORD_SETS.subject.has(w)));
}

/**
 * The patient is the one deciding: a person is the subject, the object is care ("the TKA in bed 12
 * refused PT"), or the verb opens its clause with at most adverbs before it ("Offered ice; refused.").
 */
function patientDecides(ctx: RunContext, c: Candidate): boolean {
  if (ctx.personSubject(c.start) || ctx.personBefore(c.start)) return true;
  const after = nextWords(ctx, c, 3);
  // An infinitive ("refused to walk") or care as the object.
  if (after[0] === 'to' || / to$/i.test(ctx.text.slice(c.start, c.end)) || after.some((w) => WORD_SETS.care.has(w))) return true;
  return leadWords(ctx, c).every((w) => WORD_SETS.adverb.has(w) || WORD_SETS.have.has(w) || WORD_SETS.be.has(w) || w === 'and' || w === 'but');
}

/** A word of `set` in the candidate's sentence, within `reach` characters of it. */
function sentenceHas(ctx: RunContext, c: Candidate, set: ReadonlySet<string>, reach: number): boolean {
  const s = ctx.sentenceAt(c.start);
  return wordIn(ctx, Math.max(s.start, c.start - reach), Math.min(Math.max(s.end, c.end), c.end + reach), set);
}

/** A token starting in [from, to) is in one of the sets. The one scan behind every "is there a … nearby" condition. */
function wordIn(ctx: RunContext, from: number, to: number, set: ReadonlySet<string>, also?: ReadonlySet<string>): boolean {
  const tokens = ctx.tokens();
  for (let i = tokenAt(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) {
    const w = tokens[i]!.lower;
    if (set.has(w) || also?.has(w)) return true;
  }
  return false;
}

/**
 * The candidate is exactly a short quotation (one to three words) the writer put there: unattributed, not in a
 * `>` blockquote, a Goals section or operative shorthand. The candidate includes the marks.
 */
function writersShortQuote(ctx: RunContext, c: Candidate, reportedNoun = false): QuoteSpan | undefined {
  const q = ctx.quoteAt(c.start + 1, c.end - 1);
  if (!q || q.start !== c.start || q.end !== c.end || q.words < 1 || q.words > 3) return undefined;
  if (q.attributed && !(reportedNoun && quotedInsideReport(ctx, q))) return undefined;
  if (ctx.inBlockquote || ctx.section === 'goals' || ctx.section === 'procedure') return undefined;
  return q;
}

/**
 * A word or two quoted inside the noun phrase a reporting verb governs ("Reports a "reaction" to IV contrast",
 * "Complaining of the same 'tingling'", "Says he has been 'sober'"): the verb reports the patient's account, but the
 * marks sit on one word of it, which is the writer's doubt, not the patient's words quoted. Speech the verb introduces
 * ('states, "…"', 'describes it as "burning"') and a quote attributed after it ('"…," she said') stay the speaker's.
 */
function quotedInsideReport(ctx: RunContext, q: QuoteSpan): boolean {
  if (q.words > 2) return false;
  const lead = ctx.text.slice(ctx.sentenceAt(q.start).start, q.start);
  // A single symptom word as the bare object of the report ("reports 'seizures' at home", "is having "pain" at night")
  // is the writer's marks on the patient's symptom, not the patient's words introduced.
  const bareSymptom = q.words === 1 && REPORTED_OBJECT_LEAD.test(lead) && wordIn(ctx, q.innerStart, q.innerEnd, WORD_SETS.claimedThing);
  if (/[:,]\s*$/.test(lead) || (SPEECH_INTRODUCES.test(lead) && !bareSymptom) || !(REPORTED_NOUN_LEAD.test(lead) || bareSymptom)) return false;
  if (ATTRIBUTED_AFTER_QUOTE.test(ctx.text.slice(q.end, q.end + 40))) return false;
  // The reporting verb governs the phrase: a few words before it, with no clause ("that", "if", "as") or comma
  // between. 'what she describes as going into a "panic mode"' and 'I explained to him that … on a "bad day"' are
  // the speaker's own terms.
  let last = -1;
  for (const m of lead.matchAll(SPEECH_ANYWHERE)) last = m.index + m[0].length;
  if (last < 0) return false;
  const between = lead.slice(last);
  return !/\b(?:that|if|as|like|when|because|whether|what)\b|[,;:]/i.test(between) && between.trim().split(/\s+/).length <= 4;
}
const SPEECH_ANYWHERE = new RegExp(SPEECH_VERBS.source, 'gi');
/** A speech verb right before the quote, with at most "that", "as", "like" or "it as" between. */
const SPEECH_INTRODUCES = new RegExp(`(?:${SPEECH_VERBS.source})\\s+(?:(?:it|this|that|them|the\\s+\\w+)\\s+)?(?:as|like|that)?\\s*$`, 'i');
/**
 * The quote opens a noun phrase or a predicate: a determiner, a possessive, "same", or a copula right before it, or
 * the reported clause's subject ('says he "ran out" of meds').
 */
const REPORTED_NOUN_LEAD = /\b(?:a|an|the|his|her|their|its|this|that|same|some|any|these|those|pt's|patient's|been|is|was|be|he|she|they|pt|patient)\s*$/i;
/** Earlier words that bring another party into the sentence ("Per ortho, …", "Discussed with cardiology, …", "Pharmacy called, …"). */
const OTHER_PARTY_LEAD = new Set(['per', 'with', 'from', 'by', 'discussed', 'spoke', 'called', 'talked', 'consulted', 'according', 'cards', 'pulm', 'gi', 'psych', 'onc', 'pharmacy', 'nursing', 'rehab', 'hospice']);
/** A verb whose bare object is a reported symptom: "reports", "endorses", "is having", "complains of". */
const REPORTED_OBJECT_LEAD = /\b(?:reports?|reported|reporting|endorses?|endorsed|endorsing|having|experiencing|complains?\s+of|complaining\s+of|c\/o)\s*$/i;
/** Attribution after the quote: `"…," pt said`, `"…" (her words)`. */
const ATTRIBUTED_AFTER_QUOTE = /^\s*[,.]?\s*(?:\(?\s*(?:pt|patient|he|she|they|client|caregiver|his|her|their)\b[^.]{0,20}?)?\b(?:sa(?:id|ys)|state[sd]|report(?:s|ed)|explain(?:s|ed)|add(?:s|ed)|words|asked|replied)\b/i;

/** What may precede a label in a one-liner: a subject and "is a", and up to two plain descriptors ("a pleasant 45 yo"). */
const ONE_LINER_LEAD =
  /^(?:(?:(?:pt|patient|client|he|she|this|the|Mr\.?|Mrs\.?|Ms\.?|[A-Z][a-z]+)\s+)?(?:is|was)\s+|(?:pt|patient|client|resident)\s*,\s*)?(?:a|an|the)?\s*(?:(?:young|old|older|elderly|middle[-\s]aged|pleasant|uninsured|underinsured|undocumented|homeless|unemployed|retired|married|single|divorced|widowed|local|obese|frail|tall|short|heavy[-\s]set|thin|poorly|well|groomed|well-groomed|poorly-groomed|disheveled|dishevelled|unkempt|well-dressed|well-nourished|cachectic|morbidly|anxious|tearful|alert|agitated)[\s,]+){0,3}$/i;

/** A speech tag right after a quotation: '…," I said', '…," the aide told her', '…!" she called'. */
/** An "if" clause whose verb is the illness's course ("if he continues to deteriorate", "unless her sats improve"). */
const ILLNESS_CONDITION = /\b(?:if|unless)\b[^,;.]{0,60}?\b(?:deteriorat\w*|improv\w*|worsen\w*|declin\w*|get(?:s|ting)?\s+(?:worse|better|weaker|sicker)|desaturat\w*|spik\w*|bleed\w*|fever\w*|febrile|pyrexi\w*|septic|unwell|stable|stabilis\w*|stabiliz\w*|respond\w*|progress\w*|recover\w*|heal\w*|fits?|fitting|seiz\w*)\b/i;
/** An age of 60 to 119 written as an age ("84 yo", "a 78-year-old", "aged 91"). */
const OLDER_AGE_STATED = /\b(?:(?:[6-9]\d|1[01]\d)\s*-?\s*(?:yo|y\/o|y\.o\.|years?[-\s]old|yrs?[-\s]old|year[-\s]old)|aged?\s+(?:[6-9]\d|1[01]\d))\b/i;
const SPEECH_TAG_AFTER = /^\s*[,.]?\s*(?:I|we|he|she|they|staff|the\s+\w+|my\s+\w+|[A-Z][a-z]+)\s+(?:said|says|told|tells|asked|asks|called|calls|replied|answered|shouted|yelled|whispered|added|chirped|cooed)\b/;

/** An age opening the sentence, after any list marker or field label: "68 yo", "a 24-year-old", "58M". */
const AGE_LEAD = /^[\s\-*>•]*(?:(?:\*\*|__)?[A-Z][A-Za-z /]{0,25}(?:\*\*|__)?:\s*)?(?:(?:a|an)\s+)?\d{1,3}\s*(?:-?\s*(?:yo|y\/o|y\.o\.|year[-\s]old|yr[-\s]old)\b|[MF]\b)/i;

/** The candidate's line opens with a label ("- **Appearance:**") that `label` accepts. */
function fieldLabel(ctx: RunContext, c: Candidate, label: RegExp): boolean {
  const from = Math.max(0, c.start - 200);
  const line = ctx.text.slice(from + ctx.text.slice(from, c.start).lastIndexOf('\n') + 1, c.start);
  const m = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([^:*_]{1,40}?)(?:\*\*|__)?\s*:/.exec(line);
  return !!m && label.test(m[1]!.trim());
}

/** The person's own rating of a symptom: the verb "rate", or a score out of ten. */
const SELF_RATING = /\b(?:rates|rated|rating|self-rates|self-rated)\b|\b\d{1,2}\s?\/\s?10\b/i;

/**
 * The match is the whole of a short (at most four words) unattributed quotation, give or take closing punctuation:
 * a word held up to be looked at, which the conditions below tell apart by what the sentence says of it.
 */
function isWholeShortQuote(ctx: RunContext, c: Candidate, maxWords = 4): boolean {
  const q = ctx.quoteAt(c.start, c.end);
  if (!q || q.attributed || q.words > maxWords) return false;
  return ctx.text.slice(q.innerStart, c.start).trim() === '' && !/[^\s.,;:!?]/.test(ctx.text.slice(c.end, q.innerEnd));
}

/**
 * The match is wording held up to be looked at, not used: the whole of a short unattributed quotation that the
 * sentence names as a word ("why the word "addict" hurts", "the intake form uses "substance abuse" as a heading"),
 * in a note or a reflection; and in a reflection, any such quotation ("I learned that "combative" on the handoff
 * sheet told me nothing"), or a longer one from the record ('The progress note opened with "pleasant young woman,"
 * and …'). The engine drops these for every rule that leaves quotations to it (Rule.quoteExempt): the evidence's
 * "quoted chart language a student is critiquing", applied once instead of per rule.
 */
export function isMention(ctx: RunContext, c: Candidate): boolean {
  if (isWholeShortQuote(ctx, c)) return ctx.mode === 'reflection' || sentenceHas(ctx, c, WORD_SETS.wordName, 80);
  if (ctx.mode !== 'reflection') return false;
  // A whole phrase of up to six words ("'the stroke in bed 4' is how some people talk"), or part of one from the record.
  if (isWholeShortQuote(ctx, c, 6)) return true;
  const q = ctx.quoteAt(c.start, c.end);
  if (!q || q.attributed || q.words > 6) return false;
  return sentenceHas(ctx, c, WORD_SETS.chartDocument, 120) || recordedByOthers(ctx, c);
}

/**
 * Someone other than the writer put the words in the record earlier in the sentence ("The nurse documented that he was
 * "noncompliant with …""); the writer's own charting ("I charted "drug abuse history"") is their wording.
 */
function recordedByOthers(ctx: RunContext, c: Candidate): boolean {
  const tokens = ctx.tokens();
  const s = ctx.sentenceAt(c.start);
  for (let i = tokenAt(tokens, s.start); i < tokens.length && tokens[i]!.start < c.start; i++) {
    if (!WORD_SETS.recordVerb.has(tokens[i]!.lower)) continue;
    const before = tokens[i - 1]?.lower;
    if (before !== 'i' && before !== 'we') return true;
  }
  return false;
}

/** Sections whose lines answer a history template (see historyRecord). */
const HISTORY_SECTIONS: ReadonlySet<string> = new Set(['ros', 'social-history', 'family-history', 'allergies', 'mental-status']);

/** Words before the thing a person smells of or is soiled with: "smells of urine", "smelled like smoke". */
const OBJECT_OF_SMELL: ReadonlySet<string> = new Set(['of', 'like']);

const EVENT_WORD = /\b(?:falls?|seizures?|codes?|arrests?|bleeds?|overdoses?|OD|syncope)\b/i;
const EVENT_CUE = /\b(?:unwitnessed|witnessed|occurred|happened|incidents?|huddles?|debrief\w*|reviewed|review|RCA|root[- ]cause|safety\s+reports?|event|post-?fall|was\s+called|called\s+at)\b/i;
const CANNOT = new Set(["couldn't", 'couldn’t', "can't", 'can’t', 'cannot', "wouldn't", 'wouldn’t']);
/** An assessment or plan label opening the sentence: "A:", "A/P:", "Assessment:", "Plan:", "Impression:". */
const INLINE_SUMMARY_LABEL = /^\s*(?:A|P|A\/P|Assessment|Assess|Plan|Impression|Imp|Impr)\s*:/;

export const CONDITIONS = {
  /** A person is the stated subject or, at the start of a fragment, the implied one. */
  personSubject: (ctx, c) => ctx.personSubject(c.start) || ctx.personBefore(c.start),
  patientDecides,
  passiveNotByPatient,
  /** A person word (subject or possessive) earlier in the sentence, past commas ("He was a big guy, honestly obese"). */
  personInSentence: (ctx, c) => wordIn(ctx, ctx.sentenceAt(c.start).start, c.start, WORD_SETS.subject, WORD_SETS.pronoun),
  /** A scar, a mass or a dressing shortly before in the sentence, past commas ("Scar well healed, not adherent"). */
  tissueEarlier: (ctx, c) => !ctx.personBefore(c.start) && wordIn(ctx, Math.max(ctx.sentenceAt(c.start).start, c.start - 60), c.start, WORD_SETS.tissue),
  /** The same, a relative included ("the dad was a nightmare, so entitled"). */
  personOrRelativeInSentence: (ctx, c) => wordIn(ctx, ctx.sentenceAt(c.start).start, c.start, WORD_SETS.subject, WORD_SETS.pronoun) || wordIn(ctx, ctx.sentenceAt(c.start).start, c.start, WORD_SETS.relative),
  /** A person word earlier in the clause. */
  personBefore: (ctx, c) => ctx.personBefore(c.start),
  /** Within the first words of its sentence (a verbless fragment's implied subject). */
  sentenceStart: (ctx, c) => atSentenceStart(ctx.text, ctx.sentenceAt(c.start), c.start, 3),
  /**
   * The same, or opening a note-style clause after a semicolon, which notes use as a full stop ("Pt not permitted to
   * ambulate without staff; told her to call before getting up").
   */
  noteClauseStart: (ctx, c) => atSentenceStart(ctx.text, ctx.sentenceAt(c.start), c.start, 3) || /;\s*(?:[A-Za-z]+\s+)?$/.test(ctx.text.slice(Math.max(ctx.sentenceAt(c.start).start, c.start - 30), c.start)),
  /** A dose, route, unit or frequency nearby. */
  medication: (ctx, c) => ctx.medication(c.start, c.end),
  /** A measured volume ("EBL 200 cc") rather than a dose. */
  volume: (ctx, c) => isVolumeMeasurement(ctx.text, c.start, c.end),
  /** "admit" in the sense of a hospital admission. */
  hospitalAdmission: (ctx, c) => isHospitalAdmission(ctx.text, c.start, c.end),
  /** The sentence is about medical care (treatment, therapy, dosing). */
  medicalCare: (ctx, c) => isMedicalCare(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end), ctx.section),
  /** The sentence is about breathing ("on inspiration"). */
  respiratory: (ctx, c) => isRespiratory(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end)),
  /** Inside quotation marks, attributed or not. */
  quoted: (ctx, c) => ctx.quoteAt(c.start, c.end) !== undefined,
  /** A student's reflection rather than a clinical note. */
  reflection: (ctx) => ctx.mode === 'reflection',
  /** The patient is a child by the age the note states. */
  paediatric: (ctx) => ctx.patientAgeYears !== undefined && ctx.patientAgeYears < 18,
  /** The patient is an older adult by the age the note states. */
  olderPatient: (ctx) => ctx.patientAgeYears !== undefined && ctx.patientAgeYears >= 65,
  /** A heading or a table cell rather than running prose. */
  heading: (ctx) => ctx.kind === 'heading',
  tableCell: (ctx) => ctx.kind === 'tableCell',
  // Conditions first needed by one family; shared by any rule that names them.

  // -- credibility --
  /**
   * The person rated something earlier in the sentence ("rates pain 9/10", "rated her fatigue an 8", "pain 10/10 per pt"):
   * a "rating" or "number" that follows is their own report, not a test the clinician scored.
   */
  selfRatingInSentence: (ctx, c) => SELF_RATING.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /** A speech or reporting verb earlier in the sentence ("was told … even on a 'good day'"): someone's words are reported. */
  speechInSentence: (ctx, c) => SPEECH_VERBS.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /** A speech verb in the sentence that quotes the quotation, not one whose noun phrase holds a scare-quoted word. */
  quotesSpeech: (ctx, c) => {
    const q = ctx.quoteAt(c.start + 1, c.end - 1);
    return leadHasSpeech(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)) && !(q && quotedInsideReport(ctx, q));
  },
  /** A review of systems: its section, or an "ROS:" label earlier on the line. */
  reviewOfSystems: (ctx, c) => ctx.section === 'ros' || leadWords(ctx, c).some((w) => w === 'ros'),
  /**
   * A history the note records line by line: a review of systems, or a social, family, allergy or
   * mental-status section ("Social: Denies injection drug use", "SHX: Denies tobacco"). "Denies" there answers a
   * template question; it is not a dispute with the patient.
   */
  historyRecord: (ctx, c) => HISTORY_SECTIONS.has(ctx.section) || leadWords(ctx, c).some((w) => w === 'ros'),
  /** "Admit(ted)" in its hospital sense, judged on the verb alone ("admitted to the floor", "Admit to neurology"). */
  admissionVerb: (ctx, c) => isHospitalAdmission(ctx.text, c.start, ctx.tokens()[tokenAt(ctx.tokens(), c.start)]?.end ?? c.end),
  /** A person word anywhere in the clause, or a subjectless fragment ("Allegedly fell at home"). */
  personInClause: (ctx, c) => ctx.personBefore(c.start) || atSentenceStart(ctx.text, ctx.sentenceAt(c.start), c.start, 1) || nextWords(ctx, c, 8).some((w) => WORD_SETS.subject.has(w) || WORD_SETS.relative.has(w)),
  /**
   * Exactly a short quotation the writer put around a word or two: unattributed, one to three words, not
   * the patient's first-person words, not a Title Case name ("Four Square"), not a quoted letter or number
   * used as a label, and not in a `>` blockquote, a Goals section or operative shorthand.
   */
  scareQuote: (ctx, c) => {
    const q = writersShortQuote(ctx, c, true);
    if (!q) return false;
    const all = ctx.tokens();
    const words: Token[] = [];
    for (let i = tokenAt(all, q.innerStart); i < all.length && all[i]!.end <= q.innerEnd; i++) if (all[i]!.shape !== 'punct') words.push(all[i]!);
    if (words.length === 0 || words.some((t) => WORD_SETS.firstPerson.has(t.text))) return false;
    if (words.length >= 2 && words.every((t) => t.text.charAt(0) !== t.text.charAt(0).toLowerCase() || t.shape === 'number')) return false;
    return !(words.length === 1 && (words[0]!.shape === 'number' || words[0]!.text.length === 1));
  },

  /**
   * The match sits inside a short unattributed quotation of chart wording that the sentence discusses as wording
   * ('The H&P opened with "pleasant 70-year-old," and I wondered what that word added'): mentioned, not used.
   */
  quotedWording: (ctx, c) => {
    const q = ctx.quoteAt(c.start, c.end);
    return !!q && !q.attributed && q.words <= 5 && sentenceHas(ctx, c, WORD_SETS.wordName, 120);
  },
  /**
   * In a reflection, shorthand held up in quotation marks as an example of how it is misread ('a near-miss in which
   * "10U" was read as 100', 'rewrite every "QD"'): the abbreviation is mentioned, not used in an order.
   */
  quotedShorthand: (ctx, c) => {
    if (ctx.mode !== 'reflection') return false;
    const q = ctx.quoteAt(c.start, c.end);
    return !!q && !q.attributed && q.words <= 3 && sentenceHas(ctx, c, WORD_SETS.misreading, 160);
  },
  /**
   * In a reflection, a quotation of what someone put in the record, the writer included ("My CI pointed out that I had
   * written "how are we feeling" in my note"): wording held up for examination, not said to anyone. The rules that
   * report quoted staff speech (collective "we", pet names) still see a quotation of what was said.
   */
  quotedRecordWording: (ctx, c) => {
    if (ctx.mode !== 'reflection') return false;
    // Inside the quotation, or the quotation itself with its marks (a scare quote's span).
    const q = ctx.quoteAt(c.start, c.end) ?? ctx.quoteAt(c.start + 1, c.end - 1);
    return !!q && q.words <= 8 && wordIn(ctx, ctx.sentenceAt(c.start).start, q.start, WORD_SETS.recordVerb);
  },
  /**
   * In a reflection, a short quotation the sentence goes on to judge as talk ("why asking 'how are we today?' can sound
   * patronising", '"sweetie" felt condescending'): the wording held up for examination, not said to anyone.
   */
  quotedCritiqued: (ctx, c) => {
    if (ctx.mode !== 'reflection') return false;
    const q = ctx.quoteAt(c.start, c.end) ?? ctx.quoteAt(c.start + 1, c.end - 1);
    if (!q || q.words > 8) return false;
    // A question mark closing the quotation ends a sentence for the splitter, so the judgement may be in the next one.
    const end = Math.max(ctx.sentenceAt(c.start).end, ctx.sentenceAt(Math.min(ctx.text.length - 1, q.end + 1)).end);
    if (CRITIQUE.test(ctx.text.slice(q.end, Math.min(end, q.end + 160)))) return true;
    // Or the critique comes first: "my preceptor said I need to stop saying "let's have our shower now"".
    return CRITIQUE_LEAD.test(ctx.text.slice(Math.max(ctx.sentenceAt(c.start).start, q.start - 120), q.start));
  },
  /** A pain rating the writer put in quotation marks ("rates her pain "10/10" while laughing"): the number is doubted. */
  quotedRating: (ctx, c) => writersShortQuote(ctx, c) !== undefined && /^\D\s*\d{1,3}\s*\/\s*10\s*\D$/.test(ctx.text.slice(c.start, c.end)),
  /**
   * In a reflection, a doubt word the writer puts in quotation marks on its own ("When I read that he 'supposedly'
   * took his meds …") is the chart's wording held up for comment, not the writer's own doubt.
   */
  quotedInReflection: (ctx, c) => {
    if (ctx.mode !== 'reflection') return false;
    const q = ctx.quoteAt(c.start, c.end);
    return !!q && !q.attributed && q.words <= 2;
  },
  /**
   * A staff discipline as the sentence's subject, written in capitals as notes write it ("PT insisted on a second
   * spotter", "OT recommends …"); "Pt" in mixed case is the patient. An all-capitals sentence tells nothing.
   */
  staffAbbrevSubject: (ctx, c) => {
    const lead = ctx.text.slice(ctx.sentenceAt(c.start).start, c.start);
    return /[a-z]/.test(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end)) &&
      STAFF_ABBREV_LEAD.test(lead);
  },
  /**
   * The term opens a later clause of a subjectless fragment chain ("Stubborn about ambulating, insists on using the
   * bedpan"; "Refuses the walker, insists on furniture walking"): the patient is still the implied subject, unless
   * staff, an organisation or a source is named earlier in the sentence.
   */
  clauseFragment: (ctx, c) => {
    const clause = clauseAt(ctx.text, ctx.sentenceAt(c.start), c.start);
    if (clause.start <= ctx.sentenceAt(c.start).start) return false;
    if (!leadWords(ctx, c).every((w) => WORD_SETS.adverb.has(w) || w === 'and' || w === 'but' || w === 'then')) return false;
    return !sentenceLead(ctx, c).some((w) => WORD_SETS.clinician.has(w) || WORD_SETS.organisation.has(w) || WORD_SETS.nonSpeaker.has(w) ||
      WORD_SETS.relative.has(w) || WORD_SETS.orderer.has(w) || OTHER_PARTY_LEAD.has(w));
  },
  /** The quotation holds something a patient can be doubted about having: a symptom, diagnosis, reaction, carer or care. */
  quotedClaim: (ctx, c) => wordIn(ctx, c.start, c.end, WORD_SETS.claimedThing),

  /**
   * Care or records follow in the clause ("apparently, he was seen here …", "had an NG tube placed"): hearsay of the
   * chart. A participle after a determiner describes a thing the patient handled ("twice the prescribed dose"), not care.
   */
  careAfter: (ctx, c) => careWordIn(ctx, c.end, clauseAfter(ctx, c.end)),
  /**
   * The sentence's subject is a document or a source, not a person: "The article she brought in claims …", "A
   * website her daughter found claims …". A person named later in a relative clause does not make the claim hers.
   */
  sourceSubject: (ctx, c) => {
    const lead = sentenceLead(ctx, c);
    const first = lead.findIndex((w) => !WORD_SETS.det.has(w));
    return first >= 0 && first <= 2 && WORD_SETS.nonSpeaker.has(lead[first]!);
  },
  /** Care or records anywhere in the sentence, for a trailing "…, apparently." ("He was seen at an outside ED, apparently"). */
  careInSentence: (ctx, c) => careWordIn(ctx, ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end),

  // -- labels --
  /** The sentence discusses pharmacology or neuroscience ("drug-seeking behaviour in animal models"). */
  research: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.research, Infinity),
  /** The sentence names the patient's record or a number that finds them in it, and no social network. */
  recordNamed: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.recordLookup, Infinity) && !sentenceHas(ctx, c, WORD_SETS.social, Infinity),
  /** A behaviour scale or a mental status exam, where hostility words are findings. */
  // The scale must be near the word it scores ("RASS +2, agitated", "BPRS hostility 4"): a questionnaire the
  // person would not answer, later in the sentence, scores nothing ("Hostile throughout intake, would not answer the PHQ-9").
  behaviourScale: (ctx, c) => ctx.section === 'mental-status' || sentenceHas(ctx, c, WORD_SETS.behaviourScale, 32),
  /** A symptom or performance validity test is named in the sentence. */
  validityTest: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.validityTest, Infinity),

  // -- adherence --
  /** A problem or diagnosis is named before a comma with no person in between ("Pneumonia, failed outpatient treatment"):
   * it is the treatment of that problem that failed, not the person. */
  diagnosisBefore: (ctx, c) => {
    const lead = ctx.text.slice(ctx.sentenceAt(c.start).start, c.start).replace(/^[\s\-*>•#\d.)]*(?:(?:\*\*|__)?[A-Za-z][A-Za-z /]{0,30}(?:\*\*|__)?:\s*(?:\*\*|__)?)?[\s\d.)]*/, '');
    return /^[A-Za-z][\w'/ -]{1,50},\s*$/.test(lead) && !PERSON_WORDS_ANY_CASE.test(lead);
  },

  // -- power --
  /**
   * The "if" before the candidate is about the illness, not the person's conduct ("If he continues to deteriorate we will
   * have to stop his physio", "if she keeps spiking temperatures"): a sanction needs a condition the person could meet.
   */
  illnessCondition: (ctx, c) => ILLNESS_CONDITION.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /**
   * Earlier in the sentence a demand is already stated ("Told pt he has to … or …", "Ultimatum: … or lose the slot").
   * A telling addressed to a relative ("Told daughter pt would be going to rehab whether she liked it or not") is no
   * demand on the person and is not reported itself, so what follows it still is.
   */
  demandEarlier: (ctx, c) => {
    const tokens = ctx.tokens();
    for (let i = tokenAt(tokens, ctx.sentenceAt(c.start).start); i < tokens.length && tokens[i]!.start < c.start; i++) {
      // Coercion already stated is the demand as well: "Pt was made to wait in the lobby until he agreed to a drug screen".
      if (COERCED.has(tokens[i]!.lower) && COERCED_WHO.has(tokens[i + 1]?.lower ?? '')) return true;
      if (!WORD_SETS.demand.has(tokens[i]!.lower)) continue;
      let j = i + 1;
      if (WORD_SETS.possessive.has(tokens[j]?.lower ?? '') || tokens[j]?.lower === 'the') j++;
      const to = tokens[j]?.lower ?? '';
      if (!WORD_SETS.relative.has(to) && !WORD_SETS.labelTarget.has(to)) return true;
    }
    return false;
  },
  /** A social-media channel is named in the sentence ("She followed me on TikTok … and I followed her back"). */
  socialMediaNearby: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.social, Infinity),
  /**
   * Later in the clause an order is cited ("… per surgeon", "told not to drive by neurology"), so the ruling is the
   * orderer's. Where the writer says they set the ruling, a clearance awaited is not a citation: in "I have prohibited
   * her from driving until she is cleared by neurology" neurology lifts the ban, the writer set it ("Pt not allowed to
   * drive until cleared by neurology" stays a precaution stated as fact).
   */
  orderCitedAfter: (ctx, c) => {
    const tokens = ctx.tokens();
    const clause = clauseAt(ctx.text, ctx.sentenceAt(c.start), c.start);
    const from = tokenAt(tokens, c.end);
    // A telling is a clinician's act whoever is named ("Pt was told to stay in bed until seen by ortho"), so the clearance
    // awaited is no more the ruling's source there than after "I".
    const matched = ctx.text.slice(c.start, c.end);
    const writerRules = /^(?:I|we)\b/i.test(matched) || TELLING_VERB.test(matched) || leadWords(ctx, c).some((w) => w === 'i' || w === 'we');
    for (let i = from; i < tokens.length && i <= from + 8 && tokens[i]!.end <= clause.end; i++) {
      const w = tokens[i]!.lower;
      if (w !== 'per' && w !== 'by') continue;
      if (w === 'by' && writerRules && i > 0 && CLEARED.has(tokens[i - 1]!.lower)) continue;
      let j = i + 1;
      if (['the', 'his', 'her'].includes(tokens[j]?.lower ?? '')) j++;
      if (tokens[j] && tokens[j]!.end <= clause.end && WORD_SETS.orderer.has(tokens[j]!.lower)) return true;
    }
    return false;
  },
  /**
   * A permission passed on from whoever ordered it, set off by a comma at the end of the sentence: "Pt permitted to
   * shower with incision covered, per plastic surgery". A permission is the order's, not the writer's; a condition laid
   * on the person ("No visitors allowed until pt starts eating, per team") is still a ruling and is not asked about this.
   */
  permissionPerOrder: (ctx, c) => {
    const tokens = ctx.tokens();
    const end = ctx.sentenceAt(c.start).end;
    for (let i = tokenAt(tokens, c.end); i + 1 < tokens.length && tokens[i + 1]!.end <= end; i++) {
      if (tokens[i]!.lower !== ',' || tokens[i + 1]!.lower !== 'per') continue;
      let j = i + 2;
      if (['the', 'his', 'her'].includes(tokens[j]?.lower ?? '')) j++;
      // One word may name which service ("per plastic surgery", "per the vascular team").
      const orderer = (k: number) => tokens[k] !== undefined && tokens[k]!.end <= end && WORD_SETS.orderer.has(tokens[k]!.lower);
      if (orderer(j) || (tokens[j]?.shape === 'word' && orderer(j + 1))) return true;
    }
    return false;
  },
  /** The sentence names infection isolation ("not allowed visitors due to COVID isolation"): a unit rule, not a ruling. */
  isolationSentence: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.isolation, Infinity),
  /** A time window or a drug bounds the instruction ("must not drive for 24 hours after sedation"). */
  safetyWindow: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.safetyWindow, 120),
  /** A meal or mealtime help in the sentence (words.ts, mealtime). */
  mealtime: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.mealtime, 120),
  /** What is offered in the candidate is a courtesy of the session: a seat, water, a tissue, help with the task at hand. */
  trivialOffer: (ctx, c) => {
    const tokens = ctx.tokens();
    for (let i = tokenAt(tokens, c.start); i < tokens.length && tokens[i]!.end <= c.end; i++) if (WORD_SETS.courtesy.has(tokens[i]!.lower)) return true;
    return false;
  },
  /**
   * The writer turns the offer down: later in the sentence ("… I thanked him and explained I could not accept", "…, which I
   * declined"), or first, with the offer as the time of it ("I declined when she offered me cookies").
   */
  offerDeclined: (ctx, c) => {
    const tokens = ctx.tokens();
    const sentence = ctx.sentenceAt(c.start);
    // The writer turning it aside is a decline too: "I thanked her and suggested she share them with the nursing station
    // instead", "I said no", "we gave it back".
    /** "said no", "told her no" ends at token i. */
    const saidNo = (i: number): boolean => tokens[i]!.lower === 'no' && /^(?:said|told)$/.test(tokens[i - 1]?.lower ?? '');
    let writerAfter = false;
    for (let i = tokenAt(tokens, c.end); i < tokens.length && tokens[i]!.start < sentence.end; i++) {
      const w = tokens[i]!.lower;
      if (WORD_SETS.declines.has(w) || (WORD_SETS.declinedAct.has(w) && WORD_SETS.neg.has(tokens[i - 1]!.lower))) return true;
      if (w === 'i' || w === 'we') writerAfter = true;
      // "I thanked him, explained the clinic policy": the rule given as the answer is a decline.
      else if (writerAfter && (w === 'instead' || w === 'policy' || saidNo(i) || (w === 'back' && /^(?:it|them)$/.test(tokens[i - 1]?.lower ?? '')))) return true;
      // A gift passed on to the team: "I thanked her and explained they would go in the staff room for the whole team".
      else if (writerAfter && (w === 'staffroom' || (w === 'room' && tokens[i - 1]?.lower === 'staff') || (w === 'team' && /^(?:whole|ward|nursing)$/.test(tokens[i - 1]?.lower ?? '')))) return true;
      // "I explained I couldn't": the writer saying they could not; not "I couldn't say no" or "couldn't resist", nor
      // the reason for taking it ("so I wouldn't seem rude", "so we wouldn't offend her").
      else if (CANNOT.has(w) && /^(?:i|we)$/.test(tokens[i - 1]?.lower ?? '') && !/^(?:say|resist|refuse|turn|help|bring|seem|look|appear|sound|come|be|feel|offend|hurt|upset|insult|disappoint|embarrass)$/.test(tokens[i + 1]?.lower ?? '')) return true;
    }
    // The decline said first: "I declined when …", "I said no when a patient's husband offered me twenty dollars".
    for (let i = tokenAt(tokens, sentence.start); i < tokens.length && tokens[i]!.end <= c.start; i++) {
      const said = saidNo(i);
      if (!WORD_SETS.declines.has(tokens[i]!.lower) && !said) continue;
      const lead = said ? [tokens[i - 2], tokens[i - 3]] : [tokens[i - 1], tokens[i - 2]];
      const writer = lead.some((t) => t !== undefined && t.start >= sentence.start && (t.lower === 'i' || t.lower === 'we'));
      if (writer) return true;
    }
    return false;
  },

  // -- descriptors --
  /**
   * A person subject, then only verbs of being, intensifiers and other praise, up to the candidate ("Pt
   * presented as well-groomed and pleasant"): the praise is predicated of the person.
   */
  praisedSubject: (ctx, c) => {
    const tokens = ctx.tokens();
    let i = tokenAt(tokens, c.start) - 1;
    for (let links = 0; i >= 0 && WORD_SETS.praiseLink.has(tokens[i]!.lower) && links < 8; links++) i--;
    // An aside and a bed between the person and the verb say who, not what: "Pt (R TKA, POD 2) was cooperative",
    // "The boy in 6 (22 yo, TBI) was cooperative", "Mr. K (78) was very pleasant".
    if (i >= 0 && tokens[i]!.lower === ')') {
      let j = i - 1;
      while (j >= 0 && j > i - 16 && tokens[j]!.lower !== '(' && tokens[j]!.lower !== ')') j--;
      if (j >= 0 && tokens[j]!.lower === '(') i = j - 1;
    }
    // A bed or room number: "in 6", "in bed 4", "in 4B".
    if (i >= 2 && /^(?:\d+[A-Za-z]?|[A-Z])$/.test(tokens[i]!.text) && /^(?:in|on|at|bed|room|rm|bay)$/.test(tokens[i - 1]!.lower)) {
      i -= 2;
      if (/^(?:in|on|at)$/.test(tokens[i]!.lower)) i--;
    }
    // An initial after a title: "Mr. K".
    if (i >= 2 && /^[A-Z]$/.test(tokens[i]!.text) && tokens[i - 1]!.lower === '.' && /^(?:mr|mrs|ms|mx)$/.test(tokens[i - 2]!.lower)) i -= 2;
    // A surname after a title: "Mr. Adeyemi was really sweet", "Mrs Osei is lovely".
    else if (i >= 1 && /^[A-Z][a-z'’-]+$/.test(tokens[i]!.text)) {
      if (/^(?:mr|mrs|ms|mx|miss)$/.test(tokens[i - 1]!.lower)) return true;
      if (i >= 2 && tokens[i - 1]!.lower === '.' && /^(?:mr|mrs|ms|mx)$/.test(tokens[i - 2]!.lower)) return true;
    }
    if (i >= 0 && tokens[i]!.lower === '.') i--;
    return i >= 0 && WORD_SETS.praiseSubject.has(tokens[i]!.lower);
  },
  /** Nothing but intensifiers or other praise opens the sentence before the candidate ("Such a sweet …", "Very pleasant."). */
  /**
   * A verbless fragment that opens with praise and turns on "but" before the candidate ("Pleasant enough but quite demanding
   * about appointment times", "Lovely but very needy"): the praise and the label are both said of the patient.
   */
  praiseThenBut: (ctx, c) => PRAISE_THEN_BUT.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start).replace(SENTENCE_LEAD, '')),
  fragmentStart: (ctx, c) => {
    const s = ctx.sentenceAt(c.start);
    const lead = ctx.text.slice(s.start, c.start).replace(SENTENCE_LEAD, '');
    const from = c.start - lead.length;
    return ctx.tokens().every((t) => t.start < from || t.start >= c.start || WORD_SETS.praiseLead.has(t.lower));
  },
  /**
   * Reading back through the sentence, a body part, secretion or thing on the body comes before any person word
   * ("His nose … started to become malodorous", "a cotton ball … infected and malodorous"): it is what is described.
   */
  thingSubject: (ctx, c) => {
    const tokens = ctx.tokens();
    const s = ctx.sentenceAt(c.start);
    for (let i = tokenAt(tokens, c.start) - 1, n = 0; i >= 0 && tokens[i]!.start >= s.start && n < 16; i--, n++) {
      const w = tokens[i]!.lower;
      // The object of a smell ("smells of urine, unkempt clothing") is what the person smells of, not a subject.
      if (WORD_SETS.bodyMatter.has(w) && !OBJECT_OF_SMELL.has(tokens[i - 1]?.lower ?? '')) return true;
      if (WORD_SETS.subject.has(w) || WORD_SETS.relative.has(w)) return false;
    }
    return false;
  },
  /**
   * The candidate opens a later clause with no subject of its own ("… but smells of alcohol", "…, diabetic, here for"),
   * and reading back through the sentence a person word comes before any body part or thing: the clause shares that
   * person as its subject ("Pt denies drinking but smells of alcohol", "Charming elderly gentleman, diabetic, here for
   * a balance screen"). Not "Pt's apartment is tidy but smells of smoke" (the apartment comes first) nor a clause with a
   * subject of its own ("…, the room smells of smoke").
   */
  sharedSubject: (ctx, c) => {
    const sentence = ctx.sentenceAt(c.start);
    const clause = clauseAt(ctx.text, sentence, c.start);
    if (clause.start <= sentence.start) return false;
    if (leadWords(ctx, c).some((w) => !WORD_SETS.sharedSubjectLink.has(w))) return false;
    const tokens = ctx.tokens();
    for (let i = tokenAt(tokens, clause.start) - 1, n = 0; i >= 0 && tokens[i]!.start >= sentence.start && n < 24; i--, n++) {
      const w = tokens[i]!.lower;
      if (WORD_SETS.bodyMatter.has(w) || WORD_SETS.hygiene.has(w)) return false;
      if (WORD_SETS.subject.has(w) || WORD_SETS.relative.has(w) || WORD_SETS.person.has(w)) return true;
    }
    return false;
  },
  /** On a labelled line ("Behavior: calm, cooperative"), within the label's field. */
  labelledField: (ctx, c) => /(?:^|\n)\s*(?:[-*+]\s+)?(?:\*\*|__)?[A-Za-z][A-Za-z /&]{0,30}(?:\*\*|__)?\s*:[^\n.;]*$/.test(ctx.text.slice(Math.max(0, c.start - 80), c.start)),
  /** The sentence is an insurance, billing or registration line, not a label for the person. */
  adminSentence: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.admin, Infinity),
  /** The sentence is a one-liner that opens with the age ("68 yo AA male with L MCA stroke, Medicaid."). */
  ageLedSentence: (ctx, c) => AGE_LEAD.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /** At the start of the sentence or the note's one-liner (after a label, "Pt is a", "Pt, a"). */
  oneLinerStart: (ctx, c) => ONE_LINER_LEAD.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start).replace(/^[\s\-*>•]*(?:(?:\*\*|__)?[A-Z][A-Za-z /]{0,25}(?:\*\*|__)?:\s*)?/, '')),
  /** On a mental-status "Appearance:" line, a standard field ("Appearance: disheveled, poor eye contact"). */
  appearanceField: (ctx, c) => fieldLabel(ctx, c, /^(?:general\s+)?(?:appearance|appearance\s*(?:&|and|\/)\s*behaviou?r|mse|mental\s+status(?:\s+exam)?)$/i),
  /** On a mental-status "Mood:" or "Affect:" line. */
  moodField: (ctx, c) => fieldLabel(ctx, c, /^(?:mood|affect|mood\s*(?:&|and|\/)\s*affect)$/i),

  // -- disability --
  /** Between a label and its person noun stand only modifiers ("wheelchair-bound university student"), no clause words. */
  modifiersOnly: (ctx, c) => !ctx.tokens().some((t) => t.start >= c.start && t.end <= c.end && WORD_SETS.clauseWord.has(t.lower)),
  /** The person's own terms (front matter `patient-identifies-as`). */
  identifiesAutistic: (ctx) => ctx.identifiesAs.includes('autistic'),
  identifiesDisabled: (ctx) => ctx.identifiesAs.includes('disabled'),
  /** A word of the match (or its singular) is one the person uses for themself ("amputee", "dwarf"). */
  ownTerm: (ctx, c) => ctx.tokens().some((t) => t.start >= c.start && t.end <= c.end && (ctx.identifiesAs.includes(t.lower) || ctx.identifiesAs.includes(t.lower.replace(/s$/, '')))),
  /** The language preference stated for the note (setting, project file or front matter). */
  preferIdentityFirst: (ctx) => ctx.preferenceStated && ctx.languagePreference === 'identity-first',
  preferPersonFirst: (ctx) => ctx.preferenceStated && ctx.languagePreference === 'person-first',
  preferAsk: (ctx) => ctx.preferenceStated && ctx.languagePreference === 'ask',
  /** Identity-first is the preference in force, stated or by default ("amputee" is then left alone). */
  identityFirst: (ctx) => ctx.languagePreference === 'identity-first',
  /** The sentence records how the person wants to be named ("identifies as autistic", "prefers …", "calls herself …"). */
  statesPreference: (ctx, c) => {
    // Within the sentence, a semicolon starts another entry ("prefers identity-first; student with autism joined …").
    const s = ctx.sentenceAt(c.start);
    const from = ctx.text.lastIndexOf(';', c.start) + 1;
    const to = ctx.text.indexOf(';', c.end);
    const [start, end] = [Math.max(s.start, from), to < 0 ? s.end : Math.min(s.end, to)];
    const words = ctx.tokens().filter((t) => t.start >= start && t.end <= end).map((t) => t.lower);
    return words.some(
      (w, i) =>
        WORD_SETS.preferWord.has(w) ||
        (WORD_SETS.identifyWord.has(w) && (words[i + 1] === 'as' || words[i + 1] === 'with')) ||
        (WORD_SETS.selfNameVerb.has(w) && WORD_SETS.reflexive.has(words[i + (words[i + 1] === 'to' ? 2 : 1)] ?? '')),
    );
  },

  /**
   * A condition named in a history, a review of systems or a list of diagnoses ("HEENT: History of cataract,
   * blurred vision, and hearing impairment"): the name of a condition on a list, not a label for the person.
   */
  conditionListed: (ctx, c) => {
    if (ctx.section === 'history' || ctx.section === 'ros' || ctx.section === 'diagnosis' || ctx.section === 'family-history') return true;
    if (fieldLabel(ctx, c, /^(?:heent|ent|ears?|eyes|constitutional|neuro(?:logic(?:al)?)?|cardiovascular|respiratory|gi|gu|msk|musculoskeletal|psych(?:iatric)?|skin|ros|review of systems|pmh|pmhx|past medical history|medical history|problems?|problem list|history|hx|dx|diagnos[ie]s)$/i)) return true;
    const before = ctx.text.slice(ctx.sentenceAt(c.start).start, c.start);
    return /\b(?:history|hx|h\/o)\s+of\b/i.test(before) || /[,;]\s*(?:(?:and|or)\s+)?$/.test(before) || (/,/.test(before) && /\b(?:and|or)\s+$/i.test(before));
  },

  // -- condition --
  /** A relative's entry in a Family History section ("Mother is obese"): the history being recorded, not a label. */
  /** A relative is the clause's subject ("Caregiver refused to sign …", "Wife insists …"). */
  relativeSubject: (ctx, c) => ctx.experiencer(c.start) === 'relative',
  familyHistoryRelative: (ctx, c) => ctx.section === 'family-history' && ctx.experiencer(c.start) === 'relative',
  /**
   * The match is used as a noun for the person ("a diabetic.", "the elderly are …"): what follows is
   * punctuation, the end of the run, or a function word, never another noun ("a diabetic foot").
   */
  nounEnd: (ctx, c) => {
    const tokens = ctx.tokens();
    const at = tokenAt(tokens, c.end);
    const next = tokens[at];
    if (!next || !next.spaceBefore || next.shape === 'punct') return true;
    // A function word that opens a hyphenated compound modifies the noun after it ("the bipolar off-label use").
    const after = tokens[at + 1];
    return WORD_SETS.nounEnd.has(next.lower) && !(after && after.lower === '-' && after.joined);
  },

  /** The candidate ends in a lung lobe, a limb or a spinal level ("Pneumonia in RLL", "Cellulitis in LLE"): a site in the body, not a room. */
  endsInBodySite: onText((text) => /\b(?:RLL|RML|RUL|LLL|LUL|LLE|RLE|LUE|RUE|BLE|BUE|BLEs|BUEs|LE|UE|[CTLS]\d{1,2})$/i.test(text)),
  /** The candidate ends in a year ("the neck in 1991"): a date, not a room or bed. */
  endsInYear: onText((text) => /(?:^|\D)(?:19|20)\d\d$/.test(text)),
  /**
   * The diagnosis word names an event and the sentence treats it as one ("The fall in room 12 was unwitnessed", "huddle
   * reviewed the fall on unit 4", "the code in bed 3 was called at 02:10"): an incident in a place, not a person.
   */
  eventReading: (ctx, c) => EVENT_WORD.test(ctx.text.slice(c.start, c.end)) && EVENT_CUE.test(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end)),

  // -- substance-use --
  /** The sentence near the candidate is about substance use (a substance, a treatment, a screen). */
  sudContext: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.substance, 150) || sentenceHas(ctx, c, WORD_SETS.sudContext, 150),
  /** A disease or symptom that relapses is named close by, and no substance is. */
  diseaseRelapse: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.relapsingDisease, 40) && !sentenceHas(ctx, c, WORD_SETS.substance, 40) && !sentenceHas(ctx, c, WORD_SETS.sudContext, 40),
  /** "Clean" about a wound, a technique or a room. */
  hygiene: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.hygiene, 150),
  /** The urine test in the sentence is about infection ("UA came back clean, no leukocytes"). */
  urineInfection: (ctx, c) => sentenceHas(ctx, c, WORD_SETS.urineInfection, Infinity),

  // -- dignity --
  /** The patient's own words: a quotation the patient speaks, or a `>` blockquote. */
  patientSpeech: (ctx, c) => ctx.inBlockquote || speakerOf(ctx, c.start, c.end).speaker === 'patient',
  /** Someone else's attributed words, quoted (staff speech quoted in a reflection to analyse it). */
  othersQuotedSpeech: (ctx, c) => {
    const { quote, speaker } = speakerOf(ctx, c.start, c.end);
    return quote !== undefined && quote.attributed && speaker !== 'patient';
  },
  /**
   * The word is quoted on its own, named rather than said to anyone: 'I caught myself saying "sweetie" to an older
   * patient', 'her grandkids call her "sweetie pie"'. Not a one-word utterance given as speech ('I said, "Honey?"').
   */
  mentionedWord: (ctx, c) => {
    const q = ctx.quoteAt(c.start, c.end);
    if (!q) return false;
    const inner = ctx.text.slice(q.innerStart, q.innerEnd).replace(/[\s,.!?;:]+$/u, '').trim().toLowerCase();
    if (inner !== ctx.text.slice(c.start, c.end).toLowerCase() || /[,:]\s*$/.test(ctx.text.slice(Math.max(0, q.start - 3), q.start))) return false;
    // A speech tag after it makes it an utterance too: '"Good girl," I said when she finished'; only when the quotation
    // opens its sentence ('When the aide called him "sweetie," he told her his name' names the word, then goes on).
    const opens = /^[\s\-*>•]*$/.test(ctx.text.slice(ctx.sentenceAt(q.start).start, q.start));
    return !(opens && SPEECH_TAG_AFTER.test(ctx.text.slice(q.end, q.end + 40)));
  },
  /** Nothing but a list marker or a label stands before it in its sentence ("Hon, can you scoot forward?"). */
  opensSentence: (ctx, c) => atSentenceStart(ctx.text, ctx.sentenceAt(c.start), c.start, 1),
  /**
   * Opens its sentence or a quoted utterance inside it ("Said to pt, 'Love, keep that sling on.'"): a term of address
   * at the head of quoted speech is as much a vocative as one at the head of the sentence.
   */
  opensUtterance: (ctx, c) => {
    const s = ctx.sentenceAt(c.start);
    if (atSentenceStart(ctx.text, s, c.start, 1)) return true;
    return /(?:^|[\s,:;(—–-])['"‘“]\s*$/.test(ctx.text.slice(s.start, c.start));
  },
  /** An age of 60 or more follows within a few words ("young lady (78)", "who is 88"). */
  olderAgeAfter: (ctx, c) => {
    const tokens = ctx.tokens();
    const from = tokenAt(tokens, c.end);
    for (let i = from; i < tokens.length && i < from + 10 && tokens[i]!.text !== '.' && tokens[i]!.text !== ';'; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1]?.text ?? '';
      const lead = i === from || ['(', ',', 'of', 'age', 'aged', 'is', "who's"].includes(tokens[i - 1]!.lower);
      if (lead && t.shape === 'number' && /^\d+$/.test(t.text) && Number(t.text) >= 60 && Number(t.text) < 120 && !/^[./:%]$/.test(next)) return true;
    }
    return false;
  },
  /**
   * An age of 60 or more stated as an age earlier in the sentence ("OT: 84 yo, kitchen assessment done, young lady managed
   * a hot drink"): the words for a young person then name an older one.
   */
  olderAgeEarlier: (ctx, c) => OLDER_AGE_STATED.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /** A child by the paragraph (an infant, a paediatric setting) or by a stated age under 13 that the paragraph does not contradict. */
  childNote: (ctx) => paragraphAges(ctx.text).paediatric || (ctx.patientAgeYears !== undefined && ctx.patientAgeYears < CHILD_BELOW_YEARS && !paragraphAges(ctx.text).adult),
  /** A teenager by the text: an age of 13 to 17 and no adult age ("She was fifteen, so the advocate sat with her mum"). */
  minorStated: (ctx) => minorText(ctx.text),
  /** A young child by a number: an age under 13 written in the text or stated for the note ("Age 4: held still for bloods"). */
  childAgeStated: (ctx) => childAgeText(ctx.text) || (ctx.patientAgeYears !== undefined && ctx.patientAgeYears < CHILD_BELOW_YEARS),
  /** An adult by the paragraph (age 18+, university, a job) or by the note's stated age. */
  adultStated: (ctx) => paragraphAges(ctx.text).adult || (ctx.patientAgeYears !== undefined && ctx.patientAgeYears >= 18),
  /** Adult ages are given for a group near the candidate in its sentence ("all in their 80s"). */
  groupAdultAges: (ctx, c) => {
    const s = ctx.sentenceAt(c.start);
    return statesGroupAdultAges(ctx.text.slice(Math.max(s.start, c.start - 150), Math.min(s.end, c.end + 150)));
  },

  // -- documentation --
  /** A decimal that ends in a zero ("5.0", "10.00", "0.60"): the zero adds nothing to a dose and invites a tenfold misreading. */
  trailingZero: onText((text) => /^\d+\.\d*0$/.test(text)),
  /**
   * A whole number of four or more digits with no thousands separator ("5000", "10000"): ISMP asks for commas in
   * doses at or above 1,000, since "5000 units" is as easily read as 500 or 50,000 as "50000" is.
   */
  thousandsUnmarked: onText((text) => /^\d{4,}\b/.test(text)),
  /** A bare decimal point starts the number (".5"), not a point inside or after another word or number. */
  leadingPoint: (ctx, c) => /^\.\d/.test(ctx.text.slice(c.start, c.end)) && !/[\p{L}\p{N}.]/u.test(ctx.text.charAt(c.start - 1)),

  /** A medication order within a few words: a tighter window for abbreviations common in therapy notes. */
  nearMedication: (ctx, c) => isMedicationContext(ctx.text, c.start, c.end, 30),
  /** An ear or eye preparation (drops, ointment, "ophthalmic") a few words before or after. */
  earEyeNearby: (ctx, c) => {
    const tokens = ctx.tokens();
    const at = tokenAt(tokens, c.start);
    return tokens.slice(Math.max(0, at - 8), at + 5).some((t) => WORD_SETS.earEye.has(t.lower));
  },
  /** A drug name with its dose stuck to it ("Levetiracetam500"). */
  drugRunIntoDose: onText((text) => /^[A-Za-z]{4,}\d+(?:\.\d+)?$/.test(text)),
  /** "x3d", "x 3d": ISMP's "for three days" shorthand, read as "three doses". */
  daysShorthand: onText((text) => /^x\s?\d+d$/i.test(text)),
  /** A drug name, dose and unit written as one word ("Lisinopril10mg"). */
  drugDoseUnitFused: onText((text) => /^[A-Za-z]{4,}\d+(?:\.\d+)?(?:mg|mcg|g|ml|units?)$/i.test(text)),
  /** Measures or evidence in the sentence (a pain score, RPE, vitals, "as evidenced by"). */
  measured: (ctx, c) => hasMeasures(ctx.text, ctx.sentenceAt(c.start), c.start, c.end),
  /** The Assessment or Plan, or a one-sentence note, where a stock phrase would be the whole summary. */
  summaryPlace: (ctx, c) =>
    ctx.section === 'assessment' || ctx.section === 'plan' || (ctx.section === 'other' && (ctx.sentences.length === 1 || isShortUnmeasuredNote(ctx.text, ctx.sentences.length))) ||
    // A SOAP note run together on one line ("S: no new concerns. A: Doing well."): the sentence's own label says where it is.
    INLINE_SUMMARY_LABEL.test(ctx.text.slice(ctx.sentenceAt(c.start).start, c.start)),
  /** The clause is the phrase alone ("A: Pt doing well."). */
  wholeStatement: (ctx, c) => isWholeStatement(ctx.text, ctx.sentenceAt(c.start), c.start, c.end),
  /** Nothing but punctuation follows on the line. */
  lineEnds: (ctx, c) => nothingAfterOnLine(ctx.text, c.end),
  /** On a goal line ("STG:", "LTG 2:") or in a Goals section. */
  goalLine: (ctx, c) => goalAt(ctx.text, ctx.section, c.start) !== undefined,
  /** A sentence with a time frame ("within 2 weeks") outside the Plan and Assessment: it reads as a goal. */
  timedOutsidePlan: (ctx, c) => ctx.section !== 'plan' && ctx.section !== 'assessment' && hasTime(ctx.text.slice(ctx.sentenceAt(c.start).start, ctx.sentenceAt(c.start).end)),
  /** The first words of a goal. */
  goalStart: (ctx, c) => goalAt(ctx.text, ctx.section, c.start)?.start === c.start,
  /** A labelled goal with no time frame of its own or from its label. */
  untimedGoal: (ctx, c) => {
    const goal = goalAt(ctx.text, ctx.section, c.start);
    return goal !== undefined && goal.labelled && !goal.timed;
  },
  /** The rest of the goal states a measure ("to 4/5", "with SBA", "independently"). */
  measuredGoal: (ctx, c) => statesMeasure(ctx.text.slice(c.end, goalAt(ctx.text, ctx.section, c.start)?.end ?? c.end)),

  // -- identifiers --
  /** The candidate has the shape of a Social Security number. */
  ssnShape: onText((text) => SHAPES.ssn.test(text)),
  /** It ends in a record, account, plan or serial number. */
  recordNumber: onText((text) => SHAPES.recordNumber.test(text)),
  phoneShape: onText((text) => SHAPES.phone.test(text)),
  spacedPhoneShape: onText((text) => SHAPES.spacedPhone.test(text)),
  localPhoneShape: onText((text) => SHAPES.localPhone.test(text)),
  nationalPhoneShape: onText((text) => SHAPES.nationalPhone.test(text)),
  nhsNumberShape: onText((text) => SHAPES.nhsNumber.test(text)),
  cardShape: onText((text) => SHAPES.card.test(text)),
  ipv4Shape: onText((text) => SHAPES.ipv4.test(text)),
  ipv6Shape: onText((text) => SHAPES.ipv6.test(text)),
  numericDate: onText((text) => SHAPES.numericDate.test(text)),
  namedDate: onText((text) => SHAPES.namedDate.test(text)),
  monthYear: onText((text) => SHAPES.monthYear.test(text)),
  cuedMonthDay: onText((text) => SHAPES.cuedMonthDay.test(text)),
  age90: onText((text) => SHAPES.age90.test(text)),
  /** A day of the month as an ordinal ("14th", "3rd"), as in "Tuesday the 14th". */
  ordinalDay: onText((text) => /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/i.test(text)),
  /** An ordinal of 90 or more ("95th"), as in "her 95th birthday". */
  ordinalAge90: onText((text) => /^(?:9\d|1[01]\d)(?:st|nd|rd|th)$/.test(text)),
  referenceSite: onText((text) => SHAPES.referenceSite.test(text)),
  /** The whole address from the candidate on (a shorter match of its start must not slip past) is a generic resource page. */
  resourcePage: (ctx, c) => SHAPES.resourcePage.test((/^[^\s<>()"'\]]*/.exec(ctx.text.slice(c.start))?.[0] ?? '').replace(/[.,;:!?]+$/, '')),
  emailShape: onText((text) => SHAPES.email.test(text)),
  /** A personal name (not "Mr. and", "named Monday"); after an honorific, the title comes first. */
  personalName: (ctx, c) => {
    // A possessive ("Mrs. Kowalski's daughter") is still the name.
    const text = ctx.text.slice(c.start, c.end).replace(/['’]s$/, '');
    const words = text.split(/[\s.]+/);
    const first = (SHAPES.honorificName.test(text) ? words[1] : SHAPES.name.test(text) || SHAPES.initialName.test(text) ? words[0] : undefined)?.toLowerCase();
    // Nor an interjection opening the sentence ("Urgh, the dad was on at me"), which is capitalised like a name.
    return first !== undefined && !WORD_SETS.notName.has(first) && !WORD_SETS.interjection.has(first) && !(SHAPES.initialName.test(text) && WORD_SETS.notFirstName.has(first));
  },
  /** Not a role, relative, pronoun or time word at the head of a sentence ("Mother came in", "Today came …"). */
  // A possessive is the same word ("Mother's partner", "Today's visit").
  notRoleWord: onText((text) => !WORD_SETS.notNameSubject.has(text.toLowerCase().replace(/['’]s$/, ''))),
  /** The candidate's first word is a sentence adverb or connective ("Overall", "Initially", "Meanwhile", "Today"), not a name. */
  sentenceAdverb: onText((text) => {
    const first = text.split(/[\s,]+/)[0]!.toLowerCase();
    return /ly$/.test(first) || WORD_SETS.sentenceAdverb.has(first);
  }),
  clinicalMode: (ctx) => ctx.mode === 'clinical',
  zipCode: onText((text) => SHAPES.zip.test(text)),
  /** A place name smaller than a state, not a kind of housing ("assisted living", "Student Housing"). */
  townName: (ctx, c) => {
    const place = ctx.text.slice(c.start, c.end).replace(/^\S+(?:\s+here)?\s+(?:in|to|from)\s+/i, '');
    return !SHAPES.largePlace.test(place) && !WORD_SETS.notPlace.has(place.split(/\s+/)[0]!.toLowerCase());
  },
} satisfies Record<string, Condition>;

export type ConditionName = keyof typeof CONDITIONS;

/** The test on the matched text that the condition is, when it reads nothing else. */
export function textTestOf(name: ConditionName): ((text: string) => boolean) | undefined {
  return TEXT_TESTS.get(CONDITIONS[name]);
}
