/**
 * Goal lines ("STG:", "LTG 2:", "Goal:", or any line of a Goals section) and
 * what a goal states: a time frame (its own or its label's) and a measure.
 * doc.goal-structure asks these through named conditions.
 */

// A discipline or kind may name the goal ("OT goal:", "PT STG 2:", "Functional goals:"); a patient's own goal
// ("Pt goal:") is their words, not a goal the clinician writes, and is left out.
// The discipline may follow the specialty ("Hand therapy STG:", "Vestibular PT LTG 1:", "Pelvic health OT goal:").
const GOAL_LABEL = /^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?(?:(?:[A-Za-z&/-]+[ \t]+){0,2}(?:PT|OT|SLP|ST|PTA|COTA|speech|therapy|rehab)[ \t]+|(?:functional|discharge|D\/C|IEP|annual|SMART)[ \t]+)?(?:STGs?|LTGs?|short[- ]term goals?|long[- ]term goals?|goals?)(?:[ \t]*#?[ \t]*\d+)?(?:[ \t]*\([^)\n]{0,40}\))?(?:\*\*|__)?[ \t]*[:.)-]/i;
/** A time frame in the goal or in its label: "in 4 weeks", "by discharge", "x 6 wks", "(2 wk)". */
const TIME_FRAME =
  /\b(?:by|within|in|over|after|at|before|for|x|×)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*(?:-|\s)?(?:days?|d|wks?|weeks?|w|months?|mos?|visits?|sessions?|tx|treatments?)\b|\b\d+\s*(?:-|\s)?(?:wks?|weeks?|months?|mos?|visits?|sessions?)\b|\bby\s+(?:d\/c|dc|discharge|the end of|end of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d)|\b(?:at|by|prior to|before)\s+(?:discharge|d\/c|re-?eval(?:uation)?|progress report|the next (?:re-?eval|progress)|graduation|return to (?:school|class|campus))\b/gi;
/** Something measurable: numbers, assistance levels, independence, standard scales. */
const MEASURE =
  /\d|%|\b(?:independent(?:ly)?|mod\s?I|min(?:imal)?\s?(?:A|assist)|mod(?:erate)?\s?(?:A|assist)|max(?:imal)?\s?(?:A|assist)|SBA|CGA|supervision|stand-?by|without (?:assist(?:ance)?|LOB|loss of balance|AD|rest|cues|pain)|no (?:LOB|loss of balance|cues)|WNL|WFL|full|normal|one|two|three|four|five|six|seven|eight|nine|ten|Berg|TUG|6MWT|FIM|LEFS|ODI|QuickDASH|NPRS)\b/i;
const LIST_MARKER = /^[\s\-*+•]*(?:\d+[.)]\s*)?/;

export interface Goal {
  /** Where the goal's own words start (after the label and any list marker) and where its line ends. */
  start: number;
  end: number;
  labelled: boolean;
  /** A time frame in the goal, in its label, or in a label line above it in the same run. */
  timed: boolean;
}

export const hasTime = (s: string) => {
  TIME_FRAME.lastIndex = 0;
  return TIME_FRAME.test(s);
};

/** The goal on the line holding `offset`, if the line is a goal line or the section is Goals. */
export function goalAt(text: string, section: string, offset: number): Goal | undefined {
  let inherited = false;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const label = GOAL_LABEL.exec(line) ?? (offset >= lineStart && offset <= lineEnd ? labelAfterSentence(line, offset - lineStart) : null);
    // A label line without its own goal ("STG (4 weeks):") gives its time frame to the lines below it.
    if (label && hasTime(label[0])) inherited = true;
    if (offset <= lineEnd) {
      if (section !== 'goals' && !label) return undefined;
      const bodyStart = lineStart + (label ? label.index + label[0].length : 0);
      const start = bodyStart + LIST_MARKER.exec(text.slice(bodyStart, lineEnd))![0].length;
      return { start, end: lineEnd, labelled: label !== null, timed: inherited || hasTime(text.slice(start, lineEnd)) };
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * A goal label that opens a later sentence of the line ("OP ortho. A: improving. LTG: pt will walk better."): charting
 * runs a note's parts together on one line, and the goal is the rest of the line. The last such label before
 * `column` is the one the offset belongs to; `index` is where it starts in the line.
 */
function labelAfterSentence(line: string, column: number): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const end of line.matchAll(/[.;!?][ \t]+/g)) {
    const from = end.index + end[0].length;
    if (from > column) break;
    const m = GOAL_LABEL.exec(line.slice(from));
    if (m) (m.index = from), (found = m);
  }
  return found;
}

/** Whether the goal text states a measure once its time frames are set aside ("in 6 weeks" is not a measure). */
export function statesMeasure(goalText: string): boolean {
  return MEASURE.test(goalText.replace(TIME_FRAME, ' '));
}
