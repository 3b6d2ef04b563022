/**
 * cred.scare-quotes — short unattributed quotation marks around a symptom,
 * diagnosis, reaction or provider ("had a 'reaction'").
 */
import { defineRule, type RunContext } from '../define.ts';
import { nearSentence } from './shared.ts';

/** What comes before a quotation that names something rather than doubting it. */
const NAMING_BEFORE =
  /\b(?:the\s+(?:word|words|term|terms|phrase|label|labels|title|heading|button|setting|option|tab|menu|app|program|programme|class|course|handout|video|sign|card|section|field|box|mode)|called|calling|calls|named|nicknamed|known as|goes by|go by|titled|entitled|labell?ed|labels|marked|reads|read|spelled|spelt|written|wrote|typed|says|signed|coded as|charted as|documented as|listed as|termed|dubbed|so-called|a\.?k\.?a\.?)\s*$/i;
/** What follows a quotation that is the name of a test, scale, exercise, setting or product. */
const NAMING_AFTER =
  /^\s*(?:test|tests|scale|scales|sign|signs|maneuver|manoeuvre|questionnaire|index|inventory|score|program|programme|protocol|app|class|course|group|exercise|exercises|stretch|stretches|position|setting|settings|mode|button|switch|function|drill|drills|game|technique|method|handout|video|book|song|team|campaign|clinic|model|approach|strategy|strategies|rule|cue|cues|command|commands)\b/i;
/** The patient's own first-person words, even without a speech verb. */
const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|me|my|mine|we|we're|our|us)\b/;

function check(ctx: RunContext): void {
  if (ctx.inBlockquote) return;
  if (ctx.section === 'goals') return;
  for (const q of ctx.quotes) {
    if (q.attributed || q.words < 1 || q.words > 3) continue;
    const inner = ctx.text.slice(q.innerStart, q.innerEnd).trim();
    if (!/[A-Za-z0-9]/.test(inner)) continue;
    if (FIRST_PERSON.test(inner)) continue;
    // Title Case names ("Four Square", "Stepping On") are names of things, not doubted words.
    const words = inner.split(/\s+/);
    if (words.length >= 2 && words.every((w) => /^[A-Z0-9]/.test(w))) continue;
    // A quoted letter, symbol or number used as a label: the "W" position, an "x".
    if (/^[A-Za-z]$|^[\d.,/+-]+$/.test(inner)) continue;
    const before = ctx.text.slice(Math.max(0, q.start - 40), q.start);
    const after = ctx.text.slice(q.end, q.end + 30);
    if (NAMING_BEFORE.test(before) || NAMING_AFTER.test(after)) continue;
    // Attributed after the fact: `"fine" per caregiver`, `"bad day" according to pt`.
    if (/^\s*[,)]?\s*(?:per|according to|in (?:his|her|their|pt's|the patient's) words)\b/i.test(after)) continue;
    // A goal in the patient's words ("pt goal: 'walk to class'").
    if (/\bgoals?\b/i.test(ctx.text.slice(nearSentence(ctx, q.start).start, q.start))) continue;
    ctx.report({
      start: q.start,
      end: q.end,
      message:
        'Quotation marks around a single word or two can read as doubt ("had a \'reaction\'"). Drop the quotes, or quote the patient in full with attribution ("Pt states, \'…\'").',
      suggestions: [inner],
      fix: 'suggest',
    });
  }
}

export default defineRule({
  id: 'cred.scare-quotes',
  family: 'credibility',
  severity: { clinical: 'info', reflection: 'info' },
  anchor: /["“‘]|(?:^|[\s(\[])'/m,
  quoteExempt: false,
  docs: {
    summary: 'Short (1–3 word) quotation marks around a symptom, diagnosis, reaction or provider, with no one quoted.',
    why:
      'Putting a patient\'s "asthma" or "reaction" in quotation marks says, without saying it, that the writer does not believe it. Studies of clinical notes found such scare quotes among the main ways records question a patient\'s credibility, and they appear more often for Black patients and for women. The source text asks that every patient can trust they will be treated with respect; a quotation should either record what someone said, with attribution, or not be there.',
    prefer: 'Drop the quotation marks ("had a reaction to the kinesiology tape"), or quote in full with attribution: Pt states, "My calf feels like it is in a vice."',
    exceptions: [
      'Attributed speech (a speech verb or colon nearby) and `>` blockquotes of the patient\'s words.',
      'Patient-stated goals in the patient\'s own words, and quotations in a Goals section.',
      'Names of tests, scales, exercises, programmes and settings ("Four Square Step Test", the "tilt" setting), and words discussed as words ("the term \'difficult\'").',
      'First-person fragments, which are the patient\'s words even without a speech verb.',
    ],
    sources: ['S2', 'S3'],
  },
  examples: {
    flagged: [
      'Pt had a {{"reaction"}} to the kinesiology tape last week.',
      'Takes an inhaler for her {{"asthma"}} before exercise.',
      'Sees a {{"back doctor"}} in town every few months.',
      'Session cut to 20 min because of her {{"fatigue"}}.',
    ],
    clean: [
      'Pt states, "My calf feels like it is in a vice when I sit through a lab."',
      'Patient goal: "get through my Tuesday schedule without a nap."',
      'Completed the "Four Square Step Test" in 14 s without touching the canes.',
      'Pt described the old cushion as "like sitting on a rock".',
      'Reviewed the "tilt" setting on the joystick with pt and caregiver.',
      { text: 'The chart called her "difficult", which shaped how staff approached her.', mode: 'reflection' },
    ],
  },
  check,
});
