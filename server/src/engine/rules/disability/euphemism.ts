/**
 * pfl.euphemism — well-meant euphemisms and inspiration framing.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

const INSPIRATION =
  '"{match}": calling a disabled person an inspiration or brave for ordinary life makes their disability the story. Record what they did.';
// "Inspiration" is also a breath ("pain on deep inspiration"), so those forms stay silent in a breathing context;
// "so inspiring", "inspiring to see" and "brave" never mean a breath, even in a pulmonary rehab note.
const INSPIRATION_TERMS: Term[] = [
  {
    match: ['a|an|such_a|such_an real|true|total|great? inspiration|inspirational', 'inspiration|inspirational', 'inspiring'],
    message: INSPIRATION,
    notAfter: ['decision|choice|step|move|new'],
    unless: ['respiratory'],
  },
  {
    match: ['so|very|really|truly|incredibly inspiring', '[ inspiring ] to see|watch|hear|meet', 'so|very|really? brave|bravely', 'courageous/a'],
    message: INSPIRATION,
    notAfter: ['decision|choice|step|move|new'],
    // "Brave" for a young child holding still for bloods is praise for the moment, not disability made an inspiration.
    unless: ['childAgeStated'],
  },
];
/** What a person may be said to succeed "despite" ("despite being blind"). */
const DISABLED = 'disabled|blind|deaf|paralyzed|paralysed|paraplegic|quadriplegic|tetraplegic|wheelchair-bound|handicapped|autistic|an_amputee|nonverbal|non-verbal';
const DISABILITY = "disability|disabilities|handicap|condition|diagnosis|wheelchair|chair|blindness|deafness|paralysis|cp|cerebral_palsy|ms|sma|md|muscular_dystrophy|autism|down_syndrome|down's|spina_bifida|sci|spinal_cord_injury|amputation";
const CHALLENGED = '"{match}" is a euphemism. Say "has a physical disability", "has an intellectual disability", or name the condition.';

export default defineRule({
  id: 'pfl.euphemism',
  family: 'disability',
  severity: { clinical: 'info', reflection: 'warning' },
  terms: [
    // "Mum is a bit special": a euphemism for a learning disability, said as a joke.
    { match: "is|was|he's|she's|they're a_bit|a_little|bit special", when: ['personSubject'], message: '"{match}" is a euphemism for a learning disability and reads as a joke at the person\'s expense. Name the need ("has a learning disability; uses easy-read").' },
    {
      match: 'special-needs',
      message: '"{match}" is a euphemism many disabled people dislike. Name the disability or the support needed.',
      suggest: ['disability', 'support needs'],
      notAfter: ['trust|plan|planning|register|registry'],
    },
    {
      match: 'differently-abled|handi-capable|diffability',
      message: 'Euphemisms such as "{match}" suggest disability is something to avoid naming. Say "disabled" or "has a disability", or name the condition.',
      suggest: ['disabled'],
    },
    { match: 'physically-challenged', message: CHALLENGED, suggest: ['with a physical disability'] },
    { match: 'mentally-challenged', message: CHALLENGED, suggest: ['with a mental health condition'] },
    { match: 'intellectually|developmentally|vertically -? challenged', message: CHALLENGED, suggest: ['with an intellectual disability'] },
    // Only about a person: stated before the word, or the implied subject of a fragment ("Bravely battling
    // MD."). "A brave decision by the team" is not about the patient, nor "inspiration" in a breathing exam.
    ...INSPIRATION_TERMS.map((term): Term => ({ ...term, when: ['personSubject'] })),
    ...INSPIRATION_TERMS.map((term): Term => ({ ...term, before: ['... #word'] })),
    // Courage in living with the condition itself: "battling ALS with such courage", "lives with SMA with great courage"
    // (not a team facing an outbreak, which names no condition the person has).
    {
      match: 'with such|great|incredible|remarkable|real courage|bravery',
      message: INSPIRATION,
      before: [`battle/v|battling|live/v_with|living_with|fight/v|fighting|cope/v_with|coping_with|deal/v_with|dealing_with|face/v|facing #word{0,2} ${DISABILITY}|als|mnd|dmd|sma|cancer|parkinson's|parkinsons|dementia|stroke|#upper`],
    },
    {
      match: [`overcome/v|overcame his|her|their|a|the ${DISABILITY}`, `overcome/v|overcame|overcoming such_a|so_much|such #word? ${DISABILITY}`, `despite|in_spite_of his|her|their ${DISABILITY}`],
      message: '"{match}" treats the disability as the obstacle rather than the barriers around it. Describe the achievement on its own terms.',
    },
    // The same frame with the person's situation spelled out ("Despite being in a wheelchair, she …", "in spite of
    // having CP") and its mirror ("never let his disability stop him", "refused to let MS define her").
    {
      match: [
        `[ despite|in_spite_of being in|using a|her|his|their|the wheelchair|chair|power_chair ] ,|he|she|they`,
        `[ despite|in_spite_of being ${DISABLED} ] ,|he|she|they`,
        `despite|in_spite_of having a|an? ${DISABILITY}`,
        `@neg|refuse/v|refused to? let|lets|letting his|her|their|a|the|its? ${DISABILITY} stop|stops|stopped|define|defines|defined|hold|holds|limit|limits|slow|slows him|her|them|you|me`,
        `@neg|refuse/v|refused to? let|lets|letting his|her|their|a|the|its? ${DISABILITY} get_in_the_way|get_in_his_way|get_in_her_way`,
      ],
      message: '"{match}" treats the disability as the obstacle rather than the barriers around it. Describe the achievement on its own terms.',
    },
    // Another person's disability as the writer's lesson: "Meeting a paraplegic really put my own problems into perspective".
    { match: 'put|puts|putting|really_put my|our own? problems|life|lives|worries|troubles|complaints|issues into perspective', message: INSPIRATION, when: ['reflection'] },
    // "He has such a normal life": amazement that a disabled person's life is ordinary.
    {
      match: 'such_a normal|ordinary life|childhood',
      message: '"{match}" implies a disabled person\'s life is expected to be abnormal. Record what the person does and what support they use.',
      when: ['personInSentence'],
    },
    {
      match: 'normal people|person|kids|children|students|peers|adults|individuals|folks',
      message: '"{match}" implies disabled people are abnormal. Say "non-disabled", "peers without disabilities" or "typically developing".',
      suggest: ['non-disabled $2'],
    },
    { match: 'able-bodied', message: 'Consider "non-disabled" instead of "{match}".', suggest: ['non-disabled'], severity: 'hint' },
  ],
  docs: {
    summary: 'Euphemisms for disability ("special needs", "differently abled") and inspiration framing ("so brave", "overcame his disability").',
    why:
      'Euphemisms suggest that disability is too awkward to name, and inspiration stories make a disabled person\'s ordinary life remarkable because of the disability. Naren going to lectures is a student going to lectures. The source text asks us to meet people where they are, which starts with naming their situation plainly and respectfully.',
    prefer: 'Name the condition or the support needed; "non-disabled" or "typically developing" for comparisons; record what the person did.',
    exceptions: [
      'Clinical normality: "normal ROM", "normal gait pattern", "WNL".',
      'Programme and legal names: "Special Olympics", "special needs trust".',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S14', 'S16', 'S17a', 'S17b'],
  },
  examples: {
    flagged: [
      { text: 'It was humbling to meet someone who had {{overcome such a terrible disability}}.', mode: 'reflection' },
      'Mum {{is a bit special}}, social worker to attend discharge planning.',
      { text: 'Working with him {{put my own problems into perspective}}.', mode: 'reflection' },
      { text: 'Watching him keep coming to pulmonary rehab was {{so inspiring}}.', mode: 'reflection' },
      { text: 'She {{never lets her disability stop her}}.', mode: 'reflection' },
      { text: 'He {{overcame his paralysis}} to walk again.', mode: 'reflection' },
      { text: '{{Despite his CP}}, he graduated.', mode: 'reflection' },
      { text: 'He {{refused to let his disability stop him}} from going to college.', mode: 'reflection' },
      { text: '{{Despite being in a wheelchair}}, she was the happiest person I met all week.', mode: 'reflection' },
      { text: 'He has {{such a normal life}}.', mode: 'reflection' },
      'It was {{so inspiring}} to watch her walk again.',
      'She attends a class for {{special needs}} students. => She attends a class for disability students.',
      'He is {{differently abled}} and very independent. => He is disabled and very independent.',
      'The boy is {{so brave}} coming to class in his chair.',
      { text: 'She lives with SMA {{with such courage}} that the whole class noticed.', mode: 'reflection' },
      'Naren has {{overcome his disability}} to study engineering.',
      'Compared with {{normal kids}} his endurance is lower. => Compared with non-disabled kids his endurance is lower.',
      'Pt is {{developmentally challenged}} per the school report.',
      'Works out alongside {{able-bodied}} teammates. => Works out alongside non-disabled teammates.',
    ],
    clean: [
      'Fine crackles at both bases on deep inspiration; pulmonary rehab referral sent.',
      'Despite being in a wheelchair for transport, pt ambulated 50 ft in PT.',
      'Despite being in pain, he completed all exercises.',
      'He had pain at the right side of his chest with deep inspiration.',
      'Normal gait pattern with reciprocal arm swing.',
      'ROM within normal limits bilaterally.',
      'He competes in the Special Olympics each spring.',
      'Family set up a special needs trust last year.',
      'It was a brave decision by the team to try the new protocol.',
      'Inspiration and expiration were both prolonged.',
    ],
  },
});
