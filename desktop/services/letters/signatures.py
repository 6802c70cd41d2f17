"""The signer's name, title and scanned signature that go under a letter, and saving them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.errors import ValidationError
from desktop.services.access.current_user import CurrentUser
from desktop.services.letters.rows import Signature
from desktop.store import audit
from desktop.store.letter_models import UserSignature
from desktop.store.models import User

SIGNATURE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Validation", "The signature image is too large: use a picture under 2 MB."
)
MAX_SIGNATURE = 2 * 1024 * 1024


def signature_of(session: Session, current: CurrentUser) -> Signature:
    user = session.get(User, current.id)
    image = session.get(UserSignature, current.id)
    return Signature(
        user.full_name if user else current.full_name,
        user.title if user else "",
        image.image if image else None,
    )


def check_signature_image(image: bytes | None) -> None:
    if image is not None and len(image) > MAX_SIGNATURE:
        raise ValidationError({"image": SIGNATURE_TOO_BIG})


def save_signature(session: Session, current: CurrentUser, title: str, image: bytes | None) -> None:
    """The title and the image (None removes it) of the logged-in user, audited."""
    user = session.get(User, current.id)
    assert user is not None
    user.title = title.strip()[:200]
    row = session.get(UserSignature, current.id)
    if image is None and row is not None:
        session.delete(row)
    elif image is not None:
        if row is None:
            session.add(UserSignature(user_id=user.id, image=image, updated_at=datetime.now()))
        else:
            row.image = image
            row.updated_at = datetime.now()
    audit.append(
        session,
        current.actor,
        "signature_saved",
        entity="user",
        entity_id=user.id,
        fields=("title", "signature"),
    )
