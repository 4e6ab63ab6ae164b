"""Closed word lists the extraction rules consult: general English, not tuned to any article."""

REPORTING_VERBS = frozenset("""
say tell add claim allege insist argue state announce report confirm warn note explain write suggest
believe think acknowledge admit assert contend declare maintain reply respond stress tweet testify
predict estimate reckon indicate show reveal signal concede recall agree complain fear hope
""".split())

DENIAL_VERBS = frozenset("deny reject dismiss refute disavow disown dispute contradict rebut".split())

# Nouns of what someone says is so, whose "that" clause is a claim ("reports that ...") and which, after a comma,
# sum up the clause before ("accused Russia of shelling Kharkiv, a charge Moscow denied"); and of charges.
CHARGE_NOUNS = frozenset("charge allegation accusation".split())
CONTENT_NOUNS = frozenset("report claim allegation rumour rumor suggestion speculation accusation assertion".split())

# Verbs whose clausal complement is not asserted: intention, wish, possibility, attempt.
HYPOTHETICAL_VERBS = frozenset("""
want plan intend hope wish seek aim expect consider threaten propose offer promise prepare try attempt
mull weigh contemplate envisage vow pledge mean need would_like like prefer dream
""".split())

# Verbs whose complement (or object-controlled xcomp) is something requested of someone.
REQUEST_VERBS = frozenset("ask urge call request demand appeal press implore beg plead invite order instruct tell".split())

# Verbs that act on someone to make them do something: "urged X to leave", "forced X to resign". Their object is
# the one addressed or made to act (not so "expected sales to grow", "allowed Ukraine to export").
ADDRESSEE_VERBS = REQUEST_VERBS | frozenset("persuade convince force push compel oblige pressure encourage warn advise remind".split())
# Verbs whose object is the subject of their infinitive: the above, and "allowed X to", "wanted X to".
OBJECT_CONTROL_VERBS = ADDRESSEE_VERBS | frozenset("allow help require enable want expect permit authorise authorize".split()) \
    | frozenset("choose pick select appoint name elect hire nominate tap recruit".split()) \
    | frozenset("prompt cause lead drive spur inspire induce tempt".split())   # "prompted X to act": X acts

# Verbs whose complement did not happen.
NEGATIVE_VERBS = frozenset("decline refuse fail stop cease avoid neglect refrain abstain desist".split())
# Particle verbs whose complement did not happen: "ruled out sending troops", "held off raising rates".
NEGATIVE_PARTICLE_VERBS = frozenset("rule_out hold_off back_off back_away shy_away".split())
# Verbs that exclude their complement: "ruled out sending troops" (not to be done); negated, they keep it open
# ("has not ruled out sending troops": possible, neither done nor excluded).
EXCLUSION_VERBS = frozenset("rule_out exclude preclude".split())

MODAL_HYPOTHETICAL = frozenset("would could may might should can shall must ought".split())

# Verbs that in news take no direct object: "The minister resigned and left the country" shares no object with
# "resigned" ("bought and sold shares" does, with "bought").
INTRANSITIVE_VERBS = frozenset("""resign retire die arrive collapse rise fall surge plunge slump soar tumble rally
vanish disappear emerge happen occur exist sleep wait apologise apologize protest testify speak talk grow
fluctuate stagnate shrink abstain""".split())


# Light verbs whose object noun carries the meaning: "make an appeal" ~ "appeal".
# Verbs whose partner is their subject's other conjunct when they have none ("A and B met", "... talked").
RECIPROCAL_VERBS = frozenset("meet talk speak negotiate clash".split())
# Verbs of penalty and charging: of two objects, the first is who pays ("fined Vodafone £1 million"), no recipient.
PENALTY_VERBS = frozenset("fine charge bill tax surcharge penalise penalize cost".split())
# Verbs of giving: their "to" phrase names who gets the object ("sold its stake to Vanguard").
TRANSFER_VERBS = frozenset("""supply sell resell send deliver give hand hand_over hand_back give_back transfer return
export lend loan award grant cede donate ship pay leak sell_off pass_on extradite deport repatriate
offer promise provide""".split())
# Verbs of winning, and the verbs of what a win brings, an infinitive after them tells: "beat Dortmund to win the
# cup", "defeated Sandu to become president" (what happened; "won approval to build a plant" stays an aim).
VICTORY_VERBS = frozenset("beat defeat win edge overcome thrash rout crush oust outvote eliminate top".split())
ACHIEVEMENT_VERBS = frozenset("""win reach claim clinch secure take become lift seal retain book earn capture regain
keep advance extend set finish""".split())
# Verbs of aiming at a target, and the prepositions that name it: "fired rockets at Israel", "imposed sanctions on
# Iran" (the thing aimed stays the verb's object).
TARGET_VERBS = frozenset("fire launch throw hurl aim direct point lob shoot impose slap inflict level drop wage".split())
TARGET_PREPS = frozenset("at on against into upon onto toward towards".split())
# Verbs whose object comes from or goes to another party, named after it by one preposition: "won a contract from
# Deutsche Bahn", "bought a stake from Shell", "ordered 50 jets from Airbus", "lost the title to Alcaraz", "conceded
# defeat to Macron" (the graph relates the two parties, the thing an extra argument).
COUNTERPARTY_PREPS = {"win": "from", "buy": "from", "purchase": "from", "acquire": "from", "order": "from",
                      "borrow": "from", "lose": "to", "concede": "to", "recall": "from"}
# Nouns of the relations between two parties, whose "with" names the other ("restored ties with Iran", "cut diplomatic
# relations with Israel"): whatever the verb does to them, it does with that party.
RELATION_NOUNS = frozenset("tie relation link contact".split())
PEOPLE_NOUNS = frozenset("staff personnel people person man men woman women player players crew".split())
CURRENCIES = frozenset("""dollar euro pound yen yuan renminbi franc rupee krona krone kronor real reais peso rouble
ruble rand naira shilling lira won dinar dirham riyal zloty forint""".split())
# Nouns whose own "to" phrase says where they go, not who gets them ("sold its stake in the pipeline to Tbilisi",
# "sold flights to Spain"), and objects that make an idiom with "to" ("gave rise to", "paid tribute to").
PATH_NOUNS = frozenset("""road route line railway rail pipeline corridor highway motorway flight ticket tunnel bridge
link crossing path gateway border""".split())
IDIOM_TO_OBJECTS = frozenset("""rise way birth credence weight tribute attention homage voice credibility priority heed
thought consideration chase lip ear""".split())
# Lower-case words that join an Arabic given name to a father's name ("Khalid bin Rashid Al Nuaimi", "Hamdan bin
# Mohammed"): such a name, however long, goes by its given name after a title ("Sheikh Khalid")
PATRONYMIC_PARTICLES = frozenset("bin bint ibn binti".split())
# Verbs whose "with" names an act of their object: "charged Chelsea with failing to control its players", "credited
# the nurses with saving lives", "tasked Lumo with building the bridge" (Chelsea, the nurses, Lumo act).
WITH_ACT_VERBS = frozenset("charge credit task entrust".split())
LIGHT_VERBS = frozenset("""make take give have do pay launch issue hold offer file lodge raise stage carry conduct bring
open""".split())

# The verb a light verb's object noun stands for ("made an appeal" ~ "appealed"); see also NOMINALISATIONS.
LIGHT_NOUNS = {
    "appeal": "appeal", "offer": "offer", "call": "call", "attempt": "attempt", "visit": "visit",
    "promise": "promise", "request": "request", "bid": "bid", "threat": "threaten", "demand": "demand",
    "pledge": "pledge", "comment": "comment", "remark": "remark", "statement": "state", "speech": "speak",
    "announcement": "announce", "proposal": "propose", "contribution": "contribute", "payment": "pay",
    "investment": "invest", "complaint": "complain", "protest": "protest", "charge": "charge", "charges": "charge",
    "claim": "claim", "effort": "try", "trip": "travel", "stand": "stand", "vow": "vow", "plea": "plead",
    "interest": "be_interested", "part": "participate", "control": "control", "strike": "strike", "strikes": "strike",
    "raid": "raid", "assault": "attack", "offensive": "attack", "lawsuit": "sue", "suit": "sue",
    "warning": "warn", "fire": "fire", "probe": "investigate", "inquiry": "investigate", "enquiry": "investigate",
    "backing": "back",
}

# Light nouns whose verb takes its counterpart as a direct object, and the prepositions that mark it: "filed a
# lawsuit against X" is sue(X), "paid a visit to X" visit(X), "launched an attack on X" attack(X).
TRANSITIVE_LIGHT_NOUNS = {
    "lawsuit": {"against"}, "suit": {"against"}, "charge": {"against"}, "charges": {"against"},
    "assault": {"on", "against"}, "offensive": {"on", "against"}, "attack": {"on", "against"},
    "strike": {"on", "against"}, "strikes": {"on", "against"}, "raid": {"on", "against"}, "visit": {"to"},
    "threat": {"against"}, "control": {"of", "over"}, "invasion": {"of"}, "bombing": {"of"}, "shelling": {"of"},
    "blockade": {"of", "on"}, "sanction": {"on", "against"}, "ban": {"on"}, "capture": {"of"}, "release": {"of"},
    "arrest": {"of"}, "recognition": {"of"}, "criticism": {"of"}, "support": {"for", "to"}, "investigation": {"into"},
    "probe": {"into"}, "inquiry": {"into"}, "enquiry": {"into"}, "warning": {"to"}, "approval": {"to", "for"},
    "backing": {"for", "to"},
}
# The prepositions of an inquiry's object ("a probe into the bank", "a probe of the leak"): a probe "to Venus" or
# "from Kourou" is a spacecraft, no inquiry.
INQUIRY_PREPS = frozenset("into of over on after about against".split())
# Nouns of saying and proposing: a preposition of topic after them names no counterpart ("a statement on trade").
CONTENT_LIGHT_NOUNS = frozenset("statement announcement proposal claim pledge promise warning".split())
TOPIC_PREPS = frozenset("on about over regarding concerning".split())

# Occupations held at a body, that relate their holder to it as titles do: "a hydrologist at the University of
# Adelaide", "Ana Lind, an engineer at Siemens", "marine biologist X of James Cook University". (Students, patients,
# visitors and the like are at a body without working for it; a developer, a trader or a designer is as often a
# firm: none of them is here.)
OCCUPATION_NOUNS = frozenset("""
engineer technician architect programmer statistician mathematician physicist chemist biologist
ecologist geologist hydrologist epidemiologist virologist immunologist climatologist seismologist meteorologist
volcanologist glaciologist oceanographer astronomer astrophysicist neuroscientist archaeologist anthropologist
sociologist psychologist criminologist demographer historian linguist strategist lecturer curator librarian archivist
physician surgeon accountant banker investigator detective diplomat negotiator lobbyist consultant employee
staffer
""".split())
# Occupations that make their holder a member of the body rather than its employee ("an activist with Greenpeace").
MEMBER_OCCUPATIONS = frozenset("activist campaigner volunteer organiser organizer".split())

# A player's position in a team: "Chelsea striker X", "X, a midfielder for Ajax", "Pakistan opener X", "New Zealand
# fly-half X" (a member of the club or national side); and a player's teammate ("his Ferrari teammate X"). Not the
# positions that are common words ("wing", "lock", "prop", "centre", "guard").
PLAYER_POSITIONS = frozenset("""striker forward midfielder defender goalkeeper winger playmaker full-back fullback
centre-back center-back quarterback pitcher batsman bowler batter opener all-rounder allrounder wicketkeeper
wicket-keeper spinner seamer paceman fly-half flyhalf scrum-half flanker outfielder shortstop linebacker cornerback
teammate team-mate""".split())

# Relational nouns: "the head of X", "X's president", "Kremlin spokesman Y".
TITLE_NOUNS = OCCUPATION_NOUNS | MEMBER_OCCUPATIONS | PLAYER_POSITIONS | frozenset("""
president vice-president prime minister premier chancellor king queen prince emperor empress tsar czar emir monarch
leader head chief chairman principal
chairwoman chairperson chair ceo cfo coo founder co-founder director director-general secretary secretary-general
spokesman spokeswoman spokesperson governor deputy mayor senator representative ambassador envoy commander
general administrator commissioner minister official member lawmaker judge justice editor owner executive
manager boss lead captain coach adviser advisor aide analyst economist professor researcher scientist
correspondent reporter founder partner president-elect candidate nominee speaker chairperson
lawyer attorney counsel solicitor barrister prosecutor agent officer coordinator
bishop archbishop rabbi imam patriarch counsellor counselor treasurer fellow councillor councilor
magistrate coroner sheriff superintendent pastor mp mep legislator
taoiseach tánaiste tanaiste archdeacon vicar chaplain priest headteacher headmaster headmistress
rector provost dean warden trustee registrar teacher nurse
""".split())

# Titles that stand before a name ("Governor Sophie Marchand") and are not part of it.
NAME_TITLES = frozenset("""
president vice prime minister premier chancellor king queen prince princess emperor empress tsar emir sheikh pope
cardinal bishop
governor mayor senator sen. rep. representative ambassador general gen. admiral colonel col. lieutenant lt. captain
capt. sergeant sgt. major maj. commander chairman chairwoman chair chairperson chief ceo cfo coo cto director
administrator secretary spokesman spokeswoman spokesperson judge justice dr. dr mr. mr mrs. mrs ms. ms prof. professor
sir dame lord lady
finance foreign defence defense interior justice deputy acting former incumbent state first health economy
trade energy labour labor education central bank mp mep treasurer councillor councilor
magistrate coroner sheriff brigadier brig. marshal superintendent archbishop rabbi ayatollah reverend rev. pastor
alhaji father fr. monsignor msgr. imam
taoiseach tánaiste tanaiste archdeacon vicar chaplain headteacher headmaster headmistress
""".split())

# Words that make a multiword title with the title noun after them ("Attorney General", "Foreign Minister",
# "Defence Secretary"): part of the title, never the organisation it is held in.
# The words of a military or police rank before its last word ("Major General", "Lieutenant Colonel", "Rear Admiral",
# "Detective Superintendent", "Staff Sergeant"): part of the rank, never the body it is held in.
RANK_PARTS = frozenset("""major lieutenant brigadier rear vice sergeant staff field fleet air flight wing lance warrant
petty master colonel lieutenant-colonel detective""".split())
RANK_HEADS = frozenset("""general admiral marshal colonel commander commodore sergeant superintendent inspector
captain officer major constable""".split())

TITLE_MODIFIERS = frozenset("""
prime vice deputy acting former interim attorney solicitor surgeon postmaster inspector auditor comptroller
foreign finance defence defense interior home justice health economy economic trade energy labour labor education
treasury culture environment transport transportation agriculture industry housing science digital security
state first chief general press executive managing senior junior assistant associate principal lead head
ex then incumbent outgoing incoming caretaker
""".split())

PERSON_PRONOUNS = frozenset("he him his himself she her hers herself".split())
THING_PRONOUNS = frozenset("it its itself".split())
RELATIVE_PRONOUNS = frozenset("who whom whose which that".split())

# Deverbal nouns whose possessor/of-phrase are the verb's arguments: "Moscow's recognition of the territories".
NOMINALISATIONS = {
    "recognition": "recognize", "invasion": "invade", "attack": "attack", "annexation": "annex",
    "acquisition": "acquire", "takeover": "take_over", "purchase": "purchase", "sale": "sell",
    "destruction": "destroy", "withdrawal": "withdraw", "decision": "decide", "approval": "approve",
    "rejection": "reject", "denial": "deny", "support": "support", "criticism": "criticise",
    "election": "elect", "appointment": "appoint", "resignation": "resign", "arrest": "arrest",
    "investigation": "investigate", "occupation": "occupy", "bombing": "bomb", "shelling": "shell",
    "killing": "kill", "murder": "murder", "capture": "capture", "release": "release",
    "launch": "launch", "landing": "land", "merger": "merge", "ban": "ban", "blockade": "blockade",
    "sanction": "sanction", "condemnation": "condemn", "evacuation": "evacuate", "deployment": "deploy",
}


# Prepositions that open a time or other adjunct rather than an argument of the verb.
ADJUNCT_PREPS = frozenset("""during after before since until till throughout upon following amid according despite
including excluding unlike because instead regardless due""".split())

WH_ADVERBS = frozenset("when where why how whenever wherever however so too as".split())

# Verbs whose object event has not happened: "blocked the takeover", "opposes the merger".
NON_EVENT_VERBS = frozenset("""
block prevent stop halt reject oppose deny cancel abandon veto suspend delay challenge investigate review
consider weigh propose plan seek threaten fear warn condemn criticise criticize prohibit ban forbid bar
""".split())

# Entity labels of quantities: never part of a relation name.
QUANTITY_TYPES = frozenset("PERCENT MONEY QUANTITY CARDINAL ORDINAL".split())
# Units an amount is counted in ("180 million euros", "2 million barrels").
AMOUNT_UNITS = frozenset("""dollar euro pound yen yuan franc rupee peso rouble ruble real reais rand lira krona krone crown
won shekel dirham riyal naira cedi shilling baht ringgit rupiah percent tonne ton barrel""".split())

# Nouns for a name itself: a nationality on them is the name's language, not its bearer's origin ("known by its
# Portuguese initials MST", "its Spanish acronym CFE").
NAME_NOUNS = frozenset("""name initial initials acronym abbreviation nickname moniker spelling translation
    transliteration word term""".split())

# the last word of a name that makes it a place on the land or the sea ("the Black Forest", "the Rift Valley")
LANDFORMS = frozenset("""forest mountains mountain mount hills valley river lake desert sea bay gulf coast island islands
peninsula plain plains plateau canyon gorge falls glacier basin delta strait straits highlands lowlands marshes
wetlands reef range alps""".split())
