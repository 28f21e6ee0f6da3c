"""kg.viewer.html: one self-contained page, data carried safely."""

from __future__ import annotations

import json
import re

import pytest

from kg.errors import InputError
from kg.viewer import render_html, write_html


def page_data(html: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def sample_html(sample_graph):
    return render_html(sample_graph)


def test_nothing_points_outside_the_file(sample_html):
    assert not re.search(r"""<(script|link|img|iframe)[^>]*\s(src|href)\s*=""", sample_html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:|//)", sample_html, re.I)


def test_content_security_policy_forbids_requests(sample_html):
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', sample_html).group(1)
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_payload_holds_the_aggregated_graph(sample_html):
    data = page_data(sample_html)
    assert len(data["nodes"]) == 8 and len(data["edges"]) == 10
    assert data["meta"]["labelLang"] == "ar"
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    iran = next(n for n in data["nodes"] if n["k"] == "IRN")
    assert "طهران" in iran["a"] and iran["l"]["ar"] == "إيران"


def test_markup_in_the_data_cannot_close_the_script(hostile_graph):
    html = render_html(hostile_graph)
    data_block = html.split('id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and ">" not in data_block
    sentences = [i["s"] for i in page_data(html)["ints"]]
    assert any("<script>window.kgPwned='sentence'</script>" in s for s in sentences)


def test_label_language_can_be_chosen(sample_graph):
    assert page_data(render_html(sample_graph, label_lang="en"))["meta"]["labelLang"] == "en"
    with pytest.raises(InputError, match="label-lang"):
        render_html(sample_graph, label_lang="fr")


def test_cut_options_reach_the_page(sample_graph):
    data = page_data(render_html(sample_graph, ego="ISIS", depth=1, types=["ASSAULT"]))
    assert {data["types"][e["y"]] for e in data["edges"]} == {"ASSAULT"}
    assert data["meta"]["focus"] == "ISIS"
    assert "ISIS" in data["meta"]["cut"]


def test_write_html_writes_the_same_page(sample_graph, tmp_path):
    path = write_html(sample_graph, tmp_path / "sub" / "graph.html", label_lang="en")
    assert path.read_text(encoding="utf-8") == render_html(sample_graph, label_lang="en")
