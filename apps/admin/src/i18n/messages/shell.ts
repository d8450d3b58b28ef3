/** The frame around every screen: header, navigation, language choice. */
export const shell = {
  "shell.skipLink": "Zum Inhalt springen",
  "shell.brand": "Arbeitsbereich der Kommune",
  "shell.signedInAs": "Angemeldet als {name}",
  "shell.signOut": "Abmelden",
  "shell.signedOut": "Sie sind abgemeldet.",
  "shell.nav": "Hauptnavigation",
  "shell.nav.dialogues": "Meine Dialoge",
  "shell.nav.newDialogue": "Neuer Dialog",
  "shell.nav.outbox": "Postausgang",
  "shell.nav.stateAdmin": "Landesverwaltung",
  "shell.language": "Sprache",
  "shell.footer": "Kommunale Flüchtlingsdialoge – offenes Werkzeug",
  "shell.notFound": "Seite nicht gefunden",
  "shell.toOverview": "Zur Übersicht",
  "shell.titleSuffix": "kfd",
} as const;
