/**
 * adhere.disapproval — blame, neglect and tiresome-repetition framing.
 */
import { defineRule } from '../define.ts';

const EDUCATION =
  'education|educating|teaching|instruction/n|counseling|counselling|reminder/n|reminding|warning/n|explanation/n|discussion/n|advice|encouragement|attempt/n_to_educate|attempt/n_to_explain|attempt/n_to_counsel|attempt/n_to_teach|attempt/n_to_encourage|attempt/n_at_education|attempt/n_at_teaching|redirection|verbal_redirection|request/n|prompting|ohi|oral_hygiene_instruction/n|oral_hygiene_advice|hep_review';
/** The staff as the ones warned, right before "were warned": the caution is about the person, given to the team. */
const STAFF_WARNED = '=I|we|=We|staff|nurses|nursing|the_team|everyone';
const TOLD = 'explain/v|re-explain/v|remind/v|educate/v|re-educate/v|instruct/v|tell/v|warn/v|caution/v|counsel/v|counselled|reinforce/v|stress/v|emphasize/v|emphasise/v|advise/v|lecture/v';
/** Explaining again in a new way: slower, simpler, with an interpreter or pictures. */
const ADAPTED = 'slowly|more_slowly|gently|calmly|carefully|simply|more_simply|in_simpler_terms|in_plain_english|with_pictures|with_a_diagram|using|through|via|with_the_interpreter|with_an_interpreter|in_#word';
const AGAIN = 'once_again|yet_again|once_more|yet_once_more|one_more_time|again|repeatedly';
const NTH_TIME = 'for the second|third|fourth|fifth|tenth|twentieth|fiftieth|hundredth|thousandth|millionth|nth|umpteenth time';
/** After a concession word: the teaching it concedes, the comma, and the subject of the habit ("…counseling, pt still"). */
const TAUGHT_THEN = `#word{0,4} ${EDUCATION}|discussion/n|conversation/n|talk/n , the? pt|patient|he|she|they? is|are|was|were?`;
/** The idioms of repetition: "told over and over", "explained time and again". */
const OVER_AND_OVER = 'over_and_over|over_and_over_again|time_and_again|time_and_time_again|time_after_time|again_and_again';
/** What the writer does when they go over something with a person: tell, remind, teach, review, demonstrate. */
const WENT_OVER = `${TOLD}|go/v_over|went_over|review/v|show/v|demonstrate/v|cue/v|practice/v|practise/v|teach/v|taught`;
const PERSON = 'the? pt|patient|him|her|them|client|family|caregiver';
/** Counting the reminders, in words or in chart shorthand. */
const COUNT_MESSAGE =
  'Counting how many times you reminded someone ("{match}") signals exasperation. Record what was discussed and the person\'s response; repetition is part of teaching.';
/** What the education was about: "despite diet education", "despite smoking cessation counseling". */
const TOPIC = 'diet|dietary|diabetic|diabetes|nutrition|nutritional|medication|med|insulin|smoking|smoking_cessation|cessation|safety|fall|fall_prevention|hep|exercise|weight|alcohol|precaution|precautions';
/** A missed or late appointment, a no-show: what "as usual" or "yet again" sighs about. */
const LAPSE = '@attendance|no-show|no-shows|no-showed|noshow|noshows|dnka|forgot|forgotten|cancellation/n|cancelation/n';
/** What a person can "blow off" or "brush off": care, advice, an appointment (not "blew off the dust"). */
const BLOWN_OFF = '@regimen|@care|appointment/n|session/n|class/n|group/n|advice|recommendation/n|education|teaching|follow-up|followup';
/** "Warned" frames a conversation as a caution to someone who may not listen. */
const WARNED = '"{match}" frames the conversation as a caution to someone who may not listen. Say what risks were discussed and how the person responded.';
const FRUSTRATION = '"{match}" records the writer\'s frustration rather than a fact. State what was discussed, what the person said, and the plan you agreed.';
const AGAIN_MESSAGE = 'Noting that you explained "again" ("{match}") signals exasperation. Record what was discussed and the person\'s response; repetition is part of teaching.';

/**
 * The side or space a person with hemispatial neglect leaves out, close after the verb ("neglects to scan left",
 * "neglected to attend to her L side"); further on, "left" is as often the verb ("… every time the RN left the room").
 */
const NEGLECTED_SIDE = '#any{0,4} left|right|l|r|contralesional|affected|hemispace|hemifield|hemibody|visual_field|side|space|scan/v';

/**
 * What the person goes on doing after the help held against them, in the same clause: one finding for "Despite repeated
 * education pt continues to mobilise without frame".
 */
const DESPITE_GOES_ON = ['pt|patient|he|she|they|,? continues|continued|still|keeps|kept|persists|persisted to? #word'];

export default defineRule({
  id: 'adhere.disapproval',
  family: 'adherence',
  severity: { clinical: 'info', reflection: 'warning' },
  // A habit named as a condition ("warned of graft thrombosis if he keeps smoking") is a risk explained, not a reproach.
  contexts: { hypothetical: 'silent' },
  terms: [
    // Stroke-related neglect ("neglects to scan left") is a finding, not blame.
    {
      match: 'neglecting to',
      suggest: ['not'],
      notAfter: [NEGLECTED_SIDE],
      // The writer owning their own omission ("I neglected to lock the brakes") blames no patient.
      notBefore: ['=I|we|@clinician|ot|slp|pta|lpn|cna|md|np|pharmacy|lab @adverb{0,2}'],
      // Staff owning an omission in a late entry ("RN neglected to document the 0200 vitals") blames no patient.
      unless: ['staffAbbrevSubject'],
      message: '"{match}" adds blame to a fact. State what did not happen ("did not bring the AFOs") and, if known, why.',
    },
    {
      match: 'neglect/v to',
      suggest: ['do/v not'],
      notAfter: [NEGLECTED_SIDE],
      // The writer owning their own omission ("I neglected to lock the brakes") blames no patient.
      notBefore: ['=I|we|@clinician|ot|slp|pta|lpn|cna|md|np|pharmacy|lab @adverb{0,2}'],
      // Staff owning an omission in a late entry ("RN neglected to document the 0200 vitals") blames no patient.
      unless: ['staffAbbrevSubject'],
      message: '"{match}" adds blame to a fact. State what did not happen ("did not bring the AFOs") and, if known, why.',
    },
    { match: 'choose/v|decide/v to ignore|disregard|disobey|defy', message: '"{match}" assigns a motive. Record what the person did and what they said about it.' },
    // "didn't bother to do the HEP", "couldn't be bothered to wear the brace"
    { match: ["didn't|doesn't|did_not|does_not|won't|never bother/v to", "couldn't|could_not|can't|cannot|won't be bothered"], when: ['personSubject'], message: '"{match}" assigns a motive. Record what the person did and what they said about it.' },
    // "Rarely bothered with their foot checks", "hardly bothers to test": how often, with the same motive.
    { match: 'rarely|hardly|barely|seldom|never|hardly_ever|barely_ever|not_even bother/v|bothered with|to', when: ['personSubject'], message: '"{match}" assigns a motive. Record what the person did and what they said about it.' },
    // Care held up as a debt: "refuse the scope again after everything the team had done for him".
    { match: 'after|despite|given everything|all the_team|we|staff|they|the_nurses|the_doctors|i|you had|have|has done|did for him|her|them', message: '"{match}" holds the care given over the person as a debt. Describe the decision and the reasons they gave.' },
    // A chance "thrown away": "why anyone would throw away a second chance like that".
    { match: 'throw/v|threw|thrown|throwing|waste/v|wasting|wasted|blow/v|blew|blown|squander/v|squandered away? a|his|her|their|the second|last|another|new? chance|chances|opportunity|transplant|liver|kidney|graft|new_liver|new_kidney', notBefore: ['@neg|not|never|didn\'t|did_not|won\'t|will_not|wouldn\'t|would_not'], message: '"{match}" frames a relapse or a lapse as ingratitude. Describe what happened and what got in the way.' },
    // Blame for a body part's state: "let her feet get into that state", "allowed his foot to get so bad".
    {
      match: "let/v|allowed|allow/v himself|herself|themselves|his|her|their #word? foot|feet|wound|wounds|ulcer|ulcers|leg|legs|skin|teeth|sugars|weight|diabetes|health|condition|chest|lungs|liver|kidneys|heart|it|things to? get|go|become|slip|slide|deteriorate into_that_state|into_this_state|into_such_a_state|so_bad|this_bad|that_bad|like_this|like_that|out_of_control|out_of_hand",
      message: '"{match}" blames the person for their condition. Describe the finding and what made care hard to keep up (cost, access, pain, vision).',
    },
    {
      match: "ignore/v|disregard/v|disobey/v|flout/v|defy/v all|my|our|the|his|her|their|staff|medical|pt|therapist|therapist's|physician|physician's|surgeon|surgeon's|md|md's|doctor|doctor's|repeated|previous|prior|clear|safety|written|verbal{0,3} advice|instruction/n|recommendation/n|education|precautions|warning/n|orders|restrictions|directions|request/n|reminder/n",
      message: '"{match}" presents a disagreement or a barrier as defiance. Describe what happened and what the person said about it.',
    },
    // The noun, said of the person's regard for what they were asked to do: "Complete disregard for the meal plan",
    // "total disregard for her fluid restriction".
    {
      match: "complete|total|utter|blatant|flagrant|wilful|willful|a? disregard/n for|of all|my|our|the|his|her|their|any|medical|dietary|dietetic|safety{0,2} advice|instruction/n|instructions|recommendation/n|precautions|restriction/n|restrictions|orders|plan/n|meal_plan|diet/n|regime|regimen|treatment|hep|exercises|insulin|medication/n|meds|fluid_restriction|fluid_restrictions",
      // Not a neglect finding: "left-sided disregard".
      notBefore: ['left|right|l|r|sided|left-sided|right-sided|visual|spatial|hemispatial|hemi -?'],
      message: '"{match}" presents a disagreement or a barrier as defiance. Describe what happened and what the person said about it.',
    },
    // Everything said to them as what was ignored: "He had clearly ignored everything the diabetes nurse told him".
    { match: 'ignore/v|disregard/v everything|anything|all|most_of_what|half_of_what', after: ['#any{0,5} told|tells|said|says|advised|advises|recommended|suggested|asked|taught'], when: ['personSubject'], message: '"{match}" presents a disagreement or a barrier as defiance. Describe what happened and what the person said about it.' },
    // The writer or the team as what was ignored: "reminded him about the precautions and he ignored me". The same
    // defiance framing as ignoring advice; a patient with left neglect ignores a side, never "me".
    { match: 'ignore/v|disregard/v|defy/v me|us|staff|nursing|the_team|the_nurse|the_nurses|the_therapist|the_aide', when: ['personSubject'], notAfter: ['on|to|in his|her|their|the left|right|l|r|affected|weak side|space|hemispace'], message: '"{match}" presents a disagreement or a barrier as defiance. Describe what happened and what the person said about it.' },
    // "He never listens", "she doesn't listen to anything we say": the person judged unwilling, not what was said and why.
    { match: "never|doesn't|does_not|won't|will_not|wouldn't|would_not|just_doesn't|just_won't|refuse/v_to listen/v|listens", message: '"{match}" judges the person as unwilling rather than recording the advice and the reasons they gave. Say what was discussed and what the person said about it.', when: ['personSubject'], notAfter: ['to #any{0,3} music|radio|podcast|podcasts|audiobook|audiobooks|news|tapes|recordings|sounds|body|heart|lungs|chest', 'for|when|while|well|carefully|closely|attentively'] },
    // Any modifiers before the advice ignored: "blatantly ignoring hip precautions", "disregarded the sliding-scale instructions".
    { match: 'ignore/v|disregard/v|disobey/v|flout/v|defy/v', after: ['#word{1,4} advice|precautions|instruction/n|instructions|recommendation/n|restrictions|orders|directions|warning/n'], notAfter: ['left|right|l|r|contralesional|affected|hemispace|hemifield|visual_field|side|space ...'], message: '"{match}" presents a disagreement or a barrier as defiance. Describe what happened and what the person said about it.' },
    // "Despite repeated education" reads as exasperation, not information.
    // Help the person was given, held against them: "Continues to smoke 20/day despite multiple cessation referrals". Only
    // with the person in the sentence: "Despite multiple referrals, no appointment has been offered" is the service's delay.
    { match: 'despite repeated|multiple|numerous|several|many|frequent|ongoing|extensive|countless|prior|previous #word? referral/n|referrals|input|support|interventions', before: ['... continue/v|continues|still|keeps|kept|persists|smokes|drinks'], message: FRUSTRATION },
    { match: 'despite repeated|multiple|numerous|several|many|frequent|ongoing|extensive|countless|prior|previous #word? referral/n|referrals|input|support|interventions', after: ['#any{0,6} he|she|they|pt|his|her|their #any{0,3} still|continues|continued|stayed|remained|keeps|kept|persisted'], message: FRUSTRATION },
    { match: `despite repeated|multiple|numerous|several|many|frequent|ongoing|extensive|continued|constant|countless|prior|previous|our|my|all|the|thorough|clear|explicit|verbal|written{1,3} ${EDUCATION}`, message: FRUSTRATION, extendTo: DESPITE_GOES_ON },
    // With the topic between: "Refuses to leave partner despite multiple safety discussions".
    { match: `despite repeated|multiple|numerous|several|many|frequent|ongoing|extensive|countless{1,2} ${TOPIC} ${EDUCATION}|discussions|conversations|talks`, message: FRUSTRATION, extendTo: DESPITE_GOES_ON },
    { match: `despite|in_spite_of our|my|the|all|pt|patient|a|an|one|two|three|several? ${TOPIC}? education|counseling|counselling|reminder|reminders|warning|warnings|advice|teaching|instruction|instructions|explanation/n|discussion/n|reinforcement|re-education`, notAfter: ['signs|sign|symptoms|light|lights|label|labels|score|scores|system|systems|letter_from|from'], message: FRUSTRATION, extendTo: DESPITE_GOES_ON },
    // Contempt for an attempt not made: "Pt lazy, won't even try the stairs", "didn't even bother with the HEP".
    { match: "won't|wouldn't|will_not|would_not|doesn't|does_not|didn't|did_not|can't_be_bothered_to even try|attempt|bother", notAfter: ['to_say|to_guess|to_imagine|to_think'], message: FRUSTRATION, when: ['personSubject'] },
    // "Mum doesn't bother with the spacer", "he never bothers to check his feet": care left undone as not worth the effort.
    { match: "doesn't|does_not|didn't|did_not|won't|never|rarely bother/v|bothers|bothered with|to", notAfter: ['to_say|to_ask|me|us|her|him|them'], notBefore: ['=I|we|you'], message: FRUSTRATION, when: ['personSubject'] },
    { match: 'despite being repeatedly|frequently|often|previously|already|clearly? told|educated|instructed|reminded|warned|counseled|counselled|advised', message: FRUSTRATION, extendTo: DESPITE_GOES_ON },
    // "reminded multiple times", "told him on several occasions"
    {
      match: [`${TOLD} ${PERSON}? multiple|several|numerous|many|countless|repeated|#num|three|four|five|a_million|a_hundred|a_thousand|a_dozen|a_few|million|hundred|thousand|dozen times`, `${TOLD} ${PERSON}? on multiple|several|numerous|many|repeated occasions`],
      message: COUNT_MESSAGE,
    },
    // The count in chart shorthand: "as I have told her 3x today", "reminded him 4x this shift". Only telling and
    // reminding: "educated x3 with teach-back" and "reviewed HEP 3x" record the teaching itself.
    {
      match: `tell/v|remind/v|warn/v|explain/v|re-explain/v ${PERSON}? 2x|3x|4x|5x|6x|7x|8x|9x|10x`,
      message: COUNT_MESSAGE,
    },
    // The count after a concession: "refused even after I explained it twice", "despite my telling her twice". "Explained
    // twice with teach-back" alone records the teaching.
    {
      // Showing counts as telling ("even though I showed her twice"), and the count may be any number of times ("Despite me
      // explaining it three times", "Even after we'd explained it to him three times").
      match: `${TOLD}|show/v|demonstrate/v ${PERSON}? it|this|that|everything? to? ${PERSON}? twice|thrice|two_times|three_times|four_times|#num_times|several_times|many_times|multiple_times|countless_times`,
      before: ["even_after|even_though|even_when|despite|although|though|after_all =I|we|i've|we've|i'd|we'd|staff|@clinician had|have|already{0,2}", "despite|even_after|after_all my|our|staff's|me|us"],
      message: COUNT_MESSAGE,
    },
    // "I once again explained", "was again reminded", "explained to pt again"
    // Not explaining again in another way, which is adapting to the person: "explained again slowly", "again with pictures".
    { match: [`${AGAIN} ${TOLD}`, `${NTH_TIME} ${TOLD}`, `${TOLD} ${PERSON} ${AGAIN}`, `${TOLD} ${PERSON} ${NTH_TIME}`], message: AGAIN_MESSAGE, notAfter: [ADAPTED] },
    // Passive, no person named: "Was reminded yet again to use the walker"; not inside the patient's reported account
    // ("pt stated … she had been told repeatedly by her family").
    { match: [`${TOLD} ${AGAIN}`, `${TOLD} ${NTH_TIME}`, `${TOLD} ${PERSON} , ${AGAIN}`], message: AGAIN_MESSAGE, unless: ['speechInSentence'], notAfter: [ADAPTED] },
    { match: `${NTH_TIME} ,? =I|we ${TOLD}`, message: AGAIN_MESSAGE },
    // The idioms of repetition after telling or teaching: "was told over and over", "I've explained it to him time and
    // again"; "asks the same question over and over" (perseveration) has no telling before it.
    { match: OVER_AND_OVER, before: [`... ${WENT_OVER}`], message: AGAIN_MESSAGE },
    // "I've lost count of how many times I've told her", "don't know how many times we went over it".
    { match: 'how many times', after: [`=I|we|i've|we've|i'd|we'd have|had? already|now? ${WENT_OVER}`], message: AGAIN_MESSAGE },
    // "no matter how many times we went over them", "no matter how often I remind him"; not "no matter how often he
    // changes position" (a symptom that persists).
    { match: 'no_matter how many_times|often', after: [`${WENT_OVER} ...`], message: AGAIN_MESSAGE },
    // "non-compliance with diet" in other words: "dietary indiscretion", "medication indiscretion".
    { match: 'dietary|diet|dietetic|fluid|salt|sodium|medication|alcohol indiscretion/n', message: '"{match}" frames eating or drinking as misbehaviour. State what was eaten or taken and what got in the way (cost, access, appetite).' },
    // The sigh over a lapse: "arrived 40 min late (as usual)", "Yet again a no-show."
    {
      match: 'as_usual|as_always|like_always|per_usual|yet_again|once_again|once_more|again_and_again',
      before: [`${LAPSE} #word{0,3} (|,|-|—?`, `... ${LAPSE}`],
      message: '"{match}" sighs over a pattern instead of recording it. State what happened and, if it matters for the plan, how often ("3 of the last 5 sessions missed; pt cites bus times").',
    },
    // The same sigh over a choice the person made: "He refused the cough assist yet again", "declined the HEP as usual".
    {
      match: 'as_usual|as_always|like_always|per_usual|yet_again|once_again|once_more|again_and_again',
      before: ['... refuse/v|refused|refuses|refusing|decline/v|declined|declines|declining|skip/v|skipped|skips|skipping'],
      message: '"{match}" sighs over a pattern instead of recording it. State what happened and, if it matters for the plan, how often ("3 of the last 5 sessions missed; pt cites bus times").',
    },
    {
      match: 'as_usual|as_always|like_always|per_usual|yet_again|once_again|once_more|again_and_again|yet_another',
      after: [`,? a|an|another? ${LAPSE}`],
      message: '"{match}" sighs over a pattern instead of recording it. State what happened and, if it matters for the plan, how often ("3 of the last 5 sessions missed; pt cites bus times").',
    },
    // "blew off the HEP": dismissal as the motive for a missed step.
    { match: 'blow|blows|blew|blown|blowing off', after: [`the|his|her|their|my|our|all|every|this|that? #word{0,2} ${BLOWN_OFF}`], when: ['personSubject'], message: '"{match}" assigns a motive. Record what the person did and what they said about it.' },
    { match: 'brush/v off', after: ['the|my|our|all|his|her|staff|any? advice|recommendation/n|education|teaching|concerns|suggestion/n|warning/n|instruction/n|@regimen'], when: ['personSubject'], message: '"{match}" assigns a motive. Record what the person did and what they said about it.' },
    // "was warned" → "was advised"
    // Not the team warned about the person ("we were warned about him at handoff"): the caution is then to the staff.
    { match: 'was|were warned', suggest: ['$1 advised'], when: ['personSubject'], notBefore: [STAFF_WARNED], message: '"{match}" frames the conversation as a caution to someone who may not listen. Say what risks were discussed and how the person responded.' },
    {
      match: ['was|were|has_been|have_been|had_been|been repeatedly|previously|already|clearly|strongly|explicitly? warned', 'i|we repeatedly|previously|already|clearly|strongly|explicitly? warned'],
      when: ['personSubject'],
      notBefore: [STAFF_WARNED],
      message: '"{match}" frames the conversation as a caution to someone who may not listen. Say what risks were discussed and how the person responded.',
    },
    // The writer's own warning, as a fragment ("Warned pt that restraints will be used …") or as an ultimatum
    // ("Gave pt a final warning").
    { match: `warn/v ${PERSON}`, when: ['sentenceStart'], message: WARNED },
    { match: ['final|last|stern|strict|formal|firm|written|fair warning/n', 'give|gives|gave|given|giving #word? a warning'], notAfter: ['sign/n|symptom/n|label/n|light/n|system/n'], message: WARNED },
    // "her mum lets her get away with it": blame for a lapse, placed on the family.
    { match: "let/v|lets|letting him|her|them get_away_with it|murder|everything|that", message: '"{match}" blames the person or family for a lapse rather than describing it. Say what happened and what support was offered.' },
    // "continues to skip" → "skips"; "continued to smoke" → "smoked"
    { match: 'continue/v to ignore', suggest: ['do/v not follow'], when: ['personSubject'], message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.' },
    { match: 'continue/v to no-show', suggest: ['do/v not attend'], when: ['personSubject'], message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.' },
    // "Eat" and "drink" have irregular pasts the inflector does not generate, so they get no rewrite.
    { match: 'continue/v to eat|drink', when: ['personSubject'], message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.' },
    { match: 'continue/v to smoke/v|skip/v|miss/v|cancel/v|vape/v', suggest: ['$3/v'], when: ['personSubject'], message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.' },
    // The same habit named without "continue to": "continues smoking", "keeps skipping the HEP", "persists in drinking".
    // Drinking is a habit only as alcohol: "kept drinking thin water from the sink" on a swallow plan is a safety finding.
    // A choice stated as the person's own is not a habit frowned on: "He has capacity and chose to keep smoking".
    { match: 'continue/v|keep/v|persist/v_in smoking|vaping|drinking|skipping|cancelling|canceling|no-showing', when: ['personSubject'], notBefore: ['chose|chooses|choose/v|decided|decides|decide/v|opted|opts|opt/v|prefers|preferred|prefer/v|wants|wanted|want/v to'], notAfter: ['thin|thickened|nectar|honey|plain|tap|the|from|through|out_of? water|liquids|fluids|juice|milk|coffee|tea|soda|pop|from|through|out_of|with|a_straw'], message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.' },
    // "Keeps missing" appointments or doses, not what was said ("kept missing what I said through my mask" is hearing).
    { match: 'continue/v|keep/v|persist/v_in missing', notAfter: ['what|words|cues|instructions|details|steps|questions|parts|sounds|the_point|the_ball|the_target'], when: ['personSubject'], message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.' },
    // Doing a thing again against what was asked: "continues to get OOB without calling", "keeps getting up without
    // asking". The instruction left unfollowed is what makes it disapproval; progress reads the same way with help
    // ("continues to ambulate without assistance", "without AD") and is not one of these.
    { match: 'continue/v|keep/v to? #word{1,3} without|against calling|asking|permission|staff|advice|medical_advice|instructions', when: ['personSubject'], message: '"{match}" signals disapproval of a habit. State what happened and what was discussed ("got up without calling twice overnight; bed alarm on, call light within reach").' },
    // After a concession about teaching, "still" carries the sigh: "Despite extensive counseling, pt still smoking 1 ppd",
    // "Despite our advice, she is still drinking". On its own "still smoking 1 ppd" is the social history.
    {
      match: 'still smoke/v|vape/v|drink/v|skip/v|miss/v|smoking|vaping|drinking|skipping|missing',
      before: [`despite ${TAUGHT_THEN}`, `in spite of ${TAUGHT_THEN}`, `even after|with ${TAUGHT_THEN}`, `regardless of ${TAUGHT_THEN}`],
      message: '"{match}" signals disapproval of a habit. State the current fact ("smokes 1 ppd") and what was discussed.',
    },
    // The same sigh in "continues to" after the concession, one finding for both: "Despite repeated education, pt
    // continues to get OOB unassisted". Not progress ("despite the education, continues to improve" is no blame).
    {
      match: [`despite|in_spite_of|regardless_of ${TAUGHT_THEN} continue/v|keep/v to`, `even_after|even_with ${TAUGHT_THEN} continue/v|keep/v to`],
      // A habit has its own rewrite above ("continues to smoke" → "smokes"), so it is left to that term.
      notAfter: ['improve/v|progress/v|gain/v|do/v_well|make/v_progress|benefit/v|show/v_improvement|ask/v|have/v_questions', 'smoke/v|vape/v|drink/v|eat/v|skip/v|miss/v|cancel/v|ignore/v|no-show'],
      message: '"{match}": the teaching conceded, then "continues to", signals disapproval. State what happened and what was discussed ("got up without calling twice overnight; bed alarm on").',
    },
    // The person named by missed visits: "Chronic no-show", "a habitual no-shower"; "no-show rate" is a statistic.
    {
      match: 'chronic|habitual|serial|repeat|frequent|notorious no-show|no-shower|noshow|no-shows',
      notAfter: ['rate|rates|policy|policies|fee|fees|list|letter|letters|data|status'],
      message: '"{match}" names the person by missed visits. Count them and give the reasons known ("missed 3 of the last 5 visits; bus route changed").',
    },
    // Lateness as a trait: "Pt is always late", "chronically late to sessions", "habitually tardy".
    // "Pain is always late in the day", "late afternoon naps", "late effects" are times, not lateness.
    { match: 'always|chronically|habitually|perpetually|constantly|routinely|forever late|tardy', when: ['personSubject'], notBefore: ['@symptom @be?'], notAfter: ['in|at|afternoon|afternoons|evening|evenings|morning|mornings|night|nights|day|onset|effect/n|stage/n|phase/n|complication/n|sequela|sequelae|#num'], message: '"{match}" sighs over a pattern instead of recording it. State what happened and, if it matters for the plan, how often ("3 of the last 5 sessions missed; pt cites bus times").' },
    // A motive assigned: "He just doesn't care about his health", "does not care about her diabetes".
    {
      match: "doesn't|does_not|didn't|did_not|don't|do_not|never care/v|cared about his|her|their|own{1,2} health|recovery|diabetes|sugars|wound/n|feet|heart|lungs|liver|kidneys|body|treatment|care|rehab|therapy|future|life",
      when: ['personSubject'],
      notBefore: ['=I|we @adverb{0,2}'],
      message: '"{match}" assigns a motive. Record what the person did and what they said about it.',
    },
    { match: 'refuse/v|unwilling to accept|acknowledge|admit|believe', message: '"{match}" judges how a person is coming to terms with their condition. Describe what they said and what they want to know.' },
  ],
  docs: {
    summary: 'Blame and exasperation: "neglected to", "ignored advice", "despite repeated education", "once again explained", "was warned", "continues to skip".',
    why:
      'Studies of notes describe a family of phrases that express the writer\'s disapproval rather than information: the patient "neglected" a task, "ignored" advice, did something "despite repeated counseling", needed things explained "again". Readers pick up the exasperation and carry it into the next encounter. The source text asks for respect and compassion in every interaction and for meeting people where they are; repetition is a normal part of teaching, and the reasons behind a missed step are what the plan needs.',
    prefer: 'The fact, the person\'s view and the agreed plan: "Has not used the tilt during lectures; says the controls are hard to reach; we moved the switch and agreed to try 2 tilts per lecture."',
    exceptions: [
      'Hemispatial or unilateral neglect ("neglects the left side", "left neglect") is a clinical finding.',
      'Self-neglect, elder and child neglect in safeguarding documentation.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S2', 'S9', 'seed'],
  },
  examples: {
    flagged: [
      'Pt {{doesn\'t bother with}} the spacer at home.',
      'Kindly {{reminded pt, once again}}, that therapy is not optional on this ward.',
      'Despite me {{explaining it three times}} she still neglected to wear her resting splint.',
      { text: 'She left the AFO off at home even though I {{showed her twice}}.', mode: 'reflection' },
      'Pt lazy, {{won\'t even try}} the stairs.',
      '{{Despite repeated education pt continues to mobilise}} without frame.',
      'Mum {{lets him get away with it}} at mealtimes.',
      'Missed appt {{despite reminder}} text.',
      { text: 'He refused the scope again {{after everything the team had done for him}}.', mode: 'reflection' },
      { text: 'I could not see why anyone would {{throw away a second chance}} like that.', mode: 'reflection' },
      '{{Complete disregard for the meal plan}} over Christmas; A1c up.',
      { text: 'She {{let her feet get into that state}} despite the leaflet.', mode: 'reflection' },
      'Pt {{rarely bothered with}} foot checks.',
      'He had clearly {{ignored everything}} the diabetes nurse told him.',
      'Remains with partner {{despite multiple safety discussions}}.',
      'Bleeding on probing {{despite repeated OHI}}.',
      'Reminded pt to call for help, as I have {{told her 3x}} today.',
      '{{Despite repeated education, pt continues to}} get OOB unassisted.',
      'I noticed he {{neglected to}} use his incentive spirometer every time the RN left the room.',
      { text: 'I caught myself getting frustrated that he {{never listens}}.', mode: 'reflection' },
      'Despite the bed alarm, {{continues to get up without calling}}.',
      'Pt declined the evening walk {{as usual}}; rested in recliner.',
      'Declined the transfer board even after I {{explained it twice}}.',
      'Pt {{neglected to}} bring the AFOs again. => Pt did not bring the AFOs again.',
      '{{Despite repeated education}}, pt transfers without locking the brakes.',
      'I {{once again explained}} the importance of weight shifts.',
      'Pt {{was warned}} about the skin risk of sitting 6 h without tilting. => Pt was advised about the skin risk of sitting 6 h without tilting.',
      '{{Chose to ignore}} advice about AFO wear.',
      '{{Continues to skip}} the morning stretches. => Skips the morning stretches.',
      '{{Ignored instructions}} on brake use.',
      'Pt {{couldn\'t be bothered}} to wear the brace.',
      'Was {{reminded yet again}} to use the walker in the hallway.',
      'CHF exacerbation from {{dietary indiscretion}} over the holiday.',
      'He was {{cautioned multiple times}} about driving after the seizure.',
      'Pt {{defied medical advice}} and left before the CT.',
      '{{Chronic no-show}}; rescheduled for the third time.',
      { text: 'My patient kept {{flouting}} her hip precautions no matter what we said.', mode: 'reflection' },
      'Eats takeout most nights {{despite diet education}}.',
      'Came 25 min late, {{as usual}}.',
      'Missed another session, {{as always}}.',
      '{{Yet another}} late cancellation this month.',
      '{{Brushed off}} the advice about the brace.',
      '{{Once again}} a no-show for the 8 am slot.',
      'He {{blew off}} the stretching program this week.',
      '{{Warned pt}} that the session will end if he swears at staff.',
      'Gave her a {{final warning}} about the missed sessions.',
      'She was told {{over and over}} to elevate the leg.',
      'He forgets the exercises {{no matter how many times}} we go over them.',
      'Even after counseling, she is {{still smoking}} 1 ppd.',
      'Even after our talk, {{continues to smoke}} 1 ppd.',
      'Pt is {{always late}} for the 8 am slot.',
      'He {{doesn\'t care about his health}}, per the night nurse.',
      'I reminded him about the sternal precautions and he {{ignored me}}.',
    ],
    clean: [
      { text: 'I didn\'t bother with the second questionnaire because she was tired.', mode: 'reflection' },
      { text: 'I won\'t even try to guess how tired she must be.', mode: 'reflection' },
      'He looked confused, so I explained again slowly with the leaflet.',
      'INR high despite warning signs explained at last visit.',
      'Left-sided disregard for the plan of visual scanning noted by OT.',
      'He has capacity and chose to keep smoking, so we talked through the fire risks.',
      'Pt with L neglect ignored everything on his left side during the cancellation test.',
      'Reviewed HEP 3x with teach-back; educated pt x3 on hip precautions.',
      'Despite the wound, pt continues to walk 150 ft daily.',
      'Pt neglected to use her left arm during grooming (L neglect).',
      'He never listens to music during sessions; prefers quiet.',
      'At handoff we were warned that she startles when touched without notice; announce before any contact.',
      'Pt kept drinking thin liquids from a cup despite the nectar-thick order; SLP re-educated.',
      'Continues to ambulate without assistance on the unit.',
      'Pt kept missing the ball during the catch drill.',
      'Explained the plan twice with teach-back; pt repeated it correctly.',
      'Discussed that the graft may clot if he keeps smoking; nicotine patch offered.',
      'RN neglected to record the 0400 vitals; late entry made.',
      'Nurse neglected to chart the 0600 glucose; corrected on review.',
      'L hemispatial neglect on line bisection; cue to scan left while driving the w/c.',
      'Self-neglect concern reported to APS per protocol.',
      'Cautioned against lifting more than 10 lb for six weeks.',
      'The clinic tracks its repeat no-show rate by month.',
      'Pt neglects to scan to the left side when driving the w/c.',
      'Pt ignored the bell on her left side until cued; L neglect persists.',
      'Despite max verbal cues, pt unable to sequence the transfer.',
      'Pt stated that she knew better and that she had been told repeatedly by her family to call for help.',
      { text: 'I neglected to lock the wheelchair brakes before the transfer, and the chair rolled.', mode: 'reflection' },
      'Reviewed skin-check routine; pt demonstrated it with a mirror.',
      'Pt arrived on time as usual and completed all sets.',
      'Reviewed stroke warning signs with pt and wife.',
      'The knee was once again copiously irrigated.',
      'Blew off the dust from the splint before fitting it.',
      'Yet another option is a night splint.',
      'Asks the same question over and over; MoCA 18/30.',
      'Still smoking 1 ppd; quit date set for March.',
      'Pain persists no matter how often he changes position.',
      'Pain is always worse late in the day.',
    ],
  },
});
