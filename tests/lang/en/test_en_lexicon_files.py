"""The English trigger and cue files, and the per-phenomenon cases, checked as data.

The rows are read with ``csv`` exactly as ``kg.lexicon`` reads them, and every
trigger form is checked against ``kg.lang.en.lemma``, the lemmatiser the engine
matches text with: a form the lemmatiser never produces can never fire.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

import kg
from kg.lang import nlp
from kg.lang.en import lemma
from kg.lexicon import CUE_KINDS
from kg.model import EVENT_TYPES

EN_DIR = Path(kg.__file__).resolve().parent / "lang" / "en"
CASES = Path(__file__).resolve().parent / "cases.jsonl"

TRIGGER_HEADER = ["type", "form", "pos", "preps"]
CUE_HEADER = ["kind", "form"]
POS = {"verb", "noun", "passive"}  # English passives are found by the engine ("was X-ed by");
# "passive" rows are forms whose subject undergoes the act ("Washington would pay a price")
DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our"}

# Forms that are the lemma of an inflected word only (the lookup table maps the bare
# word elsewhere: "wound" -> "wind", "laid" -> "lay" but "lay" -> "lie").
WITNESSES = {
    "wound": "wounded",
    "relent": "relented",
    "lay": "laid",
    "warning": "warnings",
    "meeting": "meetings",
    "killing": "killings",
    "bombing": "bombings",
    "kidnapping": "kidnappings",
    "broker": "brokered",
    "crossing": "crossings",
}

NON_STATE_KEYS = {
    "ISIS", "ALQAEDA", "HEZBOLLAH", "HAMAS", "HOUTHIS", "UN", "UNSC", "NATO", "EU",
    "ARAB_LEAGUE", "GCC", "AU", "IAEA", "COALITION", "TALIBAN", "NUSRA", "PKK", "SDF",
    "OPPOSITION_SYR",
}  # fmt: skip
PHENOMENA = {
    "\"a ceasefire between X and Y took effect\": each side's act toward the other (not a call)",
    "\"followed suit\" after a measure and then words about it copies the measure",
    "suspending curbs or restrictions and unfreezing assets ease measures: a concession in deed",
    "shooting down missiles or rockets (not drones or jets): a defence, no attack on their owner",
    "verbs of rebuke: chide, scold, upbraid, deride, pillory",
    "\"visiting\" before a titled visitor (\"a request from visiting Chancellor X\"): an adjective",
    "\"hit back\" at a law or with sanctions or tariffs: no attack (\"hit back\" with strikes is)",
    "\"demanded that the X withdraw\" by no named actor: the withdrawal is only demanded",
    "\"shook hands with\" and \"welcomed\" a guest: a meeting, held both ways",
    "an attack noun with a place before its relative (\"the U.S. strike in Baghdad that killed\")",
    "a pledge of money or goods listed with commas (\"$12 billion in grants, loans and fuel\")",
    "\"ordered X to VERB\" requests of X without asserting VERB; ordered to leave: no request",
    "an act tried \"without success\" / دون جدوى, or \"stopped short of\": not asserted",
    "embracing a proposal, plan or offer from X accepts it",
    "a demand passed \"by 141 votes to 7 that X withdraw\": X is asked; the act is not done",
    "projectiles raining down on a state's city (\"rockets rained down on Tel Aviv\") attack it",
    "hammering or pummelling positions attacks (but \"hammered out a deal\" does not)",
    "crowds thronging outside another state's mission or base protest against it",
    "an answer noun judged (\"dismissed Damascus's acceptance\") was not addressed to its judge",
    "\"and urged world leaders to …\": a non-actor addressee, not the last one dealt with",
    "English \"the council\": the latest body named whose name ends in council",
    "massing soldiers (not only troops) along a border with X mobilises against X",
    "\"signed up to a ceasefire\" agrees; \"pinned the blame for X on Y\" accuses Y",
    "supplying goods to X aids X (\"will supply Leopard 2 battle tanks to Ukraine\")",
    "\"in the Lithuanian capital\": a state's capital named by its adjective is a venue",
    "a participle after an actor a preposition governs (\"a complaint at the UN accusing\")",
    "a verb before \"by 141 votes\" or \"by a majority\" is active, not a passive with an agent",
    "\"retaliating for X's decision\", \"retaliated by expelling\": the cause or means, no attack",
    "a state's region after \"in\" (\"a ceasefire in Syria's Idlib province\") is a place",
    "\"their NATO ally\", \"its partners\": a third party, no alliance between the possessors",
    "agreeing to do a hostile act to X (agreed to blacklist X) is no agreement with X",
    "\"terror\", \"rogue\", \"murderous\" judge pejoratively after brand, call, describe",
    "cautioning X is a warning; lobbying X asks X",
    "the suspension of cooperation with X (a noun) reduces relations with X",
    "an organisation between a possessive and its noun (its Security Council veto) is no actor",
    "killing a resolution, draft or bill (a vote or veto) rejects its drafters; no killing",
    "English \"the junta\" with no state of its own: the junta-ruled state named last",
    "an act judged pejorative with a copula or none (said the measures were unjustified)",
    "staying away from another's event is a boycott (stayed away from China's forum)",
    "a warning aimed at no one named goes on from its maker's latest strike",
    "'insisted that X' with a bare verb is a demand; with a tense it is a claim",
    "'told X to' and a verb is a request; 'told reporters' stays a report",
    "striking a state off a blacklist eases sanctions on it (removed, took off the list)",
    "an act called regrettable is criticised",
    "'let go' of captives releases them",
    "a warning's addressee named as its message's (in a clear message to X)",
    "rejecting the displacement of X is not rejecting X",
    "a missile fired over or across a state is not fired at it (over Japan)",
    "boarding vessels coerces, past a participle of arms (personnel wielding knives boarded)",
    "a relative attack clause in a denied one stands (denied … by the U.S. drone that killed X)",
    "an attack or craft with its maker as subject of 'that killed' (a NATO air strike that killed)",
    "'the island' is the latest island state named (Cuba, Taiwan, Cyprus)",
    "a Chinese or Korean leader named again by family name, which English writes first (Kim, Xi)",
    "a base struck for the forces it holds (an air base which hosts U.S. troops)",
    "the expulsion of people named by nation (1,000 Colombians) coerces; envoys' is a sanction",
    "a charge or complaint as a that-clause (alleging / complaining / charged that X …)",
    "duties and levies are tariffs by other names (slapped duties on, levies on, scrapped duties)",
    "an act in a rejected allegation or a dismissed report some words before its 'that'",
    "a partner in an operation before its target (strikes in coordination with X on Y)",
    "the neighbour due on a compass side before diagonal ones (Algeria's western one: Morocco)",
    "pulled out of places in a state: the state whose ground is left",
    "a name and its short form in brackets are one mention (the Syrian Democratic Forces (SDF))",
    "an actor's descriptive name is no act of its own (praised the alliance's response)",
    "a walkout protests whoever was speaking (walked out as the Russian envoy spoke)",
    "a threat aimed at an act's maker after by or of (action against drills by the US)",
    "he or she speaking after a quotation is the person named last ('…,\" he said')",
    "trade cut or curbed by verb or noun (froze shipments to, a ban on imports of)",
    "similar or parallel measures copy the latest act (Britain announced parallel measures)",
    "an attack's object near a city lies in its state (struck sites near Damascus)",
    "captives handed over without 'over' (handed three Israeli hostages to the Red Cross)",
    "a word of attack naming a weapon (strike drones, attack helicopters)",
    "a new clause after and, not a second object (to Ukraine and France will pay)",
    "a weapon as the subject of an attack, not the reporter (a drone struck …, the IAEA said)",
    "a forum as the direct object of criticism (criticised the Security Council decision)",
    "a state agency's officials named without their state (RIYADH (SPA) - the ministry said)",
    "a partner in an operation (with the participation of, with air support from)",
    "words of outrage in a description (a brutal assault, a heinous massacre)",
    "verbs of criticism, praise and yielding the lexicon lacked (assail, berate, salute, relent)",
    "an answer promised on the condition that another acts (would respond if Israel attacked)",
    "a noun of expelling whose envoys are 'its' (Washington's expulsion of its ambassador)",
    "a possessor before a hyphenated modifier and its body (Libya's Tripoli-based government)",
    "a hyphenated modifier before an actor is one word of the gap (the Kurdish-led group)",
    "a deployment placed across from someone (opposite areas held by, قبالة مواقع)",
    "an attack noun heading its clause is the attack verb's subject (A strike on … killed)",
    "a relative clause's verb after a time adverbial (which last month declined)",
    "a known leader's possessive state, and an of-phrase closed by a comma",
    "a hyphenated modifier inside a phrase (a four-month-old ban)",
    "a deployment aimed through its purpose (to surround, لردع)",
    "leaders known by name in both languages (Tinubu, Ruto, Kiir)",
    "attack told as the means of an answer (responded with …)",
    "a boycott in protest is a protest against whoever is named",
    "a people's act in protest is a protest",
    "an actor said to be complicit in an attack",
    "an actor described in praise",
    "an act a warning says would follow on a condition",
    "a rival side joined in a list",
    "munitions and formations are no attacks",
    "calling something a name is no request",
    "combined drills are joint",
    "aid thanked for",
    "an act only offered and rejected",
    "aid received",
    "slapped and announced as light verbs of a sanctions noun",
    "an organisation's own body posted in a state speaks for the organisation",
    "a threat's condition naming the threatener's own side is no target",
    "a drafted text's author and the forum it was put to",
    "a draft vetoed in a forum is rejected to its author",
    "its neighbour on a side of the compass",
    "barring a body's inspectors coerces the body",
    "craft detected near a state are moved against it",
    "a government led by a group is the group's",
    "praising cooperation with a state supports it",
    "\"the two countries\" are never an armed group",
    "a mediation told after the deal deals with its parties",
    "export controls on goods to a state are a sanction",
    "condemning an exercise told before condemns those who held it",
    "what is done in response to demands from another yields to it",
    "an entry ban on a state's officials is a sanction",
    "a vow to retaliate answers the act its sentence goes on to tell",
    "a noun joined to a halted object",
    "the three sides of a meeting in a capital",
    "a go-between shuttles between two parties",
    "parties of a deal something is done under",
    "forces sent to the border answer a threat",
    "a promised answer without a vow",
    "an attempt that would be an act of war is threatened",
    "a claim denied after a dated verb",
    "drawing a reaction after a clause",
    "cooperating on a third party",
    "money given to support is aid",
    "a reported occasion is the speaker's",
    "the speaker a participle describes",
    "a body's size belongs to its title",
    "the three a host met",
    "the two sides a host received",
    "a report its outlet follows is dismissed",
    "agreeing to let another act accepts it",
    "those killed in clashes clashed",
    "prompted to act by a ministry",
    "a warship prefix names its navy",
    "facing punishment or consequences threatens",
    "a reported would after a report further back",
    "a partner named after and its",
    "a summit held with another is held both ways",
    "a complaint to the trade body accuses the maker of what it is about",
    "withdrawing forces posted in a state retreats from it",
    "attackers striking jointly cooperate",
    "scrambling jets against another's aircraft mobilizes",
    "a promised attack in quotation marks threatens",
    "a verb after and continues a long subordinate clause",
    "a modal after and keeps the first verb's subject",
    "the pope acts for the Holy See",
    "a vow that the target will be made to pay or of retaliatory measures threatens",
    "a state's possessive before a title belongs to the title",
    "a report the subject dismisses is no news of its deed",
    "sources described by the talks they know of hold no talks",
    "an answer to a joint request answers every asker",
    "an act said to amount to something pejorative criticises its maker",
    "occupied before a place is an adjective",
    "a vow that an attack will not go unanswered threatens its makers",
    "a naval mission to protect shipping from another's attacks",
    "arms handed over in a long list reach the receiver",
    "patrol boats handed over are materiel",
    "forces sent to monitor or shadow another's face it",
    "an alert raised against whom its maker accuses",
    "a condemned act named by the noun of one act among several",
    "a subject before a quotation opening on an adverb and its verb",
    "a verb joined to a passive but with an object is active",
    "a verb quoted on its own still takes its object",
    "an act inside the that-clause of a demand is only asked for",
    "written as an adjective is no report",
    "an object in a state linked to its owner",
    "a killing named as the cause of a vow is no act of the one who vows",
    "forces sent to defend one against another face the other",
    "a group's sites in a state's city were struck",
    "forces and armour massed near a state",
    "a speaker's word that another must act demands it",
    "a ban on a state's trade",
    "an act kicked off is done",
    "a statement vetoed is no report",
    "militants neutralised are attacked",
    "two officials named in apposition after their titles",
    "contacts cut off are ties cut",
    "a named person acts for the office set off after his name",
    "an attack on a city of a state stands for the state",
    "a wire dateline with a date or two cities",
    "an object placed under a blockade or siege",
    "the Taliban by the name of their state",
    "a quantified aside after a crowd subject",
    "a time between subject and verb is no gap",
    "a grouping of states speaks for each member",
    "a note sent is no one noting",
    "a crowd named by no people protests from the city it rallies in",
    "fire exchanged with its weapons named",
    "a state's own security council is not the UN's",
    "a verb's own subject under a group of speakers",
    "a letter judged is its writer's act",
    "a participle after the one written or appealed to is the writer's",
    "objecting to an act is a complaint about its maker",
    "a relative pronoun as the object of an accusation",
    "expelling a ship or people who are not envoys is coercion",
    "the one blamed for an act is the object",
    "a place before a relative pronoun is not its antecedent",
    "a release asked of whoever the sentence then says holds them",
    "an attaché or consul is a diplomat of his state",
    "a known person's surname ending another's name",
    "a person named again by surname alone",
    "a demand made on summoning an envoy is made of his state",
    "a fine is a sanction",
    "being in contact is consulting",
    "an envoy to the UN speaks for his state",
    "trading gunfire is mutual",
    "a protest note is a complaint",
    "keeping an official out of a place",
    "a protest note handed to its recipient, however formal",
    "whom a plan would act on is not the target of judging the plan",
    "dismissed as disinformation",
    "was met with is no meeting",
    "target after to neighbouring",
    "aid recipient named by its purpose",
    "condemned event with an adjective",
    "subject before a participle aside",
    "visa restrictions",
    "known event a denial takes part in",
    "allegation by an unknown accuser",
    "a recall from nowhere named is from whom the recaller just blamed",
    "claims dismissed as a rumour are a charge answered",
    "a protest note or letter sent accuses",
    "the two premiers, and a counterpart coordinated with a titled actor",
    "a seizure in the same act as an attack",
    "a subject armed with weapons before its verb",
    "closing the border with a neighbour cuts relations",
    "close to a border is near it, not closing it",
    "a percent sign inside a phrase",
    "countermeasures promised are a threat",
    "a sanction listing just reported is condemned in its author",
    "a long list of those added before the blacklist",
    "weapons taken delivery of are aid from the sender",
    "money or weapons given are aid",
    "spare parts for weapons sold are aid",
    "findings called biased",
    "an act that will not go unpunished",
    "a warning of self-defence backs a demand",
    "units and artillery moved",
    "an initiative rejected is its maker's",
    "an envoy asked to leave is expelled",
    "its neighbour named in the sentence before",
    "an act's maker in a relative clause with no that",
    "trade barred or curbed",
    "a deployment answers the act it is said to respond to",
    "an act judged in an apposition after it",
    "relief flown or sent is aid",
    "money given in support is aid",
    "meeting called off",
    "measure lifted from whom it was imposed on",
    "leader named by family name",
    "warning backing a demand",
    "regret of a judged act",
    "meeting opened or chaired by a third party",
    "recall answering a blow",
    "withdrawal joined to a recall",
    "release asked in the next sentence",
    "encircling as a show of force",
    "vow to answer in a that-clause",
    "criticised act named by a noun",
    "becoming a member of an alliance",
    "drills of two states' forces",
    "warning of danger",
    "pausing or lifting tariffs eases them",
    "agreeing to withdraw or release is agreeing with whom it concerns",
    "a hyphenated adjective between a light verb and its noun",
    "claims that another did something accuse it",
    "a comma before and opens a new clause",
    "a vow of countermeasures answers the latest act by another state",
    "a length of days before the drills",
    "agreeing on sanctions imposes them",
    "a day between and and its verb",
    "a decision described in words of praise supports its maker",
    "an Arab summit acts for the Arab League",
    "a diplomat or consul given hours to leave is expelled",
    "an act in response to a request answers its maker",
    "a claim of responsibility for an attack by unnamed gunmen",
    "a known official named after his title and state",
    "a prompted hostile answer is aimed at whoever prompted it",
    "a vote or verdict judged stands for whoever made it",
    "an attack on places on a state's ground strikes the state",
    "saying another bears responsibility accuses it",
    "whom supported operations are against is not supported",
    "a threat to turn to a forum is not aimed at the forum",
    "a mediator deals with the side a lone actor releases",
    "a state's protest with no one named answers the latest hostile act",
    "ending an armed struggle against a state",
    "deepened military ties; cooperation only agreed",
    "a junta seated in its capital; a demand for their withdrawal",
    "demands an act goes against",
    "refusing to comply rejects whoever demanded",
    "forces sent to a state help it",
    "adopting another's plan endorses it",
    "the Royal Navy acts for Britain",
    "forcing one's way into an embassy",
    "captives handed over before the particle",
    "approving another's bid to join",
    "saying another will pay a price is a threat",
    "a lake or gulf named after a state is no actor",
    "call or visit as the occasion of the act",
    "actor prompted to act is its subject",
    "measure joined by 'and' shares the first's target",
    "an operation's deadly result names whom it struck",
    "subject past a weekday or a board's title",
    "a verb after 'and in turn' shares the main subject",
    "minister named with no state is the text's state's",
    "providing weapons or equipment is aid",
    "aid pledged on a visit goes to the host",
    "a joint drill staged around another is a show of force",
    "a drill's quoted name is no joint drill",
    "deterred over the ally a deployment goes to",
    "deployment answering an act told after it",
    "reserving the right to respond",
    "description given in a statement",
    "threat aimed where the threatened act's preposition points",
    "forces sent off a state's coast",
    "an application to join",
    "returning a state to a blacklist",
    "a claim the accused denies",
    "following another's lead",
    "a gerund after a preposition starts no clause",
    "a joined demand backs up the act before it",
    "a capitalised name is no cue",
    "a missile slammed into",
    "a comma before with starts a clause of its own",
    "an act stopped",
    "a head of state named with no state",
    "a vow to answer all who struck",
    "a past verb after and is no modal's",
    "a state and a demonym hyphenated",
    "a verb after a named actor's appositive",
    "asset freezes, travel bans and disengagement",
    "the act a charge says after that",
    "destroying another's targets",
    "withdrawing from a state's ground",
    "military trainers sent or arriving, and deposits, are aid",
    "an alert raised against the latest hostile act",
    "will not stand idly by",
    "the sides of a conflict in a state",
    "fighting alongside a partner against an enemy",
    "partners of a joint operation named together attack whom it is against",
    "the latter is the actor named last",
    "weapons an attack uses are no aid",
    "an object relative clause past an auxiliary",
    "forces named alone act for the clause's state",
    "restricting exports to an actor sanctions it",
    "the object of a verb asked for is asked for",
    "slogans chanted against an actor are a protest",
    "a refusal to negotiate or accept ahead is a rejection",
    "a participle that only places its noun has no object",
    "weapons or equipment handed over arm the receiver",
    "'it' after a verb of asking is the body named before",
    "demands set by an actor, met or agreed to",
    "each party of a joint operation attacks whom it is against",
    "endangering security is no threat by anyone",
    "an exchange with an actor goes both ways",
    "an organisation's envoy expelled by name",
    "joining a mission a state leads joins the state",
    "an act the judge did itself with others is not what it judges",
    "a vessel blocked, in the passive too, is coerced",
    "reopening a border, crossing or airspace eases a closure",
    "a subject no one fills denies the act",
    "descriptions that refer back: the world body, the North and the South",
    "adding an actor to a blacklist sanctions it",
    "the role an actor played, named by a relative clause or genitive",
    "a threatened response names whose act it answers",
    "a measure of goods inside a phrase",
    "adding-after-said",
    "prompted-past-relative",
    "formal-protest-noun",
    "one-of-their",
    "condition-reach",
    "exports-cut-off",
    "contact-cancelled",
    "joined-verb-adverb",
    "protest-note-handed",
    "new-clause-after-comma-and",
    "deployment-then-warning",
    "persona-non-grata",
    "dateline",
    "joint-force",
    "struck-on-foreign-soil",
    "talks-outside-city",
    "round-of-talks",
    "approval-of-sale",
    "backed-down",
    "sovereignty-affirmed",
    "vowed-attack",
    "suspected-links",
    "members-among-detained",
    "mission-stormed",
    "same-form-participle",
    "water-cannon",
    "materiel-received",
    "envoy-stripped",
    "equipment-sent",
    "committed-to",
    "and-his-counterpart",
    "contact-to-request",
    "demanded-act",
    "what-it-said-was",
    "agreement-cancelled",
    "relative-object",
    "body-led-forces",
    "threatened-response-to-act",
    "joint-partners",
    "alliance-signed",
    "troops-left",
    "aid-arrived",
    "relief-delivered",
    "military-pressure",
    "order-forces-to",
    "long-accused-object",
    "military-rank",
    "will-not-join",
    "yielding-to-demands",
    "border-with",
    "people-adjective",
    "at-request",
    "relative-after-title",
    "conditional-subject",
    "mediated-between",
    "diplomatic-complaint",
    "direction-after-to",
    "what-it-called",
    "envoy-named",
    "denied-charge",
    "promised-response",
    "possessor-controls-infinitive",
    "hosted-forces",
    "ended-war",
    "anti-demonym-not-subject",
    "org-body-alias",
    "relative-has-subject",
    "one-way-pair-anaphor",
    "fought-each-other",
    "place-phrase-aimed",
    "rejected-hostile-act",
    "agreed-to-do-together",
    "protest-purpose-targets",
    "sea-named-after-state",
    "reaction-possessor-speaker",
    "their-modified-drill",
    "mediated-main-dyad",
    "served-sentence",
    "held-responsible",
    "messages-between",
    "joint-press-conference",
    "gerund-after-subordinator",
    "requested-that-clause",
    "circumstance-adjunct",
    "talks-as-means",
    "suspended-mediation",
    "possessed-body",
    "rejected-what-others-accepted",
    "release-asked",
    "meeting-occasion",
    "signed-in-person",
    "claimed-by-others",
    "ordered-act",
    "possessor-envoy",
    "quoted-phrase",
    "handed-response",
    "hosted-by-title",
    "dropped-objection",
    "agreed-to-request",
    "its-demand",
    "ordered-troops-to",
    "and-later-verb",
    "organisation-anaphor",
    "demand-backs-accusation",
    "vow-backs-accusation",
    "deployment-of-forces",
    "forces-to-verb",
    "speaker-in-capital",
    "agency-anaphor",
    "talks-after-count",
    "deployed-units",
    "closed-border",
    "threat-answers-act",
    "relative-light-verb",
    "warning-backs-act",
    "condemned-attack-relative",
    "restored-ties",
    "their-drills",
    "act-judged-in-relative",
    "joined-passive",
    "demanded-that-clause",
    "struck-what-said",
    "drew-reaction",
    "possessor-modifiers",
    "mediation-between",
    "agent-past-object",
    "role-played",
    "suspended-imports",
    "joined-infinitives",
    "blamed-on",
    "crowd-denounces-act",
    "state-anaphor",
    "coordinated-hyphen-title",
    "relative-document",
    "condemned-main-act",
    "struck-something-else",
    "neighbour-anaphor",
    "whose-clause",
    "hostile-epithet",
    "amount-of-aid",
    "rebuke-noun",
    "fronted-participle",
    "mediators-act",
    "warned-that",
    "show-of-force",
    "taking-part",
    "rejected-as-pejorative",
    "negation-scope",
    "future-attack",
    "signing-document",
    "demands-met",
    "materiel-transfer",
    "pejorative-description",
    "svo", "passive", "coordination", "apposition", "relative_clause", "comma_clause",
    "role_person", "short_forms", "nominalisation", "phrasal", "light_verb", "reported_speech",
    "negation", "denial", "refusal", "failure", "intent", "no_event", "embassy-target",
    "mediator-by", "prisoner-exchange", "send-forces", "plural-demonym", "request-addressees",
    "pledged-aid", "manner-adverbial", "withdrawal-agent", "proposal-maker", "material-support",
    "import-ban", "time-adverbial", "border-posts", "intent-noun",
    "raised-tariffs", "terror-listing", "light-verb-object", "owner-object",
    "judged-named-agent", "crowd-subject",
    "speaker-participle", "passive-insertion", "lift-restrictions", "group-anaphor",
    "event-anaphor", "threatened-act", "purpose-noun", "plural-anaphor", "object-pronoun",
    "answered-appeal", "passive-light-verb", "passive-clause-subject", "expelled-envoy",
    "mutual-fire", "welcome-visitor", "claimed-attack", "place-noun", "purpose-talks", "freed",
    "vetoed-draft", "speaker-group", "same-act", "compound-broker", "compound-attribute",
    "apposed-name", "support-from", "talks-setting", "received-call", "place-target",
    "halted-talks", "object-compound", "described-as", "comma-participle", "stepped-up",
    "joint-drill", "handed-back", "bid-to-act", "deadline-expulsion", "bare-title",
    "judged-act-passive", "captives-state", "vowed-retaliation",
    "protest-purpose", "official-arrival", "struck-in-state", "hit-phrases", "count-in-phrase",
    "deterred", "official-protest", "phrase-opening", "blocked-passage",
    "mediated-parties", "reception", "meeting-both-ways", "answered-in-kind", "gerund-clause",
    "joint-operation", "deal-partner", "place-body", "pair-anaphor-bare",
    "answered-with", "their-talks", "possessor-conjunct", "and-said-subject",
    "aimed-at-its", "proposal-again", "reaction-to-act",
    "request-complement", "held-place", "protest-at-embassy", "each-other",
    "threatened-object", "plot-intent", "conjoined-title",
    "approved-deal",
    "comma-predicate", "complaint-forum", "state-protest", "judged-between",
}  # fmt: skip


def read_tsv(name: str, header: list[str]) -> list[tuple[int, list[str]]]:
    """``(line, row)`` pairs of a TSV in kg/lang/en, comments skipped, header checked."""
    path = EN_DIR / name
    with path.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle, dialect="excel-tab", quoting=csv.QUOTE_NONE))
    assert lines[0] == header, f"{name}: first line must be the header {header}"
    return [
        (number, row)
        for number, row in enumerate(lines[1:], start=2)
        if row and not row[0].startswith("#")
    ]


def lemmas_of(text: str) -> list[str]:
    """The lemma sequence the engine matches: spaCy's English tokens, looked up."""
    return [lemma(token.text) for token in nlp("en").make_doc(text)]


@pytest.fixture(scope="module")
def triggers() -> list[tuple[int, list[str]]]:
    return read_tsv("triggers.tsv", TRIGGER_HEADER)


@pytest.fixture(scope="module")
def cues() -> list[tuple[int, list[str]]]:
    return read_tsv("cues.tsv", CUE_HEADER)


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    with CASES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# --- triggers.tsv ---------------------------------------------------------------


def test_trigger_rows_have_four_valid_fields(triggers):
    for line, row in triggers:
        assert len(row) == 4, f"triggers.tsv:{line}: {row} has {len(row)} fields, expected 4"
        event_type, form, pos, preps = row
        assert event_type in EVENT_TYPES, f"triggers.tsv:{line}: type {event_type!r}"
        assert pos in POS, f"triggers.tsv:{line}: pos {pos!r}"
        assert form == " ".join(form.split()) and form == form.lower() and form, (
            f"triggers.tsv:{line}: form {form!r} must be lower case, single-spaced"
        )
        for prep in filter(None, preps.split(",")):
            assert re.fullmatch(r"[a-z]+", prep), f"triggers.tsv:{line}: prep {prep!r}"
        if pos == "noun":
            assert preps, f"triggers.tsv:{line}: a noun needs the prepositions of its target"


def test_every_event_type_has_triggers(triggers):
    counts = Counter(row[0] for _, row in triggers)
    thin = {event_type: counts[event_type] for event_type in EVENT_TYPES if counts[event_type] < 8}
    assert not thin, f"types with fewer than 8 triggers: {thin}"


def test_form_and_pos_are_unique(triggers):
    seen: dict[tuple[str, str], int] = {}
    for line, (_type, form, pos, _preps) in triggers:
        assert (form, pos) not in seen, (
            f"triggers.tsv:{line}: ({form}, {pos}) already at line {seen[form, pos]}"
        )
        seen[form, pos] = line


def test_every_trigger_token_is_a_lemma_the_engine_produces(triggers):
    for line, (_type, form, _pos, _preps) in triggers:
        for token in form.split():
            if token in WITNESSES:
                assert lemma(WITNESSES[token]) == token, f"triggers.tsv:{line}: {token!r}"
            else:
                assert lemma(token) == token, (
                    f"triggers.tsv:{line}: {form!r}: the lemma of {token!r} is {lemma(token)!r}"
                )


def test_forms_match_the_tokeniser(triggers):
    """A form's words are whole tokens of spaCy's English tokeniser (co - operate)."""
    for line, (_type, form, _pos, _preps) in triggers:
        assert lemmas_of(form) == [lemma(t) for t in form.split()], f"triggers.tsv:{line}"


def test_forms_leave_out_determiners(triggers):
    for line, (_type, form, _pos, _preps) in triggers:
        assert not DETERMINERS & set(form.split()), f"triggers.tsv:{line}: {form!r}"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Iran rejected the proposal", ("REJECT", "reject")),
        ("Tehran's rejection of the offer", ("REJECT", "rejection")),
        ("Iran turned down the invitation", ("REJECT", "turn down")),
        ("The league called on Israel to stop", ("REQUEST", "call on")),
        ("France pulled out of Niger", ("RETREAT", "pull out of")),
        ("The police cracked down on protesters", ("COERCE", "crack down on")),
        ("Erdogan lashed out at Israel", ("ACCUSE", "lash out at")),
        ("Russia sided with Iran", ("SUPPORT", "side with")),
        ("Zarif held talks with Kerry", ("CONSULT", "hold talk")),
        ("Putin met with Erdogan", ("CONSULT", "meet with")),
        ("after meetings with the minister", ("CONSULT", "meeting")),
        ("Ankara struck a deal with Moscow", ("AGREE", "strike deal")),
        ("Israeli airstrikes on Gaza", ("ASSAULT", "airstrike")),
        ("Turkey shot down a Russian jet", ("ASSAULT", "shoot down")),
        ("three soldiers were wounded", ("ASSAULT", "wound")),
        ("Washington slapped sanctions on Caracas", ("SANCTION", "slap sanction")),
        ("Riyadh severed ties with Tehran", ("SANCTION", "sever tie")),
        ("Moscow amassed troops near the border", ("MOBILIZE", "amass troop")),
        ("Pakistan granted asylum to the activist", ("AID", "grant asylum")),
        ("Sweden co-operated with Interpol", ("COOPERATE", "co - operate")),
        ("a military build-up near Ukraine", ("MOBILIZE", "build - up")),
        ("Protesters staged a hunger strike", ("PROTEST", "hunger strike")),
        ("Egypt caved in to the demands", ("CONCEDE", "cave in")),
        ("Hezbollah warned Israel", ("THREATEN", "warn")),
        ("Kyiv criticised Budapest", ("ACCUSE", "criticise")),
        ("Ottawa criticized Delhi", ("ACCUSE", "criticize")),
    ],
)
def test_trigger_is_found_in_real_text(triggers, sentence, expected):
    """A contiguous lemma match, determiners skipped as the file's header asks, finds the row."""
    table: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for _, (event_type, form, _pos, _preps) in triggers:
        table[tuple(form.split())].add(event_type)
    lemmas = [form for form in lemmas_of(sentence) if form not in DETERMINERS]
    longest = max(len(key) for key in table)
    found = [
        (event_type, " ".join(key))
        for i in range(len(lemmas))
        for size in range(longest, 0, -1)
        if (key := tuple(lemmas[i : i + size])) in table
        for event_type in table[key]
    ]
    assert expected in found, f"{sentence!r} -> lemmas {lemmas}, matches {found}"


def test_light_verb_noun_wins_over_bare_verb(triggers):
    """strike deal (AGREE) and meet demand (CONCEDE) are longer than strike / meet."""
    by_form = {form: event_type for _, (event_type, form, _pos, _preps) in triggers}
    assert (by_form["strike deal"], by_form["strike"]) == ("AGREE", "ASSAULT")
    assert (by_form["meet demand"], by_form["meet"]) == ("CONCEDE", "CONSULT")


# --- cues.tsv -------------------------------------------------------------------


def test_cue_rows_are_valid_and_unique(cues):
    seen: set[tuple[str, str]] = set()
    for line, row in cues:
        assert len(row) == 2, f"cues.tsv:{line}: {row} has {len(row)} fields, expected 2"
        kind, form = row
        assert kind in CUE_KINDS, f"cues.tsv:{line}: kind {kind!r}"
        assert form and form == form.lower() and form == " ".join(form.split()), (
            f"cues.tsv:{line}: form {form!r}"
        )
        assert (kind, form) not in seen, f"cues.tsv:{line}: ({kind}, {form}) listed twice"
        seen.add((kind, form))
    used = {kind for _, (kind, _form) in cues}
    assert {"negation", "denial", "refusal", "report", "first_person", "intent"} <= used


def test_every_cue_reaches_the_lemma_matcher(cues):
    """A printed cue whose lemma differs (no longer -> no long) has its lemma row too."""
    forms = defaultdict(set)
    for _, (kind, form) in cues:
        forms[kind].add(form)
    for line, (kind, form) in cues:
        lemma_form = " ".join(lemmas_of(form))
        assert lemma_form in forms[kind], (
            f"cues.tsv:{line}: {form!r} lemmatises to {lemma_form!r}; add that row to {kind}"
        )


def test_will_is_not_an_intent_cue(cues):
    """'We will keep supporting Iraq' is a triple, not an intention (GUIDELINES)."""
    intent = {form for _, (kind, form) in cues if kind == "intent"}
    assert "will" not in intent and {"plan", "intend", "would", "may"} <= intent


def test_straight_quote_opens_and_closes(cues):
    kinds = {kind for _, (kind, form) in cues if form == '"'}
    assert kinds == {"quote_open", "quote_close"}


# --- cases.jsonl ----------------------------------------------------------------


def test_cases_parse_with_the_record_fields(cases):
    assert len(cases) >= 80  # (ids are zero-padded to three digits: en-case-007, en-case-1000)
    ids = [case["id"] for case in cases]
    assert ids == [f"en-case-{i:03d}" for i in range(1, len(cases) + 1)]
    texts = [case["text"] for case in cases]
    assert len(set(texts)) == len(texts), "a sentence is listed twice"
    for case in cases:
        assert set(case) == {"id", "phenomenon", "text", "triples", "optional", "negated"}
        assert case["phenomenon"] in PHENOMENA, case["id"]
        assert case["text"] == case["text"].strip() and case["text"], case["id"]


def test_case_triples_use_event_types_and_actor_keys(cases):
    for case in cases:
        for field in ("triples", "optional", "negated"):
            for triple in case[field]:
                assert len(triple) == 3, f"{case['id']} {field}: {triple}"
                source, event_type, target = triple
                assert event_type in EVENT_TYPES, f"{case['id']}: type {event_type!r}"
                for key in (source, target):
                    assert re.fullmatch(r"[A-Z]{3}", key) or key in NON_STATE_KEYS, (
                        f"{case['id']}: {key!r} is not a guideline actor key"
                    )
                assert source != target, f"{case['id']}: {triple} acts on itself"


def test_a_triple_is_in_one_list_only(cases):
    for case in cases:
        lists = [{tuple(t) for t in case[field]} for field in ("triples", "optional", "negated")]
        assert sum(len(items) for items in lists) == len(set().union(*lists)), case["id"]
        for items, field in zip(lists, ("triples", "optional", "negated"), strict=True):
            assert len(items) == len(case[field]), f"{case['id']}: duplicate in {field}"


def test_cases_cover_every_type_and_phenomenon(cases):
    per_type = Counter(
        event_type for case in cases for event_type in {t[1] for t in case["triples"]}
    )
    thin = {t: per_type[t] for t in EVENT_TYPES if per_type[t] < 3}
    assert not thin, f"event types asserted in fewer than 3 cases: {thin}"
    per_phenomenon = Counter(case["phenomenon"] for case in cases)
    assert {p for p, n in per_phenomenon.items() if n >= 2} == PHENOMENA


def test_cases_without_events_and_negated_cases(cases):
    for case in cases:
        if case["phenomenon"] == "no_event":
            assert not (case["triples"] or case["optional"] or case["negated"]), case["id"]
        if case["phenomenon"] in {"negation", "denial", "failure"}:
            assert case["negated"], f"{case['id']}: a {case['phenomenon']} case negates"
        if case["phenomenon"] == "refusal":
            assert any(t[1] == "REJECT" for t in case["triples"]), case["id"]
            assert case["negated"], f"{case['id']}: the refused act did not happen"
        if case["phenomenon"] == "intent":
            assert case["optional"] and not case["triples"], case["id"]
