"""kg.viewer.layout: positions for every node, the same each time."""

from __future__ import annotations

import math
import random

import pytest

from kg.viewer.layout import LARGE, layout


def ring_with_chords(n, seed=3):
    rng = random.Random(seed)
    edges = [(i, (i + 1) % n, 1.0) for i in range(n)]
    edges += [(rng.randrange(n), rng.randrange(n), 2.0) for _ in range(n)]
    return list(range(n)), edges


@pytest.mark.parametrize("n", [2, 12, LARGE + 50])
def test_every_node_gets_a_finite_position(n):
    nodes, edges = ring_with_chords(n)
    pos = layout(nodes, edges)
    assert set(pos) == set(nodes)
    assert all(math.isfinite(c) for xy in pos.values() for c in xy)


@pytest.mark.parametrize("n", [12, LARGE + 50])
def test_layout_is_deterministic(n):
    nodes, edges = ring_with_chords(n)
    assert layout(nodes, edges) == layout(nodes, edges)


def test_large_layout_spreads_nodes_out():
    nodes, edges = ring_with_chords(LARGE + 100)
    pos = layout(nodes, edges)
    xs = sorted(round(x) for x, _ in pos.values())
    # not collapsed: the middle half of the nodes spans hundreds of pixels
    assert xs[3 * len(xs) // 4] - xs[len(xs) // 4] > 300
    distinct = {(round(x), round(y)) for x, y in pos.values()}
    assert len(distinct) > 0.95 * len(nodes)


def test_isolated_nodes_and_components_do_not_overlap():
    nodes = ["a", "b", "c", "d", "lonely"]
    pos = layout(nodes, [("a", "b", 1.0), ("c", "d", 1.0)])
    points = list(pos.values())
    for i, p in enumerate(points):
        for q in points[i + 1 :]:
            assert math.dist(p, q) > 20
