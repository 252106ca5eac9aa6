# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'assign_juror_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QWidget)

class Ui_AssignJurorDialog(object):
    def setupUi(self, AssignJurorDialog):
        if not AssignJurorDialog.objectName():
            AssignJurorDialog.setObjectName(u"AssignJurorDialog")
        self.dialog_form = QFormLayout(AssignJurorDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.juror_caption = QLabel(AssignJurorDialog)
        self.juror_caption.setObjectName(u"juror_caption")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.juror_caption)

        self.juror = QComboBox(AssignJurorDialog)
        self.juror.setObjectName(u"juror")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.juror)

        self.none_label = QLabel(AssignJurorDialog)
        self.none_label.setObjectName(u"none_label")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.none_label)

        self.buttons = QDialogButtonBox(AssignJurorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.juror_caption.setBuddy(self.juror)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssignJurorDialog)

        QMetaObject.connectSlotsByName(AssignJurorDialog)
    # setupUi

    def retranslateUi(self, AssignJurorDialog):
        AssignJurorDialog.setWindowTitle(QCoreApplication.translate("AssignJurorDialog", u"Tugaskan juri", None))
        self.juror_caption.setText(QCoreApplication.translate("AssignJurorDialog", u"&Juri:", None))
        self.none_label.setText(QCoreApplication.translate("AssignJurorDialog", u"Belum ada juri lain. Gunakan \"Juri baru\".", None))
    # retranslateUi

