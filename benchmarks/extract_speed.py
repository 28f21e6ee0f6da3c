"""Extraction speed next to spaCy's bare tokenisation of the same text, per language.

Prints sentences/second for (1) ``nlp.pipe`` over the blank pipeline kg uses (tokenisation
only, the floor any extraction pays) and (2) ``kg.extract.extract_many`` (tokenise, split
sentences, match actors, resolve, find interactions), and the ratio (2)/(1). The target is
extraction at >= 25% of bare tokenisation throughput. Figures only, no assertions.

The corpus is made by recombining sentences written for this benchmark (actors, verbs,
negation, reported speech, clitics), grouped into documents of ``--per-doc`` sentences.

    python benchmarks/extract_speed.py
    python benchmarks/extract_speed.py --sentences 20000 --per-doc 12 --repeat 3
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from kg.extract import extract_many
from kg.lang import nlp
from kg.lexicon import load_lexicon
from kg.model import Document

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


def corpus(lang: str, sentences: int, per_doc: int, seed: int = 7) -> list[Document]:
    """``sentences`` recombined sentences in ``lang``, ``per_doc`` to a document."""
    rng = random.Random(seed)
    subjects, acts, tails = (
        (AR_SUBJECTS, AR_ACTS, AR_TAILS) if lang == "ar" else (EN_SUBJECTS, EN_ACTS, EN_TAILS)
    )
    made = [
        f"{rng.choice(subjects)} {rng.choice(acts)}{rng.choice(tails)}." for _ in range(sentences)
    ]
    return [
        Document(f"{lang}-{i}", " ".join(made[i : i + per_doc]), lang)
        for i in range(0, len(made), per_doc)
    ]


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=10_000, help="sentences per language")
    parser.add_argument("--per-doc", type=int, default=10, help="sentences per document")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measure; the best counts")
    args = parser.parse_args()

    lexicon = load_lexicon()
    print(f"{args.sentences:,} sentences per language, {args.per_doc} per document, "
          f"best of {args.repeat}")  # fmt: skip
    print(f"{'lang':<5} {'tokenise (s/s)':>15} {'extract (s/s)':>14} {'ratio':>7}  "
          f"{'sentences found':>15}  interactions")  # fmt: skip
    for lang in ("ar", "en"):
        documents = corpus(lang, args.sentences, args.per_doc)
        texts = [d.text for d in documents]
        pipeline = nlp(lang)
        list(extract_many(documents[:20], lexicon))  # warm caches (lexicon tables, vocab)
        found: list = []

        def tokenise(pipeline=pipeline, texts=texts) -> None:
            for _ in pipeline.pipe(texts, batch_size=64):
                pass

        def run_extraction(documents=documents, found=found) -> None:
            found[:] = list(extract_many(documents, lexicon))

        token_time = best_of(args.repeat, tokenise)
        extract_time = best_of(args.repeat, run_extraction)
        split = sum(len(x.sentences) for x in found)
        interactions = sum(len(x.interactions) for x in found)
        token_rate = args.sentences / token_time
        extract_rate = args.sentences / extract_time
        print(f"{lang:<5} {token_rate:>15,.0f} {extract_rate:>14,.0f} "
              f"{extract_rate / token_rate:>7.1%}  {split:>15,}  {interactions:,}")  # fmt: skip
    print("target: extraction >= 25% of bare tokenisation throughput")


if __name__ == "__main__":
    main()
