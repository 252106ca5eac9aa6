# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'persiapan.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QSizePolicy, QTabWidget, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_PersiapanScreen(object):
    def setupUi(self, PersiapanScreen):
        if not PersiapanScreen.objectName():
            PersiapanScreen.setObjectName(u"PersiapanScreen")
        self.page_layout = QVBoxLayout(PersiapanScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(PersiapanScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.stage_row = QHBoxLayout()
        self.stage_row.setObjectName(u"stage_row")
        self.stage_caption = QLabel(PersiapanScreen)
        self.stage_caption.setObjectName(u"stage_caption")

        self.stage_row.addWidget(self.stage_caption)

        self.stage_combo = QComboBox(PersiapanScreen)
        self.stage_combo.setObjectName(u"stage_combo")

        self.stage_row.addWidget(self.stage_combo)

        self.permission_label = StateLabel(PersiapanScreen)
        self.permission_label.setObjectName(u"permission_label")

        self.stage_row.addWidget(self.permission_label)

        self.stage_row.setStretch(2, 1)

        self.page_layout.addLayout(self.stage_row)

        self.setup_tabs = QTabWidget(PersiapanScreen)
        self.setup_tabs.setObjectName(u"setup_tabs")
        self.venues_page = QWidget()
        self.venues_page.setObjectName(u"venues_page")
        self.venues_page_layout = QVBoxLayout(self.venues_page)
        self.venues_page_layout.setObjectName(u"venues_page_layout")
        self.venues_page_layout.setContentsMargins(0, 0, 0, 0)
        self.setup_tabs.addTab(self.venues_page, "")
        self.conflicts_page = QWidget()
        self.conflicts_page.setObjectName(u"conflicts_page")
        self.conflicts_page_layout = QVBoxLayout(self.conflicts_page)
        self.conflicts_page_layout.setObjectName(u"conflicts_page_layout")
        self.conflicts_page_layout.setContentsMargins(0, 0, 0, 0)
        self.setup_tabs.addTab(self.conflicts_page, "")
        self.rubric_page = QWidget()
        self.rubric_page.setObjectName(u"rubric_page")
        self.rubric_page_layout = QVBoxLayout(self.rubric_page)
        self.rubric_page_layout.setObjectName(u"rubric_page_layout")
        self.rubric_page_layout.setContentsMargins(0, 0, 0, 0)
        self.setup_tabs.addTab(self.rubric_page, "")
        self.accounts_page = QWidget()
        self.accounts_page.setObjectName(u"accounts_page")
        self.accounts_page_layout = QVBoxLayout(self.accounts_page)
        self.accounts_page_layout.setObjectName(u"accounts_page_layout")
        self.accounts_page_layout.setContentsMargins(0, 0, 0, 0)
        self.setup_tabs.addTab(self.accounts_page, "")

        self.page_layout.addWidget(self.setup_tabs)

        self.page_layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.stage_caption.setBuddy(self.stage_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PersiapanScreen)

        QMetaObject.connectSlotsByName(PersiapanScreen)
    # setupUi

    def retranslateUi(self, PersiapanScreen):
        self.header.setText(QCoreApplication.translate("PersiapanScreen", u"Persiapan", None))
        self.stage_caption.setText(QCoreApplication.translate("PersiapanScreen", u"&Tahap:", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.venues_page), QCoreApplication.translate("PersiapanScreen", u"&Lokasi && panel", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.conflicts_page), QCoreApplication.translate("PersiapanScreen", u"&Konflik kepentingan", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.rubric_page), QCoreApplication.translate("PersiapanScreen", u"&Rubrik", None))
        self.setup_tabs.setTabText(self.setup_tabs.indexOf(self.accounts_page), QCoreApplication.translate("PersiapanScreen", u"&Akun pengguna", None))
        pass
    # retranslateUi

