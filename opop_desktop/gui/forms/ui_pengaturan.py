# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'pengaturan.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader

class Ui_PengaturanScreen(object):
    def setupUi(self, PengaturanScreen):
        if not PengaturanScreen.objectName():
            PengaturanScreen.setObjectName(u"PengaturanScreen")
        self.page_layout = QVBoxLayout(PengaturanScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(PengaturanScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.general_box = QGroupBox(PengaturanScreen)
        self.general_box.setObjectName(u"general_box")
        self.general_form = QFormLayout(self.general_box)
        self.general_form.setObjectName(u"general_form")
        self.language_caption = QLabel(self.general_box)
        self.language_caption.setObjectName(u"language_caption")

        self.general_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_caption)

        self.language = QComboBox(self.general_box)
        self.language.setObjectName(u"language")

        self.general_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language)

        self.paper_caption = QLabel(self.general_box)
        self.paper_caption.setObjectName(u"paper_caption")

        self.general_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paper_caption)

        self.paper = QComboBox(self.general_box)
        self.paper.setObjectName(u"paper")

        self.general_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paper)


        self.page_layout.addWidget(self.general_box)

        self.data_box = QGroupBox(PengaturanScreen)
        self.data_box.setObjectName(u"data_box")
        self.data_form = QFormLayout(self.data_box)
        self.data_form.setObjectName(u"data_form")
        self.db_caption = QLabel(self.data_box)
        self.db_caption.setObjectName(u"db_caption")

        self.data_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.db_caption)

        self.db_label = QLabel(self.data_box)
        self.db_label.setObjectName(u"db_label")
        self.db_label.setWordWrap(True)
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.data_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.db_label)

        self.backups_caption = QLabel(self.data_box)
        self.backups_caption.setObjectName(u"backups_caption")

        self.data_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backups_caption)

        self.backups_label = QLabel(self.data_box)
        self.backups_label.setObjectName(u"backups_label")
        self.backups_label.setWordWrap(True)
        self.backups_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.data_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.backups_label)

        self.keep_caption = QLabel(self.data_box)
        self.keep_caption.setObjectName(u"keep_caption")

        self.data_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.keep_caption)

        self.keep = QSpinBox(self.data_box)
        self.keep.setObjectName(u"keep")
        self.keep.setMinimum(1)
        self.keep.setMaximum(500)

        self.data_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.keep)

        self.data_buttons = QHBoxLayout()
        self.data_buttons.setObjectName(u"data_buttons")
        self.open_folder = QPushButton(self.data_box)
        self.open_folder.setObjectName(u"open_folder")

        self.data_buttons.addWidget(self.open_folder)

        self.backup_now = QPushButton(self.data_box)
        self.backup_now.setObjectName(u"backup_now")

        self.data_buttons.addWidget(self.backup_now)

        self.data_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.data_buttons.addItem(self.data_buttons_spacer)


        self.data_form.setLayout(3, QFormLayout.ItemRole.SpanningRole, self.data_buttons)


        self.page_layout.addWidget(self.data_box)

        self.install_label = QLabel(PengaturanScreen)
        self.install_label.setObjectName(u"install_label")
        self.install_label.setWordWrap(True)

        self.page_layout.addWidget(self.install_label)

        self.page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)

#if QT_CONFIG(shortcut)
        self.language_caption.setBuddy(self.language)
        self.paper_caption.setBuddy(self.paper)
        self.keep_caption.setBuddy(self.keep)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PengaturanScreen)

        QMetaObject.connectSlotsByName(PengaturanScreen)
    # setupUi

    def retranslateUi(self, PengaturanScreen):
        self.header.setText(QCoreApplication.translate("PengaturanScreen", u"Pengaturan", None))
        self.general_box.setTitle(QCoreApplication.translate("PengaturanScreen", u"Umum", None))
        self.language_caption.setText(QCoreApplication.translate("PengaturanScreen", u"&Bahasa:", None))
        self.paper_caption.setText(QCoreApplication.translate("PengaturanScreen", u"&Ukuran kertas bawaan:", None))
        self.data_box.setTitle(QCoreApplication.translate("PengaturanScreen", u"Data dan cadangan", None))
        self.db_caption.setText(QCoreApplication.translate("PengaturanScreen", u"Basis data:", None))
        self.backups_caption.setText(QCoreApplication.translate("PengaturanScreen", u"Folder cadangan:", None))
        self.keep_caption.setText(QCoreApplication.translate("PengaturanScreen", u"&Jumlah cadangan disimpan:", None))
        self.open_folder.setText(QCoreApplication.translate("PengaturanScreen", u"&Buka folder data", None))
        self.backup_now.setText(QCoreApplication.translate("PengaturanScreen", u"Buat &cadangan sekarang", None))
        pass
    # retranslateUi

