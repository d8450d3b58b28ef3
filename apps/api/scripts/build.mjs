import { buildServer } from "./build-server.mjs";

await buildServer();
console.log("built apps/api/dist/server.js");
