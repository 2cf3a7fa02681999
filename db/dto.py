"""Plain data objects returned by repositories (never live ORM rows)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class ConsumerDTO:
    """One consumer of the billing registry (реестр потребителей)."""

    account: str  # лицевой счёт, digits only
    full_name: str
    address: str = ""
    postal_code: str = ""
    phone: str = ""  # normalised +7XXXXXXXXXX or empty
    email: str = ""
    meter_numbers: tuple[str, ...] = field(default_factory=tuple)
    active: bool = True
    id: int | None = None
