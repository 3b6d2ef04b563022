/**
 * The rule list the documentation picker shows, read from docs/rules/index.json (generated with the pages).
 * Pure, so the grouping is tested without VS Code.
 */
export interface CatalogueEntry {
  id: string;
  family: string;
  familyTitle: string;
  summary: string;
}

export interface CatalogueGroup {
  title: string;
  entries: CatalogueEntry[];
}

/** Validates the file's content: anything that is not a list of entries yields no entries, never an exception. */
export function parseCatalogue(text: string): CatalogueEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
  return raw.filter(
    (e): e is CatalogueEntry => !!e && typeof e === 'object' && isText(e.id) && isText(e.family) && isText(e.familyTitle) && isText(e.summary),
  );
}

/** Entries grouped by family, keeping the catalogue's (documentation) order of families and of rules. */
export function groupByFamily(entries: readonly CatalogueEntry[]): CatalogueGroup[] {
  const groups = new Map<string, CatalogueGroup>();
  for (const entry of entries) {
    let group = groups.get(entry.family);
    if (!group) groups.set(entry.family, (group = { title: entry.familyTitle, entries: [] }));
    group.entries.push(entry);
  }
  return [...groups.values()];
}
