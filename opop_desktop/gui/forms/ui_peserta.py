# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'peserta.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.combos import (CodeCombo, DistrictCombo, RegencyCombo)
from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_PesertaScreen(object):
    def setupUi(self, PesertaScreen):
        if not PesertaScreen.objectName():
            PesertaScreen.setObjectName(u"PesertaScreen")
        self.page_layout = QVBoxLayout(PesertaScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(PesertaScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.search = QLineEdit(PesertaScreen)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.action_row.addWidget(self.search)

        self.import_button = QPushButton(PesertaScreen)
        self.import_button.setObjectName(u"import_button")

        self.action_row.addWidget(self.import_button)

        self.decide_button = QPushButton(PesertaScreen)
        self.decide_button.setObjectName(u"decide_button")

        self.action_row.addWidget(self.decide_button)

        self.action_row.setStretch(0, 1)

        self.page_layout.addLayout(self.action_row)

        self.filter_row = QHBoxLayout()
        self.filter_row.setObjectName(u"filter_row")
        self.regency_combo = RegencyCombo(PesertaScreen)
        self.regency_combo.setObjectName(u"regency_combo")

        self.filter_row.addWidget(self.regency_combo)

        self.district_combo = DistrictCombo(PesertaScreen)
        self.district_combo.setObjectName(u"district_combo")

        self.filter_row.addWidget(self.district_combo)

        self.track_combo = CodeCombo(PesertaScreen)
        self.track_combo.setObjectName(u"track_combo")

        self.filter_row.addWidget(self.track_combo)

        self.field_combo = CodeCombo(PesertaScreen)
        self.field_combo.setObjectName(u"field_combo")

        self.filter_row.addWidget(self.field_combo)

        self.status_combo = CodeCombo(PesertaScreen)
        self.status_combo.setObjectName(u"status_combo")

        self.filter_row.addWidget(self.status_combo)

        self.reset_button = QPushButton(PesertaScreen)
        self.reset_button.setObjectName(u"reset_button")

        self.filter_row.addWidget(self.reset_button)

        self.filter_row.setStretch(0, 1)
        self.filter_row.setStretch(1, 1)
        self.filter_row.setStretch(2, 1)
        self.filter_row.setStretch(3, 1)
        self.filter_row.setStretch(4, 1)

        self.page_layout.addLayout(self.filter_row)

        self.hint = QLabel(PesertaScreen)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.page_layout.addWidget(self.hint)

        self.table = QTableView(PesertaScreen)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(False)

        self.page_layout.addWidget(self.table)

        self.foot_row = QHBoxLayout()
        self.foot_row.setObjectName(u"foot_row")
        self.count_label = QLabel(PesertaScreen)
        self.count_label.setObjectName(u"count_label")

        self.foot_row.addWidget(self.count_label)

        self.status_line = StateLabel(PesertaScreen)
        self.status_line.setObjectName(u"status_line")

        self.foot_row.addWidget(self.status_line)

        self.foot_row.setStretch(1, 1)

        self.page_layout.addLayout(self.foot_row)

        self.page_layout.setStretch(4, 1)
        QWidget.setTabOrder(self.search, self.import_button)
        QWidget.setTabOrder(self.import_button, self.decide_button)
        QWidget.setTabOrder(self.decide_button, self.regency_combo)
        QWidget.setTabOrder(self.regency_combo, self.district_combo)
        QWidget.setTabOrder(self.district_combo, self.track_combo)
        QWidget.setTabOrder(self.track_combo, self.field_combo)
        QWidget.setTabOrder(self.field_combo, self.status_combo)
        QWidget.setTabOrder(self.status_combo, self.reset_button)
        QWidget.setTabOrder(self.reset_button, self.table)

        self.retranslateUi(PesertaScreen)

        QMetaObject.connectSlotsByName(PesertaScreen)
    # setupUi

    def retranslateUi(self, PesertaScreen):
        self.header.setText(QCoreApplication.translate("PesertaScreen", u"Peserta", None))
        self.search.setPlaceholderText(QCoreApplication.translate("PesertaScreen", u"Cari nama, NSPP, no. daftar, produk\u2026 (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Cari pesantren", None))
#endif // QT_CONFIG(accessibility)
        self.import_button.setText(QCoreApplication.translate("PesertaScreen", u"&Impor pendaftar\u2026", None))
#if QT_CONFIG(tooltip)
        self.decide_button.setToolTip(QCoreApplication.translate("PesertaScreen", u"Lolos / tidak lolos seleksi administrasi untuk pesantren terpilih (Ctrl+D)", None))
#endif // QT_CONFIG(tooltip)
        self.decide_button.setText(QCoreApplication.translate("PesertaScreen", u"&Keputusan administrasi\u2026", None))
#if QT_CONFIG(tooltip)
        self.regency_combo.setToolTip(QCoreApplication.translate("PesertaScreen", u"Kabupaten/Kota", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.regency_combo.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Kabupaten/Kota", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.district_combo.setToolTip(QCoreApplication.translate("PesertaScreen", u"Kecamatan", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.district_combo.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Kecamatan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.track_combo.setToolTip(QCoreApplication.translate("PesertaScreen", u"Kategori usaha", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.track_combo.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Kategori usaha", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.field_combo.setToolTip(QCoreApplication.translate("PesertaScreen", u"Bidang usaha", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.field_combo.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Bidang usaha", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.status_combo.setToolTip(QCoreApplication.translate("PesertaScreen", u"Status", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.status_combo.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.reset_button.setText(QCoreApplication.translate("PesertaScreen", u"Hapus filter", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("PesertaScreen", u"Daftar pesantren", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

