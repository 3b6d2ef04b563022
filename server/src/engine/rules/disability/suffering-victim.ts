/**
 * pfl.suffering-victim — tragedy framing of a condition.
 */
import { checkPhrases, defineRule, type Phrase } from '../define.ts';

/** Symptoms a person may truly report suffering from; the rule leaves those alone. */
const SYMPTOM = /^\s+(?:(?:severe|chronic|constant|intense|ongoing|significant|terrible|daily|frequent|bad|occasional)\s+)*(?:pain|discomfort|distress|headaches?|migraines?|nausea|fatigue|insomnia|cramps?|spasms?|itching|anxiety|panic attacks?|nightmares?|grief|loneliness|stress)\b/i;
const CONDITION_WORDS =
  '(?:stroke|CVA|polio|CP|cerebral palsy|MS|multiple sclerosis|MD|muscular dystrophy|SMA|ALS|TBI|brain injury|SCI|spinal cord injury|Parkinson\'?s|dementia|Alzheimer\'?s|autism|AIDS|HIV|cancer|amputation|arthritis|epilepsy|disease|disability|illness|condition|disorder)';
const MESSAGE = 'Calling a condition suffering, affliction or victimhood assumes a tragedy the person may not feel. State the condition plainly: "has …", "with …".';

const phrases: Phrase[] = [
  {
    pattern: /\b(is|was|are|were)\s+suffering\s+(?:from|with)\b/gi,
    message: MESSAGE,
    suggest: (m) => [/^(?:was|were)$/i.test(m[1]!) ? 'had' : /^are$/i.test(m[1]!) ? 'have' : 'has'],
    fix: 'safe',
    unless: (m, ctx) => SYMPTOM.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(suffers|suffered|suffer)\s+(?:from|with)\b/gi,
    message: MESSAGE,
    suggest: (m) => [({ suffers: 'has', suffered: 'had', suffer: 'have' } as Record<string, string>)[m[1]!.toLowerCase()]!],
    fix: 'safe',
    unless: (m, ctx) => SYMPTOM.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\bsuffering\s+(?:from|with)\b/gi,
    message: MESSAGE,
    suggest: ['with'],
    fix: 'safe',
    unless: (m, ctx) => SYMPTOM.test(ctx.text.slice(m.index + m[0].length)),
  },
  {
    pattern: /\b(?:afflicted|stricken)\s+(?:with|by)\b/gi,
    message: MESSAGE,
    suggest: ['with', 'affected by'],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:is|was|has been)\s+(?:afflicted|stricken)\s+(?:with|by)\b/gi,
    message: MESSAGE,
    suggest: (m) => [/^was/i.test(m[0]) ? 'had' : 'has'],
    fix: 'safe',
  },
  {
    pattern: new RegExp(`\\b${CONDITION_WORDS}\\s+(?:victims?|sufferers?)\\b`, 'gi'),
    message: 'A person who has a condition is not its victim. Prefer "person who has had a stroke", "person with MS".',
    suggest: (m) => {
      const condition = m[0].replace(/\s+(?:victims?|sufferers?)$/i, '');
      const plural = /s$/i.test(m[0]);
      return [`${plural ? 'people' : 'person'} with ${condition}`];
    },
    fix: 'suggest',
  },
  {
    pattern: new RegExp(`\\b(?:an?\\s+|the\\s+)?(?:victims?|sufferers?)\\s+of\\s+(?:(?:a|an|the|his|her|their)\\s+)?${CONDITION_WORDS}`, 'gi'),
    message: 'A person who has a condition is not its victim. Prefer "person who has had a stroke", "person with MS".',
    suggest: (m) => [m[0].replace(/^(?:an?\s+|the\s+)?(victims?|sufferers?)\s+of\s+(?:(?:a|an|the|his|her|their)\s+)?/i, (_x, v: string) => (/s$/i.test(v) ? 'people with ' : 'a person with '))],
    fix: 'suggest',
  },
  {
    pattern: /\b(?:battling|fighting|struggling with)\s+(?:(?:his|her|their|a|an)\s+)?(?:disability|MD|muscular dystrophy|SMA|ALS|MS|CP|cerebral palsy|autism|condition|illness|disease)\b/gi,
    message: 'Battle language makes a condition a fight the person is winning or losing. Say what they have and what they are working on.',
    suggest: [],
    fix: 'none',
  },
  {
    pattern: /\bcrippled\s+by\b/gi,
    message: '"Crippled" is a slur for disabled people. Describe the effect on function instead ("limited by", "unable to … because of").',
    suggest: ['limited by'],
    fix: 'suggest',
  },
  {
    pattern: /\bconfined\s+to\s+(?:(?:his|her|their|the)\s+)?bed\b/gi,
    message: '"Confined to bed" describes a prison. Describe the activity level ("on bed rest", "spends most of the day in bed").',
    suggest: ['on bed rest', 'spends most of the day in bed'],
    fix: 'suggest',
    severity: 'info',
  },
  {
    pattern: /\bsuffered\s+(?:a|an)\s+(fall|fracture|stroke|injury|sprain|strain|concussion|(?:[a-z]+\s+)?(?:fracture|injury|strain|sprain))\b/gi,
    message: '"Suffered a fall" adds a judgement the facts do not need. "Sustained" or "had" says the same thing plainly.',
    suggest: (m) => [m[0].replace(/^suffered/i, /fall|fracture|injury|sprain|strain|concussion/i.test(m[1]!) ? 'sustained' : 'had')],
    fix: 'safe',
    severity: 'hint',
  },
];

export default defineRule({
  id: 'pfl.suffering-victim',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  anchor: /suffer|afflicted|stricken|victim|battling|fighting|struggling|crippled|confined/i,
  docs: {
    summary: 'Suffering, affliction, victim and battle framing of a condition or disability.',
    why:
      'Naren lives with a progressive neuromuscular disease and studies at university; whether he "suffers" is his to say. Tragedy framing casts the person as pitiable and passive, which sits badly with care that is a partnership aimed at the person\'s own goals. Medical and disability style guides ask writers to state the condition neutrally.',
    prefer: '"has muscular dystrophy", "a student with SMA", "a person who has had a stroke", "sustained a fall".',
    exceptions: [
      'Symptoms a person reports suffering from ("suffering from severe pain", "suffers from migraines").',
      '"Victim" of a crime, assault or abuse in safeguarding documentation.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S14', 'S16', 'S17a', 'S17b'],
  },
  examples: {
    flagged: [
      '20 yo male {{suffering from}} muscular dystrophy.',
      'Pt {{suffers from}} MS and reports fatigue by noon.',
      'She {{is afflicted with}} cerebral palsy.',
      'Referred for gait training; {{stroke victim}} in 2021.',
      'He was {{confined to bed}} for two weeks.',
      'Pt {{suffered a fall}} at home on Monday.',
    ],
    clean: [
      'Pt reports suffering from severe pain after the long lab session.',
      'She is the victim of an assault and a report was filed per policy.',
      'Naren has a progressive neuromuscular disease affecting trunk and limbs.',
      'Pt said, "I suffer from this disease every single day."',
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
