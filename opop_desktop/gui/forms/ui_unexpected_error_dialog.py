# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'unexpected_error_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_UnexpectedErrorDialog(object):
    def setupUi(self, UnexpectedErrorDialog):
        if not UnexpectedErrorDialog.objectName():
            UnexpectedErrorDialog.setObjectName(u"UnexpectedErrorDialog")
        UnexpectedErrorDialog.setMinimumSize(QSize(420, 0))
        self.dialog_layout = QVBoxLayout(UnexpectedErrorDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.text = StateLabel(UnexpectedErrorDialog)
        self.text.setObjectName(u"text")

        self.dialog_layout.addWidget(self.text)

        self.where = QLabel(UnexpectedErrorDialog)
        self.where.setObjectName(u"where")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialog_layout.addWidget(self.where)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.copy_button = QPushButton(UnexpectedErrorDialog)
        self.copy_button.setObjectName(u"copy_button")

        self.button_row.addWidget(self.copy_button)

        self.button_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_gap)

        self.close_button = QPushButton(UnexpectedErrorDialog)
        self.close_button.setObjectName(u"close_button")

        self.button_row.addWidget(self.close_button)

        self.button_row.setStretch(1, 1)

        self.dialog_layout.addLayout(self.button_row)


        self.retranslateUi(UnexpectedErrorDialog)

        self.close_button.setDefault(True)


        QMetaObject.connectSlotsByName(UnexpectedErrorDialog)
    # setupUi

    def retranslateUi(self, UnexpectedErrorDialog):
        UnexpectedErrorDialog.setWindowTitle(QCoreApplication.translate("UnexpectedErrorDialog", u"Kesalahan tak terduga", None))
        self.copy_button.setText(QCoreApplication.translate("UnexpectedErrorDialog", u"&Salin detail", None))
        self.close_button.setText(QCoreApplication.translate("UnexpectedErrorDialog", u"&Tutup", None))
    # retranslateUi

