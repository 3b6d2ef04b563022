/**
 * pfl.sensory-communication — outdated terms for deafness and for people who do not speak.
 */
import { defineRule } from '../define.ts';

const NON_SPEAKING = '"{match}": say "does not speak", "non-speaking" or "communicates with AAC", and note how the person communicates.';

export default defineRule({
  id: 'pfl.sensory-communication',
  family: 'disability',
  severity: { clinical: 'warning', reflection: 'warning' },
  terms: [
    {
      match: ['deaf -? and? -? dumb|mute', 'deaf -? mutes'],
      message: '"{match}" is rejected by the Deaf community. Say "deaf" (or "Deaf" if the person uses it) and describe how they communicate.',
      suggest: ['deaf'],
    },
    {
      match: 'hearing-impaired',
      message: 'Many deaf and hard-of-hearing people reject "{match}". Prefer "deaf" or "hard of hearing", or give the audiology finding.',
      suggest: ['hard of hearing', 'deaf'],
      severity: 'info',
      notAfter: ['aid/n|program/n|service/n'],
    },
    {
      match: 'hearing impairment/n',
      message: 'Many deaf and hard-of-hearing people reject "{match}". Prefer "hearing loss", "deaf" or "hard of hearing", or give the audiology finding.',
      suggest: ['hearing loss/n'],
      severity: 'info',
      // On a history or review-of-systems list it is the name of a condition, not a word for the person.
      unless: ['conditionListed'],
    },
    {
      // A degree word may come between: "he's basically dumb now since the trach".
      match: "is|was|are|a|remains|he's|she's|they're|has_been|have_been|had_been|became|becomes basically|essentially|practically|now|completely|totally|virtually? mute|dumb",
      message: NON_SPEAKING,
      suggest: ['$1 non-speaking'],
    },
    // Before the person it names: "the mute lady in room 3", "a mute patient".
    { match: '[ mute ] @personOne|@personMany|lady|ladies|gentleman|guy', message: NON_SPEAKING, suggest: ['non-speaking'] },
    // Note style drops the verb: "Pt mute since trach", "Mute since the stroke; uses a letter board". Not a device
    // ("Mute button pressed", "TV on mute since 9").
    {
      match: 'mute',
      message: NON_SPEAKING,
      suggest: ['non-speaking'],
      before: ['pt|patient|resident|client|he|she|they|student|child|son|daughter'],
      after: ['since|after|following|post|s_/_p|from|due_to|2_/_#num|secondary_to|at_baseline|;|,|.'],
    },
    {
      match: 'mute',
      message: NON_SPEAKING,
      suggest: ['Non-speaking'],
      when: ['opensSentence'],
      // Or a label for the person, with how they communicate next: "Mute, communicates with head nods".
      after: ['since|after|following|post|s_/_p|from|due_to|secondary_to|at_baseline', ',|;|- communicates|communicating|uses|using|nods|nodding|writes|writing|gestures|gesturing|signs|signing|points|pointing|follows|mouths|mouthing'],
      notAfter: ['since|after|from|following #num', 'since|after|from|following the|this? alarm|call|meeting|rounds|session|start|check|start_of'],
    },
    {
      match: "can't|cant|cannot|can_not talk",
      message: '"{match}": say how the person communicates ("non-speaking; uses a text-to-speech app", "communicates by gesture and yes/no cards").',
      severity: 'info',
      when: ['personSubject'],
    },
  ],
  // "No tinnitus or hearing impairment" describes nobody.
  contexts: { negated: 'silent' },
  docs: {
    summary: 'Outdated terms for deafness ("deaf and dumb", "hearing-impaired") and for people who do not speak ("mute").',
    why:
      'The National Association of the Deaf and APA style both note that many deaf people reject "hearing-impaired" and find "deaf and dumb" offensive; many culturally Deaf people prefer "Deaf". Describing how a person communicates respects them and helps the next clinician meet them where they are.',
    prefer: '"deaf", "Deaf" (if the person identifies with Deaf culture), "hard of hearing", "non-speaking", "communicates using AAC".',
    exceptions: ['Audiology measurements ("sensorineural hearing loss")', 'Service and device names ("hearing aid")', 'Attributed quotations', '"Hearing impairment" named on a history, review-of-systems or diagnosis list ("HEENT: cataract, blurred vision, and hearing impairment")'],
    sources: ['S15', 'S17a', 'S17b', 'S18'],
  },
  examples: {
    flagged: [
      { text: 'I felt awful that {{he\'s basically dumb}} now since the trach.', mode: 'reflection' },
      { text: 'The {{mute}} man in bed 6 wrote his answers on a whiteboard.', mode: 'reflection' },
      '{{Mute}}, communicates with a letter board and nods.',
      'Pt is {{deaf and dumb}} per chart. => Pt is deaf per chart.',
      'A {{hearing-impaired}} student joined the group. => A hard of hearing student joined the group.',
      'He {{is mute}} after the brainstem stroke. => He is non-speaking after the brainstem stroke.',
      'She {{has been mute}} since the accident. => She has been non-speaking since the accident.',
      'Pt {{mute}} since the laryngectomy; writes on a whiteboard. => Pt non-speaking since the laryngectomy; writes on a whiteboard.',
      '{{Mute}} since the brainstem stroke, yes/no with eye blinks. => Non-speaking since the brainstem stroke, yes/no with eye blinks.',
      'Mild {{hearing impairment}} on the left per audiology. => Mild hearing loss on the left per audiology.',
      'She {{can\'t talk}} since the intubation.',
    ],
    clean: [
      'Episodes of vertigo with no tinnitus or hearing impairment.',
      'She is Deaf and uses ASL; interpreter booked for each visit.',
      'Moderate sensorineural hearing loss, bilateral; uses hearing aids.',
      'Non-speaking; communicates with a tablet and yes/no gestures.',
      'Hearing-impaired services contacted for captioning.',
      'HEENT: History of cataract, blurred vision, and hearing impairment.',
      'Past medical history: hypertension, hearing impairment, osteoarthritis.',
      'Mute button pressed on the bed alarm after the check.',
      'TV on mute since the start of the session.',
      'Pt muted the TV during the session.',
      'Mute since 10:00 per tele tech; alarm reviewed.',
    ],
  },
});
