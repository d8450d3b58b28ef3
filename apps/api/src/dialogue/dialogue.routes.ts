import {
  createDialogue,
  findDialogue,
  listDialogues,
  setDialoguePhase,
  setDialoguePublished,
  SlugTakenError,
  UnknownMunicipalityError,
  updateDialogue,
} from "@kfd/db";
import {
  allowedNextPhases,
  canTransition,
  createDialogueSchema,
  dialogueQuerySchema,
  dialogueSchema,
  mayManageMunicipality,
  phaseChangeSchema,
  slugify,
  toPublicDialogue,
  updateDialogueSchema,
  type Dialogue,
  type DialogueFields,
  type Principal,
} from "@kfd/domain";
import { assertMayManage } from "../auth/access.js";
import { principalOf } from "../auth/principal-of.js";
import { dialogueListSchema, dialogueViewSchema } from "../openapi/schema-catalogue.js";
import { conflict, invalidInput, notFound } from "../problem/problem-exception.js";
import { cachedJson } from "../read-model/cached-json.js";
import { readKeys } from "../read-model/read-keys.js";
import type { AppServices } from "../services.js";
import { dialogueChanged, managedDialogue } from "./managed-dialogue.js";

const idOrSlugParam = { idOrSlug: "The dialogue's id or its slug." };

/** A token's view of a dialogue: everything if it may manage it, else what the public sees (or nothing). */
function viewFor(principal: Principal | undefined, d: Dialogue) {
  if (principal && mayManageMunicipality(principal, d.municipality.ags)) return d;
  return d.published ? toPublicDialogue(d) : undefined;
}

async function createWithUniqueSlug(s: AppServices, fields: DialogueFields, slug: string | undefined): Promise<Dialogue> {
  const base = slug ?? (slugify(fields.title) || "dialog");
  for (let attempt = 1; ; attempt += 1) {
    const candidate = attempt === 1 ? base : `${base.slice(0, 76)}-${attempt}`;
    try {
      return await createDialogue(s.db, { ...fields, slug: candidate }, s.now());
    } catch (err) {
      // A slug the caller chose is theirs to change; a derived one we number ourselves.
      if (!(err instanceof SlugTakenError) || slug !== undefined || attempt >= 50) {
        if (err instanceof SlugTakenError) throw conflict("conflict", "Slug taken", `The slug "${candidate}" is already used by another dialogue.`);
        throw err;
      }
    }
  }
}

function unknownMunicipality(ags: string) {
  return invalidInput([{ path: "municipalityAgs", message: `no municipality with AGS ${ags} is known` }], `No municipality with AGS ${ags} is known.`);
}

export function registerDialogueRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues",
      operationId: "listDialogues",
      tag: "Dialogues",
      summary: "List dialogues",
      description:
        "Without a token: published dialogues only, public fields. With a token: every dialogue the token may manage (unpublished included), all fields.",
      access: "public",
      query: dialogueQuerySchema,
      responses: { 200: { description: "The dialogues, newest first.", schema: dialogueListSchema } },
    },
    async (c, { query }) => {
      const principal = c.get("principal");
      if (principal) {
        const all = await listDialogues(s.db, {
          ...query,
          publishedOnly: false,
          ...(principal.role === "state-admin" ? {} : { municipalityAgs: principal.municipalityAgs }),
        });
        return c.json(all);
      }
      const read = await s.readCache.read(readKeys.dialogueList(query), async () => {
        const list = await listDialogues(s.db, { ...query, publishedOnly: true });
        return { body: JSON.stringify(list.map(toPublicDialogue)), dialogueId: "*" };
      });
      return cachedJson(c, read!);
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues",
      operationId: "createDialogue",
      tag: "Dialogues",
      summary: "Create a dialogue",
      description: "Unpublished until published. Without a slug, one is derived from the title (numbered if taken).",
      access: "admin",
      body: createDialogueSchema,
      responses: { 201: { description: "The new dialogue.", schema: dialogueSchema } },
      problems: [403, 409],
    },
    async (c, { body }) => {
      const principal = principalOf(c);
      const { slug, ...fields } = body;
      assertMayManage(principal, fields.municipalityAgs, true);
      try {
        const dialogue = await createWithUniqueSlug(s, fields, slug);
        dialogueChanged(s, dialogue.id);
        c.header("Location", `/v1/dialogues/${dialogue.slug}`);
        return c.json(dialogue, 201);
      } catch (err) {
        if (err instanceof UnknownMunicipalityError) throw unknownMunicipality(fields.municipalityAgs);
        throw err;
      }
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}",
      operationId: "getDialogue",
      tag: "Dialogues",
      summary: "Get one dialogue",
      description: `Public fields of a published dialogue (cached for up to ${s.config.readCacheMs} ms, with ETag). With a token that manages it: all fields, unpublished too.`,
      access: "public",
      params: idOrSlugParam,
      responses: { 200: { description: "The dialogue.", schema: dialogueViewSchema }, 304: { description: "Unchanged since the ETag sent in If-None-Match." } },
      problems: [404],
    },
    async (c, { param }) => {
      const idOrSlug = param("idOrSlug");
      const principal = c.get("principal");
      if (principal) {
        const dialogue = await findDialogue(s.db, idOrSlug);
        const view = dialogue && viewFor(principal, dialogue);
        if (!view) throw notFound("Dialogue");
        return c.json(view);
      }
      const read = await s.readCache.read(readKeys.dialogue(idOrSlug), async () => {
        const dialogue = await findDialogue(s.db, idOrSlug);
        if (!dialogue?.published) return undefined;
        return { body: JSON.stringify(toPublicDialogue(dialogue)), dialogueId: dialogue.id };
      });
      if (!read) throw notFound("Dialogue");
      return cachedJson(c, read);
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/dialogues/{idOrSlug}",
      operationId: "updateDialogue",
      tag: "Dialogues",
      summary: "Change a dialogue's fields",
      description: "Only the fields sent change. The phase changes through POST …/phase.",
      access: "admin",
      params: idOrSlugParam,
      body: updateDialogueSchema,
      responses: { 200: { description: "The changed dialogue.", schema: dialogueSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const principal = principalOf(c);
      const dialogue = await managedDialogue(s, principal, param("idOrSlug"));
      if (body.municipalityAgs !== undefined) assertMayManage(principal, body.municipalityAgs, true);
      try {
        const updated = await updateDialogue(s.db, dialogue.id, body, s.now());
        if (!updated) throw notFound("Dialogue");
        dialogueChanged(s, dialogue.id);
        return c.json(updated);
      } catch (err) {
        if (err instanceof UnknownMunicipalityError) throw unknownMunicipality(body.municipalityAgs ?? "");
        throw err;
      }
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/phase",
      operationId: "changeDialoguePhase",
      tag: "Dialogues",
      summary: "Move a dialogue to the next (or back to the previous) phase",
      description: "Phases move one step at a time: preparation → execution → implementation → completed. Anything else is 409 phase_transition_not_allowed.",
      access: "admin",
      params: idOrSlugParam,
      body: phaseChangeSchema,
      responses: { 200: { description: "The dialogue in its new phase.", schema: dialogueSchema } },
      problems: [403, 404, 409],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      if (!canTransition(dialogue.phase, body.phase)) {
        throw conflict(
          "phase_transition_not_allowed",
          "Phase transition not allowed",
          `A dialogue in phase "${dialogue.phase}" can move to ${allowedNextPhases(dialogue.phase).map((p) => `"${p}"`).join(" or ")}, not to "${body.phase}".`,
        );
      }
      const updated = await setDialoguePhase(s.db, dialogue.id, body.phase, s.now());
      if (!updated) throw notFound("Dialogue");
      dialogueChanged(s, dialogue.id);
      return c.json(updated);
    },
  );

  for (const published of [true, false]) {
    const verb = published ? "publish" : "unpublish";
    s.routes.add(
      {
        method: "post",
        path: `/v1/dialogues/{idOrSlug}/${verb}`,
        operationId: `${verb}Dialogue`,
        tag: "Dialogues",
        summary: published ? "Publish a dialogue (list, Steckbrief, map)" : "Withdraw a dialogue from the public",
        access: "admin",
        params: idOrSlugParam,
        responses: { 200: { description: "The dialogue.", schema: dialogueSchema } },
        problems: [403, 404],
      },
      async (c, { param }) => {
        const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
        const updated = await setDialoguePublished(s.db, dialogue.id, published, s.now());
        if (!updated) throw notFound("Dialogue");
        dialogueChanged(s, dialogue.id);
        return c.json(updated);
      },
    );
  }
}
