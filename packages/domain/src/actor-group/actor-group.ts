import * as z from "zod/mini";
import { ACTOR_GROUPS } from "./actor-groups.js";

export type { ActorGroup } from "./actor-groups.js";

export const actorGroupSchema = z.enum(ACTOR_GROUPS);
