/**
 * pfl.wheelchair-bound — describing a wheelchair as confinement.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

const BOUND = 'wheelchair-bound|wheel_chair_bound|wheel_chair_-_bound|w_/_c_bound|w_/_c_-_bound';
const CHAIR = 'wheelchair|wheel_chair|w_/_c';
/** "confined to a power wheelchair": the verb, "to", the determiner, "own", the kind of chair, the chair. */
const CONFINED = `confined|restricted|bound|limited to a|an|the|his|her|their own? power|powered|motorized|motorised|manual|electric? ${CHAIR}`;
const CONFINED_PLURAL = 'confined|restricted|bound|limited to wheelchairs|wheel_chairs|power_chairs|powerchairs';
const CONFINED_CHAIR = 'confined|bound to a|an|the|his|her|their own? power|powered|motorized|motorised|manual|electric? chair';
/** "restricted to his power chair": with a kind of chair named, so an activity order ("restricted to bed and chair") is not. */
const LIMITED_CHAIR = 'restricted|limited to a|an|the|his|her|their own? power|powered|motorized|motorised|manual|electric chair';
/** The verb of being and the tense-keeping verb that replaces it with the label: "was confined to …" → "used …". */
const USES: Array<[string, string]> = [
  ['is', 'uses'], ['was', 'used'], ['are', 'use'], ['were', 'used'], ['has_been', 'has used'], ['have_been', 'have used'],
  ['had_been', 'had used'], ['remains', 'continues to use'], ['remained', 'continued to use'], ['became', 'began using'],
  ['becomes', 'begins using'], ['is_now', 'now uses'], ['was_now', 'was then using'],
];
const COPULA = ['@be|remains|remained|became|becomes|now'];
const CHAIR_BOUND: Term = {
  match: 'chair-bound',
  message: '"{match}" frames seating as confinement. Describe mobility instead ("uses a wheelchair", "sits for most of the day").',
  severity: 'hint',
  notBefore: ['wheel'],
};
const MESSAGE =
  'A wheelchair is how the person gets around, not something that holds them down. Instead of "{match}", say what they use: "uses a wheelchair" or "wheelchair user".';

export default defineRule({
  id: 'pfl.wheelchair-bound',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  message: MESSAGE,
  // The word named as a word, of no one in particular: "If I ever catch myself calling someone wheelchair-bound, …".
  defaults: { notBefore: ['call/v|calling|called someone|somebody|anyone|anybody|people|a_person|patients|others'] },
  terms: [
    // "a wheelchair-bound student" → "a student who uses a wheelchair" (the engine fixes "a"/"an" before
    // the new first word); before "who" the clauses join: "a student who uses a wheelchair and has MS".
    { match: `${BOUND} #word{0,2} @personOne|pt who`, suggest: ['$2 $3 who uses a wheelchair and'], fix: 'safe', when: ['modifiersOnly'] },
    { match: `${BOUND} #word{0,2} @personMany|pts who`, suggest: ['$2 $3 who use wheelchairs and'], fix: 'safe', when: ['modifiersOnly'] },
    { match: `${BOUND} #word{0,2} @personOne|pt`, suggest: ['$2 $3 who uses a wheelchair'], fix: 'safe', when: ['modifiersOnly'] },
    { match: `${BOUND} #word{0,2} @personMany|pts`, suggest: ['$2 $3 who use wheelchairs'], fix: 'safe', when: ['modifiersOnly'] },
    // "is wheelchair-bound" / "was confined to a power wheelchair" → "uses a wheelchair" / "used a power wheelchair"
    ...USES.flatMap(([copula, verb]): Term[] => [
      { match: `${copula} ${BOUND}`, suggest: [`${verb} a wheelchair`], fix: 'safe' },
      { match: [`${copula} ${CONFINED}`, `${copula} ${CONFINED_CHAIR}`, `${copula} ${LIMITED_CHAIR}`], suggest: [`${verb} a $6 wheelchair`], fix: 'safe' },
    ]),
    // A group of people "confined to wheelchairs".
    { match: CONFINED_PLURAL, suggest: ['using wheelchairs'], fix: 'none' },
    // The verb of being on the line before ("Pt is\n wheelchair-bound"): the match stays on its line.
    { match: BOUND, before: COPULA, suggest: ['a wheelchair user'] },
    { match: BOUND, suggest: ['uses a wheelchair', 'wheelchair user'] },
    // "Bedbound", "bedridden": the same framing for bed, a hint only (weaker evidence than for wheelchairs).
    { match: 'bed-bound|bedbound|bedridden|bed-ridden', message: '"{match}" frames the person as held by the bed. Describe mobility ("in bed most of the day; two-person assist to sit at the edge").', suggest: ['in bed most of the day'], fix: 'none', severity: 'hint' },
    // "Wheelchair-confined", "stuck in a wheelchair": the same confinement in other words.
    { match: [`${CHAIR} -? confined|restricted`, `stuck|trapped in|to a|an|the|his|her|their power|manual|motorized|motorised|electric? ${CHAIR}|chair`], suggest: ['uses a wheelchair'], fix: 'none' },
    // "he's in a wheelchair" as what the person is; not where they sit now ("in a wheelchair in the hallway", "for the trip").
    {
      match: `[ he's|she's|they're|is|are|been in a|her|his|their power|manual|motorized|motorised? ${CHAIR} ]`,
      message: '"{match}" makes the chair the person\'s state. Say "uses a wheelchair" (or which chair and how they use it).',
      suggest: ['uses a wheelchair'],
      fix: 'none',
      severity: 'info',
      when: ['personSubject'],
      notAfter: ['in|at|by|near|next|beside|outside|inside|for|during|while|when|today|now|currently|until|since|after|on|to|from|#num'],
    },
    { match: [CONFINED, CONFINED_CHAIR], suggest: ['using a $5 wheelchair'] },
    // Note style drops the article: "Confined to wheelchair since 2015", "bound to power w/c". Not a restriction of
    // seating or a level ("restricted to wheelchair level" is left to the wording with a determiner).
    { match: `confined|bound to power|powered|motorized|motorised|manual|electric? ${CHAIR}`, notAfter: ['level|seating|height|-level'] },
    // The same with the kind of chair named and "wheel" dropped ("Confined to power chair since 2019"); a bare "chair"
    // stays out, since "confined to bed or chair" is an activity order.
    { match: `confined|bound to power|powered|motorized|motorised|manual|electric chair|powerchair`, notAfter: ['level|seating|height|-level'] },
    // "Restricted to w/c for community distances": the person as the implied subject; not an activity or a transfer kept
    // at wheelchair level ("Transfers restricted to wheelchair level").
    { match: `restricted to power|powered|motorized|motorised|manual|electric? ${CHAIR}`, notAfter: ['level|seating|height|-level'], notBefore: ['... activity|activities|transfers|transfer|ambulation|mobility|weight-bearing|weightbearing|wb|seating|travel|sitting'], when: ['personSubject'] },
    { ...CHAIR_BOUND, before: COPULA, suggest: ['a wheelchair user'] },
    { ...CHAIR_BOUND, suggest: ['uses a wheelchair'] },
    // "the girl in a wheelchair" names a person by their equipment; "Pt in w/c for session" is a position.
    {
      match: [`@personOne|@personMany in a|the ${CHAIR} who`],
      message: 'Naming someone by their wheelchair ("{match}") makes the chair their identity. Say "who uses a wheelchair", or leave the chair out if it is not relevant.',
      suggest: ['$1 who uses a wheelchair and'],
      severity: 'info',
    },
    {
      match: [`@personOne|@personMany in a|the ${CHAIR}`],
      message: 'Naming someone by their wheelchair ("{match}") makes the chair their identity. Say "who uses a wheelchair", or leave the chair out if it is not relevant.',
      suggest: ['$1 who uses a wheelchair'],
      severity: 'info',
    },
  ],
  docs: {
    summary: 'Describing a person as bound, confined or restricted to a wheelchair.',
    why:
      'For someone like Naren, the motorized wheelchair is what lets him get to lectures, transfer on his own and live in his own apartment. "Bound" and "confined" describe the opposite: a person held down by equipment. Disability style guides agree that the chair is a means of mobility and that the person uses it. The source text asks us to meet people where they are; here that means describing their mobility as they live it.',
    prefer: '"uses a (power) wheelchair", "wheelchair user"; in the objective section: "mobility: power wheelchair, independent".',
    exceptions: [
      'The patient\'s own words in an attributed quotation.',
      'Clinical mobility descriptions such as "non-ambulatory", "w/c level" or "seated in w/c".',
      '"Pt in w/c" as a position for the session.',
    ],
    sources: ['seed', 'S14', 'S16', 'S17a', 'S17b'],
  },
  examples: {
    flagged: [
      { text: 'The residents {{confined to wheelchairs}} missed the outing.', mode: 'reflection' },
      'She {{is restricted to her manual chair}} since the stroke.',
      '{{Restricted to w/c}} for community distances.',
      "Pt is \"{{wheelchair-bound}}\" per referral.",
      '{{Wheelchair-confined}} since the accident.',
      '{{Stuck in a wheelchair}} since 2010.',
      '{{Confined to wheelchair}} since 2015; lives with her son.',
      '{{Confined to power chair}} since 2019; transfers with a sliding board.',
      'Pt {{confined to power w/c}} after the SCI.',
      '{{Bedbound}} for six months.',
      'Even though {{he\'s in a wheelchair}}, he works full time.',
      'Naren is a 20-year-old {{wheelchair-bound university student}}. => Naren is a 20-year-old university student who uses a wheelchair.',
      'Pt {{is wheelchair-bound}} since 2019. => Pt uses a wheelchair since 2019.',
      'He {{was confined to a wheelchair}} after the second admission. => He used a wheelchair after the second admission.',
      'She {{has been confined to her power wheelchair}} since May. => She has used a power wheelchair since May.',
      'Pt {{confined to his chair}} since the SCI. => Pt using a wheelchair since the SCI.',
      'Student {{confined to his power wheelchair}} during lectures. => Student using a power wheelchair during lectures.',
      'I worked with a {{wheelchair-bound student}} in clinic today. => I worked with a student who uses a wheelchair in clinic today.',
      'Pt is {{chair-bound}} most of the day. => Pt is a wheelchair user most of the day.',
      'Pt {{chair-bound}} most of the day. => Pt uses a wheelchair most of the day.',
      'Met a {{wheelchair-bound student who}} has MS. => Met a student who uses a wheelchair and has MS.',
      'Seen with a {{wheelchair-bound elderly man}}. => Seen with an elderly man who uses a wheelchair.',
      'Both {{wheelchair bound students}} arrived early. => Both students who use wheelchairs arrived early.',
      'They {{are w/c bound}} since the accident. => They use a wheelchair since the accident.',
      'The {{girl in a wheelchair who}} has CP came back. => The girl who uses a wheelchair and has CP came back.',
    ],
    clean: [
      { text: 'If I ever catch myself calling someone wheelchair-bound, I want to remember how he put it.', mode: 'reflection' },
      'Activity restricted to bed and chair per ortho.',
      'Activity restricted to w/c until cleared by ortho.',
      { text: "Our group debated whether \"wheelchair-bound\" ever belongs in a referral.", mode: 'reflection' },
      { text: "I wrote that he was \"wheelchair-bound\" and my CI circled it.", mode: 'reflection' },
      'Pt is in a wheelchair in the hallway, waiting for transport.',
      'Transfers restricted to wheelchair level per ortho.',
      'Pt confined to room per isolation protocol; wheelchair in hallway.',
      'She was in a wheelchair for six weeks after the fracture.',
      'Naren uses a motorized wheelchair and transfers independently.',
      'Pt seated in w/c for the session; non-ambulatory.',
      'Mobility: power wheelchair, independent at w/c level.',
      'Pt states, "Some days I feel wheelchair-bound, but mostly it is my legs."',
      'Wheelchair user since age 14.',
      'Pt in w/c for the session.',
    ],
  },
});
