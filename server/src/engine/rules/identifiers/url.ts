/**
 * phi.url — web addresses that can lead to a person (fundraisers, social
 * profiles, personal pages). References to guidelines and journals are not identifiers.
 */
import { defineRule } from '../define.ts';
import { DEIDENTIFY, hits, placeholder, rawText, reportHits } from './patterns.ts';

const TLD = '(?:com|org|net|edu|gov|io|me|ly|co|us|uk|ca|au|info|app|page|site|blog|tv|fm|social)';
/** Scheme or www URLs, and bare domains with a path ("gofundme.com/f/help-naren"). */
const URL = new RegExp(
  `\\b(?:https?://|www\\.)[^\\s<>()\\[\\]"'\`]*[^\\s<>()\\[\\]"'\`.,;:!?]|(?<![\\w.@/-])(?:[a-z0-9-]+\\.)+${TLD}/[^\\s<>()\\[\\]"'\`]*[\\w/]`,
  'gi',
);
/** Reference sites: guidelines, journals, public-health and professional bodies. */
const REFERENCE =
  /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)*(?:doi\.org|[a-z0-9-]+\.gov|gov\.[a-z]{2}|nih\.gov|who\.int|apta\.org|jointcommission\.org|ismp\.org|cochranelibrary\.com|cochrane\.org|jamanetwork\.com|nejm\.org|bmj\.com|thelancet\.com|springer\.com|link\.springer\.com|wiley\.com|sciencedirect\.com|elsevier\.com|tandfonline\.com|sagepub\.com|lww\.com|oup\.com|academic\.oup\.com|nature\.com|frontiersin\.org|mdpi\.com|plos\.org|journals\.plos\.org|biomedcentral\.com|wikipedia\.org|scholar\.google\.com|physio-pedia\.com|choosept\.com|apastyle\.apa\.org|apa\.org|amamanualofstyle\.com|ncdj\.org|nad\.org|shmabstracts\.org|arxiv\.org|github\.com|openreview\.net|physionet\.org)(?:[/:?#]|$)/i;

export default defineRule({
  id: 'phi.url',
  family: 'identifiers',
  severity: { clinical: 'off', reflection: 'warning' },
  quoteExempt: false,
  anchor: /https?:|www\.|\.(?:com|org|net|edu|gov|io|me|ly|co|us|uk|ca|au|info|app|page|site|blog|tv|fm|social)\//i,
  docs: {
    summary: 'Web addresses that can lead to a person: fundraisers, social-media profiles, personal pages, shared files.',
    why:
      'A link to a patient\'s fundraiser or profile identifies them instantly, and Safe Harbor lists web addresses as identifiers. A student moved by Naren\'s story might link his accessible-van fundraiser; the story can be told without it.',
    prefer: 'Describe the resource instead of linking it ("his family had started an online fundraiser for an accessible van").',
    exceptions: [
      'References to guidelines, journals and professional or public-health bodies (doi.org, .gov, apta.org, journal sites).',
      'Bare domains without a path ("amazon.com"): a site name alone does not point to a person.',
      'Link targets are checked as well as visible text, because the rule reads the raw source of the paragraph.',
    ],
    sources: ['S31', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'His sister shared {{gofundme.com/f/help-naren-get-a-van}} with the class.', mode: 'reflection' },
      { text: 'He posts updates at {{instagram.com/naren.rolls}}.', mode: 'reflection' },
      { text: 'His family set up a fundraiser at {{https://fundraise.example.org/naren-new-chair}}.', mode: 'reflection' },
      { text: 'She shared her blog, [my chair life]({{https://chairlife.example.net/about}}), with me.', mode: 'reflection' },
    ],
    clean: [
      { text: 'See the APTA documentation guidelines at apta.org/your-practice/documentation.', mode: 'reflection' },
      { text: 'Goddu et al. (doi.org/10.1007/s11606-017-4289-2) showed that words in the chart matter.', mode: 'reflection' },
      { text: 'I re-read the [APTA guidance](https://www.apta.org/your-practice/documentation) on visit notes.', mode: 'reflection' },
      { text: 'He uses e.g. a tilt-in-space chair; 3.5 km/h on the treadmill.', mode: 'reflection' },
    ],
  },
  check: (ctx) => {
    const text = rawText(ctx);
    reportHits(
      ctx,
      hits(text, URL)
        .filter((h) => !REFERENCE.test(h.match[0]))
        .map((h) => ({ start: h.start, end: h.end, message: `A web address can lead straight to the person. ${DEIDENTIFY}`, ...placeholder('link') })),
    );
  },
});
