"""Time to interactive of the HTML view for a generated 5,000-actor / 20,000-edge graph.

Prints the Python side (reading the RDF, layout, page) and the browser side
(headless Chromium: navigation to the first drawn frame with every control
ready, plus a neighbourhood highlight and a search). Needs chromium.

    python -m benchmarks.viewer_scale [N_ACTORS N_EDGES]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from kg.viewer import write_html
from kg.viewer.data import read_view
from kg.viewer.html import payload
from kg.viewer.layout import layout
from tools.chromium import Browser
from tools.synthetic_graph import arabic_name, synthetic_graph


def main(n_actors: int = 5000, n_edges: int = 20000) -> None:
    t = time.perf_counter()
    graph = synthetic_graph(n_actors, n_edges)
    print(f"generate graph       {time.perf_counter() - t:6.2f} s  ({len(graph)} triples)")
    t = time.perf_counter()
    view = read_view(graph)
    print(f"read RDF (one pass)  {time.perf_counter() - t:6.2f} s")
    t = time.perf_counter()
    layout(view.drawn_actors(), [(e.source, e.target, float(e.count)) for e in view.edges])
    print(f"layout               {time.perf_counter() - t:6.2f} s")
    t = time.perf_counter()
    payload(view, "ar")
    print(f"payload (+layout)    {time.perf_counter() - t:6.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        html = write_html(graph, Path(tmp) / "graph.html")
        size = html.stat().st_size / 1e6
        print(f"render_html total    {time.perf_counter() - t:6.2f} s  ({size:.1f} MB)")
        with Browser() as browser:
            page = browser.open(html)
            status = page.wait_for(
                "window.kgStatus && window.kgStatus.ready && window.kgStatus", 60
            )
            wall = time.monotonic() - page.started
            print(f"browser: drawn       {status['drawn']}")
            print(
                f"browser: interactive {status['tti_ms']:6d} ms after navigation start "
                f"(wall {wall * 1000:.0f} ms; marks {status['marks']})"
            )
            t = time.perf_counter()
            page.evaluate("window.kgViewer.openNode(0)")
            hub = page.evaluate(
                "(function(){var t=performance.now(); window.kgViewer.focus(0);"
                " return Math.round(performance.now()-t);})()"
            )
            print(f"browser: focus+highlight a hub {hub} ms")
            alias = "ال" + arabic_name(n_actors // 2)[1] + "ية"
            took = page.evaluate(
                "(function(){var t=performance.now(); window.kgViewer.search("
                f"{alias!r}); return Math.round(performance.now()-t);}})()"
            )
            print(f"browser: search an Arabic alias {took} ms")
            print(f"browser: errors {page.console_errors()} requests {page.requests()}")


if __name__ == "__main__":
    main(*map(int, sys.argv[1:3]))
