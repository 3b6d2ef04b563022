/**
 * phi.address — street addresses, PO boxes, city + ZIP, and the town a person lives in.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, STATE } from './patterns.ts';

/** Street types as written ("St", "Avenue"); "3 Sit To Stand trials" has none. */
const SUFFIX = '=St|=Street|=Ave|=Avenue|=Rd|=Road|=Blvd|=Boulevard|=Dr|=Drive|=Ln|=Lane|=Ct|=Court|=Way|=Pl|=Place|=Ter|=Terrace|=Pkwy|=Parkway|=Hwy|=Highway|=Cir|=Circle|=Sq|=Square|=Trl|=Trail|=Row|=Loop|=Crescent|=Cres|=Close|=Grove|=Gardens|=Mews|=Heights|=Ridge|=Crossing|=Pike|=Alley|=Plaza|=Rise|=Walk|=View|=Hill|=Green|=Vale|=Drove|=Croft|=Chase|=Park';
/** 123 Main St, 4501 N. Oak Park Avenue. */
const STREET = `#int =N|=S|=E|=W? .? #cap{1,3} ${SUFFIX} .?`;
/** The second word of a town's name ("Cedar Falls", "Hollis Springs"); a second capitalised word of another kind may be an institution ("Mercy Hospital"). */
const TOWN_WORD = '=Falls|=Springs|=City|=Creek|=Valley|=Park|=Heights|=Hills|=Lake|=Beach|=Harbor|=Harbour|=Rapids|=Junction|=Grove|=Ridge|=Point|=Bay|=Town|=Village|=Mills|=Crossing|=Bluff|=Prairie';
const UNIT = ',? =Apt|=Apartment|=Unit|=Suite|=Ste|# .? #? #word|#num';
/** "Marlowe, OH 44011" after a street: the rest of the same address. */
const TOWN_STATE_ZIP = `#cap #cap{0,2} ,? ${STATE} #int +-? +#int?`;

/** The town a person lives in or comes from, reported at info. */
const TOWN_MESSAGE = `Naming the town where the person lives can identify them together with other details. ${DEIDENTIFY} Generalise it ("a mid-sized town").`;

export default defineRule({
  id: 'phi.address',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  message: `This is an address or location smaller than a state. ${DEIDENTIFY} Generalise it ("lives on campus", "in a mid-sized town").`,
  defaults: { suggest: ['[address removed]'], fix: 'suggest' },
  terms: [
    // A whole address is one finding: the street with its town, state and ZIP after it ("418 Linden Ct, Marlowe, OH
    // 44011") is one identifier, not two, and one fix replaces it.
    { match: [`${STREET} ${UNIT} , ${TOWN_STATE_ZIP}`, `${STREET} , ${TOWN_STATE_ZIP}`, `${STREET} ${UNIT}`, STREET, 'po box #int', 'p . o . box #int', 'p . o box #int'] },
    // A street named without its number ("lives on Elm Street"), and a ZIP code given as such ("zip code is 02139").
    { match: `live/v|living|resides|residing|reside/v|grew_up|moved on|to #cap{1,3} ${SUFFIX}`, severity: 'info' },
    { match: ['zip|zipcode|zip_code|postal_code|postcode :|#? is? #int', 'zip|zipcode|zip_code|postal_code|postcode ( [ #int ] )'], when: ['zipCode'] },
    // Springfield, IL 62704: a ZIP code next to a city and state.
    { match: [`#cap #cap{0,2} ,? ${STATE} #int +- +#int`, `#cap #cap{0,2} ,? ${STATE} #int`], when: ['zipCode'] },
    // "lives in Springfield", "moved here from Toledo": a town smaller than a state, reported as info.
    {
      // The report takes in the verb, so that the town's capital does not pass to "a nearby town".
      match: 'lives|living|resides|residing|grew_up|moved here? in|to|from #cap #cap?',
      when: ['townName'],
      severity: 'info',
      suggest: ['$1 $2 $3 a nearby town'],
      message: TOWN_MESSAGE,
    },
    // The past tense, and how the person lived there: "still lived alone in Cedar Falls".
    {
      match: 'lived|lives|living alone|independently|together|nearby? in [ #cap #cap? ]',
      when: ['townName'],
      severity: 'info',
      message: TOWN_MESSAGE,
    },
    {
      match: 'lived in|to|from [ #cap #cap? ]',
      when: ['townName'],
      severity: 'info',
      suggest: ['$1 $2 $3 a nearby town'],
      message: TOWN_MESSAGE,
    },
    // "lives on Birchwood Lane near the water tower in Millbrook": the town closing a description of the street.
    {
      match: [`[ #cap ]`, `[ #cap ${TOWN_WORD} ]`],
      before: [`live/v|living|resides|residing|reside/v on|at|off|near #int? #cap{1,3} ${SUFFIX} near|by|behind|across_from|close_to|next_to the|a? #word{1,3} ,? in|near|outside|outside_of`, `live/v|living|resides|residing|reside/v on|at|off|near #int? #cap{1,3} ${SUFFIX} ,? in|near|outside|outside_of`],
      when: ['townName'],
      notAfter: ['#cap'],
      severity: 'info',
      message: TOWN_MESSAGE,
    },
    // "drives in from Millbrook for every visit": the town a person travels from to be seen.
    {
      // The distance may come between, with the person driven: "drove him 90 miles from Crownpoint".
      match: [`drive/v|drove|commute/v|travel/v|travelled|traveled in? from [ #cap ]`, `drive/v|drove|commute/v|travel/v|travelled|traveled in? from [ #cap ${TOWN_WORD} ]`,
        `drive/v|drove|commute/v|travel/v|travelled|traveled|come/v|came him|her|them|in? #num miles|mi|km|kilometres|kilometers|hours|hrs from [ #cap ]`],
      when: ['townName'],
      notAfter: ['#cap'],
      severity: 'info',
      message: TOWN_MESSAGE,
    },
    // Where the person's home is, or where they come from: "to her daughter's house in Millbrook", "the engineering
    // student from Westbrook", "drove out to Pinecrest for the home visit". The same check keeps states, kinds of housing,
    // months and hospital services out ("a patient from Oncology", "home in May").
    {
      match: [`house|home|apartment|condo|farm|trailer|cabin|flat|farmhouse|townhouse in|near|outside|outside_of [ #cap ]`, `house|home|apartment|condo|farm|trailer|cabin|flat|farmhouse|townhouse in|near|outside|outside_of [ #cap ${TOWN_WORD} ]`],
      when: ['townName'],
      notAfter: ['#cap'],
      severity: 'info',
      message: TOWN_MESSAGE,
    },
    {
      match: [`@person|@namedRole|@relative|family|couple|farmer|retiree|veteran from [ #cap ]`, `@person|@namedRole|@relative|family|couple|farmer|retiree|veteran from [ #cap ${TOWN_WORD} ]`],
      when: ['townName'],
      notAfter: ['#cap', '#word{0,2} hospital|clinic|unit|ward|service|team|department|dept|university|college|school'],
      severity: 'info',
      message: TOWN_MESSAGE,
    },
    {
      match: [`drive/v|drove|travel/v|travelled|traveled|head/v|headed out to [ #cap ]`, `drive/v|drove|travel/v|travelled|traveled|head/v|headed out to [ #cap ${TOWN_WORD} ]`],
      when: ['townName'],
      notAfter: ['#cap'],
      severity: 'info',
      message: TOWN_MESSAGE,
    },
  ],
  docs: {
    summary: 'Geographic identifiers smaller than a state: street addresses, PO boxes, a ZIP code next to a city and state, and the town named after "lives in".',
    why:
      'Safe Harbor removes every geographic unit smaller than a state. A student reflection that says where Naren lives, together with his age, his condition and his wheelchair, can point to exactly one person. "A university town" or "on campus" tells the reader what matters.',
    prefer: 'Generalise the place: "lives on campus in an accessible apartment", "in a mid-sized town", "about an hour from the clinic".',
    exceptions: [
      'States and countries ("moved from Ohio"); the type of residence ("lives in assisted living", "lives in student housing").',
      'Numbers before ordinary capitalised words that are not street names (the street-type word is required).',
      'Towns named without a cue ("from Springfield" alone) are not found: there is no gazetteer.',
    ],
    sources: ['S31', 'S38', 'seed'],
  },
  examples: {
    flagged: [
      { text: 'He lives at {{27 Orchard Rise}} and walks to the methadone clinic every morning.', mode: 'reflection' },
      { text: 'I met a woman who still lived alone in {{Cedar Falls}}.', mode: 'reflection' },
      { text: 'His caregiver drove him 90 miles from {{Crownpoint}} for each wound visit.', mode: 'reflection' },
      { text: 'She fell at home on {{22 Maple Crescent}} last spring.', mode: 'reflection' },
      { text: 'He lives on Birchwood Lane near the water tower in {{Millbrook}}.', mode: 'reflection' },
      { text: 'She drives in from {{Cedar Falls}} for every visit.', mode: 'reflection' },
      { text: 'He {{lives on Elm Street}} with his mother.', mode: 'reflection' },
      { text: 'Her {{zip code is 02139}}.', mode: 'reflection' },
      { text: 'Home visit to {{123 Main St}} to check the ramp. => Home visit to [address removed] to check the ramp.', mode: 'reflection' },
      { text: 'His apartment at {{4501 N. Oak Park Avenue, Apt 4B}} has a roll-in shower. => His apartment at [address removed] has a roll-in shower.', mode: 'reflection' },
      { text: 'Mail the HEP to {{Springfield, IL 62704}}. => Mail the HEP to [address removed].', mode: 'reflection' },
      { text: 'The ramp went in at {{418 Linden Ct, Marlowe, OH 44011}} in June. => The ramp went in at [address removed] in June.', mode: 'reflection' },
      { text: 'He {{lives in Springfield}} with his caregiver. => He lives in a nearby town with his caregiver.', mode: 'reflection' },
      { text: "She was discharged to her daughter's house in {{Millbrook}}.", mode: 'reflection' },
      { text: 'His farm outside {{Hollis Springs}} has a gravel drive the chair cannot cross.', mode: 'reflection' },
      { text: 'Sam, the 20-year-old student from {{Westbrook}}, asked about tilt settings.', mode: 'reflection' },
      { text: 'A retired couple from {{Lakeview}} came in together.', mode: 'reflection' },
      { text: 'I drove out to {{Pinecrest}} on Tuesday for my first home visit.', mode: 'reflection' },
      { text: 'We headed out to {{Cedar Falls}} for the home safety check.', mode: 'reflection' },
      { text: 'Her ZIP code ({{48217}}) came up when we talked about food deserts.', mode: 'reflection' },
    ],
    clean: [
      { text: 'She drove from Mercy Hospital to the clinic; he drives from work.', mode: 'reflection' },
      { text: 'He lives in assisted living on campus.', mode: 'reflection' },
      { text: 'She moved from Ohio last year.', mode: 'reflection' },
      { text: 'Completed 3 Sit To Stand trials; 10 Wall Push-ups.', mode: 'reflection' },
      { text: 'A patient from Oncology joined the group; the student from Ortho observed.', mode: 'reflection' },
      { text: 'She went home in May; her family from Ohio visited.', mode: 'reflection' },
      { text: 'The resident from Mercy Hospital called; a student from State University observed.', mode: 'reflection' },
      { text: 'He lives in a house in a small town; we drove out to the farm.', mode: 'reflection' },
      { text: 'His home in Assisted Living has grab bars.', mode: 'reflection' },
    ],
  },
});
