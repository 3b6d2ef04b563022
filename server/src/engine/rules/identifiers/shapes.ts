/**
 * The shapes of identifiers (HIPAA Safe Harbor classes, 45 CFR 164.514(b)(2), S31) that token
 * patterns cannot say on their own: how many digits, which area codes, which octets. Rules find a
 * candidate with a pattern over tokens, and a named condition (terms/conditions.ts) checks its shape here.
 */

const M = '(?:0?[1-9]|1[0-2])';
const D = '(?:0?[1-9]|[12]\\d|3[01])';
const YEAR = '(?:19|20)\\d{2}';
/** A day or month written with two digits ("02", "11"). */
const D2 = '(?:0[1-9]|[12]\\d|3[01])';
/** A day that can only come first (13–31), as day/month is written outside the US: "admitted on 14/03". */
const DAY_FIRST = '(?:1[3-9]|2\\d|3[01])';
const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** A capitalised name of two or more letters, with accents, apostrophes and hyphens ("Tomás", "O'Neil", "Robinson-Smith"). */
const NAME = "\\p{Lu}\\p{Ll}*(?:['’]\\p{Lu}?\\p{Ll}+|-\\p{Lu}\\p{Ll}+)?\\p{Ll}";
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

/** Words a generic resource page's path is made of: kinds of material, services, topics, and the small words joining them. */
/**
 * A topic under a guideline or reference section, whatever the topic is called ("…/guidelines/sepsis",
 * "…/conditions/bronchiolitis", "…/health-topics/heat-stroke"): letters and hyphens only, so a record number or a
 * profile id does not pass. Only these section words: a person's page is not filed under "guidelines".
 */
const TOPIC_PAGE =
  '(?:(?:\\/(?:resources|education|patient-education))?\\/(?:guidelines?|clinical-guidelines|practice-guidelines|library|topics|health-topics|conditions|diseases|articles?|fact-?sheets?)(?:\\/[a-z]+(?:-[a-z]+)*){1,2}' +
  // One page whose name says it is teaching material ("…/dialysis-education", "…/stroke-resources"), but not a fund,
  // a memorial or a person's page that happens to use the word ("…/naren-education-fund").
  '|\\/(?![a-z-]*(?:fund|donat|memorial|tribute|gofundme|profile))(?:[a-z]+-){1,3}(?:education|handouts?|resources|guidelines?|information|teaching)(?:-[a-z]+){0,2})(?:\\.(?:pdf|html?))?';
const RESOURCE_WORD = 'hep|heps|home-?exercises?|exercises?|library|handouts?|resources?|patients?|education|guides?|guidelines|faqs?|forms|classes|services|programs?|conditions|vestibular|balance|falls?|prevention|stroke|cardiac|pulmonary|rehab|rehabilitation|physical|occupational|speech|therapy|wound|care|diabetes|nutrition|pelvic|health|back|neck|pain|knee|hip|shoulder|ankle|en|pdfs?|downloads?|policy|policies|privacy|consent|photos?|photography|media|confidentiality|hipaa|visitors?|families|family|topics?|articles?|info|information|fact|sheets?|factsheets?|tips|videos?|tools?|toolkits?|osteoarthritis|arthritis|oa|low|chronic|spine|foot|feet|hand|wrist|elbow|sciatica|concussion|vertigo|dizziness|dementia|parkinsons|copd|asthma|heart|failure|walking|stretch(?:es|ing)?|strength(?:ening)?|posture|sleep|weight|cancer|surgery|replacement|recovery|pediatrics|paediatrics|seniors|older|adults|caregivers?|support|departments?|clinics?|locations?|research|students?|teaching|learning|documents?|docs|total|joints?|osteoporosis|bone|healthy|living|self|management|leaflets?|brochures?|code|conduct|professional|standards|ethics|practice|clinical|and|for|of|the|with|your|a|to|how|after|before|womens?|mens?|kids|children|staff|general|public|safety|accessibility|accessible|disability|disabilities|interpreters?|interpreting|language|parking|directions|hours|visiting|appointments?|billing|insurance|pharmacy|urgent|emergency|equipment|loans?|lending|supplies|devices|wheelchairs?|seating|als|ms|sci|mnd|precautions|protocols?|instructions|post-?op|pre-?op|discharge|aftercare|hospitals?|units?|wards?|burns?|icu|nicu|picu|energy|conservation|fatigue|handbooks?|orientation|lymph(?:o)?edema|swallowing|dysphagia|ostomy|feeding|breastfeeding|maternity|labou?r|delivery|vision|low-vision|eyes?|optometry|hearing|audiology|referrals?';

export const SHAPES = {
  /** 123-45-6789, 123 45 6789, 123456789. */
  ssn: /^\d{3}[\s-]?\d{2}[\s-]?\d{4}$/,
  /** A record, account, plan or serial number after its label: 5+ letters, digits and inner hyphens, one a digit. */
  recordNumber: /(?:^|[\s:#=])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9]$/,
  /** (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567 (area codes start with 2–9); +44 20 7946 0958, +44 7700 900123 (8 to 15 digits). */
  phone: /^(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[.-])\d{3}[\s.-]\d{4}$|^\+1[\s.-]?[2-9]\d{2}\s\d{3}[\s.-]\d{4}$|^(?=(?:\D*\d){8})(?!(?:\D*\d){16})\+[2-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,6}){1,4}$/,
  /** Ten digits in groups of 3, 3 and 4 parted by spaces, after a phone word: 312 555 0148. */
  spacedPhone: /^[2-9]\d{2} \d{3} \d{4}$/,
  /** A UK-style number after a phone word: a leading 0 and ten or eleven digits, whole or in two or three groups (07700 900412, 0161 496 0123). */
  nationalPhone: /^(?=(?:\D*\d){10,11}\D*$)0\d{2,4}(?:[ -]?\d{3,4}){1,2}$/,
  /** An NHS or CHI number after its label: ten digits, in groups of 3, 3 and 4. */
  nhsNumber: /(?:^|\D)\d{3} \d{3} \d{4}$/,
  /** Seven digits after a phone word: 555-0199. */
  localPhone: /^\d{3}[.-]\d{4}$/,
  /** 4111 1111 1111 1111. */
  card: /^\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}$/,
  /** Four octets with at least one multi-digit part ("1.2.3.4" is an outline number). */
  ipv4: new RegExp(`^(?=.*\\d\\d)${OCTET}(?:\\.${OCTET}){3}$`),
  /** Hex groups with "::" or all eight groups, and a hex letter or a 4-digit group (not a time like 10:30:45). */
  ipv6: /^(?=.*(?:[A-Fa-f]|[0-9A-Fa-f]{4}))(?=.*::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}$)(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}$/,
  /**
   * 3/14/2025, 03-14-25, 14.03.2025, 02.11.26 or 3.14.26 (a two-digit day and year, so "1.2.10" stays an outline
   * number), 2025-03-14.
   */
  numericDate: new RegExp(`^(?:${D}[/.-]${D}[/.-]${YEAR}|${D2}\\.${D2}\\.\\d{2}|${M}\\.${D2}\\.\\d{2}|${M}/${D}/\\d{2}|${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))$`),
  /** March 14, Mar. 14th, 2025 (or "February 6,2007"); 14 March 2025; the 14th of March; 14-Mar-2025, 14-Mar-25, Mar-14-2025. */
  namedDate: new RegExp(`^(?:${D}-${MONTH_NAME}-(?:${YEAR}|\\d{2})|${MONTH_NAME}-${D}-${YEAR}|${MONTH_NAME}\\.?\\s+${D}(?:st|nd|rd|th)?(?:,\\s*${YEAR}|\\s+${YEAR})?|${D}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\.?(?:,?\\s+${YEAR})?)$`),
  /** A month and year ("March 2025"). */
  monthYear: new RegExp(`^${MONTH_NAME}\\.?,?\\s+${YEAR}$`),
  /**
   * A month/day after a date word ("on 3/14"), but not over a score's usual denominators (3/5 MMT, 6/10 pain). Twenty is
   * a denominator after "from" or "since" ("up from 8/20"), but after "on" or an event of the stay it is the day ("went to
   * rehab on 3/20").
   */
  // The month starts the number: in "up from 21/30" the "1/30" inside a score is not a month and day.
  cuedMonthDay: new RegExp(`(?<!\\d)${M}/(?!(?:3|4|5|10|20)$)${D}$|(?<!\\d)${DAY_FIRST}/(?:0[1-9]|1[0-2])$|^(?:on|dob|dos|admitted|discharged|seen|born|dated|returned|arrived|transferred|readmitted|died|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b[\\s:,]*${M}/20$`, 'i'),
  /** An age of 90 or more, where the span starts or ends with it. */
  age90: /^(?:9\d|1[01]\d)\b|\b(?:9\d|1[01]\d)$/,
  /** Reference sites: guidelines, journals, public-health and professional bodies. */
  referenceSite: /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)*(?:doi\.org|[a-z0-9-]+\.gov|gov\.[a-z]{2}|nih\.gov|who\.int|apta\.org|jointcommission\.org|ismp\.org|cochranelibrary\.com|cochrane\.org|jamanetwork\.com|nejm\.org|bmj\.com|thelancet\.com|springer\.com|link\.springer\.com|wiley\.com|sciencedirect\.com|elsevier\.com|tandfonline\.com|sagepub\.com|lww\.com|oup\.com|academic\.oup\.com|nature\.com|frontiersin\.org|mdpi\.com|plos\.org|journals\.plos\.org|biomedcentral\.com|wikipedia\.org|scholar\.google\.com|physio-pedia\.com|choosept\.com|apastyle\.apa\.org|apa\.org|amamanualofstyle\.com|ncdj\.org|nad\.org|shmabstracts\.org|arxiv\.org|github\.com|openreview\.net|physionet\.org)(?:[/:?#]|$)/i,
  /**
   * A site's generic resource page: every part of the path names a kind of material or a service ("…/hep",
   * "…/patient-education/falls", "…/resources/handouts"), none of it a person ("…/help-naren", "…/naren.rolls").
   * A handout library leads to the clinic's material, not to the patient. A part may join several such words with
   * hyphens ("…/patient-education/knee-oa", "…/policies/patient-photos"): a topic page, still with no name in it.
   */
  resourcePage: new RegExp(
    `^(?:https?:\\/\\/)?(?:www\\.)?[a-z0-9.-]+\\.[a-z]{2,}(?:(?:\\/(?:${RESOURCE_WORD})(?:-(?:${RESOURCE_WORD}))*(?:\\.(?:pdf|html?|aspx|php))?)+|${TOPIC_PAGE})\\/?$`,
    'i',
  ),
  /** alex@example.org, after the tokens that can make one up. */
  email: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}$/,
  /** A five-digit ZIP code, or ZIP+4, at the end. */
  zip: /\b\d{5}(?:-\d{4})?$/,
  /** States and countries are larger than Safe Harbor's limit. */
  largePlace: /^(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Canada|Mexico|India|China|England|Scotland|Wales|Ireland|Australia|Germany|France|Nigeria|Kenya|Brazil|Japan|Korea|Vietnam|Philippines|Pakistan|Bangladesh|Europe|Asia|Africa|America|the US)$/,
  /** A given name, or given name and surname. */
  name: new RegExp(`^${NAME}(?:\\s+${NAME})?$`, 'u'),
  /** "Mr. Patel", "Dr Alvarez". */
  honorificName: new RegExp(`^(?:Mr|Mrs|Ms|Mx|Miss|Mister|Dr)\\.?\\s+${NAME}(?:\\s+${NAME})?$`, 'u'),
  /** "Jake T.": a first name and an initial. */
  initialName: new RegExp(`^${NAME}\\s+[A-Z]\\.$`, 'u'),
} as const;

export type ShapeName = keyof typeof SHAPES;
