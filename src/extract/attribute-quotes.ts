/**
 * Who said each quote. The speaker is the subject of the speech verb next to
 * the quote: after it (`"…," Reagan said`, `"…," said a spokesman`), or before
 * it (`Eerdekens said: "…"`, `He said his adviser was working "with proper
 * discipline"`). The subject is read where a subject stands: just before its
 * verb, past an apposition (`Lord Nicholls, in his ruling, said`) and words
 * such as "also"; or just after an inverted verb.
 *
 * What the subject is decides the speaker:
 * - a name: that actor;
 * - a pronoun ("he added"): the person the text is about, read sentence by
 *   sentence (the subject of each sentence, and each speaker, in turn), of the
 *   pronoun's gender when the name tells it; "it" stands for a body;
 * - an unnamed person ("a diplomat", "the mayor's spokeswoman"): no speaker,
 *   and a note for the editor, rather than the mayor; a spokesman *for* a body
 *   speaks for it ("a spokesman for Unison" is Unison's, with a note);
 * - a role ("the minister", "our correspondent"): the person the text gave that
 *   title, else the person it is about, with a note; a body's noun ("the company
 *   said in a statement"): the body.
 *
 * A quotation over several paragraphs has one speaker for all its parts; a
 * quote with no attribution of its own, right after another by the person the
 * text is still about, continues it. Each attribution says which pattern found
 * it and, where the extractor was not sure, what the editor should check.
 */

import { DATELINE_AT_START } from "../text/dateline.js";
import type { Drafted } from "./drafted.js";
import type { Mention } from "./find-names.js";
import { DASH_BEFORE_NAME, JUDGING_VERBS, judgedAs, type QuoteSpan, talkedOf } from "./find-quotes.js";
import { type ActorGroup, generationSuffix, nameWords } from "./group-actors.js";
import {
  BUSINESS_HEADS,
  COMPANY_WORDS,
  CORPORATE_SUFFIXES,
  DOCUMENT_NOUNS,
  isPartyAndState,
  isRoleNoun,
  isSpeechWord,
  KIN_WORDS,
  ORGANISATION_NOUNS,
  PAPER_NOUNS,
  PERSON_PRONOUNS,
  REPORTER_NOUNS,
  SPEAKER_NOUNS,
  SPOKESPERSON_NOUNS,
  SUBJECT_VERB_FILLERS,
  TITLE_ABBREVIATIONS,
  US_STATE_SHORT,
  WEBSITE,
} from "./lexicon.js";
import { ATTRIBUTION_AFTER, type Sentence, type Span } from "./segment.js";
import { firstStartingAfter, firstStartingAt, indexSpans } from "./span-index.js";
import type { Token } from "./tokens.js";

export interface Attribution {
  /** The pattern that found it, and what the editor should check (see drafted.ts). */
  readonly drafted?: Drafted | undefined;
  readonly quote: QuoteSpan;
  readonly speaker: ActorGroup | undefined;
  /** How the speaker was found: a name, a pronoun, a role, or the previous quote. */
  readonly via: "name" | "pronoun" | "role" | "previous" | "none";
}

/** A sentence that reports what an actor said without quoting it: "the minister said the truce would hold". */
export interface ReportedSpeech {
  readonly drafted: Drafted;
  /** The sentence, verbatim. */
  readonly sentence: Span;
  /** The speech verb. */
  readonly verb: Span;
  readonly party: ActorGroup;
}

/** What an article's speech reads as: its quotes with their speakers, and its reported speech. */
export interface Speech {
  readonly quotes: Attribution[];
  readonly reported: ReportedSpeech[];
}

/** A newspaper's noun after its name ("Svenska Dagbladet daily said"), or for it ("the paper said"). */
const PAPER_NOUN = new RegExp(`^(?:${PAPER_NOUNS}|paper)$`, "i");

/** Verbs that report what someone said in a clause of its own ("said talks were continuing"). */
const REPORTING_VERBS =
  /^(said|says|told|tells|added|adds|stated|states|announced|announces|insisted|insists|argued|argues|noted|notes|stressed|stresses|confirmed|confirms|explained|explains|maintained|maintains|reiterated|reiterates|acknowledged|acknowledges|declared|declares|conceded|concedes|predicted|predicts|promised|promises|pledged|pledges|vowed|vows)$/i;

type Gender = "male" | "female";

/** Whom a subject stands for: an actor, or an unnamed person the editor must name. */
interface Referent {
  readonly group?: ActorGroup | undefined;
  /** The words naming an unnamed person ("the mayor's spokeswoman"), verbatim. */
  readonly unnamed?: string | undefined;
  readonly person: boolean;
  readonly gender?: Gender | undefined;
  /** What the editor should check about it. */
  readonly note?: string | undefined;
  /** The pattern for a quote this referent speaks. */
  readonly pattern?: string | undefined;
  readonly via: Attribution["via"];
  /** The noun an unnamed speaker was introduced by ("official"), by which the text may name them again. */
  readonly head?: string | undefined;
  /** Unnamed people in the plural ("officials", "the candidates"), whom "he" or "she" never stands for. */
  readonly plural?: boolean | undefined;
}

/** A subject read in the text: a name, a pronoun or a noun phrase. */
interface Subject extends Span {
  readonly kind: "name" | "pronoun" | "phrase";
  readonly mention?: Mention;
  readonly pronoun?: string;
  /** The phrase's head noun ("spokeswoman") and its determiner ("the", "a", "our", or ""). */
  readonly head?: string;
  readonly determiner?: string;
  /** Whose the phrase is: "the mayor's spokeswoman", "a spokesman for Unison". */
  readonly owner?: { readonly mention?: Mention; readonly noun?: string; readonly speaksFor: boolean } | undefined;
}

/** Besides a verb of speech (`isSpeechWord`), a finite verb between a subject and the verb it would be the subject of. */
const FINITE_BETWEEN = /^(?:reported|is|are|was|were|has|have|had|will|would)$/i;

const FEMALE_NOUNS = /^(spokeswoman|chairwoman|woman|women|businesswoman|congresswoman|mother|wife|daughter|queen)$/i;
const MALE_NOUNS = /^(spokesman|chairman|man|men|businessman|congressman|father|husband|son|king)$/i;
const DETERMINERS = /^(the|a|an|one|another|our|this|that|its|his|her|their|some|two|three|several|many)$/i;
const PREPOSITIONS = /^(for|of|at|from|with|in|to|on|by)$/i;
/**
 * People who speak for a body they are named with ("NATO officials", "EU ministers", "a senior State Department
 * official"); not its delegates or envoys, who speak for their states.
 */
const OFFICIAL_NOUNS =
  /^(official|officials|spokesman|spokeswoman|spokesmen|spokeswomen|spokesperson|spokespeople|representative|ministers|leaders)$/i;
/** A country's bodies that speak for it: "Qatar's foreign ministry". */
const GOVERNMENT_NOUNS = /^(ministry|government|army|military|police|embassy|office|cabinet|administration)$/i;
/**
 * Roles a text names someone by without having given them that title ("the top Qatari diplomat"
 * for its minister of state), each with the title words that make a person such a one; an office
 * such as "the minister" or "the mayor" the text would have given as a title.
 */
const GENERIC_ROLES: Readonly<Record<string, RegExp>> = {
  diplomat: /\b(minister|ambassador|envoy|diplomat|negotiator|foreign|secretary of state|consul)/i,
  official:
    /\b(minister|secretary|official|spokes\w+|director|head|chief|commissioner|officer|adviser|advisor|ambassador)/i,
  negotiator: /\b(negotiator|minister|envoy|mediator|ambassador)/i,
  envoy: /\b(envoy|ambassador|minister|diplomat)/i,
  mediator: /\b(mediator|negotiator|envoy|minister)/i,
  leader: /\b(leader|president|chair\w*|head|chief|prime minister|secretary|general secretary)/i,
  chief: /\b(chief|head|director|leader|president)/i,
  executive: /\b(executive|chief|director|president|chair\w*|ceo)/i,
  politician: /\b(minister|senator|mp|member of parliament|councillor|congress\w*|leader|mayor|governor)/i,
  // "the California congressman", "the lawmaker": a member of a legislature ("Rep.", "Sen.", "the top Democrat on
  // the House Intelligence Committee").
  congressman: /(?:^|\s)(?:rep\.?|representative|congress\w*|lawmaker)(?=\s|$)/i,
  congresswoman: /(?:^|\s)(?:rep\.?|representative|congress\w*|lawmaker)(?=\s|$)/i,
  lawmaker:
    /(?:^|\s)(?:rep\.?|representative|congress\w*|senator|sen\.|mp|member of parliament|lawmaker|legislator)(?=\s|$)/i,
  commander: /\b(commander|general|colonel|chief|admiral)/i,
};
/** Words that open an adverbial phrase before a sentence's subject: "Despite the danger ..., Howard said". */
const OPENING_ADVERBIAL =
  /^(despite|after|before|although|though|while|when|as|since|with|without|in|on|at|under|amid|following|because|during|if|unlike|like|asked|speaking)$/i;
/** Words that describe someone named before: "the former general", "the veteran diplomat". */
const BACK_REFERENCE =
  /^(the|this|that)\s+(former|retired|veteran|outgoing|embattled|ousted|deposed|exiled|jailed|ex-)/i;
/**
 * Words a text calls the person it is about by, which no office holds ("the gambling tycoon", "the
 * veteran climber"): the person named just before, whatever title the text gave.
 */
const EPITHET_NOUNS = new Set(
  `tycoon magnate billionaire millionaire mogul donor philanthropist businessman businesswoman entrepreneur
  investor refugee migrant survivor climber mountaineer explorer novelist singer actor actress star veteran
  campaigner activist`.split(/\s+/),
);
/**
 * Whether an epithet may stand for the person named just before: the text gives that person no title, or one of
 * the epithet's family ("Top Republican Party donor" for "the gambling tycoon"); "the businessman said" after
 * "Secretary of State John Kerry" is someone else.
 */
const epithetFits = (head: string, referent: Referent | undefined): boolean => {
  const titles = referent?.group?.titles ?? [];
  if (titles.length === 0) return true;
  const family = EPITHET_FAMILIES.find((words) => words.includes(head)) ?? [head];
  return titles.some((title) => title.split(/[^\p{L}]+/u).some((word) => family.includes(singular(word))));
};
/** Epithets that stand for one another: a donor is a tycoon is a billionaire. */
const EPITHET_FAMILIES: readonly (readonly string[])[] = [
  [
    "tycoon",
    "magnate",
    "billionaire",
    "millionaire",
    "mogul",
    "donor",
    "philanthropist",
    "businessman",
    "businesswoman",
    "entrepreneur",
    "investor",
    "owner",
    "founder",
    "chairman",
  ],
  ["climber", "mountaineer", "explorer"],
  ["singer", "actor", "actress", "star"],
  ["refugee", "migrant", "survivor"],
  ["activist", "campaigner"],
];
/** Words for someone that no office holds, never read as the person the text is about whose office it does not give. */
const NO_OFFICE_NOUNS = new Set(
  `candidate contender nominee challenger lawmaker congressman congresswoman pundit commentator anchor presenter
  columnist author host investor`.split(/\s+/),
);
/** People who write a study or a note a body issues: "the analysts said" after "the bank released a note". */
const STUDY_AUTHORS = /^(analysts|economists|researchers|strategists|authors|scientists|experts)$/i;
/** A broadcaster's or paper's people: "the CNN host", "the Times columnist". */
const MEDIA_ROLES = /^(host|anchor|presenter|correspondent|reporter|columnist|commentator|editor|interviewer)$/i;
/** Roles only a broadcaster has, whatever kind of body the text took it for: "the CNN host". */
const HOST_ROLES = /^(host|anchor|presenter|interviewer)$/i;
/** A day of the week. */
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** "the 67-year-old": a person named before, by age. */
const AGED = /^\d+-year-old$/i;
/** After a name, before ", who": an age and a home town, with its state ("Rawlings, 59, of Ashton, Md., who"). */
const PERSON_DETAILS_BEFORE_WHO =
  /^(?:\s*,\s*\d{1,3})?(?:\s*,\s*(?:of|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*,\s*\p{Lu}[\p{L}.]*)?)?\s*,\s*$/u;
/** A sentence that tells of someone answering, before their words: "Pelosi disagreed.", "Le Figaro went further." */
const REACTION =
  /\b(?:disagreed|agreed|replied|responded|countered|objected|retorted|demurred|dissented|concurred|protested|complained|conceded|shot\s+back|pushed\s+back|went\s+further|chimed\s+in|weighed\s+in|(?:was|were)\s+(?:more\s+|less\s+|even\s+)?(?:blunt|blunter|direct|cautious|optimistic|pessimistic|skeptical|sceptical|critical|defiant|upbeat|diplomatic|candid|emphatic|scathing)|(?:struck|sounded)\s+an?\s+\p{L}+\s+note|took\s+an?\s+\p{L}+\s+(?:view|line|tone))\b/iu;
/** After a quotation, a name and a relative clause opening: `," Mark Delaney, who led the talks ...`. */
const RELATIVE_AFTER_NAME = /^[\s,"”’']*(?:[\p{L}.'’-]+\s+){0,5}\p{Lu}[\p{L}'’-]*,\s+who\s/u;
/** Documents a gathering issues at its close: "a final communique", "the declaration". */
const GATHERING_DOCUMENT = /^(communiqu[eé]s?|declarations?)$/i;
/**
 * A gathering's name, its noun last or before what it is on: "High Level Group Meeting", "the Bonn Conference", "the
 * Meeting on Education" (not "the Conference Board").
 */
const GATHERING = /\b(?:Meeting|Summit|Conference|Forum|Symposium)(?:$|\s+(?:on|of|for)\b)/;
/** A gathering named by its noun: "The meeting, co-hosted by ...". */
const GATHERING_NOUN = /\b(?:the|this)\s+(?:meeting|summit|conference|forum|symposium)\b/i;
/**
 * The clause of the one who asked or cried out, after a question or a cry: up to six words, a verb of speech, and no
 * object that makes it a sentence of its own ("Tom Hale said no.", "Ana Ruiz wrote the editorial.").
 */
const SPEAKER_CLAUSE =
  /^(?:(?:\p{Lu}[\p{L}.'’-]*|the|a|an|of|\p{Ll}+)\s+){0,6}?(?:(?:said|says|added|replied|wrote|insisted|declared|wondered|exclaimed)\b(?!\s+(?:no|nothing|yes|that|the|a|an|it|this|about|if|whether)\b)|(?:asked|asks|told|tells|shouted|yelled|screamed|cried|tweeted|demanded)\b(?!\s+(?:for|that|about|if|whether)\b))/u;
/** Speech verbs whose next words are whom they address or name, never their subject. */
const OBJECT_VERBS =
  /^(told|tells|telling|urged|urges|urging|thanked|thanks|blamed|blames|accused|accuses|praised|praises|critici[sz]ed|critici[sz]es|condemned|condemns|called|calls|calling|hailed|hails|welcomed|welcomes|quoted|quotes|warned|warns|asked|asks|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)|dub(?:s|bed|bing)|label(?:s|led|ed|ling|ing)|term(?:s|ed|ing))$/i;
/** Of those, verbs that stand before their speaker just after a quotation: `"Why not?" asked Tom Hale`, `"Stop," warned
 * the mayor`. */
const INVERTED_AFTER_QUOTE = /^(asked|asks|warned|warns|urged|urges)$/i;

const singular = (word: string): string => {
  const w = word.toLowerCase();
  if (/men$/.test(w)) return w.replace(/men$/, "man");
  if (/people$/.test(w)) return "person";
  if (/ies$/.test(w)) return w.replace(/ies$/, "y");
  if (/(ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return w;
};

const isPersonNoun = (word: string): boolean => {
  const w = word.toLowerCase();
  return (
    isRoleNoun(w) ||
    isRoleNoun(singular(w)) ||
    SPEAKER_NOUNS.has(w) ||
    SPOKESPERSON_NOUNS.has(w) ||
    REPORTER_NOUNS.has(w) ||
    KIN_WORDS.has(w) ||
    KIN_WORDS.has(singular(w))
  );
};
const isOrganisationNoun = (word: string): boolean =>
  ORGANISATION_NOUNS.has(word.toLowerCase()) || PAPER_NOUN.test(word);
/** What someone says and a text names before their name: "comments Trump made", "remarks he gave". */
const REMARK_NOUNS = /^(?:comments?|remarks?|words|statements?|speech(?:es)?|interviews?|tweets?|posts?|testimony)$/i;
/** A relative "of" someone: "a son of", "the widow of". */
const KIN_OF = new RegExp(`\\b(?:${[...KIN_WORDS].join("|")})s?\\s+of\\b`, "i");
/** Nouns any company or group goes by, which tie a document to no one named body: "a company statement". */
const GENERIC_BODY_NOUNS =
  /^(?:company|firm|group|union|network|carrier|airline|broadcaster|giant|retailer|carmaker|automaker|lender|insurer|miner|supplier|manufacturer|producer|exporter|conglomerate)$/;
/** A news medium that broadcasts or is an agency, never "the paper": "Radio Orlan", "CNN", "Reuters", "Xinhua". */
const BROADCASTER_NAME =
  /\b(?:radio|tv|television|network|broadcasting|broadcaster|channel|news\s+agency|press\s+agency|agency|wire|reuters|afp|ap|xinhua|tass|itar-tass|kyodo|yonhap|cnn|bbc|abc|cbs|nbc|fox|msnbc|al\s+jazeera|sky)\b/i;
/** "paper" a document the text names: "published a paper", "a white paper", "the research paper". */
const DOCUMENT_PAPER =
  /\b(?:white|green|research|scientific|academic|policy|working|discussion|position|consultation)\s+paper\b|\b(?:published|wrote|released|presented|issued|co-authored|authored)\s+(?:a|an|the|their|his|her|its)\s+(?:\p{L}+\s+)?paper\b/iu;
const isSpokesperson = (word: string): boolean => SPOKESPERSON_NOUNS.has(word.toLowerCase());
/** After a document's noun, who made it: ", compiled by", "prepared by", "written by". */
const WRITTEN_BY_AFTER =
  /^\s*,?\s*(?:(?:which|that)\s+was\s+)?(?:compiled|written|prepared|produced|drawn\s+up|drafted|commissioned|authored)\s+by\b/i;

/** A sentence opening with a phrase and its relative clause, then a comma before the verb: "The survey which ..., ". */
const RELATIVE_OPENING =
  /^(\s*(?:The|A|An|This|That|Its|Their|His|Her)\s+(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s+(?:which|who|that)\s+[^;:"“”]{3,200},\s*$/u;

/** What a writer writes for a paper: "a commentary for the Clarion-Ledger", "an op-ed for the Post". */
const WRITTEN_PIECE =
  /^(?:commentary|commentaries|column|columns|op-ed|op-eds|article|articles|piece|pieces|essay|essays|blog)$/i;
const isDocumentNoun = (word: string): boolean => DOCUMENT_NOUNS.has(word.toLowerCase());

/** A company's name: it ends in a business word ("Motors", "Airlines") or a legal form ("Inc", "Corp"). */
const isCompany = (name: string): boolean => {
  const last = name.split(/\s+/).at(-1)?.toLowerCase().replace(/\.$/, "") ?? "";
  return (
    BUSINESS_HEADS.has(last) ||
    CORPORATE_SUFFIXES.has(last) ||
    /^(motors|airlines|airways|bank)$/.test(last) ||
    WEBSITE.test(name)
  );
};

/** A public body's name: no company, whatever word a text calls it by. */
const PUBLIC_BODY =
  /\b(?:ministry|department|council|court|police|army|agency|commission|committee|party|union|government|parliament|congress|senate|university|nations|assembly|office|authority|bureau|service|forces?)\b|^(?:UN|EU|NATO|IMF|WHO|OPEC)$/i;
/**
 * An office of a government, which a text calls "the ministry", never "the organization": narrower than `PUBLIC_BODY`
 * (the ACLU, a Refugee Council, a party are organizations).
 */
const GOVERNMENT_OFFICE =
  /\b(?:ministry|department|government|police|army|agency|authority|bureau|office|administration|court|parliament|congress|senate|commission)\b/i;

const genderOfGroup = (group: ActorGroup): Gender | undefined => group.mentions.find((m) => m.gender)?.gender;

/** A phrase, not a sentence, quoted inside a sentence: it opens in lower case and does not end one. */
const isQuotedPhrase = (quote: QuoteSpan): boolean =>
  quote.chain === undefined && /^\p{Ll}/u.test(quote.text) && !/[.!?…]$/u.test(quote.text);

const quoted = (text: string): string => `“${text.replace(/\s+/g, " ")}”`;

/** The speakers of an article's quotes (see `readSpeech`). */
export const attributeQuotes = (
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  quotes: readonly QuoteSpan[],
  groups: readonly ActorGroup[],
): Attribution[] => readSpeech(text, sentences, tokens, quotes, groups).quotes;

/**
 * The speech of an article: each quote with its speaker, and each sentence that reports what a
 * named actor said (for positions). `sentences` are read for speakers; those marked `headline`
 * report nothing.
 */
export const readSpeech = (
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  quotes: readonly QuoteSpan[],
  groups: readonly ActorGroup[],
): Speech => {
  // Every lookup below is a binary search in items sorted by start (sentences, tokens, mentions
  // and quotes come in text order), and the article is read once, sentence by sentence.
  const outers = quotes.map((q) => q.outer).sort((a, b) => a.start - b.start);
  const inQuote = indexSpans(outers);
  const outerStarts = new Set(outers.map((o) => o.start));
  const groupOf = new Map<Mention, ActorGroup>();
  for (const group of groups) for (const mention of group.mentions) groupOf.set(mention, group);
  const mentions = [...groupOf.keys()].filter((m) => !inQuote.holdsPlace(m.start)).sort((a, b) => a.start - b.start);
  /** The mention that holds the token at `index`, if any. */
  const mentionAt = new Map<number, Mention>();
  for (const mention of mentions) {
    for (let i = firstStartingAt(tokens, mention.start); i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (token.start >= mention.end) break;
      mentionAt.set(i, mention);
    }
  }
  /** The last token of the name whose first token is `first` (`first` itself when no name starts there). */
  const lastTokenOf = (first: number): number => {
    const mention = mentionAt.get(first);
    let last = first;
    while (mention !== undefined && mentionAt.get(last + 1) === mention) last++;
    return last;
  };
  const word = (i: number): string => (tokens[i] as Token | undefined)?.text ?? "";
  const lower = (i: number): string => word(i).toLowerCase();
  /** The text between two tokens. */
  /** The text between tokens `a` and `b`; before the first or after the last token, to the text's edge. */
  const gap = (a: number, b: number): string => text.slice(tokens[a]?.end ?? 0, tokens[b]?.start ?? text.length);
  /** Token `i` is an abbreviated title or an initial whose full stop ends no sentence: "Gen. John Abizaid". */
  /** Token `i` is "Jr" or "Sr" with its full stop: "Marcus Whitlock Jr. said". */
  const suffixPoint = (i: number): boolean => /^\.\s+$/.test(gap(i, i + 1)) && /^(?:Jr|Sr)$/.test(word(i));
  const abbreviated = (i: number): boolean =>
    (/^\.\s+$/.test(gap(i, i + 1)) && (TITLE_ABBREVIATIONS.has(lower(i)) || /^\p{Lu}$/u.test(word(i)))) ||
    // "Marcus Whitlock Jr. said": a generational suffix's point, before a word in lower case.
    (suffixPoint(i) && /^\p{Ll}/u.test(word(i + 1))) ||
    // "Cambridge, Mass., said": a state shortened after a town, its point before a comma.
    (/^\.\s*,/.test(gap(i, i + 1)) && US_STATE_SHORT.test(word(i))) ||
    // "Rep. John Mica (R-Fla.) said": a shortened state closing a lawmaker's party tag.
    (/^\.\)/.test(gap(i, i + 1)) && isPartyAndState(word(i)));
  /** "found that" after a document opening its clause ("A Budget Office report released last year found that"). */
  const documentFound = (i: number): boolean => {
    if (!/^(found|finds)$/i.test(word(i)) || !/^that$/i.test(word(i + 1))) return false;
    for (let j = i - 1; j >= 0 && i - j <= 8 && !/[;:.!?"“”]/.test(gap(j, j + 1)); j--)
      if (isDocumentNoun(word(j))) return true;
    return false;
  };
  const isSpeechVerb = (i: number): boolean => {
    const token = tokens[i] as Token;
    // A capitalised speech verb opens its sentence ("Commented another diplomat:"); elsewhere it is a name.
    // A noun is no verb: "to insert claims that", "the calls for".
    // "The Daily Mail struck a similar note, talking of "Blair's surrender"", a noun to the tagger or not.
    // (Not "the version Republicans are talking about is “just not true”": the quotation opens after "of".)
    const talkingOf = talkedOf(token.text, word(i + 1), text.slice((tokens[i + 1] as Token | undefined)?.end ?? 0));
    if (talkingOf) return !inQuote.holdsPlace(token.start);
    return (
      (isSpeechWord(token.text) ||
        (/^refer(s|red|ring)$/i.test(token.text) && /^to$/i.test(word(i + 1))) ||
        // "the letter reads": a document says what its author wrote.
        (/^(reads|read)$/i.test(token.text) && isDocumentNoun(word(i - 1))) ||
        // "A Budget Office report released last year found that": what a document found, its authors' words.
        documentFound(i)) &&
      (!token.capital || token.initial) &&
      // ("saying he ...", "issued a statement, saying a foundation ...": a participle before the one it reports, or
      // after a comma, whatever the tagger read it as)
      (!(token.tags.has("Noun") && !token.tags.has("Verb")) ||
        (/ing$/i.test(token.text) &&
          !DETERMINERS.test(word(i - 1)) &&
          (/^(?:he|she|they|it|we|i|that|his|her|their)$/i.test(word(i + 1)) ||
            (i > 0 && /^\s*,\s*$/.test(gap(i - 1, i)))))) &&
      // ("was like saying the opposing team "scored 19 runs"": a gerund after "like" or "than" is a comparison, no one's
      // speech)
      !(/ing$/i.test(token.text) && /^(?:like|than)$/i.test(word(i - 1))) &&
      // "Clinton was branded "a liar" by Trump": a passive name-giving verb says the words of whoever gave the name.
      !(
        /^(branded|dubbed|labell?ed|termed)$/i.test(token.text) &&
        /^(is|are|was|were|be|been|being)$/i.test(word(i - 1))
      ) &&
      // "had been charged with "organized criminal activity"", "Police charged Mark Dorsey with", "an alleged plot": no
      // one's words. These verbs speak only after the quotation (`"…," charged Latif`), before "that", or at a pause.
      !(
        /^(charged|charges|alleged|alleges|alleging|concluded|concludes)$/i.test(token.text) &&
        !/[”"’'],?\s*$/u.test(text.slice(Math.max(0, token.start - 4), token.start)) &&
        !/^that$/i.test(word(i + 1)) &&
        !/^\s*[,.;:]/.test(text.slice(token.end, token.end + 3))
      ) &&
      !inQuote.holdsPlace(token.start)
    );
  };

  // ---- the people the text is about, most recent first -------------------------------------
  const focus: Referent[] = [];
  const remember = (referent: Referent | undefined): void => {
    if (referent === undefined || (referent.group === undefined && referent.unnamed === undefined)) return;
    const index = focus.findIndex(
      (r) =>
        (referent.group !== undefined && r.group === referent.group) ||
        (referent.unnamed !== undefined && r.unnamed === referent.unnamed),
    );
    if (index >= 0) focus.splice(index, 1);
    focus.unshift(referent);
    if (focus.length > 8) focus.pop();
  };

  // ---- titles: the people given a role, by role word -----------------------------------------
  /** People named in apposition to a noun ("a spokesman for the Water Board, Piet Olde"), by that noun. */
  const namedAs = new Map<string, ActorGroup>();
  const rememberNamedAs = (subject: Subject): void => {
    const group = subject.kind === "name" && subject.mention ? groupOf.get(subject.mention) : undefined;
    if (group?.kind === "person" && subject.head !== undefined && isRoleNoun(singular(subject.head)))
      namedAs.set(singular(subject.head), group);
  };
  const withRole = new Map<string, Mention[]>();
  const lastWithRole = (role: string, at: number): ActorGroup | undefined => {
    let list = withRole.get(role);
    if (list === undefined) {
      list = mentions.filter((m) => {
        const group = groupOf.get(m);
        // "president" holds "President" and "President-elect", not "presidential adviser".
        return group?.kind === "person" && group.titles.some((t) => new RegExp(`\\b${role}(?!\\p{L})`, "iu").test(t));
      });
      withRole.set(role, list);
    }
    const last = list[firstStartingAt(list, at) - 1];
    return last === undefined ? undefined : groupOf.get(last);
  };
  /** The last body named before `at` whose name holds `noun` ("the commission": "Tower Commission"). */
  const lastBodyNamed = (noun: string, at: number): ActorGroup | undefined => {
    for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
      const group = groupOf.get(mentions[i] as Mention);
      if (group && group.kind !== "person" && group.kind !== "state" && new RegExp(`\\b${noun}`, "i").test(group.name))
        return group;
    }
    return undefined;
  };

  /**
   * The last body named before `at`, when it is a company by its name's words ("Kesh Motors", "GunBroker.com"); none
   * when another body was named since ("published by BuzzFeed.com ... The Federal Trade Commission said ... the
   * company said": an unnamed company).
   */
  const lastCompanyNamed = (at: number): Referent | undefined => {
    for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
      const group = groupOf.get(mentions[i] as Mention);
      if (group?.kind !== "organisation" && group?.kind !== "media") continue;
      return group.kind === "organisation" && isCompany(group.name) ? { group, person: false, via: "role" } : undefined;
    }
    return undefined;
  };

  /**
   * The last paper named before `at`: a news medium that is no broadcaster or agency ("the Daily Mail", "China Youth
   * Daily", "the Varnian daily Kurjer Orlanski"); none when "paper" is a document the text named since ("published a
   * paper", "a white paper").
   */
  const lastPaperNamed = (at: number, noun: string): ActorGroup | undefined => {
    for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
      const mention = mentions[i] as Mention;
      const group = groupOf.get(mention);
      if (group?.kind !== "media" || BROADCASTER_NAME.test(group.name)) continue;
      if (noun === "paper" && DOCUMENT_PAPER.test(text.slice(mention.end, at))) return undefined;
      return group;
    }
    return undefined;
  };

  /** The last person named before `at` and from `floor` on (by binary search into the sorted mentions) that `fits`. */
  /** The one person sentence `index` names who `fits`; none when it names none or several ("sent an email to"). */
  const onlyPersonIn = (index: number, fits: (group: ActorGroup) => boolean): ActorGroup | undefined => {
    const sentence = sentences[index];
    if (sentence === undefined || sentence.headline) return undefined;
    const found = new Set<ActorGroup>();
    for (let i = firstStartingAt(mentions, sentence.start); i < mentions.length; i++) {
      const mention = mentions[i] as Mention;
      if (mention.start >= sentence.end) break;
      const group = groupOf.get(mention);
      if (group?.kind === "person" && fits(group)) found.add(group);
    }
    return found.size === 1 ? [...found][0] : undefined;
  };
  const lastPersonNamed = (
    at: number,
    floor: number,
    fits: (mention: Mention, group: ActorGroup) => boolean,
  ): ActorGroup | undefined => {
    for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
      const mention = mentions[i] as Mention;
      if (mention.start < floor) break;
      const group = groupOf.get(mention);
      if (group?.kind === "person" && fits(mention, group)) return group;
    }
    return undefined;
  };

  /**
   * Who issued the document whose phrase opens at token `first` (`words` more words of the phrase, "an
   * analysts'", before its noun): the named body or person before "issued", "released", "published" or
   * "put out" ("the Security Council issued a statement"); null when the issuer is not named ("the
   * ministry issued a statement"), undefined when no such verb stands before the phrase.
   */
  const issuerOf = (first: number, words: number, noun: number): ActorGroup | null | undefined => {
    // "released a letter written by the gunman's mother", "published an email from Lerner": its writer is named.
    if (/^(written|sent|signed|drafted|authored|by|from)$/i.test(word(noun + 1))) return undefined;
    for (let v = first - 1; v >= 0 && first - v <= 2 + words && !/[,;:.!?"“”]/.test(gap(v, v + 1)); v--) {
      if (!/^(issued|issues|released|releases|published|publishes|put|puts|sent|sends)$/i.test(word(v))) continue;
      // "put out a statement", "sent out a press release", not "put a letter from the inspector into the record",
      // "sent a letter" (to someone, perhaps another's).
      if (/^(puts?|sent|sends)$/i.test(word(v)) && !/^out$/i.test(word(v + 1))) continue;
      const sentence = sentences[sentenceOf((tokens[v] as Token).start)];
      const issuer = sentence === undefined ? undefined : subjectBefore(v, sentence.start);
      const group = issuer?.mention ? groupOf.get(issuer.mention) : undefined;
      return issuer?.kind === "name" && group !== undefined && group.kind !== "media" ? group : null;
    }
    return undefined;
  };

  /**
   * The body a document's noun at token `i` is said to be from by the noun just before it ("a government
   * statement", "the ministry's report"): the last body named before `at` whose name has that noun
   * ("the Italian government"); none when no body so named came before.
   */
  const bodyNounBefore = (i: number, at: number): ActorGroup | undefined => {
    const before = tokens[i - 1];
    if (before === undefined || before.capital || /[,;:.!?"“”]/.test(gap(i - 1, i))) return undefined;
    const noun = before.text.toLowerCase();
    // Not a word any company goes by ("a company statement" is the company's the text is about), nor a paper's.
    if (!isOrganisationNoun(noun) || isPersonNoun(noun) || PAPER_NOUN.test(noun) || GENERIC_BODY_NOUNS.test(noun))
      return undefined;
    // "a Chinese government statement", "an Orlan police report": a word before the noun names whose.
    const whose = tokens[i - 2];
    const qualifier = whose?.capital && !/[,;:.!?"“”]/.test(gap(i - 2, i - 1)) ? whose.text.toLowerCase() : undefined;
    for (let k = firstStartingAt(mentions, at) - 1; k >= 0; k--) {
      const group = groupOf.get(mentions[k] as Mention);
      if (group === undefined || group.kind === "person" || group.kind === "state") continue;
      const words = group.name.toLowerCase().split(/\s+/);
      // The noun heads the name: "Italian government", "Interior Ministry", "Ministry of Defence" (not "Varnia
      // Police Federation", "Democratic Unionist Party").
      const head = words.findIndex((w, n) => w === noun && (n === words.length - 1 || words[n + 1] === "of"));
      if (head < 0) continue;
      if (qualifier !== undefined && !words.slice(0, head).includes(qualifier)) continue;
      return group;
    }
    return undefined;
  };

  /**
   * Who wrote the document a phrase names ("the letter", "his statement"): its owner in the phrase,
   * else the owner or author the text gave it where it named it before ("Powell's resignation
   * letter", "a statement from the ministry"), within a few paragraphs.
   */
  /** A body's name just before a document's noun: "an ISAF statement", "the Pentagon report" (not a person's). */
  const namedBefore = (noun: number): ActorGroup | undefined => {
    // ("The Enron report, compiled by a Senate subcommittee": what the document is about, its author after it)
    if (WRITTEN_BY_AFTER.test(text.slice((tokens[noun] as Token).end, (tokens[noun] as Token).end + 40)))
      return undefined;
    const mention = mentionAt.get(noun - 1);
    const group = mention === undefined ? undefined : groupOf.get(mention);
    return group !== undefined &&
      group.kind !== "person" &&
      group.kind !== "media" &&
      !(tokens[noun - 1] as Token).possessive
      ? group
      : undefined;
  };
  /** A possessive name a few words before a document's noun: "Powell's resignation letter". */
  const ownerBefore = (noun: number): ActorGroup | undefined => {
    for (let j = noun - 1; j >= 0 && noun - j <= 4 && !/[,;:.!?"“”]/.test(gap(j, j + 1)); j--) {
      const mention = mentionAt.get(j);
      if (mention !== undefined && (tokens[j] as Token).possessive) return groupOf.get(mention);
      if (DETERMINERS.test(word(j)) || PREPOSITIONS.test(word(j))) break;
    }
    return undefined;
  };
  /**
   * The one person the text names by the owner's name and a generation's suffix, for "son" (or by it without one, for
   * the father of a "Jr."): "Donald Trump's son" Donald Trump Jr.; none otherwise (a brother, a wife, a namesake).
   */
  const relativeNamed = (owner: ActorGroup, kinWord: string): ActorGroup | undefined => {
    // (the name without its generation; a junior's suffix, not "Sr.")
    const bare = (name: string): string => {
      const words = nameWords(name);
      return (generationSuffix(words) === undefined ? words : words.slice(0, -1)).join(" ");
    };
    const suffixed = (name: string): boolean => (generationSuffix(nameWords(name)) ?? "sr") !== "sr";
    const same = [...new Set(groupOf.values())].filter(
      (g) => g !== owner && g.kind === "person" && bare(g.name) === bare(owner.name),
    );
    // ("X's son": X Jr.; "X Jr.'s father": X, or X Sr.)
    const found = /^sons?$/i.test(kinWord)
      ? same.filter((g) => suffixed(g.name) && !suffixed(owner.name))
      : /^father$/i.test(kinWord)
        ? same.filter((g) => !suffixed(g.name) && suffixed(owner.name))
        : [];
    return found.length === 1 ? found[0] : undefined;
  };
  /** Whether a document's noun at `noun` brings it in: "a new study", "an ISAF statement", not "the report". */
  const introducedAt = (noun: number): boolean => {
    for (let j = noun - 1; j >= 0 && noun - j <= 4; j--) {
      if (/^(?:a|an)$/i.test(word(j))) return true;
      if (/^(?:the|this|that|its|his|her|their)$/i.test(word(j))) return false;
    }
    return true;
  };
  /**
   * The gathering a communique or declaration with no author named is from: the last meeting, summit or conference
   * named before it, however far back the story named it ("The 6th High Level Group Meeting ... finished here Thursday ... said a final communique").
   */
  const gatheringOf = (subject: Subject, at: number): ActorGroup | undefined => {
    const head = subject.head ?? "";
    // (not one whose owner the text gives, "Their organisers signed a declaration", unless the owner is the gathering:
    // "The forum's final declaration")
    const gatheringOwner =
      subject.owner?.noun !== undefined && /^(?:meeting|summit|conference|forum|symposium)$/i.test(subject.owner.noun);
    if (
      !GATHERING_DOCUMENT.test(head) ||
      (subject.owner !== undefined && !gatheringOwner) ||
      (!gatheringOwner && !/^(a|an|the)$/i.test(subject.determiner ?? ""))
    )
      return undefined;
    // The sentence that first brings in the document names the gathering, or a gathering by its noun ("The meeting,
    // ..., said a final communique"): not a communique from somewhere else after a forum opened.
    const firstAt = tokens.findIndex(
      (token) =>
        singular(token.text.toLowerCase()) === singular(head.toLowerCase()) && !inQuote.holdsPlace(token.start),
    );
    const introduced = sentences[sentenceOf((tokens[firstAt] as Token | undefined)?.start ?? at)];
    if (introduced === undefined) return undefined;
    const from = introduced.start;
    const introduction = text.slice(from, introduced.end);
    const namesGathering = (group: ActorGroup): boolean =>
      gatheringOwner || group.mentions.some((m) => m.start >= from && m.end <= introduced.end);
    const byNoun = GATHERING_NOUN.test(introduction);
    for (let i = firstStartingAt(mentions, at) - 1; i >= 0; i--) {
      const group = groupOf.get(mentions[i] as Mention);
      if (group?.kind === "organisation" && GATHERING.test(group.name))
        return byNoun || namesGathering(group) ? group : undefined;
    }
    return undefined;
  };
  const authorOf = (subject: Subject, at: number): ActorGroup | undefined => {
    const owned = subject.owner?.mention ? groupOf.get(subject.owner.mention) : undefined;
    if (owned !== undefined) return owned;
    // "the government's statement", "a government statement": the body the text names with that noun.
    const noun0 = firstStartingAt(tokens, subject.end) - 1;
    const byNoun = bodyNounBefore(noun0, at);
    if (byNoun !== undefined) return byNoun;
    // "The ISAF statement said", "a Pentagon report": a body's name just before the noun.
    const named = namedBefore(noun0);
    if (named !== undefined) return named;
    // "his letter", "its statement": the person or body the text is about.
    const determiner = subject.determiner ?? "";
    if (/^(his|her)$/.test(determiner)) {
      const gender: Gender = determiner === "her" ? "female" : "male";
      return focus.find((r) => r.person && r.group !== undefined && (r.gender ?? gender) === gender)?.group;
    }
    if (determiner === "its") return focus.find((r) => !r.person && r.group !== undefined)?.group;
    const noun = singular(subject.head ?? "");
    // "the Security Council issued a statement calling ...": who issued the document the words are from
    // wrote it; an issuer the text does not name ("the ministry issued a statement") leaves it unnamed.
    const own = issuerOf(firstStartingAt(tokens, subject.start), 0, firstStartingAt(tokens, subject.end) - 1);
    if (own !== undefined) return own ?? undefined;
    const from = firstStartingAt(tokens, at);
    for (let i = from - 1; i >= 0 && at - (tokens[i] as Token).start < 1500; i--) {
      if (singular(word(i)) !== noun || inQuote.holdsPlace((tokens[i] as Token).start)) continue;
      // "The Security Council issued a statement on Tuesday. The statement said ...": its issuer.
      const issued = issuerOf(i, 3, i);
      if (issued !== undefined) return issued ?? undefined;
      // "a government statement ... The statement said": the body the text names with the noun before it.
      const body = bodyNounBefore(i, at);
      if (body !== undefined) return body;
      // "an ISAF statement said on Thursday ... the statement said": the body named just before the noun.
      const named = namedBefore(i);
      if (named !== undefined) return named;
      // "Powell's resignation letter": a possessive name a few words before the noun.
      const owner = ownerBefore(i);
      if (owner !== undefined) return owner;
      // "a letter from Powell", "a statement by the ministry".
      if (/^(from|by)$/i.test(word(i + 1))) {
        const mention = mentionAt.get(/^the$/i.test(word(i + 2)) ? i + 3 : i + 2);
        if (mention !== undefined) return groupOf.get(mention);
      }
      // "In a letter to the AU, seen on Wednesday, Kagame wrote that ...": who writes or says in the
      // sentence whose opening phrase names the document (not one who reads it or denies it).
      const sentence = sentences[sentenceOf((tokens[i] as Token).start)];
      const opening =
        sentence !== undefined &&
        /^\s*(?:in|with|through)\s+(?:a|an|the|his|her|its|their)?\s*(?:[\p{L}'’-]+\s+){0,2}$/iu.test(
          text.slice(sentence.start, (tokens[i] as Token).start),
        );
      if (sentence !== undefined && opening) {
        for (let k = i + 1; k < tokens.length && (tokens[k] as Token).end <= sentence.end; k++) {
          if (!isSpeechVerb(k) && !/^(wrote|writes|sent|sends|signed|signs)$/i.test(word(k))) continue;
          const writer = subjectBefore(k, (tokens[i] as Token).end);
          const group = writer?.mention ? groupOf.get(writer.mention) : undefined;
          if (writer?.kind === "name" && group !== undefined && group.kind !== "media") return group;
          break;
        }
      }
      // (a document the text brought in by this noun, with no author: "a new study published in Nature ... the
      // study"; one it only referred back to, "The report noted", is looked past)
      if (!introducedAt(i)) continue;
      return undefined;
    }
    // "the Federal Reserve's Beige Book survey said ... according to the report": a definite document the text
    // has not named before by this noun is the last document a body's name was given to (not a person's "message",
    // "book" or "release").
    if (determiner !== "the") return undefined;
    // The nearest document before that the text brought in, looking past mere references back ("The report noted").
    for (let i = from - 1; i >= 0 && at - (tokens[i] as Token).start < 3000; i--) {
      if (!isDocumentNoun(word(i)) || inQuote.holdsPlace((tokens[i] as Token).start)) continue;
      const author = namedBefore(i) ?? ownerBefore(i);
      if (author === undefined && !introducedAt(i)) continue;
      return author !== undefined && author.kind !== "person" ? author : undefined;
    }
    return undefined;
  };

  // ---- reading a subject -------------------------------------------------------------------
  /** The noun phrase ending at token `end` whose head is a person's or a body's noun. */
  const phraseEndingAt = (end: number, floor: number): Subject | undefined => {
    const head = word(end);
    if (!isPersonNoun(head) && !isOrganisationNoun(head) && !isDocumentNoun(head) && !AGED.test(head)) return undefined;
    let i = end - 1;
    let owner: Subject["owner"];
    let determiner = "";
    /** The first token the phrase takes, read leftwards. */
    let taken = end;
    for (; i >= 0 && (tokens[i] as Token).start >= floor && end - i <= 6; i--) {
      // (a sentence's end too: "... growth. NATO officials said" is headed in its own sentence)
      if (/[,;:()"“”]/.test(gap(i, i + 1)) || (/[.!?]/.test(gap(i, i + 1)) && !abbreviated(i))) break;
      const token = tokens[i] as Token;
      if (DETERMINERS.test(token.text)) {
        // "They said that State Department officials had said": "that" opens the clause, no determiner.
        if (/^that$/i.test(token.text) && isSpeechWord(word(i - 1))) break;
        determiner = token.text.toLowerCase();
        taken = i;
        break;
      }
      // "a senior State Department official": the body named before an official's noun.
      const modifier = mentionAt.get(i);
      if (
        owner === undefined &&
        modifier !== undefined &&
        !token.possessive &&
        (isSpokesperson(head) || OFFICIAL_NOUNS.test(head) || MEDIA_ROLES.test(head)) &&
        groupOf.get(modifier)?.kind !== "person" &&
        // (a body's "leaders" only named just before them: "EU leaders", not "Boeing union leaders")
        !(/^leaders$/i.test(head) && firstStartingAt(tokens, modifier.end) < end)
      ) {
        owner = { mention: modifier, speaksFor: true };
        // The whole name, "of" and all: "Department of Trade and Industry officials".
        taken = Math.max(firstStartingAt(tokens, modifier.start), 0);
        i = taken;
        continue;
      }
      if (token.possessive) {
        const mention = mentionAt.get(i);
        owner = mention ? { mention, speaksFor: true } : { noun: token.text.toLowerCase(), speaksFor: true };
        // "the mayor's spokeswoman": the determiner belongs to the owner.
        if (DETERMINERS.test(word(i - 1))) {
          determiner = lower(i - 1);
          i--;
        }
        taken = i;
        break;
      }
      if (PREPOSITIONS.test(token.text) || isSpeechWord(token.text)) break;
      taken = i;
    }
    return {
      kind: "phrase",
      start: (tokens[taken] as Token).start,
      end: (tokens[end] as Token).end,
      head: head.toLowerCase(),
      determiner,
      owner,
    };
  };

  /** The subject whose last word is token `i` (a name, a pronoun or a noun phrase). */
  const subjectEndingAt = (i: number, floor: number): Subject | undefined => {
    const token = tokens[i] as Token | undefined;
    if (token === undefined || token.start < floor || inQuote.holdsPlace(token.start)) return undefined;
    const mention = mentionAt.get(i);
    if (mention) {
      const first = firstStartingAt(tokens, mention.start);
      // "Sen. Harry Reid of Nevada won": the person, not the state they come from.
      const from = first >= 2 && /^of$/i.test(word(first - 1)) ? mentionAt.get(first - 2) : undefined;
      const fromKind = groupOf.get(mention)?.kind;
      if (from !== undefined && fromKind === "state" && groupOf.get(from)?.kind === "person" && from.start >= floor)
        return { kind: "name", start: from.start, end: mention.end, mention: from };
      // "a spokesman for Unison", "a okesman for Tehran's War Information Headquarters".
      let before = first - 1;
      if (before >= 0 && (tokens[before] as Token).possessive && (tokens[before] as Token).capital) before--;
      // "a spokeswoman for the German carrier Lufthansa": what the body is, between "the" and its name.
      if (
        isOrganisationNoun(word(before)) &&
        !(tokens[before] as Token).capital &&
        groupOf.get(mention)?.kind !== "person"
      ) {
        let k = before - 1;
        while (k > before - 4 && k >= 0 && !DETERMINERS.test(word(k)) && !/[,;:.!?"“”]/.test(gap(k, k + 1))) k--;
        if (/^the$/i.test(word(k)) && /^(for|of)$/i.test(word(k - 1)) && !/[,;:.!?"“”]/.test(gap(k, before + 1)))
          before = k;
      }
      // "the mother of slain teenager Ana Ruiz": a relative of the one named, described before the name, speaks.
      if (/^\p{Ll}+$/u.test(word(before)) && !PREPOSITIONS.test(word(before)) && !DETERMINERS.test(word(before))) {
        let k = before - 1;
        while (k > before - 3 && k >= 0 && /^\p{Ll}+$/u.test(word(k)) && !/^(?:of|the)$/i.test(word(k))) k--;
        if (/^the$/i.test(word(k))) k--;
        if (/^of$/i.test(word(k)) && KIN_WORDS.has(lower(k - 1)) && !/[,;:.!?"“”]/.test(gap(k - 1, before + 1)))
          before = k;
      }
      if (/^the$/i.test(word(before))) before--;
      // "a statement from the ministry", "a letter by the minister": the document's author.
      // ("a spokesman from the Indian foreign ministry": a spokesperson from a body speaks for it)
      const authored =
        /^(from|by)$/i.test(word(before)) &&
        (isDocumentNoun(word(before - 1)) || (lower(before) === "from" && isSpokesperson(word(before - 1))));
      if ((/^(for|of)$/i.test(word(before)) || authored) && before > 0 && /^[a-z]/.test(word(before - 1))) {
        const phrase = phraseEndingAt(before - 1, floor);
        const head = word(before - 1);
        const speaksFor = lower(before) === "for" || isDocumentNoun(head) || isSpokesperson(head);
        if (phrase) return { ...phrase, end: mention.end, owner: { mention, speaksFor } };
        // A noun no lexicon lists ("okesman") heading "X for Body" as the subject of a speech verb.
        if (lower(before) === "for" && DETERMINERS.test(word(before - 2)) && !/^[A-Z]/.test(head)) {
          return {
            kind: "phrase",
            start: (tokens[before - 2] as Token).start,
            end: mention.end,
            head: head.toLowerCase(),
            determiner: lower(before - 2),
            owner: { mention, speaksFor: true },
          };
        }
      }
      return { kind: "name", start: mention.start, end: mention.end, mention };
    }
    if (PERSON_PRONOUNS.test(token.text) || /^(it|him|her)$/i.test(token.text)) {
      return { kind: "pronoun", start: token.start, end: token.end, pronoun: token.text.toLowerCase() };
    }
    // "Sweden's Svenska Dagbladet daily said": the paper named before what it is.
    const paper = PAPER_NOUN.test(token.text) ? mentionAt.get(i - 1) : undefined;
    if (paper !== undefined && groupOf.get(paper)?.kind === "media" && paper.start >= floor)
      return { kind: "name", start: paper.start, end: token.end, mention: paper };
    const phrase = phraseEndingAt(i, floor);
    // "the office of the president", "a spokesman for the mayor": the office speaks, for the president.
    const prep = phrase ? firstStartingAt(tokens, phrase.start) - 1 : -1;
    if (phrase && prep > 0 && /^(of|for)$/i.test(word(prep))) {
      const outer = phraseEndingAt(prep - 1, floor);
      if (outer && (isOrganisationNoun(outer.head ?? "") || isSpokesperson(outer.head ?? ""))) {
        return { ...outer, end: phrase.end, owner: { noun: phrase.head ?? "", speaksFor: true } };
      }
    }
    if (phrase) return phrase;
    // "the head coach of the national team", "a senior banker in the area": a person's noun, then
    // a phrase after it.
    if (!token.tags.has("Noun") || token.tags.has("Pronoun")) return undefined;
    for (let j = i - 1; j > 0 && i - j <= 5 && (tokens[j] as Token).start >= floor; j--) {
      if (/[,;:"“”]/.test(gap(j, j + 1))) break;
      if (!/^(of|for|at|in|from|with)$/i.test(word(j))) continue;
      const head = phraseEndingAt(j - 1, floor);
      if (head && !isOrganisationNoun(head.head ?? "")) return { ...head, end: token.end };
      break;
    }
    return undefined;
  };

  /** Are the words from token `from` to `to` (not included) a title before a name: no verb, no preposition, a few words? */
  const titleWords = (from: number, to: number): boolean => {
    if (to - from > 4) return false;
    for (let k = from; k < to; k++) {
      const token = tokens[k] as Token;
      if (PREPOSITIONS.test(token.text) || token.tags.has("Verb") || token.possessive) return false;
    }
    return true;
  };

  /**
   * The person named first in a sentence whose subject runs on in appositions ("Mr Adams, the
   * president of the party's wing, Sinn Fein,"), from the comma before token `at`: the phrase
   * before it, and before that, after a comma or at the sentence's start, a person's name alone.
   */
  const personOpening = (at: number, floor: number): Subject | undefined => {
    let k = at - 1;
    for (; k > 0 && at - k < 14 && (tokens[k] as Token).start >= floor; k--) {
      const between = gap(k - 1, k);
      if (/[;:"“”]/.test(between) || inQuote.holdsPlace((tokens[k] as Token).start)) return undefined;
      if (/,/.test(between)) break;
    }
    if (k <= 0 || !/,/.test(gap(k - 1, k)) || mentionAt.has(k)) return undefined;
    const mention = mentionAt.get(k - 1);
    if (mention === undefined || groupOf.get(mention)?.kind !== "person") return undefined;
    const first = firstStartingAt(tokens, mention.start);
    if ((tokens[first] as Token).start < floor) return undefined;
    if (first > 0 && (tokens[first - 1] as Token).start >= floor && !/,/.test(gap(first - 1, first))) return undefined;
    return { kind: "name", start: mention.start, end: mention.end, mention };
  };

  /**
   * A person named where the clause opens (at `floor`, past a quotation's closing marks), then a comma and
   * an apposition that starts with "a", "an" or "the", before token `until`: "Buchheit, a partner with ...".
   */
  const personBeforeApposition = (floor: number, until: number): Subject | undefined => {
    const first = firstStartingAt(tokens, floor);
    const mention = mentionAt.get(first);
    if (mention === undefined || groupOf.get(mention)?.kind !== "person") return undefined;
    if (!/^[\s"“”'‘’,]*$/.test(text.slice(floor, (tokens[first] as Token).start))) return undefined;
    const last = lastTokenOf(first);
    // "Anna Berg, the mayor,", "Michael Mulgrew, president of the union, which represents teachers,".
    // ("Tracy Martin, Trayvon's father,": a name's possessive and a kin or role noun)
    let owner = last + 1;
    const ownerMention = mentionAt.get(owner);
    while (ownerMention !== undefined && mentionAt.get(owner + 1) === ownerMention) owner++;
    const personNounAt = (k: number): boolean => isPersonNoun(word(k)) && /^\p{Ll}/u.test(word(k));
    const opensApposition =
      /^(a|an|the)$/i.test(word(last + 1)) ||
      personNounAt(last + 1) ||
      ((ownerMention !== undefined || (tokens[owner] as Token | undefined)?.capital === true) &&
        (tokens[owner] as Token | undefined)?.possessive === true &&
        personNounAt(owner + 1));
    // "Ana Ruiz, who heads the Kesh branch of the Red Crescent Society (KRCS) said": a relative clause its closing comma
    // left out, with no comma or verb of speech of its own.
    if (
      last + 1 < until &&
      /^\s*,\s*$/.test(gap(last, last + 1)) &&
      /^who$/i.test(word(last + 1)) &&
      !/[,;:"“”]/.test(text.slice((tokens[last + 1] as Token).start, (tokens[until - 1] as Token).end)) &&
      !tokens.slice(last + 2, until).some((t) => isSpeechWord(t.text))
    )
      return { kind: "name", start: mention.start, end: mention.end, mention };
    if (last + 1 >= until || !/^\s*,\s*$/.test(gap(last, last + 1)) || !opensApposition) return undefined;
    // The person is the verb's subject only if no verb of their own stands between ("Anna Berg, the mayor,
    // said the ministry, a body with wide powers, told her": the ministry told her).
    for (let k = last + 1; k < until; k++) if (isSpeechWord(word(k)) || FINITE_BETWEEN.test(word(k))) return undefined;
    return { kind: "name", start: mention.start, end: mention.end, mention };
  };

  /**
   * The subject of the verb at `verb`, read leftwards: past words such as "also", past one
   * apposition between commas, down to `floor`. A name in apposition is the subject itself
   * ("The Qatari senior negotiator, Mohammed Al-Khulaifi, says").
   */
  const subjectBefore = (verb: number, floor: number): Subject | undefined => {
    // "comments Trump made in 2006 saying he ...", "remarks Brandt gave last year, saying": whose words they were.
    // (Not after a comma: "criticised remarks Brandt made on Monday, calling them ..." is the critic's.)
    if (
      /^(?:saying|calling|declaring|adding|insisting|warning|arguing|claiming)$/i.test(word(verb)) &&
      !/,/.test(gap(verb - 1, verb))
    ) {
      for (let k = verb - 1; k >= 1 && verb - k <= 16 && (tokens[k] as Token).start >= floor; k--) {
        if (/[;:"“”]/.test(gap(k, k + 1))) break;
        // (a name read once, at its last word: scanning leftwards, that comes first)
        const mention = mentionAt.get(k);
        if (mention === undefined || mentionAt.get(k + 1) === mention || groupOf.get(mention)?.kind !== "person")
          continue;
        const first = firstStartingAt(tokens, mention.start);
        const verbAt = /^(?:had|has|have)$/i.test(word(k + 1)) ? k + 2 : k + 1;
        if (
          REMARK_NOUNS.test(word(first - 1)) &&
          /^(?:made|gave|delivered|posted|wrote|tweeted|sent|uttered|offered)$/i.test(word(verbAt)) &&
          !/[,;:.!?]/.test(gap(first - 1, first))
        )
          return subjectEndingAt(k, floor);
      }
    }
    let i = verb - 1;
    // "who this week criticised", "Howard on Monday said", "the minister yesterday told".
    for (;;) {
      if (i >= 0 && SUBJECT_VERB_FILLERS.has(lower(i)) && !/[,;:]/.test(gap(i, i + 1))) i--;
      else if (i >= 0 && /^(today|yesterday|tonight)$/i.test(word(i)) && !/[,;:]/.test(gap(i, i + 1))) i--;
      else if (
        i >= 1 &&
        /^(this|last|next|on)$/i.test(word(i - 1)) &&
        /^(week|month|year|weekend|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(
          word(i),
        ) &&
        !/[,;:]/.test(gap(i, i + 1))
      )
        i -= 2;
      // "who in 2010 said", "who in March told": a time between the subject and its verb.
      else if (
        i >= 1 &&
        /^in$/i.test(word(i - 1)) &&
        /^(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
          word(i),
        ) &&
        !/[,;:]/.test(gap(i, i + 1))
      )
        i -= 2;
      else break;
    }
    if (i < 0 || (tokens[i] as Token).start < floor) return undefined;
    // "The survey which collects the views of economists, bankers and others, said": the phrase the sentence opens
    // with, before its relative clause (no comma before "which"), not a noun inside the clause.
    const opening = RELATIVE_OPENING.exec(text.slice(floor, (tokens[verb] as Token).start));
    // (not "The official who spoke to reporters, Ali Hassan, said": a name in apposition before the verb)
    // (nor "A survey that was published by the Kesh Institute, said": a body named after "by" ending the clause says whose
    // it is; "A spokesman who ... on behalf of Kesh Bank, said" stays the spokesman)
    const named = mentionAt.get(i);
    const namedBy =
      named !== undefined &&
      (groupOf.get(named)?.kind === "person" ||
        /\bby\s+(?:the\s+)?$/i.test(text.slice(Math.max(floor, named.start - 8), named.start)));
    if (opening && !namedBy) {
      const head = firstStartingAt(tokens, floor + (opening[1] as string).length) - 1;
      const phrase = head >= 0 ? subjectEndingAt(head, floor) : undefined;
      if (phrase?.kind === "phrase" || phrase?.kind === "name") return phrase;
    }
    // "Rep. Jason Chaffetz (R-Utah) said": a lawmaker's party and state in brackets after the name.
    if (i >= 1 && isPartyAndState(word(i)) && /\(\s*$/.test(gap(i - 1, i)) && /^\.?\s*\)\s*$/.test(gap(i, i + 1))) {
      const named = subjectEndingAt(i - 1, floor);
      if (named) return named;
    }
    // "rejected by Mr Blair, who said:": the relative pronoun stands for the name before its comma.
    if (/^(who|which)$/i.test(word(i)) && i > 0 && /^\s*,\s*$/.test(gap(i - 1, i))) {
      const antecedent = subjectEndingAt(i - 1, floor);
      if (antecedent?.kind === "name" || antecedent?.kind === "phrase") return antecedent;
    }
    // ("Marcus Whitlock Jr. said": a generational suffix's full stop)
    const direct = /^[\s]*$/.test(gap(i, i + 1)) || suffixPoint(i) ? subjectEndingAt(i, floor) : undefined;
    // "Morris Dukuley, spokesman for the economist told Xinhua", "Yoshio Utsumi, secretary general of the
    // International Telecommunication Union (ITU) told reporters": an apposition its closing comma left out, ending
    // in a phrase or in the name of a body (which may have its abbreviation in brackets after it).
    const abbreviation = i >= 1 && /^\s*\(\s*$/.test(gap(i - 1, i)) && /^\s*\)\s*$/.test(gap(i, i + 1));
    const ending =
      direct ??
      // ("(ITU)", "(Unicef)", a ticker's "(XOM.N)")
      (abbreviation && /^\p{Lu}[\p{L}.]{1,9}$/u.test(word(i)) ? subjectEndingAt(i - 1, floor) : undefined);
    const body =
      ending?.kind === "name" && ending.mention !== undefined && groupOf.get(ending.mention)?.kind !== "person";
    if (ending?.kind === "phrase" || body) {
      const opening = personBeforeApposition(floor, i + 1);
      if (opening && /^\s*,[^,;:"“”]*$/u.test(text.slice(opening.end, (ending as Subject).start))) return opening;
    }
    // "Dr. Ana Ruiz of the Kesh State Department of Health pointed out": the person of the body is the subject (the
    // body's abbreviation may follow it: "Maria Kerkhove of the World Health Organization (WHO) told").
    if (body && ending.mention !== undefined) {
      let k = firstStartingAt(tokens, ending.mention.start) - 1;
      if (/^the$/i.test(word(k)) && /^\s+$/.test(gap(k, k + 1))) k--;
      const person = mentionAt.get(k - 1);
      if (
        /^(?:of|from|at|with)$/i.test(word(k)) &&
        /^\s+$/.test(gap(k - 1, k)) &&
        /^\s+$/.test(gap(k, k + 1)) &&
        person !== undefined &&
        groupOf.get(person)?.kind === "person"
      ) {
        const named = subjectEndingAt(k - 1, floor);
        if (named) return named;
      }
      // "the Science and Technology Directorate of the Department of Homeland Security concluded": a body's part speaks.
      const part = person === undefined ? undefined : groupOf.get(person);
      if (
        /^of$/i.test(word(k)) &&
        /^\s+$/.test(gap(k - 1, k)) &&
        /^\s+$/.test(gap(k, k + 1)) &&
        part !== undefined &&
        part.kind === "organisation" &&
        part !== groupOf.get(ending.mention)
      ) {
        const named = subjectEndingAt(k - 1, floor);
        if (named?.kind === "name") return named;
      }
    }
    if (direct) return direct;
    // "the International Telecommunication Union (ITU) told reporters", "On Monday, the WHO (WHO) said": the body, where
    // it opens its clause (not "Iran's ambassador to the International Atomic Energy Agency (IAEA) told").
    // ("Kenya's National Drought Management Authority (NDMA) said", "the Geneva-based World Health Organization (WHO)"
    // too; not the object of a preposition, nor after a person's noun: "a diplomat close to the ... (IAEA) told")
    if (body) {
      const lead = text.slice(floor, ending.start).replace(/^[\s\S]*,/, "");
      if (
        !/\b(?:to|of|at|for|with|from|by|on|in|near|inside|within|about)\s+(?:the\s+)?$/i.test(lead) &&
        !lead.split(/\s+/).some((w) => isPersonNoun(w.replace(/['’]s$/u, "").replace(/[^\p{L}-]/gu, "")))
      )
        return ending;
    }
    // "retired in Cambridge, Mass., said": a shortened state's point stands before the comma.
    if (!/^\s*,\s*$/.test(gap(i, i + 1)) && !(abbreviated(i) && /^\.\s*,\s*$/.test(gap(i, i + 1)))) return undefined;
    // "Trump, who previously questioned whether ... on the Mexican border, said": a relative clause longer than an
    // apposition, between a person and the verb.
    for (let j = i; j > 0 && (tokens[j] as Token).start >= floor; j--) {
      if (/[;:"“”]/.test(gap(j - 1, j)) || inQuote.holdsPlace((tokens[j] as Token).start)) break;
      if (!/,/.test(gap(j - 1, j))) continue;
      const before = i - j >= 16 && /^who$/i.test(word(j)) ? subjectEndingAt(j - 1, floor) : undefined;
      // (the person opening the clause: not "Police have arrested Ana Ruiz, who ..., said Interior Minister ...")
      if (
        before?.mention !== undefined &&
        groupOf.get(before.mention)?.kind === "person" &&
        // (maybe after its title: "former Prime Minister Tom Hale, who ...")
        /^[\s"“”'‘’,]*$/.test(text.slice(floor, (tokens[firstStartingAt(tokens, floor)] as Token).start)) &&
        titleWords(firstStartingAt(tokens, floor), firstStartingAt(tokens, before.start))
      )
        return before;
      // "Donna Sampson Rawlings, 59, of Ashton, Md., who watched the ceremony ..., said": the person opening the clause,
      // past an age and a home town before the relative clause.
      if (/^who$/i.test(word(j))) {
        const opening = mentionAt.get(firstStartingAt(tokens, floor));
        if (
          opening !== undefined &&
          groupOf.get(opening)?.kind === "person" &&
          /^[\s"“”'‘’,]*$/.test(text.slice(floor, opening.start)) &&
          PERSON_DETAILS_BEFORE_WHO.test(text.slice(opening.end, (tokens[j] as Token).start))
        )
          return { kind: "name", start: opening.start, end: opening.end, mention: opening };
      }
      break;
    }
    // "Lord Nicholls, in his ruling, said": skip back over the apposition to the comma that opens it.
    for (let j = i; j > 0 && i - j < 16 && (tokens[j] as Token).start >= floor; j--) {
      const between = gap(j - 1, j);
      if (/[;:"“”]/.test(between) || inQuote.holdsPlace((tokens[j] as Token).start)) break;
      if (!/,/.test(between)) continue;
      // "retired in Cambridge, Mass., said": the comma between a town and its state opens no apposition.
      if (
        /,/.test(gap(j, j + 1)) &&
        (US_STATE_SHORT.test(word(j)) || groupOf.get(mentionAt.get(j) as Mention)?.kind === "state") &&
        /^\p{Lu}/u.test(word(j - 1))
      )
        continue;
      const mention = mentionAt.get(i);
      const kind = mention === undefined ? undefined : groupOf.get(mention)?.kind;
      const nameStart = mention === undefined ? j : firstStartingAt(tokens, mention.start);
      // The apposition is a name, or a name after its title ("US ambassador John Danforth").
      const named =
        mention !== undefined && nameStart >= j && (mentionAt.get(j) === mention || titleWords(j, nameStart));
      // "Mr Adams, the president of the party's wing, Sinn Fein, said": the name in apposition
      // names the body the phrase ends with; the person named first is the subject.
      const opening = named ? personOpening(j, floor) : undefined;
      if (opening) return opening;
      if (named && kind === "person") {
        // The noun the name stands in apposition to, which may name the person later ("the negotiator").
        const noun = isPersonNoun(word(j - 1)) ? lower(j - 1) : undefined;
        return { kind: "name", start: mention.start, end: mention.end, mention, ...(noun ? { head: noun } : {}) };
      }
      const before = subjectEndingAt(j - 1, floor);
      // "Buchheit, a partner with Cleary, Gottlieb, Steen and Hamilton, told": a list of names inside the
      // apposition has commas of its own; the person who opens the clause, before "a"/"the", is the subject.
      if (before?.mention === undefined || groupOf.get(before.mention)?.kind !== "person") {
        const opening = personBeforeApposition(floor, j);
        if (opening) return opening;
      }
      return before;
    }
    // No comma opens it before the quote or the sentence start: the comma is a stray one ("…," shop
    // owner Hayriye Evren, told). A participle ("…, adding") has no subject of its own.
    if (/ing$/i.test(word(verb))) return undefined;
    return subjectEndingAt(i, floor);
  };

  /**
   * The subject of the verb a speech verb at `verb` is joined to by "and" (an adverbial phrase in commas may stand
   * between: "and, in a low voice, said"): the nearest past verb before it in the sentence, and its subject, a
   * relative "who" standing for the name before it.
   */
  const joinedVerbSubject = (verb: number, floor: number): Subject | undefined => {
    // ("Powell said Bush accepted the resignation and added": "added" goes on from the saying before it.)
    if (/^(?:added|adds|adding|continued|went)$/i.test(word(verb))) return undefined;
    let and = verb - 1;
    while (and > 0 && verb - and <= 6 && !/^and$/i.test(word(and)) && !/[;:"“”.]/.test(gap(and, and + 1))) and--;
    if (!/^and$/i.test(word(and))) return undefined;
    for (let k = and - 1; k >= 0 && and - k <= 12 && (tokens[k] as Token).start >= floor; k--) {
      if (/[;:"“”]/.test(gap(k, k + 1))) return undefined;
      const token = tokens[k] as Token;
      if (token.capital || !token.tags.has("PastTense") || isSpeechVerb(k)) continue;
      let before = k - 1;
      while (before >= 0 && SUBJECT_VERB_FILLERS.has(lower(before))) before--;
      if (/^(?:who|that)$/i.test(word(before)) && !/,/.test(gap(before - 1, before)))
        return subjectEndingAt(before - 1, floor);
      if (!/^\s+$/.test(gap(before, before + 1))) return undefined;
      const subject = subjectEndingAt(before, floor);
      // (Not a name a verb before it takes as its object: "Officers who stopped Tom Brandt searched his car and said".)
      const first = subject ? firstStartingAt(tokens, subject.start) : -1;
      // ("Tolen said Vell again grabbed her arm and said": after a verb of saying the name opens a clause.)
      if (
        first > 0 &&
        (tokens[first - 1] as Token).tags.has("Verb") &&
        !isSpeechWord(word(first - 1)) &&
        !/^(?:who|that)$/i.test(word(first - 1))
      )
        return undefined;
      return subject;
    }
    return undefined;
  };

  /**
   * The subject just after an inverted verb: `said Tomás Ruiz`, `commented another diplomat`; `"Why not?" asked Tom
   * Hale` when the verb stands just after the quotation (`afterQuote`).
   */
  const subjectAfter = (verb: number, ceiling: number, afterQuote = false): Subject | undefined => {
    // "told Associated Press", "praised Qatar": who follows is spoken to or of.
    if (OBJECT_VERBS.test(word(verb)) && !(afterQuote && INVERTED_AFTER_QUOTE.test(word(verb)))) return undefined;
    // "Bush denounced ... and said the United States is": a verb joined by "and" shares the subject before it.
    if (verb > 0 && /^(and|but)$/i.test(word(verb - 1))) return undefined;
    const floor = (tokens[verb] as Token).end;
    // "said on Tuesday Mike Cox, a spokesman": a day between the verb and its subject.
    let first = verb + 1;
    if (/^on$/i.test(word(first)) && WEEKDAY.test(word(first + 1)) && !/[,;:]/.test(gap(first, first + 2))) first += 2;
    else if (/^(today|yesterday)$/i.test(word(first)) && !/[,;:]/.test(gap(first, first + 1))) first += 1;
    if (first >= tokens.length || (tokens[first] as Token).end > ceiling || /[,;:]/.test(gap(first - 1, first))) {
      return undefined;
    }
    if (PERSON_PRONOUNS.test(word(first))) return subjectEndingAt(first, floor);
    // ("asked reporters of Mayor Ana Ruiz": after a verb of address, a plural noun "of" someone is whom it addresses)
    if (OBJECT_VERBS.test(word(verb)) && /^\p{Ll}+s$/u.test(word(first)) && /^of$/i.test(word(first + 1)))
      return undefined;
    // "wrote in the newspaper": a place or a medium, not a subject.
    if (PREPOSITIONS.test(word(first))) return undefined;
    // "claims that Saddam Hussein was able": a clause, not an inverted subject.
    if (/^(that|whether|if|how|why|what)$/i.test(word(first)) && !/^to$/i.test(word(verb))) return undefined;
    // The first phrase, unless a person's name follows it in apposition ("the senior negotiator
    // and Qatar's minister Mohammed Al-Khulaifi").
    let phrase: Subject | undefined;
    for (let i = first; i < tokens.length && i - first < 14 && (tokens[i] as Token).end <= ceiling; i++) {
      if (i > first && /[,;:.!?]/.test(gap(i - 1, i)) && !abbreviated(i - 1)) {
        // "said a spokesman for the Coast Guard, Tomas Varga.": the unnamed one is named after a comma.
        if (phrase !== undefined && /^\s*,\s*$/.test(gap(i - 1, i)))
          return namedInApposition(phrase, i, ceiling) ?? phrase;
        break;
      }
      const token = tokens[i] as Token;
      if (inQuote.holdsPlace(token.start)) break;
      const mention = mentionAt.get(i);
      if (mention) {
        const last = lastTokenOf(i);
        if ((tokens[last] as Token).possessive) {
          i = last;
          continue;
        }
        const kind = groupOf.get(mention)?.kind;
        // "said a Radio Norvia executive": a body's name before a person's noun qualifies it.
        const noun = tokens[last + 1];
        if (phrase === undefined && kind !== "person" && noun && !noun.capital && isPersonNoun(noun.text)) {
          phrase = subjectEndingAt(last + 1, floor);
          i = last + 1;
          continue;
        }
        const subject = subjectEndingAt(last, floor);
        if (phrase === undefined || kind === "person") return subject;
        i = last;
        continue;
      }
      if (
        phrase === undefined &&
        (isPersonNoun(token.text) ||
          AGED.test(token.text) ||
          isOrganisationNoun(token.text) ||
          isDocumentNoun(lower(i)))
      ) {
        // "a spokesman for Unison", "a spokeswoman for the Harbour Police"; "said the letter".
        const at = /^the$/i.test(word(i + 2)) ? i + 3 : i + 2;
        const body = /^(for|of)$/i.test(word(i + 1)) ? mentionAt.get(at) : undefined;
        // "said a letter signed by Senator John Smith", "said a statement from the ministry": its author.
        if (isDocumentNoun(lower(i))) {
          const by = /^(signed|written|sent)$/i.test(word(i + 1)) ? i + 2 : i + 1;
          if (/^(by|from)$/i.test(word(by))) {
            for (let k = by + 1; k <= by + 4 && k < tokens.length; k++) {
              const author = mentionAt.get(k);
              if (author === undefined) continue;
              const last = lastTokenOf(k);
              const subject = subjectEndingAt(last, floor);
              if (subject) return subject;
              break;
            }
          }
        }
        if (body) {
          const last = lastTokenOf(at);
          phrase = subjectEndingAt(last, floor);
          i = last;
          continue;
        }
        phrase = subjectEndingAt(i, floor);
        continue;
      }
      if (phrase !== undefined && (token.tags.has("PastTense") || token.tags.has("PresentTense"))) break;
    }
    return phrase;
  };

  /**
   * The person named in apposition to an unnamed speaker, from token `at` (just after the comma) to
   * the end of the clause: "a spokesman for the Coast Guard, Tomas Varga." Not when the phrase is
   * owned by a person ("a spokesman for the mayor, Ana Ruiz": Ana Ruiz may be the mayor).
   */
  const namedInApposition = (phrase: Subject, at: number, ceiling: number): Subject | undefined => {
    if (phrase.kind !== "phrase") return undefined;
    // "a son of the former dictator, Ivo Brandt": the name is the dictator's, the one "of" names.
    if (KIN_OF.test(text.slice(phrase.start, (tokens[at] as Token | undefined)?.start ?? phrase.end))) return undefined;
    // "the former dictator's youngest son, Marco Pinochet": after a possessive the name is the phrase's head's.
    const possessive =
      phrase.owner !== undefined &&
      text
        .slice(phrase.start, phrase.end)
        .toLowerCase()
        .endsWith(phrase.head ?? "\u0000");
    const ownerGroup = phrase.owner?.mention ? groupOf.get(phrase.owner.mention) : undefined;
    if (ownerGroup?.kind === "person" && !possessive) return undefined;
    if (
      !possessive &&
      phrase.owner?.noun !== undefined &&
      isPersonNoun(phrase.owner.noun) &&
      !isOrganisationNoun(phrase.owner.noun)
    )
      return undefined;
    const mention = mentionAt.get(at);
    if (mention === undefined || groupOf.get(mention)?.kind !== "person") return undefined;
    if ((tokens[at] as Token).start !== mention.start) return undefined;
    const last = lastTokenOf(at);
    const after = tokens[last + 1];
    // The name ends the clause: a full stop, a comma, the quote's sentence end.
    if (after !== undefined && after.end <= ceiling && !/[.,;:!?]/.test(gap(last, last + 1))) return undefined;
    return {
      kind: "name",
      start: mention.start,
      end: mention.end,
      mention,
      ...(phrase.head ? { head: phrase.head } : {}),
    };
  };

  // ---- whom a subject stands for ---------------------------------------------------------
  const phraseText = (subject: Subject): string => text.slice(subject.start, subject.end).replace(/\s+/g, " ");

  /** Whether the sentence at `index` names the group as the subject of a verb just after the name ("Clinton hosted"). */
  const subjectIn = (group: ActorGroup, index: number): boolean => {
    const sentence = sentences[index];
    if (sentence === undefined) return false;
    for (let i = firstStartingAt(mentions, sentence.start); i < mentions.length; i++) {
      const mention = mentions[i] as Mention;
      if (mention.start >= sentence.end) break;
      if (groupOf.get(mention) !== group) continue;
      const last = lastTokenOf(firstStartingAt(tokens, mention.start));
      const next = tokens[last + 1];
      if (
        next !== undefined &&
        next.end <= sentence.end &&
        !/[,;:.!?]/.test(gap(last, last + 1)) &&
        next.tags.has("Verb")
      )
        return true;
    }
    return false;
  };
  /** The person a verb of address just after a subject names: "he told Hannity", "she asked Tom Hale". */
  const addressedAfter = (subject: Subject): ActorGroup | undefined => {
    const verb = firstStartingAt(tokens, subject.end);
    if (!OBJECT_VERBS.test(word(verb))) return undefined;
    // The first person named within a few words ("told Fox News host Sean Hannity", "told NBC's Lester Holt"), whose
    // name ends the phrase (not "told Trump supporters": a name that describes a noun).
    for (let k = verb + 1; k <= verb + 6 && k < tokens.length; k++) {
      if (/[,;:.!?]/.test(gap(k - 1, k))) return undefined;
      const mention = mentionAt.get(k);
      if (mention === undefined) continue;
      const last = lastTokenOf(k);
      const group = groupOf.get(mention);
      if (group?.kind !== "person") {
        k = last;
        continue;
      }
      const next = tokens[last + 1];
      const ends =
        next === undefined ||
        /[,;:.!?]/.test(gap(last, last + 1)) ||
        /^(on|in|at|during|after|before|that|about|last|this|yesterday|today|when|while|as|and|but|by|from|for|with|of|to)$/i.test(
          next.text,
        );
      return ends ? group : undefined;
    }
    return undefined;
  };

  const resolve = (subject: Subject, at: number): Referent => {
    if (subject.kind === "name" && subject.mention) {
      const group = groupOf.get(subject.mention) as ActorGroup;
      const person = group.kind === "person";
      return {
        group,
        person,
        gender: person ? genderOfGroup(group) : undefined,
        via: "name",
        pattern: person ? undefined : "quote-organisation-statement",
      };
    }
    if (subject.kind === "pronoun") {
      const pronoun = subject.pronoun ?? "";
      if (pronoun === "it") {
        const body = focus.find((r) => !r.person && r.group !== undefined);
        return body
          ? { ...body, via: "pronoun", pattern: "quote-organisation-statement" }
          : {
              person: false,
              via: "none",
              note: `the speaker is “it”, and no body was named before: fill in the speaker`,
            };
      }
      if (pronoun === "they") {
        return { person: true, via: "none", note: "the speaker is “they”: fill in who, if the text says" };
      }
      const gender: Gender | undefined = /^(she|her)$/.test(pronoun) ? "female" : "male";
      /**
       * "As pressure mounted on Prime Minister Margaret Thatcher ..., she said": a person named earlier in the
       * pronoun's own sentence, or in the sentence before it ("He was joined by Taryn Voss, president of
       * Clearwater. She said").
       */
      // ("he told Hannity": never the one the verb after the pronoun addresses)
      const addressed = addressedAfter(subject);
      const namedNear = (asSubject: boolean): ActorGroup | undefined => {
        const own = sentenceOf(at);
        const agrees = (group: ActorGroup): boolean =>
          (genderOfGroup(group) ?? gender) === gender &&
          group !== addressed &&
          (!asSubject || subjectIn(group, own) || subjectIn(group, own - 1));
        return (
          lastPersonNamed(at, sentences[own]?.start ?? at, (_, group) => agrees(group)) ??
          // (in the sentence before, only one whose name says the pronoun's gender: not "a visit by Xi Jinping", then
          // an unnamed protester's "she said")
          onlyPersonIn(own - 1, (group) => genderOfGroup(group) === gender && agrees(group))
        );
      };
      // "he" is one person: never the unnamed many ("the Republican candidates").
      const inFocus = focus.find(
        (r) =>
          r.person &&
          !r.plural &&
          (r.gender === undefined || r.gender === gender) &&
          (addressed === undefined || r.group !== addressed),
      );
      // (one nobody named, of no known gender, yields to a person named just before whose name says the pronoun's:
      // "as Sanders' campaign manager suggested" two paragraphs up, then "... while Clinton hosted an event. ...,"
      // she said")
      // (only one who does something there: "while Clinton hosted an event", not a victim or a suspect named as the
      // object, "Police identified the suspect as John Smith", "officers had stopped Michael Brown")
      const unnamedInFocus = inFocus !== undefined && inFocus.group === undefined && inFocus.gender === undefined;
      const near = inFocus === undefined || unnamedInFocus ? namedNear(unnamedInFocus) : undefined;
      const referent = near === undefined ? inFocus : undefined;
      if (referent === undefined) {
        if (near) return { group: near, person: true, gender, via: "pronoun", pattern: "quote-pronoun-speaker" };
        return {
          person: true,
          via: "none",
          note: `the speaker is “${pronoun}”, and no one it stands for was found: fill in the speaker`,
        };
      }
      return {
        ...referent,
        via: referent.group ? "pronoun" : "none",
        pattern: "quote-pronoun-speaker",
        note:
          referent.unnamed !== undefined
            ? `the speaker is “${pronoun}”: ${quoted(referent.unnamed)}, not named in the text; fill in the speaker or leave it`
            : referent.note,
      };
    }
    // A noun phrase.
    const head = subject.head ?? "";
    const words = phraseText(subject);
    // "Hassan Nafi'a, an Egyptian political analyst, said, adding": a phrase set off by commas just after a person's
    // name is that person.
    const phraseAt = firstStartingAt(tokens, subject.start);
    const apposed = phraseAt > 0 ? mentionAt.get(phraseAt - 1) : undefined;
    const apposedGroup = apposed ? groupOf.get(apposed) : undefined;
    if (
      apposedGroup?.kind === "person" &&
      isPersonNoun(head) &&
      // (an apposition opens with its article, not a list's next item: "Ali Hassan, Omar Farouk and other witnesses")
      /^(?:a|an|the)\s/i.test(words) &&
      /^\s*,\s*$/.test(gap(phraseAt - 1, phraseAt)) &&
      /^\s*,/.test(text.slice(subject.end, subject.end + 3))
    )
      return { group: apposedGroup, person: true, gender: genderOfGroup(apposedGroup), via: "name" };
    const gender: Gender | undefined = FEMALE_NOUNS.test(head) ? "female" : MALE_NOUNS.test(head) ? "male" : undefined;
    const unnamed = (note: string): Referent => ({
      unnamed: words,
      // (a piece of writing is no one a "he" after it stands for: "a commentary for the Clarion-Ledger")
      person: !WRITTEN_PIECE.test(head) && !isDocumentNoun(head),
      gender,
      via: "none",
      pattern: "quote-unnamed-speaker",
      note,
      head: singular(head),
      plural: singular(head) !== head.toLowerCase() && !/(?:ss|us|is)$/i.test(head),
    });
    /** The person named just before, whom a description stands for ("the former general", "the CNN host"). */
    const describedJustBefore = (last: Referent): Referent => ({
      ...last,
      via: "role",
      pattern: "quote-role-speaker",
      note: `${quoted(words)} read as ${last.group?.name}, named just before: check`,
    });
    /** A referent whose known gender does not contradict the phrase's ("the chairwoman" is no man). */
    const genderAgrees = (r: Referent): boolean =>
      gender === undefined || r.gender !== (gender === "male" ? "female" : "male");
    if (isDocumentNoun(head)) {
      const author = authorOf(subject, at) ?? gatheringOf(subject, at);
      if (author !== undefined && author.kind !== "media")
        return {
          group: author,
          person: author.kind === "person",
          gender: author.kind === "person" ? genderOfGroup(author) : undefined,
          via: "role",
          pattern: "quote-document",
          note: `written in ${quoted(words)}: given to ${author.name}, its author; check`,
        };
      return {
        unnamed: words,
        person: false,
        via: "none",
        pattern: "quote-unnamed-speaker",
        note: `the words are from ${quoted(words)}, whose author the text does not name: fill in the speaker or leave it`,
      };
    }
    const owner = subject.owner;
    if (owner !== undefined) {
      const ownerGroup = owner.mention ? groupOf.get(owner.mention) : undefined;
      const ownerIsPerson =
        ownerGroup !== undefined
          ? ownerGroup.kind === "person"
          : owner.noun !== undefined && isPersonNoun(owner.noun) && !isOrganisationNoun(owner.noun);
      // A country speaks through its government, not through "the country's largest union".
      const stateSpeaks = ownerGroup?.kind !== "state" || isSpokesperson(head) || GOVERNMENT_NOUNS.test(head);
      const ownerBody =
        ownerGroup !== undefined && ownerGroup.kind !== "person" && stateSpeaks
          ? ownerGroup
          : owner.noun !== undefined && isOrganisationNoun(owner.noun)
            ? lastBodyNamed(owner.noun, at)
            : undefined;
      const bodyNoun = isOrganisationNoun(head) && !isPersonNoun(head);
      // "CNN's Jake Tapper ... Tapper said. ... the CNN host reiterated": a broadcaster's host, anchor or reporter,
      // with "the", is the person the text is about, named just before, when the text names that person as the
      // broadcaster's ("CNN's Jake Tapper"); not a guest it interviews ("Trump told CNN ... the CNN host asked").
      const last = focus[0];
      if (
        (ownerGroup?.kind === "media"
          ? MEDIA_ROLES.test(head)
          : ownerGroup?.kind === "organisation" && HOST_ROLES.test(head)) &&
        subject.determiner === "the" &&
        last?.group !== undefined &&
        last.person &&
        ownerGroup !== undefined &&
        [last.group.name, ...last.group.aliases].some(
          (name) => text.includes(`${ownerGroup.name}’s ${name}`) || text.includes(`${ownerGroup.name}'s ${name}`),
        ) &&
        genderAgrees(last)
      )
        return describedJustBefore(last);
      // "Donald Trump's son told The Opie and Anthony Show": the one relative the text names who bears the owner's
      // surname, of the kin word's sex ("Donald Trump Jr.").
      const kin = ownerIsPerson && ownerGroup !== undefined ? relativeNamed(ownerGroup, head) : undefined;
      if (kin !== undefined)
        return {
          group: kin,
          person: true,
          gender: genderOfGroup(kin),
          via: "role",
          pattern: "quote-role-speaker",
          note: `${quoted(words)} read as ${kin.name}, the relative the text names: check`,
        };
      if (ownerIsPerson) {
        const whose = ownerGroup?.name ?? `the ${owner.noun}`;
        return unnamed(
          bodyNoun
            ? `the speaker is ${quoted(words)}, not ${whose}: fill in who speaks for it, or leave it`
            : `the speaker is ${quoted(words)}, who is not named (not ${whose}): fill in the speaker or leave it`,
        );
      }
      // A spokesman for a body (or a body's own office) speaks for the body; not a piece written for a paper ("a
      // commentary for the Clarion-Ledger"), which is its writer's.
      if (
        ownerBody !== undefined &&
        owner.speaksFor &&
        !(ownerBody.kind === "media" && WRITTEN_PIECE.test(head)) &&
        (isSpokesperson(head) || OFFICIAL_NOUNS.test(head) || bodyNoun || !isPersonNoun(head))
      ) {
        return {
          group: ownerBody,
          person: !bodyNoun,
          gender,
          via: "role",
          pattern: "quote-organisation-spokesperson",
          note: `said by ${quoted(words)}, not named: given to ${ownerBody.name}`,
          head: singular(head),
        };
      }
      return unnamed(`the speaker is ${quoted(words)}, who is not named: fill in the speaker or leave it`);
    }
    if (isOrganisationNoun(head) && !isPersonNoun(head)) {
      // "the commission said": the body last named with that word; "the company said", "the network said":
      // the company the text is about (not "Cable News Network", named in passing), else the one so named.
      const companyWord = COMPANY_WORDS.has(head);
      const generic = companyWord || /^(company|firm|group|network|carrier|airline|broadcaster)$/.test(head);
      // "the oil giant said" after "BP ...": a company's word for the body the text is about, though its name
      // ("BP") says nothing of a company; never a public body ("the ministry", "the police").
      const organisation = (r: Referent): boolean => !r.person && r.group?.kind === "organisation";
      // "the organization wrote" after "United Gun Group said": the body the text is about, whatever its kind.
      const anyBody = /^(?:organization|organisation)$/.test(head);
      const body = generic
        ? (focus.find((r) => organisation(r) && isCompany(r.group?.name ?? "")) ??
          (companyWord ? focus.find((r) => organisation(r) && !PUBLIC_BODY.test(r.group?.name ?? "")) : undefined) ??
          // "A statement posted on the website GunBroker.com said ... the company wrote": else the company last named.
          lastCompanyNamed(at))
        : anyBody
          ? // (a body no public office: "Human Rights Watch said ... The Interior Ministry denied ... the organization said")
            focus.find((r) => organisation(r) && !GOVERNMENT_OFFICE.test(r.group?.name ?? ""))
          : undefined;
      // "the newspaper said" after "The China Youth Daily ... said": the paper last named, whatever its name's words.
      const named =
        body?.group === undefined
          ? (lastBodyNamed(head, at) ?? (PAPER_NOUN.test(head) ? lastPaperNamed(at, head) : undefined))
          : undefined;
      if (named) return { group: named, person: false, via: "role", pattern: "quote-organisation-statement" };
      if (body?.group) {
        return {
          group: body.group,
          person: false,
          via: "role",
          pattern: "quote-organisation-statement",
          note: `${quoted(words)} read as ${body.group.name}`,
        };
      }
      return {
        unnamed: words,
        person: false,
        via: "none",
        pattern: "quote-unnamed-speaker",
        note: `the speaker is ${quoted(words)}, which the text does not name: fill in the speaker or leave it`,
      };
    }
    const determiner = subject.determiner ?? "";
    if (REPORTER_NOUNS.has(head) && /^(our|this|the)$/.test(determiner)) {
      const reporter = lastWithRole(head, at);
      if (reporter) return { group: reporter, person: true, via: "role", pattern: "quote-role-speaker" };
      return unnamed(`the speaker is ${quoted(words)}, the outlet's reporter: fill in the name if the text gives it`);
    }
    if (
      /^(the|this|that)$/.test(determiner) &&
      ((isRoleNoun(singular(head)) && singular(head) === head) || AGED.test(head))
    ) {
      // "the minister", "the top Qatari diplomat": the person with that title, else the person the text is about.
      const titled = lastWithRole(head, at) ?? namedAs.get(head);
      // "the senior official": the unnamed official the text introduced before ("a senior State
      // Department official"), not a named person whose title fits.
      const before = titled ? undefined : focus.find((r) => r.head === head && r.via !== "pronoun");
      if (before !== undefined)
        return {
          ...before,
          via: before.group ? "role" : "none",
          note: `${quoted(words)} read as the ${head} the text introduced before${before.group ? `, for ${before.group.name}` : ", not named: fill in the speaker or leave it"}`,
        };
      if (titled)
        return {
          group: titled,
          person: true,
          gender: genderOfGroup(titled),
          via: "role",
          pattern: "quote-role-speaker",
        };
      // "the former general", "the 67-year-old": a description of the person the text is about.
      const last = focus[0];
      if (
        (BACK_REFERENCE.test(words) || AGED.test(head) || (EPITHET_NOUNS.has(head) && epithetFits(head, last))) &&
        last?.group !== undefined &&
        last.person &&
        genderAgrees(last)
      ) {
        return describedJustBefore(last);
      }
      const topic = focus.find(
        (r) =>
          GENERIC_ROLES[head] !== undefined &&
          (r.group?.titles ?? []).some((title) => GENERIC_ROLES[head]?.test(title)) &&
          r.person &&
          r.group !== undefined &&
          (gender === undefined || r.gender !== (gender === "male" ? "female" : "male")),
      );
      if (topic?.group) {
        return {
          ...topic,
          via: "role",
          pattern: "quote-role-speaker",
          note: `${quoted(words)} read as ${topic.group.name}, the person the text is about: check`,
        };
      }
      // "Tony Blair is urging ... "…," the prime minister said": the person the text is about, whose
      // office it had not given (no one else holds it in the text).
      const untitled = focus[0];
      if (
        !EPITHET_NOUNS.has(head) &&
        !NO_OFFICE_NOUNS.has(head) &&
        untitled?.group !== undefined &&
        untitled.person &&
        untitled.group.titles.length === 0 &&
        words.split(/\s+/).length <= 3 &&
        (gender === undefined || untitled.gender !== (gender === "male" ? "female" : "male"))
      ) {
        return {
          ...untitled,
          via: "role",
          pattern: "quote-role-speaker",
          note: `${quoted(words)} read as ${untitled.group.name}, named just before, whose office the text does not give: check`,
        };
      }
    }
    // "Deutsche Bank released an analysts' note ... "…," the analysts said": the people who wrote a document
    // a named body issued in this sentence or the one before speak in its name.
    if (determiner === "the" && STUDY_AUTHORS.test(head)) {
      const sentence = sentenceOf(at);
      const floor = sentences[Math.max(sentence - 1, 0)]?.start ?? 0;
      for (let i = firstStartingAt(tokens, subject.start) - 1; i >= 0 && (tokens[i] as Token).start >= floor; i--) {
        if (inQuote.holdsPlace((tokens[i] as Token).start)) continue;
        // "... drawing criticism from private-sector economists. "…," the economists said": other people so named.
        if (lower(i) === head.toLowerCase()) break;
        if (!isDocumentNoun(word(i))) continue;
        const issuer = issuerOf(i, 3, i);
        if (issuer)
          return {
            group: issuer,
            person: issuer.kind === "person",
            via: "role",
            pattern: "quote-document",
            note: `said by ${quoted(words)}, who wrote what ${issuer.name} issued: check`,
          };
      }
    }
    return unnamed(`the speaker is ${quoted(words)}, who is not named: fill in the speaker or leave it`);
  };

  /** Whom an unnamed speaker speaks for, when the text names them: "the office of the president". */
  const ownerOf = (subject: Subject): ActorGroup | undefined => {
    const owner = subject.owner;
    if (owner === undefined || !owner.speaksFor) return undefined;
    if (owner.mention) {
      const group = groupOf.get(owner.mention);
      const head = subject.head ?? "";
      return group?.kind === "state" && !isSpokesperson(head) && !GOVERNMENT_NOUNS.test(head) ? undefined : group;
    }
    if (owner.noun === undefined) return undefined;
    return isOrganisationNoun(owner.noun)
      ? lastBodyNamed(owner.noun, subject.start)
      : lastWithRole(owner.noun, subject.start);
  };

  // ---- the sentences, in order ---------------------------------------------------------------
  const sentenceOf = (at: number): number => {
    const next = firstStartingAfter(sentences, at);
    // A quotation that opens a paragraph belongs to the sentence that starts at its first word, not to the
    // paragraph before (whose speech verb may be in a clause about someone else: "asked about a report X had
    // told him"). Within a paragraph the sentence before still introduces it (`he said. "…"`).
    const following = sentences[next];
    const before = sentences[next - 1];
    if (
      following !== undefined &&
      following.start - at <= 2 &&
      /^["“‘']\s?$/u.test(text.slice(at, following.start)) &&
      before !== undefined &&
      text.slice(before.end, at).includes("\n")
    )
      return next;
    return Math.max(0, next - 1);
  };
  const tokenRange = (span: Span): [number, number] => [
    firstStartingAt(tokens, span.start),
    firstStartingAt(tokens, span.end),
  ];
  /** Where the sentence holding `at` starts, outside quotes: compromise cuts sentences inside them too. */
  const sentenceStartOf = (at: number): number => {
    let index = sentenceOf(at);
    for (;;) {
      const start = (sentences[index] as Sentence | undefined)?.start;
      if (index === 0 || start === undefined) break;
      const previous = sentences[index - 1] as Sentence;
      // Inside a quotation, or a quotation opening after "…, said:" that ends the sentence before.
      // A sentence may start at the quotation's first word, just after its opening mark.
      const opensQuote =
        outerStarts.has(start) || (outerStarts.has(start - 1) && /^["“‘']$/u.test(text[start - 1] ?? ""));
      const inside = inQuote.holdsPlace(start) && !opensQuote;
      const afterColon = opensQuote && /:\s*["“‘']?$/u.test(text.slice(previous.start, start));
      if (!inside && !afterColon) break;
      index--;
    }
    return (sentences[index] as Sentence | undefined)?.start ?? at;
  };
  const isFiniteVerb = (token: Token): boolean =>
    (token.tags.has("PastTense") || token.tags.has("PresentTense") || token.tags.has("Modal")) &&
    !token.tags.has("Gerund") &&
    !token.tags.has("Participle") &&
    !token.possessive &&
    !token.capital;
  /**
   * "a man in the crowd shouted", "a okesman for Tehran's … vowed": whoever speaks is a person, even
   * when no word of the phrase is known; an unnamed one, so that a pronoun after it is not read as
   * someone named before.
   */
  const speakerPhraseBefore = (verb: number, floor: number): Subject | undefined => {
    for (let i = verb - 1; i >= 0 && verb - i <= 8 && (tokens[i] as Token).start >= floor; i--) {
      if (/[,;:"“”]/.test(gap(i, i + 1)) || isFiniteVerb(tokens[i] as Token)) return undefined;
      if (!/^(a|an|one|another)$/i.test(word(i))) continue;
      let head = i + 1;
      while (head < verb - 1 && !(tokens[head] as Token).tags.has("Noun")) head++;
      return {
        kind: "phrase",
        start: (tokens[i] as Token).start,
        end: (tokens[verb - 1] as Token).end,
        head: lower(head),
        determiner: lower(i),
      };
    }
    return undefined;
  };

  /**
   * The subject of a sentence: the subject of its first verb, else its first name, pronoun or
   * person's noun outside quotes and not after a preposition.
   */
  const sentenceSubject = (sentence: Span): Subject | undefined => {
    // "LONDON, April 7 - As pressure mounted on ..., she said": the sentence opens after its dateline.
    const dateline = DATELINE_AT_START.exec(text.slice(sentence.start, sentence.end));
    const [start, to] = tokenRange(
      dateline ? { start: sentence.start + dateline[0].length, end: sentence.end } : sentence,
    );
    // "But despite the danger of firms taking their trade elsewhere, Howard said": the subject comes
    // after an opening adverbial phrase and its comma.
    let from = start;
    const opener = /^(but|and|so|yet)$/i.test(word(start)) ? start + 1 : start;
    // "Courted by most of the candidates ..., Adelson said", "Smuggled into Turkey, Shahinian became": an opening
    // participle's phrase, as an adverbial's.
    const participle = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(word(opener)) && (tokens[opener] as Token).tags.has("Verb");
    if (OPENING_ADVERBIAL.test(word(opener)) || participle) {
      for (let k = opener + 1; k < to && k - opener <= 30; k++) {
        if (inQuote.holdsPlace((tokens[k] as Token).start)) break;
        if (/,/.test(gap(k - 1, k))) {
          from = k;
          break;
        }
      }
    }
    // ", whose country is the region's powerhouse,": a relative clause's verb is not the sentence's.
    let relative = false;
    for (let i = from + 1; i < to; i++) {
      const token = tokens[i] as Token;
      const comma = /,/.test(gap(i - 1, i));
      // ", wearing a Canova T-shirt covered in buttons,": a participle's phrase in commas, no verb of the sentence.
      if (comma && (/^(who|whose|which|whom)$/i.test(token.text) || /^\p{Ll}+ing$/u.test(token.text))) relative = true;
      else if (comma) relative = false;
      // "The first woman to win the prize, ..., received": an infinitive is no sentence's verb.
      if (relative || inQuote.holdsPlace(token.start) || !isFiniteVerb(token) || /^to$/i.test(word(i - 1))) continue;
      // "Trump campaign spokesman Jason Miller told": a noun before a role and a name, however the tagger reads it.
      const named = mentionAt.get(i + 2);
      if (
        isPersonNoun(word(i + 1)) &&
        /^\p{Ll}/u.test(word(i + 1)) &&
        named !== undefined &&
        groupOf.get(named)?.kind === "person" &&
        (tokens[i + 2] as Token).start === named.start
      )
        continue;
      const subject =
        subjectBefore(i, sentence.start) ?? (isSpeechVerb(i) ? speakerPhraseBefore(i, sentence.start) : undefined);
      if (subject) return subject;
      break;
    }
    for (let i = from; i < to; i++) {
      const token = tokens[i] as Token;
      if (inQuote.holdsPlace(token.start)) continue;
      if (i > from && isFiniteVerb(token)) return undefined;
      if (PREPOSITIONS.test(word(i - 1)) || /^(before|after|when|while|as|if|because)$/i.test(word(i - 1))) continue;
      const mention = mentionAt.get(i);
      if (mention) {
        const last = lastTokenOf(i);
        if (tokens[last]?.possessive) {
          i = last;
          continue;
        }
        return subjectEndingAt(last, sentence.start);
      }
      if (/^(he|she)$/i.test(token.text)) return subjectEndingAt(i, sentence.start);
      if (token.possessive) continue;
      // "But government spokesman Tomas Varga did not": a noun before another noun of the phrase, or
      // before a name, is no head; the phrase goes on to its last noun or its name.
      const next = tokens[i + 1];
      if (
        (isPersonNoun(token.text) || isOrganisationNoun(token.text)) &&
        !token.capital &&
        !(next && (mentionAt.has(i + 1) || (!next.capital && /^\s+$/.test(gap(i, i + 1)) && isPersonNoun(next.text))))
      ) {
        // "The mayor's spokeswoman, speaking on condition of anonymity, said".
        return subjectEndingAt(i, sentence.start);
      }
    }
    return undefined;
  };

  /**
   * The subject of the speech verb at `verb`: before it, or after it when inverted; for a verb with
   * none of its own ("…, noting that", "and said"), the subject of the speech verb before it in the
   * sentence, else the sentence's.
   */
  const speakerOfVerb = (verb: number, floor: number, ceiling: number): Subject | undefined => {
    // "which was criticized by Layton as \"disappointing\"": a passive verb of speech's agent speaks.
    // (A person alone after "by": not "Brandt's spokesman", "Kessler chief executive Ana Ruiz"; not "was quoted by
    // the Post as saying", whose subject speaks.)
    if (
      /^(?:is|are|was|were|been|being|be)$/i.test(word(verb - 1)) &&
      /^by$/i.test(word(verb + 1)) &&
      !/^(?:quoted|cited)$/i.test(word(verb))
    ) {
      const agent = mentionAt.get(verb + 2);
      if (
        agent !== undefined &&
        (tokens[verb + 2] as Token).start === agent.start &&
        groupOf.get(agent)?.kind === "person"
      ) {
        const last = lastTokenOf(verb + 2);
        const ends =
          !(tokens[last] as Token).possessive &&
          (last + 1 >= tokens.length ||
            /^(?:as|that|at|in|on|during|to)$/i.test(word(last + 1)) ||
            /[,;:.]/.test(gap(last, last + 1)));
        const named = ends ? subjectEndingAt(last, (tokens[verb] as Token).end) : undefined;
        if (named) return named;
      }
    }
    // An inverted subject follows a verb that opens its clause ("Commented another diplomat:").
    // (Not a participle: in "wrote to Brandt, saying he ..." the one after it is whom the words are about.)
    const opens =
      (verb === 0 || (tokens[verb] as Token).start <= floor || /[,;:"“”]/.test(gap(verb - 1, verb))) &&
      !/ing$/i.test(word(verb));
    // "One senior commentator, Fernando Pedreira of the Jornal do Brasil, wrote": the person named in the
    // apposition that closes just before the verb.
    if (verb > 0 && /^\s*,\s*$/.test(gap(verb - 1, verb))) {
      for (let k = verb - 1; k >= 0 && verb - k <= 12 && (tokens[k] as Token).start >= floor; k--) {
        if (k < verb - 1 && /,/.test(gap(k, k + 1))) break;
        const mention = mentionAt.get(k);
        if (mention === undefined || groupOf.get(mention)?.kind !== "person") continue;
        if (mentionAt.get(k - 1) === mention) continue;
        // The apposition opens with the name, just after its comma.
        if (k === 0 || !/,/.test(gap(k - 1, k))) break;
        const last = lastTokenOf(k);
        // "Tom Hale, Ann Reed's brother, said": a name that owns the apposition's noun is not who it names.
        if ((tokens[last] as Token).possessive) break;
        // ("Victor Lane, vice president of the firm Dean, Morris Reynolds, dismissed": a person named where the clause
        // opens, before a comma, is who speaks; the later name is in the apposition's own words)
        const openingAt = firstStartingAt(tokens, floor);
        const opening = mentionAt.get(openingAt);
        if (
          opening !== undefined &&
          opening !== mention &&
          groupOf.get(opening)?.kind === "person" &&
          (tokens[openingAt] as Token).start === opening.start &&
          /^[\s"“”'‘’,]*$/.test(text.slice(floor, opening.start))
        ) {
          const end = lastTokenOf(openingAt);
          if (/^\s*,/.test(gap(end, end + 1)))
            return { kind: "name", start: opening.start, end: opening.end, mention: opening };
        }
        const named = subjectEndingAt(last, floor);
        if (named) return named;
      }
    }
    const own = subjectBefore(verb, floor) ?? (opens ? subjectAfter(verb, ceiling) : undefined);
    if (own) return own;
    // "approached by Clinton who took her by the arm and said", "Clinton again grabbed her by the arm and, in a low
    // voice said": a verb joined by "and" to the one before it shares its subject.
    const joined = joinedVerbSubject(verb, floor);
    if (joined) return joined;
    for (let i = verb - 1; i >= 0 && (tokens[i] as Token).start >= floor; i--) {
      if (isSpeechVerb(i)) {
        const earlier = subjectBefore(i, floor) ?? subjectAfter(i, (tokens[verb] as Token).start);
        if (earlier) return earlier;
      }
    }
    return sentenceSubject({ start: floor, end: ceiling });
  };

  /** The speech verb and its subject for a quote, and the pattern that reads them. */
  const attributionOf = (quote: QuoteSpan): { subject?: Subject; pattern: string } | undefined => {
    const floor = sentenceStartOf(quote.outer.start);
    const last = sentences[sentenceOf(Math.max(quote.outer.start, quote.outer.end - 1))];
    const ceiling = Math.max(last?.end ?? quote.outer.end, quote.outer.end);
    // "The vice minister called the incident \"regrettable,\" a remark ..., Hosoda said": the words
    // are the subject's of the speech verb just before them, not the reporter's after.
    const quoteAt = firstStartingAt(tokens, quote.outer.start);
    for (let i = quoteAt - 1; i >= Math.max(firstStartingAt(tokens, floor), quoteAt - 6); i--) {
      const between = text.slice(
        (tokens[i] as Token).end,
        i === quoteAt - 1 ? quote.outer.start : (tokens[i + 1] as Token).start,
      );
      if (/[.;:!?"“”,]/.test(between)) break;
      if (!isSpeechVerb(i) || /^(according|told|tells)$/i.test(word(i))) continue;
      const subject = subjectBefore(i, floor);
      if (subject?.kind === "name" || subject?.kind === "phrase") return { subject, pattern: "quote-said-before" };
      break;
    }
    // A headline's `'…' - Chirac`: the name after a dash that ends the line.
    const dash = DASH_BEFORE_NAME.exec(text.slice(quote.outer.end, ceiling));
    if (dash) {
      const at = firstStartingAt(tokens, quote.outer.end + dash[0].length);
      const mention = mentionAt.get(at);
      let last = at;
      while (mention !== undefined && mentionAt.get(last + 1) === mention) last++;
      const rest = text.slice((tokens[last] as Token | undefined)?.end ?? ceiling, ceiling);
      if (mention !== undefined && /^[\s.]*$/.test(rest.split("\n")[0] ?? "")) {
        const subject = subjectEndingAt(last, quote.outer.end);
        if (subject) return { subject, pattern: "quote-headline-dash" };
      }
    }
    // After the quote: `"…," X said`, `"…," said X`, `"…," Tehran Radio quoted him as saying`.
    const afterFrom = firstStartingAt(tokens, quote.outer.end);
    // `"It was a mistake." Reagan …`: a quote that ends its sentence, and a capital after it, start anew; not the
    // speaker's clause that ends the sentence after a question or a cry (`"What does that mean?" Mr. Trump asked.`).
    // (nor a cry with its comma: `"Go, go!!!," Italy's Northern League leader Matteo Salvini wrote`)
    const after = text.slice(tokens[afterFrom]?.start ?? quote.outer.end, ceiling);
    const ended =
      (/[.!?…]$/.test(quote.text) ||
        /[.;:!?]/.test(text.slice(quote.outer.end, tokens[afterFrom]?.start ?? quote.outer.end))) &&
      !/,\s*["”’']*$/u.test(text.slice(quote.outer.start, quote.outer.end)) &&
      !(ATTRIBUTION_AFTER.test(after) && SPEAKER_CLAUSE.test(after));
    // (further past a relative clause: `"…," Tramp, who previously questioned ... border, said Friday`)
    const reach = RELATIVE_AFTER_NAME.test(text.slice(quote.outer.end, quote.outer.end + 60)) ? 45 : 20;
    for (let i = afterFrom; i < tokens.length && i - afterFrom < reach && !(ended && tokens[afterFrom]?.capital); i++) {
      const token = tokens[i] as Token;
      if (token.end > ceiling || inQuote.holdsPlace(token.start)) break;
      if (i > afterFrom && /[.;:!?]/.test(gap(i - 1, i)) && !abbreviated(i - 1)) break;
      if (!isSpeechVerb(i)) continue;
      if (/^quoted$/i.test(token.text) && /^as$/i.test(word(i + 2))) {
        const object = subjectEndingAt(i + 1, token.end);
        if (object) return { subject: object, pattern: "quote-said-after" };
      }
      if (/^according$/i.test(token.text)) {
        const subject = /^to$/i.test(word(i + 1)) ? subjectAfter(i + 1, ceiling) : undefined;
        if (subject) return { subject, pattern: "quote-said-after" };
        break;
      }
      // ("… for the EU, said Geert Wilders": a name after a verb a comma sets off is its subject, not the phrase before)
      // (only a name that ends its clause: not "his lawyer, Ana Ruiz, said Tom Hale would appeal")
      const named = i > afterFrom && /,/.test(gap(i - 1, i)) ? subjectAfter(i, ceiling) : undefined;
      const nextAfter = named ? firstStartingAt(tokens, named.end) : -1;
      const nameEnds =
        named !== undefined &&
        (tokens[nextAfter] === undefined ||
          (tokens[nextAfter] as Token).start >= ceiling ||
          /[,;:.!?]/.test(gap(nextAfter - 1, nextAfter)) ||
          !(tokens[nextAfter] as Token).tags.has("Verb"));
      if (named?.kind === "name" && nameEnds) return { subject: named, pattern: "quote-said-after" };
      const subject = i > afterFrom ? subjectBefore(i, quote.outer.end) : undefined;
      if (subject) return { subject, pattern: "quote-said-after" };
      // "…," stressing that: a participle goes on with the subject before the quote.
      if (/ing$/i.test(token.text)) break;
      // (a verb of address comes before its speaker only after a quotation that opens the sentence: not `Senator Ana
      // Ruiz, calling the plan "reckless," warned Treasury Secretary Tom Hale that ...`)
      // (a sentence may start after the opening marks: "''Why not,'' asked Ana Ruiz" opens at "Why")
      const own = sentences[sentenceOf(quote.start)]?.start ?? floor;
      const opensSentence = /^[\s"“‘'`(]*(?:(?:But|And|Yet|So)\s+)?[\s"“‘'`(]*$/u.test(
        text.slice(Math.min(own, quote.outer.start), quote.outer.start),
      );
      const inverted = subjectAfter(i, ceiling, i === afterFrom && opensSentence);
      if (inverted) return { subject: inverted, pattern: "quote-said-after" };
      break;
    }
    // Before the quote, in its sentence: `X said: "…"`, `X said the talks were "…"`, `Commented a diplomat: "…"`.
    const from = firstStartingAt(tokens, floor);
    for (let i = firstStartingAt(tokens, quote.outer.start) - 1; i >= from; i--) {
      if (JUDGING_VERBS.test(word(i)) && judgedAs(text, floor, quote.outer, ceiling)) {
        // "He did not regard the \"stop\" as \"an arrest.\"": a person's judging words are theirs;
        // a body's ("the board regards the \"smart quay\" as a priority") are a term it uses, unless
        // a speech verb before it in the sentence says whose they are.
        const subject = speakerOfVerb(i, floor, quote.outer.start);
        const person =
          subject?.kind === "pronoun"
            ? /^(he|she)$/.test(subject.pronoun ?? "")
            : subject?.kind === "name" &&
              subject.mention !== undefined &&
              groupOf.get(subject.mention)?.kind === "person";
        if (person && subject) return { subject, pattern: "quote-said-before" };
        continue;
      }
      if (!isSpeechVerb(i)) continue;
      // "Tehran Radio quoted Iran's defence spokesman Rafsanjani as saying ... \"…\"": the one quoted speaks.
      if (/^(saying|said)$/i.test(word(i)) && /^as$/i.test(word(i - 1))) {
        for (let q = i - 3; q >= from && i - q <= 15; q--) {
          if (!/^(quoted|quotes|quoting|cited|cites|citing)$/i.test(word(q))) continue;
          // "quoted Alishal Paktiawal, criminal director of Kabul police, as saying": the name, not its aside's body.
          const first = mentionAt.get(q + 1);
          let named = q + 1;
          while (first !== undefined && mentionAt.get(named + 1) === first) named++;
          // (not a list: "quoted Ali Hassan, Omar Farouk and other witnesses, as saying")
          const object =
            first !== undefined &&
            /^\s*,/.test(gap(named, named + 1)) &&
            /,\s*$/.test(gap(i - 2, i - 1)) &&
            !(
              mentionAt.get(named + 1) !== undefined &&
              groupOf.get(mentionAt.get(named + 1) as Mention)?.kind === "person"
            )
              ? subjectEndingAt(named, (tokens[q] as Token).end)
              : subjectEndingAt(i - 2, (tokens[q] as Token).end);
          if (object?.kind === "name" || object?.kind === "phrase")
            return { subject: object, pattern: "quote-said-before" };
          break;
        }
      }
      const colon = /^\s*:\s*$/.test(text.slice((tokens[i] as Token).end, quote.outer.start));
      const pattern = colon ? "quote-colon" : "quote-said-before";
      if (/^according$/i.test(word(i))) {
        // "X said ..., according to a pool report. “…”": the report is where the last sentence's words are
        // from; a quote after it is the speaker's own, not the report's.
        // (Where that sentence quotes no one, "..., according to Defense Secretary Ash Carter. “We are ...”", the
        // one it cites speaks on.)
        const at = (tokens[i] as Token).start;
        const ownSentence = at >= sentenceStartOf(quote.start);
        const reportQuoted = quotes.some((q) => q !== quote && q.start >= sentenceStartOf(at) && q.outer.end <= at);
        const subject =
          (ownSentence || !reportQuoted) && /^to$/i.test(word(i + 1))
            ? subjectAfter(i + 1, quote.outer.start)
            : undefined;
        if (subject) return { subject, pattern };
        continue;
      }
      const subject = speakerOfVerb(i, floor, quote.outer.start);
      return subject ? { subject, pattern } : { pattern };
    }
    // A colon with no verb of speech: the witness named on the line before in a live report's
    // layout ("Marta Kell, who lives by the bridge:"), "an official characterised it this way:".
    if (/:\s*$/.test(text.slice(floor, quote.outer.start))) {
      const subject = sentenceSubject({ start: floor, end: quote.outer.start });
      if (subject?.kind === "name" || subject?.kind === "phrase") return { subject, pattern: "quote-colon" };
    }
    return undefined;
  };

  const results = new Map<QuoteSpan, Attribution>();
  const notSpeech = new Set<QuoteSpan>();
  const bySentence = new Map<number, QuoteSpan[]>();
  for (const quote of quotes) {
    const index = sentenceOf(quote.outer.start);
    bySentence.set(index, [...(bySentence.get(index) ?? []), quote]);
  }
  let previous: { attribution: Attribution; referent: Referent | undefined } | undefined;
  /** The people who were the subjects of sentences since the last quote. */
  let subjectsSince = new Set<ActorGroup>();
  /** Two quotes in one paragraph: no line break between them. */
  const samePartOf = (before: QuoteSpan, after: QuoteSpan): boolean =>
    !text.slice(before.outer.end, after.outer.start).includes("\n") && before.chain === undefined;
  /** Whether a sentence that looks back at a quotation ("That was how", "With those words", "--") names a person. */
  const attributedAfter = (sentence: Sentence | undefined): boolean => {
    if (sentence === undefined) return false;
    if (!/^\s*(?:(?:that|this|those|these|such|so)\b|with\s+(?:those|these)\s+words|[-–—]{1,2}\s)/i.test(sentence.text))
      return false;
    const [from, to] = tokenRange(sentence);
    for (let k = from; k < Math.min(to, from + 15); k++) {
      const mention = mentionAt.get(k);
      if (mention !== undefined && groupOf.get(mention)?.kind === "person") return true;
    }
    return false;
  };

  /** A quotation that is its paragraph: nothing but white space before its opening mark and after its close. */
  const wholeParagraph = (quote: QuoteSpan): boolean =>
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, quote.outer.start - 80), quote.outer.start)) &&
    /^[.,!?]?[ \t]*(?:\n|$)/.test(text.slice(quote.outer.end, quote.outer.end + 80));

  /**
   * The named speaker whose words a sentence reports, by its first speech verb: "..., said election chief Ana Ruiz."
   * ("Reagan said Meese told him ...": Reagan, not the speaker of the words he reports.)
   */
  const reporterOf = (sentence: Sentence): Referent | undefined => {
    if (sentence.headline) return undefined;
    const [from, to] = tokenRange(sentence);
    for (let k = from; k < to; k++) {
      if (!isSpeechVerb(k) || /^(according|asked|asks)$/i.test(word(k))) continue;
      // "the message the king was said to be carrying": a passive says no one's words; "Lawson, who told
      // parliament ...": a relative clause's verb is no report of the sentence's.
      if (/^(is|are|was|were|be|been|being|who|which|that)$/i.test(word(k - 1))) continue;
      const subject = subjectBefore(k, sentence.start) ?? subjectAfter(k, sentence.end);
      if (subject === undefined) return undefined;
      const referent = resolve(subject, subject.start);
      return referent.group !== undefined ? referent : undefined;
    }
    return undefined;
  };

  const standsAlone = (quote: QuoteSpan): boolean => {
    const sentence = sentences[sentenceOf(quote.start)];
    // The opening mark may stand just before its sentence's start: read from the sentence the words are in.
    return (
      sentence === undefined ||
      text.slice(sentence.start, quote.outer.start).trim() === "" ||
      sentence.start >= quote.outer.start
    );
  };

  /**
   * Reported speech in a sentence: a reporting verb outside quotes, followed by its clause (not by a
   * quote), whose subject is a named actor.
   */
  const reported: ReportedSpeech[] = [];
  const readReported = (sentence: Sentence): void => {
    if (sentence.headline) return;
    const [from, to] = tokenRange(sentence);
    for (let i = from; i < to; i++) {
      const token = tokens[i] as Token;
      if (!REPORTING_VERBS.test(token.text) || !isSpeechVerb(i)) continue;
      // The clause it reports: no quotation mark soon after, a verb of its own within a dozen words.
      const clauseStart = /^(told|tells)$/i.test(token.text) ? i + 2 : i + 1;
      const clause = tokens.slice(clauseStart, Math.min(to, clauseStart + 12));
      const next = tokens[clauseStart];
      if (next === undefined || /["“”‘’]|:/.test(text.slice(token.end, next.start + 1))) continue;
      if (clause.some((t) => inQuote.holdsPlace(t.start))) continue;
      if (!clause.some((t) => isFiniteVerb(t) || t.tags.has("Copula"))) continue;
      // `"…," X said` is a quote's attribution, not a report.
      const quoteBefore = outers[firstStartingAt(outers, sentence.start)];
      if (quoteBefore !== undefined && quoteBefore.end <= token.start && token.start - quoteBefore.end < 60) continue;
      const subject = subjectBefore(i, sentence.start);
      if (subject === undefined) continue;
      const referent = resolve(subject, subject.start);
      const party = referent.group ?? ownerOf(subject);
      if (party === undefined || party.kind === "media") continue;
      reported.push({
        sentence: { start: sentence.start, end: sentence.end },
        verb: { start: token.start, end: token.end },
        party,
        drafted: {
          pattern: "position-reported-speech",
          note:
            referent.group === undefined
              ? `said by ${quoted(phraseText(subject))}, for ${party.name}: check`
              : referent.note,
        },
      });
      return;
    }
  };

  /** The referent each sentence's subject was read as, by sentence. */
  const subjectOfSentence = new Map<number, Referent>();
  /**
   * "Opposition leader Mark Delaney disagreed. “That is nonsense.”": the person a quotation standing alone answers for,
   * the named subject of the sentence just before its words (whichever sentence its opening mark was read with), in its
   * paragraph, quoting no one, telling of an answer ("disagreed", "went further"; not "sentenced Mark Delaney", "died on
   * Sunday", "was sacked"), and not the speaker of the quote before.
   */
  const answeredBefore = (quote: QuoteSpan): Referent | undefined => {
    const index = sentenceOf(quote.start) - 1;
    const sentence = sentences[index];
    const subject = subjectOfSentence.get(index);
    if (sentence === undefined || subject?.group === undefined || !subject.person || !standsAlone(quote))
      return undefined;
    if (!(bySentence.get(index) ?? []).every((q) => q === quote)) return undefined;
    if (text.slice(sentence.start, quote.outer.start).includes("\n") || !REACTION.test(sentence.text)) return undefined;
    return subject.group === previous?.attribution.speaker ? undefined : subject;
  };
  sentences.forEach((sentence, index) => {
    const subject = sentenceSubject(sentence);
    readReported(sentence);
    const inSentence = bySentence.get(index) ?? [];
    let subjectRead = false;
    /** The sentence's subject, once read. */
    let subjectReferent: Referent | undefined;
    const readSubject = (): void => {
      if (subjectRead || subject === undefined) return;
      subjectRead = true;
      const referent = resolve(subject, subject.start);
      subjectReferent = referent;
      subjectOfSentence.set(index, referent);
      if (referent.person && referent.group !== undefined) subjectsSince.add(referent.group);
      remember(referent);
    };
    for (const quote of inSentence) {
      if (subject !== undefined && subject.end <= quote.outer.start) readSubject();
      const found = attributionOf(quote);
      // A paragraph that is all quotation, after one that reports a named speaker's words.
      // Not a shout or a question ("No justice, no peace!", "Will you meet the union?"), nor words the next
      // sentence gives to someone it names ("That was how Maria Lopez described her street.", "With those words, John
      // Podesta urged", "-- Mitch McConnell").
      const reporter =
        found === undefined &&
        wholeParagraph(quote) &&
        !/[!?]$/.test(quote.text) &&
        index > 0 &&
        (bySentence.get(index - 1) ?? []).length === 0 &&
        !attributedAfter(sentences[index + 1])
          ? reporterOf(sentences[index - 1] as Sentence)
          : undefined;
      let attribution: Attribution;
      let referent: Referent | undefined;
      const answerer = found === undefined ? answeredBefore(quote) : undefined;
      if (found?.subject) {
        referent = resolve(found.subject, found.subject.start);
        rememberNamedAs(found.subject);
        attribution = {
          quote,
          speaker: referent.group,
          via: referent.via,
          drafted: { pattern: referent.pattern ?? found.pattern, note: referent.note },
        };
      } else if (answerer !== undefined) {
        referent = answerer;
        attribution = {
          quote,
          speaker: referent.group,
          via: "previous",
          drafted: {
            pattern: "quote-continued",
            note: `a quotation standing alone after a sentence about ${referent.group?.name}: check`,
          },
        };
      } else if (
        found === undefined &&
        previous !== undefined &&
        previous.referent !== undefined &&
        standsAlone(quote) &&
        quote.outer.start - previous.attribution.quote.outer.end < 600 &&
        // In the paragraph of the last quote, a quote of its own goes on with its speaker, whoever the
        // sentences between name ("“It was very nice,” the tycoon told Reuters when asked if he had met Trump.
        // “He was very charming.”").
        // (Not where a sentence between has another person as its subject: "Nancy Pelosi disagreed.")
        ((samePartOf(previous.attribution.quote, quote) &&
          [...subjectsSince].every((group) => group === previous?.referent?.group)) ||
          focus[0] === undefined ||
          focus[0].group === previous.referent.group ||
          (focus[0].unnamed !== undefined && focus[0].unnamed === previous.referent.unnamed))
      ) {
        // A quote of its own, right after another by the person the text is still about.
        referent = previous.referent;
        attribution = {
          quote,
          speaker: previous.attribution.speaker,
          via: previous.attribution.speaker ? "previous" : "none",
          drafted: {
            pattern: "quote-continued",
            note: previous.attribution.drafted?.note,
          },
        };
      } else if (reporter !== undefined) {
        // "..., said election chief Onalsyn Zhumabekov." / "“He won. Congratulations to the candidate.”": a
        // paragraph that is all quotation, after a paragraph that reports someone's words, is theirs.
        referent = reporter;
        attribution = {
          quote,
          speaker: reporter.group,
          via: reporter.via,
          drafted: {
            pattern: "quote-continued",
            note: `a quotation standing alone after ${reporter.group?.name ?? "the speaker"}'s reported words: check`,
          },
        };
      } else if (isQuotedPhrase(quote)) {
        // Words from a text or a term set inside a sentence, no one's speech: "opt out of "binding
        // procedures for the settlement of disputes" under Article 9".
        notSpeech.add(quote);
        continue;
      } else {
        attribution = {
          quote,
          speaker: undefined,
          via: "none",
          drafted: {
            pattern: found ? found.pattern : "quote-unattributed",
            note: found
              ? "no speaker found next to the speech verb: fill in the speaker"
              : "no speech verb or speaker found near the quote: fill in the speaker, or drop the quote if it is no one's words",
          },
        };
      }
      results.set(quote, attribution);
      remember(referent);
      previous = { attribution, referent };
      subjectsSince = new Set();
    }
    readSubject();
    // "The new aid ... is targeted at children, State Department spokesman Nicholas Burns said.": a person whose
    // words a sentence with no quotation reports is the one a "he" after it stands for.
    // (Not when the sentence's subject is a person: "Netanyahu will fly to Washington, spokesman David Bar-Illan
    // said." leaves Netanyahu the one a "he" stands for.)
    const subjectPerson = subject !== undefined && subject.kind !== "phrase" && subjectReferent?.person === true;
    if (inSentence.length === 0 && !subjectPerson) {
      const reporter = reporterOf(sentence);
      if (reporter?.person && reporter.group !== undefined && focus[0]?.group !== reporter.group) remember(reporter);
    }
    // "This was despite denials by Secretary Paul Channon that ...": a sentence whose subject is no one
    // leaves the last person it names as the one a "he" after it stands for.
    if (
      !sentence.headline &&
      inSentence.length === 0 &&
      (subject === undefined || !focus[0]?.person || focus[0]?.group === undefined)
    ) {
      // Only where the sentence opens with no one ("This was ...", "It is ...", "Share prices fell ...").
      const opening = word(tokenRange(sentence)[0]);
      const noOne =
        (subject === undefined && /^(this|that|it|there|these|those|such)$/i.test(opening)) ||
        (subject?.kind === "pronoun" && subject.pronoun === "it") ||
        (subject?.kind === "phrase" && !isPersonNoun(subject.head ?? "") && subject.owner === undefined);
      // The last person named in the sentence.
      const group = noOne
        ? lastPersonNamed(sentence.end, sentence.start, (mention) => mention.end <= sentence.end)
        : undefined;
      if (group !== undefined) remember({ group, person: true, gender: genderOfGroup(group), via: "name" });
    }
  });

  // A quotation over several paragraphs: every part takes the speaker of the part that names one.
  const chains = new Map<number, QuoteSpan[]>();
  for (const quote of quotes)
    if (quote.chain !== undefined) chains.set(quote.chain, [...(chains.get(quote.chain) ?? []), quote]);
  for (const parts of chains.values()) {
    const attributed = parts
      .map((part) => results.get(part) as Attribution)
      .filter((a) => a.drafted?.pattern !== "quote-continued" && a.drafted?.pattern !== "quote-unattributed");
    const source = attributed.find((a) => a.speaker !== undefined) ?? attributed[0];
    if (source === undefined) continue;
    for (const part of parts) {
      const own = results.get(part) as Attribution;
      if (own === source || attributed.includes(own)) continue;
      results.set(part, {
        quote: part,
        speaker: source.speaker,
        via: source.speaker ? "previous" : "none",
        drafted: { pattern: "quote-continued-paragraph", note: source.drafted?.note },
      });
    }
  }
  return {
    quotes: quotes.filter((quote) => !notSpeech.has(quote)).map((quote) => results.get(quote) as Attribution),
    reported,
  };
};
