"""The exceptions the library raises on purpose. All derive from :class:`TimelineError`."""

from __future__ import annotations

import os
import reprlib
import traceback
from pathlib import Path

_REASON_LENGTH = 300
# How a message quotes a value it was given: its two ends, whatever its size.
_QUOTED = reprlib.Repr()
_QUOTED.maxstring = _QUOTED.maxlong = _QUOTED.maxother = 60


class TimelineError(Exception):
    """Base of every error ``timeline`` raises on purpose; its message is one line."""


class SourceError(TimelineError):
    """A source (file or folder) cannot be read at all.

    ``where`` names the file or row; ``reason`` says what is wrong and how to fix it.
    """

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = one_line(reason)  # it may quote a field of any size or shape
        super().__init__(f"{where}: {self.reason}")


NO_SUCH_PATH = "no such file or folder"
EMPTY_PATH = "an empty path; give a file or folder ('.' for the current one)"


class ArticleError(SourceError):
    """One article cannot be used (no text, no publication date, bad encoding, ...)."""


class NothingReadError(TimelineError):
    """A source gave no usable article (or skipped some, when strict); the message says which.

    ``parameter`` is ``"strict"`` when the ``strict`` option made the run fail.
    """

    def __init__(self, message: str, *, parameter: str = "") -> None:
        self.parameter = parameter
        super().__init__(message)


class PassError(TimelineError):
    """A step across all articles (naming people, clustering reports) failed and the
    ``strict`` option asked for no table without it; the message names the step and why."""


class OptionError(TimelineError):
    """An option or argument has a bad value (e.g. an unparseable ``--published``).

    ``parameter`` names the library parameter at fault (the message starts with it),
    so a front end can say it its own way; empty when none is.
    """

    def __init__(self, message: str, *, parameter: str = "") -> None:
        self.parameter = parameter
        super().__init__(message)


class OutputError(OptionError):
    """An output cannot be written where asked (it would replace an input, bad path, ...).

    ``path`` names the output; ``reason`` says what is wrong and how to fix it.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class SkippedArticleWarning(UserWarning):
    """One article could not be processed and was left out; the message names it and why."""


class PassFailedWarning(UserWarning):
    """A step across all articles (naming people, clustering reports) failed; the table was
    built without it, no event lost. The message names the step, why, and what the table
    lacks."""


# Why an article was lost when its worker process died (a crash, the out-of-memory killer).
WORKER_STOPPED = "its worker process stopped while processing it (crashed or was killed)"


def given_path(value: object, *, parameter: str, what: str = "a file path") -> Path:
    """``value`` as a ``Path``; :class:`OptionError` naming ``parameter`` when it is no path."""
    if not isinstance(value, str | os.PathLike):
        raise OptionError(
            f"{parameter} must be {what} (a str or Path), not {type(value).__name__}",
            parameter=parameter,
        )
    if not os.fspath(value):  # an unset variable, most likely: not the current folder
        raise OptionError(f"{parameter} is {EMPTY_PATH}", parameter=parameter)
    return Path(value)


def first_line(err: BaseException) -> str:
    """The first line of ``err``'s message, or its type's name when it has none."""
    message = str(err).strip()
    return message.splitlines()[0] if message else type(err).__name__


def one_line(message: str) -> str:
    """``message`` on one line (whitespace runs to one space), cut to a readable length."""
    line = " ".join(message[: _REASON_LENGTH * 4].split())
    if len(line) > _REASON_LENGTH:
        line = line[: _REASON_LENGTH - 3] + "..."
    return line


def quoted(value: object) -> str:
    """``value`` as a message quotes it: its ``repr``, its middle left out when long."""
    return _QUOTED.repr(value)


def failure(err: Exception) -> str:
    """An unforeseen exception in one line: the type, message and innermost place it came from.

    Our own errors (:class:`TimelineError`) are told by their message alone.
    """
    message = one_line(str(err))
    if isinstance(err, TimelineError):
        return message
    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "timeline" in Path(f.filename).parts] or frames
    at = ""
    if ours:
        at = f" (at {Path(ours[-1].filename).name}:{ours[-1].lineno} in {ours[-1].name})"
    return f"unexpected {type(err).__name__}{': ' + message if message else ''}{at}"
