/**
 * What a new version of a note shares with the previous one: the lengths of the common prefix and suffix.
 * A keystroke changes a few characters, so every block wholly inside either stretch has the same text as a
 * block of the previous version, found by position instead of by hashing its text.
 */
export interface Unchanged {
  /** Characters at the start that are the same in both versions. */
  prefix: number;
  /** Characters at the end that are the same in both versions, not overlapping `prefix` in either. */
  suffix: number;
}

/** Compared in slices first: string equality runs natively, a character loop only over the last slice. */
const SLICE = 1024;

export function unchanged(before: string, after: string): Unchanged {
  const most = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix + SLICE <= most && before.slice(prefix, prefix + SLICE) === after.slice(prefix, prefix + SLICE)) prefix += SLICE;
  while (prefix < most && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  const room = most - prefix;
  let suffix = 0;
  while (suffix + SLICE <= room && before.slice(before.length - suffix - SLICE, before.length - suffix) === after.slice(after.length - suffix - SLICE, after.length - suffix)) suffix += SLICE;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}
