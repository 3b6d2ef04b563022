/**
 * cond.case-synecdoche — people reduced to a diagnosis, a joint, a bed or "a case".
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';
import { after, before } from './shared.ts';

/** Diagnoses, procedures and body parts that notes use as stand-ins for people. */
const DX =
  '(?:DMD|BMD|SMA|FSHD|CMT|MG|HD|muscular\\s+dystrophy|spina\\s+bifida|CF|OA|RA|PFPS|ITB|stroke|CVA|TIA|hip|knee|shoulder|ankle|back|spine|neck|TKA|THA|TKR|THR|TSA|RSA|ORIF|ACL|ACLR|BKA|AKA|TBI|SCI|MS|ALS|GBS|CP|COPD|CHF|MI|CABG|PNA|UTI|amputee|fracture|fx|hip\\s+fx|fall|frequent\\s+faller|faller|post-?op|ortho|neuro|cardiac|trach|vent|dementia|Parkinson\'?s|PD|burn|trauma|polytrauma|quad|para|tetra|replacement|new\\s+(?:hip|knee)|total\\s+(?:hip|knee)|lap\\s+chole|chole|appy|sepsis|bariatric|overdose|OD|psych|detox|drunk|withdrawal|diabetic|dialysis|cancer|onc|wound|BPPV|vertigo|concussion|whiplash|sprain|strain|rotator\\s+cuff|RTC|lumbar|cervical|LBP|DVT|PE|CKD|ESRD|HF|AFib|pneumonia|COVID)';
const PLACE = '(?:room|rm\\.?|bed|bay|cubicle|exam\\s+room|treatment\\s+room|tx\\s+room|chair)';
const PLACE_MESSAGE = 'Naming a person by their diagnosis and bed makes them a problem in a location. Say "the patient in room 4 who had a stroke", or use their name.';
const CASE_MESSAGE = 'A person is not a case: "case" is for the episode of care or the write-up. Say "a patient with …", "this patient", or the person\'s initials or pseudonym.';
/** Senses of "case" that are about documents, management or logic, not a person. */
const CASE_NOT_PERSON = /^\s*(?:-?\s*)(?:reports?|stud(?:y|ies)|series|manager|managers|management|worker|workers|load|loads|mix|conference|conferences|presentations?|definition|control|notes?|files?|review|reviews|discussion|example|law|history\s+form|scenario|vignette|based|by\s+case|s?tudy)\b/i;

/** Short capitalised diagnoses before "case" ("a DMD case"), matched case-sensitively so "a BIG case" style words stay rare. */
const ABBREV_CASE = /\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Mm]y|[Oo]ur|[Aa]nother|[Ii]nteresting|[Tt]ypical|[Cc]lassic|[Tt]extbook|[Cc]omplex|[Dd]ifficult|[Tt]ough|[Ss]ad|[Ff]irst|[Nn]ext)\s+(?:(?:interesting|typical|classic|textbook|complex|difficult|tough|sad|first|new|young|great|good|bad|straightforward|fascinating|unusual|rare|cool|weird|challenging|tricky|memorable|amazing|awesome|fun|boring|routine|severe|mild)\s+)?[A-Z][A-Z0-9]{1,5}\s+cases?\b/g;

const phrases: Phrase[] = [
  {
    // "Saw three knees and a hip this morning", "have two new TKAs today": people counted as joints or diagnoses.
    pattern: /\b(?:saw|seen|see|seeing|treated|treat|treating|have|had|got|evaluated|eval'?d|picked\s+up|admitted|discharged)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a\s+couple\s+(?:of\s+)?|several|more)\s+(?:new\s+|more\s+|post-?op\s+|fresh\s+)?(?:knees|hips|shoulders|backs|necks|ankles|TKAs|THAs|TKRs|THRs|TSAs|strokes|CVAs|ACLs|ACLRs|amputees|SCIs|TBIs|fractures|fxs?|total\s+(?:knees|hips)|BKAs|AKAs|traches|vents)\b/gi,
    message: 'Counting people as joints or diagnoses ("three knees") makes them problems on a list. Say "three patients after knee replacement".',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: ABBREV_CASE,
    message: CASE_MESSAGE,
    suggest: (m) => [m[0].replace(/\s+case(s?)$/, (_x, s: string) => (s ? ' patients' : ' patient'))],
    fix: 'suggest',
    unless: (m, ctx) => CASE_NOT_PERSON.test(after(m, ctx, 30)) || /\b(?:ICD|CPT|PDF|USB|NICE|APTA|CMS)\s+cases?$/.test(m[0]),
  },
  {
    // "the stroke in room 4", "the new knee in bed 12", "the TKA in 3"
    pattern: new RegExp(`\\b(?:the|our|my|that|this)\\s+(?:(?:new|old|fresh|post-?op|L|R|left|right|bilateral|bilat|\\d+\\s*(?:yo|y\\/o))\\s+)?${DX}s?\\s+(?:in|from|on|at)\\s+${PLACE}\\s*#?\\s*\\d+[A-Za-z]?\\b`, 'gi'),
    message: PLACE_MESSAGE,
    suggest: (m) => {
      const place = /\b(?:in|from|on|at)\s+(.+)$/i.exec(m[0])?.[1] ?? '';
      return [`the patient in ${place}`];
    },
    fix: 'suggest',
  },
  {
    // "the stroke in 4" (bare number after "in")
    pattern: new RegExp(`\\bthe\\s+${DX}\\s+in\\s+\\d+[A-Za-z]?\\b(?!\\s*(?:%|mm|cm|kg|lb|degrees|°|weeks?|days?|months?|years?|yrs?|minutes?|mins?|hours?|hrs?|reps?|sets?|s\\b|sec))`, 'gi'),
    message: PLACE_MESSAGE,
    suggest: (m) => [`the patient in ${/\bin\s+(.+)$/i.exec(m[0])?.[1]}`],
    fix: 'suggest',
  },
  {
    // "Bed 12 refused …", "Room 4 keeps calling" — a location doing what only a person does
    pattern: new RegExp(`\\b${PLACE}\\s*#?\\s*\\d+[A-Za-z]?\\s+(?:(?:is|was)\\s+(?:refusing|asking|calling|yelling|shouting|screaming|crying|complaining|demanding|confused|agitated|combative|difficult|noncompliant|non-compliant|up|OOB|out\\s+of\\s+bed|asleep|awake|sleeping|sitting|lying|resting|eating|walking|ambulating|seen|discharged|admitted|incontinent|NPO|pleasant|cooperative|alert|oriented|lethargic|a\\s+(?:fall\\s+risk|pain|nightmare|handful|sweetheart|frequent\\s+flyer|${DX}))|refused|refuses|declined|declines|wants|wanted|says|said|asked|asks|keeps|kept|called|calls|complained|complains|c\\/o|yelled|yells|fell|ambulated|transferred|walked|ate|slept|voided|is\\s+a\\s+\\d+\\s*(?:yo|y\\/o|year))\\b`, 'gi'),
    message: PLACE_MESSAGE,
    suggest: [],
    fix: 'none',
    // "The man in bed 3 refused": the bed is where the person is, not their name.
    unless: (m, ctx) => /\b(?:in|into|from|at|to|on|near|by|of|for|and)\s*$/i.test(before(m, ctx, 8)),
  },
  {
    // "a stroke case", "an interesting MS case", "my first TKA case"
    pattern: new RegExp(`\\b(?:a|an|the|this|that|my|our|another|his|her|their|first|last|next|interesting|typical|classic|textbook|complex|complicated|difficult|tough|sad|hard|easy|simple|straightforward|good|great|bad)\\s+(?:(?:interesting|typical|classic|textbook|complex|complicated|difficult|tough|sad|hard|easy|simple|straightforward|good|great|bad|first|last|new|young|fascinating|unusual|rare|cool|weird|challenging|tricky|memorable|amazing|awesome|fun|boring|routine|severe|mild)\\s+)?${DX}\\s+cases?\\b`, 'gi'),
    message: CASE_MESSAGE,
    suggest: (m) => [m[0].replace(/\s+case(s?)$/i, (_x, s: string) => (s ? ' patients' : ' patient'))],
    fix: 'suggest',
    unless: (m, ctx) => CASE_NOT_PERSON.test(after(m, ctx, 30)),
  },
  {
    // "an interesting case" said of a specific person: "she was an interesting case"
    pattern: /\b(?:(?:is|was|'s|seemed|seems|as)\s+)(?:a|an|such\s+an?|quite\s+an?|a\s+real)\s+(?:(?:very|really|quite|rather)\s+)?(?:interesting|typical|classic|textbook|complex|complicated|difficult|tough|sad|hard|easy|simple|straightforward|hopeless|lost|head|nut|charity|mental)\s+case\b/gi,
    message: CASE_MESSAGE,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => CASE_NOT_PERSON.test(after(m, ctx, 30)) || !ctx.personSubject(m.index),
  },
  {
    // "This case came in for a calf strain", "the case in room 3 refused"
    pattern: /\b(?:this|that|the|my|our|today's)\s+(?:first\s+|next\s+|last\s+|new\s+)?case\s+(?:came\s+in|comes\s+in|presented|presents|arrived|arrives|was\s+(?:admitted|referred|seen|discharged)|is\s+(?:being\s+)?(?:admitted|referred|seen|discharged)|reports|reported|complains|complained|c\/o|states|stated|said|says|walked|ambulated|refused|declined|wants|wanted|needs|needed|lives|lived|works|worked|studies|uses|used|has\s+(?:a|an|had)|had\s+(?:a|an))\b/gi,
    message: CASE_MESSAGE,
    suggest: (m) => [m[0].replace(/\bcase\b/i, 'patient')],
    fix: 'suggest',
  },
  {
    // "This case was a 67 yo woman …" — the person introduced as a case
    pattern: /\b(?:this|the|that|my|our|today's|the\s+next|the\s+first)\s+case\s+(?:is|was|involves|involved|concerns|concerned)\s+(?:a|an)\s+(?:(?:\d+[-\s]*(?:yo|y\/o|y\.o\.|years?[-\s]old|yr[-\s]old)|young|older|elderly|middle[-\s]aged)\b|(?:[a-z-]+\s+){0,3}(?:m[ae]n|wom[ae]n|students?|patients?|gentlem[ae]n|lad(?:y|ies)|males?|females?|boys?|girls?|persons?|athletes?|runners?|veterans?|mothers?|fathers?)\b)/gi,
    message: CASE_MESSAGE,
    suggest: [],
    fix: 'none',
  },
];

export default defineRule({
  id: 'cond.case-synecdoche',
  family: 'condition',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /\b(?:case|room|rm|bed|bay|cubicle|chair)\b|\bin\s+\d|\b(?:knees|hips|shoulders|backs|necks|ankles|TKAs|THAs|TKRs|THRs|TSAs|strokes|CVAs|ACLs|ACLRs|amputees|SCIs|TBIs|fractures|fxs?|BKAs|AKAs|traches|vents)\b/i,
  docs: {
    summary: 'People named by a diagnosis, a joint or a bed ("the stroke in room 4", "bed 12 refused") or called "a case".',
    why:
      'Shorthand like "the hip in bed 3" is quick on a busy shift, but it turns a person into a body part in a location, and the habit carries into how people are treated. The source text describes care as a partnership between two people; notes that give the person back their personhood ("the patient in room 4 who had a hip replacement") are the written side of that partnership. Medical style guides reserve "case" for the episode or the report, not the person.',
    prefer: '"the patient in room 4 (L THA, day 2)", "a patient with MS", "Ms. R.", or a pseudonym in a reflection.',
    exceptions: [
      '"Case report", "case study", "case series", "case manager", "case management", "caseload", "case conference".',
      '"In case of …", "in any case", "worst case", "a case of" a condition ("a case of BPPV").',
      'Rooms and beds as places ("Room 4 is available", "transferred to bed 12").',
    ],
    sources: ['S14', 'S2'],
  },
  examples: {
    flagged: [
      'Saw {{three knees}} and a shoulder before lunch.',
      'Had {{a fascinating ALS case}} in clinic.',
      'Saw {{the stroke in room 4}} for gait training.',
      'Please check on {{the new knee in bed 12}} before lunch.',
      '{{Bed 12 refused}} PT again this morning.',
      'Today I had {{an interesting MS case}} in clinic.',
      'She {{was a difficult case}} for the whole team.',
      '{{This case was a 67 yo woman}} with a fall at home.',
    ],
    clean: [
      'Case manager arranged home health PT.',
      'I presented a case report on SMA at journal club.',
      'In case of a fall, pt will use the pendant alarm.',
      'Transferred from w/c to bed 12 with SBA.',
      'Room 4 is available for the afternoon session.',
      'The patient in room 4 (L THA, POD 2) ambulated 150 ft.',
      'Discussed a case of BPPV in the case conference.',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
