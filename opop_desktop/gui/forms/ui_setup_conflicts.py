# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_conflicts.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_ConflictsTab(object):
    def setupUi(self, ConflictsTab):
        if not ConflictsTab.objectName():
            ConflictsTab.setObjectName(u"ConflictsTab")
        self.tab_layout = QVBoxLayout(ConflictsTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.view = QTableView(ConflictsTab)
        self.view.setObjectName(u"view")

        self.tab_layout.addWidget(self.view)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.add_button = QPushButton(ConflictsTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.edit_button = QPushButton(ConflictsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.buttons_row.addWidget(self.edit_button)

        self.delete_button = QPushButton(ConflictsTab)
        self.delete_button.setObjectName(u"delete_button")

        self.buttons_row.addWidget(self.delete_button)


        self.tab_layout.addLayout(self.buttons_row)

        self.tab_layout.setStretch(0, 1)

        self.retranslateUi(ConflictsTab)

        QMetaObject.connectSlotsByName(ConflictsTab)
    # setupUi

    def retranslateUi(self, ConflictsTab):
        self.add_button.setText(QCoreApplication.translate("ConflictsTab", u"Ta&mbah\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ConflictsTab", u"&Ubah\u2026", None))
        self.delete_button.setText(QCoreApplication.translate("ConflictsTab", u"&Hapus\u2026", None))
        pass
    # retranslateUi

