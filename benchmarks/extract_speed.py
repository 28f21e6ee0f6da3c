"""Extraction speed next to spaCy's bare tokenisation of the same text, per language.

Prints, for two corpora and both languages, sentences/second for (1) ``nlp.pipe``
over the blank pipeline kg uses (tokenisation only, the floor any extraction pays)
(2) the same plus reading the tokens into kg's token table and splitting sentences
(the floor: what any extraction written in Python pays before it matches a word),
(3) ``kg.extract.extract_many`` (tokenise, split sentences, match actors, resolve,
find interactions), the ratios (2)/(1) and (3)/(1), and extraction's tokens/second.
The target is extraction at >= 25% of bare tokenisation throughput. Figures only,
no assertions.

The corpora:

* ``synthetic``: short one-clause sentences recombined from parts written for this
  benchmark (actors, verbs, negation, reported speech, clitics);
* ``news``: the sentences of the project's own test texts (``tests/lang/*/news.jsonl``,
  ``tests/lang/*/cases.jsonl`` and, for Arabic, ``seeds/``), drawn at random until
  there are as many sentences as asked: longer, multi-clause news sentences with
  titles, names and quotes.

Both are grouped into documents of ``--per-doc`` sentences.

    python benchmarks/extract_speed.py
    python benchmarks/extract_speed.py --sentences 20000 --per-doc 12 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path

from kg.extract import extract_many, sentences, tokens_of
from kg.lang import nlp
from kg.lexicon import load_lexicon
from kg.model import Document

ROOT = Path(__file__).resolve().parent.parent

AR_SUBJECTS = [
    "أعلنت إيران أنها",
    "قالت وزارة الخارجية التركية إن أنقرة",
    "أكد الرئيس المصري أن القاهرة",
    "ذكر بيان لحركة حماس أنها",
    "قال المتحدث باسم الخارجية الروسية إن موسكو",
    "أوضحت واشنطن أنها",
    "أفاد مصدر في الحكومة العراقية بأن بغداد",
]
AR_ACTS = [
    "ترفض الاقتراح الأمريكي بشأن المفاوضات",
    "تدين الغارات الإسرائيلية على غزة",
    "تدعم جهود الأمم المتحدة في سوريا",
    "لن تقبل بشروط الاتحاد الأوروبي",
    "طلبت من مجلس الأمن عقد جلسة طارئة",
    "ستواصل التعاون مع السعودية في مجال الطاقة",
    "لم تهدد الأردن بقطع العلاقات",
    "استقبلت وفدا من قطر لبحث الأزمة",
]
AR_TAILS = [
    "",
    "، وفق ما نقلت وكالة الأنباء الرسمية",
    " خلال مؤتمر صحفي في العاصمة",
    "، مشيرة إلى أن الوضع الإقليمي يتطلب الحذر",
]
EN_SUBJECTS = [
    "Iran said it",
    "Turkey's foreign ministry said Ankara",
    "The Egyptian president said Cairo",
    "A Hamas statement said the group",
    "Russia's foreign ministry spokeswoman said Moscow",
    "Washington said it",
    "An Iraqi government source said Baghdad",
]
EN_ACTS = [
    "rejected the American proposal on the talks",
    "condemned the Israeli strikes on Gaza",
    "supported the United Nations effort in Syria",
    "would not accept the European Union's terms",
    "asked the Security Council for an emergency session",
    "will keep cooperating with Saudi Arabia on energy",
    "did not threaten Jordan with cutting ties",
    "hosted a delegation from Qatar",
]
EN_TAILS = [
    "",
    ", according to the official news agency",
    " at a news conference in the capital",
    ", adding that the regional situation called for caution",
]


def _documents(lang: str, made: list[str], per_doc: int) -> list[Document]:
    return [
        Document(f"{lang}-{i}", " ".join(made[i : i + per_doc]), lang)
        for i in range(0, len(made), per_doc)
    ]


def corpus(lang: str, sentences: int, per_doc: int, seed: int = 7) -> list[Document]:
    """``sentences`` recombined one-clause sentences in ``lang``, ``per_doc`` to a document."""
    rng = random.Random(seed)
    subjects, acts, tails = (
        (AR_SUBJECTS, AR_ACTS, AR_TAILS) if lang == "ar" else (EN_SUBJECTS, EN_ACTS, EN_TAILS)
    )
    made = [
        f"{rng.choice(subjects)} {rng.choice(acts)}{rng.choice(tails)}." for _ in range(sentences)
    ]
    return _documents(lang, made, per_doc)


def news_sentences(lang: str) -> list[str]:
    """Every sentence of the project's test texts in ``lang``, split the way kg splits."""
    texts = []
    for name in ("news.jsonl", "cases.jsonl"):
        path = ROOT / "tests" / "lang" / lang / name
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                texts += [json.loads(line)["text"] for line in handle if line.strip()]
    if lang == "ar":
        texts += [path.read_text(encoding="utf-8") for path in sorted(ROOT.glob("seeds/*.txt"))]
    pool = []
    for text in texts:
        tokens = tokens_of(nlp(lang).make_doc(text), lang, text)
        for start, end in sentences(tokens):
            pool.append(text[tokens.starts[start] : tokens.ends[end - 1]])
    return pool


def news_corpus(lang: str, sentences: int, per_doc: int, seed: int = 7) -> list[Document]:
    """``sentences`` sentences drawn from the test texts in ``lang``, ``per_doc`` to a document."""
    rng = random.Random(seed)
    pool = news_sentences(lang)
    return _documents(lang, [rng.choice(pool) for _ in range(sentences)], per_doc)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def measure(lang: str, documents: list[Document], repeat: int) -> dict[str, float]:
    """Tokenisation and extraction throughput over ``documents``."""
    lexicon = load_lexicon()
    pipeline = nlp(lang)
    texts = [d.text for d in documents]
    list(extract_many(documents[:20], lexicon))  # warm caches (lexicon tables, vocab)
    found: list = []

    def tokenise() -> None:
        for _ in pipeline.pipe(texts, batch_size=64):
            pass

    def read_tokens() -> None:
        # What any extraction written in Python pays before it matches a word: spaCy's
        # tokens read into kg's token table (texts, offsets, normal forms) and split.
        for doc, text in zip(pipeline.pipe(texts, batch_size=64), texts, strict=True):
            sentences(tokens_of(doc, lang, text))

    def run_extraction() -> None:
        found[:] = list(extract_many(documents, lexicon))

    token_time = best_of(repeat, tokenise)
    read_time = best_of(repeat, read_tokens)
    extract_time = best_of(repeat, run_extraction)
    split = sum(len(x.sentences) for x in found)
    tokens = sum(len(doc) for doc in pipeline.pipe(texts, batch_size=64))
    return {
        "sentences": split,
        "tokenise": split / token_time,
        "read": split / read_time,
        "extract": split / extract_time,
        "tokens": tokens / extract_time,
        "interactions": sum(len(x.interactions) for x in found),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5_000, help="sentences per corpus")
    parser.add_argument("--per-doc", type=int, default=10, help="sentences per document")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best counts")
    args = parser.parse_args()

    print(f"~{args.sentences:,} sentences per corpus and language, {args.per_doc} per document, "
          f"best of {args.repeat}; sentences as kg splits them")  # fmt: skip
    print(f"{'corpus':<10} {'lang':<5} {'sentences':>9} {'tokenise (s/s)':>15} "
          f"{'read (s/s)':>11} {'ratio':>6} {'extract (s/s)':>14} {'ratio':>7} "
          f"{'extract (tok/s)':>16}  interactions")  # fmt: skip
    for name, make in (("synthetic", corpus), ("news", news_corpus)):
        for lang in ("ar", "en"):
            r = measure(lang, make(lang, args.sentences, args.per_doc), args.repeat)
            print(f"{name:<10} {lang:<5} {r['sentences']:>9,} {r['tokenise']:>15,.0f} "
                  f"{r['read']:>11,.0f} {r['read'] / r['tokenise']:>6.0%} "
                  f"{r['extract']:>14,.0f} {r['extract'] / r['tokenise']:>7.1%} "
                  f"{r['tokens']:>16,.0f}  {r['interactions']:,}")  # fmt: skip
    print("target: extraction >= 25% of bare tokenisation throughput")
    print("read: tokenise, then read the tokens into kg's token table and split sentences,")
    print("      the floor under any extraction written in Python")


if __name__ == "__main__":
    main()
