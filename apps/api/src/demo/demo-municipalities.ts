import type { Municipality } from "@kfd/domain";

/**
 * Every place a demo dialogue is held in, with its Amtlicher Gemeindeschlüssel (8 digits,
 * Landkreise 5) and the WGS84 point of its centre. The kind follows the group seed 003 files
 * the town's Steckbrief under ("Landkreise" / "Städte" / "Gemeinden"); Ostfildern is not in
 * seed 003 but seed 004 speaks of "der Stadt". A Landkreis is shown at its Kreisstadt's
 * centre, where the Landratsamt sits.
 *
 * AGS cross-checked against the annex of the MietNEinV (BGBl. I 2021, 3739), which lists
 * every Baden-Württemberg Gemeinde with its AGS.
 */
export const DEMO_MUNICIPALITIES = [
  { ags: "08136065", name: "Schwäbisch Gmünd", kind: "stadt", location: { lat: 48.7989, lon: 9.7977 } },
  { ags: "08116080", name: "Ostfildern", kind: "stadt", location: { lat: 48.722, lon: 9.262 } },
  { ags: "08416041", name: "Tübingen", kind: "stadt", location: { lat: 48.5202, lon: 9.0561 } },
  { ags: "08421000", name: "Ulm", kind: "stadt", location: { lat: 48.3974, lon: 9.992 } },
  { ags: "08226096", name: "Weinheim", kind: "stadt", location: { lat: 49.549, lon: 8.669 } },
  { ags: "08116049", name: "Nürtingen", kind: "stadt", location: { lat: 48.6258, lon: 9.3404 } },
  { ags: "08211000", name: "Baden-Baden", kind: "stadt", location: { lat: 48.7606, lon: 8.2396 } },
  { ags: "08125026", name: "Eppingen", kind: "stadt", location: { lat: 49.1369, lon: 8.911 } },
  { ags: "08316009", name: "Denzlingen", kind: "gemeinde", location: { lat: 48.068, lon: 7.8815 } },
  { ags: "08435066", name: "Uhldingen-Mühlhofen", kind: "gemeinde", location: { lat: 47.7348, lon: 9.2426 } },
  { ags: "08237", name: "Landkreis Freudenstadt", kind: "landkreis", location: { lat: 48.4633, lon: 8.4111 } },
  { ags: "08119", name: "Rems-Murr-Kreis", kind: "landkreis", location: { lat: 48.8304, lon: 9.3169 } },
] as const satisfies readonly Municipality[];

export type DemoMunicipalityName = (typeof DEMO_MUNICIPALITIES)[number]["name"];

export function demoAgs(name: DemoMunicipalityName): string {
  const found = DEMO_MUNICIPALITIES.find((m) => m.name === name);
  if (!found) throw new Error(`no demo municipality named ${name}`);
  return found.ags;
}
