"""File → Export…: choose a format and its options, see a preview, export with a progress bar.

The formats' option rows and shown names are in ``export_formats``; a web page without a
chosen flow plays every saved flow, in the interface's language.

``install_export_action(main_window, document, scene_provider)`` adds the action (id
``file.export``, Ctrl+E) to the File menu. The dialog works through
``desktop_app.export.formats.export_bytes``, the same path as ``hybridviz export``; long work
(animations) shows a ``QProgressDialog`` whose Cancel stops it with nothing written.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRectF, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.engine import Trace, TraceInputError
from desktop_app.engine.conversation import converse
from desktop_app.export.formats import FORMATS, PAGES, ExportInputError, ExportRequest, export_bytes
from desktop_app.model.writer import write_atomic
from desktop_app.ui.render.painter import scene_painter

from .actions import ActionSpec, build_action, register
from .actions import retranslate as retranslate_specs
from .document import Document
from .export_formats import USES, format_name
from .i18n import current_language, on_language_change

SceneProvider = Callable[[], object]  # () -> TopologyScene
RectProvider = Callable[[], QRectF | None]
PREVIEW = (420, 300)
LAST_DIR, LAST_FORMAT = "export/last_dir", "export/format"
class ExportDialog(QDialog):
    """Format, options, preview, and the Export button that writes the file."""

    def __init__(self, document: Document, scene_provider: SceneProvider,
                 visible_rect: RectProvider | None = None, current_flow: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export"))
        self.document = document
        self.scene_provider = scene_provider
        self.visible_rect = visible_rect
        self.warn: Callable[[str], None] = lambda text: QMessageBox.warning(
            self, self.tr("Export"), text)
        self.last_written: str | None = None
        self._traces: dict[str, Trace | None] = {}
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(150)
        self._preview_timer.timeout.connect(self.update_preview)
        self._build(current_flow)
        self._format_changed()

    # -- widgets ---------------------------------------------------------------------------
    def _build(self, current_flow: str | None) -> None:
        settings = QSettings()
        self.format = QComboBox(objectName="export_format")
        for fmt in FORMATS.values():
            self.format.addItem(f"{format_name(fmt.extension)} ({fmt.extension})", fmt.extension)
        last = settings.value(LAST_FORMAT, ".png")
        self.format.setCurrentIndex(max(0, self.format.findData(last)))
        self.format.setToolTip(self.tr("The kind of file to write; the file name follows it"))

        self.path = QLineEdit(objectName="export_path")
        self.path.setToolTip(self.tr("The file to write"))
        folder = str(settings.value(LAST_DIR, "")) or os.path.dirname(self.document.path or "") \
            or os.path.expanduser("~")
        stem = os.path.splitext(os.path.basename(self.document.path or "topology.yaml"))[0]
        self.path.setText(os.path.join(folder, stem + str(self.format.currentData())))
        browse = QPushButton(self.tr("Browse…"), objectName="export_browse")
        browse.setToolTip(self.tr("Choose where to save"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.flow = QComboBox(objectName="export_flow")
        self.flow.addItem(self.tr("No flow"), None)
        for f in self.document.topology.flows:
            self.flow.addItem(f.label or f.id, f.id)
        if current_flow is not None and self.flow.findData(current_flow) >= 0:
            self.flow.setCurrentIndex(self.flow.findData(current_flow))
        self.flow.setToolTip(self.tr("Highlight this flow's path, or the flow to animate, "
                                     "capture or tabulate"))

        self.area_all = QRadioButton(self.tr("Whole topology"), objectName="export_area_all")
        self.area_view = QRadioButton(self.tr("Visible area"), objectName="export_area_view")
        self.area_view.setToolTip(self.tr("What the canvas shows now (for animations without a "
                                          "window: the flow's path)"))
        self.area_all.setChecked(True)
        self._area_group = QButtonGroup(self)
        self._area_group.addButton(self.area_all)
        self._area_group.addButton(self.area_view)
        area_row = QHBoxLayout()
        area_row.addWidget(self.area_all)
        area_row.addWidget(self.area_view)
        area_row.addStretch(1)

        self.scale = QDoubleSpinBox(objectName="export_scale")
        self.scale.setRange(0.1, 8.0)
        self.scale.setSingleStep(0.5)
        self.scale.setValue(2.0)
        self.scale.setSuffix(" ×")
        self.scale.setToolTip(self.tr("Pixels per diagram unit; 2 suits slides on high-DPI screens"))
        self.size_label = QLabel(objectName="export_size")
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale)
        scale_row.addWidget(self.size_label, 1)
        self.transparent = QCheckBox(self.tr("Transparent background"),
                                     objectName="export_transparent")
        self.hop_numbers = QCheckBox(self.tr("Number the hops"), objectName="export_hop_numbers")
        self.hop_numbers.setChecked(True)
        self.page = QComboBox(objectName="export_page")
        self.page.addItems(list(PAGES))
        self.fps = QSpinBox(objectName="export_fps")
        self.fps.setRange(1, 60)
        self.fps.setValue(12)
        self.fps.setSuffix(self.tr(" frames/s"))
        self.width = QSpinBox(objectName="export_width")
        self.width.setRange(160, 4096)
        self.width.setSingleStep(160)
        self.width.setValue(1280)
        self.width.setSuffix(" px")

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), path_row)
        self._rows: dict[str, tuple[QWidget, ...]] = {}

        def row(key: str, label: str, field) -> None:
            form.addRow(label, field)
            widget = field if isinstance(field, QWidget) else None
            label_widget = form.labelForField(field)
            self._rows[key] = tuple(w for w in (label_widget, widget) if w is not None)
            if widget is None:  # a layout: toggle each of its widgets
                self._rows[key] += tuple(field.itemAt(i).widget() for i in range(field.count())
                                         if field.itemAt(i).widget() is not None)

        row("flow", self.tr("Flow:"), self.flow)
        row("area", self.tr("Area:"), area_row)
        row("scale", self.tr("Scale:"), scale_row)
        row("transparent", "", self.transparent)
        row("hop_numbers", "", self.hop_numbers)
        row("page", self.tr("Page:"), self.page)
        row("fps", self.tr("Frame rate:"), self.fps)
        row("width", self.tr("Width:"), self.width)

        self.preview_image = QLabel(objectName="export_preview")
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_image.setMinimumSize(*PREVIEW)
        self.preview_text = QPlainTextEdit(objectName="export_preview_text")
        self.preview_text.setReadOnly(True)
        self.preview_text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview = QStackedWidget()
        self.preview.addWidget(self.preview_image)
        self.preview.addWidget(self.preview_text)
        self.preview.setMinimumSize(*PREVIEW)
        self.note = QLabel(objectName="export_note")
        self.note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.note)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(self.preview, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(buttons)

        self.format.currentIndexChanged.connect(self._format_changed)
        self.path.editingFinished.connect(self._path_edited)
        for signal in (self.flow.currentIndexChanged, self.area_all.toggled,
                       self.scale.valueChanged, self.transparent.toggled,
                       self.hop_numbers.toggled, self.page.currentIndexChanged,
                       self.width.valueChanged):
            signal.connect(self._schedule_preview)

    # -- state -------------------------------------------------------------------------------
    @property
    def extension(self) -> str:
        return str(self.format.currentData())

    def set_format(self, extension: str) -> None:
        self.format.setCurrentIndex(self.format.findData(extension))

    def set_path(self, path: str) -> None:
        self.path.setText(path)
        self._path_edited()

    def set_flow(self, flow_id: str | None) -> None:
        self.flow.setCurrentIndex(max(0, self.flow.findData(flow_id)))

    def _format_changed(self) -> None:
        ext = self.extension
        fmt = FORMATS[ext]
        used = USES[ext]
        for key, widgets in self._rows.items():
            for w in widgets:
                w.setVisible(key in used)
        base, old = os.path.splitext(self.path.text())
        if old.lower() in FORMATS and old.lower() != ext:
            self.path.setText(base + ext)
        no_flow = self.flow.model().item(0)
        no_flow.setEnabled(not fmt.needs_flow)
        if fmt.needs_flow and self.flow.currentData() is None and self.flow.count() > 1:
            self.flow.setCurrentIndex(1)
        self._schedule_preview()

    def _path_edited(self) -> None:
        ext = os.path.splitext(self.path.text())[1].lower()
        if ext in FORMATS and ext != self.extension:
            self.set_format(ext)

    def _browse(self) -> None:
        filters = ";;".join(f"{format_name(f.extension)} (*{f.extension})"
                            for f in FORMATS.values())
        current = f"{format_name(self.extension)} (*{self.extension})"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              filters, current)
        if path:
            self.set_path(path)

    def selected_trace(self) -> Trace | None:
        flow_id = self.flow.currentData()
        return None if flow_id is None else self._trace_of(flow_id)

    def _trace_of(self, flow_id: str) -> Trace | None:
        if flow_id not in self._traces:
            flow = self.document.topology.flow(flow_id)
            try:
                # Exports carry the conversation: the request and its reply.
                self._traces[flow_id] = converse(self.document.topology, flow) if flow else None
            except TraceInputError:
                self._traces[flow_id] = None
        return self._traces[flow_id]

    def request(self) -> ExportRequest:
        """The options as the dialog shows them."""
        view = None
        if self.area_view.isChecked() and self.visible_rect is not None:
            view = self.visible_rect()
        return ExportRequest(
            self.extension, trace=self.selected_trace(),
            area="view" if self.area_view.isChecked() else "all", view_rect=view,
            scale=self.scale.value(), transparent=self.transparent.isChecked(),
            page=self.page.currentText(), fps=float(self.fps.value()), width=self.width.value(),
            hop_numbers=self.hop_numbers.isChecked(), title=self.document.topology.name,
            traces=self._page_traces(), language=current_language())

    def _page_traces(self) -> tuple[Trace, ...]:
        """A web page without a chosen flow plays every saved flow that traces."""
        if self.extension != ".html" or self.flow.currentData() is not None:
            return ()
        traces = (self._trace_of(f.id) for f in self.document.topology.flows)
        return tuple(t for t in traces if t is not None)

    # -- preview -----------------------------------------------------------------------------
    def _schedule_preview(self, *_args) -> None:
        self._preview_timer.start()

    def update_preview(self) -> None:
        """A thumbnail of the diagram (or the first animation frame), or the text to write."""
        ext = self.extension
        req = self.request()
        self.note.setText(self._note(req))
        try:
            if ext in (".md", ".csv", ".json", ".pcapng", ".drawio", ".html"):
                self.preview.setCurrentWidget(self.preview_text)
                self.preview_text.setPlainText(self._text_preview(req))
                return
            self.preview.setCurrentWidget(self.preview_image)
            self.preview_image.setPixmap(self._image_preview(req))
        except (ExportInputError, ValueError) as exc:
            self.preview.setCurrentWidget(self.preview_text)
            self.preview_text.setPlainText(str(exc))

    def _note(self, req: ExportRequest) -> str:
        fmt = FORMATS[req.extension]
        if fmt.needs_flow and req.trace is None:
            return self.tr("Choose a flow: this format shows one.")
        if req.extension == ".png":
            from desktop_app.ui.render import diagram

            area = self._area(req)
            size = diagram.png_size(area, req.scale)
            self.size_label.setText(f"{size.width()} × {size.height()} px")
        if req.extension == ".pcapng" and req.trace is not None:
            from desktop_app.export.pcap import notes

            return "\n".join(notes(req.trace))
        return ""

    def _area(self, req: ExportRequest) -> QRectF:
        from desktop_app.ui.render import diagram

        scene = self.scene_provider()
        if req.area == "view":
            if req.view_rect is not None:
                return req.view_rect
            if req.trace is not None:
                return diagram.flow_area(scene, req.trace)
        return diagram.whole_area(scene)

    def _image_preview(self, req: ExportRequest) -> QPixmap:
        from desktop_app.ui.render import diagram

        scene = self.scene_provider()
        area = self._area(req)
        fit = min(PREVIEW[0] / area.width(), PREVIEW[1] / area.height())
        image = diagram.render_image(scene, diagram.DiagramOptions(
            area=area, scale=fit, transparent=req.transparent,
            trace=req.trace, hop_numbers=req.hop_numbers))
        return QPixmap.fromImage(image)

    def _text_preview(self, req: ExportRequest) -> str:
        from desktop_app.export import hop_table

        if req.extension == ".html":
            return self.tr("One web page that plays {n} flow(s) hop by hop in any browser, "
                           "offline; hybridviz opens it again as the topology.").format(
                n=len(req.traces) or int(req.trace is not None))
        if req.trace is None and req.extension != ".drawio":
            return self.tr("Choose a flow.")
        if req.extension == ".pcapng":
            from desktop_app.export.pcap import packets

            line = self.tr("{hop:>3}  {size:>5} bytes  {interface:<20} {comment}")
            return "\n".join(line.format(hop=p.hop, size=len(p.data), interface=p.interface,
                                          comment=p.comment.splitlines()[0])
                              for p in packets(req.trace))
        if req.extension == ".drawio":
            topo = self.document.topology
            return self.tr("A diagrams.net file with {z} zones, {d} devices, {n} networks and "
                           "their links as editable shapes.").format(
                z=len(topo.zones), d=len(topo.devices), n=len(topo.networks))
        text = export_bytes(req, self.document.topology,
                            translate=QCoreApplication.translate).decode("utf-8")
        if req.extension == ".md":
            text = hop_table.to_text(req.trace)
        return "\n".join(text.splitlines()[:200])

    # -- export ------------------------------------------------------------------------------
    def export(self) -> bool:
        """Write the file; True when it was written (the dialog then closes)."""
        path = self.path.text().strip()
        ext = os.path.splitext(path)[1].lower()
        if ext != self.extension:
            self.warn(self.tr("The file name must end with {ext} for this format.").format(
                ext=self.extension))
            return False
        folder = os.path.dirname(os.path.abspath(path))
        if not os.path.isdir(folder):
            self.warn(self.tr("The folder {folder} does not exist.").format(folder=folder))
            return False
        req = self.request()
        progress = QProgressDialog(self.tr("Exporting {name}…").format(
            name=os.path.basename(path)), self.tr("Cancel"), 0, 100, self)
        progress.setObjectName("export_progress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoClose(False)
        progress.setValue(0)
        self.progress = progress

        def report(done: int, total: int) -> bool:
            progress.setMaximum(max(1, total))
            progress.setValue(min(done, total))
            QApplication.processEvents()
            return not progress.wasCanceled()

        from desktop_app.ui.render.animation import ExportCancelled

        try:
            data = export_bytes(req, self.document.topology, scene_painter(self.scene_provider),
                                report, QCoreApplication.translate)
            if progress.wasCanceled():
                raise ExportCancelled
            write_atomic(path, data)
        except ExportCancelled:
            progress.close()
            return False
        except (ExportInputError, ValueError) as exc:
            progress.close()
            self.warn(str(exc))
            return False
        except OSError as exc:
            progress.close()
            self.warn(self.tr("Cannot write {path}: {why}").format(path=path,
                                                                   why=exc.strerror or exc))
            return False
        progress.close()
        settings = QSettings()
        settings.setValue(LAST_DIR, folder)
        settings.setValue(LAST_FORMAT, self.extension)
        self.last_written = path
        self.accept()
        return True


EXPORT_SPEC = ActionSpec(
    "file.export", QT_TRANSLATE_NOOP("ExportDialog", "&Export…"),
    QT_TRANSLATE_NOOP("ExportDialog",
                      "Export the diagram, a flow animation, a capture or a hop table"),
    ("Ctrl+E",), context="ExportDialog")
register([EXPORT_SPEC], "ExportDialog")


def install_export_action(main_window: QMainWindow, document: Document,
                          scene_provider: SceneProvider, visible_rect: RectProvider | None = None,
                          current_flow: Callable[[], str | None] | None = None) -> QAction:
    """Add File → Export… (Ctrl+E) to ``main_window``; returns the action (id ``file.export``)."""
    action = build_action(EXPORT_SPEC, main_window)

    def retranslate() -> None:
        retranslate_specs({EXPORT_SPEC.id: action}, [EXPORT_SPEC])

    retranslate()
    on_language_change(main_window, retranslate)

    def run() -> None:
        dialog = ExportDialog(document, scene_provider, visible_rect,
                              current_flow() if current_flow else None, main_window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.last_written:
            main_window.statusBar().showMessage(QCoreApplication.translate(
                "ExportDialog", "Exported {path}").format(path=dialog.last_written), 5000)

    action.triggered.connect(run)
    menu = main_window.findChild(QMenu, "menu_file")
    if menu is not None:
        quit_action = next((a for a in menu.actions() if a.objectName() == "file.quit"), None)
        if quit_action is not None:
            menu.insertAction(quit_action, action)
            menu.insertSeparator(quit_action)
        else:
            menu.addAction(action)
    else:
        main_window.addAction(action)
    registry = getattr(main_window, "actions_", None)
    if registry is not None and hasattr(registry, "actions"):
        registry.actions[action.objectName()] = action
    return action
