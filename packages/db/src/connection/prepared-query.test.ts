import { expect, it } from "vitest";
import { sql } from "kysely";
import { describeEachDialect } from "../testing/describe-each-dialect.js";
import { seedDialogue } from "../testing/fixtures.js";
import { preparedQuery } from "./prepared-query.js";

const now = new Date("2026-11-21T10:00:00Z");

const dialogueTitle = preparedQuery<{ id: string }, { title: string }>((trx, slot) => trx.selectFrom("dialogues").select("title").where("id", "=", slot("id")));

const renameDialogue = preparedQuery<{ id: string; title: string }>((trx, slot) =>
  trx.updateTable("dialogues").set({ title: slot("title"), updated_at: now.toISOString() }).where("id", "=", slot("id")),
);

describeEachDialect("preparedQuery", (context) => {
  const db = () => context().db;

  it("runs one compiled statement with the values of each call", async () => {
    const first = await seedDialogue(db(), now);
    const second = await seedDialogue(db(), now);
    const renamed = await renameDialogue(db().kysely, db().dialect, { id: second.id, title: "Zweiter Dialog" });
    expect(renamed.numAffectedRows).toBe(1n);
    expect((await dialogueTitle(db().kysely, db().dialect, { id: first.id })).rows).toEqual([{ title: first.title }]);
    expect((await dialogueTitle(db().kysely, db().dialect, { id: second.id })).rows).toEqual([{ title: "Zweiter Dialog" }]);
    expect((await dialogueTitle(db().kysely, db().dialect, { id: "no-such-dialogue" })).rows).toEqual([]);
  });

  it("keeps values that were fixed when the query was built", async () => {
    const dialogue = await seedDialogue(db(), now);
    const titledLike = preparedQuery<{ id: string }, { title: string }>((trx, slot) =>
      trx.selectFrom("dialogues").select("title").where("id", "=", slot("id")).where("title", "=", "Wie leben wir zukünftig zusammen?"),
    );
    expect((await titledLike(db().kysely, db().dialect, { id: dialogue.id })).rows).toEqual([{ title: "Wie leben wir zukünftig zusammen?" }]);
    await renameDialogue(db().kysely, db().dialect, { id: dialogue.id, title: "Anders" });
    expect((await titledLike(db().kysely, db().dialect, { id: dialogue.id })).rows).toEqual([]);
  });

  it("refuses a slot that Kysely would write into the SQL text instead of binding it", async () => {
    const inlined = preparedQuery<{ title: string }>((trx, slot) => trx.selectFrom("dialogues").select(sql.lit(slot("title")).as("t")));
    await expect(inlined(db().kysely, db().dialect, { title: "x" })).rejects.toThrow(/Slot "title" is not a bound parameter/);
  });
});
