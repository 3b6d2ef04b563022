/**
 * The figures an audit reports for a count of notes: the share of notes with
 * at least one finding, per 1,000 notes, with a Wilson score interval.
 * Wilson rather than the normal approximation because rare terms are the
 * point of an audit: with 3 notes in 10,000 the normal interval goes below 0,
 * and with 0 it has no width at all (Brown, Cai & DasGupta 2001, Statistical
 * Science 16:101–133, recommend Wilson for exactly these small proportions).
 */

/** Two-sided 95 % normal quantile. */
const Z = 1.959963984540054;

/** Wilson score interval for x successes in n trials, as proportions in [0, 1]. */
export function wilson(x: number, n: number, z = Z): [number, number] {
  if (n <= 0) return [0, 1];
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // Rounding can push the ends a hair past the exact bounds at x = 0 or x = n.
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}

const round2 = (v: number) => Math.round(v * 100) / 100;

export interface Rate {
  per1000Notes: number | null;
  ci95: [number, number] | null;
}

/** x notes out of n, per 1,000 notes with its 95 % interval (two decimals); null when there are no notes. */
export function ratePer1000(x: number, n: number): Rate {
  if (n <= 0) return { per1000Notes: null, ci95: null };
  const [lo, hi] = wilson(x, n);
  return { per1000Notes: round2((1000 * x) / n), ci95: [round2(1000 * lo), round2(1000 * hi)] };
}
