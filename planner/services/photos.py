"""Photographs of Golden Book entries and gifts: stored with a checksum, checked when read."""

from __future__ import annotations

import hashlib
import mimetypes
import os
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner.domain.errors import DomainError, Problem, ValidationError
from planner.domain.records import Attachment
from planner.services.catalogue import get_row
from planner.services.context import ServiceContext
from planner.store.models import AttachmentRow, GiftRow, GoldenBookEntryRow

MAX_PHOTO_BYTES = 40 * 1024 * 1024
IMAGE_TYPES = {"image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp"}


class PhotoUnavailable(DomainError):
    """A photograph's file is missing or damaged; the record itself is fine."""


def managed_folder(ctx: ServiceContext) -> Path | None:
    """Photos kept as files live next to the SQLite file; a server database keeps them inside."""
    path = ctx.database.path
    return path.with_name(f"{path.stem}-photos") if path else None


def _problem(row: AttachmentRow, folder: Path | None) -> str:
    if row.data is not None:
        data = row.data
    elif row.stored_path and folder is not None:
        file = folder / row.stored_path
        if not file.exists():
            return f"file {file} is missing"
        data = file.read_bytes()
    else:
        return "no data stored"
    if hashlib.sha256(data).hexdigest() != row.sha256:
        return "the stored bytes do not match the checksum (file changed or damaged)"
    return ""


def attachments_of(session: Session, *, entry_id: int | None = None,
                   gift_id: int | None = None, folder: Path | None = None,
                   verify: bool = False) -> tuple[Attachment, ...]:
    query = select(AttachmentRow).order_by(AttachmentRow.id)
    query = query.where(AttachmentRow.entry_id == entry_id) if entry_id is not None else \
        query.where(AttachmentRow.gift_id == gift_id)
    return tuple(Attachment(filename=r.filename, media_type=r.media_type, sha256=r.sha256,
                            size=r.size, id=r.id,
                            problem=_problem(r, folder) if verify else "")
                 for r in session.scalars(query))


class Photos:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def attach(self, source: Path, *, entry_id: int | None = None, gift_id: int | None = None,
               in_database: bool = True) -> Attachment:
        if (entry_id is None) == (gift_id is None):
            raise ValidationError(Problem("", "a photo belongs to one entry or one gift"))
        problems = []
        if not source.is_file():
            problems.append(Problem("file", f"{source} does not exist or is not a file"))
        elif source.stat().st_size > MAX_PHOTO_BYTES:
            problems.append(Problem("file", f"{source.name} is larger than 40 MB"))
        media_type = mimetypes.guess_type(source.name)[0] or ""
        if media_type not in IMAGE_TYPES:
            problems.append(Problem("file", f"{source.name} is not a photo (JPEG, PNG, …)"))
        if problems:
            raise ValidationError(problems)
        data = source.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        folder = managed_folder(self.ctx)
        stored_path = None
        if not in_database:
            if folder is None:
                raise ValidationError(Problem("in_database", "a server database keeps photos "
                                                             "inside the database"))
            folder.mkdir(mode=0o700, exist_ok=True)
            stored_path = f"{digest[:2]}/{digest}{source.suffix.lower()}"
            target = folder / stored_path
            target.parent.mkdir(mode=0o700, exist_ok=True)
            if not target.exists():
                temp = target.with_suffix(".part")
                temp.write_bytes(data)
                os.chmod(temp, 0o600)
                temp.replace(target)
        with self.ctx.write() as session:
            if entry_id is not None:
                get_row(session, GoldenBookEntryRow, entry_id, "entry")
            else:
                get_row(session, GiftRow, gift_id, "gift")
            row = AttachmentRow(entry_id=entry_id, gift_id=gift_id, filename=source.name,
                                media_type=media_type, sha256=digest, size=len(data),
                                data=data if in_database else None, stored_path=stored_path)
            session.add(row)
            session.flush()
            return Attachment(filename=row.filename, media_type=media_type, sha256=digest,
                              size=len(data), id=row.id)

    def read(self, attachment_id: int) -> bytes:
        with self.ctx.read() as session:
            row = get_row(session, AttachmentRow, attachment_id, "photo")
            folder = managed_folder(self.ctx)
            problem = _problem(row, folder)
            if problem:
                raise PhotoUnavailable(f"photo {row.filename!r}: {problem}")
            if row.data is not None:
                return row.data
            assert folder is not None and row.stored_path
            return (folder / row.stored_path).read_bytes()

    def remove(self, attachment_id: int) -> None:
        with self.ctx.write() as session:
            session.delete(get_row(session, AttachmentRow, attachment_id, "photo"))

    def verify(self) -> list[str]:
        """Every photo that cannot be read, with the entry or gift it belongs to."""
        folder = managed_folder(self.ctx)
        found = []
        with self.ctx.read() as session:
            for row in session.scalars(select(AttachmentRow).where(
                    or_(AttachmentRow.entry_id.is_not(None), AttachmentRow.gift_id.is_not(None)))
                    .order_by(AttachmentRow.id)):
                problem = _problem(row, folder)
                if problem:
                    owner = (f"Golden Book entry {row.entry_id}" if row.entry_id
                             else f"gift {row.gift_id}")
                    found.append(f"{owner}, photo {row.filename!r}: {problem}")
        return found
