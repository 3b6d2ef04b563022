/**
 * phi.device — device identifiers and serial numbers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, ID, LABEL_TAIL } from './patterns.ts';

export default defineRule({
  id: 'phi.device',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  message: `This looks like a device serial number. ${DEIDENTIFY}`,
  defaults: { suggest: ['[serial number removed]'], fix: 'suggest', when: ['recordNumber'] },
  // The number may stand in brackets after its label: "serial number (PM3-77120-K)".
  terms: [{ match: [`serial|s_/_n|sn|device_id|udi|implant_id|imei ${LABEL_TAIL} ${ID}`, `serial|s_/_n|sn|device_id|udi|implant_id|imei #|no|num|number? ( [ ${ID} ] )`] }],
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
      { text: 'His chair\'s serial number ({{PM3-77120-K}}) was on the repair ticket.', mode: 'reflection' },
      { text: "The chair's {{serial number, PW7-33120-X}}, was etched on the frame.", mode: 'reflection' },
      { text: 'Vendor called about the chair ({{S/N PB2231-0045}}). => Vendor called about the chair ([serial number removed]).', mode: 'reflection' },
      { text: 'Power wheelchair {{serial # 7781QX20}} needs a new joystick. => Power wheelchair [serial number removed] needs a new joystick.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Mid-wheel-drive power wheelchair with tilt and recline.', mode: 'reflection' },
      { text: 'Serial casting planned for the ankle; SN not recorded.', mode: 'reflection' },
    ],
  },
});
