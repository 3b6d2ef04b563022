/**
 * doc.unprofessional-tone — chat slang, exclamation runs and emoji in a note.
 */
import { defineRule } from '../define.ts';

/** Someone a put-down can be about: the person or their family, as the subject before a copula. */
const TARGET = '@person|pt|patient|client|resident|he|she|they|caregiver/n|family|wife|husband|spouse|partner|mother|father|mom|dad|son|daughter|parent/n|brother|sister|aide|guy|lady|man|woman';
const COPULA = 'is|was|are|were|being|been|seems|seemed|acting|so|such_a|such_an|very|really|super|totally|completely|a_bit|kind_of|always|just|still|kept|keeps|started|starts|began|acted|acts|behaved|behaves|behaving|like';
/** Intensifiers inside a put-down noun phrase: "a total nightmare", "a complete pain", "an absolute diva". */
const INTENSE = 'total|real|complete|absolute|utter|royal|big|huge|massive|major|giant';
/** Nouns of contempt for a person or a shift that are not person words ("a total nightmare", "a menace"). */
const PUT_DOWN_THING = 'nightmare|menace|jerk|creep|pest|piece_of_work|hot_mess|cry-baby|cry_babies|train_wreck';
/** The same said of a person, less the words label.difficult reports as labels ("a total nightmare"). */
const PUT_DOWN_PERSON = 'menace|jerk|creep|pest|piece_of_work|hot_mess|cry-baby|cry_babies|train_wreck';
/** Sarcastic interjections ("Shocker,", ", big surprise."): the writer's comment on the person, not an observation. */
const SARCASM = 'lucky_me|lucky_us|what_fun|oh_joy|oh_goody|oh_great|oh_brother|just_wow|wow_._just_wow|great_._just_great|shocker|big_shocker|yeah_right|go_figure|surprise_surprise|shock_horror|shock_,_horror|surprise_,_surprise|big_surprise|what_a_surprise|what_a_shock|what_a_coincidence|what_a_surprise_that_was|no_surprise_there|color_me_shocked|colour_me_shocked|who_could_have_seen_that_coming|who_saw_that_coming|who_would_have_thought|color_me_surprised|colour_me_surprised|who_knew|imagine_that|how_convenient|sure_he_did|sure_she_did|yeah_sure';
/** Disgust words: about the writer's reaction to a body or its care, never a finding ("gross motor" is not one of them). */
/** A put-down as the name for the person: "such a baby", "a total diva", "a real piece of work". */
const PUT_DOWN_AS_NAME = [
  'such_a|such_an|a_total|total|a_real|real|a_big|big|so|a_bit [ @putDownNoun|@putDown ]',
  `such_a|such_an|a_total|total|a_real|real|an_absolute|absolute|a_complete|complete|an_utter|utter [ ${PUT_DOWN_THING} ]`,
];
/** The message of every sarcastic aside below. */
const ASIDE_MESSAGE = 'A sarcastic aside ("{match}") tells the reader what the writer thinks of the person, not what happened. Leave it out and state the observation.';
const PUT_DOWN_MESSAGE = 'Calling the person "{match}" reads as contempt, and the next reader inherits it. Describe what happened and what the person needed.';
/** Slang verbs of praise for a performance: "crushed it", "nailed the transfer". */
const PRAISE_VERB = 'crush/v|kill/v|nail/v|rock/v|smash/v|ace/v';
/** Where the performance was, after "crushed it": "in PT today", "at the gym" (not "in applesauce", a tablet in food). */
const PRAISE_PLACE = "in|at|during pt|ot|slp|therapy|rehab|gym|the_gym|session|the_session|today's_session|clinic|class|group|practice|the_pool|the_bars|today|tonight|this_morning|this_afternoon";
/** Tasks of training and teamwork a performance is praised on: "nailed the family meeting", "aced your presentation". */
const TRAINING_TASK = 'meeting/n|family_meeting/n|presentation/n|case_presentation/n|handoff/n|hand-off/n|osce/n|practical/n|checkoff/n|check-off/n|exam/n|eval/n|evaluation/n|interview/n|debrief/n';
/** A star of a performance, said of or to a person: "you're a rockstar", "great work today, superstar". */
const STAR = 'rockstar/n|rock_star/n|superstar/n|all-star/n|allstar/n';
const SLANG_PRAISE = '"{match}" is slang praise in the writer\'s voice. Say what the person did ("ascended 12 stairs with one rail and SBA").';
const DISGUST = 'gross|disgusting|nasty|revolting|repulsive|repugnant|yucky|icky|vile';
/** Nouns "gross" describes as a finding ("gross motor skills", "gross hematuria", "gross anatomy"). */
const GROSS_NOUNS = 'motor|anatomy|pathology|examination|exam|description|appearance|findings|hematuria|haematuria|lesion/n|specimen/n|total|domain/n|skills|deformity|blood|contamination|weight';

export default defineRule({
  id: 'doc.unprofessional-tone',
  family: 'documentation',
  severity: { clinical: 'info', reflection: 'warning' },
  defaults: { fix: 'none' },
  terms: [
    { match: '@chatSlang', message: '"{match}" is chat slang, which reads as casual about the person and their care. Leave it out or say what happened plainly.' },
    { match: '@casualForm', message: '"{match}" is a spoken form. Write it out in full words, or leave it out.' },
    // Texting spellings, in lower case only ("UR" is utilisation review). Handoff shorthand such as "pls call" is left alone.
    { match: '=ur|=b4', after: ['#word'], message: '"{match}" is a texting spelling. Write the word out in full.' },
    { match: '@profanity', message: 'Swearing ("{match}") in a record about a person reads as contempt or loss of composure. Leave it out and describe what happened.' },
    // The same swearing as an abbreviation or an intensifier: "a total PITA", "grumpy as hell".
    { match: ['=PITA', 'as|like hell'], message: 'Swearing ("{match}") in a record about a person reads as contempt or loss of composure. Leave it out and describe what happened.' },
    // Emoticons typed with punctuation (":)", ";-(", "XD"), set off from the word before.
    { match: [':|; +-? +)|(', '=XD|=xD'], notAfter: ['+#word|#num'], message: 'An emoticon ({match}) does not belong in a clinical record or a professional reflection: its meaning varies by reader. Put the observation into words.' },
    // A word drawn out as in chat: "Pt SOOO dramatic", "sooo tired of this", "hmmm".
    { match: '#elongated', message: '"{match}" is drawn out as in a chat message, which reads as mocking or casual. Write the plain word, or leave it out and give the observation.' },
    // The writer's eye-roll spelled out as an aside closing the clause: "…about a tiny IV stick, eye roll." An eye that
    // rolls as a sign ("upward eye roll", "eyes rolled back during the seizure") is a finding.
    {
      match: 'eye_roll|eye-roll|eyeroll|eye_rolls|eyerolls|rolls_eyes|*_eye_roll_*|*_eyeroll_*|*_rolls_eyes_*',
      before: [',|;|:|.|—|–|-|(|*|...|!|?'],
      notAfter: ['#word|#num'],
      message: 'An eye-roll ("{match}") is the writer\'s exasperation, not an observation. Leave it out and describe what happened.',
    },
    { match: 'gonna', suggest: ['going to'], fix: 'safe', message: '"{match}" is conversational. Write "going to".' },
    { match: 'wanna', suggest: ['want to'], fix: 'suggest', message: '"{match}" is conversational. Write "want to".' },
    { match: 'gotta', suggest: ['have to', 'need to'], fix: 'suggest', message: '"{match}" is conversational. Write "have to" or "need to".' },
    { match: 'kinda|sorta', suggest: ['somewhat'], fix: 'suggest', message: '"{match}" is conversational and vague. Write "somewhat", or better, give the measure.' },
    // Name-calling about the person or family ("Caregiver is clueless", "such a whiner"), with the person as
    // the subject right before the copula: not "Pt reports the brace is annoying".
    {
      match: '@putDown',
      before: [`${TARGET} ${COPULA}{1,3}`],
      // A verb, not a put-down: "is exhausting his sick leave", "was annoying the other residents". Nor the old words for a
      // condition with its cause or onset after them ("lame since polio"), which pfl.condition-as-person reports.
      notAfter: ['@det|@possessive|him|them|me|us|everyone', 'since|from|after|following|due_to|secondary_to|s_/_p'],
      message: 'Calling the person or their family "{match}" reads as contempt, and the next reader inherits it. Describe what happened ("caregiver unsure how to change the pump settings; teaching scheduled").',
    },
    // The nouns of the same put-down are never verbs, so what follows them does not matter ("such a whiner the whole
    // session"); the article and an intensifier are part of it ("is a total nightmare", "was an absolute diva").
    {
      // "Nightmare" and "handful" said of a person are label.difficult's (one utterance, one finding).
      match: [`a|an? ${INTENSE}? @putDownNoun|${PUT_DOWN_PERSON}`, `a ${INTENSE}? pain`, `a ${INTENSE} mess`],
      before: [`${TARGET} ${COPULA}{1,3}`],
      message: 'Calling the person or their family "{match}" reads as contempt, and the next reader inherits it. Describe what happened ("caregiver unsure how to change the pump settings; teaching scheduled").',
    },
    // Sports-fan praise for a session: "absolutely crushed it today", "totally smashed her sit-to-stand target". Not a tablet
    // crushed ("crushed it into yoghurt").
    { match: ['absolutely|totally|completely|really|just crushed|smashed|nailed|killed it', 'absolutely|totally smashed|crushed|nailed his|her|their #any{0,6} target|goal|goals|session|stairs|test'], message: 'Praise in slang ("{match}") sounds casual about the person\'s care. Record what they achieved ("10 sit-to-stands unaided, target met").', unless: ['speechInSentence'] },
    // The writer's exasperation at an event of care: "The family meeting was a total nightmare", "Tonight's shift was a
    // circus". Not what someone said it was ("Pt said the meeting was a nightmare"); "a mess" is left alone, as ordinary
    // enough that the writers of the labelled sets did not flag it.
    {
      match: `[ a|an ${INTENSE}? nightmare|disaster|circus|zoo|train_wreck|trainwreck|headache|fiasco|shitshow ]`,
      before: ['meeting|visit|session|shift|call|conference|eval|evaluation|discharge|admission|transfer|night|day|morning|afternoon|weekend|handoff|rounds|hallway|unit|floor|ward|department|ed|er|clinic|waiting_room|census|board|triage|code|code_blue|rapid|rapid_response|resus|resuscitation|intubation|delivery|group|groups|nights|days|today|tonight|yesterday|week|list|take|round #any{0,3} was|is|were|are|has_been|turned_into|became'],
      unless: ['speechInSentence'],
      message: 'Calling a meeting or a shift "{match}" vents rather than documents. Record what happened and what was decided ("family meeting: daughters disagree on placement; SW to follow up").',
    },
    // A judgement as a fragment closing the sentence: "…had not showered in a week, honestly kind of gross.",
    // "…, so pathetic." Only with a degree word before it and nothing after it; not when someone's words are reported.
    // ("He was gross" said of the person's appearance is desc.appearance-judgment's.)
    {
      match: `${DISGUST}|pathetic|obnoxious|insufferable|infuriating|ridiculous`,
      before: [',|;|—|–|- honestly|frankly|tbh|just|also? so|really|super|kind_of|kinda|sort_of|sorta|pretty|totally|absolutely|very|quite|a_bit|lowkey'],
      // What may follow is the rest of the aside (", kind of gross with all the secretions tbh"), not a noun "gross"
      // describes as a finding ("gross motor", "gross hematuria").
      notAfter: [`${GROSS_NOUNS}|-`],
      unless: ['speechInSentence'],
      message: '"{match}" records the writer\'s reaction to the person, not an observation. Describe what was seen and what was offered ("hair and clothing soiled; shower offered").',
    },
    // The writer's disgust at a task, a session or a body: "It was kind of gross changing the dressing", "the whole group
    // session felt kind of gross to me", "The wound was kind of gross but I got used to it". A degree word says it is a
    // reaction: "gross" as a finding is an attribute ("gross hematuria") or "grossly", and has none. Not someone's words
    // reported; a bare "the wound looked gross" is left to the appearance rule's own terms.
    {
      match: `${DISGUST}`,
      // Also after another description joined on: "He looked dirty and kind of gross when he arrived".
      before: ['@be|felt|feels|seemed|seems|looked|looks|smelled|smells honestly|frankly|just|also? so|really|super|kind_of|kinda|sort_of|sorta|pretty|totally|absolutely|very|quite|a_bit|lowkey', '@be|felt|feels|seemed|seems|looked|looks|smelled|smells #word and|, honestly|frankly|just|also? so|really|super|kind_of|kinda|sort_of|sorta|pretty|totally|absolutely|very|quite|a_bit|lowkey'],
      // Or when it was: "the drooling was kind of gross at first, but I learned …".
      after: ['changing|cleaning|doing|touching|seeing|watching|smelling|helping|dealing|emptying|wiping|handling|to_me|to_us|to_watch|to_see|to_touch|to_clean|to_do|at_first|initially|sometimes|at_times|for_me|,|.|!|;|but|and|tbh|lol|when|whenever|after|because'],
      notAfter: ['motor'],
      unless: ['speechInSentence'],
      message: '"{match}" records the writer\'s reaction to the person, not an observation. Describe what was seen and what was offered ("hair and clothing soiled; shower offered").',
    },
    {
      match: `${DISGUST}`,
      before: ['felt|feels|seemed|seems|was|is honestly|frankly|just|also? so|really|super|kind_of|kinda|sort_of|sorta|pretty|totally|absolutely|very|quite|a_bit|lowkey'],
      after: ['to_me|to_us'],
      unless: ['speechInSentence'],
      message: '"{match}" records the writer\'s reaction to the person, not an observation. Describe what was seen and what was offered ("hair and clothing soiled; shower offered").',
    },
    // Before the person it names: "Super annoying pt", "such a clueless family".
    {
      match: '[ super|so|really|very|totally|such_a|such_an? @putDown ] pt|patient|client|family|caregiver/n|wife|husband|mother|father|mom|dad|guy|lady|man|woman|kid|parent/n',
      // "A deaf and dumb man" is the outdated term for deafness, which pfl.sensory-communication reports.
      notBefore: ['deaf and|&|-?'],
      message: 'Calling the person or their family "{match}" reads as contempt, and the next reader inherits it. Describe what happened ("talked through most of the session; sets cut to 2").',
    },
    // The same put-down as a fragment with its subject implied: "Such a baby about the IV.", "Total diva today."
    {
      match: PUT_DOWN_AS_NAME,
      notBefore: ['#word'],
      message: PUT_DOWN_MESSAGE,
    },
    // …or with the person and the copula in one word: "She's such a baby about needles", "he's a total diva".
    {
      match: PUT_DOWN_AS_NAME,
      before: ["he's|she's|they're|he’s|she’s|they’re|you're|you’re really|just|honestly|always|kind_of|kinda?"],
      message: PUT_DOWN_MESSAGE,
    },
    // "Pt whining about the ice pack": the verb forms of the same put-down, with the person as their subject.
    // Grumbling verbs for a report: "griping about", "moaning about the schedule" (not "moaning in pain", a sign).
    {
      match: 'gripe/v|moan/v|bitch/v|kvetch/v|carry/v_on|go/v_on_and_on about',
      before: [`${TARGET} ${COPULA}{0,3}`],
      notBefore: [`that|when|if|whenever ${TARGET} ${COPULA}{0,3}`],
      message: 'Calling what the person said "{match}" reads as contempt, and the next reader inherits it. Report the concern itself ("pt reports the ice pack feels too cold").',
    },
    // Opening a note-style fragment, the patient its unwritten subject: "Griping about the hospital food again".
    {
      match: 'gripe/v|moan/v|bitch/v|kvetch/v|whine/v|whinge/v|carry/v_on|go/v_on_and_on about',
      notBefore: ['#word'],
      when: ['sentenceStart'],
      message: 'Calling what the person said "{match}" reads as contempt, and the next reader inherits it. Report the concern itself ("pt reports the ice pack feels too cold").',
    },
    // Reactions described in slang: "freaked out", "milking it".
    {
      match: ['freak/v out', 'milk/v it'],
      before: [`${TARGET} ${COPULA}{0,3}`],
      message: '"{match}" is slang that mocks the person\'s reaction. Describe what was observed ("became tearful and asked to stop", "raised voice for 2 min") and what preceded it.',
    },
    {
      match: 'whine/v|whinge/v',
      before: [`${TARGET} ${COPULA}{0,3}`],
      // A behaviour someone reports or a symptom described ("mother reports that he whines", "when she whines").
      notBefore: [`that|when|if|whenever ${TARGET} ${COPULA}{0,3}`],
      message: 'Calling what the person said "{match}" reads as contempt, and the next reader inherits it. Report the concern itself ("pt reports the ice pack feels too cold").',
    },
    // An exclamation in the writer's voice: "…, what a nightmare.", "What a pain.", "What a piece of work." Not the
    // patient's words ('Pt said, "what a nightmare this has been"').
    // The exclamation closes its clause or goes on with "of a …"/"to …"; "asked what a pain diary is" is a question.
    {
      match: [`what a|an ${INTENSE}? @putDownNoun|${PUT_DOWN_THING}|pain|handful|mess|joke|disaster|circus|headache|drama_queen|character|waste_of_time|waste_of_my_time|waste_of_our_time|waste_of_a_bed|waste_of_resources`],
      notAfter: ['#word|#num'],
      unless: ['speechInSentence'],
      message: 'An exclamation about the person or the shift ("{match}") records the writer\'s exasperation, not an observation. Leave it out and describe what happened.',
    },
    {
      match: [`[ what a|an ${INTENSE}? @putDownNoun|${PUT_DOWN_THING}|pain|handful|mess|joke|disaster|circus|headache|drama_queen|character ] of_a|of_an|to_deal_with|to_work_with|this|today|trying|getting|finding|dealing|working_with|having_to|figuring|shift|night|day|week|morning|evening|afternoon|weekend|clinic|list`],
      unless: ['speechInSentence'],
      message: 'An exclamation about the person or the shift ("{match}") records the writer\'s exasperation, not an observation. Leave it out and describe what happened.',
    },
    // "Shocker, she forgot her shoes again": a sarcastic interjection opening the sentence, set off by punctuation.
    {
      match: `${SARCASM}|sure_thing|good_luck_with_that|thanks_a_lot|riiight|sigh|*_sigh_*`,
      notBefore: ['#word|#num|,'],
      after: [',|.|!|?|;|:|—|–|-'],
      message: ASIDE_MESSAGE,
    },
    // The same aside in brackets: "Rolled in 40 min late (shock) and …", "(gasp)". Not a shock that is a diagnosis.
    {
      match: '( [ shock|shocker|gasp|horror|surprise|quelle_surprise|eye_roll|eyeroll|facepalm|no_surprise|who_knew|what_a_surprise ] )',
      notBefore: ['septic|cardiogenic|hypovolaemic|hypovolemic|hypotensive|hypotension|spinal|neurogenic|anaphylactic|anaphylaxis|distributive|obstructive|toxic|electric|electrical|shell|haemorrhagic|hemorrhagic|circulatory|cultural|culture|shocked|shockable|rhythm', '... tachycardic|tachycardia|hypotensive|hypotension|bp|sbp|map|lactate|pressors|vasopressors|noradrenaline|norepinephrine|sepsis|septic|bleed|bleeding|haemorrhage|hemorrhage|trauma|anaphylaxis|hr|pale|clammy|mottled|cool|peripherally|perfusion|cardiac|arrest|vf|vt'],
      message: ASIDE_MESSAGE,
    },
    // Drinking slang for what the person did: "clearly been on a bender again", "on the lash".
    { match: ['on a|another bender', 'on the lash|piss|sauce|razz', 'benders'], message: 'Slang for drinking ("{match}") reads as contempt. Record the amount and pattern in the person\'s own terms ("reports drinking about 20 units over Friday and Saturday").' },
    // The same aside closing the sentence: "Back in the ED for the 4th time this month, big surprise." "(go figure)".
    {
      // "What a treat" closes a complaint as its sarcastic verdict; opening a sentence it may be meant ("What a treat to …").
      match: `${SARCASM}|good_luck_with_that|riiight|sigh|what_a_treat|what_a_joy|what_a_delight|living_the_dream|fun_times|funnily_enough|funny_enough|strangely_enough|oddly_enough|conveniently_enough`,
      before: [',|;|—|–|-|(|...'],
      notAfter: ['#word|#num'],
      message: ASIDE_MESSAGE,
    },
    // "Funny how he can walk fine when the tea trolley comes round": the writer's sarcasm about what the person can do.
    { match: 'funny|strange|odd|convenient how he|she|they|pt|the_patient', after: ["#word{0,2} can|could|manages|managed|seems|seemed|suddenly|always|never|only|finds|found|gets|got|is|was"], message: ASIDE_MESSAGE },
    // Something "is toast": "This pregnancy is toast".
    { match: 'is|was|are|were toast', after: [',|.|;|!|—|–|-'], message: ASIDE_MESSAGE },
    // Staff worn out by the person: "the YOT team are sick of her", "we're all fed up with him".
    { match: "sick_of|sick_and_tired_of|fed_up_with|tired_of|had_enough_of him|her|them|this_patient|this_family|the_family", before: ['... @be|are|were|is|was|am|getting|got|all|=I|we|team|staff|everyone|everybody'], message: ASIDE_MESSAGE },
    // "what a way to start a night shift": the person as the writer's bad luck.
    { match: 'what a way to start|end|begin|finish the|a|my|our night|day|shift|week|weekend|morning|night_shift|day_shift', message: ASIDE_MESSAGE },
    // Closing asides: ", funny that.", ", usual story.", "Urgh, what a night".
    { match: ', [ funny_that|usual_story|same_old_story|same_old|the_usual|typical ] .|!', message: ASIDE_MESSAGE },
    { match: '[ what a night|shift|day|week|morning|evening ] ,|.|!', message: ASIDE_MESSAGE, notBefore: ['#word'] },
    // Death as a drain: "probably swirling the plughole by morning".
    { match: 'circling|swirling|going_down the drain|plughole|plug-hole|plug_hole|pan', message: ASIDE_MESSAGE },
    // A verdict tacked on about the person's home or state: "his clothes smelled of smoke and wee, pretty grim".
    { match: 'pretty|really|so|quite|bit grim|gross|grotty|minging|rank', before: [',|—|–|-'], after: ['.|!|;'], message: ASIDE_MESSAGE },
    // "…, buzzer every 10 mins, joy.": "joy" as a closing aside; "Another fun night with Mr Reyes": a night or shift with the
    // person called fun; "Graces us with his presence again at 0300".
    { match: '=joy', before: [',|;|—|–|-|(|...'], notAfter: ['#word|#num'], message: ASIDE_MESSAGE },
    { match: 'another fun|great|lovely|wonderful|fabulous|brilliant|fantastic night|shift|evening|morning|day|visit with', when: ['opensSentence'], message: ASIDE_MESSAGE },
    { match: 'grace/v us|the_ward|the_unit|the_department|the_clinic with his|her|their presence', message: ASIDE_MESSAGE },
    // Praise that means its opposite, opening a fragment about a visit: "Great use of the ER.", "Excellent use of
    // an ambulance." Only for emergency care and resources, not "good use of pacing strategies".
    {
      match: 'great|excellent|fantastic|wonderful|brilliant|terrific|good|nice use of the|an|our|my? er|ed|emergency_room|emergency_department|ambulance|911|ems|resources|time',
      notBefore: ['#word|#num'],
      when: ['sentenceStart'],
      message: 'A sarcastic aside ("{match}") tells the reader what the writer thinks of the person, not what happened. Leave it out and state the reason for the visit.',
    },
    // Idioms that mock how the person talks or complains: "moaned and groaned about the exercises", "loves the sound
    // of his own voice", "likes to hear herself talk". Moaning alone can be a sign of pain, so the pair needs its topic.
    {
      match: ['[ moan/v and groan/v|complain/v|whine/v ] about|over|all|the_whole|the_entire|for|every|through', 'whine/v|bitch/v|gripe/v and moan/v|complain/v|whine/v|gripe/v'],
      message: 'Calling what the person said "{match}" reads as contempt, and the next reader inherits it. Report the concern itself ("pt reports the exercises aggravate her knee").',
    },
    {
      match: ['love/v|like/v|enjoy/v the_sound_of his|her|their own_voice', 'love/v|like/v|enjoy/v to_hear himself|herself|themselves talk'],
      message: '"{match}" mocks the person instead of describing what happened. Say what the conversation needed ("talked at length about his job; session time shortened").',
    },
    // Hyperbole about time spent with the person: "Eval took forever", "the transfer took ages".
    {
      match: ['take/v|last/v forever|ages|an_eternity|a_century|a_lifetime|an_age|a_million_years', 'drag/v on forever|and_on'],
      unless: ['speechInSentence'],
      message: '"{match}" is the writer\'s impatience, not a measure. Give the time it took and why ("eval 75 min; pt described her home set-up in detail").',
    },
    // Euphemisms for dying, in the register of gallows humour: "on his way out", "circling the drain".
    {
      match: ['circle/v|circling the_drain', 'one_foot_in_the_grave', 'not_long_for_this_world', 'a_goner'],
      message: 'A euphemism for dying ("{match}") reads as gallows humour about the person. State the prognosis and the goals of care plainly ("prognosis likely weeks; family meeting on goals of care planned").',
    },
    // The same image cut short, said of the person: "Pt is swirling, family called in" (not "swirling the cup").
    {
      match: '[ swirling|circling ]',
      before: ['@person|@subject is|was|looks|looking|seems|=is_now|now|really|definitely|clearly{1,2}'],
      after: ['.|!|;|,|)|—|–|-|and|again|fast|quickly'],
      message: 'A euphemism for dying ("{match}", circling the drain) reads as gallows humour about the person. State the prognosis and the goals of care plainly ("prognosis likely weeks; family meeting on goals of care planned").',
    },
    // Its ward abbreviation said of the person: "Pt is CTD". CTD is also connective tissue disease, which a person has
    // ("h/o CTD", "CTD-associated ILD"), never is.
    {
      match: '[ =CTD ]',
      before: ['@person|@subject is|was|looks|looking|seems|=is_now'],
      notAfter: ['-', 'associated|related|flare|overlap|workup|w_/_u|ild'],
      message: 'A euphemism for dying ("{match}", circling the drain) reads as gallows humour about the person. State the prognosis and the goals of care plainly ("prognosis likely weeks; family meeting on goals of care planned").',
    },
    {
      // Literal leaving ("fell on his way out of the bathroom", "was on her way out when…") has a place or a clause after it.
      match: 'on his|her|their way_out',
      before: ['is|was|are|were|be|been|seems|looks|and|clearly|definitely|probably|basically|obviously'],
      after: ['.|!|;|)|—'],
      message: 'A euphemism for dying ("{match}") reads as gallows humour about the person. State the prognosis and the goals of care plainly ("prognosis likely weeks; family meeting on goals of care planned").',
    },
    // Sports slang for a good performance: "crushed it on the stairs", "nailed it". Not a pill crushed into applesauce.
    // The same slang with the task as its object: "rocked the stairs", "nailed the transfer", "aced the TUG".
    {
      match: `${PRAISE_VERB} the|that|this|today\'s|his|her|their|your @care|@intervention|stairs|test/n|goal/n|drill/n|course|circuit|workout|6mwt|6_+mwt|6_mwt|tug|berg|10mwt|10_+mwt|${TRAINING_TASK}`,
      before: ['@person|@subject|@relative|you|#cap )? @adverb|totally|absolutely|just|basically|lowkey|really?'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    // Opening a note's fragment, with the subject left out: "Pt did well today. Crushed her walking goal."
    {
      match: `${PRAISE_VERB} the|that|this|today\'s|his|her|their #word{0,2} goal/n|goals|test/n|session/n|workout/n|stairs|transfers|circuit/n|drill/n|course/n`,
      when: ['sentenceStart'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    // The same with a named test or task of several words: "crushed her 6-minute walk test", "nailed the timed up and go
    // test". Only tests and drills, so "crushed her hand in the door" stays literal.
    {
      match: `${PRAISE_VERB} the|that|this|today\'s|his|her|their|your #num|-|minute|min|minutes|walk|timed|up|and|go|stair|stairs|balance|step|sit|to|stand|sit-to-stand|six|two|ten|m|meter|metre|shuttle|agility|obstacle|strength|endurance|fitness|treadmill|exercise|stress|functional|gait{1,5} test/n|drill/n|circuit/n|course/n|workout/n|assessment/n|exam/n|eval/n|screen/n`,
      before: ['@person|@subject|@relative|you|#cap )? @adverb|totally|absolutely|just|basically|lowkey|really?'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    {
      match: `${PRAISE_VERB} it`,
      // The writer's own performance too ("I crushed it on my first paracentesis"); "in" only before food, where a tablet
      // is crushed ("crushed it in applesauce").
      // Or opening a joined clause with its intensifier: "Pt did well today lol, totally crushed it on the stairs".
      before: ['@person|@subject|@relative|you|=I|we|#cap )? @adverb|totally|absolutely|just|basically|lowkey?', '@person|@subject|@relative ( #any{1,6} ) @adverb?', ', totally|absolutely|basically|lowkey|honestly|really|just'],
      notAfter: ['into|up|and|with|to|for|back|down|over|#num', 'in a|the|some? #word? applesauce|apple_sauce|pudding|food|juice|water|yogurt|yoghurt|jam|jelly|puree|purée|honey|syrup|milk|formula'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    // The person as a star, in praise addressed to them or said of them: "nailed it, rockstar", "Pt was a superstar today".
    {
      match: STAR,
      before: [', @adverb?', "you're|you_are|youre|ur a|an|such_a|a_total|a_real|an_absolute|total|real|absolute?", '@person|@subject|he|she|they|he\'s|she\'s|they\'re is|was|were|are|been? a|an|such_a|a_total|a_real|an_absolute|total|real|absolute?'],
      after: ['.|!|;|,|)|today|in|on|at|with|and|"|”'],
      message: '"{match}" is slang praise in the writer\'s voice. Name what the person did well and what it showed ("led the family meeting: summarised the options and checked what the daughter had understood").',
    },
    // The writer's own first procedure or task: "I totally crushed my first ABG", "nailed my OSCE". Only tasks of training
    // and care, so "crushed my finger in the door" stays literal.
    {
      match: `${PRAISE_VERB} my|our first|second|third|last|final? #word? abg|abgs|iv|ivs|lp|draw|blood_draw|stick|start|paracentesis|thoracentesis|intubation|suture/n|sutures|eval|evaluation|assessment|exam|osce|practical|checkoff|check-off|presentation|case_presentation|transfer|note|soap_note|handoff|hand-off|shift|rotation|placement|@intervention`,
      before: ['=I|we @adverb|totally|absolutely|just|basically|lowkey|really|honestly?'],
      message: SLANG_PRAISE,
    },
    // With what the performance was in: "crushed it with the family meeting today!!" (not "crushed it with a spoon").
    {
      match: `[ ${PRAISE_VERB} it ] with the|that|this|my|your|our|today's|his|her #word? meeting|family_meeting|presentation|eval|evaluation|@care|@intervention|case|patient|pt|family|transfer|transfers|stairs|session`,
      message: SLANG_PRAISE,
    },
    // The same slang with the place or the session after it: "crushed it in PT today", "killed it at the gym" (not
    // "crushed it in applesauce", a tablet in food).
    {
      match: `[ ${PRAISE_VERB} it ] ${PRAISE_PLACE}`,
      before: ['@person|@subject|@relative|you|#cap )? @adverb?'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    // Opening a note-style fragment, the patient or the writer its unwritten subject: "Crushed it in PT today, 300 ft w/
    // RW", "Crushed it on my first solo admission".
    {
      match: `[ ${PRAISE_VERB} it ] on my|his|her|their|today's|this|the first|solo|last|big|final? #word`,
      when: ['sentenceStart'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    {
      match: `[ ${PRAISE_VERB} it ] ${PRAISE_PLACE}`,
      when: ['sentenceStart'],
      unless: ['medication'],
      message: SLANG_PRAISE,
    },
    // Slang for missing care: "bailed on PT", "flaked on two visits", "ditched therapy" ("blew off" is
    // adhere.disapproval's, which says the same about the person's choice).
    {
      match: 'bail/v_on|flake/v_on|flake/v_out_on|ditch/v|skip/v_out_on @possessive|the|another|today\'s|tomorrow\'s|this|two|three|both|all? #word{0,2} appointment/n|appt/n|@care|class/n|follow-up/n|f_/_u|fu|dialysis|meds|medication/n|clinic|group/n|rehab|school',
      message: '"{match}" is slang that makes a missed appointment sound like defiance. Say what happened and any reason given ("did not attend wound care appointment; second this month").',
    },
    { match: 'drama_queen|drama_llama|crazy-busy', message: '"{match}" is a casual put-down or exaggeration, not a description. Describe what was observed or what the schedule was.' },
    { match: '@interjection', notAfter: ['-'], message: 'An exasperated interjection ("{match}") tells the reader about the writer\'s mood, not the patient. Leave it out.' },
    // "…, whatever." as a dismissive clause of its own: not "whatever support he needs".
    { match: 'whatever', before: [',|;|:|.|!|?|—|–|-'], after: ['.|!|?|;'], message: 'A dismissive "{match}" reads as indifference to the person. Leave it out or state the decision.' },
    { match: '!{2,12}', suggest: ['.'], fix: 'suggest', message: 'A run of exclamation marks ("{match}") sounds exasperated or mocking in a record about a person. One full stop is enough; let the facts carry the weight.' },
    { match: '? +!', suggest: ['?'], fix: 'suggest', message: '"{match}" reads as disbelief or exasperation. Ask the question plainly, or state what was observed.' },
    // A rating past the top of its scale, with "again" or "as usual": sarcasm about the patient's report.
    {
      // The word for what was rated may come between: "12/10 pain again".
      // Or the aside set off by a comma, with who gave the rating between: "Pain 20/10 per pt, naturally, while eating".
      match: '11|12|13|14|15|16|17|18|19|20|25|30|50|100|1000 +/ +10 pain|today|tonight? per_pt|per_patient|per_him|per_her? ,? again|as_usual|as_always|of_course|apparently|naturally|predictably|obviously|surprise|big_surprise|as_per_usual|per_usual',
      message: '"{match}" mocks the patient\'s pain rating. Record the rating they gave ("rates pain 10/10") and what you observed, without comment.',
    },
    { match: ['#emoji', '#any \ufe0f'], message: 'Emoji ({match}) do not belong in a clinical record or a professional reflection: their meaning varies by reader. Put the observation into words.' },
  ],
  docs: {
    summary: 'Chat slang ("lol", "idk", "gonna", "nope"), swearing, casual put-downs ("drama queen", "such a baby", "whining", "griping about"), sarcastic asides ("Shocker,", ", big surprise.", "12/10 again"), exclamations ("what a nightmare", "what a pain"), hyperbole ("took forever"), euphemisms for dying ("circling the drain"), disgust ("kind of gross"), slang praise ("crushed it"), interjections ("ugh", "yikes"), exclamation runs ("!!", "?!"), emoticons and emoji in a note or reflection.',
    why:
      'The source text asks for professionalism in every interaction, and a note is one of them: the patient may read it, and colleagues form a picture of the person from it. Slang and exclamation runs make the writing about the writer\'s reactions and can read as mocking, which undermines the respect and trust the therapeutic alliance depends on.',
    prefer: 'Plain, complete words ("going to", "somewhat"), a full stop instead of "!!!", and the observation itself instead of an emoji or an interjection.',
    exceptions: [
      'The patient\'s own words in an attributed quotation (Pt said, "I\'m gonna try the ramp").',
      '"Whatever" as an ordinary word ("whatever support he needs").',
      'Clinical senses of the same words: moaning or sighing as a sign ("moaning in pain", "deep sigh"), "dramatic improvement", "BS" (blood sugar), an infant\'s suck, a pain goal "<3/10".',
      'Symbols such as arrows, ✓, © that are not emoji by default.',
    ],
    sources: ['seed', 'S13', 'S30'],
  },
  examples: {
    flagged: [
      'The man in bay 6 {{absolutely crushed it}} today.',
      'Our 18-year-old {{totally smashed her sit-to-stand target}} today.',
      'Ugh, nights were {{a total nightmare}} lol.',
      'Today was {{a nightmare}}, three admissions back to back.',
      'Left the crisis house at 0200. {{Who could have seen that coming}}.',
      'His anxiety always seems to flare up right before tests, {{funnily enough}}.',
      { text: 'She is a complex case and the team are {{sick of her}}.', mode: 'reflection' },
      '{{Whining about}} the 2 g Na diet all shift.',
      'Claims 10/10 pain, asleep on every check, {{funny that}}.',
      'Chest pain came on just as the transfer was booked. {{What a coincidence}}.',
      '{{What a nightmare}} shift, he was on the buzzer the whole time.',
      '{{What a night}}, bay 4 never settled.',
      'Vomiting in the corridor, {{what a way to start a shift}}.',
      'This transfer plan {{is toast}}.',
      '{{Urgh}}, the clinic ran late again.',
      'Deteriorating, {{circling the drain}} by the look of it.',
      { text: 'The kitchen was covered in takeaway boxes, {{pretty grim}}.', mode: 'reflection' },
      'The transfer {{took a century}}.',
      '{{Funny how she}} can manage the stairs when her son visits.',
      'Daughter rang again to ask about the discharge date, {{shock horror}}.',
      'Slurring, clearly been {{on a bender}} again.',
      'Rolled in 40 min late ({{shock}}) and expected the full screen.',
      'Buzzer every ten minutes - {{what a treat}}.',
      'Brought his usual essay of a list, {{lucky me}}.',
      'Another fun night with Mr Reyes, buzzer every 10 mins, {{joy}}.',
      '{{Another fun night with}} Mr Reyes, buzzer every 10 mins.',
      '{{Graces us with his presence}} again at 0300.',
      'Pt did awesome today. {{Crushed her walking goal}}.',
      'She {{crushed her 6-minute walk test}} today.',
      'Rates pain {{15/10, naturally}}, while scrolling on phone.',
      { text: 'The secretions were kind of {{gross}} at first, but I got used to suctioning.', mode: 'reflection' },
      'Walked in at 3 am with a paper cut, {{what a waste of time}}.',
      "He's such a {{baby}} about blood draws.",
      { text: 'The claimant {{whined}} through every range-of-motion test.', mode: 'reflection' },
      { text: 'Feedback: {{ur}} goals need a time frame.', mode: 'reflection' },
      'The rapid response on 5 was {{a total nightmare}}.',
      { text: '{{Nailed it}} on my first arterial line.', mode: 'reflection' },
      { text: 'She looked tired and kind of {{gross}} when she came in.', mode: 'reflection' },
      '{{Moaning about}} the wait again.',
      'Pt is {{CTD}}, family updated.',
      { text: 'The drain output was really {{gross}} and I had to step out.', mode: 'reflection' },
      '{{Nailed it}} at the gym today, 3 sets of 10.',
      'The waiting room was {{a nightmare}} again tonight.',
      { text: 'We {{nailed it}} on the first transfer.', mode: 'reflection' },
      { text: 'It was honestly so {{gross}} emptying the drain.', mode: 'reflection' },
      { text: '{{What a nightmare}} getting the lift to work today.', mode: 'reflection' },
      { text: 'Peer feedback: you {{crushed it}} on the transfers today.', mode: 'reflection' },
      'The family meeting was {{a total nightmare}}.',
      'Pt {{sooo}} tired of the exercises today.',
      'Family {{SOOOO}} upset about the parking, again.',
      'She was {{reallyyy}} slow on the stairs.',
      '{{Hmmm}}, pain 10/10 but asleep on arrival.',
      'Asked for a fourth warm blanket, {{eye roll}}.',
      'Wants a private room again (*{{eye roll}}*).',
      'Late for the third session in a row; {{eyeroll}}.',
      'Came in at 2 am for a hangnail. {{Great use of the ER}}.',
      '{{Oh joy}}, another 10/10 pain with normal vitals.',
      'Pt {{moaned and groaned}} about the exercises for the full hour.',
      'Pt sure {{loves the sound of his own voice}}.',
      '{{Wow. Just wow}}. Pt left before discharge teaching.',
      'Caregiver is {{clueless}} about the pump.',
      'Pt {{kinda}} tolerated the stretch. => Pt somewhat tolerated the stretch.',
      'He is {{gonna}} try the slide board next week. => He is going to try the slide board next week.',
      'Caregiver late again {{!!!}}',
      'Finally got him into the standing frame {{lol}}.',
      'Mom is a bit of a {{drama queen}} about the chair.',
      { text: 'Today was {{crazy busy}} and I forgot to ask about his goals.', mode: 'reflection' },
      'Pt walked 150 ft today {{🎉}}',
      'Family meeting went well {{❤️}}',
      { text: 'She asked about her HEP again, {{whatever}}.', mode: 'reflection' },
      'Pt {{whining}} about the cold pack again.',
      'Caregiver {{whined}} that the session ran long.',
      { text: '{{Shocker}}, he forgot his HEP sheet again.', mode: 'reflection' },
      '{{Yeah right}}, she cannot stand but walked to the car.',
      'Apparently the pain is {{12/10 again}}.',
      '{{idk}} why he stopped the HEP.',
      'Pt walked 200 ft {{:)}}',
      'Pt was so {{dramatic}} about the needle.',
      'Such a {{baby}} about the IV.',
      'Wife is {{a total pain}} in the neck.',
      'Pt {{griping about}} the parking again.',
      'He {{freaked out}} when the alarm went off.',
      'That {{damn}} battery died again.',
      '{{Nope}}, still no HEP done.',
      '{{Yikes}}, he walked out before the vitals.',
      '{{How convenient}}, the pain disappears when his friends visit.',
      '{{Sigh}}. She forgot the HEP sheet again.',
      '{{Super annoying}} pt, talks through the whole session.',
      { text: 'Honestly, she was {{exhausting}} today.', mode: 'reflection' },
      '{{Yeah sure}}, she walks every day.',
      'He forgot his walker again{{?!}} => He forgot his walker again?',
      'Pt walked 100 ft{{!!}} => Pt walked 100 ft.',
      'Pt is {{swirling}}, family called in.',
      { text: 'I totally {{crushed my first ABG}} today.', mode: 'reflection' },
      { text: 'You {{aced the OSCE}}, {{superstar}}!', mode: 'reflection' },
      'Pt was a total {{rockstar}} with the stairs today.',
      { text: 'Preceptor feedback: {{crushed it}} with the family meeting today.', mode: 'reflection' },
      'Honestly this guy was such a {{whiner}} the whole session.',
      'Pt back in the ED for the 4th time this month, {{big surprise}}.',
      'Pain {{11/10 as per usual}}. Eating toast.',
      'Back again with the same story. {{Colour me surprised}}.',
      'Honestly last night was {{an absolute shitshow}}, 14 admissions and no break.',
      'Eval {{took forever}} since pt wanted to chat about her cats.',
      'Family wants everything done even though he is 97 and {{on his way out}}.',
      { text: 'He had not showered in a week, honestly kind of {{gross}}.', mode: 'reflection' },
      'The kid (19, SCI) {{crushed it}} on the stairs today.',
      'Family called six times today. {{What a pain}}.',
      'Caregiver argued about every recommendation; {{what a piece of work}}.',
      'Total {{nightmare}} today, pt would not stay in bed.',
      'Pt was being {{a huge baby}} about the dressing change.',
      { text: 'She acted like {{a big baby}} about the needle.', mode: 'reflection' },
      'Pt acting like {{a total diva}} today.',
      'Pt {{crushed it}} in PT today, walked 300 ft.',
      'She {{killed it}} in therapy this morning.',
      '{{Bailed on her session}} again.',
      '{{Flaked on the last two visits}}.',
      'Pt kept {{whining}} about the food.',
      'Pt was a total {{PITA}} today; grumpy {{as hell}}.',
      'Pt {{nailed the transfer}}. He {{rocked the stairs}} today.',
      'Caregiver is {{useless}}.',
    ],
    clean: [
      'Tablet crushed it into yoghurt as per SLT.',
      'Nurse crushed it and gave it in jam with consent.',
      { text: 'It is interesting how she manages her pain with music.', mode: 'reflection' },
      'Wife is a total nightmare, calls the unit every hour.',
      'Knee bender machine set at 90 degrees.',
      'Hypotensive, tachycardic (shock) on arrival; fluids started.',
      'Visit from her granddaughter Joy, which brought her joy.',
      'Another good night with no falls; slept 6 h.',
      'DKA protocol: FRIII at 0.1 units/kg/h.',
      'Crushed the tablet and mixed it in applesauce.',
      'Nurse crushed the tablets before the swallow test and mixed them in applesauce.',
      'She was, naturally, worried about the surgery; questions answered.',
      'Pt swirling the water in her cup before each sip, per SLP.',
      { text: 'I crushed my finger in the car door on the way to clinic.', mode: 'reflection' },
      'Crushed it with a pill crusher and mixed it in applesauce.',
      'UR review completed; 3 more days approved.',
      'Pt has CTD with ILD; rheumatology following.',
      'Lame since polio at age 6; uses a KAFO on the left.',
      'Pt said the family meeting was a nightmare for her.',
      'AAA repair in 2019; follow-up CT stable.',
      'Laparoscopic right salpingooophorectomy for ovarian torsion.',
      'Class IIIb obesity; bariatric referral placed.',
      'Oculogyric crisis with upward eye roll, resolved after benztropine.',
      'Pt gave an eye roll when asked about her smoking, then said she was ready to talk about patches.',
      'SSSS in an infant is managed with IV antibiotics.',
      'Pt moaning and groaning, grimacing with turns; PAINAD 6.',
      'Reviewed appropriate use of the ED with family.',
      'Good use of pacing strategies during ADLs.',
      'Wow, pt walked 300 ft today!',
      'Pt reports the night splint is annoying but wears it most nights.',
      'Pt stated, "I\'m gonna try the ramp on my own."',
      'We will provide whatever support he needs for the exam period.',
      'He can choose whatever.',
      'Elbow ROM 0→135°; knee ↔ stable. ✓ HEP reviewed.',
      'Pt reports he is excited to return to class!',
      'The pump made a whining noise during the session.',
      'Mother reports that he whines when asked to do homework.',
      'Pt said the diagnosis was a shocker for the family.',
      'He turned right, yeah, and then right again.',
      'Pt moaning in pain; responds to voice.',
      'Patient moans with palpation of the RLQ.',
      'Deep sigh noted with each breath.',
      'Dramatic improvement in ROM since the nerve block.',
      'Pt describes a weird sensation in the toes.',
      'Labs: Na 135, K 4.1 :(see attached).',
      'BS 145 before lunch; infant sucks vigorously.',
      'Total knee arthroplasty on the R; real-time ultrasound guided the injection.',
      'Pain goal <3/10.',
      'Pt reports the stairs are exhausting and the pain is unbearable at night.',
      'He is exhausting his sick leave; she finds the brace frustrating.',
      'Pt scored 10/10 on the quiz again.',
      'Pt fell on his way out of the bathroom; no injury.',
      'She was on her way out when the alarm sounded.',
      'Gross motor skills age-appropriate; fine motor delayed.',
      'Pt reports the splint rubs, kind of gross.',
      'Pt reports nightmares since the accident.',
      'Pills crushed; she crushed it in applesauce and took it without difficulty.',
      'Crushed it in pudding per pharmacy; he nailed it into the wall.',
      'He acted like he understood, then asked again; she held the baby like a pro.',
      'Blew off steam by walking the halls; the dressing blew off in the wind.',
      'Pt states the wait for the bus takes forever.',
      'Pt said, "What a nightmare this has been."',
      'What a difference the new cushion made: sitting tolerance 2 h.',
      'Pt asked what a pain diary is and what a character strength survey measures.',
      'Pt had a real nightmare last night and slept poorly.',
      'Pt states her arm is useless since the stroke; L UE functionally useless.',
      'He rocked the baby to sleep; pt smashed his thumb in the car door; the femur was nailed.',
      'Pt was a huge help in planning the discharge.',
    ],
  },
});
