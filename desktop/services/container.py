"""The services for one logged-in person, built once per login and handed to the windows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.attachments import AttachmentService
from desktop.services.audit_viewer import AuditViewer
from desktop.services.backups import BackupService
from desktop.services.business import BusinessService
from desktop.services.consents import ConsentService
from desktop.services.contact_history import ContactHistoryService
from desktop.services.current_user import CurrentUser
from desktop.services.customer_query import CustomerQueries
from desktop.services.customers import CustomerService
from desktop.services.dashboard import DashboardService
from desktop.services.duplicate_check import DuplicateCheck
from desktop.services.exporter import CustomerExporter
from desktop.services.gate import Gate
from desktop.services.importer import CustomerImporter
from desktop.services.letters import LetterService
from desktop.services.mailing_labels import MailingLabels
from desktop.services.orders import OrderService
from desktop.services.register_description import RegisterDescriptionService
from desktop.services.request_attachments import RequestAttachmentService
from desktop.services.requests import RequestService
from desktop.services.retention import RetentionService
from desktop.services.rights import RightsService
from desktop.services.settings import SettingsService
from desktop.services.signing import SigningService
from desktop.services.statement_handouts import StatementHandoutService
from desktop.services.users import UserService
from desktop.store.register import Register


@dataclass(frozen=True)
class Services:
    gate: Gate
    register: Register
    user: CurrentUser
    users: UserService
    settings: SettingsService
    business: BusinessService
    customers: CustomerService
    customer_queries: CustomerQueries
    consents: ConsentService
    contact_history: ContactHistoryService
    orders: OrderService
    attachments: AttachmentService
    duplicates: DuplicateCheck
    requests: RequestService
    rights: RightsService
    descriptions: RegisterDescriptionService
    handouts: StatementHandoutService
    signing: SigningService
    request_attachments: RequestAttachmentService
    dashboard: DashboardService
    importer: CustomerImporter
    exporter: CustomerExporter
    backups: BackupService
    letters: LetterService
    retention: RetentionService
    audit_log: AuditViewer
    labels: MailingLabels

    @classmethod
    def for_user(cls, gate: Gate, user: CurrentUser) -> Services:
        register = gate.register
        assert register is not None
        return cls(
            gate=gate,
            register=register,
            user=user,
            users=UserService(register, user),
            settings=SettingsService(register, user),
            business=BusinessService(register, user),
            customers=CustomerService(register, user),
            customer_queries=CustomerQueries(register, user),
            consents=ConsentService(register, user),
            contact_history=ContactHistoryService(register, user),
            orders=OrderService(register, user),
            attachments=AttachmentService(register, user),
            duplicates=DuplicateCheck(register, user),
            requests=RequestService(register, user),
            rights=RightsService(register, user),
            descriptions=RegisterDescriptionService(register, user),
            handouts=StatementHandoutService(register, user),
            signing=SigningService(register, user),
            request_attachments=RequestAttachmentService(register, user),
            dashboard=DashboardService(register, user),
            importer=CustomerImporter(register, user),
            exporter=CustomerExporter(register, user),
            backups=BackupService(register, user),
            letters=LetterService(register, user),
            retention=RetentionService(register, user),
            audit_log=AuditViewer(register, user),
            labels=MailingLabels(register, user),
        )
