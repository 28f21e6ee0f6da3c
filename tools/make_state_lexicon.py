# ruff: noqa: E501  (the state tables are data: one state per line)
"""Write the state lexicon: ``kg/lang/actors.tsv`` and ``kg/lang/{ar,en}/aliases.tsv``.

The curated tables below hold, per state and language, the names, short names,
capitals, demonyms, abbreviations and ambiguous forms real news uses. The CLDR
territory name (from Babel) is merged in as a further ``name`` when it is not
already listed and is a form news prints (no "Congo - Kinshasa" or
"Myanmar (Burma)" display forms).

Usage::

    .venv/bin/python tools/make_state_lexicon.py          # rewrite the three files
    .venv/bin/python tools/make_state_lexicon.py --check  # exit 1 if they are stale

Table lines read ``KEY | names | short | capitals | demonyms | abbrevs | ambiguous``;
items inside a field are separated by ``;``. The first name is the label.
Arabic forms are written as printed: the loader strips proclitics, handles ال,
alef/hamza, ى/ي, ة/ه and diacritics, so only genuinely different spellings are
listed. Arabic demonyms are the masculine singular nisba without ال, plus
irregular (broken) plurals; English demonyms are the adjective, plus
person nouns whose plural is not adjective + s (Briton, Turk, Dane). "Congo" and
الكونغو alone are the Democratic Republic of the Congo, as wire copy uses them (the
Republic of the Congo is named in full or as Congo-Brazzaville).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "AR_TABLE",
    "EN_TABLE",
    "KINDS",
    "Row",
    "build",
    "cldr_names",
    "main",
    "normalize_ar",
    "normalize_en",
    "parse_table",
]

KINDS = ("name", "short", "capital", "demonym", "abbrev", "ambiguous")
"""Alias kinds, in the column order of the tables."""

ACTORS_HEADER = ("key", "class", "country", "affiliation", "label_en", "label_ar")
ALIASES_HEADER = ("key", "kind", "form")

REPO = Path(__file__).resolve().parent.parent
OUT_ACTORS = REPO / "kg" / "lang" / "actors.tsv"
OUT_ALIASES = {lang: REPO / "kg" / "lang" / lang / "aliases.tsv" for lang in ("ar", "en")}

# ISO 3166-1 alpha-3 -> alpha-2 for the codes Babel's territory aliases lack.
EXTRA_ALPHA2 = {"XKX": "XK"}

# CLDR names that are not how news names the actor (display or geographic forms).
CLDR_SKIP = {
    ("en", "PSE"): "Palestinian Territories",
    ("ar", "PSE"): "الأراضي الفلسطينية",
}

Row = tuple[str, str, str]
"""One alias row: (key, kind, form)."""


AR_TABLE = """\
# key | names | short | capitals | demonyms | abbrevs | ambiguous
AFG | أفغانستان; جمهورية أفغانستان الإسلامية | | كابل | أفغاني; أفغان | |
ALB | ألبانيا; جمهورية ألبانيا | | تيرانا | ألباني | |
DZA | الجزائر; الجمهورية الجزائرية; الجمهورية الجزائرية الديمقراطية الشعبية | | الجزائر العاصمة | جزائري | |
AND | أندورا; إمارة أندورا | | أندورا لا فيلا | أندوري | |
AGO | أنغولا; أنجولا; جمهورية أنغولا | | لواندا | أنغولي; أنجولي | |
ATG | أنتيغوا وبربودا; أنتيغوا وباربودا | أنتيغوا | سانت جونز | | |
ARG | الأرجنتين; جمهورية الأرجنتين | | بوينس آيرس; بوينوس آيرس | أرجنتيني | |
ARM | أرمينيا; جمهورية أرمينيا | | يريفان | أرميني; أرمني; أرمن | |
AUS | أستراليا; أوستراليا; كومنولث أستراليا | | كانبرا | أسترالي | |
AUT | النمسا; جمهورية النمسا | | فيينا | نمساوي | |
AZE | أذربيجان; جمهورية أذربيجان | | باكو | أذربيجاني; أذري | |
BHS | جزر البهاما; البهاما; جزر الباهاماس; الباهاماس | | ناساو | | |
BHR | البحرين; مملكة البحرين | | المنامة | بحريني | |
BGD | بنغلاديش; بنغلادش; بنجلاديش | | دكا; داكا | بنغلاديشي | |
BRB | بربادوس; باربادوس | | بريدجتاون; بريدج تاون | | |
BLR | بيلاروسيا; بيلاروس; روسيا البيضاء; جمهورية بيلاروسيا | | مينسك | بيلاروسي | |
BEL | بلجيكا; مملكة بلجيكا | | | بلجيكي | | بروكسل
BLZ | بليز | | بلموبان | بليزي | |
BEN | جمهورية بنين | | بورتو نوفو; كوتونو | بنيني | | بنين
BTN | بوتان; بهوتان; مملكة بوتان | | تيمفو; ثيمفو | بوتاني | |
BOL | بوليفيا; دولة بوليفيا المتعددة القوميات | | لاباز; لا باز; سوكري | بوليفي | |
BIH | البوسنة والهرسك | البوسنة | سراييفو; ساراييفو | بوسني | |
BWA | بوتسوانا; بتسوانا | | غابورون; جابورون | بوتسواني | |
BRA | البرازيل; جمهورية البرازيل الاتحادية | | برازيليا | برازيلي | |
BRN | بروناي; بروناي دار السلام; سلطنة بروناي | | بندر سري بكاوان; بندر سري بيغاوان | بروناوي | |
BGR | بلغاريا; جمهورية بلغاريا | | صوفيا | بلغاري; بلغار | |
BFA | بوركينا فاسو; بوركينافاسو | | واغادوغو; واجادوجو | بوركيني; بوركينابي | |
BDI | بوروندي; جمهورية بوروندي | | غيتيغا; بوجومبورا | بوروندي | |
CPV | الرأس الأخضر; كابو فيردي; كاب فيردي; جمهورية الرأس الأخضر | | برايا | | |
KHM | كمبوديا; مملكة كمبوديا | | بنوم بنه; بنوم بن | كمبودي | |
CMR | الكاميرون; جمهورية الكاميرون | | ياوندي | كاميروني | |
CAN | كندا | | أوتاوا | كندي | |
CAF | جمهورية أفريقيا الوسطى | | بانغي; بانجي | | | أفريقيا الوسطى
TCD | تشاد; جمهورية تشاد | | نجامينا; إنجامينا | تشادي | | بحيرة تشاد
CHL | تشيلي; شيلي; جمهورية تشيلي | | سانتياغو; سانتياجو | تشيلي; شيلي | |
CHN | الصين; جمهورية الصين الشعبية; الصين الشعبية | | بكين; بيجين; بيجينغ | صيني | | بحر الصين الجنوبي; بحر الصين الشرقي
COL | كولومبيا; جمهورية كولومبيا | | بوغوتا; بوجوتا | كولومبي | |
COM | جزر القمر; اتحاد جزر القمر; الاتحاد القمري | | موروني | | | قمري
COG | جمهورية الكونغو; الكونغو برازافيل | | برازافيل | | |
CRI | كوستاريكا; كوستا ريكا | | سان خوسيه | كوستاريكي | |
CIV | ساحل العاج; كوت ديفوار; كوت دي فوار | | ياموسوكرو; أبيدجان | إيفواري; عاجي | |
HRV | كرواتيا; جمهورية كرواتيا | | زغرب; زاغرب | كرواتي | |
CUB | كوبا; جمهورية كوبا | | هافانا | كوبي | |
CYP | قبرص; جمهورية قبرص | | نيقوسيا | قبرصي; القبارصة اليونانيين; القبارصة اليونانيون; القبارصة | |
CZE | التشيك; جمهورية التشيك; تشيكيا; الجمهورية التشيكية | | براغ | تشيكي | |
PRK | كوريا الشمالية; كوريا الديمقراطية; جمهورية كوريا الشعبية الديمقراطية; جمهورية كوريا الديمقراطية الشعبية | | بيونغيانغ; بيونغ يانغ; بيونغيانج | كوري شمالي; الكوري الشمالي; كورية شمالية; الكورية الشمالية; الكوريين الشماليين; الكوريون الشماليون | | كوريا; كوري
COD | جمهورية الكونغو الديمقراطية; الكونغو الديمقراطية; الكونغو كينشاسا | الكونغو | كينشاسا | كونغولي | |
DNK | الدنمارك; الدانمارك; الدنمرك; الدانمرك; مملكة الدنمارك | | كوبنهاغن; كوبنهاجن | دنماركي; دانماركي; دنمركي; دانمركي | |
DJI | جيبوتي; جمهورية جيبوتي | | مدينة جيبوتي | جيبوتي | |
DMA | دومينيكا; كومنولث دومينيكا | | | | | روسو
DOM | جمهورية الدومينيكان; الدومينيكان | | سانتو دومينغو; سانتو دومينجو | دومينيكاني | |
ECU | الإكوادور; جمهورية الإكوادور | | كيتو | إكوادوري | |
EGY | مصر; جمهورية مصر العربية | | القاهرة | مصري | |
SLV | السلفادور; جمهورية السلفادور | | سان سلفادور | سلفادوري | |
GNQ | غينيا الاستوائية; جمهورية غينيا الاستوائية | | مالابو | | |
ERI | إريتريا; إرتريا | | أسمرة; أسمرا | إريتري; إرتري | |
EST | إستونيا; جمهورية إستونيا | | تالين | إستوني | |
SWZ | إسواتيني; إيسواتيني; سوازيلاند; مملكة إسواتيني | | مباباني | سوازي | |
ETH | إثيوبيا; الحبشة; جمهورية إثيوبيا الفيدرالية الديمقراطية | | أديس أبابا | إثيوبي | |
FJI | فيجي; جزر فيجي; جمهورية فيجي | | سوفا | فيجي | |
FIN | فنلندا; جمهورية فنلندا | | هلسنكي | فنلندي | |
FRA | فرنسا; الجمهورية الفرنسية | | باريس | فرنسي | |
GAB | الغابون; الجابون; الجمهورية الغابونية | | ليبرفيل | غابوني; جابوني | |
GMB | غامبيا; جامبيا; جمهورية غامبيا | | بانجول | غامبي | |
GEO | جورجيا | | تبليسي | جورجي | |
DEU | ألمانيا; ألمانيا الاتحادية; جمهورية ألمانيا الاتحادية | | برلين | ألماني; ألمان | |
GHA | غانا; جمهورية غانا | | أكرا | غاني | |
GRC | اليونان; الجمهورية الهيلينية | | أثينا | يوناني | |
GRD | غرينادا | | سانت جورجز | | |
GTM | غواتيمالا; جواتيمالا | | مدينة غواتيمالا | غواتيمالي | |
GIN | غينيا; جمهورية غينيا; غينيا كوناكري | | كوناكري | غيني | | خليج غينيا
GNB | غينيا بيساو | | بيساو | | |
GUY | غيانا; غويانا | | جورج تاون; جورجتاون | غياني | |
HTI | هايتي; جمهورية هايتي | | بور أو برنس; بورت أو برنس | هايتي | |
HND | هندوراس; جمهورية هندوراس | | تيغوسيغالبا | هندوراسي | |
HUN | المجر; هنغاريا; هنجاريا | | بودابست | هنغاري; هنجاري | | مجري
ISL | آيسلندا; أيسلاندا | | ريكيافيك | آيسلندي | |
IND | الهند; جمهورية الهند | | نيودلهي; نيو دلهي | هندي; هنود | |
IDN | إندونيسيا; جمهورية إندونيسيا | | جاكرتا | إندونيسي | |
IRN | إيران; الجمهورية الإسلامية الإيرانية; جمهورية إيران الإسلامية; الجمهورية الإسلامية في إيران | الجمهورية الإسلامية | طهران | إيراني | |
IRQ | العراق; جمهورية العراق | | بغداد | عراقي | |
IRL | أيرلندا; جمهورية أيرلندا | | دبلن | أيرلندي | |
ISR | إسرائيل; دولة إسرائيل | الكيان الصهيوني; الكيان الإسرائيلي; الكيان العبري; الدولة العبرية; الدولة اليهودية; الكيان الغاصب; الكيان المحتل; كيان الاحتلال; دولة الاحتلال; دولة الاحتلال الإسرائيلي; سلطات الاحتلال; حكومة الاحتلال; جيش الاحتلال; الاحتلال الإسرائيلي; الاحتلال الصهيوني; العدو الصهيوني; العدو الإسرائيلي | تل أبيب | إسرائيلي; صهيوني; صهاينة | | القدس; الاحتلال
ITA | إيطاليا; الجمهورية الإيطالية | | روما | إيطالي | |
JAM | جامايكا; جمايكا | | كينغستون; كينجستون | جامايكي | |
JPN | اليابان | | طوكيو | ياباني | | بحر اليابان
JOR | الأردن; المملكة الأردنية الهاشمية; المملكة الأردنية | | | أردني | | عمان
KAZ | كازاخستان; قازاقستان; جمهورية كازاخستان | | أستانا; نور سلطان | كازاخستاني; كازاخي | |
KEN | كينيا; جمهورية كينيا | | نيروبي | كيني | |
KIR | كيريباتي; كيريباس | | تاراوا | | |
KWT | الكويت; دولة الكويت | | مدينة الكويت | كويتي | |
KGZ | قيرغيزستان; قرغيزستان; كيرغيزستان; قرغيزيا | | بيشكيك; بيشكك | قيرغيزي; قرغيزي; قيرغيزستاني | |
LAO | لاوس; جمهورية لاو الديمقراطية الشعبية | | فيينتيان; فينتيان | لاوسي | |
LVA | لاتفيا; جمهورية لاتفيا | | ريغا; ريجا | لاتفي | |
LBN | لبنان; الجمهورية اللبنانية | | بيروت | لبناني | |
LSO | ليسوتو; مملكة ليسوتو | | ماسيرو | | |
LBR | ليبيريا; جمهورية ليبيريا | | مونروفيا | ليبيري | |
LBY | ليبيا; دولة ليبيا | | طرابلس; طرابلس الغرب | ليبي | |
LIE | ليختنشتاين; إمارة ليختنشتاين | | فادوتس | | |
LTU | ليتوانيا; جمهورية ليتوانيا | | فيلنيوس | ليتواني | |
LUX | لوكسمبورغ; لوكسمبورج; دوقية لوكسمبورغ الكبرى | | مدينة لوكسمبورغ | لوكسمبورغي | |
MDG | مدغشقر; جمهورية مدغشقر | | أنتاناناريفو | مدغشقري; ملغاشي | |
MWI | ملاوي; مالاوي | | ليلونغوي | ملاوي; مالاوي | |
MYS | ماليزيا | | كوالالمبور; كوالا لمبور; بوتراجايا | ماليزي | |
MDV | جزر المالديف; المالديف; جمهورية المالديف | | | مالديفي | |
MLI | جمهورية مالي | | باماكو | الماليين; الماليون | | مالي; ماليا
MLT | مالطا; مالطة; جمهورية مالطا | | فاليتا | مالطي | |
MHL | جزر مارشال; جمهورية جزر مارشال | | ماجورو | | |
MRT | موريتانيا; الجمهورية الإسلامية الموريتانية | | نواكشوط | موريتاني | |
MUS | موريشيوس; جمهورية موريشيوس | | بورت لويس | موريشيوسي | |
MEX | المكسيك; الولايات المتحدة المكسيكية | | مكسيكو سيتي; مدينة مكسيكو | مكسيكي | | خليج المكسيك
FSM | ميكرونيزيا; ولايات ميكرونيزيا المتحدة | | باليكير | | |
MDA | مولدوفا; مولدافيا; جمهورية مولدوفا | | كيشيناو; تشيسيناو | مولدوفي; مولدافي | |
MCO | موناكو; إمارة موناكو | | | | |
MNG | منغوليا; مونغوليا | | أولان باتور; أولانباتار; أولان باتار | منغولي | |
MNE | الجبل الأسود; مونتينيغرو | | بودغوريتسا | مونتينيغري | |
MAR | المغرب; المملكة المغربية | | الرباط | مغربي; مغاربة | |
MOZ | موزمبيق; موزامبيق | | مابوتو | موزمبيقي | |
MMR | ميانمار; بورما | | نايبيداو; نايبيتاو | ميانماري; بورمي | |
NAM | ناميبيا; جمهورية ناميبيا | | ويندهوك | ناميبي | |
NRU | ناورو | | يارين | | |
NPL | نيبال | | كاتماندو | نيبالي | |
NLD | هولندا; مملكة هولندا; مملكة الأراضي المنخفضة | | أمستردام; لاهاي | هولندي | |
NZL | نيوزيلندا; نيوزيلاندا | | ويلينغتون; ولنغتون | نيوزيلندي | |
NIC | نيكاراغوا; نيكاراجوا | | ماناغوا; ماناجوا | نيكاراغوي | |
NER | النيجر; جمهورية النيجر | | نيامي | نيجري | |
NGA | نيجيريا; جمهورية نيجيريا الاتحادية | | أبوجا | نيجيري | |
MKD | مقدونيا الشمالية; شمال مقدونيا; مقدونيا; جمهورية مقدونيا الشمالية | | سكوبيه; سكوبيي | مقدوني | |
NOR | النرويج; مملكة النرويج | | أوسلو | نرويجي | |
OMN | سلطنة عمان | | مسقط | عماني | | عمان; خليج عمان
PAK | باكستان; جمهورية باكستان الإسلامية | | إسلام آباد; إسلاماباد | باكستاني | |
PLW | بالاو | | نجيرولمود | | |
PAN | بنما; جمهورية بنما | | مدينة بنما | بنمي | |
PNG | بابوا غينيا الجديدة | | بورت مورسبي | | |
PRY | باراغواي; باراجواي | | أسونسيون | باراغوايي | |
PER | بيرو; جمهورية بيرو | | ليما | بيروفي | |
PHL | الفلبين; الفليبين; جمهورية الفلبين | | مانيلا | فلبيني | |
POL | بولندا; بولونيا; جمهورية بولندا | | وارسو | بولندي | |
PRT | البرتغال; الجمهورية البرتغالية | | لشبونة | برتغالي | |
QAT | قطر; دولة قطر | | الدوحة | قطري | |
KOR | كوريا الجنوبية; جمهورية كوريا | | سيول; سول | كوري جنوبي; الكوري الجنوبي; كورية جنوبية; الكورية الجنوبية; الكوريين الجنوبيين; الكوريون الجنوبيون | | كوريا; كوري
ROU | رومانيا; جمهورية رومانيا | | بوخارست | روماني | |
RUS | روسيا; روسيا الاتحادية; الاتحاد الروسي | | موسكو | روسي; روس | |
RWA | رواندا; جمهورية رواندا | | كيغالي; كيجالي | رواندي | |
KNA | سانت كيتس ونيفيس; سانت كيتس ونيفس | | باستير | | |
LCA | سانت لوسيا | | كاستريس | | |
VCT | سانت فنسنت وجزر غرينادين; سانت فنسنت والغرينادين; سانت فينسنت والغرينادين | | كينغستاون | | |
WSM | ساموا; دولة ساموا المستقلة | | أبيا | | |
SMR | سان مارينو | | | | |
STP | ساو تومي وبرينسيبي; ساو تومي وبرنسيب | | ساو تومي | | |
SAU | السعودية; المملكة العربية السعودية; المملكة السعودية | بلاد الحرمين; بلاد الحرمين الشريفين | الرياض | سعودي | |
SEN | السنغال; جمهورية السنغال | | داكار | سنغالي | |
SRB | صربيا; جمهورية صربيا | | بلغراد | صربي | |
SYC | سيشل; سيشيل; جزر سيشل; جمهورية سيشل | | | سيشيلي | | فيكتوريا
SLE | سيراليون; سيرا ليون; جمهورية سيراليون | | فريتاون | سيراليوني | |
SGP | سنغافورة; جمهورية سنغافورة | | | سنغافوري | |
SVK | سلوفاكيا; جمهورية سلوفاكيا | | براتيسلافا | سلوفاكي | |
SVN | سلوفينيا; جمهورية سلوفينيا | | ليوبليانا; لوبليانا | سلوفيني | |
SLB | جزر سليمان; جزر سولومون | | هونيارا | | |
SOM | الصومال; جمهورية الصومال الفيدرالية | | مقديشو | صومالي | | أرض الصومال; صوماليلاند
ZAF | جنوب أفريقيا; جمهورية جنوب أفريقيا | | بريتوريا; كيب تاون | جنوب أفريقي | |
SSD | جنوب السودان; جمهورية جنوب السودان; دولة جنوب السودان | | جوبا | جنوب سوداني | |
ESP | إسبانيا; مملكة إسبانيا | | مدريد | إسباني; إسبان | |
LKA | سريلانكا; سري لانكا | | كولومبو | سريلانكي | |
SDN | السودان; جمهورية السودان | | الخرطوم | سوداني | |
SUR | سورينام; جمهورية سورينام | | باراماريبو | سورينامي | |
SWE | السويد; مملكة السويد | | ستوكهولم | سويدي | |
CHE | سويسرا; الاتحاد السويسري | | برن | سويسري | |
SYR | سوريا; سورية; الجمهورية العربية السورية | | دمشق | سوري | |
TJK | طاجيكستان; جمهورية طاجيكستان | | دوشنبه; دوشانبي | طاجيكستاني | | طاجيكي
TZA | تنزانيا; جمهورية تنزانيا المتحدة | | دودوما | تنزاني | | دار السلام
THA | تايلاند; تايلاندا; تايلند | | بانكوك | تايلاندي | | خليج تايلاند
TLS | تيمور الشرقية; تيمور ليشتي | | | تيموري | | ديلي
TGO | توغو; توجو; جمهورية توغو | | لومي | توغولي | |
TON | تونغا; مملكة تونغا | | نوكوالوفا | | |
TTO | ترينيداد وتوباغو; ترينيداد وتوباجو | ترينيداد | بورت أوف سبين | ترينيدادي | |
TUN | تونس; الجمهورية التونسية | | تونس العاصمة | تونسي | |
TUR | تركيا; الجمهورية التركية | | أنقرة | تركي; أتراك | |
TKM | تركمانستان | | عشق آباد; عشقباد; أشغابات | تركمانستاني | | تركماني
TUV | توفالو | | فونافوتي | | |
UGA | أوغندا; أوغاندا | | كمبالا | أوغندي | |
UKR | أوكرانيا | | كييف | أوكراني | | كيف
ARE | الإمارات; الإمارات العربية المتحدة; دولة الإمارات; دولة الإمارات العربية المتحدة | | أبوظبي; أبو ظبي | إماراتي | |
GBR | المملكة المتحدة; بريطانيا; بريطانيا العظمى; المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية | | لندن | بريطاني | | إنجليزي; إنكليزي; إنجلترا; إنكلترا; أيرلندا الشمالية
USA | الولايات المتحدة; الولايات المتحدة الأمريكية; الولايات المتحدة الأميركية | أمريكا; أميركا; الشيطان الأكبر | واشنطن | أمريكي; أميركي; أمريكان; أميركان | | أمريكا اللاتينية; أميركا اللاتينية; أمريكا الجنوبية; أميركا الجنوبية; أمريكا الشمالية; أميركا الشمالية; أمريكا الوسطى; أميركا الوسطى
URY | الأوروغواي; أورغواي; الأوروجواي | | مونتيفيديو | أوروغوايي | |
UZB | أوزبكستان; أوزباكستان | | طشقند | أوزبكستاني | | أوزبكي
VUT | فانواتو | | بورت فيلا | | |
VEN | فنزويلا; جمهورية فنزويلا البوليفارية | | كاراكاس; كراكاس | فنزويلي | |
VNM | فيتنام; جمهورية فيتنام الاشتراكية | | هانوي | فيتنامي | |
YEM | اليمن; الجمهورية اليمنية | | صنعاء | يمني | |
ZMB | زامبيا; جمهورية زامبيا | | لوساكا | زامبي | |
ZWE | زيمبابوي; جمهورية زيمبابوي | | هراري | زيمبابوي | |
PSE | فلسطين; دولة فلسطين | السلطة الفلسطينية; السلطة الوطنية الفلسطينية | رام الله | فلسطيني | | القدس
VAT | الفاتيكان; الكرسي الرسولي; دولة الفاتيكان; حاضرة الفاتيكان; دولة مدينة الفاتيكان | | | فاتيكاني | |
TWN | تايوان | | تايبيه; تايبي | تايواني | |
XKX | كوسوفو; كوسوفا; جمهورية كوسوفو | | بريشتينا | كوسوفي; كوسوفاري | |
"""
"""Arabic: the usual news forms; labels are the first name."""

EN_TABLE = """\
# key | names | short | capitals | demonyms | abbrevs | ambiguous
AFG | Afghanistan; Islamic Republic of Afghanistan | | Kabul | Afghan; Afghani | |
ALB | Albania; Republic of Albania | | Tirana; Tirane | Albanian | |
DZA | Algeria; People's Democratic Republic of Algeria | | Algiers | Algerian | |
AND | Andorra; Principality of Andorra | | Andorra la Vella | Andorran | |
AGO | Angola; Republic of Angola | | Luanda | Angolan | |
ATG | Antigua and Barbuda; Antigua & Barbuda | Antigua | St. John's; St John's; Saint John's | Antiguan | |
ARG | Argentina; Argentine Republic | | Buenos Aires | Argentine; Argentinian; Argentinean | |
ARM | Armenia; Republic of Armenia | | Yerevan; Erevan | Armenian | |
AUS | Australia; Commonwealth of Australia | | Canberra | Australian | |
AUT | Austria; Republic of Austria | | Vienna | Austrian | |
AZE | Azerbaijan; Republic of Azerbaijan | | Baku | Azerbaijani; Azeri | |
BHS | Bahamas; Commonwealth of The Bahamas | | Nassau | Bahamian | |
BHR | Bahrain; Kingdom of Bahrain | | Manama | Bahraini | |
BGD | Bangladesh; People's Republic of Bangladesh | | Dhaka; Dacca | Bangladeshi | |
BRB | Barbados | | Bridgetown | Barbadian; Bajan | |
BLR | Belarus; Republic of Belarus; Byelorussia | | Minsk | Belarusian; Belarussian; Byelorussian | |
BEL | Belgium; Kingdom of Belgium | | | Belgian | | Brussels
BLZ | Belize | | Belmopan | Belizean | |
BEN | Benin; Republic of Benin | | Porto-Novo; Porto Novo; Cotonou | Beninese; Beninois | |
BTN | Bhutan; Kingdom of Bhutan | | Thimphu | Bhutanese | |
BOL | Bolivia; Plurinational State of Bolivia | | La Paz; Sucre | Bolivian | |
BIH | Bosnia and Herzegovina; Bosnia & Herzegovina; Bosnia-Herzegovina | Bosnia | Sarajevo | Bosnian | BiH |
BWA | Botswana; Republic of Botswana | | Gaborone | Botswanan; Motswana; Batswana | |
BRA | Brazil; Federative Republic of Brazil | | Brasilia; Brasília | Brazilian | |
BRN | Brunei; Brunei Darussalam | | Bandar Seri Begawan | Bruneian | |
BGR | Bulgaria; Republic of Bulgaria | | Sofia | Bulgarian | |
BFA | Burkina Faso | Burkina | Ouagadougou | Burkinabe; Burkinabè; Burkinabé | |
BDI | Burundi; Republic of Burundi | | Gitega; Bujumbura | Burundian | |
CPV | Cape Verde; Cabo Verde; Republic of Cabo Verde | | Praia | Cape Verdean; Cabo Verdean | |
KHM | Cambodia; Kingdom of Cambodia | | Phnom Penh | Cambodian | |
CMR | Cameroon; Republic of Cameroon | | Yaounde; Yaoundé | Cameroonian | |
CAN | Canada | | Ottawa | Canadian | |
CAF | Central African Republic | | Bangui | Central African | CAR |
TCD | Chad; Republic of Chad | | N'Djamena; Ndjamena; N’Djamena | Chadian | | Lake Chad
CHL | Chile; Republic of Chile | | Santiago | Chilean | |
CHN | China; People's Republic of China; Mainland China | | Beijing; Peking | Chinese | PRC; P.R.C. | South China Sea; East China Sea
COL | Colombia; Republic of Colombia | | Bogota; Bogotá | Colombian | |
COM | Comoros; Union of the Comoros | | Moroni | Comorian; Comoran | |
COG | Republic of the Congo; Congo-Brazzaville; Congo Brazzaville; Republic of Congo | | Brazzaville | | |
CRI | Costa Rica; Republic of Costa Rica | | San Jose; San José | Costa Rican | |
CIV | Ivory Coast; Côte d'Ivoire; Cote d'Ivoire; Côte d’Ivoire; Cote d’Ivoire | | Yamoussoukro; Abidjan | Ivorian | |
HRV | Croatia; Republic of Croatia | | Zagreb | Croatian | | Croat
CUB | Cuba; Republic of Cuba | | Havana | Cuban | |
CYP | Cyprus; Republic of Cyprus | | Nicosia | Cypriot; Greek Cypriot; Greek Cypriots | |
CZE | Czech Republic; Czechia | | Prague | Czech | |
PRK | North Korea; Democratic People's Republic of Korea | | Pyongyang | North Korean | DPRK; D.P.R.K. | Korea; Korean
COD | Democratic Republic of the Congo; Democratic Republic of Congo; DR Congo; D.R. Congo; Congo-Kinshasa; Congo Kinshasa | Congo | Kinshasa | Congolese | DRC; D.R.C. |
DNK | Denmark; Kingdom of Denmark | | Copenhagen | Danish; Dane | |
DJI | Djibouti; Republic of Djibouti | | Djibouti City | Djiboutian | |
DMA | Dominica; Commonwealth of Dominica | | Roseau | | | Dominican
DOM | Dominican Republic | | Santo Domingo | Dominican | |
ECU | Ecuador; Republic of Ecuador | | Quito | Ecuadorian; Ecuadorean | |
EGY | Egypt; Arab Republic of Egypt | | Cairo | Egyptian | |
SLV | El Salvador; Republic of El Salvador | | San Salvador | Salvadoran; Salvadorian; Salvadorean | |
GNQ | Equatorial Guinea; Republic of Equatorial Guinea | | Malabo | Equatorial Guinean; Equatoguinean | |
ERI | Eritrea; State of Eritrea | | Asmara | Eritrean | |
EST | Estonia; Republic of Estonia | | Tallinn | Estonian | |
SWZ | Eswatini; Kingdom of Eswatini; Swaziland | | Mbabane; Lobamba | Swazi; Emaswati | |
ETH | Ethiopia; Federal Democratic Republic of Ethiopia | | Addis Ababa | Ethiopian | |
FJI | Fiji; Republic of Fiji | | Suva | Fijian | |
FIN | Finland; Republic of Finland | | Helsinki | Finnish; Finn | |
FRA | France; French Republic | | Paris | French; Frenchman | |
GAB | Gabon; Gabonese Republic | | Libreville | Gabonese | |
GMB | Gambia; Republic of The Gambia | | Banjul | Gambian | |
GEO | Georgia | | Tbilisi | Georgian | |
DEU | Germany; Federal Republic of Germany | | Berlin | German | FRG |
GHA | Ghana; Republic of Ghana | | Accra | Ghanaian | |
GRC | Greece; Hellenic Republic | | Athens | Greek; Hellenic | |
GRD | Grenada | | St. George's; St George's; Saint George's | Grenadian | |
GTM | Guatemala; Republic of Guatemala | | Guatemala City | Guatemalan | |
GIN | Guinea; Republic of Guinea; Guinea-Conakry; Guinea Conakry | | Conakry | Guinean | | Gulf of Guinea
GNB | Guinea-Bissau; Guinea Bissau; Republic of Guinea-Bissau | | Bissau | Bissau-Guinean | |
GUY | Guyana; Co-operative Republic of Guyana | | Georgetown | Guyanese | |
HTI | Haiti; Republic of Haiti | | Port-au-Prince | Haitian | |
HND | Honduras; Republic of Honduras | | Tegucigalpa | Honduran | |
HUN | Hungary | | Budapest | Hungarian | |
ISL | Iceland | | Reykjavik; Reykjavík | Icelandic; Icelander | |
IND | India; Republic of India | | New Delhi | Indian | |
IDN | Indonesia; Republic of Indonesia | | Jakarta | Indonesian | |
IRN | Iran; Islamic Republic of Iran | Islamic Republic | Tehran; Teheran | Iranian | |
IRQ | Iraq; Republic of Iraq | | Baghdad | Iraqi | |
IRL | Ireland; Republic of Ireland; Eire | | Dublin | Irish | |
ISR | Israel; State of Israel | Zionist entity; Zionist regime; Zionist enemy; Israeli enemy; Jewish state; Israeli occupation; Israeli entity | Tel Aviv | Israeli | | Jerusalem
ITA | Italy; Italian Republic | | Rome | Italian | |
JAM | Jamaica | | Kingston | Jamaican | |
JPN | Japan | | Tokyo | Japanese | | Sea of Japan
JOR | Jordan; Hashemite Kingdom of Jordan | | Amman | Jordanian | |
KAZ | Kazakhstan; Republic of Kazakhstan | | Astana; Nur-Sultan | Kazakh; Kazakhstani | |
KEN | Kenya; Republic of Kenya | | Nairobi | Kenyan | |
KIR | Kiribati; Republic of Kiribati | | Tarawa; South Tarawa | I-Kiribati | |
KWT | Kuwait; State of Kuwait | | Kuwait City | Kuwaiti | |
KGZ | Kyrgyzstan; Kyrgyz Republic; Kirghizia | | Bishkek | Kyrgyz; Kyrgyzstani; Kirghiz | |
LAO | Laos; Lao People's Democratic Republic; Lao PDR | | Vientiane | Laotian; Lao | |
LVA | Latvia; Republic of Latvia | | Riga | Latvian | |
LBN | Lebanon; Lebanese Republic | | Beirut | Lebanese | |
LSO | Lesotho; Kingdom of Lesotho | | Maseru | Basotho; Mosotho | |
LBR | Liberia; Republic of Liberia | | Monrovia | Liberian | |
LBY | Libya; State of Libya | | Tripoli | Libyan | |
LIE | Liechtenstein; Principality of Liechtenstein | | Vaduz | Liechtensteiner | |
LTU | Lithuania; Republic of Lithuania | | Vilnius | Lithuanian | |
LUX | Luxembourg; Grand Duchy of Luxembourg | | Luxembourg City | Luxembourgish; Luxembourger | |
MDG | Madagascar; Republic of Madagascar | | Antananarivo | Malagasy | |
MWI | Malawi; Republic of Malawi | | Lilongwe | Malawian | |
MYS | Malaysia | | Kuala Lumpur; Putrajaya | Malaysian | |
MDV | Maldives; Republic of Maldives; Republic of the Maldives | | Malé | Maldivian | | Male
MLI | Mali; Republic of Mali | | Bamako | Malian | |
MLT | Malta; Republic of Malta | | Valletta | Maltese | |
MHL | Marshall Islands; Republic of the Marshall Islands | | Majuro | Marshallese | |
MRT | Mauritania; Islamic Republic of Mauritania | | Nouakchott | Mauritanian | |
MUS | Mauritius; Republic of Mauritius | | Port Louis | Mauritian | |
MEX | Mexico; United Mexican States | | Mexico City | Mexican | | Gulf of Mexico
FSM | Micronesia; Federated States of Micronesia | | Palikir | Micronesian | FSM |
MDA | Moldova; Republic of Moldova | | Chisinau; Chișinău; Kishinev | Moldovan | |
MCO | Monaco; Principality of Monaco | | | Monegasque; Monacan | |
MNG | Mongolia | | Ulaanbaatar; Ulan Bator | Mongolian | |
MNE | Montenegro | | Podgorica | Montenegrin | |
MAR | Morocco; Kingdom of Morocco | | Rabat | Moroccan | |
MOZ | Mozambique; Republic of Mozambique | | Maputo | Mozambican | |
MMR | Myanmar; Burma; Republic of the Union of Myanmar | | Naypyidaw; Naypyitaw; Nay Pyi Taw | Burmese; Myanmarese | |
NAM | Namibia; Republic of Namibia | | Windhoek | Namibian | |
NRU | Nauru; Republic of Nauru | | Yaren | Nauruan | |
NPL | Nepal | | Kathmandu | Nepalese; Nepali | |
NLD | Netherlands; Kingdom of the Netherlands; Holland | | Amsterdam; The Hague | Dutch; Dutchman | |
NZL | New Zealand | | Wellington | New Zealander | |
NIC | Nicaragua; Republic of Nicaragua | | Managua | Nicaraguan | |
NER | Niger; Republic of Niger; Republic of the Niger | | Niamey | Nigerien | |
NGA | Nigeria; Federal Republic of Nigeria | | Abuja | Nigerian | |
MKD | North Macedonia; Republic of North Macedonia; Macedonia; Former Yugoslav Republic of Macedonia | | Skopje | Macedonian; North Macedonian | FYROM |
NOR | Norway; Kingdom of Norway | | Oslo | Norwegian | |
OMN | Oman; Sultanate of Oman | | Muscat | Omani | | Gulf of Oman
PAK | Pakistan; Islamic Republic of Pakistan | | Islamabad | Pakistani | |
PLW | Palau; Republic of Palau | | Ngerulmud; Melekeok | Palauan | |
PAN | Panama; Republic of Panama | | Panama City | Panamanian | |
PNG | Papua New Guinea; Independent State of Papua New Guinea | | Port Moresby | Papua New Guinean | PNG |
PRY | Paraguay; Republic of Paraguay | | Asuncion; Asunción | Paraguayan | |
PER | Peru; Republic of Peru | | Lima | Peruvian | |
PHL | Philippines; Republic of the Philippines | | Manila | Filipino; Philippine | | Philippine Sea
POL | Poland; Republic of Poland | | Warsaw | Polish | |
PRT | Portugal; Portuguese Republic | | Lisbon | Portuguese | |
QAT | Qatar; State of Qatar | | Doha | Qatari | |
KOR | South Korea; Republic of Korea | | Seoul | South Korean | ROK; R.O.K. | Korea; Korean
ROU | Romania | | Bucharest | Romanian | |
RUS | Russia; Russian Federation | | Moscow | Russian | |
RWA | Rwanda; Republic of Rwanda | | Kigali | Rwandan | |
KNA | Saint Kitts and Nevis; St. Kitts and Nevis; St Kitts and Nevis; St. Kitts & Nevis; Federation of Saint Kitts and Nevis | | Basseterre | Kittitian; Nevisian | |
LCA | Saint Lucia; St. Lucia; St Lucia | | Castries | Saint Lucian; St. Lucian | |
VCT | Saint Vincent and the Grenadines; St. Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent & Grenadines | | Kingstown | Vincentian | |
WSM | Samoa; Independent State of Samoa | | Apia | Samoan | |
SMR | San Marino; Republic of San Marino | | | Sammarinese | |
STP | Sao Tome and Principe; São Tomé and Príncipe; São Tomé & Príncipe | | Sao Tome; São Tomé | Sao Tomean; São Toméan | |
SAU | Saudi Arabia; Kingdom of Saudi Arabia | | Riyadh | Saudi; Saudi Arabian | KSA |
SEN | Senegal; Republic of Senegal | | Dakar | Senegalese | |
SRB | Serbia; Republic of Serbia | | Belgrade | Serbian | | Serb
SYC | Seychelles; Republic of Seychelles | | | Seychellois | | Victoria
SLE | Sierra Leone; Republic of Sierra Leone | | Freetown | Sierra Leonean | |
SGP | Singapore; Republic of Singapore | | | Singaporean | |
SVK | Slovakia; Slovak Republic | | Bratislava | Slovak; Slovakian | |
SVN | Slovenia; Republic of Slovenia | | Ljubljana | Slovenian; Slovene | |
SLB | Solomon Islands | | Honiara | Solomon Islander | |
SOM | Somalia; Federal Republic of Somalia | | Mogadishu | Somali; Somalian | |
ZAF | South Africa; Republic of South Africa | | Pretoria; Tshwane; Cape Town | South African | RSA |
SSD | South Sudan; Republic of South Sudan | | Juba | South Sudanese | |
ESP | Spain; Kingdom of Spain | | Madrid | Spanish; Spaniard | |
LKA | Sri Lanka; Democratic Socialist Republic of Sri Lanka; Ceylon | | Colombo; Sri Jayawardenepura Kotte | Sri Lankan | |
SDN | Sudan; Republic of the Sudan; Republic of Sudan | | Khartoum; Port Sudan | Sudanese | |
SUR | Suriname; Surinam; Republic of Suriname | | Paramaribo | Surinamese; Surinamer | |
SWE | Sweden; Kingdom of Sweden | | Stockholm | Swedish; Swede | |
CHE | Switzerland; Swiss Confederation | | Bern; Berne | Swiss | |
SYR | Syria; Syrian Arab Republic | | Damascus | Syrian | |
TJK | Tajikistan; Republic of Tajikistan | | Dushanbe | Tajikistani | | Tajik
TZA | Tanzania; United Republic of Tanzania | | Dodoma; Dar es Salaam | Tanzanian | |
THA | Thailand; Kingdom of Thailand | | Bangkok | Thai | | Gulf of Thailand
TLS | East Timor; Timor-Leste; Timor Leste; Democratic Republic of Timor-Leste | | Dili | East Timorese; Timorese | |
TGO | Togo; Togolese Republic | | Lome; Lomé | Togolese | |
TON | Tonga; Kingdom of Tonga | | Nuku'alofa; Nukualofa | Tongan | |
TTO | Trinidad and Tobago; Trinidad & Tobago; Republic of Trinidad and Tobago | Trinidad | Port of Spain | Trinidadian; Tobagonian | |
TUN | Tunisia; Republic of Tunisia; Tunisian Republic | | Tunis | Tunisian | |
TUR | Turkey; Türkiye; Turkiye; Republic of Turkey; Republic of Türkiye | | Ankara | Turkish; Turk | |
TKM | Turkmenistan | | Ashgabat; Ashkhabad | Turkmenistani | | Turkmen
TUV | Tuvalu | | Funafuti | Tuvaluan | |
UGA | Uganda; Republic of Uganda | | Kampala | Ugandan | |
UKR | Ukraine | | Kyiv; Kiev | Ukrainian | |
ARE | United Arab Emirates | | Abu Dhabi | Emirati | UAE; U.A.E. |
GBR | United Kingdom; United Kingdom of Great Britain and Northern Ireland; Great Britain; Britain | | London | British; Briton | UK; U.K. | Northern Ireland
USA | United States; United States of America | America; Great Satan | Washington; Washington, D.C.; Washington DC | American | US; U.S.; USA; U.S.A. | New Mexico; Latin America; South America; North America; Central America; Latin American; South American; North American; Central American
URY | Uruguay; Oriental Republic of Uruguay | | Montevideo | Uruguayan | |
UZB | Uzbekistan; Republic of Uzbekistan | | Tashkent | Uzbekistani | | Uzbek
VUT | Vanuatu; Republic of Vanuatu | | Port Vila | Ni-Vanuatu | |
VEN | Venezuela; Bolivarian Republic of Venezuela | | Caracas | Venezuelan | |
VNM | Vietnam; Viet Nam; Socialist Republic of Vietnam | | Hanoi | Vietnamese | |
YEM | Yemen; Republic of Yemen | | Sanaa; Sana'a; Sana’a | Yemeni; Yemenite | |
ZMB | Zambia; Republic of Zambia | | Lusaka | Zambian | |
ZWE | Zimbabwe; Republic of Zimbabwe | | Harare | Zimbabwean | |
PSE | Palestine; State of Palestine | Palestinian Authority; Palestinian National Authority | Ramallah | Palestinian | | Jerusalem
VAT | Vatican; Holy See; Vatican City; Vatican City State | | | | |
TWN | Taiwan; Republic of China | | Taipei | Taiwanese | ROC |
XKX | Kosovo; Republic of Kosovo | | Pristina; Prishtina | Kosovar; Kosovan | |
"""
"""English: the usual news forms; labels are the first name."""


def normalize_ar(form: str) -> str:
    """Return the comparison key of an Arabic form.

    kg's own normaliser (alef/hamza, ى/ي, ة/ه, diacritics, tatweel, Persian
    letters) with spaces squeezed and a leading ال dropped, since the loader
    indexes the bare form too. Used to find duplicates and collisions.

    Examples
    --------
    >>> normalize_ar("الإمارات") == normalize_ar("امارات")
    True
    >>> normalize_ar("عُمان") == normalize_ar("عمان")
    True
    """
    from kg.lang.ar.normalize import normalize

    text = " ".join(normalize(unicodedata.normalize("NFC", form)).split())
    if text.startswith("ال") and len(text.split()[0]) > 3:
        text = text[2:]
    return text


def normalize_en(form: str) -> str:
    """Return the comparison key of an English form: case kept, a leading "the" dropped.

    Curly and straight apostrophes stay distinct: news prints both, so both are
    listed.

    Examples
    --------
    >>> normalize_en("the  United States")
    'United States'
    """
    words = form.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return " ".join(words)


def parse_table(text: str) -> Iterator[tuple[str, str, str]]:
    """Yield (key, kind, form) rows from a curated table, in table order.

    Examples
    --------
    >>> list(parse_table("IRN | Iran | | Tehran | Iranian | |"))
    [('IRN', 'name', 'Iran'), ('IRN', 'capital', 'Tehran'), ('IRN', 'demonym', 'Iranian')]
    """
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, *fields = (field.strip() for field in line.split("|"))
        if not re.fullmatch("[A-Z]{3}", key) or len(fields) > len(KINDS):
            raise ValueError(f"table line {lineno}: bad key or too many fields: {line!r}")
        for kind, field in zip(KINDS, fields, strict=False):
            for form in field.split(";"):
                if form.strip():
                    yield key, kind, form.strip()


def cldr_names(lang: str, keys: list[str]) -> dict[str, str]:
    """Return the Babel (CLDR) territory name per alpha-3 key, where CLDR has one."""
    from babel import Locale
    from babel.core import get_global

    alpha2 = {
        a3: a2[0]
        for a3, a2 in get_global("territory_aliases").items()
        if len(a3) == 3 and a3.isalpha() and len(a2) == 1
    }
    alpha2.update(EXTRA_ALPHA2)
    territories = Locale(lang).territories
    return {
        key: territories[alpha2[key]]
        for key in keys
        if key in alpha2 and alpha2[key] in territories
    }


def _printed(form: str) -> bool:
    """Tell whether a CLDR name is a form news prints (not a display form)."""
    return "(" not in form and " - " not in form


def _aliases(lang: str, table: str) -> tuple[list[Row], dict[str, str]]:
    """Curated rows plus CLDR names for one language; also the labels."""
    norm = normalize_ar if lang == "ar" else normalize_en
    rows: list[Row] = []
    labels: dict[str, str] = {}
    seen: set[tuple[str, str, str]] = set()
    for key, kind, form in parse_table(table):
        labels.setdefault(key, form)
        if (key, kind, norm(form)) in seen:
            raise ValueError(
                f"{lang} table: {key} {kind} {form!r} is listed twice "
                "(or differs only by a variant the loader normalises)"
            )
        seen.add((key, kind, norm(form)))
        rows.append((key, kind, form))
    known = {(key, norm(form)) for key, _, form in rows}
    for key, name in cldr_names(lang, list(labels)).items():
        if _printed(name) and CLDR_SKIP.get((lang, key)) != name and (key, norm(name)) not in known:
            rows.append((key, "name", name))
    rows.sort(key=lambda row: (list(labels).index(row[0]), KINDS.index(row[1])))
    return rows, labels


def _check_collisions(lang: str, rows: list[Row]) -> None:
    """Refuse a form that names two actors, or is both plain and ambiguous."""
    norm = normalize_ar if lang == "ar" else normalize_en
    plain: dict[str, set[str]] = {}
    vague: dict[str, set[str]] = {}
    for key, kind, form in rows:
        (vague if kind == "ambiguous" else plain).setdefault(norm(form), set()).add(key)
    for form, keys in plain.items():
        if len(keys) > 1:
            raise ValueError(f"{lang}: {form!r} names {sorted(keys)}; list it as ambiguous")
        if keys & vague.get(form, set()):
            raise ValueError(f"{lang}: {form!r} is both plain and ambiguous for {keys}")


def build() -> tuple[list[tuple[str, ...]], dict[str, list[Row]]]:
    """Return the actors.tsv rows and the alias rows per language.

    Raises
    ------
    ValueError
        When the tables disagree on keys, repeat a form, or give one form to
        two states outside the ``ambiguous`` kind.
    """
    aliases: dict[str, list[Row]] = {}
    labels: dict[str, dict[str, str]] = {}
    for lang, table in (("ar", AR_TABLE), ("en", EN_TABLE)):
        aliases[lang], labels[lang] = _aliases(lang, table)
        _check_collisions(lang, aliases[lang])
    if list(labels["ar"]) != list(labels["en"]):
        missing = set(labels["ar"]) ^ set(labels["en"])
        raise ValueError(f"the ar and en tables list different keys: {sorted(missing)}")
    actors = [(key, "State", key, "", labels["en"][key], labels["ar"][key]) for key in labels["en"]]
    return actors, aliases


def _tsv(
    header: tuple[str, ...], comments: list[str], rows: list[tuple[str, ...]], group: bool
) -> str:
    """Render rows as excel-tab TSV: header first, then comments, then rows."""
    lines = ["\t".join(header)] + [f"# {line}".rstrip() for line in comments]
    previous = None
    for row in rows:
        if any("\t" in cell or "\n" in cell or '"' in cell for cell in row):
            raise ValueError(f"a cell holds a tab, newline or double quote: {row!r}")
        if group and row[0] != previous:
            lines.append(f"# {row[0]}")
            previous = row[0]
        lines.append("\t".join(row))
    return "\n".join(lines) + "\n"


_GENERATED = "Generated by tools/make_state_lexicon.py: edit the tables there and re-run it."


def render() -> dict[Path, str]:
    """Return the text of every output file, keyed by its path."""
    actors, aliases = build()
    out = {
        OUT_ACTORS: _tsv(
            ACTORS_HEADER,
            [
                "Canonical actors: the states (193 UN members, PSE, VAT, TWN, XKX).",
                "Keys are ISO 3166-1 alpha-3 codes (XKX for Kosovo). " + _GENERATED,
            ],
            actors,
            group=False,
        )
    }
    notes = {
        "ar": [
            "State aliases, Arabic, forms as printed. " + _GENERATED,
            "demonym: masculine singular nisba without ال (the loader derives ال-, ة, "
            "dual, ون/ين); broken plurals (روس، أتراك) listed as demonym too.",
            "ambiguous: names the state only when context says so (عمان: JOR or OMN).",
        ],
        "en": [
            "State aliases, English, forms as printed (case matters: US, not us). " + _GENERATED,
            "demonym: the adjective (the loader adds plural -s) plus person nouns "
            "with another plural (Briton, Turk, Dane).",
            "ambiguous: names the state only when context says so (Korea, Congo); "
            "also longer non-state phrases that must not match a shorter state name "
            "(Latin America, Northern Ireland).",
        ],
    }
    for lang, rows in aliases.items():
        out[OUT_ALIASES[lang]] = _tsv(ALIASES_HEADER, notes[lang], rows, group=True)
    return out


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) the state lexicon files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="exit 1 if a file differs from what the tables generate",
    )
    args = parser.parse_args(argv)
    try:
        files = render()
    except ValueError as err:
        print(f"Error: {err}. Fix the table in {Path(__file__).name}.", file=sys.stderr)
        return 1
    stale = [
        path
        for path, text in files.items()
        if not path.exists() or path.read_text(encoding="utf-8") != text
    ]
    if args.check:
        for path in stale:
            print(
                f"stale: {path.relative_to(REPO)}; run tools/make_state_lexicon.py", file=sys.stderr
            )
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tsv.tmp")
        tmp.write_text(files[path], encoding="utf-8")
        tmp.replace(path)
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
