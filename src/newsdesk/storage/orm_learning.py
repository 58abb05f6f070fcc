"""ORM models of moderation that learns: the spam filter's model and commenter rules.

Only moderators and admins may read or write either table on a newsroom server
(migration 0017): the rules name commenters' e-mail addresses.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Float, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.storage.orm import Base, utcnow


class LearnedFilter(Base):
    """A spam filter learned from this newsroom's decisions (`name` "newsroom")."""

    __tablename__ = "learned_filters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    model: Mapped[bytes] = mapped_column(LargeBinary)
    """Arrays in NumPy's .npz format, read without pickle (services/spam_model.py)."""
    features_version: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    """Raised by every save: windows reload the model when it changes."""
    trained_at: Mapped[datetime] = mapped_column(default=utcnow)
    trained_through: Mapped[str] = mapped_column(String(60))
    """The moderation log as training saw it: its last action and how many were undone."""
    wanted: Mapped[int] = mapped_column(Integer)
    unwanted: Mapped[int] = mapped_column(Integer)
    precision: Mapped[float | None] = mapped_column(Float)
    recall: Mapped[float | None] = mapped_column(Float)
    f1: Mapped[float | None] = mapped_column(Float)


class CommenterRule(Base):
    """A standing order about one commenter's comments: always hold, or always spam."""

    __tablename__ = "commenter_rules"
    __table_args__ = (CheckConstraint("rule IN ('hold', 'spam')", name="rule"),)

    email: Mapped[str] = mapped_column(String(100), primary_key=True)
    rule: Mapped[str] = mapped_column(String(10))
    set_by: Mapped[str] = mapped_column(String(120))
    set_at: Mapped[datetime] = mapped_column(default=utcnow)
