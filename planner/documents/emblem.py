"""The office's crest or logo on the page: SVG as vector drawing, PNG as image."""

from __future__ import annotations

import io
import tempfile
from functools import lru_cache
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from planner.documents.data import Office

# An emblem may not pull in other files: svglib refuses references outside this empty folder.
_NO_REFERENCES = str(Path(tempfile.gettempdir()) / "planner-emblem-no-references")


@lru_cache(maxsize=4)
def _svg(data: bytes) -> Drawing | None:
    from svglib.svglib import svg2rlg  # only documents with an SVG emblem pay for svglib

    try:
        return svg2rlg(io.BytesIO(data), external_reference_root=_NO_REFERENCES)
    except Exception:  # a malformed SVG: the document prints without it and says so
        return None


@lru_cache(maxsize=4)
def _png(data: bytes) -> ImageReader | None:
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
        return reader
    except Exception:
        return None


def aspect(office: Office) -> float | None:
    """Width per height of the emblem, or None when there is none it can print."""
    if office.emblem_type == "image/svg+xml" and (drawing := _svg(office.emblem)) is not None:
        return drawing.width / drawing.height if drawing.height else None
    if office.emblem_type == "image/png" and (image := _png(office.emblem)) is not None:
        width, height = image.getSize()
        return width / height if height else None
    return None


def draw(canvas: Canvas, office: Office, x: float, y: float, height: float) -> float:
    """Draw the emblem with its lower left corner at (x, y); returns the width it took."""
    ratio = aspect(office)
    if ratio is None:
        return 0.0
    width = height * ratio
    if office.emblem_type == "image/png":
        canvas.drawImage(_png(office.emblem), x, y, width, height, mask="auto")
        return width
    drawing = _svg(office.emblem)
    assert drawing is not None
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(height / drawing.height, height / drawing.height)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.restoreState()
    return width


def problem(office: Office) -> str | None:
    """The warning to show when a stored emblem cannot be printed."""
    if office.emblem and aspect(office) is None:
        return "Office emblem: the stored image cannot be read; printed without it"
    return None


class Emblem(Flowable):
    """The emblem as a flowable of a given height, at the left (or right, RTL) margin."""

    def __init__(self, office: Office, height: float, right: bool = False) -> None:
        super().__init__()
        self.office = office
        self.emblem_height = height
        self.right = right

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.emblem_height if aspect(self.office) else 0.0

    def draw(self) -> None:
        ratio = aspect(self.office)
        if ratio is None:
            return
        x = self.width - self.emblem_height * ratio if self.right else 0.0
        draw(self.canv, self.office, x, 0, self.emblem_height)
