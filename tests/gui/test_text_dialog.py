"""The small one-line dialog (a reason, a time, a juror's PIN), typed the way people type."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from opop_desktop.gui.widgets.text_dialog import TextDialog, ask_text


def test_pin_takes_six_digits_only_and_hides_them(qtbot):
    from opop_desktop.gui.app import install_translators

    install_translators(QApplication.instance(), "id")
    dlg = TextDialog(None, "Kirim & kunci", "PIN juri Juri 1 (6 angka):", secret=True, digits=6)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.form.answer, "12a34567x8")
    assert dlg.text() == "123456"
    assert dlg.form.answer.echoMode() == QLineEdit.Password
    assert dlg.form.prompt.text() == "PIN juri Juri 1 (6 angka):" and dlg.form.prompt.buddy() is dlg.form.answer
    assert {b.text() for b in dlg.form.buttons.buttons()} == {"OK", "Batal"}


def test_enter_gives_the_text_and_escape_gives_nothing(qtbot):
    def type_then(key):
        def go():
            dlg = QApplication.activeModalWidget()
            qtbot.keyClicks(dlg.form.answer, "salah input")
            qtbot.keyClick(dlg.form.answer, key)
        QTimer.singleShot(0, go)

    type_then(Qt.Key_Return)
    assert ask_text(None, "Hapus konflik kepentingan", "Alasan:") == "salah input"
    type_then(Qt.Key_Escape)
    assert ask_text(None, "Hapus konflik kepentingan", "Alasan:") is None
