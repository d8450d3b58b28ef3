import * as z from "zod/mini";
import { text } from "../shared/fields.js";

export const MUNICIPALITY_KINDS = ["gemeinde", "stadt", "landkreis"] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Amtlicher Gemeindeschlüssel: 8 digits for a Gemeinde or Stadt, 5 for a Kreis. */
export const agsSchema = z.string().check(z.regex(/^(\d{5}|\d{8})$/, "must be an AGS of 5 (Kreis) or 8 (Gemeinde) digits"));

export const coordinatesSchema = z.object({
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;

export const municipalitySchema = z.object({
  ags: agsSchema,
  name: text(120),
  kind: z.enum(MUNICIPALITY_KINDS),
  location: coordinatesSchema,
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const MUNICIPALITY_KIND_LABELS: Record<MunicipalityKind, string> = {
  gemeinde: "Gemeinde",
  stadt: "Stadt",
  landkreis: "Landkreis",
};
