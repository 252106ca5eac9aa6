# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'demo_accounts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTableView,
    QVBoxLayout, QWidget)

class Ui_DemoAccountsDialog(object):
    def setupUi(self, DemoAccountsDialog):
        if not DemoAccountsDialog.objectName():
            DemoAccountsDialog.setObjectName(u"DemoAccountsDialog")
        DemoAccountsDialog.resize(620, 420)
        self.dialog_layout = QVBoxLayout(DemoAccountsDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(DemoAccountsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.empty_label = QLabel(DemoAccountsDialog)
        self.empty_label.setObjectName(u"empty_label")
        self.empty_label.setWordWrap(True)

        self.dialog_layout.addWidget(self.empty_label)

        self.view = QTableView(DemoAccountsDialog)
        self.view.setObjectName(u"view")
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)

        self.dialog_layout.addWidget(self.view)

        self.buttons = QDialogButtonBox(DemoAccountsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(2, 1)

        self.retranslateUi(DemoAccountsDialog)
        self.buttons.accepted.connect(DemoAccountsDialog.accept)

        QMetaObject.connectSlotsByName(DemoAccountsDialog)
    # setupUi

    def retranslateUi(self, DemoAccountsDialog):
        DemoAccountsDialog.setWindowTitle(QCoreApplication.translate("DemoAccountsDialog", u"Akun data contoh", None))
    # retranslateUi

