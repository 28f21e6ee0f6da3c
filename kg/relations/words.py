"""Word lists the argument rules share: barriers, prepositions, conjunctions, determiners."""

from __future__ import annotations

from kg.lang.ar.normalize import normalize

__all__ = [
    "_JUDGING_COPULAS",
    "_THIS_ACT",
    "_BIDS",
    "_OPERATION_NOUNS",
    "_AR_MANNER",
    "_adverb_phrase_after",
    "_adverb_phrase_before",
    "_AR_MANNER_WORDS",
    "_FOLLOWING",
    "_OBLIGING",
    "_CONSTITUTING",
    "_VOWING",
    "_ACTS_WITHOUT_TRIGGER",
    "_COMPLICIT",
    "_AR_STOP",
    "_TALLIES",
    "_THAT_THEY",
    "_EN_ADVERBS",
    "_EN_STOP",
    "_DRAWING",
    "_CLAUSE_PUNCT",
    "_COMMA",
    "_SETTLEMENTS",
    "_QUOTES",
    "_QUOTE_CLOSERS",
    "_AR_PREPS",
    "_EN_PREPS",
    "_EN_WEEKDAYS",
    "_AGAINST",
    "_PREPS",
    "_LOCATIVE",
    "_AR_ITS_DECISION",
    "_AR_NOMINAL_BEFORE",
    "_EN_PRONOUNS",
    "_EN_BE",
    "_EN_FINITE_BE",
    "_EN_CONJUNCTIONS",
    "_AR_CONJUNCTIONS",
    "_EN_DETERMINERS",
    "_OBJECT_SUFFIXES",
    "_AR_GROUP_HEADS",
    "_ENVOYS",
    "_CROWD_COUNTS",
    "_AR_NUMBER_WORDS",
    "_AR_PARTITIVES",
    "_AR_MONEY_WORDS",
    "_BELONGING",
    "_OPPOSING",
]


# "that he/she/they" before a verb in reported speech: the speaker is its subject.
_THAT_THEY = {"انه", "انها", "انهم", "انهما", "بانه", "بانها", "بانهم", "بانهما"}


# What a vote is counted in after "by": "by 141 votes to 7", "by a large majority".
_TALLIES = {"votes", "vote", "majority", "margin", "acclamation", "consensus"}


# Function words that end a search for an argument (besides punctuation).
_AR_STOP = {"ان", "الذي", "التي", "الذين", "لكن", "بينما", "فيما", "حيث", "كما", "اذ", "بعد", "قبل",
            "بعدما", "منذ",
            # Verbs of consequence that start a predicate: ما دفع الرئيس الأميركي إلى …،
            # مما أثار غضب …، ما أدى إلى (like "prompting" in English).
            "مما", "دفع", "ادي", "اثار"}  # fmt: skip


# Verbs by which an act draws a reaction: "the strikes drew condemnation from Egypt",
# "sparked outrage in Jordan" (Egypt is no target of the strikes, the reaction is aimed at
# whoever made what drew it).
_DRAWING = {"draw", "drew", "draws", "drawing", "prompted", "prompting", "sparked", "sparking",
            "triggered", "triggering"}  # fmt: skip

_EN_STOP = {"that", "which", "who", "whom", "whose", "while", "but", "because", "after", "before",
            "since", "although", "as", "when", "if",
            # adjuncts of circumstance: "signed a pact amid a dispute with Ethiopia"
            "amid", "amidst", "despite"} | _DRAWING  # fmt: skip


# Adverbs between "and" and the verb it joins: "and later demanded".
_EN_ADVERBS = {"later", "then", "also", "subsequently", "swiftly", "immediately", "quickly",
               "again", "separately", "repeatedly"}  # fmt: skip
# Adverbials of several words that may stand between "and" and its verb: "and in turn
# accused Kigali".
_EN_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# (and a day: "and on Monday expelled a senior Russian diplomat")
# (and a time just past: "which last month declined an invitation")
_EN_ADVERB_PHRASES = (
    (("in", "turn"), ("in", "return"), ("for", "its", "part"))
    + tuple(("on", day) for day in sorted(_EN_WEEKDAYS))
    + tuple(("last", span) for span in ("week", "month", "year"))
)


def _adverb_phrase_before(forms: list[str], position: int) -> int:
    """The start of a several-word adverbial ending just before ``position``, or of the
    modal there ("and would recognise China"), else ``position``."""
    if position and forms[position - 1] in _EN_MODALS:
        return position - 1
    for phrase in _EN_ADVERB_PHRASES:
        start = position - len(phrase)
        if start >= 0 and tuple(forms[start:position]) == phrase:
            return start
    return position


_EN_MODALS = {"would", "will", "could", "can", "may", "might", "should", "must"}


def _adverb_phrase_after(forms: list[str], position: int) -> int:
    """The position after a several-word adverbial starting at ``position``, else
    ``position``."""
    for phrase in _EN_ADVERB_PHRASES:
        if tuple(forms[position : position + len(phrase)]) == phrase:
            return position + len(phrase)
    return position


_CLAUSE_PUNCT = {".", "!", "?", "؟", ";", "؛", ":"}


_COMMA = {",", "،"}


_QUOTES = {"«", "»", '"', "“", "”"}


_QUOTE_CLOSERS = {"»", "”", '"'}


# Arabic word lists are written as printed and normalised once, like the lexicon
# (على is matched as علي, إلى as الي).
_AR_PREPS = {
    normalize(word)
    for word in ("في", "على", "إلى", "مع", "ضد", "من", "عن", "ب", "ل", "لدى", "عند", "تجاه", "أمام",
                 "بحق", "نحو")
}  # fmt: skip


_EN_PREPS = {"in", "on", "at", "to", "with", "against", "from", "of", "for", "by", "into", "toward",
             "towards", "over", "about", "inside", "within", "near", "across"}  # fmt: skip


_PREPS = _AR_PREPS | _EN_PREPS


_LOCATIVE = {"في", "in", "at", "near", "inside", "within", "across", "to", "outside"}


# Words after which an Arabic form that could be a verb is a verbal noun (أن رفض طهران …).
_AR_NOMINAL_BEFORE = {
    normalize(word)
    for word in ("أن", "عدم", "غير", "إلى", "على", "في", "من", "بعد", "قبل", "مع", "عن", "جاء",
                 "يأتي", "تم", "يتم", "خلال", "إثر", "عقب", "بسبب", "رغم", "جراء", "نتيجة",
                 # quantifiers: لم تتلقَّ أي طلب
                 "أي", "أية", "بأي", "لأي", "كل", "بكل")
}  # fmt: skip
# "Its announcing", "its deciding" before a verbal noun, which is then no verb and is done
# by whoever "its" is: إعلانها قطع العلاقات.
_AR_ITS_DECISION = {
    normalize(stem + suffix) for stem in ("إعلان", "قرار") for suffix in ("ها", "ه", "هم", "هما")
}
_AR_NOMINAL_BEFORE |= _AR_ITS_DECISION


_EN_PRONOUNS = {"he", "she", "it", "they"}


_EN_BE = {"be", "is", "are", "was", "were", "been", "being", "get", "got"}


_EN_FINITE_BE = _EN_BE - {"be", "being", "been"}


_EN_CONJUNCTIONS = {"and", "or", ",", "the", "as well as"}


_AR_CONJUNCTIONS = {"و", "او", "،"}


_EN_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our"}


_OBJECT_SUFFIXES = {"ه", "ها", "هم", "هما", "هن"}


# The head nouns of group names, which may stand before a quoted name:
# بين إسرائيل وحركة «حماس» joins Israel and Hamas.
# Diplomats, in both languages (normalised Arabic): they are posted to a state (سفير
# إيران لدى العراق), and expelled, summoned or recalled (طرد السفير الفرنسي، "ordered the
# French ambassador to leave").
_ENVOYS = {normalize(word) for word in (
    "سفير", "السفير", "سفيرة", "السفيرة", "سفراء", "السفراء", "مبعوث", "المبعوث", "مندوب",
    "المندوب", "القائم", "دبلوماسيين", "الدبلوماسيين", "الملحق", "ملحق", "الملحقين", "ملحقين",
    "ambassador", "ambassadors", "envoy",
    "envoys", "diplomat", "diplomats", "charge", "chargé", "attaché", "attache", "consul",
    "consuls", "القنصل",
    "d'affaires",  # (the end of "chargé d'affaires": "summoned the Russian chargé d'affaires to")
)}  # fmt: skip

# Whom an act is against: never its partner, nor the one it helps.
_AGAINST = {"ضد", "against"}


_AR_GROUP_HEADS = {"وحركه", "وجماعه", "وتنظيم", "وحزب", "وميليشيا"}


# Counts that stand before a crowd: آلاف المحتجين، مئات المكسيكيين، عشرات الآلاف.
# (and a group's supporters, a crowd of its own: احتشد أنصار جماعة الحوثي)
_CROWD_COUNTS = {normalize(word) for word in (
    "مئات", "آلاف", "الآلاف", "عشرات", "المئات", "ألوف", "أنصار", "مناصرو", "مناصري", "مؤيدو",
    "مؤيدي",
)}  # fmt: skip
# Numbers written as words, alone or joined by و (مئة وتسعين أسيراً): a count inside a phrase.
_AR_NUMBER_WORDS = {normalize(prefix + word) for prefix in ("", "و") for word in (
    "ثلاثة", "ثلاث", "أربعة", "أربع", "خمسة", "خمس", "ستة", "سبعة", "سبع", "ثمانية", "ثماني",
    "تسعة", "تسع", "عشرة", "عشر", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "أربعون", "أربعين",
    "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين",
    "مئة", "مائة", "مئتين", "مائتين", "مئتي", "ألف", "ألفين", "ألفي",
)}  # fmt: skip

# "One of the foremost" before a plural: تلبّي أحد أبرز مطالب قسد, a part of what is named.
# (and a part of what follows: تخفيف جزء من العقوبات، رفع معظم القيود)
_AR_PARTITIVES = {normalize(word) for word in (
    "أحد", "إحدى", "أبرز", "أهم", "بعض", "جزء", "جزءاً", "معظم", "غالبية",
)}  # fmt: skip

# تجميد 700 مليون دولار من المساعدات: an amount of money before the goods it measures.
_AR_MONEY_WORDS = {normalize(word) for word in (
    "مليون", "ملايين", "مليار", "مليارات", "دولار", "دولارا", "دولارات", "يورو",
)}  # fmt: skip


# "Belonging to" (without the article): the body a unit or council is part of, which
# acts through it (القوات التابعة للحرس الثوري، مجلس السلم والأمن التابع للاتحاد الأفريقي).
_BELONGING = {"تابعه", "تابع", "تابعين", "تابعون"}

# What a mediation settles between its parties: a release, a deal, talks, a pardon.
_SETTLEMENTS = {"RETREAT", "AGREE", "CONSULT", "CONCEDE"}


# Acts against someone that a warning, demand or vow of the same maker, with no object of
# its own, backs up: "accused Manila …, warning that …".
_OPPOSING = {"ACCUSE", "REJECT", "SANCTION"}


# Manner adverbials an Arabic verb takes between its subject and its object: دانت بشدة
# الهجوم، بأشد العبارات (with العبارات, the words such a phrase is made of).
_AR_MANNER = {"بشده", "باشد", "بقوه", "بحزم"}
# (and the emphatic adjectives of a stance noun: رفضها القاطع لمطالبة بغداد)
_AR_MANNER_WORDS = _AR_MANNER | {"العبارات", "القاطع", "التام", "المطلق", "الشديد"}

# Words of following another's lead: حذت البحرين حذو الرياض، "Bahrain followed suit",
# "followed Riyadh's lead" (see relations.find._following_suit).
_FOLLOWING = {normalize("حذو"), "suit", "lead", "example"}
# Adjectives saying an act copies another's: "Britain announced parallel measures",
# اتخذت كندا إجراءات مماثلة (see relations.find._similar_measures).
_SIMILAR = {"similar", "parallel"} | {normalize(word) for word in (
    "مماثلة", "مماثل", "مماثلا", "مماثلاً", "مشابهة", "مشابه",
)}  # fmt: skip
# The measures such an adjective qualifies.
_MEASURE_NOUNS = {"measure", "measures", "step", "steps", "action", "sanctions", "restrictions"} | {
    normalize(word) for word in (
        "إجراءات", "إجراء", "إجراءً", "خطوة", "خطوات", "خطوةً", "قرارا", "قراراً", "عقوبات",
        "تدابير",
    )
}  # fmt: skip

# English modals of obligation: "said Iran must stop enriching" demands it of Iran
# (see relations.find._obligations).
_OBLIGING = {"must", "should"}

# Verbs by which a speaker says what an act amounts to: "the strikes constituted a flagrant
# violation", إن الخطوة «تشكل تهديداً» (see relations.find._acts_judged).
_CONSTITUTING = {normalize(word) for word in (
    "تشكل", "يشكل", "شكلت", "شكل", "تمثل", "يمثل", "مثلت", "مثل", "تعد", "يعد", "تعتبر",
    "يعتبر", "constitute", "constitutes", "constituted", "amount", "amounts", "amounted",
    "pose", "poses", "posed", "represent", "represents", "represented",
)}  # fmt: skip

# English verbs of vowing and warning: with a that-clause they report speech, as "said"
# does ("Saree vowed that the strikes would not go unanswered").
_VOWING = {"vow", "warn", "pledge"}

# Words that can carry an act with no trigger: a sentence holding one is read for acts.
# Verbs and nouns of receiving, whose object may be arms or aid named by no trigger
# (تسلّمت الجزائر من روسيا مقاتلات, "received tanks from Germany").
_RECEIVING = {normalize(word) for word in (
    "تلقى", "تلقت", "يتلقى", "تتلقى", "استلم", "استلمت", "تسلم", "تسلمت", "تلقيه", "تلقيها",
    "تسلمه", "تسلمها", "استلامه", "استلامها", "received", "receives", "receive",
)}  # fmt: skip
# Words saying an actor shares in an act: "complicit in", "a full partner in", شريك في.
_COMPLICIT = {"complicit", "partner", "involved", "accomplice"} | {normalize(word) for word in (
    "شريك", "شريكة", "شريكا", "متواطئ", "متواطئة", "متورط", "متورطة", "ضالع", "ضالعة",
)}  # fmt: skip
# "said the measures were unjustified", إن هذه الإجراءات «غير مبررة»: a judgement of an act
# with a copula or none.
_JUDGING_COPULAS = {"is", "are", "was", "were"}
_THIS_ACT = {normalize(word) for word in ("هذه", "هذا", "إن", "أن", "بأن")}
# A ceasefire said to take effect: "a ceasefire between Israel and Hezbollah took effect".
_TRUCES = {"ceasefire", "truce", "cease-fire"}
_ACTS_WITHOUT_TRIGGER = (
    _FOLLOWING
    | _OBLIGING
    | _CONSTITUTING
    | _RECEIVING
    | _COMPLICIT
    | _SIMILAR
    | _JUDGING_COPULAS
    | _THIS_ACT
    | _TRUCES
)


# Nouns of a bid to join or a plan another approves or adopts, whose possessor owns it:
# "Sweden's membership bid", "the Egyptian plan".
_BIDS = {"bid", "membership", "accession", "application", "plan", "proposal", "initiative"}

# Nouns of a military operation, whose result or relative clause tells what its doer did:
# عملية إنزال … أسفرت عن مقتل، "an operation near Menaka that killed 40 fighters".
_OPERATION_NOUNS = {normalize(word) for word in (
    "عملية", "عمليات", "ضربة", "ضربات", "غارة", "غارات", "إنزال", "كمين", "operation",
    "operations", "raid", "raids", "offensive", "ambush",
)}  # fmt: skip


# Hostile acts, whose maker a relative clause or a judgement of the act may name.
_HOSTILE_ACTS = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "THREATEN"}


def conjoined_title(word: str) -> bool:
    """An Arabic title word carrying the conjunction (ورئيس، ووزير; not وزير itself)."""
    word = normalize(word)
    return word.startswith("و") and not word.startswith(("وزير", "وزار", "وزرا", "وكيل", "وفد"))


# Verbs of heading to and arriving in a place (a visit when an official arrives).
_HEADING = {"توجه", "توجهت", "توجها", "توجهوا", "يتوجه", "تتوجه", "يتوجهون"}
_ARRIVE = {"وصل", "وصلت", "وصلا", "وصلتا", "وصلوا", "يصل", "تصل", "يصلون"} | _HEADING

# Circumstantial participles of expressing and renewing after a main clause (…، معرباً عن
# تضامنه، مجدداً دعمه): the verbal noun after them is a noun, its owner the clause's subject.
_EXPRESSING = {normalize(word) for word in (
    "معرباً", "معربة", "مجدداً", "مجددة", "مؤكداً", "مؤكدة",
)}  # fmt: skip
