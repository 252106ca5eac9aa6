# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
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
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableView, QVBoxLayout, QWidget,
    QWizardPage)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_PreviewPage(object):
    def setupUi(self, PreviewPage):
        if not PreviewPage.objectName():
            PreviewPage.setObjectName(u"PreviewPage")
        self.page_layout = QVBoxLayout(PreviewPage)
        self.page_layout.setObjectName(u"page_layout")
        self.summary = QLabel(PreviewPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.page_layout.addWidget(self.summary)

        self.tabs = QTabWidget(PreviewPage)
        self.tabs.setObjectName(u"tabs")
        self.accepted_page = QWidget()
        self.accepted_page.setObjectName(u"accepted_page")
        self.accepted_page_layout = QVBoxLayout(self.accepted_page)
        self.accepted_page_layout.setObjectName(u"accepted_page_layout")
        self.accepted_page_layout.setContentsMargins(0, 0, 0, 0)
        self.accepted_view = QTableView(self.accepted_page)
        self.accepted_view.setObjectName(u"accepted_view")

        self.accepted_page_layout.addWidget(self.accepted_view)

        self.tabs.addTab(self.accepted_page, "")
        self.tabs.setTabText(self.tabs.indexOf(self.accepted_page), u"")
        self.rejected_page = QWidget()
        self.rejected_page.setObjectName(u"rejected_page")
        self.rejected_page_layout = QVBoxLayout(self.rejected_page)
        self.rejected_page_layout.setObjectName(u"rejected_page_layout")
        self.rejected_page_layout.setContentsMargins(0, 0, 0, 0)
        self.rejected_view = QTableView(self.rejected_page)
        self.rejected_view.setObjectName(u"rejected_view")
        self.rejected_view.setWordWrap(True)

        self.rejected_page_layout.addWidget(self.rejected_view)

        self.tabs.addTab(self.rejected_page, "")
        self.tabs.setTabText(self.tabs.indexOf(self.rejected_page), u"")
        self.warnings_page = QWidget()
        self.warnings_page.setObjectName(u"warnings_page")
        self.warnings_page_layout = QVBoxLayout(self.warnings_page)
        self.warnings_page_layout.setObjectName(u"warnings_page_layout")
        self.warnings_page_layout.setContentsMargins(0, 0, 0, 0)
        self.warnings_view = QPlainTextEdit(self.warnings_page)
        self.warnings_view.setObjectName(u"warnings_view")
        self.warnings_view.setReadOnly(True)

        self.warnings_page_layout.addWidget(self.warnings_view)

        self.tabs.addTab(self.warnings_page, "")
        self.tabs.setTabText(self.tabs.indexOf(self.warnings_page), u"")

        self.page_layout.addWidget(self.tabs)

        self.status = StateLabel(PreviewPage)
        self.status.setObjectName(u"status")

        self.page_layout.addWidget(self.status)

        self.errors_row = QHBoxLayout()
        self.errors_row.setObjectName(u"errors_row")
        self.errors_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.errors_row.addItem(self.errors_spacer)

        self.save_errors_button = QPushButton(PreviewPage)
        self.save_errors_button.setObjectName(u"save_errors_button")
        self.save_errors_button.setEnabled(False)

        self.errors_row.addWidget(self.save_errors_button)


        self.page_layout.addLayout(self.errors_row)

        self.page_layout.setStretch(1, 1)

        self.retranslateUi(PreviewPage)

        QMetaObject.connectSlotsByName(PreviewPage)
    # setupUi

    def retranslateUi(self, PreviewPage):
        PreviewPage.setTitle(QCoreApplication.translate("PreviewPage", u"Pratinjau", None))
        PreviewPage.setSubTitle(QCoreApplication.translate("PreviewPage", u"Belum ada yang disimpan. Periksa baris yang diterima dan ditolak, lalu tekan Impor.", None))
        self.save_errors_button.setText(QCoreApplication.translate("PreviewPage", u"&Simpan daftar kesalahan\u2026", None))
    # retranslateUi

