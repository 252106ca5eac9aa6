# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflict_dialog.ui'
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
    QLineEdit, QSizePolicy, QStackedWidget, QWidget)

class Ui_ConflictDialog(object):
    def setupUi(self, ConflictDialog):
        if not ConflictDialog.objectName():
            ConflictDialog.setObjectName(u"ConflictDialog")
        self.dialog_form = QFormLayout(ConflictDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.juror_caption = QLabel(ConflictDialog)
        self.juror_caption.setObjectName(u"juror_caption")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.juror_caption)

        self.juror = QComboBox(ConflictDialog)
        self.juror.setObjectName(u"juror")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.juror)

        self.target_caption = QLabel(ConflictDialog)
        self.target_caption.setObjectName(u"target_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.target_caption)

        self.target = QComboBox(ConflictDialog)
        self.target.addItem("")
        self.target.addItem("")
        self.target.setObjectName(u"target")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.target)

        self.where_caption = QLabel(ConflictDialog)
        self.where_caption.setObjectName(u"where_caption")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.where_caption)

        self.where = QStackedWidget(ConflictDialog)
        self.where.setObjectName(u"where")
        self.pesantren = QComboBox()
        self.pesantren.setObjectName(u"pesantren")
        self.pesantren.setEditable(True)
        self.pesantren.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.where.addWidget(self.pesantren)
        self.district_page = QWidget()
        self.district_page.setObjectName(u"district_page")
        self.district_layout = QHBoxLayout(self.district_page)
        self.district_layout.setObjectName(u"district_layout")
        self.district_layout.setContentsMargins(0, 0, 0, 0)
        self.where.addWidget(self.district_page)

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.where)

        self.kind_caption = QLabel(ConflictDialog)
        self.kind_caption.setObjectName(u"kind_caption")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kind_caption)

        self.kind = QComboBox(ConflictDialog)
        self.kind.setObjectName(u"kind")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kind)

        self.severity_caption = QLabel(ConflictDialog)
        self.severity_caption.setObjectName(u"severity_caption")

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.severity_caption)

        self.severity = QComboBox(ConflictDialog)
        self.severity.setObjectName(u"severity")

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.severity)

        self.note_caption = QLabel(ConflictDialog)
        self.note_caption.setObjectName(u"note_caption")

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note = QLineEdit(ConflictDialog)
        self.note.setObjectName(u"note")

        self.dialog_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note)

        self.buttons = QDialogButtonBox(ConflictDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.juror_caption.setBuddy(self.juror)
        self.target_caption.setBuddy(self.target)
        self.where_caption.setBuddy(self.where)
        self.kind_caption.setBuddy(self.kind)
        self.severity_caption.setBuddy(self.severity)
        self.note_caption.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConflictDialog)

        QMetaObject.connectSlotsByName(ConflictDialog)
    # setupUi

    def retranslateUi(self, ConflictDialog):
        self.juror_caption.setText(QCoreApplication.translate("ConflictDialog", u"&Juri:", None))
        self.target_caption.setText(QCoreApplication.translate("ConflictDialog", u"&Terhadap:", None))
        self.target.setItemText(0, QCoreApplication.translate("ConflictDialog", u"Pesantren", None))
        self.target.setItemText(1, QCoreApplication.translate("ConflictDialog", u"Kecamatan", None))

        self.where_caption.setText(QCoreApplication.translate("ConflictDialog", u"&Pesantren / kecamatan:", None))
        self.kind_caption.setText(QCoreApplication.translate("ConflictDialog", u"Je&nis:", None))
        self.severity_caption.setText(QCoreApplication.translate("ConflictDialog", u"T&ingkat:", None))
        self.note_caption.setText(QCoreApplication.translate("ConflictDialog", u"C&atatan:", None))
        pass
    # retranslateUi

