/** Types for generate-notes.mjs (the benchmark's note generator, also used by the CLI batch tests). */
export function generateNotes(dir: string, count?: number, seed?: number): { files: number; bytes: number };
