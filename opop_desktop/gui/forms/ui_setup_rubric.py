# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_rubric.ui'
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
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_RubricTab(object):
    def setupUi(self, RubricTab):
        if not RubricTab.objectName():
            RubricTab.setObjectName(u"RubricTab")
        self.tab_layout = QVBoxLayout(RubricTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.heading = QLabel(RubricTab)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.tab_layout.addWidget(self.heading)

        self.view = QTableView(RubricTab)
        self.view.setObjectName(u"view")

        self.tab_layout.addWidget(self.view)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.total_label = QLabel(RubricTab)
        self.total_label.setObjectName(u"total_label")

        self.buttons_row.addWidget(self.total_label)

        self.add_button = QPushButton(RubricTab)
        self.add_button.setObjectName(u"add_button")

        self.buttons_row.addWidget(self.add_button)

        self.remove_button = QPushButton(RubricTab)
        self.remove_button.setObjectName(u"remove_button")

        self.buttons_row.addWidget(self.remove_button)

        self.reset_button = QPushButton(RubricTab)
        self.reset_button.setObjectName(u"reset_button")

        self.buttons_row.addWidget(self.reset_button)

        self.save_button = QPushButton(RubricTab)
        self.save_button.setObjectName(u"save_button")

        self.buttons_row.addWidget(self.save_button)

        self.buttons_row.setStretch(0, 1)

        self.tab_layout.addLayout(self.buttons_row)

        self.tab_layout.setStretch(1, 1)

        self.retranslateUi(RubricTab)

        QMetaObject.connectSlotsByName(RubricTab)
    # setupUi

    def retranslateUi(self, RubricTab):
        self.add_button.setText(QCoreApplication.translate("RubricTab", u"Tambah kr&iteria", None))
        self.remove_button.setText(QCoreApplication.translate("RubricTab", u"&Hapus kriteria", None))
        self.reset_button.setText(QCoreApplication.translate("RubricTab", u"Muat &ulang", None))
        self.save_button.setText(QCoreApplication.translate("RubricTab", u"&Simpan", None))
        pass
    # retranslateUi

