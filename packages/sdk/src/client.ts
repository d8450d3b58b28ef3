import * as dialogue from "./dialogue/dialogue.js";
import * as embedSnippets from "./dialogue/embed-snippets.js";
import * as event from "./event/event.js";
import * as eventNeeds from "./event/event-needs.js";
import * as health from "./health/health.js";
import * as map from "./map/map.js";
import * as ideaToMeasure from "./measure/idea-to-measure.js";
import * as measure from "./measure/measure.js";
import * as municipality from "./municipality/municipality.js";
import type { ClientOptions } from "./options.js";
import * as preparation from "./preparation/preparation.js";
import * as registration from "./registration/registration.js";
import * as result from "./result/result.js";
import * as session from "./session/session.js";
import * as staff from "./staff/staff.js";
import * as passwordReset from "./staff/password-reset.js";
import * as stats from "./stats/stats.js";
import * as steckbrief from "./steckbrief/steckbrief.js";
import * as token from "./token/token.js";
import * as workingGroup from "./working-group/working-group.js";

type Route = (options: ClientOptions, ...args: never[]) => unknown;
type Bound<F> = F extends (options: ClientOptions, ...args: infer A) => infer R ? (...args: A) => R : never;
type BoundAll<M> = { [K in keyof M as M[K] extends Route ? K : never]: Bound<M[K]> };

const routes = { ...health, ...dialogue, ...steckbrief, ...map, ...event, ...registration, ...result, ...workingGroup, ...measure, ...token, ...stats, ...session, ...staff, ...passwordReset, ...preparation, ...eventNeeds, ...ideaToMeasure, ...embedSnippets, ...municipality };

export type KfdClient = BoundAll<typeof routes> & { readonly options: Readonly<ClientOptions> };

/**
 * A client with every route bound to one set of options. Bundles that care about size
 * import the plain functions instead (`getEvent(options, id)`): this object pulls in all.
 */
export function createClient(options: ClientOptions): KfdClient {
  const frozen = Object.freeze({ ...options });
  const client: Record<string, unknown> = { options: frozen };
  for (const [name, route] of Object.entries(routes)) {
    client[name] = (...args: unknown[]) => (route as (o: ClientOptions, ...a: unknown[]) => unknown)(frozen, ...args);
  }
  return client as KfdClient;
}
