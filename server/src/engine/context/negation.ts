/**
 * Negation with clause scope, after NegEx (S34): a handful of triggers cover
 * most negation in clinical text, and their scope ends at the clause boundary.
 * "Not combative", "denies pain", "no agitation", "without resistance" must not
 * fire the rule for the negated term. Pseudo-negations ("not only", "no change
 * in") do not negate.
 */
import { clauseAt, type Span } from '../text/sentences.ts';

const TRIGGERS =
  /\b(?:no|not|never|neither|nor|denie[sd]|deny|denying|without|negative for|free of|absence of|absent|rule[sd]? out|ruled out|r\/o|cannot|can't|isn't|wasn't|aren't|weren't|doesn't|didn't|don't|unable to|nothing)\b/gi;
/**
 * Pseudo-negations, which do not negate what follows: "not only", "no change in", and a negated factive verb ("I didn't
 * realise he was a former addict", "never knew she was a smoker"), whose complement is still taken as true; so is a negated
 * expectation's ("I didn't expect a former addict to know so much", "never imagined he would be so combative"), which
 * says the thing happened against expectation.
 */
const PSEUDO = /\b(?:not only|no change|no increase|no decrease|not necessarily|not certain (?:if|whether)|without difficulty|no longer|gram negative|not just|(?:didn't|did not|hadn't|had not|never|don't|do not) (?:realise|realize|realised|realized|know|knew|notice|noticed|learn|learned|learnt|understand|understood|find out|found out|expect|expected|anticipate|anticipated|imagine|imagined))\b/gi;

/**
 * A negated verb whose object is a definite noun phrase that opens with the term: "don't let the difficult families push
 * you around", "never liked the drug-seeking ones". The negation is of the letting or the liking; the definite phrase
 * still calls the people what it calls them. Verbs that report whether a thing was there or was done ("did not need the
 * restraints", "does not show the aggressive behaviour", "is not the difficult one") pass the negation on as before.
 */
const DEFINITE_OBJECT = /^\s+(?:[a-z']+\s+)?([a-z']+)\s+(?:the|this|that|these|those)\s+$/i;
const PASSES_NEGATION = new Set(
  `is was are were be been being am seem seems seemed appear appears appeared look looks looked sound sounds feel feels felt
  become became remain remains remained act acts acted consider considered find found call called have has had show shows
  showed shown display displays displayed exhibit exhibits exhibited demonstrate demonstrates demonstrated report reports
  reported endorse endorses endorsed express expressed voice voiced meet meets met use uses used using need needs needed
  needing require requires required requiring get gets got getting receive receives received receiving give gives gave
  given giving take takes took taken taking put place placed placing apply applied applying order ordered do does did
  done see saw seen notice noticed observe observed note noted witness witnessed hear heard recall recalled remember
  remembered mention mentioned describe described document documented identify identified suggest suggested indicate
  indicated support supported warrant warranted meet meeting of for to in on at by from about into with as among
  really just quite exactly always even necessarily simply merely only yet ever all any both either`.split(/\s+/),
);

/**
 * ConText's termination terms for a negation's scope: a cause or a reason opens a new assertion. In "not permitted to
 * self-medicate given hx of drug abuse" the history is asserted, not denied; so is "no driving due to seizures".
 */
const TERMINATORS = /\b(?:given|because|due to|secondary to|d\/t|owing to|as a result of|in view of|in light of|on account of)\b/i;

/** Maximum words between trigger and term: NegEx used a window of five. */
const WINDOW_WORDS = 6;
/**
 * Triggers whose scope is a whole complement clause, as ConText's "no evidence of" family: "There were
 * no indications in the evaluation that Mr. X showed any addictive or noncompliant behaviours."
 */
const LONG_TRIGGERS = /\bno\s+(?:evidence|indications?|signs?|suggestion|reports?|concerns?|history)\s+(?:[\w-]+\s+){0,4}?(?:of|that|to\s+suggest)\b/gi;
const LONG_WINDOW_WORDS = 14;

/** A list item: a few words, not a person's clause ("pt refused PT") nor a verb phrase in the past ("refused PT"). */
const LIST_ITEM_MAX_WORDS = 4;
const NOT_AN_ITEM = /\b(?:pt|patient|client|he|she|they|but|however|although)\b|^\s*\w+ed\b/i;

/**
 * Where a negation could reach the term from. Commas end a clause, but not a negated list: in
 * "No tobacco, alcohol, or drug abuse" and "does not smoke cigarettes, abuse alcohol, nor use drugs"
 * the trigger of the first item negates every item (NegEx and ConText scope a trigger to the end of
 * the list). So when the term's clause is a short list item after a comma, the scope is walked back
 * over the earlier short items to the clause that opens the list.
 */
function scopeStart(text: string, sentence: Span, termStart: number): number {
  const clause = clauseAt(text, sentence, termStart);
  const own = text.slice(clause.start, clause.end);
  if (!/,\s*$/.test(text.slice(sentence.start, clause.start)) || words(own) > LIST_ITEM_MAX_WORDS || NOT_AN_ITEM.test(own)) return clause.start;
  let start = clause.start;
  for (let guard = 0; guard < 12; guard++) {
    if (!/,\s*$/.test(text.slice(sentence.start, start))) break;
    const comma = text.lastIndexOf(',', start - 1);
    const previous = clauseAt(text, sentence, Math.max(sentence.start, comma - 1));
    start = previous.start;
    const item = text.slice(previous.start, comma);
    // The list's head ("No history of exogenous substance abuse") may be long; it ends the walk.
    if (words(item) > LIST_ITEM_MAX_WORDS || NOT_AN_ITEM.test(item)) break;
  }
  return start;
}

function words(s: string): number {
  const t = s.trim();
  return t === '' ? 0 : t.split(/\s+/).length;
}

export function isNegated(text: string, sentence: Span, termStart: number): boolean {
  const start = scopeStart(text, sentence, termStart);
  const lead = text.slice(start, termStart);
  const pseudo: Span[] = [];
  PSEUDO.lastIndex = 0;
  let p: RegExpExecArray | null;
  while ((p = PSEUDO.exec(lead))) pseudo.push({ start: p.index, end: p.index + p[0].length });
  TRIGGERS.lastIndex = 0;
  let m: RegExpExecArray | null;
  let negated = false;
  while ((m = TRIGGERS.exec(lead))) {
    const at = m.index;
    if (pseudo.some((s) => at >= s.start && at < s.end)) continue;
    // Each earlier list item counts as one word, so a trigger reaches along the whole list.
    const between = lead.slice(at + m[0].length).split(',');
    const distance = words(between[between.length - 1]!) + between.slice(0, -1).filter((item) => item.trim()).length;
    const object = DEFINITE_OBJECT.exec(lead.slice(at + m[0].length));
    negated = distance <= WINDOW_WORDS && !(object && !PASSES_NEGATION.has(object[1]!.toLowerCase())) && !TERMINATORS.test(lead.slice(at + m[0].length));
  }
  if (negated) return true;
  LONG_TRIGGERS.lastIndex = 0;
  while ((m = LONG_TRIGGERS.exec(lead))) {
    if (words(lead.slice(m.index + m[0].length)) <= LONG_WINDOW_WORDS) return true;
  }
  return false;
}
