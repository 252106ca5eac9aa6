# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_accounts.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_AccountsTab(object):
    def setupUi(self, AccountsTab):
        if not AccountsTab.objectName():
            AccountsTab.setObjectName(u"AccountsTab")
        self.tab_layout = QVBoxLayout(AccountsTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.only_admins = QLabel(AccountsTab)
        self.only_admins.setObjectName(u"only_admins")
        self.only_admins.setWordWrap(True)

        self.tab_layout.addWidget(self.only_admins)

        self.view = QTableView(AccountsTab)
        self.view.setObjectName(u"view")

        self.tab_layout.addWidget(self.view)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(AccountsTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.secret_button = QPushButton(AccountsTab)
        self.secret_button.setObjectName(u"secret_button")

        self.buttons_row.addWidget(self.secret_button)

        self.active_button = QPushButton(AccountsTab)
        self.active_button.setObjectName(u"active_button")

        self.buttons_row.addWidget(self.active_button)


        self.tab_layout.addLayout(self.buttons_row)

        self.tab_layout.setStretch(1, 1)

        self.retranslateUi(AccountsTab)

        QMetaObject.connectSlotsByName(AccountsTab)
    # setupUi

    def retranslateUi(self, AccountsTab):
        self.only_admins.setText(QCoreApplication.translate("AccountsTab", u"Hanya admin provinsi yang dapat melihat dan mengatur akun pengguna.", None))
        self.add_button.setText(QCoreApplication.translate("AccountsTab", u"Ta&mbah akun\u2026", None))
        self.secret_button.setText(QCoreApplication.translate("AccountsTab", u"Atur ulang &sandi/PIN\u2026", None))
        self.active_button.setText(QCoreApplication.translate("AccountsTab", u"&Nonaktifkan", None))
        pass
    # retranslateUi

