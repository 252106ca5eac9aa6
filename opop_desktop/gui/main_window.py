"""The thin main window: a navigation column and a stack of screens.

Every screen is built once; the navigation shows only those the signed-in user's role may use
(core/permissions.py) and is updated when the user changes (Ganti pengguna)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QScrollArea, QStackedWidget,
    QWidget,
)

from opop_desktop import APP_NAME, __version__
from opop_desktop.core import permissions
from opop_desktop.core.labels import ROLE_LABELS

from .context import AppContext
from .icons import screen_icon
from .screens import build_screen, build_screens


class _ScreenArea(QScrollArea):
    """Scrolls a screen that does not fit (1366×768 at 150 % scaling leaves ~910×510 points)."""

    def __init__(self, screen):
        super().__init__()
        self.screen_widget = screen
        self.key = screen.key
        self.setWidget(screen)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.resize(1280, 720)  # fits 1366×768 with the taskbar

        self.nav = QListWidget()
        self.nav.setFixedWidth(180)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(3)
        self.stack = QStackedWidget()
        self.screens = []
        self._populate()
        self.nav.currentRowChanged.connect(self._go)

        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        ctx.users.user_changed.connect(self._show_user)
        self._build_menu()
        self._show_user(ctx.user)

    def _populate(self) -> None:
        self.screens = build_screens(self.ctx)
        for screen in self.screens:
            item = QListWidgetItem(screen_icon(screen.key), screen.title())
            item.setData(Qt.UserRole, screen.key)
            self.nav.addItem(item)
            self.stack.addWidget(_ScreenArea(screen))

    def switch_language(self, code: str) -> None:
        """Swap translators; screens laid out by a Designer form retranslate in place, the
        others are rebuilt in the new language (the data stays open)."""
        from PySide6.QtWidgets import QApplication

        from .app import install_translators

        current = self.screens[self.nav.currentRow()].key if self.nav.currentRow() >= 0 else "beranda"
        install_translators(QApplication.instance(), code)
        self.nav.blockSignals(True)
        for row, screen in enumerate(list(self.screens)):
            if screen.form is not None:
                screen.retranslate()
            else:
                self._rebuild(row)
            self.nav.item(row).setText(self.screens[row].title())
        self._apply_role(self.ctx.user)
        self.nav.blockSignals(False)
        self.menuBar().clear()
        for act in self.actions():
            self.removeAction(act)
        self._build_menu()
        self.show_screen(current)
        self._go(self.nav.currentRow())
        self._show_user(self.ctx.user)

    def _rebuild(self, row: int) -> None:
        old = self.stack.widget(row)
        self.screens[row] = build_screen(self.ctx, self.screens[row].key)
        self.stack.insertWidget(row, _ScreenArea(self.screens[row]))
        self.stack.removeWidget(old)
        old.deleteLater()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Berkas"))
        quit_action = QAction(self.tr("&Keluar"), self)
        quit_action.setShortcut(QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        from .login import add_user_menu
        add_user_menu(self)
        from .help import add_help_menu
        add_help_menu(self)
        # Ctrl+N keeps its screen for every role (the guides name them); hidden screens ignore it.
        for index in range(min(9, len(self.screens))):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.triggered.connect(lambda _=False, i=index: self.show_screen(self.screens[i].key))
            self.addAction(act)

    def visible_keys(self) -> list[str]:
        """The screens in the navigation for the signed-in user, in order."""
        return [s.key for row, s in enumerate(self.screens) if not self.nav.item(row).isHidden()]

    def _apply_role(self, user) -> None:
        allowed = set(permissions.screens_for(user))
        for row, screen in enumerate(self.screens):
            self.nav.item(row).setHidden(screen.key not in allowed)
        row = self.nav.currentRow()
        if row < 0 or self.nav.item(row).isHidden():
            first = next((r for r in range(self.nav.count()) if not self.nav.item(r).isHidden()), -1)
            self.nav.setCurrentRow(first)

    def _go(self, row: int) -> None:
        if row < 0:
            return
        if self.nav.item(row).isHidden():  # not for this role: stay where we are
            self.nav.setCurrentRow(self.stack.currentIndex())
            return
        self.stack.setCurrentIndex(row)
        self.screens[row].activate()

    def show_screen(self, key: str) -> bool:
        """Go to screen ``key``; False (and nothing happens) when the user's role may not use it."""
        for row, screen in enumerate(self.screens):
            if screen.key == key and not self.nav.item(row).isHidden():
                self.nav.setCurrentRow(row)
                return True
        return False

    def screen(self, key: str):
        return next(s for s in self.screens if s.key == key)

    def _show_user(self, user) -> None:
        self._apply_role(user)
        if user is None:
            self.user_label.setText(self.tr("Belum masuk"))
        else:
            role = QCoreApplication.translate("labels", ROLE_LABELS.get(user.role, user.role))
            name = user.full_name or user.username
            self.user_label.setText(self.tr("Pengguna: {0} ({1})").format(name, role))

    def closeEvent(self, event) -> None:
        self.ctx.tasks.shutdown()
        super().closeEvent(event)
