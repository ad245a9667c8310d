"""Anonymised export of dialogue answers for the verhalenreeks and for reports.

Public API: :func:`export` (async, for the bot), :func:`export_sync` (for the CLI),
:class:`ExportRequest`, :class:`AnswerRecord`, :class:`ExportSummary`, :class:`ExportError`
and :class:`ExportWorker` (to share one loaded deduce across several exports).
"""

from bot.export.records import AnswerRecord, ExportError, ExportRequest, ExportSummary
from bot.export.service import export, export_sync
from bot.export.worker import ExportWorker

__all__ = [
    "AnswerRecord",
    "ExportError",
    "ExportRequest",
    "ExportSummary",
    "ExportWorker",
    "export",
    "export_sync",
]
