# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'beranda.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.stat_tile import StatTile

class Ui_BerandaScreen(object):
    def setupUi(self, BerandaScreen):
        if not BerandaScreen.objectName():
            BerandaScreen.setObjectName(u"BerandaScreen")
        self.page_layout = QVBoxLayout(BerandaScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(BerandaScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.scope_label = QLabel(BerandaScreen)
        self.scope_label.setObjectName(u"scope_label")

        self.page_layout.addWidget(self.scope_label)

        self.tiles_row = QHBoxLayout()
        self.tiles_row.setObjectName(u"tiles_row")
        self.tile_registered = StatTile(BerandaScreen)
        self.tile_registered.setObjectName(u"tile_registered")

        self.tiles_row.addWidget(self.tile_registered)

        self.arrow_1 = QLabel(BerandaScreen)
        self.arrow_1.setObjectName(u"arrow_1")
        self.arrow_1.setText(u"\u2192")

        self.tiles_row.addWidget(self.arrow_1)

        self.tile_admin_passed = StatTile(BerandaScreen)
        self.tile_admin_passed.setObjectName(u"tile_admin_passed")

        self.tiles_row.addWidget(self.tile_admin_passed)

        self.arrow_2 = QLabel(BerandaScreen)
        self.arrow_2.setObjectName(u"arrow_2")
        self.arrow_2.setText(u"\u2192")

        self.tiles_row.addWidget(self.arrow_2)

        self.tile_came_1 = StatTile(BerandaScreen)
        self.tile_came_1.setObjectName(u"tile_came_1")

        self.tiles_row.addWidget(self.tile_came_1)

        self.arrow_3 = QLabel(BerandaScreen)
        self.arrow_3.setObjectName(u"arrow_3")
        self.arrow_3.setText(u"\u2192")

        self.tiles_row.addWidget(self.arrow_3)

        self.tile_passed_1 = StatTile(BerandaScreen)
        self.tile_passed_1.setObjectName(u"tile_passed_1")

        self.tiles_row.addWidget(self.tile_passed_1)

        self.arrow_4 = QLabel(BerandaScreen)
        self.arrow_4.setObjectName(u"arrow_4")
        self.arrow_4.setText(u"\u2192")

        self.tiles_row.addWidget(self.arrow_4)

        self.tile_passed_2 = StatTile(BerandaScreen)
        self.tile_passed_2.setObjectName(u"tile_passed_2")

        self.tiles_row.addWidget(self.tile_passed_2)

        self.arrow_5 = QLabel(BerandaScreen)
        self.arrow_5.setObjectName(u"arrow_5")
        self.arrow_5.setText(u"\u2192")

        self.tiles_row.addWidget(self.arrow_5)

        self.tile_passed_3 = StatTile(BerandaScreen)
        self.tile_passed_3.setObjectName(u"tile_passed_3")

        self.tiles_row.addWidget(self.tile_passed_3)

        self.tiles_row.setStretch(0, 1)
        self.tiles_row.setStretch(2, 1)
        self.tiles_row.setStretch(4, 1)
        self.tiles_row.setStretch(6, 1)
        self.tiles_row.setStretch(8, 1)
        self.tiles_row.setStretch(10, 1)

        self.page_layout.addLayout(self.tiles_row)

        self.hint = QLabel(BerandaScreen)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.page_layout.addWidget(self.hint)

        self.buttons_row = QHBoxLayout()
        self.buttons_row.setObjectName(u"buttons_row")
        self.go_peserta = QPushButton(BerandaScreen)
        self.go_peserta.setObjectName(u"go_peserta")

        self.buttons_row.addWidget(self.go_peserta)

        self.demo_button = QPushButton(BerandaScreen)
        self.demo_button.setObjectName(u"demo_button")

        self.buttons_row.addWidget(self.demo_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_row.addItem(self.buttons_spacer)


        self.page_layout.addLayout(self.buttons_row)

        self.laptop_box = QGroupBox(BerandaScreen)
        self.laptop_box.setObjectName(u"laptop_box")
        self.laptop_form = QFormLayout(self.laptop_box)
        self.laptop_form.setObjectName(u"laptop_form")
        self.device_caption = QLabel(self.laptop_box)
        self.device_caption.setObjectName(u"device_caption")

        self.laptop_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.device_caption)

        self.device_label = QLabel(self.laptop_box)
        self.device_label.setObjectName(u"device_label")

        self.laptop_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.device_label)

        self.role_caption = QLabel(self.laptop_box)
        self.role_caption.setObjectName(u"role_caption")

        self.laptop_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role_label = QLabel(self.laptop_box)
        self.role_label.setObjectName(u"role_label")

        self.laptop_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.role_label)

        self.regency_caption = QLabel(self.laptop_box)
        self.regency_caption.setObjectName(u"regency_caption")

        self.laptop_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regency_caption)

        self.regency_label = QLabel(self.laptop_box)
        self.regency_label.setObjectName(u"regency_label")

        self.laptop_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regency_label)

        self.programme_caption = QLabel(self.laptop_box)
        self.programme_caption.setObjectName(u"programme_caption")

        self.laptop_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.programme_caption)

        self.programme_label = QLabel(self.laptop_box)
        self.programme_label.setObjectName(u"programme_label")

        self.laptop_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.programme_label)


        self.page_layout.addWidget(self.laptop_box)

        self.page_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_spacer)


        self.retranslateUi(BerandaScreen)

        QMetaObject.connectSlotsByName(BerandaScreen)
    # setupUi

    def retranslateUi(self, BerandaScreen):
        self.header.setText(QCoreApplication.translate("BerandaScreen", u"Beranda", None))
        self.tile_registered.setCaption(QCoreApplication.translate("BerandaScreen", u"Terdaftar", None))
#if QT_CONFIG(accessibility)
        self.arrow_1.setAccessibleName(QCoreApplication.translate("BerandaScreen", u"lalu", None))
#endif // QT_CONFIG(accessibility)
        self.tile_admin_passed.setCaption(QCoreApplication.translate("BerandaScreen", u"Lolos administrasi", None))
#if QT_CONFIG(accessibility)
        self.arrow_2.setAccessibleName(QCoreApplication.translate("BerandaScreen", u"lalu", None))
#endif // QT_CONFIG(accessibility)
        self.tile_came_1.setCaption(QCoreApplication.translate("BerandaScreen", u"Hadir audisi tahap 1", None))
#if QT_CONFIG(accessibility)
        self.arrow_3.setAccessibleName(QCoreApplication.translate("BerandaScreen", u"lalu", None))
#endif // QT_CONFIG(accessibility)
        self.tile_passed_1.setCaption(QCoreApplication.translate("BerandaScreen", u"Lolos tahap 1", None))
#if QT_CONFIG(accessibility)
        self.arrow_4.setAccessibleName(QCoreApplication.translate("BerandaScreen", u"lalu", None))
#endif // QT_CONFIG(accessibility)
        self.tile_passed_2.setCaption(QCoreApplication.translate("BerandaScreen", u"Lolos tahap 2", None))
#if QT_CONFIG(accessibility)
        self.arrow_5.setAccessibleName(QCoreApplication.translate("BerandaScreen", u"lalu", None))
#endif // QT_CONFIG(accessibility)
        self.tile_passed_3.setCaption(QCoreApplication.translate("BerandaScreen", u"Juara (tahap 3)", None))
        self.go_peserta.setText(QCoreApplication.translate("BerandaScreen", u"Buka layar &Peserta", None))
        self.demo_button.setText(QCoreApplication.translate("BerandaScreen", u"Coba dengan &data contoh", None))
        self.laptop_box.setTitle(QCoreApplication.translate("BerandaScreen", u"Laptop ini", None))
        self.device_caption.setText(QCoreApplication.translate("BerandaScreen", u"Perangkat:", None))
        self.role_caption.setText(QCoreApplication.translate("BerandaScreen", u"Peran:", None))
        self.regency_caption.setText(QCoreApplication.translate("BerandaScreen", u"Kabupaten/Kota:", None))
        self.programme_caption.setText(QCoreApplication.translate("BerandaScreen", u"Tahun program:", None))
        pass
    # retranslateUi

