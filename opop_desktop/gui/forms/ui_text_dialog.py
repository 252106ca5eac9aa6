# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'text_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_TextDialog(object):
    def setupUi(self, TextDialog):
        if not TextDialog.objectName():
            TextDialog.setObjectName(u"TextDialog")
        TextDialog.setMinimumSize(QSize(320, 0))
        self.dialog_layout = QVBoxLayout(TextDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.prompt = QLabel(TextDialog)
        self.prompt.setObjectName(u"prompt")
        self.prompt.setWordWrap(True)

        self.dialog_layout.addWidget(self.prompt)

        self.answer = QLineEdit(TextDialog)
        self.answer.setObjectName(u"answer")

        self.dialog_layout.addWidget(self.answer)

        self.buttons = QDialogButtonBox(TextDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.prompt.setBuddy(self.answer)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TextDialog)
        self.buttons.accepted.connect(TextDialog.accept)
        self.buttons.rejected.connect(TextDialog.reject)

        QMetaObject.connectSlotsByName(TextDialog)
    # setupUi

    def retranslateUi(self, TextDialog):
        pass
    # retranslateUi

