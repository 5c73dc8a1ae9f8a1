"""Opening the store: a damaged file (one flipped byte anywhere) is refused everywhere,
a store without a recorded checksum is stale (rebuilt, or refused where nothing may be
built), ``gazetteer build`` repairs. Small stores built like the real one."""

from __future__ import annotations

import pytest

from geo.errors import GazetteerDamaged, GazetteerError
from geo.gazetteer import checksum, ensure_gazetteer, open_gazetteer, opening, verify_gazetteer
from tests.fixtures.gazetteers import copy_store, damage_offsets, flip, small_store

PLACES = ("header", "index page", "data page", "last page")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return small_store(tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite")


@pytest.fixture()
def fake_builds(monkeypatch):
    """The builder, replaced by the small build (the real one takes ~20 s)."""
    calls = []

    def build(path, verbose=False):
        calls.append(path)
        path.unlink(missing_ok=True)
        small_store(path, n=10)
        return {}

    monkeypatch.setattr(opening, "build_gazetteer", build)
    return calls


def test_a_built_store_has_its_checksum_and_opens(built, tmp_path):
    assert checksum.check(built) == "ok"
    assert checksum.checksum_path(built).read_text().split() == [
        checksum.file_digest(built),
        "gazetteer.sqlite",
    ]  # sha256sum's format
    assert open_gazetteer(built).lookup("Kharkiv")[0].place.id == "test:kharkiv"
    verify_gazetteer(built)


@pytest.mark.parametrize("where", PLACES)
def test_one_flipped_byte_anywhere_is_refused_and_nothing_is_rebuilt(
    built, tmp_path, where, fake_builds
):
    p = copy_store(built, tmp_path / "gazetteer.sqlite")
    flip(p, damage_offsets(p)[where])
    before = p.read_bytes()
    for attempt in (
        lambda: open_gazetteer(p),
        lambda: open_gazetteer(p, build=False),
        lambda: verify_gazetteer(p),
        lambda: ensure_gazetteer(p),
    ):
        with pytest.raises(GazetteerDamaged) as err:
            attempt()
        msg = str(err.value)
        assert str(p) in msg and "damaged" in msg
        assert "`python -m geo gazetteer build`" in msg
    assert isinstance(err.value, GazetteerError)
    assert p.read_bytes() == before and not fake_builds  # refused, not replaced


def test_gazetteer_build_repairs_a_damaged_store(built, tmp_path, fake_builds):
    p = copy_store(built, tmp_path / "gazetteer.sqlite")
    flip(p, damage_offsets(p)["data page"])
    assert ensure_gazetteer(p, repair=True) is True and fake_builds == [p]
    assert checksum.check(p) == "ok" and open_gazetteer(p).lookup("Kharkiv")


def test_no_recorded_checksum_is_stale_rebuilt_or_refused(built, tmp_path, fake_builds):
    p = copy_store(built, tmp_path / "gazetteer.sqlite")
    checksum.checksum_path(p).unlink()
    with pytest.raises(GazetteerError, match="no recorded checksum") as err:
        open_gazetteer(p, build=False)  # a batch worker: builds nothing
    assert not isinstance(err.value, GazetteerDamaged) and not fake_builds
    assert open_gazetteer(p).lookup("Kharkiv") and fake_builds == [p]  # the app, the CLI


def test_a_garbled_sidecar_is_damage_not_staleness(built, tmp_path, fake_builds):
    p = copy_store(built, tmp_path / "gazetteer.sqlite")
    checksum.checksum_path(p).write_text("not a checksum\n")
    with pytest.raises(GazetteerDamaged):
        open_gazetteer(p)
    assert not fake_builds


def test_the_hash_is_computed_once_per_version_of_the_file(built, tmp_path, monkeypatch):
    import os

    p = copy_store(built, tmp_path / "gazetteer.sqlite")
    real, calls = checksum.file_digest, []
    monkeypatch.setattr(checksum, "file_digest", lambda f: calls.append(f) or real(f))
    for _ in range(3):
        open_gazetteer(p).close()
    assert len(calls) == 1
    flip(p, damage_offsets(p)["data page"])  # rewritten in place: the mtime moves
    st = p.stat()
    os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 1000))
    with pytest.raises(GazetteerDamaged):
        open_gazetteer(p)
    assert len(calls) == 2


@pytest.mark.slow
@pytest.mark.parametrize("where", PLACES)
def test_the_real_store_damaged_anywhere_is_refused(gazetteer, tmp_path, where):
    assert checksum.check(gazetteer.path) == "ok"  # the build recorded it
    p = copy_store(gazetteer.path, tmp_path / "gazetteer.sqlite")
    flip(p, damage_offsets(p)[where])
    with pytest.raises(GazetteerDamaged, match="gazetteer build"):
        open_gazetteer(p, build=False)


def test_a_symlinked_store_uses_the_checksum_beside_its_target(built, tmp_path, fake_builds):
    """A checkout whose data/gazetteer.sqlite links to a shared store finds its checksum."""
    link = tmp_path / "gazetteer.sqlite"
    link.symlink_to(built)
    assert checksum.checksum_path(link) == checksum.checksum_path(built)
    assert open_gazetteer(link).lookup("Kharkiv") and not fake_builds
    assert link.is_symlink()  # used, not rebuilt in place
