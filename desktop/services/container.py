"""The services for one logged-in person, built once per login and handed to the windows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.business import BusinessService
from desktop.services.current_user import CurrentUser
from desktop.services.customer_query import CustomerQueries
from desktop.services.customers import CustomerService
from desktop.services.gate import Gate
from desktop.services.settings import SettingsService
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
        )
