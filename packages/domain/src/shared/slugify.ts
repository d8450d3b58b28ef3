const umlauts: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss", Ä: "ae", Ö: "oe", Ü: "ue" };

/** Turns a German title into a URL slug: "Schwäbisch Gmünd" → "schwaebisch-gmuend". */
export function slugify(title: string): string {
  return title
    .replace(/[äöüßÄÖÜ]/g, (c) => umlauts[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
