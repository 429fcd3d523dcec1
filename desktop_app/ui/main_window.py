"""The main window: puts the canvas, the docks and the controllers together.

It owns no editing logic itself: the canvas scene and its ``SceneInteraction`` handle the
mouse, ``EditController`` the edit actions, ``FileController`` files and autosave, the
docks their own panels. The window wires actions (from ``actions.py``) to them and keeps
the title, status bar and theme current.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Topology

from . import window_docks, window_menus
from .actions import ActionRegistry, create_actions, retranslate_actions, shortcuts_dialog
from .canvas.editing import EditController
from .canvas.find import FindBar
from .canvas.minimap import Minimap
from .canvas.scene import TopologyScene
from .canvas.style import CanvasStyle
from .canvas.view import CanvasView
from .canvas.view_actions import ViewActions
from .document import Document
from .files import FileController, Prompts
from .model_words import kind_name, topology_summary
from .palette import PaletteDock
from .theme import THEME_SETTING, apply_theme, chosen_theme_name, resolve_theme

LINK_LABELS_KEY = "view/link_labels"
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"

ContextHook = Callable[[QMenu, list[str]], None]


class MainWindow(QMainWindow):
    """One open topology: canvas in the middle, palette and overview left, panels right."""

    def __init__(self, topology: Topology | None = None, path: str | None = None,
                 flow: str | None = None, presentation: bool = False,
                 prompts: Prompts | None = None, defer_panels: bool = False):
        super().__init__()
        self.setObjectName("main_window")
        self.flow = flow  # played after opening (the animation feature reads these)
        self.presentation = presentation
        self.doc = Document(topology or Topology(name=self.tr("Untitled topology")), path, self)
        self.style_ = CanvasStyle(theme=resolve_theme())
        self.scene = TopologyScene(self.doc, self.style_, self)
        self.view = CanvasView(self.scene, self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.edit = EditController(self.scene, self.view, self)
        self.files = FileController(self, self.doc, prompts)
        self.actions_ = create_actions(self)
        self.context_hooks: list[ContextHook] = []  # others add canvas context-menu entries
        self.view_actions = ViewActions(self)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)

        self.palette_dock = PaletteDock(self.style_.icons, self)
        self.minimap = Minimap(self.view)
        self.minimap_dock = QDockWidget(self, objectName="overview_dock")
        self.minimap_dock.setWidget(self.minimap)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.minimap_dock)
        self.panels: list[QDockWidget] = [self.palette_dock, self.minimap_dock]
        self.inspector = self.problems = self.history = None
        self.animation = None
        self.panels_menu: QMenu | None = None
        self.menu_titles: list[tuple[QMenu, str]] = []  # each menu and its untranslated title
        self._undo_names = {"edit.undo": "", "edit.redo": ""}  # what Undo and Redo would do

        self._build_menus()
        self._connect()
        self._build_status_bar()
        self.retranslate()
        if defer_panels:
            # Start-up: draw the canvas first, build the other panels right after.
            self._first_paint = _AfterFirstPaint(self.view.viewport(), self._finish_setup)
        else:
            self._finish_setup()
        self.setAcceptDrops(True)
        self.resize(_first_size(self))
        self._restored = self._restore_window()
        self._update_title()
        self._selection_changed()
        from .help import install_help  # Help pages, Preferences, the application icon

        self.help_ = install_help(self)
        from .templates import install_templates  # the empty canvas offers templates

        self.template_hint = install_templates(self)

    # -- construction ---------------------------------------------------------------------
    def _current_flow_id(self) -> str | None:
        """The saved flow being played, for exports that need one."""
        request = self.animation.request if self.animation else None
        return request.id if request is not None else None

    def _finish_setup(self) -> None:
        """The panels beside the canvas, and the packet animation's bars and panels."""
        before = set(self.findChildren(QDockWidget))
        window_docks.add_panels(self)
        from .animation import install_animation  # flow bar, hop inspector, timeline, F5

        self.animation = install_animation(self, self.doc, self.scene, self.view)
        from .export_dialog import install_export_action  # File → Export…

        self.export_action = install_export_action(
            self, self.doc, lambda: self.scene,
            visible_rect=lambda: self.view.mapToScene(self.view.viewport().rect()).boundingRect(),
            current_flow=self._current_flow_id)
        from .kube_import_dialog import install_kube_import  # File → Import → Kubernetes

        install_kube_import(self, self.doc)

        from .checks import install_checks  # intents, the reachability matrix, Compare With…

        install_checks(self)
        self._fill_panels_menu()
        if self.isVisible():  # deferred: the window is up; place what was just added
            # Docks and bars added to a shown window stay hidden until shown. The saved
            # layout, restored again now that every dock and bar exists, shows them where
            # (and as) the user left them; without one they all show in their first places.
            state = QSettings().value(STATE_KEY)
            self._restored = state is not None and self.restoreState(state)
            if not self._restored:
                for dock in set(self.findChildren(QDockWidget)) - before:
                    dock.show()
                window_docks.initial_dock_sizes(self)
            QTimer.singleShot(0, self.view.fit_all)  # the canvas got smaller: fit it again
            self._selection_changed()

    @property
    def registry(self) -> ActionRegistry:
        return self.actions_

    def action(self, action_id: str) -> QAction:
        return self.actions_[action_id]

    def _build_menus(self) -> None:
        window_menus.build_menus(self)

    def _fill_panels_menu(self) -> None:
        window_menus.fill_panels_menu(self)

    def _fill_recent(self) -> None:
        window_menus.fill_recent(self)

    def _connect(self) -> None:
        a = self.actions_
        stack = self.doc.undo_stack
        a["file.new"].triggered.connect(self.files.new)
        a["file.open"].triggered.connect(self.files.open)
        a["file.save"].triggered.connect(self.files.save)
        a["file.save_as"].triggered.connect(self.files.save_as)
        a["file.clear_recent"].triggered.connect(self.files.clear_recent)
        a["file.quit"].triggered.connect(self.close)
        a["edit.undo"].triggered.connect(stack.undo)
        a["edit.redo"].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a["edit.undo"].setEnabled)
        stack.canRedoChanged.connect(a["edit.redo"].setEnabled)
        stack.undoTextChanged.connect(lambda t: self._undo_texts(undo=t))
        stack.redoTextChanged.connect(lambda t: self._undo_texts(redo=t))
        a["edit.undo"].setEnabled(stack.canUndo())
        a["edit.redo"].setEnabled(stack.canRedo())
        # Canvas edits answer their keys only while the canvas has focus, so Delete or
        # Ctrl+C typed in a panel's field stays in that field.
        for action_id, slot in (("edit.cut", self.edit.cut_selected),
                                ("edit.copy", self.edit.copy_selected),
                                ("edit.paste", self.edit.paste),
                                ("edit.duplicate", self.edit.duplicate_selected),
                                ("edit.delete", self.edit.delete_selected),
                                ("edit.rename", lambda: self.edit.rename_selected()),
                                ("edit.select_all", self.edit.select_all)):
            a[action_id].triggered.connect(slot)
            a[action_id].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(a[action_id])
        a["edit.find"].triggered.connect(lambda: self.find_bar.start(self.doc.topology))
        a["edit.tidy"].triggered.connect(self.edit.tidy_layout)
        a["view.zoom_in"].triggered.connect(self.view.zoom_in)
        a["view.zoom_out"].triggered.connect(self.view.zoom_out)
        a["view.zoom_reset"].triggered.connect(self.view.zoom_reset)
        a["view.fit"].triggered.connect(self.view.fit_all)
        a["view.zoom_selection"].triggered.connect(self.view.zoom_to_selection)
        a["view.link_labels"].setChecked(_bool(QSettings().value(LINK_LABELS_KEY, True)))
        self.scene.set_link_labels(a["view.link_labels"].isChecked())
        a["view.link_labels"].toggled.connect(self._set_link_labels)
        choice = chosen_theme_name()
        for name in ("system", "light", "dark"):
            act = a[f"view.theme_{name}"]
            act.setChecked(name == choice)
            act.triggered.connect(lambda _=False, n=name: self.set_theme(n))
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(lambda _s: self._system_theme_changed())
        a["help.shortcuts"].triggered.connect(self.show_shortcuts)
        a["help.about"].triggered.connect(self.show_about)

        self.files.recent_changed.connect(self._fill_recent)
        self.files.message.connect(self.show_message)
        self.files.opened.connect(lambda _p: QTimer.singleShot(0, self.view.fit_all))
        self.edit.message.connect(self.show_message)
        self.scene.message.connect(self.show_message)
        self.doc.path_changed.connect(lambda _p: self._update_title())
        self.doc.reset.connect(self._update_title)
        self.doc.reset.connect(self._selection_changed)
        self.doc.changed.connect(self._doc_changed)
        stack.cleanChanged.connect(lambda clean: self.setWindowModified(not clean))
        # Selection follows on the next turn of the event loop: a model change can drop and
        # re-create selected items mid-notification, and the panels should see the result.
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._selection_changed)
        self.scene.selectionChanged.connect(self._selection_timer.start)
        self.palette_dock.chosen.connect(lambda entry: self.edit.add_entry(entry))
        self.view.palette_dropped.connect(self.edit.add_entry)
        self.view.files_dropped.connect(self._open_dropped)
        self.view.zoom_changed.connect(self._zoom_changed)
        self.find_bar.found.connect(self.reveal)
        self.find_bar.closed.connect(self.view.setFocus)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

    def _build_status_bar(self) -> None:
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("selection_label")
        self.zoom_label = QLabel("100 %", self)
        self.zoom_label.setObjectName("zoom_label")
        self.statusBar().addPermanentWidget(self.selection_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.show_message(self.tr("Drag from a device's + handle (or Shift+drag) onto a network "
                                  "to connect it; Ctrl+wheel zooms"))

    def retranslate(self) -> None:
        """Every text the window itself sets, again in the current language.

        Runs on ``QEvent.LanguageChange``; the docks and bars retranslate themselves.
        """
        for menu, title in self.menu_titles:
            menu.setTitle(QCoreApplication.translate("actions", title))
        retranslate_actions(self.actions_)
        self._undo_texts()
        self.minimap_dock.setWindowTitle(self.tr("Overview"))
        self.zoom_label.setToolTip(self.tr("Zoom (Ctrl+wheel, Ctrl+1 fits everything)"))
        self._fill_recent()
        self._fill_panels_menu()
        self._update_title()
        self._selection_changed()
        self.scene.retranslate()
        self.statusBar().clearMessage()  # a message from before is in the old language

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _restore_window(self) -> bool:
        settings = QSettings()
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value(STATE_KEY)
        return state is not None and self.restoreState(state)

    # -- reactions ------------------------------------------------------------------------
    def _undo_texts(self, undo: str | None = None, redo: str | None = None) -> None:
        """Undo and Redo name the change they would undo or redo (the stack's latest word)."""
        if undo is not None:
            self._undo_names["edit.undo"] = undo
        if redo is not None:
            self._undo_names["edit.redo"] = redo
        for action_id, base in (("edit.undo", "&Undo"), ("edit.redo", "&Redo")):
            label = QCoreApplication.translate("actions", base)
            text = self._undo_names[action_id]
            self.actions_[action_id].setText(f"{label} {text}" if text else label)

    def _doc_changed(self, ids: object) -> None:
        if ids is None or "" in ids:  # type: ignore[operator]
            self._update_title()
        if not self.scene.selected_ids():  # the counts in the status bar follow edits
            self.selection_label.setText(topology_summary(self.doc.topology))

    def _update_title(self) -> None:
        name = self.doc.topology.name or self.tr("Untitled topology")
        file = os.path.basename(self.doc.path) if self.doc.path else self.tr("not saved")
        self.setWindowTitle(f"{name} — {file} [*]")
        self.setWindowModified(self.doc.modified)

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{zoom * 100:.0f} %")

    def _selection_changed(self) -> None:
        ids = self.scene.selected_ids()
        if self.inspector is not None:
            self.inspector.show_ids(ids)
        has = bool(ids)
        for action_id in ("edit.cut", "edit.copy", "edit.duplicate", "edit.delete",
                          "view.zoom_selection"):
            self.actions_[action_id].setEnabled(has)
        self.actions_["edit.rename"].setEnabled(len(ids) == 1)
        if not ids:
            self.selection_label.setText(topology_summary(self.doc.topology))
        elif len(ids) == 1:
            self.selection_label.setText(self._describe(ids[0]))
        else:
            self.selection_label.setText(self.tr("{0} selected").format(len(ids)))

    def _describe(self, ident: str) -> str:
        topo = self.doc.topology
        device = topo.device(ident)
        if device is not None:
            return f"{device.display_label} ({kind_name(device.kind)})"
        network = topo.network(ident)
        if network is not None:
            return f"{network.display_label} ({kind_name(network.kind)} {network.cidr or ''})"\
                .replace(" )", ")")
        zone = topo.zone(ident)
        return f"{zone.display_label} ({kind_name('zone')})" if zone else ident

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def reveal(self, ident: str) -> None:
        """Select an object and centre the view on it."""
        self.scene.select_ids([ident])
        self.view.centre_on_ids([ident])

    def _set_link_labels(self, on: bool) -> None:
        QSettings().setValue(LINK_LABELS_KEY, on)
        self.scene.set_link_labels(on)

    def set_theme(self, choice: str) -> None:
        """``system``, ``light`` or ``dark``: remembered, and applied to widgets and canvas."""
        QSettings().setValue(THEME_SETTING, choice)
        self.actions_[f"view.theme_{choice}"].setChecked(True)
        self._apply_theme()

    def _system_theme_changed(self) -> None:
        if chosen_theme_name() == "system":
            self._apply_theme()

    def _apply_theme(self) -> None:
        theme = resolve_theme()
        app = QGuiApplication.instance()
        if app is not None:
            apply_theme(app, theme)  # type: ignore[arg-type]
        self.style_.theme = theme
        self.scene.set_style(self.style_)
        self.minimap.schedule()
        self.view.viewport().update()

    def _open_dropped(self, paths: list[str]) -> None:
        if paths:
            self.files.open_with_prompt(paths[0])

    def _context_menu(self, pos) -> None:
        window_menus.canvas_context_menu(self, pos)

    def show_shortcuts(self) -> None:
        extra = [dock.toggleViewAction() for dock in self.panels]
        dialog = shortcuts_dialog(self, self.actions_, extra)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_about(self) -> None:
        self.help_.show_about()

    # -- window events --------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_fitted", False):
            self._fitted = True
            if not self._restored:
                window_docks.initial_dock_sizes(self)
            QTimer.singleShot(0, self.view.fit_all)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self._open_dropped(paths)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self.files.maybe_save():
            event.ignore()
            return
        settings = QSettings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        self.files.shutdown()
        event.accept()


class _AfterFirstPaint(QObject):
    """Calls back once, on the turn of the event loop after a widget first paints."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self.callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self.callback)
        return False


def _bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("1", "true", "yes")
    return bool(value)


def _first_size(window: QWidget) -> QSize:
    """1440×900, or less on a smaller screen (a 1366×768 projector): never wider than it."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    wanted = QSize(1440, 900)
    return wanted if screen is None else wanted.boundedTo(screen.availableGeometry().size())
