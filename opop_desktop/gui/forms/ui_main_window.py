# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 720)
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.sign_in_action = QAction(MainWindow)
        self.sign_in_action.setObjectName(u"sign_in_action")
        self.switch_user_action = QAction(MainWindow)
        self.switch_user_action.setObjectName(u"switch_user_action")
#if QT_CONFIG(shortcut)
        self.switch_user_action.setShortcut(u"Ctrl+Shift+U")
#endif // QT_CONFIG(shortcut)
        self.sign_out_action = QAction(MainWindow)
        self.sign_out_action.setObjectName(u"sign_out_action")
        self.help_action = QAction(MainWindow)
        self.help_action.setObjectName(u"help_action")
        self.guide_juror_action = QAction(MainWindow)
        self.guide_juror_action.setObjectName(u"guide_juror_action")
        self.guide_officer_action = QAction(MainWindow)
        self.guide_officer_action.setObjectName(u"guide_officer_action")
        self.guide_coordinator_action = QAction(MainWindow)
        self.guide_coordinator_action.setObjectName(u"guide_coordinator_action")
        self.guide_admin_action = QAction(MainWindow)
        self.guide_admin_action.setObjectName(u"guide_admin_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central = QWidget(MainWindow)
        self.central.setObjectName(u"central")
        self.central_layout = QHBoxLayout(self.central)
        self.central_layout.setObjectName(u"central_layout")
        self.central_layout.setContentsMargins(4, 4, 4, 4)
        self.navigation = QListWidget(self.central)
        self.navigation.setObjectName(u"navigation")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navigation.sizePolicy().hasHeightForWidth())
        self.navigation.setSizePolicy(sizePolicy)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setSpacing(3)

        self.central_layout.addWidget(self.navigation)

        self.stack = QStackedWidget(self.central)
        self.stack.setObjectName(u"stack")

        self.central_layout.addWidget(self.stack)

        self.central_layout.setStretch(1, 1)
        MainWindow.setCentralWidget(self.central)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.file_menu = QMenu(self.menubar)
        self.file_menu.setObjectName(u"file_menu")
        self.user_menu = QMenu(self.menubar)
        self.user_menu.setObjectName(u"user_menu")
        self.help_menu = QMenu(self.menubar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.file_menu.menuAction())
        self.menubar.addAction(self.user_menu.menuAction())
        self.menubar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.quit_action)
        self.user_menu.addAction(self.sign_in_action)
        self.user_menu.addAction(self.switch_user_action)
        self.user_menu.addAction(self.sign_out_action)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.guide_juror_action)
        self.help_menu.addAction(self.guide_officer_action)
        self.help_menu.addAction(self.guide_coordinator_action)
        self.help_menu.addAction(self.guide_admin_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Keluar", None))
        self.sign_in_action.setText(QCoreApplication.translate("MainWindow", u"&Masuk\u2026", None))
        self.switch_user_action.setText(QCoreApplication.translate("MainWindow", u"&Ganti pengguna\u2026", None))
        self.sign_out_action.setText(QCoreApplication.translate("MainWindow", u"&Keluar akun", None))
        self.help_action.setText(QCoreApplication.translate("MainWindow", u"Panduan untuk &peran saya", None))
        self.guide_juror_action.setText(QCoreApplication.translate("MainWindow", u"Panduan &Juri", None))
        self.guide_officer_action.setText(QCoreApplication.translate("MainWindow", u"Panduan &Petugas", None))
        self.guide_coordinator_action.setText(QCoreApplication.translate("MainWindow", u"Panduan &Koordinator", None))
        self.guide_admin_action.setText(QCoreApplication.translate("MainWindow", u"Panduan &Admin Provinsi", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&Tentang OPOP Desktop", None))
#if QT_CONFIG(accessibility)
        self.navigation.setAccessibleName(QCoreApplication.translate("MainWindow", u"Navigasi", None))
#endif // QT_CONFIG(accessibility)
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Berkas", None))
        self.user_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Pengguna", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Bantuan", None))
        pass
    # retranslateUi

