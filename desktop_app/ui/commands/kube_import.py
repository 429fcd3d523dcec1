"""Apply a planned Kubernetes import as one undo step.

The plan (``desktop_app.model.kube_import``) lists plain changes of the model's own objects;
each becomes the primitive edit that makes it (set an attribute, insert into or remove from
a list, drop a layout key), all in one macro, so Undo puts back every field, list position
and layout entry the import touched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop_app.model.kube_import import Append, Assign, Forget, ImportPlan, Place, Remove
from desktop_app.ui.document import Document

from .base import ListInsert, ListRemove, Macro, MappingReplace, SetAttr

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


def import_plan(doc: Document, plan: ImportPlan) -> QUndoCommand:
    """One undoable command that makes every change of ``plan`` (planned on ``doc``'s model)."""
    if plan.topology is not doc.topology:
        raise ValueError("the import was planned for another topology")
    text = translate("commands", "Import Kubernetes objects into {cluster}").format(
        cluster=plan.cluster)
    with Macro(doc, text) as macro:
        for change in plan.changes:
            if isinstance(change, Assign):
                macro.add(SetAttr(doc, change.obj, change.attr, change.value, None))
            elif isinstance(change, Append):
                macro.add(ListInsert(doc, change.items, None, change.item, None))
            elif isinstance(change, Remove):
                index = next(i for i, x in enumerate(change.items) if x is change.item)
                macro.add(ListRemove(doc, change.items, index, None))
            elif isinstance(change, Forget):
                rest = {k: v for k, v in change.mapping.items() if k != change.key}
                macro.add(MappingReplace(doc, change.mapping, rest, None))
            elif isinstance(change, Place):
                macro.add(MappingReplace(doc, change.mapping,
                                         {**change.mapping, change.key: list(change.value)}, None))
        macro.touch(None)  # devices, networks and clusters alike: every view redraws
    return macro
