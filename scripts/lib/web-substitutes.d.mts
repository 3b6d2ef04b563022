/** Types for web-substitutes.mjs. */
export const WEB_SUBSTITUTES: Record<string, string>;
