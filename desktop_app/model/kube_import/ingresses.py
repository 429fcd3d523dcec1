"""Ingresses (``networking.k8s.io/v1``) → the cluster's ingresses, with their controller's pods.

A topology's ingress names its controller by a label selector of the controller pods. The
dump says which pods run the controller of an ingress class by their arguments (NGINX and
IBM's ALB: ``--ingress-class=CLASS``); the selector is that of the service in front of
those pods, or else the labels they all share.
"""

from __future__ import annotations

from desktop_app.model.messages import phrase
from desktop_app.model.topology import Ingress, IngressRule, Service

from . import messages as K
from .context import ImportContext
from .parse import KubeObject, port_number
from .pods import qualified

CLASS_ANNOTATION = "kubernetes.io/ingress.class"


def map_ingresses(ctx: ImportContext, ingresses: list[KubeObject]) -> None:
    by_name = {i.name: i for i in ctx.cluster.ingresses}
    for obj in ingresses:
        name = qualified(obj.namespace, obj.name)
        ctx.imported.setdefault("Ingress", set()).add(name)
        controller = _controller(ctx, obj)
        if controller is None:
            ctx.report.ignored(K.INGRESSES, K.NO_CONTROLLER, name)
            continue
        rules = _rules(ctx, obj, name)
        old = by_name.get(name)
        if old is None:
            ctx.add(ctx.cluster.ingresses, Ingress(name=name, controller=controller, rules=rules),
                    phrase(K.INGRESS, name=name))
            continue
        what = phrase(K.INGRESS, name=name)
        ctx.update(old, "controller", controller, what)
        if [_rule_key(r) for r in old.rules] != [_rule_key(r) for r in rules]:
            ctx.update(old, "rules", rules, what)


def _rule_key(rule: IngressRule) -> tuple[object, ...]:
    return rule.host, rule.path, rule.service, rule.port


def _controller(ctx: ImportContext, obj: KubeObject) -> dict[str, str] | None:
    wanted = obj.get(("spec", "ingressClassName"), str)
    if wanted is None:
        annotations = obj.get(("metadata", "annotations"), dict) or {}
        value = annotations.get(CLASS_ANNOTATION)
        wanted = value if isinstance(value, str) else None
    controllers = [p for p in ctx.pods if p.ingress_classes]
    if wanted is None:  # the cluster's only controller takes ingresses without a class
        classes = {c for p in controllers for c in p.ingress_classes}
        wanted = next(iter(classes)) if len(classes) == 1 else None
    pods = [p for p in controllers if wanted in p.ingress_classes]
    if not pods:
        return None
    for service in ctx.cluster.services + _new_services(ctx):
        if service.selector and all(_selects(service.selector, p.labels) for p in pods):
            return dict(service.selector)
    common = dict(pods[0].labels)
    for pod in pods[1:]:
        common = {k: v for k, v in common.items() if pod.labels.get(k) == v}
    return common or None


def _new_services(ctx: ImportContext) -> list[Service]:
    from .changes import Append

    return [c.item for c in ctx.changes if isinstance(c, Append) and c.items is ctx.cluster.services]


def _selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def _rules(ctx: ImportContext, obj: KubeObject, name: str) -> list[IngressRule]:
    rules: list[IngressRule] = []
    for r, _ in enumerate(obj.get(("spec", "rules"), list) or []):
        host = obj.get(("spec", "rules", r, "host"), str)
        for p, _ in enumerate(obj.get(("spec", "rules", r, "http", "paths"), list) or []):
            keys: tuple[str | int, ...] = ("spec", "rules", r, "http", "paths", p)
            path = obj.get((*keys, "path"), str)
            rule = _backend(ctx, obj, (*keys, "backend"), host, path, f"{name} {host or '*'}{path or ''}")
            if rule is not None:
                rules.append(rule)
    if obj.get(("spec", "defaultBackend"), dict) is not None:
        rule = _backend(ctx, obj, ("spec", "defaultBackend"), None, None, f"{name} default")
        if rule is not None:
            rules.append(rule)
    return rules


def _backend(ctx: ImportContext, obj: KubeObject, keys: tuple[str | int, ...], host: str | None,
             path: str | None, where: str) -> IngressRule | None:
    service = obj.get((*keys, "service", "name"), str)
    if service is None:
        ctx.report.ignored(K.INGRESS_PATHS, K.NOT_A_SERVICE_BACKEND, where)
        return None
    qualified_name = qualified(obj.namespace, service)
    number = port_number(obj, (*keys, "service", "port", "number"))
    if number is None:
        port_name = obj.get((*keys, "service", "port", "name"), str)
        number = ctx.service_port_names.get(qualified_name, {}).get(port_name or "")
    known = {s.name for s in ctx.cluster.services + _new_services(ctx)}
    if qualified_name not in known:
        ctx.report.ignored(K.INGRESS_PATHS, K.UNKNOWN_BACKEND, where)
        return None
    if number is None:
        ctx.report.ignored(K.INGRESS_PATHS, K.NOT_A_SERVICE_BACKEND, where)
        return None
    rule = IngressRule(service=qualified_name, port=number, host=host, path=path)
    rule.key_order = ["host", "path", "service", "port"]  # as docs/format.md writes a rule
    return rule

