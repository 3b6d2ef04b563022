/**
 * Generates a folder of varied clinical notes for the batch benchmark:
 * SOAP daily notes, evaluations, discharge summaries and student reflections,
 * with names, measures and (in some notes) wording the rules flag. Seeded, so
 * every run lints the same text.
 *
 *   node scripts/bench/generate-notes.mjs <folder> [count=30000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom as rng } from '../lib/random.mjs';

const pick = (r, list) => list[Math.floor(r() * list.length)];
const int = (r, lo, hi) => lo + Math.floor(r() * (hi - lo + 1));

const PATIENTS = ['Pt', 'The patient', 'Ms. R', 'Mr. K', 'The client', 'She', 'He'];
const DEVICES = ['rollator', 'single-point cane', 'front-wheeled walker', 'power wheelchair', 'bilateral forearm crutches', 'no device'];
const ASSIST = ['independently', 'with SBA', 'with CGA', 'with min A x1', 'with mod A x1', 'with supervision'];
const EXERCISES = ['sit-to-stand x10', 'bridges 2x12', 'heel raises 3x15', 'side-lying hip abduction 2x10', 'mini squats 2x10', 'seated marching x20', 'step-ups 4" 2x8', 'TheraBand rows 2x15'];
const CLEAN_SUBJ = [
  'reports pain 3/10 in the L knee, improved from 5/10 last visit.',
  'states she walked to the mailbox twice this week and wants to manage the stairs at her daughter\'s house.',
  'reports no dizziness with position changes; sleeping 6 hrs per night.',
  'would like to return to gardening; kneeling is still painful.',
  'describes stiffness in the morning lasting about 30 minutes.',
];
const FLAGGED_SUBJ = [
  'claims pain is 8/10 but was laughing with staff.',
  'is wheelchair-bound since the stroke and suffers from depression.',
  'was noncompliant with the HEP again despite repeated education.',
  'refused to do the stairs today, very difficult patient.',
  'is a diabetic and a poor historian.',
  'is a frequent flyer here; drug-seeking per nursing.',
  'sweet little lady, very pleasant, a real trooper.',
  'denies pain, insists that the brace is "useless".',
];
const PLANS = [
  'Continue POC 2x/wk x 4 wks; progress balance activities as tolerated.',
  'Discussed options; pt chose to add a walking program 10 min daily.',
  'Recommended a shower chair; pt agreed to try it this week.',
  'Reassess 6MWT next visit; update goals with pt.',
  'Told pt to do HEP 3x daily.',
];
const REFLECT = [
  'I noticed that I was planning the session around my schedule rather than hers.',
  'When I asked about her goals, the whole session changed.',
  'My CI pointed out that I spoke to the daughter instead of to the patient.',
  'I felt rushed and I think the patient could tell.',
  'Next week I want to ask more open questions before I start testing.',
];

function paragraph(r, flaggedRate) {
  const who = pick(r, PATIENTS);
  const subj = r() < flaggedRate ? pick(r, FLAGGED_SUBJ) : pick(r, CLEAN_SUBJ);
  return `${who} ${subj}`;
}

function soap(r, flaggedRate) {
  return `# Daily note — visit ${int(r, 2, 24)}

**S:** ${paragraph(r, flaggedRate)} ${pick(r, CLEAN_SUBJ)}

**O:** Ambulated ${int(r, 50, 400)} ft ${pick(r, ASSIST)} using ${pick(r, DEVICES)}. HR ${int(r, 62, 110)} bpm, SpO2 ${int(r, 92, 99)}%, RPE ${int(r, 9, 15)}/20.
Ther-ex: ${pick(r, EXERCISES)}, ${pick(r, EXERCISES)}, ${pick(r, EXERCISES)}.

**A:** Gait endurance improving toward goal; ${pick(r, ['balance remains the main limitation', 'pain limited the last set', 'tolerated the session well', 'needed cues for pacing'])}.

**P:** ${pick(r, PLANS)}
`;
}

function evaluation(r, flaggedRate) {
  return `---
mode: clinical
---
# Initial evaluation

## Subjective

${paragraph(r, flaggedRate)} PMH: ${pick(r, ['HTN, T2DM', 'OA bilateral knees', 'CVA 2019', 'COPD', 'none reported'])}. Lives ${pick(r, ['alone in a 2-story house', 'with spouse in a single-level home', 'in an assisted living apartment'])}.

## Objective

| Measure | Result |
| --- | --- |
| TUG | ${int(r, 8, 30)} s |
| 5xSTS | ${int(r, 10, 25)} s |
| Knee flexion AROM | ${int(r, 80, 135)}° |

Gait: ${pick(r, ASSIST)} with ${pick(r, DEVICES)}; ${paragraph(r, flaggedRate / 2)}

## Assessment

${pick(r, ['Presents with decreased strength and balance affecting community mobility.', 'Impairments in ROM and endurance limit stair negotiation.'])}

## Goals

1. Pt will ambulate ${int(r, 150, 500)} ft ${pick(r, ASSIST)} in ${int(r, 2, 8)} weeks to reach the dining hall.
2. Pt will ascend and descend ${int(r, 4, 14)} stairs with one rail to visit family.

## Plan

${pick(r, PLANS)}
`;
}

function discharge(r, flaggedRate) {
  return `# Discharge summary

Seen for ${int(r, 6, 20)} visits. ${paragraph(r, flaggedRate)}

Outcome: ${pick(r, ['goals met', 'goals partially met', 'discharged to HEP'])}. Final TUG ${int(r, 7, 20)} s.
Recommendations: ${pick(r, PLANS)}

\`\`\`
HEP: ${pick(r, EXERCISES)}; ${pick(r, EXERCISES)}
\`\`\`
`;
}

function reflection(r, flaggedRate) {
  return `---
mode: reflection
---
# Reflection — week ${int(r, 1, 10)}

${pick(r, REFLECT)} ${pick(r, REFLECT)}

${paragraph(r, flaggedRate)} ${pick(r, REFLECT)}

> "${pick(r, ['I just want to walk my dog again.', 'I am tired by the afternoon.', 'Nobody asked me what I wanted.'])}"

${pick(r, REFLECT)}
`;
}

export function generateNotes(dir, count = 30000, seed = 42) {
  const r = rng(seed);
  const kinds = [soap, soap, evaluation, discharge, reflection];
  let bytes = 0;
  const perFolder = 500;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / perFolder)).padStart(3, '0')}`);
    if (i % perFolder === 0) mkdirSync(folder, { recursive: true });
    const kind = pick(r, kinds);
    const text = kind(r, 0.3);
    const name = kind === reflection ? `note-${i}.reflection.md` : `note-${i}.md`;
    writeFileSync(join(folder, name), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: count, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/bench/generate-notes.mjs <folder> [count]');
    process.exit(2);
  }
  const { files, bytes } = generateNotes(dir, Number(process.argv[3] ?? 30000));
  console.log(`${files} notes, ${(bytes / 1e6).toFixed(1)} MB in ${dir}`);
}
