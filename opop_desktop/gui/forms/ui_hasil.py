# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hasil.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

from opop_desktop.gui.charts import (FunnelChart, JurorDistributionChart, VenueProgressChart)
from opop_desktop.gui.widgets.header import ScreenHeader
from opop_desktop.gui.widgets.state_label import StateLabel

class Ui_HasilScreen(object):
    def setupUi(self, HasilScreen):
        if not HasilScreen.objectName():
            HasilScreen.setObjectName(u"HasilScreen")
        self.page_layout = QVBoxLayout(HasilScreen)
        self.page_layout.setObjectName(u"page_layout")
        self.header = ScreenHeader(HasilScreen)
        self.header.setObjectName(u"header")

        self.page_layout.addWidget(self.header)

        self.filter_grid = QGridLayout()
        self.filter_grid.setObjectName(u"filter_grid")
        self.stage_caption = QLabel(HasilScreen)
        self.stage_caption.setObjectName(u"stage_caption")

        self.filter_grid.addWidget(self.stage_caption, 0, 0, 1, 1)

        self.stage_combo = QComboBox(HasilScreen)
        self.stage_combo.setObjectName(u"stage_combo")
        self.stage_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage_combo.setMinimumContentsLength(8)

        self.filter_grid.addWidget(self.stage_combo, 0, 1, 1, 1)

        self.regency_caption = QLabel(HasilScreen)
        self.regency_caption.setObjectName(u"regency_caption")

        self.filter_grid.addWidget(self.regency_caption, 0, 2, 1, 1)

        self.regency_combo = QComboBox(HasilScreen)
        self.regency_combo.addItem("")
        self.regency_combo.setObjectName(u"regency_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.regency_combo.sizePolicy().hasHeightForWidth())
        self.regency_combo.setSizePolicy(sizePolicy)
        self.regency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.regency_combo.setMinimumContentsLength(8)

        self.filter_grid.addWidget(self.regency_combo, 0, 3, 1, 1)

        self.track_caption = QLabel(HasilScreen)
        self.track_caption.setObjectName(u"track_caption")

        self.filter_grid.addWidget(self.track_caption, 0, 4, 1, 1)

        self.track_combo = QComboBox(HasilScreen)
        self.track_combo.addItem("")
        self.track_combo.addItem("")
        self.track_combo.addItem("")
        self.track_combo.setObjectName(u"track_combo")
        self.track_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.track_combo.setMinimumContentsLength(8)

        self.filter_grid.addWidget(self.track_combo, 0, 5, 1, 1)

        self.field_caption = QLabel(HasilScreen)
        self.field_caption.setObjectName(u"field_caption")

        self.filter_grid.addWidget(self.field_caption, 1, 0, 1, 1)

        self.field_combo = QComboBox(HasilScreen)
        self.field_combo.addItem("")
        self.field_combo.setObjectName(u"field_combo")
        sizePolicy.setHeightForWidth(self.field_combo.sizePolicy().hasHeightForWidth())
        self.field_combo.setSizePolicy(sizePolicy)
        self.field_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.field_combo.setMinimumContentsLength(8)

        self.filter_grid.addWidget(self.field_combo, 1, 1, 1, 1)

        self.aggregate_caption = QLabel(HasilScreen)
        self.aggregate_caption.setObjectName(u"aggregate_caption")

        self.filter_grid.addWidget(self.aggregate_caption, 1, 2, 1, 1)

        self.aggregate_combo = QComboBox(HasilScreen)
        self.aggregate_combo.addItem("")
        self.aggregate_combo.addItem("")
        self.aggregate_combo.addItem("")
        self.aggregate_combo.addItem("")
        self.aggregate_combo.setObjectName(u"aggregate_combo")
        self.aggregate_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.aggregate_combo.setMinimumContentsLength(8)

        self.filter_grid.addWidget(self.aggregate_combo, 1, 3, 1, 1)

        self.reload_button = QPushButton(HasilScreen)
        self.reload_button.setObjectName(u"reload_button")

        self.filter_grid.addWidget(self.reload_button, 1, 5, 1, 1)

        self.filter_grid.setColumnStretch(1, 1)
        self.filter_grid.setColumnStretch(3, 1)
        self.filter_grid.setColumnStretch(5, 1)

        self.page_layout.addLayout(self.filter_grid)

        self.message = StateLabel(HasilScreen)
        self.message.setObjectName(u"message")

        self.page_layout.addWidget(self.message)

        self.tabs = QTabWidget(HasilScreen)
        self.tabs.setObjectName(u"tabs")
        self.ranking_page = QWidget()
        self.ranking_page.setObjectName(u"ranking_page")
        self.ranking_layout = QVBoxLayout(self.ranking_page)
        self.ranking_layout.setObjectName(u"ranking_layout")
        self.ranking_splitter = QSplitter(self.ranking_page)
        self.ranking_splitter.setObjectName(u"ranking_splitter")
        self.ranking_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.ranking_splitter.setChildrenCollapsible(False)
        self.group_list = QListWidget(self.ranking_splitter)
        self.group_list.setObjectName(u"group_list")
        self.group_list.setMinimumSize(QSize(280, 0))
        self.ranking_splitter.addWidget(self.group_list)
        self.group_pane = QWidget(self.ranking_splitter)
        self.group_pane.setObjectName(u"group_pane")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.group_pane.sizePolicy().hasHeightForWidth())
        self.group_pane.setSizePolicy(sizePolicy1)
        self.group_pane_layout = QVBoxLayout(self.group_pane)
        self.group_pane_layout.setObjectName(u"group_pane_layout")
        self.group_pane_layout.setContentsMargins(0, 0, 0, 0)
        self.group_pane_top = QHBoxLayout()
        self.group_pane_top.setObjectName(u"group_pane_top")
        self.panel_caption = QLabel(self.group_pane)
        self.panel_caption.setObjectName(u"panel_caption")

        self.group_pane_top.addWidget(self.panel_caption)

        self.panel_combo = QComboBox(self.group_pane)
        self.panel_combo.setObjectName(u"panel_combo")
        self.panel_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.group_pane_top.addWidget(self.panel_combo)

        self.group_pane_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.group_pane_top.addItem(self.group_pane_spacer)

        self.override_button = QPushButton(self.group_pane)
        self.override_button.setObjectName(u"override_button")

        self.group_pane_top.addWidget(self.override_button)

        self.group_pane_top.setStretch(2, 1)

        self.group_pane_layout.addLayout(self.group_pane_top)

        self.group_note = QLabel(self.group_pane)
        self.group_note.setObjectName(u"group_note")
        self.group_note.setWordWrap(True)

        self.group_pane_layout.addWidget(self.group_note)

        self.rank_view = QTableView(self.group_pane)
        self.rank_view.setObjectName(u"rank_view")
        self.rank_view.setAlternatingRowColors(True)
        self.rank_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rank_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rank_view.horizontalHeader().setStretchLastSection(True)

        self.group_pane_layout.addWidget(self.rank_view)

        self.group_pane_layout.setStretch(2, 1)
        self.ranking_splitter.addWidget(self.group_pane)

        self.ranking_layout.addWidget(self.ranking_splitter)

        self.tabs.addTab(self.ranking_page, "")
        self.flags_page = QWidget()
        self.flags_page.setObjectName(u"flags_page")
        self.flags_layout = QVBoxLayout(self.flags_page)
        self.flags_layout.setObjectName(u"flags_layout")
        self.flags_top = QHBoxLayout()
        self.flags_top.setObjectName(u"flags_top")
        self.flag_summary = QLabel(self.flags_page)
        self.flag_summary.setObjectName(u"flag_summary")
        self.flag_summary.setWordWrap(True)

        self.flags_top.addWidget(self.flag_summary)

        self.ack_button = QPushButton(self.flags_page)
        self.ack_button.setObjectName(u"ack_button")

        self.flags_top.addWidget(self.ack_button)

        self.flags_top.setStretch(0, 1)

        self.flags_layout.addLayout(self.flags_top)

        self.flag_view = QTableView(self.flags_page)
        self.flag_view.setObjectName(u"flag_view")
        self.flag_view.setAlternatingRowColors(True)
        self.flag_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flag_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flag_view.horizontalHeader().setStretchLastSection(True)

        self.flags_layout.addWidget(self.flag_view)

        self.flags_layout.setStretch(1, 1)
        self.tabs.addTab(self.flags_page, "")
        self.cusp_page = QWidget()
        self.cusp_page.setObjectName(u"cusp_page")
        self.cusp_layout = QVBoxLayout(self.cusp_page)
        self.cusp_layout.setObjectName(u"cusp_layout")
        self.cusp_caption = QLabel(self.cusp_page)
        self.cusp_caption.setObjectName(u"cusp_caption")
        self.cusp_caption.setWordWrap(True)

        self.cusp_layout.addWidget(self.cusp_caption)

        self.cusp_view = QTableView(self.cusp_page)
        self.cusp_view.setObjectName(u"cusp_view")
        self.cusp_view.setAlternatingRowColors(True)
        self.cusp_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cusp_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cusp_view.horizontalHeader().setStretchLastSection(True)

        self.cusp_layout.addWidget(self.cusp_view)

        self.cusp_layout.setStretch(1, 1)
        self.tabs.addTab(self.cusp_page, "")
        self.excluded_page = QWidget()
        self.excluded_page.setObjectName(u"excluded_page")
        self.excluded_layout = QVBoxLayout(self.excluded_page)
        self.excluded_layout.setObjectName(u"excluded_layout")
        self.excluded_view = QTableView(self.excluded_page)
        self.excluded_view.setObjectName(u"excluded_view")
        self.excluded_view.setAlternatingRowColors(True)
        self.excluded_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.excluded_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.excluded_view.horizontalHeader().setStretchLastSection(True)

        self.excluded_layout.addWidget(self.excluded_view)

        self.tabs.addTab(self.excluded_page, "")
        self.states_page = QWidget()
        self.states_page.setObjectName(u"states_page")
        self.states_layout = QVBoxLayout(self.states_page)
        self.states_layout.setObjectName(u"states_layout")
        self.state_buttons = QHBoxLayout()
        self.state_buttons.setObjectName(u"state_buttons")
        self.verify_button = QPushButton(self.states_page)
        self.verify_button.setObjectName(u"verify_button")

        self.state_buttons.addWidget(self.verify_button)

        self.seal_button = QPushButton(self.states_page)
        self.seal_button.setObjectName(u"seal_button")

        self.state_buttons.addWidget(self.seal_button)

        self.merge_button = QPushButton(self.states_page)
        self.merge_button.setObjectName(u"merge_button")

        self.state_buttons.addWidget(self.merge_button)

        self.approve_button = QPushButton(self.states_page)
        self.approve_button.setObjectName(u"approve_button")

        self.state_buttons.addWidget(self.approve_button)

        self.publish_button = QPushButton(self.states_page)
        self.publish_button.setObjectName(u"publish_button")

        self.state_buttons.addWidget(self.publish_button)

        self.state_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.state_buttons.addItem(self.state_buttons_spacer)


        self.states_layout.addLayout(self.state_buttons)

        self.status_view = QTableView(self.states_page)
        self.status_view.setObjectName(u"status_view")
        self.status_view.setAlternatingRowColors(True)
        self.status_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.status_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.status_view.horizontalHeader().setStretchLastSection(True)

        self.states_layout.addWidget(self.status_view)

        self.states_layout.setStretch(1, 1)
        self.tabs.addTab(self.states_page, "")
        self.charts_page = QWidget()
        self.charts_page.setObjectName(u"charts_page")
        self.charts_layout = QVBoxLayout(self.charts_page)
        self.charts_layout.setObjectName(u"charts_layout")
        self.charts_layout.setContentsMargins(0, 0, 0, 0)
        self.charts_scroll = QScrollArea(self.charts_page)
        self.charts_scroll.setObjectName(u"charts_scroll")
        self.charts_scroll.setWidgetResizable(True)
        self.charts_inner = QWidget()
        self.charts_inner.setObjectName(u"charts_inner")
        self.charts_grid = QGridLayout(self.charts_inner)
        self.charts_grid.setObjectName(u"charts_grid")
        self.funnel_chart = FunnelChart(self.charts_inner)
        self.funnel_chart.setObjectName(u"funnel_chart")
        self.funnel_chart.setMinimumSize(QSize(0, 300))

        self.charts_grid.addWidget(self.funnel_chart, 0, 0, 1, 1)

        self.progress_chart = VenueProgressChart(self.charts_inner)
        self.progress_chart.setObjectName(u"progress_chart")
        self.progress_chart.setMinimumSize(QSize(0, 300))

        self.charts_grid.addWidget(self.progress_chart, 0, 1, 1, 1)

        self.juror_chart = JurorDistributionChart(self.charts_inner)
        self.juror_chart.setObjectName(u"juror_chart")
        self.juror_chart.setMinimumSize(QSize(0, 300))

        self.charts_grid.addWidget(self.juror_chart, 1, 0, 1, 2)

        self.charts_scroll.setWidget(self.charts_inner)

        self.charts_layout.addWidget(self.charts_scroll)

        self.tabs.addTab(self.charts_page, "")

        self.page_layout.addWidget(self.tabs)

        self.page_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.stage_caption.setBuddy(self.stage_combo)
        self.regency_caption.setBuddy(self.regency_combo)
        self.track_caption.setBuddy(self.track_combo)
        self.field_caption.setBuddy(self.field_combo)
        self.aggregate_caption.setBuddy(self.aggregate_combo)
        self.panel_caption.setBuddy(self.panel_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.stage_combo, self.regency_combo)
        QWidget.setTabOrder(self.regency_combo, self.track_combo)
        QWidget.setTabOrder(self.track_combo, self.field_combo)
        QWidget.setTabOrder(self.field_combo, self.aggregate_combo)
        QWidget.setTabOrder(self.aggregate_combo, self.reload_button)
        QWidget.setTabOrder(self.reload_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.group_list)
        QWidget.setTabOrder(self.group_list, self.panel_combo)
        QWidget.setTabOrder(self.panel_combo, self.override_button)
        QWidget.setTabOrder(self.override_button, self.rank_view)

        self.retranslateUi(HasilScreen)

        QMetaObject.connectSlotsByName(HasilScreen)
    # setupUi

    def retranslateUi(self, HasilScreen):
        self.header.setText(QCoreApplication.translate("HasilScreen", u"Hasil", None))
        self.stage_caption.setText(QCoreApplication.translate("HasilScreen", u"&Tahap:", None))
        self.regency_caption.setText(QCoreApplication.translate("HasilScreen", u"&Kab/Kota:", None))
        self.regency_combo.setItemText(0, QCoreApplication.translate("HasilScreen", u"Semua kab/kota", None))

        self.track_caption.setText(QCoreApplication.translate("HasilScreen", u"&Jalur:", None))
        self.track_combo.setItemText(0, QCoreApplication.translate("HasilScreen", u"Semua jalur", None))
        self.track_combo.setItemText(1, QCoreApplication.translate("HasilScreen", u"Start-up", None))
        self.track_combo.setItemText(2, QCoreApplication.translate("HasilScreen", u"Scale-up", None))

        self.field_caption.setText(QCoreApplication.translate("HasilScreen", u"&Bidang:", None))
        self.field_combo.setItemText(0, QCoreApplication.translate("HasilScreen", u"Semua bidang", None))

        self.aggregate_caption.setText(QCoreApplication.translate("HasilScreen", u"A&gregat:", None))
        self.aggregate_combo.setItemText(0, QCoreApplication.translate("HasilScreen", u"Bawaan tahap", None))
        self.aggregate_combo.setItemText(1, QCoreApplication.translate("HasilScreen", u"Rata-rata", None))
        self.aggregate_combo.setItemText(2, QCoreApplication.translate("HasilScreen", u"Rata-rata terpangkas", None))
        self.aggregate_combo.setItemText(3, QCoreApplication.translate("HasilScreen", u"Median", None))

        self.reload_button.setText(QCoreApplication.translate("HasilScreen", u"&Muat ulang", None))
        self.panel_caption.setText(QCoreApplication.translate("HasilScreen", u"Tampilan:", None))
        self.override_button.setText(QCoreApplication.translate("HasilScreen", u"&Keputusan pleno\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.ranking_page), QCoreApplication.translate("HasilScreen", u"Peringkat", None))
        self.ack_button.setText(QCoreApplication.translate("HasilScreen", u"&Tinjau tanda\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.flags_page), QCoreApplication.translate("HasilScreen", u"Tanda varians", None))
        self.cusp_caption.setText(QCoreApplication.translate("HasilScreen", u"Tiga terakhir yang lolos dan tiga pertama yang tidak lolos di setiap garis kuota/ambang, untuk ditinjau ulang.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.cusp_page), QCoreApplication.translate("HasilScreen", u"Daftar cusp", None))
        self.tabs.setTabText(self.tabs.indexOf(self.excluded_page), QCoreApplication.translate("HasilScreen", u"Dikecualikan", None))
        self.verify_button.setText(QCoreApplication.translate("HasilScreen", u"&Periksa lokasi", None))
        self.seal_button.setText(QCoreApplication.translate("HasilScreen", u"&Segel lokasi", None))
        self.merge_button.setText(QCoreApplication.translate("HasilScreen", u"&Gabungkan", None))
        self.approve_button.setText(QCoreApplication.translate("HasilScreen", u"Sa&hkan (pleno)", None))
        self.publish_button.setText(QCoreApplication.translate("HasilScreen", u"&Umumkan", None))
        self.tabs.setTabText(self.tabs.indexOf(self.states_page), QCoreApplication.translate("HasilScreen", u"Status && pleno", None))
        self.tabs.setTabText(self.tabs.indexOf(self.charts_page), QCoreApplication.translate("HasilScreen", u"Grafik", None))
        pass
    # retranslateUi

