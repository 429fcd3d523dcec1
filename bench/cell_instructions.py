"""Instructions a matrix cell costs, counted by valgrind's callgrind: the same count on every run
whatever else the machine is doing, where the wall clock here varies by a third.

    uv run python bench/cell_instructions.py [pod|vm] [N]

Runs an N × N matrix (default 15 × 15) of the first pods (or VMs) against the last ones on a
600-device synthetic, once and three times, each in a fresh process under callgrind; the
difference, divided by the cells traced, is one cell's cost without the start-up. Compare two
versions of the engine by running this in each (valgrind must be installed).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

PROGRAM = """
import sys
sys.path.insert(0, {bench!r})
from generate import generate
from desktop_app.engine import batch
from desktop_app.engine.matrix import MatrixSpec, compute
from desktop_app.model import loads
batch.SHARE_FROM = 10**9  # one process: callgrind counts this one
topology = loads(generate(600)).topology
ids = [d.id for d in topology.devices if d.kind == {kind!r}]
spec = MatrixSpec(",".join(ids[:{n}]), ",".join(ids[-{n}:]), "tcp", 443)
for _ in range({times}):
    matrix = compute(topology, spec)
print(dict(matrix.tally()))
"""


def instructions(kind: str, n: int, times: int) -> tuple[int, str]:
    """Instructions of the whole process, and the matrix's tally."""
    code = PROGRAM.format(bench=str(HERE), kind=kind, n=n, times=times)
    env = {**os.environ, "PYTHONHASHSEED": "0"}  # the same dict layouts in every run
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=True)
    counted = re.search(r"Collected : (\d+)", done.stderr)
    if counted is None:
        raise SystemExit(f"callgrind printed no count:\n{done.stderr[-2000:]}")
    return int(counted.group(1)), done.stdout.strip()


def main() -> int:
    kind = sys.argv[1] if len(sys.argv) > 1 else "pod"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    once, tally = instructions(kind, n, 1)
    thrice, _ = instructions(kind, n, 3)
    per_cell = (thrice - once) / 2 / (n * n)
    print(f"{kind} → {kind}, {n} × {n} ({tally}): {per_cell:,.0f} instructions a cell")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
