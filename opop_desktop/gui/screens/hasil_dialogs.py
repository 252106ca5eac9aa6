"""Small dialogs of the Hasil screen: acknowledging a variance flag, a plenary decision."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)


class _Form(QDialog):
    def __init__(self, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        lay.addWidget(text)
        self.form = QFormLayout()
        lay.addLayout(self.form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #b00020")
        lay.addWidget(self.error)

    def _accept_if_valid(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            return
        self.accept()

    def problem(self) -> str:
        return ""


class AcknowledgeDialog(_Form):
    """Accept a flag as it is, or record that it was corrected; a reason is required."""

    def __init__(self, flag_text: str, parent=None):
        super().__init__(self.tr("Tinjau tanda varians"), flag_text, parent)
        self.decision = QComboBox()
        self.decision.addItem(self.tr("Diterima apa adanya"), "accepted")
        self.decision.addItem(self.tr("Sudah dikoreksi"), "corrected")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. sudah dikonfirmasi dengan juri"))
        self.form.addRow(self.tr("&Keputusan:"), self.decision)
        self.form.addRow(self.tr("&Alasan:"), self.reason)
        self.reason.setFocus()

    def problem(self) -> str:
        return "" if self.reason.text().strip() else self.tr("Alasan wajib diisi.")

    def values(self) -> tuple[str, str]:
        return self.decision.currentData(), self.reason.text().strip()


class OverrideDialog(_Form):
    """A plenary decision on one pesantren: names, reason, new outcome."""

    def __init__(self, pesantren_text: str, parent=None):
        super().__init__(self.tr("Keputusan sidang pleno"), pesantren_text, parent)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Lolos"), "selected")
        self.outcome.addItem(self.tr("Tidak lolos"), "not_selected")
        self.reason = QLineEdit()
        self.chair = QLineEdit()
        self.members = QLineEdit()
        self.members.setPlaceholderText(self.tr("nama anggota, dipisah koma"))
        self.form.addRow(self.tr("&Keputusan:"), self.outcome)
        self.form.addRow(self.tr("&Alasan:"), self.reason)
        self.form.addRow(self.tr("Ketua &sidang:"), self.chair)
        self.form.addRow(self.tr("A&nggota:"), self.members)

    def problem(self) -> str:
        if not self.reason.text().strip() or not self.chair.text().strip():
            return self.tr("Alasan dan nama ketua sidang wajib diisi.")
        return ""

    def values(self) -> dict:
        return {"new_outcome": self.outcome.currentData(), "reason": self.reason.text().strip(),
                "chair": self.chair.text().strip(), "members": self.members.text().strip()}
