/**
 * sud.clean-dirty — "clean/dirty" drug tests and "been clean".
 */
import { defineRule } from '../define.ts';
import type { TermDefaults } from '../../terms/terms.ts';

const TEST_MESSAGE = '"{match}": "clean" and "dirty" describe people and bodily fluids as good or soiled. Report the result: "negative" or "positive (for …)".';
const PERSON_MESSAGE = '"{match}" implies that someone who uses substances is dirty. Say "in recovery", "not using (substance) since …", or "in remission".';
/** Tests that are always drug tests. */
const DRUG_TEST = 'uds|udt|utox|urine_tox|urine_screen/n|tox|toxicology|tox_screen/n|toxicology_screen/n|drug_screen/n|drug_test/n|urine_drug_screen/n|urine_drug_test/n';
/** Urine, UA and a bare "specimen" are also about infection and clean-catch collection: only in substance-use context. */
const OTHER_TEST = 'ua|u_/_a|urinalysis|urinalyses|screen/n|specimen/n|sample/n|result/n|test/n|test_result/n';
/** A span of time or of visits after a urine result ("x 3 months", "for 6 wks", "every visit"). */
const URINE_RUN = 'x|for|over|in|the_last|the_past #num|several|many|six|three|two|four|five #word? week/n|month/n|year/n|wk|wks|mo|mos|yr|yrs|visit/n';
/** A result counted against earlier ones ("again", "this week", "for the first time", "x 3"). */
const MONITORING = 'this_week|this_month|this_time|this_visit|last_week|last_visit|for_the_first_time|every_week|every_visit|each_week|each_visit|at_last|finally';
const VERDICT = 'was|is|were|are|came_back|returned|remains|remained|has_been?';
/** "Been clean" ends its clause or goes on with time: "for 2 years", "since May", "and sober". */
const CLEAN_TIME = ['and sober', 'for|since|now|off|from|of|ever|x|#num|x1|x2|x3|x4|x5|x6|x7|x8|x9|x10|x11|x12|x18|x24', 'in|by 19|20 +#int', 'in|by #int', 'in|at|after|through|during rehab|detox|residential|jail|prison|recovery'];
const STAYED_CLEAN = 'has_been|have_been|had_been|been|stay/v|remain/v|got|get/v|gotten|went|going|is|was|are|were|be|being|keep/v|kept completely|totally|fully|now|mostly? clean';
/** Test terms are fixed safely; none of them is clean-catch collection. */
const TEST: TermDefaults = { message: TEST_MESSAGE, fix: 'safe', notAfter: ['-? catch'] };
/** A person term: not a wound, a technique or a room, and a person (or substance use) is what the sentence is about. */
const PERSON: TermDefaults = { message: PERSON_MESSAGE, fix: 'none', unless: ['hygiene'] };

export default defineRule({
  id: 'sud.clean-dirty',
  family: 'substance-use',
  severity: { clinical: 'warning', reflection: 'warning' },
  terms: [
    { match: `clean ${DRUG_TEST}`, suggest: ['negative $2'], ...TEST },
    { match: `dirty ${DRUG_TEST}`, suggest: ['positive $2'], ...TEST },
    { match: `clean ${OTHER_TEST}`, suggest: ['negative $2'], ...TEST, when: ['sudContext'] },
    { match: `dirty ${OTHER_TEST}`, suggest: ['positive $2'], ...TEST, when: ['sudContext'] },
    { match: 'clean urine/n', suggest: ['negative urine drug test/n'], ...TEST, when: ['sudContext'] },
    { match: 'dirty urine/n', suggest: ['positive urine drug test/n'], ...TEST, when: ['sudContext'] },
    // "Clean urine today, first time since intake", "Dirty urine again this week": a verdict opening the fragment and
    // dated like a result. Not a specimen ("Clean urine sample collected", "clean urine collection technique").
    { match: 'clean urine/n|ua|uas', suggest: ['negative urine drug test/n'], ...TEST, notBefore: ['#word'], after: ['today|again|yesterday|this_week|this_month|this_visit|last_week|last_month|last_time|on|since|at_last|finally|,|x|×|for|#alnum'], when: ['sentenceStart'] },
    { match: 'dirty urine/n|ua|uas', suggest: ['positive urine drug test/n'], ...TEST, notBefore: ['#word'], after: ['today|again|yesterday|this_week|this_month|this_visit|last_week|last_month|last_time|on|since|at_last|finally|,|x|×|for|#alnum'], when: ['sentenceStart'] },
    // "Urine clean x 2 visits": the verdict after the test, over a run of results.
    { match: 'urine|urines|ua|uas clean', suggest: ['$1 negative'], ...TEST, after: [URINE_RUN] },
    // A result reported back as "clean" ("His urine came back clean, so the team finally believed his pain"); a culture
    // or a clean catch names a specimen, not a drug test.
    { match: 'urine|urines|uds|utox|tox|tox_screen|drug_screen|drug_test [ came_back|comes_back|come_back clean ]', suggest: ['came back negative'], ...TEST, notBefore: ['culture|cx|catch'], notAfter: ['-? catch', 'for_infection|of_infection|of_bacteria'] },
    // An expected result: "her urine would come back clean this time".
    { match: 'urine|urines|uds|utox|tox|tox_screen|drug_screen|drug_test will|would|might|should|could [ come_back clean ]', suggest: ['come back negative'], ...TEST, notBefore: ['culture|cx|catch'], notAfter: ['-? catch', 'for_infection|of_infection|of_bacteria'] },
    { match: 'urine|urines|ua|uas dirty', suggest: ['$1 positive'], ...TEST, after: [URINE_RUN] },
    // "Clean urine on Monday's screen": a screen in the same clause makes it a drug test.
    { match: 'clean urine/n', suggest: ['negative urine drug test/n'], ...TEST, after: ['screen/n ...'] },
    { match: 'dirty urine/n', suggest: ['positive urine drug test/n'], ...TEST, after: ['screen/n ...'] },
    // A result the person had, got or gave: "She had a clean urine for the first time in months". A sample collected
    // clean ("gave a clean urine sample") is a clean-catch specimen.
    { match: 'had|got|gave|produced|has a [ clean urine|ua ]', suggest: ['negative urine drug test'], ...TEST, notAfter: ['-? catch', 'sample/n|specimen/n|collection/n|culture/n|cup/n'] },
    // "Clean urine x 3 months", "dirty UAs for 6 months": a run of results over time is drug monitoring, not a clean-catch
    // specimen; and "clean urines" in the plural is the monitoring jargon itself.
    { match: 'clean urine/n|ua|uas', suggest: ['negative urine drug test/n'], ...TEST, after: [URINE_RUN] },
    { match: 'dirty urine/n|ua|uas', suggest: ['positive urine drug test/n'], ...TEST, after: [URINE_RUN] },
    { match: 'clean urines|uas', suggest: ['negative urine drug tests'], ...TEST, notAfter: ['-? catch', 'culture/n|specimen/n|sample/n|collection/n'] },
    { match: 'dirty urines|uas', suggest: ['positive urine drug tests'], ...TEST, notAfter: ['-? catch', 'culture/n|specimen/n|sample/n|collection/n'] },
    { match: `${DRUG_TEST} ${VERDICT} clean`, suggest: ['$1 $2 negative'], ...TEST },
    { match: `${DRUG_TEST} ${VERDICT} dirty`, suggest: ['$1 $2 positive'], ...TEST },
    { match: `urine|ua ${VERDICT} clean`, suggest: ['$1 $2 negative'], ...TEST, when: ['sudContext'] },
    // "Urine came back clean this week", "UA clean again": a result dated against earlier ones is drug monitoring;
    // a urine test for infection says what it found ("no leukocytes", "culture pending").
    { match: `urine|urines|ua|uas ${VERDICT} clean`, suggest: ['$1 $2 negative'], ...TEST, after: [MONITORING, 'x #num'], unless: ['urineInfection'] },
    { match: `urine|ua ${VERDICT} dirty`, suggest: ['$1 $2 positive'], ...TEST, when: ['sudContext'] },
    // "Dirty for fentanyl", "tested dirty": the result said of a test or of the person; "clean for opioids" likewise.
    { match: 'dirty for @substance', suggest: ['positive for $3'], ...TEST, notBefore: ['wound|incision|site|skin|dressing'] },
    { match: 'clean for @substance', suggest: ['negative for $3'], ...TEST, notBefore: ['wound|incision|site|skin|dressing'] },
    { match: 'test/v|screen/v|pop/v dirty', suggest: ['test/v positive'], ...TEST },
    { match: 'test/v|screen/v clean', suggest: ['test/v negative'], ...TEST, when: ['sudContext'] },
    { match: 'clean and|& sober', message: PERSON_MESSAGE, suggest: ['in recovery'] },
    { match: 'sober and|& clean', message: PERSON_MESSAGE, suggest: ['in recovery'], unless: ['hygiene'], notAfter: ['+-', 'shaven|clothes|clothing|shirt|gown|appearance|and_dry|and_tidy|and_neat|and_well-groomed'] },
    { match: 'clean time|date', message: PERSON_MESSAGE, suggest: ['time in recovery'] },
    // "Clean for 18 months, attends NA", "Now clean since May": a fragment with the person as its implied subject.
    // Only with substance-use words in the sentence, or a span of months or years, which a wound is not clean for.
    { match: 'now|still|currently? clean', ...PERSON, notBefore: ['#word'], after: CLEAN_TIME, when: ['sentenceStart', 'sudContext'] },
    { match: 'now|still|currently? clean', ...PERSON, notBefore: ['#word'], after: ['for|x|over #num|#word|several|many month/n|year/n|yr|yrs|mo|mos'], when: ['sentenceStart'] },
    // A later clause of a history line: "Hx of IV drug use, clean for 2 years", "used heroin; now clean since May".
    { match: 'now|still|currently? clean', ...PERSON, before: [',|;|and|but'], after: CLEAN_TIME, when: ['sudContext'] },
    { match: STAYED_CLEAN, ...PERSON, notAfter: ['#word'], when: ['personSubject'] },
    // With how long ("she'd been clean for a year"), a person's "clean" is abstinence even where a wound or an injury is
    // named in the sentence; a wound that stays clean for a week is the thing the sentence is about.
    { match: STAYED_CLEAN, ...PERSON, after: CLEAN_TIME, when: ['personSubject'], unless: ['thingSubject'] },
    // A length of time before it: "relapsed on meth after 4 mo clean", "90 days clean", "two years clean and sober".
    { match: '[ clean ]', before: ['#num|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a_few|several|many day|days|d|week|weeks|wk|wks|month|months|mo|mos|year|years|yr|yrs'], ...PERSON, unless: ['hygiene', 'thingSubject'] },
    // A test demanded of the person to show they are not using: "made to give a urine sample to prove he's clean".
    { match: "prove/v|show/v|confirm/v|check/v that? he's|she's|they're|he’s|she’s|they’re|he_is|she_is|they_are|he_was|she_was|they_were [ clean ]", ...PERSON, notAfter: ['and_dry|and_comfortable|and_tidy|and_dressed|and_changed|of|from'], before: ['... urine|urines|uds|tox|drug_screen|drug_test|breathalyser|breathalyzer'] },
    // In substance-use context the person sense holds whatever follows ("Stayed clean through pregnancy, UDS negative each visit").
    { match: STAYED_CLEAN, ...PERSON, when: ['sudContext'] },
  ],
  docs: {
    summary: '"Clean" or "dirty" drug tests and urine, and "been clean" for a person not using substances.',
    why:
      'Calling a test "dirty" or a person "clean" borrows the language of soiling and shame, and it implies that someone who uses drugs is dirty. A drug test has a result, negative or positive, and recovery has a duration. The source text asks clinicians to meet people where they are and to bring respect to every interaction; plain results do both.',
    prefer: '"UDS negative", "urine drug test positive for fentanyl", "in recovery since 2021", "not using alcohol for 8 months", "in remission".',
    exceptions: [
      'Wound care and hygiene: "clean and dry", "clean technique", "clean-contaminated wound", "wound bed clean".',
      '"Clean-catch urine", "clean intermittent catheterization" and urine tests about infection rather than drugs.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S20'],
  },
  examples: {
    flagged: [
      '{{Dirty urine}} last week, so back to daily supervised pick-up.',
      'Made to give a urine sample to prove he\'s {{clean}} before diazepam was restarted.',
      '{{Urine screen clean}} this month.',
      'Returned to meth use after 4 mo {{clean}}, now in IOP.',
      { text: 'She told me she\'d {{been clean}} for a year since her spinal cord injury.', mode: 'reflection' },
      { text: 'He promised his UDS would {{come back clean}} next week. => He promised his UDS would come back negative next week.', mode: 'reflection' },
      '{{Clean urine}} x2 now; eligible for Sunday take-homes.',
      { text: 'Her urine {{came back clean}} for the second month.', mode: 'reflection' },
      'Hx of heroin use, {{clean}} for 2 years.',
      '{{Clean urine}} today, first time since intake. => Negative urine drug test today, first time since intake.',
      '{{Urine clean}} x 2 visits. => Urine negative x 2 visits.',
      'Pt {{got clean}} in 2019.',
      'Positive UDS, {{dirty for fentanyl}}. => Positive UDS, positive for fentanyl.',
      'She {{tests clean}} on every UDS. => She tests negative on every UDS.',
      '{{Clean}} for 18 months, attends NA weekly.',
      '{{Clean urine}} x 3 months per clinic. => Negative urine drug test x 3 months per clinic.',
      '{{Stayed clean}} through pregnancy, UDS negative each visit.',
      '{{Got clean}} in rehab two years ago.',
      '{{Clean UDS}} on 3/2; continues buprenorphine. => Negative UDS on 3/2; continues buprenorphine.',
      'Had a {{dirty urine}} for fentanyl last month. => Had a positive urine drug test for fentanyl last month.',
      'Pt {{has been clean}} for 18 months and attends NA.',
      'States he {{has been clean}} x9 mo, attends meetings.',
      'She had a {{clean urine}} for the first time since March. => She had a negative urine drug test for the first time since March.',
      '{{Tox screen came back dirty}} for cocaine. => Tox screen came back positive for cocaine.',
      'She is {{clean and sober}} since 2021.',
      'Been {{sober and clean}} since 2020. => Been in recovery since 2020.',
      '{{Urine came back clean}} this week. => Urine came back negative this week.',
      '{{UA clean}} for the first time since intake. => UA negative for the first time since intake.',
      { text: 'He was a junkie in his twenties but {{has been clean}} for a decade.', mode: 'reflection' },
      'Her sister says she has {{stayed clean}} since the last admission.',
      'Pt {{remains clean}} per his sponsor.',
    ],
    clean: [
      'Washed after the incontinence episode; checked she\'s clean and dry.',
      'Wound 3 days clean, granulating well.',
      'The incision has been clean for 3 days, no drainage.',
      'Urine culture came back clean.',
      'Urine culture came back clean after the antibiotic course.',
      'He gave a clean urine sample for culture before the first antibiotic dose.',
      'Clean urine sample collected for culture; clean urine collection technique reviewed.',
      'Wound got clean in 2 weeks with debridement.',
      'Clean for 3 days, granulating.',
      'Clean urine specimen collected for UA and culture x 2.',
      'Tested clean for MRSA on admission swab.',
      'Clean x 3 days per wound nurse.',
      'Incision clean and dry; steri-strips intact.',
      'Performed clean intermittent catheterization with supervision.',
      'Clean-catch urine sent for culture.',
      'Wound bed clean with red granulation tissue.',
      'UDS negative; in recovery since 2021.',
      'Clean technique used for the dressing change.',
      'Pt said, "I\'ve been clean for two years and I want to stay that way."',
      'Repeat UA came back clean this week, no leukocytes or nitrites.',
      'Sober and clean-shaven at today\'s visit; pt sober and clean clothes on.',
      'Urine culture came back clean; UA clean after the course of nitrofurantoin.',
      'Clean-catch UA came back clean this week.',
      'Put a clothing protector on her at lunch so her blouse stays clean.',
      'Hair kept clean and short at her request; nails trimmed.',
      'Tucked a towel at his collar so the gown would stay clean during the swallow study.',
      'Glasses kept clean by his wife; he cannot reach the cloth.',
    ],
  },
});
