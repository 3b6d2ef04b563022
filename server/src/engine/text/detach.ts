/**
 * Strings kept in a long-lived cache must not pin the text they were cut from. A JavaScript engine may
 * represent a slice or a concatenation as a view of its parent (V8 does, for 13 characters and more),
 * so a cached message or key cut from one version of a note would keep that whole version alive, one
 * per keystroke. Concatenating and slicing again forces a flat copy of just these characters.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : `${s} `.slice(0, -1);
}
