import { sql, type Kysely } from "kysely";
import type { Database } from "../database.js";
import { toJson } from "../shared/columns.js";

const IDS_PER_STATEMENT = 500;

/**
 * Erases the personal data of registrations inside the caller's transaction: name, e-mail and
 * the free texts go; what the statistics and the Steckbrief count stays (status, actor group,
 * language, interpreting language, number of children, whether access needs were stated,
 * attendance). Their outbox messages go too: they hold name, address and the cancel token.
 * Returns how many registrations were erased now (already erased ones are left alone).
 */
export async function erasePersonalData(trx: Kysely<Database>, registrationIds: readonly string[], now: Date): Promise<number> {
  let erased = 0;
  for (let start = 0; start < registrationIds.length; start += IDS_PER_STATEMENT) {
    const ids = registrationIds.slice(start, start + IDS_PER_STATEMENT);
    const withChildcare = await trx
      .selectFrom("registrations")
      .select(["id", "childcare"])
      .where("id", "in", ids)
      .where("childcare", "is not", null)
      .where("personal_data_erased_at", "is", null)
      .execute();
    for (const row of withChildcare) {
      // The ages are free text; the number of children is what childcare planning counted.
      const { children } = JSON.parse(row.childcare ?? "{}") as { children?: number };
      await trx.updateTable("registrations").set({ childcare: toJson({ children }) }).where("id", "=", row.id).execute();
    }
    const result = await trx
      .updateTable("registrations")
      .set({
        name: "",
        email: "",
        // Unique per live registration and event: an erased row must not collide with another.
        email_normalised: sql<string>`'erased:' || id`,
        accessibility_needed: sql<number>`case when accessibility_needs is not null and accessibility_needs <> '' then 1 else accessibility_needed end`,
        accessibility_needs: null,
        personal_data_erased_at: now.toISOString(),
      })
      .where("id", "in", ids)
      .where("personal_data_erased_at", "is", null)
      .executeTakeFirst();
    erased += Number(result.numUpdatedRows);
    await trx.deleteFrom("outbox").where("registration_id", "in", ids).execute();
  }
  return erased;
}
