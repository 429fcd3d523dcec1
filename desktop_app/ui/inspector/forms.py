"""Forms of the inspector: a base that lays out bound fields, and the simpler kinds.

Devices and clusters have their own modules (``device_form``, ``cluster_form``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model.topology import (
    DEFAULT_MTU,
    DEFAULT_VXLAN_PORT,
    NETWORK_KINDS,
    PROTOCOLS,
    VNI_MAX,
    VNI_MIN,
    Flow,
    Network,
    Topology,
    Zone,
)
from desktop_app.ui.model_words import kind_name, topology_summary

from . import checks
from .bound import (
    BoundField,
    CheckField,
    ChoiceField,
    LineField,
    ReadOnlyField,
    Subject,
    TextField,
    devices_of_kind,
    ids_of,
)
from .rows import Column, MappingRowsModel, RowsModel, RowsTable


class Form(QWidget):
    """A vertical stack of titled sections holding bound fields and tables."""

    def __init__(self, subject: Subject):
        super().__init__()
        self.subject = subject
        self.fields: list[BoundField | ReadOnlyField] = []
        self.tables: list[RowsTable] = []
        self.children_forms: list[Form] = []
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(6, 6, 6, 6)
        self.body.setSpacing(8)

    @property
    def topology(self) -> Topology:
        return self.subject.doc.topology

    def signature(self) -> tuple[Any, ...]:
        """What the form's shape depends on; the dock rebuilds the form when it changes."""
        return (self.subject.kind,)

    def refresh(self) -> None:
        for f in self.fields:
            f.refresh()
        for table in self.tables:
            table.reload()
        for child in self.children_forms:
            child.refresh()

    def commit_pending(self) -> None:
        """Commit fields typed in but not yet committed (the form is about to go)."""
        for f in self.fields:
            if isinstance(f, (LineField, TextField)) and f.pending():
                f.commit()
        for child in self.children_forms:
            child.commit_pending()

    # -- building -----------------------------------------------------------------------
    def heading(self, title: str, subtitle: str = "") -> QLabel:
        label = QLabel(title)
        label.setObjectName("inspector-heading")
        label.setWordWrap(True)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
        self.body.addWidget(label)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle.setVisible(bool(subtitle))
        self.body.addWidget(self.subtitle)
        self.body.addSpacing(-4)
        return label

    def section(self, title: str) -> QFormLayout:
        box = QGroupBox(title)
        box.setObjectName(f"section:{title}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setContentsMargins(8, 6, 8, 6)
        form.setVerticalSpacing(4)
        self.body.addWidget(box)
        return form

    def add(self, form: QFormLayout, label: str, field: BoundField | ReadOnlyField) -> Any:
        form.addRow(label, field)
        self.fields.append(field)
        return field

    def line(self, form: QFormLayout, label: str, path: str,
             check: Callable[[str], str | None] | None = None,
             parse: Callable[[str], Any] | None = None,
             show: Callable[[Any], str] | None = None, tip: str = "",
             placeholder: str = "") -> LineField:
        kwargs: dict[str, Any] = {"show": show} if show else {}
        return self.add(form, label, LineField(self.subject, path, check, parse, tip=tip,
                                               placeholder=placeholder, **kwargs))

    def choice(self, form: QFormLayout, label: str, path: str,
               choices: Callable[[], list[tuple[Any, str]]], optional: bool = True,
               tip: str = "", command: Callable[[Any], Any] | None = None,
               none_label: str | None = None) -> ChoiceField:
        none = self.tr("(none)") if none_label is None else none_label
        return self.add(form, label, ChoiceField(self.subject, path, choices, optional, tip,
                                                 command, none))

    def words(self, values: tuple[str, ...]) -> Callable[[], list[tuple[Any, str]]]:
        return lambda: [(v, v) for v in values]

    def check(self, form: QFormLayout, label: str, path: str, text: str, tip: str = "") -> None:
        self.add(form, label, CheckField(self.subject, path, text, tip))

    def notes(self, path: str = "notes", title: str | None = None) -> None:
        form = self.section(self.tr("Notes") if title is None else title)
        field = TextField(self.subject, path,
                          tip=self.tr("Free text shown here and kept in the file"))
        form.addRow(field)
        self.fields.append(field)

    def table(self, title: str, list_path: str, columns: list[Column], what: str,
              mapping: bool = False, subject: Subject | None = None) -> RowsTable:
        box = QGroupBox(title)
        box.setObjectName(f"section:{title}")
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 6, 6, 6)
        model_cls = MappingRowsModel if mapping else RowsModel
        table = RowsTable(model_cls(subject or self.subject, list_path, columns), what, mapping)
        inner.addWidget(table)
        self.body.addWidget(box)
        self.tables.append(table)
        return table

    def zone_choices(self, exclude: set[str] = frozenset()) -> Callable[[], list[tuple[Any, str]]]:
        return lambda: ids_of([z for z in self.topology.zones if z.id not in exclude])

    def identity(self, kind: str, with_label: bool = True) -> QFormLayout:
        form = self.section(self.tr("Identity"))
        self.line(form, self.tr("Id"), "id",
                  checks.identifier(self.topology, kind, self.subject.id),
                  tip=self.tr("Renaming updates every reference to it"))
        if with_label:
            self.line(form, self.tr("Label"), "label",
                      tip=self.tr("Display name (defaults to the id)"),
                      placeholder=self.subject.id)
        return form

    def finish(self) -> None:
        self.body.addStretch(1)


class ZoneForm(Form):
    def __init__(self, subject: Subject):
        super().__init__(subject)
        zone: Zone = subject.obj
        self.heading(self.tr("Zone {id}").format(id=zone.id), zone.display_label)
        form = self.identity("zone")
        self.choice(form, self.tr("Inside"), "parent", self._parents,
                    tip=self.tr("The enclosing zone"))
        self.notes()
        self.finish()

    def _parents(self) -> list[tuple[Any, str]]:
        # A zone cannot sit inside itself or one of its own sub-zones.
        zones = self.topology.zones
        inner = {self.subject.obj.id}
        grew = True
        while grew:
            more = {z.id for z in zones if z.parent in inner and z.id not in inner}
            inner |= more
            grew = bool(more)
        return ids_of([z for z in zones if z.id not in inner])


class NetworkForm(Form):
    def __init__(self, subject: Subject):
        super().__init__(subject)
        net: Network = subject.obj
        self.heading(self.tr("Network {id}").format(id=net.id),
                     f"{kind_name(net.kind)} · {net.display_label}")
        form = self.identity("network")
        self.choice(form, self.tr("Zone"), "zone", self.zone_choices())
        seg = self.section(self.tr("Segment"))
        self.choice(seg, self.tr("Kind"), "kind", self.words(NETWORK_KINDS), optional=False,
                    tip=self.tr("vlan: VLAN-backed segment; vxlan: NSX logical switch; "
                                "wan: routed link between sites; internet: routed cloud"))
        if net.kind != "internet":
            self.line(seg, "CIDR", "cidr", self._cidr_check, placeholder="10.10.1.0/24",
                      tip=self.tr("The IPv4 subnet of the segment"))
        if net.kind == "vxlan":
            self.line(seg, "VNI", "vni", checks.vni(self.topology, net), placeholder="5000",
                      tip=self.tr("VXLAN network identifier, {low}–{high}, unique").format(
                          low=VNI_MIN, high=VNI_MAX))
        if net.kind == "vlan":
            self.line(seg, self.tr("VLAN tag"), "vlan", checks.vlan,
                      placeholder=self.tr("untagged"), tip=self.tr("Optional 802.1Q tag"))
        self.line(seg, "MTU", "mtu", checks.mtu, placeholder=str(DEFAULT_MTU),
                  tip=self.tr("Largest IP packet on the segment (VXLAN underlays need ≥ 1550)"))
        attached = QLabel()
        attached.setWordWrap(True)
        attached.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        seg.addRow(self.tr("Attached"), attached)
        self._attached = attached
        self._show_attached()
        self.notes()
        self.finish()

    def _cidr_check(self, text: str) -> str | None:
        return checks.cidr(text) if text.strip() \
            else self.tr("a vlan, vxlan or wan network needs a CIDR")

    def signature(self) -> tuple[Any, ...]:
        return ("network", self.subject.obj.kind)

    def refresh(self) -> None:
        super().refresh()
        self._show_attached()

    def _show_attached(self) -> None:
        net_id = self.subject.obj.id
        rows = [f"{d.id} {name} {itf.ip or ''}".strip()
                for d in self.topology.devices
                for name, itf in zip(d.interface_names(), d.interfaces, strict=True)
                if itf.network == net_id]
        self._attached.setText("\n".join(rows) if rows else self.tr("nothing yet"))


class FlowForm(Form):
    def __init__(self, subject: Subject):
        super().__init__(subject)
        flow: Flow = subject.obj
        self.heading(self.tr("Flow {id}").format(id=flow.id), flow.display_label)
        self.identity("flow")
        what = self.section(self.tr("Traffic"))
        self.choice(what, self.tr("From"), "from", lambda: ids_of(self.topology.devices),
                    optional=False, tip=self.tr("The device that sends the first packet"))
        self.line(what, self.tr("To"), "to", checks.required(self.tr("the destination")),
                  tip=self.tr("A device id, an IP address or a DNS name"))
        self.choice(what, self.tr("Protocol"), "protocol", self.words(PROTOCOLS),
                    none_label="(tcp)")  # i18n: keep
        self.line(what, self.tr("Port"), "port", checks.port, placeholder=self.tr("none"))
        self.line(what, self.tr("Size"), "size", checks.size,
                  placeholder=self.tr("headers + a short request"),
                  tip=self.tr("Inner IP packet size in bytes, for MTU checks"))
        self.choice(what, self.tr("Endpoint"), "endpoint",
                    lambda: devices_of_kind(self.topology, "pod"),
                    tip=self.tr("Pins kube-proxy's choice of pod"))
        self.notes()
        self.finish()


class TopologyForm(Form):
    """Nothing selected: the topology's name, description, settings, clusters and flows."""

    def __init__(self, subject: Subject, cluster_form: Callable[[Subject], Form]):
        super().__init__(subject)
        topo: Topology = subject.obj
        self._title = self.heading(topo.name or self.tr("Topology"), topology_summary(topo))
        form = self.section(self.tr("Topology"))
        self.line(form, self.tr("Name"), "name", checks.required(self.tr("the name")))
        field = TextField(subject, "description", tip=self.tr("What this topology shows"), lines=4)
        form.addRow(self.tr("Description"), field)
        self.fields.append(field)
        self.line(form, self.tr("VXLAN port"), "settings.vxlan_port", checks.port,
                  placeholder=str(DEFAULT_VXLAN_PORT),
                  tip=self.tr("4789 (RFC 7348); 8472 on older NSX-V"))
        self._cluster_form = cluster_form
        self._cluster_host = QVBoxLayout()
        if topo.kubernetes:
            pick = self.section(self.tr("Kubernetes"))
            self.cluster_combo = QComboBox()
            self.cluster_combo.setObjectName("cluster-picker")
            self.cluster_combo.setToolTip(self.tr("Show a cluster's services and ingresses"))
            for c in topo.kubernetes:
                self.cluster_combo.addItem(f"{c.id} — {c.display_label}")
            self.cluster_combo.currentIndexChanged.connect(self._show_cluster)
            pick.addRow(self.tr("Cluster"), self.cluster_combo)
            self.body.addLayout(self._cluster_host)
            self._show_cluster()
        from .columns import flow_columns
        self.table(self.tr("Flows"), "flows", flow_columns(subject), self.tr("flows"))
        self.finish()

    def signature(self) -> tuple[Any, ...]:
        return ("topology", tuple(c.id for c in self.subject.obj.kubernetes))

    def refresh(self) -> None:
        super().refresh()
        self._title.setText(self.subject.obj.name or self.tr("Topology"))
        self.subtitle.setText(topology_summary(self.subject.obj))

    def _show_cluster(self) -> None:
        for child in self.children_forms:
            child.setParent(None)
            child.deleteLater()
        self.children_forms.clear()
        clusters = self.subject.obj.kubernetes
        index = self.cluster_combo.currentIndex()
        if not 0 <= index < len(clusters):
            return
        cluster = clusters[index]
        child = self._cluster_form(Subject(self.subject.doc, "cluster", cluster))
        child.body.setContentsMargins(0, 0, 0, 0)
        self._cluster_host.addWidget(child)
        self.children_forms.append(child)


class SelectionForm(Form):
    """Several things selected: what they are (edit them one at a time)."""

    def __init__(self, subject: Subject, subjects: list[Subject]):
        super().__init__(subject)
        self.heading(self.tr("{n} items selected").format(n=len(subjects)),
                     self.tr("Select one item to edit it"))
        by_kind: dict[str, list[str]] = {}
        for s in subjects:
            kind = s.obj.kind if s.kind == "device" else s.kind
            by_kind.setdefault(kind, []).append(s.id)
        form = self.section(self.tr("Selection"))
        for kind, ids in by_kind.items():
            label = QLabel(", ".join(ids))
            label.setWordWrap(True)
            form.addRow(f"{kind_name(kind)} ({len(ids)})", label)
        self.finish()

    def signature(self) -> tuple[Any, ...]:
        return ("selection",)
