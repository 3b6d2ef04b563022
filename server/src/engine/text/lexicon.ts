/** Small shared word lists that several rules need to agree on. */

/** Nouns for a person, as they appear after a label ("wheelchair-bound student"). */
export const PERSON_NOUN =
  '(?:pt|pts|patients?|persons?|people|individuals?|students?|m[ae]n|wom[ae]n|males?|females?|adults?|clients?|residents?|boys?|girls?|kids?|child(?:ren)?|teens?|teenagers?|gentlem[ae]n|lad(?:y|ies)|guys?|athletes?|veterans?|members?|users?|participants?)';

/** "a" or "an" for the word that follows. */
export function articleFor(word: string): 'a' | 'an' {
  if (/^(?:hour|honest|honou?r|heir)/i.test(word)) return 'an';
  if (/^(?:uni|use|usu|eu|one|once|u[bcfhjkqrstn][aeiou])/i.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** Present-tense "has" for a copula, keeping the tense of the original. */
export function haveFor(copula: string): string {
  const c = copula.toLowerCase();
  if (c === 'was' || c === 'were') return 'had';
  if (c === 'are' || c === 'were') return 'have';
  return 'has';
}
