/**
 * cred.complains-of — "complains of" / "c/o" for what the patient reports.
 */
import { defineRule } from '../define.ts';

/** "I complained about the schedule" in a reflection is the writer's own grumble. */
const WRITER = ['i|we #word?'];

export default defineRule({
  id: 'cred.complains-of',
  family: 'credibility',
  severity: { clinical: 'hint', reflection: 'info' },
  terms: [
    // Common misspellings in a hurried note: "Pt complaing of burning on passing urine".
    { match: 'complaing|complainig|complaning|compaining|complainging of', suggest: ['reporting'], fix: 'suggest', message: '"{match}" casts the patient as a complainer. "Reports", "describes" or "presents with" records the same symptom neutrally.' },
    {
      match: 'complain/v of',
      suggest: ['report/v'],
      fix: 'safe',
      message: '"{match}" casts the patient as a complainer. "Reports", "describes" or "presents with" records the same symptom neutrally.',
    },
    // An adverb of grievance makes the frame louder: "complains bitterly of the numbness", "complaining constantly about
    // the brace". The writer's own grumble in a reflection is theirs.
    {
      match: 'complain/v bitterly|constantly|continually|continuously|incessantly|endlessly|loudly|vociferously|nonstop|non-stop',
      notBefore: WRITER,
      message: '"{match}" casts the patient as a complainer and grades the complaint. Record what was reported and how it affects function: "reports numbness, which wakes her at night".',
    },
    {
      match: 'complain/v that',
      suggest: ['report/v that'],
      notBefore: WRITER,
      message: '"{match}" casts a concern as grumbling. Say what the patient reported or raised: "reports that …", "raised concern about …".',
    },
    {
      match: 'complain/v about',
      suggest: ['raise/v concern about'],
      notBefore: WRITER,
      message: '"{match}" casts a concern as grumbling. Say what the patient reported or raised: "reports that …", "raised concern about …".',
    },
    // "with c/o pain", "no new c/o pain": "c/o" stands for a noun there.
    {
      match: 'c / o',
      before: ['with|w_/|new|any|of|for|the|his|her|their|initial|ongoing|recurrent|multiple|several|main|primary|presenting|and|some|few'],
      suggest: ['reports of'],
      fix: 'safe',
      message: '"{match}" (complains of) casts the patient as a complainer. "Reports" says the same thing neutrally.',
    },
    // "No c/o." and "no c/o today" are "no complaints", as "Pt has no complaints" is; "no c/o pain" still names a symptom
    // as a complaint.
    {
      match: 'c / o',
      before: ['no|without'],
      after: ['#word'],
      notAfter: ['today|tonight|this|at|overnight|per|since|noted|reported|voiced|offered|during|and|from|with|or|otherwise|currently|now|#num'],
      suggest: ['reports of'],
      fix: 'safe',
      message: '"{match}" (complains of) casts the patient as a complainer. "Reports" says the same thing neutrally.',
    },
    {
      match: 'c / o',
      // "c/o Jane Doe", "mail … c/o the shelter front desk": "care of" in an address line, after mail or before a place
      // that takes it in.
      notBefore: ['no|without', '... mail/v|send/v|sent|post/v|posted|forward/v|forwarded|address/v|addressed|deliver/v|delivered|letter/n|letters|parcel/n|package/n|dressings|supplies|prescription/n|prescriptions'],
      notAfter: ['#cap #cap', 'the #cap', 'the|a|his|her|their shelter|mission|church|office|clinic|school|desk|front_desk|reception|mailroom|house|address|employer|pharmacy'],
      suggest: ['reports'],
      fix: 'safe',
      message: '"{match}" (complains of) casts the patient as a complainer. "Reports" says the same thing neutrally.',
    },
    { match: 'complaint/n of', notBefore: ['chief'], suggest: ['report/n of'], fix: 'safe', message: '"{match}" casts symptoms as grievances. "Reports of" or naming the symptom directly is neutral.' },
  ],
  docs: {
    summary: '"Complains of", "complaining of", "c/o" and "complaints of" for symptoms the patient reports.',
    why:
      'A patient telling you about calf pain is doing exactly what the partnership in the source text needs: sharing what they experience so you can help. "Complains of" turns that report into grumbling. The phrase is a habit of case presentation rather than a clinical term, and a neutral verb records the same symptom.',
    prefer: '"Reports R calf pain with prolonged sitting", "presents with", "describes", "is concerned about".',
    exceptions: [
      'The "Chief complaint:" / "CC:" header.',
      'A complaint filed with an organisation ("the complaint pt filed with housing").',
      '"c/o" meaning "care of" in an address.',
      'Attributed quotations.',
    ],
    sources: ['S32'],
  },
  examples: {
    flagged: [
      'Pt {{complaing of}} burning on passing urine x3/7. => Pt reporting burning on passing urine x3/7.',
      { text: 'In every note she {{complains of}} pain, which I now write as "reports".', mode: 'reflection' },
      'Pt {{c/o}} R calf pain with prolonged sitting in lectures. => Pt reports R calf pain with prolonged sitting in lectures.',
      '{{Complains of}} numbness in both feet after long lab sessions. => Reports numbness in both feet after long lab sessions.',
      'She has been {{complaining of}} cramping in the calves at night. => She has been reporting cramping in the calves at night.',
      'Pt with {{complaints of}} L shoulder pain during transfers.',
      'No new {{c/o}} pain since the last visit.',
      'No {{c/o}} dizziness with transfers.',
      'Pt {{complained about}} the noise in the gym. => Pt raised concern about the noise in the gym.',
      'Her chief complaint is leg numbness; she {{complains bitterly}} of it at every visit.',
      'He has been {{complaining constantly}} about the brace rubbing.',
    ],
    clean: [
      'Dressings delivered c/o daughter at 22 Holly Rd while pt in respite.',
      'Appointment letters sent c/o the shelter office.',
      { text: 'I stopped writing "c/o" after the seminar on stigmatizing language.', mode: 'reflection' },
      { text: '"C/o" appears in most of the handoff reports I read on this unit.', mode: 'reflection' },
      { text: 'I realised "complains of" shows up in nearly every chart, even for a new symptom.', mode: 'reflection' },
      'Chief complaint: R calf pain x 2 weeks.',
      'CC: intermittent L wrist pain with joystick use.',
      'The complaint pt filed with housing about the broken elevator was resolved.',
      'Pt reports R calf pain with prolonged sitting.',
      'A: No c/o. P: Same.',
      { text: 'I complained bitterly about the schedule to my CI.', mode: 'reflection' },
    ],
  },
});
