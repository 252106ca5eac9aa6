# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_start_role_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizardPage)

from opop_desktop.gui.widgets.combos import RegencyCombo
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_RolePage(object):
    def setupUi(self, RolePage):
        if not RolePage.objectName():
            RolePage.setObjectName(u"RolePage")
        self.page_layout = QVBoxLayout(RolePage)
        self.page_layout.setObjectName(u"page_layout")
        self.where_label = QLabel(RolePage)
        self.where_label.setObjectName(u"where_label")

        self.page_layout.addWidget(self.where_label)

        self.venue_button = QRadioButton(RolePage)
        self.venue_button.setObjectName(u"venue_button")

        self.page_layout.addWidget(self.venue_button)

        self.regency_button = QRadioButton(RolePage)
        self.regency_button.setObjectName(u"regency_button")

        self.page_layout.addWidget(self.regency_button)

        self.province_button = QRadioButton(RolePage)
        self.province_button.setObjectName(u"province_button")

        self.page_layout.addWidget(self.province_button)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.regency_caption = QLabel(RolePage)
        self.regency_caption.setObjectName(u"regency_caption")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.regency_caption)

        self.regency_combo = RegencyCombo(RolePage)
        self.regency_combo.setObjectName(u"regency_combo")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.regency_combo)

        self.device_caption = QLabel(RolePage)
        self.device_caption.setObjectName(u"device_caption")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.device_caption)

        self.device_name = QLineEdit(RolePage)
        self.device_name.setObjectName(u"device_name")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.device_name)


        self.page_layout.addLayout(self.fields)

        self.problem = StateLabel(RolePage)
        self.problem.setObjectName(u"problem")

        self.page_layout.addWidget(self.problem)

        self.demo_gap = QSpacerItem(0, 12, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

        self.page_layout.addItem(self.demo_gap)

        self.demo_box = QCheckBox(RolePage)
        self.demo_box.setObjectName(u"demo_box")

        self.page_layout.addWidget(self.demo_box)

        self.demo_button = QPushButton(RolePage)
        self.demo_button.setObjectName(u"demo_button")

        self.page_layout.addWidget(self.demo_button)

        self.page_end = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.page_layout.addItem(self.page_end)

#if QT_CONFIG(shortcut)
        self.regency_caption.setBuddy(self.regency_combo)
        self.device_caption.setBuddy(self.device_name)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RolePage)

        QMetaObject.connectSlotsByName(RolePage)
    # setupUi

    def retranslateUi(self, RolePage):
        RolePage.setTitle(QCoreApplication.translate("RolePage", u"Selamat datang di OPOP Desktop", None))
        RolePage.setSubTitle(QCoreApplication.translate("RolePage", u"Beberapa pertanyaan singkat tentang laptop ini. Semuanya dapat diubah nanti di layar Pengaturan.", None))
        self.where_label.setText(QCoreApplication.translate("RolePage", u"Laptop ini dipakai di:", None))
        self.venue_button.setText(QCoreApplication.translate("RolePage", u"Lokasi &audisi (petugas dan juri, tanpa internet)", None))
        self.regency_button.setText(QCoreApplication.translate("RolePage", u"Kantor ka&bupaten/kota (koordinator)", None))
        self.province_button.setText(QCoreApplication.translate("RolePage", u"Kantor &provinsi (admin program)", None))
        self.regency_caption.setText(QCoreApplication.translate("RolePage", u"Kabupa&ten/Kota:", None))
        self.device_caption.setText(QCoreApplication.translate("RolePage", u"&Nama laptop ini:", None))
        self.device_name.setPlaceholderText(QCoreApplication.translate("RolePage", u"mis. Laptop Garut-1", None))
        self.demo_box.setText(QCoreApplication.translate("RolePage", u"Isi dengan &data contoh (\u00b160 pesantren di 2 kab/kota, untuk mencoba aplikasi)", None))
#if QT_CONFIG(tooltip)
        self.demo_button.setToolTip(QCoreApplication.translate("RolePage", u"Laptop diatur sebagai kantor provinsi dan diisi data contoh; tinggal membuat akun admin.", None))
#endif // QT_CONFIG(tooltip)
        self.demo_button.setText(QCoreApplication.translate("RolePage", u"&Coba dengan data contoh", None))
    # retranslateUi

