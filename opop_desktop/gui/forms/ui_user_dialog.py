# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        self.dialog_form = QFormLayout(UserDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.username_caption = QLabel(UserDialog)
        self.username_caption.setObjectName(u"username_caption")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_caption)

        self.username = QLineEdit(UserDialog)
        self.username.setObjectName(u"username")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_name_caption = QLabel(UserDialog)
        self.full_name_caption.setObjectName(u"full_name_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_caption)

        self.full_name = QLineEdit(UserDialog)
        self.full_name.setObjectName(u"full_name")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.role_caption = QLabel(UserDialog)
        self.role_caption.setObjectName(u"role_caption")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role = QComboBox(UserDialog)
        self.role.setObjectName(u"role")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.juror_label = QLabel(UserDialog)
        self.juror_label.setObjectName(u"juror_label")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.juror_label)

        self.juror = QComboBox(UserDialog)
        self.juror.setObjectName(u"juror")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.juror)

        self.regency_caption = QLabel(UserDialog)
        self.regency_caption.setObjectName(u"regency_caption")

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.regency_caption)

        self.regency_area = QWidget(UserDialog)
        self.regency_area.setObjectName(u"regency_area")
        self.regency_layout = QHBoxLayout(self.regency_area)
        self.regency_layout.setObjectName(u"regency_layout")
        self.regency_layout.setContentsMargins(0, 0, 0, 0)

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.regency_area)

        self.password_caption = QLabel(UserDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password = QLineEdit(UserDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2_caption = QLabel(UserDialog)
        self.password2_caption.setObjectName(u"password2_caption")

        self.dialog_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.password2_caption)

        self.password2 = QLineEdit(UserDialog)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)

        self.dialog_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.password2)

        self.pin_caption = QLabel(UserDialog)
        self.pin_caption.setObjectName(u"pin_caption")

        self.dialog_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.pin_caption)

        self.pin = QLineEdit(UserDialog)
        self.pin.setObjectName(u"pin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)

        self.dialog_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.pin)

        self.problem_label = StateLabel(UserDialog)
        self.problem_label.setObjectName(u"problem_label")

        self.dialog_form.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.problem_label)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.username_caption.setBuddy(self.username)
        self.full_name_caption.setBuddy(self.full_name)
        self.role_caption.setBuddy(self.role)
        self.juror_label.setBuddy(self.juror)
        self.password_caption.setBuddy(self.password)
        self.password2_caption.setBuddy(self.password2)
        self.pin_caption.setBuddy(self.pin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Akun baru", None))
        self.username_caption.setText(QCoreApplication.translate("UserDialog", u"&Nama pengguna:", None))
        self.full_name_caption.setText(QCoreApplication.translate("UserDialog", u"Nama &lengkap:", None))
        self.role_caption.setText(QCoreApplication.translate("UserDialog", u"&Peran:", None))
        self.juror_label.setText(QCoreApplication.translate("UserDialog", u"Data &juri:", None))
        self.regency_caption.setText(QCoreApplication.translate("UserDialog", u"Kab/kot&a:", None))
        self.password_caption.setText(QCoreApplication.translate("UserDialog", u"&Kata sandi:", None))
        self.password2_caption.setText(QCoreApplication.translate("UserDialog", u"&Ulangi kata sandi:", None))
        self.pin_caption.setText(QCoreApplication.translate("UserDialog", u"P&IN (6 angka):", None))
    # retranslateUi

