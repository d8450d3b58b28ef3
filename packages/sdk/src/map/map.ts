import type { MapFeatureCollection } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request } from "../request.js";

/** GeoJSON of every published dialogue; sensitive places are shown at the municipality's point. */
export function getMap(options: ClientOptions, call?: RequestOptions): Promise<MapFeatureCollection> {
  return request(options, "/v1/map", call);
}
