"""k-anonymity of municipality and age band: generalise first, then suppress."""

from __future__ import annotations

from bot.export.kanon import Release, release


def profiles(
    *groups: tuple[str | None, str | None, int],
) -> dict[str, tuple[str | None, str | None]]:
    result = {}
    for municipality, band, count in groups:
        for i in range(count):
            result[f"{municipality}-{band}-{i}"] = (municipality, band)
    return result


def test_large_groups_released() -> None:
    decided = release(profiles(("Zwolle", "26-40", 10)), k=10)
    assert set(decided.values()) == {Release(True, True)}


def test_drop_municipality_when_age_band_reaches_k() -> None:
    data = profiles(("Ommen", "26-40", 3), ("Raalte", "26-40", 4), ("Losser", "26-40", 3))
    decided = release(data, k=10)
    assert set(decided.values()) == {Release(False, True)}


def test_drop_age_band_when_municipality_reaches_k() -> None:
    data = profiles(("Kampen", "18-25", 3), ("Kampen", "41-65", 4), ("Kampen", "65+", 3))
    decided = release(data, k=10)
    assert set(decided.values()) == {Release(True, False)}


def test_suppress_both_when_nothing_reaches_k() -> None:
    data = profiles(("Zwolle", "26-40", 10), ("Tubbergen", "65+", 2))
    decided = release(data, k=10)
    assert decided["Tubbergen-65+-0"] == Release(False, False)
    assert decided["Zwolle-26-40-0"] == Release(True, True)


def test_unknown_values_count_with_generalised_ones() -> None:
    # 6 without municipality plus 4 whose municipality is generalised away: 10 share "26-40".
    data = profiles((None, "26-40", 6), ("Ommen", "26-40", 4))
    decided = release(data, k=10)
    assert decided["Ommen-26-40-0"] == Release(False, True)


def test_nothing_given_nothing_suppressed() -> None:
    assert release(profiles((None, None, 1)), k=10) == {"None-None-0": Release(True, True)}


def test_k_one_releases_everything() -> None:
    data = profiles(("Tubbergen", "65+", 1))
    assert set(release(data, k=1).values()) == {Release(True, True)}
