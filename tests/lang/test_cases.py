"""One test per phenomenon case: the extractor on short sentences written for each rule.

``tests/lang/{ar,en}/cases.jsonl`` hold one case per line, each tagged with the
phenomenon it exercises (verb-subject order, clitics, passives, reported speech,
negation, every PLOVER type, places that are not actors …). A case passes when
every expected triple is found, no denied one is asserted and nothing else is.

The cases the extractor does not get right yet are listed below with the reason;
they are strict expected failures, so fixing one makes the suite say so.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import read_gold, system_triples
from kg.extract import extract
from kg.model import Document

HERE = Path(__file__).parent

# Cases the extractor misses today; each fails for the phenomenon it is tagged with.
KNOWN_GAPS = {
    "en-case-096",
}  # fmt: skip


def _cases(lang: str):
    path = HERE / lang / "cases.jsonl"
    phenomena = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            phenomena[raw["id"]] = raw.get("phenomenon", "?")
    for record in read_gold(path):
        marks = []
        if record.id in KNOWN_GAPS:
            reason = f"not handled yet: {phenomena[record.id]}"
            marks.append(pytest.mark.xfail(strict=True, reason=reason))
        yield pytest.param(record, id=f"{record.id}-{phenomena[record.id]}", marks=marks)


@pytest.mark.parametrize("case", [*_cases("ar"), *_cases("en")])
def test_case(case, lexicon):
    found = system_triples(extract(Document(case.id, case.text, case.lang), lexicon))
    assert case.triples <= found, f"missing {sorted(case.triples - found)} in {case.text}"
    assert not found & case.negated, f"asserted a denied event in {case.text}"
    assert not found - case.triples - case.optional, f"extra {sorted(found - case.triples)}"
