# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_sheet_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from opop_desktop.gui.score_grid_panel import ScoreGridPanel
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_ScoreSheetPage(object):
    def setupUi(self, ScoreSheetPage):
        if not ScoreSheetPage.objectName():
            ScoreSheetPage.setObjectName(u"ScoreSheetPage")
        self.page_layout = QVBoxLayout(ScoreSheetPage)
        self.page_layout.setObjectName(u"page_layout")
        self.choice_row = QHBoxLayout()
        self.choice_row.setObjectName(u"choice_row")
        self.panel_caption = QLabel(ScoreSheetPage)
        self.panel_caption.setObjectName(u"panel_caption")

        self.choice_row.addWidget(self.panel_caption)

        self.panel_combo = QComboBox(ScoreSheetPage)
        self.panel_combo.setObjectName(u"panel_combo")
        self.panel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.panel_combo.setMinimumContentsLength(16)

        self.choice_row.addWidget(self.panel_combo)

        self.juror_caption = QLabel(ScoreSheetPage)
        self.juror_caption.setObjectName(u"juror_caption")

        self.choice_row.addWidget(self.juror_caption)

        self.juror_combo = QComboBox(ScoreSheetPage)
        self.juror_combo.setObjectName(u"juror_combo")
        self.juror_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.juror_combo.setMinimumContentsLength(12)

        self.choice_row.addWidget(self.juror_combo)

        self.juror_progress = QLabel(ScoreSheetPage)
        self.juror_progress.setObjectName(u"juror_progress")
        self.juror_progress.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTrailing|Qt.AlignmentFlag.AlignVCenter)

        self.choice_row.addWidget(self.juror_progress)

        self.choice_row.setStretch(1, 2)
        self.choice_row.setStretch(3, 2)
        self.choice_row.setStretch(4, 1)

        self.page_layout.addLayout(self.choice_row)

        self.grid_panel = ScoreGridPanel(ScoreSheetPage)
        self.grid_panel.setObjectName(u"grid_panel")

        self.page_layout.addWidget(self.grid_panel)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.status_line = StateLabel(ScoreSheetPage)
        self.status_line.setObjectName(u"status_line")

        self.action_row.addWidget(self.status_line)

        self.correct_button = QPushButton(ScoreSheetPage)
        self.correct_button.setObjectName(u"correct_button")

        self.action_row.addWidget(self.correct_button)

        self.lock_button = QPushButton(ScoreSheetPage)
        self.lock_button.setObjectName(u"lock_button")

        self.action_row.addWidget(self.lock_button)

        self.action_row.setStretch(0, 1)

        self.page_layout.addLayout(self.action_row)

        self.page_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.panel_caption.setBuddy(self.panel_combo)
        self.juror_caption.setBuddy(self.juror_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.panel_combo, self.juror_combo)
        QWidget.setTabOrder(self.juror_combo, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.lock_button)

        self.retranslateUi(ScoreSheetPage)

        QMetaObject.connectSlotsByName(ScoreSheetPage)
    # setupUi

    def retranslateUi(self, ScoreSheetPage):
        self.panel_caption.setText(QCoreApplication.translate("ScoreSheetPage", u"&Panel:", None))
        self.juror_caption.setText(QCoreApplication.translate("ScoreSheetPage", u"&Juri:", None))
#if QT_CONFIG(tooltip)
        self.correct_button.setToolTip(QCoreApplication.translate("ScoreSheetPage", u"Ubah nilai yang sudah dikunci, dengan alasan (koordinator/admin)", None))
#endif // QT_CONFIG(tooltip)
        self.correct_button.setText(QCoreApplication.translate("ScoreSheetPage", u"K&oreksi\u2026", None))
#if QT_CONFIG(tooltip)
        self.lock_button.setToolTip(QCoreApplication.translate("ScoreSheetPage", u"Periksa kelengkapan, lalu kunci lembar dengan PIN juri", None))
#endif // QT_CONFIG(tooltip)
        self.lock_button.setText(QCoreApplication.translate("ScoreSheetPage", u"&Kirim && kunci\u2026", None))
        pass
    # retranslateUi

