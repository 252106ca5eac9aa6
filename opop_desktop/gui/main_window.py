"""The thin main window: a navigation column and a stack of screens, laid out by
ui/main_window.ui (menus and their actions included).

Every screen is built once; the navigation shows only those the signed-in user's role may use
(core/permissions.py) and is updated when the user changes (Ganti pengguna). A language switch
retranslates the window, its menus and every screen in place: what people typed or opened stays."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QListWidgetItem, QMainWindow, QScrollArea

from opop_desktop import APP_NAME, __version__
from opop_desktop.core import permissions
from opop_desktop.core.labels import ROLE_LABELS

from .context import AppContext
from .forms.ui_main_window import Ui_MainWindow
from .help import connect_help_menu
from .icons import screen_icon
from .login import connect_user_menu
from .look import fit_to_screen
from .screens import build_screens

# The navigation's width beyond its widest title: icon, spacing, item padding and frame, in
# points (Qt scales them with the screen, so 150 % stays in proportion).
NAV_EXTRA = 64


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
        self.form = Ui_MainWindow()
        self.form.setupUi(self)
        fit_to_screen(self)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.nav, self.stack = self.form.navigation, self.form.stack
        self.screens = []
        self._populate()
        self.nav.currentRowChanged.connect(self._go)

        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        ctx.users.user_changed.connect(self._show_user)
        self._connect_menus()
        self._fit_navigation()
        self._show_user(ctx.user)

    def _populate(self) -> None:
        self.screens = build_screens(self.ctx)
        for screen in self.screens:
            item = QListWidgetItem(screen_icon(screen.key), screen.title())
            item.setData(Qt.UserRole, screen.key)
            self.nav.addItem(item)
            self.stack.addWidget(_ScreenArea(screen))

    def _connect_menus(self) -> None:
        form = self.form
        form.quit_action.setShortcut(QKeySequence.Quit)
        form.quit_action.triggered.connect(self.close)
        connect_user_menu(self)
        connect_help_menu(self)
        # Ctrl+N keeps its screen for every role (the guides name them); hidden screens ignore it.
        for index in range(min(9, len(self.screens))):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            act.triggered.connect(lambda _=False, i=index: self.show_screen(self.screens[i].key))
            self.addAction(act)

    def _fit_navigation(self) -> None:
        """As wide as the longest title in the current language, not a fixed pixel width."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(r).text()) for r in range(self.nav.count())),
                     default=0)
        self.nav.setFixedWidth(widest + self.nav.iconSize().width() + NAV_EXTRA)

    def switch_language(self, code: str) -> None:
        """Swap translators and retranslate the window, its menus and every screen in place."""
        from PySide6.QtWidgets import QApplication

        from .app import install_translators

        current = self.screens[self.nav.currentRow()].key if self.nav.currentRow() >= 0 else "beranda"
        install_translators(QApplication.instance(), code)
        self.form.retranslateUi(self)
        self.setWindowTitle(f"{APP_NAME} {__version__}")
        self.nav.blockSignals(True)
        for row, screen in enumerate(self.screens):
            screen.retranslate()
            self.nav.item(row).setText(screen.title())
        self._apply_role(self.ctx.user)
        self.nav.blockSignals(False)
        self._fit_navigation()
        self.show_screen(current)
        self._go(self.nav.currentRow())
        self._show_user(self.ctx.user)

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
