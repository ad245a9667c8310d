"""deduce's lookup cache: where it lives, whether it is built, and building it ahead of time.

deduce keeps its lookup structures (1 GB of tries) in a pickle. Without it, the first load
builds them from the shipped word lists: measured 82 s on the 2-core machine (2–4 s once the
cache is there). ``doetmee run`` starts :func:`warm_up_in_background` at start-up when the
cache is missing, so the first staff export does not pay for it; the build runs in its own
spawned process, never in the bot's (importing deduce switches logging to DEBUG).

Nothing here imports deduce: the package is located with ``importlib.util.find_spec``.
Building and loading take a file lock beside the cache, so a warm-up and an export never read
a cache file that the other is still writing; a cache that cannot be read (a build cut off
half-way) is removed and built again (:func:`load_model`).

The export never runs deduce's institution annotators (hospitals and care institutions are
organisations, not personal data), yet their tries are a third of the cache. So beside deduce's
cache we keep a trimmed copy without them (:data:`TRIMMED_STRUCTS`), written once from the full
model, and workers load that one with a configuration that leaves those annotators out: about
0.7 s less to start a worker and about a third less memory.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import importlib.util
import json
import logging
import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Iterator
from datetime import datetime
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

log = logging.getLogger("bot.export.deduce_cache")

CACHE_FILE = Path("cache") / "lookup_structs.pickle"
BUILD_SECONDS = 82
"""Measured: building the cache on the 2-core machine (Python 3.11, deduce 3.0.6)."""
TRIMMED_ANNOTATORS = frozenset({"hospital", "institution"})
"""deduce's annotators of hospitals and care institutions (its "institutions" group)."""
TRIMMED_STRUCTS = frozenset({"hospital", "healthcare_institution"})
"""The lookup tries only those annotators read."""


def package_lookup() -> Path | None:
    spec = importlib.util.find_spec("deduce")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "lookup"


def cache_dir(lookup: Path | None = None) -> Path | None:
    """Where deduce's cache is (or will be): inside the package when that is writable,
    otherwise ``$XDG_CACHE_HOME/doetmee/deduce-<version>``."""
    lookup = lookup or package_lookup()
    if lookup is None:
        return None
    if (lookup / CACHE_FILE).exists() or os.access(lookup / "cache", os.W_OK):
        return lookup
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "doetmee" / f"deduce-{importlib.metadata.version('deduce')}"


def is_ready(directory: Path | None = None) -> bool:
    """Whether the cache file is there (an export then loads deduce in seconds)."""
    directory = directory or cache_dir()
    return directory is not None and (directory / CACHE_FILE).is_file()


@contextlib.contextmanager
def _locked(directory: Path, exclusive: bool) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux
        yield
        return
    lock_dir = directory / "cache"
    lock_dir.mkdir(parents=True, exist_ok=True)
    with open(lock_dir / ".doetmee.lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def load_model(deduce_module: Any, directory: Path) -> Any:
    """``deduce.Deduce`` without its institution annotators, from the trimmed cache.

    The first load reads deduce's full cache (building it when missing, see
    :func:`_full_model`) and writes the trimmed copy beside it for every later load.
    """
    trimmed = trimmed_dir(directory, deduce_module.__version__)
    if _trimmed_is_fresh(directory, trimmed):
        with _locked(directory, exclusive=False):
            try:
                return _trimmed_model(deduce_module, trimmed)
            except Exception as error:  # a copy cut off half-way: write it again
                log.warning("the trimmed deduce cache could not be read (%s)", error)
    model = _full_model(deduce_module, directory)
    with _locked(directory, exclusive=True):
        if not _trimmed_is_fresh(directory, trimmed):
            _write_trimmed(model, deduce_module.__version__, trimmed)
    return model


def trimmed_dir(directory: Path, deduce_version: str) -> Path:
    """Where the trimmed copy of the cache in ``directory`` lives (deduce looks for
    ``cache/lookup_structs.pickle`` under it)."""
    return directory / f"doetmee-trimmed-{deduce_version}"


def _trimmed_is_fresh(directory: Path, trimmed: Path) -> bool:
    """Whether the trimmed copy is there and no older than deduce's cache."""
    try:
        return (trimmed / CACHE_FILE).stat().st_mtime >= (directory / CACHE_FILE).stat().st_mtime
    except OSError:
        return False


def _trimmed_model(deduce_module: Any, trimmed: Path) -> Any:
    config_file = Path(deduce_module.__file__).parent / "base_config.json"
    config = json.loads(config_file.read_text(encoding="utf-8"))
    config["annotators"] = {
        name: annotator
        for name, annotator in config["annotators"].items()
        if name not in TRIMMED_ANNOTATORS
    }
    # No src/ under the trimmed directory, so deduce checks only its version, which the
    # directory's name carries.
    return deduce_module.Deduce(load_base_config=False, config=config, cache_path=trimmed)


def _write_trimmed(model: Any, deduce_version: str, trimmed: Path) -> None:
    """The full model's lookup structures without :data:`TRIMMED_STRUCTS`, in deduce's own
    cache format; written to a temporary file first, so a reader never sees half of it."""
    structs = type(model.lookup_structs)(
        (name, struct)
        for name, struct in model.lookup_structs.items()
        if name not in TRIMMED_STRUCTS
    )
    target = trimmed / CACHE_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    cache = {
        "deduce_version": deduce_version,
        "saved_datetime": str(datetime.now()),
        "lookup_structs": structs,
    }
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
        pickle.dump(cache, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.chmod(handle.name, 0o644)  # as readable as deduce's own cache
    os.replace(handle.name, target)


def _full_model(deduce_module: Any, directory: Path) -> Any:
    """``deduce.Deduce`` with its whole cache in ``directory``, built once under an exclusive
    lock.

    Readers take a shared lock, so they wait while a build writes the file; a build takes an
    exclusive one and looks again first (another process may have built it meanwhile).
    """
    if is_ready(directory):
        with _locked(directory, exclusive=False):
            try:
                return deduce_module.Deduce(cache_path=directory)
            except Exception as error:  # a cache cut off half-way: build it again
                log.warning("deduce's cache could not be read (%s); building it again", error)
    with _locked(directory, exclusive=True):
        if not is_ready(directory):
            log.warning("building deduce's lookup cache once (about 1.5 minutes)")
        try:
            return deduce_module.Deduce(cache_path=directory)
        except Exception:
            with contextlib.suppress(OSError):
                (directory / CACHE_FILE).unlink()
            return deduce_module.Deduce(cache_path=directory)


def _someone_builds(directory: Path) -> bool:
    """Whether another process holds the build lock right now."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Linux
        return False
    lock_dir = directory / "cache"
    lock_dir.mkdir(parents=True, exist_ok=True)
    with open(lock_dir / ".doetmee.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle, fcntl.LOCK_UN)
    return False


def _warm_up() -> None:
    """In the spawned process: load deduce once, which builds the cache — unless another
    process (an export, another warm-up) is building it already."""
    directory = cache_dir()
    if directory is None or is_ready(directory) or _someone_builds(directory):
        return
    from bot.export.scrub.engine import DeduceEngine

    DeduceEngine.load()


_warming: BaseProcess | None = None


def warm_up_in_background() -> BaseProcess | None:
    """Build deduce's cache in a separate process if it is missing; ``None`` when ready.

    At most one such process per bot process (a bot restarted in the same process, as the
    tests do, does not start another). It is a daemon: when the bot's process ends, it ends
    too, and the next start (or the first export) builds the cache.
    """
    global _warming
    if package_lookup() is None or is_ready():
        return None
    if _warming is not None and _warming.is_alive():
        return _warming
    process = multiprocessing.get_context("spawn").Process(
        target=_warm_up, name="deduce-cache-warm-up", daemon=True
    )
    process.start()
    _warming = process
    log.info("building deduce's lookup cache in process %s", process.pid)
    return process
