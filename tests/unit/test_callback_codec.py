"""The callback-data codec accepts only what it produced."""

from __future__ import annotations

import pytest

from bot.messaging.callback_codec import MAX_BYTES, CallbackCodec, CallbackDataError


def test_round_trip() -> None:
    codec = CallbackCodec("secret")
    data = codec.encode("q", 12345, 7, "c", 3)
    assert len(data.encode()) <= MAX_BYTES
    decoded = codec.decode(data)
    assert decoded.action == "q"
    assert decoded.args == ("12345", "7", "c", "3")
    assert codec.matches("q")(data)
    assert not codec.matches("consent")(data)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda d: d.replace("q:", "x:", 1),
        lambda d: d[:-1] + ("a" if d[-1] != "a" else "b"),
        lambda d: "2" + d[1:],
        lambda d: d.split("~")[0],
        lambda d: "",
        lambda d: None,
        lambda d: d + "~extra",
    ],
)
def test_rejects_altered_data(tamper) -> None:
    codec = CallbackCodec("secret")
    with pytest.raises(CallbackDataError):
        codec.decode(tamper(codec.encode("q", 1, 2, "c", 0)))


def test_another_secret_does_not_accept() -> None:
    data = CallbackCodec("one").encode("consent", "yes")
    with pytest.raises(CallbackDataError):
        CallbackCodec("two").decode(data)


def test_refuses_to_make_what_telegram_would_refuse() -> None:
    codec = CallbackCodec("secret")
    with pytest.raises(CallbackDataError):
        codec.encode("dlg", "x" * 60)
    with pytest.raises(CallbackDataError):
        codec.encode("dlg", "a:b")
