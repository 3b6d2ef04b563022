/**
 * dignity.endearments — "honey", "sweetie", "dear", "love", "good girl" and
 * other pet names used to address or describe adult patients.
 */
import { defineRule } from '../define.ts';
import type { Term, TermDefaults } from '../../terms/terms.ts';

const MESSAGE = '"{match}": pet names talk down to adults, however kindly meant. Use the name and title the person prefers ("Naren", "Mr. Shah").';
const GOOD_GIRL = '"{match}" is how we praise a child. Give adults specific feedback ("That transfer was smooth").';
/** Always pet names, whether used to address or to describe a patient. */
const PET = [
  'sweetie-pie|sweetie|sweetheart|sweet-pea|sweetpea|dearie|deary|kiddo|cutie-pie|cutie|little_lady|little_man|atta_girl|atta_boy|poppet|lovey|missy|poor_thing|poor_lamb|poor_dear|poor_love|poor_darling|poor_pet|old_dear|little_old_dear',
  // "darlin'" (the clipped spelling is never anything but a pet name); "sweet little demented lady", "dear lady in 4B".
  // "(Sweet) little old lady" describes by age, which cond.dementia-age reports: one phrase, one finding.
  'darlin',
  'cute|sweet|dear? little demented|confused|frail|tiny|darling|sweet|cute|blind|deaf lady|ladies',
  // "sweet lady" alone is a description (desc.positive-evaluative), "dear lady" a pet name.
  'dear old? lady|ladies|soul|thing',
];
/** Pet names that are also foods: "a cupcake", "two munchkins" and "her honeybun" from the bakery are things, not names. */
const FOOD_PET = 'cupcake|cupcakes|munchkin|honey-bun|honeybun|honey_bun';
const FOOD_BEFORE = 'a|an|some|the|this|that|#num|two|three|few|mini|birthday|chocolate|vanilla|frosted|her|his|their|ate|eat|eats|eating|brought|bought|baked|gave|had|offered|with';
/** Letter salutations: "Dear Ladies and Gentlemen". */
const SALUTATION_AFTER = 'and|& gentlemen|gentleman|sirs';
/** Pet names that are also ordinary words ("sugar", "baby", "angel"): only as an address, with the speech going on to the person. */
const SWEET_ADDRESS = 'sugar|sugar-pie|sugarpie|baby|angel|precious|gorgeous|handsome|beautiful|sport|chief|toots|bub|bubba';
const ADDRESSED_AFTER = [", you|your|you're|you_are|it's|it_is|time|let's|we|we're|are|can|could|how|come|please|don't|do|stand|sit|hold|keep|look|wake|open|take|try|push|breathe|turn|lift|ready|good|great|nice|well"];
/** "his sweetheart", "her old dear": the person's partner, not a name for the patient. */
const PARTNER_BEFORE = ["his|their|pt's|patient's|client's|resident's"];
/** Family titles used as a patient's name ("Pops is doing better today", "Grandma in room 12"). */
const FAMILY_TITLE = 'grandma|granny|grandpa|gramps|pops|nana|papa|grandad|granddad|gran|grampa|mama|mamma|pappy';
/** "asked staff to call her Gran", "prefers to be called Pops": the person's own choice of name. */
const CHOSEN_NAME = ['... asked|asks|prefer|prefers|preferred|wants|wanted|likes|liked|requested|requests|chose|chooses|insists',
  // An animal's name: "her dog, Honey, alone at home".
  'dog|dogs|cat|cats|puppy|kitten|pet|pets|horse|pony|parrot|budgie|rabbit|hamster|named|called ,'];
/** Instruments named after a pet name: a "sweetheart retractor" protects the liver edge. */
const INSTRUMENT = '@instrument';
/** Praise for a dog or a child: "good girl", "good boy" (not about a service dog, not "good or bad"). */
const GOOD = { match: ['good|clever|brave|big girl|boy|lad|lass', "that's_my|there's_my|atta girl|boy", 'good|brave little patient|soldier|trooper|girl|boy|man|lady|angel', 'little_angel|good_as_gold'], message: GOOD_GIRL, notBefore: ['... dog|puppy|cat|animal'], notAfter: ['and|or bad|naughty', 'dog|puppy|cat|animal ...', ',|( #num kg|kgs|st|stone|lb|lbs'] };
/** Words that are pet names only as a form of address: "Thanks, honey." — not "honey-thick liquids". */
const ADDRESS = 'honey|hon|hun|=pet|dear|love|luv|darling|darlin|babe|young_man|young_lady|young_fella|young_lad|young_un|buddy|champ|sunshine|doll|mama|granny|grandma|grandpa|gramps|pops|nana|big_guy|big_fella|big_man|pumpkin|tiger|bud|duck|ducky|mister';
/** Right before a term of address: a mark, or a greeting or prompt ("Okay buddy", "Alright, my dear"). */
const VOCATIVE_BEFORE = [
  "@addressMark|@greeting|thank_you|come_on|good_morning|good_night|all_right|that's_it|not_to_worry|don't_worry|never_mind|there_there|there_you_go|here_you_go|here_we_go|good_job|well_done|great_job|nice_job|up_you_go|sit_down|stand_up|come_here|hang_on|almost_there ,? my?",
];
/** An age appositive makes it a description ("Young man, 19, s/p ACL"); a name or title makes it a salutation. */
const NOT_ADDRESS_AFTER = [', (? #int yo|yrs|yr|years|year|,|)|-', 'dr|mr|mrs|ms|mx|prof|sir|madam|colleague|team'];
/** "calls all the residents dear", "called her honey" */
const CALLED_BEFORE = [
  'call/v|address/v the|all_the|every? her|him|them|mum|mums|dad|dads|mom|moms|parent|parents|pt|patient|patients|resident|residents|client|woman|man|lady|everyone|everybody|people as? "|“|\'?',
  // The person described on the way: "calling a retired bus driver young man all afternoon".
  'call/v|address/v a|an|the|this|my #word{1,3} @person|@occupation as? "|“|\'?',
  // Or by their name and title: "I keep calling Mr. Okoro young man".
  'call/v|address/v mr|mrs|ms|miss|mx|dr|prof .? #cap as? "|“|\'?',
  // Or by first name and initial: "I kept calling Marcus J. buddy".
  'call/v|address/v #cap #upper . as? "|“|\'?',
  // Or everyone of a kind, and where: "calls every woman in the house honey".
  'call/v|address/v every|each|any|all #word #any{0,4} as? "|“|\'?',
  // Or by age and place: "calling the 89-year-old on the unit young man".
  'call/v|address/v the|a|an|this|my #num +- +year +- +old #any{0,4} as? "|“|\'?',
];
/** Family speech is not staff speech: "her husband calls her honey". */
const FAMILY_BEFORE = ['... husband|wife|partner|boyfriend|girlfriend|fiance|fiancé|spouse|mom|mum|mother|dad|father|parent|parents|grandmother|grandfather|grandma|grandpa|family|friend|friends|son|daughter|brother|sister|grandkids|grandchildren|grandchild|grandson|granddaughter|grandsons|granddaughters|kids|children|sons|daughters|niece|nephew|nieces|nephews|aunt|uncle|cousin|cousins|sibling|siblings'];
/** What a person is or does, after a pet name or family title that opens the sentence as the patient's name. */
const AS_SUBJECT_AFTER = [
  'in|from room|rm|bed|bay|chair|cubicle|side_room|cot|#int',
  'is|was doing|feeling|eating|sleeping|resting|better|worse|confused|agitated|up|refusing|yelling|wandering|crying|pulling|climbing|sundowning|incontinent|tired|tearful|weepy|sleepy|quiet|anxious|upset|emotional|restless|pleasant|cheerful|chatty',
  'keeps|kept|ate|needs|needed|wants|wanted|refused|pulled|yelled|slept|settled|napped|walked|ambulated|tolerated|participated|transferred|did|had',
  'is|was such? a|an|so|very|quite|really? sweetheart|doll|hoot|character|riot|pistol|delight|pleasure|handful|trip|peach|gem|treat|dear|love|card|sweetie|cutie|joy|sweet|lovely|funny|feisty|cute',
];
/** Care verbs whose object is a person, at a fragment's start ("Reminded hon to …"). */
const CARED_FOR_BEFORE = 'remind/v|reminded|assist/v|assisted|help/v|helped|encourage/v|encouraged|cue/v|cued|redirect/v|redirected|reorient/v|reoriented|instruct/v|instructed|reposition/v|repositioned|transfer/v|transferred|walk/v|walked|ambulate/v|ambulated|toilet/v|toileted|dress/v|dressed|feed/v|fed|settle/v|settled|tuck/v|tucked';
/** What the person is then helped or cued to do, or where to. */
const CARED_FOR_AFTER = 'to|into|onto|out_of|back_to|up|down|with|from|in|on #word';
/** A pet name used as the patient's label, opening the sentence: "Honey in bed 2 wants ice chips", "Sweetie in the corner bed …". */
const ROOM_AFTER = ['in|from|on room|rm|bed|bay|chair|cubicle|side_room|cot|#int|#upper', 'in|from|on the corner|end|window|far|last|first|back|middle|hall|hallway|door bed|room|bay|chair|recliner|cubicle|stretcher'];
/** Foods listed after "Honey,": a diet, not a person addressed. */
const FOOD_AFTER = ', #word? and|or? tea|lemon|ginger|milk|toast|yogurt|yoghurt|cereal|oats|porridge|jam|butter|sugar|water|juice';
const OLDER =
  '"{match}" for an older adult is a joke at their expense. Use their name, or "the patient" / "Ms. K".';
/** Staff speech quoted in a reflection is there to be analysed: reported as info. The patient's own words are theirs. */
/** A pet name with its adjective as a fragment's label, before what the person does (placed by the terms that use it). */
/** A pet name standing for the person in a one-liner, with the age set off after it: "Lovely dear, 71, here for R knee OA f/u". */
const PET_ONE_LINER: Term = { match: '[ lovely|sweet|little|old|poor? dear|darling|sweetie|sweetheart|honey|doll|angel|love ] , (? #int', when: ['opensSentence'], unless: ['childNote', 'patientSpeech'] };
const PET_LABEL: Term = { match: '[ sweet|old|little|poor sweet|old|little? dear|darling|sweetie|sweetheart|honey|doll|angel|love ] ,', after: [`,? just|only|still|also? ${AS_SUBJECT_AFTER[2]}`, ',? is|was|has|had|very|so|always|still|asks|asking|calls|calling|needs|needing|redirectable|pleasant|confused|oriented'], unless: ['childNote', 'patientSpeech'] };
const SAID: TermDefaults = { unless: ['patientSpeech', 'othersQuotedSpeech', 'quotedCritiqued'] };
const QUOTED: TermDefaults = { unless: ['patientSpeech', 'quotedCritiqued'], when: ['othersQuotedSpeech'], severity: 'info' };

export default defineRule({
  id: 'dignity.endearments',
  family: 'dignity',
  severity: { clinical: 'warning', reflection: 'warning' },
  // Quotations are handled by the terms: the patient's own words are skipped, staff speech is reported.
  quoteExempt: false,
  message: MESSAGE,
  // A pet name quoted on its own is the word talked about, not said to anyone ('I caught myself saying "sweetie"').
  // A pet name the patient used for the writer ("He was 82 and called me kiddo") is theirs, addressed to the writer.
  defaults: { fix: 'none', unless: ['mentionedWord', 'quotedRecordWording'], notBefore: ['call/v me|us "|“|\'|‘?', 'nickname|name|pet_name for me|us was|is "|“|\'|‘?'] },
  terms: [
    { match: PET, ...SAID, notAfter: [INSTRUMENT, SALUTATION_AFTER], notBefore: [...PARTNER_BEFORE, ...FAMILY_BEFORE] },
    // A pet name as what the person is: "She's such a dear", "he is a doll", "a real angel with the aides" (not "a dear
    // friend", which is followed by the noun it modifies).
    { match: 'a|an real|absolute|true|total|little|big? [ dear|darling|doll|love|angel ]', when: ['personSubject'], before: ["@be|such|what|quite|just|she's|he's|they're"], notAfter: ['#word'], ...SAID },
    // The person ranked as a pet to care for: "Lovely lady, a real sweetheart to look after" (desc.positive-evaluative
    // reports "a pleasure to look after"; a pet name is this rule's).
    { match: '[ a|an real|absolute|true|total|little? sweetheart|sweetie|doll|angel|darling|dear|love ] to_look_after|to_care_for|to_work_with|to_have|to_treat|to_nurse|looking_after|caring_for|working_with|treating|nursing', ...SAID },
    { match: PET, ...QUOTED, notAfter: [INSTRUMENT, SALUTATION_AFTER], notBefore: [...PARTNER_BEFORE, ...FAMILY_BEFORE] },
    { match: FOOD_PET, ...SAID, notBefore: [FOOD_BEFORE, ...FAMILY_BEFORE] },
    // A pet name as the person's label in the telling: "I reassured the poor love that someone was feeding her cat".
    { match: 'the|this|that [ poor|old|little|wee love|lamb|pet|darling|duck|mite|petal ]', notAfter: ['of|for|affair|life|story|song|letter|heart|interest|old|little|house|home|thing|things|place|car|dog|cat|bird|#num'], unless: ['childNote', 'patientSpeech'], notBefore: [...FAMILY_BEFORE] },
    // Note style drops the copula: "Pt a little darling overnight, no bother".
    { match: '@subject a|an real|absolute|total|little [ darling|angel|love|dear|doll|gem|sweetheart|sweetie|treasure ]', unless: ['childNote', 'patientSpeech'] },
    // "my lovely", "my petal" spoken to the person: "'nearly done now, my lovely'".
    { match: 'my [ lovely|petal|flower|treasure|sweetheart|darling|lovely_girl|lovely_boy ]', after: ['@addressMark'], notBefore: [...FAMILY_BEFORE], unless: ['patientSpeech', 'othersQuotedSpeech', 'quotedCritiqued'] },
    { match: FOOD_PET, ...QUOTED, notBefore: [FOOD_BEFORE, ...FAMILY_BEFORE] },
    // A family title as the patient's label, opening the sentence: "Pops is doing better", "Grandma in room 12 keeps calling out".
    { match: FAMILY_TITLE, when: ['opensSentence'], after: AS_SUBJECT_AFTER, unless: ['childNote', 'patientSpeech'] },
    // A term of address as the patient's name, opening the sentence: "Hon was tired today, napped after lunch", "Honey
    // was tearful at the 2-week check". Only before what a person is or does, so "Honey, lemon and ginger tea" stays food.
    { match: 'hon|hun|honey|luv|doll|babe|darling', when: ['opensSentence'], after: AS_SUBJECT_AFTER, unless: ['childNote', 'patientSpeech'] },
    // The same after a note's label: "Night: hun settled after cup of tea and paracetamol".
    { match: 'hon|hun|honey|luv|doll|babe|darling', before: [':|;'], after: AS_SUBJECT_AFTER, unless: ['childNote', 'patientSpeech'] },
    // A pet name with its adjective as the fragment's label, then what the person does: "Sweet dear, keeps asking for her
    // husband". The adjective makes it a name for the person, not the opening of a letter ("Dear Dr. Patel,").
    { ...PET_LABEL, when: ['opensSentence'] },
    PET_ONE_LINER,
    // The same after a label or a semicolon: "Handoff: sweet little dear, just needs help setting up meals".
    { ...PET_LABEL, before: [':|;'] },
    { match: ADDRESS, when: ['opensSentence'], after: ROOM_AFTER, unless: ['childNote', 'patientSpeech'] },
    // Praise for a young child is how one speaks to them ("Age 4: … told her what a brave girl she was"); only a child's
    // age written as a number decides it, as a maternity note names the baby beside the mother it is about.
    { ...GOOD, ...SAID, unless: [...SAID.unless!, 'childAgeStated'] },
    { ...GOOD, ...QUOTED, unless: [...QUOTED.unless!, 'childAgeStated'] },
    { match: ADDRESS, before: VOCATIVE_BEFORE, after: ['@addressMark'], notBefore: [...FAMILY_BEFORE, ...CHOSEN_NAME], notAfter: NOT_ADDRESS_AFTER, ...SAID },
    { match: ADDRESS, before: VOCATIVE_BEFORE, after: ['@addressMark'], notBefore: [...FAMILY_BEFORE, ...CHOSEN_NAME], notAfter: NOT_ADDRESS_AFTER, ...QUOTED },
    // The pet name standing for the patient as the one cared for: "Reminded hon to sit back in her chair", "Helped sweetie
    // into bed". Only a person is reminded, helped or cued to do something.
    { match: ADDRESS, before: [CARED_FOR_BEFORE], after: [CARED_FOR_AFTER], notBefore: [...FAMILY_BEFORE, ...CHOSEN_NAME], unless: ['childNote', 'patientSpeech'] },
    // Not staff called so by the person: "Calls all the nurses love; prefers to be called Peggy".
    { match: ADDRESS, before: CALLED_BEFORE, notBefore: [...FAMILY_BEFORE, ...CHOSEN_NAME, 'call/v|address/v all|every|each|the|all_the|any|his|her|their? #word? nurses|nurse|staff|carers|carer|hcas|hca|doctors|doctor|students|student|therapists|physios|team|@clinician'], notAfter: NOT_ADDRESS_AFTER, ...SAID },
    { match: ADDRESS, before: CALLED_BEFORE, notBefore: [...FAMILY_BEFORE, ...CHOSEN_NAME], notAfter: NOT_ADDRESS_AFTER, ...QUOTED },
    // Opening the sentence: "Hon, can you scoot forward?" — but "Honey, lemon and ginger tea tolerated" is food.
    // Also at the head of quoted speech: "Said to pt, 'Love, keep that sling on.'"
    { match: ADDRESS, when: ['opensUtterance'], after: [','], notAfter: [...NOT_ADDRESS_AFTER, FOOD_AFTER], ...SAID },
    { match: ADDRESS, when: ['opensUtterance', 'othersQuotedSpeech'], after: [','], notAfter: [...NOT_ADDRESS_AFTER, FOOD_AFTER], unless: ['patientSpeech'], severity: 'info' },
    // "Sugar, it is time for your dialysis run." — not "Sugar, fasting 110" nor "low salt, sugar, fat".
    { match: SWEET_ADDRESS, when: ['opensUtterance'], after: ADDRESSED_AFTER, unless: ['childNote', 'patientSpeech', 'othersQuotedSpeech'] },
    { match: SWEET_ADDRESS, when: ['opensUtterance', 'othersQuotedSpeech'], after: ADDRESSED_AFTER, unless: ['childNote', 'patientSpeech'], severity: 'info' },
    // Not only as address: "Young lady (78) ambulated 200 ft", "this young man of 84".
    { match: 'young man|lady|fella|fellow', message: OLDER, when: ['olderAgeAfter'], unless: ['patientSpeech'] },
    // The older age stated first, the young person's words then naming the patient: "84 yo, kitchen assessment done, young
    // lady managed hot drink with perching stool". Not someone else described as young ("her grandson, a young man of 20").
    { match: 'young man|lady|fella|fellow', message: OLDER, when: ['olderAgeEarlier'], unless: ['patientSpeech'], notBefore: ['grandson|granddaughter|son|daughter|nephew|niece|carer|student|his|her|their|a|another'], notAfter: ['of #num', ',? #num', 'who_is|who\'s #num'] },
    // "84 yo resident; our young man resisted care": "our" makes it a name for the older patient the note is about.
    { match: 'our|my [ young man|lady|fella|fellow ]', message: OLDER, when: ['olderPatient'], unless: ['patientSpeech'] },
  ],
  docs: {
    summary: 'Pet names for adult patients: "honey", "sweetie", "dear", "love", "good girl", "young man" as a form of address.',
    why:
      '"Honey" and "sweetheart" were the most common features of elderspeak in recorded care conversations, and patients hear them as patronizing; in dementia care they are linked to more resistance to care. Naren is a 20-year-old university student, not a child to be praised as a "good boy". The source text asks for professional, respectful interaction in which the patient never has to accommodate the clinician\'s manner. Using the name the person prefers does that.',
    prefer: 'The person\'s name and title as they prefer, and specific feedback ("Nice controlled descent").',
    exceptions: [
      '"Honey-thick liquids" (dysphagia diets) and honey as a food or wound dressing.',
      '"Dear Dr. …" opening a letter; "oh dear"; "loved ones"; instruments such as the "sweetheart retractor".',
      'The patient\'s own words in a quotation ("Pt said, \'Thanks, love\'").',
      'Staff speech quoted in a reflection to analyse it is reported as info only.',
    ],
    sources: ['S24', 'seed'],
  },
  examples: {
    flagged: [
      'OT: 84 yo, kitchen assessment done, {{young lady}} managed hot drink with perching stool.',
      { text: 'I kept calling Marcus J. {{buddy}} to keep things light; he is 19.', mode: 'reflection' },
      'Lovely lady, {{a real sweetheart}} to look after.',
      '{{Poor love}}, she was in tears again.',
      { text: 'I kept calling Mrs Patel {{love}} all morning.', mode: 'reflection' },
      { text: 'I reassured the {{poor love}} that someone was feeding her cat.', mode: 'reflection' },
      { text: 'Pt a little {{darling}} overnight, no bother, settled after 0200 analgesia.' },
      { text: "Reassured pt 'nearly done now, my {{lovely}}' while cleansing the wound bed." },
      { text: 'Pt reassured, told him not to worry {{pet}}, doctor will be round soon.' },
      { text: 'Night: {{hun}} settled after cup of tea and paracetamol.' },
      '{{Young lady}}, 72, ambulated 100 ft with RW and CGA.',
      '{{Lovely dear}}, 71, here for R knee OA f/u.',
      { text: 'The nurse calls every woman in the house {{honey}}.', mode: 'reflection' },
      { text: '"{{Good girl}}," I said when she finished the last set.', mode: 'reflection' },
      'Reminded {{hon}} to sit back in her chair and use the brakes.',
      '{{Sweetie}} in the window bed needs her glasses cleaned.',
      { text: 'I kept calling the 92-year-old in bed 2 {{honey}}.', mode: 'reflection' },
      { text: 'My CI kept calling a retired engineer {{young lady}}.', mode: 'reflection' },
      'Handoff: {{sweet old dear}}, keeps calling out at night.',
      '{{Sweet old dear}}, asking for her son all night.',
      'She is a big {{sweetheart}} with the staff.',
      'Pt is such a {{dear}}, always asks after my exams.',
      '{{Hon}} was weepy this morning, ate half her breakfast.',
      '{{Young lady}} (78) ambulated 200 ft with a rollator.',
      '{{Grandpa}} is refusing his evening meds again.',
      '{{Nana}} was wandering the hallway at 0200.',
      'The {{young man}} in bed 4, who is 88, walked to the nurses\' station.',
      '91-year-old resident with CHF; our {{young lady}} walked to breakfast today.',
      'Nice work, {{buddy}}, 2 more laps.',
      'Okay {{buddy}}, two more steps to the chair.',
      '{{Hon}}, can you scoot forward for me?',
      'Alright, my {{dear}}, let\'s get you up.',
      'Told her, okay {{honey}}, time to stand.',
      'Thanks, {{sweetie}}, you did great on the stairs.',
      'He is such a {{sweetheart}} and never complains.',
      'Ready, {{young man}}? Let\'s go to the mat.',
      '{{Good boy}}, that\'s the way to lock the brakes.',
      'The aide calls all the residents {{dear}}.',
      '{{Pops}} is doing better today, ate all his breakfast.',
      '{{Grandma}} in room 12 keeps calling out.',
      '{{Granny}} in chair 6 is due her 2 pm paracetamol.',
      '{{Darling}} in chair 2 needs her insulin before lunch.',
      '{{Poor thing}}, 73 yo, tried so hard on the stairs.',
      'Good job, {{pumpkin}}.',
      'Pt (54 yo) was a {{good boy}} for the blood draw.',
      'She was {{good as gold}} during the dressing change.',
      "{{Darlin}}' ate all her lunch today.",
      '{{Dear lady}} in bed 3 slept through the night.',
      'A {{sweet little frail lady}} came in with her son.',
      '{{Gramps}} is such a character, 84 and still driving.',
      "Told him, '{{Sugar}}, you need to eat something.'",
      "Said to her, '{{Love}}, sit back for me.'",
      '{{Hon}} in 12 is asking for her daughter.',
      { text: "I greeted her with 'morning, {{dear}}' every day.", mode: 'reflection' },
    ],
    clean: [
      '84 yo, visited by her grandson, a young man of 20, who does her shopping.',
      { text: 'The nurse described her in handover as "a lovely little lady", and I realised it told me nothing about her mobility.', mode: 'reflection' },
      'Age 4: held still for bloods, told her what a brave girl she was, sticker chosen.',
      'The 14-month-old was such a good boy for his weigh-in that I gave him a sticker.',
      'Worried about her cat, Honey, home alone; neighbour has a key.',
      { text: 'Her husband called her the old love of his life.', mode: 'reflection' },
      { text: "Her husband called her 'my darling' all through the visit, and it was lovely to see how close they were.", mode: 'reflection' },
      { text: "I realised that calling her 'sweetie' was patronising, and I use her name now.", mode: 'reflection' },
      { text: 'Pt a little drowsy overnight, settled after 0200 analgesia.' },
      { text: 'Her husband says she is my lovely wife of fifty years.' },
      { text: 'Big lad, 160kg, bariatric hoist requested from equipment store.' },
      { text: 'Calls all the nurses love; prefers to be called Peggy.' },
      { text: 'PET-CT booked for Thursday, pt aware.' },
      { text: 'Thank you, PET report attached.' },
      'Sweet little old lady with RA, here for her infusion.',
      'Dear Dr. Osei, thank you for seeing her.',
      'Her neighbour, a dear friend, drives her to clinic.',
      'She called me sweetheart all session, which I let go.',
      { text: 'Her pet name for me was sunshine, and it stuck on the unit.', mode: 'reflection' },
      'Honey, lemon and ginger tea tolerated without cough.',
      'The night staff brought her a cupcake for her 90th birthday.',
      'A sweetheart retractor was placed to protect the liver edge.',
      'Diet: honey-thick liquids per SLP.',
      'Tea with honey tolerated without coughing.',
      'Honey, lemon and ginger tea tolerated without coughing.',
      'Dear Dr. Patel, thank you for the referral.',
      'Naren is a young man who studies engineering.',
      'Young man, 19, s/p ACL reconstruction; 22 visits authorized.',
      'Pt said, "Thanks, love, see you Thursday."',
      'Family and loved ones attended the session.',
      'Manuka honey dressing applied to the sacral wound.',
      'He plays wheelchair rugby with his buddy on weekends; mama and granny attend games.',
      '**NECK:** Supple. No LAD, no JVD, and no bruits.',
      'Pt\'s husband calls her "hon" and she calls him "dear" throughout the visit.',
      'Pt asked staff to call her "Gran," as her grandchildren do.',
      'Pt\'s sweetheart attends every session.',
      'Her daughter calls her "sweetie".',
      'Sugar, fasting 110, post-prandial 160.',
      'Avoid caffeine, sugar, and alcohol.',
      'Dear Ladies and Gentlemen, please find the report enclosed.',
      'Grandma brought the 4 yo in for a limp.',
      'Pt lives with her grandma.',
      'Grandma is coming at 3 to take him home; car seat checked.',
      'Grandpa is asking when the surgeon will call back.',
      'Honey in warm water soothed her cough.',
      { text: 'I caught myself saying "honey" to her and we talked about it afterwards.', mode: 'reflection' },
      { text: 'Her grandkids call her sweetie pie on video calls.', mode: 'reflection' },
    ],
  },
});
