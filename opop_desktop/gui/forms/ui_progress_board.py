# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'progress_board.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QHBoxLayout, QHeaderView,
    QLabel, QSizePolicy, QTableView, QVBoxLayout,
    QWidget)

class Ui_ProgressBoardWidget(object):
    def setupUi(self, ProgressBoardWidget):
        if not ProgressBoardWidget.objectName():
            ProgressBoardWidget.setObjectName(u"ProgressBoardWidget")
        self.board_layout = QVBoxLayout(ProgressBoardWidget)
        self.board_layout.setObjectName(u"board_layout")
        self.board_layout.setContentsMargins(0, 0, 0, 0)
        self.venue_row = QHBoxLayout()
        self.venue_row.setObjectName(u"venue_row")
        self.venue_caption = QLabel(ProgressBoardWidget)
        self.venue_caption.setObjectName(u"venue_caption")

        self.venue_row.addWidget(self.venue_caption)

        self.venue_combo = QComboBox(ProgressBoardWidget)
        self.venue_combo.setObjectName(u"venue_combo")

        self.venue_row.addWidget(self.venue_combo)

        self.summary = QLabel(ProgressBoardWidget)
        self.summary.setObjectName(u"summary")

        self.venue_row.addWidget(self.summary)

        self.venue_row.setStretch(1, 1)
        self.venue_row.setStretch(2, 1)

        self.board_layout.addLayout(self.venue_row)

        self.view = QTableView(ProgressBoardWidget)
        self.view.setObjectName(u"view")

        self.board_layout.addWidget(self.view)

        self.board_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.venue_caption.setBuddy(self.venue_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProgressBoardWidget)

        QMetaObject.connectSlotsByName(ProgressBoardWidget)
    # setupUi

    def retranslateUi(self, ProgressBoardWidget):
        self.venue_caption.setText(QCoreApplication.translate("ProgressBoardWidget", u"&Lokasi:", None))
        pass
    # retranslateUi

