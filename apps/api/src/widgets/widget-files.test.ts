import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cacheControlOf, contentTypeOf, widgetsDistDir } from "./widget-files.js";

describe("widgetsDistDir", () => {
  it("takes KFD_WIDGETS_DIR when set", () => {
    expect(widgetsDistDir({ KFD_WIDGETS_DIR: "/srv/kfd/widgets" })).toBe("/srv/kfd/widgets");
  });

  it("finds packages/widgets/dist of this repository otherwise", () => {
    const dir = widgetsDistDir({});
    expect(dir.endsWith(join("packages", "widgets", "dist"))).toBe(true);
    expect(existsSync(join(dir, "..", "package.json"))).toBe(true);
  });
});

describe("contentTypeOf and cacheControlOf", () => {
  it("serve scripts as JavaScript and nothing unknown", () => {
    expect(contentTypeOf("chunks/ar-X1.js")).toBe("text/javascript; charset=utf-8");
    expect(contentTypeOf("kfd-widgets.js.map")).toBe("application/json; charset=utf-8");
    expect(contentTypeOf("README")).toBeUndefined();
    expect(contentTypeOf("page.html")).toBeUndefined();
  });

  it("cache hashed chunks for good and entries briefly", () => {
    expect(cacheControlOf("chunks/chunk-ABC.js")).toContain("immutable");
    expect(cacheControlOf("registration-form.js")).not.toContain("immutable");
  });
});
