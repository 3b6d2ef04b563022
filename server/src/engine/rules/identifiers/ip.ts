/**
 * phi.ip — IP addresses (v4 and v6).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY } from './patterns.ts';

export default defineRule({
  id: 'phi.ip',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  message: `This looks like an IP address. ${DEIDENTIFY}`,
  defaults: { suggest: ['[IP address removed]'], fix: 'suggest' },
  terms: [
    // "version 10.2.0.1", "updated the software to 10.2.0.1": a release number, not an address.
    { match: '#num', when: ['ipv4Shape'], notBefore: ['... version|ver|build|release|firmware|software|update/v|upgrade/v|patch/v', '=v|=V'] },
    { match: '#int|#word +:|#int|#word{4,16}', when: ['ipv6Shape'] },
  ],
  docs: {
    summary: 'IP addresses (IPv4 such as 192.168.1.20, IPv6 such as 2001:db8::1).',
    why: 'An IP address can trace a home network or a device to one household, so Safe Harbor lists it as an identifier, for example when a student pastes telehealth connection details into a reflection.',
    prefer: 'Leave it out ("the telehealth connection dropped twice").',
    exceptions: ['Outline and version numbers ("1.2.3.4", "software version 10.2.0.1", "updated to 10.2.0.1"), times ("10:30:45"), decimal measurements.'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'The telehealth link failed from his home IP {{73.162.44.19}}. => The telehealth link failed from his home IP [IP address removed].', mode: 'reflection' },
      { text: 'Connection log showed {{2001:db8:85a3::8a2e:370:7334}}. => Connection log showed [IP address removed].', mode: 'reflection' },
    ],
    clean: [
      { text: 'See section 1.2.3.4 of the handbook; session 10:30:45.', mode: 'reflection' },
      { text: 'Grip 22.5 kg; FVC 3.1 L; 6MWT 412 m.', mode: 'reflection' },
      { text: 'The clinic updated the gait-lab software to 10.2.0.1 before my session.', mode: 'reflection' },
    ],
  },
});
