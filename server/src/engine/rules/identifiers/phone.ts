/**
 * phi.phone — telephone and fax numbers (North American and international).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY } from './patterns.ts';

/** Groups of digits with optional separators; the phone shape itself is checked by `phoneShape`. */
const GROUP = '-_#int|._#int|#int';

/** Whose number it is, named by a possessive: the patient's or someone close to them. */
const OWNER = "mother's|father's|mom's|dad's|wife's|husband's|son's|daughter's|sister's|brother's|partner's|caregiver's|parent's|parents'|patient's|pt's|client's|friend's|roommate's|guardian's|neighbor's|neighbour's|grandmother's|grandfather's|aunt's|uncle's";

export default defineRule({
  id: 'phi.phone',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'error' },
  quoteExempt: false,
  message: `This looks like a telephone or fax number. ${DEIDENTIFY}`,
  defaults: {
    suggest: ['[phone number removed]'],
    fix: 'suggest',
    when: ['phoneShape'],
    // Ten digits after a record's label are its number, not a phone's (phi.mrn): "NHS no: 943 476 5919".
    notBefore: ['nhs|chi|mrn|hospital|hosp number|no|num|#? .? :|#|=|is|was?'],
  },
  terms: [
    { match: ['+? 1? -|.? ( #int ) #int -|.? #int', '#int +-|. +#int +-|. +#int', '#num', `+ #int ${GROUP} ${GROUP} ${GROUP}? ${GROUP}? ${GROUP}?`, `+ #int -|.? ( #int ) #int ${GROUP} ${GROUP}? ${GROUP}?`] },
    // "His daughter's number is 312 555 0148": ten digits parted by spaces, after a phone word.
    { match: '#int #int #int', before: ['... tel|telephone|phone|cell|mobile|fax|pager|number|call/v|reach/v|text/v'], when: ['spacedPhoneShape'] },
    // A national number with its trunk 0 after a phone word or a call: "ring her on 07700 900412", "Mobile: 0161 496 0123".
    {
      match: '#int -? #int? -? #int?',
      before: ['... tel|telephone|phone|ph|cell|cellphone|mobile|landline|fax|pager|number|no|call/v|ring/v|rang|rung|phone/v|phoned|text/v|texted|reach/v|contact/v', 'tel|telephone|phone|ph|cell|cellphone|mobile|landline|fax|pager|number|no :|#|-|.|,'],
      when: ['nationalPhoneShape'],
    },
    // "Her number is 555-0142", "left her number, 555-0142,": someone's number, with seven digits (a phone's shape) after it.
    // The owner may be named: "His mother's number, 555-0163, was on the whiteboard".
    { match: `@possessive|${OWNER} number|no|# is|was|:|,? [ #num +-? +#int? ]`, when: ['localPhoneShape'] },
    // A relative's: "His mum's number, 555-0142, was written on his chair bag".
    { match: `#poss number|mobile|phone|cell|landline ,|:|is|was [ #num +-? +#int? ]`, when: ['localPhoneShape'] },
    // "tel 555-0199", "cell: 123-4567": seven digits after a phone word.
    {
      match: 'tel|telephone|phone|ph|cell|cellphone|mobile|landline|fax|pager|call/v|text/v|reach/v him|her|them|me|us|the_ward|the_unit|the_clinic|the_office|the_desk|the_floor|the_station? back? at|on|from? .? #|no|number? :|#|is|was|,|-? [ #num +-? +#int? ]',
      when: ['localPhoneShape'],
    },
    // Calling someone named by a relation at a seven-digit number: "asked me to phone her daughter at 555-0163".
    {
      match: 'call/v|phone/v|text/v|ring/v|reach/v|contact/v his|her|their|my|the|pt\'s|patient\'s #word{1,2} back? at|on [ #num +-? +#int? ]',
      when: ['localPhoneShape'],
    },
    // A person rung on a number, British "rang" included: "I rang him back on 555-0142".
    {
      match: "rang|ring/v|rung|called|phoned|texted him|her|them|me|us|the_ward|the_unit|the_clinic|the_office|the_desk|the_surgery|the_nurses back? on|at|from [ #num +-? +#int? ]",
      when: ['localPhoneShape'],
    },
    // The number in brackets after the line it belongs to: "texted the clinic line (555-0192)", "her cell (555-0144)".
    {
      match: 'tel|telephone|phone|cell|cellphone|mobile|landline|fax|pager|line|hotline|helpline|number ( [ #num +-? +#int? ] )',
      when: ['localPhoneShape'],
    },
  ],
  docs: {
    summary: 'Telephone and fax numbers: North American formats, national numbers with a leading 0 ("07700 900412") and international numbers starting with "+".',
    why:
      'Telephone and fax numbers are Safe Harbor identifiers, whether they belong to the patient, a relative or a caregiver such as Naren\'s volunteer. A number in a student reflection leads straight back to a person who never agreed to be in it.',
    prefer: 'Leave the number out; if it matters, say who was contacted ("called the caregiver to confirm the time").',
    exceptions: ['Blood pressure (120/80), ROM (0-120), MMT grades (3/5), pain scores (6/10), times and dates.', 'Numbers whose area code starts with 0 or 1.'],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'His dad\'s number, {{555-0177}}, was on the chair bag.', mode: 'reflection' },
      { text: 'Her son rang the ward on {{555-0188}} twice a day.', mode: 'reflection' },
      { text: 'I rang him back on {{555-0142}} to go through his blood results.', mode: 'reflection' },
      { text: 'His daughter asked me to ring her on {{07700 900412}} if his sugars dropped.', mode: 'reflection' },
      { text: 'Mobile: {{0161 496 0123}}, best after six.', mode: 'reflection' },
      { text: 'His caregiver texts me from {{555-0163}} when the charger fails.', mode: 'reflection' },
      { text: 'She asked me to phone her daughter at {{555-0163}} after surgery.', mode: 'reflection' },
      { text: 'Her daughter\'s number, {{555-0129}}, is on the fridge.', mode: 'reflection' },
      { text: 'He gave me his number, {{555-0167}}, before discharge.', mode: 'reflection' },
      { text: 'Her brother is reachable on {{+44 7700 900456}}.', mode: 'reflection' },
      { text: 'Her son called the ward at {{555-0134}} every night.', mode: 'reflection' },
      { text: 'His supervisor asked me to call her back at {{555-0162}} about light duty.', mode: 'reflection' },
      { text: "His daughter's number is {{312 555 0148}} if the clinic needs her. => His daughter's number is [phone number removed] if the clinic needs her.", mode: 'reflection' },
      { text: 'His mother asked me to text her at {{(555) 123-4567}}. => His mother asked me to text her at [phone number removed].', mode: 'reflection' },
      { text: 'Her number is {{555-0142}} if you need it. => Her number is [phone number removed] if you need it.', mode: 'reflection' },
      { text: 'Caregiver cell {{555-234-9876}}; call before visits. => Caregiver cell [phone number removed]; call before visits.', mode: 'reflection' },
      { text: 'The clinic fax is {{+44 20 7946 0958}}. => The clinic fax is [phone number removed].', mode: 'reflection' },
      { text: 'Tel: {{555-0199}} (home). => Tel: [phone number removed] (home).', mode: 'reflection' },
      { text: "The referral listed her daughter's cell, {{555-0147}}, as the main contact. => The referral listed her daughter's cell, [phone number removed], as the main contact.", mode: 'reflection' },
      { text: 'I was told to text him on {{555-0163}} before the visit.', mode: 'reflection' },
      { text: 'His phone number is {{555-0142}}; her cell was {{555-0188}}.', mode: 'reflection' },
      { text: 'Her son texted the clinic line ({{555-0192}}) to say she had fallen.', mode: 'reflection' },
      { text: 'Her cell ({{555-0144}}) is written on the fridge.', mode: 'reflection' },
      { text: 'I gave him the nurse line ({{555-0101}}) for after hours.', mode: 'reflection' },
    ],
    clean: [
      { text: 'BP 120/80, HR 72; knee ROM 0-120°; pain 6/10.', mode: 'reflection' },
      { text: 'Session 10:30-11:15; 3 x 10 reps; MMT 4/5.', mode: 'reflection' },
      { text: 'Reference range 135-145 mmol/L; 2023-2024 academic year.', mode: 'reflection' },
      { text: 'Her NHS number, 943 476 5919, was on the letter I shredded.', mode: 'reflection' },
      { text: 'I called her at 10:30; the cell count was 150-2000 on the panel.', mode: 'reflection' },
      { text: 'Line (2) was flushed; the cell (3 of 4) counts were normal.', mode: 'reflection' },
      { text: 'Her number (2 of 3 on the call list) was busy.', mode: 'reflection' },
    ],
  },
});
