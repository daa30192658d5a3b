/**
 * The tense of the clause a date stands in, which says on which side of the
 * publication date a bare weekday or a month lies: "the port closed on
 * Monday" (the Monday before), "the port will reopen on Monday" and "the
 * report is due on Friday" (the one ahead). Shared by the extractor, which
 * resolves a date, and by `check`, which holds a resolved date to its words.
 */

export type Tense = "past" | "future" | "unknown";

/** Words that put a clause ahead of its publication; "was to meet" is a plan told in the past ("was to blame" is not). */
const FUTURE =
  /\b(will|won't|shall|is to|are to|(?:was|were) to (?!blame\b)\p{Ll}+|is set to|are set to|set to|due|is (?:not )?expected|are (?:not )?expected|expected to|expects to|hopes to|plans? to|planned|planning to|is scheduled|are scheduled|scheduled|going to|aims? to|intends? to|upcoming|coming|later this|next|would)\b/iu;
/**
 * Words that put a clause with no past tense ahead: a condition still to be met ("faces death unless the governor
 * intervenes before Tuesday"), a sentence or a duty still to be carried out ("is sentenced to die Tuesday").
 */
const AHEAD_UNLESS_PAST =
  /\b(unless|(?:is|are) (?:sentenced|supposed|required|obliged|poised|slated|bound|ready) to)\b/i;
/** A verb of undertaking, or of hope in the present, and its "to": "agreed to", "vowed to", "hopes to" (not "agreed to have"). */
const UNDERTAKING = String.raw`\b(?:agreed|agrees|promised|promises|pledged|pledges|vowed|vows|offered|offers|decided|decides|hopes|hoping|intends|expects)\s+to\s+(?!have\b)`;
/**
 * "before he leaves for ...", "until the court rules on": a subordinate clause's verb in the present, then a preposition
 * or a determiner, then its words (not "when Israeli forces stormed the camp": a plural, then a past tense).
 */
const PRESENT_AFTER_SUBORDINATE =
  /\b(?:before|until|till|when|once)\s+(?:he|she|it|they|we|you|I|(?:the\s+)?\p{Lu}[\p{L}'’-]*|the\s+\p{Ll}+)\s+(?!was\b|has\b|does\b|is\b)\p{Ll}{2,}[^s\s]s\s+(?:for|to|on|in|at|into|from|with|the|a|an|his|her|its|their|office|home|power|\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-])(?:\s+(?!since\b|after\b|ago\b)[^\s,;]+){0,8}\s+$/u;
/** A passive in the present after a subordinating word, before its date: "after the report is delivered on". */
const PASSIVE_AFTER_SUBORDINATE =
  /\b(?:before|after|until|till|when|once)\s+(?:[^\s,;:]+\s+){1,6}(?:is|are)\s+(?:\p{Ll}+ed|held|made|given|sent|taken|done|seen|known|set)\s+(?:(?:over|up|out|off|down|into\s+law)\s+)?(?:on\s+|in\s+|by\s+)?$/u;
/** A past tense after a subordinate clause's supposed verb in the present: "troops in armoured vehicles entered". */
const PAST_IN_TAIL =
  /\s(?<!\b(?:the|a|an|his|her|its|their|our|this|that)\s)(?:\p{Ll}{2,}ed|went|came|took|left|began|fell|rose|won|lost|fled|struck|hit|held|met|made|gave|ran|drove|flew|broke|seized)\s/u;
/** A word between an undertaking (or a hope) and its date: anything but "since", "after", "before", "ago". */
const UNDERTAKING_WORD = String.raw`(?!since\b|after\b|before\b|ago\b)\S+\s+`;
/**
 * A hope or an intention told in the past, a few words before the date: "hoped to enact the bill on", "had planned to
 * open the bridge on" (not "wanted to attack the school on", a motive for what was done).
 */
const HOPED_BEFORE = new RegExp(
  `\\b(?:hoped|intended|aimed|wished|had\\s+planned|had\\s+expected)\\s+to\\s+(?!have\\b)(?:${UNDERTAKING_WORD}){0,8}$`,
  "i",
);
/** A wish told in the past a few words before the date: "wanted to hold the vote on". */
const WANTED_BEFORE = new RegExp(`\\bwanted\\s+to\\s+(?!have\\b)(?:${UNDERTAKING_WORD}){0,8}$`, "i");
/**
 * An undertaking a few words before the date in its clause, still to be carried out: "has agreed to meet US officials in
 * New York from May 12-13", "vowed to return on Friday" (not "agreed to have met", nor a date after "since").
 */
const TO_DO_BEFORE = new RegExp(`${UNDERTAKING}(?:${UNDERTAKING_WORD}){0,8}$`, "i");
/** The same undertaking further from its deadline: "promised to define a strategy for the airline by the end of". */
const TO_DO_BY = new RegExp(
  `${UNDERTAKING}(?:${UNDERTAKING_WORD}){0,12}(?:by|until)\\s+(?:the\\s+)?(?:(?:end|start|beginning|middle|close)\\s+of\\s+)?$`,
  "i",
);
/**
 * A likelihood a few words before the date in its clause: "was likely to be announced on Monday" (not "said Friday it
 * was unlikely to", "were likely to have died on Sunday", "likely to be the strongest since Monday's tremor").
 */
const LIKELY_BEFORE = /\b(?:un)?likely\s+to\s+(?!have\b)(?:(?!since\b|after\b|before\b)\S+\s+){0,4}$/i;
/** A verb of calling or fixing something in the passive, then "for" just before the date: "were announced for" (not
 * "The strike, called for Monday, shut schools": a participle's, told in the past). */
const CALLED_FOR_BEFORE =
  /\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|now\s+|already\s+)?(?:announced|called|set|scheduled|rescheduled|planned|slated|organi[sz]ed|fixed|postponed|delayed|moved|brought\s+forward|put\s+off)\s+(?:(?!for\b)\S+\s+){0,5}for\s+$/i;
/** A word that is no participle, in a regular expression's source: what a date after it is not the date of. */
const NO_PARTICIPLE = String.raw`(?!\p{Ll}+ed\b|(?:cast|held|taken|seen|made|done|set|won|lost|paid|sold|sent|built|found|given|shown|written|put)\b)`;
/**
 * Making ready, in the present, for what the date names: "are also gearing up for the Third Ministerial Conference on"
 * (not for what a participle between dates: "are preparing for a recount of the votes cast on Sunday").
 */
const PREPARING_FOR_BEFORE = new RegExp(
  String.raw`\b(?:(?:are|is|am)\s+(?:\p{Ll}+\s+)?(?:preparing|gearing\s+up|getting\s+ready|bracing)|prepares|gears\s+up|gets\s+ready|braces)\s+(?:themselves\s+|itself\s+|himself\s+|herself\s+)?for\s+(?:${NO_PARTICIPLE}\S+\s+){0,8}$`,
  "iu",
);
/**
 * A relative clause's modal of what may yet be, and its words up to the date: "who can win the general election in"
 * (not a memory, "who can still recall the blackout in", nor a participle's date, "the loans taken out in").
 */
const RELATIVE_MODAL_BEFORE = new RegExp(
  String.raw`\b(?:who|which|that)\s+(?:can|may|might|must|should)\s+(?!have\b|be\s+\p{Ll}+ed\b|(?:still\s+|never\s+)?(?:recall|remember|recogni[sz]e|forget|recollect|describe|identify|trace|blame|repay)\b)(?:${NO_PARTICIPLE}\S+\s+){1,7}$`,
  "iu",
);
/** A relative clause's verb of a schedule in the present, just before its date: "which ends", "that expires on". */
const SCHEDULED_BEFORE =
  /\b(?:which|that|whose\s+\p{Ll}+)\s+(?:ends|expires|begins|starts|opens|closes|lapses|concludes|resumes|wraps?\s+up|runs\s+(?:out|through|until)|takes\s+effect|comes\s+into\s+force)\s+(?:on\s+|in\s+|at\s+)?$/iu;
/** Words that put it behind: past tenses, "ago", "last". */
const PAST =
  /\b(was|were|had|did|said|told|ago|(?<!\b(?:to|will|would|may|might|could|can|should|must)\s+)last|earlier|yesterday|met|held|took|went|came|left|began|gave|made|saw|spoke|fell|rose|won|lost|sent|struck|hit|found|got|ran|became|brought|kept|thought|knew|paid|sold|spent|stood|sat|fled|grew|drew|threw|wrote|chose|built|fought|caught|bought|meant|heard|stole|swore|swept|dealt|sank|sought|withdrew|overthrew|forgave|forbade|undertook|upheld|won)\b/i;
/**
 * A word in -ed is a past tense unless a modal governs the clause or a form of "be" stands before it
 * ("could take part in strikes earmarked for", "being balloted about"): then it is a participle.
 */
const ED = /(?<!\b(?:be|being|been|is|are|am|get|gets|getting)\s+)\b\p{Ll}{2,}ed\b/u;
const MODAL = /\b(could|can|may|might|must|should|would|will|shall)\b/i;
/** A past tense in -ed that is a verb's, not a participle after a determiner or a form of "be" ("a designated day"). */
const VERB_ED =
  /(?<!\b(?:a|an|the|this|that|its|their|his|her|our|be|being|been|is|are|am|was|were|get|gets|getting)\s+)\b\p{Ll}{2,}ed\b/u;

/** An aside set off by a pair of dashes, spaced: " -- which will be ... -- ", " — his first trip — ". */
const ASIDE = /\s(--|–|—)\s[\s\S]{1,200}?\s\1(?=\s)/g;

/** Happenings a date may name before their noun: "a June election", "a May poll", "a 23 March walkout". */
export const INDEFINITE_EVENT_AFTER =
  /^\s+(?:general\s+|snap\s+|early\s+)?(?:elections?|polls?|votes?|referendum|summit|meetings?|conference|deadline|launch|visit|walkout|strikes?|stoppage|protests?|march|rally|ceasefire|truce|talks|hearings?|trial|deal)\b/i;

/** The words that end one clause and start another, within a sentence. */
const BOUNDARIES = [",", ";", ":", " that ", " but ", " and ", " while ", " whereas ", " although ", " because "];

/** The clause around `[at, at + length)` in `sentence`: from the boundary before it to the boundary after it. */
export const clauseAround = (whole: string, at: number, length: number): { start: number; end: number } => {
  // "at 10:00 am": a colon between digits ends no clause, nor does the comma of "9,000" (one character for one, so
  // offsets hold).
  // Nor does the "and" inside a name ("the Museum of African American History and Culture on Saturday").
  const sentence = whole
    .replace(/(?<=\d):(?=\d)|(?<=\d),(?=\d{3}\b)/g, ".")
    .replace(/(?<=\p{Lu}[\p{L}'’-]*) and (?=\p{Lu})/gu, " &nd ");
  let start = 0;
  for (const boundary of BOUNDARIES) {
    const found = sentence.lastIndexOf(boundary, at - 1);
    if (found >= 0) start = Math.max(start, found + boundary.length);
  }
  // A date that opens its clause before a comma ("On Monday, the minister will ...", "the mayor, late on Monday,
  // will ...") reads the clause after it; one inside a clause ("Rice, who turned 50 on Sunday, would be") does not.
  let from = at + length;
  const comma = /^\s*,/.exec(sentence.slice(from));
  // "After a test in January, the Council imposed": an opening phrase that ends with the date reads on too.
  const opens =
    /^\s*(?:(?:after|before|since|during|following|until|by|from)\s+(?:[\p{L}'’-]+\s+){0,4})?(?:\p{L}+\s+)?$/iu.test(
      sentence.slice(start, at),
    );
  if (comma && opens) from += comma[0].length;
  const ends = BOUNDARIES.map((b) => sentence.indexOf(b, from)).filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : sentence.length;
  return { start, end: Math.max(end, at + length) };
};

/** The tense a clause states: ahead when it has a word of the future, behind when it has a past tense. */
export const tenseOf = (clause: string): Tense => {
  if (FUTURE.test(clause)) return "future";
  if (PAST.test(clause) || (!MODAL.test(clause) && ED.test(clause))) return "past";
  if (AHEAD_UNLESS_PAST.test(clause)) return "future";
  return "unknown";
};

/**
 * Whether a date stands in a condition whose outcome "would" (not "would have") come: "If the government fell on Dec.
 * 8, a vote would"; an "if" that opens a condition (not one of asking, "asked residents if they saw"), never with "had".
 */
const supposedAhead = (sentence: string, at: number, length: number, lead: string): boolean => {
  const condition = /(?:^|[,;:]\s*|\b(?:that|and|but|even|only)\s+)if\s+([^,;:]{0,80})$/i.exec(lead);
  return (
    condition !== null &&
    !/\bhad\b/i.test(condition[1] as string) &&
    /^[^.;:]*?,\s*[^.;:]*\bwould\s+(?!have\b)/i.test(sentence.slice(at + length))
  );
};

/** Whether a date's words name a day (a number or a weekday), not a month alone: "Sept. 30", "on Friday". */
const namesADay = (words: string): boolean => /\d|day\b/i.test(words);

/** An auxiliary: the verb after it is the clause's own. */
const AUXILIARY = /^(?:is|are|was|were|be|been|being|has|have|had)$/i;

/** The tense of the clause in which `words` stand, in `sentence` (the first place they occur, or the whole sentence). */
export const tenseAround = (
  sentence: string,
  at: number,
  length: number,
  { start, end } = clauseAround(sentence, at, length),
): Tense => {
  // The date's own words say nothing of tense ("last Friday" is read by the caller). A plan named by a noun after the
  // date is no future of the date's ("In April, Trump called Ford's plans to open a plant a disgrace"); before it, it
  // is ("announced its plans to close the plant on September 30").
  const after = sentence
    .slice(at + length, end)
    .replace(/(?:['’]s|s['’]|\b(?:its|their|his|her|our|the))\s+plans?\s+to\b/gi, " ");
  const lead = sentence.slice(start, at);
  const clause = `${lead} ${after}`;
  if (LIKELY_BEFORE.test(lead)) return "future";
  // "rallies were also announced for Sunday", "gearing up for the conference on Friday": what is called for a day, or
  // made ready for, is ahead of the calling.
  if (CALLED_FOR_BEFORE.test(lead) || PREPARING_FOR_BEFORE.test(lead)) return "future";
  // "argued for nominating a Republican who can win the general election in November": a relative clause's modal of
  // what may yet be, before the date, with no past tense after it.
  const mayYet = RELATIVE_MODAL_BEFORE.exec(lead);
  if (mayYet && !PAST.test(mayYet[0]) && !ED.test(mayYet[0])) return "future";
  // "this fiscal year, which ends Sept. 30", "an offer that expires on Friday": a schedule told in the present.
  // (a day, not a month: "the fiscal year, which begins in April" is a habit, no date ahead)
  // (a month only for a deadline's verb: "which expires in June")
  const scheduled = SCHEDULED_BEFORE.exec(lead);
  if (
    scheduled &&
    (namesADay(sentence.slice(at, at + length)) || /\b(?:expires|lapses|runs\s+out)\b/i.test(scheduled[0]))
  )
    return "future";
  // "If the government fell on Dec. 8, a vote would likely take place": a past tense in a condition whose outcome
  // "would" (not "would have") come is a supposition, still ahead.
  if (supposedAhead(sentence, at, length, lead)) return "future";
  // "after the final report is delivered on Feb. 1": a passive in the present after a subordinating word is ahead.
  // (for a day: "when it is held in August" is a habit)
  if (PASSIVE_AFTER_SUBORDINATE.test(lead) && namesADay(sentence.slice(at, at + length))) return "future";
  // "before he leaves for the United States on April 24": a verb in the present after "before", "until", "when" or
  // "once" tells of what is still to come.
  // (not "when Israeli troops in armoured vehicles entered the camp on": a plural, then a past tense)
  const subordinate = PRESENT_AFTER_SUBORDINATE.exec(lead);
  if (subordinate && !PAST_IN_TAIL.test(` ${subordinate[0]} `)) return "future";
  // "hoped to enact the bill on April 18": a hope told in the past may have come true or not, so either side of
  // publication ("hoped to reach the summit on May 3 but turned back").
  if (HOPED_BEFORE.test(lead)) return "unknown";
  // "Lawmakers wanted to hold the vote on Thursday": a wish for a day of this week may still come true; one for a day
  // months off was a motive for what was done ("wanted to attack the school on May 5 but changed his mind").
  if (
    WANTED_BEFORE.test(lead) &&
    /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(sentence.slice(at, at + length))
  )
    return "unknown";
  // (an undertaking's date, not a stretch it is to take: "pledged to reduce the total in five years")
  // (not the occasion the undertaking was given on: "promised to raise the minimum wage at a rally on June 6")
  const undertaking = (TO_DO_BEFORE.exec(lead) ?? TO_DO_BY.exec(lead))?.[0];
  if (
    undertaking !== undefined &&
    !/^in\s/i.test(sentence.slice(at, at + length)) &&
    !/\b(?:at|during)\b|\bin\s+(?:a|an|his|her|their|the)\s+(?:speech|rally|interview|statement|address|letter|debate|op-ed|post|tweet)\b/i.test(
      undertaking,
    )
  )
    return "future";
  // "was taken to hospital late Thursday suffering from what doctors would describe as": a past tense before the date,
  // and a future only inside a relative clause after it, which is not the date's. (Not one just after the date, which
  // tells of its happening: "voted to hold the vote on Thursday, which would be the first".)
  const relative = /\b(?:what|which|who|whom|whose|that)\b/i.exec(after);
  if (
    relative !== null &&
    // (not after a decision to do something on the date: "voted to hold the meeting on June 3 at a hotel which will")
    !DECIDED_TO.test(lead) &&
    !/^[\s,]*$/.test(after.slice(0, relative.index)) &&
    !FUTURE.test(lead) &&
    // (a verb's past, not a participle that describes a noun: "a designated day on Nov. 1 during which ... will")
    (PAST.test(lead) || VERB_ED.test(lead)) &&
    !MODAL.test(lead) &&
    !FUTURE.test(after.slice(0, relative.index)) &&
    FUTURE.test(after.slice(relative.index))
  )
    return "past";
  const own = tenseOf(clause);
  // "Trump and Clinton meet for the first of three debates Monday", "the teams face each other on Sunday": a fixture
  // told in the present is ahead.
  if (own === "unknown" && SCHEDULE_PRESENT.test(lead) && namesADay(sentence.slice(at, at + length))) return "future";
  return own;
};

/** A present tense that tells of a fixture, before its day: "meet", "faces", "host", "kicks off", "arrives". */
const SCHEDULE_PRESENT =
  /(?<!\b(?:the|a|an|their|its|his|her|this|that)\s)\b(?:meet|meets|face|faces|host|hosts|kick\s+off|kicks\s+off|resume|resumes|travel|travels|arrive|arrives|tee\s+off|tees\s+off)\b/i;

/**
 * The tense a date's words take from where they stand in a sentence: a date naming a happening before
 * a noun ("after the weekend breakdown of talks", "the March 11 bombing") is past whatever its clause's
 * tense, unless the words before it look ahead ("ahead of the Sunday vote"); any other takes its
 * clause's tense, quoted words left out.
 */
export const tenseOfDate = (sentence: string, at: number, length: number): Tense => {
  const tense = tenseInPlace(sentence, at, length);
  const before = sentence.slice(0, at);
  // A month a deadline or a plan names ("bans all trade by October", "the vote was postponed until October", "set
  // for July"): ahead of a clause that is not past; either side of a past one ("was adjourned until September" may
  // still be to come); behind only what "had" been done by then ("had calmed down by September").
  if (
    MONTH_WORDS.test(sentence.slice(at, at + length)) &&
    DEADLINE_BEFORE.test(before.replace(/(?:mid|early|late)[-\s]$/i, ""))
  ) {
    if (AHEAD_OF_BEFORE.test(before)) return tenseAround(sentence, at, length) === "past" ? "unknown" : "future";
    // "delayed the referendum until March": nothing is put off to a time gone by.
    if (PUT_OFF.test(before)) return "future";
    if (tense !== "past") return "future";
    // "had calmed down by September", "had lived there until September", "By September, the army had retaken".
    const had =
      /\bhad\s+(?:[\p{L}'’-]+\s+){1,8}(?:by|until|till)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+)?$/iu.test(
        before,
      ) ||
      (/(?:^|[.;]\s*)by\s+$/i.test(before) && /^[^.;]{0,60}?\bhad\s+\p{L}/u.test(sentence.slice(at + length)));
    return had ? "past" : "unknown";
  }
  // "campaigned ahead of the July convention": done before the date, which may lie either side of publication.
  return tense === "past" && AHEAD_OF_BEFORE.test(before) ? "unknown" : tense;
};

/** A verb that puts something off to a later date: "postponed the census until", "adjourned the trial to". */
const PUT_OFF =
  /\b(?:delay|postpone|adjourn|defer|reschedul|suspend)\w*\s+(?:[^,;.]{0,60}?\s)?(?:until|till|to)\s+(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+)?$|\b(?:pushed|put|moved)\s+(?:[^,;.]{0,40}?\s)?(?:back|off)\s+(?:[^,;.]{0,40}?\s)?(?:until|till|to)\s+$/i;
/** Words before a deadline or the date a plan is set for: "by", "until", "in time for", "set for", "due". */
const DEADLINE_BEFORE =
  /(?:\bby\s+|\b(?:until|till|ahead of|in time for|due|scheduled for|set for|planned for|expected by)\s+(?:[^,;.]{0,40}?\s)?(?:in\s+)?)(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+)?$/i;
/** A month's name opening a date's words, maybe after a part of it: "September", "June 7", "end of January". */
const MONTH_WORDS =
  /^(?:(?:the\s+)?(?:end|start|beginning|middle|close)\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** Words that say something was done before the date after them: "ahead of the", "in time for". */
const AHEAD_OF_BEFORE = /\b(?:ahead\s+of|in\s+time\s+for|in\s+advance\s+of)\s+(?:[^,;.]{0,40}?\s)?$/i;

/** Days of history news copy names by their date alone: "9/11", the attacks of 11 September 2001. */
const HISTORIC_DAYS: Readonly<Record<string, string>> = { "9/11": "2001-09-11" };
/** Words before a date that make it a day a plan is set for: "set for", "due on", "by", "the deadline is". */
const PLANNED_FOR = /\b(?:set|scheduled|due|planned|slated|until|till|by|deadline\s+(?:of|is))\s+(?:for\s+|on\s+)?$/i;

/**
 * The day of history a date's words name ("9/11": 2001-09-11, never a day of the publication's year), unless the words
 * before it make it a day a plan is set for ("the hearing is set for 9/11") or a year follows ("9/11/2016"). One reading
 * for the drafts and for `check`.
 */
export const historicDay = (words: string, before: string, after = ""): string | undefined =>
  /^\/\d/.test(after) || PLANNED_FOR.test(before) ? undefined : HISTORIC_DAYS[words.trim()];

const tenseInPlace = (sentence: string, at: number, length: number): Tense => {
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + length);
  // "Since Monday, drivers are required to ...": a state that began then.
  if (/\bsince\s+$/i.test(before)) return "past";
  // "Turnout will matter come Tuesday": when the day comes.
  if (/(?:^|[\s,])(?<!\b(?:did|do|does|not|never|to|will|would|could|should|can|must)\s+)come\s+$/i.test(before))
    return "future";
  // "to call a June election", "calls for a May poll": an event with an indefinite article is one not yet held.
  if (/\b(?:a|an)\s+$/i.test(before) && INDEFINITE_EVENT_AFTER.test(after)) return "future";
  // "the meeting starting April 27", "talks due on Friday": the date a noun's happening is set for, whatever the
  // tense of the clause that tells of it ("Taiwan had been invited to the meeting starting April 27").
  // ("The report was due on Friday": after an auxiliary it is the clause's own verb, read by its tense.)
  const setFor = /\b(\p{Ll}{3,})\s+(?:starting|beginning|opening|due|scheduled|set)\s+(?:on\s+|for\s+)?$/u.exec(before);
  if (setFor) return AUXILIARY.test(setFor[1] as string) ? tenseAround(sentence, at, length) : "unknown";
  // "drove in to prepare for the changing of the guard on midnight June 30": what is prepared for is ahead of the
  // preparing; when that was done in the past, on either side of publication.
  // (not "preparing for a recount of the votes cast on Sunday": the date is the participle's)
  const preparing = PREPARING_FOR.exec(before);
  if (preparing && !OWN_PARTICIPLE.test(preparing[0]))
    return tenseAround(sentence, at, length) === "past" ? "unknown" : "future";
  // "ahead of the state's June 7 primary": a possessive between "the" and the date, only after words that look ahead.
  const theBefore =
    /\bthe\s+$/i.exec(before) ??
    (/\b(?:ahead of|before|until|till|for|upcoming|coming|next)\s+the\s+\p{L}[\p{L}-]*['’]s?\s+$/iu.test(before)
      ? /\bthe\s+\p{L}[\p{L}-]*['’]s?\s+$/iu.exec(before)
      : null);
  if (
    theBefore !== null &&
    /^\s+(?!(?:of|in|on|at|to|and|or|when|as|for|with|by|from|is|was|will|would)\b)\p{Ll}{3,}\b/u.test(after)
  ) {
    // "alleged the January 23 polls will be rigged": a vote or a meeting the clause looks ahead to is ahead.
    // ("hear challenges to the April elections next week": the vote is not what the future verb tells of.)
    if (INDEFINITE_EVENT_AFTER.test(after) && EVENT_THEN_FUTURE.test(after)) return "future";
    // Ahead of what the words before it look ahead to; when they were done in the past ("campaigned ahead of the July
    // convention"), on either side of publication.
    if (
      /\b(ahead of|before|until|till|for|upcoming|coming|next|planned|scheduled|forthcoming|awaits?|awaited|awaiting|(?:run|lead|build)-?up to)\s+$/i.test(
        before.slice(0, theBefore.index),
      )
    )
      return tenseAround(sentence, at, length) === "past" ? "unknown" : "future";
    return "past";
  }
  // "made clear Monday they have no plans", "was booed Monday": a past tense just before the date is the date's
  // own verb, whatever the clause after it reports. "announcing on Wednesday he would meet": a participle just
  // before it takes the tense of the clause it hangs from.
  // ("said Monday will be a day of mourning": the date is what was said, the subject of its own verb.)
  // A bare date before a modal is its subject ("said Monday will be", "hoped Friday would bring"); a date "in" or "on"
  // keeps the verb's tense before a past modal ("the aid pledged in February would arrive"), not before "will"
  // ("students admitted in September will pay").
  const justBefore = VERB_JUST_BEFORE.exec(before);
  const modalAfter = /^\s+(will|would|is|was|shall|could|may|might|must|should)\b/i.exec(after)?.[1]?.toLowerCase();
  const verbBefore =
    modalAfter !== undefined && (!/\b(?:in|on)\s+$/i.test(before) || /^(?:will|shall|is)$/.test(modalAfter))
      ? null
      : justBefore;
  if (verbBefore) {
    // ("if he won on Nov. 5, he would": a supposition, not the past its verb's tense says; tenseAround reads it so
    // where no verb stands just before the date)
    if (supposedAhead(sentence, at, length, sentence.slice(clauseAround(sentence, at, length).start, at)))
      return "future";
    if (verbBefore[1] === undefined) return "past";
    const main = tenseOf(before.slice(0, verbBefore.index));
    if (main !== "unknown") return main;
  }
  // Quoted words, and an aside between two dashes ("the diversion -- which will be the top priority of the
  // hearings -- only when Meese told him on November 25"), lend no tense to a date outside them.
  const unquoted = sentence
    .replace(/“[^”]*”|"[^"]*"/g, (q) => " ".repeat(q.length))
    .replace(ASIDE, (aside, _dash, offset: number) =>
      offset <= at && at < offset + aside.length ? aside : " ".repeat(aside.length),
    );
  const clause = clauseAround(unquoted, at, length);
  const own = tenseAround(unquoted, at, length, clause);
  if (own !== "unknown") return own;
  // "shot dead 14 people in San Bernardino, California, in December": a clause of the date alone takes the
  // tense of the sentence before it.
  // Only after a place set off by commas, whose clause is the date's own.
  const { start } = clause;
  const placeBefore = /[^,]+,\s*\p{Lu}[\p{L}.’' -]*,\s*$/u.test(unquoted.slice(0, start));
  return placeBefore && unquoted.slice(start, at).trim().split(/\s+/).length <= 2
    ? tenseOf(unquoted.slice(0, start))
    : own;
};

/** A decision or an intention told in the past, and its verb: "voted to hold", "decided to move", "agreed to meet". */
const DECIDED_TO =
  /\b(?:voted|decided|agreed|resolved|chose|moved|planned|arranged|announced|promised|pledged|vowed|offered|threatened|asked|urged|ordered)\s+(?:\p{Ll}+\s+){0,2}?to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that)\b)\p{Ll}+/iu;

/** Preparing for a happening, a few words before its date: "to prepare for the handover on", "in preparation for". */
const PREPARING_FOR =
  /\b(?:prepar(?:e|es|ed|ing)|preparations?|readying)\s+for\s+(?:(?!since\b|after\b|ago\b)[^\s,;:.]+\s+){1,8}$/i;
/** A participle of its own between what is prepared for and the date: "a recount of the votes cast on Sunday". */
const OWN_PARTICIPLE =
  /\s(?:\p{Ll}{3,}ed|cast|held|made|won|lost|given|taken|sent|shot|hit|struck|put|set|seen|done)\s+(?:\S+\s+){0,2}$/u;

/** A vote or a meeting that is the subject of a future verb: "the January 23 polls will be rigged". */
const EVENT_THEN_FUTURE = /^\s+\S+\s+(?:will|would|(?:is|are)\s+(?:set|due|expected|scheduled|to))\b/i;

/**
 * A verb of the past, or a participle, just before a date (an adverb between at most, then "on" or "last"):
 * "made clear Monday", "was booed Monday", "announcing on Wednesday". Not a modal's ("could be held on Monday").
 */
const VERB_JUST_BEFORE =
  /(?:,\s+(\p{Ll}{3,}ing)|(?<!,\s*|\b(?:will|would|could|can|may|might|must|should|shall|to|be|been|being|is|are|a|an|the)\s+)\b(?!(?:expected|scheduled|planned|slated|proposed|intended)\b)(\p{Ll}{3,}ed|said|told|made|met|held|took|gave|spoke|won|lost|sent|wrote))\s+(?:(?:\p{Ll}+ly|clear|plain|public|out|up|back|again|here|there)\s+)?(?:on\s+|in\s+|last\s+)?$/u;
