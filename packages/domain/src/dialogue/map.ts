import * as z from "zod/mini";
import { MUNICIPALITY_KINDS, type Coordinates } from "../municipality/municipality.js";
import type { Dialogue } from "./dialogue.js";
import { phaseSchema } from "./phase.js";

export const mapFeatureSchema = z.object({
  type: z.literal("Feature"),
  id: z.string(),
  geometry: z.object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]) }),
  properties: z.object({
    slug: z.string(),
    title: z.string(),
    municipality: z.string(),
    ags: z.string(),
    kind: z.enum(MUNICIPALITY_KINDS),
    phase: phaseSchema,
    topics: z.array(z.string()),
    method: z.string(),
    year: z.nullable(z.int()),
    participantCount: z.nullable(z.int()),
    demo: z.boolean(),
  }),
});
export type MapFeature = z.infer<typeof mapFeatureSchema>;

export const mapFeatureCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(mapFeatureSchema),
});
export type MapFeatureCollection = z.infer<typeof mapFeatureCollectionSchema>;

/** The point the public may see: a sensitive place (e.g. housing) collapses to the municipality's point. */
export function publicPoint(d: Pick<Dialogue, "location" | "locationSensitive" | "municipality">): Coordinates {
  return d.location && !d.locationSensitive ? d.location : d.municipality.location;
}

export function toMapFeature(d: Dialogue): MapFeature {
  const point = publicPoint(d);
  const yearSource = d.heldOn ?? d.publishedAt ?? d.createdAt;
  return {
    type: "Feature",
    id: d.id,
    geometry: { type: "Point", coordinates: [point.lon, point.lat] },
    properties: {
      slug: d.slug,
      title: d.title,
      municipality: d.municipality.name,
      ags: d.municipality.ags,
      kind: d.municipality.kind,
      phase: d.phase,
      topics: d.topics.map((t) => t.slug),
      method: d.method,
      year: yearSource ? Number(yearSource.slice(0, 4)) : null,
      participantCount: d.participantCount ?? null,
      demo: d.demo,
    },
  };
}
