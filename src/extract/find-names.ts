/**
 * Named mentions in an article: people, organisations, states and places,
 * each with its offsets and any title the text gives it ("US Secretary of
 * State Antony Blinken", "John Kirby, White House national security
 * spokesman,").
 *
 * compromise tags the words (countries, cities, first names, organisations);
 * this module groups capitalised words into names and decides what each
 * name is from those tags and from the title and organisation words around it.
 */

import nlp from "compromise";
import { DATELINE_END } from "../text/dateline.js";
import { isCommonWord } from "./common-words.js";
import {
  BODY_ROLES,
  BUSINESS_HEADS,
  BYLINE_ROLES,
  CORPORATE_SUFFIXES,
  COUNTRY_ACRONYMS,
  COURTESY_TITLES,
  DEMONYMS,
  demonymState,
  FAITH_SURNAMES,
  FAITH_WORDS,
  FEMALE_WORD_NAMES,
  GENERAL_COMPOUNDS,
  GENERATION_SUFFIX,
  HONORIFICS,
  INSTITUTION_HEADS,
  INSTITUTION_OPENERS,
  isPartyAndState,
  isRoleNoun,
  isUsStateName,
  KIN_WORDS,
  LABEL_NOUNS,
  MALE_WORD_NAMES,
  MEDIA_HEADS,
  MORE_COUNTRIES,
  MORE_ORGANISATION_HEADS,
  NAME_PARTICLES,
  NOT_NAMES,
  ON_BODY_HEADS,
  ORGANISATION_HEADS,
  OTHER_COUNTRIES,
  OTHER_HEADS,
  PAPER_NOUNS,
  PARTY_PLURALS,
  PEOPLES,
  PLACE_HEADS,
  PLACE_OPENERS,
  RANKS,
  REGION_NAMES,
  ROLE_ABBREVIATIONS,
  ROYAL_TITLES,
  SINGLE_BODIES,
  SITE_HEADS,
  STATE_BODY_NOUNS,
  STATE_SYNONYMS,
  SURNAME_HEADS,
  TERRITORIES,
  THING_HEADS,
  TITLE_ABBREVIATIONS,
  TITLE_WORDS,
  US_STATE_PAIRS,
  US_STATE_SHORT,
  US_STATES,
  VEHICLE_NOUNS,
  WEBSITE,
} from "./lexicon.js";
import type { Span } from "./segment.js";
import type { Token } from "./tokens.js";

export type MentionKind = "person" | "organisation" | "media" | "state" | "place" | "other" | "unknown";

export interface Mention extends Span {
  readonly text: string;
  kind: MentionKind;
  /** The title the text gives the mention, verbatim. */
  readonly title: string | undefined;
  /** Index of the first token of the name. */
  readonly token: number;
  /** The name opens its sentence, where any word is capitalised. */
  readonly initial: boolean;
  /** A short name given in brackets after it: "(SUE)". */
  readonly short?: string | undefined;
  /** A capitalised common word that is a name only if it is the surname of a person named elsewhere. */
  readonly weak?: boolean | undefined;
  /** What a courtesy title ("Mrs") or a first name only ever given to men or to women says of a person. */
  readonly gender?: "male" | "female" | undefined;
}

const MALE_COURTESY = new Set(["mr", "sir", "lord", "messrs"]);
const FEMALE_COURTESY = new Set(["mrs", "ms", "miss", "dame", "lady"]);

/** Titles a courtesy title goes before in addressing someone by office: "Mr President", "Madam Speaker". */
const ADDRESSED_OFFICES = new Set(
  "president speaker chairman chairwoman chair secretary secretary-general ambassador mayor minister prime deputy vice governor".split(
    " ",
  ),
);

/** "Mr. King", "Ms. Bishop", "Mrs. Major": a courtesy title and a surname that is also a title's word. */
const surnameAfterCourtesy = (run: readonly Token[]): boolean =>
  run.length === 2 &&
  /^(?:mr|mrs|ms|miss|messrs)$/.test(lower(run[0])) &&
  (run[1] as Token).capital &&
  !ADDRESSED_OFFICES.has(lower(run[1]));

/** A person's gender as the name alone tells it, if it does. */
const genderOf = (run: readonly Token[]): "male" | "female" | undefined => {
  const first = run[0];
  if (first === undefined) return undefined;
  const word = first.text.toLowerCase();
  if (MALE_COURTESY.has(word)) return "male";
  if (FEMALE_COURTESY.has(word)) return "female";
  // The given name, past a rank, a courtesy title or a role ("Lawyer Louise Christian").
  const given = run.find(
    (t) =>
      !RANKS.has(t.text.toLowerCase()) &&
      !COURTESY_TITLES.has(t.text.toLowerCase()) &&
      !isRoleNoun(t.text.toLowerCase()),
  );
  if (given === undefined || run.length < 2) return undefined;
  const tags = lexicalTags(given.text);
  if (tags.has("MaleName") && !tags.has("FemaleName")) return "male";
  if (tags.has("FemaleName") && !tags.has("MaleName")) return "female";
  if (MALE_WORD_NAMES.has(given.text.toLowerCase())) return "male";
  if (FEMALE_WORD_NAMES.has(given.text.toLowerCase())) return "female";
  return undefined;
};

const NOT_NAME_TAGS = [
  "Determiner",
  "Preposition",
  "Pronoun",
  "Conjunction",
  "Adverb",
  "QuestionWord",
  "Date",
  "WeekDay",
  "Month",
  "Modal",
  "Auxiliary",
  "Copula",
  "Negative",
];
const PERSON_TAGS = ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"];

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? "";
const last0 = (run: readonly Token[]): Token => run.at(-1) as Token;

const lexicalCache = new Map<string, ReadonlySet<string>>();
/** compromise's tags for a word on its own, free of what its neighbours suggest ("John" next to "White House"). */
const lexicalTags = (word: string): ReadonlySet<string> => {
  let tags = lexicalCache.get(word);
  if (tags === undefined) {
    const terms = nlp(word).json({ terms: { tags: true } } as never) as { terms: { tags: string[] }[] }[];
    tags = new Set(terms.flatMap((s) => s.terms.flatMap((t) => t.tags)));
    lexicalCache.set(word, tags);
  }
  return tags;
};
const termsCache = new Map<string, readonly ReadonlySet<string>[]>();
/** compromise's tags for each word of a phrase read on its own ("Saudi Arabia"), one set per word. */
const lexicalTerms = (phrase: string): readonly ReadonlySet<string>[] => {
  let terms = termsCache.get(phrase);
  if (terms === undefined) {
    const read = nlp(phrase).json({ terms: { tags: true } } as never) as { terms: { tags: string[] }[] }[];
    terms = read.flatMap((s) => s.terms.map((t) => new Set(t.tags)));
    termsCache.set(phrase, terms);
  }
  return terms;
};
const isFirstNameWord = (word: string): boolean => {
  const tags = lexicalTags(word);
  return tags.has("FirstName") || tags.has("MaleName") || tags.has("FemaleName");
};
const isFirstName = (token: Token): boolean => isFirstNameWord(token.text);
const hasAny = (token: Token, tags: readonly string[]): boolean => tags.some((tag) => token.tags.has(tag));

/** The end of a nickname inside a name and the surname's capital after it: '"Tookie" Williams'. */
const NICKNAME_CLOSE = /^["”] \p{Lu}/u;
/** A given name and the opening mark of a nickname after it: 'Stanley "'. */
const NICKNAME_OPEN = /\p{Lu}[\p{L}'’.-]* ["“]$/u;

/** Only white space between two tokens: they can be one name. */
const adjacent = (text: string, a: Token, b: Token): boolean => {
  const between = text.slice(a.end, b.start);
  // 'Stanley "Tookie" Williams': a nickname in quotation marks between a given name and a surname.
  if (/^ ["“]$/.test(between) && a.capital && NICKNAME_CLOSE.test(text.slice(b.end, b.end + 3))) return b.capital;
  if (/^["”] $/.test(between) && b.capital && NICKNAME_OPEN.test(text.slice(Math.max(0, a.start - 30), a.start)))
    return a.capital;
  // "Sen. John Tower": an abbreviated title's full stop does not end the name.
  if (between.startsWith(".") && TITLE_ABBREVIATIONS.has(a.text.toLowerCase())) {
    return /^\.[ \t]*\n?[ \t]*$/.test(between);
  }
  return /^[ \t]*\n?[ \t]*$/.test(between);
};

const isParticle = (token: Token): boolean =>
  NAME_PARTICLES.has(token.text.toLowerCase()) || /^(al|el|bin|ben|abu)-\p{Lu}/u.test(token.text);

const isCalendarWord = (token: Token): boolean =>
  hasAny(token, ["Date", "WeekDay", "Month"]) ||
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
    token.text,
  );

/** A word that is only ever a verb's form ("Given", "Asked"), never a name. */
const isVerbFormWord = (word: string): boolean => {
  const tags = lexicalTags(word);
  return (
    tags.has("Verb") &&
    (tags.has("Participle") || tags.has("Gerund") || tags.has("PastTense")) &&
    !tags.has("ProperNoun") &&
    !tags.has("Person") &&
    !tags.has("FirstName")
  );
};
const isVerbForm = (token: Token): boolean => isVerbFormWord(token.text);

/** Can this token be part of a name? */
const nameWord = (token: Token): boolean => {
  if (isCalendarWord(token) && token.text !== "May") return false;
  if (NOT_NAMES.has(token.text.toLowerCase()) && token.text === token.text.toUpperCase()) return false;
  // "Goa-based", "U.S.-backed": an adjective made of a name.
  if (/-(based|backed|led|born|owned|run|funded|made|style|era|bound|linked|allied)$/i.test(token.text)) return false;
  if (token.text === "May" && !token.tags.has("Person")) return false;
  if (isParticle(token)) return true;
  if (!token.capital) return false;
  // "Two Royal Navy helicopters": a number word opening a sentence is no name.
  if (token.initial && lexicalTags(token.text).has("Cardinal") && !lexicalTags(token.text).has("ProperNoun")) {
    return false;
  }
  // "Nine-dash line", "Three-Day Week": a number word is no name.
  if (/^\p{L}+-/u.test(token.text) && lexicalTags(token.text.slice(0, token.text.indexOf("-"))).has("Value"))
    return false;
  if (/^\p{N}/u.test(token.text)) return false;
  // "a pro-rebel Website TamilNet said": the noun a wire capitalises inside a sentence, no part of the name after it.
  if (!token.initial && /^Web-?site$/.test(token.text)) return false;
  // "Later Anna Reyes spoke", "Earlier Bo Diaz ran": adverbs of time opening a sentence (read as comparatives).
  if (token.initial && /^(?:Later|Earlier)$/.test(token.text)) return false;
  if (token.initial && NOT_NAME_TAGS.some((tag) => lexicalTags(token.text).has(tag))) return false;
  if (token.initial && hasAny(token, NOT_NAME_TAGS) && !hasAny(token, ["ProperNoun", "Person", "Place"])) return false;
  if (token.text === "I" || /^(The|A|An|This|That|These|Those|It|He|She|They|We|You|But|And|Or)$/.test(token.text)) {
    return false;
  }
  return true;
};

/** Maximal runs of name words with nothing but spaces between them; "of" may join two capitalised words. */
const nameRuns = (text: string, tokens: readonly Token[]): [number, number][] => {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first === undefined || !nameWord(first) || (isParticle(first) && !first.capital && !/-/.test(first.text))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const current = tokens[j] as Token;
      if (current.possessive) break;
      const next = tokens[j + 1] as Token;
      if (!adjacent(text, current, next)) break;
      if (nameWord(next) && !(next.initial && hasAny(next, NOT_NAME_TAGS))) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      // "Sandra Day O'Connor", "Doris Day Smith": "Day" between two words of a name is a name's word.
      if (
        next.text === "Day" &&
        after !== undefined &&
        adjacent(text, next, after) &&
        nameWord(after) &&
        !isCalendarWord(after) &&
        isFirstName(current)
      ) {
        j += 2;
        continue;
      }
      // "Commission on Decommissioning", "Committee on Foreign Relations": "on" after a body's head.
      const onAfterBody = next.text === "on" && ON_BODY_HEADS.has(lower(current));
      // "Adm. Eugene Carroll of Washington's private Center": a possessive after a person's "of"
      // opens the phrase after the name.
      const personSoFar = isFirstName(first) || RANKS.has(lower(first)) || COURTESY_TITLES.has(lower(first));
      if (
        (next.text === "of" || next.text === "for" || onAfterBody) &&
        after &&
        after.capital &&
        adjacent(text, next, after) &&
        nameWord(after) &&
        !(after.possessive && personSoFar)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    // "Given Mark Spencer's history": a verb's form opening the sentence is not part of the name after it.
    if (j > i && first.initial && isVerbForm(first)) {
      i++;
      continue;
    }
    // A name does not end in a particle ("Qatar and al").
    let end = j;
    while (end > i && isParticle(tokens[end] as Token) && !/-/.test((tokens[end] as Token).text)) end--;
    runs.push([i, end]);
    i = j + 1;
  }
  return splitPersonOf(tokens, joinOrganisationRuns(text, tokens, runs));
};

/** "Jane Doe of Oxford University", "Prof Jane Doe of the...": a person, then the body they belong to. */
const splitPersonOf = (tokens: readonly Token[], runs: [number, number][]): [number, number][] =>
  runs.flatMap(([from, to]): [number, number][] => {
    const run = tokens.slice(from, to + 1);
    const of = run.findIndex((t) => t.text === "of" || t.text === "for");
    if (of < 2 || of === run.length - 1) return [[from, to]];
    let given = 0;
    while (given < of && (isTitleToken(run[given] as Token) || RANKS.has(lower(run[given])))) given++;
    const kind = classify(run.slice(of + 1));
    // "Dick Durbin of Illinois": a senator "of" a state is a person whatever their first name.
    const personLike =
      kind === "state" && !run.slice(given, of).every((t) => isCommonWord(t.text) || isOrganisationHead(t));
    if (of - given < 2 || (!isFirstName(run[given] as Token) && !personLike)) return [[from, to]];
    if (kind !== "organisation" && kind !== "media" && kind !== "state") return [[from, to]];
    return [
      [from, from + of - 1],
      [from + of + 1, to],
    ];
  });

const isOrganisationHead = (token: Token | undefined): boolean =>
  token !== undefined &&
  (ORGANISATION_HEADS.has(token.text.toLowerCase()) ||
    MORE_ORGANISATION_HEADS.has(token.text.toLowerCase()) ||
    BUSINESS_HEADS.has(token.text.toLowerCase()));

/** A run that names no one on its own: no country, no first name, no organisation word. */
const plainRun = (tokens: readonly Token[], [from, to]: [number, number]): boolean => {
  const run = tokens.slice(from, to + 1);
  return (
    run.length <= 3 &&
    !run.some((t) => isCountry(t) || isOrganisationHead(t) || isRoleNoun(t.text.toLowerCase())) &&
    !(run.length >= 2 && isFirstName(run[0] as Token))
  );
};

/**
 * Runs that are one organisation's long name, written with "and", commas or a plural possessive:
 * "Department for Environment, Food and Rural Affairs", "Department of Health and Social Care",
 * "Bill and Melinda Gates Foundation", "Teachers' Federation".
 */
const joinOrganisationRuns = (
  text: string,
  tokens: readonly Token[],
  found: [number, number][],
): [number, number][] => {
  let runs = found;
  const between = (a: [number, number], b: [number, number]): string =>
    text.slice((tokens[a[1]] as Token).end, (tokens[b[0]] as Token).start);
  runs = joinPossessiveRuns(text, tokens, runs);
  const out: [number, number][] = [];
  for (let k = 0; k < runs.length; k++) {
    let run = runs[k] as [number, number];
    for (;;) {
      const next = runs[k + 1];
      if (next === undefined) break;
      const gap = between(run, next);
      const head = tokens[run[0]] as Token;
      // "U.S. Securities and Exchange Commission", "Essex Fire and Rescue service": two capitalised
      // sides of "and", the second ending in an institution's head (or followed by a body's noun).
      if (/^\s+and\s+$/.test(gap) && bothSidesOfOneName(text, tokens, run, next)) {
        run = [run[0], next[1]];
        k++;
        continue;
      }
      // "Teachers' Federation": a plural possessive inside a body's name.
      if (/^[’']\s+$/u.test(gap) && /s$/.test((tokens[run[1]] as Token).text) && isOrganisationHead(tokens[next[1]])) {
        run = [run[0], next[1]];
        k++;
        continue;
      }
      // "Bill and Melinda Gates Foundation", "Food and Drug Administration".
      if (
        /^\s+and\s+$/.test(gap) &&
        isOrganisationHead(tokens[next[1]]) &&
        !isOrganisationHead(tokens[run[1]]) &&
        plainRun(tokens, run) &&
        run[1] - run[0] <= 1
      ) {
        run = [run[0], next[1]];
        k++;
        continue;
      }
      // "Department for Environment, Food and Rural Affairs", "Ministry of Health and Social Care".
      const ofName =
        isOrganisationHead(head) && tokens.slice(run[0], run[1] + 1).some((t) => t.text === "of" || t.text === "for");
      if (ofName && /^\s+and\s+$/.test(gap) && plainRun(tokens, next)) {
        run = [run[0], next[1]];
        k++;
        continue;
      }
      const after = runs[k + 2];
      if (
        ofName &&
        after !== undefined &&
        /^,\s+$/.test(gap) &&
        plainRun(tokens, next) &&
        /^,?\s+and\s+$/.test(between(next, after)) &&
        plainRun(tokens, after)
      ) {
        run = [run[0], after[1]];
        k += 2;
        continue;
      }
      break;
    }
    // "The Bakery, Confectionery, Tobacco Workers and Grain Millers International Union": the words
    // listed before a body's name, after "the", are part of it.
    if (isOrganisationHead(tokens[run[1]]) && /^,\s+$/.test(between(out.at(-1) ?? run, run))) {
      let first = out.length;
      let next = run;
      while (first > 0) {
        const previous = out[first - 1] as [number, number];
        if (previous[0] !== previous[1] || !plainRun(tokens, previous) || !/^,\s+$/.test(between(previous, next)))
          break;
        first--;
        next = previous;
      }
      const opening = out[first];
      if (opening !== undefined && /^the$/i.test((tokens[opening[0] - 1] as Token | undefined)?.text ?? "")) {
        run = [opening[0], run[1]];
        out.length = first;
      }
    }
    out.push(run);
  }
  return out;
};

/** A body's common head noun ("Court", "Tribunal"), not the one name of a single body ("Congress"). */
const isCommonBodyNoun = (token: Token): boolean => {
  const word = token.text.toLowerCase();
  return (
    (ORGANISATION_HEADS.has(word) || MORE_ORGANISATION_HEADS.has(word) || INSTITUTION_HEADS.has(word)) &&
    !SINGLE_BODIES.has(word) &&
    !lexicalTags(token.text).has("ProperNoun") &&
    token.text !== token.text.toUpperCase()
  );
};

/** "Women's Tennis Association", "Transport and General Workers' Union": a plural possessive inside a body's name. */
const joinPossessiveRuns = (text: string, tokens: readonly Token[], runs: [number, number][]): [number, number][] => {
  const out: [number, number][] = [];
  for (const run of runs) {
    const previous = out.at(-1);
    if (previous !== undefined) {
      const last = tokens[previous[1]] as Token;
      const gap = text.slice(last.end, (tokens[run[0]] as Token).start);
      const plural = /^[’']\s+$/u.test(gap) && /s$/.test(last.text) && isOrganisationHead(tokens[run[1]]);
      const irregular = /^[’']s\s+$/u.test(gap) && IRREGULAR_PLURALS.has(lower(last)) && last.capital;
      if (plural || irregular) {
        previous[1] = run[1];
        continue;
      }
    }
    out.push([run[0], run[1]]);
  }
  return out;
};

const IRREGULAR_PLURALS = new Set(["women", "men", "children", "people"]);

/** A lower-case noun after a name that says the name is a body's: "the Essex Fire and Rescue service". */
const BODY_NOUN_AFTER = /^\s+(service|services|squad|brigade|team|unit|department|authority)\b/;

const isAnyOrganisationHead = (token: Token | undefined): boolean =>
  token !== undefined && (isOrganisationHead(token) || INSTITUTION_HEADS.has(lower(token)));

/** Are two runs either side of "and" one body's name? */
const bothSidesOfOneName = (
  text: string,
  tokens: readonly Token[],
  run: [number, number],
  next: [number, number],
): boolean => {
  const end = tokens[run[1]] as Token;
  const first = tokens[run[0]] as Token;
  if (run[1] - run[0] > 2 || first.initial || isFirstName(first)) return false;
  if (isAnyOrganisationHead(end) && !BUSINESS_HEADS.has(lower(end))) return false;
  if (CORPORATE_SUFFIXES.has(lower(end)) || lexicalTags(end.text).has("ProperNoun") || isCountry(end)) return false;
  if (next[1] > next[0] && isAnyOrganisationHead(tokens[next[1]])) return true;
  const after = text.slice((tokens[next[1]] as Token).end, (tokens[next[1]] as Token).end + 20);
  return BODY_NOUN_AFTER.test(after) && !isCountry(tokens[next[0]] as Token);
};

/** A word in capitals: "NESSMAN" (not "AP", too short to tell from an agency's initials). */
const inCapitals = (token: Token): boolean =>
  token.text.length >= 2 && token.text === token.text.toUpperCase() && /\p{Lu}{2}/u.test(token.text);

/** The role words a byline gives its writer after the outlet. */
const BYLINE_ROLE = new RegExp(String.raw`\b(?:${[...BYLINE_ROLES].join("|")})$`, "i");

/**
 * A byline written in capitals, "By RAVI NESSMAN Associated Press Writer": the writer (a person,
 * the outlet and role as their title) and the outlet, never one organisation of them all. Undefined
 * when the run is no such byline.
 */
const bylineOf = (text: string, run: readonly Token[], from: number): Mention[] | undefined => {
  const first = run[0];
  if (first === undefined || !/\bBy\s+$/.test(text.slice(Math.max(0, first.start - 4), first.start))) return undefined;
  const caps = run.findIndex((t) => !inCapitals(t));
  const n = caps === -1 ? run.length : caps;
  if (n < 2 || n > 4) return undefined;
  const name = run[n - 1] as Token;
  const rest = run.slice(n);
  const role = rest.length > 0 ? text.slice((rest[0] as Token).start, (rest.at(-1) as Token).end) : "";
  const writer: Mention = {
    start: first.start,
    end: name.end,
    text: text.slice(first.start, name.end),
    kind: "person",
    title: BYLINE_ROLE.test(role) ? role : undefined,
    token: from,
    initial: first.initial,
  };
  const outletTokens = BYLINE_ROLE.test(role) ? rest.slice(0, -1) : rest;
  const outlet = outletTokens.length === 0 ? [] : [outletTokens[0] as Token, outletTokens.at(-1) as Token];
  const [start, end] = outlet;
  return start === undefined || end === undefined
    ? [writer]
    : [
        writer,
        {
          start: start.start,
          end: end.end,
          text: text.slice(start.start, end.end),
          kind: "organisation",
          title: undefined,
          token: from + n,
          initial: false,
        },
      ];
};

/**
 * A kin word just before a name ("Barghouti's wife, Fadwa", "his brother Hisham", "Hariri's MP son
 * Saad"); the kin words, with whose kin when the text says ("Barghouti's wife"), are the title.
 */
const KIN_BEFORE = new RegExp(
  String.raw`(?:((?:\p{Lu}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*['’]s?)|\b(?:[Hh]is|[Hh]er|[Tt]heir))\s+((?:(?:late|elder|older|younger|eldest|youngest|\p{Lu}{2,4})\s+)?(?:${[...KIN_WORDS].join("|")}))\s*,?\s*$`,
  "u",
);

/** The kin a name is introduced by, as its title ("Barghouti's wife", "brother"), if any. */
const kinTitle = (before: string): string | undefined => {
  const kin = KIN_BEFORE.exec(before);
  // "Uber's partner Toyota": a body's partner is a body.
  if (kin === null || (kin[1] !== undefined && /partner$/.test(kin[2] as string))) return undefined;
  return kin[1] !== undefined ? `${kin[1]} ${kin[2]}` : kin[2];
};

const isTitleToken = (token: Token): boolean =>
  TITLE_WORDS.has(token.text.toLowerCase()) ||
  ROLE_ABBREVIATIONS.has(token.text.toLowerCase()) ||
  token.tags.has("Demonym") ||
  COUNTRY_ACRONYMS.has(token.text);

/** "prizes", "rights", "boxes": a plural whose singular the dictionary knows. */
const singularIsCommon = (word: string): boolean =>
  /s$/.test(word) && (isCommonWord(word.slice(0, -1)) || (/es$/.test(word) && isCommonWord(word.slice(0, -2))));

/** The words that say a name after them is a newspaper's: "the Czech daily", "the mass-circulation paper". */
const PAPER_BEFORE = new RegExp(
  String.raw`(?:^|\s)\p{Lu}[\p{L}-]+\s+(?:${PAPER_NOUNS}|broadsheet|news\s+agency)\s+$`,
  "u",
);
/** A newspaper's name before what it is and what it says: "Svenska Dagbladet daily said". */
const PAPER_AFTER = new RegExp(
  String.raw`^\s+(?:${PAPER_NOUNS})\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|added|commented|warned|argued|claimed)\b`,
  "i",
);

/** Lower-case nouns of things named after a person, straight after the name: "Creutzfeldt-Jakob disease". */
const NAMED_AFTER = /^(?:['’]s)?\s+(?:disease|syndrome|laws|era|doctrine|principle)\b/;

/** Offices a title ends with before a single name no dictionary knows: "First Deputy Prime Minister Ramzan". */
const OFFICE_BEFORE_ONE_NAME =
  /^(?:minister|president|premier|secretary|governor|mayor|chancellor|chairman|chairwoman|leader|ambassador|envoy|commander|spokesman|spokeswoman|senator|judge|general)$/;

/** Papers' head words that are also surnames: "the Kesh Courier", but "Jim Courier". */
const SURNAME_MEDIA_HEADS = /^(?:courier|ledger|dispatch|sentinel|examiner|inquirer|enquirer|courant)$/;

/** A party's member, written before the name: "Conservative Graham Brady", "Democrat Ann Lowe". */
const PARTY_MEMBER =
  /^(?:Conservative|Republican|Democrat|Labour|Tory|Liberal|Socialist|Communist|Unionist|Independent|Libertarian|Nationalist|Green)$/;

/** "Austrian", "Americans": a word for a nation's people, singular or plural. */
const isDemonymWord = (token: Token): boolean => {
  const word = lower(token);
  return token.capital && (token.tags.has("Demonym") || demonymState(word) !== undefined);
};

const isCountry = (token: Token): boolean =>
  (token.tags.has("Country") && !token.tags.has("Person")) ||
  COUNTRY_ACRONYMS.has(token.text) ||
  MORE_COUNTRIES.has(token.text.toLowerCase()) ||
  OTHER_COUNTRIES.has(token.text.toLowerCase()) ||
  lexicalTags(token.text).has("Country");

/** "Texas", "Ohio": a state of the United States, which news counts among states. */
const isUsState = (token: Token): boolean =>
  US_STATES.has(token.text.toLowerCase()) && lexicalTags(token.text).has("Region");

/** The European Union's short name, which is no state. */
const EU_FORMS = new Set(["EU", "E.U."]);

/** Words that say the name is a person. */
const personEvidence = (tokens: readonly Token[]): boolean =>
  (tokens.length >= 2 && isFirstName(tokens[0] as Token)) ||
  // "Lord Nicholls of Birkenhead", "General Lee": a courtesy title or a rank before a capitalised name.
  (tokens.length >= 2 &&
    (COURTESY_TITLES.has(lower(tokens[0])) || RANKS.has(lower(tokens[0]))) &&
    (tokens[1] as Token).capital) ||
  tokens.some((t) => hasAny(t, PERSON_TAGS) && !hasAny(t, ["Place", "Country", "Organization"])) ||
  tokens.some((t) => /^(al|el|bin|ibn|abu)-/i.test(t.text) || /^(bin|bint|ibn)$/.test(t.text));

/**
 * A name that is a body's whatever first name it holds: it ends in an institution's head word
 * ("Royal Preston Hospital", "Virgin Trains"; but "Margaret Branch" is a person) or opens with a
 * word no person's name opens with ("National Rail Enquiries"). Undefined when neither.
 */
const institutionKind = (tokens: readonly Token[]): MentionKind | undefined => {
  if (tokens.length < 2) return undefined;
  const first = lower(tokens[0]);
  if (COURTESY_TITLES.has(first) || RANKS.has(first)) return undefined;
  const head = lower(tokens.at(-1));
  if (SITE_HEADS.has(head)) return "place";
  if (
    INSTITUTION_HEADS.has(head) &&
    !(tokens.length === 2 && SURNAME_HEADS.has(head) && isFirstName(tokens[0] as Token))
  ) {
    return "organisation";
  }
  if (INSTITUTION_OPENERS.has(first) && !tokens.some((t) => isCountry(t))) {
    return PLACE_HEADS.has(head) ? "place" : "organisation";
  }
  return undefined;
};

const classify = (tokens: readonly Token[]): MentionKind => {
  const last = tokens.at(-1) as Token;
  const whole = tokens.map(lower).join(" ");
  if (TERRITORIES.has(whole)) return "state";
  if (REGION_NAMES.has(whole)) return "place";
  const head = last.text.toLowerCase();
  if (OTHER_HEADS.has(head)) return "other";
  // "Operation Iron Swords" is no body; "War Information Headquarters" is one.
  if (OTHER_HEADS.has(lower(tokens[0])) && !(tokens.length >= 2 && isOrganisationHead(last))) return "other";
  // A document, an event or a period: "the White Paper", "the Easter Rising", "Christmas".
  if (
    THING_HEADS.has(head) &&
    (tokens.length >= 2 ||
      lexicalTags(last.text).has("Date") ||
      /^(christmas|easter|ramadan|eid|hanukkah|diwali)$/.test(head))
  )
    return "other";
  if (tokens.length === 1 && EU_FORMS.has(last.text)) return "organisation";
  // "GunBroker.com", "Amazon.com": a website's name is its company's.
  if (tokens.length === 1 && WEBSITE.test(last.text)) return "organisation";
  if (tokens.length <= 3 && tokens.every((t) => isCountry(t) || t.text === "of")) return "state";
  // "sue Saudi Arabia if": a country's name of two or three words, read on its own, whatever its sentence suggests.
  if (tokens.length >= 2 && tokens.length <= 3 && lexicalTerms(whole).every((tags) => tags.has("Country")))
    return "state";
  // "the Irish Republic", "the Czech Republic": a demonym or a country's name before "Republic" is a state.
  if (head === "republic" && tokens.length >= 2 && tokens.slice(0, -1).some((t) => isCountry(t) || isDemonymWord(t)))
    return "state";
  if ((tokens.length === 1 && isUsState(last)) || STATE_SYNONYMS.has(whole) || US_STATE_PAIRS.has(whole))
    return "state";
  // "Al-Qaida", "al-Shabaab", "Al Jazeera": Arabic names of armed groups and of broadcasters and papers, never a
  // person's surname alone.
  if (/^al[-\s](?:qa[ie]da|qaida|shabaa?b|nusra|aqsa)$/i.test(whole)) return "organisation";
  if (/^al[-\s](?:jazeera|arabiya|ahram|hayat|manar|sharqiya|mayadeen)$/i.test(whole)) return "media";
  // ("the Clarion-Ledger", "the Democrat-Gazette": a paper's head word after a hyphen)
  // (not "Jim Courier", "Ann Lewis-Post": a first name before a head word that is also a surname; not "the Cook County
  // Medical Examiner", an office)
  const givenName = tokens.length === 2 && isFirstName(tokens[0] as Token);
  if (
    (MEDIA_HEADS.has(head) && !(givenName && SURNAME_MEDIA_HEADS.test(head))) ||
    (head.includes("-") && /^\p{Lu}/u.test(last.text) && MEDIA_HEADS.has(head.split("-").at(-1) ?? "") && !givenName)
  )
    return head === "examiner" && lower(tokens.at(-2)) === "medical" ? "organisation" : "media";
  // "Radio Valmar", "Television Española": a broadcaster named by its medium first.
  if (tokens.length >= 2 && /^(radio|television|tv)$/.test(lower(tokens[0]))) return "media";
  // "the Daily Mail", "Daily Express": a paper named "Daily" first ("Colonel Ahmed Daily" is a man).
  if (tokens.length >= 2 && lower(tokens[0]) === "daily") return "media";
  // "China Youth Daily", "the Economic Daily", "People's Daily": a paper named "Daily" or "Weekly" last, after
  // a place, a people or a dictionary word (the place's name may be one the dictionary lacks: "Varnia Youth
  // Daily"); never after a given name or a title ("Sam Daily", "Colonel Ahmed Daily").
  if (tokens.length >= 2 && /^(daily|weekly)$/.test(head)) {
    const before = tokens.slice(0, -1);
    const noName = (t: Token): boolean =>
      !isFirstName(t) &&
      !MALE_WORD_NAMES.has(lower(t)) &&
      !FEMALE_WORD_NAMES.has(lower(t)) &&
      !COURTESY_TITLES.has(lower(t)) &&
      !RANKS.has(lower(t)) &&
      !isTitleToken(t);
    const paperWord = (t: Token): boolean =>
      isCountry(t) ||
      isDemonymWord(t) ||
      isCommonWord(t.text.replace(/['’]s$/u, "")) ||
      ["Place", "City", "Region"].some((tag) => lexicalTags(t.text).has(tag));
    // "Hunter Daily", "Summer Daily": a word the language library reads as a given name in the whole name is one.
    const given = lexicalTerms(tokens.map((t) => t.text).join(" "))[0]?.has("Person") ?? false;
    if (
      !given &&
      !isRoleNoun(lower(before[0])) &&
      before.every(noName) &&
      before.filter(paperWord).length >= Math.max(1, before.length - 1)
    )
      return "media";
  }
  if (ORGANISATION_HEADS.has(head) || MORE_ORGANISATION_HEADS.has(head)) return "organisation";
  // "Ministry of Foreign Affairs", "International Court of Justice"
  const of = tokens.findIndex((t) => t.text === "of" || t.text === "for");
  if (
    of > 0 &&
    tokens
      .slice(0, of)
      .some((t) => ORGANISATION_HEADS.has(t.text.toLowerCase()) || BUSINESS_HEADS.has(t.text.toLowerCase()))
  ) {
    return "organisation";
  }
  // (A courtesy title and a name before a possessive: "Mr. Obama's administration" is no body's name, whatever the
  // noun after it leads the reading of its sentence to take it for.)
  const courtesyPossessive =
    last.possessive && tokens.length >= 2 && COURTESY_TITLES.has(lower(tokens[0]).replace(/\.$/, ""));
  const organisationTag = (t: Token): boolean =>
    !courtesyPossessive && (tokens.length === 1 ? lexicalTags(t.text) : t.tags).has("Organization");
  if (tokens.some(organisationTag) && !tokens.some((t) => hasAny(t, PERSON_TAGS))) {
    return tokens.every((t) => COUNTRY_ACRONYMS.has(t.text)) ? "state" : "organisation";
  }
  // "the EU", "NATO"; "the G7", "G-20": groups of nations named by their number.
  if (tokens.length === 1 && /^(?:[\p{Lu}.]{2,6}|G-?(?:5|7|8|10|15|20|24|77))$/u.test(last.text) && !isCountry(last))
    return "organisation";
  const institution = institutionKind(tokens);
  if (institution !== undefined) return institution;
  // "Tilt Train", "Great Depression", "Turner Broadcasting System": dictionary words only, no first name first.
  // A first word compromise reads as a person's in its sentence ("Bill Gates") keeps the name a
  // person's, unless a word of it is a verb's form ("Turner Broadcasting System").
  const verbForm = (t: Token): boolean => lexicalTags(t.text).has("Gerund");
  if (
    tokens.length >= 2 &&
    tokens.every((t) => isCommonWord(t.text)) &&
    !isFirstName(tokens[0] as Token) &&
    !COURTESY_TITLES.has(lower(tokens[0])) &&
    !RANKS.has(lower(tokens[0])) &&
    (!hasAny(tokens[0] as Token, ["Person", "FirstName"]) || tokens.some(verbForm))
  ) {
    if (BUSINESS_HEADS.has(head)) return "organisation";
    return PARTY_PLURALS.has(head) ? "organisation" : "other";
  }
  // "the Nobel Prizes": a plural of a dictionary word after a surname-like word names no person.
  if (
    tokens.length >= 2 &&
    /s$/.test(head) &&
    !PARTY_PLURALS.has(head) &&
    isCommonWord(head) &&
    singularIsCommon(head) &&
    !hasAny(tokens[0] as Token, ["Person", "FirstName"]) &&
    !lexicalTags(last.text).has("LastName") &&
    !lexicalTags(last.text).has("Person") &&
    !isFirstName(tokens[0] as Token)
  )
    return "other";
  if (personEvidence(tokens)) return "person";
  if (tokens.every((t) => hasAny(t, ["Place", "City", "Region", "Country"]))) {
    return tokens.some((t) => isCountry(t)) ? "state" : "place";
  }
  // A name ending in a business word ("Caldera Maritime Research", "Nordhavn Line") is an organisation.
  if (tokens.length >= 2 && BUSINESS_HEADS.has(head)) return "organisation";
  // "Liberal Democrats", "Human Rights": a plural is a party, or no one.
  // A plural of a word the dictionary knows ("Democrats", "Rights"), not a surname in s ("Mjoes").
  const plural =
    PARTY_PLURALS.has(head) ||
    ((last.tags.has("Plural") || lexicalTags(last.text).has("Plural")) &&
      (isCommonWord(head) || singularIsCommon(head)));
  if (plural && /s$/.test(head) && !hasAny(last, ["LastName", "Person"]) && !lexicalTags(last.text).has("LastName")) {
    return PARTY_PLURALS.has(head) ? "organisation" : "other";
  }
  // "Woodhill Prison", "Heathrow Airport", "Aegean Sea"; "Port Vila", "Mount Kenya".
  if (tokens.length >= 2 && PLACE_HEADS.has(head)) return "place";
  if (tokens.length === 2 && PLACE_OPENERS.has(lower(tokens[0] as Token))) return "place";
  const plainName = (t: Token): boolean =>
    (t.tags.has("ProperNoun") || isParticle(t)) && !hasAny(t, ["Place", "Region", "Country", "City", "Demonym"]);
  if (tokens.length >= 2 && tokens.every(plainName) && !tokens.some((t) => t.tags.has("Demonym"))) return "person";
  if (tokens.length >= 2) return "other";
  return "unknown";
};

/** A body a name heads, in lower case after it: "Israeli army", "Biden administration", "French foreign ministry". */
const BODY_AFTER_NAME =
  /^\s+(?:administration|government|army|navy|air\s+force|military|police|cabinet|embassy|consulate|(?:(?:foreign|defen[cs]e|interior|finance|health|justice|trade|commerce|economy|education|home|information|agriculture|energy|environment|labou?r|transport|(?:foreign|external|home)\s+affairs)\s+)(?:ministry|office|department))\b/;

/**
 * The body a name heads, in lower case after it ("Israeli army", "the French foreign ministry"), as a mention; `token`
 * is the name's first token. A police, military, embassy or consulate only of a people or a state (`ofState`): not "the
 * Istanbul consulate", "the Freddie Gray police custody death", "a Trump military parade".
 */
const bodyHeaded = (text: string, named: readonly Token[], token: number, ofState = true): Mention | undefined => {
  const [opening, closing] = [named[0] as Token, named.at(-1) as Token];
  const body = closing.possessive ? null : BODY_AFTER_NAME.exec(text.slice(closing.end, closing.end + 40));
  if (!body) return undefined;
  if (!ofState && /^\s+(?:military|police|embassy|consulate)\b/.test(body[0])) return undefined;
  const end = closing.end + body[0].length;
  const organisation = {
    start: opening.start,
    end,
    text: text.slice(opening.start, end),
    kind: "organisation" as const,
  };
  return { ...organisation, title: undefined, token, initial: opening.initial };
};

/** What after a name says it is a person's: ", from the Forum", ", who", "said he", "told reporters she". */
const PERSON_AFTER_UNKNOWN_NAME =
  /^(?:,\s+(?:(?:from|of|at)\s+the\s+\p{Lu}|who\b)|\s+(?:said|says|told|added|argued|insisted)\s+(?:(?:reporters|journalists|the\s+\p{L}+)\s+)?(?:that\s+)?(?:he|she)\b)/u;

/** Or an apposition that names a kin or a role: "Azmat Begg, father of Moazzam,", "X, the group's lawyer,". */
const personAfterUnknownName = (after: string, kinOnly = false): boolean => {
  if (PERSON_AFTER_UNKNOWN_NAME.test(after)) return true;
  // "May Chidiac, 40,": an age in commas after a name is a person's.
  if (/^,\s+\d{1,3},/.test(after)) return true;
  // "X, the 48-year-old director", "X, a Christian news presenter": a role or a kin word within three words.
  const words =
    /^,\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:\d{1,3}-year-old\s+)?(?:\p{L}+['’]s\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/u
      .exec(after)?.[1]
      ?.split(/\s+/) ?? [];
  // (only a kin word where the name's last word is a dictionary word: "Ivanka Trump, the eldest daughter," but not
  // "Ferrovial Airports, the owner of the airport," or "Kaizer Chiefs, the defending champion,")
  const noun = words.find((w) => /^\p{Ll}+$/u.test(w) && (KIN_WORDS.has(w) || (!kinOnly && isRoleNoun(w))));
  if (noun !== undefined) return true;
  if (!kinOnly) return false;
  // ("Ivanka Trump, the Republican presidential nominee's eldest daughter,": a kin word further into the apposition)
  const apposition = /^,\s+(?:the|a|an|his|her|their)\s+([^,;:.]{1,60})[,.]/u.exec(after)?.[1] ?? "";
  return apposition
    .split(/\s+/)
    .slice(-2)
    .some((w) => KIN_WORDS.has(w));
};

/** A state written short: "Md.", "Calif", or in two initials, "N.C." (after a town: "Charlotte, N.C."). */
const isShortState = (written: string): boolean => US_STATE_SHORT.test(written) || /^(?:\p{Lu}\.){2}$/u.test(written);

/** A middle initial: "R." in "Vann R. Newkirk". */
const MIDDLE_INITIAL = /^\p{Lu}\.$/u;

/**
 * A name's words without its initials and its generational suffix: "Vann R. Newkirk II" -> Vann, Newkirk; "J. Tavish
 * Korrin" -> Tavish, Korrin.
 */
const nameCore = (run: readonly Token[]): Token[] => {
  const end = run.length >= 3 && GENERATION_SUFFIX.test((run.at(-1) as Token).text) ? run.length - 1 : run.length;
  return run.slice(0, end).filter((t, k) => k === end - 1 || !MIDDLE_INITIAL.test(t.text));
};

/** A word a name may be made of that no dictionary knows, capitalised and not in capitals, placed nowhere. */
const unknownNameWord = (t: Token): boolean =>
  /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(t.text) &&
  !isCommonWord(t.text) &&
  !hasAny(t, ["Place", "Region", "Country", "City", "Demonym", "Organization"]);

/** Is the word at `index` a courtesy title or a rank, part of the name that follows ("Mr", "General")? */
const nameHonorific = (run: readonly Token[], index: number): boolean => {
  const word = lower(run[index]);
  if (COURTESY_TITLES.has(word)) return true;
  // "Lord Justice Rix", "Mr Justice Forbes": a judge's title is how the name is written.
  if (word === "justice" && index > 0 && COURTESY_TITLES.has(lower(run[index - 1]))) return true;
  if (!RANKS.has(word)) return false;
  // "Attorney General", "Secretary General": one title.
  return !(word === "general" && index > 0 && GENERAL_COMPOUNDS.has(lower(run[index - 1])));
};

/**
 * A dateline's place at the start of a paragraph: "LONDON (Wire) -", "PUERTO ALCARAZ, Spain —",
 * "BEIRUT, March 3 (Reuters) -", "DOHA, January 13. /TASS/.". It says where the story was filed; no one in it.
 */
const isDateline = (text: string, span: Span, blockStart: number): boolean =>
  span.start === blockStart &&
  /^\p{Lu}[\p{Lu}\s.’'-]+$/u.test(text.slice(span.start, span.end)) &&
  AFTER_DATELINE_PLACE.test(text.slice(span.end, span.end + 60));

/** After a dateline's place: maybe a country or a date, then the agency and a dash or slashes. */
const AFTER_DATELINE_PLACE = new RegExp(String.raw`^\s*(?:,\s*[\p{L}\p{N}. ]{2,30})?\s*${DATELINE_END}`, "u");

/**
 * A line in capitals or in title case ("REAGAN ADMITS IRAN ARMS OPERATION A MISTAKE", "Twinkies Maker
 * Hostess to Liquidate Company if Strikes Persist"): a headline whose capitals say nothing of names.
 */
const capitalisedLine = (text: string, tokens: readonly Token[], firstLine: boolean): boolean => {
  const first = tokens[0];
  const last = tokens.at(-1);
  if (first === undefined || last === undefined || tokens.length < 4 || tokens.length > 20) return false;
  // The first line may end with a full stop ("Obama Seeks More Muslim Refugees As He Recognizes Major Islamic Holiday."),
  // when its capitals are a title's: dictionary words capitalised, no comma ("Barack Obama, Angela Merkel and Matteo
  // Renzi met Monday." is a sentence).
  if (/[.!?]["”’']?\s*$/.test(text.slice(first.start, last.end + 2))) {
    // (a comma inside quoted words is the headline's quotation: "‘Unethical,’ ‘Horrifying.’")
    const unquoted = text.slice(first.start, last.end).replace(/[‘“"][^‘’“”"]*[’”"]/gu, " ");
    if (!firstLine || /,/.test(unquoted)) return false;
    const titleWords = tokens.filter(
      (t) => t.capital && /^\p{L}{4,}$/u.test(t.text) && isCommonWord(t.text) && !isFirstName(t),
    );
    if (titleWords.length < 3) return false;
  }
  if (/^by$/i.test(first.text)) return false; // a byline: "By Richard Walker, Reuters"
  const words = tokens.filter((t) => /^\p{L}{4,}/u.test(t.text));
  if (words.length < 4) return false;
  if (words.every((t) => t.text === t.text.toUpperCase())) return true;
  return words.filter((t) => t.capital).length >= words.length * 0.8;
};

/** The title words just before a name inside the same phrase ("Israeli Prime Minister", "spokesperson"). */
const titleBefore = (text: string, tokens: readonly Token[], first: number): string | undefined => {
  let i = first - 1;
  const previous = tokens[i];
  if (previous === undefined || !adjacent(text, previous, tokens[first] as Token)) return undefined;
  if (!isRoleNoun(previous.text.toLowerCase())) return undefined;
  let start = i;
  while (i - 1 >= 0) {
    const candidate = tokens[i - 1] as Token;
    if (!adjacent(text, candidate, tokens[i] as Token)) break;
    const word = candidate.text.toLowerCase();
    // "Belgian sports minister", "shop owner": a common noun before the role is part of it.
    const modifier =
      candidate.tags.has("Noun") &&
      !candidate.capital &&
      !candidate.possessive &&
      !hasAny(candidate, ["Pronoun", "Verb", "Determiner", "Date", "Value"]) &&
      start - i < 3;
    if (
      candidate.capital ||
      TITLE_WORDS.has(word) ||
      candidate.tags.has("Adjective") ||
      modifier ||
      // "Secretary of State", "minister for trade"; not "knowledge of presidential adviser".
      ((word === "of" || word === "for") &&
        tokens[i - 2] !== undefined &&
        ((tokens[i - 2] as Token).capital || TITLE_WORDS.has(lower(tokens[i - 2]))))
    ) {
      if (candidate.initial && hasAny(candidate, NOT_NAME_TAGS)) break;
      i--;
      start = i;
      if (candidate.initial) break;
      continue;
    }
    break;
  }
  return text.slice((tokens[start] as Token).start, previous.end);
};

/** An apposition after the name: ", an advisor to Qatar's prime minister and spokesperson for the Ministry,". */
const APPOSITION_AFTER = /^,\s+((?:(?:a|an|the)\s+)?[^,.;:"“”]{2,140}?)(?=[,.;]|\s+(?:said|told|says|added)\b)/u;
/** A title phrase before the name: "a senior Hamas official, Basem Naim,". */
const APPOSITION_BEFORE =
  /(?:^|(?<!\b\p{Lu})([.!?])["”’']?\s+(?=\p{Lu})|[,;:]["”’']?\s+|\b(?:and|that)\s+)((?:(?:a|an|the)\s+)?[^,.;:"“”]{2,100}?),\s+$/u;

const mentionsRole = (phrase: string): boolean =>
  !/^(which|who|whom|whose|where|when|that|and|or|but|while|as|after|before|since|with)\b/i.test(phrase) &&
  phrase.split(/[\s’']+/).some((word) => isRoleNoun(word.toLowerCase().replace(/[^a-z-]/g, "")));

/** The full stops of dotted initials ("U.S.", "U.N."), which end no apposition. */
const DOTTED = /(?<=\b\p{Lu})\.(?=\p{Lu}\.)|(?<=\b\p{Lu}\.\p{Lu})\./gu;

const appositionTitle = (text: string, mention: Span, blockStart: number): string | undefined => {
  const following = text.slice(mention.end, mention.end + 160);
  // Read with the initials' full stops masked (one character for one), the words taken as written.
  const after = APPOSITION_AFTER.exec(following.replace(DOTTED, "\u2024"));
  if (after?.[1] && mentionsRole(after[1]) && after[1].split(/\s+/).length <= 16 && !CLAUSE.test(after[1])) {
    const at = after.index + after[0].indexOf(after[1]);
    return following.slice(at, at + after[1].length).trim();
  }
  const before = APPOSITION_BEFORE.exec(text.slice(Math.max(blockStart, mention.start - 120), mention.start));
  const phrase = before?.[2];
  // A phrase opening its sentence is a title only as a role after a determiner ("Her attorney, Lenard Leeds,");
  // "Asked about the governor's remarks, Obama laughed", "In a letter to the president, Ryan" are none.
  const opensSentence = before?.[1] !== undefined || before?.index === 0;
  const roleLast =
    /^(?:her|his|their|its|our|my|the|a|an)\s/i.test(phrase?.trim() ?? "") &&
    isRoleNoun((phrase?.trim().split(/\s+/).at(-1) ?? "").toLowerCase());
  if (
    phrase &&
    mentionsRole(phrase) &&
    (!opensSentence || roleLast) &&
    phrase.split(/\s+/).length <= 8 &&
    !CLAUSE.test(phrase)
  ) {
    return phrase.trim();
  }
  return undefined;
};

/** Offices held over a place: "the governor of West Darfur" ("the lawyer of Dylann Roof" names a client). */
const RULER_OF =
  /^(?:governor|mayor|president|premier|king|queen|emir|sultan|ruler|chancellor|ambassador|consul|bishop|archbishop|mufti|prefect|viceroy|mp|senator)$/;

/** A word for a person after a place's name that says where the person is from: "a New York man". */
const RESIDENT_NOUN_AFTER =
  /^\s+(?:man|woman|men|women|boy|girl|teenager|teen|resident|residents|native|couple|family|mother|father|student|doctor)\b/;

/**
 * A word for a body just before a name in commas: "the same Democratic digital firm, Revolution Messaging,". In lower
 * case: "the Pars Oil and Gas Company, Akbar Torkan," is a body's name and then a man's.
 */
const BODY_WORD_BEFORE =
  /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\p{L}-]+\s+){0,4}(?:firm|company|group|agency|charity|organi[sz]ation|party|union|bank|fund|foundation|institute|network|broadcaster|consultancy|startup|start-up|business|brand|chain|lab|laboratory),\s*$/u;

/** A role "of" a body before a name in commas: "the managing director of the state oil company," (group 1 the role). */
const ROLE_OF_BODY_BEFORE =
  /\b([\p{L}-]+)\s+(?:of|at|for)\s+(?:the|a|an|its|their)\s+(?:[\p{L}-]+\s+){0,4}[\p{L}-]+,\s*$/u;

/** Where a name may open after: a sentence's or a clause's start, "when", "while" ("when May Chidiac, 40, ..."). */
const NAME_OPENS_AFTER = /(?:^|[,;:]\s*|\b(?:when|while|whereas|and|but|whom|with)\s+)$/;

/** Words that open a clause or a phrase, never a name on their own. */
const CLAUSE_OPENERS =
  /^(?:As|But|And|Or|So|Yet|When|While|After|Before|If|Though|Although|Since|Because|Until|Unless|Once|Whether|In|On|At|For|From|With|By|The|A|An|This|That|These|Those|It|He|She|They|We|I|There|Here|Then|Now|Still|Also|However|Meanwhile)$/;

/** A post held "to" or "at" a body, just before the body's name: "U.S. Ambassador to the ", "envoy at the ". */
const POST_BEFORE = /((?:(?:\p{Lu}[\p{L}.’']*|of)\s+){0,4}?(\p{L}+(?:-\p{L}+)?)\s+(?:to|at)\s+(?:the\s+)?)$/u;

/** A clause, not a title: "Finance Minister Lena Hart met Mr Collins" before ", Ivo Brand". */
const CLAUSE =
  /\b(met|meets|said|says|told|tells|added|visited|spoke|speaks|called|calls|was|were|is|are|has|have|had|will|would)\b/i;

/** "MoD", "NSC": a short name whose capitals are the initials of a body's name ("Ministry of Defence"). */
export const isInitialsOf = (short: string, name: string): boolean => {
  const capitals = short.replace(/[^\p{Lu}]/gu, "");
  if (capitals.length < 2 || capitals.length < short.replace(/[^\p{L}]/gu, "").length - 1) return false;
  const initials = name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    // (dotted initials give all their letters: "U.N. Educational, Scientific and Cultural Organization", UNESCO)
    .map((word) => (/^(?:\p{Lu}\.)+$/u.test(word) ? word.replace(/\./g, "") : word[0]))
    .join("");
  return initials === capitals;
};

/**
 * A body's name its own commas cut, before its initials in brackets: "United Nations Educational, Scientific and
 * Cultural Organization (UNESCO)" read as "United Nations Educational" and "Scientific and Cultural Organization". The
 * two are one name when the initials are those of both and not of the second alone.
 */
const joinedBeforeInitials = (text: string, mentions: Mention[]): Mention[] => {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const before = out.at(-1);
    const joined =
      before !== undefined &&
      mention.short !== undefined &&
      (mention.kind === "organisation" || mention.kind === "media") &&
      (before.kind === "organisation" || before.kind === "unknown" || before.kind === "media") &&
      /^,\s+(?:and\s+)?$/.test(text.slice(before.end, mention.start)) &&
      !isInitialsOf(mention.short, mention.text)
        ? text.slice(before.start, mention.end)
        : undefined;
    if (joined !== undefined && before !== undefined && isInitialsOf(mention.short ?? "", joined.replace(/,/g, ""))) {
      out[out.length - 1] = {
        ...mention,
        start: before.start,
        text: joined,
        token: before.token,
        initial: before.initial,
      };
      continue;
    }
    out.push(mention);
  }
  return out;
};

/**
 * The named mentions among `tokens` (one block of text). `blockStart` bounds
 * the look-behind for titles.
 */
export const findNames = (text: string, tokens: readonly Token[], blockStart: number, firstLine = false): Mention[] => {
  const mentions: Mention[] = [];
  if (capitalisedLine(text, tokens, firstLine)) return mentions;
  for (const [from, to] of nameRuns(text, tokens)) {
    let run = tokens.slice(from, to + 1);
    let offset = from;
    // "when May Chidiac, 40, a news presenter": a month that is also a given name opens the name when
    // no word of time comes before it and what follows says a person is named.
    const month = tokens[from - 1];
    if (
      month !== undefined &&
      run.length <= 2 &&
      /^(?:April|May|June)$/.test(month.text) &&
      adjacent(text, month, run[0] as Token) &&
      NAME_OPENS_AFTER.test(text.slice(Math.max(blockStart, month.start - 12), month.start)) &&
      personAfterUnknownName(text.slice(last0(run).end, last0(run).end + 60))
    ) {
      run = tokens.slice(from - 1, to + 1);
      offset = from - 1;
    }
    const byline = bylineOf(text, run, from);
    if (byline !== undefined) {
      mentions.push(...byline);
      continue;
    }
    // "LONDON, April 7 - As pressure mounted": a word that opens a clause, capitalised after a dateline's dash,
    // is no name.
    if (run.length === 1 && CLAUSE_OPENERS.test((run[0] as Token).text)) continue;
    // "the Roman Catholic archbishop", "one Catholic, the other Protestant": words of a faith describe
    // someone, and name no one (a run keeps its last word through every split below).
    // "Louise Christian" is a name: a faith's word that is also a surname, after a first name.
    if (
      FAITH_WORDS.has(lower(run.at(-1) as Token)) &&
      !(run.length >= 2 && FAITH_SURNAMES.has(lower(run.at(-1) as Token)) && isFirstName(run.at(-2) as Token))
    )
      continue;
    // "two Sunni Arab parties": a faith's word and a people's name describe, and name no one.
    if (
      run.some((t) => FAITH_WORDS.has(lower(t))) &&
      run.every((t) => FAITH_WORDS.has(lower(t)) || PEOPLES.has(lower(t)) || isDemonymWord(t))
    )
      continue;
    // "U.S. Ambassador to the United Nations John Danforth": a body's name runs on into the name of the
    // person who holds a post "to" or "at" it; the body is one mention, the person another, with the post.
    let postTitle: string | undefined;
    const holder = run.findIndex(
      (t, k) =>
        k >= 1 &&
        k <= run.length - 2 &&
        isFirstName(t) &&
        isOrganisationHead(run[k - 1]) &&
        !isFirstName(run[k - 1] as Token),
    );
    if (holder > 0) {
      const body = run.slice(0, holder);
      const bodyStart = (body[0] as Token).start;
      const post = POST_BEFORE.exec(text.slice(Math.max(blockStart, bodyStart - 80), bodyStart));
      if (post?.[1] && isRoleNoun((post[2] as string).toLowerCase())) {
        const bodyEnd = (body.at(-1) as Token).end;
        mentions.push({
          start: bodyStart,
          end: bodyEnd,
          text: text.slice(bodyStart, bodyEnd),
          kind: "organisation",
          title: undefined,
          token: offset,
          initial: (body[0] as Token).initial,
        });
        // "On Monday U.S. Ambassador to the": the title starts at its first title word, country or initials.
        const words = (post[1] as string).split(/(?<=\s)/);
        while (
          words.length > 1 &&
          !/^(?:\p{Lu}\.)+\s*$|^\p{Lu}{2,4}\s*$|['’]s\s*$/u.test(words[0] as string) &&
          !TITLE_WORDS.has((words[0] as string).trim().toLowerCase()) &&
          !isCountryWord((words[0] as string).trim())
        )
          words.shift();
        postTitle = `${words.join("")}${text.slice(bodyStart, bodyEnd)}`;
        run = run.slice(holder);
        offset = from + holder;
      }
    }
    // "US envoy in Sudan Andrew Natsios": a country's name ending a phrase runs on into a person's name,
    // a given name first; the country is one mention, the person another.
    const postIn =
      run.length >= 3 && isCountry(run[0] as Token) && !isCountry(run[1] as Token)
        ? /\b(\p{Ll}+)\s+(?:in|to|from|for|of)\s+$/u.exec(
            text.slice(Math.max(blockStart, (run[0] as Token).start - 30), (run[0] as Token).start),
          )
        : null;
    if (
      postIn !== null &&
      (isFirstName(run[1] as Token) || (isRoleNoun(postIn[1] as string) && run.slice(1).every(unknownNameWord)))
    ) {
      const country = run[0] as Token;
      mentions.push({
        start: country.start,
        end: country.end,
        text: country.text,
        kind: "state",
        title: undefined,
        token: offset,
        initial: country.initial,
      });
      run = run.slice(1);
      offset += 1;
    }
    // Leading title words ("US Secretary of State", "Finance Minister") are the title, not the name.
    let split = 0;
    while (
      split < run.length - 1 &&
      (isTitleToken(run[split] as Token) || /^(of|for)$/.test((run[split] as Token).text))
    ) {
      split++;
    }
    // "Hospital Director Amal Saleh", "Hamas Leader Ismail Haniyeh": capitalised words up to a role noun;
    // so too after a demonym whose words name no role yet ("Palestinian Cabinet Minister Saeb Erekat").
    const leadNamesRole = run
      .slice(0, split)
      .some((t) => isRoleNoun(lower(t)) || ROLE_ABBREVIATIONS.has(lower(t)) || HONORIFICS.has(lower(t)));
    const role = run.findLastIndex(
      (t, k) =>
        k < run.length - 1 && (isRoleNoun(t.text.toLowerCase()) || ROLE_ABBREVIATIONS.has(t.text.toLowerCase())),
    );
    // "Chief Cabinet Secretary Hiroyuki Hosoda": the title runs on to its last role noun.
    if (split === 0 || !leadNamesRole || role >= split) {
      const named = run.slice(role + 1);
      if (
        role >= 0 &&
        // A rank is how a name is written ("General Mark Lee"), unless it ends a title ("UN Secretary General").
        (!RANKS.has(lower(run[role])) ||
          (lower(run[role]) === "general" && role > 0 && GENERAL_COMPOUNDS.has(lower(run[role - 1])))) &&
        // "Home Office Minister Lord Falconer": the name may open with a courtesy title or a rank.
        !named.some((t, k) => isTitleToken(t) && !(k === 0 && named.length >= 2 && nameHonorific(named, 0))) &&
        !run.slice(0, role).some((t) => isFirstName(t)) &&
        (named.length >= 2 ||
          hasAny(named[0] as Token, PERSON_TAGS) ||
          // "First Deputy Prime Minister Ramzan": one word no dictionary knows, after a role noun
          // (not a word in capitals, a dateline's place: "... Press Writer RAMALLAH")
          // (after an office's noun: "Minister", "President"; not "National Coach Enquiries")
          (OFFICE_BEFORE_ONE_NAME.test(lower(run[role])) &&
            !isCommonWord(lower(named[0])) &&
            !singularIsCommon(lower(named[0])) &&
            !isCountry(named[0] as Token) &&
            !isOrganisationHead(named[0]) &&
            !/^\p{Lu}+$/u.test((named[0] as Token).text)))
      ) {
        split = role + 1;
      }
    }
    while (split > 0 && /^(of|for)$/.test(lower(run[split - 1]))) split--;
    if (split > 0 && (isCountry(run[split] as Token) || split === run.length)) split = 0;
    // A courtesy title or a rank is how the name is written ("Mr Collins", "General Mark Lee"), not a role.
    let honorific = false;
    while (split > 0 && nameHonorific(run, split - 1)) {
      split--;
      honorific = true;
    }
    // "U.S. Gen. James Jones": the name starts at its rank, after a country's name.
    if (!honorific && split > 0 && split < run.length - 1 && nameHonorific(run, split)) honorific = true;
    // A title names a role ("Prime Minister"); a demonym alone ("Palestinian Resistance") does not.
    if (
      split > 0 &&
      !run
        .slice(0, split)
        .some(
          (t) =>
            isRoleNoun(t.text.toLowerCase()) ||
            ROLE_ABBREVIATIONS.has(t.text.toLowerCase()) ||
            HONORIFICS.has(t.text.toLowerCase()),
        )
    ) {
      // "Israeli General Mark Lee": the name starts at the rank, and no role is given.
      if (honorific) {
        run = run.slice(split);
        offset = from + split;
      }
      split = 0;
    }
    // "Austrian Elfriede Jelinek", "Americans David J. Gross": a nationality before a person's name; so too a
    // party's member ("Conservative Graham Brady", "Republican Sam Ortiz").
    let nationality: string | undefined;
    if (split === 0 && !honorific) {
      let lead = 0;
      while (
        lead < run.length - 2 &&
        (isDemonymWord(run[lead] as Token) || PARTY_MEMBER.test((run[lead] as Token).text))
      )
        lead++;
      const rest = run.slice(lead);
      const party = run.slice(0, lead).some((t) => PARTY_MEMBER.test(t.text));
      // (a party's word that the dictionary knows as a first name, only before another first name)
      const givenParty = party && isFirstName(run[0] as Token);
      if (
        lead > 0 &&
        rest.length >= 2 &&
        (isFirstName(rest[0] as Token) ||
          (!givenParty && (rest.some((t) => /^\p{Lu}\.$/u.test(t.text)) || classify(rest) === "person"))) &&
        !rest.some((t) => isCountry(t) || isOrganisationHead(t))
      ) {
        // "Austrian" describes the person; "Americans" (of a list of them) does not.
        if (lead === 1 && !/s$/.test(lower(run[0]))) nationality = (run[0] as Token).text;
        // ("Liberal Democrat Tim Farron": a party of two words)
        if (lead === 2 && party) nationality = `${(run[0] as Token).text} ${(run[1] as Token).text}`;
        run = rest;
        offset = from + lead;
      }
    }
    // An honorific stays with the name: "Qatari Emir" is the title of "Sheikh Tamim bin Hamad al-Thani".
    while (
      split > 1 &&
      HONORIFICS.has(lower(run[split - 1])) &&
      !(lower(run[split - 1]) === "general" && GENERAL_COMPOUNDS.has(lower(run[split - 2]))) &&
      lower(run[split - 1]) !== "president" &&
      lower(run[split - 1]) !== "emir"
    ) {
      split--;
    }
    let title: string | undefined;
    // "King Hussein of Jordan", "Crown Prince Hassan": a royal is called by the royal title and the given name,
    // and the realm after "of" belongs to the title ("King of Jordan").
    const royal = royalAt(run);
    if (royal !== undefined) {
      const named = run.slice(royal.from, royal.nameEnd);
      const realm =
        royal.nameEnd < run.length ? ` ${text.slice((run[royal.nameEnd] as Token).start, last0(run).end)}` : "";
      title = `${text.slice((run[0] as Token).start, (run[royal.royal] as Token).end)}${realm}`;
      run = named;
      offset = from + royal.from;
      split = 0;
    }
    const rest = run.slice(split);
    const restKind = rest.length > 0 ? classify(rest) : "unknown";
    // "Secretary of State Condoleezza Rice": after a title that names a role, two to four capitalised words
    // that are no body or place, one of them no dictionary word or a first name, are the holder's name,
    // though the words alone read as something else ("rice").
    // "President Park Geun-hye": a place word opening the name ("Park") after a role is a surname, for
    // no place takes a role's title.
    const namedAfterRole =
      (restKind === "other" || (restKind === "place" && !PLACE_HEADS.has(lower(rest.at(-1))))) &&
      split > 0 &&
      rest.length >= 2 &&
      rest.length <= 4 &&
      rest.every((t) => t.capital || isParticle(t)) &&
      run.slice(0, split).some((t) => isRoleNoun(lower(t)) || ROLE_ABBREVIATIONS.has(lower(t))) &&
      !rest.some((t) => isCountry(t) || isOrganisationHead(t) || THING_HEADS.has(lower(t))) &&
      // Two words straight after the role ("Planning Minister Song Ping") are a name even when the
      // dictionary knows both.
      (isFirstName(rest[0] as Token) || rest.some((t) => !isCommonWord(t.text)) || rest.length === 2);
    if (
      split > 0 &&
      (restKind === "person" || restKind === "unknown" || namedAfterRole) &&
      rest.some((t) => t.capital)
    ) {
      title = text.slice((run[0] as Token).start, (run[split - 1] as Token).end);
      run = rest;
      offset = from + split;
    }
    title ??= postTitle ?? nationality;
    if (run.length === 0) continue;
    // Titles alone ("Prime Minister", "Foreign Ministry spokesperson") are not names; a people's name before the body
    // it heads names the body ("the French foreign ministry").
    if (
      run.every((t) => TITLE_WORDS.has(t.text.toLowerCase()) || t.text === "of" || t.tags.has("Demonym")) &&
      !run.some(isCountry) &&
      !surnameAfterCourtesy(run)
    ) {
      const body = run.every((t) => t.tags.has("Demonym")) ? bodyHeaded(text, run, offset) : undefined;
      if (body) mentions.push(body);
      continue;
    }
    const first = run[0] as Token;
    const last = run.at(-1) as Token;
    let kind = title !== undefined ? "person" : classify(run);
    // "Massoud Shadjareh, from the Muslim Safety Forum, said", "Azmat Begg said he was": the tagger may call
    // neither word a proper noun; two or three words no dictionary knows, placed nowhere, are a person's name
    // where what follows says so (a company or a place is not "from" a body, says "it", is no "who":
    // "Deutsche Telekom said it" stays no one).
    // "Vann R. Newkirk II, a writer": read without its middle initials and generational suffix, where a middle
    // initial alone says a person is named.
    const core = nameCore(run);
    const initialled = core.length < run.length && run.slice(0, -1).some((t) => MIDDLE_INITIAL.test(t.text));
    // ("Ivanka Trump, the eldest daughter,": a first word no dictionary knows, then a surname that is also a word)
    if (
      kind === "other" &&
      core.length >= 2 &&
      core.length <= 3 &&
      (core.every(unknownNameWord) ||
        (unknownNameWord(core[0] as Token) &&
          core.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text)) &&
          !core.some(
            (t) => isCountry(t) || isOrganisationHead(t) || THING_HEADS.has(lower(t)) || OTHER_HEADS.has(lower(t)),
          ) &&
          personAfterUnknownName(text.slice(last0(run).end, last0(run).end + 80), true))) &&
      (initialled ||
        personAfterUnknownName(text.slice(last0(run).end, last0(run).end + 40)) ||
        // A byline: "By Jean-Loup Fievet, Reuters".
        /(?:^|\n)[ \t]*By\s+$/.test(text.slice(Math.max(0, first.start - 12), first.start)))
    )
      kind = "person";
    // "Her attorney, Lenard Leeds, said": a name no dictionary knows first and a place's name last ("Leeds")
    // is a person's where a role introduces it.
    if (
      kind === "other" &&
      run.length >= 2 &&
      run.length <= 3 &&
      unknownNameWord(first) &&
      run.every((t) => t.capital) &&
      !run.some((t) => isCountry(t) || isOrganisationHead(t) || THING_HEADS.has(lower(t)) || OTHER_HEADS.has(lower(t)))
    ) {
      const role = appositionTitle(text, { start: first.start, end: last.end }, blockStart);
      if (
        role !== undefined &&
        text.slice(Math.max(blockStart, first.start - role.length - 4), first.start).includes(role)
      ) {
        kind = "person";
        title = role;
      }
    }
    // "Barghouti's wife, Fadwa,", "his brother Hisham": a relative named after the kin word is a person.
    const kin = run.length <= 3 ? kinTitle(text.slice(Math.max(blockStart, first.start - 50), first.start)) : undefined;
    if (kin !== undefined && kind !== "state") {
      kind = "person";
      title ??= kin;
    }
    if (run.some((t) => t.text === "and") && BODY_NOUN_AFTER.test(text.slice(last0(run).end, last0(run).end + 20))) {
      kind = "organisation";
    }
    const weak = {
      start: first.start,
      end: first.end,
      text: first.text,
      kind: "unknown" as const,
      title: undefined,
      token: offset,
      initial: true,
      weak: true,
    };
    // "Hinds replied": a plural opening a sentence may yet be a named person's surname.
    // "the Iran-Iraq war", "AMC-UAW talks": two states, or two bodies' short names, joined by a hyphen.
    const pair = run.length === 1 ? hyphenPair(first) : undefined;
    if (pair !== undefined) {
      mentions.push(...pair.map((part) => ({ ...part, title: undefined, token: offset, initial: first.initial })));
      continue;
    }
    const following = tokens[offset + run.length];
    const followsClose = following !== undefined && adjacent(text, last, following);
    // "Section 3", "Article 298", "Class 390", "Boeing 747s": a label or a model before its number.
    if (
      followsClose &&
      /^\d[\d.,]*\p{L}{0,3}$/u.test(following.text) &&
      (LABEL_NOUNS.has(lower(last)) || kind === "organisation" || kind === "unknown" || kind === "other")
    ) {
      continue;
    }
    // "Royal Air Force Sea King helicopters", "the Virgin Train Pendolino": a model of vehicle, no
    // actor; the body that runs it, when its name comes first, is one.
    const vehicleAt = run.findIndex((t, k) => k < run.length - 1 && VEHICLE_NOUNS.has(lower(t)));
    const vehicleAfter = followsClose && !following.capital && VEHICLE_NOUNS.has(lower(following));
    if ((vehicleAt >= 0 || vehicleAfter) && title === undefined && kind !== "state") {
      let body = (vehicleAt >= 0 ? vehicleAt : run.length) - 1;
      while (body >= 0 && !isOrganisationHead(run[body]) && !INSTITUTION_HEADS.has(lower(run[body]))) body--;
      if (body >= 1) {
        const end = (run[body] as Token).end;
        mentions.push({
          start: first.start,
          end,
          text: text.slice(first.start, end),
          kind: "organisation",
          title: undefined,
          token: offset,
          initial: first.initial,
        });
      }
      continue;
    }
    // "Court battles", "Board members": a body's common head noun opening a sentence names one only
    // as the short form of a body the text names in full (which the grouping decides).
    if (run.length === 1 && first.initial && isCommonBodyNoun(first)) {
      mentions.push(weak);
      continue;
    }
    // A word that is a plural of a dictionary word ("Burns", "Rice's"): a name only as the surname of a person the
    // text names ("State Department spokesman Nicholas Burns ... , Burns said"), as the grouping decides.
    if (kind === "other" && run.length === 1 && (first.initial || /s$/.test(first.text))) {
      mentions.push(weak);
      continue;
    }
    if (kind === "other") continue;
    // "Israeli army", "Biden administration": a name and the body it heads.
    const body = bodyHeaded(text, run, offset, kind === "state" || run.every((t) => isDemonymWord(t)));
    if (body) {
      mentions.push(body);
      // ("The Myanmar military said": the state is named too)
      if (kind === "state")
        mentions.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          kind: "state",
          title: undefined,
          token: offset,
          initial: first.initial,
        });
      continue;
    }
    const lexical = lexicalTags(first.text);
    if (run.length === 1 && (first.tags.has("Demonym") || lexical.has("Demonym")) && kind !== "state") continue;
    // A word read as an adjective alone: no name ("Major", "British"), unless it is no common word and an
    // adjective only by its ending ("Verbitsky"): then a name if it is the surname of a person the text names
    // ("Pyotr Verbitsky ... said Verbitsky"), which the grouping decides.
    if (run.length === 1 && lexical.has("Adjective") && !lexical.has("ProperNoun")) {
      if (!isCommonWord(first.text) && !isDemonymWord(first)) mentions.push(weak);
      continue;
    }
    // A common noun opening a sentence ("Negotiations", "Criticism"): a name only if it is the
    // surname of a person the text names ("Hinds replied"), which the grouping decides.
    if (
      run.length === 1 &&
      first.initial &&
      !first.tags.has("ProperNoun") &&
      !isCountry(first) &&
      lexical.has("Noun") &&
      !lexical.has("ProperNoun") &&
      // (not a short name in capitals and figures: "G7 ministers said")
      !/^(?=.*\p{Lu}.*\d|.*\d.*\p{Lu})[\p{Lu}\d-]{2,6}$/u.test(first.text)
    ) {
      mentions.push(weak);
      continue;
    }
    // "laughing at Jeb Bush-spent $100 million": a verb's form hyphened onto the last word is no part of the name.
    const glued = /^(\p{Lu}[\p{L}'’]+)-(\p{Ll}{3,})$/u.exec(last.text);
    const gluedVerb = glued !== null && isVerbFormWord(glued[2] as string);
    const span = { start: first.start, end: gluedVerb ? last.start + (glued[1] as string).length : last.end };
    if (isDateline(text, span, blockStart)) continue;
    // "The governor of West Darfur said": after a role and "of" comes the place or body the role is of, not
    // its holder ("the wife of John Smith" is a kin's, a person).
    const roleOf =
      kind === "person"
        ? /\b([a-z]+)\s+of\s+(?:the\s+)?$/.exec(text.slice(Math.max(blockStart, span.start - 30), span.start))
        : null;
    const placeOfRole = roleOf !== null && RULER_OF.test(roleOf[1] as string) && !personEvidence(run);
    // "A New York man", "a Gaza mother": a place's name before a word for a person says where someone is
    // from, and names no one.
    const placeOfResident =
      (kind === "person" || kind === "unknown") &&
      RESIDENT_NOUN_AFTER.test(text.slice(span.end, span.end + 16)) &&
      /(?:^|\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree)\s+)$/.test(
        text.slice(Math.max(blockStart, span.start - 6), span.start),
      ) &&
      lexicalTags(text.slice(span.start, span.end)).has("Place");
    // "a 59-year-old from Hilton Head, South Carolina": a name after "from" or "in" and before a US state's name set
    // off by a comma, the state's name ending its phrase, is a town's (not "support from Paul Ryan, Virginia Foxx and",
    // "from John Cohen, Mississippi State's director": a person's name, and a name that goes on after the state's).
    const stateAfter =
      /^,\s+((?:North|South|West|New|Rhode)\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}*\.)(?=\s*[,.;:)]|\s*$|\s+\p{Ll})/u.exec(
        text.slice(span.end, span.end + 24),
      )?.[1];
    const placeOfTown =
      (kind === "person" || kind === "unknown") &&
      stateAfter !== undefined &&
      isUsStateName(stateAfter) &&
      /\b(?:from|in|of|near|outside|at)\s+$/.test(text.slice(Math.max(blockStart, span.start - 10), span.start));
    if (title === undefined && (placeOfRole || placeOfResident || placeOfTown)) {
      const place = { ...span, text: text.slice(span.start, span.end), kind: "place" as const, title: undefined };
      mentions.push({ ...place, token: offset, initial: first.initial });
      continue;
    }
    // "former Senate Republican leader Howard Baker": words of a title before a role noun, no one's name.
    const next = tokens[offset + run.length];
    const afterNext = tokens[offset + run.length + 1];
    if (
      (kind === "person" || kind === "unknown") &&
      title === undefined &&
      !personEvidence(run) &&
      next !== undefined &&
      !next.capital &&
      isRoleNoun(next.text.toLowerCase()) &&
      adjacent(text, last, next) &&
      afterNext?.capital
    ) {
      continue;
    }
    title ??= kind === "person" || kind === "unknown" ? titleBefore(text, tokens, offset) : undefined;
    if (kind === "person" || kind === "unknown") {
      title ??= appositionTitle(text, span, blockStart);
      // "the same digital firm, Revolution Messaging,": a body's word, not a role, introduces a body.
      // (not after a role "of" the body: "the managing director of the state oil company, Akbar Torkani,")
      const lead = text.slice(Math.max(blockStart, span.start - 80), span.start);
      if (
        title === undefined &&
        BODY_WORD_BEFORE.test(lead) &&
        !isRoleNoun((ROLE_OF_BODY_BEFORE.exec(lead)?.[1] ?? "").toLowerCase()) &&
        /^\s*,/.test(text.slice(span.end, span.end + 3)) &&
        !personEvidence(run)
      ) {
        kind = "organisation";
      } else if (kind === "unknown" && title !== undefined) kind = "person";
    }
    // "told the Guangming Daily", "Monday's Guangming Daily": a name ending in "Daily" after "the" or a possessive is
    // a paper's, whatever its first word (not one opening with a given name: "the Sam Daily case").
    if (
      (kind === "person" || kind === "unknown") &&
      run.length >= 2 &&
      /^(?:daily|weekly)$/i.test(last.text) &&
      !isFirstName(first) &&
      /(?:\bthe|['’]s)\s+$/i.test(text.slice(Math.max(blockStart, span.start - 12), span.start))
    )
      kind = "media";
    // "the Czech daily Lidove Noviny", "Sweden's Svenska Dagbladet daily": a paper named by what it is.
    if (
      (kind === "person" || kind === "unknown" || kind === "organisation") &&
      (PAPER_BEFORE.test(text.slice(Math.max(blockStart, span.start - 40), span.start)) ||
        PAPER_AFTER.test(text.slice(span.end, span.end + 20)))
    ) {
      kind = "media";
      title = undefined;
    }
    // "of Ashton, Md., who watched": a state's short form after a town and its comma is the place, no one's name.
    if (
      run.length === 1 &&
      isShortState(first.text) &&
      /\p{L},\s*$/u.test(text.slice(Math.max(blockStart, span.start - 3), span.start))
    )
      continue;
    // "(R-Utah)", ", R-S.C.,": the party and state after a lawmaker's name, no one's name.
    if (isPartyAndState(text.slice(span.start, span.end)) && /[(,]\s*$/.test(text.slice(span.start - 2, span.start)))
      continue;
    // "Major Spanish daily": a title and a word for a people, no one's name.
    if (kind === "person" && run.length === 2 && isDemonymWord(last) && TITLE_WORDS.has(lower(first))) continue;
    // "Creutzfeldt-Jakob disease", "the Jim Crow laws", "the Jim Crow era": a name a thing is called after, no one.
    if (
      (kind === "person" || kind === "unknown") &&
      title === undefined &&
      NAMED_AFTER.test(text.slice(span.end, span.end + 24))
    )
      continue;
    // "Rep. Jason Chaffetz (R-Utah)", "Sen. Ana Ruiz (D-N.Y.)": a lawmaker's party and state in brackets make a
    // person, never a body's short name.
    // (a state alone, as The Washington Post writes a senator's: "Mitch McConnell (Ky.)", "(N.C.)")
    const bracketed = /^\s*\(([^()]{2,16})\)/.exec(text.slice(span.end, span.end + 24))?.[1] ?? "";
    const partyTag = isPartyAndState(bracketed) || (run.length >= 2 && isShortState(bracketed));
    if (partyTag && run.length >= 2 && (kind === "unknown" || kind === "organisation")) kind = "person";
    // "Sindicato Unificado de Estibadores (SUE)", "Islamic Resistance Movement (Hamas)": an organisation and its short name.
    const short = partyTag ? null : /^\s*\((\p{Lu}[\p{L}.-]{1,20})\)/u.exec(text.slice(span.end, span.end + 30));
    if (short && run.length >= 2 && kind !== "state" && kind !== "place") {
      kind = kind === "media" ? "media" : "organisation";
      title = undefined;
    }
    mentions.push({
      ...span,
      text: text.slice(span.start, span.end),
      kind,
      title,
      token: offset,
      initial: first.initial,
      // "VALMAR, Spain (Wire) —": a bracket after a country or a single word is a dateline's agency.
      short: run.length >= 2 && kind !== "state" && kind !== "place" ? short?.[1] : undefined,
      gender: kind === "person" || kind === "unknown" ? genderOf(run) : undefined,
    });
  }
  // "Sinn Fein leader Gerry Adams": the words before the role in a person's title name a body, and the same
  // words elsewhere ("Sinn Fein was expelled") are that body, not a person, unless they open with a given name
  // ("Barack Obama adviser ...") or carry a title of their own.
  const bodies = new Set(mentions.flatMap((m) => (m.kind === "person" && m.title ? bodyInTitle(m.title) : [])));
  mentions.forEach((m, i) => {
    if ((m.kind === "person" || m.kind === "unknown") && m.title === undefined && bodies.has(m.text))
      mentions[i] = { ...m, kind: "organisation", gender: undefined };
  });
  mentions.push(...demonymStates(text, tokens, mentions));
  return joinedBeforeInitials(text, mentions);
};

/**
 * The body a title names before a role held in a body: "Sinn Fein" in "Sinn Fein leader", none in "British Prime
 * Minister" (a demonym and title words), "Obama adviser" (a person's adviser) or "Gerry Adams ally".
 */
const bodyInTitle = (title: string): string[] => {
  const words = title.split(/\s+/);
  const role = words.findLastIndex((w) => BODY_ROLES.has(w.toLowerCase()));
  if (role <= 0) return [];
  const before = words.slice(0, role);
  if (
    !before.every((w) => /^\p{Lu}[\p{L}-]+$/u.test(w) && !TITLE_WORDS.has(w.toLowerCase())) ||
    before.some((w) => DEMONYMS.has(w.toLowerCase()) || isCountryWord(w)) ||
    isFirstNameWord(before[0] as string)
  )
    return [];
  return [before.join(" ")];
};

/**
 * A royal title and the one given name after it, in a run of capitalised words: "King Hussein", "Jordanian King
 * Hussein", "Crown Prince Hassan", "King Hussein of Jordan" (the realm after "of" ends the run). `from` is where
 * the name as written starts (at its royal title), `royal` the royal word, `nameEnd` the end of the given name
 * (with a regnal number: "King Abdullah II").
 */
const royalAt = (run: readonly Token[]): { from: number; royal: number; nameEnd: number } | undefined => {
  const at = run.findIndex((t) => ROYAL_TITLES.has(lower(t)));
  if (at < 0) return undefined;
  const name = run[at + 1];
  if (name === undefined || !name.capital || TITLE_WORDS.has(lower(name)) || isCountry(name)) return undefined;
  // "King Abdullah II": the regnal number is part of the name.
  const nameEnd = /^[IVX]{1,4}$/.test(run[at + 2]?.text ?? "") ? at + 3 : at + 2;
  const realm = run.slice(nameEnd);
  if (realm.length > 0 && !(lower(realm[0]) === "of" && realm.length >= 2 && realm.slice(1).every((t) => t.capital)))
    return undefined;
  return { from: at > 0 && lower(run[at - 1]) === "crown" ? at - 1 : at, royal: at, nameEnd };
};

/** A country's name on its own: "Iraq", "Philippines". */
const isCountryWord = (word: string): boolean =>
  lexicalTags(word).has("Country") || MORE_COUNTRIES.has(word.toLowerCase()) || OTHER_COUNTRIES.has(word.toLowerCase());

/** The two names in "Iran-Iraq" or "AMC-UAW", each a mention of its own; undefined for any other word. */
const hyphenPair = (token: Token): { start: number; end: number; text: string; kind: MentionKind }[] | undefined => {
  const parts = /^(\p{Lu}[\p{L}.]+)-(\p{Lu}[\p{L}.]+)$/u.exec(token.text);
  if (parts === null) return undefined;
  const [, a, b] = parts as unknown as [string, string, string];
  const acronym = (word: string) => /^\p{Lu}{2,6}$/u.test(word) && !COUNTRY_ACRONYMS.has(word);
  const kind: MentionKind | undefined =
    isCountryWord(a) && isCountryWord(b) ? "state" : acronym(a) && acronym(b) ? "organisation" : undefined;
  if (kind === undefined) return undefined;
  const second = token.start + a.length + 1;
  return [
    { start: token.start, end: token.start + a.length, text: a, kind },
    { start: second, end: second + b.length, text: b, kind },
  ];
};

/**
 * "Belgian authorities", "Dutch sports minister", "Iranian Prime Minister": a demonym before a
 * state's body or an official (with up to two words between) stands for the state. A demonym
 * before anything else ("Palestinian prisoners", "Norwegian salmon") says nothing of one.
 */
const demonymStates = (text: string, tokens: readonly Token[], found: readonly Mention[]): Mention[] => {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.capital || token.possessive || !DEMONYMS.has(token.text.toLowerCase())) continue;
    // (inside another name, no state; but "the Dutch embassy", a body the demonym heads, stands for the state too)
    const inside = found.some(
      (m) =>
        m.start <= token.start &&
        token.end <= m.end &&
        m.kind !== "person" &&
        !(m.kind === "organisation" && m.start === token.start && BODY_AFTER_NAME.test(text.slice(token.end, m.end))),
    );
    if (inside) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const next = tokens[k] as Token;
      if (!adjacent(text, tokens[k - 1] as Token, next)) break;
      const word = next.text.toLowerCase();
      if (STATE_BODY_NOUNS.has(word) || isRoleNoun(word)) {
        out.push({
          start: token.start,
          end: token.end,
          text: token.text,
          kind: "state",
          title: undefined,
          token: i,
          initial: token.initial,
        });
        break;
      }
      if (next.capital ? !TITLE_WORDS.has(word) : !hasAny(next, ["Noun", "Adjective"])) break;
    }
  }
  return out;
};
