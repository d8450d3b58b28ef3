import { describe, expect, it } from "vitest";
import { KfdError } from "./error.js";
import { segment, urlOf } from "./request.js";

describe("urlOf", () => {
  it("joins base URL and path whatever the trailing slashes, and leaves out empty query values", () => {
    expect(urlOf({ baseUrl: "https://kfd.example.de//" }, "/v1/dialogues", { q: "Wohnen & Schule", topic: undefined, phase: "", kind: null })).toBe(
      "https://kfd.example.de/v1/dialogues?q=Wohnen+%26+Schule",
    );
  });

  it("keeps a base path of an API mounted below the root", () => {
    expect(urlOf({ baseUrl: "https://www.example.de/kfd" }, "/health")).toBe("https://www.example.de/kfd/health");
  });

  it("builds relative URLs for an empty base, for pages served by the API itself", () => {
    expect(urlOf({ baseUrl: "" }, "/v1/map")).toBe("/v1/map");
  });
});

describe("segment", () => {
  it("keeps an id or token inside its path segment", () => {
    expect(`/v1/dialogues/${segment("../tokens")}`).toBe("/v1/dialogues/..%2Ftokens");
  });
});

describe("KfdError", () => {
  it("reads like the problem it carries and finds a field's message", () => {
    const error = new KfdError({ status: 400, code: "validation_failed", title: "Invalid input", detail: "see errors", fieldErrors: [{ path: "email", message: "must be a valid e-mail address" }] });
    expect(error.message).toBe("Invalid input: see errors");
    expect(error.fieldError("email")).toBe("must be a valid e-mail address");
    expect(error.fieldError("name")).toBeUndefined();
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("KfdError");
  });
});
