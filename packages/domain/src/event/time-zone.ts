/**
 * Events happen in Baden-Württemberg; times are shown and exported in this zone.
 * Kept apart from the event schemas so a browser bundle can use it without them.
 */
export const EVENT_TIME_ZONE = "Europe/Berlin";
