/**
 * desc.appearance-judgment — judgments of a person's appearance, grooming or smell.
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

const SMELL_OF =
  '"{match}": describing a person as smelling of something is a judgment that follows them through the chart. If it is clinically relevant, say what you observed and why it matters.';
/** An odour that is a clinical sign and is worked up ("smells of ketones on breath"). */
const ODOUR_SIGN = 'ketone/n|acetone|ammonia|fruit|fruity|almonds|feces|fecal|faeces|faecal|soot|burning|petrol|gasoline|solvent/n|glue|chemicals|pear_drops';

/** Things that can be dirty, clean or malodorous without it being about the person. */
const OBJECT =
  'wound/n|incision/n|drainage|discharge|exudate|dressing/n|linen/n|laundry|sheets|needle/n|utensil/n|dishes|equipment|floor|room|catheter|site|urine|stool|sputum|breath|ulcer/n|lesion/n|case/n|class|procedure|field|surgery|contaminated|water|diaper/n|brief/n|bandage/n|bed';
const NOT_ABOUT_PERSON = { notAfter: [OBJECT, '@bodyMatter', 'feet ulcer'], notBefore: [`${OBJECT} #word{0,4}`, 'clean or|/', 'clean-contaminated'], unless: ['thingSubject' as const] };
const MESSAGE =
  '"{match}" is a judgment of the person\'s appearance and invites the reader to judge them too. If it matters clinically, describe it specifically and say why ("clothing soiled; reports difficulty reaching the toilet in time").';
const SMELL =
  '"{match}": describing a person as smelling bad is a judgment that follows them through the chart. If an odour is clinically relevant (a wound, incontinence), name its source and the plan.';
/** Words that make a dirty/clean remark about a specimen, a wound or a test. */
const SPECIMEN = 'clean|wound|incision|needle|urine|uds|tox|screen|test';

/** Right after another judgment of the person's appearance, and not said of a thing next to it. */
const BESIDE_JUDGMENT = {
  before: ['dishevelled|disheveled|unkempt|unkept|ungroomed|untidy|scruffy|unwashed|unshaven|malodorous|smelly|slovenly|groomed|kempt|kept ,? and|&|,'],
  notAfter: [OBJECT, '@bodyMatter'],
  notBefore: [`${OBJECT} #word{0,4}`, '@bodyMatter #word{0,4}'],
};

const base: Term[] = [
  // An odour named with its strength: "strong body odor noted", "foul body odour". Plain "body odor" on a hygiene
  // checklist is left alone.
  { match: 'strong|foul|pungent|overpowering|terrible|awful|bad|horrible|heavy|offensive body odor|odour|odors|odours', message: SMELL, notBefore: ['@neg|no|without'] },
  // The person's smell graded as the writer's disgust: "Smelt awful today", "he stank". A wound or a stool that smells is
  // the thing described (thingSubject), and a named odour ("smelt of ketones") is an observation.
  { match: 'smelt|smelled|smells|smelling|stank|stunk|stinks|reeked|reeks awful|terrible|disgusting|horrible|rank|vile|gross|minging|foul|revolting|rancid|dreadful|atrocious', message: SMELL, when: ['personSubject'], unless: ['thingSubject'] },
  // The person's home graded with disgust: "his flat was filthy", "the house is a pigsty". Self-neglect assessments describe
  // what was seen ("clutter blocking the stairs; no food in the fridge").
  { match: 'house|flat|home|place|room|bungalow|kitchen|bedroom was|is|looked|looks|were filthy|a_pigsty|a_tip|a_hovel|disgusting|gross|minging|rank|grotty|vile', message: '"{match}" judges the person through their home. If its condition matters (self-neglect, safety), describe what you saw and what was done.', notBefore: ['@neg'] },
  // Body art summed up as a type: "Heavily tattooed 29M", "covered in tattoos", "skinhead". A tattoo named where it is ("tattoo to
  // L forearm") is an identifying mark, described.
  { match: ['heavily|extensively|very tattooed', 'covered_in|covered_with tattoos', 'skinhead/n', 'multiple|numerous|lots_of|loads_of facial? piercings'], message: MESSAGE },
  // Common misspellings too ("disheveld", "unkept").
  { ...NOT_ABOUT_PERSON, match: 'malodourous|dishevelled|disheveled|dishevled|disheveld|unkempt|unkept|ill-kempt|slovenly|scruffy|bedraggled|grubby|shabby|slobby|unwashed|dishevelment|scruffiness|unkemptness|slovenliness', message: MESSAGE },
  { match: ['poorly|badly|sloppily|shabbily|scruffily -? groomed|kept|kempt|dressed', 'un-groomed', 'ungroomed', 'poor|bad personal? grooming'], message: MESSAGE, notAfter: ['record/n|note/n|chart/n|log/n|diary|diaries|wound/n|dressing/n|site/n|area/n|lawn/n|yard/n|house|home'] },
  // Looks, good or bad, said of the person: "Attractive young woman", "he was gross".
  { match: '[ attractive|unattractive|beautiful|handsome|gorgeous|good-looking|ugly|homely|hideous ] young|old|older|little|tall|short? @person|@occupation', message: MESSAGE },
  // Before the age that stands for the person: "Attractive 30 yo female".
  { match: '[ attractive|unattractive|beautiful|handsome|gorgeous|good-looking|ugly|homely|hideous ] #num -? yo|y_/_o|year-old|yr-old ,? @person|@occupation|m|f', message: MESSAGE },
  { match: '[ pretty|cute ] @person', message: MESSAGE },
  { match: '@be|looks|looked|look very|so|quite|really|pretty|totally? attractive|unattractive|beautiful|handsome|gorgeous|good-looking|ugly|homely|hideous', message: MESSAGE, when: ['personSubject'], unless: ['thingSubject'], after: ['.|,|;|!|and|but|for|to|in|when'] },
  // The same with the subject and copula written as one word: "She's gorgeous and always dressed really well".
  { match: "[ she's|he's|they're|she’s|he’s|they’re very|so|quite|really|pretty|totally|absolutely? attractive|unattractive|beautiful|handsome|gorgeous|good-looking|ugly|stunning ]", message: MESSAGE, after: ['.|,|;|!|and|but|for|to|in|when'] },
  { match: '@be|looks|looked|look so|really|totally|pretty|just? gross|disgusting|repulsive|revolting', message: MESSAGE, when: ['personSubject'], unless: ['thingSubject'], notAfter: ['motor|hematuria|exam/n|examination|anatomy|total|appearance|finding/n|#num'] },
  { match: 'slob/n', message: MESSAGE },
  // Clothing judged as an invitation: "She was dressed provocatively for a night out".
  { match: 'dressed|dressing provocatively|inappropriately|revealingly|skimpily|like_a_tart|like_a_slapper', message: MESSAGE },
  // A life read off the body: "You could tell from the state of her teeth that she'd had a hard life".
  { match: 'the state of his|her|their teeth|clothes|hair|nails|skin', before: ['... could_tell|tell|judging|judged|guess/v|guessed|from'], notAfter: ['#any{0,3} exam|examination|assessment|chart|score|grade'], message: MESSAGE },
  // Clothing read as a class or a lifestyle: "tracksuit and gold hoops", "still in pyjamas at 11am", "turned up to the case
  // conference in pyjama bottoms". What a person wears is described for a reason (an ADL finding, a pressure area), not
  // summed up as who they are.
  { match: ['full? tracksuit|trackies|trackie_bottoms|shell_suit and|, gold|silver? hoops|chains|bling|rings|sovereigns|jewellery|jewelry', 'full? tracksuit|trackies|trackie_bottoms|shell_suit and|, a_baseball_cap|bling', 'gold hoops|chains|sovereigns and|, tracksuit|trackies'], message: MESSAGE,
    // The outfit summed up by a class slur right after is one judgment, the slur's (desc.irrelevant-identity).
    notAfter: ['#any{0,6} chav|chavvy|chavs|pikey|scally|scrote|ned|townie'] },
  { match: ['still in his|her|their? pyjamas|pjs|pyjama_bottoms|dressing_gown|dressing-gown|nightie|nightdress at|by #num am|pm|a.m.|p.m.?', 'still in his|her|their? pyjamas|pjs|pyjama_bottoms|dressing_gown|dressing-gown|nightie|nightdress at|by noon|midday|lunchtime|lunch'], message: MESSAGE },
  { match: 'turned_up|turns_up|showed_up|shows_up|rocked_up|rolled_up #any{0,5} in pyjamas|pjs|pyjama_bottoms|slippers|a_dressing_gown|a_onesie|a_tracksuit', message: MESSAGE },
  // "He looked like he had not showered in a week": the writer's guess at the person's hygiene from their looks, not
  // an observation or the person's report ("states she has not showered in 2 weeks, cannot step into the tub" is fine).
  { match: 'look/v|smell/v|seem/v like|as_if|as_though #word{1,3} shower/v|bathe/v|wash/v|bath|soap|shampoo', message: MESSAGE, when: ['personSubject'] },
  // Untidiness said of the person, not a room or a wound edge.
  { ...NOT_ABOUT_PERSON, match: 'untidy|messy|sloppy', message: MESSAGE, when: ['personSubject'], before: ['@be|look/v|appear/v|seem/v|arrived|presented|presents|very|quite|rather|somewhat|extremely'], notAfter: [OBJECT, '@bodyMatter', 'handwriting|writing|note|notes|room|house|home|apartment|desk|eater|eating|gait|technique|transfer/n|form'] },
  // An adjective may describe a thing named after one more describing word ("foul-smelling purulent drainage",
  // "malodorous, cloudy urine"); a verb's subject is what smells ("reeks of cigarettes and urine" is the person).
  { ...NOT_ABOUT_PERSON, match: 'malodorous|foul-smelling|smelly|stinky|odorous', message: SMELL, notAfter: [...NOT_ABOUT_PERSON.notAfter, `,? #word ${OBJECT}`, ',? #word @bodyMatter'] },
  { ...NOT_ABOUT_PERSON, match: ['stank|stunk', 'stink/v|reek/v of?'], message: SMELL },
  // "His feet smelled so bad I had to step out": the writer's disgust, whatever part of the person it names.
  { match: 'smell/v|smelt so|really|very|pretty|absolutely|quite|just? bad|awful|terrible|horrible|foul|rank|disgusting|strongly', message: SMELL, when: ['personInSentence'], notBefore: [`... ${OBJECT}`, '... discharge|drainage|urine|stool|breath|nose|food|room|house|apartment|everything|it|that|this|report/v|state/v|say/v|complain/v|endorse/v'] },
  // "Smells of smoke": the person as the subject, not "pt reports food smells like metal" or a smell test. A later clause
  // with no subject of its own shares the person ("Pt denies drinking but smells of alcohol").
  ...(['personSubject', 'sharedSubject'] as const).map((who): Term => ({
    match: 'smell/v|smelt strongly|heavily? of|like',
    // A smell placed on something is an observation of it: "Smell of smoke on clothing, soot in nares".
    notAfter: [ODOUR_SIGN, '#word{1,3} on|in|from his|her|their|the? clothing|clothes|breath|skin|hair|hands|belongings|bag|room'],
    message: SMELL_OF,
    when: [who],
    notBefore: [
      `... ${OBJECT}`,
      'identify/v|detect/v|distinguish/v|recognize/v|recognise/v|discriminate/v|name/v|different|various|familiar|common|the|olfaction|olfactory|anosmia|upsit',
      '... olfaction|olfactory|anosmia|upsit|smell_test',
      // A place or a vehicle smells of something: "Scene smells of gasoline", "the car smelled of smoke".
      '... report/v|state/v|say/v|note/v|notice/v|complain/v|food|room|house|apartment|everything|it|that|this|scene|car|vehicle|truck|residence|home|kitchen|bathroom|hallway|building|garage|basement|air|place|environment',
    ],
  })),
  // The person named right before the verb ("… and he smelled of cigarettes"), or a judgment of their appearance
  // coordinated with it ("disheveled and smelling of urine"): the subject is the person whatever the sentence began with.
  {
    match: ['he|she|they|pt|patient [ smell/v|smelt strongly|heavily? of|like ]', 'disheveled|dishevelled|unkempt|unwashed|unshaven|scruffy|grubby|dirty|filthy|malodorous|ungroomed and|, [ smell/v|smelt strongly|heavily? of|like ]'],
    notAfter: [ODOUR_SIGN],
    message: SMELL_OF,
    when: [],
  },
  // "dirty clothes", "dirty and torn clothes"; "dirty" on its own must describe the person.
  { ...NOT_ABOUT_PERSON, match: 'dirty|filthy|grimy', after: ['and|, #word? clothes|clothing|hair|nails|fingernails|hands|appearance', 'clothes|clothing|hair|nails|fingernails|hands|appearance'], message: MESSAGE },
  {
    match: 'dirty|filthy|grimy',
    message: MESSAGE,
    after: ['@person', '.|,|;|:|!|?|and'],
    when: ['personSubject'],
    notAfter: [OBJECT, `... ${SPECIMEN}`],
    notBefore: [`${OBJECT} #word{0,4}`, `... ${SPECIMEN}`],
  },
  { match: 'dirty|filthy|grimy', message: MESSAGE, notAfter: ['#any'], when: ['personSubject'], notBefore: [`${OBJECT} #word{0,4}`, `... ${SPECIMEN}`] },
  // The same word said of what the person wears or their hair ("his clothes were dirty", "hair filthy and matted"): the
  // after-form of "dirty clothes". Feet, hands and glasses after a task are a finding, not this.
  { match: `clothes|clothing|shirt|shirts|pants|trousers|jeans|hair|fingernails @be? visibly|very|quite|so|really|always|often? [ dirty|filthy|grimy ]`, message: MESSAGE, notBefore: ['dirty|laundry|bag|bin|hamper|change/n_of'], notAfter: ['blonde|blond|-'] },
  // Beside another judgment of the person's appearance ("Poorly groomed and dirty on arrival", "Unkempt, filthy").
  { ...BESIDE_JUDGMENT, match: 'dirty|filthy|grimy', message: MESSAGE },
  // A smell word there is about the person too, whatever the next clause names ("disheveled and malodorous, wound
  // dressing soaked through"): only a thing right after it is what smells.
  { ...BESIDE_JUDGMENT, match: 'malodorous|foul-smelling|smelly|stinky', message: SMELL },
];

export default defineRule({
  id: 'desc.appearance-judgment',
  family: 'descriptors',
  severity: { clinical: 'info', reflection: 'warning' },
  // Each term again at info on a mental-status "Appearance:" line, a standard field.
  terms: [
    // "She had clearly let herself go since the injury": a verdict on how the person keeps themself.
    { match: 'let/v|letting himself|herself|themselves|themself go', message: MESSAGE, notAfter: ['of|to'] },...base.map((t) => ({ ...t, unless: [...(t.unless ?? []), 'appearanceField' as const] })), ...base.map((t) => ({ ...t, when: [...(t.when ?? []), 'appearanceField' as const], severity: 'info' as const }))],
  docs: {
    summary: 'Judgments of a person\'s appearance or smell: "disheveled", "unkempt", "poorly groomed", "malodorous", "smells of", "dirty".',
    why:
      'Words like "disheveled" and "unkempt" appear in studies of stigmatizing notes as descriptors that frame the person before any clinical fact. They say nothing about why: a student with a progressive neuromuscular disease who relies on a part-time caregiver may arrive in yesterday\'s clothes because dressing takes help he did not have that morning. The source text asks clinicians to meet people where they are and to bring respect and compassion to every interaction; the useful note is the specific observation and its clinical relevance.',
    prefer: '"Clothing soiled; pt reports difficulty reaching the toilet in time — toileting transfer assessment added." "Caregiver unavailable this morning; pt dressed with partial help."',
    exceptions: [
      'Wound and surgical classifications ("clean", "dirty", "contaminated") and odours with a source ("malodorous drainage from the sacral wound").',
      'A mental-status "Appearance:" line is a standard field and is reported at info only.',
      'A smell or dirt word whose subject is a body part, a discharge or a thing on the body ("his nose … became malodorous", "a cotton ball, infected and malodorous").',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S6', 'seed'],
  },
  examples: {
    flagged: [
      { text: 'She was {{dressed provocatively}} for a night out, and I am ashamed that was my first thought.', mode: 'reflection' },
      { text: 'You could tell from {{the state of her teeth}} that she had had a hard life.', mode: 'reflection' },
      { text: '{{She\'s gorgeous}} and always beautifully turned out.', mode: 'reflection' },
      { text: 'You could tell where she was from: {{tracksuit and gold hoops}}.', mode: 'reflection' },
      'HV visit: mum {{still in pyjamas at 11am}}, baby content in Moses basket.',
      { text: 'Mum {{turned up to the case conference in pyjama bottoms}}, which said a lot really.', mode: 'reflection' },
      '{{Multiple piercings}}, 19F, abdominal pain.',
      '{{Heavily tattooed}} 34M, L wrist laceration.',
      'Unshaven and {{malodourous}} at triage.',
      'Home visit: {{house was a pigsty}}.',
      '{{Smelt terrible}} on arrival, refused a wash.',
      { text: 'The patient was a homeless man who {{smelled quite strongly}}, and I noticed the receptionist step back.', mode: 'reflection' },
      { text: 'She had clearly {{let herself go}} since the injury.', mode: 'reflection' },
      'Combative on arrival, {{smelling of}} alcohol.',
      'Unshaven, {{strong body odor}}, hair matted.',
      { text: 'The kindergartner came in {{dirty}} and hungry.', mode: 'reflection' },
      'Found in the lobby, unkempt and {{smelling of}} urine.',
      'The kitchen was bare and she {{smelled of}} smoke.',
      'She came in looking {{sloppy}}, hair everywhere.',
      { text: 'He {{looked like he had not showered}} in a week.', mode: 'reflection' },
      'Pt arrived {{disheveled}} and late.',
      '{{Unkempt}} appearance; hair uncombed.',
      '{{Poorly kempt}}, hair uncombed.',
      '{{Attractive}} 30 yo female with neck pain.',
      '{{Poorly groomed}}, clothes stained.',
      '{{Malodorous}}; strong body odor in the treatment room.',
      '{{Smells of}} smoke.',
      'Pt looked {{dirty}} and tired.',
      'Pt arrived in {{dirty}} clothes.',
      'Pt {{unkept}} and tired on arrival.',
      'He {{smelled bad}} and had not changed clothes.',
      'He was {{untidy}} and late again.',
      'She {{stank}} of cigarettes.',
      '{{Attractive}} young woman with R ankle sprain.',
      '{{Poorly kept}}, with dirty fingernails and matted hair.',
      'Honestly he {{was gross}}, his feet {{smelled so bad}} I had to step out.',
      { text: 'Appearance: {{disheveled}}, poor eye contact.', mode: 'reflection' },
      '{{Slovenly}} dress at every visit.',
      'Pt denies drinking but {{smells of}} alcohol and has slurred speech.',
      { text: 'He smelled of urine and his clothes were {{dirty}}, which made the session hard for me.', mode: 'reflection' },
      'Hair {{filthy}} and matted; states no one has helped her bathe in weeks.',
      'His jeans were visibly {{dirty}} again today.',
      'Poorly groomed and {{dirty}} on arrival from home.',
      '{{Unkempt}}, {{filthy}}, and talking to himself in triage.',
      '{{Malodorous}} and {{dirty}} at intake.',
      '{{Unkempt}} and {{foul-smelling}}, IV site clean and dry.',
      'Says he quit last year; {{smells strongly of}} cigarettes today.',
      'Mr. K is polite, but {{smelled of}} urine at the start of the session.',
      { text: 'She told me she had showered, but {{smelled like}} she had not changed in days.', mode: 'reflection' },
    ],
    clean: [
      'Dental: the state of her teeth was recorded on the oral health assessment chart.',
      'Pt in pyjamas on arrival; dressed with set-up only for the kitchen assessment.',
      'Tattoo to L forearm, noted for identification.',
      'Wound smelt offensive at dressing change; swab sent.',
      'Pt let herself go of the rail only when the frame was in reach.',
      'Smell of smoke on clothing, soot in nares, COHb 12%.',
      'Foul-smelling purulent drainage from the left great toe ulcer.',
      'Malodorous, cloudy urine; UA and culture sent.',
      'Pt states she has not showered in 2 weeks because she cannot step into the tub.',
      'Incision clean and dry; no erythema.',
      'Malodorous drainage from the sacral wound; wound nurse notified.',
      'Wound classified as contaminated (class III) per the surgical note.',
      'Clothing soiled; pt reports difficulty reaching the toilet in time, so a toileting transfer assessment was added.',
      'Pt reports food smells like metal since starting the new medication.',
      'Olfaction intact; pt able to identify smells of coffee and mint.',
      'Dressing removed; the wound was dirty and was irrigated.',
      'His nose got better and then started to become malodorous again.',
      'A cotton ball in the right nose, which was obviously infected and malodorous, was removed.',
      'Pt\'s feet were dirty after walking barefoot; skin intact.',
      'Poor dental hygiene with multiple caries.',
      'Poor sleep hygiene; screens in bed until 0200.',
      'Gross motor skills at age level; gross hematuria resolved.',
      'Smells of ketones noted on breath; fingerstick 412.',
      'An attractive option is a home program with video check-ins.',
      'Pt reports her urine smelled bad for two days; UA sent.',
      'Foul-smelling vaginal discharge for 3 days.',
      'Pt keeps his apartment tidy, but the hallway smells of smoke from a neighbour.',
      'Hair dirty blonde, shoulder length; no lice seen.',
      'His hands were dirty from gardening; washed before the skin check.',
      'Wound edges untidy and dirty, irrigated with saline.',
      'Dressing malodorous and dirty at removal; wound cultured.',
      'Pt denies drinking; his breath smells of ketones, fingerstick 410.',
      'Pt reports that the food tastes off and smells like metal since chemo.',
      'Dressing changed; pt tolerated well, wound smells of pseudomonas.',
    ],
  },
});
