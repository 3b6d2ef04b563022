/**
 * phi.device — device identifiers and serial numbers (power wheelchair, implants).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, labelled, placeholder, reportHits, rawText } from './patterns.ts';

const SERIAL = labelled('serial|S/N|SN|device\\s*id|UDI|implant\\s*id|IMEI', '[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9](?![\\w-])');

export default defineRule({
  id: 'phi.device',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  anchor: /serial|s\/n|\bsn\b|device\s*id|udi|implant\s*id|imei/i,
  docs: {
    summary: 'Device identifiers and serial numbers, such as a power wheelchair\'s or an implant\'s serial number.',
    why:
      'Naren\'s motorized wheelchair is registered to him: its serial number identifies him as surely as his name. Safe Harbor lists device identifiers and serial numbers for this reason.',
    prefer: 'Describe the device without its number ("a mid-wheel-drive power wheelchair with tilt").',
    exceptions: ['Model names and generic descriptions ("Permobil M3", "tilt-in-space").', 'Serial words without an alphanumeric code.'],
    sources: ['S31', 'seed'],
  },
  examples: {
    flagged: [
      { text: 'Vendor called about the chair ({{S/N PB2231-0045}}).', mode: 'reflection' },
      { text: 'Power wheelchair {{serial # 7781QX20}} needs a new joystick.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Mid-wheel-drive power wheelchair with tilt and recline.', mode: 'reflection' },
      { text: 'Serial casting planned for the ankle; SN not recorded.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    reportHits(
      ctx,
      hits(rawText(ctx), SERIAL)
        .filter((h) => /\d/.test(h.match[1]!))
        .map((h) => ({ start: h.start, end: h.end, message: `This looks like a device serial number. ${DEIDENTIFY}`, ...placeholder('serial number') })),
    );
  },
});
