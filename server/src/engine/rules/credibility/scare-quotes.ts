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

const REPORTING =
  /\b(?:states?|stated|stating|says?|said|reports?|reported|reportedly|describes?|described|describing|calls?|called|calling|refers?\s+to|referred\s+to|words|explains?|explained|mentions?|mentioned|feels?|felt|believes?|believed|thinks?|thought|told|tells|per|according\s+to|endorses?|endorsed|complains?|complained|c\/o|quote|verbatim)\b/i;
const COMPOUND_HEAD =
  /^\s+(?:shaped|wrapped|induced|related|associated|appearing|looking|type|like|style|pattern|shaped|sign|symptoms?|metastas[ie]s|procedure|effect|appearance|configuration|deformity|lesions?|technique|sound|feeling|sensation)\b/i;

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
    const lead = ctx.text.slice(nearSentence(ctx, q.start).start, q.start);
    if (/\bgoals?\b/i.test(lead)) continue;
    // Reported speech: the sentence says whose words these are ("states she was 'immune' to …", "reportedly 'normal'").
    if (REPORTING.test(lead)) continue;
    // A quoted predicate right after its subject is someone's verbatim words: she "came to", she "trust him".
    if (/\b(?:he|she|they|pt|patient)\s*$/i.test(lead)) continue;
    // A quoted modifier of the next word names a shape or a kind: a "boomerang" shaped field cut, "drop" metastasis.
    if (COMPOUND_HEAD.test(after)) continue;
    // A doubted word is a thing the patient has: her "asthma", a "reaction", pt's "seizures". A quote after a
    // verb, preposition or adjective ("was 'immune' to", "of 'old age'") is someone's wording reported.
    if (!/\b(?:a|an|the|his|her|their|its|pt'?s|patient'?s|client'?s|this|that|these|those|my|your|our)\s*$/i.test(lead)) continue;
    // Operative shorthand ("each site was 'under tapped'") is the surgeon's jargon, not doubt about a person.
    if (ctx.section === 'procedure') continue;
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
      'Quoted wording that is reported (a reporting verb in the sentence, or the quote right after its speaker), quoted modifiers ("boomerang" shaped), operative shorthand, and quotes not used as a noun phrase the patient has.',
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
      'She had a "boomerang" shaped field cut in the left eye.',
      'Gen exam reportedly "normal."',
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
