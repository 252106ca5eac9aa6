# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_pesantren_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_AddPesantrenDialog(object):
    def setupUi(self, AddPesantrenDialog):
        if not AddPesantrenDialog.objectName():
            AddPesantrenDialog.setObjectName(u"AddPesantrenDialog")
        self.dialog_layout = QVBoxLayout(AddPesantrenDialog)
        self.dialog_layout.setObjectName(u"dialog_layout")
        self.search_form = QFormLayout()
        self.search_form.setObjectName(u"search_form")
        self.search_caption = QLabel(AddPesantrenDialog)
        self.search_caption.setObjectName(u"search_caption")

        self.search_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.search_caption)

        self.search = QLineEdit(AddPesantrenDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.search_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.search)


        self.dialog_layout.addLayout(self.search_form)

        self.list = QListWidget(AddPesantrenDialog)
        self.list.setObjectName(u"list")

        self.dialog_layout.addWidget(self.list)

        self.none_label = QLabel(AddPesantrenDialog)
        self.none_label.setObjectName(u"none_label")

        self.dialog_layout.addWidget(self.none_label)

        self.time_form = QFormLayout()
        self.time_form.setObjectName(u"time_form")
        self.time_slot_caption = QLabel(AddPesantrenDialog)
        self.time_slot_caption.setObjectName(u"time_slot_caption")

        self.time_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.time_slot_caption)

        self.time_slot = QLineEdit(AddPesantrenDialog)
        self.time_slot.setObjectName(u"time_slot")
        self.time_slot.setMaxLength(20)

        self.time_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.time_slot)


        self.dialog_layout.addLayout(self.time_form)

        self.buttons = QDialogButtonBox(AddPesantrenDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialog_layout.addWidget(self.buttons)

        self.dialog_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.search_caption.setBuddy(self.search)
        self.time_slot_caption.setBuddy(self.time_slot)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AddPesantrenDialog)

        QMetaObject.connectSlotsByName(AddPesantrenDialog)
    # setupUi

    def retranslateUi(self, AddPesantrenDialog):
        AddPesantrenDialog.setWindowTitle(QCoreApplication.translate("AddPesantrenDialog", u"Tambah pesantren ke urutan tampil", None))
        self.search_caption.setText(QCoreApplication.translate("AddPesantrenDialog", u"&Cari:", None))
        self.search.setPlaceholderText(QCoreApplication.translate("AddPesantrenDialog", u"Nama, NSPP atau nomor pendaftaran", None))
        self.none_label.setText(QCoreApplication.translate("AddPesantrenDialog", u"Tidak ada pesantren kab/kota lokasi ini yang dapat diundang: semua sudah ada di sebuah panel, atau belum ada yang lolos tahap sebelumnya (hasil disahkan provinsi).", None))
        self.time_slot_caption.setText(QCoreApplication.translate("AddPesantrenDialog", u"&Jam tampil:", None))
        self.time_slot.setPlaceholderText(QCoreApplication.translate("AddPesantrenDialog", u"mis. 09:30", None))
    # retranslateUi

