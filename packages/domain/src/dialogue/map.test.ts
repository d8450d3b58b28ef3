import { describe, expect, it } from "vitest";
import { publicPoint } from "./map.js";

const municipality = { ags: "08416041", name: "Tübingen", kind: "stadt" as const, location: { lat: 48.5216, lon: 9.0576 } };

describe("publicPoint", () => {
  it("shows the precise place when it is not sensitive", () => {
    expect(publicPoint({ municipality, location: { lat: 48.5, lon: 9.05 }, locationSensitive: false })).toEqual({ lat: 48.5, lon: 9.05 });
  });
  it("never reveals a sensitive place, only the municipality's point", () => {
    expect(publicPoint({ municipality, location: { lat: 48.5, lon: 9.05 }, locationSensitive: true })).toEqual(municipality.location);
  });
  it("falls back to the municipality without a place", () => {
    expect(publicPoint({ municipality, location: undefined, locationSensitive: false })).toEqual(municipality.location);
  });
});
