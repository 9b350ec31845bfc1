"""Outputs: checked before any work, never an input, written whole or not at all."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.errors import OptionError, OutputError
from timeline.output import check_output, write_atomically

# Writes half a file, then is killed outright: nothing of it runs afterwards.
KILLED_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from timeline.output import write_atomically

def half(path):
    path.write_text("half of a table", encoding="utf-8")
    os.kill(os.getpid(), signal.SIGKILL)

write_atomically(Path(sys.argv[1]), half)
"""


def test_a_write_killed_midway_leaves_the_old_file_and_no_hidden_file(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    target.write_text("the old table", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(target)], check=False)
    assert done.returncode == -signal.SIGKILL
    assert target.read_text(encoding="utf-8") == "the old table"
    left = [p.name for p in tmp_path.iterdir() if p != target]
    assert not [name for name in left if name.startswith(".")], "no hidden leftovers"
    assert all(name.startswith("events.csv.partial-") for name in left)

    write_atomically(target, lambda path: path.write_text("new", encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"], "the next write cleans up"
    assert target.read_text(encoding="utf-8") == "new"


def test_a_failed_write_removes_its_partial_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "t.html"
    target.write_text("old", encoding="utf-8")

    def fails(path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=r"t\.html: cannot be written \(No space left"):
        write_atomically(target, fails)
    assert [p.name for p in tmp_path.iterdir()] == ["t.html"]
    assert target.read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("name", ["a" * 251 + ".csv", "é" * 125 + ".csv", "x" + "é" * 124 + ".csv"])
def test_an_output_whose_name_is_as_long_as_the_file_system_allows_is_written(
    tmp_path: Path, name: str
) -> None:
    target = tmp_path / name  # 255 bytes: its partial file's name must be cut to fit
    write_atomically(target, lambda path: path.write_text("old", encoding="utf-8"))
    write_atomically(target, lambda path: path.write_text("new", encoding="utf-8"))
    assert [p.name for p in tmp_path.iterdir()] == [name]
    assert target.read_text(encoding="utf-8") == "new"


def test_a_failed_write_to_a_long_name_is_one_output_error(tmp_path: Path) -> None:
    def fails(path: Path) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match=r"cannot be written \(No space left"):
        write_atomically(tmp_path / ("b" * 251 + ".csv"), fails)
    assert list(tmp_path.iterdir()) == []


def test_a_name_longer_than_the_file_system_takes_is_one_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"cannot be written \(File name too long"):
        write_atomically(tmp_path / ("c" * 300 + ".csv"), lambda path: path.write_text("x"))
    with pytest.raises(OutputError, match=r"cannot be written \(File name too long"):
        check_output(tmp_path / ("c" * 300) / "t.csv")


def test_the_file_reaches_the_disk_before_it_replaces_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        calls.append("fsync " + os.readlink(f"/proc/self/fd/{descriptor}"))
        real_fsync(descriptor)

    def replace(source: str | Path, target: str | Path) -> None:
        calls.append(f"replace {source}")
        real_replace(source, target)

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name file descriptors")
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "e.json"
    write_atomically(target, lambda path: path.write_text("[]", encoding="utf-8"))
    partial = f"{target}.partial-{os.getpid()}"
    assert calls[:2] == [f"fsync {partial}", f"replace {partial}"]


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("in/a.csv", "is an input file"),
        ("in/../in/a.csv", "is an input file"),
        ("link.csv", "is an input file"),
        ("in/new.csv", "is inside the input folder"),
        ("out", "is a folder; give a file name"),
        ("out/a.txt/x.csv", "a.txt is a file, not a folder"),
    ],
)
def test_outputs_that_would_replace_an_input_or_cannot_be_written(
    tmp_path: Path, output: str, message: str
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "in" / "a.csv").write_text("text,date\n", encoding="utf-8")
    (tmp_path / "out" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link.csv").symlink_to(tmp_path / "in" / "a.csv")
    inputs = [tmp_path / "in" / "a.csv"] if "new" not in output else [tmp_path / "in"]
    with pytest.raises(OutputError, match=message):
        check_output(tmp_path / output, inputs=inputs)


def test_a_name_ending_with_a_slash_is_a_folder_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"names a folder \(it ends with a slash\)"):
        write_atomically(f"{tmp_path}/page.html/", lambda path: path.write_text("x"))
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["pipe.csv", "link-to-pipe.csv"])
def test_a_pipe_is_refused_as_an_output_and_never_replaced_by_a_file(
    tmp_path: Path, name: str
) -> None:
    os.mkfifo(tmp_path / "pipe.csv")
    (tmp_path / "link-to-pipe.csv").symlink_to(tmp_path / "pipe.csv")
    message = "is not a file \\(a device, pipe or socket\\)"
    with pytest.raises(OutputError, match=message):
        check_output(tmp_path / name)
    with pytest.raises(OutputError, match=message):
        write_atomically(tmp_path / name, lambda path: path.write_text("x", encoding="utf-8"))
    assert (tmp_path / "pipe.csv").is_fifo() and (tmp_path / "link-to-pipe.csv").is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link-to-pipe.csv", "pipe.csv"]


def test_links_that_loop_are_checked_without_failing(tmp_path: Path) -> None:
    (tmp_path / "loop.csv").symlink_to(tmp_path / "loop.csv")
    assert (
        check_output(tmp_path / "out.csv", inputs=[tmp_path / "loop.csv"]) == tmp_path / "out.csv"
    )
    assert check_output(tmp_path / "loop.csv", inputs=[tmp_path / "in"]) == tmp_path / "loop.csv"


def test_a_hard_link_to_an_input_is_that_input(tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("text,date\n", encoding="utf-8")
    os.link(source, tmp_path / "b.csv")
    with pytest.raises(OutputError, match="is an input file"):
        check_output(tmp_path / "b.csv", inputs=[source])


def test_a_link_to_a_file_is_written_through_and_kept(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "events.csv"
    real.write_text("the old table", encoding="utf-8")
    link = tmp_path / "events.csv"
    link.symlink_to(real)
    assert write_atomically(link, lambda path: path.write_text("new", encoding="utf-8")) == link
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    assert [p.name for p in (tmp_path / "real").iterdir()] == ["events.csv"]


def test_a_link_to_nothing_yet_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "events.csv"
    link.symlink_to(tmp_path / "later.csv")
    write_atomically(link, lambda path: path.write_text("new", encoding="utf-8"))
    assert link.is_symlink() and (tmp_path / "later.csv").read_text(encoding="utf-8") == "new"


def test_a_file_that_is_not_a_link_is_replaced_as_before(tmp_path: Path) -> None:
    target = tmp_path / "events.csv"
    target.write_text("old", encoding="utf-8")
    write_atomically(str(target), lambda path: path.write_text("new", encoding="utf-8"))
    assert not target.is_symlink() and target.read_text(encoding="utf-8") == "new"


def test_a_link_to_an_input_is_still_refused(tmp_path: Path) -> None:
    source = tmp_path / "a.csv"
    source.write_text("text,date\n", encoding="utf-8")
    (tmp_path / "out.csv").symlink_to(source)
    with pytest.raises(OutputError, match="is an input file"):
        check_output(tmp_path / "out.csv", inputs=[source])
    assert source.read_text(encoding="utf-8") == "text,date\n"


@pytest.mark.parametrize(("path", "kind"), [(None, "NoneType"), (5, "int")])
def test_a_path_that_is_no_path_is_refused_naming_the_parameter(path: object, kind: str) -> None:
    with pytest.raises(OptionError, match=f"^path must be a file path .*, not {kind}$"):
        check_output(path)  # type: ignore[arg-type]
    with pytest.raises(OptionError, match=f"^path must be a file path .*, not {kind}$"):
        write_atomically(path, lambda tmp: tmp.write_text("x"))  # type: ignore[arg-type]


def test_an_output_in_an_input_folder_spelled_another_way_is_refused(tmp_path: Path) -> None:
    """A bind mount gives one folder two paths, as a case-insensitive file system gives
    "Pool" and "pool": neither spelling may put an output among the articles."""
    folder, alias = tmp_path / "in", tmp_path / "alias"
    folder.mkdir()
    alias.mkdir()
    mounted = subprocess.run(["mount", "--bind", folder, alias], capture_output=True, check=False)
    if mounted.returncode:
        pytest.skip("needs the right to bind-mount a folder")
    try:
        for output in (alias / "events.csv", alias / "new" / "events.csv"):
            with pytest.raises(OutputError, match="is inside the input folder"):
                check_output(output, inputs=[folder])
        beside = tmp_path / "events.csv"  # negative: beside the input folder
        assert check_output(beside, inputs=[folder]) == beside
    finally:
        subprocess.run(["umount", alias], check=True)
