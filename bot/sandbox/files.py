"""Files the stand-in holds: what the bot uploaded and what simulated users sent.

Each has a ``file_id`` (what Telegram objects carry), a ``file_unique_id`` and a
``file_path`` under which the bot downloads it (``/file/bot<token>/<file_path>``).
"""

from __future__ import annotations

import mimetypes
import secrets
import struct
import zlib
from dataclasses import dataclass
from typing import Any

_FOLDERS = {
    "document": "documents",
    "photo": "photos",
    "voice": "voice",
    "sticker": "stickers",
}


@dataclass
class StoredFile:
    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_name: str | None
    mime_type: str | None
    file_path: str
    from_bot: bool

    @property
    def size(self) -> int:
        return len(self.data)

    def view(self) -> dict[str, Any]:
        """Metadata for the control interface (without the bytes)."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "kind": self.kind,
            "file_name": self.file_name,
            "mime_type": self.mime_type,
            "file_size": self.size,
            "file_path": self.file_path,
            "from_bot": self.from_bot,
        }


def new_file(
    number: int,
    kind: str,
    data: bytes,
    *,
    file_name: str | None,
    mime_type: str | None,
    from_bot: bool,
) -> StoredFile:
    if mime_type is None and file_name:
        mime_type = mimetypes.guess_type(file_name)[0]
    extension = mimetypes.guess_extension(mime_type or "") or ""
    if file_name and "." in file_name:
        extension = "." + file_name.rsplit(".", 1)[1]
    return StoredFile(
        file_id=f"SBX{kind[:3].upper()}{number:05d}{secrets.token_hex(8)}",
        file_unique_id=f"U{number:05d}{secrets.token_hex(3)}",
        kind=kind,
        data=data,
        file_name=file_name,
        mime_type=mime_type,
        file_path=f"{_FOLDERS.get(kind, 'files')}/file_{number}{extension}",
        from_bot=from_bot,
    )


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG or WebP image; None if it is none of those."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return 512, 512
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 9 < len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        length = struct.unpack(">H", data[index + 2 : index + 4])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[index + 5 : index + 9])
            return int(width), int(height)
        index += 2 + length
    return None


def tiny_png(width: int = 2, height: int = 2) -> bytes:
    """A valid grey PNG, the default picture simulated users send."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body))
            + kind
            + body
            + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
        )

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
