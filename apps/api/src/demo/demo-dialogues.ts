/**
 * The Kommunale Flüchtlingsdialoge the seed texts name, with only what the seeds say about them.
 * Occasions quote or closely paraphrase the public Steckbrief teasers of seed 003 and the
 * "Gute Beispiele" of seed 004. No dates, counts, topics, methods or results are added that the
 * seeds do not give; where they give none the field stays empty. Named persons of the seeds
 * (the Oberbürgermeister quoted in seed 003, the photographed refugee of seed 000, speakers of
 * seeds 000–002) are stored nowhere.
 *
 * Two dialogues in Schwäbisch Gmünd: the women's dialogue on Weltfrauentag (seeds 003, 004)
 * and the dialogue "zwischen Flüchtlingen und Bürgern" of seed 000, whose photo shows a man
 * writing on the tablecloths — so it is not the women's dialogue. Both seeds call theirs "the
 * first"; neither title here repeats that claim.
 *
 * Left out, because the seed texts do not tell the town (seed 003 files each teaser under its
 * group, in alphabetical order of the towns, which narrows an unnamed teaser to a range of the
 * alphabet but never to one town; naming one from outside knowledge would be invention):
 * - Landkreise: "Zusammenarbeit zwischen Landratsamt und Ehrenamt konkret zu verbessern";
 *   "In Workshops die Herausforderungen nachhaltiger Integration herausarbeiten … Integrationskonzept".
 * - Städte: "ehrenamtlich und hauptamtlich … Tätige wissen zu wenig voneinander"; the "Frühstücksbus";
 *   "Überforderung des Bürgerschaftlichen IntegrationsProjektes"; the second "Integrationsforum" after
 *   a first one "Ende Juni"; "Wohnungs- und Arbeitssuche, Schule und Ausbildung, Spracherwerb";
 *   "weg von Soforthilfemaßnahmen hin zu Integrationsmaßnahmen"; "Bürgerinnen und Bürger mit den
 *   geflüchteten Menschen in Kontakt bringen, Transparenz durch Vernetzung"; "geplantes Bauvorhaben
 *   für die Anschlussunterbringung"; "Flüchtlingsbeauftragte, Ehrenamtskoordinatorinnen, neuer
 *   Freundeskreis Asyl"; "Ankommen in den Wohnungen und Nachbarschaften begleiten"; "nach einer ersten
 *   Akutphase des Ankommens … Begegnung auf Augenhöhe"; "Probleme bei der Wohnungssuche und im
 *   Zusammenleben"; "drei Flüchtlingsunterkünfte … im GSZ"; "über 500 Flüchtlinge in Hallen".
 * - Gemeinden: "großer Informationsbedarf"; "Potential der Bürger für eine nachhaltige
 *   Integrationsstrategie"; "vorhandene Strukturen nutzen, Doppelstrukturen vermeiden";
 *   "interkulturelles Verständnis entwickeln"; "150 Geflüchtete, ein Netzwerk bestand noch nicht".
 * Hence no dialogue here uses the Integrationsforum or Frühstücksbus formats: the only seed
 * dialogues that used them are among those left out.
 */
import type { DialogueInput } from "@kfd/domain";
import { demoAgs } from "./demo-municipalities.js";
import { CUSTOM_TOPICS, standardTopic } from "./demo-topics.js";

export type DemoDialogueInput = DialogueInput & { slug: string };

/** Dialogues of 2016/17 are long over; what became of their measures the seeds do not say. */
function pastDialogue(d: DemoDialogueInput): DemoDialogueInput {
  return { phase: "completed", demo: true, ...d };
}

export const SEED_DIALOGUES: readonly DemoDialogueInput[] = [
  pastDialogue({
    slug: "schwaebisch-gmuend-frauendialog",
    title: "Frauendialog Flüchtlingsfragen Schwäbisch Gmünd",
    municipalityAgs: demoAgs("Schwäbisch Gmünd"),
    occasion:
      "Kommunaler Flüchtlingsdialog in Schwäbisch Gmünd anlässlich des Weltfrauentags am 8. März 2016 und der neuen Anlaufstelle „PFIFF“ (Projektstelle für Integration und für Flüchtlinge). " +
      "Die Mehrzahl der Geflüchteten, die in den letzten Monaten und Jahren nach Deutschland gekommen sind, sind Männer. Doch auch viele Frauen haben sich – allein oder mit Kindern – auf den langen, beschwerlichen Weg gemacht. Und die ehrenamtliche Arbeit für geflohene Menschen wird überwiegend von Frauen geleistet.",
    method: "frauendialog",
    eventConcept: "Frauendialog Flüchtlingsfragen am Weltfrauentag: über 100 Frauen kamen zusammen.",
    topics: [CUSTOM_TOPICS.frauen],
    participantCount: 100,
    heldOn: "2016-03-08",
    contact: {
      role: "Anlaufstelle PFIFF – Projektstelle für Integration und für Flüchtlinge",
      organisation: "Stadt Schwäbisch Gmünd",
      email: "pfiff@example.org",
    },
  }),
  pastDialogue({
    slug: "schwaebisch-gmuend-fluechtlinge-und-buerger",
    title: "Kommunaler Flüchtlingsdialog Schwäbisch Gmünd: Flüchtlinge und Bürger im Gespräch",
    municipalityAgs: demoAgs("Schwäbisch Gmünd"),
    occasion:
      "Kommunaler Flüchtlingsdialog zwischen Flüchtlingen und Bürgern. Dialog, Beteiligung und das Gespräch miteinander sind beim „Gmünder Weg“ der Stadt elementar, damit neue Beziehungen entstehen und Sorgen und Probleme angesprochen und gemeinsam gelöst werden können.",
    method: "andere",
    eventConcept: "Geflüchtete und Bürgerinnen und Bürger schrieben ihre Wünsche und Probleme auf weiße Tischdecken.",
    actors: ["gefluechtete", "buergerschaft"],
  }),
  pastDialogue({
    slug: "ostfildern",
    title: "Erster Kommunaler Flüchtlingsdialog Ostfildern",
    municipalityAgs: demoAgs("Ostfildern"),
    occasion: "Erster kommunaler Flüchtlingsdialog in Ostfildern.",
    goals:
      "Über die Situation in der Stadt sprechen, über weitere Schritte auf dem Weg zur Integration der neu angekommenen Menschen beraten und konkrete Ideen für das künftige Zusammenwachsen und Zusammenleben entwickeln.",
    method: "andere",
    eventConcept:
      "Über 70 Frauen und Männer kamen zusammen: Ehrenamtliche Helfer, Fachleute aus der Stadtverwaltung und geflohene Menschen sprachen über die Situation in der Stadt, berieten über weitere Schritte und entwickelten gemeinsam konkrete Ideen.",
    actors: ["ehrenamt", "verwaltung", "gefluechtete"],
    participantCount: 70,
  }),
  pastDialogue({
    slug: "tuebingen",
    title: "Kommunaler Flüchtlingsdialog Tübingen",
    municipalityAgs: demoAgs("Tübingen"),
    occasion:
      "An insgesamt 11 Standorten werden in Tübingen neue Häuser für Geflüchtete gebaut. Innerhalb eines kurzen Zeitraums werden deshalb viele Geflüchtete, ein Großteil davon Familien, in die jeweiligen Quartiere ziehen. Die Nachbarschaft und das soziale Umfeld werden sich verändern.",
    method: "andere",
    topics: [standardTopic("bauen-wohnen"), standardTopic("gemeinschaft-nachbarschaft")],
  }),
  pastDialogue({
    slug: "ulm",
    title: "Kommunaler Flüchtlingsdialog Ulm",
    municipalityAgs: demoAgs("Ulm"),
    occasion:
      "Mit dem Kommunalen Flüchtlingsdialog sollte ein offenes Austauschformat geschaffen werden, um sich über die Flüchtlingsintegrationspolitik der Stadt Ulm aktiv auszutauschen.",
    goals: "Gemeinsam Chancen und Möglichkeiten einer gelungenen Integration aufzeigen.",
    method: "andere",
    topics: [CUSTOM_TOPICS.integrationspolitik],
  }),
  pastDialogue({
    slug: "weinheim",
    title: "Kommunale Flüchtlingsdialoge Weinheim",
    municipalityAgs: demoAgs("Weinheim"),
    occasion:
      "In zwei Flüchtlingsdialogen wurden in Weinheim die Themenkomplexe Nachbarschaft und Sicherheit sowie Integration durch Arbeit und Beschäftigung diskutiert.",
    method: "andere",
    eventConcept: "Zwei Flüchtlingsdialoge zu den Themenkomplexen „Nachbarschaft und Sicherheit“ sowie „Integration durch Arbeit und Beschäftigung“.",
    topics: [standardTopic("gemeinschaft-nachbarschaft"), standardTopic("infrastruktur-sicherheit"), standardTopic("ausbildung-arbeit")],
  }),
  pastDialogue({
    slug: "nuertingen-rossdorf",
    title: "Ideenworkshop Roßdorf – Kommunaler Flüchtlingsdialog Nürtingen",
    municipalityAgs: demoAgs("Nürtingen"),
    occasion:
      "Im Nürtinger Stadtteil Roßdorf sollen 40 geflüchtete Menschen in einer neu errichteten Einrichtung untergebracht werden. Mit einem projektbezogenen Ideenworkshop machten sich die Nürtinger Gedanken um die Umsetzung dieses Vorhabens.",
    method: "ideenworkshop",
    topics: [standardTopic("bauen-wohnen")],
    actors: ["buergerschaft"],
    // About one housing site: the map must never point at more than the town.
    locationSensitive: true,
  }),
  pastDialogue({
    slug: "baden-baden",
    title: "Kommunaler Flüchtlingsdialog Baden-Baden",
    municipalityAgs: demoAgs("Baden-Baden"),
    occasion:
      "In Baden-Baden gibt es unterschiedliche Akteure, die im Bereich der Flüchtlingshilfe tätig sind. Der Stadtverwaltung war es wichtig, alle ehrenamtlichen und hauptamtlichen Akteure in das Thema Integration einzubinden.",
    goals: "Gemeinsam mit allen ehrenamtlichen und hauptamtlichen Akteuren verschiedene Bausteine für die Integration entwickeln.",
    method: "andere",
    actors: ["ehrenamt", "verwaltung"],
  }),
  pastDialogue({
    slug: "eppingen",
    title: "Kommunaler Flüchtlingsdialog Eppingen",
    municipalityAgs: demoAgs("Eppingen"),
    occasion:
      "Für Integration in Eppingen ist die Vernetzung des bürgerschaftlichen Engagements und örtlicher Akteure aus verschiedensten Lebensfeldern besonders wichtig.",
    method: "andere",
    topics: [CUSTOM_TOPICS.vernetzung],
    actors: ["ehrenamt"],
  }),
  pastDialogue({
    slug: "denzlingen",
    title: "Kommunaler Flüchtlingsdialog Denzlingen",
    municipalityAgs: demoAgs("Denzlingen"),
    occasion: "Die Integration der in Denzlingen untergebrachten Flüchtlinge in Zusammenarbeit mit dem Freundeskreis Asyl war Ziel des kommunalen Flüchtlingsdialogs.",
    method: "andere",
    actors: ["ehrenamt"],
  }),
  pastDialogue({
    slug: "uhldingen-muehlhofen",
    title: "Kommunaler Flüchtlingsdialog Uhldingen-Mühlhofen",
    municipalityAgs: demoAgs("Uhldingen-Mühlhofen"),
    occasion:
      "In Uhldingen-Mühlhofen sind bereits viele Personen ehrenamtlich in der Unterstützung von Migranten tätig. Jedoch braucht es für die Realisierung von neuen Projektideen immer auch einige Helfer.",
    goals: "Möglichst noch weitere Ehrenamtliche gewinnen.",
    method: "andere",
    topics: [CUSTOM_TOPICS.ehrenamt],
    actors: ["ehrenamt"],
  }),
  pastDialogue({
    slug: "landkreis-freudenstadt",
    title: "Kommunaler Flüchtlingsdialog Landkreis Freudenstadt",
    municipalityAgs: demoAgs("Landkreis Freudenstadt"),
    occasion:
      "Im Kreis Freudenstadt befinden sich ca. 1700 Menschen mit Migrationshintergrund. Dieser Personenkreis wird dank der Wohnsitzauflage auch für längere Zeit im Kreis verbleiben. Das Thema Integration ist deshalb für den Landkreis Freudenstadt sehr wichtig.",
    method: "andere",
  }),
  pastDialogue({
    slug: "rems-murr-kreis",
    title: "Kommunaler Flüchtlingsdialog Rems-Murr-Kreis",
    municipalityAgs: demoAgs("Rems-Murr-Kreis"),
    occasion:
      "Der Rems-Murr-Kreis hat zum 1. März 2016 erstmals die Vollzeitstelle der Integrationsbeauftragten besetzt. Eine Integrationsstrategie für die nächsten Jahre zu erarbeiten, war Anlass für den Flüchtlingsdialog.",
    method: "andere",
    topics: [CUSTOM_TOPICS.integrationsstrategie],
    contact: { role: "Integrationsbeauftragte", organisation: "Rems-Murr-Kreis", email: "integration@example.org" },
  }),
];
