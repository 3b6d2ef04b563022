/**
 * sud.person-labels — "addict", "substance abuser", "junkie", "alcoholic" (a person), "drug user".
 */
import { defineRule } from '../define.ts';
import type { Term } from '../../terms/terms.ts';

const LABEL = '"{match}": labels like this make substance use the whole person and raise blame, even among clinicians. Describe the person and the condition: "person with opioid use disorder", "person who uses drugs", "person in recovery".';
const SLUR = '"{match}" is a slur for people who use drugs or alcohol and has no clinical meaning. Say "person who uses drugs" or "person with a substance use disorder", and record the substance and pattern of use.';
const USER = '"{match}": say "person who uses drugs" (or "who injects drugs", "who uses cannabis"): it describes a behaviour, not an identity.';
/** A label ends its clause or the sentence goes on about the person: "an alcoholic who …", "a drunk in the ED". */
const GOES_ON = 'is|are|was|were|has|have|had|who|that|in|on|at|of|and|or|to|for|with|w|from|since|per|according_to|but|so|because|when|after|before|during|like|may|will|would|can|could|should|must|need|needs|often|usually|also|admitted|presented|came|comes|lives|living';
/** Opioids and pills as the first word of a label ("heroin addict"). */
const OPIOID = 'heroin|fentanyl|opioid/n|opiate/n|oxy|oxycodone|oxycontin|percocet|narcotic/n|pill/n|prescription';
const INJECTING = 'iv|intravenous|injection|injecting';
/** Adjectives of a label, and of a person in recovery. */
const LABEL_ADJ = 'active|known|chronic|hopeless|heavy|current|regular|daily|recreational';
const RECOVERED = 'former|ex|reformed|recovering';
/** Any drug, as the first word of a label. */
const DRUG = '@substance|crack|sex|gambling|poly-drug|polydrug';
/** Substances named in "… user"; pills, pot and tobacco are left out ("tobacco user: yes" is a smoking-status field). */
const USED = 'heroin|fentanyl|cocaine|crack|meth|methamphetamine/n|amphetamine/n|stimulant/n|opioid/n|opiate/n|narcotic/n|benzo/n|benzodiazepine/n|cannabis|marijuana|thc|weed|ketamine|pcp|mdma|ecstasy|inhalant/n|kratom';
const PERSON_WORD = '@person|@relative|boyfriend|boyfriends|girlfriend|girlfriends|partner|partners|ex|stepdad|stepfather|stepmum|stepmother|fathers|mothers|husbands|wives|brothers|sisters|sons|daughters|uncles|aunts|spouses|dads|moms';

/** What comes right before a label that a denial is about: a copula or "being" ("is not an addict", "denies being a former addict"). */
const LABEL_DENIED = "@be|being|been|become/v|became|becoming|not|never|no|isn't|wasn't|aren't|weren't|ain't|is_not|was_not|as|like|call/v|called|calling|label/v|labelled|labeled a|an?";

/**
 * A singular label, and before it its twin that a negation does not silence unless the label itself is what is denied:
 * "I had never talked to an addict before" denies the talking, and the label still names a person; "He is not an addict"
 * denies the label. The twin comes first, so where both match (every sentence that is not negated) it is the one kept, with
 * the same message and suggestions.
 */
function keptAfterDeniedAct(term: Term): Term[] {
  return [{ ...term, contexts: { negated: 'keep' }, notBefore: [...(term.notBefore ?? []), LABEL_DENIED] }, term];
}

export default defineRule({
  id: 'sud.person-labels',
  family: 'substance-use',
  severity: { clinical: 'warning', reflection: 'warning' },
  terms: [
    {
      match: ['junkie/n|junky', 'crack|dope|pot|meth|smack|coke|pill -? head/n', 'crackhead/n|dopehead/n|pothead/n|methhead/n|smackhead/n|cokehead/n|pillhead/n', 'druggie/n|druggy|alky|alkie|alkies|alkys|tweaker/n|stoner/n|wino/n|drunkard/n|boozer/n|boozehound/n|lush/n|dopefiend/n|cokehead/n', 'pill -? popper/n', 'pillpopper/n', 'dope|drug -? fiend/n'],
      message: SLUR,
      suggest: ['person/n who use/agree drugs'],
      severity: 'error',
      // A slur carries its contempt in a negated clause too ("I had never worked with a junkie").
      contexts: { negated: 'keep' },
    },
    // "I had never worked with addicts", "no alcoholics in the family": a group named by the label stays named whatever
    // the verb denies ("He is not an addict" negates the label itself and stays silent).
    { match: `${LABEL_ADJ}? -? alcohol|etoh -? addicts`, message: LABEL, suggest: ['people with alcohol use disorder'], contexts: { negated: 'keep' } },
    { match: `${LABEL_ADJ}? -? ${OPIOID} -? addicts`, message: LABEL, suggest: ['people with opioid use disorder'], contexts: { negated: 'keep' } },
    { match: `${LABEL_ADJ}? -? ${DRUG}? -? addicts`, message: LABEL, suggest: ['people with a substance use disorder', 'people who use drugs'], contexts: { negated: 'keep' } },
    { match: 'alcoholics', message: LABEL, suggest: ['people with alcohol use disorder'], notAfter: ['anonymous'], contexts: { negated: 'keep' } },
    // "Former addict" → "person in recovery"; "heroin addict" → "person with opioid use disorder".
    ...keptAfterDeniedAct({ match: `${RECOVERED} -? ${DRUG}|${INJECTING}? -? addict/n`, message: LABEL, suggest: ['person/n in recovery'] }),
    ...keptAfterDeniedAct({ match: `${LABEL_ADJ}? -? alcohol|etoh -? addict/n`, message: LABEL, suggest: ['person/n with alcohol use disorder'] }),
    ...keptAfterDeniedAct({ match: `${LABEL_ADJ}? -? ${OPIOID} -? addict/n`, message: LABEL, suggest: ['person/n with opioid use disorder'] }),
    ...keptAfterDeniedAct({ match: `${LABEL_ADJ}? -? ${INJECTING} -? drug? addict/n`, message: LABEL, suggest: ['person/n who inject/agree drugs'] }),
    ...keptAfterDeniedAct({ match: `${LABEL_ADJ}? -? ${DRUG}? -? addict/n`, message: LABEL, suggest: ['person/n with a substance use disorder', 'person/n who use/agree drugs'] }),
    // "Substance abuser"; a bare "abuser" is usually a perpetrator of abuse, so it needs a substance.
    { match: `${LABEL_ADJ}|former? alcohol|etoh -? abuser/n`, message: LABEL, suggest: ['person/n with alcohol use disorder', 'person/n with unhealthy alcohol use'] },
    { match: `${LABEL_ADJ}|former? iv|intravenous -? drug? abuser/n`, message: LABEL, suggest: ['person/n who inject/agree drugs'] },
    // "Substance misuser, poly-drug, sleeping rough": the UK word for the same label.
    { match: 'substance|substances|drug|drugs|alcohol|polysubstance|poly-drug -? misuser/n', message: LABEL, suggest: ['person who uses drugs'] },
    { match: `${LABEL_ADJ}|former? substance|substances|drug|drugs|polysubstance -? drug? abuser/n`, message: LABEL, suggest: ['person/n with a substance use disorder', 'person/n who use/agree drugs'] },
    { match: `${LABEL_ADJ}|former? @substance -? abuser/n`, message: LABEL, suggest: ['person/n with a substance use disorder', 'person/n who use/agree $2'] },
    // The substance after the noun: "abuser of benzodiazepines", "a chronic user of opioids" (not "abuser of his wife").
    { match: `${LABEL_ADJ}|former? abuser/n|addict/n of @substance`, message: LABEL, fix: 'none' },
    {
      match: '=IVDA|=IVDU',
      message: '"{match}" names a person by their drug use. Say "person who injects drugs (PWID)" or "injection drug use" for the behaviour.',
      suggest: ['injection drug use', 'person who injects drugs'],
    },
    {
      match: '=IVDAs|=IVDUs',
      message: '"{match}" names a person by their drug use. Say "person who injects drugs (PWID)" or "injection drug use" for the behaviour.',
      suggest: ['people who inject drugs', 'person who injects drugs'],
    },
    // "Alcoholic father", "alcoholics"; not "alcoholic cirrhosis" or "Alcoholics Anonymous".
    { match: `alcoholic ${PERSON_WORD}`, message: LABEL, suggest: ['$2 with alcohol use disorder'] },
    // After a word that describes the person it stands for: "Homeless alcoholic with ABI", "unemployed alcoholic".
    { match: '[ alcoholic ] with|who|,|;|.|in|on|from|admitted|presenting|presents|referred|brought|found', before: ['homeless|unemployed|jobless|itinerant|vagrant|elderly|old|young|local|single|divorced|widowed|unkempt|dishevelled|disheveled|scruffy|smelly|known|chronic'], message: LABEL, suggest: ['person with alcohol use disorder'] },

    { match: 'alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], before: ['ivdu|ivdus|pwid|addict|addicts|junkie|drunk|user|abuser|smoker and|&|/|,'], notAfter: ['#word'] },
    { match: `${RECOVERED} alcoholic`, message: LABEL, suggest: ['person in recovery from alcohol use disorder'], notAfter: ['#word'] },
    { match: `${RECOVERED} alcoholic`, message: LABEL, suggest: ['person in recovery from alcohol use disorder'], after: [GOES_ON] },
    // "An alcoholic", "Pt is alcoholic", and a fragment that opens with it ("Alcoholic with neuropathy.").
    { match: 'chronic|known|functioning|high-functioning|raging|long-standing|longstanding|long-term|longterm|lifelong|heavy? alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], before: ['a|an|the'], notAfter: ['#word'] },
    { match: 'chronic|known|functioning|high-functioning|raging|long-standing|longstanding|long-term|longterm|lifelong|heavy? alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], before: ['a|an|the'], after: [GOES_ON] },
    { match: 'chronic|known|functioning|high-functioning|raging|long-standing|longstanding|long-term|longterm|lifelong|heavy alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], notAfter: ['#word'] },
    { match: 'chronic|known|functioning|high-functioning|raging|long-standing|longstanding|long-term|longterm|lifelong|heavy alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], after: [GOES_ON] },
    { match: 'alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], before: ['is|was|are|were|been also|a_known?'], when: ['personBefore'], notAfter: ['#word'] },
    { match: 'alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], when: ['sentenceStart'], notBefore: ['#word'], after: [GOES_ON] },
    { match: 'alcoholic', message: LABEL, suggest: ['person with alcohol use disorder'], when: ['sentenceStart'], notBefore: ['#word'], notAfter: ['#word', ':'] },
    // "A drunk", "the drunks"; "was drunk" is a state, with a clinical word of its own.
    { match: '[ drunk ]', before: ['a|an|the|some|old old?'], message: LABEL, suggest: ['person who was intoxicated'], notAfter: ['#word'] },
    // A regular named by the night they come: "The usual Friday-night drunk came up from ED".
    { match: '[ drunk|drunks ]', before: ['a|an|the|our|another|your usual|regular|local|resident|weekend|friday|saturday|sunday|friday-night|saturday-night #word? -? night?'], message: LABEL, suggest: ['person who was intoxicated'], fix: 'none' },
    { match: '[ drunk ]', before: ['a|an|the|some|old old?'], message: LABEL, suggest: ['person who was intoxicated'], after: [GOES_ON] },
    { match: 'drunks', message: LABEL, suggest: ['people who were intoxicated'] },
    // Before the person it names, as a triage line writes it: "Drunk pt, GCS 14", "drunk male found down".
    { match: '[ drunk ] pt|patient|male|female|man|woman|guy|lady|gentleman|teen|student|kid', message: LABEL, suggest: ['intoxicated'] },
    { match: 'chronic|habitual|town|known|old|falling-down drunk', message: LABEL, suggest: ['person with alcohol use disorder'], fix: 'none', when: ['nounEnd'] },
    // "Crack baby": an infant named by a parent's drug use.
    { match: 'crack|meth|cocaine|heroin|drug|methadone baby/n', message: '"{match}" names an infant by a parent\'s substance use. Say "infant with prenatal substance exposure" (or the specific exposure and any withdrawal findings).', suggest: ['infant/n with prenatal substance exposure'], fix: 'none' },
    // "Drunk in the waiting room, yelling": the label opens a verbless fragment about a person somewhere.
    { match: '[ drunk ] in|at|on the|a|our #word', message: LABEL, suggest: ['person who was intoxicated'], fix: 'none', notBefore: ['#word'], when: ['sentenceStart'] },
    {
      match: 'arrive/v|came_in|showed_up|presented|appeared|seemed|was|is|were|got|gets|getting|became|being visibly|very|obviously|clearly|still|slightly|quite|a_bit|really|completely? [ drunk ]',
      message: '"{match}" is a judgment. Describe what you observed ("smelled of alcohol, slurred speech, unsteady gait") or say "intoxicated".',
      suggest: ['intoxicated'],
      notAfter: ['driving|driver'],
      when: ['personSubject'],
    },
    // Before the person it describes: "Drunk male found down", "a drunk patient in bay 3", "two drunk guys".
    {
      match: '[ drunk ] @personOne|@personMany|guy/n|gentleman|gentlemen|lady|ladies',
      message: '"{match}" is a judgment. Describe what you observed ("smelled of alcohol, slurred speech, unsteady gait") or say "intoxicated".',
      suggest: ['intoxicated'],
    },
    // A fragment opened by the word, its subject the person ("Drunk in ED hallway, GCS 14", "Drunk again at 0200",
    // "Drunk on arrival, BAL 0.21"): the same judgment as "was drunk", with the article or verb a note drops.
    {
      match: '[ drunk ] in|at|on|,|;|and|again|today|tonight|overnight|last_night|this_morning',
      message: '"{match}" is a judgment. Describe what you observed ("smelled of alcohol, slurred speech, unsteady gait") or say "intoxicated".',
      suggest: ['intoxicated'],
      fix: 'none',
      notBefore: ['#word'],
      notAfter: ['-? driving|driver|drivers|driven'],
      when: ['sentenceStart'],
    },
    // "Drug user", "IV drug users"; not "wheelchair user". Smoking status ("tobacco user: yes") is a standard field.
    { match: `${LABEL_ADJ}|former? ${INJECTING} -? drug? user/n`, message: USER, suggest: ['person/n who inject/agree drugs'] },
    { match: `${LABEL_ADJ}|former? substance|substances|drug|drugs|polysubstance -? drug? user/n`, message: USER, suggest: ['person/n who use/agree drugs'] },
    { match: `${LABEL_ADJ}|former? alcohol|etoh -? user/n`, message: USER, suggest: ['person/n who use/agree alcohol'] },
    { match: `${LABEL_ADJ}|former? ${USED} -? user/n`, message: USER, suggest: ['person/n who use/agree $2'] },
    // "Former user, now 3 years sober": the substance left unsaid where the sentence is about use and recovery.
    { match: 'former|ex -? user/n', message: USER, suggest: ['person/n in recovery'], fix: 'none', when: ['sudContext'], notAfter: ['of|@social'], notBefore: ['wheelchair|walker|cane|crutch|cpap|app|device|insulin|pump|prosthesis|prosthetic'] },
    // Street names for a drug name the user the same way ("a pot user", "daily coke user", "dope users"); a field label
    // ("Pot user: no") is a status line, and "neti pot" or "Coke" the drink never come before "user".
    { match: `${LABEL_ADJ}|former? pot|coke|dope|smack|molly|shroom|shrooms|speed|crank -? user/n`, message: USER, suggest: ['person/n who use/agree drugs'], notBefore: ['neti|coffee|tea|crock|instant'], notAfter: [':'] },
  ],
  // "Denies IV drug use" names no user; "mother is an alcoholic" is still a label, but not of the patient.
  contexts: { negated: 'silent', relative: 'info' },
  docs: {
    summary: 'Labels that name a person by substance use: "addict", "substance abuser", "junkie", "an alcoholic", "drug user".',
    why:
      'When clinicians read "substance abuser" rather than "person with a substance use disorder" they judge the same person as more to blame and more deserving of punishment. Slurs such as "junkie" carry contempt and no clinical content. The source text asks that patients trust us to be respectful in every interaction and that we meet them where they are; for someone who uses substances that starts with naming the condition, not branding the person.',
    prefer: '"person with opioid use disorder", "person who uses drugs", "person who injects drugs", "person in recovery", "person with alcohol use disorder".',
    exceptions: [
      '"Wheelchair user", "AAC user" and other users of devices or services.',
      '"Alcoholics Anonymous", "alcoholic cirrhosis", "alcoholic neuropathy" and other disease names.',
      '"Addiction medicine", "addicted", "addictive": only labels for people are flagged.',
      '"Abuser" on its own, which in safeguarding notes is the person who abused someone.',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['S20', 'S7', 'S12', 'S5'],
  },
  examples: {
    flagged: [
      'Lives with her {{alcoholic boyfriend}}.',
      'Dishevelled {{alcoholic}}, found by police.',
      'Unemployed {{alcoholic}} with a fall at home.',
      'The usual Friday-night {{drunk}} came up from ED at 2 am.',
      'Known IVDU and {{alcoholic}}, UDS positive for opiates.',
      '{{Alky}}, found slumped in a bus shelter by police.',
      '{{Long-term alcoholic}}, tremulous, CIWA 14.',
      '{{Substance misuser}}, poly-drug, sleeping rough.',
      '54M with ARLD, {{long-standing alcoholic}}, drinking ~90 units/wk.',
      '{{Drunk}} male found down outside the bus station, GCS 13. => Intoxicated male found down outside the bus station, GCS 13.',
      '{{Former user}}, sober since spring, now peer-supports at the needle exchange.',
      { text: 'Before this placement I had never sat down with a {{heroin addict}} and listened.', mode: 'reflection' },
      { text: 'I did not expect a {{former addict}} to run the group.', mode: 'reflection' },
      { text: 'I didn\'t realise he was a {{former addict}} until he mentioned his sponsor.', mode: 'reflection' },
      '{{Alcoholic}} w/ cirrhosis, here for paracentesis. => Person with alcohol use disorder w/ cirrhosis, here for paracentesis.',
      '{{Drunk}} man brought in by police at 0300. => Intoxicated man brought in by police at 0300.',
      '{{Abuser of benzodiazepines}}, per outside records.',
      { text: 'I had never worked with a {{junkie}} before. => I had never worked with a person who uses drugs before.', mode: 'reflection' },
      { text: 'I had never worked with {{addicts}} before. => I had never worked with people with a substance use disorder before.', mode: 'reflection' },
      { text: 'I had never met {{alcoholics}} so young.', mode: 'reflection' },
      '{{Chronic drunk}}, frequent ED visits.',
      '{{Boozer}}, drinks daily per wife.',
      'Born a {{crack baby}} in 1990.',
      '{{Drunk}} in the waiting room, yelling at registration.',
      '{{Alcoholic}} with peripheral neuropathy and recurrent falls.',
      'Pt is a {{former heroin addict}}, on methadone. => Pt is a person in recovery, on methadone.',
      '{{Substance abuser}}; UDS positive for cocaine.',
      'Roommate is a {{junkie}} per pt. => Roommate is a person who uses drugs per pt.',
      '{{Drunk}} again at 0200, yelling for the nurse.',
      '{{Drunk}} on arrival, BAL 0.21, GCS 14.',
      '{{Drunk}}, fell at home per EMS; CT head negative.',
      'Father was an {{alcoholic}}. => Father was a person with alcohol use disorder.',
      'History of {{IV drug user}} with endocarditis in 2020.',
      'Pt is a heavy drinker and a {{pot user}}, sees no problem with it.',
      '{{Known coke user}} per ED triage note.',
      'Her boyfriend, a {{daily dope user}}, drives her to clinic.',
      { text: 'Most of the {{pot users}} I met on this rotation were teenagers.', mode: 'reflection' },
      'Pt\'s brother is an {{alcoholic}} and drinks daily.',
      'Two {{heroin addicts}} share the apartment. => Two people with opioid use disorder share the apartment.',
    ],
    clean: [
      'Pt states she is not an addict and asks that her pain be treated.',
      'Former wheelchair user, now ambulating with a cane since recovery.',
      { text: 'He told me he is not an addict and not an alcoholic.', mode: 'reflection' },
      'Her husband was an abuser of his power.',
      'We talked in group about why the word "addict" hurts.',
      'Pt is an experienced power wheelchair user.',
      'AAC user; communicates with a tablet.',
      'Drunk driving arrest in 2018; no alcohol since.',
      'Drunk-driving class completed per court; UDS negative.',
      'Pt was not drunk on arrival; BAL 0.00.',
      'Pt is not a pot user; smokes tobacco 1 ppd.',
      'Neti pot user for chronic sinusitis; no epistaxis.',
      'Pot user: no. Alcohol: 2 drinks/week.',
      'Uses cannabis (pot) nightly for sleep; discussed driving safety.',
      'Attends Alcoholics Anonymous weekly.',
      'Alcoholic beverages: none since surgery.',
      'Hx of alcoholic cirrhosis and alcoholic neuropathy.',
      'Referred to addiction medicine for MOUD.',
      'Person who injects drugs; offered naloxone kit.',
      'Pt said, "I was an addict for ten years and I\'m proud of my recovery."',
      { text: 'The triage note called her an "addict" before anyone had examined her.', mode: 'reflection' },
    ],
  },
});
