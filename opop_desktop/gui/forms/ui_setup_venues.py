# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_venues.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTableView, QVBoxLayout, QWidget)

class Ui_VenuesTab(object):
    def setupUi(self, VenuesTab):
        if not VenuesTab.objectName():
            VenuesTab.setObjectName(u"VenuesTab")
        self.tab_layout = QVBoxLayout(VenuesTab)
        self.tab_layout.setObjectName(u"tab_layout")
        self.split = QSplitter(VenuesTab)
        self.split.setObjectName(u"split")
        self.split.setOrientation(Qt.Orientation.Horizontal)
        self.left_split = QSplitter(self.split)
        self.left_split.setObjectName(u"left_split")
        self.left_split.setOrientation(Qt.Orientation.Vertical)
        self.venues_box = QGroupBox(self.left_split)
        self.venues_box.setObjectName(u"venues_box")
        self.venues_layout = QVBoxLayout(self.venues_box)
        self.venues_layout.setObjectName(u"venues_layout")
        self.venue_view = QTableView(self.venues_box)
        self.venue_view.setObjectName(u"venue_view")

        self.venues_layout.addWidget(self.venue_view)

        self.venue_buttons = QHBoxLayout()
        self.venue_buttons.setObjectName(u"venue_buttons")
        self.venue_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.venue_buttons.addItem(self.venue_buttons_spacer)

        self.add_venue_button = QPushButton(self.venues_box)
        self.add_venue_button.setObjectName(u"add_venue_button")

        self.venue_buttons.addWidget(self.add_venue_button)


        self.venues_layout.addLayout(self.venue_buttons)

        self.venues_layout.setStretch(0, 1)
        self.left_split.addWidget(self.venues_box)
        self.panels_box = QGroupBox(self.left_split)
        self.panels_box.setObjectName(u"panels_box")
        self.panels_layout = QVBoxLayout(self.panels_box)
        self.panels_layout.setObjectName(u"panels_layout")
        self.panel_view = QTableView(self.panels_box)
        self.panel_view.setObjectName(u"panel_view")

        self.panels_layout.addWidget(self.panel_view)

        self.panel_buttons = QHBoxLayout()
        self.panel_buttons.setObjectName(u"panel_buttons")
        self.panel_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.panel_buttons.addItem(self.panel_buttons_spacer)

        self.add_panel_button = QPushButton(self.panels_box)
        self.add_panel_button.setObjectName(u"add_panel_button")

        self.panel_buttons.addWidget(self.add_panel_button)


        self.panels_layout.addLayout(self.panel_buttons)

        self.panels_layout.setStretch(0, 1)
        self.left_split.addWidget(self.panels_box)
        self.split.addWidget(self.left_split)
        self.detail_area = QWidget(self.split)
        self.detail_area.setObjectName(u"detail_area")
        self.detail_layout = QVBoxLayout(self.detail_area)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.split.addWidget(self.detail_area)

        self.tab_layout.addWidget(self.split)


        self.retranslateUi(VenuesTab)

        QMetaObject.connectSlotsByName(VenuesTab)
    # setupUi

    def retranslateUi(self, VenuesTab):
        self.venues_box.setTitle(QCoreApplication.translate("VenuesTab", u"Lokasi audisi tahap ini", None))
        self.add_venue_button.setText(QCoreApplication.translate("VenuesTab", u"Tambah l&okasi\u2026", None))
        self.panels_box.setTitle(QCoreApplication.translate("VenuesTab", u"Panel (ruang) di lokasi terpilih", None))
        self.add_panel_button.setText(QCoreApplication.translate("VenuesTab", u"Tambah pa&nel\u2026", None))
        pass
    # retranslateUi

