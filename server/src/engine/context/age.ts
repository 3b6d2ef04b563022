/**
 * Whether a paragraph is about a child or an adult, by the ages and settings it
 * names. Child words ("diaper", "the boy") are the right words in a paediatric
 * note and talk down to an adult, so rules ask this layer rather than guess.
 */

/** Ages of a child spelled out, as narrative writing gives them ("her five-year-old", "a twelve-year-old girl"). */
const CHILD_AGE_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

/**
 * An infant, toddler or school-age child, or a paediatric setting (an age in months opening what the child is or does: "18 mo seen
 * for …", "9 mo F", not a duration: "pain x 18 mo", "18 mo s/p TKA"); a gestational or corrected age ("34 wk CGA") and a day
 * or hour of life ("DOL 12", "HOL 30") are a neonate's.
 */
const PAEDIATRIC =
  /\b(?:infants?|babies|baby|newborns?|neonat\w*|toddlers?|preschool\w*|pre-school\w*|kindergart\w*|nursery|daycare|day\s+care|p(?:a)?ediatrics?|p(?:a)?ediatric|peds|paeds|NICU|PICU|(?:[1-9]|1[0-2])\s*-?\s*(?:yo|y\/o|y\.o\.|years?[-\s]old|yrs?[-\s]old|year[-\s]old)|\d+\s*-?\s*(?:months?|mos?|weeks?|wks?)[-\s]old|\d{1,2}\s*-?\s*(?:mo|mos|m\/o)\.?\s+(?:old|[MF]|male|female|boy|girl|infant|child|toddler|twin|seen|presents|presenting|brought|here\s+for)|(?:aged?|age)\s+(?:[1-9]|1[0-2])\b|school[-\s]age|(?:1st|2nd|3rd|[4-6]th|first|second|third|fourth|fifth|sixth)(?:\s+grade|[-\s]graders?)|grade\s+[1-6]\b|IEP|well[-\s]child|early\s+intervention|birth[-\s]to[-\s]three|\d{2}\s*(?:\+\s*\d\s*)?(?:wk|wks|weeks?)\s*(?:CGA|PMA|GA|gestation\w*|corrected)|corrected\s+age|adjusted\s+age|\d{2}(?:\s*\+\s*\d)?\s*\/\s*40\s*(?:CGA|PMA|GA|weeks?|wks?|gestation\w*|corrected)|SCBU|NNU|DOL\s*#?\s*\d{1,3}|HOL\s*#?\s*\d{1,3}|days?\s+of\s+life|hours?\s+of\s+life)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-\s]years?[-\s]old\b/i;

/**
 * The care of a baby or toddler, which says the patient's age as plainly as a number: feeding at the breast, a latch,
 * burping, swaddling, wet and dirty nappies counted per day, the nappy area, toilet training, tummy time, a Moses basket, a baby's yellow and seedy
 * stools, the red book, a heel prick, a health visitor's visit, an age in months ("18 mo,", "2y6m").
 * Not a duration ("for 2 mo", "x 3 mo").
 */
const INFANT_CARE =
  /\b(?:yellow\s+and\s+seedy|seedy\s+stools?|moses\s+basket|red\s+book|heel[-\s]prick|HV\s+visit|nappy\s+rash|breast[-\s]?fe(?:d|ed|eding|eds)|chest[-\s]?fe(?:d|ed|eding|eds)|bottle[-\s]?fe(?:d|ed|eding|eds)|formula[-\s]?fed|possets?|posseting|muslins?|latch(?:ed|ing|es)?|burp(?:ed|ing|s)?|swaddl\w*|tummy\s+time|toilet[-\s]training|potty[-\s]training|booster\s+seat|babbl(?:es|ed|ing)|\d+\s+wet\s+(?:nappies|diapers)|(?:nappy|diaper)\s+area|(?:nappies|diapers)\s*:?\s*(?:\d+|x\s*\d+)\s*(?:wet|dirty|soiled)|(?:nappies|diapers)\s+(?:are|were|still|now)?\s*(?:wet|dirty|soiled)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:wet|dirty|soiled)(?:\s+(?:and|&)\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:wet|dirty|soiled))?\s+(?:nappies|diapers)|wet\s+(?:nappies|diapers)\s*(?:\d|x\s*\d|per\b|\/))|(?<!\b(?:for|x|over|past|last|in|within|after|since)\s+)\b\d{1,2}\s*(?:mo|mos|m\/o)\b(?=\s*[,;:.)]|\s+(?:on|with|who|boy|girl|baby|infant|twin|presents|seen|referred)\b)|\b\d\s*y\s*\d{1,2}\s*m\b/i;

/**
 * A child named with an age in apposition or as a predicate ("The boy, 6, was seen with mother", "Her son is 12, and …", "The
 * boy I treated at the school was 8 and …", "The little boy (4) had a tantrum"), and an
 * early-intervention visit ("EI visit"), which serves children from birth to three.
 */
const CHILD_APPOSITION = /\b(?:boy|girl|child|kid|son|daughter|toddler|infant)(?:\s+(?:I|we|who|that|in|on|at|from)\s[^.,;:!?\n]{0,40}?)?\s*(?:,|\bis|\bwas)\s*(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+and\s+a\s+half)?\s*(?:,|\.|;|\band\b|$)|\b(?:boy|girl|child|kid|son|daughter|toddler|infant)\s*\(\s*(?:[1-9]|1[0-2])\s*(?:y|yo|yrs?|years?)?\s*\)|\bEI\s+(?:visit|session|services|provider|therapist|evaluation|eval|plan)\b/i;

/** An adult compared to a baby ("acting like a big baby", "crybaby", "the mental age of a toddler", "fed him like you would a toddler") names no child in the paragraph. */
// "Like a two-year-old" is the same comparison with an age.
const COMPARED_TO_A_BABY = new RegExp(
  `\\b(?:like|as|like\\s+(?:you|one)\\s+(?:would|might)|like\\s+you'd|(?:mental|developmental|emotional)\\s+age\\s+of)\\s+(?:a|an)\\s+(?:(?:big|little|giant|spoiled|spoilt|overgrown)\\s+)?(?:baby|toddler|infant|(?:[1-9]|${CHILD_AGE_WORD})[-\\s]years?[-\\s]old)\\b|\\b(?:big|cry)[-\\s]?baby\\b`,
  'gi',
);

/** An adult: 18 or older, a university student, an adult's life ("Naren, 20, …"), or a person said to be 18 or older ("Kid is 20"). */
const ADULT =
  /\b(?:(?:1[89]|[2-9]\d|1[01]\d)\s*-?\s*(?:yo|y\/o|y\.o\.|years?[-\s]old|yrs?[-\s]old|year[-\s]old|yr\b)|(?:aged?|age)\s+(?:1[89]|[2-9]\d)\b|in\s+(?:his|her|their)\s+(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|20s|30s|40s|50s|60s|70s|80s|90s)|university|college|undergrad\w*|graduate\s+student|grad\s+student|adults?|young\s+adult|(?:his|her)\s+(?:wife|husband|girlfriend|boyfriend|partner|job|employer|apartment)|employed|works\s+as|veteran|retired)\b|,\s*(?:1[89]|[2-9]\d)\s*,|\b(?:he|she|pt|patient|kid|boy|girl|child|who)\s+(?:is|was|turned|just\s+turned)\s+(?:1[89]|[2-9]\d)\b(?![.\/%:]\d|\s*(?:%|mg|kg|lbs?|cm|mm|min|bpm|degrees|°|weeks?|wks?|days?|months?|hours?|hrs?|points?))/i;

/** A stated adult age, which outweighs a paediatric word (an adult on a paediatric ward). */
const ADULT_AGE = /\b(?:1[89]|[2-9]\d)\s*-?\s*(?:yo|y\/o|years?[-\s]old|year[-\s]old)\b|\b(?:eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?)[-\s]years?[-\s]old\b/i;

/** Adult ages of a group: "all in their 80s", "aged 70", "25-40 years". */
const GROUP_ADULT_AGES =
  /\b(?:all\s+)?(?:over|above|older\s+than)\s+(?:[2-9]\d)\b|\bin\s+their\s+(?:late\s+|early\s+|mid[-\s])?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)\b|\b(?:aged?|ages)\s+(?:1[89]|[2-9]\d)\b|\b(?:1[89]|[2-9]\d)\s*(?:-|–|to)\s*(?:[2-9]\d|1[01]\d)\s*(?:yo|y\/o|years?)\b/i;

/** The patient's stated age below which a note is paediatric for child words. */
export const CHILD_BELOW_YEARS = 13;

export interface ParagraphAges {
  paediatric: boolean;
  adult: boolean;
}

// Runs are tested many times in a row (once per candidate), so the last answer is kept.
let lastText: string | undefined;
let last: ParagraphAges = { paediatric: false, adult: false };

export function paragraphAges(text: string): ParagraphAges {
  if (text !== lastText) {
    last = { paediatric: (PAEDIATRIC.test(text.replace(COMPARED_TO_A_BABY, ' ')) || CHILD_APPOSITION.test(text) || INFANT_CARE.test(text)) && !ADULT_AGE.test(text), adult: ADULT.test(text) || ADULT_AGE.test(text) };
    lastText = text;
  }
  return last;
}

/**
 * A child's age written as a number ("Age 4:", "4 yo", "a 6-year-old", "18 mo", "aged 3") with no adult age: a stronger
 * sign than a child word, which a maternity note also uses for the baby while the patient is the mother.
 */
const CHILD_AGE_NUMBER = /\b(?:(?:aged?|age)\s*:?\s*(?:[1-9]|1[0-2])\b(?!\s*(?:%|mm|cm|kg|min|mins|hours?|hrs?|days?|weeks?|months?|\/))|(?:[1-9]|1[0-2])\s*-?\s*(?:yo|y\/o|y\.o\.|years?[-\s]old|yrs?[-\s]old|year[-\s]old)|\d{1,2}\s*-?\s*(?:months?|mo|mos)[-\s]old)\b/i;
export function childAgeText(text: string): boolean {
  return CHILD_AGE_NUMBER.test(text) && !ADULT_AGE.test(text);
}

/** An age of 13 to 17 stated for someone ("She was fifteen", "The girl was 14", "a 16 yo"): a minor, whom "girl" and "boy" fit. */
const MINOR_AGE = /\b(?:1[3-7]\s*-?\s*(?:yo|y\/o|years?[-\s]old|year[-\s]old)|(?:was|is|aged?)\s+1[3-7]\b(?!\s*(?:%|mm|cm|kg|lb|min|mins|minutes|hours|hrs|days|weeks|months|\/))|(?:thirteen|fourteen|fifteen|sixteen|seventeen)\b)/i;
export function minorText(text: string): boolean {
  return MINOR_AGE.test(text) && !ADULT_AGE.test(text);
}

/** The text states adult ages for a group of people. */
export function statesGroupAdultAges(text: string): boolean {
  return GROUP_ADULT_AGES.test(text);
}
