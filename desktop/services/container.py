"""The services for one logged-in person, built once per login and handed to the windows.

One attribute per feature service and no Register: the window reaches the register only through
these use cases, each of which checks the role and audits."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.access.current_user import CurrentUser
from desktop.services.access.gate import Gate
from desktop.services.access.recovery import RecoveryKeyService
from desktop.services.access.users import UserService
from desktop.services.customers.attachments import AttachmentService
from desktop.services.customers.consents import ConsentService
from desktop.services.customers.contact_history import ContactHistoryService
from desktop.services.customers.deletion import CustomerDeletion
from desktop.services.customers.duplicates import DuplicateCheck
from desktop.services.customers.exporting import CustomerExporter
from desktop.services.customers.importing import CustomerImporter
from desktop.services.customers.mailing_labels import MailingLabels
from desktop.services.customers.merge import CustomerMerge
from desktop.services.customers.orders import OrderService
from desktop.services.customers.records import CustomerService
from desktop.services.customers.search import CustomerQueries
from desktop.services.disclosures.log import DisclosureService
from desktop.services.letters.service import LetterService
from desktop.services.register.audit_view import AuditViewer
from desktop.services.register.backups import BackupService
from desktop.services.register.business import BusinessService
from desktop.services.register.changes import ChangeFeed
from desktop.services.register.info import RegisterInfoService
from desktop.services.register.settings import SettingsService
from desktop.services.register.signing import SigningService
from desktop.services.requests.attachments import RequestAttachmentService
from desktop.services.requests.dashboard import DashboardService
from desktop.services.requests.log import RequestService
from desktop.services.retention.rules import RetentionService
from desktop.services.rights.service import RightsService
from desktop.services.server.moving import ServerMove
from desktop.services.statement.description import RegisterDescriptionService
from desktop.services.statement.handouts import StatementHandoutService
from desktop.services.statement.published import PublishedStatementService


@dataclass(frozen=True)
class Services:
    gate: Gate
    user: CurrentUser
    users: UserService
    recovery_key: RecoveryKeyService
    register_info: RegisterInfoService
    settings: SettingsService
    business: BusinessService
    customers: CustomerService
    customer_deletion: CustomerDeletion
    customer_queries: CustomerQueries
    consents: ConsentService
    contact_history: ContactHistoryService
    orders: OrderService
    attachments: AttachmentService
    disclosures: DisclosureService
    duplicates: DuplicateCheck
    merge: CustomerMerge
    requests: RequestService
    rights: RightsService
    descriptions: RegisterDescriptionService
    handouts: StatementHandoutService
    published: PublishedStatementService
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
    changes: ChangeFeed
    server_move: ServerMove

    @classmethod
    def for_user(cls, gate: Gate, user: CurrentUser) -> Services:
        register = gate.register
        assert register is not None
        return cls(
            gate=gate,
            user=user,
            users=UserService(register, user),
            recovery_key=RecoveryKeyService(register, user),
            register_info=RegisterInfoService(register, user),
            settings=SettingsService(register, user),
            business=BusinessService(register, user),
            customers=CustomerService(register, user),
            customer_deletion=CustomerDeletion(register, user),
            customer_queries=CustomerQueries(register, user),
            consents=ConsentService(register, user),
            contact_history=ContactHistoryService(register, user),
            orders=OrderService(register, user),
            attachments=AttachmentService(register, user),
            disclosures=DisclosureService(register, user),
            duplicates=DuplicateCheck(register, user),
            merge=CustomerMerge(register, user),
            requests=RequestService(register, user),
            rights=RightsService(register, user),
            descriptions=RegisterDescriptionService(register, user),
            handouts=StatementHandoutService(register, user),
            published=PublishedStatementService(register, user),
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
            changes=ChangeFeed(register, user),
            server_move=ServerMove(register, user),
        )
