import * as z from "zod/mini";

/** Dialogue formats the seeds report (World-Café, Zukunftswerkstatt, Ideenworkshop, Frauendialog, Frühstücksbus, …). */
export const METHODS = [
  "world-cafe",
  "zukunftswerkstatt",
  "open-space",
  "ideenworkshop",
  "frauendialog",
  "mobiles-format",
  "integrationsforum",
  "workshop",
  "andere",
] as const;
export type Method = (typeof METHODS)[number];
export const methodSchema = z.enum(METHODS);

export const METHOD_LABELS: Record<Method, string> = {
  "world-cafe": "World-Café",
  zukunftswerkstatt: "Zukunftswerkstatt",
  "open-space": "Open Space",
  ideenworkshop: "Ideenworkshop",
  frauendialog: "Frauendialog",
  "mobiles-format": "Mobiles Format (z. B. Frühstücksbus)",
  integrationsforum: "Integrationsforum",
  workshop: "Workshop",
  andere: "Anderes Format",
};
