"""The administration decision for the selected pesantren: passed or failed, with a reason.

Keyboard: Alt+L passed, Alt+T failed, Tab to the reason, Enter saves. The save button stays
off while "failed" has no reason, and the hint says why."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout,
)


class AdminDecisionDialog(QDialog):
    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keputusan seleksi administrasi"))
        lay = QVBoxLayout(self)
        shown = ", ".join(names[:3]) + (self.tr(" dan {0} lainnya").format(len(names) - 3) if len(names) > 3 else "")
        self.subject = QLabel(self.tr("Pesantren: {0}").format(shown))
        self.subject.setWordWrap(True)
        lay.addWidget(self.subject)
        form = QFormLayout()
        self.passed = QRadioButton(self.tr("&Lolos administrasi"))
        self.failed = QRadioButton(self.tr("&Tidak lolos administrasi"))
        group = QButtonGroup(self)
        group.addButton(self.passed)
        group.addButton(self.failed)
        self.passed.setChecked(True)
        form.addRow(self.passed)
        form.addRow(self.failed)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("mis. berkas proposal tidak lengkap"))
        self.reason.setAccessibleName(self.tr("Alasan"))
        form.addRow(self.tr("&Alasan:"), self.reason)
        lay.addLayout(form)
        self.hint = QLabel()
        self.hint.setObjectName("emptyHint")
        lay.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        for w in (self.passed, self.failed):
            w.toggled.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        missing = self.failed.isChecked() and not self.reason.text().strip()
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not missing)
        self.hint.setText(self.tr("Alasan wajib diisi untuk 'tidak lolos'.") if missing else "")

    def decision(self) -> tuple[bool, str]:
        return self.passed.isChecked(), self.reason.text().strip()
