// The yardstick: a bare Hono handler answering JSON of the same size as the kfd route it is
// compared with, measured in the same run on the same machine.
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { readFileSync } from "node:fs";

const body = JSON.parse(readFileSync(process.env.BENCH_BODY_FILE, "utf8"));
const receipt = { id: "00000000-0000-0000-0000-000000000000", status: "confirmed", cancelToken: "x".repeat(43), waitlistPosition: null };

const app = new Hono();
app.get("/health", (c) => c.json({ ok: true }));
app.get("/json", (c) => c.json(body));
app.post("/json", async (c) => c.json({ ...receipt, echo: (await c.req.json()).email }, 201));

serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
