/**
 * Source note required by BKG's licence for VG250 (GeoNutzV, now dl-de/by-2-0): it must be
 * shown wherever the boundaries or points derived from them are displayed.
 */
export const ATTRIBUTION = "© GeoBasis-DE / BKG 2016, Daten verändert";
