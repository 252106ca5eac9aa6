# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'panel_dialog.ui'
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

class Ui_PanelDialog(object):
    def setupUi(self, PanelDialog):
        if not PanelDialog.objectName():
            PanelDialog.setObjectName(u"PanelDialog")
        self.dialog_form = QFormLayout(PanelDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.venue_label = QLabel(PanelDialog)
        self.venue_label.setObjectName(u"venue_label")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.venue_label)

        self.name_caption = QLabel(PanelDialog)
        self.name_caption.setObjectName(u"name_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name = QLineEdit(PanelDialog)
        self.name.setObjectName(u"name")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name)

        self.buttons = QDialogButtonBox(PanelDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.name_caption.setBuddy(self.name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PanelDialog)

        QMetaObject.connectSlotsByName(PanelDialog)
    # setupUi

    def retranslateUi(self, PanelDialog):
        PanelDialog.setWindowTitle(QCoreApplication.translate("PanelDialog", u"Panel baru", None))
        self.name_caption.setText(QCoreApplication.translate("PanelDialog", u"&Nama panel / ruang:", None))
        self.name.setPlaceholderText(QCoreApplication.translate("PanelDialog", u"mis. Ruang 1", None))
    # retranslateUi

