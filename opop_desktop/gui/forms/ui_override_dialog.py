# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'override_dialog.ui'
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

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.setMinimumSize(QSize(460, 0))
        self.dialog_layout = QVBoxLayout(OverrideDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.intro = QLabel(OverrideDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialog_layout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.outcome_caption = QLabel(OverrideDialog)
        self.outcome_caption.setObjectName(u"outcome_caption")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_caption)

        self.outcome = QComboBox(OverrideDialog)
        self.outcome.addItem("")
        self.outcome.addItem("")
        self.outcome.setObjectName(u"outcome")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.reason_caption = QLabel(OverrideDialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(OverrideDialog)
        self.reason.setObjectName(u"reason")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.chair_caption = QLabel(OverrideDialog)
        self.chair_caption.setObjectName(u"chair_caption")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chair_caption)

        self.chair = QLineEdit(OverrideDialog)
        self.chair.setObjectName(u"chair")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chair)

        self.members_caption = QLabel(OverrideDialog)
        self.members_caption.setObjectName(u"members_caption")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.members_caption)

        self.members = QLineEdit(OverrideDialog)
        self.members.setObjectName(u"members")

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.members)


        self.dialog_layout.addLayout(self.fields)

        self.problem_label = StateLabel(OverrideDialog)
        self.problem_label.setObjectName(u"problem_label")

        self.dialog_layout.addWidget(self.problem_label)

        self.buttons = QDialogButtonBox(OverrideDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.outcome_caption.setBuddy(self.outcome)
        self.reason_caption.setBuddy(self.reason)
        self.chair_caption.setBuddy(self.chair)
        self.members_caption.setBuddy(self.members)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverrideDialog)

        QMetaObject.connectSlotsByName(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Keputusan sidang pleno", None))
        self.outcome_caption.setText(QCoreApplication.translate("OverrideDialog", u"&Keputusan:", None))
        self.outcome.setItemText(0, QCoreApplication.translate("OverrideDialog", u"Lolos", None))
        self.outcome.setItemText(1, QCoreApplication.translate("OverrideDialog", u"Tidak lolos", None))

        self.reason_caption.setText(QCoreApplication.translate("OverrideDialog", u"&Alasan:", None))
        self.chair_caption.setText(QCoreApplication.translate("OverrideDialog", u"Ketua &sidang:", None))
        self.members_caption.setText(QCoreApplication.translate("OverrideDialog", u"A&nggota:", None))
        self.members.setPlaceholderText(QCoreApplication.translate("OverrideDialog", u"nama anggota, dipisah koma", None))
    # retranslateUi

