"""The window in Simplified Chinese: menus, docks, inspector, hop inspector, timeline and Qt's own
dialogs; and the live switch between English and Chinese (and back, to the very same texts)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QToolBar,
)

from desktop_app.ui import commands, i18n
from desktop_app.ui.trace_words import hop_summary

FLOW1 = "flow1-internet-to-web"
CJK = re.compile(r"[\u4e00-\u9fff]")
DOCKS_ZH = {"palette_dock": "组件面板", "overview_dock": "概览", "inspector-dock": "属性",
            "problems-dock": "问题", "history-dock": "历史记录", "hop_inspector": "逐跳详情",
            "hop_timeline": "逐跳时间线", "flows_dock": "流"}
MENUS_ZH = {"menu_file": "文件(&F)", "menu_edit": "编辑(&E)", "menu_view": "视图(&V)",
            "menu_help": "帮助(&H)", "animation_menu": "动画(&A)"}


@pytest.fixture(scope="module", autouse=True)
def built_catalogue():
    """The .qm is a build product: make it (from the .ts) before these tests need it."""
    assert i18n.qm_file("zh_CN") is not None


@pytest.fixture
def chinese(qapp):
    """Chinese chosen in the settings and installed, as app.application() does at start-up."""
    QSettings().setValue(i18n.LANGUAGE_KEY, "zh_CN")
    assert i18n.install_translators(qapp) == "zh_CN"
    yield
    i18n.install_translators(qapp, "en")


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.install_translators(qapp, "en")


def menu(window, name: str) -> QMenu:
    return window.findChild(QMenu, name)


def dock(window, name: str) -> QDockWidget:
    return window.findChild(QDockWidget, name)


def play_to_esg(window):
    ctl = window.animation
    assert ctl.play_flow(FLOW1, play=False)
    esg = next(h.index for h in ctl.trace.hops if h.device == "esg")
    ctl.go_to(esg)
    QApplication.processEvents()
    return ctl, esg


def shown_texts(window) -> dict[str, str]:
    """What the reader sees of the window's own words, by a stable name."""
    ctl = window.animation
    texts = {f"menu {m.objectName()}": m.title() for m in window.findChildren(QMenu)
             if m.objectName()}
    texts.update({f"action {a.objectName()}": a.text() + " | " + a.toolTip()
                  for a in window.findChildren(QAction) if "." in a.objectName()
                  and not a.objectName().startswith("file.recent")})
    texts.update({f"dock {d.objectName()}": d.windowTitle()
                  for d in window.findChildren(QDockWidget)})
    texts.update({f"toolbar {t.objectName()}": t.windowTitle()
                  for t in window.findChildren(QToolBar)})
    texts["hop title"] = ctl.ui.inspector.title.text()
    texts["hop steps"] = ctl.ui.inspector.steps.text()
    texts["hop heading"] = ctl.ui.inspector.heading.text()
    texts["mtu"] = ctl.ui.inspector.mtu.text
    texts["timeline"] = "\n".join(ctl.ui.timeline.entries())
    texts["outcome"] = ctl.ui.timeline.outcome.text()
    texts["card"] = ctl.overlays.card.title + " | " + ctl.overlays.card.footer
    texts["form heading"] = window.inspector.form.findChild(QLabel, "inspector-heading").text()
    texts["form sections"] = " | ".join(b.title() for b in window.inspector.form.findChildren(
        QGroupBox))
    texts["palette"] = " | ".join(window.palette_dock.list.item(i).text()
                                  for i in range(window.palette_dock.list.count()))
    texts["problems"] = window.problems.tree.topLevelItem(0).text(0)
    texts["selection"] = window.selection_label.text()
    return texts


def test_menus_docks_inspector_and_hop_inspector_are_chinese(chinese, window):
    for name, title in MENUS_ZH.items():
        assert menu(window, name).title() == title
    assert window.action("file.open").text() == "打开(&O)…"
    assert window.action("edit.undo").text() == "撤销(&U)"
    assert window.action("view.fit").toolTip() == "显示整个拓扑 (Ctrl+1)"
    assert window.action("anim.play").text() == "播放"
    for name, title in DOCKS_ZH.items():
        assert dock(window, name).windowTitle() == title, name
    assert window.palette_dock.list.item(1).text() == "客户端"
    assert window.problems.tree.headerItem().text(0) == "问题"
    assert window.problems.tree.topLevelItem(0).text(0) == "未发现问题"

    ctl, esg = play_to_esg(window)
    hop = ctl.trace.hops[esg]
    inspector = ctl.ui.inspector
    last = len(ctl.trace.hops) - 1
    assert inspector.title.text().startswith(
        f"<span style='font-size:large'><b>第 {esg} 跳（共 {last} 跳）：esg</b></span>")
    steps = inspector.steps.text()
    assert "规则 dnat-icp-vip：目标 198.51.100.5:443 → 10.10.1.100:443" in steps
    assert "规则 allow-web-https 允许 tcp 203.0.113.25" in steps
    assert "<i>规则/路由：</i>" in steps
    assert inspector.sent_button.text() == "发出时"
    assert inspector.heading.text().startswith("<b>报头</b>（") and "发出时" in \
        inspector.heading.text()
    entry = ctl.ui.timeline.entries()[esg]
    assert entry == f"{esg} · esg\n{hop_summary(hop)}"
    assert "防火墙 allow-web-https，DNAT dnat-icp-vip" in entry
    assert "✓ 已建立" in ctl.ui.timeline.outcome.text()  # the conversation is established
    assert ctl.overlays.card.title.startswith(f"{esg} · esg（位于 ")
    assert "已建立" in window.statusBar().currentMessage()

    window.reveal("esg")
    QApplication.processEvents()
    window._selection_changed()
    form = window.inspector.form
    assert form.findChild(QLabel, "inspector-heading").text() == "NSX Edge 服务网关 esg"
    sections = [b.title() for b in form.findChildren(QGroupBox)]
    assert {"标识", "位置", "NAT 规则", "防火墙", "防火墙规则", "接口", "路由", "备注"} <= \
        set(sections), sections
    nat = form.findChild(object, "view:nat")
    assert nat.model().headerData(0, nat.horizontalHeader().orientation()) == "名称"


def test_qt_own_dialog_buttons_are_chinese(chinese, qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "hybridviz", "?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    for button in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Cancel):
        text = box.button(button).text()
        assert CJK.search(text), text  # from Qt's own qtbase_zh_CN catalogue


def test_what_an_edit_changed_is_said_in_chinese(chinese, window, qtbot):
    ctl = window.animation
    ctl.play_flow(FLOW1, play=False)
    before = len(ctl.trace.request().hops)  # the sentence counts the request's hops
    window.doc.undo_stack.push(commands.set_host(window.doc, "proxy-1", "esxi-1"))
    qtbot.waitUntil(lambda: len(ctl.trace.request().hops) != before, timeout=3000)
    sentence = ctl.ui.timeline.change.text()
    assert "esg 和 proxy-1 之间不再需要 VXLAN：同一主机（esxi-1）" in sentence
    assert f"最后一跳 {before - 1} → {len(ctl.trace.request().hops) - 1}" in sentence and sentence.endswith("。")
    assert window.action("edit.undo").text() == "撤销(&U) 把 proxy-1 放到 esxi-1 上"


def test_switching_language_changes_the_window_and_back(window, qapp, english_afterwards):
    play_to_esg(window)
    window.reveal("esg")
    QApplication.processEvents()
    window._selection_changed()
    english = shown_texts(window)
    assert english["menu menu_file"] == "&File"
    assert english["dock hop_inspector"] == "Hop inspector"

    assert i18n.set_language(qapp, "zh_CN") == "zh_CN"
    assert QSettings().value(i18n.LANGUAGE_KEY) == "zh_CN"
    chinese = shown_texts(window)
    assert chinese["menu menu_file"] == "文件(&F)"
    assert chinese["action edit.find"].startswith("查找(&F)… | 按 ID、显示名称或 IP 地址查找设备")
    assert chinese["dock hop_inspector"] == "逐跳详情"
    assert chinese["dock inspector-dock"] == "属性"
    assert chinese["form heading"] == "NSX Edge 服务网关 esg"
    assert "规则 dnat-icp-vip：目标" in chinese["hop steps"]
    assert "防火墙 allow-web-https" in chinese["timeline"]
    assert chinese["palette"].startswith("设备 | 客户端 | DNS 服务器")
    assert chinese["problems"] == "未发现问题"
    # Every text the window shows changed, except names and numbers that read the same.
    same = {k for k in english if english[k] == chinese[k] and CJK.search(english[k]) is None
            and re.search(r"[a-z]{3}", re.sub(r"<[^>]+>|[\w.-]+\d[\w.-]*", "", english[k]))}
    same.discard("selection")  # "ICP NSX Edge (ESG) (NSX Edge (ESG))": a label and a name
    assert not same, {k: english[k] for k in same}

    assert i18n.set_language(qapp, "en") == "en"
    assert shown_texts(window) == english  # back to the very same English


def test_system_choice_is_the_default(qapp, english_afterwards):
    assert i18n.chosen_language() == "system"
    QSettings().setValue(i18n.LANGUAGE_KEY, "klingon")
    assert i18n.chosen_language() == "system"
    with pytest.raises(ValueError, match="unknown language"):
        i18n.set_language(qapp, "klingon")
    assert [code for code, _ in i18n.language_choices()] == ["system", "en", "zh_CN"]
    assert dict(i18n.language_choices())["zh_CN"] == "简体中文"


def test_buttons_and_labels_of_the_window_have_no_english_left(chinese, window):
    """No QLabel or button of the window's own shows English words (file values aside)."""
    play_to_esg(window)
    topo = window.doc.topology
    from_file = sorted({x for obj in [*topo.zones, *topo.networks, *topo.devices, *topo.flows]
                        for x in (obj.id, obj.label, obj.notes) if x} | {topo.name},
                       key=len, reverse=True)  # labels and notes: the file's words
    english = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        text = widget.text() if widget.isVisible() else ""
        words = re.sub(r"<[^>]+>", " ", text)
        for phrase in from_file:
            words = words.replace(phrase, " ")
        # Ids, addresses, protocol names and file values are not words to translate.
        words = re.sub(r"[\w.:/-]*[\d_.:/-][\w.:/-]*|\b[A-Z][A-Za-z]*[A-Z]\w*\b", " ", words)
        words = re.sub(r"\b(esg|tcp|udp|icp|fcr|bcr|xcr|px|on-premises)\b", " ", words)
        if re.search(r"\b[a-z]{3,}\b", words) and not CJK.search(text):
            english.append((type(widget).__name__, widget.objectName(), text))
    assert not english, english
