/** Keeps a replacement's capitalisation in line with the text it replaces. */
export function matchCase(original: string, replacement: string): string {
  if (original.length >= 5 && original === original.toUpperCase() && /[A-Z]{2}/.test(original)) {
    // A shouted phrase ("WHEELCHAIR-BOUND") stays shouted; short capitals are abbreviations ("QD")
    // whose replacement is an ordinary word.
    return replacement.toUpperCase();
  }
  const first = original.charAt(0);
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
