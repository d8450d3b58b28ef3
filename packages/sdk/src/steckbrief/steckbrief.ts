import type { Steckbrief } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** The published profile of a dialogue: counts instead of people, public fields only. */
export function getSteckbrief(options: ClientOptions, idOrSlug: string, call?: RequestOptions): Promise<Steckbrief> {
  return request(options, `/v1/dialogues/${segment(idOrSlug)}/steckbrief`, call);
}
