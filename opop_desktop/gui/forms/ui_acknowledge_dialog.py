# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'acknowledge_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_AcknowledgeDialog(object):
    def setupUi(self, AcknowledgeDialog):
        if not AcknowledgeDialog.objectName():
            AcknowledgeDialog.setObjectName(u"AcknowledgeDialog")
        AcknowledgeDialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(AcknowledgeDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(AcknowledgeDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.decision_caption = QLabel(AcknowledgeDialog)
        self.decision_caption.setObjectName(u"decision_caption")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decision_caption)

        self.decision = QComboBox(AcknowledgeDialog)
        self.decision.addItem("")
        self.decision.addItem("")
        self.decision.setObjectName(u"decision")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decision)

        self.reason_caption = QLabel(AcknowledgeDialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(AcknowledgeDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)


        self.dialog_layout.addLayout(self.fields)

        self.problem_label = StateLabel(AcknowledgeDialog)
        self.problem_label.setObjectName(u"problem_label")

        self.dialog_layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(AcknowledgeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.decision_caption.setBuddy(self.decision)
        self.reason_caption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AcknowledgeDialog)

        QMetaObject.connectSlotsByName(AcknowledgeDialog)
    # setupUi

    def retranslateUi(self, AcknowledgeDialog):
        AcknowledgeDialog.setWindowTitle(QCoreApplication.translate("AcknowledgeDialog", u"Tinjau tanda varians", None))
        self.decision_caption.setText(QCoreApplication.translate("AcknowledgeDialog", u"&Keputusan:", None))
        self.decision.setItemText(0, QCoreApplication.translate("AcknowledgeDialog", u"Diterima apa adanya", None))
        self.decision.setItemText(1, QCoreApplication.translate("AcknowledgeDialog", u"Sudah dikoreksi", None))

        self.reason_caption.setText(QCoreApplication.translate("AcknowledgeDialog", u"&Alasan:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("AcknowledgeDialog", u"mis. sudah dikonfirmasi dengan juri", None))
    # retranslateUi

