import { proseRuns } from './server/src/engine/prose/parse.ts';
import { sentenceSpans } from './server/src/engine/text/sentences.ts';
import { findQuotes } from './server/src/engine/context/quotes.ts';
const time = (label: string, f: () => unknown) => { const t = Date.now(); f(); console.log(label, Date.now() - t); };
const sp = 'a' + ' '.repeat(20000) + 'b at c';
time('parse', () => proseRuns(sp));
time('sent', () => sentenceSpans(sp));
time('quotes', () => findQuotes(sp));
const PLAIN = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
const SPELLED = /(?<![\w.+-])[\w.+-]+(?:\s*(?:\[at\]|\(at\)|\{at\})\s*|\s+at\s+)[\w-]+(?:\s*(?:\[dot\]|\(dot\)|\{dot\})\s*|\s+dot\s+|\.)(?:com|org|net|edu|gov|io|co|us|uk|ca|au|info|me)\b/gi;
time('plain', () => sp.match(PLAIN));
time('spelled', () => sp.match(SPELLED));
const ex = '!'.repeat(30000);
for (const [n, re] of Object.entries({
  a: /(?:^|(?<=[,;:.!?—–-]\s*))whatever(?=\s*(?:[.!?;]|$))/gim,
  b: /!{3,}/g,
  c: /\p{Emoji_Presentation}(?:\u200d\p{Emoji_Presentation}|\p{Emoji_Modifier})*|\p{Extended_Pictographic}\ufe0f/gu,
  d: /(?<![\w'])(?:ugh+|meh)(?![\w'])/gi,
})) time('ex-' + n, () => ex.match(re));
time('sent-ex', () => sentenceSpans(ex));
