# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kehadiran.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_KehadiranScreen(object):
    def setupUi(self, KehadiranScreen):
        if not KehadiranScreen.objectName():
            KehadiranScreen.setObjectName(u"KehadiranScreen")
        self.page_layout = QVBoxLayout(KehadiranScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(KehadiranScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.venue_row = QHBoxLayout()
        self.venue_row.setObjectName(u"venue_row")
        self.venue_caption = QLabel(KehadiranScreen)
        self.venue_caption.setObjectName(u"venue_caption")

        self.venue_row.addWidget(self.venue_caption)

        self.venue_combo = QComboBox(KehadiranScreen)
        self.venue_combo.setObjectName(u"venue_combo")

        self.venue_row.addWidget(self.venue_combo)

        self.attendance_counts = QLabel(KehadiranScreen)
        self.attendance_counts.setObjectName(u"attendance_counts")
        self.attendance_counts.setWordWrap(True)

        self.venue_row.addWidget(self.attendance_counts)

        self.venue_row.setStretch(1, 1)
        self.venue_row.setStretch(2, 2)

        self.page_layout.addLayout(self.venue_row)

        self.search_row = QHBoxLayout()
        self.search_row.setObjectName(u"search_row")
        self.search_caption = QLabel(KehadiranScreen)
        self.search_caption.setObjectName(u"search_caption")

        self.search_row.addWidget(self.search_caption)

        self.checkin_search = QLineEdit(KehadiranScreen)
        self.checkin_search.setObjectName(u"checkin_search")
        self.checkin_search.setClearButtonEnabled(True)

        self.search_row.addWidget(self.checkin_search)

        self.show_caption = QLabel(KehadiranScreen)
        self.show_caption.setObjectName(u"show_caption")

        self.search_row.addWidget(self.show_caption)

        self.show_combo = QComboBox(KehadiranScreen)
        self.show_combo.addItem("")
        self.show_combo.addItem("")
        self.show_combo.addItem("")
        self.show_combo.addItem("")
        self.show_combo.setObjectName(u"show_combo")

        self.search_row.addWidget(self.show_combo)

        self.search_row.setStretch(1, 1)

        self.page_layout.addLayout(self.search_row)

        self.hits_view = QTableView(KehadiranScreen)
        self.hits_view.setObjectName(u"hits_view")
        self.hits_view.setVisible(False)
        self.hits_view.setMaximumSize(QSize(16777215, 140))
        self.hits_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits_view.horizontalHeader().setStretchLastSection(False)
        self.hits_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.hits_view)

        self.attendance_view = QTableView(KehadiranScreen)
        self.attendance_view.setObjectName(u"attendance_view")
        self.attendance_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attendance_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attendance_view.horizontalHeader().setStretchLastSection(False)
        self.attendance_view.verticalHeader().setVisible(False)

        self.page_layout.addWidget(self.attendance_view)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.status_line = StateLabel(KehadiranScreen)
        self.status_line.setObjectName(u"status_line")

        self.button_row.addWidget(self.status_line)

        self.checkin_button = QPushButton(KehadiranScreen)
        self.checkin_button.setObjectName(u"checkin_button")

        self.button_row.addWidget(self.checkin_button)

        self.absent_button = QPushButton(KehadiranScreen)
        self.absent_button.setObjectName(u"absent_button")

        self.button_row.addWidget(self.absent_button)

        self.correct_button = QPushButton(KehadiranScreen)
        self.correct_button.setObjectName(u"correct_button")

        self.button_row.addWidget(self.correct_button)

        self.button_row.setStretch(0, 1)

        self.page_layout.addLayout(self.button_row)

        self.page_layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.venue_caption.setBuddy(self.venue_combo)
        self.search_caption.setBuddy(self.checkin_search)
        self.show_caption.setBuddy(self.show_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.venue_combo, self.checkin_search)
        QWidget.setTabOrder(self.checkin_search, self.show_combo)
        QWidget.setTabOrder(self.show_combo, self.hits_view)
        QWidget.setTabOrder(self.hits_view, self.attendance_view)
        QWidget.setTabOrder(self.attendance_view, self.checkin_button)
        QWidget.setTabOrder(self.checkin_button, self.absent_button)
        QWidget.setTabOrder(self.absent_button, self.correct_button)

        self.retranslateUi(KehadiranScreen)

        QMetaObject.connectSlotsByName(KehadiranScreen)
    # setupUi

    def retranslateUi(self, KehadiranScreen):
        self.header.setText(QCoreApplication.translate("KehadiranScreen", u"Kehadiran", None))
        self.venue_caption.setText(QCoreApplication.translate("KehadiranScreen", u"&Lokasi:", None))
#if QT_CONFIG(accessibility)
        self.attendance_counts.setAccessibleName(QCoreApplication.translate("KehadiranScreen", u"Jumlah kehadiran", None))
#endif // QT_CONFIG(accessibility)
        self.search_caption.setText(QCoreApplication.translate("KehadiranScreen", u"&Cari / pindai:", None))
        self.checkin_search.setPlaceholderText(QCoreApplication.translate("KehadiranScreen", u"Nama, NSPP atau nomor pendaftaran \u2014 atau pindai kartu peserta", None))
        self.show_caption.setText(QCoreApplication.translate("KehadiranScreen", u"Tam&pilkan:", None))
        self.show_combo.setItemText(0, QCoreApplication.translate("KehadiranScreen", u"Semua", None))
        self.show_combo.setItemText(1, QCoreApplication.translate("KehadiranScreen", u"Belum datang", None))
        self.show_combo.setItemText(2, QCoreApplication.translate("KehadiranScreen", u"Hadir", None))
        self.show_combo.setItemText(3, QCoreApplication.translate("KehadiranScreen", u"Tidak hadir", None))

#if QT_CONFIG(accessibility)
        self.hits_view.setAccessibleName(QCoreApplication.translate("KehadiranScreen", u"Pesantren yang cocok", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attendance_view.setAccessibleName(QCoreApplication.translate("KehadiranScreen", u"Daftar kehadiran", None))
#endif // QT_CONFIG(accessibility)
        self.checkin_button.setText(QCoreApplication.translate("KehadiranScreen", u"&Hadir\u2026", None))
        self.absent_button.setText(QCoreApplication.translate("KehadiranScreen", u"&Tidak hadir", None))
        self.correct_button.setText(QCoreApplication.translate("KehadiranScreen", u"K&oreksi\u2026", None))
        pass
    # retranslateUi

