/**
 * adhere.nonadherent — "non-adherent", "poor adherence" and adherence framing.
 */
import { defineRule } from '../define.ts';

const MESSAGE =
  '"{match}" still reduces the person to how well they follow a plan. Say what they did and what got in the way (e.g. "stretching 2 of 7 days; reports fatigue after labs").';
/** A graded or failing adherence: "adherence has been poor", "adherence to the plan remains a concern". */
const POOR = 'poor|low|minimal|inconsistent|limited|sporadic|questionable|lacking|an_issue|a_problem|a_concern';
/** Help for taking a regimen, named by it: "adherence packaging", "adherence counselling", "an adherence app". */
/** What a dressing is made of or how it is built, between "non-adherent" and the dressing: "non-adherent silicone dressing". */
const MATERIAL = 'silicone|foam|petrolatum|petroleum|impregnated|absorbent|island|bordered|sterile|primary|secondary|hydrocolloid|alginate|hydrogel|xeroform|telfa|adaptic|mepitel|vaseline|paraffin|silver|non-stick|nonstick|transparent|protective|wound|gel|cotton|knitted|woven|mesh';
const SUPPORT =
  'packaging|pack/n|blister/n|aid/n|app/n|device/n|tool/n|support|counseling|counselling|program/n|programme/n|clinic/n|pharmacist/n|education|teaching|reminder/n|box/n|organizer/n|organiser/n|dispenser/n|service/n|strategy/n|strategies|intervention/n|navigator/n|coach/n|coaching';

export default defineRule({
  id: 'adhere.nonadherent',
  family: 'adherence',
  severity: { clinical: 'info', reflection: 'info' },
  message: MESSAGE,
  // Adherence of tissue, dressings or cells is anatomy or materials, not behaviour.
  defaults: {
    notBefore: ['... @tissue'],
    // Nor what sticks to or wipes off a surface: "white plaques wipe off leaving erythema, not adherent".
    unless: ['thingSubject', 'tissueEarlier'],
    notAfter: ['to the? underlying|deep|surrounding|adjacent|subcutaneous? @tissue|fascia|bone|tendon|tendons|structures|muscle|wound_bed', '@tissue', `${MATERIAL}{1,2} @tissue`],
  },
  terms: [
    // The person named by the label: "a known nonadherer".
    { match: 'nonadherer/n|non-adherer/n', message: '"{match}" names a person by a label. Say what they did and what got in the way (e.g. "takes amlodipine most days; cost of the second drug is a barrier").' },
    { match: ['non-adherent|non-adherence|non-adherency|non-adherant|non-adherance', 'poor|poorly|limited|inconsistent|minimal|sporadic|questionable|suboptimal|low adherence|adherent|adherance|adherant'] },
    { match: `adherence|adherent with|to|#word{0,6} has|had|have_been|is|was|remains|remained? very|quite|still|somewhat? ${POOR}` },
    { match: `adherence|adherent has|had|have_been|is|was|remains|remained? very|quite|still|somewhat? ${POOR}` },
    // Graded in plain words: "Her adherence was terrible", "adherence has been awful".
    { match: `adherence has_been|had_been|have_been|is|was|remains|remained|has|had very|quite|still|so|pretty|really|just? terrible|awful|horrible|abysmal|lousy|atrocious|dreadful|bad|shocking` },
    // A chart field graded low: "Adherence: poor", "Medication adherence: minimal".
    { match: `adherence : very|quite|still|somewhat? ${POOR}|suboptimal|variable|spotty` },
    { match: '@neg been|always|fully|very|consistently? adherent' },
    // "doesn't adhere to the diet", "not adhering to the HEP"
    { match: "doesn't|didn't|won't|does_not|did_not|will_not|not|unable_to|refuses_to|fails_to|failed_to always|consistently|fully? adhere/v|adhering to|with", when: ['personSubject'] },
    // "poor follow-through with the HEP": the same grade in other words.
    { match: 'poor|limited|inconsistent|minimal|sporadic|lack_of follow-through|follow_through|followthrough', after: ['with|on|in ...'] },
    // Plain "adherence": a gentler frame, noted as a hint when it is about a regimen.
    // Not the help offered for it ("medication adherence packaging", "adherence counselling"): a service, not a grade.
    {
      match: 'adherence|adherent',
      before: ['medication|med|meds|hep|exercise|treatment|therapy|drug|insulin|splint|brace|orthosis|diet|program|home_program'],
      notAfter: [SUPPORT],
      severity: 'hint',
      message: '"{match}" measures the person against a plan. The facts themselves say more: how often, what helped, what got in the way.',
    },
    {
      match: 'adherence|adherent',
      after: ['to|with the|his|her|their? #any'],
      when: ['personSubject'],
      // A thing stuck to the body: "Ostomy wafer adherent to peristomal skin", "dressing adherent to the wound bed".
      notBefore: ['wafer|flange|appliance|pouch|barrier|dressing|dressings|tape|film|mesh|graft|scar|clot|eschar|slough|@tissue|@bodyMatter'],
      notAfter: ['to|with the|his|her|their? #word? skin|@tissue|@bodyMatter|wound/n|base|bed|surface|bone'],
      severity: 'hint',
      message: '"{match}" measures the person against a plan. The facts themselves say more: how often, what helped, what got in the way.',
    },
  ],
  // A conditional ("if she fails to attend …") records nothing the patient did.
  contexts: { hypothetical: 'silent' },
  docs: {
    summary: 'Calling a person non-adherent, or grading their adherence, instead of describing what they did.',
    why:
      '"Adherence" was meant as a kinder word than compliance, but "non-adherent" has become a label of its own, and it still measures the person against the clinician\'s plan. The source text asks clinicians to meet patients where they are; what the next clinician needs is what happened and why (exam weeks, fatigue, cost, a caregiver\'s schedule), not a verdict.',
    prefer: '"Stretching 2 of 7 days per log; fatigue after labs", "takes baclofen most mornings, misses evening dose on lab days", "HEP completion 5/7 days".',
    exceptions: [
      '"Scar adherent to underlying tissue", organs adherent to one another in an operative note ("omentum adherent to the abdominal wall"), adherent dressings, adherent cells.',
      'Adhesive capsulitis and adhesions (different words, never flagged).',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S4', 'S6', 'S7', 'S21'],
  },
  examples: {
    flagged: [
      '{{Poor adherance}} to the splint regime.',
      'Pt\'s {{adherence has been awful}} since the move.',
      '{{Adherence: poor}}; misses evening doses on lab days.',
      '{{Nonadherent}} to the stretching program.',
      '{{Non-adherence}} to the tilt schedule likely contributes to the skin changes.',
      '{{Poor adherence}} to the 3x/week plan during midterms.',
      'Medication {{adherence remains a concern}}.',
      'Pt {{doesn\'t adhere to}} the low-sodium diet.',
      '{{Poor follow-through}} with the HEP this week.',
      'Known {{nonadherer}} with antihypertensives.',
    ],
    clean: [
      'Scar from previous laparotomy well healed, not adherent, no incisional hernia.',
      'White plaques wipe off leaving erythema, not adherent.',
      'Medication adherence app set up with pt.',
      'Hydrocolloid dressing adherent to the wound bed; soaked before removal.',
      'Adherence: good; uses a weekly pill box.',
      'Scar adherent to underlying tissue at the distal incision; began scar mobilization.',
      'Omentum adherent to the anterior abdominal wall was taken down sharply.',
      'Loops of bowel adherent to the uterus were freed with blunt dissection.',
      'Non-adherent dressing applied over the abrasion on the R elbow.',
      'Covered with a non-adherent silicone contact layer and foam.',
      'Adhesive capsulitis of the L shoulder, freezing phase.',
      'Adhesions palpated along the lateral retinaculum.',
    ],
  },
});
