"""Helpers for the screen tests: a signed-in context and a recorder for message boxes."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from dikecualikan_gui.config import Config
from dikecualikan_gui.domain.model import Actor
from dikecualikan_gui.services import users
from dikecualikan_gui.ui import messages
from dikecualikan_gui.ui.context import AppContext


def context(config: Config, actor: Actor) -> AppContext:
    ctx = AppContext(config)
    ctx.sign_in(users.get_by_username(actor.username))
    return ctx


@dataclass
class Answers:
    """What the message boxes said, and what the test answers (confirm/three_way)."""

    confirm: bool = True
    choice: int = 0
    shown: list[str] = field(default_factory=list)


def answer_messages(monkeypatch: pytest.MonkeyPatch, answers: Answers) -> Answers:
    def record(kind: str, text: str) -> None:
        answers.shown.append("{k}: {t}".format(k=kind, t=text))

    monkeypatch.setattr(messages, "error", lambda parent, text, title=None: record("error", text))
    monkeypatch.setattr(messages, "info", lambda parent, text, title=None: record("info", text))
    monkeypatch.setattr(
        messages,
        "confirm",
        lambda parent, title, text, yes, no=None, details="": (record("confirm", text), answers.confirm)[1],
    )
    monkeypatch.setattr(
        messages,
        "three_way",
        lambda parent, title, text, first, second, cancel=None: (record("three_way", text), answers.choice)[1],
    )
    return answers
