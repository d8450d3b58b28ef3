import type { TemplateMessages } from "./template-messages.js";

/** The method templates in English. The German source is @kfd/domain's METHOD_TEMPLATES. */
export const templates: TemplateMessages = {
  // shared by several templates
  "agenda.begruessung.title": "Arrival and welcome",
  "agenda.begruessung.description": "Welcome by the municipality, the occasion and aim of the dialogue, notes on interpreting, childcare and photos.",
  "agenda.pause.title": "Break",
  "agenda.pause.description": "Time for conversations in small groups.",
  "agenda.wie-weiter.title": "What happens next?",
  "agenda.wie-weiter.description": "Agree who carries the results into the catalogue of measures, who joins the steering group and how the participants will hear about it.",
  "agenda.abschluss.title": "Closing and thanks",
  "agenda.abschluss.description": "Feedback from the participants, thanks to everyone who took part.",
  "checklist.berater": "Involve an adviser and agree a project plan with milestones",
  "checklist.barrierefreier-ort": "Book an accessible venue: step-free access, accessible toilet, reachable by bus and train",
  "checklist.sprachmittlung": "Arrange interpreting: find out which languages are needed, book interpreters",
  "checklist.kinderbetreuung": "Arrange childcare during the event (room, carers, number of children from the registrations)",
  "checklist.einladung-gefluechtete":
    "Spread the invitation through channels that reach refugees: accommodation centres, integration management, language courses, migrant organisations, messenger groups – in the most important languages",
  "checklist.einladung-akteure": "Invite residents, volunteers, associations, churches, politicians and the administration (official gazette, website, press, personal invitations)",
  "checklist.anmeldung": "Embed the registration form on the municipality's website and set a registration deadline",
  "checklist.verpflegung": "Plan food and drink, taking dietary requirements into account",
  "checklist.fotos-datenschutz": "Prepare notes on photos and data protection; obtain consent for photos",
  "checklist.dokumentation": "Make sure the event is documented (photo record, minutes) and prepare the results for the catalogue of measures",
  "checklist.begleitkreis": "Name a person responsible or a steering group for implementing the measures",

  // World-Café
  "summary.world-cafe":
    "Conversations at several topic tables with changing groups. Hosts stay at their table and sum up, the guests move on after each round; thoughts are written down on the tablecloths.",
  "agenda.world-cafe.einfuehrung.title": "Introduction to the method",
  "agenda.world-cafe.einfuehrung.description": "How the World-Café works and its rules, presenting the topic tables and their hosts.",
  "agenda.world-cafe.runde-1.title": "Round 1",
  "agenda.world-cafe.runde-1.description": "Describe the current situation: what is going well, what is missing?",
  "agenda.world-cafe.runde-2.title": "Round 2",
  "agenda.world-cafe.runde-2.description": "Name areas for action and possible areas of conflict.",
  "agenda.world-cafe.runde-3.title": "Round 3",
  "agenda.world-cafe.runde-3.description": "Develop ideas for the way forward.",
  "agenda.world-cafe.plenum.title": "Results in the plenary",
  "agenda.world-cafe.plenum.description": "The hosts present the most important results of their table.",
  "checklist.thementische": "Decide on the topic tables and find a host for each table",
  "checklist.tische": "Prepare tables for four to eight people with tablecloths or posters to write on, and pens",

  // Zukunftswerkstatt
  "summary.zukunftswerkstatt":
    "Three phases one after the other: critique (what bothers us?), imagination (what would living together well look like?) and realisation (what do we put into practice, and how?). Takes time – a whole day or two sessions.",
  "agenda.zukunftswerkstatt.kritik.title": "Critique phase",
  "agenda.zukunftswerkstatt.kritik.description": "Collect what is not going well in living together locally, then sort it by topic and weigh it.",
  "agenda.zukunftswerkstatt.fantasie.title": "Imagination phase",
  "agenda.zukunftswerkstatt.fantasie.description": "Describe, without regard to limits, what living together looks like at its best.",
  "agenda.zukunftswerkstatt.mittagspause.title": "Lunch break",
  "agenda.zukunftswerkstatt.mittagspause.description": "Eating together and time for conversations in small groups.",
  "agenda.zukunftswerkstatt.verwirklichung.title": "Realisation phase",
  "agenda.zukunftswerkstatt.verwirklichung.description": "Check the ideas for feasibility, record first measures with the people responsible and a time frame.",
  "agenda.zukunftswerkstatt.plenum.title": "Results in the plenary",
  "agenda.zukunftswerkstatt.plenum.description": "The groups present their proposed measures.",
  "checklist.phasen": "Schedule the three phases: over a whole day or spread across two sessions",
  "checklist.gruppenraeume": "Reserve rooms or corners for work in small groups",

  // Open Space
  "summary.open-space":
    "The participants set the topics themselves: on a guiding question they propose discussion groups at the marketplace, and each group documents its results. Anyone who can neither contribute nor learn in a group moves on.",
  "agenda.open-space.leitfrage.title": "Guiding question and principles",
  "agenda.open-space.leitfrage.description": "Present the guiding question (e.g. ‘How will we live together in future?’) and explain the rules of Open Space.",
  "agenda.open-space.marktplatz.title": "Marketplace",
  "agenda.open-space.marktplatz.description": "Participants propose topics and enter them in the time and room grid.",
  "agenda.open-space.gruppen-1.title": "Working groups, first round",
  "agenda.open-space.gruppen-1.description": "Conversations in the groups; each group records its results on a sheet.",
  "agenda.open-space.gruppen-2.title": "Working groups, second round",
  "agenda.open-space.gruppen-2.description": "More topics from the marketplace; the results are put up on the documentation wall.",
  "agenda.open-space.abschlussplenum.title": "Closing plenary",
  "agenda.open-space.abschlussplenum.description": "Review the results, weigh the priorities, make agreements.",
  "checklist.leitfrage": "Phrase a guiding question that is open and concerns everyone",
  "checklist.marktplatz": "Prepare a marketplace wall with a time and room grid, and a documentation wall",
  "checklist.gruppenflaechen": "Provide enough rooms or corners for groups working in parallel",

  // Ideenworkshop
  "summary.ideenworkshop":
    "A workshop on a specific occasion, such as planned accommodation in a neighbourhood: first information and questions, then ideas in small groups, and finally a weighting and agreements.",
  "agenda.ideenworkshop.information.title": "Information and questions",
  "agenda.ideenworkshop.information.description": "The administration presents the project and answers questions.",
  "agenda.ideenworkshop.kleingruppen.title": "Ideas in small groups",
  "agenda.ideenworkshop.kleingruppen.description": "For each topic, collect ideas on how the project can succeed.",
  "agenda.ideenworkshop.gewichten.title": "Group and weigh the ideas",
  "agenda.ideenworkshop.gewichten.description": "Combine similar ideas; everyone weighs them with sticky dots.",
  "agenda.ideenworkshop.verabredungen.title": "Agreements",
  "agenda.ideenworkshop.verabredungen.description": "For the most important ideas, record who takes care of them and by when.",
  "checklist.anlass": "Decide on the occasion and the question of the workshop",
  "checklist.fachleute": "Plan for experts from the administration to give information and answer questions",

  // Frauendialog
  "summary.frauendialog":
    "A dialogue for women only – refugee women, volunteers and women from the local community – in a safe setting, with childcare and female interpreters.",
  "agenda.frauendialog.vorstellung.title": "Round of introductions",
  "agenda.frauendialog.vorstellung.description": "Getting to know each other briefly at the tables.",
  "agenda.frauendialog.thementische.title": "Conversations at topic tables",
  "agenda.frauendialog.thementische.description": "With interpreting, e.g. on daily life and neighbourhood, children and school, work and training, safety.",
  "agenda.frauendialog.ergebnisse.title": "Gathering the results",
  "agenda.frauendialog.ergebnisse.description": "The tables report back; concerns and ideas are recorded where everyone can see them.",
  "checklist.geschuetzter-rahmen": "Ensure a safe setting: participation for women only, facilitation and interpreting by women",
  "checklist.tageszeit": "Choose a date and time that fits around family commitments",

  // Mobiles Format
  "summary.mobiles-format":
    "The dialogue comes to the people: for instance a breakfast bus that stops at changing places and brings refugees and local residents into conversation over breakfast. Good for everyone who cannot come to an evening event.",
  "agenda.mobiles-format.aufbau.title": "Setting up on site",
  "agenda.mobiles-format.aufbau.description": "Set up the bus or stand, tables, a pinboard with conversation prompts.",
  "agenda.mobiles-format.fruehstueck.title": "Open breakfast",
  "agenda.mobiles-format.fruehstueck.description": "Meeting and talking; concerns and ideas are written on cards on the pinboard.",
  "agenda.mobiles-format.zusammenfassen.title": "Summing up",
  "agenda.mobiles-format.zusammenfassen.description": "Photograph the concerns and ideas collected and keep them for the evaluation.",
  "agenda.mobiles-format.abbau.title": "Packing up",
  "agenda.mobiles-format.abbau.description": "Repeat at the next location.",
  "checklist.standorte": "Choose locations and obtain permits to use public spaces",
  "checklist.fahrzeug": "Organise a vehicle or stand, equipment and supplies (electricity, water, hygiene)",
  "checklist.wetter": "Plan for bad weather",
  "checklist.impulse": "Prepare short conversation prompts that people can answer in passing",
};
