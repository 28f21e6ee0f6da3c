"""ViewData -> one self-contained HTML page: vis-network, our controls, the data as JSON."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from collections.abc import Collection
from functools import cache
from importlib.resources import files
from pathlib import Path

from rdflib import Graph

from kg import __version__
from kg.atomic import atomic_write
from kg.errors import InputError
from kg.model import ACTOR_CLASSES, EVENT_TYPES, QUAD_CLASS
from kg.viewer.data import ViewData, cut, majority_language, read_view
from kg.viewer.layout import layout

__all__ = ["BIG_EDGES", "BIG_NODES", "LABEL_LANGS", "payload", "render_html", "write_html"]

#: Label languages the page offers.
LABEL_LANGS = ("ar", "en")
#: Above these sizes the page uses straight edges, hides edges while dragging, no hover.
BIG_NODES = 300
BIG_EDGES = 1500
_QUADS = ("VerbalCooperation", "MaterialCooperation", "VerbalConflict", "MaterialConflict")


def render_html(
    graph: Graph,
    *,
    label_lang: str | None = None,
    ego: str | None = None,
    depth: int = 1,
    types: Collection[str] | None = None,
    min_count: int = 1,
) -> str:
    """The HTML page that draws ``graph``: one file, no request leaves it.

    Parameters
    ----------
    graph : rdflib.Graph
        A graph in the kg RDF shape (docs/design.md, "RDF contract").
    label_lang : {"ar", "en"}, optional
        Language of the node labels; default: the language of most documents.
    ego : str, optional
        Keep only the actors within ``depth`` steps of this actor (a key, label or alias).
    depth : int
        Steps from ``ego``.
    types : collection of str, optional
        Keep only these PLOVER types (``REJECT``, ``ACCUSE``...).
    min_count : int
        Keep only edges with at least this many interactions.

    Returns
    -------
    str
        The page.

    Raises
    ------
    kg.errors.InputError
        For an unknown label language, event type or ego actor.
    """
    if label_lang is not None and label_lang not in LABEL_LANGS:
        raise InputError(f"--label-lang {label_lang!r}: choose one of {', '.join(LABEL_LANGS)}")
    data = read_view(graph)
    total_actors = len(data.actors)
    view = cut(data, ego=ego, depth=depth, types=types, min_count=min_count)
    lang = label_lang or majority_language(data)
    described = _describe_cut(ego, depth, types, min_count)
    return _page(payload(view, lang, total_actors=total_actors, cut_text=described), lang)


def write_html(graph: Graph, path: str | os.PathLike, **options) -> Path:
    """Write :func:`render_html` of ``graph`` to ``path`` atomically; return the path."""
    return atomic_write(path, render_html(graph, **options))


def _describe_cut(ego, depth, types, min_count) -> str:
    parts = []
    if ego is not None:
        parts.append(f"within {depth} step{'s' if depth != 1 else ''} of {ego}")
    if types:
        parts.append("types " + ", ".join(sorted(t.strip().upper() for t in types)))
    if min_count > 1:
        parts.append(f"edges with at least {min_count} interactions")
    return "; ".join(parts)


def payload(
    view: ViewData, lang: str, *, total_actors: int | None = None, cut_text: str = ""
) -> dict:
    """The JSON the page reads: nodes with positions, aggregated edges, evidence.

    Only the documents and interactions of drawn edges are included.
    """
    keys = view.drawn_actors()
    node_index = {key: i for i, key in enumerate(keys)}
    counts = view.interaction_counts()
    positions = layout(keys, ((e.source, e.target, float(e.count)) for e in view.edges))
    classes = list(ACTOR_CLASSES) + ["Actor"]
    class_index = {name: i for i, name in enumerate(classes)}
    type_index = {name: i for i, name in enumerate(EVENT_TYPES)}

    doc_index: dict[str, int] = {}
    docs: list[dict] = []
    ints: list[dict] = []
    edges: list[dict] = []
    for edge in view.edges:
        ids = []
        for i in edge.interactions:
            record = view.interactions[i]
            d = -1
            if record.doc is not None:
                if record.doc not in doc_index:
                    doc_index[record.doc] = len(docs)
                    docs.append(_doc_json(view, record.doc))
                d = doc_index[record.doc]
            speaker = view.actors.get(record.speaker) if record.speaker else None
            ints.append(
                {
                    "d": d,
                    "s": record.sentence,
                    "a": record.trigger_start,
                    "b": record.trigger_end,
                    "c": record.confidence,
                    "k": speaker.label(lang) if speaker else None,
                    "l": record.sentence_lang,
                }
            )
            ids.append(len(ints) - 1)
        edges.append(
            {
                "s": node_index[edge.source],
                "t": node_index[edge.target],
                "y": type_index[edge.type],
                "e": ids,
            }
        )
    nodes = []
    for key in keys:
        actor = view.actors[key]
        x, y = positions[key]
        affiliation = view.actors.get(actor.affiliation) if actor.affiliation else None
        nodes.append(
            {
                "k": key,
                "c": class_index.get(actor.actor_class, len(classes) - 1),
                "l": actor.labels,
                "a": actor.aliases,
                "co": actor.country,
                "af": affiliation.label(lang) if affiliation else actor.affiliation,
                "n": counts.get(key, 0),
                "x": x,
                "y": y,
            }
        )
    total = len(view.actors) if total_actors is None else total_actors
    return {
        "meta": {
            "title": f"kg: {len(nodes)} actors, {len(edges)} edges",
            "labelLang": lang,
            "version": __version__,
            "negated": view.negated,
            "hiddenActors": max(0, total - len(nodes)) if not cut_text else 0,
            "cut": cut_text,
            "focus": view.focus,
            "bigNodes": BIG_NODES,
            "bigEdges": BIG_EDGES,
        },
        "types": list(EVENT_TYPES),
        "typeQuad": [_QUADS.index(QUAD_CLASS[t]) for t in EVENT_TYPES],
        "quads": list(_QUADS),
        "classes": classes,
        "nodes": nodes,
        "edges": edges,
        "docs": docs,
        "ints": ints,
    }


def _doc_json(view: ViewData, doc_id: str) -> dict:
    doc = view.documents.get(doc_id)
    if doc is None:
        return {"id": doc_id}
    out = {"id": doc.id, "ti": doc.title, "da": doc.date, "u": doc.url, "p": doc.publisher}
    return {k: v for k, v in out.items() if v is not None}


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>``, ``&`` or line separators.

    Examples
    --------
    >>> script_json({"s": "</script><!--"})
    '{"s":"\\\\u003c/script\\\\u003e\\\\u003c!--"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


@cache
def _assets() -> dict[str, str]:
    here = files("kg.viewer")
    vis = files("pyvis") / "lib" / "vis-9.1.2"
    return {
        "template": (here / "template.html").read_text(encoding="utf-8"),
        "css": (here / "viewer.css").read_text(encoding="utf-8"),
        "js": (here / "viewer.js").read_text(encoding="utf-8"),
        "vis_js": (vis / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis_css": (vis / "vis-network.css").read_text(encoding="utf-8"),
    }


def _sha256(text: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"
    )


def _page(data: dict, lang: str) -> str:
    assets = _assets()
    for name in ("vis_js", "js"):
        if "</script" in assets[name].lower():
            raise AssertionError(f"{name} contains </script")  # a packaging mistake, not input
    # Only our two scripts may run: an injected inline handler or a remote load is refused.
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(assets['vis_js'])} {_sha256(assets['js'])}; "
        "style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    replacements = {
        "__LANG__": lang,
        "__CSP__": csp,
        "__VERSION__": __version__,
        "__TITLE__": data["meta"]["title"],
        "__VIS_CSS__": assets["vis_css"],
        "__VIEWER_CSS__": assets["css"],
        "__DATA__": script_json(data),
        "__VIS_JS__": assets["vis_js"],
        "__VIEWER_JS__": assets["js"],
    }
    page = assets["template"]
    # Fill in one pass, so a placeholder-like string inside the data stays as it is.
    out = []
    rest = page
    while "__" in rest:
        start = rest.index("__")
        end = rest.find("__", start + 2)
        token = rest[start : end + 2] if end >= 0 else ""
        if token in replacements:
            out.append(rest[:start] + replacements[token])
            rest = rest[end + 2 :]
        else:
            out.append(rest[: start + 2])
            rest = rest[start + 2 :]
    out.append(rest)
    return "".join(out)
