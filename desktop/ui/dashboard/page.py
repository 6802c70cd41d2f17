"""The first page after login: who is working, for which business, and what needs attention."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.roles import ROLE_LABELS
from desktop.services.container import Services
from desktop.ui.page import Page


class DashboardPage(Page):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        font = self.greeting.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.greeting.setFont(font)
        self.business = QLabel()
        self.business.setObjectName("dashboardBusiness")
        self.role = QLabel()
        self.role.setObjectName("dashboardRole")
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(card)
        grid.addWidget(QLabel(self.tr("Business")), 0, 0)
        grid.addWidget(self.business, 0, 1)
        grid.addWidget(QLabel(self.tr("Your role")), 1, 0)
        grid.addWidget(self.role, 1, 1)
        grid.setColumnStretch(1, 1)
        self.attention = QLabel(
            self.tr(
                "Requests due soon, overdue replies and the age of the last backup will be "
                "listed here."
            )
        )
        self.attention.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(card)
        layout.addWidget(self.attention)
        layout.addStretch(1)

    def refresh(self) -> None:
        user = self.services.user
        self.greeting.setText(self.tr("Welcome, {name}").format(name=user.full_name))
        details = self.services.business.get()
        self.business.setText(
            f"{details.name} ({details.business_id})" if details.business_id else details.name
        )
        self.role.setText(QCoreApplication.translate("Roles", ROLE_LABELS[user.role]))
