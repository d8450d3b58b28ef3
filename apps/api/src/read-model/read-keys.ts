import type { DialogueQuery } from "@kfd/domain";

/** Cache keys of the public read model, shared by the route handlers and the fast path. */
export const readKeys = {
  steckbrief: (idOrSlug: string) => `steckbrief:${idOrSlug}`,
  dialogue: (idOrSlug: string) => `dialogue:${idOrSlug}`,
  dialogueList: (query: DialogueQuery) => `dialogues?${JSON.stringify(query)}`,
  map: "map",
};
