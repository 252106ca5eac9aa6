# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction_dialog.ui'
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

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        self.correction_form = QFormLayout(CorrectionDialog)
        self.correction_form.setObjectName(u"correction_form")
        self.correction_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.what = QLabel(CorrectionDialog)
        self.what.setObjectName(u"what")
        self.what.setWordWrap(True)

        self.correction_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.what)

        self.value_caption = QLabel(CorrectionDialog)
        self.value_caption.setObjectName(u"value_caption")

        self.correction_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.value_caption)

        self.value = QLineEdit(CorrectionDialog)
        self.value.setObjectName(u"value")

        self.correction_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.value)

        self.reason_caption = QLabel(CorrectionDialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.correction_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(CorrectionDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMinimumSize(QSize(280, 0))

        self.correction_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)

        self.buttons = QDialogButtonBox(CorrectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.correction_form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.value_caption.setBuddy(self.value)
        self.reason_caption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.value, self.reason)

        self.retranslateUi(CorrectionDialog)
        self.buttons.accepted.connect(CorrectionDialog.accept)
        self.buttons.rejected.connect(CorrectionDialog.reject)

        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Koreksi nilai", None))
        self.value_caption.setText(QCoreApplication.translate("CorrectionDialog", u"&Nilai baru:", None))
        self.reason_caption.setText(QCoreApplication.translate("CorrectionDialog", u"&Alasan koreksi:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"mis. salah baca tulisan juri", None))
    # retranslateUi

