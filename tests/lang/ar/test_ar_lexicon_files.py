"""The Arabic trigger and cue lexicons and the per-phenomenon cases are well formed.

These checks read the files as data: the header, the field count, the event
types, the prepositions, duplicates after normalisation, and that every
triple of every case is signalled by a trigger of its type that the lexicon
lists, so the lexicon and the engine's unit tests cannot drift apart.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from kg.lang.ar.normalize import PROCLITICS, PRONOUN_SUFFIXES, normalize
from kg.lexicon import CUE_KINDS
from kg.lexicon import TRIGGER_POS as POS
from kg.model import EVENT_TYPES

ROOT = Path(__file__).resolve().parents[3]
TRIGGERS = ROOT / "kg" / "lang" / "ar" / "triggers.tsv"
CUES = ROOT / "kg" / "lang" / "ar" / "cues.tsv"
ACTORS = ROOT / "kg" / "lang" / "actors.tsv"
CASES = Path(__file__).with_name("cases.jsonl")


PREPS = {
    "ل",
    "على",
    "إلى",
    "مع",
    "ضد",
    "ب",
    "من",
    "في",
    "عن",
    "بين",
    "أمام",
    "لدى",
    "قرب",
    "حول",
    "باتجاه",
    "نحو",
    "مناهضة",
    "إزاء",
    "تجاه",
    "قبالة",
    "محيط",
    "بحق",
}  # fmt: skip  (مناهضة لـ: "against", like ضد; في محيط: "around", like حول; بحق: "against")
FIXED_KEYS = {
    "ISIS", "ALQAEDA", "HEZBOLLAH", "HAMAS", "HOUTHIS", "UN", "UNSC", "NATO", "EU",
    "ARAB_LEAGUE", "GCC", "AU", "IAEA", "COALITION", "TALIBAN", "NUSRA", "PKK", "SDF",
    "OPPOSITION_SYR",
}  # fmt: skip
PHENOMENA = {
    "shooting down missiles or rockets (not drones or jets): a defence, no attack on their owner",
    "أعرب عن وقوفه إلى جانب X: the pronoun inside the listed phrase is its agent, X the target",
    "a complaint or statement one presents (تقدّم بشكوى، ردّ ببيان) speaks, in it, for its sender",
    "talks held with someone (مباحثات أجراها X مع Y): both sides talk; talks \"between\" two: no",
    "هاجم + a step, measure or report (هاجم الخطوة، هاجمت التقرير): criticism, not force",
    "كل من before a clause's subject (فعّلت كل من فرنسا وبريطانيا) names the noun's agents",
    "a crowd's count of two words (عشرات الآلاف من أنصار X) before the protesting group",
    "an Arabic attack verb past a quoted craft name and weapons (بصواريخ «توماهوك») to its object",
    "صافح (shook hands with): a meeting, held both ways",
    "خفض (مستوى) العلاقات/علاقاتها مع: downgrading relations is a sanction",
    "an act tried \"without success\" / دون جدوى, or \"stopped short of\": not asserted",
    "كل من X وY (each of) before an announced verbal noun: every conjunct announces it",
    "the demonym عاجي (عسكريون عاجيون) names Côte d'Ivoire",
    "a verb of labelling (نعت) and a pejorative word with بال- (بالاستفزازية) criticise",
    "supply routes (طرق إمداد قوات الحلف) are roads, not aid",
    "a summit named as a date (عشية قمة الحلف، قبيل القمة) is no meeting of the clause's actors",
    "fighting \"beside\" someone (للقتال إلى جانب القوات الروسية) is not an attack on them",
    "an accomplice named in a charge (بتواطؤ من طهران) is accused by the accuser too",
    "a verb of sheltering whose object is troops (قاعدة تؤوي القوات الفرنسية) is no aid",
    "\"the kingdom\" (المملكة) is none of a list of states acting together before it",
    "مالي after عضوية، سفير، سفارة، خارجية names the country, not \"financial\"",
    "following suit (حذت X وY وZ حذو W): every follower of a list does what the leader did",
    "an act someone is prevented from (منع X من … لتهديد) is not done",
    "a capital named by adjective after في (في فنادق العاصمة القطرية) is a venue",
    "a noun of responding after a preposition: its genitive responds (لتجاوب موسكو مع)",
    "\"shameful\" (مخزٍ، مشين، معيب) judges pejoratively after a verb of describing",
    "an aid noun's giver after a participle of giving and من (المقدمة من دولة قطر)",
    "a withdrawal noun after a preposition: its genitive withdraws (بانسحاب الاحتلال)",
    "الطرفين after a group anaphor named late: the two sides, not the mediator",
    "UNIFIL spelled الموقتة or يونيفيل without the article is the UN",
    "عدم with a clitic (تعهدت بعدم فرض، لعدم) negates the act after it",
    "co-mediators of a mediation noun (الوساطة التي تقودها X وY) do not mediate with each other",
    "a relative verb in the imperfect names a noun's makers (دورية مشتركة يسيّرها البلدان)",
    "an act noun after a verb of describing's subject (وصف X الهجوم بأنه) is judged, not X's",
    "launching a military operation in a state (إطلاق عملية عسكرية في X) attacks it",
    "a named minister then a conjoined title and demonym: two subjects (الروسي شويغو ووزير …)",
    "الجانبين followed by demonyms is named by them, not an anaphor",
    "trading charges (تبادل/تراشق الاتهامات بين X وY): each accuses the other",
    "an object suffix after a region named by adjective (مناطق أوكرانية) is not that state",
    "a draft brought down by veto (أسقط … مشروع قرار) is a vote, not a shot",
    "a bare الحكومة opening a that-clause: the government of the state named first",
    "a verb of telling with a that-clause reports the teller: أبلغ X Y بأنه/أنها …",
    "an act judged pejorative in a sentence with no verb (إن هذه الإجراءات «غير مبررة»)",
    "a reception formula (كان X في مقدمة مستقبلي Y): a meeting both ways",
    "a warning aimed at no one named goes on from its maker's latest strike",
    "an attack on the outskirts of a known city (على محيط مدينة بانتيو): the city's state",
    "a package of agreements signed (وقّعا حزمة اتفاقات): اتفاقات is a document too",
    "striking a state off a blacklist eases sanctions on it (شطب السودان من قائمة الدول الراعية)",
    "aid frozen or cut is aimed at whom it was meant for (مساعدات كانت مخصصة لـ… في السودان)",
    "البعثة alone is the international mission named last (بعثة تقصّي الحقائق … البعثة)",
    "an act described as worrying, grave or regrettable (تطور مقلق، خطير، مؤسف) is criticised",
    "a warning's addressee named as its message's (في رسالة واضحة إلى X وداعمتها Y)",
    "a storm, quake or flood that strikes is no one's attack (الإعصار الذي ضرب)",
    "rejecting or condemning an act suffered by X is not aimed at X (رفض تهجير الفلسطينيين)",
    "Arab foreign ministers together are the Arab League (وزراء الخارجية العرب)",
    "a bare verb of launching reaches its projectile past a dawn, a day and a count over ten",
    "a word after قصر names the palace, not a statement (في قصر بيان)",
    "a title of 'the country' (أمير البلاد) under a state agency's dateline: the agency's state",
    "what a refusing stance refuses is not done (موقف القاهرة الرافض للاعتراف بـ)",
    "a rally denouncing what others made (تنديداً بالمذكرة التي أبرمتها X), far on",
    "a base struck for the forces it holds (قاعدة تضم قوات أميركية)",
    "a request granted (تلبيةً لطلب تقدّمت به X): X asked and the granter agrees",
    "ما opening a clause of consequence (، ما استدعى; وهو ما) is no negation",
    "an aspect verb's verbal noun judges an act as its verb would (سارعت إلى التنديد بالقرار)",
    "neighbour due on a compass side before diagonal ones (الجزائر … جارتها الغربية: Morocco)",
    "close coordination (بتنسيق وثيق مع X): X is a partner, not the operation's target",
    "an attack claimed after a comma names the passive's agent (…، تبنّاه تنظيم داعش)",
    "held responsible for an act with its pronoun: the held one's (حمّلها المسؤولية … استهدافها)",
    "a known person again by surname as the text spells it, not as kg's label does",
    "a state's body recalls its state's ambassador (الإليزيه … السفير الفرنسي لدى الجزائر)",
    "expelled staff of an embassy with ب (موظفين بالسفارة): a diplomatic sanction",
    "backing of a kind past بإسناد and من: the backer cooperates with the maker",
    "withdrawal from it: the place named before, in its state",
    "launching with the projectile past a time and a count (أطلقت خلال الليل 40 طائرة مسيّرة)",
    "a threat by an official whose title holds a word of security (نائب رئيس مجلس الأمن الروسي)",
    "an announcement condemned is no report of its author (أدانت الجزائر إعلان الحكومة الفرنسية)",
    "a name and its short form in brackets are one mention (قوات سوريا الديمقراطية (قسد))",
    "persona non grata far from its verb (اعتبار الملحق الإيراني شخصاً غير مرغوب فيه)",
    "a supplier's relative clause whose suffix is the one supplied (مقاتلات التي زوّدتها بها روسيا)",
    "a walkout during a speech protests the speaker (انسحب من القاعة أثناء كلمة لافروف)",
    "a march named by a crowd's adjective, not a drone (مسيرة مليونية، مسيرات حاشدة)",
    "a withdrawal from a base in a known place leaves its state (انسحابها من قاعدة في الأنبار)",
    "similar measures copy the latest act (اتخذت بريطانيا إجراءات مماثلة)",
    "a request spoken in a letter, made of its recipient (رسالة إلى مجلس الأمن يطلب فيها)",
    "an attack noun on sites in a place (الغارات على مواقع في ريف دمشق)",
    "places named by the noun of their countryside or city (ريف حماة، مدينة درعا)",
    "a denial by verbal noun with its clitics (ردّت بنفي تقديم أي أسلحة، جدّدت نفيها)",
    "a forum as the direct object of criticism (انتقدت إيران قرار مجلس الأمن)",
    "a compass noun and a nisba as one demonym (جنوب سودانيين، الجنوب أفريقية)",
    "a state agency's own officials named without their state (الدوحة - قنا: استقبل وزير الخارجية)",
    "words of outrage in a description (مجزرة، فظائع)",
    "an answer promised on the condition that another acts (سترد إذا هاجمت)",
    "captives handed over past asides set off by commas (سلّمت كتائب القسام، …، ثلاثة محتجزين)",
    "a deployment aimed through its deterrence (رسالة ردع لإيران)",
    "a launch whose suffix stands for drones named before it (طائرتين بدون طيار مفخختين، أطلقتهما)",
    "an act announced with its own agent after it (أعلن … توصّل إسرائيل وحماس إلى اتفاق)",
    "approving an arms sale is making it (موافقتها على صفقة أسلحة لـ)",
    "the UN mission in Afghanistan by its full name (بعثة … لتقديم المساعدة)",
    "the topic of a file or of talks is no act (ملف تبادل الأسرى، محادثات انضمام)",
    "Libya's unity government and the UN mission by name (حكومة الوحدة الوطنية)",
    "a deployment placed across from someone (opposite areas held by, قبالة مواقع)",
    "complicity with no trigger in its sentence (أمريكا شريكة في كل جرائم)",
    "an organisation's envoy after a noun of asking is its asker (دعوة المبعوث الأممي إلى)",
    "a backer under whose cover an act is done is not its target (تحت غطاء أميركي)",
    "a verb of giving's first object is the one given (منحت X الضوء الأخضر)",
    "a response of purpose after a verb of cancelling (ألغى … استجابةً لضغوط)",
    "an emphatic adjective in quotes before a stance noun's object (رفضها «القاطع» لـ)",
    "a second charge joined by و is alleged too (بعرقلة … وتسليح)",
    "the neighbour named by its side (الجارة الشرقية)",
    "an exercise named for a lion is no Assad; Morocco's Royal Armed Forces",
    "a killing written as martyrdom (استشهاد عنصر في حزب الله)",
    "a part of what is lifted or eased (تخفيف جزء من العقوبات)",
    "officials known by name in both languages (محمد يونس، باتيلي)",
    "an organisation's envoy named after a posting (المبعوث الأممي إلى اليمن هانس غروندبرغ)",
    "a deployment aimed through its purpose (to surround, لردع)",
    "emphatic adjective between a stance noun and its object (رفضها القاطع لـ… الذي)",
    "coordination of mediation is consultation (الوساطة بالتنسيق مع)",
    "denial scope closed by an affirming participle (نفت …، مؤكدة أن)",
    "jussive verb of receiving under negation (لم تتلقَّ أي طلب من)",
    "stance told to the one informed (أبلغ X رفضه)",
    "attack told as the means of an answer (ردّ ب…)",
    "captives handed over are released to their state",
    "a boycott in protest is a protest against whoever is named",
    "support that aid named before is for",
    "a stance welcomed in a clause on it",
    "an operation coordinated with a partner",
    "a people's act in protest is a protest",
    "a national police directorate seated in its state",
    "a person known by name comes back by surname in the same sentence",
    "a reaction hastened to in a clause on the act",
    "one of the foremost demands",
    "welcoming a decree named again",
    "an operation shared is cooperation both ways",
    "an actor said to be complicit in an attack",
    "a joint operation carried out with a partner",
    "a group named in quotes after its head noun",
    "expelling a mission's head or deputy",
    "a call received in a relative clause",
    "an actor described in praise",
    "aid thanked for",
    "an act only offered and rejected",
    "money transferred",
    "a union's official named again by title",
    "the occupation is Israel in the Palestinian conflict",
    "issued by is no confiscation",
    "a ministry's full official name",
    "a clause describing an indefinite noun",
    "an indefinite noun's demonym adjective is its agent",
    "aid received",
    "attacking in words",
    "no name after a title",
    "act aimed at a statement",
    "suspension reaching over a chain of nouns",
    "an ultimatum to leave the country is an expulsion",
    "a verbal noun past its own genitive agent: the relative clause after is on its object",
    "the junta with no state named is the government of the junta-ruled state named last",
    "a verbal noun with its owner's suffix keeps its owner before a relative clause",
    "a threat's condition naming the threatener's own side is no target",
    "an unvowelled form III perfect of harm is active",
    "an aside opened by عبر, through whom the subject acts",
    "his country in a warning's that-clause is the warner's",
    "a warning's that-clause past an aside set off by commas",
    "withdrawing a complaint against another is a concession to it",
    "a projectile launched, named before the verb whose suffix stands for it",
    "refusing to impose sanctions another asked for rejects the one who asked",
    "a relative verb's object suffix that does not agree with the pronoun is the one acted on",
    "forces moved to the front line with an actor, past a comma of nearness",
    "the junta named again after the junta in a state: that state's",
    "a stance noun's emphatic adjective before the request it answers",
    "a verbal noun owned by the subject after a circumstantial participle of expressing",
    "a meeting noun past its agent in the genitive takes the one met as its object",
    "a verb of arriving with its destination before its subject",
    "لدى/أثناء استقباله: a visit received as the occasion of the clause's act",
    "condemning what it described as …, naming no one: the latest hostile act against the judge",
    "السلطة after the Palestinian Authority is named: the Authority",
    "expelling a diplomatic mission's staff is a sanction",
    "ما لم, unless: a condition, not a denial",
    "an act inside what a threat threatens is only threatened",
    "a threat's target is whom what it threatens is aimed at",
    "a state's adjective after a title's place-like portfolio is the title's",
    "his ministry is no verb of visiting",
    "a host receiving the visitor by an object suffix",
    "standing by someone, with the holder's suffix",
    "his country after a stance noun is the speaker's state",
    "a verb with its object as a preposition's pronoun has the actor after it as subject",
    "an indefinite thing belonging to an army is the object",
    "a crisis named by a state's adjective is a topic",
    "an adjective inside a prepositional phrase is no subject",
    "a capital after من or في is the venue, not the subject",
    "the two sides are two states, not two officials of one",
    "a killing condemned is done, not alleged",
    "a death by an attack a demonym names: the attack's state killed",
    "a group's own people killed: the group is the target",
    "an attack condemned is not the condemner's",
    "deaths in an attack a relative clause says who made",
    "continuing is no contact",
    "a capital the speaker speaks from is no subject",
    "a place named with its kind",
    "demands met, strikes halted, curbs lifted",
    "a permanent representative's full title",
    "expelling a diplomat named in the genitive",
    "more circumstantial participles",
    "a draft tabled in a forum is rejected to its authors",
    "a decision's maker does what it decides",
    "a request put forward with تقدم به",
    "fighters named by the group they belong to",
    "a protest at what a relative clause says another made",
    "its neighbour on a side of the compass",
    "an announced verbal noun after a titled speaker",
    "more pejorative words after describing",
    "carriers loaded with arms or relief",
    "the UN's adjective on its acts",
    "signing a joint statement",
    "downing aircraft and reopening airspace as verbal nouns",
    "what a titled official holds is not his name",
    "three capitals named together",
    "wire-copy verbs from the survey",
    "the EU's adjective on its acts",
    "launching in the dual and the singular",
    "agent adjective past a plain adjective",
    "طلب يرفض بعد ظرف بين فاصلتين",
    "توقيع بروتوكول بين دولتين",
    "التوجه إلى عاصمة زيارة لها",
    "صفة الحوثي النكرة",
    "عنوان يرأس هيئة تبدأ داخله",
    "الواو أصلية في وزير لا عاطفة",
    "نشر قوات في رسالة إلى دولة يحشد ضدها",
    "رصد طائرات دولة قرب أخرى تحشيد ضدها",
    "اسم حزب العمال في الإعلام التركي",
    "الإشادة بالتعاون مع دولة دعم لها",
    "البلدان لا يكونان جماعة مسلحة",
    "وساطة تروى بعد الصفقة تجمع الوسيط بطرفيها",
    "راعي اتفاق في جملة موصولة يلتقي أطرافه",
    "حظر التصدير إلى دولة عقوبة",
    "إدانة مناورات رويت قبلها تدين من أجراها",
    "مكان بعد يوم بين فاصلتين يكمل الجملة قبله",
    "نشر قوات لغرض بعد فاصلة يواجه من يذكره",
    "إسقاط مشروع قرار يرفض مقدمه",
    "أسلحة تابعة لجماعة ليست مساعدة",
    "جهاز أمن مغربي باسمه",
    "تفكيك خلية تابعة لجماعة",
    "توعد بالرد على فعل يرويه ما بعده في الجملة",
    "رفع درجة التأهب بضمير الفاعل",
    "لقاء جمع طرفا بآخر",
    "الجانبان بعد لقاء مسؤولين من دولة واحدة",
    "أطراف اتفاق يجري فعل بموجبه",
    "قوات إلى الحدود ردا على تهديد",
    "محاولة تعد عملا حربيا تهديد",
    "مزاعم طرف على آخر اتهام",
    "الرد بالمثل تهديد",
    "الفاعل ضمير أن قبل علامة الاقتباس",
    "أمر طرف لطرف آخر مطالبة",
    "المال المقدم للدعم مساعدة",
    "الثلاثة الذين التقاهم مضيف",
    "الجانبان بعد استضافة طرفين",
    "الموافقة على السماح لطرف بأن يفعل",
    "القتلى في اشتباكات مع طرف اشتبكوا معه",
    "اتصالان هاتفيان بنظيرين",
    "accepting his proposal agrees with its proposer",
    "who broke the rules is accused by the speaker",
    "withdrawing forces posted in a state retreats from it",
    "a state's name shaped like its adjective ties a title",
    "attackers striking jointly cooperate",
    "an envoy's post and name stay in the subject",
    "a march called for is no request of anyone",
    "indefinite Houthi adjectives name the group",
    "a demonym on the capital something happens in is a place",
    "a counterpart after a verb is its object",
    "a negated pluperfect denies the act",
    "a statement judged is its author's",
    "the pope acts for the Holy See",
    "money given is aid",
    "a role a relative clause says another played",
    "a statement set off by commas is the subject's own",
    "an answer to a joint request answers every asker",
    "an act said to amount to something pejorative criticises its maker",
    "a frigate sent to protect shipping from another's attacks",
    "forces sent to monitor another's moves face it",
    "forces or drills in the vicinity of a state",
    "patrol boats handed over are materiel",
    "an alert raised against whom its maker accuses",
    "a warning faces whoever acts after إزاء",
    "the actor a deeming clause opens with is judged",
    "a condemned act named by the noun of one act among several",
    "a number in words is no act",
    "a mission's staff expelled",
    "a military deployment named by its noun",
    "arming named by its verbal noun",
    "the purpose of an alleged act is alleged",
    "an object the subject said works for an actor",
    "a body's staff seized",
    "a series of strikes undergone past a day aside",
    "forces sent to defend one against another face the other",
    "a crowd gathered before a state's building",
    "a report verb right after the object describes it in the subject's words",
    "a wire dateline before an Arabic story",
    "a step in response to demands is the act just announced",
    "a chairman set off by commas after the subject body",
    "the two sides past the venue of their meeting",
    "obstructing another's bid is rejecting it",
    "a mediation is not what the parties agree on",
    "a ban on a state's imports",
    "a condemned campaign of acts is no act of the condemner",
    "a purpose adverb after a cancellation is no cancelled act",
    "two demonym phrases joined by و on the second noun",
    "an attack on a city of a state stands for the state",
    "a crowd of a group's supporters or of a people",
    "a warning's clause past a long title and occasion",
    "a state's own envoy recalled from a capital",
    "an official's name after the body he speaks for",
    "a condemned campaign of acts names the acts",
    "a verbal noun with its agent's suffix judges a decision like a verb",
    "an aside of members after the antecedent of an object suffix",
    "a ministry named again without its state",
    "the Taliban by the name of their state",
    "an actor right after a call or meeting set off by commas is the verb's object",
    "a split phrase reaches over an occasion set off by commas",
    "a known person named again by surname alone",
    "a grouping of states speaks for each member",
    "an aside opened by 'on the margins of' is no object",
    "an attack on a state's regions named by its adjective",
    "an act done again is done",
    "a speaker's act told after 'that it' past a day aside",
    "a crowd named by no people protests from the city it rallies in",
    "a state's own security council is not the UN's",
    "an envoy's name inside a phrase, past where he is posted",
    "a release asked of whoever the sentence then says holds them",
    "equipment handed over past an aside",
    "a known person's name joined by a hyphen to another's",
    "an act announced past an aside on where or when",
    "an object's head past a day set off by commas",
    "a decision that will meet a response is a threat",
    "an attaché or consul is a diplomat of his state",
    "a person named again by surname alone",
    "staying by someone's side supports them",
    "keeping an official out of a place",
    "a hyphenated name after a title",
    "an envoy after a noun of saying says it",
    "a spokesman named after his title is the subject",
    "whom a plan would act on is not the target of judging the plan",
    "a verbal noun joined to a requested act is requested too",
    "but he: a pronoun subject shares the previous clause's actor",
    "persona non grata in the plural, past the envoys' seat",
    "what is handed over ends at the first act named",
    "act noun aimed at a pronoun after its agent",
    "demand addressed by its suffix",
    "visa restrictions",
    "boycott of a meeting in protest at someone",
    "request submitted with تقدمت به",
    "exercise named in quotes before its parties",
    "protest delivered to an envoy",
    "recall past a day aside",
    "organ of a state by its pronoun",
    "known event a denial takes part in",
    "ties as what is targeted",
    "allegation by an unknown accuser",
    "manner adverb after بشكل",
    "denial scope past an adverbial aside",
    "aid announced by its donor in a relative clause, past its sum",
    "its own people seized are the subject's",
    "a ban on dealing with an actor",
    "a recall from nowhere named is from whom the recaller just blamed",
    "the two premiers named as a pair",
    "an act condemned as described, or as a policy",
    "measures promised in answer are a threat",
    "a ministry named by its alias is the ministry a bare title points back to",
    "closing the border with a neighbour cuts relations",
    "halting the pumping or sale of goods to an actor",
    "spare parts for weapons sold are aid",
    "a definite act noun whose maker a relative clause names",
    "an accusative demonym is an object; a clause during an act shares its subject",
    "a foreign ministry named with its second brief",
    "an unnamed military spokesman of a state",
    "findings called biased",
    "the attack a threat threatens is not done",
    "an operation to start in the future is a threat",
    "an act that will not go unpunished",
    "a warning of self-defence backs a demand",
    "declaring an envoy persona non grata",
    "the Malian armed forces",
    "training another's forces is aid",
    "what acts belongs to a body of a state",
    "its own army deployed",
    "a call on someone to act is no invitation",
    "an initiative rejected is its maker's",
    "an envoy asked to leave is expelled",
    "its neighbour named in the sentence before",
    "a joined report verb shares the subject of the clause before",
    "talks held with someone are held by both",
    "operation launched against",
    "measure lifted from whom it was imposed on",
    "warning backing a demand",
    "denier goes on in a participle",
    "requester named where the act went",
    "act noun inside a title",
    "act noun phrase with the article",
    "recall answering a blow",
    "withdrawal joined to a recall",
    "release asked in the next sentence",
    "becoming a member of an alliance",
    "object after what it said was",
    "drills of two states' forces",
    "warning of danger",
    "relative clause inside an aside",
    "embassy withdrawn",
    "denial across a day",
    "support measured in money",
    "aid frozen by amount",
    "a described act's maker named in a relative clause is criticised",
    "a list in apposition to the announcer acts",
    "Mali joined to another state's name is the state",
    "a crowd storming an embassy told as a verbal noun",
    "a ship seized or struck is its flag's",
    "a feminine participle after a pair belongs to the state named since",
    "an ally coordinated by its noun",
    "a warning or criticism the words were said in",
    "a decision described in words of praise supports its maker",
    "a long aside between the subject and the object",
    "a meeting asked for through a verbal noun is not held",
    "a long subject and a dated aside inside a split phrase",
    "the council once named stands for the Security Council",
    "a day with a month's two names set off by commas",
    "a member of a group's political bureau speaks for it",
    "a nisba name after a definite act noun is its maker",
    "taking to the streets told as a verbal noun",
    "a verbal noun joined to a refusal is not refused",
    "an own envoy posted to a state is recalled from it",
    "a force named by its body is coordinated with the actor before it",
    "condemning the attack on an embassy a crowd stormed",
    "a definite act noun takes no genitive past a new verb",
    "a masculine council after a feminine verb is its object",
    "a verbal noun spelt like a verb is the object of the verb before it",
    "a protest lodged with a state accuses it",
    "a title's adjective after its demonym",
    "an Arab summit acts for the Arab League",
    "an act in response to a request answers its maker",
    "drills around a state past their name and length",
    "an unannounced visit told as an occasion",
    "a host of talks past a dated aside",
    "a claim of responsibility for an attack by unnamed gunmen",
    "a state's act in protest is a complaint",
    "a vote or verdict judged stands for whoever made it",
    "an organisation's official named after the title",
    "an object's whereabouts before its preposition",
    "the group called on to do something",
    "an attack on places on a state's ground strikes the state",
    "a protest noun's organiser is its agent",
    "taking to the streets is a protest",
    "saying another bears responsibility accuses it",
    "whom supported operations are against is not supported",
    "handing over weapons is aid",
    "a deal named after a capital that is its state's name",
    "brandishing sanctions is a threat",
    "a threat to turn to a forum is not aimed at the forum",
    "a mediator deals with the side a lone actor releases",
    "a state's protest with no one named answers the latest hostile act",
    "ending an armed struggle against a state",
    "forces withdrawn with the envoy",
    "demands an act goes against",
    "a refusal of talks with no one named answers the latest demand or threat",
    "refusing to comply rejects whoever demanded",
    "adopting another's plan endorses it",
    "verbal noun after an aspect verb",
    "members among those seized, passive",
    "the Royal Navy acts for Britain",
    "saying another will pay a price is a threat",
    "in cooperation with a partner, set off by commas",
    "a lake or gulf named after a state is no actor",
    "call or visit as the occasion of the act",
    "agreement under which an act is done was made before",
    "aid a crossing is opened to is not the opener's",
    "act a rejected request asks for is not done",
    "act a definite plan is for is not done",
    "indefinite ceasefire with ل",
    "a demanded measure's target is not the one asked",
    "measure joined by 'and' shares the first's target",
    "mediation led or conducted by an actor",
    "a verb of mediating meets every party",
    "an operation's deadly result names whom it struck",
    "minister named with no state is the text's state's",
    "a joint drill staged around another is a show of force",
    "deterred over the ally a deployment goes to",
    "deployment answering an act told after it",
    "promised answer or counter-measure",
    "Malian demonym after an organ's adjective",
    "description after a long object",
    "description given in a statement",
    "forces sent off a state's coast",
    "an act's agent past its adjectives",
    "an announcement past a long statement aside",
    "relief and arms with ب before the article",
    "an act's agents and its means are no acts of their own",
    "following another's lead",
    "a pejorative with the article after غير",
    "its country after a denial",
    "a meeting's city after ب",
    "a plan's act past its relative clause, a protocol's accession",
    "a head of state named with no state",
    "a chargé d'affaires recalled",
    "a joined verb after a denial or report verb with its subject",
    "a masculine verb after a feminine one has its own subject",
    "a demand for its act",
    "a day set off by commas inside a split phrase",
    "a vow to answer all who struck",
    "asset freezes and travel bans on someone",
    "a charge denied is against the denier",
    "closing crossings with it",
    "destroying another's targets",
    "a day with its date set off by commas",
    "an exchange operation of prisoners",
    "withdrawing from a state's ground",
    "military trainers sent or arriving, and deposits, are aid",
    "an alert raised against the latest hostile act",
    "a noun after a preposition is no light verb's object",
    "subject before a quotation opening on the verb",
    "will not stand idly by",
    "the sides of a conflict in a state",
    "dispatching a delegation to a capital",
    "fighting alongside a partner against an enemy",
    "adopting an act as a light verb",
    "renewing an act as the clause subject's purpose",
    "nominative dual subject before a preposition",
    "a step taken is the main clause's act",
    "hastening to an act is doing it",
    "'their two' proposal or request is the pair's named before",
    "an act one was driven to is the driven one's",
    "envoys expelled are the object past their mission",
    "partners of a joint operation named together attack whom it is against",
    "the latter is the actor named last",
    "who undergoes an act: the first actor after the verb of undergoing",
    "an ambiguous demonym joined to another is a demonym",
    "weapons an attack uses are no aid",
    "hours given to leave are an expulsion, not a gift",
    "restricting exports to an actor sanctions it",
    "a date set off by commas before the object",
    "a refusal to negotiate ahead is a rejection",
    "each party of a joint operation attacks whom it is against",
    "a clause 'under which' a deal's party acts has its subject after it",
    "a circumstantial participle after 'which drove X to' is X's",
    "endangering security is no threat by anyone",
    "an adverb between the subject and the object noun",
    "an invitation extended in a relative clause, rejected, was made to the rejecter",
    "a campaign just reported is condemned in its author",
    "a verbal noun condemned past a manner adverbial is the condemned act",
    "an exchange with an actor goes both ways",
    "joining a mission a state leads joins the state",
    "reopening a border, crossing or airspace eases a closure",
    "the international organisation is the UN once named",
    "a joint patrol or drill by two forces, run by a light verb or named by a counterpart",
    "a cautious calm is no warning",
    "adding an actor to a blacklist sanctions it",
    "the role an actor played, named by a relative clause or genitive",
    "a threatened response names whose act it answers",
    "statement-quoted-after",
    "no-article-verb",
    "protest-note-handed",
    "deployment-then-warning",
    "persona-non-grata",
    "base-handed-over",
    "joint-force",
    "vowed-subject-after",
    "second-announced-act",
    "aid-to-city",
    "sovereignty-affirmed",
    "mission-stormed",
    "water-cannon",
    "released-them",
    "adopted-resolution-passive",
    "adopted-resolution",
    "asked-of-him",
    "purpose-suffix-object",
    "materiel-received",
    "signed-in-person-long-subjects",
    "talks-between-past-sponsor",
    "threatened-response-to-act",
    "un-staff",
    "vessel-intercepted",
    "deported",
    "group-banned",
    "members-among-detained",
    "suspected-members",
    "alliance-signed",
    "number-words",
    "troops-left",
    "sanctions-eased-on",
    "approved-sale",
    "aid-arrived",
    "relief-sent",
    "units-pushed-to-front",
    "long-accused-object",
    "will-not-join",
    "yielding-to-demands",
    "request-put-forward",
    "its-announcing",
    "joined-report",
    "membership-suspended",
    "border-with",
    "territorial-integrity",
    "held-talks",
    "counterpart-nisba",
    "at-request",
    "visit-to-place",
    "suffix-object",
    "border-closed",
    "captives-after-number",
    "place-past-near",
    "envoy-ordered-out",
    "denied-charge",
    "resolution-speaks",
    "king-title",
    "hosted-forces",
    "ended-war",
    "rejected-hostile-act",
    "protest-purpose-targets",
    "purpose-accusative",
    "received-guest",
    "long-adverbial-aside",
    "supplying-noun",
    "envoy-posting",
    "sea-named-after-state",
    "construct-object-subject",
    "release-of-unnamed-held",
    "named-joint-drill",
    "time-aside-subject",
    "held-responsible",
    "long-portfolio-seat",
    "signing-witness",
    "suffixed-verbal-noun",
    "messages-between",
    "parenthetical-setting",
    "joint-press-conference",
    "halted-act",
    "any-hypothetical",
    "talks-as-means",
    "suspended-mediation",
    "session-requested",
    "rejected-what-others-accepted",
    "release-asked",
    "meeting-occasion",
    "signed-in-person",
    "envoys-object",
    "dropped-objection",
    "agreed-to-request",
    "resumed-imports",
    "organisation-anaphor",
    "joined-light-verb",
    "demand-backs-accusation",
    "vow-backs-accusation",
    "lodged-protest",
    "deployed-units",
    "closed-border",
    "threat-answers-act",
    "warning-backs-act",
    "condemned-attack-relative",
    "restored-ties",
    "sponsored-talks",
    "act-judged-in-relative",
    "alliance-anaphor",
    "welcomer-subject",
    "welcomed-ratification",
    "decided-past-aside",
    "belonging-subject",
    "struck-in-place",
    "light-verb-qama",
    "announced-past-aside",
    "participant-does-act",
    "suspended-dealings",
    "role-played",
    "suspended-imports",
    "crowd-denounces-act",
    "suspended-ties",
    "deportation-noun",
    "portfolio-seat",
    "support-for-their-act",
    "state-anaphor",
    "relative-document",
    "neighbour-anaphor",
    "recall-not-meeting",
    "sponsored-thing",
    "owned-means-subject",
    "leaving-genitive",
    "unvowelled-passive",
    "undergone-attack",
    "ambiguous-nisba",
    "titled-genitive-agent",
    "mediated-signing",
    "signing-past-aside",
    "mediators-act",
    "warned-that",
    "show-of-force",
    "taking-part",
    "cancelled-agreement",
    "existing-agreement",
    "negation-scope",
    "joined-meeting-object",
    "participation-phrase",
    "future-attack",
    "deployment-materiel", "denial-participle",
    "demands-met",
    "materiel-transfer",
    "signing-document",
    "pejorative-description",
    "pledged-aid", "proposal-maker", "material-support", "maker-after-min", "import-ban",
    "time-adverbial", "raised-tariffs", "adverbial-insertion", "terror-listing",
    "joint-drill", "judged-named-agent",
    "vso", "svo", "clitics", "runtogether", "demonym", "capital", "role_person", "coordination",
    "passive", "verbal_noun", "pronoun_suffix", "reported_speech", "first_person", "negation",
    "denial", "failure", "intent", "no_event", "conjoined-title", "their-meeting",
    "vso-split-phrase", "light-verb-past-date", "claimed-attack", "group-members",
    "object-pronoun", "closing-borders", "suspension", "expelled-envoy", "between-delegations",
    "ambiguous-name", "joined-verb-subject", "group-anaphor", "event-anaphor", "threatened-act",
    "purpose-noun", "plural-anaphor", "mutual-fire", "recalled-envoy", "place-noun",
    "split-phrase-target", "speaker-group", "withdrawal-from-deal", "first-person-phrase",
    "relative-agent", "relative-subject", "arrest-verb", "halted-trade", "reached-agreement",
    "dual-agreement", "casualty-passive", "protest-noun", "attack-result", "later-claim",
    "clitic-before-quote", "own-forces", "crowd-subject", "planned-act", "each-of", "topic-noun",
    "sponsor-not-target", "host-of-talks", "received-call", "shared-addressee",
    "event-noun-subject", "announced-act", "rallied-crowd", "anti-march", "place-target",
    "occupation-forces", "announced-masdar", "mediators-apart", "prisoner-count", "title-of-quoted",
    "welcomed-together", "alleged-light-verb", "whereas-clause", "announced-deaths", "count-phrase",
    "intended-act", "addressee-not-actor", "reception", "meeting-both-ways", "deadline-expulsion",
    "their-noun", "answered-in-kind", "joint-operation", "deal-partner",
    "place-body", "quoted-title-name", "signing-noun", "answered-with",
    "their-talks", "venue-place", "aimed-at-its", "relative-ma",
    "proposal-again", "consequence-clause", "reaction-to-act",
    "protest-at-embassy", "each-other", "denial-insertion", "refusal-subject",
    "plot-intent", "visit-purpose",
    "bare-title", "statement-adverbial", "circumstantial-participle", "manner-adverbial",
    "definite-object", "captives-state", "object-suffix", "protest-purpose", "attack-of-group",
    "official-arrival", "struck-in-state", "deterred", "via-not-target", "article-not-preposition",
    "official-protest", "mediated-parties", "possessed-masdar", "thanks-noun", "endorsed-act",
    "complaint-forum", "state-protest",
}  # fmt: skip
#: Words that may separate a light verb from its object noun (the VSO subject).
MAX_GAP = 4


def read_tsv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Return the header and the numbered data rows, comments skipped."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, dialect="excel-tab", quoting=csv.QUOTE_NONE))
    body = [(n, row) for n, row in enumerate(rows[1:], 2) if row and not row[0].startswith("#")]
    return rows[0], body


@pytest.fixture(scope="module")
def triggers() -> list[tuple[int, list[str]]]:
    header, body = read_tsv(TRIGGERS)
    assert header == ["type", "form", "pos", "preps"]
    return body


@pytest.fixture(scope="module")
def cues() -> list[tuple[int, list[str]]]:
    header, body = read_tsv(CUES)
    assert header == ["kind", "form"]
    return body


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    with CASES.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_trigger_rows_are_well_formed(triggers):
    bad = []
    for line, row in triggers:
        if len(row) != 4:
            bad.append((line, "fields", row))
            continue
        kind, form, pos, preps = row
        if kind not in EVENT_TYPES:
            bad.append((line, "type", kind))
        if pos not in POS:
            bad.append((line, "pos", pos))
        if not form or form != form.strip() or "  " in form:
            bad.append((line, "form", form))
        if preps and not set(preps.split(",")) <= PREPS:
            bad.append((line, "preps", preps))
    assert not bad


def test_every_type_has_verbs_and_nouns(triggers):
    by_type: dict[str, Counter] = defaultdict(Counter)
    for _, (kind, _form, pos, _preps) in triggers:
        by_type[kind][pos] += 1
    assert set(by_type) == set(EVENT_TYPES)
    for kind, counts in by_type.items():
        assert counts["verb"] >= 5, kind
        assert counts["noun"] >= 1, kind


def test_no_trigger_form_twice_or_under_two_types(triggers):
    seen = Counter((normalize(form), pos) for _, (_k, form, pos, _p) in triggers)
    assert [key for key, n in seen.items() if n > 1] == []
    types = defaultdict(set)
    for _, (kind, form, _pos, _preps) in triggers:
        types[normalize(form)].add(kind)
    assert {form: kinds for form, kinds in types.items() if len(kinds) > 1} == {}


@pytest.mark.parametrize("word", ["قبل", "يعد", "تعد", "الاحتلال", "تحالف", "مسيرة", "بحث عن"])
def test_ambiguous_words_are_not_triggers(triggers, word):
    forms = {normalize(form) for _, (_k, form, _p, _r) in triggers}
    assert normalize(word) not in forms


def test_cue_rows_are_well_formed(cues):
    assert all(len(row) == 2 and row[0] in CUE_KINDS and row[1] for _, row in cues)
    kinds = Counter(row[0] for _, row in cues)
    for kind in ("negation", "denial", "report", "first_person", "quote_open", "quote_close"):
        assert kinds[kind] >= 1, kind
    assert len({tuple(row) for _, row in cues}) == len(cues)
    quotes = {row[1] for _, row in cues if row[0] == "quote_open"}
    assert {"«", '"', "“"} <= quotes


def actor_keys() -> set[str]:
    _, body = read_tsv(ACTORS)
    return {row[0] for _, row in body} | FIXED_KEYS


def test_cases_are_well_formed(cases):
    keys = actor_keys()
    assert len(cases) >= 80  # (ids are zero-padded to three digits: ar-case-007, ar-case-1000)
    assert [case["id"] for case in cases] == [f"ar-case-{i:03d}" for i in range(1, len(cases) + 1)]
    for case in cases:
        assert set(case) <= {"id", "phenomenon", "text", "triples", "negated", "optional"}
        assert case["phenomenon"] in PHENOMENA, case["id"]
        lists = [case["triples"], case["negated"], case.get("optional", [])]
        for triple in (t for group in lists for t in group):
            source, kind, target = triple
            assert kind in EVENT_TYPES, case["id"]
            assert {source, target} <= keys, case["id"]
            assert source != target, case["id"]
        as_set = [{tuple(t) for t in group} for group in lists]
        assert not as_set[0] & as_set[1] and not as_set[0] & as_set[2], case["id"]


def test_cases_cover_every_type_and_phenomenon(cases):
    types = Counter(t[1] for case in cases for t in case["triples"])
    assert {kind: types[kind] for kind in EVENT_TYPES if types[kind] < 3} == {}
    phenomena = Counter(case["phenomenon"] for case in cases)
    assert {p for p in PHENOMENA if phenomena[p] < 2} == set()


_WORD = re.compile(r"[\u0621-\u064a]+")
_FUTURE = ("س", "وس", "فس")


def readings(token: str) -> set[str]:
    """A normalised token with and without its proclitics and pronoun suffix."""
    stems = {token} | {token[len(p) :] for p in PROCLITICS + _FUTURE if token.startswith(p)}
    bare = {s[: -len(x)] for s in stems for x in PRONOUN_SUFFIXES if s.endswith(x)}
    # before a suffix the ta marbuta is written ت: وساطتها -> وساطه
    stems |= bare | {s[:-1] + "ه" for s in bare if s.endswith("ت")}
    return {s for s in stems if len(s) >= 2}


def signalled_types(text: str, index: dict[tuple[str, ...], set[str]]) -> set[str]:
    """Types whose trigger occurs in ``text``; a multi-word form's first word may be
    separated from the rest by up to ``MAX_GAP`` words (the subject of a VSO clause)."""
    tokens = [readings(t) | {t} for t in _WORD.findall(normalize(text))]
    found = set()
    for words, kinds in index.items():
        for i, first in enumerate(tokens):
            if words[0] not in first:
                continue
            for gap in range(MAX_GAP + 1) if len(words) > 1 else [0]:
                rest = tokens[i + 1 + gap : i + gap + len(words)]
                if len(rest) == len(words) - 1 and all(
                    w in r for w, r in zip(words[1:], rest, strict=True)
                ):
                    found |= kinds
    return found


# Types a rule composes from other words rather than reads off one trigger: leaving a
# deal (انسحاب من الاتفاق مع) reduces relations; summoning its own ambassador recalls him.
COMPOSED = {
    # هاجم الخطوة: attacking in words is criticism (_attacked_in_words)
    "هاجم + a step, measure or report (هاجم الخطوة، هاجمت التقرير): criticism, not force": {
        "ACCUSE"
    },
    # احتشد … أمام السفارة: a crowd massing protests (_crowd_of_people)
    "a crowd's count of two words (عشرات الآلاف من أنصار X) before the protesting group": {
        "PROTEST"
    },
    # اقتحام السفارة: storming a mission is coercion (_storms_mission)
    "an act someone is prevented from (منع X من … لتهديد) is not done": {"COERCE"},
    # إن هذه الإجراءات «غير مبررة»: a pejorative judgement of an act (_acts_judged)
    "an act judged pejorative in a sentence with no verb (إن هذه الإجراءات «غير مبررة»)": {
        "ACCUSE"
    },
    # احتشد + a crowd: people rallying, not troops massing (_crowd_of_people)
    "a rally denouncing what others made (تنديداً بالمذكرة التي أبرمتها X), far on": {"PROTEST"},
    # تلبيةً لطلب, استجابةً لطلب: the request answered is agreed to (_answers_request)
    "an act in response to a request answers its maker": {"AGREE"},
    "a request granted (تلبيةً لطلب تقدّمت به X): X asked and the granter agrees": {"AGREE"},
    # استدعت سفيرها لدى: a recall (_envoy_posted_to), here from the western neighbour
    "neighbour due on a compass side before diagonal ones (الجزائر … جارتها الغربية: Morocco)": {
        "SANCTION"
    },
    # طرد + staff of an embassy: a diplomatic expulsion (_expels_mission_staff)
    "expelled staff of an embassy with ب (موظفين بالسفارة): a diplomatic sanction": {"SANCTION"},
    # استدعاء + one's own ambassador: a recall (_envoy_posted_to)
    "a state's body recalls its state's ambassador (الإليزيه … السفير الفرنسي لدى الجزائر)": {
        "SANCTION"
    },
    # بإسناد (جوي) من …: a backer of the operation (_taking_part)
    "backing of a kind past بإسناد and من: the backer cooperates with the maker": {"COOPERATE"},
    # انسحب من القاعة أثناء كلمة …: a walkout (_hall_left_during)
    "a walkout during a speech protests the speaker (انسحب من القاعة أثناء كلمة لافروف)": {
        "PROTEST"
    },
    "attacking in words": {"ACCUSE"},  # هاجم + a statement or a quote: criticism
    "aid received": {"AID"},  # تسلّم/تلقى + arms or relief (the receive and materiel cues)
    "money transferred": {"SANCTION"},  # تجميد تحويل أموال: a suspended transfer (_suspension)
    "captives handed over past asides set off by commas (سلّمت كتائب القسام، …، ثلاثة محتجزين)": {
        "RETREAT"
    },  # سلّمت + captives: a release (_captives_handed)
    "the topic of a file or of talks is no act (ملف تبادل الأسرى، محادثات انضمام)": {
        "SANCTION"
    },  # تعليق محادثات: suspended talks (_suspension)
    "aid thanked for": {"AID"},  # شكر X على تقديم: the thanked gave (_thanked_for_aid)
    "an actor described in praise": {"SUPPORT"},  # وصف X بأنها «شريك صادق» (_praised_actor)
    "an actor said to be complicit in an attack": {"ACCUSE"},  # شريك في الضربات (_complicity)
    "an answer promised on the condition that another acts (سترد إذا هاجمت)": {
        "THREATEN"
    },  # سترد + إذا + an attack (_conditional_answers)
    "complicity with no trigger in its sentence (أمريكا شريكة في كل جرائم)": {"ACCUSE"},
    "an operation shared is cooperation both ways": {"COOPERATE"},  # بمشاركة (_taking_part)
    "a people's act in protest is a protest": {"PROTEST"},  # احتجاجاً على (_official_protest)
    "a boycott in protest is a protest against whoever is named": {
        "PROTEST"
    },  # قاطعت … احتجاجاً على
    "لقاء جمع طرفا بآخر": {"CONSULT"},  # جمع X بـY: a meeting brought the two together
    "أطراف اتفاق يجري فعل بموجبه": {"AGREE"},  # بموجب اتفاق بين أو مع: its parties agreed
    "المال المقدم للدعم مساعدة": {"AID"},  # لدعم: support, read as aid after a sum
    "attackers striking jointly cooperate": {"COOPERATE"},  # ضربات مشتركة: joint strikes
    "a negated pluperfect denies the act": {"SANCTION"},  # استدعت سفيرها: recalling its envoy
    "an act said to amount to something pejorative criticises its maker": {"ACCUSE"},  # تشكل تهديداً
    "a mission's staff expelled": {"SANCTION"},  # طرد موظفين في السفارة: not a coercion
    "a ban on a state's imports": {"SANCTION"},  # a ban on trade (kg.relations.find)
    "a purpose adverb after a cancellation is no cancelled act": {"ACCUSE"},  # in protest
    "a crowd of a group's supporters or of a people": {"PROTEST"},  # rally + purpose
    "a state's own envoy recalled from a capital": {"SANCTION"},  # recall, not summons
    "a split phrase reaches over an occasion set off by commas": {"ACCUSE"},  # split
    "an envoy's name inside a phrase, past where he is posted": {"SANCTION"},  # split
    "persona non grata in the plural, past the envoys' seat": {"SANCTION"},
    "organ of a state by its pronoun": {"SANCTION", "ACCUSE"},  # recall, delivered protest
    "recall past a day aside": {"SANCTION"},
    "protest delivered to an envoy": {"ACCUSE"},
    # استدعت سفيرها: a recall
    "a recall from nowhere named is from whom the recaller just blamed": {"SANCTION"},
    "an unnamed military spokesman of a state": {"ACCUSE"},  # حمّل … مسؤولية, split wide
    "an operation to start in the future is a threat": {"THREATEN"},  # ستبدأ عملية: a future attack
    "declaring an envoy persona non grata": {"SANCTION"},  # اعتبار X شخصاً غير مرغوب فيه
    "an envoy asked to leave is expelled": {"SANCTION"},  # طلبت من السفير مغادرة: expelled
    "its neighbour named in the sentence before": {"SANCTION"},  # استدعت سفيرها: a recall
    "a joined report verb shares the subject of the clause before": {"SANCTION"},  # a recall
    "recall answering a blow": {"SANCTION"},  # استدعت سفيرها: its own envoy recalled
    "withdrawal joined to a recall": {"SANCTION"},  # استدعت سفيرها: its own envoy recalled
    "drills of two states' forces": {"COOPERATE"},  # drills (MOBILIZE) held by a pair
    "embassy withdrawn": {"ACCUSE"},  # احتجاجاً على: what the act protests
    "a described act's maker named in a relative clause is criticised": {"SANCTION"},  # سفيرها لدى
    "a list in apposition to the announcer acts": {"SANCTION"},  # استدعاء سفرائها لدى: a recall
    "a feminine participle after a pair belongs to the state named since": {"COOPERATE"},
    "a decision described in words of praise supports its maker": {"SUPPORT"},  # اعتبر … إيجابية
    "a long subject and a dated aside inside a split phrase": {"SANCTION"},  # علّق … مشاركة
    "an own envoy posted to a state is recalled from it": {"SANCTION"},  # استدعاء سفيره لدى
    "a protest lodged with a state accuses it": {"ACCUSE"},  # احتج لدى: a state complains
    "an Arab summit acts for the Arab League": {"SUPPORT"},  # تبنّت … الخطة: a long subject between
    "a state's act in protest is a complaint": {"ACCUSE"},  # احتجاجاً by a state: a complaint
    "a mediator deals with the side a lone actor releases": {"RETREAT"},  # عفواً: accusative
    "a state's protest with no one named answers the latest hostile act": {"ACCUSE"},
    "a refusal of talks with no one named answers the latest demand or threat": {"REJECT"},
    "refusing to comply rejects whoever demanded": {"SANCTION"},  # أمهل السفير: an expulsion
    "relief and arms with ب before the article": {"AID"},  # قافلة محملة بالأدوية: relief sent
    "a head of state named with no state": {"SANCTION"},  # استدعت … سفيرها: a recall
    "a joined verb after a denial or report verb with its subject": {"SANCTION"},  # a recall
    "a chargé d'affaires recalled": {"SANCTION"},  # استدعت القائم بأعمالها: a recall
    "a day set off by commas inside a split phrase": {"SANCTION"},  # استدعت … سفيرها: a recall
    "fighting alongside a partner against an enemy": {"COOPERATE"},  # قاتل إلى جانب: with them
    "second-announced-act": {"AID"},  # وإرسال شحنات من القمح: relief sent is aid
    "aid-to-city": {"AID"},  # إرسال قافلة من المساعدات إلى بنغازي
    "mission-stormed": {"COERCE"},  # اقتحمت الشرطة مقر السفارة: a raid on a mission
    "water-cannon": {"ASSAULT"},  # مدافع المياه: force that blocks and harms
    "materiel-received": {"AID"},  # تسلّمت أوكرانيا منظومات … من ألمانيا: received arms
    "signed-in-person-long-subjects": {"CONSULT"},  # وقّع … في بغداد: signing there is meeting
    "signing-noun": {"COOPERATE"},  # توقيع اتفاقية للدفاع المشترك: an alliance signed
    "alliance-signed": {"COOPERATE"},  # معاهدة دفاع مشترك: signing a pact of defence
    "relief-sent": {"AID"},  # أرسلت قافلة محملة بالأدوية: food and medicine sent are aid
    "units-pushed-to-front": {"MOBILIZE"},  # دفع الجيش بكتيبة: split by the subject
    "will-not-join": {"REJECT"},  # لن تنضم إلى التحالف: a refusal to join
    "a refusal to negotiate ahead is a rejection": {"REJECT"},  # لن تتفاوض مع إسرائيل
    "hours given to leave are an expulsion, not a gift": {"SANCTION"},  # منحت السفير 72 ساعة
    "mediators-act": {"CONSULT"},  # دعا الوسطاء المصريون الطرفين: pressing is mediating
    "participation-phrase": {"COOPERATE"},  # بمشاركة طائرات أمريكية: taking part
    "taking-part": {"COOPERATE"},  # بمشاركة، بإسناد من: taking part in an operation
    "future-attack": {"THREATEN"},  # ستضرب، ستواصل استهداف: an attack promised is a threat
    "deployment-materiel": {"AID"},  # أرسلت تركيا مسيّرات إلى طرابلس: arming, not facing
    "denial-participle": {"AID"},  # نافيةً أن تكون قد أرسلت صواريخ إلى الحوثيين
    "demands-met": {"CONCEDE"},  # وافقت على المطالب التركية: agreeing to demands yields
    "withdrawal-from-deal": {"SANCTION"},
    "recalled-envoy": {"SANCTION"},
    "recall-not-meeting": {"SANCTION"},  # استدعت سفيرها للتشاور: a recall
    "suspended-ties": {"SANCTION"},  # تعليق تعاونها مع: suspending reduces relations
    "suspended-mediation": {"SANCTION"},  # علّقت وساطتها بين: suspending reduces relations
    "participant-does-act": {"COOPERATE"},  # بمشاركة: taking part
    "crowd-subject": {"PROTEST"},  # what protesters do is a protest
    "rallied-crowd": {"PROTEST"},  # احتشد: a crowd rallies, troops mass
    "deadline-expulsion": {"SANCTION"},  # أمهل … السفير: split by the subject
    "owned-means-subject": {"ASSAULT"},  # أطلقت زوارق تابعة للحرس الثوري النار: split
    "clitic-before-quote": {"ACCUSE"},  # حمّلت … مسؤولية, split by the subject
    "official-protest": {"ACCUSE", "SANCTION"},  # استدعت سفيرها احتجاجاً على: both
    "state-protest": {"ACCUSE"},  # احتجت طوكيو: a state's protest is a complaint
    "pledged-aid": {"AID"},  # تعهدت بتقديم 200 مليون يورو: a promise of money is aid
    # وقّعتا في أنقرة، في البيت الأبيض: signing together somewhere is meeting there.
    "signed-in-person": {"CONSULT"},
    "signing-document": {"CONSULT"},
    "place-body": {"CONSULT"},
    "conjoined-title": {"CONSULT"},
    "mediated-signing": {"CONSULT"},
    "purpose-accusative": {"PROTEST"},  # تجمّع … واحتجاجاً على: a crowd's purpose, split
    "rejected-hostile-act": {"ACCUSE"},  # رفضه احتلال إيران: rejecting an act condemns it
    # عملية مشتركة مع التحالف ضد «داعش»: the parties attack whom it is against
    "each party of a joint operation attacks whom it is against": {"ASSAULT"},
    "partners of a joint operation named together attack whom it is against": {"ASSAULT"},
    # لن تفرض عقوبات: sanctions refused to whoever asked for them
    "refusing to impose sanctions another asked for rejects the one who asked": {"REJECT"},
    # إنذاراً … بمغادرة البلاد: an ultimatum to leave expels
    "an ultimatum to leave the country is an expulsion": {"SANCTION"},
}


def test_every_case_triple_has_a_lexicon_trigger(triggers, cases):
    index: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for _, (kind, form, _pos, _preps) in triggers:
        index[tuple(normalize(form).split())].add(kind)
    missing = []
    for case in cases:
        types = signalled_types(case["text"], index) | COMPOSED.get(case["phenomenon"], set())
        for triple in case["triples"] + case["negated"]:
            if triple[1] not in types:
                missing.append((case["id"], triple[1]))
    assert missing == []


def test_the_package_loader_reads_the_arabic_files():
    from kg.lexicon import load_lexicon

    table = load_lexicon().languages["ar"]
    assert {t.type for t in table.triggers[("رفض",)]} == {"REJECT"}
    assert {t.pos for t in table.triggers[("رفض",)]} == {"verb", "noun"}
    assert {t.type for t in table.triggers[("فرض", "عقوبات")]} == {"SANCTION"}
    assert ("لم",) in table.cue("negation")
    assert ('"',) in table.cue("quote_open")
