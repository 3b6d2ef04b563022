/**
 * phi.license — certificate and licence numbers, and vehicle identifiers (licence plates, VINs).
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, ID, LABEL_TAIL } from './patterns.ts';

export default defineRule({
  id: 'phi.license',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  message: `This looks like a licence, certificate or vehicle number. ${DEIDENTIFY}`,
  defaults: { suggest: ['[number removed]'], fix: 'suggest', when: ['recordNumber'] },
  terms: [
    // "Driver's license number D1234567", "DL# 448120", "certificate no. 55-2231", "parking placard, no. DP-448812".
    { match: `driver's? license|licence|dl|permit|placard|certificate|cert|registration|passport ,? ${LABEL_TAIL} ${ID}` },
    // The number given "as": "listed his driver's license as D4458-2219-07".
    { match: `driver's? license|licence|passport number? as ${ID}` },
    // "License plate 7ABC123", "plate # KX-2231", "VIN 1HGCM82633A004352".
    { match: `license|licence|number? plate|tag|vin ${LABEL_TAIL} ${ID}` },
  ],
  docs: {
    summary: 'Certificate and licence numbers (a driver\'s licence, a permit) and vehicle identifiers such as licence plates and VINs.',
    why:
      'Safe Harbor lists certificate and licence numbers and vehicle identifiers, including plates, among the identifiers to remove. A student who notes the plate of the van that brings a patient, or the number on a parking permit, has written down something that leads back to one person.',
    prefer: 'Leave the number out; say what mattered about it ("his accessible-parking permit had expired").',
    exceptions: ['Licence, permit and plate words without a number ("license plate not noted", "disabled parking permit").', 'Short numbers that cannot be identifiers (fewer than 5 characters).'],
    sources: ['S31'],
  },
  examples: {
    flagged: [
      { text: 'The form gave her {{driver\'s license as K2290-3317-55}}.', mode: 'reflection' },
      { text: 'His {{license plate is 7ABC123}}. => His [number removed].', mode: 'reflection' },
      { text: "She showed me her {{driver's license number D1234567}}.", mode: 'reflection' },
      { text: 'The van ({{VIN 1HGCM82633A004352}}) is registered to the family.', mode: 'reflection' },
      { text: 'Her blue parking {{placard, no. BP-220931}} had lapsed. => Her blue parking [number removed] had lapsed.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Accessible parking permit renewed; license plate not noted.', mode: 'reflection' },
      { text: 'He got his driver\'s license back after the seizure-free year.', mode: 'reflection' },
    ],
  },
});
