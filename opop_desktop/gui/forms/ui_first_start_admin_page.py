# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_admin_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget, QWizardPage)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_AdminPage(object):
    def setupUi(self, AdminPage):
        if not AdminPage.objectName():
            AdminPage.setObjectName(u"AdminPage")
        self.fields = QFormLayout(AdminPage)
        self.fields.setObjectName(u"fields")
        self.username_caption = QLabel(AdminPage)
        self.username_caption.setObjectName(u"username_caption")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_caption)

        self.username = QLineEdit(AdminPage)
        self.username.setObjectName(u"username")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.full_name_caption = QLabel(AdminPage)
        self.full_name_caption.setObjectName(u"full_name_caption")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_caption)

        self.full_name = QLineEdit(AdminPage)
        self.full_name.setObjectName(u"full_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name)

        self.password_caption = QLabel(AdminPage)
        self.password_caption.setObjectName(u"password_caption")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password = QLineEdit(AdminPage)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2_caption = QLabel(AdminPage)
        self.password2_caption.setObjectName(u"password2_caption")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password2_caption)

        self.password2 = QLineEdit(AdminPage)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password2)

        self.problem = StateLabel(AdminPage)
        self.problem.setObjectName(u"problem")

        self.fields.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.problem)

#if QT_CONFIG(shortcut)
        self.username_caption.setBuddy(self.username)
        self.full_name_caption.setBuddy(self.full_name)
        self.password_caption.setBuddy(self.password)
        self.password2_caption.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminPage)

        QMetaObject.connectSlotsByName(AdminPage)
    # setupUi

    def retranslateUi(self, AdminPage):
        AdminPage.setTitle(QCoreApplication.translate("AdminPage", u"Akun admin pertama", None))
        AdminPage.setSubTitle(QCoreApplication.translate("AdminPage", u"Akun ini dipakai untuk masuk dan membuat akun petugas, koordinator dan juri. Simpan kata sandinya dengan baik.", None))
        self.username_caption.setText(QCoreApplication.translate("AdminPage", u"Nama pen&gguna:", None))
        self.username.setPlaceholderText(QCoreApplication.translate("AdminPage", u"huruf kecil, angka, titik, garis bawah", None))
        self.full_name_caption.setText(QCoreApplication.translate("AdminPage", u"Nama l&engkap:", None))
        self.password_caption.setText(QCoreApplication.translate("AdminPage", u"Kata &sandi:", None))
        self.password2_caption.setText(QCoreApplication.translate("AdminPage", u"&Ulangi kata sandi:", None))
    # retranslateUi

