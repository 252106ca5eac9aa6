# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'juror_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_JurorDialog(object):
    def setupUi(self, JurorDialog):
        if not JurorDialog.objectName():
            JurorDialog.setObjectName(u"JurorDialog")
        self.dialog_form = QFormLayout(JurorDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.name_caption = QLabel(JurorDialog)
        self.name_caption.setObjectName(u"name_caption")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name = QLineEdit(JurorDialog)
        self.name.setObjectName(u"name")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.institution_caption = QLabel(JurorDialog)
        self.institution_caption.setObjectName(u"institution_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.institution_caption)

        self.institution = QLineEdit(JurorDialog)
        self.institution.setObjectName(u"institution")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.institution)

        self.element_caption = QLabel(JurorDialog)
        self.element_caption.setObjectName(u"element_caption")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.element_caption)

        self.element = QComboBox(JurorDialog)
        self.element.setObjectName(u"element")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.element)

        self.phone_caption = QLabel(JurorDialog)
        self.phone_caption.setObjectName(u"phone_caption")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phone_caption)

        self.phone = QLineEdit(JurorDialog)
        self.phone.setObjectName(u"phone")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phone)

        self.buttons = QDialogButtonBox(JurorDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.name_caption.setBuddy(self.name)
        self.institution_caption.setBuddy(self.institution)
        self.element_caption.setBuddy(self.element)
        self.phone_caption.setBuddy(self.phone)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(JurorDialog)

        QMetaObject.connectSlotsByName(JurorDialog)
    # setupUi

    def retranslateUi(self, JurorDialog):
        JurorDialog.setWindowTitle(QCoreApplication.translate("JurorDialog", u"Juri baru", None))
        self.name_caption.setText(QCoreApplication.translate("JurorDialog", u"&Nama:", None))
        self.institution_caption.setText(QCoreApplication.translate("JurorDialog", u"&Instansi:", None))
        self.element_caption.setText(QCoreApplication.translate("JurorDialog", u"&Unsur:", None))
        self.phone_caption.setText(QCoreApplication.translate("JurorDialog", u"&Telepon:", None))
    # retranslateUi

