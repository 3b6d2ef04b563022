/**
 * power.boundary — the clinician's needs served by the patient.
 */
import { checkPhrases, defineRule, type Phrase, type RunContext } from '../define.ts';
import { clipSpan } from '../../text/sentences.ts';

/** The match's sentence, clipped to a window around it (linear time on pathological input). */
const near = (ctx: RunContext, at: number) => clipSpan(ctx.sentenceAt(at), at);

/** The patient, or someone in their circle (caregiver, family). Names are checked in `personOk`. */
const PT =
  '(?:(?:the|my|our|this|that|a|a\\s+former|my\\s+former|his|her|their)\\s+)?(?:pt|patient|client|resident|caregiver|carer|aide|mom|mother|dad|father|wife|husband|partner|son|daughter|family|parents?|brother|sister|roommate)|him|her|them|[A-Z][a-z]+';
const NOT_A_NAME = /^(?:The|This|That|It|My|Our|His|Her|Their|A|An|Me|You|Us|PT|OT|MD|Dr|CI|Everyone|Nobody|Someone|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SOCIAL = '(?:Instagram|Insta|IG|Facebook|FB|Snapchat|Snap|TikTok|Twitter|X|LinkedIn|WhatsApp|Telegram|Discord|Tinder|Hinge|Bumble|BeReal|social media|socials)';
const PERSONAL_CHANNEL = '(?:personal|own|private)\\s+(?:cell(?:\\s+phone)?|phone|mobile|number|cell\\s+number|phone\\s+number|email|account|Instagram|Facebook|Snapchat)';

/** The matched person is a pronoun, a patient or family noun, or a capitalised name. */
function personOk(m: RegExpExecArray, group = 1): boolean {
  const who = m[group]?.trim();
  if (!who) return true;
  if (/^(?:him|her|them|me)$/i.test(who) || /\s/.test(who) || /^(?:pt|patient|client|resident|caregiver|carer|aide|mom|mother|dad|father|wife|husband|partner|son|daughter|family|parents?|brother|sister|roommate)$/i.test(who)) return true;
  return /^[A-Z][a-z]+$/.test(who) && !NOT_A_NAME.test(who);
}

/** The clinician turned the offer down: "I thanked him and explained I could not accept." */
function declined(m: RegExpExecArray, ctx: RunContext): boolean {
  const s = near(ctx, m.index);
  return /\b(?:declin\w*|could\s*n[o']t\s+accept|cannot\s+accept|can't\s+accept|couldn't\s+accept|not\s+accept\w*|turned\s+(?:it|them|him|her)?\s*down|said\s+no|politely\s+refused|refused)\b/i.test(ctx.text.slice(m.index, s.end));
}

const MESSAGE_CONTACT =
  'Personal contact with a patient (your own number, social media) moves the relationship outside professional boundaries. Keep contact in clinic channels and reflect on what prompted it.';
const MESSAGE_FAVOUR =
  'A patient should never be asked to serve the clinician\'s needs. Favours, rides, discounts or help from a patient or their family cross a professional boundary; reflect on it with your CI.';
const MESSAGE_GIFT =
  'Accepting money, gift cards or goods from a patient crosses a professional boundary and can put them under obligation. Check your clinic\'s gift policy and reflect on it with your CI.';
const MESSAGE_VENT =
  'Confiding in or venting to a patient makes them carry the clinician\'s emotional needs. The session is for them; take your own concerns to a colleague, your CI or a counsellor.';
const MESSAGE_DATE = 'Romantic or sexual interest in a patient is a boundary violation. Stop, and discuss it with your CI or supervisor.';

const phrases: Phrase[] = [
  {
    // "I gave him my personal cell number"
    pattern: new RegExp(`\\b(?:gave|give|giving|sent|send|shared|share|texted)\\s+(${PT})\\s+(my\\s+(?:(?:own|personal|private|cell|mobile|home)\\s+){0,2}(?:number|cell|phone\\s+number|#|email|address|snap(?:chat)?|insta(?:gram)?|handle|socials|IG|WhatsApp))`, 'gi'),
    message: MESSAGE_CONTACT,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "exchanged numbers with her"
    pattern: new RegExp(`\\bexchang(?:ed|e|ing)\\s+(?:phone\\s+)?(?:numbers|contacts|contact details|socials|emails)\\s+with\\s+(${PT})`, 'gi'),
    message: MESSAGE_CONTACT,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "added her on Instagram", "followed him on TikTok", "friended the patient on Facebook"
    pattern: new RegExp(`\\b(?:[Aa]dd(?:ed|ing)?|[Ff]ollow(?:ed|ing|s)?|[Ff]riend(?:ed|ing)?|[Dd]M(?:ed|'d)?|[Mm]essag(?:ed|ing|e)|[Cc]onnect(?:ed|ing)?(?:\\s+with)?)\\s+(${PT}|me)\\s+(?:on|via|through)\\s+${SOCIAL}\\b`, 'gi'),
    message: MESSAGE_CONTACT,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "accepted his friend request"
    pattern: /\baccept(?:ed|ing)?\s+(?:his|her|their|the\s+(?:pt|patient)['’]s|(?:pt|patient)['’]s)\s+(?:friend|follow|connection)\s+requests?\b/gi,
    message: MESSAGE_CONTACT,
    suggest: [],
    fix: 'none',
  },
  {
    // "texted the patient from my personal phone"
    pattern: new RegExp(`\\b(?:text(?:ed|ing|s)?|messag(?:ed|ing|es)|call(?:ed|ing|s)?|rang|email(?:ed|ing|s)?|DM(?:ed|'d)?)\\s+(${PT})\\s+(?:from|on|with|using|via)\\s+my\\s+${PERSONAL_CHANNEL}`, 'gi'),
    message: MESSAGE_CONTACT,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "I asked his caregiver for a ride", "asked her for a discount"
    pattern: new RegExp(`\\b[Aa]sk(?:ed|ing|s)?\\s+(${PT})\\s+(for\\s+(?:a\\s+|an\\s+|some\\s+|his\\s+|her\\s+|their\\s+)?(?:ride|lift|loan|discount|favou?r|money|cash|tickets?|date|drink|job|reference|donation|tip|deal|free\\s+\\w+|help\\s+with\\s+my\\s+\\w+))\\b`, 'gi'),
    message: MESSAGE_FAVOUR,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "I asked him to help me move boxes", "asked her to fill in my course evaluation"
    pattern: new RegExp(`\\b[Aa]sk(?:ed|ing|s)?\\s+(${PT})\\s+(?:if\\s+(?:he|she|they)\\s+(?:could|would|can|will)\\s+|to\\s+)((?:help\\s+(?:me|us)(?:\\s+(?:move|with\\s+my|carry|fix|pack|out))?|give\\s+me\\s+a\\s+(?:ride|lift|discount|loan)|drive\\s+me|lend\\s+me|loan\\s+me|buy\\s+me|pay\\s+(?:for\\s+)?my|cover\\s+my|watch\\s+my|babysit|pick\\s+me\\s+up|fix\\s+my|get\\s+me|(?:fill\\s+(?:in|out)|complete|sign|rate|review)\\s+(?:my|a\\s+review|a\\s+rating)|(?:vote|donate)\\s+(?:for|to)\\s+(?:me|my)|sponsor\\s+me|hire\\s+me|introduce\\s+me|keep\\s+(?:it|this)\\s+(?:a\\s+)?secret|not\\s+tell)(?:\\s+[\\w-]+){0,3})`, 'gi'),
    message: MESSAGE_FAVOUR,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "She offered me her student discount code and I used it": the patient gives, the clinician accepts.
    pattern: new RegExp(`\\b(?:offered|gave|give|gives|bought|paid\\s+for|got)\\s+me\\s+((?:(?:a|an|his|her|their|the|some|free|\\$\\d+|\\d+)\\s+)?(?:[\\w$-]+\\s+){0,2}(?:discount(?:\\s+code)?|ride(?:\\s+home)?|lift|cash|money|tip|gift\\s+cards?|tickets?|loan|lunch|dinner|drinks?|coffee|membership|deal|job|internship|jewel\\w*|voucher|coupon|\\$\\d+))`, 'gi'),
    message: MESSAGE_GIFT,
    suggest: [],
    fix: 'none',
    personSubject: true,
    unless: (m, ctx) => declined(m, ctx) || /^(?:I|we)\b/i.test(ctx.text.slice(near(ctx, m.index).start, m.index).trim()) && !/\b(?:he|she|they|pt|patient|caregiver|family|[A-Z][a-z]+)\s+$/.test(ctx.text.slice(Math.max(0, m.index - 20), m.index)),
  },
  {
    // "I borrowed $20 from him", "he paid for my lunch", "she lent me her car"
    pattern: new RegExp(`\\bborrow(?:ed|ing)?\\s+(?:money|cash|\\$\\d+|\\d+\\s*(?:dollars?|bucks)|(?:his|her|their)\\s+\\w+)\\s+from\\s+(${PT})|\\b(?:paid|pays|paying|bought|buys|covered|covers)\\s+(?:for\\s+)?my\\s+(?:lunch|coffee|dinner|drinks?|meals?|textbooks?|books|gas|parking|tuition|rent|groceries|tickets?|bill)\\b|\\b(?:lent|loaned|lends|loans)\\s+me\\s+(?:money|cash|\\$\\d+|\\d+\\s*(?:dollars?|bucks)|(?:his|her|their)\\s+\\w+)`, 'gi'),
    message: MESSAGE_GIFT,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => !personOk(m) || declined(m, ctx),
  },
  {
    // "I accepted a $40 gift card from him"
    pattern: /\b(?:accept(?:ed|ing)?|took|take|kept|keep)\s+(?:a|an|the|his|her|their|some|\$?\d+(?:\.\d+)?)?\s*(?:\$\d+\s+|\d+\s*(?:dollars?|bucks|euros?|pounds?)\s+)?(?:(?:cash|money|tip|tips|gift\s+cards?|cheque|check|payment|present|gift|bottle|jewel\w*|tickets?|voucher|watch|envelope)\b|(?:\$\d+|\d+\s*(?:dollars?|bucks)))(?:\s+(?:from|off)\s+(?:him|her|them|the\s+(?:pt|patient|family)|(?:his|her|their)\s+\w+))?/gi,
    message: MESSAGE_GIFT,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      const lead = ctx.text.slice(near(ctx, m.index).start, m.index);
      if (!/\b(?:I|we)\b/.test(lead)) return true; // the clinician is the one accepting
      if (/\b(?:from|off)\s+/i.test(m[0])) return false;
      // Without "from …", require a patient mention in the sentence.
      const s = near(ctx, m.index);
      return !/\b(?:pt|patient|client|him|her|them|family|caregiver)\b/i.test(ctx.text.slice(s.start, s.end));
    },
  },
  {
    // "He follows me on Snapchat now"
    pattern: new RegExp(`\\b(?:follows|followed|added|friended|DMs|DMed|messages|texts|texted)\\s+me\\s+(?:on|via|through)\\s+${SOCIAL}\\b`, 'gi'),
    message: MESSAGE_CONTACT,
    suggest: [],
    fix: 'none',
  },
  {
    // "venting to him about my CI", "confided in her about my breakup"
    pattern: new RegExp(`\\b(?:vent(?:ed|ing|s)?|confid(?:ed|ing|e|es)|unload(?:ed|ing)?|offload(?:ed|ing)?|rant(?:ed|ing)?|complain(?:ed|ing)?)\\s+(?:to|in|on)\\s+(${PT})\\b`, 'gi'),
    message: MESSAGE_VENT,
    suggest: [],
    fix: 'none',
    unless: (m, ctx) => {
      if (!personOk(m)) return true;
      if (/^complain/i.test(m[0]) && !/\babout\s+my\b/i.test(ctx.text.slice(m.index, near(ctx, m.index).end))) return true;
      // The clinician must be the one venting: "I vented", "venting to him" with I earlier.
      const lead = ctx.text.slice(near(ctx, m.index).start, m.index);
      return !/\b(?:I|we)\b/.test(lead);
    },
  },
  {
    // "told her about my divorce"
    pattern: new RegExp(`\\b(?:told|tell|telling)\\s+(${PT})\\s+(?:all\\s+)?about\\s+my\\s+(?:own\\s+)?(?:problems|issues|divorce|break-?up|marriage|relationship|boyfriend|girlfriend|partner|husband|wife|ex|debts?|money\\s+(?:problems|troubles|worries)|financial\\s+\\w+|stress|depression|anxiety|bad\\s+day|personal\\s+life|family\\s+(?:problems|drama|issues)|drama|love\\s+life|dating\\s+life|CI|supervisor|boss|grades?)\\b`, 'gi'),
    message: MESSAGE_VENT,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m),
  },
  {
    // "asked her out", "went on a date with him", "dating a former patient"
    pattern: new RegExp(`\\b[Aa]sk(?:ed|ing)?\\s+(${PT})\\s+(?:out|on\\s+a\\s+date|to\\s+(?:dinner|drinks|a\\s+movie|a\\s+party|my\\s+place)|for\\s+(?:drinks|a\\s+drink|coffee)\\s+after)\\b|\\b(?:went|go|going)\\s+(?:out\\s+)?on\\s+a\\s+date\\s+with\\s+(${PT})\\b|\\b(?:dating|dated|date|flirt(?:ed|ing)?\\s+with|hooked\\s+up\\s+with|kiss(?:ed)?)\\s+(?:a|my|our|the|this)\\s+(?:former\\s+)?(?:pt|patient|client)\\b`, 'gi'),
    message: MESSAGE_DATE,
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m) || !personOk(m, 2),
  },
  {
    // "posted a photo of him on Instagram", "took a selfie with the patient"
    pattern: new RegExp(`\\b(?:post(?:ed|ing)?|shar(?:ed|ing)|upload(?:ed|ing)?)\\s+(?:a\\s+|the\\s+)?(?:photo|picture|pic|video|clip|story|reel|post|TikTok)s?\\s+(?:of|about|with)\\s+(${PT})\\b|\\btook\\s+(?:a\\s+)?selfies?\\s+with\\s+(${PT})\\b`, 'gi'),
    message: 'Posting about or photographing a patient for your own social media uses their story for your purposes and risks their privacy. Keep patient stories out of personal accounts.',
    suggest: [],
    fix: 'none',
    unless: (m) => !personOk(m) || !personOk(m, 2),
  },
];

export default defineRule({
  id: 'power.boundary',
  family: 'power',
  severity: { clinical: 'info', reflection: 'warning' },
  anchor: /\bmy\b|\bme\b|borrow|\bask|\bexchang|instagram|insta\b|facebook|snap|tiktok|linkedin|whatsapp|social|friend|numbers|accept|took|take|kept|keep|vent|confid|unload|offload|rant|complain|\bIG\b|\bFB\b|twitter|\bX\b|telegram|discord|tinder|hinge|bumble|bereal|date|dating|flirt|kiss|hooked|selfie|post|shar|upload/i,
  docs: {
    summary: 'The patient serving the clinician\'s needs: favours, rides, discounts, gifts or money, personal contact and social media, venting to the patient, dating.',
    why:
      'The source text states it without qualification: patients should never be asked or manipulated to serve the physical, emotional or psychological needs of the therapist. A favour from a patient (a ride, help moving, a discount at their business, a course evaluation), a gift card, a personal phone number or a social-media connection all turn the relationship toward the clinician, and the patient may find it hard to say no to someone they depend on for care. Venting to a patient hands them the clinician\'s emotional load. Codes of ethics for physical therapists put the patient\'s interests first, and social-media guidance warns about patient stories and contact outside professional channels.',
    prefer: 'Keep contact in professional channels (clinic phone, portal); decline gifts and favours (and note that you did); take your own concerns to your CI, a colleague or a counsellor; reflect in writing on what prompted the situation.',
    exceptions: [
      'The clinician declining an offer ("he offered me a ride; I thanked him and explained I could not accept").',
      'Professional contact details ("gave the patient the clinic\'s main phone line").',
      'The patient\'s own words in an attributed quotation.',
    ],
    sources: ['seed', 'S30', 'S38'],
  },
  examples: {
    flagged: [
      { text: 'I gave him {{my personal cell number}} so he could text me about his workouts.', mode: 'reflection' },
      { text: 'After discharge I {{added her on Instagram}}.', mode: 'reflection' },
      { text: 'I asked his caregiver {{for a ride}} to the train station after clinic.', mode: 'reflection' },
      { text: 'I ended up {{venting to him}} about my CI because he listens so well.', mode: 'reflection' },
      { text: 'I {{accepted a $40 gift card from him}} at the last visit.', mode: 'reflection' },
      { text: 'I asked him to {{help me move boxes}} because his caregiver has a truck.', mode: 'reflection' },
      { text: 'She {{offered me her student discount code}} and I used it for my textbooks.', mode: 'reflection' },
      { text: 'He {{follows me on Snapchat}} now and we message most evenings.', mode: 'reflection' },
    ],
    clean: [
      { text: 'I gave the patient the clinic\'s main phone line for scheduling questions.', mode: 'reflection' },
      { text: 'He offered me a ride home in the rain; I thanked him and explained I could not accept.', mode: 'reflection' },
      { text: 'I asked him to show me how he sets up his sliding board.', mode: 'reflection' },
      { text: 'Pt asked me for a copy of the HEP with pictures.', mode: 'reflection' },
      { text: 'I told my CI about my worry that I had overstepped.', mode: 'reflection' },
    ],
  },
  check: (ctx) => checkPhrases(ctx, phrases),
});
