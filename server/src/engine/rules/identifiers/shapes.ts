/**
 * The shapes of identifiers (HIPAA Safe Harbor classes, 45 CFR 164.514(b)(2), S31) that token
 * patterns cannot say on their own: how many digits, which area codes, which octets. Rules find a
 * candidate with a pattern over tokens, and a named condition (terms/conditions.ts) checks its shape here.
 */

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

export const SHAPES = {
  /** 123-45-6789, 123 45 6789, 123456789. */
  ssn: /^\d{3}[\s-]?\d{2}[\s-]?\d{4}$/,
  /** A record, account, plan or serial number after its label: 5+ letters, digits and inner hyphens, one a digit. */
  recordNumber: /(?:^|[\s:#=])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{3,}[A-Za-z0-9]$/,
  /** (555) 123-4567, 555-123-4567, 555.123.4567, +1 555 123 4567 (area codes start with 2–9); +44 20 7946 0958 (8+ digits). */
  phone: /^(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[.-])\d{3}[\s.-]\d{4}$|^\+1[\s.-]?[2-9]\d{2}\s\d{3}[\s.-]\d{4}$|^(?=(?:\D*\d){8})\+[2-9]\d{0,2}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}$/,
  /** Seven digits after a phone word: 555-0199. */
  localPhone: /^\d{3}[.-]\d{4}$/,
  /** 4111 1111 1111 1111. */
  card: /^\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}$/,
  /** Four octets with at least one multi-digit part ("1.2.3.4" is an outline number). */
  ipv4: new RegExp(`^(?=.*\\d\\d)${OCTET}(?:\\.${OCTET}){3}$`),
  /** Hex groups with "::" or all eight groups, and a hex letter or a 4-digit group (not a time like 10:30:45). */
  ipv6: /^(?=.*(?:[A-Fa-f]|[0-9A-Fa-f]{4}))(?=.*::|(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}$)(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}$/,
} as const;

export type ShapeName = keyof typeof SHAPES;
