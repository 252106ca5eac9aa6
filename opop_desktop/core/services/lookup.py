"""Finding a record the user named, or saying which one is missing."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..catalogue import Message
from ..errors import NotFoundError


def get_or_refuse(session: Session, cls, id_: str, label: str):
    """``label``: the catalogue id of what ``cls`` is called (setup.thing_...)."""
    obj = session.get(cls, id_) if id_ else None
    if obj is None:
        raise NotFoundError("setup.not_found", thing=Message(label), id=id_)
    return obj
