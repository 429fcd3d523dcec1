"""``hybridviz import kubectl``: bring a real cluster's objects into a topology file.

    hybridviz import kubectl cluster.yaml pools.yaml --into site.yaml [--cluster ID]
                            [--dry-run] [--prune]

Prints the report (added, changed, removed, ignored and why), then saves the topology
atomically with the model's writer (key order and everything the dump does not mention
kept). Exit status: 0 done (or nothing to do), 2 bad input — one sentence naming the file,
the document and the field — with the topology file untouched.
"""

from __future__ import annotations

import argparse
import sys

from desktop_app.cli import errors
from desktop_app.model import TopologyError, load, save
from desktop_app.model.kube_import import DumpError, plan_import

EXIT_OK = errors.EXIT_OK


def add_import_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help="import objects from another tool into a topology",
        description="Import objects from another tool into a topology file.")
    sources = p.add_subparsers(dest="source", metavar="SOURCE", parser_class=type(p))
    sources.required = True
    k = sources.add_parser(
        "kubectl", help="Kubernetes objects and Calico IP pools as kubectl prints them",
        description="Import nodes, pods, services, ingresses and Calico IP pools from the "
                    "output of 'kubectl get nodes,pods,services,ingresses,endpointslices -A "
                    "-o yaml' and 'calicoctl get ippool -o yaml' (see docs/import.md).")
    k.add_argument("dumps", nargs="+", metavar="DUMP.yaml", help="kubectl or calicoctl output")
    k.add_argument("--into", required=True, metavar="TOPOLOGY.yaml",
                   help="the topology file to update (saved in place)")
    k.add_argument("--cluster", metavar="ID",
                   help="the cluster to import into (default: the file's only cluster; "
                        "created when the file has none by that id)")
    k.add_argument("--dry-run", action="store_true", help="print the report, change nothing")
    k.add_argument("--prune", action="store_true",
                   help="also remove the cluster's pods, nodes, services and ingresses the "
                        "dump does not list (of the kinds it holds)")
    k.set_defaults(func=cmd_import_kubectl)


def cmd_import_kubectl(args: argparse.Namespace) -> int:
    try:
        loaded = load(args.into)
    except TopologyError as exc:
        return errors.print_problems(exc)
    try:
        plan = plan_import(loaded.topology, args.dumps, cluster=args.cluster, prune=args.prune,
                           topology_file=args.into)
    except DumpError as exc:
        return errors.bad_input("import", exc.format())
    sys.stdout.write(plan.report.text())
    if args.dry_run or plan.empty:
        if args.dry_run:
            print(f"dry run: {args.into} not changed")
        return EXIT_OK
    plan.apply()
    try:
        save(loaded.topology, args.into)
    except OSError as exc:
        return errors.bad_input("import", f"{args.into}: cannot save: {exc.strerror or exc}")
    print(f"saved {args.into}")
    return EXIT_OK
