"""The blind sets: gold written by helpers who never saw the rules, scored once unseen.

``tests/lang/{ar,en}/blind*.jsonl`` were each written from the annotation
guidelines alone, by someone who had not read kg's code, lexicons or tests, and
each was scored once before anyone looked at its errors. That first score is the
project's honest estimate for unseen news (the table in README.md keeps it).
Their errors were studied afterwards, so today they are regression sets like the
news sets: each floor sits about 0.05 under the type-level F1 measured when it
was set, and no set may assert more than one denied event.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate, read_gold
from kg.model import EVENT_TYPES

HERE = Path(__file__).parent

#: (file, measured type-F1 when the floor was set, first unseen type-F1)
BLIND = [
    ("ar/blind.jsonl", 0.96, 0.51),
    ("ar/blind2.jsonl", 0.92, 0.50),
    ("ar/blind3.jsonl", 0.90, 0.67),
    ("ar/blind4.jsonl", 0.90, 0.60),
    ("ar/blind5.jsonl", 0.91, 0.54),
    ("ar/blind6.jsonl", 0.89, 0.55),
    ("ar/blind7.jsonl", 0.93, 0.41),
    ("ar/blind9.jsonl", 0.95, 0.60),
    ("ar/blind10.jsonl", 0.84, 0.50),
    ("ar/blind11.jsonl", 0.85, 0.58),
    ("ar/blind12.jsonl", 0.84, 0.51),
    ("ar/blind13.jsonl", 0.92, 0.65),
    ("ar/blind14.jsonl", 0.84, 0.56),
    ("ar/blind15.jsonl", 0.88, 0.59),
    ("ar/blind16.jsonl", 0.82, 0.55),
    ("ar/blind17.jsonl", 0.86, 0.66),
    ("ar/blind18.jsonl", 0.77, 0.53),
    ("ar/blind19.jsonl", 0.78, 0.54),
    ("ar/blind20.jsonl", 0.81, 0.60),
    ("ar/blind21.jsonl", 0.91, 0.72),
    ("ar/blind22.jsonl", 0.88, 0.65),
    ("ar/blind23.jsonl", 0.82, 0.61),
    ("ar/blind24.jsonl", 0.91, 0.75),
    ("ar/blind25.jsonl", 0.82, 0.59),
    ("ar/blind26.jsonl", 0.86, 0.68),
    ("ar/blind27.jsonl", 0.82, 0.58),
    ("ar/blind28.jsonl", 0.82, 0.59),
    ("ar/blind29.jsonl", 0.81, 0.59),
    ("ar/blind30.jsonl", 0.84, 0.69),
    ("ar/blind31.jsonl", 0.87, 0.71),
    ("ar/blind32.jsonl", 0.78, 0.63),
    ("ar/blind33.jsonl", 0.78, 0.58),
    ("ar/blind34.jsonl", 0.87, 0.70),
    ("ar/blind35.jsonl", 0.77, 0.65),
    ("ar/blind36.jsonl", 0.85, 0.67),
    ("ar/blind37.jsonl", 0.86, 0.70),
    ("ar/blind38.jsonl", 0.83, 0.72),
    ("ar/blind39.jsonl", 0.78, 0.67),
    ("ar/blind40.jsonl", 0.86, 0.83),
    ("ar/blind41.jsonl", 0.75, 0.66),
    ("ar/blind42.jsonl", 0.84, 0.77),
    ("ar/blind43.jsonl", 0.80, 0.69),
    ("ar/blind44.jsonl", 0.83, 0.64),
    ("ar/blind45.jsonl", 0.82, 0.78),
    ("ar/blind46.jsonl", 0.81, 0.76),
    ("ar/blind47.jsonl", 0.91, 0.68),
    ("ar/blind48.jsonl", 0.86, 0.72),
    ("ar/blind49.jsonl", 0.84, 0.62),
    ("ar/blind50.jsonl", 0.77, 0.62),
    ("ar/blind51.jsonl", 0.79, 0.74),
    ("ar/blind52.jsonl", 0.78, 0.72),
    ("ar/blind53.jsonl", 0.76, 0.65),
    ("ar/blind54.jsonl", 0.86, 0.76),
    ("ar/blind55.jsonl", 0.79, 0.66),
    ("ar/blind56.jsonl", 0.91, 0.83),
    ("ar/blind57.jsonl", 0.73, 0.65),
    ("ar/blind58.jsonl", 0.75, 0.67),
    ("ar/blind59.jsonl", 0.81, 0.81),
    ("ar/blind60.jsonl", 0.90, 0.85),
    ("ar/blind61.jsonl", 0.76, 0.73),
    ("ar/blind62.jsonl", 0.77, 0.72),
    ("ar/blind63.jsonl", 0.83, 0.75),
    ("ar/blind64.jsonl", 0.71, 0.55),
    ("ar/blind65.jsonl", 0.74, 0.69),
    ("ar/blind66.jsonl", 0.61, 0.49),
    ("ar/blind67.jsonl", 0.59, 0.50),
    ("ar/blind68.jsonl", 0.69, 0.67),
    ("ar/blind69.jsonl", 0.76, 0.70),
    ("ar/blind70.jsonl", 0.64, 0.63),
    ("ar/blind71.jsonl", 0.67, 0.67),
    ("ar/blind72.jsonl", 0.61, 0.58),
    ("en/blind.jsonl", 0.96, 0.63),
    ("en/blind2.jsonl", 0.89, 0.58),
    ("en/blind3.jsonl", 0.93, 0.64),
    ("en/blind4.jsonl", 0.89, 0.69),
    ("en/blind5.jsonl", 0.87, 0.65),
    ("en/blind6.jsonl", 0.92, 0.76),
    ("en/blind7.jsonl", 0.91, 0.70),
    ("en/blind8.jsonl", 0.82, 0.55),
    ("en/blind9.jsonl", 0.86, 0.61),
    ("en/blind10.jsonl", 0.83, 0.51),
    ("en/blind11.jsonl", 0.90, 0.62),
    ("en/blind12.jsonl", 0.86, 0.56),
    ("en/blind13.jsonl", 0.77, 0.52),
    ("en/blind14.jsonl", 0.85, 0.57),
    ("en/blind15.jsonl", 0.89, 0.57),
    ("en/blind16.jsonl", 0.86, 0.62),
    ("en/blind17.jsonl", 0.74, 0.55),
    ("en/blind18.jsonl", 0.80, 0.64),
    ("en/blind19.jsonl", 0.77, 0.61),
    ("en/blind20.jsonl", 0.88, 0.77),
    ("en/blind21.jsonl", 0.88, 0.61),
    ("en/blind22.jsonl", 0.84, 0.65),
    ("en/blind23.jsonl", 0.87, 0.81),
    ("en/blind24.jsonl", 0.89, 0.76),
    ("en/blind25.jsonl", 0.81, 0.67),
    ("en/blind26.jsonl", 0.78, 0.68),
    ("en/blind27.jsonl", 0.77, 0.67),
    ("en/blind28.jsonl", 0.81, 0.72),
    ("en/blind29.jsonl", 0.84, 0.74),
    ("en/blind30.jsonl", 0.78, 0.65),
    ("en/blind31.jsonl", 0.74, 0.68),
    ("en/blind32.jsonl", 0.69, 0.59),
    ("en/blind33.jsonl", 0.80, 0.72),
    ("en/blind34.jsonl", 0.84, 0.75),
    ("en/blind35.jsonl", 0.82, 0.69),
    ("en/blind36.jsonl", 0.81, 0.76),
    ("en/blind37.jsonl", 0.80, 0.72),
    ("en/blind38.jsonl", 0.77, 0.70),
    ("en/blind39.jsonl", 0.79, 0.74),
    ("en/blind40.jsonl", 0.83, 0.80),
    ("en/blind41.jsonl", 0.93, 0.90),
    ("en/blind42.jsonl", 0.90, 0.85),
    ("en/blind43.jsonl", 0.89, 0.85),
    ("en/blind44.jsonl", 0.88, 0.79),
    ("en/blind45.jsonl", 0.82, 0.78),
    ("en/blind46.jsonl", 0.73, 0.68),
    ("en/blind47.jsonl", 0.81, 0.73),
    ("en/blind48.jsonl", 0.83, 0.75),
    ("en/blind49.jsonl", 0.82, 0.75),
    ("en/blind50.jsonl", 0.82, 0.76),
    ("en/blind51.jsonl", 0.90, 0.86),
    ("en/blind52.jsonl", 0.74, 0.60),
    ("en/blind53.jsonl", 0.76, 0.63),
    ("en/blind54.jsonl", 0.62, 0.53),
    ("en/blind55.jsonl", 0.63, 0.58),
    ("en/blind56.jsonl", 0.63, 0.51),
    ("en/blind57.jsonl", 0.68, 0.66),
]


@pytest.mark.parametrize(("name", "measured", "unseen"), BLIND, ids=[b[0] for b in BLIND])
def test_blind_set_is_well_formed(name, measured, unseen):
    lang = name.split("/")[0]
    with (HERE / name).open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    # (20 at least: two sets were written mid-session by two helpers each, not four)
    assert len(records) >= 20
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert record["lang"] == lang, record["id"]
        assert {"id", "lang", "text", "triples", "negated"} <= set(record), record["id"]
        for field in ("triples", "optional", "negated"):
            for _source, event_type, _target in record.get(field, []):
                assert event_type in EVENT_TYPES, (record["id"], event_type)


@pytest.mark.parametrize(("name", "measured", "unseen"), BLIND, ids=[b[0] for b in BLIND])
def test_blind_set_keeps_its_score(name, measured, unseen):
    score = evaluate(read_gold(HERE / name))
    f1 = score.levels["type"].f1
    assert f1 >= measured - 0.05, f"{name}: type-F1 {f1:.3f}"
    assert f1 >= unseen, f"{name}: below its first unseen score"
    # The bar is at most one denied event asserted; a set that broke it unseen keeps
    # its first count as a guard until a session reads it and fixes the cause.
    assert score.negated_as_asserted <= max(1, DENIED_AT_FIRST.get(name, 0)), name


# Sets whose first, unseen score asserted more denied events than the bar allows.
DENIED_AT_FIRST: dict[str, int] = {}
