# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_decision_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_AdminDecisionDialog(object):
    def setupUi(self, AdminDecisionDialog):
        if not AdminDecisionDialog.objectName():
            AdminDecisionDialog.setObjectName(u"AdminDecisionDialog")
        self.dialog_layout = QVBoxLayout(AdminDecisionDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.subject = QLabel(AdminDecisionDialog)
        self.subject.setObjectName(u"subject")
        self.subject.setWordWrap(True)

        self.dialog_layout.addWidget(self.subject)

        self.decision_form = QFormLayout()
        self.decision_form.setObjectName(u"decision_form")
        self.decision_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.passed = QRadioButton(AdminDecisionDialog)
        self.decision_group = QButtonGroup(AdminDecisionDialog)
        self.decision_group.setObjectName(u"decision_group")
        self.decision_group.addButton(self.passed)
        self.passed.setObjectName(u"passed")
        self.passed.setChecked(True)

        self.decision_form.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.passed)

        self.failed = QRadioButton(AdminDecisionDialog)
        self.decision_group.addButton(self.failed)
        self.failed.setObjectName(u"failed")

        self.decision_form.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.failed)

        self.reason_caption = QLabel(AdminDecisionDialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(AdminDecisionDialog)
        self.reason.setObjectName(u"reason")

        self.decision_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.dialog_layout.addLayout(self.decision_form)

        self.hint = StateLabel(AdminDecisionDialog)
        self.hint.setObjectName(u"hint")

        self.dialog_layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(AdminDecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.reason_caption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passed, self.failed)
        QWidget.setTabOrder(self.failed, self.reason)

        self.retranslateUi(AdminDecisionDialog)

        QMetaObject.connectSlotsByName(AdminDecisionDialog)
    # setupUi

    def retranslateUi(self, AdminDecisionDialog):
        AdminDecisionDialog.setWindowTitle(QCoreApplication.translate("AdminDecisionDialog", u"Keputusan seleksi administrasi", None))
        self.passed.setText(QCoreApplication.translate("AdminDecisionDialog", u"&Lolos administrasi", None))
        self.failed.setText(QCoreApplication.translate("AdminDecisionDialog", u"&Tidak lolos administrasi", None))
        self.reason_caption.setText(QCoreApplication.translate("AdminDecisionDialog", u"&Alasan:", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("AdminDecisionDialog", u"Alasan", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("AdminDecisionDialog", u"mis. berkas proposal tidak lengkap", None))
    # retranslateUi

