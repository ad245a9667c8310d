"""A Reply as JSON, for the outbox. A button keeps its action as its name and arguments, as on
the wire (``{"action": "idea_mine", "args": []}``: the layout of earlier versions, so messages
queued before an upgrade still go out); it is signed when sent."""

from __future__ import annotations

import base64
import json
from typing import Any

from bot.messaging.actions import Action, from_parts, to_parts
from bot.messaging.reply import Button, Document, Reply


def _action(pressed: Action | None) -> dict[str, Any]:
    if pressed is None:
        return {"action": None, "args": []}
    name, *args = to_parts(pressed)
    return {"action": name, "args": args}


def _pressed(button: dict[str, Any]) -> Action | None:
    name = button.get("action")
    if not name:
        return None
    return from_parts([name, *(str(arg) for arg in button.get("args", ()))])


def dumps(reply: Reply) -> str:
    data: dict[str, Any] = {
        "text": reply.text,
        "buttons": [
            [{"label": b.label, **_action(b.action), "url": b.url} for b in row]
            for row in reply.buttons
        ],
    }
    if reply.document is not None:
        data["document"] = {
            "filename": reply.document.filename,
            "content": base64.b64encode(reply.document.content).decode(),
            "caption": reply.document.caption,
        }
    if reply.photo is not None:
        data["photo"] = base64.b64encode(reply.photo).decode()
    if reply.commands is not None:
        data["commands"] = [list(command) for command in reply.commands]
    return json.dumps(data, ensure_ascii=False)


def loads(text: str) -> Reply:
    data = json.loads(text)
    document = data.get("document")
    return Reply(
        text=data["text"],
        buttons=tuple(
            tuple(Button(b["label"], _pressed(b), b.get("url")) for b in row)
            for row in data.get("buttons", [])
        ),
        document=Document(
            document["filename"], base64.b64decode(document["content"]), document.get("caption", "")
        )
        if document
        else None,
        photo=base64.b64decode(data["photo"]) if data.get("photo") else None,
        commands=tuple((c[0], c[1]) for c in data["commands"]) if "commands" in data else None,
    )
