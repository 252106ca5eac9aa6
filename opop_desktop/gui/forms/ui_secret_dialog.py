# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'secret_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_SecretDialog(object):
    def setupUi(self, SecretDialog):
        if not SecretDialog.objectName():
            SecretDialog.setObjectName(u"SecretDialog")
        self.dialog_form = QFormLayout(SecretDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.account_label = QLabel(SecretDialog)
        self.account_label.setObjectName(u"account_label")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.account_label)

        self.password_caption = QLabel(SecretDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password = QLineEdit(SecretDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2_caption = QLabel(SecretDialog)
        self.password2_caption.setObjectName(u"password2_caption")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password2_caption)

        self.password2 = QLineEdit(SecretDialog)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password2)

        self.pin_caption = QLabel(SecretDialog)
        self.pin_caption.setObjectName(u"pin_caption")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pin_caption)

        self.pin = QLineEdit(SecretDialog)
        self.pin.setObjectName(u"pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pin)

        self.problem_label = StateLabel(SecretDialog)
        self.problem_label.setObjectName(u"problem_label")

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.problem_label)

        self.buttons = QDialogButtonBox(SecretDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.password_caption.setBuddy(self.password)
        self.password2_caption.setBuddy(self.password2)
        self.pin_caption.setBuddy(self.pin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SecretDialog)

        QMetaObject.connectSlotsByName(SecretDialog)
    # setupUi

    def retranslateUi(self, SecretDialog):
        SecretDialog.setWindowTitle(QCoreApplication.translate("SecretDialog", u"Atur ulang kata sandi / PIN", None))
        self.password_caption.setText(QCoreApplication.translate("SecretDialog", u"&Kata sandi:", None))
        self.password2_caption.setText(QCoreApplication.translate("SecretDialog", u"&Ulangi kata sandi:", None))
        self.pin_caption.setText(QCoreApplication.translate("SecretDialog", u"P&IN (6 angka):", None))
    # retranslateUi

