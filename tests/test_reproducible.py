"""The same input gives the same files, byte for byte, whatever Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import SEEDS


def test_builds_are_byte_identical_across_hash_seeds(tmp_path):
    outputs = []
    for seed in ("1", "7"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "kg", "build", str(SEEDS), "--out", str(out), "-q"],
            check=True, env=env, capture_output=True,
        )  # fmt: skip
        outputs.append({name: (out / name).read_bytes() for name in ("graph.ttl", "graph.html")})
    assert outputs[0] == outputs[1]
