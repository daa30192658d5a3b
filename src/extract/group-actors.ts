/**
 * Mentions grouped into actors: every way an article (or several) writes one
 * person, organisation or state becomes one actor with a name and aliases.
 * "Al-Khulaifi" and "Al Khulaifi" fold to one surname; "Antony Blinken" and
 * "Anthony Blinken" share a surname and first names a letter apart; a surname
 * alone ("Kirby") joins the person whose full name the text gave.
 */

import { distance } from "fastest-levenshtein";
import type { Drafted } from "./drafted.js";
import { isInitialsOf, type Mention, type MentionKind } from "./find-names.js";
import {
  CORPORATE_SUFFIXES,
  COUNTRY_ACRONYMS,
  COURTESY_TITLES,
  demonymState,
  GENERATION_SUFFIX,
  HONORIFICS,
  isSpeechWord,
  NAME_PARTICLES,
  PLACE_HEADS,
  RANKS,
  ROYAL_TITLES,
  STATE_SYNONYMS,
} from "./lexicon.js";

export type ActorKindCandidate = "person" | "organisation" | "media" | "state";

export interface ActorGroup {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
  kind: ActorKindCandidate;
  /** The fullest form the text gives. */
  name: string;
  /** Every other form, in the order first seen. */
  readonly aliases: string[];
  readonly titles: string[];
  readonly mentions: Mention[];
}

/** Lower case, no accents, no dots or quotation marks, hyphens as spaces: what differs only in typography compares equal. */
export const foldName = (name: string): string =>
  name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[.’'"“”]/gu, "")
    .replace(/[-‐-―]/gu, " ")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();

const isHonorific = (word: string): boolean => HONORIFICS.has(word) || COURTESY_TITLES.has(word) || RANKS.has(word);

/** "Mr Collins", "General Lee": a name written with a courtesy title or a rank, which only a person has. */
const withHonorific = (name: string): boolean => {
  const words = foldName(name).split(" ");
  return words.length >= 2 && (COURTESY_TITLES.has(words[0] as string) || RANKS.has(words[0] as string));
};

/** The words after a royal title that opens a name ("King Hussein", "Crown Prince Hassan"); else undefined. */
const royalGivenName = (name: string): string[] | undefined => {
  const words = foldName(name).split(" ").filter(Boolean);
  const at = words[0] === "crown" ? 1 : 0;
  return ROYAL_TITLES.has(words[at] ?? "") && words.length > at + 1 ? words.slice(at + 1) : undefined;
};

/** Whether a name opens with a royal title: "King Hussein", "Crown Prince Hassan". */
export const isRoyalName = (name: string): boolean => royalGivenName(name) !== undefined;

/** The words of a person's name without honorifics. */
export const nameWords = (name: string): string[] => {
  const words = foldName(name).split(" ").filter(Boolean);
  while (words.length > 1 && isHonorific(words[0] as string)) words.shift();
  return words;
};

/** The generation a name's last word gives it, of its words (`nameWords`): "jr" of "Donald Trump Jr.", "iii". */
export const generationSuffix = (words: readonly string[]): string | undefined => {
  const last = words.at(-1);
  return words.length >= 2 && last !== undefined && GENERATION_SUFFIX.test(last) ? last : undefined;
};

/** The surname with its particle joined ("al khulaifi" → "alkhulaifi"), before a generation's suffix ("roberts" of
 * "John G. Roberts Jr."). */
export const surnameKey = (words: readonly string[]): string => {
  const bare = words.length >= 3 && generationSuffix(words) !== undefined ? words.slice(0, -1) : words;
  const last = bare.at(-1) ?? "";
  const before = bare.at(-2);
  return before !== undefined && NAME_PARTICLES.has(before) && bare.length > 1 ? before + last : last;
};

/** Two first names are one if equal or a letter or two apart on a long name ("Antony" / "Anthony"). */
const sameFirstName = (a: string, b: string): boolean =>
  a === b ||
  (Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1) ||
  (a.length >= 6 && b.length >= 6 && distance(a, b) <= 2);

/** Is `part` a contiguous run of `whole`'s words? */
const containsRun = (whole: readonly string[], part: readonly string[]): boolean => {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let i = 0; i + part.length <= whole.length; i++) {
    if (part.every((word, k) => whole[i + k] === word)) return true;
  }
  return false;
};

/** The words before the surname (and its particle): "Mohammed bin Abdulaziz" of "Mohammed bin Abdulaziz Al-Khulaifi". */
const givenNames = (words: readonly string[]): string[] => {
  const before = words.at(-2);
  const cut = before !== undefined && NAME_PARTICLES.has(before) ? 2 : 1;
  return words.slice(0, Math.max(0, words.length - cut));
};

/** "Lula" of "Luiz Inacio Lula da Silva": the name before a family name's particle is the one used alone. */
const calledBy = (full: readonly string[], word: string): boolean => {
  const at = full.indexOf(word);
  return full.length >= 3 && at > 0 && /^(da|de|do|dos|das|del|della|di|du)$/.test(full[at + 1] ?? "");
};

/** Do two names name one person? A surname alone ("Al-Khulaifi", "Echeverría-Ruiz") joins the full name that ends in it. */
export const samePerson = (a: string, b: string): boolean => {
  const wa = nameWords(a);
  const wb = nameWords(b);
  const ja = wa.join("");
  const jb = wb.join("");
  if (ja === jb) return true;
  // "Donald Trump" is never "Donald Trump Jr.": a generation's suffix on one full name and not on the other.
  const suffixed = (words: readonly string[]): boolean => generationSuffix(words) !== undefined;
  if (suffixed(wa) !== suffixed(wb) && wa.length >= 2 && wb.length >= 2) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // A royal is called by the given name, and is the same person only as that name alone: "King Hussein" is
  // never "Saddam Hussein" by the surname they share, nor "Prince Harry" "Harry Reid" by the given name.
  const royalA = royalGivenName(a);
  const royalB = royalGivenName(b);
  if ((royalA === undefined) !== (royalB === undefined)) {
    const [given, other] = royalA !== undefined ? [royalA, wb] : [royalB as string[], wa];
    return other.length === 1 && given.join(" ") === other[0];
  }
  if (short.length === 1 && calledBy(long, short[0] as string)) return true;
  // A surname written with a hyphen or a space: "Echeverría-Ruiz" / "Tomás Echeverría Ruiz".
  if (
    givenNames(short).length === 0 ||
    (short.length === 2 && long.length > 2 && long.slice(-2).join("") === short.join(""))
  ) {
    if (long.slice(-short.length).join("") === short.join("")) return true;
  }
  if (wa.length >= 2 && wb.length >= 2 && (containsRun(wa, wb) || containsRun(wb, wa)) && wa[0] === wb[0]) return true;
  if (surnameKey(wa) !== surnameKey(wb) && wa.join("").replace(/\s/g, "") !== wb.join("")) return false;
  if (givenNames(wa).length === 0 || givenNames(wb).length === 0) return true;
  return sameFirstName(wa[0] as string, wb[0] as string);
};

const STATE_NAMES: Record<string, string> = {
  us: "United States",
  usa: "United States",
  uk: "United Kingdom",
  uae: "United Arab Emirates",
};

/** A demonym, singular or plural, and the state it stands for: "Belgian", "Soviets". */
const stateOfDemonym = (text: string): string | undefined => demonymState(foldName(text));

const normaliseState = (text: string): string => {
  const key = foldName(text).replace(/\s/g, "");
  // "the Irish Republic": the state of its demonym.
  const republic = /^(\S+) republic$/.exec(foldName(text));
  if (republic) return demonymState(republic[1] as string) ?? text;
  if (COUNTRY_ACRONYMS.has(text)) return STATE_NAMES[key] ?? text;
  return stateOfDemonym(text) ?? text;
};

/** One key for every name of one state: "Britain", "UK" and "United Kingdom"; "America" and "U.S.". */
const stateKey = (text: string): string => {
  const name = normaliseState(text);
  return foldName(STATE_SYNONYMS.get(foldName(name)) ?? name);
};

/** A name or title broken over a line of wire copy, written on one line. */
const oneLine = (text: string): string => text.replace(/\s+/g, " ");

const addAlias = (group: ActorGroup, form: string): void => {
  const clean = oneLine(form).replace(/[’']s$/u, "");
  if (clean === group.name || group.aliases.includes(clean)) return;
  group.aliases.push(clean);
};

const addTitle = (group: ActorGroup, title: string | undefined): void => {
  if (title !== undefined && !group.titles.some((t) => foldName(t) === foldName(title)))
    group.titles.push(oneLine(title));
};

const fuller = (a: string, b: string): boolean => nameWords(a).length > nameWords(b).length;

/** A company's name without the words that may be left off it: "Hostess Brands Inc" → "hostess". */
export const corporateShortForm = (name: string): string | undefined => {
  const words = foldName(name).split(" ");
  let end = words.length;
  while (end > 1 && CORPORATE_SUFFIXES.has(words[end - 1] as string)) end--;
  return end < words.length ? words.slice(0, end).join(" ") : undefined;
};

/** A speech verb right after a name: the name speaks. */
const SPEAKS_AFTER = /^\s+(said|says|told|tells|added|adds|explained|recalled|insisted|wrote)\b/;

/** "Mr Collins" is not "Mary Collins": a courtesy title or a first name says the two differ. */
const otherGender = (group: ActorGroup, mention: Mention): boolean =>
  mention.gender !== undefined && group.mentions.some((m) => m.gender !== undefined && m.gender !== mention.gender);

/** What the grouping may ask about a mention's surroundings. */
export interface GroupContext {
  /** The text just before a mention. */
  readonly before: (mention: Mention) => string;
  /** The text just after a mention. */
  readonly after: (mention: Mention) => string;
  /** Is the mention inside a quotation? */
  readonly quoted: (mention: Mention) => boolean;
  /** The sentence or two after a mention. */
  readonly following: (mention: Mention) => string;
}

/**
 * `Kanafani said. "We are upset," he said.`: a name that speaks, whose words the very next attribution gives
 * to "he" or "she", names a person.
 */
const HE_SPEAKS_NEXT =
  /^\s+(?:said|says|added|adds|told|tells)\b[^"“”.!?]*[.!?]\s*["“][^"“”]{1,600}["”]\s*(?:he|she)\s+(?:said|says|added|adds)\b|^\s+(?:had\s+)?(?:told|tells)\s+\p{Lu}[\p{L}'’-]*\s+(?:that\s+)?(?:he|she)\s+(?:was|is|had|has|would|will|could|did|felt|believed|thought|wanted)\b/u;

/**
 * A capitalised word where only a place goes: "from Kendal", "between Oxenholme and Tebay", "a
 * Kendal hotel" (before a place's common noun).
 */
const whereAPlaceGoes = (mention: Mention, context: GroupContext): boolean => {
  const before = context.before(mention);
  if (/\b(from|between|outside|towards|via)\s*$/i.test(before)) return true;
  if (/\bbetween\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?\s+and\s*$/u.test(before)) return true;
  const next = /^\s+([a-z]+)\b/.exec(context.after(mention))?.[1];
  return next !== undefined && PLACE_HEADS.has(next);
};

/** "swipes at", "laughing at", "aimed at": an "at" that a person, not a place, follows. */
const AIMED_AT =
  /\b(?:swipes?|jabs?|digs?|laugh(?:s|ed|ing)?|aim(?:s|ed|ing)?|look(?:s|ed|ing)?|angry|furious|point(?:s|ed|ing)?|out|glanc(?:es|ed|ing)|star(?:es|ed|ing)|directed|lash(?:es|ed|ing)|sneer(?:s|ed|ing)?)\s+at\s*$/i;

/** "former top Clinton aide Leon Panetta": a person's name before the word for someone who serves that person. */
const STAFF_AFTER =
  /^[’']?s?\s+(?:aide|aides|adviser|advisers|advisor|advisors|ally|allies|loyalist|loyalists|confidant|biographer)\b/;

/** Groups the mentions of one article into actors. */
export const groupActors = (mentions: readonly Mention[], context: GroupContext): ActorGroup[] => {
  const groups: ActorGroup[] = [];
  /** Bodies known only by a capitalised word no lexicon knows. */
  const capitalisedOnly = new Set<ActorGroup>();
  const people = () => groups.filter((g) => g.kind === "person");
  /** Adds a mention to a person; a fuller form of the name becomes the name. */
  const join = (group: ActorGroup, mention: Mention): void => {
    const form = oneLine(mention.text);
    if (fuller(form, group.name)) {
      addAlias(group, group.name);
      group.name = form;
      const index = group.aliases.indexOf(form);
      if (index >= 0) group.aliases.splice(index, 1);
    } else addAlias(group, form);
    addTitle(group, mention.title);
    group.mentions.push(mention);
  };

  // Full names first, longest first, so that a surname alone finds its person.
  // A royal title and a given name ("King Hussein") is a full name too: never a surname to join by.
  const fullName = (m: Mention): boolean =>
    m.kind === "person" && (nameWords(m.text).length >= 2 || royalGivenName(m.text) !== undefined);
  const persons = mentions
    .filter(fullName)
    .sort((a, b) => nameWords(b.text).length - nameWords(a.text).length || a.start - b.start);
  for (const mention of persons) {
    const group = people().find((g) => [g.name, ...g.aliases].some((form) => samePerson(form, mention.text)));
    if (group) join(group, mention);
    else
      groups.push({
        kind: "person",
        name: oneLine(mention.text),
        aliases: [],
        titles: mention.title ? [oneLine(mention.title)] : [],
        mentions: [mention],
      });
  }

  // "the Haj Omran area", "the Abu Hanifa mosque": a name before a place's noun names the place, unless the
  // text gives it a title or an honorific, or has it speak.
  // Every mention must stand where a place goes (one "the Mahmoud Abbas camp" leaves Abbas a person); a
  // faction's "camp", a "state" or a "bank" named for someone are no proof of a place.
  // A name the text also gives a place by where it stands ("in San Bernardino, California") is the place's wherever it
  // does not speak.
  const placeNames = new Set(mentions.filter((m) => m.kind === "place").map((m) => foldName(m.text)));
  for (const group of people()) {
    const beforePlaceNoun = (m: Mention): boolean => {
      const noun = /^\s+([a-z]+)\b/.exec(context.after(m))?.[1] ?? "";
      return /\bthe\s+$/i.test(context.before(m)) && PLACE_HEADS.has(noun) && !/^(camp|state|bank)$/.test(noun);
    };
    const namesPlace =
      placeNames.has(foldName(group.name)) ||
      (group.mentions.some(beforePlaceNoun) &&
        group.mentions.every((m) => beforePlaceNoun(m) || whereAPlaceGoes(m, context)));
    const speaks = group.mentions.some(
      (m) => m.title !== undefined || withHonorific(m.text) || SPEAKS_AFTER.test(context.after(m)),
    );
    if (namesPlace && !speaks) groups.splice(groups.indexOf(group), 1);
  }

  const single = mentions.filter((m) => !fullName(m));
  /** Whether the text names a royal at all: most do not, and need no search for one per single name. */
  const royalNamed = people().some((g) => [g.name, ...g.aliases].some((form) => royalGivenName(form) !== undefined));
  /** "Hinds replied": a capitalised common word opening a sentence, kept only as a named person's surname. */
  const weakSurname = (mention: Mention): ActorGroup | undefined => {
    const word = foldName(mention.text);
    const bySurname = people().find((g) =>
      [g.name, ...g.aliases].some((form) => {
        const full = nameWords(form);
        return full.length >= 2 && full.at(-1) === word;
      }),
    );
    if (bySurname) return bySurname;
    // "Saddam said" after "Saddam Hussein": the first word of the one person the text names so, who speaks.
    if (!SPEAKS_AFTER.test(context.after(mention))) return undefined;
    const opening = namesOpeningWith(word);
    return opening.length === 1 ? opening[0] : undefined;
  };
  /**
   * The people whose full name opens with `word`: two words, or a family name and a hyphened given name
   * ("Kim Young-Sam"), as a family name written first or a given name alone calls them.
   */
  const namesOpeningWith = (word: string): ActorGroup[] =>
    people().filter((g) =>
      [g.name, ...g.aliases].some((form) => {
        const full = nameWords(form);
        const parts = form.split(/\s+/);
        const hyphened = parts.length === 2 && /-/.test(parts[1] ?? "");
        return (full.length === 2 || (full.length === 3 && hyphened)) && full[0] === word;
      }),
    );
  const unknown = new Map<string, Mention[]>();
  /** "Court officials said" after "the Harbour Arbitration Court": a common head noun opening a sentence. */
  const weakBodies: Mention[] = [];
  for (const mention of single) {
    if (mention.weak) {
      const person = weakSurname(mention);
      if (person) join(person, mention);
      else weakBodies.push(mention);
      continue;
    }
    const key = foldName(mention.text);
    const words = nameWords(mention.text);
    // "Hussein told reporters" after "King Hussein of Jordan": the king, when no one else is called so.
    if (royalNamed && (mention.kind === "person" || mention.kind === "unknown") && words.length === 1) {
      const called = people().filter((g) =>
        [g.name, ...g.aliases].some((form) => {
          const given = royalGivenName(form);
          const full = nameWords(form);
          return given !== undefined
            ? given.join(" ") === words[0]
            : full.length >= 2 && full.includes(words[0] as string);
        }),
      );
      const royal = called[0];
      if (called.length === 1 && royal !== undefined && royalGivenName(royal.name) !== undefined) {
        join(royal, mention);
        continue;
      }
    }
    // "U.N." is initials, never the surname "Un" of "Kim Jong Un".
    const inCapitals = /^(?:\p{Lu}\.)+$|^\p{Lu}{2,}$/u.test(mention.text);
    // ("Manningham-Buller warned" after "Dame Eliza Manningham-Buller": a hyphened surname read as a place's name)
    const surnameAsPlace =
      mention.kind === "place" &&
      /-/.test(mention.text) &&
      isSpeechWord(/^\s+(\p{L}+)/u.exec(context.after(mention))?.[1] ?? "");
    if (
      mention.kind === "person" ||
      mention.kind === "unknown" ||
      (mention.kind === "organisation" && !inCapitals) ||
      surnameAsPlace
    ) {
      const person = people().find(
        (g) =>
          !otherGender(g, mention) &&
          [g.name, ...g.aliases].some((form) => {
            const full = nameWords(form);
            return (
              full.length >= 2 &&
              (surnameKey(full) === surnameKey(words) ||
                full.at(-1) === key.replace(/\s/g, "") ||
                // "Mr. Sadr" of "Moktada al-Sadr": the surname without its particle, after a courtesy title.
                (words.length === 1 && (full.at(-1) === words[0] || calledBy(full, words[0] as string))))
            );
          }),
      );
      if (person && words.length <= 2) {
        join(person, mention);
        continue;
      }
      // "Bao told reporters" after "Bao Shusheng": a family name written first (Chinese, Korean,
      // Hungarian names), when it opens the one full name of two words the text gives and no
      // surname is spelt so.
      const opening = words.length === 1 && mention.kind !== "organisation" ? namesOpeningWith(words[0] as string) : [];
      if (opening.length === 1 && opening[0] !== undefined && !otherGender(opening[0], mention)) {
        join(opening[0], mention);
        continue;
      }
    }
    if (mention.kind === "unknown" || (mention.kind === "person" && words.length < 2)) {
      // "Mr Bush" and "Bush", neither given a first name: one person, by the name without its courtesy title.
      const by = words.join(" ") || key;
      unknown.set(by, [...(unknown.get(by) ?? []), mention]);
      continue;
    }
    if (mention.kind === "place" || mention.kind === "other") continue;
    const kind: ActorKindCandidate =
      mention.kind === "state" ? "state" : mention.kind === "media" ? "media" : "organisation";
    const form = oneLine(kind === "state" ? normaliseState(mention.text) : mention.text.replace(/^The\s+/, ""));
    // "the Commission" after "the European Commission": the short form of a body already named.
    const shortFor =
      kind !== "state" && !form.includes(" ")
        ? groups.find((g) => g.kind === kind && foldName(g.name).endsWith(` ${foldName(form)}`))
        : undefined;
    // "NSC (National Security Council)": a body's initials and its name are one body.
    const initials =
      kind === "organisation" || kind === "media"
        ? groups.find(
            (g) =>
              (g.kind === "organisation" || g.kind === "media") &&
              (isInitialsOf(form, g.name) || isInitialsOf(g.name, form)),
          )
        : undefined;
    const formKey = foldName(form);
    const formState = kind === "state" ? stateKey(form) : undefined;
    const group =
      groups.find(
        (g) =>
          g.kind !== "person" &&
          [g.name, ...g.aliases].some(
            (f) =>
              foldName(f) === formKey || (formState !== undefined && g.kind === "state" && stateKey(f) === formState),
          ),
      ) ??
      shortFor ??
      initials;
    if (group !== undefined && group === initials && fuller(form, group.name)) {
      // The full name found after its initials becomes the name.
      const initialsName = group.name;
      group.name = form;
      addAlias(group, initialsName);
      group.mentions.push(mention);
      continue;
    }
    if ((group === shortFor || group === initials) && group !== undefined) {
      addAlias(group, form);
      group.mentions.push(mention);
      continue;
    }
    if (group) {
      // "America" after "the U.S.": another name of the state the group already holds.
      if (kind === "state" && foldName(form) !== foldName(group.name)) addAlias(group, form);
      if (form !== mention.text && !group.aliases.includes(mention.text) && group.name !== mention.text)
        addAlias(group, mention.text);
      group.mentions.push(mention);
      if (kind === "state" && group.name !== form && foldName(form) === foldName(group.name)) continue;
    } else {
      const aliases = form !== oneLine(mention.text) ? [oneLine(mention.text)] : [];
      if (mention.short !== undefined) aliases.push(mention.short);
      groups.push({ kind, name: form, aliases, titles: [], mentions: [mention] });
    }
  }

  // A body's head noun opening a sentence is that body's short form when the text names it in full.
  for (const mention of weakBodies) {
    const word = foldName(mention.text);
    const body = groups.find(
      (g) => (g.kind === "organisation" || g.kind === "media") && foldName(g.name).endsWith(` ${word}`),
    );
    if (body === undefined) continue;
    addAlias(body, mention.text);
    body.mentions.push(mention);
  }
  /** "the Bush administration", "the Reagan campaign": one word before such a noun, a leader's name ("the Syriza
   * government" is a party's). */
  const leaders = new Set(
    mentions.flatMap((m) => {
      const led = /^(\p{Lu}[\p{Ll}'’-]+)\s+(?:administration|campaign|presidency)$/iu.exec(m.text);
      return m.kind === "organisation" && led !== null ? [foldName(led[1] as string)] : [];
    }),
  );
  // A word no lexicon knows: a name if it is capitalised away from a sentence start,
  // a place where the text puts it in one ("in Rafah", "the city of Rafah"), else an organisation.
  for (const [, found] of unknown) {
    // A capital that says nothing: a sentence start, a word in a quotation, or a modifier ("Mediterranean services").
    const telling = found.filter(
      (m) => (!m.initial || withHonorific(m.text)) && !context.quoted(m) && !/^\s+[a-z]+s\b/.test(context.after(m)),
    );
    if (telling.length === 0 && found.every((m) => m.initial || context.quoted(m) || found.length < 2)) continue;
    // "Sines in Portugal": a place.
    if (
      found.some(
        (m) =>
          /^\s+in\s+\p{Lu}/u.test(context.after(m)) &&
          groups.some((g) => g.kind === "state" && context.after(m).includes(g.name)),
      )
    )
      continue;
    // "Commission" after "European Commission"; "Hostess" after "Hostess Brands Inc"; "MoD" after "Ministry of Defence".
    const longer = groups.find(
      (g) =>
        g.kind !== "person" &&
        g.kind !== "state" &&
        (foldName(g.name).endsWith(` ${foldName((found[0] as Mention).text)}`) ||
          corporateShortForm(g.name) === foldName((found[0] as Mention).text) ||
          isInitialsOf((found[0] as Mention).text, g.name)),
    );
    if (longer) {
      addAlias(longer, (found[0] as Mention).text);
      longer.mentions.push(...found);
      continue;
    }
    const first = found[0] as Mention;
    const existing = groups.find(
      (g) => g.kind !== "person" && [g.name, ...g.aliases].some((f) => foldName(f) === foldName(first.text)),
    );
    if (existing) {
      existing.mentions.push(...found);
      continue;
    }
    const placeLike =
      found.some((m) =>
        /\b(in|at|into|near|entering|city of|town of|village of|capital,?)\s*(?:(?:the\s+)?\p{L}+-(?:held|controlled|occupied|run)\s+)?$/iu.test(
          context.before(m),
        ),
      ) || found.every((m) => whereAPlaceGoes(m, context));
    if (placeLike) continue;
    // "Bush will propose" beside "the Bush administration": the name of the one who heads a government.
    const leads = leaders.has(foldName(first.text));
    const kind: MentionKind =
      leads || found.some((m) => m.kind === "person" || HE_SPEAKS_NEXT.test(context.following(m)))
        ? "person"
        : "organisation";
    // A single name is a person's with a title, an honorific, or as the subject of a speech verb ("Ana said").
    if (
      kind === "person" &&
      !leads &&
      found.every(
        (m) =>
          m.title === undefined &&
          !withHonorific(m.text) &&
          !SPEAKS_AFTER.test(context.after(m)) &&
          !(m.kind === "person" && STAFF_AFTER.test(context.after(m))),
      )
    )
      continue;
    const group: ActorGroup = {
      kind: kind === "person" ? "person" : "organisation",
      name: oneLine(first.text).replace(/[’']s$/u, ""),
      aliases: [],
      titles: found.flatMap((m) => (m.title ? [oneLine(m.title)] : [])),
      mentions: [...found],
    };
    groups.push(group);
    if (group.kind === "organisation") capitalisedOnly.add(group);
  }
  // Two capitalised words with no title, found where a place goes ("the port of Puerto Alcaraz"), are a place;
  // not a person's possessive ("near Gibran Tueni's car"), nor a name the text also gives by its last word
  // alone ("Tueni returned"), as it does a person's and never a place's.
  const placeLike = (m: Mention) =>
    (/\b(in|near|into|port of|city of|town of|village of)\s*$/i.test(context.before(m)) ||
      (/\bat\s*$/.test(context.before(m)) && !AIMED_AT.test(context.before(m)))) &&
    !/^['’]s?\b/u.test(context.after(m));
  const bySurname = (g: ActorGroup) =>
    g.mentions.some(
      (m) =>
        nameWords(m.text).length === 1 &&
        !m.initial &&
        nameWords(g.name).at(-1) === nameWords(m.text)[0] &&
        !/\b(?:in|at|near|into|of|from|to|across)\s*$/i.test(context.before(m)),
    );
  return groups
    .filter((g) => !(g.kind === "person" && g.titles.length === 0 && g.mentions.some(placeLike) && !bySurname(g)))
    .map((g) => ({ ...g, drafted: draftedBy(g, capitalisedOnly.has(g)) }));
};

/**
 * The pattern that drafted an actor: how the text named it. A body known only by a capitalised
 * word no lexicon knows says so, for the editor to check.
 */
const draftedBy = (group: ActorGroup, capitalisedOnly: boolean): Drafted => {
  if (group.kind === "state") return { pattern: "actor-state-name" };
  if (group.kind === "media") return { pattern: "actor-media-name" };
  if (group.kind === "organisation") {
    return capitalisedOnly
      ? {
          pattern: "actor-capitalised-name",
          note: `“${group.name}” is capitalised, and nothing else says what it is: check it is a body, not a place or a thing`,
        }
      : { pattern: "actor-organisation-name" };
  }
  if (group.titles.length > 0) return { pattern: "actor-name-with-title" };
  if (group.mentions.some((m) => withHonorific(m.text))) return { pattern: "actor-name-with-honorific" };
  return { pattern: "actor-person-name" };
};
