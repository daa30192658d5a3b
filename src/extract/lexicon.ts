/**
 * The few closed word lists the extractors share: words that make a name a
 * title, an organisation or something else, and the verbs of reported speech.
 * Open classes (names, places, countries) come from compromise's lexicon.
 */

/** A set of words written as one space-separated list, so that a long list reads as prose. */
const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words that are roles in their own right ("minister", "spokesperson") and also form titles. */
const ROLES_IN_TITLES = `
president minister secretary emir king queen prince sheikh director general head chief spokesman
spokeswoman spokesperson official adviser advisor envoy ambassador negotiator diplomat commander
leader chairman chairwoman chairperson chair governor mayor senator judge commissioner chancellor deputy
mediator representative ceo executive manager founder captain colonel professor broadcaster
correspondent reporter editor analyst economist lawyer attorney speaker member mp councillor
councilor organiser organizer secretary-general director-general undersecretary under-secretary
undersecretary-general under-secretary-general cardinal archbishop bishop
`;

/** A role not yet taken up, written as one word: "president-elect", "minister-designate". */
const ROLES_TO_COME = ROLES_IN_TITLES.split(/\s+/)
  .filter(Boolean)
  .flatMap((role) => [`${role}-elect`, `${role}-designate`])
  .join(" ");

/** Words that head or form a title ("Prime Minister", "spokesperson"). */
export const TITLE_WORDS = words(`${ROLES_IN_TITLES} ${ROLES_TO_COME}
vice prime ministers foreign finance defense defence interior national security state crown sheik
spokespeople officials justice senior former acting top opposition lieutenant sergeant major admiral
dr mr mrs ms prof sir lord lady rabbi imam pope bishop economy transport labour labor health trade
education energy environment affairs public union port authority intelligence military army
coalition white house
`);

/** Words a title phrase ends in: a title names a role. */
export const ROLE_NOUNS = words(`${ROLES_IN_TITLES} ${ROLES_TO_COME}
officer worker driver owner resident witness activist researcher scientist doctor nurse teacher
`);

/** Honorifics that go with a name but are not part of it for matching. */
export const HONORIFICS = words(`
sheikh sheik emir king queen prince dr mr mrs ms sir lord lady prof professor rabbi imam president
general
`);

/** Roles held in a body, never in a person's service: "Sinn Fein leader", not "Obama adviser" or "Bush spokesman". */
export const BODY_ROLES = words(`
leader leaders chairman chairwoman president member members mp mps councillor councillors founder official officials
`);

/** Royal titles: a royal is named by the title and a given name ("King Hussein", "Prince Charles"). */
export const ROYAL_TITLES = words("king queen prince princess sultan emperor empress");

/** Last words that make a capitalised run an organisation. */
export const ORGANISATION_HEADS = words(`
news tv television press post times journal radio network broadcasting agency council court ministry
service services movement office house army forces force party union authority company corporation
corp bank group committee organization organisation association institute university department
administration brigades front commission parliament assembly fund program programme police guard
cabinet government federation league foundation trust airlines airways ltd inc plc ag sa gmbh
holdings lines shipping logistics port ports board bureau centre center secretariat alliance
coalition navy nations congress senate tribunal mission command directorate inspectorate exchange
media tribune herald gazette telegraph guardian observer reuters afp
`);

/** Last words that make a name of two words or more a business or institution ("Nordhavn Line"). */
export const BUSINESS_HEADS = words(`
line research terminal terminals partners capital consulting consultants energy motors systems
technologies technology industries solutions resources pharmaceuticals foods airport railways
railway rail maritime marine mining oil gas power electric telecom communications insurance
securities investments ventures labs laboratories studios records hospital clinic school college
academy museum club chamber council institution society initiative project watch international
`);

/** Organisations that are news media, by their head word. */
export const MEDIA_HEADS = words(`
news tv television press post times journal radio network broadcasting tribune herald gazette
telegraph guardian observer reuters afp media mirror chronicle zeitung shimbun shinbun ilbo nippo gazeta gazzetta
dagblad tageblatt corriere ledger courier dispatch sentinel examiner inquirer enquirer courant
`);

/** What a newspaper is called after or before its name: "the Czech daily X", "X daily said". */
export const PAPER_NOUNS = "daily|newspaper|weekly|tabloid|magazine";

/** Heads of names that are neither actors nor places: operations, wars, documents. */
export const OTHER_HEADS = words(`
operation war summit agreement accord accords treaty resolution plan act law conference day week
flood storm festival cup games prize award strip hurricane typhoon cyclone tornado
`);

/** Country short forms compromise reads as acronyms. */
export const COUNTRY_ACRONYMS = new Set(["US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "EU", "E.U."]);

/** Name particles written in lower case inside a name ("bin", "al-Thani", "van"). */
export const NAME_PARTICLES = words(`
bin bint ibn ben al el abu de da di du van von der den la le y
`);

/** Verbs that introduce or close reported speech. */
export const SPEECH_VERBS =
  /^(said|says|say|saying|told|tells|telling|added|adds|adding|stated|states|stating|noted|notes|noting|stressed|stresses|stressing|asserted|asserts|asserting|explained|explains|explaining|emphasized|emphasised|emphasizes|emphasises|emphasizing|emphasising|highlighted|highlights|highlighting|continued|continues|continuing|warned|warns|warning|expressed|expresses|expressing|describing|described|describes|urged|urges|urging|mentioned|mentions|mentioning|revealed|reveals|revealing|reaffirming|reaffirmed|reaffirms|insisted|insists|insisting|argued|argues|arguing|declared|declares|declaring|announced|announces|announcing|wrote|writes|writing|replied|replies|replying|answered|answers|called|calls|calling|claimed|claims|claiming|admitted|admits|acknowledged|acknowledges|confirmed|confirms|confirming|recalled|recalls|pointed|points|indicated|indicates|indicating|cautioned|cautions|remarked|remarks|observed|observes|vowed|vows|promised|promises|pledged|pledges|predicted|predicts|complained|complains|conceded|concedes|underlining|underlined|underlines|according|asked|asks|tweeted|posted|shouted|told|commented|comments|commenting|praised|praises|praising|criticized|criticised|criticizes|criticises|accused|accuses|thanked|blamed|denounced|denounces|denouncing|attributed|attributes|attributing|condemned|hailed|hails|welcomed|retorted|quipped|scoffed|exclaimed|countered)$/i;

/** Pronouns that stand for a person. */
export const PERSON_PRONOUNS = /^(he|she|they)$/i;

// ---- Quotes, people and positions (issue 18): the words below are read by find-names,
// ---- group-actors, attribute-quotes and find-positions only.

/** Courtesy titles: part of how a name is written ("Mr Collins"), never a role. */
export const COURTESY_TITLES = words(`
mr mrs ms miss mx dr prof sir dame lord lady messrs sheikh sheik
`);

/** Military and police ranks: part of a name form ("General Lee"), never a role on their own. */
export const RANKS = words(`
general gen colonel col major maj captain capt lieutenant lt admiral adm sergeant sgt brigadier brig
corporal cpl marshal commander cmdr commodore inspector superintendent constable
`);

/** Words before "General" that make one title of it ("Attorney General", "Secretary General"). */
export const GENERAL_COMPOUNDS = words(`
attorney secretary director inspector surgeon solicitor postmaster consul governor auditor
`);

/** Heads of names that are documents, events or periods, not actors: "the White Paper", "the Easter Rising". */
export const THING_HEADS = words(`
paper papers report bill review inquiry strategy charter convention directive budget declaration
manifesto memorandum index survey census protocol election elections referendum olympics
championship championships marathon tournament crisis attack attacks bombing bombings massacre
uprising rising revolution scandal talks ceasefire truce deal pact doctrine act acts constitution
amendment code framework roadmap deadline award awards prize show exhibition fair expo
christmas easter ramadan eid hanukkah diwali
`);

/** Countries compromise's lexicon does not know as countries. */
export const MORE_COUNTRIES = words(`
britain
`);

/** Nouns for the people who speak for someone: "the mayor's spokeswoman", "a spokesman for the union". */
export const SPOKESPERSON_NOUNS = words(`
spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative representatives
aide aides adviser advisers advisor advisors
`);

/** Words for the writer's own reporter: "our correspondent", "this reporter". */
export const REPORTER_NOUNS = words(`
correspondent reporter editor journalist
`);

/** Nouns for unnamed people who may speak: "a diplomat said", "sources said", "one banker said". */
export const SPEAKER_NOUNS = words(`
source sources diplomat diplomats official officials banker bankers expert experts analyst analysts
witness witnesses resident residents observer observers insider insiders aide aides lawyer lawyers
economist economists trader traders dealer dealers executive executives negotiator negotiators
delegate delegates activist activists campaigner campaigners critic critics supporter supporters
member members leader leaders officer officers worker workers people person man woman men women
tycoon magnate billionaire mogul investor investors donor donors philanthropist refugee refugees migrant
migrants villager villagers shopkeeper demonstrator demonstrators voter voters candidate candidates
contender nominee challenger incumbent lawmaker lawmakers congressman congresswoman veteran veterans
student students teenager commentator pundit host anchor presenter columnist author climber explorer
neighbour neighbor friend colleague soldier soldiers fighter fighters rebel rebels militant militants
gunman suspect defendant prisoner detainee hostage mother father widow
`);

/** A company's words for itself that no public body goes by: "the oil giant said", "the retailer added". */
const COMPANY_WORD_LIST = `giant retailer carmaker automaker lender insurer miner supplier manufacturer producer exporter
conglomerate`;
export const COMPANY_WORDS = words(COMPANY_WORD_LIST);

/** Nouns by which a text refers back to an organisation: "the company said", "the ministry added". */
export const ORGANISATION_NOUNS = words(`
company firm group union ministry department government agency party commission committee council
court board bank authority organisation organization movement administration federation association network
newspaper broadcaster airline carrier army military police panel inquiry tribunal office embassy
${COMPANY_WORD_LIST}
`);

/** Documents that "say" or "read" what their author wrote: "the letter reads", "a statement from the ministry said". */
export const DOCUMENT_NOUNS = words(`
letter letters statement statements communique communiqué memo memorandum message email e-mail declaration
release note report document survey study book
`);

/** Words between a subject and its speech verb that are neither: "he also said", "Reagan has said". */
export const SUBJECT_VERB_FILLERS = words(`
also later again then further previously earlier separately meanwhile subsequently himself herself
itself themselves has have had was were is are would will had already however too once now been being here
there
`);

/** Speech verbs the list above (SPEECH_VERBS) lacks: "he joked", "he repeated", "she suggested", "Japan branded it",
 * "Fox News reported", "chiding him". */
export const MORE_SPEECH_VERBS =
  /^(analy[sz]ed|analy[sz]es|branded|dubbed|labell?ed|termed|joked|jokes|joking|repeated|repeats|suggested|suggests|suggesting|denied|denies|denying|responded|responds|reiterated|reiterates|maintained|maintains|quipped|quips|conceded|added|quoted|cited|cites|citing|reported|chided|chides|chiding|scolded|scolding|lamented|laments|lamenting|boasted|boasts|boasting|bragged|fumed|snapped|mocked|mocking|taunted|pleaded|pleads|pleading|implored|testified|testifies|recounted|charged|charges|alleged|alleges|alleging|contended|contends|contending|concluded|concludes|assured|assures|reasoned|speculated|ventured|confided|grumbled|muttered|murmured|mused|wondered|yelled|screamed|sighed|gushed|crowed|marvell?ed|whispered|texted|e-?mailed|thundered|interjected|objected|opined|acknowledging|demanded|demands|demanding|threatened|threatens|threatening)$/i;

/** Is the word a verb of speech ("said", "joked")? */
export const isSpeechWord = (word: string): boolean => SPEECH_VERBS.test(word) || MORE_SPEECH_VERBS.test(word);

/** A name's generational suffix, in any case, its point or none: "Jr.", "Sr", "II", "iii". */
export const GENERATION_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** A website's address written as a name: "GunBroker.com", "Salon.com", "Mumsnet.org" (its company's name). */
export const WEBSITE = /^\p{Lu}[\p{L}\p{N}-]*\.(?:com|org|net|gov|edu|info|biz|io|co\.uk|org\.uk)$/u;

/** Abbreviated titles written with a full stop before a name: "Sen. John Tower", "Gov. Ana Ruiz". */
export const TITLE_ABBREVIATIONS = words(`
sen rep del gov pres supt insp det rev fr gen col lt sgt capt adm maj cpl cmdr brig dr mr mrs ms prof
`);

/**
 * A lawmaker's party and state, written after the name: "R-Utah", "D-Mass.", "R-S.C.", "I-VT", "D-New Mexico" (not a
 * company's short name, "D-Wave").
 */
export const isPartyAndState = (written: string): boolean => {
  const tag = /^[RDI]-\s?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)$/u.exec(written);
  const state = tag?.[1];
  return (
    state !== undefined &&
    (isUsStateName(state) ||
      /^(?:\p{Lu}\.){2}$|^\p{Lu}{2}$/u.test(state) ||
      /^(?:New|North|South|West|Rhode|Virgin|Puerto)\s\p{Lu}\p{L}+$|^Guam$/u.test(state))
  );
};

/** A state of the United States as copy writes it: "Utah", "South Carolina", "Mass.", "Calif". */
export const isUsStateName = (written: string): boolean =>
  US_STATE_SHORT.test(written) || US_STATES.has(written.toLowerCase()) || US_STATE_PAIRS.has(written.toLowerCase());

/** Abbreviated titles that name a role (the others above are ranks or courtesy titles); "Del." a delegate. */
export const ROLE_ABBREVIATIONS = words(`
sen rep del gov pres supt insp det rev
`);

/** Plural names of parties and their members: "the Liberal Democrats", "Republicans". */
export const PARTY_PLURALS = words(`
democrats republicans conservatives socialists greens liberals nationalists unionists tories
communists
`);

/** Last words that make a name a place: "Woodhill Prison", "Heathrow Airport", "Trafalgar Square". */
export const PLACE_HEADS = words(`
prison jail airport station square street road avenue bridge camp stadium park hotel harbour harbor
bay island islands valley river lake mountain mountains hill hills coast beach border crossing strip
bank province district county region state city town village sea seas ocean gulf strait straits channel
peninsula desert canyon plateau plain plains delta glacier volcano reef lagoon cape area waterway mosque
church temple shrine cathedral suburb settlement neighbourhood neighborhood enclave outpost township
`);

/** First words that make a name a place: "Port Vila", "Mount Kenya", "Lake Chad", "Cape Town". */
export const PLACE_OPENERS = words(`port fort mount lake cape`);

/** Capitalised words and acronyms that name no actor: time zones, units. */
export const NOT_NAMES = words(`
est edt cst cdt mst mdt pst pdt gmt bst utc cet cest ist jst aest
`);

/** Words that end a company's name and may be left off it: "Hostess Brands Inc" is "Hostess". */
export const CORPORATE_SUFFIXES = words(`
inc incorporated corp corporation co company ltd limited plc llc lp ag sa nv gmbh group holdings brands
`);

/** Last words that make a capitalised run a body, besides ORGANISATION_HEADS: "War Information Headquarters". */
export const MORE_ORGANISATION_HEADS = words(`
headquarters hq taskforce council institution unit squad corps staff chambers forum coalition network campaign jihad
poll enforcement investigations protection
`);

/** Roles besides ROLE_NOUNS that name a person before or after their name: "head coach Scott Cooper". */
export const MORE_ROLE_NOUNS = words(`
coach trainer player striker goalkeeper midfielder defender captain referee umpire athlete champion
skipper rider boxer golfer cyclist runner swimmer jockey manager owner pilot surgeon physician
principal headteacher headmaster inspector detective sheriff prosecutor barrister solicitor justice
spokesman spokeswoman spokesperson campaigner protester survivor victim
journalist photographer blogger writer novelist poet artist singer actor actress engineer farmer businessman
businesswoman entrepreneur priest imam rabbi pastor cleric mountaineer historian filmmaker lecturer
tycoon magnate billionaire mogul investor donor candidate contender nominee challenger lawmaker congressman
congresswoman presenter anchor columnist commentator pundit author explorer climber
veterinarian geologist epidemiologist pathologist toxicologist statistician meteorologist seismologist
forecaster strategist pollster chemist biologist physicist archaeologist astronomer psychologist psychiatrist
pharmacist dentist architect librarian treasurer auditor comptroller coroner
`);

/** Is the word (lower case) a role that names a person? */
export const isRoleNoun = (word: string): boolean => ROLE_NOUNS.has(word) || MORE_ROLE_NOUNS.has(word);

// ---- People, organisations and states on real articles (issue 18, second round): the lists below
// ---- are read by find-names and group-actors only.

/**
 * Last words of institutions, services and operators besides ORGANISATION_HEADS and BUSINESS_HEADS:
 * a name ending in one is a body even when its first word is also a first name ("Royal Preston
 * Hospital", "Rail Accident Investigation Branch", "Virgin Trains", "National Rail Enquiries").
 */
export const INSTITUTION_HEADS = words(`
branch branches trains buses coaches ferries railways railway rail
enquiries inquiries constabulary brigade brigades squad service services agency council ministry
authority authorities commission committee corporation university universities college school
academy institute museum library trust department directorate executive inspectorate regiment
division battalion fleet airlines airways tribunal court courts network
`);

/** Last words of places that are also institutions: "taken to the Royal Preston Hospital" is where, not who. */
export const SITE_HEADS = words(`
hospital hospitals infirmary clinic hospice
`);

/** Surnames that are also institution words: "Margaret Court", "Tom Branch" are people. */
export const SURNAME_HEADS = words(`
court branch bank hill park street field house church hall wood brook ford line rivers
`);

/**
 * First words no person's name begins with: "National Rail Enquiries", "Royal Preston Hospital",
 * "Federal Reserve". A name opening with one and no courtesy title is a body (or a place).
 */
export const INSTITUTION_OPENERS = words(`
national royal federal central international united supreme regional metropolitan municipal
imperial european
`);

/** Nouns of vehicles and aircraft: a capitalised name before or inside which one stands is a model, not an actor. */
export const VEHICLE_NOUNS = words(`
train trains helicopter helicopters jet jets plane planes aircraft airliner airliners ship ships boat
boats ferry ferries tank tanks truck trucks lorry lorries locomotive locomotives rocket rockets
missile missiles drone drones submarine submarines frigate frigates destroyer destroyers fighter
fighters bomber bombers aircraft-carrier car cars bus buses carriage carriages wagon wagons vessel vessels
`);

/**
 * Nouns that label a numbered part or model: "Section 3", "Article 298", "Chapter 11", "Class 390",
 * "Boeing 747s". A capitalised word right before a number names no actor.
 */
export const LABEL_NOUNS = words(`
section sections article articles chapter chapters part parts clause clauses paragraph paragraphs
schedule annex appendix platform platforms flight flights route gate phase stage type model mark
series block level grade category room page figure table item rule rules class
`);

/** Common nouns of state bodies and officials: a demonym before one stands for the state ("Belgian authorities"). */
export const STATE_BODY_NOUNS = words(`
authorities authority government governments official officials minister ministers ministry
president prime foreign defence defense interior forces troops army navy military police embassy
ambassador diplomat diplomats envoy envoys prosecutor prosecutors court courts parliament regime
administration intelligence delegation leader leaders king queen chancellor premier state
`);

/** Demonyms and the states they stand for: "Belgian authorities" is Belgium. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  `
afghan:Afghanistan albanian:Albania algerian:Algeria american:United_States angolan:Angola
argentine:Argentina argentinian:Argentina armenian:Armenia australian:Australia austrian:Austria
azerbaijani:Azerbaijan bahraini:Bahrain bangladeshi:Bangladesh belarusian:Belarus belgian:Belgium
bolivian:Bolivia bosnian:Bosnia brazilian:Brazil british:United_Kingdom bulgarian:Bulgaria
burmese:Myanmar cambodian:Cambodia cameroonian:Cameroon canadian:Canada chilean:Chile chinese:China
colombian:Colombia congolese:Congo croatian:Croatia cuban:Cuba cypriot:Cyprus czech:Czech_Republic
danish:Denmark dutch:Netherlands ecuadorian:Ecuador egyptian:Egypt emirati:United_Arab_Emirates
eritrean:Eritrea estonian:Estonia ethiopian:Ethiopia finnish:Finland french:France georgian:Georgia
german:Germany ghanaian:Ghana greek:Greece guatemalan:Guatemala haitian:Haiti hungarian:Hungary
icelandic:Iceland indian:India indonesian:Indonesia iranian:Iran iraqi:Iraq irish:Ireland
israeli:Israel italian:Italy jamaican:Jamaica japanese:Japan jordanian:Jordan kazakh:Kazakhstan
kenyan:Kenya korean:Korea kuwaiti:Kuwait latvian:Latvia lebanese:Lebanon libyan:Libya
lithuanian:Lithuania malaysian:Malaysia malian:Mali maltese:Malta mexican:Mexico moldovan:Moldova
mongolian:Mongolia moroccan:Morocco mozambican:Mozambique namibian:Namibia nepalese:Nepal
nigerian:Nigeria nigerien:Niger norwegian:Norway omani:Oman pakistani:Pakistan panamanian:Panama
peruvian:Peru philippine:Philippines filipino:Philippines polish:Poland portuguese:Portugal
qatari:Qatar romanian:Romania russian:Russia rwandan:Rwanda saudi:Saudi_Arabia senegalese:Senegal
serbian:Serbia singaporean:Singapore slovak:Slovakia slovenian:Slovenia somali:Somalia
african:South_Africa spanish:Spain sudanese:Sudan swedish:Sweden swiss:Switzerland syrian:Syria
taiwanese:Taiwan tanzanian:Tanzania thai:Thailand tunisian:Tunisia turkish:Turkey ugandan:Uganda
ukrainian:Ukraine uruguayan:Uruguay uzbek:Uzbekistan venezuelan:Venezuela vietnamese:Vietnam
yemeni:Yemen zambian:Zambia zimbabwean:Zimbabwe sri_lankan:Sri_Lanka soviet:Soviet_Union
`
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [demonym, state] = pair.split(":") as [string, string];
      return [demonym.replace(/_/g, " "), state.replace(/_/g, " ")] as const;
    }),
);

/** The state a demonym stands for, singular or plural ("Belgian", "Soviets"): `word` in lower case. */
export const demonymState = (word: string): string | undefined =>
  DEMONYMS.get(word) ?? (word.endsWith("s") ? DEMONYMS.get(word.slice(0, -1)) : undefined);

/** Countries compromise's lexicon does not know as countries, besides MORE_COUNTRIES. */
export const OTHER_COUNTRIES = words(`
philippines laos congo bosnia eswatini holland
`);

/** A US state as wire copy shortens it after a town: "Cambridge, Mass.", "Sacramento, Calif.". */
export const US_STATE_SHORT =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.?$/;

/** The states of the United States, which news counts as states ("fleeing from Texas"). */
export const US_STATES = words(`
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas
utah vermont virginia wisconsin wyoming
`);

/** The states of the United States named in two words ("New York" is left out: in news it is mostly the city). */
export const US_STATE_PAIRS = new Set([
  "new hampshire",
  "new jersey",
  "new mexico",
  "north carolina",
  "north dakota",
  "south carolina",
  "south dakota",
  "rhode island",
  "west virginia",
]);

/** Other names of states, read as one state: "America" is the United States. */
export const STATE_SYNONYMS: ReadonlyMap<string, string> = new Map([
  ["america", "United States"],
  ["united states of america", "United States"],
  ["britain", "United Kingdom"],
  ["great britain", "United Kingdom"],
  ["united kingdom", "United Kingdom"],
  ["soviets", "Soviet Union"],
  ["soviet union", "Soviet Union"],
  ["gaza", "Gaza Strip"],
  ["ussr", "Soviet Union"],
  ["u.s.s.r.", "Soviet Union"],
]);

/** Bodies named by a head noun alone, of which a country has one: "Congress", "Parliament". */
export const SINGLE_BODIES = words(`
congress parliament senate knesset duma bundestag
`);

/** Territories that news names as polities, counted among states: "the Gaza Strip", "the West Bank". */
export const TERRITORIES = new Set([
  "gaza",
  "gaza strip",
  "west bank",
  "western sahara",
  "hong kong",
  "macau",
  "puerto rico",
]);

/** Regions named like a person ("Middle East"): places, no actor. */
export const REGION_NAMES = new Set(["middle east", "far east", "near east", "horn of africa", "sub-saharan africa"]);

/** Words of faith, capitalised wherever they stand: alone, a person's or a word's, no body's. */
export const FAITH_WORDS = words(`
catholic catholics protestant protestants muslim muslims christian christians jewish jew jews sunni sunnis shia
shiite shiites hindu hindus buddhist buddhists orthodox evangelical evangelicals islamist islamists anglican
anglicans
`);

/** Peoples with no state of their name: with a word of faith ("Sunni Arab"), they describe, not name. */
export const PEOPLES = words(
  `arab arabs kurd kurds kurdish tamil tamils pashtun pashtuns berber berbers bedouin druze baluch`,
);

/** Words of faith that are also surnames: "Louise Christian". */
export const FAITH_SURNAMES = words(`christian`);

/** Heads of bodies whose names go on with "on": "Commission on Human Rights", "Committee on Foreign Affairs". */
export const ON_BODY_HEADS = words(`commission committee council conference panel board subcommittee`);

/** Kin words a relative's name follows: "Barghouti's wife, Fadwa", "his brother Hisham". */
export const KIN_WORDS = words(`
wife husband widow widower son daughter brother sister mother father cousin nephew niece uncle aunt grandson
granddaughter fiancé fiancée partner
`);

/** The role words a byline gives its writer after the outlet: "Associated Press Writer". */
export const BYLINE_ROLES = words(`writer correspondent reporter editor staff contributor`);

/**
 * Given names the language library tags with no gender because they are dictionary words too ("Bill", "Mark", "Grace"):
 * read as a person's given name only where the name is one (the first word of a person's name), they say whose.
 */
export const MALE_WORD_NAMES = words(`
bill bob chuck dick frank jack mark nick ray rob will
`);
export const FEMALE_WORD_NAMES = words(`
faith grace holly hope iris ivy joy june pearl rose ruby sue
`);
