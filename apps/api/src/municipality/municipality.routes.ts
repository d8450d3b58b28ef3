import { listMunicipalities } from "@kfd/db";
import { mayManageMunicipality, municipalitySearchQuerySchema, municipalitySearchResultsSchema, rankMunicipalities } from "@kfd/domain";
import { principalOf } from "../auth/principal-of.js";
import type { AppServices } from "../services.js";

const DEFAULT_LIMIT = 20;

export function registerMunicipalityRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/municipalities",
      operationId: "searchMunicipalities",
      tag: "Municipalities",
      summary: "Find municipalities by name or AGS",
      description: `For choosing where a dialogue takes place. \`q\` is a name or the start of an AGS; case and umlauts do not matter ("tubingen" finds Tübingen). Exact matches come first, then names starting with \`q\`, then the rest; without \`q\` all, alphabetically. A municipality-editor finds only its own municipalities. \`limit\` defaults to ${DEFAULT_LIMIT}.`,
      access: "admin",
      query: municipalitySearchQuerySchema,
      responses: { 200: { description: "The matching municipalities, best first.", schema: municipalitySearchResultsSchema } },
    },
    async (c, { query }) => {
      const principal = principalOf(c);
      const candidates = (await listMunicipalities(s.db)).filter((m) => mayManageMunicipality(principal, m.ags));
      const found = rankMunicipalities(candidates, query.q ?? "", query.limit ?? DEFAULT_LIMIT);
      return c.json(found.map(({ ags, name, kind }) => ({ ags, name, kind })));
    },
  );
}
