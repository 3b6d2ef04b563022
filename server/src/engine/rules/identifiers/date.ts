/**
 * phi.date — dates more specific than the year, and ages over 89 (Safe Harbor).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY } from './patterns.ts';

/** Month names as written (capitalised: "may 5 reps" is not a date); the day and year are checked by the date conditions. */
const MONTH = '=Jan|=January|=Feb|=February|=Mar|=March|=Apr|=April|=May|=Jun|=June|=Jul|=July|=Aug|=August|=Sep|=Sept|=September|=Oct|=October|=Nov|=November|=Dec|=December';
/** A day of the month spelled out ("the twenty-first of June", "June third"). */
const SPELLED_DAY = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first';
/** A day as written: 14, 14th, 3rd. */
const DAY = '#int|#word';
const DATE_MESSAGE = `This is a date more specific than the year. ${DEIDENTIFY} Keep the year, or use relative time ("week 3 of placement").`;
const AGE_MESSAGE = 'Ages over 89 are rare enough to identify someone; Safe Harbor groups them as "90 or older" (e.g. "a woman aged 90 or older").';
/**
 * After a month/day, what makes it part of a longer number ("3/14/25", "3/14.25") or a fraction or a count
 * ("1/2 of sessions", "4/5 trials"). A full stop alone ends the sentence: "We met on 2/14." is a date.
 */
const MONTH_DAY_NOT_AFTER = ['+/', '+. +#int', 'of|trial/n|attempt/n|rep/n|set/n|session/n|visit/n|day/n|x|times|occasions'];
/** After an age, what makes the number a measure instead ("98 bpm", "95%"); after "aged" or "turned", "on" is the day ("turned 94 on the unit"). */
const NOT_AN_AGE_AFTER_AGED = '%|percent|kg|lb/n|ft|feet|in|cm|mm|m|bpm|beats|degrees|°|/|mmhg|sec|s|min|points';
/** Elsewhere "on" is what a reading was taken on ("is now 95 on 2 L"). */
const NOT_AN_AGE = `${NOT_AN_AGE_AFTER_AGED}|on`;

export default defineRule({
  id: 'phi.date',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  message: DATE_MESSAGE,
  defaults: { suggest: ['[date removed]'], fix: 'suggest' },
  terms: [
    // "DOB" or "date of birth" with a date after it.
    {
      match: [
        `dob|d_._o_._b_.|d_._o_._b|date_of_birth|birth_date|birthdate|birthday :|=|-? is|was|on? #int +/|-|.|#int{0,4}`,
        `dob|d_._o_._b_.|d_._o_._b|date_of_birth|birth_date|birthdate|birthday :|=|-? is|was|on? #num`,
        `dob|d_._o_._b_.|d_._o_._b|date_of_birth|birth_date|birthdate|birthday :|=|-? is|was|on? ${MONTH} .? ${DAY} ,? #int?`,
        `dob|d_._o_._b_.|d_._o_._b|date_of_birth|birth_date|birthdate|birthday :|=|-? is|was|on? ${DAY} of? ${MONTH} ,? #int?`,
      ],
      suggest: ['[date of birth removed]'],
      message: `A date of birth identifies the person. ${DEIDENTIFY} Give an age range instead ("in his twenties").`,
    },
    // Not a numbered part of a document or a standard ("Section 1.10.12", "version 2.11.20").
    { match: ['#int +/|- +#int +/|- +#int', '#num'], when: ['numericDate'], notBefore: ['section/n|chapter/n|version/n|v|ver|step/n|item/n|table/n|figure/n|fig|appendix|§|standard/n|criterion|criteria|objective/n|page/n|p|pp|no|#'] },
    // The month named between hyphens, as many record systems print it: "14-Mar-2026", "Mar-14-2026".
    { match: [`#int +- +${MONTH} +- +#int`, `${MONTH} +- +#int +- +#int`], when: ['namedDate'] },
    { match: [`${MONTH} .? ${DAY} , #int`, `${MONTH} .? #num`, `${MONTH} .? ${DAY} #int`, `${MONTH} .? ${DAY}`, `${DAY} of? ${MONTH} .? ,? #int`, `${DAY} of? ${MONTH}`], when: ['namedDate'] },
    // The day spelled out: "admitted on the twenty-first of June", "met on June third, 2024".
    { match: [`${SPELLED_DAY} of ${MONTH}`, `${MONTH} the? ${SPELLED_DAY}`] },
    // A month/day without a year only after a date word ("on 3/14", "DOB 3/14"); "seen 1/2 of sessions" is a fraction.
    {
      // A weekday is a date word too: "discharged him Monday, 3/17".
      match: 'on|dob|dos|since|until|through|from|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri :|,? #int +/ +#int',
      when: ['cuedMonthDay'],
      notAfter: MONTH_DAY_NOT_AFTER,
    },
    // A month/day naming an event of the stay after a determiner: "the 4/2 admission date", "his 3/14 discharge" (not
    // "1/2 tab", a dose, nor "1/2 session" without one).
    {
      match: 'the|his|her|their|our|my [ #int +/ +#int ] admission|discharge|surgery|operation|procedure|visit|appointment|appt|session|eval|evaluation|fall|injury|delivery|date|note|labs|x-ray|ct|mri|transfer|readmission',
      when: ['cuedMonthDay'],
    },
    // A second month/day joined to a cued one: "on 4/22 and 4/29", "from 3/2 to 3/9".
    {
      match: 'on|since|until|through|from|between|dob|dos :|,? #int +/ +#int and|or|&|,|to|through|- [ #int +/ +#int ]',
      when: ['cuedMonthDay'],
      notAfter: MONTH_DAY_NOT_AFTER,
    },
    // A deadline or a bound is a date word too: "by 3/20 he was listed", "until 4/2". After a change ("reduced by 1/2",
    // "down by 1/3") it is a fraction.
    {
      match: 'by|before|after|till :|,? #int +/ +#int',
      when: ['cuedMonthDay'],
      notBefore: ['increase/v|decrease/v|reduce/v|improve/v|decline/v|drop/v|rise/v|rose|fall/v|fell|cut/v|multiply/v|divide/v|change/v|lower/v|raise/v|gain/v|lose/v|lost|grow/v|grew|shrink/v|shrank|down|up|off|only|approximately|about|roughly|nearly|almost'],
      notAfter: MONTH_DAY_NOT_AFTER,
    },
    // After an event of the stay only the date is reported, so the fix keeps the event ("went home [date removed]"):
    // "admitted 2/9", "went home 2/23", "transferred 3/2", "fell 12/24". (Not "started"/"stopped": "started 1/2 tab" is a dose.)
    {
      match: 'admitted|admission|discharged|seen|born|dated|home|returned|arrived|transferred|readmitted|injured|fell|died|surgery|operated|visited :? [ #int +/ +#int ]',
      when: ['cuedMonthDay'],
      notAfter: MONTH_DAY_NOT_AFTER,
    },
    {
      match: `${MONTH} .? ,? #int`,
      when: ['monthYear'],
      severity: 'info',
      message: `A month and year is a date element. ${DEIDENTIFY} Keep the year, or use relative time.`,
    },
    // Ages of 90 and over: "94 years old" → "90 or older", "aged 94" → "aged 90 or older"; "94-year-old" needs a rewrite.
    { match: '#int years|year old', when: ['age90'], notAfter: [NOT_AN_AGE], suggest: ['90 or older'], message: AGE_MESSAGE },
    { match: '#int -? y_/_o|yo|y_._o_.|y_._o|yr|yrs|year-old|years-old|yr-old|yrs-old', when: ['age90'], notAfter: [NOT_AN_AGE], suggest: [], fix: 'none', message: AGE_MESSAGE },
    // "on" after "is now 95" is a saturation on oxygen ("is now 95 on 2 L"); after "turned 94" it is the day ("turned 94 on the unit").
    // The person's age as a predicate, closing its clause: "Mr. Baptiste was 91 and had been on dialysis …", "she is 93, …".
    // The person may be named with an initial ("Jolene K. was 91 and …") or picked out by the writer ("The oldest patient I
    // met was 94 and …"), or named in apposition ("My patient, Teodora, was 92 and …").
    { match: '[ #int ] and|,|.|;|but|when|so|at_the_time', before: ['@subject|@pronoun|@relative is|was|turned|turns', "he's|she's|he’s|she’s|they're|they’re", 'oldest|eldest @subject|@person #any{0,4} is|was|turned|turns', 'mr|mrs|ms|mx .? #cap is|was|turned|turns', '#cap #upper . is|was|turned|turns', '@subject , #cap , is|was|turned|turns', '@namedRole who|that? =I|we met|saw|treated|had|visited|cared_for|worked_with|evaluated|admitted today|yesterday|there|that_day|last_week? is|was'], when: ['age90'], suggest: ['90 or older'], fix: 'suggest', message: AGE_MESSAGE },
    { match: 'who_is|who_was|is_now :? #int', when: ['age90'], notAfter: [NOT_AN_AGE], suggest: ['$1$2 90 or older'], message: AGE_MESSAGE },
    { match: 'aged|age|age_of|turned|turns :? #int', when: ['age90'], notAfter: [NOT_AN_AGE_AFTER_AGED], suggest: ['$1$2 90 or older'], message: AGE_MESSAGE },
    // The birthday ahead or just had: "so proud to turn 93", "will turn 91 in May", "turning 95 next week" (not "turn 90
    // degrees", "turn 180°").
    { match: 'to|will|would|about_to|going_to|just turn [ #int ]', when: ['age90'], notAfter: [NOT_AN_AGE, 'degree/n|deg|°|percent|%'], suggest: ['90 or older'], fix: 'none', message: AGE_MESSAGE },
    { match: 'turning [ #int ]', when: ['age90'], notAfter: ['%|percent|kg|lb/n|ft|feet|cm|mm|bpm|beats|degree/n|deg|°|/|mmhg|sec|min|points'], before: ['@subject|@pronoun|@relative @be|just|soon?', 'about|before|after|since|on|when'], suggest: ['90 or older'], fix: 'none', message: AGE_MESSAGE },
    // "93 years of age", the hospital-report form of the same age.
    { match: '#int years|yrs|y of age', when: ['age90'], fix: 'none', suggest: [], message: AGE_MESSAGE },
    // "At 93 she still gardens", "At 94, he lives alone": an age opening the sentence with the person after it
    // (not "HR at 96, RR 20", where a measure comes first).
    { match: 'at [ #int ] ,? @subject|@pronoun', notBefore: ['#word|#num|;|:|,'], when: ['age90'], suggest: ['90 or older'], fix: 'suggest', message: AGE_MESSAGE },
    // An age set off after the person it belongs to: "her grandfather, 94, lives with them", "Mr. Lee (92)".
    // Or after a name with its title: "Mrs. Abernathy, 91, asked me …", "Mr. K, 92, told me", with a bracketed aside
    // between: "Mr. Haldane (MRN 55102984), 91, and his stories".
    {
      match: ['@namedRole|@relative|@person , [ #int ] ,|and|who|lives|is|was', '@namedRole|@relative|@person ( [ #int ] )', '=Mr|=Mrs|=Ms|=Mx|=Miss .? #cap|#upper , [ #int ] ,|and|who|lives|is|was', '=Mr|=Mrs|=Ms|=Mx|=Miss .? #cap|#upper ( [ #int ] )', '=Mr|=Mrs|=Ms|=Mx|=Miss .? #cap|#upper ( #any{1,6} ) , [ #int ] ,|and|who|lives|is|was'],
      when: ['age90'],
      fix: 'none',
      suggest: [],
      message: AGE_MESSAGE,
    },
    // A weekday and its day of the month: "met on Tuesday the 14th".
    { match: 'monday|tuesday|wednesday|thursday|friday|saturday|sunday ,? the [ #word ]', when: ['ordinalDay'], notAfter: ['floor|grade|time|visit/n|session/n|week/n|day/n|trial/n|attempt/n|ward|wing|level/n|round/n|dose/n|cycle/n|period/n|shift/n|place'] },
    // A day of the month standing alone after "on", "since", "by": "had a fall on the 14th", "home since the 3rd" (not
    // "on the 2nd floor", "by the 5th session", "the 3rd time", "on the 14th of the list").
    ...[{ after: ['.|,|;|:|!|?|)|—|–|and|but|when|while|so|because|at|in|to|from|with|after|before|until|she|he|they|we|i'] }, { notAfter: ['#any'] }].map((end) => ({
      match: 'on|since|until|till|by|before|after|from the [ #word ]',
      when: ['ordinalDay' as const],
      ...end,
    })),
    // "her 95th birthday" says the age as plainly as "95 years old".
    { match: '[ #word ] birthday', when: ['ordinalAge90'], fix: 'none', suggest: [], message: AGE_MESSAGE },
    // "He is 93 and still drives": a person as the subject, so "HR is 95" and "SpO2 was 92" are not ages.
    { match: '@subject is|was [ #int ]', when: ['age90'], notAfter: [NOT_AN_AGE, 'over|under|/|-|+|.'], suggest: ['90 or older'], message: AGE_MESSAGE },
  ],
  docs: {
    summary: 'Dates more specific than the year (birth, admission, discharge, service dates), "DOB", and ages of 90 or over.',
    why:
      'Safe Harbor allows the year but not the month or day of dates about the person, and asks for ages over 89 to be grouped as "90 or older". A date of service plus a place and a rare condition can be enough to identify Naren; relative time ("week 3 of placement") tells the learning story just as well.',
    prefer: 'The year alone, or relative time: "in week 3 of my placement", "two weeks after admission"; "90 or older" for ages over 89.',
    exceptions: [
      'Years alone ("in 2025"), relative time ("week 3", "POD 2").',
      'Fractions and scores: MMT "3/5", pain "6/10", "4/5 trials".',
      'A month and day without a year or a date word before it ("3/14" on its own).',
    ],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'He\'s {{92}} and still drives to the shops.', mode: 'reflection' },
      { text: 'He was admitted {{on 14/03}} after his mum found him.', mode: 'reflection' },
      { text: 'Our oldest patient of the day was {{94}} and still drove herself to clinic.', mode: 'reflection' },
      { text: 'I will not forget Mr. Haldane (a retired welder), {{91}}, and his stories about the shipyard.', mode: 'reflection' },
      { text: 'I left out the {{3/14}} discharge date in my final draft.', mode: 'reflection' },
      { text: 'She came back to clinic {{on 5/20}} for her splint.', mode: 'reflection' },
      { text: 'My patient, Teodora, was {{92}} and still walked to the chapel every morning. => My patient, Teodora, was 90 or older and still walked to the chapel every morning.', mode: 'reflection' },
      { text: 'We met {{on 6/11}} and {{6/18}} for her knee.', mode: 'reflection' },
      { text: 'My patient was {{93}} and still living alone. => My patient was 90 or older and still living alone.', mode: 'reflection' },
      { text: 'The oldest resident I visited was {{96}} and still played cards every night. => The oldest resident I visited was 90 or older and still played cards every night.', mode: 'reflection' },
      { text: 'Mr. Okafor, {{93}}, told me about the war.', mode: 'reflection' },
      { text: 'She {{turned 96}} on the ward, and we sang for her.', mode: 'reflection' },
      { text: 'Our first session was on {{22-Jun-2025}}, the week after her surgery.', mode: 'reflection' },
      { text: 'Visit date {{4.22.25}}; she walked in with her new AFO.', mode: 'reflection' },
      { text: 'He was admitted on the {{twenty-first of June}} and went home a week later. => He was admitted on the [date removed] and went home a week later.', mode: 'reflection' },
      { text: 'We met on {{June third}} for the first time.', mode: 'reflection' },
      { text: 'I first saw him on {{3/14/2025}} in the outpatient clinic. => I first saw him on [date removed] in the outpatient clinic.', mode: 'reflection' },
      { text: 'He was admitted {{14 March 2025}} after a fall. => He was admitted [date removed] after a fall.', mode: 'reflection' },
      { text: 'Evaluation on {{March 3rd}}; re-eval planned. => Evaluation on [date removed]; re-eval planned.', mode: 'reflection' },
      { text: '{{DOB: 01/02/2005}} => [date of birth removed]', mode: 'reflection' },
      { text: 'His grandmother is {{94 years old}} and lives with them. => His grandmother is 90 or older and lives with them.', mode: 'reflection' },
      { text: 'Her father, {{who is 92}}, came to the session. => Her father, who is 90 or older, came to the session.', mode: 'reflection' },
      { text: 'At {{94}}, she still walks to the shops. => At 90 or older, she still walks to the shops.', mode: 'reflection' },
      { text: 'Her grandfather, {{91}}, lives with them; he is {{92 years of age}} by next spring.', mode: 'reflection' },
      { text: 'We celebrated her {{95th}} birthday on the unit.', mode: 'reflection' },
      { text: 'We discharged him {{Monday, 3/17}}; we had met on Tuesday the {{14th}}.', mode: 'reflection' },
      { text: 'At the {{age of 96}} she had never been in hospital. => At the age of 90 or older she had never been in hospital.', mode: 'reflection' },
      { text: 'Labs were drawn on {{February 6,2007}} before the visit. => Labs were drawn on [date removed] before the visit.', mode: 'reflection' },
      { text: 'She was discharged {{03.12.25}} with a walker. => She was discharged [date removed] with a walker.', mode: 'reflection' },
      { text: 'We met again {{on 3/21}} for the seating assessment. => We met again [date removed] for the seating assessment.', mode: 'reflection' },
      { text: 'We met {{on 2/14}}.', mode: 'reflection' },
      { text: 'She was admitted {{2/9}} and went home {{2/23}} with her sister. => She was admitted [date removed] and went home [date removed] with her sister.', mode: 'reflection' },
      { text: 'She was so proud to turn {{93}} last week and still walks to church.', mode: 'reflection' },
      { text: 'He will turn {{91}} next month and wants to walk at the party.', mode: 'reflection' },
      { text: 'She is turning {{95}} on Sunday; her son is flying in.', mode: 'reflection' },
      { text: 'Her son called to say she had a fall on the {{14th}}.', mode: 'reflection' },
      { text: 'He has been home since the {{3rd}} and sleeps in the recliner.', mode: 'reflection' },
      { text: 'We have not seen her since the {{22nd}}, when her daughter took her home.', mode: 'reflection' },
    ],
    clean: [
      { text: 'She scored 14/30 on the MoCA.', mode: 'reflection' },
      { text: 'The patient\'s HR was 94 and regular after the walk.', mode: 'reflection' },
      { text: 'Her score went up from 8/20 to 14/20 over the term.', mode: 'reflection' },
      { text: 'His sat was 92 and rose to 96 on 2 L.', mode: 'reflection' },
      { text: 'His MoCA went from 19/30 to 23/30 over the month.', mode: 'reflection' },
      { text: 'I reread section 2.10.14 of the practice act before the session.', mode: 'reflection' },
      { text: 'It was the first of many sessions; the third of five visits.', mode: 'reflection' },
      { text: 'Hip abductors 3/5; pain 6/10 at worst; 4/5 trials successful.', mode: 'reflection' },
      { text: 'He fell 2/3 attempts at home; she left home 3/4 of the time.', mode: 'reflection' },
      { text: 'Since 3/4. Seen 1/2 of sessions.', mode: 'reflection' },
      { text: 'In week 3 of placement (2025) I led my first evaluation.', mode: 'reflection' },
      { text: 'BP 120/80; ROM 0-120; score 22/28 on the Tinetti.', mode: 'reflection' },
      { text: 'A 20-year-old student; may 5 reps be enough?', mode: 'reflection' },
      { text: 'His HR, which is 92 at rest, turned 98 bpm with effort; SpO2 is now 95%.', mode: 'reflection' },
      { text: 'Seen 1/2 of scheduled sessions; on 2/3 trials he needed cues.', mode: 'reflection' },
      { text: 'See section 1.2.10 of the protocol; gait speed 1.05 m/s.', mode: 'reflection' },
      { text: 'HR at 96, he was short of breath; SpO2 fell, and at 92 she stopped; her 21st birthday is next week.', mode: 'reflection' },
      { text: 'I asked him to turn 90 degrees to the left; he had to turn 180° to sit.', mode: 'reflection' },
      { text: 'By the 5th session she walked unaided; on the 2nd floor the lift was out.', mode: 'reflection' },
      { text: 'It was the 3rd time she fell; grip strength at the 10th percentile.', mode: 'reflection' },
      { text: 'The 14th step of the protocol is the hardest.', mode: 'reflection' },
    ],
  },
});
