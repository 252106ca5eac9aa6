# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_panel_detail.ui'
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
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_PanelDetail(object):
    def setupUi(self, PanelDetail):
        if not PanelDetail.objectName():
            PanelDetail.setObjectName(u"PanelDetail")
        self.detail_layout = QVBoxLayout(PanelDetail)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(PanelDetail)
        self.title_label.setObjectName(u"title_label")

        self.detail_layout.addWidget(self.title_label)

        self.jurors_box = QGroupBox(PanelDetail)
        self.jurors_box.setObjectName(u"jurors_box")
        self.jurors_layout = QVBoxLayout(self.jurors_box)
        self.jurors_layout.setObjectName(u"jurors_layout")
        self.juror_view = QTableView(self.jurors_box)
        self.juror_view.setObjectName(u"juror_view")

        self.jurors_layout.addWidget(self.juror_view)

        self.juror_buttons = QHBoxLayout()
        self.juror_buttons.setObjectName(u"juror_buttons")
        self.juror_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.juror_buttons.addItem(self.juror_buttons_spacer)

        self.assign_button = QPushButton(self.jurors_box)
        self.assign_button.setObjectName(u"assign_button")

        self.juror_buttons.addWidget(self.assign_button)

        self.new_juror_button = QPushButton(self.jurors_box)
        self.new_juror_button.setObjectName(u"new_juror_button")

        self.juror_buttons.addWidget(self.new_juror_button)


        self.jurors_layout.addLayout(self.juror_buttons)

        self.jurors_layout.setStretch(0, 1)

        self.detail_layout.addWidget(self.jurors_box)

        self.slots_box = QGroupBox(PanelDetail)
        self.slots_box.setObjectName(u"slots_box")
        self.slots_layout = QVBoxLayout(self.slots_box)
        self.slots_layout.setObjectName(u"slots_layout")
        self.slot_view = QTableView(self.slots_box)
        self.slot_view.setObjectName(u"slot_view")

        self.slots_layout.addWidget(self.slot_view)

        self.slot_buttons = QHBoxLayout()
        self.slot_buttons.setObjectName(u"slot_buttons")
        self.slot_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.slot_buttons.addItem(self.slot_buttons_spacer)

        self.add_pesantren_button = QPushButton(self.slots_box)
        self.add_pesantren_button.setObjectName(u"add_pesantren_button")

        self.slot_buttons.addWidget(self.add_pesantren_button)

        self.time_button = QPushButton(self.slots_box)
        self.time_button.setObjectName(u"time_button")

        self.slot_buttons.addWidget(self.time_button)

        self.up_button = QPushButton(self.slots_box)
        self.up_button.setObjectName(u"up_button")

        self.slot_buttons.addWidget(self.up_button)

        self.down_button = QPushButton(self.slots_box)
        self.down_button.setObjectName(u"down_button")

        self.slot_buttons.addWidget(self.down_button)


        self.slots_layout.addLayout(self.slot_buttons)

        self.slots_layout.setStretch(0, 1)

        self.detail_layout.addWidget(self.slots_box)

        self.detail_layout.setStretch(1, 2)
        self.detail_layout.setStretch(2, 3)

        self.retranslateUi(PanelDetail)

        QMetaObject.connectSlotsByName(PanelDetail)
    # setupUi

    def retranslateUi(self, PanelDetail):
        self.jurors_box.setTitle(QCoreApplication.translate("PanelDetail", u"Juri panel", None))
        self.assign_button.setText(QCoreApplication.translate("PanelDetail", u"Tu&gaskan juri\u2026", None))
        self.new_juror_button.setText(QCoreApplication.translate("PanelDetail", u"&Juri baru\u2026", None))
        self.slots_box.setTitle(QCoreApplication.translate("PanelDetail", u"Urutan tampil", None))
        self.add_pesantren_button.setText(QCoreApplication.translate("PanelDetail", u"Tambah pe&santren\u2026", None))
        self.time_button.setText(QCoreApplication.translate("PanelDetail", u"Ja&m tampil\u2026", None))
        self.up_button.setText(QCoreApplication.translate("PanelDetail", u"Na&ik", None))
        self.down_button.setText(QCoreApplication.translate("PanelDetail", u"T&urun", None))
        pass
    # retranslateUi

