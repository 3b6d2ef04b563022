/**
 * A seeded pseudo-random generator (mulberry32) for benchmarks and generated
 * test inputs: the same seed gives the same notes, so figures and failures
 * reproduce from one run to the next.
 */
export function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
