# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'penilaian.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader

class Ui_PenilaianScreen(object):
    def setupUi(self, PenilaianScreen):
        if not PenilaianScreen.objectName():
            PenilaianScreen.setObjectName(u"PenilaianScreen")
        self.page_layout = QVBoxLayout(PenilaianScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(PenilaianScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.tabs = QTabWidget(PenilaianScreen)
        self.tabs.setObjectName(u"tabs")
        self.sheet_tab = QWidget()
        self.sheet_tab.setObjectName(u"sheet_tab")
        self.sheet_tab_layout = QVBoxLayout(self.sheet_tab)
        self.sheet_tab_layout.setObjectName(u"sheet_tab_layout")
        self.sheet_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.sheet_tab, "")
        self.paper_tab = QWidget()
        self.paper_tab.setObjectName(u"paper_tab")
        self.paper_tab_layout = QVBoxLayout(self.paper_tab)
        self.paper_tab_layout.setObjectName(u"paper_tab_layout")
        self.paper_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.paper_tab, "")
        self.board_tab = QWidget()
        self.board_tab.setObjectName(u"board_tab")
        self.board_tab_layout = QVBoxLayout(self.board_tab)
        self.board_tab_layout.setObjectName(u"board_tab_layout")
        self.board_tab_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.board_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.page_layout.setStretch(1, 1)

        self.retranslateUi(PenilaianScreen)

        QMetaObject.connectSlotsByName(PenilaianScreen)
    # setupUi

    def retranslateUi(self, PenilaianScreen):
        self.header.setText(QCoreApplication.translate("PenilaianScreen", u"Penilaian", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sheet_tab), QCoreApplication.translate("PenilaianScreen", u"&Lembar juri", None))
        self.tabs.setTabText(self.tabs.indexOf(self.paper_tab), QCoreApplication.translate("PenilaianScreen", u"&Entri kertas", None))
        self.tabs.setTabText(self.tabs.indexOf(self.board_tab), QCoreApplication.translate("PenilaianScreen", u"Papan ke&majuan", None))
        pass
    # retranslateUi

