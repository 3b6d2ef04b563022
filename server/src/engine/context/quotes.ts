/**
 * Quotation: the patient's own words are theirs, not the writer's.
 *
 * An attributed quotation ("Pt states, 'I refuse to go back to the old chair'")
 * is exempt from the language rules: the note records what the person said.
 * A short unattributed quotation around a symptom or diagnosis (had a
 * "reaction") is a scare quote, which casts doubt on the patient (S2, S3).
 */
import type { Span } from '../text/sentences.ts';

export interface QuoteSpan extends Span {
  /** Offsets of the quoted content, without the marks. */
  innerStart: number;
  innerEnd: number;
  attributed: boolean;
  words: number;
}

const PAIRS: Array<[RegExp]> = [
  [/“([^”\n]{1,400})”/g],
  [/"([^"\n]{1,400})"/g],
  [/(?<=^|[\s(\[—–-])‘([^’\n]{1,200})’(?=$|[\s.,;:!?)\]—–-])/g],
  // An apostrophe between two letters is part of a word ('can't', 'didn't know'), not the closing mark.
  [/(?<=^|[\s(\[—–-])'((?:[^'\n]|(?<=\p{L})'(?=\p{L})){1,200}?)'(?=$|[\s.,;:!?)\]—–-])/gu],
];

/**
 * Words that introduce or follow someone's reported speech, and the chart's own wording quoted back ("the chart kept
 * saying she "refused"", "charted as "noncompliant"", "labeled "difficult""), which a reflection critiques rather than uses.
 * "So-called" is not one: it doubts the word that
 * follows ('her so-called "flare"') rather than quoting anyone.
 */
export const SPEECH_VERBS =
  /\b(?<!so[-\s])(?:state[sd]?|stating|sa(?:id|ys|y|ying)|(?:charted|documented|written\s+up)\s+as|label(?:l)?ed|report(?:s|ed|ing)?|describ(?:es|ed|ing|e)|explain(?:s|ed|ing)?|express(?:es|ed|ing)?|ask(?:s|ed|ing)?|tell(?:s)?|told|shar(?:es|ed|ing)|repl(?:ied|ies)|remark(?:s|ed)?|comment(?:s|ed)?|added|adds|verbali[sz](?:es|ed)|noted|notes|exclaim(?:s|ed)|typ(?:es|ed|ing)|sign(?:s|ed|ing)|spell(?:s|ed)|spelt|mouth(?:s|ed)|insist(?:s|ed|ing)?(?!\s+(?:on|upon)\b)|claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing)|maintain(?:s|ed)|swore|swears|swearing|wrote|writes|write|writing|in (?:his|her|their|the patient's|pt's|own) (?:own )?words|quote|quoting|call(?:ed|s|ing)|put it|goals?|priority|priorities|wants|wishes|hopes|would like)\b/i;

/** "Per pt, her landlord is 'a hostile guy who yells'": the sentence gives the account as someone's, so its quotation is theirs. */
export const PER_SOURCE = /\b(?:per|according\s+to)\s+(?:the\s+)?(pt|patient|client|resident|family|caregiver|wife|husband|mother|father|daughter|son|him|her|them)\b/i;

export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  // Accepted quotations never overlap, so kept sorted by start they are sorted by end too,
  // and the overlap test is a binary search (a note with 100,000 quotation marks stays linear-ish).
  const overlaps = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < quotes.length && quotes[lo]!.start < end;
  };
  const insert = (q: QuoteSpan): void => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.start < q.start) lo = mid + 1;
      else hi = mid;
    }
    quotes.splice(lo, 0, q);
  };
  for (const [pattern] of PAIRS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const inner = m[1]!;
      const words = inner.trim().split(/\s+/).filter(Boolean).length;
      insert({ start, end, innerStart: start + 1, innerEnd: end - 1, words, attributed: isAttributed(text, start, end) });
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * Wording being revised is quoted, not used: "rewrote "pt refused ambulation" as …", "how to turn "pt was agitated" into
 * what I saw", "changed "noncompliant" to …". Only right before the quotation: elsewhere these are ordinary verbs.
 */
const REVISED = /\b(?:re(?:wr(?:ote|ite|ites|iting|itten)|phras(?:e|ed|es|ing)|word(?:ed|s|ing)?)|turn(?:ed|s|ing)?|chang(?:e|ed|es|ing)|edit(?:ed|s|ing)?|correct(?:ed|s|ing)?|replac(?:e|ed|es|ing)|cross(?:ed|es|ing)?\s+out)\s+(?:(?:my|his|her|their|the|a|that|this)\s+)?(?:(?:own|sentence|line|note|phrase|wording|words?|charting)\s+){0,2}$/i;

/** A request and then the reason for it, right before the quotation: "asked for more oramorph for". */
const ASKED_FOR_REASON = /\bask(?:s|ed|ing)?\s+for\s+[^"'“‘.;]+?\s(?:for|because\s+of|due\s+to)\s*$/i;

/**
 * Whether the words before a quotation give it a speaker. "Asking for oramorph every 2 h for 'chest pain'": the
 * request is the speech, and the quoted word after the second "for" is the chart's reason for it, so there "ask"
 * does not make the quotation the person's.
 */
export function leadHasSpeech(lead: string): boolean {
  return SPEECH_VERBS.test(ASKED_FOR_REASON.test(lead) ? lead.replace(/\bask(?:s|ed|ing)?\b/gi, '') : lead);
}

function isAttributed(text: string, start: number, end: number): boolean {
  // Look back to the start of the sentence (or 80 characters) for a speech verb or a colon.
  const before = text.slice(Math.max(0, start - 80), start);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const lead = before.slice(sentenceStart + 1);
  if (/:\s*$/.test(lead) || leadHasSpeech(lead) || REVISED.test(lead)) return true;
  // Only a phrase of the person's is their speech; one or two words in quotes after "per pt" are still marks of doubt
  // ("Per pt, she was 'diagnosed' with lupus").
  if (PER_SOURCE.test(lead) && text.slice(start + 1, end - 1).trim().split(/\s+/).length >= 3) return true;
  // Or forward: `"…," pt said` / `"…" (pt's words)`.
  const after = text.slice(end, end + 40);
  // Or a word held up as wording that turns up in the notes: '"c/o" appeared in almost every note I read', '"noncompliant"
  // shows up in nearly every chart'. The marks quote the chart, not the patient ('her "seizures" appeared after the move').
  if (/^\s*(?:appear(?:s|ed)?|show(?:s|ed)?\s+up|turn(?:s|ed)?\s+up|c[ao]mes?\s+up|(?:is|was|were|are|gets|got)\s+(?:used|written))\s+(?:\w+\s+)?(?:in|on|throughout|across|all\s+over)\b[^.;!?\n]{0,40}?\b(?:notes?|charts?|records?|documentation|H&Ps?|handoffs?|hand-offs?|reports?|EHR|EMR|discharge\s+summar(?:y|ies))\b/i.test(text.slice(end, end + 80))) return true;
  if (/^\s*[,.]?\s*\(?\s*(?:pt|patient|he|she|they|client|the student|caregiver|his|her|their)\b[^.]{0,20}?\b(?:sa(?:id|ys)|state[sd]|report(?:s|ed)|explain(?:s|ed)|add(?:s|ed)|words|asked|replied)\b/i.test(after)) return true;
  // A speech verb straight after the quotation attributes it only when the speaker or the end of the clause follows
  // ('"I hurt," reports pt.', '"Not today," she said'): '"nerve pain," reports partial relief' goes on with its own object.
  if (/^\s*[,.]?\s*(?:sa(?:id|ys)|state[sd]|report(?:s|ed)|explain(?:s|ed)|add(?:s|ed)|asked|replied)\s*(?:[.,;!?]|$|(?:pt|patient|he|she|they|client|the\s+\w+|his|her|their|[A-Z][a-z]+)\b)/.test(after)) return true;
  return false;
}

/** The quotation containing [start, end), if any. */
export function quoteAround(quotes: readonly QuoteSpan[], start: number, end: number): QuoteSpan | undefined {
  return quotes.find((q) => start >= q.innerStart && end <= q.innerEnd);
}
