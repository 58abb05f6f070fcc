"""ORM models of the planning desk (migration 0019): plan items and who is on them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from newsdesk.domain.planning import AssignmentRole, PlanStatus
from newsdesk.storage.orm import Base, new_uuid, utcnow

_STATUSES = ", ".join(f"'{s.value}'" for s in PlanStatus)
_ROLES = ", ".join(f"'{r.value}'" for r in AssignmentRole)


BUDGET_INDEX = (
    "edition",
    "section_id",
    "due_at",
    "priority",
    "status",
    "article_id",
    "words_planned",
)


class PlanItemRow(Base):
    __tablename__ = "plan_items"
    __table_args__ = (
        CheckConstraint(f"status IN ({_STATUSES})", name="status"),
        # The budget's order, and every column a filter reads (migration 0023): a month
        # filtered by state reads the index, not 15,000 rows out of order.
        Index("ix_plan_items_budget", *BUDGET_INDEX),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    edition: Mapped[date] = mapped_column(Date)
    section_id: Mapped[int | None] = mapped_column(ForeignKey("sections.id", ondelete="SET NULL"))
    slug: Mapped[str] = mapped_column(String(200))
    pitch: Mapped[str] = mapped_column(Text, default="")
    words_planned: Mapped[int | None] = mapped_column(Integer)
    due_at: Mapped[datetime | None] = mapped_column()
    priority: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default=PlanStatus.IDEA.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), unique=True
    )
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)


class PlanAssignment(Base):
    __tablename__ = "plan_assignments"
    __table_args__ = (
        CheckConstraint(f"role IN ({_ROLES})", name="role"),
        Index("ix_plan_assignments_user_id", "user_id"),
    )

    plan_item_id: Mapped[int] = mapped_column(
        ForeignKey("plan_items.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)
