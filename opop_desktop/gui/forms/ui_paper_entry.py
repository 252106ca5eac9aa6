# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'paper_entry.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_PaperEntryWidget(object):
    def setupUi(self, PaperEntryWidget):
        if not PaperEntryWidget.objectName():
            PaperEntryWidget.setObjectName(u"PaperEntryWidget")
        self.page_layout = QVBoxLayout(PaperEntryWidget)
        self.page_layout.setObjectName(u"page_layout")
        self.body_layout = QHBoxLayout()
        self.body_layout.setObjectName(u"body_layout")
        self.left_layout = QVBoxLayout()
        self.left_layout.setObjectName(u"left_layout")
        self.pick_form = QFormLayout()
        self.pick_form.setObjectName(u"pick_form")
        self.scan_caption = QLabel(PaperEntryWidget)
        self.scan_caption.setObjectName(u"scan_caption")

        self.pick_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.scan_caption)

        self.scan = QLineEdit(PaperEntryWidget)
        self.scan.setObjectName(u"scan")

        self.pick_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.scan)

        self.panel_caption = QLabel(PaperEntryWidget)
        self.panel_caption.setObjectName(u"panel_caption")

        self.pick_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.panel_caption)

        self.panel_combo = QComboBox(PaperEntryWidget)
        self.panel_combo.setObjectName(u"panel_combo")

        self.pick_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.panel_combo)

        self.juror_caption = QLabel(PaperEntryWidget)
        self.juror_caption.setObjectName(u"juror_caption")

        self.pick_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.juror_caption)

        self.juror_combo = QComboBox(PaperEntryWidget)
        self.juror_combo.setObjectName(u"juror_combo")

        self.pick_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.juror_combo)

        self.pesantren_caption = QLabel(PaperEntryWidget)
        self.pesantren_caption.setObjectName(u"pesantren_caption")

        self.pick_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.pesantren_caption)

        self.pesantren_combo = QComboBox(PaperEntryWidget)
        self.pesantren_combo.setObjectName(u"pesantren_combo")

        self.pick_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pesantren_combo)


        self.left_layout.addLayout(self.pick_form)

        self.state_label = QLabel(PaperEntryWidget)
        self.state_label.setObjectName(u"state_label")
        self.state_label.setWordWrap(True)

        self.left_layout.addWidget(self.state_label)

        self.entry_box = QGroupBox(PaperEntryWidget)
        self.entry_box.setObjectName(u"entry_box")
        self.entry_form = QFormLayout(self.entry_box)
        self.entry_form.setObjectName(u"entry_form")

        self.left_layout.addWidget(self.entry_box)

        self.save_button = QPushButton(PaperEntryWidget)
        self.save_button.setObjectName(u"save_button")
        self.save_button.setEnabled(False)

        self.left_layout.addWidget(self.save_button)

        self.left_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left_layout.addItem(self.left_spacer)


        self.body_layout.addLayout(self.left_layout)

        self.diff_box = QGroupBox(PaperEntryWidget)
        self.diff_box.setObjectName(u"diff_box")
        self.diff_layout = QVBoxLayout(self.diff_box)
        self.diff_layout.setObjectName(u"diff_layout")
        self.diff_view = QTableView(self.diff_box)
        self.diff_view.setObjectName(u"diff_view")

        self.diff_layout.addWidget(self.diff_view)

        self.diff_form = QFormLayout()
        self.diff_form.setObjectName(u"diff_form")

        self.diff_layout.addLayout(self.diff_form)

        self.reason_form = QFormLayout()
        self.reason_form.setObjectName(u"reason_form")
        self.reason_caption = QLabel(self.diff_box)
        self.reason_caption.setObjectName(u"reason_caption")

        self.reason_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(self.diff_box)
        self.reason.setObjectName(u"reason")

        self.reason_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)


        self.diff_layout.addLayout(self.reason_form)

        self.resolve_button = QPushButton(self.diff_box)
        self.resolve_button.setObjectName(u"resolve_button")

        self.diff_layout.addWidget(self.resolve_button)


        self.body_layout.addWidget(self.diff_box)

        self.body_layout.setStretch(0, 1)
        self.body_layout.setStretch(1, 1)

        self.page_layout.addLayout(self.body_layout)

        self.message = StateLabel(PaperEntryWidget)
        self.message.setObjectName(u"message")

        self.page_layout.addWidget(self.message)

        self.page_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.scan_caption.setBuddy(self.scan)
        self.panel_caption.setBuddy(self.panel_combo)
        self.juror_caption.setBuddy(self.juror_combo)
        self.pesantren_caption.setBuddy(self.pesantren_combo)
        self.reason_caption.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaperEntryWidget)

        QMetaObject.connectSlotsByName(PaperEntryWidget)
    # setupUi

    def retranslateUi(self, PaperEntryWidget):
        self.scan_caption.setText(QCoreApplication.translate("PaperEntryWidget", u"&Pindai QR:", None))
        self.scan.setPlaceholderText(QCoreApplication.translate("PaperEntryWidget", u"Pindai kode QR lembar penilaian lalu Enter", None))
        self.panel_caption.setText(QCoreApplication.translate("PaperEntryWidget", u"Pa&nel:", None))
        self.juror_caption.setText(QCoreApplication.translate("PaperEntryWidget", u"&Juri:", None))
        self.pesantren_caption.setText(QCoreApplication.translate("PaperEntryWidget", u"Pe&santren:", None))
        self.entry_box.setTitle(QCoreApplication.translate("PaperEntryWidget", u"Nilai pada lembar kertas", None))
        self.save_button.setText(QCoreApplication.translate("PaperEntryWidget", u"&Simpan entri", None))
        self.diff_box.setTitle(QCoreApplication.translate("PaperEntryWidget", u"Selisih kedua entri", None))
        self.reason_caption.setText(QCoreApplication.translate("PaperEntryWidget", u"&Alasan:", None))
        self.resolve_button.setText(QCoreApplication.translate("PaperEntryWidget", u"Sele&saikan selisih", None))
        pass
    # retranslateUi

