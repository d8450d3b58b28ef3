import { readRegion, type Region, type Topology } from "./topology.js";

const cache = new Map<string, Promise<Region>>();

/**
 * The region the map draws. Without `region`, Baden-Württemberg's Kreise, shipped as a chunk
 * of this bundle: it comes from wherever the widget's script comes from, so an embedding
 * page makes no request to anyone else and needs no API route. Any other region is the URL of
 * a TopoJSON file as `pnpm geodata --region …` writes it, resolved against the API's address.
 */
export function loadRegion(region: string, api: string): Promise<Region> {
  const key = region.trim() === "" || region === "bw" ? "bw" : new URL(region, new URL(api || ".", document.baseURI)).href;
  let pending = cache.get(key);
  if (!pending) {
    pending = (key === "bw" ? import("./bw-kreise.js").then((m) => m.default as unknown as Topology) : fetchTopology(key)).then((t) => readRegion(t));
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}
