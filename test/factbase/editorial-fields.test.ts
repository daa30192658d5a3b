/**
 * Fields for editors that every kind of item takes and the brief never
 * prints (`draft`, `accept`): one shared definition in the schema, known to
 * the item registry as unprinted. Generated from the registry, so a new kind
 * of item is covered as soon as it is listed.
 */
import { describe, expect, it } from "vitest";
import { EDITORIAL_FIELDS, ITEM_KINDS } from "../../src/factbase/items.js";
import { jsonSchemas } from "../../src/factbase/json-schema.js";

const schema = JSON.parse(jsonSchemas()["factbase.schema.json"] ?? "{}");

describe.each(ITEM_KINDS.map((kind) => [kind.kind, kind] as const))("%s", (_name, kind) => {
  it("takes `accept`, from the one shared definition", () => {
    expect(schema.properties[kind.list].items.properties.accept.$ref).toBe("#/$defs/accept");
  });

  it("prints no editorial field", () => {
    for (const name of EDITORIAL_FIELDS) expect(kind.printed).not.toContain(name);
  });
});

describe("the shared accept", () => {
  it("needs a rule an item can accept and a reason", () => {
    const accept = schema.$defs.accept;
    expect(accept.items.required).toEqual(["rule", "reason"]);
    expect(accept.items.properties.rule.enum).toContain("single-source");
    expect(accept.items.properties.rule.enum).not.toContain("quote-verbatim");
    expect(accept.items.properties.rule.enum).not.toContain("uncited-source");
  });
});
