/**
 * phi.ip — IPv4 and IPv6 addresses.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, placeholder, reportHits, rawText } from './patterns.ts';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?![\\w]|\\.\\d)`, 'g');
const IPV6 = /(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])/g;

/** "version 10.2.0.1", "updated the software to 10.2.0.1", "firmware v2.10.0.3": a release number, not an address. */
const VERSION_CUE = /\b(?:version|ver\.?|build|release|firmware|software|update[ds]?|upgrade[ds]?|patch(?:ed)?)(?:[ \t]+(?:number|no\.?|#|to|is|was|of|from|now))?[ \t]*[:#=]?[ \t]*$/i;
export function versionNumber(text: string, start: number): boolean {
  return VERSION_CUE.test(text.slice(Math.max(0, start - 40), start)) || /[vV]$/.test(text.slice(Math.max(0, start - 1), start));
}

function plausibleV4(s: string): boolean {
  // "1.2.3.4" is an outline number, not an address: real addresses have at least one multi-digit part.
  return s.split('.').some((p) => p.length > 1);
}

function plausibleV6(s: string): boolean {
  const groups = s.split(':');
  if (groups.length < 3) return false;
  // Times ("10:30:45") and ratios are all-decimal short groups.
  const hex = groups.some((g) => /[A-Fa-f]/.test(g) || g.length === 4);
  return hex && (s.includes('::') || groups.length === 8);
}

export default defineRule({
  id: 'phi.ip',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  anchor: /\d\.\d{1,3}\.\d{1,3}\.\d|[0-9a-f]:[0-9a-f]*:/i,
  docs: {
    summary: 'IP addresses (IPv4 such as 192.168.1.20, IPv6 such as 2001:db8::1).',
    why: 'An IP address can trace a home network or a device to one household, so Safe Harbor lists it as an identifier, for example when a student pastes telehealth connection details into a reflection.',
    prefer: 'Leave it out ("the telehealth connection dropped twice").',
    exceptions: ['Outline and version numbers ("1.2.3.4", "software version 10.2.0.1", "updated to 10.2.0.1"), times ("10:30:45"), decimal measurements.'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'The telehealth link failed from his home IP {{73.162.44.19}}.', mode: 'reflection' },
      { text: 'Connection log showed {{2001:db8:85a3::8a2e:370:7334}}.', mode: 'reflection' },
    ],
    clean: [
      { text: 'See section 1.2.3.4 of the handbook; session 10:30:45.', mode: 'reflection' },
      { text: 'Grip 22.5 kg; FVC 3.1 L; 6MWT 412 m.', mode: 'reflection' },
      { text: 'The clinic updated the gait-lab software to 10.2.0.1 before my session.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const raw = rawText(ctx);
    const found = [...hits(raw, IPV4).filter((h) => plausibleV4(h.match[0]) && !versionNumber(raw, h.start)), ...hits(raw, IPV6).filter((h) => plausibleV6(h.match[0]))];
    reportHits(ctx, found.map((h) => ({ start: h.start, end: h.end, message: `This looks like an IP address. ${DEIDENTIFY}`, ...placeholder('IP address') })));
  },
});
