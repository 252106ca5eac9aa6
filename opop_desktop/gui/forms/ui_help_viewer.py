# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'help_viewer.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.guide_browser import GuideBrowser

class Ui_HelpViewer(object):
    def setupUi(self, HelpViewer):
        if not HelpViewer.objectName():
            HelpViewer.setObjectName(u"HelpViewer")
        self.dialog_layout = QVBoxLayout(HelpViewer)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.guides = QListWidget(HelpViewer)
        self.guides.setObjectName(u"guides")
        self.guides.setMinimumSize(QSize(210, 0))
        self.guides.setMaximumSize(QSize(210, 16777215))

        self.body.addWidget(self.guides)

        self.browser = GuideBrowser(HelpViewer)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)

        self.body.addWidget(self.browser)

        self.body.setStretch(1, 1)

        self.dialog_layout.addLayout(self.body)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.back_button = QPushButton(HelpViewer)
        self.back_button.setObjectName(u"back_button")
        self.back_button.setEnabled(False)

        self.buttons_row.addWidget(self.back_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)

        self.close_button = QPushButton(HelpViewer)
        self.close_button.setObjectName(u"close_button")

        self.buttons_row.addWidget(self.close_button)


        self.dialog_layout.addLayout(self.buttons_row)

        self.dialog_layout.setStretch(0, 1)
        QWidget.setTabOrder(self.guides, self.browser)
        QWidget.setTabOrder(self.browser, self.back_button)
        QWidget.setTabOrder(self.back_button, self.close_button)

        self.retranslateUi(HelpViewer)

        QMetaObject.connectSlotsByName(HelpViewer)
    # setupUi

    def retranslateUi(self, HelpViewer):
        HelpViewer.setWindowTitle(QCoreApplication.translate("HelpViewer", u"Bantuan \u2014 {0}", None))
        self.back_button.setText(QCoreApplication.translate("HelpViewer", u"< &Kembali", None))
        self.close_button.setText(QCoreApplication.translate("HelpViewer", u"&Tutup", None))
    # retranslateUi

