"""Hostile inputs that once ended in a traceback, a hang or a broken file, one per hole.

Shared by the reproducer tests, the fuzz test (as its first examples) and the long fuzz run
(``tools/fuzz_inputs.py``), so each stays covered wherever inputs are made.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MINIMAL = (SAMPLES / "minimal.yaml").read_text(encoding="utf-8")

LONG = "9" * 4301


def nested_zones(depth: int = 1000) -> str:
    """A file that passes validation with ``depth`` zones each inside the one before."""
    lines = ["hybridviz: 1", "name: deep", "zones:", "  - {id: z0}"]
    lines += [f"  - {{id: z{i}, parent: z{i - 1}}}" for i in range(1, depth)]
    last = f"z{depth - 1}"
    lines += ["networks:", f"  - {{id: n, kind: vlan, zone: {last}, cidr: 10.0.0.0/24}}",
              "devices:", "  - id: d", "    kind: vm", f"    zone: {last}", "    interfaces:",
              "      - {name: eth0, network: n, ip: 10.0.0.2/24}"]
    return "\n".join(lines) + "\n"


def pod_on_itself() -> str:
    """The minimal sample with a pod whose node is the pod itself."""
    return MINIMAL.replace("flows:\n", "  - id: loop-pod\n    kind: pod\n    zone: cloud\n"
                           "    node: loop-pod\n    ip: 10.20.0.99\n\nflows:\n", 1)


# name -> the file's bytes
REPRODUCERS: dict[str, bytes] = {
    "long-port": ("hybridviz: 1\nname: x\nflows:\n  - {id: f, from: a, to: b, port: "
                  + LONG + "}\n").encode(),
    "long-format-number": f"hybridviz: {LONG}\nname: x\n".encode(),
    "huge-hexadecimal": ("hybridviz: 0x" + "f" * 3600 + "\nname: x\n").encode(),
    "pod-on-itself": pod_on_itself().encode(),
    "nul-byte": b"hybridviz: 1\nname: x\x00y\n",
    "control-byte": b"hybridviz: 1\nname: x\x01y\n",
    "not-utf8": b"hybridviz: 1\nname: caf\xe9\n",
    "forged-line": b'hybridviz: 1\nname: x\nzones: "a\\nevil.yaml:1:1: forged error line"\n',
    "terminal-escape": b'hybridviz: 1\nname: x\nzones: "\\e[2J"\n',
    "escape-in-rule-name": MINIMAL.replace("name: office-to-web", 'name: "office\\e[2J\\nweb"')
    .encode(),
    "control-in-name": MINIMAL.replace("name: Minimal office to cloud VM", 'name: "x\\x01y"')
    .encode(),
}
