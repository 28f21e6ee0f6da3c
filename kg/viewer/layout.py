"""Node positions computed in Python, so the browser draws with physics off.

Small components go through networkx's ``spring_layout`` (seeded, so a build
draws the same picture twice). A component of ``LARGE`` nodes or more uses a
Fruchterman-Reingold variant in numpy whose repulsion is taken from the
centroids of a grid of cells (networkx's own large-graph solver needs SciPy,
which kg does not depend on). Components are then packed on shelves.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

import networkx as nx
import numpy as np

__all__ = ["LARGE", "layout"]

#: Components with at least this many nodes use the grid solver.
LARGE = 400
#: Average distance between neighbouring nodes, in vis-network pixels.
SPACING = 90.0


def layout(
    nodes: Iterable[Hashable],
    edges: Iterable[tuple[Hashable, Hashable, float]],
    *,
    seed: int = 7,
) -> dict[Hashable, tuple[float, float]]:
    """Positions in pixels for ``nodes`` joined by weighted, undirected ``edges``.

    Parameters
    ----------
    nodes : iterable of hashable
        Every node to place (isolated ones too).
    edges : iterable of (u, v, weight)
        Parallel edges and directions are merged; weights add up.
    seed : int
        Random seed: the same input gives the same picture.

    Returns
    -------
    dict
        node -> (x, y), centred near the origin.

    Examples
    --------
    >>> pos = layout(["a", "b", "c"], [("a", "b", 1.0), ("b", "c", 2.0)])
    >>> sorted(pos)
    ['a', 'b', 'c']
    >>> all(isinstance(x, float) for xy in pos.values() for x in xy)
    True
    """
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for u, v, weight in edges:
        if u == v:
            continue
        if graph.has_edge(u, v):
            graph[u][v]["weight"] += weight
        else:
            graph.add_edge(u, v, weight=weight)
    components = sorted(nx.connected_components(graph), key=lambda c: (-len(c), min(map(str, c))))
    boxes = []
    singles = []
    for component in components:
        if len(component) == 1:
            singles.append(next(iter(component)))
            continue
        sub = graph.subgraph(sorted(component, key=str))
        boxes.append(_component_layout(sub, seed))
    if singles:
        boxes.append(_grid(singles))
    return _pack(boxes)


def _component_layout(graph: nx.Graph, seed: int) -> dict[Hashable, np.ndarray]:
    n = graph.number_of_nodes()
    if n == 2:
        u, v = graph.nodes
        return {u: np.array([0.0, 0.0]), v: np.array([SPACING * 1.5, 0.0])}
    if n < LARGE:
        # log-weights: a dyad with 50 interactions is close, not collapsed.
        weighted = nx.Graph()
        weighted.add_nodes_from(graph.nodes)
        weighted.add_edges_from(
            (u, v, {"w": 1.0 + math.log(d["weight"])}) for u, v, d in graph.edges(data=True)
        )
        pos = nx.spring_layout(weighted, weight="w", seed=seed, iterations=120, method="force")
        arr = np.array([pos[node] for node in graph.nodes])
    else:
        arr = _grid_force(graph, seed)
    return dict(zip(graph.nodes, _to_pixels(arr, n), strict=True))


def _to_pixels(arr: np.ndarray, n: int) -> np.ndarray:
    """Scale so each node gets about SPACING x SPACING pixels (small graphs a bit more)."""
    arr = arr - arr.mean(axis=0)
    extent = np.ptp(arr, axis=0).max() or 1.0
    return arr / extent * max(SPACING * math.sqrt(n) * 1.2, min(700.0, SPACING * 1.2 * n))


def _grid(nodes: list) -> dict[Hashable, np.ndarray]:
    side = math.ceil(math.sqrt(len(nodes)))
    return {
        node: np.array([(i % side) * SPACING, (i // side) * SPACING])
        for i, node in enumerate(nodes)
    }


def _pack(boxes: list[dict[Hashable, np.ndarray]]) -> dict[Hashable, tuple[float, float]]:
    """Place component layouts side by side on shelves, biggest first."""
    if not boxes:
        return {}
    placed: dict[Hashable, tuple[float, float]] = {}
    sizes = []
    for box in boxes:
        arr = np.array(list(box.values()))
        low, high = arr.min(axis=0), arr.max(axis=0)
        sizes.append((low, high - low + SPACING))
    width = max(math.sqrt(sum(float(s[0] * s[1]) for _, s in sizes)) * 1.3, float(sizes[0][1][0]))
    x = y = shelf = 0.0
    for box, (low, size) in zip(boxes, sizes, strict=True):
        if x > 0 and x + size[0] > width:
            x, y, shelf = 0.0, y + shelf, 0.0
        offset = np.array([x, y]) - low
        for node, xy in box.items():
            placed[node] = (round(float(xy[0] + offset[0]), 1), round(float(xy[1] + offset[1]), 1))
        x += size[0]
        shelf = max(shelf, float(size[1]))
    arr = np.array(list(placed.values()))
    centre = (arr.min(axis=0) + arr.max(axis=0)) / 2
    return {
        node: (round(xy[0] - float(centre[0]), 1), round(xy[1] - float(centre[1]), 1))
        for node, xy in placed.items()
    }


def _grid_force(graph: nx.Graph, seed: int, iterations: int = 60) -> np.ndarray:
    """Fruchterman-Reingold with grid-centroid repulsion: O(n * cells) per step."""
    nodes = list(graph.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    rows = np.array([index[u] for u, _ in graph.edges], dtype=np.int64)
    cols = np.array([index[v] for _, v in graph.edges], dtype=np.int64)
    weights = np.array(
        [1.0 + math.log(d["weight"]) for _, _, d in graph.edges(data=True)], dtype=np.float64
    )
    rng = np.random.default_rng(seed)
    pos = _initial(graph, nodes, index, rng)
    k = 1.0 / math.sqrt(n)
    cells = max(8, min(48, int(math.sqrt(n) / 1.6)))
    temperature = 0.1
    cool = temperature / (iterations + 1)
    for _ in range(iterations):
        disp = _repulsion(pos, k, cells)
        delta = pos[rows] - pos[cols]
        dist = np.sqrt((delta * delta).sum(axis=1)) + 1e-9
        pull = (delta * (dist * weights / k)[:, None]) * 0.5
        disp[:, 0] -= np.bincount(rows, pull[:, 0], n) - np.bincount(cols, pull[:, 0], n)
        disp[:, 1] -= np.bincount(rows, pull[:, 1], n) - np.bincount(cols, pull[:, 1], n)
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cool
    return pos


def _initial(graph: nx.Graph, nodes: list, index: dict, rng) -> np.ndarray:
    """Breadth-first rings around the best-connected node: a start close to the answer."""
    pos = rng.random((len(nodes), 2)) * 0.05
    hub = max(nodes, key=lambda node: (graph.degree(node, weight="weight"), str(node)))
    for ring, layer in enumerate(nx.bfs_layers(graph, [hub])):
        angles = rng.random(len(layer)) * 2 * math.pi
        radius = 0.05 + 0.1 * ring
        for node, angle in zip(layer, angles, strict=True):
            pos[index[node]] += (radius * math.cos(angle), radius * math.sin(angle))
    return pos


def _repulsion(pos: np.ndarray, k: float, cells: int) -> np.ndarray:
    """k^2/d repulsion of every node from every grid cell's centroid (itself excluded)."""
    low = pos.min(axis=0)
    span = np.ptp(pos, axis=0).max() + 1e-9
    grid = np.clip(((pos - low) / span * cells).astype(np.int64), 0, cells - 1)
    cell = grid[:, 0] * cells + grid[:, 1]
    mass = np.bincount(cell, minlength=cells * cells).astype(np.float64)
    sum_x = np.bincount(cell, pos[:, 0], cells * cells)
    sum_y = np.bincount(cell, pos[:, 1], cells * cells)
    used = np.flatnonzero(mass)
    m = mass[used]
    cx, cy = sum_x[used] / m, sum_y[used] / m
    dx = pos[:, 0, None] - cx[None, :]
    dy = pos[:, 1, None] - cy[None, :]
    d2 = np.maximum(dx * dx + dy * dy, 1e-9)
    force = m[None, :] * (k * k) / d2
    # Replace each node's own cell term by the centroid of the others in its cell.
    own = np.searchsorted(used, cell)
    rows = np.arange(len(pos))
    force[rows, own] = 0.0
    disp = np.stack([(dx * force).sum(axis=1), (dy * force).sum(axis=1)], axis=1)
    others = mass[cell] - 1
    has = others > 0
    ox = (sum_x[cell] - pos[:, 0])[has] / others[has]
    oy = (sum_y[cell] - pos[:, 1])[has] / others[has]
    ddx, ddy = pos[has, 0] - ox, pos[has, 1] - oy
    dd2 = np.maximum(ddx * ddx + ddy * ddy, (k * 0.05) ** 2)
    f = others[has] * (k * k) / dd2
    disp[has, 0] += ddx * f
    disp[has, 1] += ddy * f
    return disp
