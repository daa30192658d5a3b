/**
 * Figures: numbers that count or measure something ("more than 7,000
 * people", "nearly €40 million", "a 12-day strike", "eight cranes", "2.7m
 * viewers", "one sixtieth of the budget"), with the qualifier, unit, what
 * they count and who gives them. Calendar dates, years, ordinals, times and
 * numbers inside names ("Terminal 4") are not figures.
 *
 * What a figure counts is read from the noun phrase after it ("300 lorries
 * of grain a week": lorries of grain per week), else from the phrase it is
 * said of ("the death toll rose to 68": death toll), else from the figure
 * before it with the same unit ("14 per cent ... has offered 6 per cent").
 * Two values of one quantity ("rose from 66 to 68") are one figure, the
 * later value, with the earlier one noted; a possessive list ("the GMB's
 * 40,000 and Unite's 15,000 members") is one figure per owner.
 */

import type { Qualifier } from "../factbase/schema.js";
import { detectQualifier, QUALIFIER_WORDS } from "../text/detect-qualifier.js";
import {
  denominatorOf,
  TENS,
  TIMES_WORDS,
  UNITS,
  WHOLE_AND_FRACTION,
  wholeAndFractionValue,
  YEARS_IN,
} from "../text/find-number.js";
import { countAfterMonth, MONTH_NAME } from "../text/month-names.js";
import { isCommonWord } from "./common-words.js";
import type { Drafted } from "./drafted.js";
import { joinBrokenSentences } from "./join-sentences.js";
import type { Span } from "./segment.js";

export interface FigureCandidate extends Span {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The article's words for the number, with its qualifier, verbatim. */
  readonly wording: string;
  readonly unit: string;
  readonly counts: string;
  /** The clause the number stands in, verbatim; never cut inside a number. */
  readonly excerpt: Span;
  /** Who the article says the number comes from ("according to the UN", "the ministry said"). */
  readonly according?: string | undefined;
  /** The value this one replaced, when the article gives both ("rose from 66 to 68"). */
  readonly earlier?: { readonly value: number; readonly wording: string } | undefined;
  /** This is the earlier value of a quantity the article gives a later value of ("from 66" in "rose from 66 to 68"). */
  readonly later?: { readonly value: number; readonly wording: string } | undefined;
}

const SMALL: Record<string, number> = { ...UNITS, ...TENS, hundred: 100 };
delete SMALL.zero;
const SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  k: 1e3,
};
const CURRENCY: Record<string, string> = {
  "€": "euros",
  $: "dollars",
  "£": "pounds",
  "¥": "yen",
  rs: "rupees",
  dollars: "dollars",
  pounds: "pounds",
  euros: "euros",
};
/** A currency named after a number: "800 mln rupees", "265 mln U.S. Dlrs", "five million lira" (not "pounds of grain"). */
const CURRENCY_AFTER =
  /^\s+((?:U\.?S\.?\s+|Hong\s+Kong\s+|Australian\s+|Canadian\s+|Swiss\s+|Turkish\s+|Indian\s+|Sri\s+Lankan\s+|Swedish\s+|Norwegian\s+|Danish\s+|Icelandic\s+|Czech\s+|New\s+Zealand\s+|Singapore\s+|Taiwan\s+|Mexican\s+|Brazilian\s+|South\s+African\s+|Chinese\s+|Japanese\s+|Russian\s+|Egyptian\s+|Saudi\s+|Iranian\s+|Iraqi\s+|Israeli\s+|Pakistani\s+|Philippine\s+|Thai\s+|Malaysian\s+|Indonesian\s+|Nigerian\s+|Kenyan\s+)?(?:dollars?|dlrs?|euros?|pounds?(?:\s+sterling)?(?!\s+of\b)|sterling|yen|yuan|renminbi|rupees?|lira|liras|lire|francs?|marks|deutschmarks|roubles?|rubles?|dinars?|riyals?|rials?|pesos?|rand|shekels?|kronor|kroner|krona|krone|baht|ringgit|naira|rupiah|crowns?|shillings?|schillings?|dirhams?|zlotys?|forints?|cruzados?|cruzeiros?|reais|australe?s|intis?|sucres?|escudos?|pesetas?|drachmas?|drachmae|guilders?|florins?|kwacha|cedis?|bolivars?|bolivares|quetzal(?:es|s)?|lempiras?|cordobas?|colones|guaranis?|leones|lei|leva|levs?|kunas?|hryvnias?|kina|toea|tala|vatu|pa['’]anga|lek|lari|kwanza|meticais|metical|ariary|tenge|manats?|somoni|taka|kyats?|kips?|rufiyaa|ouguiyas?|birr|nakfa|dalasis?|pulas?|emalangeni|maloti|lilangeni|ngultrum|dong|riels?|patacas?|zaires?))\b/i;
/** The plural name of a currency as a unit: "Dlrs" and "U.S. dollars" are dollars. */
const currencyName = (word: string): string => {
  const last = (word.split(/\s+/).at(-1) ?? word).toLowerCase();
  if (last === "dlrs" || last === "dlr" || last === "dollar") return "dollars";
  if (last === "sterling") return "pounds";
  return /s$|^(yen|yuan|renminbi|lira|lire|rand|baht|ringgit|naira|rupiah|kronor|kroner|krona|krone|lei|leva|kwacha|tenge|somoni|taka|rufiyaa|birr|nakfa|emalangeni|maloti|lilangeni|ngultrum|dong|drachmae|kina|toea|tala|vatu|pa['’]anga|lek|lari|kwanza|meticais|ariary)$/.test(
    last,
  )
    ? last
    : `${last}s`;
};
/** A month name just before or just after a number: a calendar date ("October 7", "7 March"). */
const MONTH_BEFORE = new RegExp(`(?<![\\p{L}])${MONTH_NAME}\\s*$`, "iu");
const MONTH_AFTER = new RegExp(`^\\s*${MONTH_NAME}(?![\\p{L}])`, "iu");
const WORD_NUMBER = `(?:${Object.keys(SMALL).join("|")})(?:[- ](?:${Object.keys(SMALL).join("|")}))?`;
/**
 * A number: an optional currency ("$", "US$", "€", "Rs"), digits or number words, an optional
 * scale ("million", "bn", "m", "mln") and an optional "per cent".
 */
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}.,])((?:US|A|C|HK|NZ|S)?\\$|[€£¥]|Rs\\.?(?=\\s?\\d)|(?:dollars|pounds|euros)(?=\\s\\d))?\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER})(?:(?:[\\s-]|(?<=\\$\\s?[\\d.,]+))(thousand|million|billion|trillion)\\b|(bn|tn|mn|m|k)\\b|\\s?(mln|bln)\\b)?(?:\\s?(per ?cent|percent|pct|%))?(?!(?!(?:km|kph|kmh|km/h|mph|kg|cm|mm|ft)(?![\\p{L}\\p{N}]))[\\p{L}\\p{N}]|,\\d|\\.\\d)`,
  "giu",
);
/**
 * "over" after a verb it makes a phrase with ("turned over 70 mln pesos", "handed over 12 rifles"): no qualifier
 * ("carried over 300 passengers", "signed over 800 bills", "took over 2,000 firefighters" are more than).
 */
const OVER_AFTER_VERB = "(?<!\\b(?:turn|turns|turned|turning|hand|hands|handed|handing)\\s+)over";
/** "up to" is no bound after a verb it completes: "deficits would add up to $1.5 trillion". */
const UP_TO_AFTER_VERB =
  "(?<!\\b(?:add|adds|added|adding|sum|sums|summed|summing|shot|shoots|shooting|went|goes|going|moved|moves|jumped|jumps|climbed|climbs|crept|creeps|edged|edges|ramped|ramps|stepped|steps|ticked|ticks|rose|rises|surged|surges|soared|soars)\\s+)up\\s+to";
const QUALIFIERS = QUALIFIER_WORDS.map((w) =>
  w === "over" ? OVER_AFTER_VERB : w === "up to" ? UP_TO_AFTER_VERB : w.replace(/ /g, "\\s+"),
).join("|");
const QUALIFIER_BEFORE = new RegExp(`(?:^|(?<=[\\s(]))(?:${QUALIFIERS})\\s+$`, "i");
/** A qualifier written after the number: "300 or more", "20 or so". */
const QUALIFIER_AFTER = /^\s+or\s+(?:more|so)\b/i;
/** What "5m" is when it is not millions: a length ("5m deep", "the 100m final", "a 5m wall"). */
const MEASURE_AFTER =
  /^\s*(?:long|high|deep|wide|tall|thick|away|apart|across|above|below|underground|up|down|in\s+(?:length|height|depth|diameter)|of\s+water|square|sq|metres?|meters?|race|final|sprint|hurdles|freestyle|butterfly|backstroke|breaststroke|relay|dash|[-–]\s*(?:long|high|deep|wide|tall))\b/i;

/** A share's value: two decimals from a tenth up (0.67), else two significant digits (0.017). */
const roundShare = (value: number): number =>
  value >= 0.1 ? Math.round(value * 100) / 100 : Number(value.toPrecision(2));

const wordValue = (word: string): number | undefined => {
  const parts = word.toLowerCase().split(/[- ]/);
  let total = 0;
  for (const part of parts) {
    const value = SMALL[part];
    if (value === undefined) return undefined;
    // "two dozen" is 24, "two hundred" 200.
    total = part === "hundred" || part === "dozen" ? Math.max(total, 1) * value : total + value;
  }
  return total;
};

/** A comma or full stop between two digits is part of a number ("40,000", "2.7"), not a clause's end. */
const insideNumber = (text: string, at: number): boolean =>
  /\d/.test(text[at - 1] ?? "") && /\d/.test(text[at + 1] ?? "");

/** The clause around a span: from the last comma, semicolon or sentence start to the next one. */
const clauseAround = (text: string, span: Span, bounds: Span): Span => {
  let start = span.start;
  while (
    start > bounds.start &&
    !(/[,;:!?]/.test(text[start - 1] as string) && !insideNumber(text, start - 1)) &&
    !/[.]\s$/.test(text.slice(start - 2, start))
  ) {
    start--;
  }
  let end = span.end;
  while (
    end < bounds.end &&
    !(/[,;!?]/.test(text[end] as string) && !insideNumber(text, end)) &&
    !/^\.(\s|$)/.test(text.slice(end, end + 2))
  )
    end++;
  // Keep the clause short enough to read and long enough to say what is counted.
  if (end - start > 200) {
    start = Math.max(start, span.start - 80);
    end = Math.min(end, span.end + 100);
    while (start > bounds.start && /\S/.test(text[start - 1] as string)) start++;
    while (end < bounds.end && /\S/.test(text[end] as string)) end--;
  }
  while (/\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
};

/** Words that end a noun phrase after a number. */
const STOP =
  /^(of|in|on|at|to|for|from|by|with|within|into|among|inside|under|near|since|through|throughout|until|till|upon|and|or|but|nor|as|who|whom|which|that|than|after|before|during|across|amid|while|are|is|were|was|be|been|being|have|has|had|will|would|could|should|can|may|might|must|shall|do|does|did|the|a|an|this|these|those|their|its|his|her|our|your|my|it|they|them|he|she|we|you|per|each|every|unveiled|announced|says|said|say|according|more|less|fewer|over|about|around|up|down|out|off|last|next|so|too|also|only|just|now|then|there|here|when|where|if|unless|whether|because|although|though|yet|still|already|again|ago|earlier|later|rather|instead|alone|apiece|together|altogether|overall|without|despite|including|excluding|except|via|towards?|against|beyond|unlike|plus|outside|abroad|overseas|nearby|overnight|online|outdoors|indoors|ashore|aboard|a\s+year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|afterwards?|thereafter|faster|slower|higher|lower|seriously|critically|badly|slightly|severely|totalling|totaling|numbering|comprising)$/i;
/** Words a noun phrase may open with, passed over: "4 of the hostages", "two more ships". */
const LEADING = /^(of|the|its|their|his|her|our|these|those|more|other|additional|extra|further|new|such)$/i;
/** Common verbs that end a noun phrase though they end neither in -ed nor in -ing. */
const VERBS =
  /^(continue|continues|continued|remain|remains|face|faces|live|lives|died|die|dies|fled|flee|flees|left|went|go|goes|came|come|comes|took|take|takes|made|make|makes|got|get|gets|lost|lose|won|win|wins|fell|rose|stood|stand|stands|ran|run|runs|saw|see|sees|became|become|began|begin|kept|keep|keeps|held|hold|holds|told|tell|tells|wait|waits|work|works|need|needs|want|wants|refuse|refuses|remain|walk|walks|lie|lies|lay|sit|sits|sat|stay|stays|say|says|think|thinks|struck|strike|strikes|marched|march|gathered|show|shows|suggest|suggests|indicate|indicates|mean|means|believe|believes|expect|expects|estimate|estimates)$/i;
/** Verbs that, straight after a number, say nothing is counted after it ("the authority offered 6 per cent and refuses"). */
const FIRST_VERBS =
  /^(remain|remains|died|die|fled|flee|went|came|took|got|fell|rose|stood|ran|saw|became|began|told|refuse|refuses|refused|say|says|said|think|thinks|want|wants|agreed|voted)$/i;
/** Past participles not in -ed: "US$2.7m spent", "people held captive". */
const IRREGULAR_PARTICIPLE =
  /^(held|taken|left|hurt|made|born|kept|built|seen|known|given|found|lost|spent|paid|sold|sent|brought|caught|shot|struck|won|done|gone|written|stolen|beaten|hidden|chosen|frozen|shown|drawn|grown|thrown|flown|fled|bought|owed|raised)$/i;
/** "a three-man commission", "a 40-strong team": its members. */
const MEMBERS = /^(man|men|woman|women|person|member|strong|judge)$/i;
/** Members that are bodies themselves, after a number and a hyphen: "the 11-nation group", "a 15-party coalition". */
const MEMBER_BODIES = /^(nation|state|party|country)$/i;
/** Bodies that have members: "the 11-nation group" (not "a 12-nation tour"). */
const BODY_NOUNS =
  /^(?:group|grouping|bloc|alliance|coalition|organi[sz]ation|union|council|committee|commission|body|club|community|league|federation|cartel|assembly|panel|consortium|forum|government|contact)$/i;
/** Nouns that say too little alone: "1,000 people" is a count of people who did or suffered something. */
const GENERIC =
  /^(people|persons|individuals|others|men|women|children|adults|times|cases|units|items|percent|cent|points)$/i;
const TIME_UNIT = /^(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries)$/i;
/** Participles that may follow a generic noun: "people held captive", "1,000 people killed". */
const PARTICIPLE =
  /^(\p{L}+ed|\p{L}+ing|held|taken|left|hurt|made|born|kept|built|seen|known|given|found|lost|missing|dead|still|thought|believed|feared|stranded|trapped|affected|fled|sent|caught|shot|struck|driven|forced)$/iu;

interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** The raw word ended a phrase: a comma, a full stop, a bracket or quotation mark after it. */
  readonly closes: boolean;
  /** Punctuation or a dash standing alone. */
  readonly mark: boolean;
  /** Opens a bracket or a quotation: "(American". */
  readonly opens: boolean;
}

const wordsFrom = (text: string, from: number, to: number, max = 18): Word[] => {
  const out: Word[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, to);
  for (let m = re.exec(slice); m !== null && out.length < max; m = re.exec(slice)) {
    const raw = m[0];
    const lead = /^[("“‘']*/u.exec(raw)?.[0].length ?? 0;
    // "U.S.", "U.N.": an abbreviation's full stop ends no phrase.
    const abbreviation = /^(?:\p{Lu}\.){2,}$/u.test(raw.slice(lead));
    // "member states' combined incomes": a plural's possessive mark is no closing quotation mark.
    const possessive = lead === 0 && /\p{Ll}s['’]$/u.test(raw);
    const word = abbreviation || possessive ? raw.slice(lead) : raw.slice(lead).replace(/[,.;:!?”"’')\]]+$/u, "");
    const start = from + m.index + lead;
    out.push({
      word,
      start,
      end: start + word.length,
      closes: word.length + lead !== raw.length,
      mark: !/[\p{L}\p{N}]/u.test(word),
      opens: lead > 0,
    });
  }
  return out;
};

const isVerbish = (word: string): boolean =>
  /^\p{Ll}/u.test(word) && (/\p{Ll}(ed|ing)$/u.test(word) || VERBS.test(word) || PAST_AFTER_NOUN.test(word));
/** Past tenses not in -ed that end a noun phrase after its noun: "the three-man commission met". */
const PAST_AFTER_NOUN =
  /^(met|said|told|made|took|gave|went|came|saw|began|became|brought|bought|thought|found|sent|spent|wrote|spoke|broke|chose|drove|fled|led|grew|knew|sat|paid|sold|won|lost|fell|rose)$/i;

/**
 * Whether a word of a counted phrase is a verb in the present that ends it: one the sentence's reading takes for such
 * a verb (`verbs`), in its plain form, after a plural ("72 percent of Republicans support Trump", "incidents occur
 * in") or, opening the phrase, before its object ("31 percent call them", "80 percent involve the spread"). Not
 * "a 35% hike in", "a 50% stake", "the campaign", which the reading may take for verbs too.
 */
const presentVerbAt = (
  verbs: ReadonlySet<number>,
  w: Word,
  previous: string | undefined,
  next: Word | undefined,
): boolean =>
  verbs.has(w.start) &&
  /^\p{Ll}+$/u.test(w.word) &&
  // ("the drugs trade": a plural that describes a noun; "the police budget goes": a noun before the verb)
  !PLURAL_MODIFIERS.test(previous ?? "") &&
  !(next !== undefined && verbs.has(next.start)) &&
  !w.word.endsWith("s") &&
  // ("ballots cast", "troops hurt": participles in their plain form)
  !/^(?:cast|put|set|cut|hit|hurt|let|shut|spread|bid|cost|quit|read|broadcast|forecast|split|struck|run)$/.test(
    w.word,
  ) &&
  (previous === undefined
    ? next !== undefined &&
      (/^(?:the|a|an|this|that|these|those|its|their|his|her|our|them|him|us|me|it)$/i.test(next.word) ||
        /^\p{Lu}\p{Ll}/u.test(next.word))
    : /^(?:people|men|women|children|police)$/i.test(previous) || /\p{L}{2}(?<!ss|us|is)s$/u.test(previous));

/** Plurals that describe the noun after them: "the arms trade", "the armed forces budget", "a savings rate". */
const PLURAL_MODIFIERS =
  /^(?:arms|drugs|forces|savings|sales|goods|sports|news|services|securities|jobs|rights|affairs|weapons|earnings|customs|operations|communications|futures|narcotics|explosives|parts|systems|works|electronics|chemicals|materials|resources|assets|emissions|lands|waters|overseas)$/i;

/** Nouns in -ly: "family", "rally", "supply", "assembly". */
const LY_NOUNS =
  /^(?:family|rally|ally|supply|assembly|monopoly|anomaly|bully|belly|jelly|lily|tally|folly|holly|italy|melee|gully|doily|reply|fly|butterfly|dragonfly|firefly|homily|panoply|oligopoly|jolly)$/i;

/** Adjectives in -ly that describe or stand for what is counted: "a 29-day early voting period", "30 elderly". */
const LY_ADJECTIVES =
  /^(?:early|elderly|deadly|costly|friendly|lonely|lovely|orderly|holy|ugly|silly|timely|likely|unlikely|wily|burly|curly|chilly|lowly|stately|comely|homely|sickly|kindly|manly|womanly|worldly|scholarly)$/i;

/** No word read as a verb: for a caller with no reading of the sentences. */
const NO_VERBS: ReadonlySet<number> = new Set();

interface Phrase {
  readonly text: string;
  /** Where the phrase ends in the text (its last word's end), or where it would have started. */
  readonly end: number;
  /** The words, for the checks the callers make (a bare generic noun, a time unit). */
  readonly words: readonly string[];
}

/**
 * What the number counts: the noun phrase after it ("Palestinian prisoners",
 * "automated gantry cranes"), with an "of" phrase ("lorries of grain"), a
 * rate ("a week": per week) and, after a noun that says too little alone, the
 * participle phrase that says what happened to them ("people held captive by
 * Hamas"). A verb form after the first noun ends it ("dockworkers walked out"), and so does a word the sentence's
 * reading takes for a verb in the present (`verbs`, their starts: "72 percent of Republicans support Trump", "31
 * percent call them").
 */
const countedAfter = (text: string, from: number, to: number, verbs: ReadonlySet<number> = NO_VERBS): Phrase => {
  const words = wordsFrom(text, from, to);
  const phrase: string[] = [];
  let worthOf = false;
  let end = from;
  /** The word that closes a unit's conversion in brackets, read past. */
  let conversionEnd = -1;
  let i = 0;
  for (; i < words.length; i++) {
    const w = words[i] as Word;
    // "dollars 10bn (pounds 5.38bn) a year": the amount again in brackets is no noun of it.
    if (phrase.length === 0 && /^\(/.test(text.slice(w.start - 1, w.start))) {
      while (i < words.length && !/\)/.test(text.slice((words[i] as Word).end, (words[i] as Word).end + 1))) i++;
      end = (words[i] as Word | undefined)?.end ?? end;
      // ("losses of about 200 billion yen (1.6 billion dollars), the company ...": a comma after it ends the phrase)
      if (/^\)\s*[,;:.]/.test(text.slice(end, end + 3))) break;
      continue;
    }
    // "3.33 kilograms (7.3 pounds) of heroin": a unit's conversion in brackets, read past.
    if (
      w.opens &&
      phrase.length === 1 &&
      MEASURE_UNIT.test(phrase[0] as string) &&
      /^\(/.test(text.slice(w.start - 1, w.start))
    ) {
      while (i < words.length && !/\)/.test(text.slice((words[i] as Word).end, (words[i] as Word).end + 2))) i++;
      const close = words[i] as Word | undefined;
      if (close !== undefined) end = text.indexOf(")", close.end) + 1;
      conversionEnd = i;
      continue;
    }
    if (w.mark || (w.opens && phrase.length > 0)) break;
    // "$5bn worth of investment", "$2m worth of cocaine": the value of what "of" names.
    if (phrase.length === 0 && /^worth$/i.test(w.word) && !w.closes && /^of$/i.test(words[i + 1]?.word ?? "")) {
      worthOf = true;
      i++;
      continue;
    }
    if (phrase.length === 0 && LEADING.test(w.word)) {
      if (w.closes) break;
      continue;
    }
    const next = words[i + 1];
    if (presentVerbAt(verbs, w, phrase.at(-1), next)) break;
    // "rose 5 percent annually since", "3 percent and 4 percent respectively": an adverb after the number, before no
    // noun, counts nothing ("30 daily newspapers" does).
    if (
      phrase.length === 0 &&
      /\p{Ll}{2}ly$/u.test(w.word) &&
      !LY_NOUNS.test(w.word) &&
      !LY_ADJECTIVES.test(w.word) &&
      (w.closes || next === undefined || STOP.test(next.word)) &&
      // ("80 daily and weekly newspapers": two adjectives in -ly joined)
      !(/^(?:and|or)$/i.test(next?.word ?? "") && /\p{Ll}{2}ly$/u.test(words[i + 2]?.word ?? ""))
    )
      break;
    // "two American and Israeli delegations": one phrase.
    if (
      /^(and|or)$/i.test(w.word) &&
      /^\p{Lu}/u.test(phrase.at(-1) ?? "") &&
      !(words[i - 1] as Word).closes &&
      next &&
      /^\p{Lu}/u.test(next.word) &&
      !/['’]s$/u.test(next.word)
    ) {
      phrase.push(w.word);
      continue;
    }
    // "50 women and children", "300 doctors and nurses": two nouns counted together.
    const after = words[i + 2];
    if (
      /^(and|or)$/i.test(w.word) &&
      phrase.length > 0 &&
      !(words[i - 1] as Word).closes &&
      next &&
      /^\p{Ll}/u.test(next.word) &&
      (/^(men|women|children|people|police|staff|civilians)$/i.test(next.word) || /\p{Ll}{2}s$/u.test(next.word)) &&
      (/^(men|women|children|people|police|staff|civilians)$/i.test(phrase.at(-1) ?? "") ||
        /\p{Ll}{2}s$/u.test(phrase.at(-1) ?? "")) &&
      !isVerbish(next.word) &&
      !STOP.test(next.word) &&
      (next.closes || after === undefined || STOP.test(after.word) || isVerbish(after.word))
    ) {
      phrase.push(w.word);
      continue;
    }
    // "two Boeing 747s", "Lockheed Tristar L1011-500s", "115 Boeing 787 Dreamliners": a model number inside a name;
    // "an additional 50 787's", "ten 747s": a model's number in the plural is what is counted.
    const modelInName =
      /^\d/.test(w.word) &&
      /^\p{Lu}/u.test(phrase.at(-1) ?? "") &&
      (/\p{L}/u.test(w.word) ||
        (/^\d{2,4}$/.test(w.word) && !w.closes && /^\p{Lu}\p{Ll}+s$/u.test(next?.word ?? ""))) &&
      !w.mark;
    const modelPlural = phrase.length === 0 && /^\d{3}['’]?s$/u.test(w.word) && !/0['’]?s$/u.test(w.word);
    if (modelInName || modelPlural) {
      phrase.push(w.word);
      end = w.end;
      if (w.closes) {
        i++;
        break;
      }
      continue;
    }
    // "people aged between 18 and 24", "men aged 16-21": the ages belong to the phrase.
    const aged = phrase.at(-1) === "aged" || (phrase.at(-1) === "between" && phrase.at(-2) === "aged");
    if (aged && /^\d{1,3}(?:[-–]\d{1,3})?$/.test(w.word)) {
      const joint = words[i + 1];
      const upper = words[i + 2];
      if (w.word.includes("-") || w.word.includes("–")) {
        phrase.push(w.word);
        end = w.end;
        continue;
      }
      if (joint && upper && /^(and|to)$/i.test(joint.word) && /^\d{1,3}$/.test(upper.word)) {
        phrase.push(w.word, joint.word, upper.word);
        end = upper.end;
        i += 2;
        if (upper.closes) {
          i++;
          break;
        }
        continue;
      }
    }
    // "nine overseas embassies", "three nearby villages": a word of place before a noun describes it.
    if (
      phrase.length === 0 &&
      /^(?:overseas|nearby|online)$/i.test(w.word) &&
      !w.closes &&
      next &&
      /^\p{Ll}+$/u.test(next.word) &&
      !STOP.test(next.word) &&
      !isVerbish(next.word)
    ) {
      phrase.push(w.word);
      end = w.end;
      continue;
    }
    // "14 migrants reportedly drowned": an adverb ends the phrase (not "family", "rally", "supply").
    if (phrase.length > 0 && /^\p{Ll}{3,}ly$/u.test(w.word) && !LY_NOUNS.test(w.word)) break;
    // ("children between three and six years old"; but "people aged between 18 and 24")
    // ("the trip between Brisbane and Rockhampton" goes on)
    if (
      STOP.test(w.word) ||
      /^\d/.test(w.word) ||
      (/^between$/i.test(w.word) && phrase.at(-1) !== "aged" && !/^\p{Lu}/u.test(next?.word ?? ""))
    )
      break;
    // A participle before a noun modifies it ("negotiating delegations"); after one it ends the phrase.
    if (
      phrase.length > 0 &&
      isVerbish(w.word) &&
      !(
        /\p{Ll}(ed|ing)$/u.test(w.word) &&
        !w.closes &&
        next &&
        /^\p{Ll}/u.test(next.word) &&
        !STOP.test(next.word) &&
        !isVerbish(next.word) &&
        !/ly$/.test(next.word)
      )
    )
      break;
    // "6 per cent refuses", "224 fled": a verb, nothing counted; "eight automated cranes": an adjective.
    if (phrase.length === 0 && FIRST_VERBS.test(w.word)) break;
    if (
      phrase.length === 0 &&
      /^\p{Ll}/u.test(w.word) &&
      (/\p{Ll}ed$/u.test(w.word) || IRREGULAR_PARTICIPLE.test(w.word))
    ) {
      const next = words[i + 1];
      if (w.closes || !next || !/^\p{Ll}/u.test(next.word) || STOP.test(next.word)) break;
    }
    phrase.push(w.word);
    end = w.end;
    // "65 of the twin-engine, wide-body aircraft": a comma between two compound adjectives is inside the phrase.
    if (
      w.closes &&
      text[w.end] === "," &&
      /^\p{Ll}+-\p{Ll}+$/u.test(w.word) &&
      next !== undefined &&
      /^\p{Ll}+-\p{Ll}+$/u.test(next.word) &&
      !next.closes &&
      words[i + 2] !== undefined &&
      /^\p{Ll}+$/u.test((words[i + 2] as Word).word) &&
      !STOP.test((words[i + 2] as Word).word)
    ) {
      phrase[phrase.length - 1] = `${w.word},`;
      continue;
    }
    // Four words, a name counting as one ("3 Royal Air Force Sea King helicopters", "three U.S. Navy
    // guided missile destroyers"), seven at most.
    // A possessive opens a phrase of its own: "member states' combined national incomes".
    const owned = phrase.findLastIndex((p) => /['’]s?$/u.test(p));
    const content = phrase.slice(owned + 1).filter((p) => !/^(and|or)$/i.test(p));
    const units = content.filter((p, k) => !(/^\p{Lu}/u.test(p) && /^\p{Lu}/u.test(content[k - 1] ?? ""))).length;
    if (w.closes || units >= 4 || content.length >= 7) {
      i++;
      break;
    }
  }
  if (phrase.length === 0) return { text: "", end: from, words: [] };
  const closed = i - 1 !== conversionEnd && ((words[i - 1] as Word | undefined)?.closes ?? false);
  const parts = [...phrase];
  // "lorries of grain", "members of the union".
  if (!closed && /^of$/i.test(words[i]?.word ?? "")) {
    const of: string[] = [];
    let j = i + 1;
    for (; j < words.length && of.length < 4; j++) {
      const w = words[j] as Word;
      if (w.mark || w.opens || /^\d/.test(w.word)) break;
      if (of.length === 0 && /^(the|a|an|its|their|his|her|our)$/i.test(w.word)) {
        of.push(w.word);
        if (w.closes) break;
        continue;
      }
      if (STOP.test(w.word) || isVerbish(w.word) || presentVerbAt(verbs, w, of.at(-1), words[j + 1])) break;
      of.push(w.word);
      end = w.end;
      if (w.closes) {
        j++;
        break;
      }
    }
    if (of.some((w) => !/^(the|a|an|its|their|his|her|our)$/i.test(w))) {
      while (/^(the|a|an|its|their|his|her|our)$/i.test(of.at(-1) ?? "")) of.pop();
      parts.push("of", ...of);
      i = j;
    }
  }
  // "300 lorries a week": per week.
  const rate = /^\s*(?:a|an|per|each|every)\s+(second|minute|hour|day|night|week|month|year|season|quarter)\b/i.exec(
    text.slice(end, to),
  );
  if (rate && !(words[i - 1] as Word | undefined)?.closes) {
    parts.push("per", (rate[1] as string).toLowerCase());
    end += rate[0].length;
  } else if (phrase.length === 1 && GENERIC.test(phrase[0] as string) && parts.length === 1) {
    // "people held captive by Hamas", "people have been displaced": what happened to them.
    let k = i;
    while (
      /^(have|has|had|were|was|are|is|been|being|now|still|already|reportedly)$/i.test(words[k]?.word ?? "") &&
      k < i + 3
    )
      k++;
    // "two others were seriously injured": an adverb before the participle goes with it.
    let participleAt = k;
    while (/^\p{Ll}{3,}ly$/u.test(words[participleAt]?.word ?? "") && participleAt < k + 2) participleAt++;
    const next = words[participleAt];
    if (
      next &&
      !(words[i - 1] as Word).closes &&
      PARTICIPLE.test(next.word) &&
      (participleAt === k || /\p{Ll}ed$/u.test(next.word) || IRREGULAR_PARTICIPLE.test(next.word)) &&
      // "units totalling 2,500 men": how many, not what happened to them.
      !/^(still|totall?ing|numbering|comprising)$/i.test(next.word)
    ) {
      const ends: number[] = [];
      const extensionStart = end;
      for (let j = k; j < words.length && parts.length < 7; j++) {
        const w = words[j] as Word;
        if (
          w.mark ||
          w.opens ||
          /^(and|or|but|who|which|that|while|as|after|before|since|when|said|says)$/i.test(w.word)
        )
          break;
        if (parts.length > 1 && (VERBS.test(w.word) || FIRST_VERBS.test(w.word))) break;
        if (/^\d/.test(w.word)) break;
        parts.push(w.word);
        end = w.end;
        ends.push(w.end);
        if (w.closes) break;
      }
      // "people taken hostage on 7 October": not "on".
      while (
        ends.length > 0 &&
        /^(on|in|at|by|for|from|to|of|with|since|during|after|before|the|a|an)$/i.test(parts.at(-1) as string)
      ) {
        parts.pop();
        ends.pop();
        end = ends.at(-1) ?? extensionStart;
      }
      // "others seriously injured": others harmed are people harmed.
      if (/^others$/i.test(parts[0] as string) && HURT.test(next.word)) parts[0] = "people";
    }
  }
  return { text: `${worthOf ? "value of " : ""}${parts.join(" ")}`, end, words: phrase };
};

/** Verbs a quantity is said of: "the death toll rose to 68", "unemployment stood at 4.2%", "the strike has lasted 12 days". */
const PREDICATE_VERBS =
  "rose|risen|rises|rise|increase|fall|drop|climb|grow|decline|climbed|climbs|jumped|soared|surged|increased|increases|grew|grown|grows|fell|fallen|falls|dropped|declined|decreased|reached|reaches|hit|hits|stood|stands|totalled|totaled|totals|topped|tops|passed|exceeded|surpassed|neared|amounted|amounts|swelled|numbered|numbers|lasted|lasts|run|ran|is|was|are|were|be|been|remained|remains|reach|approached|edged|crossed|worth|cost|costs|costing|valued|priced|came|comes|totalling|totaling|surpass|surpasses|exceed|exceeds|top|add\\s+up|adds\\s+up|added\\s+up|equal|equivalent|accounts|accounted|represents|represented|measures|measured|covers|covered|spans|spanned|shot\\s+up|shoots\\s+up|went\\s+up|went\\s+down|goes\\s+up|goes\\s+down|gone\\s+up|gone\\s+down|dipped|dips|slipped|slips|plunged|plunges|plummeted|tumbled|slumped|slid|slowed|accelerated|cooled|quickened|steadied";

/** The last noun phrase of `before` (words back to a clause boundary or a determiner). */
const phraseEnding = (before: string): string | undefined => {
  const words = before.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 6; i--) {
    const raw = words[i] as string;
    if (/[,;:.!?)”"]$/u.test(raw) && out.length > 0) break;
    // A closing quotation mark goes, but not the mark of a plural's possessive inside the phrase ("drivers' pay").
    const word = raw.replace(out.length === 0 ? /^[("“‘']+|[,;:.!?)”"’']+$/gu : /^[("“‘']+|[,;:.!?)”"]+$/gu, "");
    if (word === "" || /^\d/.test(word)) break;
    // "some 33 percent among women aged": another figure's share ends the phrase that goes on after it.
    if (/^(?:percent|pct|cent)$/i.test(word) && /^(?:among|of|in|for|at|with)$/i.test(out[0] ?? "")) break;
    if (/^(the|a|an|its|their|his|her|our|this|that|these|those)$/i.test(word)) {
      if (out.length === 0) return undefined;
      // "unemployment in the region", "losses from the storm", "support for a ceasefire": a determiner after a
      // preposition is inside the phrase; not "a" or "an" after a length of time, a name or "in exchange for", which
      // opens the phrase ("over 17 years at an interest rate of", "snubbing Airbus for a deal", "in exchange for a
      // sentence of").
      const preposition = words[i - 1] ?? "";
      const beforePreposition = (words[i - 2] ?? "").replace(/[^\p{L}]/gu, "");
      const opens =
        /^an?$/i.test(word) &&
        !/^of$/i.test(preposition) &&
        (TIME_UNIT.test(beforePreposition) ||
          (i - 2 > 0 && /^\p{Lu}\p{Ll}/u.test(beforePreposition)) ||
          /^(?:exchange|return)$/i.test(beforePreposition));
      if (
        /^(of|in|at|for|on|between|with|from|into|over|against|among)$/i.test(preposition) &&
        out.length < 4 &&
        !opens
      ) {
        out.unshift(word);
        continue;
      }
      break;
    }
    // "Norwegian imports from South Africa", "exports to Japan", "unemployment among young adults".
    if (/^(of|in|at|for|on|from|to|between|with|among)$/i.test(word) && out.length > 0) {
      out.unshift(word);
      continue;
    }
    if (STOP.test(word) || (isVerbish(word) && out.length > 0 && !/ing$/.test(word))) break;
    // "would bring revenues of": a word after a modal is its verb (after "to" a noun may be: "aid to flood victims").
    if (
      out.length > 0 &&
      /^\p{Ll}+$/u.test(word) &&
      (/^(?:would|will|could|can|may|might|should|must)$/i.test(words[i - 1] ?? "") ||
        (/^to$/i.test(words[i - 1] ?? "") && INTENT_BEFORE_TO.test(words[i - 2] ?? "")))
    )
      break;
    out.unshift(word);
  }
  while (out.length > 0 && /^(of|in|at|for|on|from|to|between|with|among|the|a|an)$/i.test(out[0] as string))
    out.shift();
  return out.length === 0 ? undefined : out.join(" ");
};

/** A label's opening determiner or pronoun in lower case, as inside a sentence: "The index" the index. */
const lowerOpening = (phrase: string): string =>
  phrase.replace(/^(The|A|An|This|These|Those|Its|Their|His|Her|It|They|We|He|She)(?=\s)/, (word) =>
    word.toLowerCase(),
  );

/** What was done with an amount of money, straight after it: "given by the government", "raised from donors". */
const MONEY_DONE_AFTER =
  /^\s*(?:\([^)]{1,30}\)\s*)?(?:more\s+)?(?:(?:was|were|is|are|will\s+be|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?)?(?:already\s+|so\s+far\s+)?(given|spent|raised|paid|pledged|promised|allocated|earmarked|approved|disbursed|donated|invested|lent|loaned|borrowed|owed|stolen|frozen|seized|collected|received|sent|transferred|committed|set\s+aside|went(?=\s+to\s+(?!court\b|trial\b|war\b|jail\b|prison\b|waste\b|about\b|around\b|nearly\b|\$|\d)))\b/i;

/** The words that open a stretch of time before its number: "in the past 96 hours", "over the next two years". */
const PERIOD_OPENING = /\b(?:past|last|next|coming|previous|following|first|final|recent)\s+$/i;

/** Words that name an amount of money themselves: "earnings", "cost", "subsidy". */
const MONEY_NOUN =
  /\b(?:earnings|profits?|loss(?:es)?|dividends?|revenues?|subsid(?:y|ies)|costs?|fees?|tax(?:es)?|tariffs?|dut(?:y|ies)|levy|wages?|pay|rents?|bonus(?:es)?|charges?|premiums?|prices?|value|worth|income|payments?|compensation|royalt(?:y|ies))\b/i;

/** A word for money before a dash or colon that amounts after it spell out: "pay restitution for the search -- $27,445". */
const MONEY_NAMED_BEFORE =
  /\b(restitution|compensation|damages|bail|ransom|fines?|salary|salaries|bonus(?:es)?|fees?|aid|rewards?|donations?|grants?|loans?|payments?|refunds?)\b[^.;:—–]{0,60}?(?:\s--\s*|\s*[—–:]\s*)(?:(?:some|about|nearly|almost|roughly|around|more\s+than|over)\s+)?$/i;

/** A unit of a good an amount of money is paid for: "dollars per barrel", "an ounce", "a share". */
const PER_GOOD =
  /^\s*(?:\([^)]*\)\s*)?(?:per|a|an)\s+((?:[\d,]+\s+(?:cubic\s+|square\s+)?)?(?:barrel|share|tonne|ton|ounce|litre|liter|gallon|kilo|kilogram|bushel|carat|head|(?<=\d[\d,]*\s+(?:cubic\s+|square\s+)?)(?:metres|meters|tonnes|tons|litres|liters|barrels|kilowatt-hours|units|feet)|(?:cubic|square)\s+(?:metre|meter|foot|yard)|kilowatt-hour|megawatt-hour|therm)\b)/i;

/** A round number a count passes: "the 2,000 mark". */
const MILESTONE = /^(?:mark|milestone|threshold|barrier)$/i;
/** The verb of passing one, before "the": "just broke the", "has passed the". */
const MILESTONE_VERB =
  /\s+(?:(?:has|have|had|will|would|could|may|might)\s+)?(?:just\s+|now\s+|already\s+)?(?:broke|broken|breaks|passed|passes|crossed|crosses|reached|reaches|topped|tops|hit|hits|surpassed|surpasses|exceeded|exceeds|neared|nears|approached|approaches)\s+the\s+$/i;

/** A verb of going on, ending the words before a length of time: "the talks went on (for 90 minutes)". */
const DURATIVE =
  /\s+(?:(?:has|have|had|will|would|could|may|might)\s+)?(?:been\s+)?(?:lasted|lasts|last|went\s+on|gone\s+on|goes\s+on|go\s+on|ran|continued|continues|dragged\s+on|drags\s+on|stretched|raged|rages)$/i;

/** Words that start a clause of its own: what comes before them is not the clause a length of time belongs to. */
const CLAUSE_START =
  /(?:[,;:(]\s+|[-–—]\s+|\b(?:said|says|added|adds|told(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|that|when|while|because|after|before|since|until|although|though|if|but|and(?=\s+(?:the\s+)?\p{Ll}+\s+(?:has|have|had|is|are|was|were|will|would|must|can|could)\b))\s+)/gu;
/** An auxiliary or a verb in the clause: without one it is a phrase, not a clause ("the talks" is no clause). */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|must|can|could|should|may|might|shall|do|does|did|\p{Ll}{2,}ed|met|held|made|took|gave|went|came|saw|began|kept|spent|sat|stood|spoke|fought|lay|left|ran|stayed|lived|rose|fell|grew|won|lost|paid|sold|told|said|got|led|sent|struck|brought|bought|built|found|thought|wrote|broke|chose|drove|flew|froze|hid|shot|stole|threw|tore|became|knew|meant|withdrew|understood)\b/u;

/** The words between a preposition and the number of a length of time: "for about", "over the next". */
const LENGTH_LEAD = String.raw`(?:(?:about|around|nearly|almost|roughly|some|over|more\s+than|less\s+than|at\s+least|another|an\s+extra|a\s+further|the\s+(?:past|last|next|coming|first|following))\s+)*(?:[\p{L}\d-]+\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:to|or)\s+)?$`;
/** "for 20 hours", "over two decades", "during three weeks": a length of time and its preposition. */
const LENGTH_PREPOSITION = new RegExp(String.raw`\s(for|over|during)\s+${LENGTH_LEAD}`, "iu");
/** "in the last two months", "within the next year": a stretch named by "past" or "next", not a time until. */
const STRETCH_PREPOSITION = new RegExp(
  String.raw`\s(in|within)\s+(?=the\s+(?:past|last|next|coming|first|following)\s)${LENGTH_LEAD}`,
  "iu",
);

/**
 * What a length of time after "for", "over", "during" or "in the past" is the length of, from its own clause: "the
 * bilateral talks, which went on for 20 hours" the length of the talks; "tariffs have eluded Andean nations for
 * 35 years" the time for which they have; "to provide the money over a decade" the period over which. Undefined
 * when the words before are no clause (a subject and a verb, twelve words at most).
 */
const durationClause = (text: string, sentenceStart: number, at: number, units: string): string | undefined => {
  const lead = text.slice(sentenceStart, at);
  // "in the last two months", "within the next year": a stretch; "in ten days" a time until, left alone.
  const prep = STRETCH_PREPOSITION.exec(lead) ?? LENGTH_PREPOSITION.exec(lead);
  if (!prep) {
    // "talks will last 12 days", "10 or 12 days": the length of what goes on, with no preposition.
    const bare = lead
      .replace(/\s+[\p{L}\d-]+\s+(?:or|to)\s*$/iu, "")
      .replace(/\s+(?:about|around|nearly|almost|roughly|some|at\s+least|another)\s*$|\s+$/i, "");
    const durative = DURATIVE.exec(bare);
    const found = durative ? phraseEnding(bare.slice(0, durative.index)) : undefined;
    if (found === undefined) return undefined;
    const subject = bare.startsWith(found) ? commonOpeningLowered(found, text) : found;
    return `length of ${/^\p{Lu}/u.test(subject) ? "" : "the "}${lowerOpening(subject).replace(/^the\s+/i, "")} (${units})`;
  }
  const before = lead.slice(0, prep.index).replace(/\s+$/, "");
  // "the bilateral talks, which went on for 20 hours": the length of what "which" stands for.
  const relative =
    /,\s*(?:which|that)\s+(?:has\s+|had\s+|have\s+)?(?:lasted|went\s+on|gone\s+on|ran|run|continued|dragged\s+on|stretched)$/i.exec(
      before,
    );
  if (relative) {
    const antecedent = phraseEnding(before.slice(0, relative.index));
    return antecedent ? lengthOf(antecedent, units) : undefined;
  }
  // "the talks went on for 90 minutes", "the siege lasted for months": the length of the subject.
  const durative = DURATIVE.exec(before);
  if (durative) {
    const subject = phraseEnding(before.slice(0, durative.index));
    if (subject !== undefined) return lengthOf(subject, units);
  }
  // The last word or mark that starts a clause before it.
  const start = [...before.matchAll(CLAUSE_START)].at(-1);
  const clause = (start ? before.slice((start.index ?? 0) + start[0].length) : before)
    .replace(/^(?:\p{Lu}[\p{Lu}\s.,]*\([^)]*\)\s*[-–—]\s*)/u, "")
    .replace(/^(?:But|And|So|Yet|Now|Still)\s+/, "")
    .trim();
  // "negotiations, which have been confined to debtors for 4-1/2 years": the relative pronoun stands for the
  // noun before its comma.
  const pronoun = /^(?:which|that|who)\s+/i.exec(clause);
  if (pronoun && start !== undefined) {
    const antecedent = phraseEnding(before.slice(0, start.index ?? 0).replace(/,\s*$/, ""));
    const rest = clause.slice(pronoun[0].length);
    if (antecedent === undefined || !CLAUSE_VERB.test(rest)) return undefined;
    return durationLabel(prep[1] as string, units, lowerOpening(`${antecedent} ${rest}`));
  }
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 12 || !CLAUSE_VERB.test(words.slice(1).join(" "))) return undefined;
  if (/^(?:of|in|on|at|to|for|from|by|with|into|as|than|about|over)$/i.test(words[0] as string)) return undefined;
  // "something that has eluded Andean nations for 35 years": a relative clause opens with its verb; its
  // subject is the noun before "that" or "which".
  const relativeOpen =
    start !== undefined &&
    /^(?:that|which|who)\s+$|,\s+$/i.test(start[0]) &&
    /^(?:has|have|had|is|are|was|were|will|would|can|could)$/i.test(words[0] as string);
  const antecedent = relativeOpen
    ? phraseEnding(before.slice(0, start.index ?? 0).replace(/,\s*(?:which|who)?\s*$/i, ""))
    : undefined;
  if (relativeOpen && antecedent === undefined) return undefined;
  const subject = antecedent
    ? `${antecedent} ${clause}`
    : lead.startsWith(clause)
      ? commonOpeningLowered(clause, text)
      : clause;
  return durationLabel(prep[1] as string, units, lowerOpening(subject));
};

/**
 * "Talks will last", "Support for Africa rose": a common noun capitalised only because it opens the sentence; not a
 * name the text capitalises inside a sentence too ("Apple revenue totaled ... , Apple said").
 */
const commonOpeningLowered = (phrase: string, text: string): string => {
  const first = phrase.split(" ")[0] as string;
  // (nor a title before a name: "President Jimmy Carter")
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(first) ||
    !isCommonWord(first.toLowerCase()) ||
    COMMON_WORD_PLACES.test(first) ||
    /^\S+\s+\p{Lu}/u.test(phrase)
  )
    return phrase;
  // (a use of the word alone inside a sentence, "..., Apple said"; not inside another name: "the Health Ministry")
  const named = new RegExp(`[\\p{Ll},;][ \\t]+${first}(?![\\p{L}])(?![ \\t]+\\p{Lu})`, "u").test(text);
  // ("Polish imports fell ... from Poland": a people's adjective, whose place the text names inside a sentence)
  const stem = /^(\p{Lu}\p{Ll}{2,}?)(?:ish|ian|ese|an)$/u.exec(first)?.[1];
  const demonym = stem !== undefined && new RegExp(`[\\p{Ll},;][ \\t]+${stem}\\p{Ll}*`, "u").test(text);
  return named || demonym ? phrase : phrase.charAt(0).toLowerCase() + phrase.slice(1);
};
/** Places whose names a dictionary lists as common words: "Turkey's exports", "China", "Jersey". */
const COMMON_WORD_PLACES =
  /^(?:Turkey|China|Chad|Jordan|Georgia|Guinea|Japan|Niger|Cuba|Malta|Wales|Jersey|Nice|Reading|Bath|Mobile|Phoenix|Victoria|Panama)$/;

/** "length of the talks (hours)", "length of Operation Alba (months)": the length of what a phrase names. */
const lengthOf = (subject: string, units: string): string =>
  `length of ${/^\p{Lu}/u.test(subject) ? "" : "the "}${subject.replace(/^the\s+/i, "")} (${units})`;

/** "length of time (years) for which X", "period (years) over which X": the label of a length of time by its clause. */
const durationLabel = (preposition: string, units: string, subject: string): string => {
  const how = preposition.toLowerCase();
  return how === "for" ? `length of time (${units}) for which ${subject}` : `period (${units}) ${how} which ${subject}`;
};

/** The verb that says how far short a sum is, and the words of a range before it: "remains about", "is $9 million to". */
const SHORT_VERBS_BEFORE =
  /\s+(?:(?:still|now|also)\s+)?(?:remains?|remained|is|are|was|were|fell|falls|fall|came\s+(?:up|in)|comes?\s+(?:up|in)|ended\s+up|ends?\s+up|runs?|ran)(?:\s+(?:still|now|about|around|nearly|almost|some|roughly|just|more\s+than|at\s+least|[$€£]?[\d.,]+(?:\s*(?:million|billion|bn|m|mln))?\s+to))*\s*$/i;

/** A dash: a long one, spaced or not, or a hyphen with a space on each side ("Remittances - a lifeline - slumped"). */
const DASH = String.raw`(?:\s*(?:--|—|–)\s*|\s+-\s+)`;
/** An aside between two dashes that ends the words before a number. */
const DASH_ASIDE = new RegExp(String.raw`${DASH}((?:(?!${DASH}).){1,100}?)${DASH}$`, "u");
/** People a share may be of: "Women as a proportion of MPs". */
const PEOPLE_WORD =
  /^(?:women|men|people|children|girls|boys|adults|voters|workers|immigrants|migrants|minorities|members|blacks|whites|muslims|christians|jews|youths?)$/i;
/**
 * Whether an aside between dashes names what the sentence is about rather than describing it: "the consumer price
 * index", "inflation" (not "a standard indicator of investment", "the deadliest in a decade", "which hit a record",
 * "police figures", "historically low": a bare aside names the subject in one word).
 */
const namesTheSubject = (aside: string): boolean => {
  const words = aside.trim().split(/\s+/);
  const rest = /^the$/i.test(words[0] ?? "") ? words.slice(1) : words;
  return (
    rest.length >= 1 &&
    rest.length <= (words.length > rest.length ? 6 : 1) &&
    rest.every((word) => /^[\p{L}'’-]+$/u.test(word) && !STOP.test(word) && !isVerbish(word) && !/est$/i.test(word))
  );
};

/**
 * The words before a verb without what stands between its subject and it: "The last election, held four years
 * ago," the last election; "the budget for next year," the budget.
 */
const withoutAsides = (before: string): string =>
  before
    // "The average weekly benefit, it says, would be", "The cost of the project, Hale said,", ", according to the
    // report,": a speaker's aside.
    .replace(
      /,\s+(?:it|he|she|they|officials|experts|analysts|the\s+\p{Ll}+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:says?|said|added|notes?|noted|estimates?|estimated|believes?|believed)\s*,\s*$/u,
      "",
    )
    .replace(/,\s+according\s+to\s+[^,]{1,60},\s*$/u, "")
    // "Enrollment rates -- a standard indicator -- shot up to": an aside set off by dashes describes the subject and
    // goes; "The main gauge -- the consumer price index -- rose to", "one of the indicators -- inflation -- rose
    // to": one that names it is the subject.
    .replace(DASH_ASIDE, (_, aside: string) => (namesTheSubject(aside) ? `, ${aside}` : ""))
    // "Enrollment rates as a share of the age group", "debt as a percentage of GDP": what the measure is taken
    // against, not what it measures ("Women as a proportion of MPs": then it is a share of them, the women).
    .replace(
      /(\S+)\s+as\s+an?\s+(?:share|percentage|proportion|fraction|ratio|per\s*cent|percent)\s+of\s+[^,;:]{1,60}?\s*$/iu,
      (_, subject: string) => (PEOPLE_WORD.test(subject) ? `share of ${subject.toLowerCase()}` : subject),
    )
    .replace(
      /,\s+(?:\p{Ll}+ed|held|made|built|set|won|lost|taken|given|who|which|now|once|then|already|still)\b[^,]{0,60},?\s*$/u,
      "",
    )
    .replace(
      /\s+(?:for|in|of)\s+(?:next|last|this|the\s+coming|the\s+next|the\s+past)\s+(?:year|month|week|season|quarter)\s*,?\s*$/i,
      "",
    )
    // "disbursements to Vietnam at the end of 1986 totalled", "exports in 1986 rose": a time, not the subject.
    .replace(
      /\s+(?:(?:at|by|towards?)\s+the\s+(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+)?\S+|in\s+(?:\d{4}|the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half))|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:last|this|next)\s+(?:year|month|week|quarter))\s*,?\s*$/i,
      "",
    );

/**
 * A change named by a noun and what changed, after "in": "a rise in the minimum wage", "a fall in literacy rates" (not
 * "growth in Germany": growth is itself what is measured, "the forecast for growth in Germany").
 */
const CHANGE_IN = String.raw`\b(?:rise|rises|increase|increases|hike|hikes|cut|cuts|reduction|reductions|fall|drop|decline|jump|surge)\s+in\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)`;
/**
 * Whether what a noun of change is "in" names what changed: not where ("a jump in the polls"), nor a clause whose verb
 * ends it ("wage growth in the private sector slowed to").
 */
const changedIn = (phrase: string): boolean => {
  const last = phrase.split(/\s+/).at(-1) ?? "";
  return (
    !/^(?:the\s+)?(?:opinion\s+)?polls?$/i.test(phrase) && !/^\p{Ll}+ed$/u.test(last) && !PAST_AFTER_NOUN.test(last)
  );
};
/** The change's noun and "to" before the level it came to: "a rise in the minimum wage to 15 euros". */
const CHANGE_IN_TO = new RegExp(String.raw`${CHANGE_IN}\s+to\s+(?:about\s+|around\s+)?$`, "iu");
/** The change's noun ending the words before "from": "a rise in literacy rates from 50 percent in 1997 to 65". */
const CHANGE_IN_BEFORE = new RegExp(String.raw`${CHANGE_IN}\s*$`, "iu");

/**
 * A passive's subject that opens its clause and has a phrase of time or place after it: "the net loss in the 12 months
 * to last March" (the net loss). Up to five words, none a number, none a name's.
 */
const PASSIVE_SUBJECT =
  /^\s*(?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+|[Hh]is\s+|[Hh]er\s+)((?:(?!(?:in|for|over|during|on|at|to|from|since|of)\s)\p{Ll}[\p{L}'’-]*\s+){0,4}?\p{Ll}[\p{L}'’-]*)\s+(?:in|for|over|during|on|at|to|from|since)\s+(?:the\s+)?(?:\d|last|first|past|next|this|(?:year|month|quarter|period|months|weeks|days|years|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\p{Lu}\p{Ll}+-\p{Lu})/u;

/**
 * What a number with nothing counted after it is said of: the subject of a
 * verb just before it ("the death toll rose to 68", "the strike has lasted 12
 * days"), the object of "put ... at" ("UN figures put the toll at 68"), or
 * the noun before "of" ("a death toll of 68").
 */
const countedBefore = (text: string, sentenceStart: number, at: number): string | undefined => {
  const before = text
    .slice(sentenceStart, at)
    // "inflation which, as recently as 2001, was as high as 70%": the relative clause's antecedent.
    .replace(/\s+(?:which|that|who)\s*,[^,]{1,60},((?:\s+\p{Ll}+){1,5}\s+)$/u, "$1");
  // "the airline's losses were assessed at 5.59 billion rupees": the subject of a passive "-ed at".
  const passive =
    /\s(?:is|are|was|were|been|be)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|put|set|held)\s+at\s+(?:from\s+)?$/u.exec(before);
  if (passive) {
    // "the net loss in the 12 months to last March was estimated at": the subject, before its phrases of time.
    const clause =
      before
        .slice(0, passive.index)
        .split(/[,;:]|\b(?:said|says|that)\b/)
        .at(-1) ?? "";
    const subject = PASSIVE_SUBJECT.exec(clause)?.[1];
    const phrase = subject ?? phraseEnding(before.slice(0, passive.index));
    if (phrase) return phrase;
  }
  const putAt =
    /\b(?:put|puts|estimated|estimates|estimate|set|sets|placed|places|pegged|pegs|showed|shows|show|shown|gave|gives|give)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+at\s+(?:about\s+|around\s+|between\s+)?$/iu.exec(
      before,
    );
  if (putAt) return phraseEnding(putAt[1] as string);
  // "with inflation down to 41 pct": what stands, with "with", up or down at the level.
  const withLevel =
    /\bwith\s+((?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:up|down)\s+to\s+$/iu.exec(before);
  if (withLevel) {
    const phrase = phraseEnding(withLevel[1] as string);
    if (phrase) return phrase;
  }
  // "would cut taxes by $1.5 trillion", "reduced federal assistance for the poor by nearly $55 billion": the cut in
  // taxes, the reduction in the assistance.
  const changedBy =
    /\b(cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|lowering|raise|raises|raised|raising|increase|increases|increased|increasing|boost|boosts|boosted|boosting)\s+((?:the|its|their|his|her)\s+)?((?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+)\s+by\s+$/iu.exec(
      before,
    );
  if (changedBy) {
    const object = phraseEnding(changedBy[3] as string);
    const verb = (changedBy[1] as string).toLowerCase();
    const change = /^cut/.test(verb) ? "cut" : /^(reduc|lower)/.test(verb) ? "reduction" : "increase";
    if (object) return `${change} in ${object}`;
  }
  // "a rise in the minimum wage to 15 euros": the level the change comes to.
  const riseIn = CHANGE_IN_TO.exec(before);
  if (riseIn && changedIn(riseIn[1] as string)) {
    const phrase = phraseEnding(riseIn[1] as string);
    if (phrase) return phrase;
  }
  // "would raise the pension age for council workers from 60 to 65": the object of a change.
  const changed =
    /\b(?:raise|raises|raised|raising|cut|cuts|cutting|lower|lowers|lowered|lowering|lift|lifts|lifted|lifting|increase|increases|increased|increasing|reduce|reduces|reduced|reducing|push|pushed|pushing|bring|brought|bringing|take|took|taken|extend|extended|extending|revise|revised|revising)\s+((?:the|its|their|his|her)\s+)?((?:[\p{L}'’-]+\s+){0,5}[\p{L}'’-]+)\s+(?:from\s+)?$/iu.exec(
      before,
    );
  if (changed) {
    const phrase = phraseEnding(`${changed[1] ?? ""}${changed[2] as string}`);
    if (phrase) return phrase;
  }
  // "bringing the number of US fatalities in Iraq since the 2003 invasion to 2,946": what is numbered; "boosting
  // the number of soldiers by between 20,000 and 50,000": a change in it.
  const numberOf =
    /\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|boost|boosts|boosting|boosted|push|pushes|pushing|pushed|increase|increases|increasing|increased|cut|cuts|cutting|reduce|reduces|reducing|reduced|lift|lifts|lifting|lifted)\s+the\s+number\s+of\s+((?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’.-]+)(?:\s+(?:in|since|at|on|from|across)\s+[^,;:]{0,60}?)?\s+(to|by)\s+(?:between\s+|about\s+|some\s+|nearly\s+|almost\s+)?$/iu.exec(
      before,
    );
  if (numberOf) {
    const what = numberOf[1] as string;
    return (numberOf[2] as string).toLowerCase() === "by" ? `change in the number of ${what}` : what;
  }
  // "Estimates of the cost have ranged from 200 billion euros": what ranges between the two values.
  const ranged =
    /\s(?:(?:has|have|had|will|would|could|may|might)\s+)?(?:ranged|ranges|range|ranging|varied|varies|vary)\s+(?:from|between)\s+$/iu.exec(
      before,
    ) ?? /\s(?:(?:has|have|had)\s+)?(?:ranged|ranges|range|varied|varies)\s+$/iu.exec(before);
  if (ranged) {
    const phrase = phraseEnding(withoutAsides(before.slice(0, ranged.index)));
    if (phrase) return phrase;
  }
  const verb = new RegExp(
    `\\s((?:(?:alone|also|itself|combined|together)\\s+)?(?:(?:has|have|had|is|are|was|were|will|would|could|may|might|is\\s+to|are\\s+to|(?:is|are|was|were)\\s+(?:now\\s+|still\\s+)?(?:set|due|expected|projected|forecast|predicted|likely|poised|seen|thought|believed|tipped|bound)\\s+to)\\s+)*(?:been\\s+|now\\s+|already\\s+)?(?:${PREDICATE_VERBS}))(?:\\s+(?:up|down|off))?(?:\\s+(?:to|at|by|for|about|around|some|between|as\\s+high\\s+as|as\\s+low\\s+as))?(?:\\s+the)?\\s+$`,
    "iu",
  ).exec(before);
  // "The last election, held four years ago, cost": the subject before the clause set off by commas.
  // "the budget for next year, worth": the time phrase is not the subject's head.
  if (verb) {
    const phrase = phraseEnding(withoutAsides(before.slice(0, verb.index)));
    // "Tax revenue alone would be", "Deficits would add up to": a common noun capitalised only as the sentence opens.
    return phrase !== undefined && before.trimStart().startsWith(phrase) ? commonOpeningLowered(phrase, text) : phrase;
  }
  const of = /\s(?:of)\s+$/i.exec(before);
  if (of) {
    const phrase = phraseEnding(before.slice(0, of.index));
    // "a toll of 68", "a total of 300": a noun of quantity, not "dozens of", "one of".
    // ("a large slice of 10 million kina allocated for ...", "part of": a part names no more than its whole does)
    if (
      phrase &&
      !/^(dozens|hundreds|thousands|millions|tens|scores|one|some|many|most|all|each|none)$/i.test(phrase) &&
      !/^(?:(?:large|small|big|huge|significant|substantial|good|major|greater|bigger|larger)\s+)?(?:slice|part|portion|chunk|bulk|fraction|proportion|half|most)$/i.test(
        phrase,
      )
    )
      return phrase;
  }
  // "owes an external debt around 3 billion dollars", "a budget deficit some 2 billion euros": a noun of an amount
  // just before it.
  // (a sum of money only: not "repaid the loan 18 months early")
  const amount = amountAt(text.slice(at, at + 80)) ? AMOUNT_NOUN_BEFORE.exec(before) : null;
  if (amount) {
    const phrase = phraseEnding(before.slice(0, amount.index + amount[0].trimEnd().length));
    if (phrase) return phrase;
  }
  return undefined;
};

/** A verb of winning a share, before the number (and the shares listed before it): "obtained 28.3 percent and". */
const VOTE_SHARE_BEFORE =
  /\s(?:won|wins|obtained|obtains|received|receives|garnered|garners|secured|secures|polled|polls|took|takes|got|gets|captured|captures|winning|getting)\s+(?:(?:about|around|nearly|almost|some|just|only|more\s+than|over|under|less\s+than|roughly)\s+)?(?:[\d.,/-]+\s*(?:per\s*cent|percent|pct|%)\s*(?:,|and|,\s*and)\s+)*$/i;
/** Words that make a sentence one about a vote. */
const VOTE_WORDS =
  /\b(?:votes?|voters?|elections?|poll(?:s|ing)?|ballots?|run-?off|round(?!\s+of\s+(?:talks|negotiations|discussions|meetings|consultations))|voting|primary|primaries|referendum|caucus(?:es)?)\b/i;

/** "a day after", "a week later": "a" before a unit of time that is a stretch between two happenings (group 2 the
 * "a"); a year and a decade, and "for a month", are read elsewhere. */
const A_STRETCH =
  /((?:^|[\s,(])(?<!(?:\d|\b(?:twice|once|thrice|times|half|per|dollars?|euros?|pounds?|percent|cent|barrels?|tonnes?|tons?)\b)[^\s]*\s*)(?:just\s+|only\s+|barely\s+)?)(an?)(?=\s+(?:day|week|fortnight|month)\s+(?:after|before|later)\b)/giu;

/** A quantity measured in a unit, named before "of": "a production quota of", "its output of about". */
const MEASURED_NOUN_OF =
  /\b(?:an?|the|its|their|his|her|our)\s+((?:[\p{L}-]+\s+){0,2}(?:quota|output|production|capacity|target|limit|ceiling|exports|imports|consumption|demand|supply|reserves|stockpile|stocks|shipments?|deliveries|harvest|crop|catch))\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|more\s+than|over|at\s+least)\s+)?$/iu;

/** A noun of an amount of money at the end of the words before it (after an article or an owner). */
const AMOUNT_NOUN_BEFORE =
  /\b(?:an?|the|its|their|his|her|our)\s+(?:[\p{Ll}-]+\s+){0,2}(?:debt|debts|deficit|surplus|loan|fine|ransom|bail|bonus|salary|subsidy|payout|bailout|bill|settlement)\s+$/iu;
/** A sum of money or a share at the start of a text: "$3 billion", "4 million Nigerian naira", "2.4 percent". */
const amountAt = (after: string): boolean => {
  const number = AMOUNT_NUMBER.exec(after);
  if (number === null) return false;
  const rest = after.slice(number[0].length);
  return number[1] !== undefined || /^\s*(?:per\s*cent|percent|pct|%)/i.test(rest) || CURRENCY_AFTER.test(rest);
};
/** A number at the start of a text, its qualifier, currency sign (group 1) and scale with it: "around $3 billion". */
const AMOUNT_NUMBER =
  /^(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over)\s+)?([$€£¥])?[\d.,]+(?:\s*(?:million|billion|trillion|mln|bln|bn|m))?/i;

/** A verb of worth or cost just before an amount: "is expected to be worth", ", worth a total of", "now cost". */
const WORTH_BEFORE =
  /(?:^|[\s,])(worth|cost|costs|costing|valued\s+at|priced\s+at)\s+(a\s+total\s+of\s+)?(?:(?:just|only|a\s+mere|another|an\s+additional|a\s+further)\s+|between\s+(?:[\d.,]+\s+and\s+)?)?$/i;
/** Words between a subject and its verb of worth: "the deal alone is expected to be worth". */
const WORTH_AUXILIARIES =
  /(?:\s+(?:is|are|was|were|be|been|being|will|would|could|may|might|should|now|alone|also|each|still|already|(?:expected|likely|said|thought|estimated|set|due)\s+to))+\s*$/i;

/**
 * What an amount is the worth, cost or value of, from the verb before it: "the beef deal alone is
 * expected to be worth $600m" the worth of the beef deal; "31 projects, worth a total of $4.3bn" their
 * total worth; "the cheapest shacks now cost 2,000 cruzados" their cost; "assets valued at" their value.
 */
const worthBefore = (text: string, sentenceStart: number, at: number): string | undefined => {
  const lead = text.slice(sentenceStart, at);
  const frame = WORTH_BEFORE.exec(lead);
  if (!frame) return undefined;
  const leadBefore = lead.slice(0, frame.index);
  // "snubbing rival Airbus for a deal expected to be worth": a participle straight after its noun, no verb before it,
  // says what the noun phrase that opens with its determiner is worth.
  const reduced = /^\s+(?:expected|likely|said|thought|estimated|set|due)\s+to\s+be\s*$/i.test(
    WORTH_AUXILIARIES.exec(leadBefore)?.[0] ?? "",
  );
  const stripped = withoutAsides(leadBefore.replace(WORTH_AUXILIARIES, "")).replace(/\s*,\s*$/, "");
  const phrase = reduced
    ? /(?:^|\s)((?:the|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/iu.exec(stripped)?.[1]
    : undefined;
  const subject = phrase ?? phraseEnding(stripped);
  // ("property in New York and Hawaii worth": not the last name of a list alone)
  if (
    phrase === undefined &&
    subject !== undefined &&
    /\s(?:and|or)\s+\p{Lu}\S*$/u.test(stripped) &&
    !subject.includes(" ")
  )
    return "worth";
  if (subject === undefined) return undefined;
  const verb = (frame[1] as string).toLowerCase();
  const noun =
    verb === "worth" ? "worth" : verb.startsWith("cost") ? "cost" : verb.startsWith("valued") ? "value" : "price";
  const what = lowerOpening(subject).replace(/^(?:the|a|an)\s+/, "");
  return `${frame[2] ? "total " : ""}${noun} of ${/^\p{Lu}/u.test(what) ? "" : "the "}${what}`;
};

/** The noun of a verb that moves money, the article's own word where English has one: "lent" a loan. */
const MONEY_VERB_NOUNS: Readonly<Record<string, string>> = {
  lend: "loan",
  lends: "loan",
  lent: "loan",
  borrow: "borrowing",
  borrows: "borrowing",
  borrowed: "borrowing",
  invest: "investment",
  invests: "investment",
  invested: "investment",
  investing: "investment",
  spend: "spending",
  spends: "spending",
  spent: "spending",
  pay: "payment",
  pays: "payment",
  paying: "payment",
  paid: "payment",
  repay: "repayment",
  repaid: "repayment",
  save: "savings",
  saves: "savings",
  saved: "savings",
  pledge: "pledge",
  pledged: "pledge",
  donate: "donation",
  donated: "donation",
  grant: "grant",
  granted: "grant",
  owe: "debt",
  owes: "debt",
  owed: "debt",
  contribute: "contribution",
  contributes: "contribution",
  contributed: "contribution",
  earn: "earnings",
  earns: "earnings",
  earned: "earnings",
  fine: "fine",
  fined: "fine",
  lose: "losses",
  loses: "losses",
  lost: "losses",
  charge: "charge",
  charges: "charge",
  charged: "charge",
  award: "award",
  awarded: "award",
  offer: "offer",
  offers: "offer",
  offered: "offer",
  "chip in": "contribution",
  "chipped in": "contribution",
};
/** Verbs that move money with no noun of their own: "release 17 mln dlrs" money released. */
const MONEY_VERB_PARTICIPLES: Readonly<Record<string, string>> = {
  release: "released",
  releases: "released",
  released: "released",
  raise: "raised",
  raises: "raised",
  raised: "raised",
  approve: "approved",
  approves: "approved",
  approved: "approved",
  provide: "provided",
  provides: "provided",
  give: "given",
  gives: "given",
  gave: "given",
  allocate: "allocated",
  allocated: "allocated",
  earmark: "earmarked",
  earmarked: "earmarked",
  disburse: "disbursed",
  disbursed: "disbursed",
  seek: "sought",
  seeks: "sought",
  seeking: "sought",
  sought: "sought",
  receive: "received",
  receives: "received",
  received: "received",
  collect: "collected",
  collects: "collected",
  collected: "collected",
  demand: "demanded",
  demands: "demanded",
  demanded: "demanded",
  raising: "raised",
  giving: "given",
  spending: "spent",
  transfer: "transferred",
  transferred: "transferred",
  reallocate: "reallocated",
  reallocated: "reallocated",
  redirected: "redirected",
  diverted: "diverted",
};
/** Every verb that moves money. */
const MONEY_VERBS = [...Object.keys(MONEY_VERB_NOUNS), ...Object.keys(MONEY_VERB_PARTICIPLES)];
/** A verb that moves money just before an amount, past a name it goes to: "lent Kessing 5 bln", "release a total of". */
const MONEY_VERB_BEFORE = new RegExp(
  `(?:^|\\s)(${MONEY_VERBS.join("|")})\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?(?:another\\s+|an?\\s+(?:extra|further|total\\s+of)\\s+|some\\s+)?(?:(?:just|only|a\\s+mere|more\\s+than|less\\s+than|nearly|almost|about|around|roughly|over|at\\s+least)\\s+|between\\s+(?:[\\d.,]+\\s+and\\s+)?)?$`,
  "iu",
);

/**
 * A verb that changes an amount, its object and "to" just before a new level: "quintupled the monthly rent ... to",
 * "brings total US emergency assistance to North Korea to" (the object runs to the last "to"; no clause break in it).
 */
const LEVEL_AFTER_CHANGE =
  /^.*\b(brings?|brought|raise[sd]?|increase[sd]?|lift(?:s|ed)?|boost(?:s|ed)?|cuts?|reduce[sd]?|double[sd]?|triple[sd]?|quadruple[sd]?|quintuple[sd]?|hike[sd]?|lower(?:s|ed)?|slash(?:es|ed)?)\s+((?:the|its|his|her|their|our|total|a|an)\s+(?:[^,;:.!?()"“”]|(?<=\d)\.(?=\d)){2,100}?|\p{Lu}[\p{Lu}\p{L}-]*(?:\s+(?:or|and)\s+[^,;:.!?()"“”]{2,40}?)?\s+by\s+(?:[^,;:.!?()"“”]|(?<=\d)\.(?=\d)){2,60}?)\s+to\s+(?:(?:just|only|about|around|roughly|nearly|almost|some|more\s+than|over)\s+)?$/iu;

/** Nouns of those money is paid, lent or given to, in the singular: "the family", "its bank". */
const RECIPIENT_NOUNS =
  "family|government|company|bank|fund|state|city|council|union|school|club|team|firm|agency|ministry|department|hospital|charity|church|widow|victim|landlord|lender|owner";
/** Words that say a sentence reports a poll or a race. */
const POLL_WORDS =
  /\b(?:polls?|polling|survey|voters|race|matchup|match-up|head-to-head|points?|respondents|ballot|primary|election)\b/i;
/**
 * A candidate ahead of another in a poll, and by how much, just before the two shares: "Clinton leads Trump by 11
 * points, " (group 1 the leader, 2 the rival if named).
 */
const POLL_LEAD =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:leads?|led|is\s+leading|was\s+leading|tops?|topped|edges?|edged|beats?)\s+(?:(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+)?(?:by\s+(?:an?\s+)?(?:\p{Ll}+\s+){0,2}[\d.]+[-\s]points?\s*,?\s*)?$/u;

/** A verb of sale or purchase, what changed hands, and "for" just before its price. */
const SALE_FOR =
  /^.*\b(sold|sells?|selling|bought|buys?|buying|acquired|acquires|acquiring|purchased|purchases?|purchasing)\s+([^,;:.!?()"“”]{3,120}?)\s+for\s+(?:(?:just|only|about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under)\s+)?$/iu;

/** Verbs that move money to someone named between them and the amount: "paid Trump Tower Commercial LLC $35,458". */
const MONEY_TO_WHOM_VERBS =
  "pay|pays|paid|owe|owes|owed|lend|lends|lent|give|gives|gave|giving|offer|offers|offered|award|awarded|grant|granted|charge|charges|charged|fine|fined";
/**
 * One of those verbs, then whom the money goes to (a name of up to five words, or a phrase of up to five words with
 * "the", "his" or the like, one "and" in it: "paid his eponymous golf courses and restaurants"), then the amount's
 * qualifier: "pays Gazprom a highly subsidised", "has paid his golf courses more than".
 */
const MONEY_TO_WHOM_BEFORE = new RegExp(
  `(?:^|\\s)(${MONEY_TO_WHOM_VERBS})\\s+((?:the\\s+(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){1,5}|(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){2,5}|(?:the|his|her|its|their)\\s+(?:(?!(?:and|or|but|then|of)\\s)[\\p{Ll}'’-]+\\s+){0,3}(?:[\\p{Ll}'’-]+[^s\\s]s|${RECIPIENT_NOUNS})\\s+(?:and\\s+(?:[\\p{Ll}'’-]+\\s+)?[\\p{Ll}'’-]+s\\s+)?))(?:an?\\s+(?:highly\\s+|heavily\\s+)?[\\p{Ll}-]+\\s+|(?:just|only|a\\s+mere|more\\s+than|less\\s+than|nearly|almost|about|around|roughly|over|at\\s+least|some)\\s+)?$`,
  "u",
);

/** A name and a verb that moves money after an amount: "$3 million Wasserman Schultz raised", "£5m Smith had lent". */
const MOVED_BY_NAME = new RegExp(
  `^(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+(?:has\\s+|had\\s+|have\\s+)?(${MONEY_VERBS.filter((verb) => /(?:ed|ent|id|ought|ost)$/.test(verb)).join("|")})\\b`,
  "u",
);

/**
 * What an amount after a verb that moves money is, in the verb's own noun: "lent 27.6 mln dlrs" a loan, "would
 * save pounds 6m" savings, "agreed to release a total of 17 mln dlrs" money released. Undefined for another verb.
 */
const moneyVerbBefore = (text: string, sentenceStart: number, at: number): string | undefined => {
  const before = text.slice(Math.max(sentenceStart, at - 80), at);
  const plain = MONEY_VERB_BEFORE.exec(before);
  const toWhom = plain ? null : MONEY_TO_WHOM_BEFORE.exec(before);
  const verb = (plain ?? toWhom)?.[1]?.toLowerCase().replace(/\s+/g, " ");
  if (verb === undefined) return undefined;
  const noun = MONEY_VERB_NOUNS[verb] ?? `money ${MONEY_VERB_PARTICIPLES[verb] as string}`;
  // "paid Trump Tower Commercial LLC $35,458": a payment to it; "fined the company $5 million": a fine on it.
  const whom = toWhom?.[2]?.trim();
  return whom === undefined ? noun : `${noun} ${/^fine/.test(verb) ? "on" : "to"} ${whom}`;
};

/**
 * Who did what to a generic count: "Hamas has held 224 people" (people held
 * by Hamas), "police arrested 300 people" (people arrested by police).
 */
const agentBefore = (
  text: string,
  sentenceStart: number,
  at: number,
): { verb: string; subject: string | undefined } | undefined => {
  const before = text.slice(sentenceStart, at);
  // "shelled the city, killing 7,000 people and injuring 300 others": people killed, others injured.
  // ("killing former Prime Minister Rafik Hariri and 22 others": a person named, and the others with them)
  const ing =
    /(?:^|[\s,])(\p{Ll}+ing)\s+$/u.exec(before) ??
    /(?:^|[\s,])(\p{Ll}+ing)\s+(?:[\p{L}.'’-]+\s+){0,4}\p{Lu}[\p{L}'’-]+\s+and\s+$/u.exec(before);
  const participle = ing ? HARM_ING[(ing[1] as string).toLowerCase()] : undefined;
  if (participle) return { verb: participle, subject: undefined };
  const verb =
    /\s(?:(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?)?(\p{Ll}{3,}ed|held|taken|kept|left|hurt|caught|brought|sent|shot|struck|hit|freed|seized|detained)\s+$/u.exec(
      before,
    );
  if (!verb) return undefined;
  const subject = phraseEnding(before.slice(0, verb.index));
  if (subject !== undefined) return { verb: verb[1] as string, subject };
  // "the attack, which killed more than 1,400 people": people killed.
  return HARM_PARTICIPLE.test(verb[1] as string) ? { verb: verb[1] as string, subject: undefined } : undefined;
};

/** A person harmed, after "one": "one soldier was killed", "one hostage died". */
const ONE_HARMED_AFTER =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:soldier|hostage|person|man|woman|child|civilian|policeman|police\s+officer|officer|prisoner|militant|worker|journalist|passenger|guard)\s+(?:was\s+|had\s+been\s+|has\s+been\s+|is\s+)?(?:killed|wounded|injured|hurt|died|dead|missing|kidnapped|abducted|freed|released|arrested|detained|shot)\b/u;

/** A verb of harm just before a number with no noun after it: "which killed five,", "and wounded 40". */
const HARMED_BEFORE =
  /\b(killed|killing|wounded|wounding|injured|injuring|hurt|hurting|kidnapped|kidnapping|abducted|abducting)\s+$/i;
/** Happenings people are harmed in (rather than by): "killed in the attack". */
const HARM_EVENTS =
  /^(attacks?|blasts?|bombings?|explosions?|raids?|strikes?|shelling|clash(?:es)?|fighting|crash(?:es)?|ambush(?:es)?|assaults?|offensive|fires?|violence|riots?|shootings?|collapse|earthquake|flood(?:s|ing)?|storm|accident)$/i;
/** What may follow a number that counts no noun: a stop, a clause boundary, a preposition of place or time. */
const NOTHING_COUNTED_AFTER =
  /^\s*(?:$|[,.;:)–—-]|(?:and|in|on|at|when|including|as|during|near|after|before|while|among|across|overnight|yesterday|today|according\s+to)\b)/i;

/** What was done to people, as a participle: "killing" killed, "taking" taken. */
const HARM_ING: Record<string, string> = {
  killing: "killed",
  injuring: "injured",
  wounding: "wounded",
  displacing: "displaced",
  detaining: "detained",
  arresting: "arrested",
  evacuating: "evacuated",
  rescuing: "rescued",
  freeing: "freed",
  releasing: "released",
  kidnapping: "kidnapped",
  abducting: "abducted",
  deporting: "deported",
  stranding: "stranded",
  trapping: "trapped",
  taking: "taken",
  holding: "held",
  infecting: "infected",
  hospitalising: "hospitalised",
  hospitalizing: "hospitalized",
  affecting: "affected",
};
const HARM_PARTICIPLE = new RegExp(`^(${Object.values(HARM_ING).join("|")})$`, "i");
/** Harm to the body: "others" so harmed are people ("wounding 40 others"); others freed or rescued stay others. */
const HURT = /^(killed|wounded|injured|hurt|maimed)$/i;

/** Who gives the numbers of a sentence: "according to X", "X figures put", "X said", "said X". */
const accordingTo = (sentence: string): string | undefined => {
  const trim = (who: string | undefined): string | undefined => {
    const clean = who
      ?.replace(/^(the)\s+/i, "")
      // "Spokesperson Majed al-Ansari said": the person, whose role the figure's note need not carry.
      .replace(/^(?:spokesperson|spokesman|spokeswoman)\s+(?=\p{Lu})/iu, "")
      .replace(/[\s,.;:]+$/, "")
      .replace(/\s+(?:figures|data|statistics|estimates|numbers|counts?|tallies|tally)$/i, "")
      .trim();
    return clean && clean.length > 1 && !/^(he|she|they|it|we|i|you|officials?|sources?)$/i.test(clean)
      ? clean
      : undefined;
  };
  const according =
    /\baccording to\s+((?:the\s+)?[^,.;:()“”"]{2,70}?)(?=\s*[,.;:()“”"]|\s+(?:which|who|that|on|in|as|and)\b|$)/iu.exec(
      sentence,
    );
  if (according) return trim(according[1]);
  const figures =
    /((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5}|(?:[Tt]he\s+)?\p{Ll}+\s+(?:ministry|agency|office|authority|department|service|union|council)\s+)(?:figures|data|statistics|estimates|numbers|counts?|tallies|tally)\s+(?:put|puts|show|shows|showed|suggest|suggests|suggested|indicate|indicated|gave|give)\b/u.exec(
      sentence,
    );
  if (figures) return trim(figures[1]);
  const from =
    /\b(?:figures|data|statistics|estimates|numbers)\s+(?:from|by|compiled by|released by|published by)\s+((?:the\s+)?[^,.;:()“”"]{2,60}?)(?=\s*[,.;:()“”"]|\s+(?:which|who|that|on|in|show|showed|put|suggest)\b|$)/iu.exec(
      sentence,
    );
  if (from) return trim(from[1]);
  const said =
    /((?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}.&'’-]*|(?:al|el|ad|as|ash|abu|ibn|bin|de|van|von|le|la)-\p{Lu}[\p{L}'’-]*|bin|al|el|de|da|van|von|der|la|le)\s+){0,5}(?:(?:al|el|ad|as|ash|abu|ibn|bin|de|van|von|le|la)-)?\p{Lu}[\p{L}.&'’-]*|[Tt]he\s+(?:\p{Ll}+\s+){0,2}(?:ministry|agency|office|authority|department|service|union|council|police|army|military|government|company|firm|group|organisation|organization|committee|commission|board|bank|institute|survey|census|report|study))\s+(?:said|says|estimated|estimates|reported|reports|counted|recorded|put|announced|calculated|found)\b/u.exec(
      sentence,
    );
  if (said && !/^(The|A|An|But|And|It|This|That|He|She|They|In|On|At)$/.test((said[1] as string).trim()))
    return trim(said[1]);
  const saidAfter =
    /\b(?:said|says|according to)\s+((?:the\s+)?(?:\p{Lu}[\p{L}.&'’-]*\s+){0,4}\p{Lu}[\p{L}.&'’-]*|the\s+(?:\p{Ll}+\s+){0,2}(?:ministry|agency|office|authority|department|service|union|council|police|army|military|government))\s*[,.;]?\s*$/u.exec(
      sentence,
    );
  return saidAfter ? trim(saidAfter[1]) : undefined;
};

/** A number the sentence writes, before it is read into a figure. */
interface Hit {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly isWord: boolean;
  readonly currency: string | undefined;
  readonly scale: string | undefined;
  readonly percent: boolean;
  /** "2.7m" without a currency sign: read as millions, though it could be metres. */
  readonly unsureScale: boolean;
  /** "200 and 300 mln": where the words of a value that shares the next value's scale end. */
  readonly scaleEnd?: number;
}

const hitsIn = (text: string, sentence: Span, quotes: readonly Span[]): Hit[] => {
  const body = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  /**
   * A whole and a part read at `index` of the sentence, its words `whole`: a hit, with a percent word after it ("a
   * spread of 13/16 pct": a share of a per cent, as the number before a percent word is).
   */
  /** Spans read as fractions: no number inside them is read again. */
  const covered: Span[] = [];
  const pushFraction = (index: number, whole: string, value: number, isWord: boolean, scale?: string): void => {
    const start = sentence.start + index;
    const percentWord = /^\s*(?:pct|per\s*cent|percent|%)(?![\p{L}])/iu.exec(
      text.slice(start + whole.length, sentence.end),
    );
    const end = start + whole.length + (percentWord?.[0].length ?? 0);
    covered.push({ start, end });
    // (in a quotation, a fraction in digits never; in words, what a small plain number is not: "growth of
    // two-and-a-half percent")
    if (
      quotes.some((q) => start >= q.start && end <= q.end) &&
      (!isWord || (percentWord === null && scale === undefined && value < 10))
    )
      return;
    hits.push({
      start,
      end,
      value,
      isWord,
      currency: undefined,
      scale,
      percent: percentWord !== null,
      unsureScale: false,
    });
  };
  // Fractions in digits, as market reports write prices: "fell 3/8 to 3-1/2".
  for (const match of body.matchAll(DIGIT_FRACTION)) {
    const [whole, units, part, of] = match;
    pushFraction(match.index ?? 0, whole, Number(units ?? 0) + Number(part) / Number(of), false);
  }
  // A whole and a fraction in words, with hyphens: "two-and-three-quarter percent", "two-and-a-half hours" (not "two
  // and a half" spaced, which the reading below adds up as it always has).
  for (const match of body.matchAll(WHOLE_AND_FRACTION)) {
    const [whole, units, , , scale] = match;
    if (!whole.includes("-")) continue;
    const value = wholeAndFractionValue(match);
    if (value === undefined) continue;
    pushFraction(match.index ?? 0, whole, value, /^\p{L}/u.test(units as string), scale?.toLowerCase());
  }
  // "a day after he drew criticism", "a week later": one unit of time between two happenings, written "a".
  for (const match of body.matchAll(A_STRETCH)) {
    const start = sentence.start + (match.index ?? 0) + (match[1] as string).length;
    if (quotes.some((q) => start >= q.start && start < q.end)) continue;
    hits.push({
      start,
      end: start + (match[2] as string).length,
      value: 1,
      isWord: true,
      currency: undefined,
      scale: undefined,
      percent: false,
      unsureScale: false,
    });
  }
  const inFraction = (at: number): boolean => covered.some((h) => at >= h.start && at < h.end);
  for (const match of body.matchAll(NUMBER)) {
    const [whole, currencySign, digits, scaleWord, abbreviated, spacedAbbreviation, percent] = match;
    if (digits === undefined) continue;
    let start = sentence.start + (match.index ?? 0) + (whole.length - whole.trimStart().length);
    if (
      inFraction(start) ||
      /^\/\d/.test(body.slice((match.index ?? 0) + whole.length)) ||
      /\d\/$/.test(text.slice(start - 2, start))
    )
      continue;
    let end = sentence.start + (match.index ?? 0) + whole.length;
    const before = text.slice(Math.max(sentence.start, start - 40), start);
    const after = text.slice(end, Math.min(sentence.end, end + 40));
    const currency = currencySign?.replace(/\.$/, "").trim();
    const abbreviation = abbreviated ?? spacedAbbreviation;
    // "5m" may be metres and "10k" a race: a bare "m" is millions unless it measures a length.
    let unsureScale = false;
    if (abbreviation && !currency && /^[mk]$/i.test(abbreviation)) {
      if (/^k$/i.test(abbreviation) || MEASURE_AFTER.test(after) || /\ban?\s+$/i.test(before)) continue;
      // "92m euros": a currency named after it makes the scale sure.
      unsureScale = !CURRENCY_AFTER.test(after);
    }
    const scale = scaleWord ?? abbreviation;
    const isWord = /^\p{L}/u.test(digits);
    const plain = Number(digits.replace(/,/g, ""));
    let value = isWord ? wordValue(digits) : plain;
    if (value === undefined || !Number.isFinite(value)) continue;
    // "a dozen" (12), "a half dozen" and "half a dozen" (6), "a couple dozen" (24): the article's words, whole.
    if (/^dozen$/i.test(digits)) {
      const half = /(?:^|\s)((?:an?\s+)?half(?:\s+a)?[\s-]+|an?\s+couple(?:\s+of)?\s+|an?\s+)$/i.exec(before);
      if (half) {
        if (/half/i.test(half[1] as string)) value = 6;
        if (/couple/i.test(half[1] as string)) value = 24;
        start -= (half[1] as string).length;
      }
    }
    // "one of the", "one side"; but "one billion rupees", "one-million lira", "one or more airlines" count.
    if (
      isWord &&
      /^(one|a)$/i.test(digits) &&
      !scaleWord &&
      !/^\s+or\s+more\b/i.test(after) &&
      !(/\bto\s+$/i.test(before) && VOTE_AFTER.test(after)) &&
      !(/^one$/i.test(digits) && oneInList(text.slice(Math.max(sentence.start, start - 70), start), after)) &&
      // "killed one hostage", "one soldier was killed": a casualty count of one.
      !(/^one$/i.test(digits) && (HARMED_BEFORE.test(before) || ONE_HARMED_AFTER.test(after))) &&
      // "interest of one pct": a share.
      !percent &&
      // "just one cargo", "at least one seat", "only one": a count its qualifier makes plain.
      !(/^one$/i.test(digits) && ONE_COUNTED_BEFORE.test(before) && !/^\s+(?:of|another|other)\b/i.test(after))
    )
      continue;
    // "the Nine-dash line", "the Group of Seven": a number word capitalised inside a sentence is part of a name.
    // (Not after a dateline's dash: "GAZA CITY (Reuters) - Two soldiers".)
    if (isWord && /^\p{Lu}/u.test(digits) && !/(?:^|[“"‘(:—–]|\s-)\s*$/u.test(text.slice(sentence.start, start)))
      continue;
    // "the 17:15 service", "at 10.30", "the 09.45 train": a time of day.
    if (
      /\d[:.]$/.test(text.slice(Math.max(0, start - 2), start)) ||
      (!isWord && !currency && !scaleWord && !abbreviation && !percent && timeOfDay(digits, before, after))
    )
      continue;
    // A number word with no word after it counts nothing, but after a verb of harm ("which killed five,").
    if (isWord && !/^\s*[-\s]?\p{L}/u.test(after) && !HARMED_BEFORE.test(before)) continue;
    // "two thirds", "three-quarters": a share, read by the share pass.
    if (isWord && denominatorOf(/^[\s-](\p{L}+)/u.exec(after)?.[1] ?? "") !== undefined) continue;
    // "several hundred Rwandans", "a few thousand troops": no number the text gives.
    if (isWord && /^(?:hundred|thousand)$/i.test(digits) && /\b(?:several|a\s+few|few|many|some)\s+$/i.test(before))
      continue;
    // "a C-130 transport plane", "F-16 jets", "MiG-29s", "AK-47 rifles": a model's name, not a count.
    if (!isWord && /(?:^|[\s(])\p{Lu}[\p{L}]{0,3}-$/u.test(before)) continue;
    // "four-wheel-drive vehicles", "a two-way street", "a two-state solution": a kind of thing, not a count.
    if (isWord && KIND_AFTER.test(after)) continue;
    // "46.68 dollars per 1,000 cubic metres", "a rate of 5 per 100,000 people": the quantity a rate is per is its unit.
    if (!currency && !percent && /\bper\s+$/i.test(before)) continue;
    // "world number five", "No. 3": a rank, not a count.
    if (/\b(?:number|no\.|nos\.)\s*$/i.test(before)) continue;
    // "platform 4", "gate 12", "page 3": a number that names one of a series, not a count.
    if (NUMBERING_BEFORE.test(before)) continue;
    // "one in five workers": a share, read by the share pass.
    if (/\b(?:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?$/i.test(before))
      continue;
    // "two months ago", "two weeks on": a date, not a count. "four days after the shooting", "seven years later" are
    // both: the time between two happenings is drafted, as a length (its event is dated too).
    if (
      /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(?:ago|from now|on(?=\s*(?:[,.;:]|$|from\b)))\b/i.test(
        after,
      )
    )
      continue;
    // "In four days, the union will start balloting": opening the sentence, a time from now that dates it.
    if (
      /^\s*(?:In|Within)\s+$/.test(text.slice(sentence.start, start)) &&
      /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s*,/i.test(after)
    )
      continue;
    // Calendar dates, years, ordinals, times, names.
    const afterMonth = MONTH_BEFORE.test(before);
    // (Not a number after a month that no day can be, "in October 56 children", nor one after "in" a month and before
    // what it counts, "in May 12 people died": a day is "on" its month.)
    const noDay = afterMonth && !isWord && !currency && countAfterMonth(before, digits, after);
    if ((afterMonth && !noDay) || MONTH_AFTER.test(after)) continue;
    if (!currency && !scale && !percent && /^\d{4}$/.test(digits) && plain >= 1800 && plain <= 2100) continue;
    if (
      /^(st|nd|rd|th)\b/i.test(after) ||
      /^\s*(?:a\.m\.|p\.m\.|a\.m|p\.m|am|pm|GMT|UTC)(?![\p{L}\p{N}])/iu.test(after) ||
      /^:\d/.test(after)
    )
      continue;
    if (
      !noDay &&
      /\p{Lu}[\p{L}.]*\s$/u.test(before) &&
      // "arrived in Orlando four days after": a number in words after a name counts; digits number ("Terminal 4").
      !(isWord && !/^\p{Lu}/u.test(digits)) &&
      !/(?:^|\s)(A|An|The)\s$/.test(before) &&
      // "All 157 passengers", "Since 1997 10 posts": a word of grammar opening the sentence is no name.
      !/^(Over|About|Some|Nearly|More|Around|Almost|At|Up|Only|Between|Roughly|Approximately|Exactly|Just|Fewer|Less|Under|All|Another|Each|Both|Those|These|Its|Their|His|Her|Our|With|For|Of|In|On|By|And|But|Since|After|Before|When|While|Even|Still|Then|Now|Among)\s$/.test(
        before.split(/\s(?=\S+\s$)/).pop() ?? "",
      )
    ) {
      // A share or a scaled amount after a name is no numbering: "gave the Tories 43 pct of the vote".
      if (
        !currency &&
        !percent &&
        !scaleWord &&
        !/\b(than|over|about|some|nearly|around|almost|least|to)\s$/i.test(before)
      )
        continue; // "Terminal 4", "Resolution 2334"
    }
    // "Boeing's 787 long-haul airliner", "Airbus's 380 superjumbo": a number after a name's possessive that names one
    // thing, its model, not a count ("Nigeria's 36 states", "the firm's 500 staff" count).
    // ("50 787's": a model's number in the plural, counted by the number before it)
    if (!isWord && /^['’]s\b/u.test(after)) continue;
    if (
      !isWord &&
      !currency &&
      !percent &&
      !scale &&
      /^\d{3,4}$/.test(digits) &&
      /\p{Lu}[\p{L}.]*['’]s?\s$/u.test(before) &&
      MODEL_NAMED_AFTER.test(after) &&
      !COLLECTIVE_AFTER.test(after)
    )
      continue;
    if (quotes.some((q) => start >= q.start && end <= q.end) && !scale && !percent && !currency && plain < 10) continue;
    if (scale) value *= SCALE[scale.toLowerCase()] ?? 1;
    // "two and a half years", "3 and a half".
    const half = /^\s+and\s+a\s+half\b/i.exec(after);
    if (half && !scale && !percent) {
      value += 0.5;
      end += half[0].length;
    }
    // A fact base holds numbers of at most 15 digits.
    if (!Number.isFinite(value) || Math.abs(value) >= 1e15) continue;
    hits.push({
      start,
      end,
      value: asWritten(value),
      isWord,
      currency,
      scale,
      percent: percent !== undefined,
      unsureScale,
    });
  }
  return hits.sort((a, b) => a.start - b.start);
};

/** After a length of time, the word that makes it the time between two happenings: "days after", "years later". */
const INTERVAL_AFTER =
  /^\s+(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\s+(after|before|later|earlier)\b\s*/i;

/**
 * A number as the article writes it, free of the floating-point noise a scale adds ("$17.1bn" is 17,100,000,000, not
 * 17,100,000,000.000002): six decimals at most, fifteen significant digits at most.
 */
const asWritten = (value: number): number => Number((Math.round(value * 1e6) / 1e6).toPrecision(15));

/** Words joined to a number that make a kind of thing, not a count: "four-wheel drive", "two-way", "one-sided". */
const KIND_AFTER = /^-(?:wheel|way|state|sided|dimensional|party\s+(?:state|system|rule))\b/i;

/** Nouns a number names one of: "platform 4", "gate 12", "page 3", "junction 36". */
const NUMBERING_BEFORE =
  /\b(?:platform|platforms|gate|gates|terminal|route|exit|junction|page|pages|chapter|article|section|paragraph|clause|pier|berth|runway|highway|motorway|interstate|episode|volume|vol\.|p\.|pp\.|art\.|sec\.)\s+$/i;

/** A verb that puts money into something, just before the amount: "has invested 56 million yuan in". */
const INVESTED_BEFORE =
  /(?:^|\s)(?:invest|invests|invested|investing)\s+(?:(?:about|some|nearly|almost|around|roughly|more\s+than|over|another|an\s+additional|a\s+further|a\s+total\s+of)\s+)?$/i;

/**
 * After a count of a name, the rest of a list of counts and the noun they all share: ", 10,000 Royal Air Force and
 * 28,000 civilian personnel" (personnel).
 */
const SHARED_NOUN_AFTER =
  /^(?:,\s+[\d,.]+\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*)*?(?:,\s+|\s+)(?:and\s+)?[\d,.]+\s+(?:\p{L}[\p{L}-]*\s+){0,2}?(personnel|staff|troops|soldiers|members|workers|employees|officers|people|forces|units|vehicles|aircraft|ships)\b/u;

/** A time read where a place or a thing goes: "in March alone", "in the past year". */
const NOT_A_PLACE = new RegExp(
  `^(?:the\\s+(?:past|last|next|first|second|third|fourth)\\b|(?:last|this|next)\\s+\\S|\\d|${MONTH_NAME}(?![\\p{L}]))`,
  "u",
);
/** What money was invested in, the words after "in" from `from`: "in tourism facilities"; none for a time. */
const investedIn = (text: string, from: number, to: number): string | undefined => {
  const place = placeAfter(text, from, to);
  return place === undefined || NOT_A_PLACE.test(place) ? undefined : place;
};

/** Words before "to" and a verb: "plans to raise taxes", "needs to attract investment" (not "aid to flood victims"). */
const INTENT_BEFORE_TO =
  /^(?:plans?|planned|planning|wants?|wanted|needs?|needed|hopes?|hoped|aims?|aimed|seeks?|sought|tries|tried|try|intends?|intended|expects?|expected|agreed|agrees|decided|decides|vowed|vows|promised|promises|pledged|pledges|proposed|proposes|offered|offers|failed|fails|refused|refuses|able|unable|likely|going|due|set|began|begins|started|starts|continues?|continued|moved|moves)$/i;

/** The economy's output, what a deficit or a debt is measured against: "2.5 percent of gross domestic product". */
const ECONOMIC_OUTPUT =
  /^(?:the\s+|its\s+|their\s+)?(?:(?:country|nation|state|region|economy)['’]s\s+|\p{Lu}[\p{L}.]*['’]s?\s+)?(?:(?:total|annual|world|global)\s+)?(?:gross\s+domestic\s+product|GDP|gross\s+national\s+product|GNP|(?:total\s+)?economic\s+output|national\s+income|output|economy)$/iu;

/**
 * After a number, one thing it names: a singular noun (past compound adjectives) or a capitalised name, then a stop
 * ("787 long-haul airliner", "380 superjumbo.", "787 Dreamliner,").
 */
const MODEL_NAMED_AFTER =
  /^\s+(?:\p{Ll}+-\p{Ll}+\s+){0,2}(?:\p{Lu}\p{Ll}+(?<!s)|\p{Ll}{3,}(?<![sy]))(?=[,.;:!?]|$|\s+(?:\p{Lu}|as|for|to|in|on|at|is|was|will|has|had|would|could|and|or|that|which|with|from|by)\b)/u;
/** Nouns that count many without a plural's "s": "500 staff", "20 aircraft", "11 crew". */
const COLLECTIVE_AFTER =
  /^\s+(?:\p{Ll}+-\p{Ll}+\s+){0,2}(?:staff|personnel|police|people|children|men|women|crew|cattle|livestock|aircraft|sheep|fish|deer|clergy|infantry|cavalry|militia|youth|faithful|offspring|head|strong|percent|per|million|billion|thousand|hundred|yen|euro|dollar|pound|year|month|week|day|hour|foot|feet|mile|metre|meter|kilometre|kilometer|tonne|ton|acre|hectare)\b/iu;

/** Numbers before a count that a count of one can follow in a list: "two rescue teams and one police helicopter". */
const LIST_NUMBER =
  /(?:^|[\s(])(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+(?:,\s+(?:and\s+)?|\s+(?:and|or)\s+)$/iu;
/** "one" in a list of counts, before a noun: "two teams and one police helicopter", "3 cars, one van". */
const oneInList = (before: string, after: string): boolean =>
  LIST_NUMBER.test(before) &&
  /^\s+\p{Ll}/u.test(after) &&
  !/^\s+(?:of|another|other|more|side|day|thing|way|time|point|hand|in)\b/i.test(after) &&
  !/^\s+\p{Ll}+(?:ly|est)\b/u.test(after);

/** A qualifier before "one" that makes it a count: "just one cargo", "at least one seat", "only one". */
const ONE_COUNTED_BEFORE = /\b(?:just|only|at\s+least|at\s+most|more\s+than|exactly)\s+$/i;

/** The words before a whole a part of it is counted from: "Of the 11 loans", "among the six", "said of 11 loans". */
const PART_OF_WHOLE = /(?:(?:^|[\s,])(?:of|among)\s+(?:the|these|those)|(?:^|[,;]|\bsaid)\s*(?:of|among))\s+$/i;

/** What was done to a part of a count, straight after its number: "eight had been closed", "four were killed". */
const PART_DONE_AFTER =
  /^\s+(?:(?:who|which|that)\s+)?(?:(?:had|have|has)\s+been|were|was|are|is)\s+(?:also\s+|later\s+|reportedly\s+)?(\p{Ll}{3,}ed|killed|hurt|held|taken|kept|left|shot|struck|hit|freed|sold|lost|won|found|sent|built|paid)\b/u;

/** One harmed before "and" and a verb of harm: "killed an American soldier and wounded (five others)". */
const HARMED_ONE_AND =
  /\b(?:killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\s+(?:an?|one|the)\s+(?:\p{Lu}[\p{L}-]+\s+)?(\p{Ll}{3,})\s+and\s+(?:\p{Ll}+ly\s+)?(?:killed|killing|wounded|wounding|injured|injuring|hurt|hurting)\s+$/u;

/** The plural of a common noun: "soldier" soldiers, "policeman" policemen, "casualty" casualties. */
const plural = (noun: string): string =>
  noun === "child"
    ? "children"
    : noun === "person"
      ? "people"
      : /man$/.test(noun)
        ? `${noun.slice(0, -3)}men`
        : /[^aeiou]y$/.test(noun)
          ? `${noun.slice(0, -1)}ies`
          : /(?:s|x|ch|sh)$/.test(noun)
            ? `${noun}es`
            : `${noun}s`;

/** Predicates a price or a level stands after: "closed at 10.30", "stood at 4.45". */
const LEVEL_AT =
  /\b(?:stood|stands|closed|closes|ended|ends|opened|opens|traded|trades|trading|priced|valued|fixed|set|fell|rose|was|were|is|are|be|remained|finished|peaked|hit|steady|unchanged|down|up|high|low|rate|rates|price|prices|level|levels|dollars|dlrs|pounds|euros)\s+(?:at|by|from)\s+$/i;
/** "10.30" read as a time of day: after "at", "by", "until" (not a price's "closed at"), or before "am", "GMT", "train". */
const timeOfDay = (digits: string, before: string, after: string): boolean => {
  // The military and wire clock: "0700 EDT", "about 1400 Gulf time", "at 2130 hours".
  if (
    /^(?:[01]\d|2[0-3])[0-5]\d$/.test(digits) &&
    /^\s*(?:GMT|BST|CET|UTC|EDT|EST|CDT|CST|PDT|PST|[A-Z]{3,4}\b|hrs|hours|local\s+time|(?:\p{Lu}\p{L}+\s+)?time)\b/u.test(
      after,
    )
  )
    return true;
  if (!/^(?:[01]?\d|2[0-4])\.[0-5]\d$/.test(digits)) return false;
  if (/^\s*(?:a\.m\.|p\.m\.|am|pm|hrs|hours|GMT|BST|CET|UTC|local\s+time)\b/i.test(after)) return true;
  if (
    /^\s+(?:service|train|flight|bus|ferry|sailing|departure|arrival|kick-off|start|deadline|news|bulletin|show|programme)\b/i.test(
      after,
    )
  )
    return /\b(?:the|a|an|his|her|their|its)\s+$/i.test(before);
  return (
    /\b(?:at|by|until|till|since|before|after|from|around|about)\s+$/i.test(before) &&
    !LEVEL_AT.test(before) &&
    /^\s*(?:$|[,.;:)–—-]|(?:on|this|that|in|yesterday|today|tonight|tomorrow|last|next|and|when|as|the|local)\b)/i.test(
      after,
    )
  );
};

/** The head noun of a counted phrase: its last word, or the word before a participle ("trucks carrying aid"). */
const headOf = (words: readonly string[]): string => {
  const k = words.findIndex((w, i) => i > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(w));
  return (k > 0 ? words[k - 1] : words.at(-1)) ?? "";
};

/** Words after a number that say what happened to people: "10,000 missing", "40 injured were flown out". */
const CASUALTY_WORD =
  /^(missing|dead|injured|wounded|killed|hurt|displaced|arrested|detained|evacuated|homeless|stranded|trapped|rescued)$/i;
const CASUALTY_AFTER =
  /^\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:(?:seriously|critically|badly|slightly|severely|fatally|mortally|gravely)\s+)?(missing|dead|injured|wounded|killed|hurt|displaced|arrested|detained|evacuated|homeless|stranded|trapped|rescued|unaccounted\s+for)(?=[\s,.;:)]|$)(?!\s+(?:people|persons|men|women|children|and\s+\p{Ll}+\s+(?:people|men|women|children)))/iu;
/** What money before a noun is of: the cost of a project, the value of a deal or a banknote. */
const COST_NOUNS =
  /^(programmes?|programs?|projects?|schemes?|plans?|packages?|upgrades?|overhauls?|renovations?|refurbishments?|redevelopments?|expansions?|extensions?|construction|bridges?|stadiums?|tunnels?|pipelines?|plants?|factory|factories|facility|facilities|headquarters|terminals?|airports?|hospitals?|renewal|rebuild|makeover|clean-up|cleanup|highways?|roads?|railways?|railroads?|railroad|dams?|ports?|canals?|bypass|motorways?|networks?)$/i;
const VALUE_NOUNS =
  /^(deals?|contracts?|takeovers?|bids?|offers?|mergers?|acquisitions?|buyouts?|notes?|banknotes?|coins?|stakes?|portfolios?|orders?|sales?|settlements?|transfers?)$/i;

/** Units of length and area, as news writes them after a number. */
const LENGTH_UNIT =
  "kilometres?\\s+(?:an|per)\\s+hour|kilometers?\\s+(?:an|per)\\s+hour|miles?\\s+(?:an|per)\\s+hour|kph|km/h|kmh|mph|knots|nautical[-\\s]+miles?|square[-\\s]+(?:miles?|kilometres?|kilometers?|metres?|meters?|feet|foot|yards?)|sq\\.?[-\\s]*(?:km|miles?|ft|m)|miles?|kilometres?|kilometers?|kms|km|metres?|meters?|feet|foot|ft|yards?|inches|inch|centimetres?|centimeters?|cm|millimetres?|millimeters?|mm|acres?|hectares?";
const LENGTH_AFTER = new RegExp(
  `^(?:-|\\s+)?(${LENGTH_UNIT})(?![\\p{L}\\p{N}])(?:[-\\s]+(long|wide|high|deep|tall)(?![\\p{L}-]))?`,
  "iu",
);
/**
 * A unit of length, then the same speed in another unit in brackets, then "per hour": "150 kilometers (93 miles) per
 * hour"; or, for the number in the brackets, the bracket's end: "93 miles) per hour".
 */
const SPEED_ACROSS_BRACKET =
  /^(?:-|\s+)?(kilomet(?:re|er)s?|kms?|miles?)(?:\s*\(\s*(?:about\s+|some\s+|nearly\s+|around\s+)?[\d.,]+\s*(?:kilomet(?:re|er)s?|kms?|miles?|mph|kph|km\/h)\s*\)|\))[\s-]+(?:an|per)[\s-]+hour(?![\p{L}\p{N}'’])/iu;
/** Things a length is the radius of ("a five-mile cordon"), or the extent of ("a 200-nautical mile zone"). */
const RADIUS_NOUNS = /^(cordons?|perimeters?|radius|ring|circle|exclusion)$/i;
const EXTENT_NOUNS = /^(zones?|areas?|strip|belt|corridor|limits?|waters|territory|buffer)$/i;
/** The number before a unit of length, with the lower bound of a range: "40 to 50", "30", "five". */
const NUMBER_BEFORE_UNIT = new RegExp(
  String.raw`(?:(?:between\s+)?(?:[\d.,]+|${WORD_NUMBER})\s*(?:to|-|–|and)\s*)?(?:[\d.,]+|${WORD_NUMBER})\s*$`,
  "iu",
);
/** Nouns of a dimension, what a length said of them measures: "the height could be 35 to 45 feet". */
const DIMENSION_NOUN =
  /^(?:height|length|width|depth|distance|altitude|elevation|diameter|radius|span|range|thickness)$/i;
const DIMENSION: Record<string, string> = {
  long: "length",
  wide: "width",
  high: "height",
  tall: "height",
  deep: "depth",
};

/** A unit of length in the plural a brief writes: "mile" miles, "km" kilometres, "nautical mile" nautical miles. */
const lengthUnit = (written: string): string => {
  const unit = written
    .toLowerCase()
    .replace(/[-\s]+/g, " ")
    .replace(/^sq(?!uare)\.?\s*/, "square ");
  // Speeds: "160kph", "30 mph", "20 knots".
  if (/^(kph|km\/h|kmh)$|^kilomet(re|er)s? (an|per) hour$/.test(unit)) return "kilometres per hour";
  if (/^mph$|^miles? (an|per) hour$/.test(unit)) return "miles per hour";
  if (unit === "knots") return "knots";
  const short: Record<string, string> = {
    km: "kilometres",
    kms: "kilometres",
    ft: "feet",
    foot: "feet",
    cm: "centimetres",
    mm: "millimetres",
    inch: "inches",
    // ("500 sq m": square metres; a bare "m" is read only after "sq")
    m: "metres",
  };
  const last = unit.split(" ").at(-1) as string;
  const plural = short[last] ?? (/s$|feet$/.test(last) ? last : `${last}s`);
  return [...unit.split(" ").slice(0, -1), plural].join(" ");
};

/** The words after "from" or "off" a distance is measured from: "the site", "the coast". */
const placeAfter = (text: string, from: number, to: number): string | undefined => {
  const det = /^\s*((?:the|a|an|its|their|his|her|our)\s+)?/i.exec(text.slice(from, to));
  const noun = countedAfter(text, from + (det?.[0].length ?? 0), to);
  return noun.text === "" ? undefined : `${(det?.[1] ?? "").toLowerCase()}${noun.text}`;
};

/**
 * A number with a unit of length or area after it, and what it measures: "a five mile cordon"
 * (the radius of the cordon), "a 200-nautical mile zone" (its extent), "a 3 kilometre queue" (its
 * length), "roughly 200 metres from the site" (the distance from it), "the wall is 5 feet high".
 */
const lengthAfter = (
  text: string,
  end: number,
  sentence: Span,
): { counts: string; unit: string; end: number; wordingEnd: number } | undefined => {
  const ahead = text.slice(end, Math.min(sentence.end, end + 60));
  const what = (phrase: string): string => (/^\p{Lu}/u.test(phrase) ? phrase : `the ${phrase}`);
  // "150 kilometers (93 miles) per hour": a speed in two units, "per hour" after the bracket serving both.
  const split = SPEED_ACROSS_BRACKET.exec(ahead);
  // (the bracket's end only for a number inside brackets: "(93 miles) per hour")
  const inBracket = text.lastIndexOf("(", end) > Math.max(text.lastIndexOf(")", end - 1), end - 30);
  if (split && (split[0].includes("(") || inBracket)) {
    const written = split[1] as string;
    const subject = countedBefore(text, sentence.start, end);
    return {
      counts: subject ? `speed of ${what(subject)}` : "speed",
      unit: /^k/i.test(written) ? "kilometres per hour" : "miles per hour",
      end: end + split[0].length,
      wordingEnd: end + split[0].indexOf(written) + written.length,
    };
  }
  const m = LENGTH_AFTER.exec(ahead);
  if (!m) return undefined;
  const unit = lengthUnit(m[1] as string);
  const area = /^(square|acres|hectares)/.test(unit);
  const speed = /per hour$|^knots$/.test(unit);
  const wordingEnd = end + m[0].length - (m[2] ? m[0].length - m[0].indexOf(m[2]) + 1 : 0);
  const after = end + m[0].length;
  // "50 miles (80 kms) south of Belfast": the same distance again in brackets stands between.
  // "(80 kms) south of Belfast": the bracket that closes the conversion too.
  const rest = text.slice(after, sentence.end).replace(/^\s*\([^)]{1,30}\)|^\s*\)/, (m) => " ".repeat(m.length));
  const from =
    /^\s*,?\s*(?:away\s+)?(from|off|across|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|short\s+of|outside|inland\s+from)\s+/i.exec(
      rest,
    );
  if (from && !m[2] && !speed) {
    const place = placeAfter(text, after + from[0].length, sentence.end);
    if (place)
      return { counts: `distance ${(from[1] as string).toLowerCase()} ${place}`, unit, end: after, wordingEnd };
  }
  // "the town of Rawandiz some 65 km inside Iraq": how far inside; "several hundred yards away": how far.
  const inside = /^\s*(inside|into|within)\s+/i.exec(rest);
  const place = inside && !m[2] && !speed ? placeAfter(text, after + inside[0].length, sentence.end) : undefined;
  if (inside && place) {
    const named =
      /((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s*,?\s*(?:some|about|around|nearly|almost|roughly)?\s*$/u.exec(
        text.slice(sentence.start, end).replace(/\s*[\d.,]+\s*$/, ""),
      );
    const what = named ? `of ${named[1]} ` : "";
    return { counts: `distance ${what}${(inside[1] as string).toLowerCase()} ${place}`, unit, end: after, wordingEnd };
  }
  const away = /^\s*(away|apart)\b/i.exec(rest);
  if (away && !m[2] && !speed)
    return { counts: `distance ${(away[1] as string).toLowerCase()}`, unit, end: after + away[0].length, wordingEnd };
  // "70 kilometers (45 miles) separate Italy and Albania", "some 40 km between the two towns": the distance between.
  const between =
    !m[2] && !speed && !area
      ? /^\s*(?:(?:separates?|separating|divides?|dividing|lies?|lying|stretch(?:es)?)\s+(?!between\b)|between\s+)((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+and\s+(?:the\s+)?\p{L}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(
          rest,
        )
      : null;
  if (between)
    return { counts: `distance between ${between[1] as string}`, unit, end: after + between[0].length, wordingEnd };
  const noun = countedAfter(text, after, sentence.end);
  const head = noun.words.at(-1) ?? "";
  const first = noun.words[0] ?? "";
  if (noun.text !== "" && !m[2]) {
    const dimension = speed
      ? "speed"
      : area
        ? "area"
        : RADIUS_NOUNS.test(head) || RADIUS_NOUNS.test(first)
          ? "radius"
          : EXTENT_NOUNS.test(head)
            ? "extent"
            : "length";
    return { counts: `${dimension} of ${what(noun.text)}`, unit, end: noun.end, wordingEnd };
  }
  // "the wall is 5 feet high", "the queue was 3 miles long", "might be 40 to 50 feet high": what it is said of, before
  // the number (and the lower bound of its range).
  const number = NUMBER_BEFORE_UNIT.exec(text.slice(sentence.start, end));
  const subject = countedBefore(text, sentence.start, sentence.start + (number?.index ?? end - sentence.start));
  if (m[2] && subject)
    return { counts: `${DIMENSION[m[2].toLowerCase()] ?? "length"} of ${what(subject)}`, unit, end: after, wordingEnd };
  // "the height could be 35 to 45 feet": a dimension's noun is what it measures.
  if (!m[2] && subject && DIMENSION_NOUN.test(subject.split(/\s+/).at(-1) ?? ""))
    return { counts: lowerOpening(subject), unit, end: after, wordingEnd };
  // "travelling at up to 160kph": a speed, of what the sentence says.
  if (speed) return { counts: subject ? `speed of ${what(subject)}` : "speed", unit, end: after, wordingEnd };
  // "The apartment measures 1,200 sq ft": an area, of what the sentence says.
  if (area) return { counts: subject ? `area of ${what(subject)}` : "area", unit, end: after, wordingEnd };
  return undefined;
};

/** "84 year old", "84 years old", "84-year-old" written apart: an age. */
const AGE_AFTER = /^(?:-|\s+)years?(?:-|\s+)old\b/i;
/** A small number, in figures or words, as an age range's bound: a regular-expression source. */
const AGE_BOUND =
  "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)";
/** After an age range's lower bound: "and six years old", "to 14 years old", "or four years old". */
const SPELT_AGE_UPPER = new RegExp(`^\\s*(?:-|–|to|and|or)\\s*${AGE_BOUND}(?:-|\\s+)years?(?:-|\\s+)old\\b`, "i");
/** Before an age range's upper bound: "between three and ", "12 to ", "three or ". */
const SPELT_AGE_LOWER = new RegExp(
  `(?:\\bbetween\\s+${AGE_BOUND}\\s*(?:-|–|and|to)|(?:\\b(?:some|about|around|roughly|nearly)\\s+)?\\b${AGE_BOUND}\\s*(?:-|–|to|or))\\s*$`,
  "i",
);
/** The person an age is of: the name in "lady Ann Brook", else the noun ("the woman"). */
const personOf = (phrase: string): string | undefined => {
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)$/u.exec(phrase)?.[1];
  if (name) return name;
  return phrase === "" ? undefined : `the ${phrase}`;
};

/**
 * A person's age: "an 84 year old lady Ann Brook" (spelt apart; the hyphened "84-year-old" is
 * a hyphened measure), "a man aged 71", "Sara Bell, aged 30,", "Tom Reed, 52, was unhurt".
 */
const ageOf = (
  text: string,
  hit: Hit,
  wordingStart: number,
  sentence: Span,
): { counts: string; end: number; wordingEnd: number } | undefined => {
  if (hit.isWord ? hit.value > 99 : !/^\d{1,3}$/.test(text.slice(hit.start, hit.end)) || hit.value > 115)
    return undefined;
  // "children between three and six years old", "pupils 12 to 14 years old": the youngest's age and the oldest's,
  // of whom the phrase before the range names.
  const rest = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
  const lead = text.slice(Math.max(sentence.start, wordingStart - 60), wordingStart);
  const upper = SPELT_AGE_UPPER.exec(rest);
  const lower = upper || !AGE_AFTER.test(rest) ? undefined : SPELT_AGE_LOWER.exec(lead);
  const opensRange = upper && (/\bbetween\s+$/i.test(lead) || !/^\s*and\b/i.test(upper[0]));
  if (opensRange || lower) {
    const rangeStart = opensRange
      ? wordingStart - (/\bbetween\s+$/i.exec(lead)?.[0].length ?? 0)
      : wordingStart - (lower as RegExpExecArray)[0].length;
    // ("Girls aged 12 to 14 years old": girls)
    const phrase = phraseEnding(text.slice(sentence.start, rangeStart).replace(/\s+aged\s*$/i, ""));
    // ("The four children, two to nine years old": the children; "some 80 to 100 years old": of whom before "some")
    const who = phrase
      ?.replace(/^(?:the|a|an)\s+/i, "")
      .replace(/^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds)\s+/i, "")
      .replace(/^\p{Lu}\p{Ll}+/u, (w) => (isCommonWord(w.toLowerCase()) ? w.toLowerCase() : w));
    const end = opensRange ? hit.end : hit.end + (AGE_AFTER.exec(rest)?.[0].length ?? 0);
    return {
      counts: `age of the ${opensRange ? "youngest" : "oldest"}${who === undefined ? "" : ` ${who}`}`,
      end,
      wordingEnd: end,
    };
  }
  const spelt = AGE_AFTER.exec(text.slice(hit.end, Math.min(sentence.end, hit.end + 20)));
  if (spelt && !spelt[0].startsWith("-")) {
    const wordingEnd = hit.end + spelt[0].length;
    const noun = countedAfter(text, wordingEnd, sentence.end);
    const person = personOf(noun.text) ?? countedBefore(text, sentence.start, wordingStart);
    const label = person === undefined ? "age" : `age of ${/^(the |\p{Lu})/u.test(person) ? person : `the ${person}`}`;
    return { counts: label, end: Math.max(wordingEnd, noun.end), wordingEnd };
  }
  const before = text.slice(Math.max(sentence.start, wordingStart - 80), wordingStart);
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 3));
  // "Lena Hart, who turned 50 on Sunday", "the actor turns 40 today".
  const turned = /(?:^|\s)(?:(?:who|which)\s+)?(?:turned|turns|will\s+turn|is\s+turning)\s+$/i.exec(before);
  if (
    turned &&
    !hit.isWord &&
    /^\s*(?:$|[,.;:)]|(?:on|this|last|in|at|today|tomorrow|yesterday|next|years?)\b)/i.test(
      text.slice(hit.end, Math.min(sentence.end, hit.end + 12)),
    )
  ) {
    const head = before.slice(0, turned.index);
    const name = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),?\s*$/u.exec(head)?.[1];
    const noun = name ?? phraseEnding(head);
    if (noun !== undefined)
      return { counts: `age of ${/^\p{Lu}/u.test(noun) ? noun : `the ${noun}`}`, end: hit.end, wordingEnd: hit.end };
  }
  // "people aged between 18 and 24", "men aged 16 to 21": the youngest's age and the oldest's.
  // ("aged 30 and 45" lists two people's ages: "and" makes a range only after "between".)
  const lowest = /(?:^|\s)aged\s+(between\s+)?$/i.exec(before);
  const highest = /(?:^|\s)aged\s+(?:between\s+\d{1,3}\s*(?:-|–|to|and)|\d{1,3}\s*(?:-|–|to))\s*$/i.exec(before);
  const rangeEnd = lowest
    ? (lowest[1] ? /^\s*(?:-|–|to|and)\s*\d{1,3}\b/i : /^\s*(?:-|–|to)\s*\d{1,3}\b/i).exec(
        text.slice(hit.end, sentence.end),
      )
    : null;
  const range = (rangeEnd && lowest) ?? highest;
  if (range && !hit.isWord) {
    const noun = phraseEnding(before.slice(0, range.index));
    if (noun === undefined) return undefined;
    const who = lowerOpening(noun)
      .replace(/^(?:the|a|an)\s+/, "")
      .replace(/^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+/i, "");
    return {
      counts: `age of the ${range === highest ? "oldest" : "youngest"} ${who}`,
      end: hit.end,
      wordingEnd: hit.end,
    };
  }
  // "a man aged 71", "Sara Bell, aged 30,".
  const aged = /(?:^|\s)aged\s+$/i.exec(before);
  if (aged && !/^\s*(?:-|to|and|or|between)\b/i.test(after)) {
    const head = before.slice(0, aged.index);
    const name = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s*$/u.exec(head)?.[1];
    const noun = name ?? phraseEnding(head);
    if (noun === undefined) return undefined;
    return { counts: `age of ${/^\p{Lu}/u.test(noun) ? noun : `the ${noun}`}`, end: hit.end, wordingEnd: hit.end };
  }
  // "Mr Okafor, who is 58, denied": the age of the person named before.
  const whoIs = /((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*),\s+who\s+(?:is|was)\s+(?:now\s+)?$/u.exec(before);
  if (whoIs && !hit.isWord && /^\s*(?:[,.;)]|years?\s+old\b)/i.test(after + text.slice(hit.end + 3, hit.end + 12)))
    return { counts: `age of ${whoIs[1] as string}`, end: hit.end, wordingEnd: hit.end };
  // "Tom Reed, 52, was unhurt": a number set off by commas after a person's name.
  const name =
    /(?:^|[\s(])((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}[\p{L}'’-]*),\s+$/u.exec(
      before,
    )?.[1];
  if (name && !hit.isWord && /^\s*[,)]/.test(after) && wordingStart === hit.start && !MONTH_BEFORE.test(name))
    return { counts: `age of ${name}`, end: hit.end, wordingEnd: hit.end };
  // "Tom Reed, 52, was unhurt", "the agency said Varga, 71, would": a number set off by commas after a name.
  const single = /(?:^|[\s(])(\p{Lu}[\p{L}'’-]+),\s+$/u.exec(before);
  if (
    single &&
    !hit.isWord &&
    /^\s*,/.test(after) &&
    wordingStart === hit.start &&
    // after a word in lower case, or an opening phrase and its comma ("Most recently, Kerik, 49,").
    ((/(?:^|\s)\p{Ll}[\p{L}'’]*,?\s+$/u.test(before.slice(0, single.index + single[0].indexOf(single[1] as string))) &&
      !MONTH_BEFORE.test(single[1] as string)) ||
      // "Schiff, 56, who has served": a surname no dictionary knows, opening its sentence, that the text writes
      // after a given name elsewhere ("Adam Schiff"); never "London, 12, was hit".
      (text.slice(sentence.start, hit.start).trim() === `${single[1] as string},` &&
        !isCommonWord((single[1] as string).toLowerCase()) &&
        // (a nickname may stand between: 'Stanley "Tookie" Williams')
        new RegExp(`\\p{Lu}\\p{Ll}+(?:[ \\t]+["“]\\p{Lu}[\\p{L}'’-]*["”])?[ \\t]+${single[1] as string}\\b`, "u").test(
          text,
        ))) &&
    !MONTH_BEFORE.test(single[1] as string) &&
    !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|However|Meanwhile|Instead|Also|Still|Yet|Today|Yesterday)$/i.test(
      single[1] as string,
    )
  )
    return { counts: `age of ${single[1] as string}`, end: hit.end, wordingEnd: hit.end };
  return undefined;
};

/** "3/8", "3-1/2", "1 1/4": halves to sixty-fourths, never a date ("9/11") or a rate ("24/7"). */
const DIGIT_FRACTION = /(?<![\p{N}/.,-])(?:(\d{1,4})[-\s])?(\d{1,2})\/(2|4|8|16|32|64)(?![\p{N}/])/gu;

const CHANGE_VERBS =
  "shot\\s+up|(?:went|gone|goes|go)\\s+(?:up|down)|slumped|slid|dipped|plummeted|sank|rose|risen|rises|up|gained|gains|climbed|jumped|soared|surged|added|increased|grew|fell|fallen|falls|fall|down|off|lost|loses|dropped|declined|slipped|eased|shed|decreased|shrank|plunged|tumbled|cut|cuts|reduced|slashed|lowered|trimmed|grow|grows|expand|expands|expanded|contract|contracts|contracted|shrink|shrinks|growing|expanding|contracting|shrinking";
/** Verbs of change in their "-ing" or phrasal forms: "the unemployment rate moving upward a tenth of a point to". */
const MOVING_VERBS =
  "rising|falling|climbing|dropping|moving\\s+(?:up|upward|upwards|down|downward|downwards)|moved\\s+(?:up|upward|upwards|down|downward|downwards)|ticked\\s+(?:up|down)|edged\\s+(?:up|down|higher|lower)";
/** What lasts: "90 minutes of discussion", "six months of talks" (not "60 days of Arafat's death"). */
const PROCESS_NOUNS =
  /^(talks|discussions?|negotiations?|fighting|war|conflict|strikes?|debates?|meetings?|bombing|bombardment|shelling|protests?|captivity|detention|siege|occupation|rule|service|imprisonment|exile|ceasefire|truce|calm|clashes|violence|unrest|deliberations?|hearings?|trial|campaign|drought|lockdown|blockade|curfew|silence|testimony|questioning|search|operations?|offensive|insurgency|uprising|regime|crisis|standoff|stand-off|dispute)$/i;
/** Verbs of a cut: "benefits cut by 9.9 percent" is a cut in them. */
const CUT_VERB =
  /^(cut|cuts|cutting|reduced?|reduces|reducing|slashed|slashes|slashing|lowered|lowers|lowering|trimmed|trims|trimming)$/i;
/** A verb of change, its object, then "by": "cutting promised benefits by". */
const CHANGE_OBJECT_BY =
  /\b(cut|cuts|cutting|reduced?|reduces|reducing|slashed|slashes|slashing|lowered|lowers|lowering|trimmed|trimming|raised?|raises|raising|increased?|increases|increasing|boosted|boosting)\s+((?:(?!by\b)[\p{L}'’-]+\s+){1,4}?)by\s+$/iu;

/** The noun phrase before a verb, past its auxiliary: "the death toll has" of "the death toll has risen". */
/** A verb that leaves its object short, and the object: "puts the committee about", "left the fund". */
const LEFT_SHORT_BEFORE =
  /\b(?:puts?|putting|leaves?|left|leaving|keeps?|kept)\s+((?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+(?:(?:about|around|nearly|almost|some|roughly|just|more\s+than|at\s+least)\s+)?$/iu;

/** A one-word subject with a common noun's ending or an economy's common noun ("Prices", "Inflation", "Revenue",
 * "Turnout"), lowered when the text never capitalises it inside a sentence (commonOpeningLowered); not a name the
 * dictionary also lists ("Apple", "Target", "Shell"), nor "Shell profits", "French exports". */
const COMMON_NOUN_SUBJECT =
  /^(?:\p{Lu}\p{Ll}+(?:s|ion|ity|ment|ure|ance|ence|ing|put|th)|Revenue|Turnout|Tourism|Crime|Oil|Gold|Silver|Copper|Attendance|Demand|Supply|Trade|Debt|Income|Profit|Unemployment|Inflation|Output|Growth|Spending)$/u;

const subjectOfVerb = (before: string, text: string): string | undefined => {
  // ("expects the U.S. economy to grow", "the economy is now expected to grow", "the carmaker aims to grow": the one
  // that is to change)
  const stripped = before
    .replace(
      /\s+(?:(?:is|are|was|were|has|have|had)\s+)?(?:now\s+|still\s+|also\s+)?(?:(?:been\s+)?(?:expected|forecast|projected|set|likely|predicted|seen)|\p{Ll}+)\s+to$/iu,
      (found) => (INTENT_BEFORE_TO.test(found.trim().split(/\s+/).at(-2) ?? "") ? "" : found),
    )
    .replace(/\s+to$/i, "")
    .replace(/\s+(?:is|are|was|were|has|have|had|would|will)$/i, "")
    // "The advanced economies - which include Europe and Canada - will grow": an aside between dashes.
    .replace(/\s(?:--?|[–—])\s[^–—]{1,160}?\s(?:--?|[–—])$/u, "");
  const phrase = phraseEnding(stripped);
  if (phrase === undefined) return undefined;
  // "Prices rose 5 percent", "Revenue rose": a common noun capitalised only because it opens the sentence, when it is
  // the whole subject (not "Shell profits", "French exports").
  return stripped.trimStart().startsWith(phrase) && COMMON_NOUN_SUBJECT.test(phrase)
    ? commonOpeningLowered(lowerOpening(phrase), text)
    : lowerOpening(phrase);
};

/** What a change by an amount before `at` is a change in: "benefits cut by", "fell by", "cutting benefits by". */
const changeBefore = (text: string, sentenceStart: number, at: number): string | undefined => {
  const lead = text.slice(Math.max(sentenceStart, at - 80), at);
  const byVerb = CHANGE_BY.exec(lead.slice(-40));
  if (byVerb && /\sby\s+$/i.test(byVerb[0])) {
    const verbAt = at - byVerb[0].length;
    const subject = subjectOfVerb(text.slice(sentenceStart, verbAt), text);
    if (subject) return `${changeNoun(byVerb[1] as string)} in ${subject}`;
  }
  const object = CHANGE_OBJECT_BY.exec(lead);
  if (object) return `${changeNoun(object[1] as string)} in ${(object[2] as string).trim()}`;
  return undefined;
};
/**
 * The noun of a verb of change, the article's own word where English has one ("dropped" a drop, "plunged" a
 * plunge, "grew" growth), so that the label says what the text says; "rise" and "fall" for the rest.
 */
const changeNoun = (verb: string): string => {
  const word = verb.toLowerCase();
  if (CUT_VERB.test(word)) return "cut";
  return (
    CHANGE_NOUNS[word] ??
    (/^(rose|risen|rises|up|added|raised?|raises|raising|boosted|boosting|climbed|soared)$/.test(word) ||
    /\sup$/.test(word)
      ? "rise"
      : "fall")
  );
};
/** The verbs of change whose own noun a label takes: "dropped" a drop. */
const CHANGE_NOUNS: Readonly<Record<string, string>> = {
  increase: "increase",
  increased: "increase",
  increases: "increase",
  increasing: "increase",
  decreased: "decrease",
  gained: "gain",
  gains: "gain",
  jumped: "jump",
  surged: "surge",
  grew: "growth",
  grow: "growth",
  grows: "growth",
  expand: "growth",
  expands: "growth",
  expanded: "growth",
  contract: "contraction",
  contracts: "contraction",
  contracted: "contraction",
  shrink: "contraction",
  shrinks: "contraction",
  shrank: "contraction",
  growing: "growth",
  expanding: "growth",
  contracting: "contraction",
  shrinking: "contraction",
  dropped: "drop",
  declined: "decline",
  plunged: "plunge",
};
/** A change by an amount just before the number: "was off 3/8", "are up 30%", "fell by 5". */
const CHANGE_BY = new RegExp(
  `(?:^|\\s)(?:(?:is|are|was|were|has|have|had)\\s+)?(${CHANGE_VERBS})(?:\\s+by)?(?:\\s+(?:a|an)\\s+(?:tepid|modest|robust|solid|strong|weak|meagre|meager|sluggish|healthy|brisk|slim|paltry|mere|sharp|steep|further|hefty|annuali[sz]ed|seasonally\\s+adjusted))?\\s+$`,
  "i",
);
/** A verb of change ending the words before "from" ("jumped 224 pct", "rose"): its subject changed. */
const CHANGED_BEFORE = new RegExp(
  `(?:^|\\s)(?:${CHANGE_VERBS})(?:\\s+by)?(?:\\s+[^\\s,;]+(?:\\s+(?:per\\s*cent|percent|pct|(?:percentage\\s+|basis\\s+)?points?))?)?\\s*$`,
  "i",
);
/** A verb that changes its object, the object, then words of time: "increased support for Africa in the past four years". */
const CHANGED_OBJECT =
  /\b(?:increased|raised|lifted|cut|reduced|lowered|doubled|halved|boosted|slashed|trimmed)\s+((?:(?!(?:in|over|during|since|by|from|last|this|to)\b)[\p{L}'’-]+\s*){1,5}?)(?:\s+(?:in|over|during|since|by|last|this)\b[^,;]*)?\s*$/iu;
/** A change named by a noun, its amount and "to" before the level it came to: "a gain of 11.15 percent to". */
const CHANGE_NOUN_TO =
  /\b(?:gain|rise|increase|jump|climb|fall|drop|decline|loss|slide|slump|surge)\s+of\s+[^\s,;()]+(?:\s+(?:per\s*cent|percent|pct|(?:percentage\s+|basis\s+)?points?))?\s+to\s+$/i;

/** What has a level in a market, named first or last in a phrase: "Shares in the airline", "Kessler Group shares". */
const MARKET_SUBJECT =
  /^(?:shares?|stocks?|the\s+(?:index|dollar|euro|yen|pound|price))\b|\b(?:shares?|stocks?|index|prices?)$/i;

/**
 * The noun phrase a sentence opens with, up to its first verb, of at most eight words and no comma: "Shares in the
 * airline" of "Shares in the airline jumped sharply".
 */
const sentenceSubject = (lead: string): string | undefined => {
  const words = lead.trimStart().split(/\s+/);
  const verb = words.findIndex((w, k) => k > 0 && isVerbish(w.replace(/[^\p{L}-]+$/u, "")));
  if (verb <= 0 || verb > 8) return undefined;
  const phrase = words.slice(0, verb).join(" ");
  return /[,;:()"“”]/.test(phrase) ? undefined : phrase;
};

/** The level a change came to: "was off 3/8 to 3-1/2", "fell 5 per cent to 300". */
const CHANGE_TO = new RegExp(
  `(?:^|\\s)(?:(?:is|are|was|were|has|have|had)\\s+)?(${CHANGE_VERBS}|${MOVING_VERBS})(?:\\s+by)?\\s+(?:[^\\s,;]+|an?\\s+(?:tenth|quarter|half|third)\\s+of\\s+a\\s+(?:percentage\\s+)?point)(?:\\s+(?:per\\s*cent|percent|pct|(?:percentage\\s+|basis\\s+)?points?))?\\s+to\\s+$`,
  "i",
);

/** A sentence about a vote in a body: "the parliament approved the bill ... with 161 in favour", "the motion". */
const VOTE_CONTEXT =
  /\b(?:vot(?:e|es|ed|ing)|ballot|motion|resolution|bill|amendment|proposal|referendum|parliament|senate|assembly|congress|council|board|lawmakers|legislat\w+|delegates|members|shareholders|abstain\w*|abstentions?|approved|adopted|rejected|passed)\b/i;
/** A poll's words: its "620 in favour and 300 against" are people asked, not votes. */
const POLLED = /\b(?:polls?|polled|polling|survey\w*|respondents)\b/i;
/** After a number, one side of a tally: "in favour", "votes in favor", "voting in favour", "votes for". */
const TALLY_FOR = /^\s+(?:(?:votes?|voted|voting)\s+)?in\s+favou?r\b|^\s+votes\s+for\b/i;
/** After a number, the other side: "against", "votes against", "voted against", "opposed". */
const TALLY_AGAINST = /^\s+(?:(?:votes?|voted|voting)\s+)?(?:against|opposed)\b/i;
/** After a number, a side in favour counted by a noun of its own: "61 senators voting in favor", "13 members voted for". */
const TALLY_FOR_COUNTED = /^\s+\p{L}+\s+(?:voting|voted)\s+(?:in\s+favou?r|for)\b/iu;

/** What follows the second number of a vote: "an eight to one majority", "a 5-4 ruling". */
const VOTE_AFTER = /^\s+(?:majority|vote|votes|decision|verdict|ruling|margin|split|in\s+favou?r|against)\b/i;
/** Who voted, before the numbers: "the law lords ruled by an", "the committee voted". */
const VOTE_BY =
  /\s(?:ruled|voted|decided|backed|approved|rejected|found|sided|agreed|split)(?:\s+\p{Ll}+){0,3}?\s+(?:by\s+)?(?:an?\s+)?$/u;

/** A number standing for a noun said just before it: "nine law lords rather than the usual five", "3 ships and 2". */
/** A verb of winning or holding, or "with", before a number with no noun of its own: "set to win only", "with". */
const WON_BEFORE =
  /\b(?:with|win|wins|won|winning|take|takes|took|taking|hold|holds|held|holding|get|gets|got|getting|secure|secures|secured|securing)\s+(?:only\s+|just\s+|a\s+mere\s+)?$/i;
/** Words of time or title that open a capitalised run before a side's name: "In November Ruiz", "Majority Leader". */
const NOT_A_SIDE = new RegExp(
  String.raw`^(?:In|On|At|By|During|Since|After|Before|Last|This|Next|The|${MONTH_NAME}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Senate|House|Majority|Minority|Leader|President|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Speaker)$`,
);
/** One named, a verb of leading or trailing, the other named, then "by": "Clinton led Sanders by roughly". */
const LEAD_BY =
  /((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+(?:(?:was|is|has\s+been)\s+)?(led|leads|leading|lead|beat|beats|defeated|outpolled|trails|trailed|trailing|trail)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*)\s+by\s+(?:(?:about|roughly|around|nearly|almost|some|more\s+than|less\s+than|just|only|a\s+mere)\s+)?$/u;
const ELLIPSIS_BEFORE =
  /\b(?:than|and|or|versus|vs\.?|against|compared\s+with|from|to|while|whereas)\s+(?:the\s+|a\s+)?(?:usual\s+|normal\s+|expected\s+|previous\s+|original\s+|only\s+|just\s+)?$/i;
/**
 * People the sentence opens with, who answer a poll, before their verb: "Democratic voters are", "Voters say", "Most
 * Americans believe".
 */
const SHARE_SUBJECT =
  /^\s*((?:\p{L}[\p{L}'’-]*\s+){0,3}?(?:voters|respondents|adults|Americans|Britons|Democrats|Republicans|independents|people|men|women|residents|citizens|members|supporters|those\s+polled|those\s+surveyed))\s+(?:are|were|say|said|says|think|thought|believe|believed|back|backed|support|supported|favou?r|favou?red|prefer|preferred|want|wanted|agree|agreed)\b/iu;
/**
 * A poll's margin of error and "plus or minus" before its value: "the margin of sampling error for all respondents is
 * plus or minus", "margin of error of +/-"; whom it is for named before it, and the words between.
 */
const MARGIN_PLUS_MINUS =
  /\b(?<named>margin\s+of\s+(?:sampling\s+)?error)(?:\s+for\s+(?<whom>[^,;.\d]{1,40}?)(?=\s+(?:is|was|are|were|of|stands?|stood)\b))?(?=\s)(?<between>(?:[^.;]|\.(?=\d)){0,100}?)(?:plus\s+or\s+minus|\+\/-|±)\s*$/i;
/**
 * A poll's margin of error stated just before its value: "The margin of error is", "the margin of error in the survey
 * was", "The margin of error among Democrats is", "The margin of error, however, is".
 */
const MARGIN_STATED =
  /\b(?<named>margin\s+of\s+(?:sampling\s+)?error)(?:\s+(?:for|among)\s+(?<whom>[^,;.\d]{1,40}?)|\s+(?:in|of|on)\s+(?:the\s+)?[^,;.\d\s]+(?:\s+[^,;.\d\s]+){0,3}?)?(?:\s*,\s*\p{Ll}+\s*,)?\s+(?:is|was|of|stood\s+at|at)\s+(?:about\s+|around\s+|roughly\s+)?$/iu;
/** What befalls vehicles and buildings, whose count is not the people missing or rescued after it. */
const ACCIDENT_WORD =
  /\b(?:capsized|sank|sunk|collapsed|crashed|collided|exploded|derailed|overturned|caught\s+fire|burned|burnt|flooded|plunged|carrying)\b/i;
/** Harm only the living suffer: "killed", "injured" (not "missing", "rescued", which things may be too). */
const LIVING_HARM =
  /\b(?:killed|died|dead|injured|wounded|hurt|hospitali[sz]ed|drowned|trampled|perished|slain|shot|kidnapped|abducted)\b/i;
/** Words of people harmed: "killed", "died", "were injured". */
const HARM_WORD =
  /\b(?:killed|died|dead|injured|wounded|hurt|missing|hospitali[sz]ed|drowned|trampled|perished|slain|shot|kidnapped|abducted)\b/i;
/** What may stand before a count that is its clause's subject: nothing, or a report's verb and a determiner. */
const CLAUSE_SUBJECT_LEAD =
  /^(?:.*\b(?:said|says|say|reported|reports|announced|that)\s+|[^,;]{0,40},\s+)?(?:(?:the|some|about|around|nearly|almost|over|only|just|all|at\s+least|more\s+than|as\s+many\s+as|up\s+to)\s+)*$/is;
/** A verb opening a clause after a number: "39 were injured", "three wounded", "12 died". */
const CLAUSE_VERB_AFTER =
  /^\s+(?:(?:were|was|are|is|have\s+been|had\s+been|remain|remained)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+|(?:seriously\s+|critically\s+|badly\s+|slightly\s+)?(?:\p{Ll}+ed|hurt|died|fled|survived))\b/u;

/** Words that say a quantity changed: "rose from 66 to 68", "was revised up from 66". */
const CHANGE =
  /\b(plummeted|plunged|slid|slumped|dipped|sank|tumbled|shot|jump|jumps|surge|surges|rose|risen|rising|rise|rises|climbed|climbing|climb|jumped|soared|surged|increased|increasing|increase|increases|grew|grown|growing|growth|fell|fallen|falling|fall|falls|dropped|dropping|drop|declined|declining|decline|decreased|decreasing|decrease|cut|cuts|raised|raise|lifted|lowered|reduced|reducing|revised|up|down|went|gone|changed|moved|swelled|shrank|shrunk|doubled|halved)\b(?:\s+[^\s,;.]+){0,9}\s+$/i;

/** The owner before a number in a possessive: "the GMB's 40,000", "Gaza's 2.3 million residents". */
const OWNER =
  /(?:^|[\s(])((?:[Tt]he\s+)?(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:(?:and|of|for|the|&)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*){0,5}|\p{Ll}[\p{L}-]+))(?:['’]s|(?<=s)['’])\s+$/u;
const NOT_OWNERS = /^(it|that|there|what|here|who|he|she|let|where|one|this|today|yesterday|tomorrow|year|week)$/i;

/**
 * The figures of the sentences, each with what it counts. `verbs` holds the starts of the words the sentences' reading
 * takes for verbs in the present ("support" in "72 percent of Republicans support Trump"); a label ends before one.
 */
export const findFigures = (
  text: string,
  sentences: readonly Span[],
  quotes: readonly Span[] = [],
  verbs: ReadonlySet<number> = NO_VERBS,
): FigureCandidate[] => {
  const figures: FigureCandidate[] = [];
  for (const sentence of joinBrokenSentences(text, sentences)) {
    const body = text.slice(sentence.start, sentence.end);
    /**
     * A count of this sentence that opens its clause and counts things, not a length of time or a sum: "Six miners
     * ... died", "Police said two soldiers were killed" (not "A convoy of 30 trucks", "$5 million").
     */
    const clauseSubject = (f: FigureCandidate): boolean =>
      f.start >= sentence.start &&
      CLAUSE_SUBJECT_LEAD.test(text.slice(sentence.start, f.start)) &&
      !TIME_UNIT.test(f.unit) &&
      !CURRENCY_AFTER.test(` ${f.unit}`);
    const unquoted = body.replace(/“[^”]*”|"[^"]*"/g, (q) => " ".repeat(q.length));
    const according = accordingTo(unquoted);
    const hits = hitsIn(text, sentence, quotes);
    const qualifierStart = (hit: Hit): number => {
      const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(sentence.start, hit.start - 40), hit.start));
      return q ? hit.start - q[0].length : hit.start;
    };

    // Two values of one quantity: "rose from 66 to 68" (earlier first), "rose to 68 from 66", "68, up from 66".
    const earlierOf = new Map<number, number>(); // later hit index -> earlier hit index
    const isEarlier = new Set<number>();
    hits.forEach((hit, i) => {
      const next = hits[i + 1];
      const beforeStart = Math.max(sentence.start, hit.start - 90);
      const before = text.slice(beforeStart, qualifierStart(hit));
      const from = /\bfrom\s+$/i.exec(before);
      if (!from) return;
      const fromAt = beforeStart + from.index;
      const beforeFrom = before.slice(0, from.index);
      // "from dollars 1.1bn per year to dollars 4.6bn": a rate may stand between; "from 15.6 percent in 2002 to": so may
      // the time of the earlier value.
      if (
        next &&
        /^\s+(?:(?:a|an|per|each)\s+(?:day|week|month|year)\s+|in\s+(?:(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d|\p{Lu}\p{Ll}+)\s+)?to\s+$/u.test(
          text.slice(hit.end, qualifierStart(next)),
        ) &&
        CHANGE.test(beforeFrom)
      ) {
        earlierOf.set(i + 1, i);
        isEarlier.add(i);
        return;
      }
      const previous = hits[i - 1];
      if (
        previous &&
        !isEarlier.has(i - 1) &&
        (/^(?:\s*,)?\s+(?:(?:up|down)\s+)?$/i.test(text.slice(previous.end, fromAt)) ||
          /^(?:\s+[\p{L}'’-]+){0,4}\s*,?\s+(?:up|down)\s+$/iu.test(text.slice(previous.end, fromAt))) &&
        (/(?:up|down)\s+$/i.test(beforeFrom) ||
          CHANGE.test(text.slice(Math.max(sentence.start, previous.start - 60), qualifierStart(previous))))
      ) {
        earlierOf.set(i - 1, i);
        isEarlier.add(i);
      }
    });

    // Possessive lists: "the GMB's 40,000 and Unite's 15,000 members", each with its owner.
    const owners = hits.map((hit) => {
      const m = OWNER.exec(text.slice(Math.max(sentence.start, qualifierStart(hit) - 80), qualifierStart(hit)));
      if (!m || NOT_OWNERS.test(m[2] as string)) return undefined;
      const start = qualifierStart(hit) - m[0].length + m[0].indexOf(m[1] as string);
      // The owner as the text writes it, possessive included: "GMB's", "Amicus'".
      const written = text
        .slice(start, qualifierStart(hit))
        .trim()
        .replace(/^[Tt]he\s+/, "");
      return { name: (m[2] as string).trim(), written, start };
    });
    // A vote: "ruled by an eight to one majority", "voted 52 to 48": those for and those against.
    const votes = new Map<number, string>();
    hits.forEach((hit, i) => {
      const next = hits[i + 1];
      if (!next) return;
      // "passed by 218 votes to 210": the votes for and against.
      if (
        /^\s+votes\s+to\s+$/i.test(text.slice(hit.end, next.start)) &&
        /\bby\s+$/i.test(text.slice(sentence.start, hit.start))
      ) {
        votes.set(i, "votes in favour");
        votes.set(i + 1, "votes against");
        return;
      }
      if (!/^\s*(?:to|-|–)\s*$/i.test(text.slice(hit.end, next.start))) return;
      const lead = text.slice(sentence.start, hit.start);
      // "Clinton leads Trump by 11 points, 46 percent to 35 percent": each candidate's support in a poll; "Clinton
      // leads by 14 points, 52 percent to 38 percent": the second her rival's.
      // (a poll's: the sentence or the text just before speaks of one, the shares are not "in" or "of" something else,
      // once a sentence)
      const standing =
        hit.percent &&
        next.percent &&
        POLL_WORDS.test(text.slice(Math.max(0, sentence.start - 600), sentence.end)) &&
        !/^\s*(?:in|of)\s+(?!the\s+(?:race|poll|survey|matchup))/i.test(text.slice(next.end, sentence.end)) &&
        ![...votes.keys()].some((k) => k < i && (hits[k] as Hit).start >= sentence.start)
          ? POLL_LEAD.exec(lead)
          : null;
      if (standing && !/^The\s/.test(standing[1] as string)) {
        const leader = standing[1] as string;
        votes.set(i, `support for ${leader}`);
        votes.set(i + 1, standing[2] ? `support for ${standing[2]}` : `support for ${leader}'s rival`);
        return;
      }
      // "his 216-146 career record", "an 11-2 postseason record": a win-loss record, its wins and its losses.
      // ("compiled a record of 216-146")
      const record = /^\s*[-–]\s*$/.test(text.slice(hit.end, next.start))
        ? (/^\s+((?:(?:career|season|postseason|playoff|home|road|overall|all-time|lifetime|head-to-head|unbeaten|perfect|winning|losing|league|conference|regular-season)\s+){0,2}record)\b(?!\s+(?:vote|votes|turnout|win|wins|high|low|number|level|amount|sum|crowd|score|time|margin|majority))/u.exec(
            text.slice(next.end, sentence.end),
          ) ?? /\b((?:(?!(?:a|an|the|their|his|her|its)\s)[\p{Ll}-]+\s+)?record)\s+(?:of|to|at)\s+$/u.exec(lead))
        : null;
      // (not a record of wins, losses and draws: "a 25-3-1 record")
      const threeParts = /\d\s*[-–]\s*$/.test(lead) || /^\s*[-–]\s*\d/.test(text.slice(next.end, sentence.end));
      if (record && !hit.percent && !next.percent && !threeParts) {
        // (whose record it is goes before the label as any owner does: "Djokovic's wins in record")
        const of = record[1] as string;
        votes.set(i, `wins in ${of}`);
        votes.set(i + 1, `losses in ${of}`);
        return;
      }
      // "won the game 4-2 over New York", "a 3-1 victory": a game's score, the winner's and the loser's.
      if (
        /^\s*[-–]\s*$/.test(text.slice(hit.end, next.start)) &&
        !hit.percent &&
        !next.percent &&
        hit.value >= next.value &&
        (/^\s+(?:win|victory|defeat|loss|lead|over|in\s+(?:extra|overtime|the\s+final))\b/i.test(
          text.slice(next.end, sentence.end),
        ) ||
          /\b(?:won|wins|beat|beats|defeated|defeats|edged|routed|thrashed)(?:\s*,)?\s+(?:[^\s,;]+\s+){0,3}$/i.test(
            lead,
          ))
      ) {
        votes.set(i, "score of the winner");
        votes.set(i + 1, "score of the loser");
        return;
      }
      // "ruled by an eight to one majority", or straight after the verb: "the Senate voted 51-49".
      if (!VOTE_AFTER.test(text.slice(next.end, sentence.end)) && !/\s(?:voted|ruled|split)\s+(?:by\s+)?$/i.test(lead))
        return;
      const by = VOTE_BY.exec(lead);
      const who = by ? phraseEnding(text.slice(sentence.start, sentence.start + by.index)) : undefined;
      const decision = /^\s+(?:decision|ruling|verdict)\b/i.test(text.slice(next.end, sentence.end));
      // "Judge David McKeague, writing for the majority in the 2-1 decision": a court's split, its court unnamed here.
      if (
        !who &&
        decision &&
        /\b(?:court|judges?|justices?|bench|tribunal)\b/i.test(lead) &&
        !/\b(?:council|board|committee|commission|panel|assembly|parliament|senate|house|cabinet|jury|party|union)['’]s\s+$/i.test(
          lead,
        )
      ) {
        votes.set(i, "judges in the majority");
        votes.set(i + 1, "judges dissenting");
        return;
      }
      if (!who) return;
      // "the committee voted 19-15": votes cast in a body; "the law lords ruled by an eight to one majority": its members.
      // (Not a people's vote in shares: "Britons voted 52-48", "voted 52 percent to 48 percent".)
      if (
        /\svoted\s+(?:by\s+)?$/i.test(lead) &&
        VOTING_BODY.test(who) &&
        !hit.percent &&
        !next.percent &&
        !/^\s*(?:percent|per\s*cent|pct|%)/i.test(text.slice(next.end, sentence.end))
      ) {
        votes.set(i, `votes in favour (${who})`);
        votes.set(i + 1, `votes against (${who})`);
        return;
      }
      // "a federal appeals court ruled in a 2-1 decision": the judges in the majority and the one dissenting.
      if (decision && /\b(?:court|judges|justices|bench|tribunal)$/i.test(who)) {
        votes.set(i, `judges in the majority (${who})`);
        votes.set(i + 1, `judges dissenting (${who})`);
        return;
      }
      votes.set(i, `${who} in favour`);
      votes.set(i + 1, `${who} against`);
    });
    // "approved ... with 161 in favour and 15 against", "312 votes in favor, 104 against", "61 voting in favor and 38
    // against": a tally, each side bare or counted in votes, beside the other (not "1,200 nurses in favour ... and 300
    // against", whose noun the second shares; not a poll's "620 in favour and 300 against", nor shares in percent).
    const sentenceText = text.slice(sentence.start, sentence.end);
    if (VOTE_CONTEXT.test(sentenceText) && (!POLLED.test(sentenceText) || /\bvoted\b/i.test(sentenceText))) {
      // Each number's side, and whether it stands bare (or in votes) and takes the label: a side with a noun of its own
      // ("61 senators voting in favor and 38 against", "13 members voted for the resolution and two against") keeps
      // its noun, but is the side the other stands against.
      const sides = hits.map((hit): { side: string; bare: boolean } | undefined => {
        if (hit.percent || hit.currency) return undefined;
        const after = text.slice(hit.scaleEnd ?? hit.end, sentence.end);
        if (TALLY_FOR.test(after)) return { side: "votes in favour", bare: true };
        if (TALLY_AGAINST.test(after)) return { side: "votes against", bare: true };
        if (TALLY_FOR_COUNTED.test(after)) return { side: "votes in favour", bare: false };
        return undefined;
      });
      hits.forEach((hit, i) => {
        const mine = sides[i]?.bare ? sides[i]?.side : undefined;
        if (mine === undefined || votes.has(i)) return;
        // (the other side in the sentence: "141 votes in favour, with 35 abstentions and five against")
        const partner = sides.some((other, k) => k !== i && other !== undefined && other.side !== mine);
        // (not after a share: "89 percent in favour and 11 against")
        const before = hits[i - 1];
        const afterShare = before?.percent === true && /^\s*(?:,|and)\s*/.test(text.slice(before.end, hit.start));
        if (partner && !afterShare) votes.set(i, mine);
      });
    }

    // A range: "between 300 and 400 people", "30-40 others", "300 to 400 people": two values of one
    // noun, the lower sharing the noun after the upper (not "from 5 to 12", read above; not a score "3-1").
    // "80-90 per cent", "10 to 15 percent": the lower value is a share as the upper is, of the same whole,
    // drafted with the upper (below), whose label and unit it takes.
    const rangeUpper = new Map<number, number>();
    const rangeLower = new Map<number, number>();
    const shareRangeLower = new Map<number, number>();
    hits.forEach((hit, i) => {
      const next = hits[i + 1];
      if (!next || votes.has(i) || isEarlier.has(i) || earlierOf.has(i + 1) || next.value <= hit.value) return;
      const between = text.slice(hit.end, next.start);
      const lead = text.slice(Math.max(sentence.start, hit.start - 20), hit.start);
      const joined = /^\s*(?:-|–|to)\s*$/i.test(between) && !/\bfrom\s+$/i.test(lead);
      const betweenAnd = /^\s+and\s+$/i.test(between) && /\bbetween\s+$/i.test(lead);
      // "three or four units", "10 or 12 days": a guess between two near values, a range.
      const either = /^\s+or\s+$/i.test(between) && next.value <= Math.max(hit.value + 2, hit.value * 1.5);
      // "between 200 and 300 mln dlrs", "six or seven million": the lower value shares the upper's scale.
      const scale = next.scale === undefined ? undefined : SCALE[next.scale.toLowerCase()];
      if (scale !== undefined && !hit.scale && !hit.currency && !hit.percent && !next.percent && hit.value < 1000) {
        const upper = next.value / scale;
        const near = /^\s+or\s+$/i.test(between) && upper <= Math.max(hit.value + 2, hit.value * 1.5);
        if ((joined || betweenAnd || near) && upper > hit.value) {
          hits[i] = {
            ...hit,
            value: asWritten(hit.value * scale),
            scale: next.scale,
            currency: next.currency,
            scaleEnd: next.end,
          };
          rangeUpper.set(i, i + 1);
          rangeLower.set(i + 1, i);
        }
        return;
      }
      if (next.percent && !hit.percent && !hit.currency && !hit.scale) {
        // "10 to 15 percent", "between 20 and 35 pct".
        if (joined || betweenAnd) shareRangeLower.set(i + 1, i);
        return;
      }
      // "between $5bn and $7bn", "$2m-$3m": a range of money in one currency.
      const sameMoney = hit.currency !== undefined && hit.currency === next.currency && !hit.percent && !next.percent;
      if (!sameMoney && (hit.percent || next.percent || hit.currency || next.currency || hit.scale || next.scale))
        return;
      if (!joined && !betweenAnd && !either) return;
      rangeUpper.set(i, i + 1);
      rangeLower.set(i + 1, i);
    });
    const inShareRange = new Set(shareRangeLower.values());

    // A part of a whole: "1.7 million of Gaza's 2.3 million people have been displaced", "38 out of the 120 seats": the part
    // counts what the whole's noun phrase says happened; the whole is the noun alone.
    const partOf = new Map<number, number>();
    hits.forEach((hit, i) => {
      const next = hits[i + 1];
      if (!next || next.value <= hit.value || hit.percent || next.percent) return;
      if (
        /^\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her)\s+|\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:['’]s|(?<=s)['’])\s+)?$/u.test(
          text.slice(hit.end, qualifierStart(next)),
        )
      )
        partOf.set(i, i + 1);
    });
    const isWhole = new Set(partOf.values());

    /** "Between 300 and 400", "30-40": a range's words. */
    const rangeText = (lower: number, upper: number): string => {
      const from = (hits[lower] as Hit).start;
      const between = /\bbetween\s+$/i.exec(text.slice(Math.max(sentence.start, from - 20), from));
      return text.slice(from - (between?.[0].length ?? 0), (hits[upper] as Hit).end);
    };

    const listed = (i: number): boolean => {
      const next = hits[i + 1];
      const owner = owners[i + 1];
      if (!next || !owner || owners[i] === undefined) return false;
      // "the GMB's 40,000 and Unite's", "Unison's 800,000 workers, the TGWU's".
      return /^(?:\s+[\p{L}’'-]+){0,3}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|while|against|versus|vs\.?)\s+)$/iu.test(
        text.slice(hits[i]?.end ?? 0, owner.start),
      );
    };

    hits.forEach((hit, i) => {
      if (isEarlier.has(i) || inShareRange.has(i)) return;
      const { start, end } = hit;
      // "the two countries", "the two sides": the pair the text is about, named again, no count.
      if (
        hit.value === 2 &&
        !hit.currency &&
        !hit.percent &&
        !hit.scale &&
        /\b(?:the|these|those)\s+$/i.test(text.slice(Math.max(sentence.start, start - 10), start)) &&
        /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*s\b/u.test(text.slice(end, Math.min(sentence.end, end + 40))) &&
        !/^\s+(?:days|weeks|months|years|hours|minutes|per\s*cent|percent)\b/i.test(text.slice(end, end + 20))
      )
        return;
      const before = text.slice(Math.max(sentence.start, start - 40), start);
      const after = text.slice(end, Math.min(sentence.end, end + 40));
      const qualifierMatch = QUALIFIER_BEFORE.exec(before);
      let wordingStart = qualifierMatch ? start - qualifierMatch[0].length : start;
      // "between 200 and 300 mln": the lower value's words hold "between", which makes it a range.
      const between =
        hit.scaleEnd === undefined ? null : /\bbetween\s+$/i.exec(text.slice(sentence.start, wordingStart));
      if (between) wordingStart -= between[0].length;
      const shareLowerIndex = shareRangeLower.get(i);
      const shareLower = shareLowerIndex === undefined ? undefined : hits[shareLowerIndex];
      const plainNumber = !hit.currency && !hit.scale && !hit.percent;
      // "a five mile cordon", "a 200-nautical mile zone", "roughly 200 metres from the site".
      const length = plainNumber ? lengthAfter(text, end, sentence) : undefined;
      // "an 84 year old lady", "a man aged 71", "Tom Reed, 52,": the person's age.
      const age = plainNumber && !length ? ageOf(text, hit, wordingStart, sentence) : undefined;
      // "seven-month-long", "12-day": the unit is joined by hyphens.
      // ("a 332-million-Canadian-dollar program": a nation's name between the number and its currency)
      const hyphened =
        length || age
          ? null
          : /^-(?:(?:US|Hong-Kong|Australian|Canadian|Swiss|Turkish|Indian|Singapore|Taiwan)-(?=dollars?\b|dlrs?\b|francs?\b|lira\b|rupees?\b))?(\p{L}+)(-long|-old|\s+old\b)?/u.exec(
              after,
            );
      let restStart = length?.end ?? age?.end ?? end + (hyphened ? hyphened[0].length : 0);
      const trailing = QUALIFIER_AFTER.exec(text.slice(restStart, sentence.end));
      if (trailing) restStart += trailing[0].length;
      const notes: string[] = [];
      // "800 mln rupees", "265 mln U.S. Dlrs", "five million lira": a currency named after the number.
      const currencyWord = hyphened || length || age ? null : CURRENCY_AFTER.exec(text.slice(restStart, sentence.end));
      if (currencyWord) restStart += currencyWord[0].length;
      // "7,000 dollars (5,500 US)": an amount in brackets after another, in US dollars.
      // (only after a sum of money: not "lost 3,500 troops (2,400 US)")
      const beforeBracket = figures.at(-1);
      const usInBrackets =
        !currencyWord &&
        !hit.currency &&
        /\(\s*$/.test(text.slice(sentence.start, wordingStart)) &&
        beforeBracket !== undefined &&
        beforeBracket.end >= sentence.start &&
        CURRENCY_AFTER.test(` ${beforeBracket.unit}`)
          ? /^\s+(?:U\.?S\.?|USD)(?=\s*\))/.exec(text.slice(restStart, sentence.end))
          : null;
      if (usInBrackets) restStart += usInBrackets[0].length;
      // "a 1.3-billion-dlr stand-by loan": the currency joined by a hyphen, before what the money is.
      const hyphenCurrency =
        hyphened && !hyphened[2] && CURRENCY_AFTER.test(` ${hyphened[1]}`) ? (hyphened[1] as string) : undefined;
      // "3.33 kilograms (7.3 pounds) of heroin", "weighs 200 pounds", "gained about 30 pounds": pounds of weight, no money.
      const lead = text.slice(sentence.start, wordingStart);
      // (Not "2 million pounds' worth", "850 pounds an ounce": money, a price.)
      const weightPounds =
        currencyWord !== null &&
        /^\s*pounds?\b/i.test(currencyWord[0]) &&
        !/^(?:['’]s?)?\s*worth\b|^\s+(?:a|an|per)\s+\p{L}/iu.test(text.slice(restStart, sentence.end)) &&
        (WEIGHT_BEFORE_BRACKET.test(lead) || WEIGHED_BEFORE.test(lead));
      const money = hit.currency
        ? (CURRENCY[hit.currency.replace(/^(US|A|C|HK|NZ|S)(?=\$)/, "").toLowerCase()] ?? hit.currency)
        : currencyWord && !weightPounds
          ? currencyName(currencyWord[1] as string)
          : hyphenCurrency
            ? currencyName(hyphenCurrency)
            : usInBrackets
              ? "dollars"
              : undefined;
      let counted = countedAfter(text, restStart, sentence.end, verbs);
      // "in the last two months half of the loan": a stretch of time named by "past", "next" ends at its unit.
      const unitWord = counted.text.split(/\s+/)[0] ?? "";
      const stretch = TIME_UNIT.test(unitWord) && PERIOD_OPENING.test(before);
      if (stretch && counted.text !== unitWord) {
        const unitEnd = text.indexOf(unitWord, restStart) + unitWord.length;
        counted = { text: unitWord, end: unitEnd, words: [unitWord] };
      }
      // "about 20 arriving by sea": more than one of a thing is never a singular word in -ing; a verb, nothing counted.
      if (
        hit.value > 1 &&
        counted.words.length === 1 &&
        /^\p{Ll}{3,}ing$/u.test(counted.text) &&
        !/^-/.test(text.slice(hit.end, hit.end + 1))
      )
        counted = { text: "", end: restStart, words: [] };
      // "€40 million in lost trade", "$2bn in aid"; "$50bn (30bn pounds) a year in aid": aid per year.
      const inPhrase = /^(?:\s*\([^)]*\))?(?:\s+(?:a|an|per|each)\s+(day|week|month|year))?\s+in\s+/i.exec(
        text.slice(restStart, sentence.end),
      );
      let fromIn = false;
      let inRate: string | undefined;
      // Not "in 'the most devastating financial tragedy'": what it is in, not what it counts.
      if (
        counted.text === "" &&
        money &&
        inPhrase &&
        !/^\s*["“‘']?\s*(?:(?:the|a|an|this|that|its|their)\b|\S+\s+(?:days?|weeks?|months?|years?|decades?)\b)/iu.test(
          text.slice(restStart + inPhrase[0].length, sentence.end),
        ) &&
        // Not an idiom: "in compliance with", "in return for", "in line with", "in exchange for" ("in total assets" is).
        !/^\s*(?:compliance\s+with|return\s+for|exchange\s+for|line\s+with|addition\s+to|response\s+to|accordance\s+with|(?:return|turn|particular|total|all)\s*[,.;])/i.test(
          text.slice(restStart + inPhrase[0].length, sentence.end),
        ) &&
        // Not "a month in Varn": where, not what; but "10 million dollars in US food aid", "$50,000 in Disney stock": a
        // name that describes the noun after it.
        (!/^\s*\p{Lu}/u.test(text.slice(restStart + inPhrase[0].length, sentence.end)) ||
          NAME_THEN_MONEY_NOUN.test(text.slice(restStart + inPhrase[0].length, sentence.end)))
      ) {
        const inStart = restStart + inPhrase[0].length;
        // "has invested 56 million yuan in tourism facilities": what it was invested in, the investment's.
        const invested = INVESTED_BEFORE.test(text.slice(sentence.start, wordingStart));
        const where = invested ? investedIn(text, inStart, sentence.end) : undefined;
        const named = NAME_THEN_MONEY_NOUN.exec(text.slice(inStart, sentence.end))?.[0];
        counted = where
          ? { text: `investment in ${where}`, end: inStart + where.length, words: ["investment"] }
          : named
            ? { text: named.trim(), end: inStart + named.length, words: named.trim().split(/\s+/) }
            : countedAfter(text, inStart, sentence.end);
        // "$100 billion in frozen overseas funds": words that describe the noun, a participle among them, first.
        const described = /^((?:\p{Ll}[\p{Ll}-]*\s+){1,2})(?=\p{Ll})/u.exec(text.slice(inStart, sentence.end));
        if (counted.text === "" && described) {
          const noun = countedAfter(text, inStart + (described[1] as string).length, sentence.end);
          if (noun.text !== "" && !TIME_UNIT.test(noun.words[0] ?? ""))
            counted = {
              ...noun,
              text: text.slice(inStart, noun.end),
              words: [...(described[1] as string).trim().split(/\s+/), ...noun.words],
            };
        }
        fromIn = true;
        inRate = inPhrase[1]?.toLowerCase();
      }
      const wholeIndex = partOf.get(i);
      if (wholeIndex !== undefined) {
        const whole = countedAfter(text, (hits[wholeIndex] as Hit).end, sentence.end);
        if (whole.text.startsWith(`${whole.words.join(" ")} `)) counted = whole;
        else if (whole.text !== "") {
          // "Five of the 12 judges dissented": judges, and the note asks which of them.
          counted = whole;
          notes.push(
            `a part of "${text.slice((hits[wholeIndex] as Hit).start, whole.end)}": say which part in the label`,
          );
        }
      } else if (isWhole.has(i) && counted.text.startsWith(`${counted.words.join(" ")} `))
        // The whole is the noun alone: what happened is said of the part.
        counted = { text: counted.words.join(" "), end: counted.end, words: counted.words };
      // "about 240 hostages, 40 of them children": the noun after "of them".
      const ofThem =
        counted.text === "" ? /^\s+of\s+(?:them|whom|those)\s+/i.exec(text.slice(restStart, sentence.end)) : null;
      if (ofThem) counted = countedAfter(text, restStart + ofThem[0].length, sentence.end, verbs);
      const upperIndex = rangeUpper.get(i);
      const lowerIndex = rangeLower.get(i);
      if (upperIndex !== undefined) {
        counted = countedAfter(text, (hits[upperIndex] as Hit).end, sentence.end, verbs);
        notes.push(`the lower value of "${rangeText(i, upperIndex)}"`);
      } else if (lowerIndex !== undefined) notes.push(`the upper value of "${rangeText(lowerIndex, i)}"`);
      let lateCasualty: string | undefined;
      // "more than 10,000 missing", "at least 40 injured were flown out": people missing, injured.
      if (
        !money &&
        !hit.percent &&
        (counted.text === "" || (counted.words.length === 1 && CASUALTY_WORD.test(counted.text)))
      ) {
        const casualty = CASUALTY_AFTER.exec(text.slice(restStart, sentence.end));
        // "at least nine people were killed and 21 were wounded", "Six students died and 39 were injured": those the
        // sentence's first count names, when a verb's auxiliary stands between.
        const subject = casualty?.[0].match(/\b(?:were|was|are|been)\s/)
          ? figures.find(
              (f) =>
                clauseSubject(f) &&
                // (people killed or hurt only after a count of whom harm was told; "missing", "rescued" may be
                // things: "3,000 bags were delayed and 400 were missing")
                // ("Two boats capsized and 40 were missing": an accident to things leaves people missing)
                (LIVING_HARM.test(casualty?.[1] ?? "")
                  ? HARM_WORD.test(text.slice(f.end, wordingStart))
                  : !ACCIDENT_WORD.test(text.slice(f.end, wordingStart))) &&
                /^(?:\p{Ll}{3,}s|people|men|women|children|police)$/u.test(f.unit),
            )?.unit
          : undefined;
        const who = subject ?? "people";
        // (with an auxiliary and no such count, "Among the six soldiers who died, four were killed by a bomb": a part
        // of a whole, which the rule for parts reads below; "where 84 were killed", people, when nothing else reads it)
        const auxiliary = /\b(?:were|was|are|been)\s/.test(casualty?.[0] ?? "");
        if (casualty && auxiliary && subject === undefined)
          lateCasualty = `people ${(casualty[1] as string).toLowerCase().replace(/\s+/g, " ")}`;
        else if (casualty)
          counted = {
            text: `${who} ${(casualty[1] as string).toLowerCase().replace(/\s+/g, " ")}`,
            end: restStart + casualty[0].length,
            words: [who],
          };
      }
      // "More than 100 people were injured, five seriously": the casualty count before it, and how badly.
      if (!money && !hit.percent && counted.text === "") {
        const severity = /^\s+(seriously|critically|badly|slightly|severely|gravely)\b/i.exec(
          text.slice(restStart, sentence.end),
        );
        const casualties = severity
          ? figures.findLast((f) => f.start >= sentence.start && /^(\S+) (injured|wounded|hurt)$/.test(f.counts))
          : undefined;
        if (severity && casualties) {
          const [noun, harm] = casualties.counts.split(" ");
          counted = {
            text: `${noun} ${(severity[1] as string).toLowerCase()} ${harm}`,
            end: restStart + severity[0].length,
            words: [noun as string],
          };
        }
      }
      // "41 Britons have died, with 158 others missing": the others are more of what the count before counts.
      if (
        !money &&
        !hit.percent &&
        /^others\s+\S/i.test(counted.text) &&
        /\bwith\s+$/i.test(text.slice(Math.max(sentence.start, wordingStart - 10), wordingStart))
      ) {
        const before = figures.findLast(
          (f) =>
            f.start >= sentence.start && /^\p{L}+s$/u.test(f.unit) && !TIME_UNIT.test(f.unit) && f.unit !== "others",
        );
        // The noun as the text writes it ("Britons"), not as the unit is kept.
        const noun = before?.counts.split(/\s+/).find((w) => w.toLowerCase() === before.unit) ?? before?.unit;
        if (noun)
          counted = {
            text: counted.text.replace(/^others/i, noun),
            end: counted.end,
            words: [noun, ...counted.words.slice(1)],
          };
      }
      const nounAfterMoney = money !== undefined && !fromIn && counted.text !== "";
      let excerptEnd = Math.max(restStart, counted.end);
      let excerptFrom: number | undefined;
      const owner = owners[i];
      let inList = false;
      // A list shares the noun after its last number ("the GMB's 40,000 and Unite's 15,000 members"),
      // else its first ("Unison's 800,000 workers, the TGWU's 70,000 and Amicus' 20,000").
      if (owner && counted.text === "") {
        let j = i;
        while (listed(j)) j++;
        let shared = j > i ? countedAfter(text, (hits[j] as Hit).end, sentence.end) : undefined;
        if (shared?.text) excerptEnd = Math.max(excerptEnd, shared.end);
        else {
          for (let k = i - 1; k >= 0 && listed(k); k--) {
            const other = countedAfter(text, (hits[k] as Hit).end, sentence.end);
            if (other.text) {
              shared = other;
              excerptFrom = owners[k]?.start ?? (hits[k] as Hit).start;
            }
          }
        }
        if (shared?.text) {
          counted = shared;
          inList = true;
        }
      }
      if (owner && (listed(i) || (i > 0 && listed(i - 1)))) inList = true;
      const earlierIndex = earlierOf.get(i);
      const earlier = earlierIndex === undefined ? undefined : (hits[earlierIndex] as Hit);
      const earlierStart = earlier === undefined ? undefined : qualifierStart(earlier);
      let unit = hyphenCurrency
        ? (money as string)
        : hyphened
          ? (hyphened[1] as string).toLowerCase()
          : hit.percent
            ? "per cent"
            : (money ?? headOf(counted.words).toLowerCase());
      let counts = votes.get(i) ?? (inRate && counted.text !== "" ? `${counted.text} per ${inRate}` : counted.text);
      // "has a production quota of 28 million barrels per day": a measure the noun before "of" names, in its unit.
      const measuredAs =
        !money && !hit.percent && MEASURE_UNIT.test(counted.words[0] ?? "")
          ? MEASURED_NOUN_OF.exec(text.slice(sentence.start, wordingStart))
          : null;
      if (measuredAs) counts = `${(measuredAs[1] as string).trim()} (${counted.text})`;
      // "The committee remains about $7.5 million short of the $64 million": a shortfall, the subject's.
      // (not "a $3 billion short-term loan", "a $500 million short position")
      if (money && /^(?:short|shy)(?:\s+of\b|\s*$)/i.test(counted.text) && !votes.has(i)) {
        const lead = withoutAsides(text.slice(sentence.start, wordingStart));
        const verb = SHORT_VERBS_BEFORE.exec(lead);
        // ("That puts the committee about $7.5 million short": the object left short)
        const left = LEFT_SHORT_BEFORE.exec(lead)?.[1];
        // (the subject of a verb that says how far short, only: not "the bank injected 200 billion dinars short of")
        const subject = left
          ? subjectOfVerb(left, text)
          : verb
            ? subjectOfVerb(lead.slice(0, verb.index), text)
            : undefined;
        counts = subject ? `shortfall of ${subject}` : "shortfall";
      }
      // "around 56,000 Army, 10,000 Royal Air Force and 28,000 civilian personnel": a list of counts whose last noun
      // every name before it shares (Army personnel, Royal Air Force personnel).
      const sharedNoun =
        !money && !hit.percent && counted.words.length > 0 && counted.words.every((w) => /^\p{Lu}/u.test(w))
          ? SHARED_NOUN_AFTER.exec(text.slice(counted.end, sentence.end))?.[1]
          : undefined;
      if (sharedNoun !== undefined && !votes.has(i)) {
        counts = `${counted.text} ${sharedNoun}`;
        unit = sharedNoun.toLowerCase();
      }
      let pattern = votes.has(i) ? "figure-vote" : "figure-number";
      if (weightPounds) {
        // "3.33 kilograms (7.3 pounds)": the same weight as the figure before it; "weighs 200 pounds": a weight.
        // (the figure just before the bracket only: "12 people ... one tonne (2,200 pounds) of cannabis" reads the
        // cannabis after it, not the people)
        const lastFigure = figures.at(-1);
        const shownWeight =
          WEIGHT_BEFORE_BRACKET.test(lead) &&
          lastFigure !== undefined &&
          ONLY_WEIGHT_BEFORE_BRACKET.test(text.slice(lastFigure.end, wordingStart))
            ? lastFigure
            : undefined;
        const changed = WEIGHT_CHANGED_BEFORE.exec(lead)?.[1];
        const ofAfter = /^\s*\)\s*of\s+/.exec(text.slice(restStart, sentence.end));
        const substance = ofAfter ? countedAfter(text, restStart + ofAfter[0].length, sentence.end) : undefined;
        unit = "pounds";
        // ("kilograms of heroin" before it: "pounds of heroin")
        counts = shownWeight
          ? shownWeight.counts.replace(WEIGHT_LABEL, "pounds")
          : substance?.text
            ? `pounds of ${substance.text}`
            : counted.text ||
              // "gained about 30 pounds": the pounds gained; "weighs 200 pounds": a weight.
              (changed ? `pounds ${changed.toLowerCase()}` : "weight");
        if (shownWeight) {
          pattern = "figure-conversion";
          notes.push(`the same weight as "${shownWeight.wording}", in pounds`);
        }
      }
      // "voted 19-15 along party lines": votes, whatever noun follows the tally.
      if (votes.get(i)?.startsWith("votes ")) unit = "votes";
      if (votes.get(i)?.startsWith("judges ")) unit = "judges";
      if (votes.get(i)?.startsWith("wins in ")) unit = "wins";
      if (votes.get(i)?.startsWith("losses in ")) unit = "losses";
      if (votes.get(i)?.startsWith("score of ")) unit = "points";
      // "the US death toll just broke the 2,000 mark": the toll, not the mark.
      const milestone = MILESTONE.test(counts) ? MILESTONE_VERB.exec(text.slice(sentence.start, wordingStart)) : null;
      const reached = milestone
        ? phraseEnding(withoutAsides(text.slice(sentence.start, sentence.start + milestone.index)))
        : undefined;
      if (reached !== undefined) {
        counts = lowerOpening(reached);
        pattern = "figure-counted-before";
      }
      // ("40 to 50 feet high": the lower value measures what its upper one does, in its unit)
      const upperOfRange = rangeUpper.get(i);
      const rangeLength =
        length ??
        (plainNumber && upperOfRange !== undefined
          ? lengthAfter(text, (hits[upperOfRange] as Hit).end, sentence)
          : undefined);
      if (rangeLength) {
        counts = rangeLength.counts;
        unit = rangeLength.unit;
        pattern = "figure-length";
      } else if (age) {
        counts = age.counts;
        unit = "years";
        pattern = "figure-age";
      } else if (hyphenCurrency) {
        // "a 1.3-billion-dlr stand-by loan": the loan.
        if (counted.text === "") {
          counts = "money";
          notes.push("what the money is, or is for, was not found next to it: check the label");
        }
      } else if (hyphened) {
        // "a 12-day strike": the strike's length; "a 20-year-old man": his age.
        const what =
          counted.text === "" ? "" : /^\p{Lu}/u.test(counted.text) ? ` of ${counted.text}` : ` of the ${counted.text}`;
        const old = /old$/.test(hyphened[2] ?? "");
        // "the 8-month-old truce", "a six-month-old offensive": how long it has gone on, not an age.
        const goingOn = old && counted.words.some((w) => PROCESS_NOUNS.test(w));
        counts = goingOn
          ? `length${what} so far`
          : old
            ? `age${what}`
            : TIME_UNIT.test(unit)
              ? `length${what}`
              : MEMBERS.test(unit)
                ? `members${what}`
                : MEMBER_BODIES.test(unit) && BODY_NOUNS.test(counted.words.at(-1) ?? "")
                  ? `member ${plural(unit.toLowerCase())}${what}`
                  : `${unit}s${what}`;
        // "a 20-year-old man" in years; "the 8-month-old truce" in months.
        if (old) unit = /^(?:day|week|month)$/i.test(unit) ? `${unit.toLowerCase()}s` : "years";
        else if (MEMBERS.test(unit)) unit = "members";
        else if (MEMBER_BODIES.test(unit)) unit = plural(unit.toLowerCase());
        else if (TIME_UNIT.test(unit)) unit = unit.replace(/s?$/, "s");
        else if (/^\p{Ll}+$/u.test(unit) && counts.startsWith(`${unit}s`)) unit = `${unit}s`;
        if (counted.text === "") notes.push("what the measure is of was not found after it: check the label");
        pattern = "figure-hyphened-measure";
      } else {
        const bare =
          counts === "" ||
          (counted.words.length === 1 && (GENERIC.test(counts) || TIME_UNIT.test(counts)) && !counts.includes(" ")) ||
          // ("by 0.1 percentage points", "25 basis points": a measure's unit, as "points" is)
          /^(?:percentage|basis)\s+points?$/i.test(counts);
        // "AMC was off 3/8 to 3-1/2", "exports are up 30%": a change by an amount, and the level it came to.
        // "fell below 10%": a level under a threshold, not an amount (unless "by": "rose by more than 5%").
        const byAmount = bare
          ? CHANGE_BY.exec(text.slice(Math.max(sentence.start, wordingStart - 40), wordingStart))
          : null;
        const change = byAmount && (!qualifierMatch || /\sby\s+$/i.test(byAmount[0])) ? byAmount : null;
        const level =
          bare && !change
            ? CHANGE_TO.exec(text.slice(Math.max(sentence.start, wordingStart - 80), wordingStart))
            : null;
        // "Shares in the airline jumped, showing a gain of 11.15 percent to 0.944 euros": the level the sentence's
        // subject came to after a change named by a noun; a share's level in money is its price.
        const nounLevel =
          (bare || money) && !change && !level
            ? CHANGE_NOUN_TO.exec(text.slice(Math.max(sentence.start, wordingStart - 80), wordingStart))
            : null;
        const opening = nounLevel ? sentenceSubject(text.slice(sentence.start, wordingStart)) : undefined;
        // (only what has a level in a market, named first or last: "Shares in the airline", "Kessler Group shares")
        if (opening && MARKET_SUBJECT.test(opening)) {
          const share = /^(?:shares?|stocks?)\b/i.exec(opening);
          counts =
            money && share
              ? `price of ${share[0].toLowerCase()}${opening.slice(share[0].length)}`
              : money && /\b(?:shares?|stocks?)$/i.test(opening)
                ? `price of ${opening}`
                : lowerOpening(opening);
          pattern = "figure-change";
        }
        const moved = change ?? level;
        if (moved) {
          const verbAt = wordingStart - moved[0].length;
          let subject = subjectOfVerb(text.slice(sentence.start, verbAt), text);
          // "will grow 1.6 percent, down 0.2 percentage points from": a change in the figure just before, not in its
          // unit.
          if (subject !== undefined && /^(?:per\s*cent|percent|pct|points?)\b/i.test(subject)) {
            const shown = figures.at(-1);
            subject =
              shown !== undefined && shown.start >= sentence.start && !/^(?:per cent|points?|share)$/.test(shown.counts)
                ? shown.counts
                : undefined;
          }
          if (subject) {
            counts = change ? `${changeNoun(moved[1] as string)} in ${subject}` : subject;
            pattern = "figure-change";
          }
        }
        if (bare && pattern !== "figure-change" && earlier !== undefined && earlierStart !== undefined) {
          // "the index jumped 224 pct from 131.32 to 424.81": both values are levels of what changed.
          const lead = text.slice(sentence.start, earlierStart).replace(/\s*\bfrom\s*$/i, "");
          const verb = CHANGED_BEFORE.exec(lead);
          // "had increased support for Africa in the past four years from": what was increased; "a rise in literacy
          // rates from": what rose.
          const changeIn = CHANGE_IN_BEFORE.exec(lead);
          const object = verb
            ? undefined
            : (CHANGED_OBJECT.exec(lead) ?? (changeIn && changedIn(changeIn[1] as string) ? changeIn : null));
          const subject = verb ? subjectOfVerb(lead.slice(0, verb.index), text) : object?.[1];
          if (subject) {
            counts = subject;
            pattern = "figure-change";
          }
        }
        /**
         * The figure before this one whose label this one takes: for a share, the last with its unit within 600
         * characters ("a 14 per cent pay rise ... has offered 6 per cent"); for money, one in its currency in
         * the sentence, after "and" or "or" ("855 dlrs ... and 895 dlrs"); for a count, one in the sentence
         * after "than", "and", "from" ... ("nine law lords rather than the usual five").
         */
        const countedAsBefore = (): FigureCandidate | undefined => {
          const lead = text.slice(Math.max(sentence.start, wordingStart - 40), wordingStart);
          return figures.findLast(
            (f) =>
              f.start < start &&
              f.counts !== "" &&
              f.later === undefined &&
              // (a label that is only a measure's unit, "per cent", says nothing; "delegates" does)
              !(f.counts.toLowerCase() === f.unit && /^(?:per cent|points?|share)$/.test(f.unit)) &&
              !/not found|taken from/.test(f.drafted?.note ?? "") &&
              // ("13 percent were unsure", "a rate on imported cars", "support for Clinton": one figure's reading, never
              // another's)
              !/^(?:share (?:of \S+(?: \S+)* )?who|rate on|margin (?:over|above|below|under)|support for)\b/.test(
                f.counts,
              ) &&
              (money
                ? f.start >= sentence.start &&
                  f.unit === unit &&
                  // "from 200 billion euros to 800 billion euros": the upper of the range the lower opens.
                  (/\b(?:and|or)\s+$/i.test(lead) ||
                    // "the annual deficit would surpass $1 trillion ... -- reaching $1.4 trillion": the same sum, later.
                    /(?:,|--|[—–])\s+(?:reaching|hitting|topping|(?:rising|climbing|falling|dropping|swelling)\s+to)\s+$/i.test(
                      lead,
                    ) ||
                    (/\bto\s+$/i.test(lead) &&
                      /\bfrom\s+\S*$/i.test(text.slice(Math.max(sentence.start, f.start - 12), f.start + 1))) ||
                    // "investing $500,000 to more than $1 million": the upper of a range written "N to M".
                    /^\s+to\s+(?:(?:more\s+than|about|around|nearly|almost|over|some)\s+)?$/i.test(
                      text.slice(f.end, wordingStart),
                    ))
                : hit.percent
                  ? f.unit === unit && sentence.start - f.end < 600
                  : f.start >= sentence.start &&
                    f.unit !== "share" &&
                    (ELLIPSIS_BEFORE.test(lead) ||
                      // "won 38 seats ... but is now set to win only a dozen,", "ahead of Labour with 22.": a number
                      // that ends its clause after a verb of winning or "with"
                      (WON_BEFORE.test(lead) && /^\s*(?:[,.;:]|$)/.test(text.slice(restStart, sentence.end)))) &&
                    // ("five boys and a girl aged 12 and 13, died and 39 were injured": a verb before "and", another
                    // clause; but "the number will be cut to 50" keeps to its number)
                    !(
                      /\b(?:and|or)\s+$/i.test(lead) &&
                      text
                        .slice(f.end, wordingStart)
                        .split(/\s+/)
                        .slice(0, -1)
                        .some((w) => isVerbish(w.replace(/[^\p{L}'’-]/gu, "")))
                    )),
          );
        };
        /**
         * "Six students died and 39 were injured", "two soldiers were killed and three wounded": a number that opens a
         * clause after "and" with no noun of its own counts what the clause before it did, the sentence's first count
         * of a noun (not an age, a length, a share or a sum).
         */
        const subjectBefore = (): FigureCandidate | undefined =>
          !money &&
          !hit.percent &&
          /\band\s+$/i.test(text.slice(sentence.start, wordingStart)) &&
          CLAUSE_VERB_AFTER.test(text.slice(restStart, sentence.end))
            ? figures.find(
                (f) =>
                  f.start < start &&
                  // (not "A convoy of 30 trucks was ambushed and four were killed")
                  clauseSubject(f) &&
                  // (people harmed only after a count of whom harm was told: not "Three buses collided and 40 were hurt")
                  (!LIVING_HARM.test(text.slice(restStart, sentence.end).slice(0, 40)) ||
                    HARM_WORD.test(text.slice(f.end, wordingStart))) &&
                  // ("Two boats capsized and 40 were missing": people, not boats)
                  !(
                    CASUALTY_AFTER.test(text.slice(restStart, sentence.end)) &&
                    ACCIDENT_WORD.test(text.slice(f.end, wordingStart))
                  ) &&
                  f.counts !== "" &&
                  f.later === undefined &&
                  f.unit !== "share" &&
                  f.unit !== "years" &&
                  !/^(?:age|length|share|money|rate|margin|support|cost|value|price)\b/.test(f.counts),
              )
            : undefined;
        const takeLabelOf = (previous: FigureCandidate): void => {
          counts = previous.counts;
          // ("aged 12 and 13": years too)
          if (unit === "") unit = previous.unit;
          notes.push(`what it counts is taken from "${previous.wording}" before it: check`);
          pattern = "figure-counted-before";
        };
        // "the deal is expected to be worth $600m", "flats now cost 2,000 cruzados": its worth, their cost.
        const worth =
          money && bare && pattern !== "figure-change" ? worthBefore(text, sentence.start, wordingStart) : undefined;
        if (worth) {
          counts = worth;
          pattern = "figure-money-worth";
        }
        // "lent 27.6 mln dlrs to modernise", "agreed to release a total of 17 mln dlrs": a loan, money released.
        const moneyVerb = money ? moneyVerbBefore(text, sentence.start, wordingStart) : undefined;
        const movedMoney = bare && !worth && pattern !== "figure-change" ? moneyVerb : undefined;
        if (movedMoney) pattern = "figure-money-verb";
        if (
          bare &&
          // "support for fishermen in the past four years": a stretch of time is no length of the words before.
          !stretch &&
          pattern !== "figure-change" &&
          pattern !== "figure-money-worth" &&
          pattern !== "figure-money-verb"
        ) {
          // "the death toll rose to 68", "the strike has lasted 12 days".
          const anchor =
            earlier && earlierStart !== undefined && earlierStart < wordingStart
              ? earlierStart - (/\bfrom\s+$/i.exec(text.slice(sentence.start, earlierStart))?.[0].length ?? 0)
              : shareLower
                ? qualifierStart(shareLower)
                : // "The fee was between 40 and 50 dollars": the upper value's words before are the lower's.
                  lowerIndex !== undefined
                  ? qualifierStart(hits[lowerIndex] as Hit)
                  : wordingStart;
          const agent = GENERIC.test(counts) ? agentBefore(text, sentence.start, anchor) : undefined;
          const subject = agent ? undefined : countedBefore(text, sentence.start, anchor);
          if (agent) {
            // "killed a soldier and wounded five others": more of what the verb before harmed, soldiers;
            // "killing 20 people and wounding 40 or so others": others harmed are people harmed.
            const harmedBefore = /^others$/i.test(counts)
              ? HARMED_ONE_AND.exec(text.slice(sentence.start, anchor))
              : null;
            if (harmedBefore) counts = plural(harmedBefore[1] as string);
            else if (/^others$/i.test(counts) && HURT.test(agent.verb)) counts = "people";
            counts = agent.subject ? `${counts} ${agent.verb} by ${agent.subject}` : `${counts} ${agent.verb}`;
            pattern = "figure-counted-before";
          } else if (subject) {
            // "three loans totalling 11.46 mln dlrs": the total of the loans, not a count of them ("Disbursements
            // totalled" is the subject's own amount).
            const total =
              money && /\b(?:totalling|totaling|amounting\s+to)\s+$/i.test(text.slice(sentence.start, anchor));
            counts =
              counts === ""
                ? total
                  ? `total of ${/^(?:the|its|their|his|her)\s/i.test(subject) || /^\p{Lu}/u.test(subject) ? "" : "the "}${subject}`
                  : subject
                : TIME_UNIT.test(counts)
                  ? `length of the ${subject} (${counts})`
                  : `${counts} (${subject})`;
            pattern = "figure-counted-before";
          }
        }
        if (
          money &&
          counts !== "" &&
          (pattern === "figure-counted-before" || pattern === "figure-money-worth" || pattern === "figure-change")
        ) {
          // "the minimum wage to 15 euros an hour": per hour; "cost 2,000 cruzados (90 dollars) a month".
          const rate = /^\s*(?:a|an|per|each)\s+(hour|day|week|month|year)\b/i.exec(
            text.slice(restStart, sentence.end).replace(/^\s*\([^)]*\)/, (m) => " ".repeat(m.length)),
          );
          if (rate) counts = `${counts} per ${(rate[1] as string).toLowerCase()}`;
        }
        // "70.85 dollars per barrel", "$1,200 an ounce", "3.50 dlrs a share": a price of so much of a good.
        const perGood = money ? PER_GOOD.exec(text.slice(restStart, sentence.end)) : null;
        if (perGood) {
          const good = (perGood[1] as string).toLowerCase();
          // "an all-time high of 70.85 dollars per barrel": the all-time high price per barrel.
          // "earnings of $1.20 per share", "a subsidy of $20 per tonne": what is paid so much a unit is named.
          counts =
            counts === "" || counts.toLowerCase() === good || /^prices?$/i.test(counts)
              ? `price per ${good}`
              : MONEY_NOUN.test(counts)
                ? `${counts} per ${good}`
                : `${counts} price per ${good}`;
          pattern = "figure-price";
        }
        // "the $3 million Wasserman Schultz raised between January and June": the money the name after it moved.
        const movedBy =
          money && moneyVerb === undefined ? MOVED_BY_NAME.exec(text.slice(restStart, sentence.end).trimStart()) : null;
        if (movedBy) {
          const verb = (movedBy[2] as string).toLowerCase();
          counts = `${MONEY_VERB_NOUNS[verb] ?? `money ${MONEY_VERB_PARTICIPLES[verb] ?? verb}`} (${movedBy[1]})`;
          pattern = "figure-money-verb";
        }
        if (money && counts === "") {
          // "set aside 2.5 billion euros for the election": money for it.
          // "contribute 5.8 billion euros, or $7.5 billion, toward the bailout": a contribution toward it.
          const forWhat =
            /^(?:\s*,\s*or\s+[^,]{1,30},|\s*\([^)]{1,30}\)|\s*,(?=\s+towards?\s))?\s+(for|toward|towards)\s+/i.exec(
              text.slice(restStart, sentence.end),
            );
          const what = forWhat ? placeAfter(text, restStart + forWhat[0].length, sentence.end) : undefined;
          if (forWhat && what) counts = `${movedMoney ?? "money"} ${(forWhat[1] as string).toLowerCase()} ${what}`;
        }
        if (money && counts === "") {
          // "offered $5bn to improve roads and ports": money, and what it is to do.
          const purpose = /^\s+to\s+(\p{Ll}{3,})\s+/u.exec(text.slice(restStart, sentence.end));
          const object = purpose ? countedAfter(text, restStart + purpose[0].length, sentence.end) : undefined;
          if (purpose && object && object.text !== "" && !/^(?:be|have|the|a|an)$/.test(purpose[1] as string))
            counts = `${movedMoney ?? "money"} to ${purpose[1]} ${object.text}`;
        }
        if (money && counts === "") {
          // "the pounds 50m given by the government", "$3bn raised from donors": money, and what was done with it.
          // ("10 million kina allocated for a military operation": what for)
          const done = MONEY_DONE_AFTER.exec(text.slice(restStart, sentence.end));
          if (done) {
            const by = /^\s+(by|from|to|for|on)\s+/i.exec(text.slice(restStart + done[0].length, sentence.end));
            const whom = by ? placeAfter(text, restStart + done[0].length + by[0].length, sentence.end) : undefined;
            const verb = (done[1] as string).toLowerCase();
            const from = by && whom ? ` ${(by[1] as string).toLowerCase()} ${whom}` : "";
            counts = `money ${verb}${from}`;
          }
        }
        if ((money || hit.percent) && counts === "") {
          // "quintupled the monthly rent his campaign pays to $169,758", "brings total aid to North Korea to 33.4 million
          // dollars", "raise VAT by three full percentage points to 19 percent": the level the verb's object reached.
          const level = LEVEL_AFTER_CHANGE.exec(text.slice(sentence.start, wordingStart));
          const object = level?.[2]
            ?.replace(/\s+(?:by|from)\s+.*$/su, "")
            .replace(/^(?:the|its|his|her|their|our|a|an)\s+/i, "")
            .replace(/\s+or\s+[^,;]*$/i, "");
          if (object !== undefined && object.split(/\s+/).length <= 12 && !/\b(?:and|or)\b/.test(object))
            counts = object;
        }
        if (money && counts === "") {
          // "has sold 26 percent of its operation to a consortium for 3.8 billion rand": the price of what was sold.
          // (What was sold opens with a determiner or a number; not in a relative clause, nor a price "each".)
          const sale = SALE_FOR.exec(text.slice(sentence.start, wordingStart));
          const sold = sale?.[2]
            ?.replace(/\s+(?:to|from|through|via)\s+.*$/su, "")
            .replace(/\s+(?:in|on|last|this|earlier)\s+(?:\d{4}|\p{Ll}+|\p{Lu}\p{Ll}+day)$/u, "");
          const verbAt = sale === null ? 0 : (sale.index ?? 0) + sale[0].lastIndexOf(` ${sale[1] as string} `) + 1;
          if (
            sale !== null &&
            sold !== undefined &&
            /^(?:the|a|an|its|his|her|their|our|\d[\d,.]*|some|all|part|half)\b/i.test(sold) &&
            !/\b(?:who|which|that)\s+$/i.test(text.slice(sentence.start, sentence.start + verbAt)) &&
            !/^\s*(?:each|apiece|a\s+piece)\b/i.test(text.slice(restStart, sentence.end)) &&
            sold.split(/\s+/).length <= 10 &&
            !/\b(?:and|or|it|them)\b/.test(sold)
          )
            counts = `price of ${sold}`;
        }
        if (money && counts === "") {
          // "855 dlrs per week in the first year and 895 dlrs in the second": what the amount before it counts;
          // "spent 13,963 kina for overseas travel and 28,000 kina on two parties": the same spending, on its own thing.
          // (a sum from a source of its own takes a plural's noun, "loans of $3 billion from the IMF and $1 billion from
          // the World Bank", not a singular's: "a $2 million grant from the state and $500,000 from private donors")
          const found = countedAsBefore();
          const ownSource = /^\s+(?:from|by)\s+/i.test(text.slice(restStart, sentence.end));
          const previous =
            found && ownSource && !/(?:s|people)\b/.test(found.counts.split(/\s+(?:of|for|on|to|from|in)\s+/)[0] ?? "")
              ? undefined
              : found;
          if (previous) takeLabelOf(previous);
          const own = previous ? /^\s+(on|for)\s+/i.exec(text.slice(restStart, sentence.end)) : null;
          const what = own ? placeAfter(text, restStart + own[0].length, sentence.end) : undefined;
          const spending = previous ? /^(\S+)\s+(?:on|for)\s+\S/.exec(previous.counts) : null;
          if (own && what && spending) counts = `${spending[1] as string} ${(own[1] as string).toLowerCase()} ${what}`;
        }
        if (money && counts === "") {
          // "only 23 mln dlrs of that loan were disbursed": a part of the sum "of" names.
          const of = /^\s+of\s+((?:that|the|this|its|their|his|her)\s+)/i.exec(text.slice(restStart, sentence.end));
          const whole = of ? countedAfter(text, restStart + of[0].length, sentence.end) : undefined;
          if (of && whole && whole.text !== "" && !TIME_UNIT.test(whole.words.at(-1) ?? ""))
            counts = `part of ${(of[1] as string).toLowerCase()}${whole.text}`;
        }
        if (
          money &&
          counts === "" &&
          /(?<!\bworth\s+)\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$/i.test(
            text.slice(sentence.start, start),
          )
        ) {
          // "24 billion dlrs in old debt and another 4.2 billion dlrs": more of what the sum before it counts
          // (not "titles to property worth another 180 mln pesos", after "70 mln pesos in cash").
          // Only a sum joined to it by a few words with no verb and no comma between ("... in old debt and another"),
          // not "paid 3 mln dlrs in fines and expects to spend another 5 mln dlrs on lawyers".
          const before = figures.at(-1);
          const between = before === undefined ? [] : text.slice(before.end, start).trim().split(/\s+/);
          if (
            before !== undefined &&
            before.start >= sentence.start &&
            before.unit === unit &&
            before.counts !== "" &&
            !/^money\b/.test(before.counts) &&
            !/,/.test(text.slice(before.end, start)) &&
            between.length <= 8 &&
            !between.slice(0, -1).some(isVerbish) &&
            !/^\s+(?:from|by)\s+/i.test(text.slice(restStart, sentence.end))
          )
            takeLabelOf(before);
        }
        if (money && counts === "") {
          // "wanted to provide dollars 10bn (pounds 5.38bn) a year": money, and how often.
          const rate = /^\s*(?:a|an|per|each)\s+(day|week|month|year)\b/i.exec(
            text.slice(restStart, sentence.end).replace(/^\s*\([^)]*\)/, (m) => " ".repeat(m.length)),
          );
          // "must pay restitution for the cost of the search -- $27,445 to the Coast Guard": the money's noun before
          // a dash or a colon that the amounts after it spell out.
          const named =
            movedMoney === undefined ? MONEY_NAMED_BEFORE.exec(text.slice(sentence.start, wordingStart)) : null;
          const noun = named ? (named[1] as string).toLowerCase() : movedMoney;
          // "invested $1.5 billion in Kenya": the investment in what it was put in.
          const inWords =
            noun === "investment" && !rate
              ? /^\s*(?:\([^)]*\)\s*)?in\s+/.exec(text.slice(restStart, sentence.end))
              : null;
          const where = inWords ? investedIn(text, restStart + inWords[0].length, sentence.end) : undefined;
          counts = where
            ? `investment in ${where}`
            : `${noun ?? "money"}${rate ? ` per ${(rate[1] as string).toLowerCase()}` : ""}`;
          if (named) notes.push(`named by "${named[1]}" before it: check`);
          if (noun === undefined) notes.push("what the money is, or is for, was not found next to it: check the label");
        }
        // "after 90 minutes of discussion", "six months of talks": the length of what the "of" names.
        const timeOf = /^(seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?) of (.+)$/i.exec(
          counts,
        );
        if (
          timeOf &&
          counted.words.length === 1 &&
          !money &&
          !hit.percent &&
          PROCESS_NOUNS.test((timeOf[2] as string).split(/\s+/).at(-1) ?? "")
        ) {
          const what = timeOf[2] as string;
          counts = `length of ${/^(the|a|an|his|her|its|their)\s/i.test(what) || /^\p{Lu}/u.test(what) ? "" : "the "}${what}`;
          unit = (timeOf[1] as string).toLowerCase().replace(/s?$/, "s");
        }
        if (TIME_UNIT.test(counts) && !counts.includes(" ") && !money && !hit.percent) {
          // "after 90 minutes", "for nearly three years": a length of time, of what its clause says, or the label
          // is left for the editor.
          const units = counts.toLowerCase().replace(/s?$/, "s");
          // "to spend the money over two decades": "over" a preposition, though read as "more than".
          const over = /^over\s+/i.exec(text.slice(wordingStart, hit.start));
          const clause = durationClause(text, sentence.start, wordingStart + (over?.[0].length ?? 0), units);
          // Read so, "over" is no qualifier of the number: the wording starts after it.
          if (clause && over) wordingStart += over[0].length;
          // "four days after the shooting", "seven years later": the time between two happenings.
          const between = INTERVAL_AFTER.exec(text.slice(hit.end, sentence.end));
          const since = between ? placeAfter(text, hit.end + between[0].length, sentence.end) : undefined;
          if (clause) {
            counts = clause;
            pattern = "figure-duration-clause";
          } else if (between) {
            const word = (between[1] as string).toLowerCase();
            counts = `length of time (${units}) ${since ? `${word} ${since}` : word}`;
            pattern = "figure-interval";
            notes.push("the time between two happenings; the happening is dated among the events: check both");
          } else {
            counts = `length of time (${counts.toLowerCase()})`;
            notes.push("what took this long was not found: check the label");
          }
        }
        if (counts === "" && hit.percent) {
          // "7/8 pct over LIBOR", "15 percent over the limit of 10,000": the margin over what "over" names (not a
          // stretch of time, "6 percent over a period of four years", nor a vote won over a rival);
          // "paying 7/8 pct on its rescheduling", "charges 10 percent on imported cars": the rate on it.
          const over = /\b(?:won|wins|win|took|takes|got|gets|secured|gained|received|polled)\s+$/i.test(lead)
            ? null
            : /^\s+(over|above|below|under)\s+(?!(?:a|an|the|its|their|his|her)?\s*(?:period|time|course|past|last|next|weekend|rivals?|opponents?|challengers?|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s|years?|months?|weeks?|days?|decades?)\b)/i.exec(
                text.slice(restStart, sentence.end),
              );
          const what = over ? placeAfter(text, restStart + over[0].length, sentence.end) : undefined;
          const paying = /\b(?:pay|pays|paid|paying|charge|charges|charged|charging)\s+$/i.test(lead);
          const on = paying ? /^\s+on\s+/i.exec(text.slice(restStart, sentence.end)) : null;
          // (what it is paid on, amount and all, to a comma or six words: "on its 20.2 billion dlr rescheduling",
          // "on income above 150,000 pounds")
          const paidOn: string[] = [];
          if (on)
            for (const raw of text
              .slice(restStart + on[0].length, sentence.end)
              .split(/\s+/)
              .slice(0, 6)) {
              const word = raw.replace(/[,;:.)]+$/, "");
              if (word === "" || /^\(/.test(raw)) break;
              paidOn.push(word);
              if (word !== raw) break;
            }
          // "59 percent said it was not the right position", "13 percent were unsure": the share of those asked.
          const answered = POLL_ANSWER.exec(text.slice(restStart, sentence.end));
          if (over && what) {
            counts = `margin ${(over[1] as string).toLowerCase()} ${what}`;
            notes.push(`read as a margin over ${what}: check`);
          } else if (paidOn.length > 0) {
            counts = `rate on ${paidOn.join(" ")}`;
            notes.push("a rate paid or charged (interest, a tax, a tariff, a fee): say which");
          } else if (answered) {
            // "77 percent of Republicans want ..., and only 13 percent agreed": of the same people as the share just
            // before, when it is a share of people ("of Republicans", not "of the vote"), and no "overall" between.
            const last = figures.at(-1);
            const ofWhom =
              last !== undefined &&
              last.start >= sentence.start &&
              /^share of (?:\p{Lu}\p{L}+s|voters|respondents|adults|independents|women|men|those polled)$/u.test(
                last.counts,
              ) &&
              !/\b(?:overall|in all|altogether|all told)\b/i.test(text.slice(last.end, wordingStart))
                ? last
                : undefined;
            counts = `${ofWhom ? ofWhom.counts : "share"} who ${pollAnswer(answered)}`;
            notes.push("the share of those asked who answered so: check whom it is a share of");
          }
        }
        if (counts === "") {
          // "a 14 per cent pay rise ... has offered 6 per cent", "nine law lords rather than the usual five".
          // (a part with what was done to it, "... two were suspended and only one was left", is the part rule's below)
          const part = !money && !hit.percent && PART_DONE_AFTER.test(text.slice(restStart, sentence.end));
          const previous = (part ? undefined : countedAsBefore()) ?? subjectBefore();
          if (previous) takeLabelOf(previous);
        }
        // "Democratic voters are more likely to say ... than say the same about Sanders, 73 percent to 63 percent":
        // a share of those the sentence opens with, when they are people who answer.
        // (not "Americans are paying 20 percent more for gasoline": a rise, no share)
        const answering =
          counts === "" &&
          hit.percent &&
          !/^\s+(?:more|less|higher|lower|above|below|over|up|down)\b/i.test(text.slice(restStart, sentence.end))
            ? SHARE_SUBJECT.exec(text.slice(sentence.start, wordingStart))
            : null;
        if (answering) {
          counts = `share of ${lowerOpening(answering[1] as string).replace(/^(?:Voters|Respondents|Adults|Independents|People|Men|Women|Residents|Citizens|Members|Supporters)\b/, (w) => w.toLowerCase())}`;
          notes.push("a share of those the sentence opens with: check whom it is a share of");
        }
      }
      // "the 50m note", "a 20 coin": a number before a singular note or coin is its value.
      if (
        !money &&
        !hit.percent &&
        hit.value > 1 &&
        counts === counted.text &&
        counted.words.length === 1 &&
        /^(note|banknote|coin|bill)$/i.test(counts)
      )
        counts = `value of the ${counts}`;
      if (nounAfterMoney && counts === counted.text) {
        // "a €90 million automation programme": its cost; "the 50m lira note", "a $12m deal": its value.
        const head = counted.words.at(-1) ?? "";
        const the = /^\p{Lu}/u.test(counts) ? "" : "the ";
        if (COST_NOUNS.test(head)) counts = `cost of ${the}${counts}`;
        else if (VALUE_NOUNS.test(head)) counts = `value of ${the}${counts}`;
      }
      // "30 pct of South Africa's crude imports": a share of them.
      const ofWhole = /^\s+of\s+/i.exec(text.slice(restStart, sentence.end));
      if (hit.percent && counts !== "" && counts === counted.text && ofWhole && counted.end > restStart) {
        const whole = text.slice(restStart + ofWhole[0].length, counted.end).replace(/\s+/g, " ");
        counts = `share of ${whole}`;
        // "The deficit last year was equal to 2.5 percent of gross domestic product", "reaching $1.4 trillion, or 4.9
        // percent of GDP": what is measured against the economy's output, as a share of it.
        if (ECONOMIC_OUTPUT.test(whole)) {
          const lead = text.slice(sentence.start, wordingStart);
          const previous = figures.at(-1);
          const apposed = /(?:,?\s+or|,\s+(?:equivalent|equal)\s+to)\s+$/.exec(lead);
          const measured = apposed
            ? previous !== undefined &&
              previous.unit !== "per cent" &&
              previous.counts !== "" &&
              !/^money\b/.test(previous.counts) &&
              /^[\s,]*$/.test(text.slice(previous.end, wordingStart - apposed[0].length))
              ? previous.counts
              : undefined
            : /\bby\s+$/i.test(lead)
              ? undefined
              : countedBefore(text, sentence.start, wordingStart);
          // (Not a noun of quantity: "reached an equivalent of about 100 pct of its GNP", "a total of".)
          if (
            measured !== undefined &&
            !/\bshare\b|\d/.test(measured) &&
            !/^(?:equivalent|equal|total|sum|figure|level|amount|rate)$/i.test(measured)
          )
            counts = `${lowerOpening(measured)} as a share of ${whole}`;
        }
      }
      // "dollars 10bn (pounds 5.38bn)": the same amount in another currency counts what the first does.
      const shown = figures.at(-1);
      // "2,000 cruzados (90 dollars)": the currency's name may stand between the amount and the bracket.
      const gap = shown === undefined ? "" : text.slice(shown.end, wordingStart).replace(/\s*\(\s*$/, "");
      // ("4.6 billion Canadian dollars (3.7 billion US dollars)": two dollars, told apart by a capitalised word each;
      // not "$1.2 billion ($900 million excluding one-time items)")
      const twoDollars =
        shown !== undefined &&
        shown.unit === unit &&
        shown.value !== hit.value &&
        /\p{Lu}/u.test(text.slice(shown.start, wordingStart).replace(/^[$€£¥]/u, "")) &&
        /^\s*(?:\p{Lu}[\p{L}.]*\s+)+\p{Ll}/u.test(text.slice(hit.end, sentence.end));
      if (
        money &&
        shown &&
        (shown.unit !== unit || twoDollars || usInBrackets !== null) &&
        /\(\s*$/.test(text.slice(shown.end, wordingStart)) &&
        (gap.trim() === "" || CURRENCY_AFTER.exec(gap)?.[0] === gap)
      ) {
        counts = shown.counts;
        notes.length = 0;
        notes.push(`the same amount as "${shown.wording}", in ${unit}`);
        pattern = "figure-conversion";
      }
      if (!hit.percent && !money && !hyphened && !length && !age && counts === "") {
        // "The attack, which killed five, was ...", "the blast killed 12 and wounded 40": people harmed, with no
        // noun after the number.
        const harmed = HARMED_BEFORE.exec(text.slice(Math.max(sentence.start, wordingStart - 40), wordingStart));
        if (harmed && NOTHING_COUNTED_AFTER.test(text.slice(restStart, sentence.end))) {
          const verb = HARM_ING[(harmed[1] as string).toLowerCase()] ?? (harmed[1] as string).toLowerCase();
          const lead = text.slice(sentence.start, wordingStart - harmed[0].length);
          const which = /,\s*(?:which|that)\s*$/i.exec(lead);
          const antecedent = which ? phraseEnding(lead.slice(0, which.index)) : undefined;
          const agent = antecedent ? undefined : agentBefore(text, sentence.start, wordingStart);
          // "the attack, which killed five": killed in the attack; "the army, which killed five": killed by it.
          const event = antecedent !== undefined && HARM_EVENTS.test(antecedent.split(/\s+/).at(-1) ?? "");
          counts = antecedent
            ? `people ${verb} ${event ? "in" : "by"} the ${antecedent.replace(/^the\s+/i, "")}`
            : agent?.subject
              ? `people ${verb} by ${agent.subject}`
              : `people ${verb}`;
          unit = "people";
          pattern = "figure-harmed";
        }
      }
      if (!hit.percent && !money && !hyphened && !length && !age && counts === "") {
        // "Of the 11 loans, eight had been closed", "Among the six soldiers ..., four were killed by a bomb":
        // a number with no noun of its own counts the noun of the whole "of" or "among" names before it in
        // the sentence (not "a convoy of 30 trucks ... four were killed").
        // "275 seats, of which 230 are distributed": the part names its whole itself.
        // "affected 92 pupils, including 23 who were hospitalized": so does a part after "including".
        const ofWhich = /,\s*(?:of\s+(?:which|whom|them)|including)\s+$/i.test(
          text.slice(Math.max(sentence.start, wordingStart - 20), wordingStart),
        );
        const whole = figures.findLast(
          (f) =>
            f.start >= sentence.start &&
            (ofWhich || PART_OF_WHOLE.test(text.slice(Math.max(sentence.start, f.start - 20), f.start))) &&
            f.value > hit.value &&
            /^\p{Ll}+s$/u.test(f.unit) &&
            !TIME_UNIT.test(f.unit) &&
            !/^(?:others|members)$/.test(f.unit),
        );
        const done = whole ? PART_DONE_AFTER.exec(text.slice(restStart, sentence.end)) : null;
        if (whole && done) {
          const noun = whole.counts.split(/\s+/).find((w) => w.toLowerCase() === whole.unit) ?? whole.unit;
          const by = /^\s+by\s+/i.exec(text.slice(restStart + done[0].length, sentence.end));
          const agent = by ? placeAfter(text, restStart + done[0].length + by[0].length, sentence.end) : undefined;
          counts = `${noun} ${(done[1] as string).toLowerCase()}${agent ? ` by ${agent.replace(/^(?:a|an)\s+/i, "")}` : ""}`;
          unit = whole.unit;
          notes.push(`what it counts is taken from "${whole.wording}" before it: check`);
          pattern = "figure-part";
        }
      }
      if (!hit.percent && !money && !hyphened && !length && !age && counts === "") {
        // "About 1,600 observers monitored the vote, including some 465 from the OSCE": a part of the count named
        // just before it, by where the part comes from, a name ("from Moscow", "from the OSCE"; not "from the age
        // of 80"). Not a count two figures back ("45 protesters and 120 banners, including 30 from ...").
        const including = /\bincluding\s+$/i.test(
          text.slice(Math.max(sentence.start, wordingStart - 12), wordingStart),
        );
        const from = including
          ? /^\s+(from|of|in)\s+(?=(?:the\s+)?(?:\p{Ll}+\s+)?\p{Lu})/u.exec(text.slice(restStart, sentence.end))
          : null;
        const last = figures.at(-1);
        const whole =
          from !== null &&
          last !== undefined &&
          last.start >= sentence.start &&
          last.value > hit.value &&
          /^\p{Ll}+(?:s|people|men|children)$/u.test(last.unit) &&
          !TIME_UNIT.test(last.unit) &&
          !figures.some(
            (f) => f !== last && f.start >= sentence.start && f.end > last.start - 60 && f.unit !== last.unit,
          )
            ? last
            : undefined;
        const where = from ? placeAfter(text, restStart + from[0].length, sentence.end) : undefined;
        if (whole && from && where) {
          counts = `${whole.unit} ${(from[1] as string).toLowerCase()} ${where}`;
          unit = whole.unit;
          notes.push(`what it counts is taken from "${whole.wording}" before it: check`);
          pattern = "figure-part";
        }
      }
      // "The margin of sampling error for all respondents is plus or minus 3.4 percentage points": the margin of error.
      const plusMinus = MARGIN_PLUS_MINUS.exec(text.slice(sentence.start, wordingStart));
      const margin = plusMinus ?? MARGIN_STATED.exec(text.slice(sentence.start, wordingStart));
      if (margin && !money) {
        const forWhom =
          /^\s*(?:percentage\s+)?(?:points?|per\s*cent|percent)\s+for\s+([^,.;:]{1,40}?)(?=\s*(?:[,.;:]|$)|\s+(?:and|but|while|or)\b)/i.exec(
            text.slice(end, sentence.end),
          );
        // (whom it is for, after the value or, when no value stands between, after "margin of error")
        const whom =
          forWhom?.[1] ?? (plusMinus && /\d/.test(plusMinus.groups?.between ?? "") ? undefined : margin.groups?.whom);
        counts = `${(margin.groups?.named ?? "margin of error").toLowerCase()}${whom ? ` for ${whom}` : ""}`;
        pattern = "figure-margin-of-error";
      }
      // "Clinton led Sanders by roughly 20 percentage points", "leading Sanders by seven points": the margin of a lead.
      const ahead =
        !money && /^(?:points?|percentage points?|per cent|votes)$/.test(unit)
          ? LEAD_BY.exec(text.slice(sentence.start, wordingStart))
          : null;
      // (not a tally, "by 52 votes to 46": each side's count)
      const tally = /^\s*(?:percent|per\s*cent|%|votes?|points?)?\s*to\s+\d/i.test(text.slice(end, sentence.end));
      if (ahead && !tally) {
        const [, named, verb, other] = ahead as unknown as [string, string, string, string];
        // ("In November Ruiz", "Senate Majority Leader Chuck Schumer": the name, not the words of time or title before it)
        const leader = named
          .split(/\s+/)
          .filter((w, k, all) => k === all.length - 1 || !NOT_A_SIDE.test(w))
          .join(" ");
        counts = /^trail/i.test(verb)
          ? `margin by which ${leader} trails ${other}`
          : /^(?:beat|beats|defeated|outpolled)$/i.test(verb)
            ? `margin of ${leader}'s victory over ${other}`
            : `margin of ${leader}'s lead over ${other}`;
        pattern = "figure-margin";
      }
      if (counts === "" && lateCasualty !== undefined) {
        counts = lateCasualty;
        unit = "people";
        notes.push("the text does not say who they were: check the label");
      }
      if (!hit.percent && !money && !hyphened && counts === "") return;
      if (owner && !hyphened && !length && !age) {
        counts = `${owner.written} ${counts || "total"}`.trim();
        pattern = inList ? "figure-possessive-list" : "figure-possessive";
      }
      if (earlier) {
        pattern = "figure-range-from-to";
        notes.push(`the later of two values given ("${text.slice(qualifierStart(earlier), earlier.end)}" before it)`);
      } else if (pattern === "figure-number") {
        pattern = hit.unsureScale
          ? "figure-scaled-number"
          : hit.scale
            ? "figure-scaled-number"
            : hit.percent
              ? "figure-percentage"
              : money
                ? "figure-money"
                : hit.isWord
                  ? "figure-number-words"
                  : "figure-number";
      }
      // "fell 18.61 points to 451.51", "from 131.32 to 424.81": an index at a value is its level.
      if (
        (unit === "" || unit === "points") &&
        /(?:^|\s)index$/i.test(counts) &&
        !/^(?:fall|rise|jump|drop|gain|loss|increase|decrease|decline|change)\b/i.test(counts)
      )
        counts = `level of ${/^(?:the|its|their)\s|['’]s\s/i.test(counts) ? "" : "the "}${counts}`;
      if (hit.unsureScale) notes.push(`"${text.slice(start, end)}" is read as millions: check it is not metres`);
      // "Weah and Johnson-Sirleaf obtained 28.3 percent and 19.8 percent in the first round": a share of the vote won,
      // in a sentence about a vote.
      // (a share that took the label of one before it too: its own winner is named)
      // (not "shares took 5 percent off the index")
      const wonMatch =
        hit.percent && !/^\s*(?:off|from|out\s+of|away)\b/i.test(text.slice(hit.end, sentence.end))
          ? VOTE_SHARE_BEFORE.exec(text.slice(sentence.start, wordingStart))
          : null;
      const won = wonMatch && (counts === "" || pattern === "figure-counted-before") ? wonMatch : null;
      if (won && VOTE_WORDS.test(text.slice(sentence.start, sentence.end))) {
        const lead = text.slice(sentence.start, sentence.start + won.index);
        // ("Weah and Johnson-Sirleaf obtained 28.3 percent and 19.8 percent": each share its own winner's, in order)
        const pair =
          /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s+and\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)\s*$/u.exec(
            lead,
          );
        const listedBefore = (won[0].match(/(?:per\s*cent|percent|pct|%)/gi) ?? []).length;
        const sharesAfter =
          /^\s*(?:(?:per\s*cent|percent|pct|%)\s*)?(?:,|and|,\s*and)\s+[\d.,/-]+\s*(?:per\s*cent|percent|pct|%)/i.test(
            text.slice(hit.end, sentence.end),
          );
        const subject =
          pair && listedBefore <= 1 && (listedBefore === 1 || sharesAfter)
            ? (pair[listedBefore + 1] as string)
            : subjectOfVerb(lead, text);
        counts = subject ? `share of the vote for ${subject}` : "share of the vote";
        pattern = "figure-vote-share";
      }
      if (counts === "") {
        counts = unit;
        notes.push("what it counts was not found near the number: check the label");
      } else if (unit === "") notes.push("the unit is not written next to the number: give it");
      const numberEnd =
        length?.wordingEnd ??
        age?.wordingEnd ??
        hit.scaleEnd ??
        (hyphened ? end + hyphened[0].length : trailing ? restStart : end);
      // ("a day after", "for a month": the unit of time goes with "a" in the wording, as the article writes it)
      const unitOfA = /^an?$/i.test(text.slice(wordingStart, numberEnd).trim())
        ? /^\s+(?:day|week|fortnight|month|year|decade)\b/i.exec(text.slice(numberEnd, sentence.end))
        : null;
      const wordingEnd = numberEnd + (unitOfA?.[0].length ?? 0);
      const wording = text.slice(wordingStart, wordingEnd).trim();
      // The same number of the same thing again: listed once.
      // A precise number again ("224 people" ... "224 abductees") is the same count in other words.
      const sameThing = (f: FigureCandidate): boolean => {
        const a = f.counts.toLowerCase();
        const b = counts.toLowerCase();
        // A large number again in the same unit is the same count ("800,000 local government workers" ...
        // "Unison's 800,000 workers"); a small one may be another ("down 5 per cent", "up 5 per cent").
        return a === b || (f.unit === unit && (hit.value >= 100 || a.includes(b) || b.includes(a)));
      };
      if (figures.some((f) => f.value === hit.value && (sameThing(f) || (hit.value > 100 && hit.value % 10 !== 0))))
        return;
      const spanStart = Math.min(
        wordingStart,
        owner?.start ?? wordingStart,
        earlierStart ?? wordingStart,
        excerptFrom ?? wordingStart,
      );
      const spanEnd = Math.max(wordingEnd, earlier?.end ?? wordingEnd);
      const clause = clauseAround(text, { start: spanStart, end: spanEnd }, sentence);
      const excerpt =
        excerptEnd > clause.end && excerptEnd - clause.start <= 250 ? { start: clause.start, end: excerptEnd } : clause;
      const rangeWords = shareLower ? text.slice(qualifierStart(shareLower), wordingEnd) : "";
      if (shareLower) notes.push(`the upper value of "${rangeWords}"`);
      const figure: FigureCandidate = {
        start: wordingStart,
        end: wordingEnd,
        value: hit.value,
        qualifier: detectQualifier(wording),
        wording,
        unit,
        counts,
        excerpt,
        according,
        earlier: earlier
          ? { value: earlier.value, wording: text.slice(qualifierStart(earlier), earlier.end) }
          : undefined,
        drafted: { pattern, note: notes.length > 0 ? notes.join("; ") : undefined },
      };
      if (shareLower) {
        const lowerWording = text.slice(qualifierStart(shareLower), shareLower.end);
        figures.push({
          ...figure,
          start: qualifierStart(shareLower),
          end: shareLower.end,
          value: shareLower.value,
          qualifier: detectQualifier(lowerWording),
          wording: lowerWording,
          drafted: { pattern, note: `the lower value of "${rangeWords}"` },
        });
      }
      figures.push(figure);
      // The earlier value too, of the same quantity: "from 66" in "rose from 66 to 68".
      if (earlier && earlierIndex !== undefined) {
        const earlierWording = text.slice(qualifierStart(earlier), earlier.end);
        figures.push({
          ...figure,
          start: qualifierStart(earlier),
          end: earlier.end,
          value: earlier.value,
          qualifier: detectQualifier(earlierWording),
          wording: earlierWording,
          earlier: undefined,
          later: { value: hit.value, wording },
          drafted: {
            pattern: "figure-range-from-to",
            note: `the earlier of two values given ("${wording}" after it): the article does not say when it counted`,
          },
        });
      }
    });

    // Shares in words: "a third of", "one sixtieth of", "two-thirds of", "over half the", "one in five".
    for (const match of body.matchAll(SHARE_WORDS)) {
      const [whole, numerator, shareWord] = match;
      const start = sentence.start + (match.index ?? 0);
      const end = start + whole.length;
      if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
      if (figures.some((f) => f.start < end && start < f.end)) continue;
      const beforeText = text.slice(Math.max(sentence.start, start - 30), start);
      const afterText = text.slice(end, sentence.end);
      const denominator = denominatorOf(shareWord as string);
      if (denominator === undefined) continue;
      const count =
        numerator === undefined || /^an?$/i.test(numerator) ? 1 : (UNITS[numerator.toLowerCase()] ?? undefined);
      if (count === undefined) continue;
      const plural = /s$/i.test(shareWord as string) && !/^half$/i.test(shareWord as string);
      // An ordinal, not a share: "the first half", "a third time", "two and a half".
      if (
        /\b(the|this|that|first|second|third|fourth|last|latter|former|other|each|every|per|and a|an)\s+$/i.test(
          beforeText,
        )
      )
        continue;
      const ofAfter = /^\s+(?:of|the|its|their|his|her|our|all)\b/i.test(afterText);
      const qualifierMatch = QUALIFIER_BEFORE.exec(beforeText);
      const wordingStart = qualifierMatch ? start - qualifierMatch[0].length : start;
      // "cutting promised benefits by nearly a third", "would fall by more than a quarter": a change by a share.
      const changed = ofAfter ? undefined : changeBefore(text, sentence.start, wordingStart);
      // "moving upward a tenth of a point", "more than half a percentage point below": a fraction of a point.
      const ofPoint = /^\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b/i.exec(afterText);
      if (ofPoint) {
        const pointEnd = end + ofPoint[0].length;
        const pointWording = text.slice(wordingStart, pointEnd);
        figures.push({
          start: wordingStart,
          end: pointEnd,
          value: roundShare(count / denominator),
          qualifier: detectQualifier(pointWording),
          wording: pointWording,
          unit: "points",
          counts: changed ? `points (${changed})` : "points",
          excerpt: clauseAround(text, { start: wordingStart, end: pointEnd }, sentence),
          according,
          drafted: {
            pattern: changed ? "figure-change" : "figure-fraction",
            note: changed ? undefined : "what moved by the fraction of a point was not found: check the label",
          },
        });
        continue;
      }
      if (changed === undefined) {
        if (denominator === 2 && numerator === undefined ? !ofAfter : !(ofAfter || (plural && count > 1))) continue;
        if (numerator === undefined && denominator !== 2) continue;
      }
      const counted = countedAfter(text, end, sentence.end, verbs);
      const wording = text.slice(wordingStart, end);
      figures.push({
        start: wordingStart,
        end,
        value: roundShare(count / denominator),
        qualifier: detectQualifier(wording),
        wording,
        unit: "share",
        counts: changed ?? (counted.text ? `share of ${determinerAfter(afterText)}${counted.text}` : "share"),
        excerpt: clauseAround(text, { start: wordingStart, end }, sentence),
        according,
        drafted: {
          pattern: changed ? "figure-change" : "figure-fraction",
          note: changed || counted.text ? undefined : "what it is a share of was not found after it: check the label",
        },
      });
    }
    /** A share read from two numbers ("one in five", "one adult in five"): its figure, in the unit "share". */
    const pushShare = (start: number, end: number, share: number, counts: string, note?: string): void => {
      figures.push({
        start,
        end,
        value: roundShare(share),
        qualifier: "exactly",
        wording: text.slice(start, end),
        unit: "share",
        counts,
        excerpt: clauseAround(text, { start, end }, sentence),
        according,
        drafted: note === undefined ? { pattern: "figure-fraction" } : { pattern: "figure-fraction", note },
      });
    };
    for (const match of body.matchAll(ONE_IN)) {
      const [whole, part, total] = match;
      const start = sentence.start + (match.index ?? 0);
      const end = start + whole.length;
      if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
      if (figures.some((f) => f.start < end && start < f.end)) continue;
      const a = shareNumber(part as string);
      const b = shareNumber(total as string);
      if (a === undefined || b === undefined || b <= a) continue;
      const counted = countedAfter(text, end, sentence.end, verbs);
      // "Six in 10 say he's at least somewhat decisive": the share of those asked who answered so.
      const answered = counted.text === "" ? POLL_ANSWER.exec(text.slice(end, sentence.end)) : null;
      if (counted.text === "" && answered === null) continue;
      if (answered)
        pushShare(
          start,
          end,
          a / b,
          `share who ${pollAnswer(answered)}`,
          "the share of those asked who answered so: check whom it is a share of",
        );
      else pushShare(start, end, a / b, `share of ${determinerAfter(text.slice(end, sentence.end))}${counted.text}`);
    }
    // "one adult in five lacks literacy skills", "one American in three says": a share of those the noun names, when a
    // verb or a pause follows (not "killed one soldier in two attacks": a count, a noun after).
    for (const match of body.matchAll(ONE_NOUN_IN)) {
      const [whole, part, describer, noun, total] = match as unknown as [
        string,
        string,
        string | undefined,
        string,
        string,
      ];
      const start = sentence.start + (match.index ?? 0);
      const end = start + whole.length;
      if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
      if (STOP.test(noun) || isVerbish(noun) || wordValue(noun) !== undefined || TIME_UNIT.test(noun)) continue;
      // ("one British adult in five": a word that describes the noun, no verb and no function word)
      if (
        describer !== undefined &&
        (STOP.test(describer) || isVerbish(describer) || wordValue(describer) !== undefined)
      )
        continue;
      const next = /^\s*([^\s]+)/u.exec(text.slice(end, sentence.end))?.[1] ?? "";
      const nextWord = next.replace(/[,.;:!?)"”’]+$/u, "");
      const at = end + (text.slice(end).length - text.slice(end).trimStart().length);
      // (a verb in -s the tagger takes for a plural noun, "lacks", "lives": one with words after it that are no
      // preposition's, or one of the verbs shares are told with)
      const afterNext = /^\s*[^\s]+\s+([\p{L}'’-]+)/u.exec(text.slice(end, sentence.end))?.[1] ?? "";
      const verbInS =
        /^\p{Ll}{3,}s$/u.test(nextWord) &&
        nextWord === next &&
        (SHARE_VERBS.test(nextWord) ||
          (/^\p{Ll}/u.test(afterNext) &&
            !STOP.test(afterNext) &&
            !/^(?:and|or|but|on|in|at|by|for|with|from|to|of|against|across|over|during|since|after|before)$/.test(
              afterNext,
            )));
      if (
        !(
          /^[,.;:!?)]/.test(next) ||
          verbs.has(at) ||
          isVerbish(nextWord) ||
          VERBS.test(nextWord) ||
          /^(?:was|were|is|are|has|have|had|cannot|can|could|will|would|may|might|must|should|do|does|did)$/i.test(
            nextWord,
          ) ||
          verbInS
        )
      )
        continue;
      const a = shareNumber(part);
      const b = shareNumber(total);
      if (a === undefined || b === undefined || b <= a) continue;
      // (the count the number pass read in the total, "five", gives way)
      for (let k = figures.length - 1; k >= 0; k--) {
        const f = figures[k] as FigureCandidate;
        if (f.start < end && start < f.end) figures.splice(k, 1);
      }
      const answered = POLL_ANSWER.exec(text.slice(end, sentence.end));
      const head = a === 1 ? plural(noun.toLowerCase()) : noun.toLowerCase();
      const whom = describer === undefined ? head : `${describer} ${head}`;
      pushShare(
        start,
        end,
        a / b,
        answered ? `share of ${whom} who ${pollAnswer(answered)}` : `share of ${whom}`,
        "a share of those the noun names: check whom it is a share of",
      );
    }
    // "had been investigated twice by the FBI", "Poindexter twice told Reagan": how many times something happened
    // (not "twice as many", "twice a week", a ratio and a rate).
    for (const match of body.matchAll(TWICE)) {
      const start = sentence.start + (match.index ?? 0);
      const end = start + (match[0] as string).length;
      if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
      if (figures.some((f) => f.start < end && start < f.end)) continue;
      // "had twice been investigated": the verb after its auxiliary; "Married twice," opening its sentence.
      const after = /^\s+(?:(?:been|be|being|have|has|had)\s+)?([\p{L}'’-]+)/u.exec(text.slice(end, sentence.end))?.[1];
      const before = /([\p{L}'’-]+)\s+$/u.exec(text.slice(sentence.start, start))?.[1]?.toLowerCase();
      // "think twice about": an idiom; "once or twice": no count.
      if (before !== undefined && /^(?:think|thinks|thinking|thought|or)$/.test(before)) continue;
      // A count stands before a pause, a preposition or a verb ("investigated twice by", "twice told", "married
      // twice."); before a noun, a possessive or "what" it is a ratio ("twice normal levels", "twice Boston's").
      const next = /^\s*([^\s]+)/u.exec(text.slice(end, sentence.end))?.[1] ?? "";
      const pause = next === "" || /^[,.;:!?)\]—–-]/.test(next);
      const nextWord = next.replace(/[,.;:!?)"”’]+$/u, "");
      if (
        !pause &&
        !/^(?:in|by|on|at|for|from|with|to|before|after|since|during|until|last|already|been|again|over|while|when|and|but)$/i.test(
          nextWord,
        ) &&
        !isVerbish(nextWord)
      )
        continue;
      const verb =
        after !== undefined && isVerbish(after)
          ? after
          : before !== undefined && isVerbish(before)
            ? before
            : undefined;
      figures.push({
        start,
        end,
        value: TIMES_WORDS[(match[0] as string).toLowerCase()] as number,
        qualifier: "exactly",
        wording: match[0] as string,
        unit: "times",
        counts: verb ? `times ${verb.toLowerCase()}` : "times",
        excerpt: clauseAround(text, { start, end }, sentence),
        according,
        drafted: {
          pattern: "figure-times",
          note: verb ? undefined : "what happened so many times was not found next to it: check the label",
        },
      });
    }
    // Single units in words with a qualifier ("for over a year", "almost a decade") or as the first
    // value of a range ("a month or two", "a month to three months").
    for (const match of body.matchAll(ONE_UNIT)) {
      const [whole, written, stretch, unit] = match;
      // "over the next decade": "over" is a preposition before a stretch named so, no "more than".
      const overStretch = stretch !== undefined && written !== undefined && /^over$/i.test(written);
      const qualifier = overStretch ? undefined : written;
      const start = sentence.start + (match.index ?? 0) + (overStretch ? whole.indexOf(stretch as string) : 0);
      const end = sentence.start + (match.index ?? 0) + whole.length;
      const range = RANGE_AFTER.exec(text.slice(end, sentence.end));
      // "the next decade", "over the following decade", "the past year": one unit of time named by where it lies
      // ("the last year of his term", "the past year's profits" name a part of it or its things, no length).
      if (stretch !== undefined && /^(?:\s+of\b|['’]s\b|\s+(?:ago|old)\b)/i.test(text.slice(end, sentence.end)))
        continue;
      // "served for a decade", "the first vote in half a century", "ended a decade of civil war": a length with
      // no qualifier, where a word of length comes before it, or "of" and what lasted so long after it.
      const lengthWord =
        stretch !== undefined ||
        ONE_UNIT_LENGTH_BEFORE.test(text.slice(sentence.start, start)) ||
        (YEARS_IN[(unit as string).toLowerCase()] !== undefined &&
          /^\s+of\s+(?!the\b)\p{Ll}/u.test(text.slice(end, sentence.end)));
      // ("called for a day of rage", "a day trip", "day care": a kind of day, no length.)
      const kindOfUnit =
        YEARS_IN[(unit as string).toLowerCase()] === undefined &&
        UNIT_COMPOUND_AFTER.test(text.slice(end, sentence.end));
      if (
        qualifier === undefined &&
        range === null &&
        !(lengthWord && !kindOfUnit && !NOT_A_LENGTH_AFTER.test(text.slice(end, sentence.end)))
      )
        continue;
      if (range === null && quotes.some((q) => start >= q.start && end <= q.end)) continue;
      if (figures.some((f) => f.start < end && start < f.end)) continue;
      const subject = countedBefore(text, sentence.start, start);
      // "a decade" is ten years, "half a century" fifty: in years, as an editor counts them.
      const half = /\bhalf\s+$/i.exec(text.slice(sentence.start, start));
      const years = YEARS_IN[(unit as string).toLowerCase()];
      const from = half ? start - half[0].length : start;
      const units = years !== undefined ? "years" : `${(unit as string).toLowerCase()}s`;
      const clause = subject ? undefined : durationClause(text, sentence.start, from, units);
      const counts = subject ? `length of the ${subject}` : (clause ?? `length of time (${units})`);
      const note = subject || clause ? undefined : "what took this long was not found: check the label";
      const first: FigureCandidate = {
        start: from,
        end,
        value: (years ?? 1) * (half ? 0.5 : 1),
        qualifier: detectQualifier(qualifier ?? ""),
        wording: text.slice(from, end),
        unit: years !== undefined ? "years" : (unit as string).toLowerCase(),
        counts,
        excerpt: clauseAround(text, { start, end: range ? end + range[0].length : end }, sentence),
        according,
        drafted: { pattern: "figure-unit-word", note },
      };
      figures.push(first);
      // "or two": the range's other value, of the same unit.
      const upper = range?.[1];
      if (range && upper !== undefined && range[2] === undefined) {
        const upperStart = end + range[0].length - upper.length;
        if (!figures.some((f) => f.start < upperStart + upper.length && upperStart < f.end))
          figures.push({
            ...first,
            start: upperStart,
            end: upperStart + upper.length,
            value: /^\d/.test(upper) ? Number(upper) : (SMALL[upper.toLowerCase()] ?? 0),
            qualifier: "exactly",
            wording: upper,
            drafted: {
              pattern: "figure-unit-word",
              note: `the upper value of "${text.slice(start, upperStart + upper.length)}"`,
            },
          });
      }
    }
  }
  return withRangeLabels(figures).sort((a, b) => a.start - b.start);
};

/**
 * "between 40 and 50 dollars per barrel": a range's lower value counts what its upper one does, where the
 * words after the lower one gave it nothing but a unit (the currency or noun belongs to the upper value).
 */
const withRangeLabels = (figures: FigureCandidate[]): FigureCandidate[] => {
  // A label the words next to a value did not give: the unit alone, or one the note says was not found.
  const bare = (f: FigureCandidate): boolean =>
    f.counts.toLowerCase() === f.unit.toLowerCase() || (f.drafted?.note ?? "").includes("was not found");
  const other = (f: FigureCandidate): FigureCandidate | undefined => {
    const [, side, range] = /the (lower|upper) value of "([^"]*)"/.exec(f.drafted?.note ?? "") ?? [];
    if (range === undefined) return undefined;
    const wanted = `the ${side === "lower" ? "upper" : "lower"} value of "${range}"`;
    return figures.find((g) => g !== f && g.drafted?.note?.includes(wanted));
  };
  return figures.map((f) => {
    const pair = bare(f) ? other(f) : undefined;
    if (pair === undefined || bare(pair) || (f.unit !== pair.unit && f.counts.toLowerCase() !== f.unit.toLowerCase()))
      return f;
    const note = (f.drafted?.note ?? "")
      .split("; ")
      .filter((n) => !n.includes("was not found"))
      .concat(`what it counts is taken from "${pair.wording}", the range's other value: check`)
      .join("; ");
    return { ...f, counts: pair.counts, unit: pair.unit, drafted: { pattern: f.drafted?.pattern ?? "", note } };
  });
};

/** "of the", "the", "of its" after a share: kept in what it is a share of ("a third of the money"). */
const determinerAfter = (after: string): string => {
  const det = /^\s+(?:of\s+)?(the|its|their|his|her|our)\s/i.exec(after)?.[1];
  return det ? `${det.toLowerCase()} ` : "";
};

const NUMERATOR = "a|an|one|two|three|four|five|six|seven|eight|nine|ten";
const SHARE_WORD =
  "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s])?(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|eleventh|twelfths?|\\p{L}+teenths?|twentieths?|thirtieths?|fortieths?|fiftieths?|sixtieths?|seventieths?|eightieths?|ninetieths?|hundredths?|thousandths?)";
/** Shares in words with their numerator: "a third", "one sixtieth", "two-thirds", "half". */
const SHARE_WORDS = new RegExp(`(?<![\\p{L}-])(?:(${NUMERATOR})[\\s-]+)?(${SHARE_WORD})(?![\\p{L}-])`, "giu");
/** A number of a share's two, in digits or a word: "10", "five". */
const shareNumber = (written: string): number | undefined =>
  /^\d+$/.test(written) ? Number(written) : SMALL[written.toLowerCase()];
/** "one in five", "three out of four", "one in every 10". */
const ONE_IN =
  /(?<![\p{L}\p{N}])(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d{1,3})(?![\p{L}\p{N}])/giu;
/** Verbs in -s a share of people is told with: "one child in four lives in poverty", "one adult in five lacks". */
const SHARE_VERBS =
  /^(?:lives|lacks|says|has|suffers|owns|uses|works|gets|believes|thinks|wants|supports|opposes|favou?rs|backs|dies|faces|needs|goes|earns|reads|smokes|drinks)$/;
/** "one adult in five", "two voters out of three", "one British adult in five": the share with its noun between. */
const ONE_NOUN_IN =
  /(?<![\p{L}\p{N}])(one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:(\p{L}[\p{L}'’-]*)\s+)?(\p{L}[\p{L}'’-]*)\s+(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|\d{1,3})(?![\p{L}\p{N}])/giu;
/** "over a year", "almost a decade": only with a qualifier, else it is no figure. */
const ONE_UNIT =
  /\b(?:(more than|over|nearly|almost|about|around|roughly|close to|just under|at least|less than|under)\s+)?(?:a|(the\s+(?:next|past|following|previous|coming))(?=\s+(?:year|decade|century|half-century|quarter-century)))\s+(day|week|month|year|decade|half-century|quarter-century|century)\b/gi;
/** Words of length before "a year" with no qualifier: "for a decade", "in half a century", "within a week". */
const ONE_UNIT_LENGTH_BEFORE = /\b(?:for|within|in\s+half|lasting|spent|over\s+the\s+course\s+of)\s+$/i;
/** After "a year": a time ago or from now, a rate or a part of it, no length ("a year ago", "a year's time"). */
const NOT_A_LENGTH_AFTER =
  /^(?:\s+(?:ago|later|earlier|after|before|from\s+now|or|to\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a)\b)\b|['’]s\b|-)/i;
/** After "a day": "of" what, or a noun it makes a compound with ("a day trip", "day care"). */
const UNIT_COMPOUND_AFTER =
  /^\s+(?:of\b|(?!(?:to|and|or|in|on|at|by|before|after|as|while|when|until|but|with|from|for|ago|later|earlier|now)\b)\p{Ll})/u;
/** "twice", "thrice": a count of times, not a ratio ("twice as many", "twice the size") nor a rate ("twice a week"). */
const TWICE =
  /\b(?:twice|thrice)\b(?![-\s]+(?:as|a|an|per|each|every|the|that|this|its|his|her|their|over|daily|weekly|monthly|yearly|more|less|over|removed)\b)/gi;
/** Bodies whose members cast votes: "the committee voted 19-15", "the Senate voted 51-49", "lawmakers voted 234-193". */
const VOTING_BODY =
  /\b(?:committee|council|senate|house|board|parliament|assembly|cabinet|panel|commission|legislature|congress|chamber|jury|court|justices|judges|shareholders|lawmakers|senators|legislators|deputies|delegates|members|MPs)$/i;
/** The words of a poll's answer as a label reads them: "said it was not the right one". */
const pollAnswer = (answered: RegExpExecArray): string =>
  (answered[0] as string)
    .replace(/^\s*[–—-]?\s*/, "")
    .trim()
    .replace(/[,;:.]+$/, "");
/**
 * What a share of those polled answered, up to six words: "said it was not the right one", "were unsure", "named
 * Britain", "now believe he could win", "call him competent".
 */
const POLL_ANSWER =
  /^\s*(?:[–—-]\s*)?\s(?:(?:now|still|also|only|just|already)\s+)?(?:(?:said|say|says|call|calls|called|view|views|viewed|consider|considers|considered|trust|trusts|distrust|disapprove|disapproves|named|agreed|disagreed|thought|think|believed|believe|backed|back|supported|support|opposed|oppose|approved|approve|disapproved|favou?red|preferred|prefer|chose|picked|wanted|want)\b(?!\s+by\b)|(?:were|are)\s+(?:unsure|undecided|opposed|in\s+favou?r|against))(?:\s+[^\s,;:.]+){0,7}/i;
/**
 * A name and then the form money takes that it describes: "US food aid", "Disney stock", "New York fines" (not "Hillary
 * Clinton's name", "Chicago churches", "Varn on Monday").
 */
const NAME_THEN_MONEY_NOUN =
  /^\s*(?:\p{Lu}[\p{L}.’-]*\s+){1,3}(?:\p{Ll}+\s+)?(?:aid|stock|stocks|shares|bonds|fines|penalties|loans|debt|funds|assets|investments?|donations|contributions|subsidies|grants|revenues?|sales|damages|securities|credits?|tariffs|taxes|deposits|reserves|holdings|assistance|relief|spending|cuts|bailouts?)\b/u;
/** The metric weights a text gives before their pounds in brackets: a regular-expression source. */
const METRIC_WEIGHT = "(?:kilo(?:gram)?s?|kgs?|grams?|tonnes?|tons?)";
/** The bracket that gives a metric weight in pounds, opening: "kilograms (", "tonnes (about ". */
const BRACKET_AFTER_WEIGHT = `${METRIC_WEIGHT}\\s*\\(\\s*(?:about\\s+|some\\s+|nearly\\s+)?$`;
/** A metric weight and the bracket that gives it in pounds: "3.33 kilograms (". */
const WEIGHT_BEFORE_BRACKET = new RegExp(`\\b${BRACKET_AFTER_WEIGHT}`, "i");
/** Nothing but the weight's unit between a figure and the bracket: "3.33| kilograms (". */
const ONLY_WEIGHT_BEFORE_BRACKET = new RegExp(`^\\s*(?:metric\\s+)?${BRACKET_AFTER_WEIGHT}`, "i");
/** A label that opens with a metric weight's unit: "kilograms of heroin". */
const WEIGHT_LABEL = new RegExp(`^${METRIC_WEIGHT}\\b`, "i");
/** Verbs of a body's weight changing: "gained about 30 pounds", "shed 20 pounds". */
const WEIGHT_CHANGE = "(gained|gains|gaining|shed|sheds|shedding|put\\s+on)";
/** A weight's verb just before its pounds: "weighs 200", "gained about 30". */
const WEIGHED_BEFORE = new RegExp(
  `\\b(?:weigh(?:s|ed|ing)?|${WEIGHT_CHANGE})\\s+(?:about\\s+|some\\s+|nearly\\s+|over\\s+|more\\s+than\\s+)?$`,
  "i",
);
/** A verb of weight changing a few words before the pounds, captured: "gained about 30". */
const WEIGHT_CHANGED_BEFORE = new RegExp(`\\b${WEIGHT_CHANGE}\\s+(?:\\S+\\s+){0,2}$`, "i");
/** Units of weight and volume whose bracketed conversion a label reads past: "3.33 kilograms (7.3 pounds) of heroin". */
const MEASURE_UNIT = new RegExp(
  `^(?:${METRIC_WEIGHT}|pounds?|ounces?|lit(?:re|er)s?|gallons?|barrels?|kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|feet|acres?|hectares?)$`,
  "i",
);
/** The rest of a range after "a month": "or two", "to three months", "or so"; not "a year or two ago". */
const RANGE_AFTER =
  /^\s+(?:or\s+so\b|(?:or|to)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(\s+(?:days|weeks|months|years|decades))?\b)(?!\s+(?:ago|later|earlier|after|before|on|from\s+now)\b)/i;
