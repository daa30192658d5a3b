/**
 * People and bodies the spent fifth blind set showed drafted wrong (issue 18, seventh round): royals named by
 * title and given name, a royal kept apart from a commoner of the same surname, a body named in a person's
 * title taken for a person, a republic named by its demonym. Every passage here is INVENTED for these tests;
 * the people, bodies and places in them are fictional, the realms and states real.
 */
import { describe, expect, it } from "vitest";
import { readArticle, speakersOf } from "./read-article.js";

const actors = (text: string, kind: string) =>
  readArticle(text)
    .actors.filter((a) => a.kind === kind)
    .map((a) => [a.name, a.titles]);
const names = (text: string, kind: string) => actors(text, kind).map(([name]) => name);

describe("a royal", () => {
  it("is named by the royal title and the given name, the realm going into the title", () => {
    const text =
      'Headline\n\nKing Idris of Jordan arrived in Paris on Monday. Crown Prince Talal, King Idris\'s brother, said: "The king wants peace." Prince Edmund also spoke.';
    expect(actors(text, "person")).toEqual(
      expect.arrayContaining([
        ["King Idris", ["King of Jordan", "King"]],
        ["Crown Prince Talal", ["Crown Prince"]],
        ["Prince Edmund", ["Prince"]],
      ]),
    );
    expect(actors(text, "person")).toHaveLength(3);
    expect(speakersOf(text)).toEqual([["The king wants", "Crown Prince Talal"]]);
  });

  it("is never a commoner who shares the word as a surname", () => {
    const text =
      "Headline\n\nIraq's Omar Idris, facing troops at the border, sought peace. Also today, King Idris of Jordan flew to Washington. King Idris was carrying a message from Omar Idris.";
    expect(names(text, "person")).toEqual(["Omar Idris", "King Idris"]);
  });
});

describe("a body named in a person's title", () => {
  it("is a body wherever else it stands alone", () => {
    const text =
      "Headline\n\nThe talks resumed on Monday. Clann Kelly was expelled in February. Clann Kelly leader Gerry Marren kept his party out. Clann Kelly said it would return.";
    expect(names(text, "person")).toEqual(["Gerry Marren"]);
    expect(names(text, "organisation")).toContain("Clann Kelly");
  });

  it("leaves a person named before a role a person", () => {
    const text =
      "Headline\n\nBarack Obama spoke on Monday. Barack Obama adviser Dana Holt said the talks went well. Holt left.";
    expect(names(text, "person")).toEqual(["Barack Obama", "Dana Holt"]);
  });
});

describe("a republic named by its demonym", () => {
  it("is the state", () => {
    const text =
      "Headline\n\nPolice found the bomb in the Irish Republic on Sunday. The Czech Republic sent help. Ireland said nothing.";
    expect(names(text, "state")).toEqual(["Ireland", "Czech Republic"]);
    expect(names(text, "person")).toEqual([]);
  });
});

describe("a speaker before an apposition that names someone else's kin", () => {
  it("is the person the apposition describes, not its owner", () => {
    const text = 'Headline\n\nThe talks failed. Tom Hale, Ann Reed\'s brother, said: "The plan is dead."';
    expect(speakersOf(text)).toEqual([["The plan is", "Tom Hale"]]);
  });
});

describe("words that name no one", () => {
  it("leaves out a faith's word with a people's name, a body named for holy war, and a suburb's name", () => {
    const text =
      'Headline\n\nTwo Sunni Arab parties and the Islamic Jihad boycotted the vote. "The building will carry on, whether it is the Har Tavor suburb or elsewhere," the mayor said.';
    expect(names(text, "person")).toEqual([]);
    expect(names(text, "organisation")).toContain("Islamic Jihad");
  });
});

describe("a royal, after the round's review (invented counterexamples)", () => {
  it("is never a commoner who shares the given name, keeps a regnal number, and is called by the given name alone", () => {
    const text =
      'Headline\n\nPrince Edmund arrived in Leeds on Monday. Senator Edmund Varley said he welcomed the visit. "It is a great day," Prince Edmund said. King Idris II of Jordan met him. Idris told reporters the talks went well.';
    expect(actors(text, "person")).toEqual(
      expect.arrayContaining([
        ["Prince Edmund", ["Prince"]],
        ["Edmund Varley", ["Senator"]],
        ["King Idris II", ["King of Jordan"]],
      ]),
    );
    expect(actors(text, "person")).toHaveLength(3);
    expect(speakersOf(text)).toEqual([["It is a", "Prince Edmund"]]);
  });
});

describe("a family name written first, with a hyphened given name (after the sixth blind set's scoring; invented)", () => {
  it("joins the family name alone to the full name", () => {
    const text =
      'Headline\n\nKessing President Pak Dong-Hyun spoke on Monday. Pak sent a message to the mayor. "It was a great success," Pak said.';
    expect(names(text, "person")).toEqual(["Pak Dong-Hyun"]);
    expect(speakersOf(text)).toEqual([["It was a", "Pak Dong-Hyun"]]);
  });
});
