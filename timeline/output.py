"""Where outputs go: check a path before any work, then write the file whole or not at all.

An output never replaces an input: a path that is an input file, or lies inside an
input folder (where it would be read as an article next time), is refused.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from timeline.errors import OutputError, given_path

PARTIAL = ".partial-"
# The longest file name, in bytes, that common file systems take; a partial file's name
# (the target's name, PARTIAL and a process id) is cut to fit it.
NAME_MAX = 255
"""Marks a file being written: ``events.csv.partial-<pid>``, renamed into place when whole."""

EXPORT_FORMATS = (".csv", ".parquet", ".json")
"""The extensions a table is written as (see :func:`timeline.table.write_table`)."""
PAGE_FORMATS = (".html", ".htm")
"""The extensions the timeline page is written as."""
IMAGE_FORMATS = (".png",)
"""The extensions the timeline image is written as."""


def check_output(
    path: str | Path,
    *,
    inputs: Iterable[str | Path] = (),
    suffixes: tuple[str, ...] = (),
    taken: Iterable[str | Path] = (),
) -> Path:
    """Refuse an output path that cannot or must not be written; return it as a ``Path``.

    Refused: a suffix not in ``suffixes`` (when given), a folder (or a name ending with a
    slash), something
    that is not a file (a device, a pipe, a socket: renaming the output onto it would
    replace it), a path under a file, a folder that cannot be written, any path that is one of
    ``inputs`` or inside an input folder, and one of ``taken`` (the other outputs of
    the same run, which it would replace). Raises :class:`OutputError`, and
    :class:`OptionError` when ``path`` is not a path at all.
    """
    target = given_path(path, parameter="path")
    if str(path).endswith(("/", os.sep)) and not target.is_dir():
        raise OutputError(str(path), "names a folder (it ends with a slash); give a file name")
    try:
        return _checked_output(target, inputs, suffixes, taken)
    except OSError as err:  # a name too long for the file system, a folder that cannot be read
        raise OutputError(str(target), f"cannot be written ({err.strerror or err})") from None


def _checked_output(
    target: Path,
    inputs: Iterable[str | Path],
    suffixes: tuple[str, ...],
    taken: Iterable[str | Path],
) -> Path:
    if target.is_dir():
        raise OutputError(str(target), "is a folder; give a file name")
    if target.exists() and not target.is_file():
        raise OutputError(str(target), "is not a file (a device, pipe or socket); give a file name")
    folder = _existing_ancestor(target)
    if not folder.is_dir():
        raise OutputError(str(target), f"{folder} is a file, not a folder")
    if not os.access(folder, os.W_OK):
        raise OutputError(str(target), f"cannot write in {folder} (permission denied)")
    resolved = Path(os.path.realpath(target))  # a link that loops is a path, not an error
    if any(resolved == Path(os.path.realpath(other)) for other in taken):
        raise OutputError(str(target), "is also another output; give each output its own file")
    for given in inputs:
        source = Path(given)
        if source.is_dir():
            if _inside(resolved, source):
                raise OutputError(
                    str(target),
                    f"is inside the input folder {source}, where it would replace or join "
                    "the articles; write it elsewhere",
                )
        elif resolved == Path(os.path.realpath(source)) or (
            target.exists() and source.exists() and os.path.samefile(target, source)
        ):
            raise OutputError(str(target), "is an input file; write the output elsewhere")
    if suffixes and target.suffix.lower() not in suffixes:
        raise OutputError(str(target), f"unknown format; use {', '.join(suffixes)}")
    return target


def _inside(resolved: Path, folder: Path) -> bool:
    """Whether the path ``resolved`` (links followed) lies in ``folder``, however either is
    spelled: by path, or by the folder's identity on disk, since a bind mount or a
    case-insensitive file system gives one folder several paths."""
    if resolved.is_relative_to(os.path.realpath(folder)):
        return True
    identity = folder.stat()
    return any(
        os.path.samestat(parent.stat(), identity) for parent in resolved.parents if parent.is_dir()
    )


def _existing_ancestor(path: Path) -> Path:
    for parent in path.absolute().parents:
        if parent.exists():
            return parent
    return Path(path.anchor or ".")


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(partial_path)``, flush it to disk, then move it into place; return ``path``.

    A symbolic link is written through: the file it points to is replaced, the link kept.
    The partial file sits beside the file written as ``NAME.partial-<pid>`` (NAME cut to fit
    :data:`NAME_MAX`); it is removed
    when writing fails, and one left by a killed process is removed by the next write
    to the same target. A path :func:`check_output` refuses, and OS errors, become
    one-line :class:`OutputError`s.
    """
    given = check_output(path)
    target = check_output(_through_links(given))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(target)
    except OSError as err:
        raise OutputError(str(target), f"cannot be written ({err.strerror or err})") from None
    partial = target.with_name(f"{_partial_stem(target)}{PARTIAL}{os.getpid()}")
    try:
        write(partial)
        _sync(partial)
        os.replace(partial, target)
        _sync(target.parent)
    except OSError as err:
        raise OutputError(str(target), f"cannot be written ({err.strerror or err})") from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    return given


def _partial_stem(target: Path) -> str:
    """How the names of ``target``'s partial files start: its name, cut so that PARTIAL
    and a process id still fit in :data:`NAME_MAX` bytes."""
    room = NAME_MAX - len(PARTIAL) - len(str(2**32))
    stem = target.name[:room]  # a character takes a byte at least
    while len(os.fsencode(stem)) > room:  # cut on a character, not inside one
        stem = stem[:-1]
    return stem


def _through_links(path: Path) -> Path:
    """The file a symbolic link ``path`` points to (links followed to the end); else ``path``.

    A link that loops is left as it is: renaming onto it replaces the link.
    """
    if not path.is_symlink():
        return path
    try:
        return Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:  # a link to nothing yet: the file it names is created
        return Path(os.path.realpath(path))
    except OSError:  # a loop
        return path


def remove_stale_partials(target: Path) -> None:
    """Remove partial files of ``target`` whose writing process no longer runs."""
    for partial in target.parent.glob(f"{_glob_escape(_partial_stem(target))}{PARTIAL}*"):
        pid = partial.name.rpartition(PARTIAL)[2]
        if pid.isdigit() and not _running(int(pid)):
            partial.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


def _sync(path: Path) -> None:
    """Flush a file (or a folder's entries) to disk; folders that cannot be opened are skipped."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        if path.is_dir():
            return
        raise
    try:
        with contextlib.suppress(OSError) if path.is_dir() else contextlib.nullcontext():
            os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


# A cell a spreadsheet would run as a formula (OWASP's list of first characters), also
# after spaces (some spreadsheets trim them), quotes, or apostrophes added before: one
# more apostrophe neutralises it, and reading takes one away.
_FORMULA = re.compile(r"['\"\s\u200b\ufeff]*[=+\-@\t\r]")


def neutralised(value: object) -> object:
    """``value`` with a leading apostrophe if a spreadsheet would read it as a formula
    (every text cell of a CSV table is written through this)."""
    return f"'{value}" if isinstance(value, str) and _FORMULA.match(value) else value


def restored(value: object) -> object:
    """The cell as it was before :func:`neutralised`."""
    if isinstance(value, str) and value.startswith("'") and _FORMULA.match(value):
        return value[1:]
    return value
