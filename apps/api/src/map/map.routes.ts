import { listMapFeatures } from "@kfd/db";
import { mapFeatureCollectionSchema } from "@kfd/domain";
import { cachedJson } from "../read-model/cached-json.js";
import { readKeys } from "../read-model/read-keys.js";
import type { AppServices } from "../services.js";

export const GEO_JSON = "application/geo+json";

export function registerMapRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/map",
      operationId: "getMap",
      tag: "Map",
      summary: "Where dialogues took place: a GeoJSON FeatureCollection of published dialogues",
      description: "Sensitive places (e.g. housing) are shown at the municipality's point. Served from the read model, with ETag.",
      access: "public",
      responses: { 200: { description: "The features.", schema: mapFeatureCollectionSchema, contentType: GEO_JSON } },
    },
    async (c) => {
      const read = await s.readCache.read(readKeys.map, async () => ({ body: JSON.stringify(await listMapFeatures(s.db)), dialogueId: "*" }));
      return cachedJson(c, read!, GEO_JSON);
    },
  );
}
