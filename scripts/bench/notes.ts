/**
 * Deterministic generator of realistic note text for benchmarks: SOAP
 * sections, lists, tables, measurements, and a sprinkling of the phrases the
 * rules look for, so both the fast path (nothing to find) and the slow path run.
 */
import { seededRandom } from '../lib/random.mjs';

/** Seeded, so figures are comparable between commits. */
export const random = seededRandom(42);
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;

const PLAIN = [
  'Pt ambulated 150 ft with rollator and SBA; HR 92 bpm, SpO2 96% after.',
  'MMT hip abductors 3+/5 bilaterally; holds against moderate resistance.',
  'Seated heel raises 3 x 12 with yellow resistance band, cues for full range.',
  'Transfers w/c to mat table independent with sliding board.',
  'Reports pain 4/10 at rest and 6/10 after stairs; no numbness or tingling.',
  'Reviewed HEP; pt demonstrated each exercise with correct form.',
  'Sitting balance good; standing balance fair with UE support.',
  'Plan: progress step-ups to 6 in step, reassess TUG next visit.',
  'Discussed pacing strategies for a full class day; pt chose two rest breaks.',
  'Lungs clear; RR 16; BP 124/78 seated.',
];
const FLAGGED = [
  'Pt refused stretching again despite repeated education.',
  'He is wheelchair-bound and suffering from muscular dystrophy.',
  'Pt claims the pain is still 9/10.',
  'Caregiver says he is lazy about the HEP.',
  'Insulin 10 U subcut QD per MD.',
  'The diabetic in room 12 was non-compliant with the diet.',
];

export function paragraph(): string {
  const n = 1 + Math.floor(random() * 4);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(random() < 0.08 ? pick(FLAGGED) : pick(PLAIN));
  return parts.join(' ');
}

/** A note of about `lines` lines. */
export function note(lines: number): string {
  const out: string[] = ['---', 'note-type: daily', '---', '# Daily note', ''];
  const sections = ['## Subjective', '## Objective', '## Assessment', '## Plan'];
  let s = 0;
  while (out.length < lines) {
    if (out.length % 60 === 5) out.push(sections[s++ % sections.length]!, '');
    const kind = random();
    if (kind < 0.6) out.push(paragraph(), '');
    else if (kind < 0.85) out.push(`- ${pick(PLAIN)}`, `- ${pick(PLAIN)}`, `- ${pick(PLAIN)}`, '');
    else if (kind < 0.95) out.push('| Test | Result |', '|---|---|', '| TUG | 14 s |', '| 5xSTS | 16 s |', '');
    else out.push('```', 'raw device log 0x1f wheelchair-bound', '```', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}
