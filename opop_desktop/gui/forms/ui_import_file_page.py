# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QHBoxLayout, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget, QWizardPage)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_FilePage(object):
    def setupUi(self, FilePage):
        if not FilePage.objectName():
            FilePage.setObjectName(u"FilePage")
        self.page_layout = QVBoxLayout(FilePage)
        self.page_layout.setObjectName(u"page_layout")
        self.path_row = QHBoxLayout()
        self.path_row.setObjectName(u"path_row")
        self.path_edit = QLineEdit(FilePage)
        self.path_edit.setObjectName(u"path_edit")

        self.path_row.addWidget(self.path_edit)

        self.browse_button = QPushButton(FilePage)
        self.browse_button.setObjectName(u"browse_button")

        self.path_row.addWidget(self.browse_button)

        self.path_row.setStretch(0, 1)

        self.page_layout.addLayout(self.path_row)

        self.problem = StateLabel(FilePage)
        self.problem.setObjectName(u"problem")

        self.page_layout.addWidget(self.problem)

        self.strict_box = QCheckBox(FilePage)
        self.strict_box.setObjectName(u"strict_box")

        self.page_layout.addWidget(self.strict_box)

        self.page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)


        self.retranslateUi(FilePage)

        QMetaObject.connectSlotsByName(FilePage)
    # setupUi

    def retranslateUi(self, FilePage):
        FilePage.setTitle(QCoreApplication.translate("FilePage", u"Pilih berkas pendaftar", None))
        FilePage.setSubTitle(QCoreApplication.translate("FilePage", u"Berkas Excel (.xlsx) dari kantor kab/kota. Semua lembar dibaca; baris judul dan variasi nama kolom dikenali otomatis.", None))
        self.path_edit.setPlaceholderText(QCoreApplication.translate("FilePage", u"Lokasi berkas .xlsx", None))
        self.browse_button.setText(QCoreApplication.translate("FilePage", u"&Pilih berkas\u2026", None))
        self.strict_box.setText(QCoreApplication.translate("FilePage", u"Mode ketat: jangan simpan apa pun bila ada baris yang ditolak", None))
    # retranslateUi

