/**
 * cred.scare-quotes — short unattributed quotation marks around a symptom,
 * diagnosis, reaction or provider ("had a 'reaction'").
 */
import { defineRule } from '../define.ts';

/** A short quotation: an opening mark, a few words (with inner punctuation), a closing mark. */
/** Attributed after the fact: `"fine" per caregiver`, `"bad day" according to pt`, `"10/10" in her words`. */
const SPEAKER = "the|his|her|their|pt's|patient's? @person|@relative|@labelTarget|@clinician|@subject|nursing|pcp|np|pa|ems|ortho|neuro|neurology|psych|psychiatry|report|self-report|history|hx";
/**
 * Attributed after the fact to someone who said it: `"fine" per caregiver`, `"bad day" according to pt`, `"10/10"
 * in her words`. A document cited for the sentence's fact ('her "fibromyalgia" per outside records') does not
 * make the quoted word anyone's own.
 */
const ATTRIBUTED_AFTER = `,|)? again|today|tonight|overnight|earlier|at_night|this_morning? per|according_to ${SPEAKER}`;
const IN_WORDS = ",|)? in_his_words|in_her_words|in_their_words|in_pt's_words";
const QUOTED = `"|“|‘|' #word|#num|.|,|-|!|/{1,6} "|”|’|'`;

/** Reasons a person gives for a missed step, which quotation marks turn into an alibi. */
const EXCUSE = 'tried|tries|trying|unable|can\'t|cannot|couldn\'t|too_weak|too_painful|forgot|forgotten|forget|forgets|forgetting|ran_out|run_out|runs_out|lost|misplaced|stolen|overslept|missed_it|couldn\'t_afford|can\'t_afford|was_busy|too_busy|didn\'t_know|didn\'t_realize|didn\'t_realise';
/**
 * What a person says they always or never do, and a choice, which quotation marks turn into a claim the writer does not
 * believe: 'Pt "never" misses a dose', 'does the HEP "every day"', 'Pt "chose" to go to the SNF'.
 */
const CLAIMED_HABIT = "never|always|every_day|everyday|daily|religiously|all_the_time|faithfully|socially|occasionally|moderately|rarely|only_socially|only_at_weekends|chose|decided|agreed|volunteered|consented|opted|wanted_to";
/** A reason given in the person's words: 'took the splint off "because it itched"'. */
const REASON = `"|“|'|‘ because|cause|'cause|cuz|since #word|#num|,|-{1,8} "|”|'|’`;

/** An excuse in quotation marks, not the name of a form field or a setting ('the "forgot password" link'). */
const EXCUSE_QUOTED = {
  match: `"|“|'|‘ ${EXCUSE} "|”|'|’`,
  suggest: ['$2'],
  unless: ['quotesSpeech' as const],
  notAfter: [ATTRIBUTED_AFTER, IN_WORDS, 'password|link|button|box|field|option|column|category|status'],
};

export default defineRule({
  id: 'cred.scare-quotes',
  family: 'credibility',
  severity: { clinical: 'info', reflection: 'info' },
  message:
    'Quotation marks around a word or two ({match}) can read as doubt ("had a \'reaction\'"). Drop the quotes, or quote the patient in full with attribution ("Pt states, \'…\'").',
  // A reflection quoting what was charted ('The night shift charted her "episodes" for a week') holds the chart's
  // wording up for examination; the doubt it points at is the chart's, which the sentence is about.
  defaults: { unless: ['quotedRecordWording'] },
  terms: [
    {
      match: QUOTED,
      suggest: ['$2'],
      // Doubt has an object: a symptom, a diagnosis, a reaction, a carer (@claimedThing). A quoted everyday word
      // (being on a "time crunch", chosen to be the "assassin", brushed off with a "chuckle") is a term or a turn of phrase.
      when: ['scareQuote', 'quotedClaim'],
      unless: ['quotesSpeech'],
      // A doubted word is a thing the patient has: her "asthma", a "reaction", pt's "seizures". A quote after a
      // verb, preposition or adjective ("was 'immune' to", "of 'old age'") is someone's wording reported.
      // One describing word may come between ("her weekly 'migraine'", "his usual 'back spasm'").
      // Or after "for" with the treatment before it ('uses her inhaler for "asthma"', 'takes pills for her "anxiety"'), after
      // a history's lead-in ('PMH notable for "fibromyalgia"', 'diagnosed with "lupus"'), or as the reason given ('stopped
      // the vitamin because of "nausea"').
      before: [
        // "Another" adds the sigh of a repeat visit ('back with another "migraine"').
        "a|an|another|the|his|her|their|its|pt's|pts|patient's|client's|this|that|these|those|my|your|our|same|usual #word?",
        'take/v|taking|took|use/v|using|used|treated|treatment/n|prescribed|inhaler/n|meds|medication/n|pill/n|pills|@drug #any{0,3} for',
        'notable|significant|positive|remarkable for',
        'history|hx|diagnosed|diagnosis|dx|diagnoses of|with',
        // What the person came in with: 'Admitted with "apnoeas" at home', 'brought in with "fits"'.
        'admitted|presented|presents|presenting|brought_in|attended|attends|referred|seen|known with',
        'because_of|due_to|secondary_to|d_/_t his|her|their?',
        // What the person came with or came down with: 'conveniently developed "dizziness" at the stairs', 'Seen for "dizzy
        // spells"', 'requesting narcotics for 'back pain' again'.
        'develop/v|developed|developing|get/v|got|getting|come/v_down_with|came_down_with',
        'seen|here|admitted|presents|presenting|presented|referred|evaluated|returns|returned|back|visit/n|consult/n for',
        'narcotics|opioids|opiates|pain_meds|pain_medication|pain_medicine|pain_pills|percocet|norco|oxycodone|dilaudid|oramorph|something_stronger|@drug #any{0,4} for',
        // How or when the doubted symptom comes: "Exertional 'tightness'", "nocturnal 'cough'".
        'exertional|nocturnal|intermittent|constant|chronic|recurrent|ongoing|worsening|occasional|episodic|atypical|postprandial|positional',
        // Where on the body the doubted symptom is: 'L arm "swelling" worse after the flight'.
        'l|r|lt|rt|left|right|bilateral|b_/_l|both|his|her|their @body',
        // The visit counted as one more of the same: 'another 4am admission with "chest pain"', 'Frequent flier to ED with
        // "seizures"', 'back again with "chest pain"'.
        'another|again|frequent_flier|frequent_flyer|frequent_attender|regular #any{0,5} with|for',
      ],
      notBefore: [
        // Words discussed as words, and names: the word "difficult", the "tilt" setting, a program called "Stepping On".
        'the word|words|term|terms|phrase|label|labels|title|heading|button|setting|option|tab|menu|app|program|programme|class|course|handout|video|sign|card|section|field|box|mode',
        'call/v|name/v|nicknamed|known_as|go/v_by|titled|entitled|label/v|labelled|mark/v|read/v|spelled|spelt|written|wrote|typed|say/v|sign/v|coded_as|charted_as|documented_as|listed_as|termed|dubbed|so-called|aka @det?',
        // Reported speech: the sentence says whose words these are; a quote right after its speaker is theirs.
        // A reporting verb whose noun phrase holds the quoted word ("Reports a "reaction"") is not quoting; the
        // scareQuote condition tells the two apart.
        '... call/v|refer/v_to|words|explain/v|mention/v|feel/v|believe/v|think/v|tell/v|say/v|per|according_to|quote|verbatim',
        '... goal/n',
        'he|she|they|pt|patient',
      ],
      notAfter: [
        // The name of a test, scale, exercise, setting or product.
        'test/n|scale/n|sign/n|maneuver|manoeuvre|questionnaire|index|inventory|score|program|programme|protocol|app|class|course|group|exercise/n|stretch/n|position|setting/n|mode|button|switch|function|drill/n|game|technique|method|handout|video|book|song|team|campaign|clinic|model|approach|strategy|strategies|rule|cue/n|command/n',
        // Attributed after the fact: `"fine" per caregiver`, `"bad day" according to pt`.
        ATTRIBUTED_AFTER,
        // The quoting itself is the topic: 'the letter put his "back pain" in quotation marks'.
        'in quotation_marks|quotes|inverted_commas|scare_quotes',
        ",? in his|her|their|pt's words",
        // A quoted modifier of the next word names a shape or a kind: a "boomerang" shaped field cut.
        'shaped|wrapped|induced|related|associated|appearing|looking|type|like|style|pattern|sign|symptom/n|metastases|metastasis|procedure|effect|appearance|configuration|deformity|lesion/n|technique|sound|feeling|sensation',
      ],
    },
    {
      match: QUOTED,
      suggest: ['$2'],
      when: ['scareQuote', 'quotedClaim', 'personSubject'],
      unless: ['quotesSpeech'],
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS],
      before: ['has|have|had? been|is|was|are|were|feels|felt|seems|seemed|looks|looked|acts|acted|gets|got', 'has|have|had|with', 'listed|charted|documented|self-diagnosed|self-described'],
    },
    // The person's excuse in quotation marks: 'Pt "forgot" her walker again', 'says he "ran out" of meds', '"lost" the
    // prescription'. The marks doubt the reason given; the patient's own first-person words stay theirs (scareQuote).
    {
      ...EXCUSE_QUOTED,
      when: ['scareQuote', 'personSubject'],
      // A form or a setting named by the word: 'Mark "lost" on the form', 'the "forgot password" link'.
      notBefore: ['mark/v|check/v|tick/v|select/v|circle/v|enter/v|type/v|choose/v|click/v|tap/v|label/v|the|a|as'],
    },
    // The same excuse tacked on after a dash or a colon, the person its implied subject: 'Poor follow-through with the
    // rinse – "forgets" most days'.
    { ...EXCUSE_QUOTED, when: ['scareQuote'], before: ['–|—|-|:|;'] },
    // The same marks around a habit or a choice the person claims, or around the reason they gave for a missed step.
    {
      match: `"|“|'|‘ ${CLAIMED_HABIT} "|”|'|’`,
      suggest: ['$2'],
      when: ['scareQuote', 'personSubject'],
      unless: ['quotesSpeech', 'speechInSentence'],
      notBefore: ['mark/v|check/v|tick/v|select/v|circle/v|enter/v|type/v|choose/v|click/v|tap/v|label/v|answer/v|answered|the|a|as|word|words|term'],
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS, 'or|and|option|box|field|column|category|status|response/n|answer/n'],
    },
    // The person's account played down, in quotation marks: 'pt was "just resting" on the floor', 'had "only two" beers',
    // 'was "just a little" dizzy'. The marks say the writer does not believe the "just".
    {
      match: `"|“|'|‘ just|only|merely #word|#num{0,2} "|”|'|’`,
      when: ['scareQuote', 'personSubject'],
      unless: ['quotesSpeech', 'speechInSentence'],
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS, 'program|programme|class|group|campaign|app|initiative|slogan|motto|sign|poster'],
    },
    // The reason for a step the person skipped, stopped or took off, in quotation marks: the marks doubt the excuse. A
    // reason for what staff or a clinic did ("surgery postponed 'because of staffing'") follows no such act.
    {
      match: REASON,
      suggest: ['$2 $3'],
      when: ['scareQuote'],
      unless: ['quotesSpeech', 'speechInSentence'],
      before: ["... stop/v|skip/v|miss/v|quit/v|remove/v|took|take/v|taking|left|leave/v|decline/v|refuse/v|didn't|did_not|won't|wouldn't|doesn't|does_not|don't|can't|couldn't|off|out|home"],
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS],
    },
    // A symptom quoted as the bare object of the report: "reports 'seizures' at home", 'family states pt is having "pain"'.
    {
      match: '"|“|\'|‘ @claimedThing "|”|\'|’',
      suggest: ['$2'],
      when: ['scareQuote', 'quotedClaim'],
      unless: ['quotesSpeech'],
      // Or as the chart's label for it: 'Morphine listed as "allergy" (itching)'.
      before: ['report/v|reported|endorse/v|endorsed|having|experiencing|complain/v_of|complaining_of', 'listed|documented|charted|recorded|labelled|labeled|coded as an?'],
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS],
    },
    // An assistance animal in quotes, as if its status were in doubt: 'Pt has a "service dog"'.
    {
      match: '"|“|\'|‘ service|support|therapy|emotional_support|assistance dog|animal|cat|pet "|”|\'|’',
      suggest: ['$2 $3'],
      unless: ['quotesSpeech'],
      before: ['has|have|had|brings|brought|with|his|her|their|a|an'],
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS],
    },
    // A quoted diagnosis naming what a drug is for: 'Takes "anxiety" meds', 'on "seizure" pills'.
    { match: QUOTED, suggest: ['$2'], when: ['scareQuote', 'quotedClaim'], unless: ['quotesSpeech'], before: ['take/v|takes|taking|took|on|using|uses|prescribed|started|stopped'], after: ['meds|medication/n|medications|medicine/n|pill/n|pills|tablets|drugs|shots|injections|inhaler/n'] },
    { match: QUOTED, suggest: ['$2'], when: ['quotedRating'], unless: ['speechInSentence'], before: ['... pain|rates|rated|rating|rate|score|scores'], notAfter: [ATTRIBUTED_AFTER, IN_WORDS] },
    // A doubt word before the quotation says the same thing twice: 'her so-called "flare"', 'his supposed "allergy"'.
    { match: QUOTED, suggest: ['$2'], when: ['scareQuote', 'quotedClaim'], unless: ['quotesSpeech'], before: ['@possessive|pts so-called|supposed|alleged|purported'] },
    // Without a possessive the doubt word still owns the quote ('Supposed "seizure" in the hallway'); "so-called" alone
    // can introduce a generic term ('So-called "growing pains" are common'), so it keeps the possessive above.
    { match: QUOTED, suggest: ['$2'], when: ['scareQuote', 'quotedClaim'], unless: ['quotesSpeech'], before: ['supposed|alleged|purported|supposedly|allegedly|purportedly'] },
    // A state the person claims, quoted in note style with "is" left out: 'Pt "too tired" for PT', 'Patient "exhausted"
    // again today'. A claimed state right after the person, with no speech verb, describes them rather than quoting them.
    {
      match: `"|“|'|‘ too|so|very|really|extremely|totally|completely? #word{0,1} @claimedThing "|”|'|’`,
      suggest: ['$2 $3 $4'],
      when: ['scareQuote'],
      unless: ['quotesSpeech'],
      before: ['pt|patient|client|he|she|they|pt_is|pt_was|patient_is|patient_was'],
      // 'Pt "sick" of the food' is an idiom of being fed up, not a symptom.
      notAfter: [ATTRIBUTED_AFTER, IN_WORDS, 'of'],
    },
  ],
  // "Has been 'too dizzy' to attend": the patient's claimed state in quotes, after a verb of being or feeling.
  // "Listed 'allergy' to tramadol": a chart entry the writer doubts.
  // "Rates her pain '10/10'": a rating in quotation marks.
  quoteExempt: false,
  docs: {
    summary: 'Short (1–3 word) quotation marks around a symptom, diagnosis, reaction or provider, with no one quoted.',
    why:
      'Putting a patient\'s "asthma" or "reaction" in quotation marks says, without saying it, that the writer does not believe it. Studies of clinical notes found such scare quotes among the main ways records question a patient\'s credibility, and they appear more often for Black patients and for women. The source text asks that every patient can trust they will be treated with respect; a quotation should either record what someone said, with attribution, or not be there.',
    prefer: 'Drop the quotation marks ("had a reaction to the kinesiology tape"), or quote in full with attribution: Pt states, "My calf feels like it is in a vice."',
    exceptions: [
      'Quoted everyday words that are not something a patient can be doubted about having (a "time crunch", the "assassin" in a family game, a "plan"): scare quotes doubt a symptom, a diagnosis, a reaction, care or a carer.',
      'Quoted wording that is reported (a reporting verb in the sentence, or the quote right after its speaker), quoted modifiers ("boomerang" shaped), operative shorthand, and quotes not used as a noun phrase the patient has.',
      'Attributed speech (a speech verb or colon nearby) and `>` blockquotes of the patient\'s words.',
      'Patient-stated goals in the patient\'s own words, and quotations in a Goals section.',
      'Names of tests, scales, exercises, programmes and settings ("Four Square Step Test", the "tilt" setting), and words discussed as words ("the term \'difficult\'").',
      'First-person fragments, which are the patient\'s words even without a speech verb.',
    ],
    sources: ['S2', 'S3'],
  },
  examples: {
    flagged: [
      'FFS, another 4am admission with {{"chest pain"}}.',
      'Back again with {{"chest pain"}}, ECG unchanged.',
      'Nocturnal {{"wheeze"}} again per the night notes.',
      'Admitted with {{"apnoeas"}} at home; none captured on monitoring.',
      'Asking for oramorph every 2 h for {{\'chest pain\'}}.',
      'Poor follow-through with the rinse – {{"forgets"}} most days.',
      'Takes {{"anxiety"}} meds and sees a {{"therapist"}} back home.',
      'Morphine listed as {{"allergy"}} (itching); has tolerated hydromorphone.',
      'Pt has a {{"service dog"}} that he brings to every appointment. => Pt has a service dog that he brings to every appointment.',
      'Requesting narcotics for {{\'back pain\'}} again.',
      'Pt developed {{"dizziness"}} as soon as we reached the stairs.',
      'Takes gabapentin 300 mg PO TID for her {{"nerve pain,"}} reports partial relief.',
      'R knee {{"stiffness"}} worse in the mornings. => R knee stiffness worse in the mornings.',
      "Back in the ED tonight with another {{'seizure'}}. => Back in the ED tonight with another seizure.",
      'PMH significant for {{"migraines"}} and hypothyroidism.',
      'Stopped the iron because of {{"stomach pain"}}.',
      'Takes ibuprofen for her {{"migraines"}} twice a week.',
      'Here again for his weekly {{"back spasm"}}.',
      'Her {{"seizures"}} appeared again on the night shift.',
      'His {{"allergy"}} shows up on the morning of every PT session.',
      'Pt endorses {{"dizziness"}} with every stand. => Pt endorses dizziness with every stand.',
      'Caregiver says he is having {{"spasms"}} at night. => Caregiver says he is having spasms at night.',
      'She reports the walker was {{"stolen"}} from the porch. => She reports the walker was stolen from the porch.',
      'Pt had a {{"reaction"}} to the kinesiology tape last week. => Pt had a reaction to the kinesiology tape last week.',
      'Takes an inhaler for her {{"asthma"}} before exercise. => Takes an inhaler for her asthma before exercise.',
      'Sees a {{"back doctor"}} in town every few months.',
      'Session cut to 20 min because of her {{"fatigue"}}.',
      'Her {{"boyfriend"}} drops her off and waits in the car.',
      'The {{"seizure episodes"}} stop when she is distracted.',
      "Apparently the patient has been {{'too dizzy'}} to attend the last three sessions.",
      'Listed {{"allergy"}} to tramadol is nausea only.',
      'She is {{"allergic"}} to every tape we have tried.',
      'Pt has {{"fibro"}} and cannot do the bike.',
      'Rates her pain {{"10/10"}} while laughing with visitors.',
      'Uses an inhaler for his {{"asthma"}} per the referral letter.',
      'His so-called {{"seizures"}} happen only during PT.',
      "Per pt, he was {{'diagnosed'}} with Lyme disease by a naturopath.",
      "Has been {{'sober'}} since the spring.",
      'Reports a {{"reaction"}} to IV contrast last year.',
      "Says he has been {{'sober'}} since spring.",
      'Pt {{"forgot"}} her walker again.',
      'Says he {{"ran out"}} of his inhaler.',
      'Pt {{"unable"}} to lift the arm during testing, yet reached for her phone.',
      'Supposed {{"seizure"}} in the hallway, witnessed by no one.',
      'Pt {{"too tired"}} for PT for the fourth day in a row. => Pt too tired for PT for the fourth day in a row.',
      'He {{"too sore"}} to walk the hallway again today.',
      'Patient {{"exhausted"}} again today; session shortened. => Patient exhausted again today; session shortened.',
      'Pt {{"tried"}} the exercises twice this week.',
      "Apparently he was {{'just sitting'}} on the stairs when his wife found him.",
      'Pt had {{"only two"}} beers before the fall.',
      'She was {{"just a little"}} dizzy, per her, yet needed mod A to stand.',
      'Pt {{"only"}} took one extra pill.',
      "Apparently she {{'can't'}} lift her arm above shoulder height during testing.",
      "He {{'didn't know'}} the clinic had moved to the second floor.",
      "Pt {{'couldn't'}} find a ride to the last two visits.",
      'Pt {{"always"}} wears the night splint, yet the strap marks are gone.',
      'Pt does the HEP {{"every day"}}; no change in ROM in four weeks.',
      "He {{'religiously'}} checks his sugars, though the meter shows no readings since Monday.",
      'Pt {{"decided"}} to stop the statin after one week.',
      'Pt {{"agreed"}} to the transfer after the team said there was no bed on the unit.',
      'Pt took the boot off {{"because it hurt"}} and walked on the fracture. => Pt took the boot off because it hurt and walked on the fracture.',
      'He skipped the last two visits {{"because of work"}}.',
      "Left the brace at home {{'because it's ugly'}}.",
    ],
    clean: [
      { text: 'The referral letter put his "back pain" in quotation marks, and the team stopped asking about it.', mode: 'reflection' },
      "Pt insists her R hand is 'back to normal'; grip 8 kg R vs 24 kg L.",
      'Pt states "my service dog is my lifeline".',
      'Seen for "pins and needles" in both feet x3 wk.',
      '"I hurt all over," reports pt.',
      { text: 'My CI rewrote my line "pt claims 10/10 pain" as "pt reports 10/10 pain".', mode: 'reflection' },
      { text: 'Day shift charted his "spells" for three days before anyone got an EEG.', mode: 'reflection' },
      'Uses the "Stepping On" app for balance practice.',
      { text: 'I noticed "fatigue" appeared in every handoff note, always with the word "just" before it.', mode: 'reflection' },
      'Pt is having "spasms" at night per wife.',
      'Pt reports "no pain" today.',
      'Pt reports "feeling good" after the session.',
      'She had a "boomerang" shaped field cut in the left eye.',
      'Gen exam reportedly "normal."',
      'Pt states, "My calf feels like it is in a vice when I sit through a lab."',
      'Patient goal: "get through my Tuesday schedule without a nap."',
      'Completed the "Four Square Step Test" in 14 s without touching the canes.',
      'Pt described the old cushion as "like sitting on a rock".',
      'These attacks tend to be set off by bills or by being on a "time crunch."',
      'She had been chosen to be the "assassin." Her children hid a toy gun in her bag.',
      'He would once have brushed off the incident with a "chuckle."',
      'Family is working on a "plan."',
      'Pt was "immune" to the cold pack, he joked.',
      'Pain "10/10" per pt, who asked for the ice pack.',
      'Reviewed the "tilt" setting on the joystick with pt and caregiver.',
      'So-called "growing pains" are common in school-age children.',
      { text: 'The chart called her "difficult", which shaped how staff approached her.', mode: 'reflection' },
      'She has what she describes as going into a "panic mode."',
      'Describes the pain as "burning".',
      'Pt said, "I forgot."',
      'Pt "too tired" per daughter, who asked to reschedule.',
      'Pt: "too tired today, maybe tomorrow."',
      'Pt "sick" of the hospital food, asking for takeout.',
      'Mark "lost" on the equipment form if the item is missing.',
      "Pt said, 'I can't do this today.'",
      "Pt: 'can't, too tired.'",
      'Pt states she "never" misses a dose.',
      'He says he took the brace off "because it itched".',
      'Tick "agreed" or "declined" on the consent form.',
      'Pt "always" per wife, who fills the pill box.',
      'Sign reads "Always wash hands" at the entrance.',
      'Pt decided "because I want to be home for Christmas" to go home on hospice.',
      'The motto "never give up" hangs in the gym.',
      'Pt said she was "just resting" when she slid to the floor.',
      'He has joined the "Just Walk" group at the senior center.',
      'Describes the pain as "just aching" in the evenings.',
      "Surgery was postponed 'because of staffing' per the OR desk.",
      'Pt stopped the statin "because of leg cramps," she explained.',
    ],
  },
});
