# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sinkronisasi.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_SinkronisasiScreen(object):
    def setupUi(self, SinkronisasiScreen):
        if not SinkronisasiScreen.objectName():
            SinkronisasiScreen.setObjectName(u"SinkronisasiScreen")
        self.page_layout = QVBoxLayout(SinkronisasiScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(SinkronisasiScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.tabs = QTabWidget(SinkronisasiScreen)
        self.tabs.setObjectName(u"tabs")
        self.export_page = QWidget()
        self.export_page.setObjectName(u"export_page")
        self.export_form = QFormLayout(self.export_page)
        self.export_form.setObjectName(u"export_form")
        self.export_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.recipient_caption = QLabel(self.export_page)
        self.recipient_caption.setObjectName(u"recipient_caption")

        self.export_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recipient_caption)

        self.recipient = QComboBox(self.export_page)
        self.recipient.setObjectName(u"recipient")

        self.export_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recipient)

        self.full = QCheckBox(self.export_page)
        self.full.setObjectName(u"full")

        self.export_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full)

        self.seal = QCheckBox(self.export_page)
        self.seal.setObjectName(u"seal")

        self.export_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.seal)

        self.export_button = QPushButton(self.export_page)
        self.export_button.setObjectName(u"export_button")

        self.export_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.export_button)

        self.export_status = StateLabel(self.export_page)
        self.export_status.setObjectName(u"export_status")

        self.export_form.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.export_status)

        self.tabs.addTab(self.export_page, "")
        self.import_page = QWidget()
        self.import_page.setObjectName(u"import_page")
        self.import_layout = QVBoxLayout(self.import_page)
        self.import_layout.setObjectName(u"import_layout")
        self.import_buttons = QHBoxLayout()
        self.import_buttons.setObjectName(u"import_buttons")
        self.choose_button = QPushButton(self.import_page)
        self.choose_button.setObjectName(u"choose_button")

        self.import_buttons.addWidget(self.choose_button)

        self.merge_button = QPushButton(self.import_page)
        self.merge_button.setObjectName(u"merge_button")
        self.merge_button.setEnabled(False)

        self.import_buttons.addWidget(self.merge_button)

        self.import_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.import_buttons.addItem(self.import_spacer)


        self.import_layout.addLayout(self.import_buttons)

        self.preview_view = QTableView(self.import_page)
        self.preview_view.setObjectName(u"preview_view")

        self.import_layout.addWidget(self.preview_view)

        self.import_status = StateLabel(self.import_page)
        self.import_status.setObjectName(u"import_status")

        self.import_layout.addWidget(self.import_status)

        self.import_layout.setStretch(1, 1)
        self.tabs.addTab(self.import_page, "")
        self.quarantine_page = QWidget()
        self.quarantine_page.setObjectName(u"quarantine_page")
        self.quarantine_layout = QVBoxLayout(self.quarantine_page)
        self.quarantine_layout.setObjectName(u"quarantine_layout")
        self.quarantine_view = QTableView(self.quarantine_page)
        self.quarantine_view.setObjectName(u"quarantine_view")

        self.quarantine_layout.addWidget(self.quarantine_view)

        self.trust_button = QPushButton(self.quarantine_page)
        self.trust_button.setObjectName(u"trust_button")

        self.quarantine_layout.addWidget(self.trust_button)

        self.quarantine_layout.setStretch(0, 1)
        self.tabs.addTab(self.quarantine_page, "")
        self.conflicts_page = QWidget()
        self.conflicts_page.setObjectName(u"conflicts_page")
        self.conflicts_layout = QVBoxLayout(self.conflicts_page)
        self.conflicts_layout.setObjectName(u"conflicts_layout")
        self.conflict_view = QTableView(self.conflicts_page)
        self.conflict_view.setObjectName(u"conflict_view")

        self.conflicts_layout.addWidget(self.conflict_view)

        self.resolution_form = QFormLayout()
        self.resolution_form.setObjectName(u"resolution_form")
        self.reason_caption = QLabel(self.conflicts_page)
        self.reason_caption.setObjectName(u"reason_caption")

        self.resolution_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason = QLineEdit(self.conflicts_page)
        self.reason.setObjectName(u"reason")

        self.resolution_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason)

        self.new_value_caption = QLabel(self.conflicts_page)
        self.new_value_caption.setObjectName(u"new_value_caption")

        self.resolution_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_value_caption)

        self.new_value = QLineEdit(self.conflicts_page)
        self.new_value.setObjectName(u"new_value")

        self.resolution_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_value)


        self.conflicts_layout.addLayout(self.resolution_form)

        self.conflict_buttons = QHBoxLayout()
        self.conflict_buttons.setObjectName(u"conflict_buttons")
        self.pick_button = QPushButton(self.conflicts_page)
        self.pick_button.setObjectName(u"pick_button")

        self.conflict_buttons.addWidget(self.pick_button)

        self.value_button = QPushButton(self.conflicts_page)
        self.value_button.setObjectName(u"value_button")

        self.conflict_buttons.addWidget(self.value_button)

        self.conflict_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conflict_buttons.addItem(self.conflict_spacer)


        self.conflicts_layout.addLayout(self.conflict_buttons)

        self.conflicts_layout.setStretch(0, 1)
        self.tabs.addTab(self.conflicts_page, "")
        self.gaps_page = QWidget()
        self.gaps_page.setObjectName(u"gaps_page")
        self.gaps_layout = QVBoxLayout(self.gaps_page)
        self.gaps_layout.setObjectName(u"gaps_layout")
        self.gaps_caption = QLabel(self.gaps_page)
        self.gaps_caption.setObjectName(u"gaps_caption")

        self.gaps_layout.addWidget(self.gaps_caption)

        self.gaps_view = QTableView(self.gaps_page)
        self.gaps_view.setObjectName(u"gaps_view")

        self.gaps_layout.addWidget(self.gaps_view)

        self.gaps_layout.setStretch(1, 1)
        self.tabs.addTab(self.gaps_page, "")
        self.backups_page = QWidget()
        self.backups_page.setObjectName(u"backups_page")
        self.backups_layout = QVBoxLayout(self.backups_page)
        self.backups_layout.setObjectName(u"backups_layout")
        self.backup_view = QTableView(self.backups_page)
        self.backup_view.setObjectName(u"backup_view")

        self.backups_layout.addWidget(self.backup_view)

        self.backup_buttons = QHBoxLayout()
        self.backup_buttons.setObjectName(u"backup_buttons")
        self.backup_button = QPushButton(self.backups_page)
        self.backup_button.setObjectName(u"backup_button")

        self.backup_buttons.addWidget(self.backup_button)

        self.restore_button = QPushButton(self.backups_page)
        self.restore_button.setObjectName(u"restore_button")

        self.backup_buttons.addWidget(self.restore_button)

        self.backup_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backup_buttons.addItem(self.backup_spacer)


        self.backups_layout.addLayout(self.backup_buttons)

        self.backups_layout.setStretch(0, 1)
        self.tabs.addTab(self.backups_page, "")

        self.page_layout.addWidget(self.tabs)

        self.page_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.recipient_caption.setBuddy(self.recipient)
        self.reason_caption.setBuddy(self.reason)
        self.new_value_caption.setBuddy(self.new_value)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SinkronisasiScreen)

        QMetaObject.connectSlotsByName(SinkronisasiScreen)
    # setupUi

    def retranslateUi(self, SinkronisasiScreen):
        self.header.setText(QCoreApplication.translate("SinkronisasiScreen", u"Sinkronisasi", None))
        self.recipient_caption.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Penerima:", None))
        self.full.setText(QCoreApplication.translate("SinkronisasiScreen", u"Kirim semua rekaman (bukan hanya yang baru)", None))
        self.seal.setText(QCoreApplication.translate("SinkronisasiScreen", u"Segel (enkripsi) untuk provinsi", None))
        self.export_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Ekspor bundel\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.export_page), QCoreApplication.translate("SinkronisasiScreen", u"Ekspor", None))
        self.choose_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Pilih bundel\u2026", None))
        self.merge_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Gabungkan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.import_page), QCoreApplication.translate("SinkronisasiScreen", u"Impor", None))
        self.trust_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Percayai perangkat", None))
        self.tabs.setTabText(self.tabs.indexOf(self.quarantine_page), QCoreApplication.translate("SinkronisasiScreen", u"Karantina", None))
        self.reason_caption.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Alasan:", None))
        self.reason.setPlaceholderText(QCoreApplication.translate("SinkronisasiScreen", u"wajib, mis. dicocokkan dengan lembar kertas", None))
        self.new_value_caption.setText(QCoreApplication.translate("SinkronisasiScreen", u"Nilai &baru (opsional):", None))
        self.pick_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"Pakai versi &terpilih", None))
        self.value_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"Simpan &nilai baru", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts_page), QCoreApplication.translate("SinkronisasiScreen", u"Konflik", None))
        self.gaps_caption.setText(QCoreApplication.translate("SinkronisasiScreen", u"Nomor urut yang diterima per perangkat:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gaps_page), QCoreApplication.translate("SinkronisasiScreen", u"Celah", None))
        self.backup_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"Buat &cadangan", None))
        self.restore_button.setText(QCoreApplication.translate("SinkronisasiScreen", u"&Pulihkan cadangan terpilih", None))
        self.tabs.setTabText(self.tabs.indexOf(self.backups_page), QCoreApplication.translate("SinkronisasiScreen", u"Cadangan", None))
        pass
    # retranslateUi

