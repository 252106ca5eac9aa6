# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'check_in_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

class Ui_CheckInDialog(object):
    def setupUi(self, CheckInDialog):
        if not CheckInDialog.objectName():
            CheckInDialog.setObjectName(u"CheckInDialog")
        self.dialog_form = QFormLayout(CheckInDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.dialog_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.name_label = QLabel(CheckInDialog)
        self.name_label.setObjectName(u"name_label")
        font = QFont()
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.name_label)

        self.status_caption = QLabel(CheckInDialog)
        self.status_caption.setObjectName(u"status_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status = QComboBox(CheckInDialog)
        self.status.addItem("")
        self.status.addItem("")
        self.status.setObjectName(u"status")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.status)

        self.rep1_caption = QLabel(CheckInDialog)
        self.rep1_caption.setObjectName(u"rep1_caption")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rep1_caption)

        self.rep1 = QLineEdit(CheckInDialog)
        self.rep1.setObjectName(u"rep1")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rep1)

        self.rep2_caption = QLabel(CheckInDialog)
        self.rep2_caption.setObjectName(u"rep2_caption")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rep2_caption)

        self.rep2 = QLineEdit(CheckInDialog)
        self.rep2.setObjectName(u"rep2")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rep2)

        self.late = QCheckBox(CheckInDialog)
        self.late.setObjectName(u"late")

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.late)

        self.reason_caption = QLabel(CheckInDialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(CheckInDialog)
        self.reason.setObjectName(u"reason")

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason)

        self.time_caption = QLabel(CheckInDialog)
        self.time_caption.setObjectName(u"time_caption")

        self.dialog_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.time_caption)

        self.time_label = QLabel(CheckInDialog)
        self.time_label.setObjectName(u"time_label")

        self.dialog_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.time_label)

        self.officer_caption = QLabel(CheckInDialog)
        self.officer_caption.setObjectName(u"officer_caption")

        self.dialog_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.officer_caption)

        self.officer_label = QLabel(CheckInDialog)
        self.officer_label.setObjectName(u"officer_label")
        self.officer_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dialog_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.officer_label)

        self.buttons = QDialogButtonBox(CheckInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.status_caption.setBuddy(self.status)
        self.rep1_caption.setBuddy(self.rep1)
        self.rep2_caption.setBuddy(self.rep2)
        self.reason_caption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.status, self.rep1)
        QWidget.setTabOrder(self.rep1, self.rep2)
        QWidget.setTabOrder(self.rep2, self.late)
        QWidget.setTabOrder(self.late, self.reason)

        self.retranslateUi(CheckInDialog)

        QMetaObject.connectSlotsByName(CheckInDialog)
    # setupUi

    def retranslateUi(self, CheckInDialog):
        CheckInDialog.setWindowTitle(QCoreApplication.translate("CheckInDialog", u"Catat kehadiran", None))
        self.status_caption.setText(QCoreApplication.translate("CheckInDialog", u"&Status:", None))
        self.status.setItemText(0, QCoreApplication.translate("CheckInDialog", u"Hadir", None))
        self.status.setItemText(1, QCoreApplication.translate("CheckInDialog", u"Tidak hadir", None))

        self.rep1_caption.setText(QCoreApplication.translate("CheckInDialog", u"Perwakilan &1:", None))
        self.rep2_caption.setText(QCoreApplication.translate("CheckInDialog", u"Perwakilan &2:", None))
        self.late.setText(QCoreApplication.translate("CheckInDialog", u"Datang &terlambat", None))
        self.reason_caption.setText(QCoreApplication.translate("CheckInDialog", u"&Alasan koreksi:", None))
        self.time_caption.setText(QCoreApplication.translate("CheckInDialog", u"Waktu:", None))
        self.officer_caption.setText(QCoreApplication.translate("CheckInDialog", u"Petugas:", None))
    # retranslateUi

