/**
 * label.hostile — hostility and aggression labels.
 */
import { defineRule } from '../define.ts';
import { AIMED_AT, FEELING_REPORT, SOFT } from './shared.ts';

const MESSAGE_STRONG =
  '"{match}" labels the person instead of recording what happened. Describe the behaviour, what preceded it and how it was handled ("pushed the aide\'s arm away during sit-to-stand when pain rose to 8/10; session paused").';
const MESSAGE_SOFT =
  '"{match}" is an inference about emotion. Record what you observed and what preceded it ("raised voice at check-in after a 40-min wait"), or the patient\'s own words about how they felt.';
/** Someone angry at, with or toward someone: the person is the one described even without a subject. */
const ANGRY_AT = 'outburst/n|at|with|toward|towards|about';
/**
 * An inference about a relative's emotion ("Mother … gets angry easily") describes the relative, not the
 * patient: a soft label there says nothing about how the patient is framed.
 */
const ABOUT_RELATIVE = { relative: 'silent' } as const;

/** An animal as the one angry or aggressive: "the neighbor's dog is aggressive, so he won't walk the block". */
const ANIMAL = '... dog/n|dogs|puppy|cat/n|cats|horse/n|animal/n|animals|pit_bull|pitbull|rottweiler';
/** Only expected, not seen: "I expected him to be angry after the naloxone", "I went in expecting someone hostile". */
const EXPECTED = '... expected|expecting|assumed|assuming|imagined|braced|bracing|dreaded|dreading|anticipated|anticipating';
/** A state only feared beforehand: "I was worried he'd be agitated after the cuff went down, but he wasn't at all". */
const FEARED = "... worried|nervous|afraid|scared|anxious|concerned he|she|they|he'd|she'd|they'd|would|might";
/** Anger only feared or possible: "he might get angry", "she could become irate". */
const MIGHT = "might|may|could|would|'d get|become|be|feel|grow";

/** Inflamed skin is "angry" too ("angry red rash", "angry-looking incision"). */
const ANGRY_SKIN = ['red|pink|purple|-|looking|appearing|rash/n|wound/n|incision/n|lesion/n|skin|erythema|@bodyMatter'];
/** Agitation as part of a medical picture: a stated physiological cause or the signs that come with it. */
const AGITATION_SIGN = ['and|,|/|or diaphoretic|tachycardic|tachypneic|hypoxic|febrile|delirious|delirium|disoriented|disorientation|confusion|confused|restless|restlessness|tremulous|psychosis|hallucinations|sundowning', '#any{0,2} secondary_to|2_/_2|due_to|from hypoxia|hypoxemia|delirium|withdrawal|sepsis|encephalopathy|hypoglycemia|hypercapnia|sedation|anesthesia|anaesthesia|emergence'];
/** A verbless fragment's copula: the person it describes is the note's patient. */
const FRAGMENT_COPULA = 'known_to_be|can_be|tends_to_be|tend_to_be|noted_to_be|has_been|may_be|at_times @degree?';

/** Staff on the receiving end, named by shift or role ("with the night HCA"); not a relative ("abusive to his wife" is what happened at home). */
const AT_STAFF = 'the|night|day|nursing|ward|the_night|the_day|the_ward|all_the|other? staff|hca|hcas|nurse|nurses|nsg|carer|carers|team|doctor|doctors|porter|porters|security|paramedics|crew|reception|receptionist|physio|physios|therapist|therapists|students|student';

/** The label, then at whom: "stroppy with everyone", "abusive to staff". */
const SLANG_AT = 'stroppy|shouty|aggy|aggro|arsey|mardy|verbally_abusive|physically_abusive|abusive with|to|towards|toward';

export default defineRule({
  id: 'label.hostile',
  family: 'labels',
  severity: { clinical: 'warning', reflection: 'warning' },
  // A scale level or a mental status finding is not a label. Nor is the patient's own report of a feeling
  // ("reports feeling angry"), which only the feeling words can be: "Nursing reports he was combative" is staff
  // passing on a behaviour label, not anyone's feeling, so the behaviour words do not take that exemption.
  defaults: { unless: ['behaviourScale'] },
  terms: [
    // A "hostile abdomen" or "hostile neck" is surgical shorthand for scarred anatomy.
    // With the misspellings fast typing gives ("combatative", "beligerent").
    { match: 'combative/a|combatative|combatitive|belligerent/a|beligerent|belligerant|hostile|hostility', message: MESSAGE_STRONG, notAfter: ['sport/n|art/n|training|work_environment|environment/n|takeover|territory|witness|bid/n|abdomen|neck|pelvis|chest|groin|field|airway|@bodyMatter'], notBefore: [EXPECTED] },
    // Confrontation testing is how visual fields are examined at the bedside.
    { match: 'confrontational|argumentative|argumentitive|arguementative|confrontative', message: MESSAGE_STRONG, severity: SOFT, notAfter: ['visual? field/n|testing|vf'] },
    // The verb with the patient confronting staff ("Pt confronted the nurse about her meds"); not being confronted with
    // news, confronting a fear, or the writer or staff confronting someone.
    { match: 'confront/v the|a|an|his|her|their|our|my? @staffModifier? @clinician|nurse/n|nurses|aide/n|aides|staff|security|therapist/n|me|us|provider/n|physician/n|doctor/n|tech/n|techs|student/n|students', message: MESSAGE_STRONG, severity: SOFT, when: ['personSubject'], notBefore: ['=I|we|@clinician'] },
    // A feared or possible anger ("I kept worrying he might get angry if I moved his chair") has not happened.
    { match: 'angry|angrily|irate|enraged|furious', message: MESSAGE_SOFT, severity: SOFT, when: ['personSubject'], contexts: ABOUT_RELATIVE, notBefore: [FEELING_REPORT, MIGHT, ANIMAL, EXPECTED], notAfter: ANGRY_SKIN },
    // British "kicked off" for an outburst: "Kicked off in the lounge after tea"; not "kicked off the blankets".
    // Or after a bed or room that stands for the person: "Bed 14 kicked off again at handover".
    { match: 'kicked|kicking|kicks off', message: MESSAGE_SOFT, severity: SOFT, before: ['bed|bay|room|cell|side_room #int|#alnum|#upper'], after: ['in|at|with|again|on_the_ward|on_the_unit|big_time|when|after|.|,|;'] },
    { match: 'kicked|kicking|kicks off', message: MESSAGE_SOFT, severity: SOFT, when: ['opensSentence'], after: ['in|at|with|again|on_the_ward|on_the_unit|big_time|when|after|.|,|;'] },
    // The noun of the label, whoever the sentence's subject: "Security called x2 for combativeness in majors".
    { match: 'combativeness|belligerence|belligerency', message: MESSAGE_STRONG, contexts: ABOUT_RELATIVE },
    // British ward slang for the same: "Became quite shouty and aggy with the night HCA", "stroppy with staff".
    // Aimed at people, whoever the subject: "was stroppy with everyone", "abusive to staff last time".
    { match: [`${SLANG_AT} everyone|everybody|us`, `${SLANG_AT} ${AT_STAFF}`], message: MESSAGE_SOFT, severity: SOFT, contexts: ABOUT_RELATIVE, notBefore: [FEELING_REPORT, '@neg'] },
    { match: 'shouty|aggy|aggro|stroppy|agressive|aggresive|agressively|kicking_off|kicked_off_at', message: MESSAGE_SOFT, severity: SOFT, when: ['personSubject'], contexts: ABOUT_RELATIVE, notBefore: [FEELING_REPORT, MIGHT, ANIMAL, EXPECTED] },
    { match: 'angry|angrily|irate|enraged|furious', message: MESSAGE_SOFT, severity: SOFT, after: [ANGRY_AT], contexts: ABOUT_RELATIVE, notBefore: [FEELING_REPORT, MIGHT, ANIMAL, EXPECTED] },
    {
      match: 'agitated|agitation',
      message: MESSAGE_SOFT,
      severity: SOFT,
      // A baby's agitation is a state to settle, not a label ("Neonate agitated during NG pass, settled with sucrose").
      notBefore: [FEELING_REPORT, MIGHT, EXPECTED, FEARED, 'psychomotor|motor|terminal|postoperative|post-operative|emergence|confused -?', 'akathisia and', 'neonate|neonates|infant|infants|baby|babies|newborn|newborns @be|@adverb{0,2}'],
      // "Agitated saline" is the bubble-contrast study, not a person.
      // "Agitated Behavior Scale" is a validated scale's name.
      notAfter: ['behavior|behaviour scale|inventory|score|rating', 'depression|delirium|scale|inventory|score|item|subscale|saline|solution|bubble/n|contrast|microbubble/n|sample/n|culture/n|flask/n|mixture', ...AGITATION_SIGN],
      when: ['personSubject'],
      // A review of systems lists agitation as a symptom.
      unless: ['reviewOfSystems'],
      // A symptom watched for or planned around ("If agitated, page the resident", "monitor for agitation overnight")
      // has not happened: it is an indication, not a label on the person.
      contexts: { ...ABOUT_RELATIVE, hypothetical: 'silent' },
    },
    {
      // "Aggressive" about a disease, a treatment or a plan ("aggressive physical and medical intervention"). A heading
      // names a section of the record ("## Violence and Aggression Risk"), not the person.
      match: 'aggressive|aggression',
      unless: ['heading'],
      message: MESSAGE_SOFT,
      severity: SOFT,
      notBefore: [FEELING_REPORT, EXPECTED, FEARED, MIGHT, 'more|less|most|too|overly|medically|surgically|clinically', '... tumor|tumour|disease|cancer|lymphoma|hcc|carcinoma|malignancy|neoplasm|sarcoma|melanoma|leukaemia|leukemia|course|infection|treatment|management|therapy|plan|approach', ANIMAL],
      notAfter: ['#any{0,5} @aggressiveThing'],
      when: ['personSubject'],
    },
    // Aimed at a person, it is conduct whatever the sentence names later: "agitated and aggressive with aide during AM
    // care" ("care" would otherwise read as aggressive care).
    { match: `[ aggressive ] with|toward|towards|at|to ${AIMED_AT}`, message: MESSAGE_SOFT, severity: SOFT, notBefore: [FEELING_REPORT, 'more|less|most|too|overly|medically|surgically|clinically', ANIMAL], when: ['personSubject'] },
    // Turning so at someone, in a fragment whose subject is left out: "Threw a tantrum and got aggressive with the nurse".
    { match: `got|gets|became|becomes|getting|becoming|turned|turns verbally|physically|very|quite|really|a_bit|increasingly? [ aggressive ] with|toward|towards|at|to ${AIMED_AT}`, message: MESSAGE_SOFT, severity: SOFT, notBefore: [FEELING_REPORT, ANIMAL] },
    // Coordinated with another label, which names who it is said of: "so entitled and aggressive with the nurses".
    { match: `[ aggressive ] with|toward|towards|at|to ${AIMED_AT}`, message: MESSAGE_SOFT, severity: SOFT, before: ['entitled|demanding|rude|difficult|abusive|argumentative|confrontational|agitated|angry|irate|uncooperative|manipulative|needy|obstructive|verbally and|,|&'], notBefore: [FEELING_REPORT, ANIMAL] },
    // The idiom for an angry approach: "Dad on the warpath again".
    { match: 'on the warpath', message: MESSAGE_SOFT, severity: SOFT, when: [] },
    // A fragment's implied subject: "Known to be aggressive with staff", "Can be aggressive at night".
    { match: `${FRAGMENT_COPULA} [ aggressive ]`, message: MESSAGE_SOFT, severity: SOFT, notBefore: ['#word'], notAfter: ['#any{0,5} @aggressiveThing'] },
  ],
  // A label someone else used ("family reports he was combative at home") is passed on at info; a clause
  // about someone who is neither patient nor family ("the teachers become angry with her") is not the patient.
  contexts: { negated: 'silent', relative: 'info', other: 'silent' },
  docs: {
    summary: 'Hostility labels: combative, belligerent, hostile (warning); angry, irate, agitated, aggressive, confrontational, argumentative (info in notes, warning in reflections).',
    why:
      '"Combative" is one of the few words found to be stigmatizing in nearly every context it appears in clinical notes, and the whole group is used more often in the records of Black patients. A label like this tells the next team to approach the person defensively, while the source text asks for care done with the patient, with empathy for what they are going through. A short behavioural account (what happened, what preceded it, what helped) is both fairer and more useful for planning the next session.',
    prefer: '"Pushed the aide\'s arm away during sit-to-stand when pain rose to 8/10; session paused, resumed after 5 min", "raised voice at check-in after the elevator outage; plan discussed".',
    exceptions: [
      'Confrontation visual-field testing, and affect or psychomotor findings recorded in a mental status exam.',
      '"Aggressive" about a disease, treatment or plan ("aggressive disease course", "aggressive stretching", "aggressive management of secretions").',
      'Scale levels and constructs: RASS, CAM, Cohen-Mansfield Agitation Inventory, Rancho level IV "confused-agitated", "psychomotor agitation".',
      'The patient\'s own report of a feeling ("reports feeling angry about the diagnosis").',
      '"Hostile work environment", "combat/combative sports".',
      'Negated uses ("not combative", "no agitation") and attributed quotations.',
      'A label in a clause about a relative or caregiver ("family reports he was combative at home") is reported at info; an emotion of the relative\'s own ("Mother … gets angry easily") is not reported.',
      'A clause about someone else ("she believes that the teachers become angry with her").',
    ],
    sources: ['S4', 'S6', 'S7', 'S11', 'S12'],
  },
  examples: {
    flagged: [
      'Threw the cup and got {{aggressive}} with the nurse when the clinic ran late.',
      'Seen in triage, {{stroppy with everyone}} about the wait.',
      'Known to the unit, {{abusive to staff}} on the last admission.',
      'Bed 6 {{kicked off}} again after visiting.',
      'Dad {{on the warpath}} again about parking.',
      '{{Kicked off}} in the lounge after tea, shouting and throwing cups.',
      'Pt {{aggro}} on arrival, squaring up to security.',
      'When I went to resite his cannula he got really {{agressive}} with the HCA.',
      '{{Combativeness}} in majors overnight, security called x2.',
      'Became quite {{shouty with the night HCA}}.',
      'Became quite {{shouty}} and {{aggy with the night HCA}}.',
      'Pt {{aggy}} overnight, settled with 1:1.',
      '{{Hostile}} at triage, declined to complete the PHQ-9 later in the visit.',
      '{{Combatitive}} with transport overnight, required security.',
      'Pt {{confronted the charge nurse}} about the wait for pain meds.',
      'Pt became {{combative}} during sit-to-stand and swung at the aide.',
      '{{Belligerent}} when informed the session would be shortened.',
      'Pt was {{hostile}} toward the front desk about parking.',
      '{{Argumentative}} about the frequency recommendation.',
      '{{Angry}} and {{irate}} at check-in after the elevator outage.',
      'Pt {{agitated}} throughout treatment and pulled at the tape.',
      'He was {{aggressive}} with the volunteer caregiver during the transfer.',
      'Resident {{agitated}} and {{aggressive}} toward the night aide during evening care.',
      'No change in his {{combative}} behaviour after the pain medication.',
      'Known to be {{aggressive}} toward the night aides when in pain.',
      'Nursing reports he was {{combative}} overnight and pulled at his IV.',
      'Family reports he was {{combative}} at home.',
    ],
    clean: [
      '## Violence and Aggression Risk',
      'CT: aggressive-appearing lytic lesion L femur; oncology aware.',
      'Reports her partner was abusive to her; safeguarding referral made.',
      'ROP screen: aggressive posterior ROP in zone I; laser within 48 hours.',
      { text: 'I expected aggression because of the risk history, but there was none across four visits.', mode: 'reflection' },
      'Kicked off the blankets overnight, feet cold, socks on.',
      'Kicked off the blankets overnight, feet cold, socks on.',
      'Aggressive abx not in keeping with her advance care plan, oral course only per GP.',
      'The ward was shouty and chaotic at handover.',
      { text: 'I was worried he\'d be agitated after the cuff went down, but he wasn\'t at all.', mode: 'reflection' },
      { text: 'I went in expecting someone hostile because of the flag on his file.', mode: 'reflection' },
      { text: 'I expected him to be angry after we gave him naloxone, but he just asked for a blanket.', mode: 'reflection' },
      'Pt\'s dog aggressive with visitors, shut in kitchen during the visit.',
      'Aggressive irrigation of gravel-embedded abrasions R palm.',
      'HCC with aggressive features (AFP 2,400), outside Milan criteria.',
      'Neonate agitated during NG pass, settled with sucrose and swaddling.',
      { text: 'She typed "I am angry at you" on her device, and I thanked her.', mode: 'reflection' },
      { text: 'I kept worrying he might get angry if I moved his chair, so I asked first.', mode: 'reflection' },
      "Mom reports the neighbor's dog is aggressive, so he won't walk the block.",
      'Per pt, her landlord is "a hostile guy who yells at everybody"; left the apartment 2 wk ago.',
      'He relapsed after his hip surgery, which made his family furious.',
      'Aggressive BP lowering not indicated given orthostasis.',
      'Aggressive rewarming with forced-air blanket and warmed NS en route.',
      'RASS +2, agitated, pulling at lines; CAM positive.',
      'Aggressive tackling drill in practice; SCAT5 done on the sideline.',
      'Aggressive melanoma of the scalp, referred to surgical oncology.',
      'Returned to aggressive agility drills without pain.',
      { text: 'On the handoff sheet, "combative" was the only word about his night.', mode: 'reflection' },
      'Pt was confronted with the biopsy results and asked for time with family.',
      { text: 'She confronted her fear of the stairs and climbed all twelve.', mode: 'reflection' },
      'Failed conservative care by aggressive physical, medical and pharmacological intervention.',
      'Confrontational visual field testing was full to finger counting.',
      'Transport staff agitated about the elevator outage; session started 15 min late, pt calm.',
      'MENTAL STATUS EXAM: Affect hostile and labile; thought process tangential.',
      'Aggressive disease course per neurology; FVC down 7% in 3 months.',
      'Aggressive stretching of the gastrocnemius is avoided in the acute phase.',
      'RASS +2 (agitated) per nursing at 0700; session moved to the afternoon.',
      'PHQ-9 item on psychomotor agitation scored 0.',
      'Not combative; followed all transfer cues.',
      'No agitation observed during the 40-min session.',
      'Monitor for agitation or confusion overnight; reorient as needed.',
      'If agitated overnight, page the resident before any PRN is given.',
      'Pt reports feeling angry about the diagnosis and wants to talk with the team.',
      'She reports she is angry that the surgery was postponed again.',
      'She believes that the teachers become angry with her when she is late.',
      'Mother tends to be stubborn and gets angry easily as well.',
      'Lymphoma subtype known to be aggressive in younger adults.',
      'Pt tolerated the agitated saline contrast study; no shunt seen.',
      'Hostile abdomen from prior surgeries; laparoscopy converted to open.',
      'Angry red rash over both shins.',
      'The patient became agitated secondary to hypoxia; BiPAP started.',
      'Pt appears agitated and diaphoretic with HR 130.',
      'SYSTEMS REVIEW: The patient currently is agitated. No other history obtained.',
      'Agitated Behavior Scale 21 this morning, down from 30.',
    ],
  },
});
