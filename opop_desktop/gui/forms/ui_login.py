# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.setMinimumSize(QSize(380, 0))
        self.dialog_layout = QVBoxLayout(LoginDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.current_user_label = QLabel(LoginDialog)
        self.current_user_label.setObjectName(u"current_user_label")

        self.dialog_layout.addWidget(self.current_user_label)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.username_caption = QLabel(LoginDialog)
        self.username_caption.setObjectName(u"username_caption")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_caption)

        self.username = QComboBox(LoginDialog)
        self.username.setObjectName(u"username")
        self.username.setEditable(True)
        self.username.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.secret_caption = QLabel(LoginDialog)
        self.secret_caption.setObjectName(u"secret_caption")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secret_caption)

        self.secret = QLineEdit(LoginDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secret)


        self.dialog_layout.addLayout(self.fields)

        self.message = StateLabel(LoginDialog)
        self.message.setObjectName(u"message")

        self.dialog_layout.addWidget(self.message)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.ok_button = QPushButton(LoginDialog)
        self.ok_button.setObjectName(u"ok_button")

        self.buttons_row.addWidget(self.ok_button)

        self.cancel_button = QPushButton(LoginDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.buttons_row.addWidget(self.cancel_button)


        self.dialog_layout.addLayout(self.buttons_row)

#if QT_CONFIG(shortcut)
        self.username_caption.setBuddy(self.username)
        self.secret_caption.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.secret)
        QWidget.setTabOrder(self.secret, self.ok_button)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)

        self.retranslateUi(LoginDialog)

        self.ok_button.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        self.username_caption.setText(QCoreApplication.translate("LoginDialog", u"&Nama pengguna:", None))
        self.secret_caption.setText(QCoreApplication.translate("LoginDialog", u"&Kata sandi / PIN:", None))
        self.secret.setPlaceholderText(QCoreApplication.translate("LoginDialog", u"kata sandi, atau PIN 6 angka untuk juri", None))
        self.ok_button.setText(QCoreApplication.translate("LoginDialog", u"&Masuk", None))
        self.cancel_button.setText(QCoreApplication.translate("LoginDialog", u"&Batal", None))
        pass
    # retranslateUi

