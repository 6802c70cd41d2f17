"""Who may do what. The UI hides what a role may not do; the services refuse it too."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    ADMIN = "admin"  # pääkäyttäjä
    CLERK = "clerk"  # käsittelijä
    READER = "reader"  # lukuoikeus


class Permission(StrEnum):
    VIEW = "view"
    EDIT_CUSTOMERS = "edit_customers"
    HANDLE_REQUESTS = "handle_requests"
    PRINT_LETTERS = "print_letters"
    EXPORT = "export"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    EDIT_DESCRIPTION = "edit_description"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    ERASE_EXPIRED = "erase_expired"  # review and erase records past their retention
    DELETE_CUSTOMERS = "delete_customers"  # under erasure's rules of what the law keeps


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CLERK: frozenset(
        {
            Permission.VIEW,
            Permission.EDIT_CUSTOMERS,
            Permission.HANDLE_REQUESTS,
            Permission.PRINT_LETTERS,
            Permission.BACKUP,
        }
    ),
    Role.READER: frozenset({Permission.VIEW}),
}

ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Main user"),
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Clerk"),
    Role.READER: QT_TRANSLATE_NOOP("Roles", "Read-only"),
}

ROLE_DESCRIPTIONS: dict[Role, str] = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Everything, including users and settings"),
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Customers, requests, letters and printing"),
    Role.READER: QT_TRANSLATE_NOOP("Roles", "May view the register but not change it"),
}

# Shown in "Your role does not allow this: …".
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW: QT_TRANSLATE_NOOP("Roles", "viewing the register"),
    Permission.EDIT_CUSTOMERS: QT_TRANSLATE_NOOP("Roles", "changing customers"),
    Permission.HANDLE_REQUESTS: QT_TRANSLATE_NOOP("Roles", "handling requests"),
    Permission.PRINT_LETTERS: QT_TRANSLATE_NOOP("Roles", "signing and printing letters"),
    Permission.EXPORT: QT_TRANSLATE_NOOP("Roles", "exporting customer data"),
    Permission.MANAGE_USERS: QT_TRANSLATE_NOOP("Roles", "managing users"),
    Permission.MANAGE_SETTINGS: QT_TRANSLATE_NOOP("Roles", "changing settings"),
    Permission.EDIT_DESCRIPTION: QT_TRANSLATE_NOOP("Roles", "editing the register description"),
    Permission.VIEW_AUDIT: QT_TRANSLATE_NOOP("Roles", "viewing the audit log"),
    Permission.BACKUP: QT_TRANSLATE_NOOP("Roles", "making backups"),
    Permission.ERASE_EXPIRED: QT_TRANSLATE_NOOP(
        "Roles", "erasing records whose retention period has ended"
    ),
    Permission.DELETE_CUSTOMERS: QT_TRANSLATE_NOOP("Roles", "deleting customers"),
}


def can(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
