/**
 * phi.url — web addresses that can lead to a person (fundraisers, social media, personal sites).
 * Reference sites (guidelines, journals, public bodies) are not identifiers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, URL_CHARS } from './patterns.ts';

const TLD = 'com|org|net|edu|gov|io|me|ly|co|us|uk|ca|au|info|app|page|site|blog|tv|fm|social';

/** Published material named right before the address: guidance, a leaflet, an article. */
const PUBLISHED_NOUN = 'guidance|guideline|guidelines|leaflet|leaflets|handout|handouts|factsheet|factsheets|booklet|article|articles|patient_information|information_sheet|information_page|info_page|advice_page|resource_page|resources_page|tool|tools|calculator|questionnaire|scale|app|policy|policies|procedure|procedures|protocol|protocols|standards|framework';
const PUBLISHED = `${PUBLISHED_NOUN} at|on|from|via|:|(`;
/** The same with a few words between: "The bronchiolitis guidance I used is at https://…". */
const PUBLISHED_THEN = `${PUBLISHED_NOUN} #any{1,5} at|on|from|via|:|(`;
/** An organisation's own site, named before its address: "the charity's website (www…)" — not "her website". */
const ORGANISATION_SITE = "charity|charity's|society|society's|association|association's|foundation|foundation's|trust's|council's|@organisation website|site|page|webpage at|on|from|via|:|(";

export default defineRule({
  id: 'phi.url',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  // Addresses in link targets and autolinks are hidden from the prose view.
  readsSource: true,
  message: `A web address can lead straight to the person. ${DEIDENTIFY}`,
  defaults: { suggest: ['[link removed]'], fix: 'suggest', unless: ['referenceSite', 'resourcePage'] },
  terms: [
    // Scheme or www URLs; the last item keeps a closing full stop or comma out of the address.
    // Not a published guidance page or leaflet the writer read ("the NICE guidance at www…", "the leaflet at www…").
    { match: [`https|http +: +/ +/ +${URL_CHARS}{0,60} +#word|#num|/`, `www +. +${URL_CHARS}{0,60} +#word|#num|/`], notBefore: [PUBLISHED, `... ${PUBLISHED}`, `... ${PUBLISHED_THEN}`, ORGANISATION_SITE, '+/'] },
    // Bare domains with a path ("gofundme.com/f/help-naren").
    { match: [`#word|#num +-|.|#word|#num{0,10} +. +${TLD} +/ +${URL_CHARS}{0,60} +#word|#num|/`, `#word|#num +-|.|#word|#num{0,10} +. +${TLD} +/`], notBefore: ['+.|@|/|-', PUBLISHED, `... ${PUBLISHED}`, `... ${PUBLISHED_THEN}`, ORGANISATION_SITE] },
  ],
  docs: {
    summary: 'Web addresses that can lead to a person: fundraisers, social-media profiles, personal pages, shared files.',
    why:
      'A link to a patient\'s fundraiser or profile identifies them instantly, and Safe Harbor lists web addresses as identifiers. A student moved by Naren\'s story might link his accessible-van fundraiser; the story can be told without it.',
    prefer: 'Describe the resource instead of linking it ("his family had started an online fundraiser for an accessible van").',
    exceptions: [
      'References to guidelines, journals and professional or public-health bodies (doi.org, .gov, apta.org, journal sites).',
      'Bare domains without a path ("amazon.com"): a site name alone does not point to a person.',
      'A site\'s generic resource pages, where every part of the path names material or a service ("…/hep", "…/patient-education/falls").',
      'Link targets are checked as well as visible text, because the rule reads the raw source of the paragraph.',
    ],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'His friends started {{https://www.example.org/naren-education-fund}} for his tuition.', mode: 'reflection' },
      { text: 'His sister shared {{gofundme.com/f/help-naren-get-a-van}} with the class. => His sister shared [link removed] with the class.', mode: 'reflection' },
      { text: 'He posts updates at {{instagram.com/naren.rolls}}. => He posts updates at [link removed].', mode: 'reflection' },
      { text: 'His family set up a fundraiser at {{https://fundraise.example.org/naren-new-chair}}.', mode: 'reflection' },
      { text: 'She shared her blog, [my chair life]({{https://chairlife.example.net/about}}), with me.', mode: 'reflection' },
      { text: 'Her story is at {{www.example.net/stroke/maria-r}}.', mode: 'reflection' },
      { text: 'She showed me her own website ({{www.example.net/amara-rides}}) about life on the ward.', mode: 'reflection' },
    ],
    clean: [
      { text: 'Before my first shift I read the service\'s lone-working policy at https://www.example.org/policies/lone-working.', mode: 'reflection' },
      { text: 'The bronchiolitis guidance I used is at https://www.guidelines.example.org/paeds/bronchiolitis if anyone wants to check.', mode: 'reflection' },
      { text: 'We used the STarT Back tool from https://www.example.org/startback-tool to stratify her risk.', mode: 'reflection' },
      { text: 'The leaflet at www.example.org/contraception-choices helped me explain the options.', mode: 'reflection' },
      { text: "The society's information page (www.example.org/living-with-lupus) was clearer than our handout.", mode: 'reflection' },
      { text: "The charity's website (www.example.org/young-carers) lists the local groups.", mode: 'reflection' },
      { text: 'The audiology page www.example.org/hearing/referrals lists the steps.', mode: 'reflection' },
      { text: 'The unit page https://www.example.org/maternity/labour-delivery lists what to pack.', mode: 'reflection' },
      { text: 'I printed the hip handout from www.example.org/hip-precautions for her.', mode: 'reflection' },
      { text: 'The clinic lends chairs through www.example.org/wheelchair-loans.', mode: 'reflection' },
      { text: 'The hospital page www.example.org/parking explains where to leave the van.', mode: 'reflection' },
      { text: 'The unit page https://www.example.org/kidney-transplant-education had the handout I printed.', mode: 'reflection' },
      { text: 'Before the rotation I read https://www.example.org/clinical-guidelines/pressure-injury-prevention twice.', mode: 'reflection' },
      { text: 'I printed a handout from https://www.example.org/patient-education/knee-oa to give her.', mode: 'reflection' },
      { text: 'I read the policy on patient photos at www.example.edu/policies before writing this.', mode: 'reflection' },
      { text: 'See the APTA documentation guidelines at apta.org/your-practice/documentation.', mode: 'reflection' },
      { text: 'Goddu et al. (doi.org/10.1007/s11606-017-4289-2) showed that words in the chart matter.', mode: 'reflection' },
      { text: 'I re-read the [APTA guidance](https://www.apta.org/your-practice/documentation) on visit notes.', mode: 'reflection' },
      { text: 'He uses e.g. a tilt-in-space chair; 3.5 km/h on the treadmill.', mode: 'reflection' },
      { text: 'I gave her the balance handouts from www.example.org/patient-education/falls and example.com/hep.', mode: 'reflection' },
    ],
  },
});
