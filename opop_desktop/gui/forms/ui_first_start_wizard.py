# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_wizard.ui'
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

from opop_desktop.gui.first_start_pages import (AdminPage, RolePage)

class Ui_FirstStartWizard(object):
    def setupUi(self, FirstStartWizard):
        if not FirstStartWizard.objectName():
            FirstStartWizard.setObjectName(u"FirstStartWizard")
        FirstStartWizard.resize(640, 480)
        FirstStartWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = RolePage()
        self.role_page.setObjectName(u"role_page")
        FirstStartWizard.addPage(self.role_page)
        self.admin_page = AdminPage()
        self.admin_page.setObjectName(u"admin_page")
        FirstStartWizard.addPage(self.admin_page)

        self.retranslateUi(FirstStartWizard)

        QMetaObject.connectSlotsByName(FirstStartWizard)
    # setupUi

    def retranslateUi(self, FirstStartWizard):
        FirstStartWizard.setWindowTitle(QCoreApplication.translate("FirstStartWizard", u"OPOP Desktop \u2014 mulai pertama", None))
    # retranslateUi

