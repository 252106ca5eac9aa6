# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'venue_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QSizePolicy, QWidget)

class Ui_VenueDialog(object):
    def setupUi(self, VenueDialog):
        if not VenueDialog.objectName():
            VenueDialog.setObjectName(u"VenueDialog")
        self.dialog_form = QFormLayout(VenueDialog)
        self.dialog_form.setObjectName(u"dialog_form")
        self.name_caption = QLabel(VenueDialog)
        self.name_caption.setObjectName(u"name_caption")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_caption)

        self.name = QLineEdit(VenueDialog)
        self.name.setObjectName(u"name")

        self.dialog_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.address_caption = QLabel(VenueDialog)
        self.address_caption.setObjectName(u"address_caption")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_caption)

        self.address = QLineEdit(VenueDialog)
        self.address.setObjectName(u"address")

        self.dialog_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address)

        self.event_date_caption = QLabel(VenueDialog)
        self.event_date_caption.setObjectName(u"event_date_caption")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.event_date_caption)

        self.event_date = QDateEdit(VenueDialog)
        self.event_date.setObjectName(u"event_date")
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat(u"dd-MM-yyyy")

        self.dialog_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.event_date)

        self.regencies_caption = QLabel(VenueDialog)
        self.regencies_caption.setObjectName(u"regencies_caption")

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.regencies_caption)

        self.regencies = QListWidget(VenueDialog)
        self.regencies.setObjectName(u"regencies")
        self.regencies.setMinimumSize(QSize(0, 160))

        self.dialog_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.regencies)

        self.buttons = QDialogButtonBox(VenueDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.name_caption.setBuddy(self.name)
        self.address_caption.setBuddy(self.address)
        self.event_date_caption.setBuddy(self.event_date)
        self.regencies_caption.setBuddy(self.regencies)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VenueDialog)

        QMetaObject.connectSlotsByName(VenueDialog)
    # setupUi

    def retranslateUi(self, VenueDialog):
        VenueDialog.setWindowTitle(QCoreApplication.translate("VenueDialog", u"Lokasi audisi baru", None))
        self.name_caption.setText(QCoreApplication.translate("VenueDialog", u"&Nama lokasi:", None))
        self.address_caption.setText(QCoreApplication.translate("VenueDialog", u"&Alamat:", None))
        self.event_date_caption.setText(QCoreApplication.translate("VenueDialog", u"&Tanggal:", None))
        self.regencies_caption.setText(QCoreApplication.translate("VenueDialog", u"&Kab/kota dilayani:", None))
    # retranslateUi

