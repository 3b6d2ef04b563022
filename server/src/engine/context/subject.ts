/**
 * Who a word is about. Many labels are only a judgment when they describe the
 * person ("pt resistant to repositioning"), not a body part, test, drug or
 * treatment ("resistant to passive stretch", "methicillin-resistant").
 * Notes are often verbless fragments ("Refused stretching."), so a term at the
 * very start of a sentence has the patient as its implied subject.
 */
import { clauseAt, type Span } from '../text/sentences.ts';
import { WORD_SETS } from '../terms/words.ts';

/**
 * Sports medicine writes the athlete by position or year ("Soph WR c/o ankle pain", "the forward kept insisting …"); a
 * position word that is also a plain word ("forward", "setter") counts only after a determiner.
 * A bed, room, bay or stretcher number stands for the person in it ("Bed 19 is refusing dinner", "Room 4 keeps pulling at
 * her IV", "the SCI in bay 3 refused …"), and
 * an appointment time for the person booked ("the 2pm is very needy").
 */
export const PERSON_WORDS =
  /\b(?:pt|pts|patient|patients|client|clients|resident|he|she|they|him|her|them|himself|herself|themselves|student|vet|veteran|worker|employee|inmate|detainee|athlete|player|dancer|runner|swimmer|gymnast|wrestler|linebacker|lineman|linemen|quarterback|goalie|sprinter|freshman|sophomore|soph|claimant|examinee|evaluee|grader|kindergartner|WR|QB|(?:the|our|a|this)\s+(?:forward|striker|defender|midfielder|setter)|man|woman|male|female|boy|girl|gentleman|lady|guy|guys|kid|kids|child|teen|teenager|roommate|person|individual|yo|y\/o|family|caregiver|caregivers|spouse|wife|husband|partner|mother|father|mom|dad|son|daughter|parent|parents|sister|brother|mr|mrs|ms|mx|(?:bed|room|rm|bay|cubicle|curtain|stretcher|trolley)\s*#?\s*\d+[A-Za-z]?|(?:the|my|our|your)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)|(?:the|a|an|this|that|our|my|your)\s+\d{1,3}[-\s](?:years?|yrs?|months?|mos?)[-\s]old|[A-Z][a-z]+ [A-Z]\.)\b/;

/**
 * A label opening a line before its text: "S:", "Plan:", "Transfer note to Elmstead Nursing Home:". Up to five or six
 * words, so a letter's or a form's heading counts as well as a SOAP letter. The text after it starts the sentence.
 */
export const LEAD_LABEL = String.raw`(?:[A-Z][A-Za-z ]{0,40}:\s*)?`;
/** The label and the list or quote marks that may open a sentence, anchored at its start. */
export const SENTENCE_LEAD = new RegExp(String.raw`^[\s\-*>\u2022]*${LEAD_LABEL}`);

/** The person word nearest before `offset` in its clause, if any ("He", "Pt" and "Patient" count at any capitalisation). */
export function personBefore(text: string, sentence: Span, offset: number): boolean {
  const clause = clauseAt(text, sentence, offset);
  const lead = text.slice(clause.start, offset);
  if (PERSON_WORDS_ANY_CASE.test(lead) || PERSON_WORDS.test(lead) || AGE_SEX.test(lead) || OBSTETRIC.test(lead)) return true;
  // "Per patient, who claimed to …": a relative clause opened by "who" right after a person word (the comma
  // breaks the clause) has that person as its subject.
  // ("who" is itself a clause break, so it ends the text before the clause).
  const before = text.slice(Math.max(sentence.start, clause.start - 48), clause.start);
  if (PERSON_WHO.test(before) || PERSON_APPOSITION.test(before) || AGE_SEX_LEAD.test(before) || PER_PERSON_LEAD.test(before)) return true;
  // A linking adverb may open the joined predicate: "Pt refused epidural, then demanding one at 9 cm".
  // Or the last of a joined list of predicates: "She was tired, cranky and refusing her tray".
  return (JOINING_LEAD.test(lead) || JOINED_LIST_LEAD.test(lead)) && joinedPredicateOfPerson(text.slice(sentence.start, clause.start));
}

/**
 * A predicate joined on with a comma and no subject of its own takes the sentence's opening subject: "Pt is
 * manipulative and hostile, claims the officers took his glasses", "34 yo M BIBA after MVC, claims he was wearing a
 * seatbelt". Only a comma joins it (a semicolon or a full stop starts anew), and only when the sentence opens with the
 * person, so a clause of someone else's ("Daughter called, claims …", "Pt's grandson, 6, behaved …") is not.
 */
function joinedPredicateOfPerson(opening: string): boolean {
  if (!/,\s*(?:(?:then|and|but|also|later|now|again|still)\b\s*)*$/i.test(opening) || /[;]/.test(opening)) return false;
  return PERSON_OPENING.test(opening) || (FRAGMENT_OPENING.test(opening) && !OTHER_PERSON.test(opening));
}

/**
 * A note-style fragment with the patient as its unwritten subject, opened by a predicate charting uses for the patient
 * ("Reluctant to trial new joystick, defensive when offered help", "Tolerated 20 min, then demanding more meds",
 * "Belligerent on arrival, smelling of ETOH"). The
 * joined predicate shares that subject, unless the opening names someone else ("Tearful daughter at bedside, demanding …").
 */
const FRAGMENT_OPENING =
  new RegExp(String.raw`^[\s\-*>\u2022]*${LEAD_LABEL}(?:reluctant|unwilling|hesitant|anxious|tearful|pleasant|cooperative|uncooperative|belligerent|combative|hostile|intoxicated|drunk|disheveled|dishevelled|unkempt|confused|disoriented|somnolent|calm|agitated|irritable|guarded|frustrated|upset|angry|withdrawn|lethargic|drowsy|restless|motivated|unmotivated|eager|distracted|fatigued|tired|declined|declines|agreed|agrees|refused|refuses|tolerated|tolerates|ambulated|ambulates|participated|participates|requested|requests|reports|reported|states|stated|endorses|endorsed|presents|presented|arrived|returned|remains|remained|continues|continued|became|missed|misses|skipped|skips|forgot|forgets|cancelled|canceled|cancels|no-showed)\b`, 'i');
// The relatives are the shared list (words.ts); staff and visitors are added here.
const OTHER_PERSON = new RegExp(String.raw`\b(?:${[...WORD_SETS.relative, 'mum', 'carer', 'carers', 'friend', 'visitor', 'visitors', 'staff', 'nurse', 'rn', 'aide', 'roommate'].join('|')})\b`, 'i');

/** One or two words and "and" before the last predicate of a list ("…, cranky and refusing …"). */
const JOINED_LIST_LEAD = /^\s*(?:[A-Za-z-]+\s+){1,2}(?:and|or)\s+$/i;

/** Nothing, or only linking and degree adverbs, before a joined predicate ("…, then demanding one", "…, very defensive"). */
const JOINING_LEAD = /^\s*(?:(?:then|and|but|also|later|now|again|still|very|quite|so|extremely|rather|increasingly|somewhat)\s+)*$/i;

/** An age written for a person: "34 yo", "72 y/o", "58-year-old". */
const AGE_WORD = String.raw`\d{1,3}\s?-?\s?(?:yo|y\/o|y\.o\.|year-old|years?\s+old|yr-old)`;

/**
 * A sentence that opens with the patient: "Pt", "Patient", "He", "Inmate", "34 yo M", "72M", an athlete by year or
 * sport ("Soph WR", "Dancer"), after an optional label.
 */
const PERSON_OPENING = new RegExp(
  String.raw`^[\s\-*>\u2022]*${LEAD_LABEL}(?:the\s+)?(?:(?:pt|patient|client|resident|inmate|detainee|claimant|examinee|evaluee|he|she|athlete|player|dancer|runner|swimmer|gymnast|wrestler|frosh|soph|sophomore|freshman)\b(?!['’]s)|${AGE_WORD}\b|\d{1,3}[MF]\b)`,
  'i',
);

/**
 * Age-and-sex shorthand for the patient ("34M", "34 yo F", "72yoM"), case-sensitive so "34 m" of distance and a
 * decimal temperature ("98.6F") do not count.
 */
const AGE_SEX = /(?<![\d.°])\b\d{1,2}(?:[MF]|\s?(?:yo|y\/o|y\.o\.)\s?[MF]?)(?![\w/])/;

/**
 * A triage or one-liner opening that names the patient by age and sex, then a comma: "34 yo M, claims …", "ED: 62 y/o
 * female, insists …", "a 70-year-old man, reports …". The clause after the comma has that person as its subject.
 */
const AGE_SEX_LEAD = new RegExp(String.raw`(?:^|[\s:(])${AGE_WORD}\s?(?:[MF]|male|female|man|woman|gentleman|lady|boy|girl|pt|patient)?\s*,\s*$`, 'i');

/**
 * Obstetric shorthand for the patient: gravida and para ("G2P1", "G3P2002", "G1 P0", "G4P3-0-1-3") and the nouns
 * made from them ("primigravida", "multip"). Case-sensitive capitals for the shorthand, so a grade ("g2") or a
 * protein name does not count.
 */
const OBSTETRIC = /\bG\d{1,2}\s?P\d{1,4}(?:-\d{1,2}){0,3}\b|\b(?:primigravida|multigravida|primipara|multipara|primip|multip|nullip|nullipara|grand\s?multip)\b/i;

/**
 * A person word with an aside after it, which breaks the clause but not the subject: "Pt (72 yo) behaving for staff",
 * "Pt, 72 yo, refused", "Mr. K (bed 4) is a feeder".
 */
const PERSON_APPOSITION =
  /\b(?:pt|patient|client|resident|he|she|man|woman|gentleman|lady|mr|mrs|ms)\.?(?:\s+[A-Z][a-z]*\.?)?\s*(?:\([^()]{1,40}\)|,\s*(?:age\s*)?\d{1,3}\s*(?:yo|y\/o|years?[-\s]old|yrs?)?\s*,)\s*$/i;

/**
 * An attribution that opens the sentence with the patient as the source ("Per pt, allegedly fell at home", "According to
 * the patient's account, supposedly …"): the subjectless clause after the comma is the patient's account.
 */
const PER_PERSON_LEAD = /(?:^|[\s(])(?:per|according\s+to)\s+(?:the\s+)?(?:pt|patient|client|resident)(?:'s)?(?:\s+(?:report|account|own\s+report))?\s*,\s*$/i;

/**
 * A person word, an optional comma, then "who" ("Per patient, who", "her husband who"); or any noun after an article or
 * a possessive, since "who" names a person whatever the noun ("a roofer who supposedly slipped", "the retired teacher who").
 */
const PERSON_WHO =
  /\b(?:(?:pt|patient|client|resident|family|caregiver|spouse|wife|husband|partner|mother|father|mom|dad|son|daughter|parent|parents|sister|brother|man|woman|gentleman|lady)|(?:a|an|the|this|that|our|my|his|her|their)\s+(?:[a-z][a-z'-]*\s+){0,2}[a-z][a-z-]*)\s*,?\s*who\s*$/i;

/**
 * Exam labels that name a body part: after "Abdomen:" the implied subject of "obese, soft, nontender" is
 * the abdomen, not the person. System labels that describe the person ("Neuro:", "Psych:") are not here.
 */
const BODY_PART_LABEL =
  /^[\s\-*>•]*(?:abdomen|abd|chest|back|spine|extremities|ext|skin|integument|heent|head|neck|lungs?|heart|cardiac|breasts?|pelvis|pelvic|genitalia|gu|rectal|joints?|wounds?|incisions?|trunk|buttocks|feet|hands?|legs?|arms?)\s*:/i;

/**
 * A concessive opener set off by a comma ("Despite repeated education, continues to smoke", "Even after teaching,
 * skips the HEP") does not bring its own subject: the fragment after the comma still has the patient as its implied
 * subject, so the opener does not count as the fragment's first words.
 */
const CONCESSION_LEAD =
  /^(?:despite|in\s+spite\s+of|even\s+after|even\s+with|regardless\s+of|notwithstanding|after\s+(?:repeated|multiple|several|many|numerous|extensive|further|more))\b[^,;:.!?\n]{1,60},\s*/i;

/** An interjection set off by punctuation ("Ugh, family at bedside demanding …", "Again, refused") brings no subject either. */
const INTERJECTION_LEAD = /^(?:ugh+|sigh|wow|welp|well|ok|okay|so|honestly|lol|smh|fyi|btw|again|also)\s*[,!…]+\s*/i;

/** True when `offset` is within the first `words` words of its sentence (implied subject). */
export function atSentenceStart(text: string, sentence: Span, offset: number, words = 2): boolean {
  if (BODY_PART_LABEL.test(text.slice(sentence.start, offset))) return false;
  const lead = text
    .slice(sentence.start, offset)
    .replace(SENTENCE_LEAD, '')
    .replace(CONCESSION_LEAD, '')
    .replace(INTERJECTION_LEAD, '');
  const count = lead.trim() === '' ? 0 : lead.trim().split(/\s+/).length;
  return count < words;
}

/** The patient (or a person) is the subject of the term at `offset`, stated or implied. */
export function hasPersonSubject(text: string, sentence: Span, offset: number): boolean {
  return personBefore(text, sentence, offset) || atSentenceStart(text, sentence, offset, 3);
}

/**
 * PERSON_WORDS in any capitalisation ("He", "Pt", "Patient" at the start of a
 * sentence), keeping the case-sensitive name pattern ("Jake T.") as it is.
 * Added alongside PERSON_WORDS so existing callers keep their behaviour.
 */
export const PERSON_WORDS_ANY_CASE = new RegExp(
  `${PERSON_WORDS.source.replace('|[A-Z][a-z]+ [A-Z]\\.)\\b', ')\\b').replace('\\b(?:', '\\b(?:')}`,
  'i',
);

