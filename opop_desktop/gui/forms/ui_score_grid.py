# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'score_grid.ui'
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
from PySide6.QtWidgets import (QApplication, QHeaderView, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

from opop_desktop.gui.score_grid import ScoreGridView

class Ui_ScoreGridPanel(object):
    def setupUi(self, ScoreGridPanel):
        if not ScoreGridPanel.objectName():
            ScoreGridPanel.setObjectName(u"ScoreGridPanel")
        self.grid_layout = QVBoxLayout(ScoreGridPanel)
        self.grid_layout.setObjectName(u"grid_layout")
        self.grid_layout.setContentsMargins(0, 0, 0, 0)
        self.view = ScoreGridView(ScoreGridPanel)
        self.view.setObjectName(u"view")

        self.grid_layout.addWidget(self.view)

        self.criterion_help = QLabel(ScoreGridPanel)
        self.criterion_help.setObjectName(u"criterion_help")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.criterion_help.sizePolicy().hasHeightForWidth())
        self.criterion_help.setSizePolicy(sizePolicy)
        self.criterion_help.setTextFormat(Qt.TextFormat.RichText)
        self.criterion_help.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.criterion_help.setWordWrap(True)

        self.grid_layout.addWidget(self.criterion_help)

        self.grid_layout.setStretch(0, 1)

        self.retranslateUi(ScoreGridPanel)

        QMetaObject.connectSlotsByName(ScoreGridPanel)
    # setupUi

    def retranslateUi(self, ScoreGridPanel):
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("ScoreGridPanel", u"Lembar nilai juri", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.criterion_help.setAccessibleName(QCoreApplication.translate("ScoreGridPanel", u"Kriteria yang sedang diisi", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

