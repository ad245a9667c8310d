"""Parameters of a Bot API request, read as Telegram reads them: from the query string and an
``application/x-www-form-urlencoded``, ``multipart/form-data`` (uploads) or JSON body.
In form bodies every value is a string and nested values (reply_markup, entities, commands,
…) are JSON-encoded strings; the typed accessors decode them."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.sandbox.api_error import ApiError


@dataclass(frozen=True)
class UploadedFile:
    filename: str | None
    content_type: str | None
    data: bytes


class Params:
    def __init__(
        self, values: dict[str, Any], files: dict[str, UploadedFile] | None = None
    ) -> None:
        self.values = values
        self.files = files or {}

    @classmethod
    async def from_request(cls, request: web.Request) -> Params:
        values: dict[str, Any] = dict(request.query)
        files: dict[str, UploadedFile] = {}
        if request.content_type == "application/json":
            try:
                body = await request.json()
            except ValueError as error:
                raise ApiError.bad_request("can't parse JSON encoded request body") from error
            if isinstance(body, dict):
                values.update(body)
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):
                    files[name] = UploadedFile(
                        value.filename, value.content_type, value.file.read()
                    )
                else:
                    values[name] = value if isinstance(value, str) else value.decode()
        return cls(values, files)

    def has(self, name: str) -> bool:
        return self.values.get(name) not in (None, "") or name in self.files

    def text(self, name: str) -> str | None:
        value = self.values.get(name)
        if value is None:
            return None
        if isinstance(value, str):
            return value
        return json.dumps(value) if isinstance(value, dict | list) else str(value)

    def integer(self, name: str, *, required: bool = False) -> int | None:
        value = self.values.get(name)
        if value in (None, ""):
            if required:
                raise ApiError.bad_request(f"{name} is empty")
            return None
        try:
            return int(value)
        except (TypeError, ValueError) as error:
            raise ApiError.bad_request(f"invalid {name} specified") from error

    def number(self, name: str) -> float | None:
        value = self.values.get(name)
        if value in (None, ""):
            return None
        try:
            return float(value)
        except (TypeError, ValueError) as error:
            raise ApiError.bad_request(f"invalid {name} specified") from error

    def boolean(self, name: str) -> bool:
        value = self.values.get(name)
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1")
        return bool(value)

    def json(self, name: str) -> Any:
        value = self.values.get(name)
        if not isinstance(value, str):
            return value
        if value == "":
            return None
        try:
            return json.loads(value)
        except ValueError as error:
            raise ApiError.bad_request(f"can't parse {name} JSON object") from error

    def upload(self, name: str) -> UploadedFile | None:
        """The uploaded part for ``name``, directly or through an ``attach://`` reference."""
        if name in self.files:
            return self.files[name]
        value = self.text(name)
        if value and value.startswith("attach://"):
            return self.files.get(value.removeprefix("attach://"))
        return None

    def for_log(self) -> dict[str, Any]:
        """The parameters with JSON strings decoded and uploads summarised."""
        shown: dict[str, Any] = {}
        for name, value in self.values.items():
            if isinstance(value, str) and value[:1] in ("{", "["):
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            shown[name] = value
        for name, upload in self.files.items():
            shown[name] = {
                "upload": upload.filename,
                "mime_type": upload.content_type,
                "size": len(upload.data),
            }
        return shown
