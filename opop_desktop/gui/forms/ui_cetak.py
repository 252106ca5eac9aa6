# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cetak.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_CetakScreen(object):
    def setupUi(self, CetakScreen):
        if not CetakScreen.objectName():
            CetakScreen.setObjectName(u"CetakScreen")
        self.page_layout = QVBoxLayout(CetakScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(CetakScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.controls = QWidget(CetakScreen)
        self.controls.setObjectName(u"controls")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.controls.sizePolicy().hasHeightForWidth())
        self.controls.setSizePolicy(sizePolicy)
        self.controls_layout = QVBoxLayout(self.controls)
        self.controls_layout.setObjectName(u"controls_layout")
        self.controls_layout.setContentsMargins(0, 0, 0, 0)
        self.document_box = QGroupBox(self.controls)
        self.document_box.setObjectName(u"document_box")
        self.document_form = QFormLayout(self.document_box)
        self.document_form.setObjectName(u"document_form")
        self.document_caption = QLabel(self.document_box)
        self.document_caption.setObjectName(u"document_caption")

        self.document_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.document_caption)

        self.document = QComboBox(self.document_box)
        self.document.setObjectName(u"document")
        self.document.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document.setMinimumContentsLength(24)

        self.document_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document)

        self.stage_caption = QLabel(self.document_box)
        self.stage_caption.setObjectName(u"stage_caption")

        self.document_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stage_caption)

        self.stage = QComboBox(self.document_box)
        self.stage.setObjectName(u"stage")

        self.document_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.stage)

        self.scope_kind_caption = QLabel(self.document_box)
        self.scope_kind_caption.setObjectName(u"scope_kind_caption")

        self.document_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scope_kind_caption)

        self.scope_kind = QComboBox(self.document_box)
        self.scope_kind.addItem("")
        self.scope_kind.addItem("")
        self.scope_kind.addItem("")
        self.scope_kind.addItem("")
        self.scope_kind.setObjectName(u"scope_kind")

        self.document_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scope_kind)

        self.scope_item_caption = QLabel(self.document_box)
        self.scope_item_caption.setObjectName(u"scope_item_caption")

        self.document_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scope_item_caption)

        self.scope_item = QComboBox(self.document_box)
        self.scope_item.setObjectName(u"scope_item")
        self.scope_item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_item.setMinimumContentsLength(24)

        self.document_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scope_item)

        self.paper_caption = QLabel(self.document_box)
        self.paper_caption.setObjectName(u"paper_caption")

        self.document_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.paper_caption)

        self.paper = QComboBox(self.document_box)
        self.paper.addItem("")
        self.paper.addItem("")
        self.paper.setObjectName(u"paper")

        self.document_form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.paper)

        self.blank = QCheckBox(self.document_box)
        self.blank.setObjectName(u"blank")

        self.document_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.blank)


        self.controls_layout.addWidget(self.document_box)

        self.generate_button = QPushButton(self.controls)
        self.generate_button.setObjectName(u"generate_button")

        self.controls_layout.addWidget(self.generate_button)

        self.status = StateLabel(self.controls)
        self.status.setObjectName(u"status")

        self.controls_layout.addWidget(self.status)

        self.output_buttons = QHBoxLayout()
        self.output_buttons.setObjectName(u"output_buttons")
        self.print_button = QPushButton(self.controls)
        self.print_button.setObjectName(u"print_button")
        self.print_button.setEnabled(False)

        self.output_buttons.addWidget(self.print_button)

        self.open_button = QPushButton(self.controls)
        self.open_button.setObjectName(u"open_button")
        self.open_button.setEnabled(False)

        self.output_buttons.addWidget(self.open_button)

        self.save_button = QPushButton(self.controls)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setEnabled(False)

        self.output_buttons.addWidget(self.save_button)


        self.controls_layout.addLayout(self.output_buttons)

        self.controls_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.controls_layout.addItem(self.controls_spacer)


        self.body_layout.addWidget(self.controls)

        self.preview_area = QWidget(CetakScreen)
        self.preview_area.setObjectName(u"preview_area")
        self.preview_layout = QVBoxLayout(self.preview_area)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)

        self.body_layout.addWidget(self.preview_area)

        self.body_layout.setStretch(1, 1)

        self.page_layout.addLayout(self.body_layout)

        self.page_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.document_caption.setBuddy(self.document)
        self.stage_caption.setBuddy(self.stage)
        self.scope_kind_caption.setBuddy(self.scope_kind)
        self.scope_item_caption.setBuddy(self.scope_item)
        self.paper_caption.setBuddy(self.paper)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CetakScreen)

        self.generate_button.setDefault(True)


        QMetaObject.connectSlotsByName(CetakScreen)
    # setupUi

    def retranslateUi(self, CetakScreen):
        self.header.setText(QCoreApplication.translate("CetakScreen", u"Cetak", None))
        self.document_box.setTitle(QCoreApplication.translate("CetakScreen", u"Dokumen", None))
        self.document_caption.setText(QCoreApplication.translate("CetakScreen", u"&Dokumen:", None))
        self.stage_caption.setText(QCoreApplication.translate("CetakScreen", u"&Tahap:", None))
        self.scope_kind_caption.setText(QCoreApplication.translate("CetakScreen", u"&Cakupan:", None))
        self.scope_kind.setItemText(0, QCoreApplication.translate("CetakScreen", u"Panel", None))
        self.scope_kind.setItemText(1, QCoreApplication.translate("CetakScreen", u"Lokasi", None))
        self.scope_kind.setItemText(2, QCoreApplication.translate("CetakScreen", u"Kabupaten/Kota", None))
        self.scope_kind.setItemText(3, QCoreApplication.translate("CetakScreen", u"Provinsi", None))

        self.scope_item_caption.setText(QCoreApplication.translate("CetakScreen", u"&Pilihan:", None))
        self.paper_caption.setText(QCoreApplication.translate("CetakScreen", u"&Kertas:", None))
        self.paper.setItemText(0, QCoreApplication.translate("CetakScreen", u"A4 (210 \u00d7 297 mm)", None))
        self.paper.setItemText(1, QCoreApplication.translate("CetakScreen", u"F4 / Folio (215 \u00d7 330 mm)", None))

        self.blank.setText(QCoreApplication.translate("CetakScreen", u"K&osong (tanpa nilai dan nama yang sudah tercatat)", None))
        self.generate_button.setText(QCoreApplication.translate("CetakScreen", u"&Buat PDF", None))
        self.print_button.setText(QCoreApplication.translate("CetakScreen", u"C&etak\u2026", None))
        self.open_button.setText(QCoreApplication.translate("CetakScreen", u"B&uka PDF", None))
        self.save_button.setText(QCoreApplication.translate("CetakScreen", u"&Simpan sebagai\u2026", None))
        pass
    # retranslateUi

