/**
 * Shared pieces of the identifier (PHI) rules: HIPAA Safe Harbor identifier
 * classes (45 CFR 164.514(b)(2), S31) found by token patterns. The shapes the
 * patterns cannot say (digit counts, area codes) are in shapes.ts.
 */

/** Closing advice shared by the messages. */
export const DEIDENTIFY =
  'Under HIPAA Safe Harbor this identifies the person (or a relative, caregiver or employer) and must be removed from a de-identified reflection.';

/** US state and territory codes, for "City, ST 12345", as written. */
export const STATE =
  '=AL|=AK|=AZ|=AR|=CA|=CO|=CT|=DE|=DC|=FL|=GA|=HI|=ID|=IL|=IN|=IA|=KS|=KY|=LA|=ME|=MD|=MA|=MI|=MN|=MS|=MO|=MT|=NE|=NV|=NH|=NJ|=NM|=NY|=NC|=ND|=OH|=OK|=OR|=PA|=PR|=RI|=SC|=SD|=TN|=TX|=UT|=VT|=VA|=WA|=WV|=WI|=WY';

/** After a label: optional "#", "no.", "number", ":", "is" or a comma ("His MRN, 004-551-872,"), as token items. */
export const LABEL_TAIL = '#|no|num|number? .? :|#|=|is|was|,?';
/** An identifier after its label: letters and digits, with hyphens inside ("5521-0934", "PB2231-0045"). */
export const ID = '#num|#word +-|#num|#word{0,6}';

/** What a web address is written with, token by token: words, numbers and URL punctuation (not brackets or quotes). */
export const URL_CHARS = '#word|#num|.|-|/|%|?|=|&|#|~|+|:|@|!|,|;|*|$';
