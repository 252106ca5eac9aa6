# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QSizePolicy, QWidget, QWizard)

from opop_desktop.gui.import_pages import (FilePage, PreviewPage, ResultPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(960, 600)
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnLastPage|QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = FilePage()
        self.file_page.setObjectName(u"file_page")
        ImportWizard.addPage(self.file_page)
        self.preview_page = PreviewPage()
        self.preview_page.setObjectName(u"preview_page")
        ImportWizard.addPage(self.preview_page)
        self.result_page = ResultPage()
        self.result_page.setObjectName(u"result_page")
        ImportWizard.addPage(self.result_page)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Impor pendaftar", None))
    # retranslateUi

