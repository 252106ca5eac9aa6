"""What every Persiapan tab shares: the stage, the edit permission, running tasks, dialogs.

Dialogs are opened through ``open_dialog`` / ``ask_text`` / ``confirm`` attributes so tests can
fill the real dialog widgets and accept them without a modal event loop.
"""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHeaderView, QTableView, QWidget,
)

from opop_desktop.core import permissions
from opop_desktop.core.labels import ELEMENT_LABELS, ROLE_LABELS

from .. import messages
from ..login import to_actor
from ..table_model import RowTableModel
from ..widgets.text_dialog import ask_text
from ..widgets.state_label import StateLabel


def element_label(code: str) -> str:
    return QCoreApplication.translate("labels", ELEMENT_LABELS.get(code, code))


def role_label(code: str) -> str:
    return QCoreApplication.translate("labels", ROLE_LABELS.get(code, code))


def exec_dialog(dlg: QDialog) -> bool:
    return dlg.exec() == QDialog.Accepted


def make_view(model: RowTableModel, name: str, stretch: int | None = None,
              view: QTableView | None = None) -> QTableView:
    """A read-only, row-selecting table (``view``: one a form made); ``stretch`` is the column
    that takes the spare width (default: the last)."""
    view = view if view is not None else QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    if stretch is None:
        view.horizontalHeader().setStretchLastSection(True)
    else:
        view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.Stretch)
    return view


def selected(view: QTableView, model: RowTableModel) -> Any:
    sm = view.selectionModel()
    rows = sm.selectedRows() if sm else []
    return model.row(rows[0].row()) if rows else None


def select_where(view: QTableView, model: RowTableModel, attr: str, value) -> None:
    for i, r in enumerate(model.rows):
        if getattr(r, attr, None) == value:
            view.selectRow(i)
            return


class SetupTab(QWidget):
    """Base of the tabs: ``stage_id`` (set by the screen), ``editable`` (admin/coordinator)."""

    changes: frozenset[str] = frozenset({"setup"})

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.stage_id: str | None = None
        self.editable = False
        self.open_dialog: Callable[[QDialog], bool] = exec_dialog
        self.ask_text: Callable[[QWidget, str, str], str | None] = ask_text
        self.confirm: Callable[[QWidget, str], bool] = messages.confirm
        self.status_line = StateLabel()
        self.status_line.setObjectName("status_line")

    def actor(self):
        return to_actor(self.ctx.user)

    def scope(self) -> str | None:
        """The kab/kota the lists are limited to (a coordinator's), None for all."""
        return permissions.scope_of(self.ctx.user)

    def set_stage(self, stage_id: str | None) -> None:
        self.stage_id = stage_id
        self.reload()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enable the change buttons that fit the permission and the selection."""

    def reload(self) -> None:
        """Load the tab's data through ctx.tasks."""

    def column_titles(self) -> list[tuple[RowTableModel, list[str]]]:
        """Each table model of the tab with its column titles in the current language."""
        return []

    def retitle(self) -> None:
        for model, titles in self.column_titles():
            model.set_titles(titles)

    def retranslate(self) -> None:
        """The language changed: the form's texts, the column titles, then what the tab wrote."""
        self.form.retranslateUi(self)
        self.retitle()
        self.retranslate_texts()

    def retranslate_texts(self) -> None:
        """Rewrite the texts set in code in the current language."""

    def say(self, text: str, *, warning: bool = False) -> None:
        self.status_line.set_state("warning" if warning else "", text)

    def load(self, op, on_done) -> None:
        """A read: errors show in the status line (no modal box while merely looking)."""
        self.ctx.tasks.run(op, on_done=on_done,
                           on_error=lambda e: self.say(messages.error_text(e), warning=True))

    def change(self, op, on_done=None, changes: frozenset[str] | set[str] | None = None) -> None:
        """A write: committed in its own task; a refusal goes through messages.show_error."""
        self.ctx.tasks.run(op, on_done=on_done, on_error=lambda e: messages.show_error(self, e),
                           changes=self.changes if changes is None else changes)
