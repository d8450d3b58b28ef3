/** Words of the domain (phases, formats, groups …): the console's own copy, so every language has them. */
export const labels = {
  "phase.preparation": "Vorbereitung",
  "phase.execution": "Durchführung",
  "phase.implementation": "Ergebnisse & Umsetzung",
  "phase.completed": "Abgeschlossen",

  "method.world-cafe": "World-Café",
  "method.zukunftswerkstatt": "Zukunftswerkstatt",
  "method.open-space": "Open Space",
  "method.ideenworkshop": "Ideenworkshop",
  "method.frauendialog": "Frauendialog",
  "method.mobiles-format": "Mobiles Format (z. B. Frühstücksbus)",
  "method.integrationsforum": "Integrationsforum",
  "method.workshop": "Workshop",
  "method.andere": "Anderes Format",

  "actorGroup.gefluechtete": "Geflüchtete",
  "actorGroup.buergerschaft": "Bürgerschaft",
  "actorGroup.ehrenamt": "Ehrenamt",
  "actorGroup.verwaltung": "Verwaltung",
  "actorGroup.politik": "Politik",
  "actorGroup.verbaende": "Verbände",
  "actorGroup.kirchen": "Kirchen",
  "actorGroup.wirtschaft": "Wirtschaft",
  "actorGroup.bildung": "Bildung",
  "actorGroup.andere": "Andere",

  "resultKind.situation": "Aktuelle Situation",
  "resultKind.handlungsfeld": "Handlungsfeld",
  "resultKind.konfliktfeld": "Konfliktfeld",
  "resultKind.idee": "Idee",

  "measureStatus.planned": "Geplant",
  "measureStatus.in-progress": "In Umsetzung",
  "measureStatus.done": "Umgesetzt",
  "measureStatus.dropped": "Verworfen",
  "measureStatus.delegated": "Delegiert",

  "analysis.situation": "Wo stehen wir als Kommune bei der Integration?",
  "analysis.existingMeasures": "Welche Maßnahmen haben wir getroffen?",
  "analysis.localTopics": "Welche Themen müssen vor Ort mit den Bürgerinnen und Bürgern diskutiert werden?",
  "analysis.actors": "Welche Akteure sollten eingebunden sein?",
  "analysis.design": "Wie kann der Dialog konzipiert sein?",

  "topic.bauen-wohnen": "Bauen & Wohnen",
  "topic.kindergarten-schule": "Kindergarten & Schule",
  "topic.ausbildung-arbeit": "Ausbildung & Arbeit",
  "topic.gemeinschaft-nachbarschaft": "Gemeinschaft & Nachbarschaft",
  "topic.infrastruktur-sicherheit": "Infrastruktur & Sicherheit",

  "municipalityKind.gemeinde": "Gemeinde",
  "municipalityKind.stadt": "Stadt",
  "municipalityKind.landkreis": "Landkreis",

  "role.municipality-editor": "Redaktion einer Kommune",
  "role.state-admin": "Landesverwaltung",

  "eventStatus.scheduled": "geplant",
  "eventStatus.cancelled": "abgesagt",

  "registrationStatus.confirmed": "bestätigt",
  "registrationStatus.waitlisted": "Warteliste",
  "registrationStatus.cancelled": "storniert",
} as const;
