"""The nearest site within a distance, against a brute-force search with pyproj's Karney geodesic."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Geod

from ceasewatch.errors import InputError
from ceasewatch.geo.nearest import SiteIndex, geodesic_km, nearest_within

GEOD = Geod(ellps="WGS84")

Float = npt.NDArray[np.float64]
Int = npt.NDArray[np.int64]


def brute_force(lat: Float, lon: Float, s_lat: Float, s_lon: Float, max_km: float) -> tuple[Int, Float]:
    """Every point against every site with pyproj.Geod.inv; lowest index among equal distances."""
    index = np.full(lat.shape[0], -1, dtype=np.int64)
    km = np.full(lat.shape[0], np.inf)
    for n in range(lat.shape[0]):
        if not (np.isfinite(lat[n]) and np.isfinite(lon[n])) or s_lat.shape[0] == 0:
            continue
        _, _, metres = GEOD.inv(np.full_like(s_lon, lon[n]), np.full_like(s_lat, lat[n]), s_lon, s_lat)
        best = int(np.argmin(metres))
        if metres[best] <= max_km * 1000.0:
            index[n] = best
            km[n] = metres[best] / 1000.0
    return index, km


def clustered(
    rng: np.random.Generator,
    n_sites: int,
    n_points: int,
    lat: tuple[float, float],
    lon: tuple[float, float],
    spread_km: float,
) -> tuple[Float, Float, Float, Float]:
    s_lat = rng.uniform(*lat, n_sites)
    s_lon = rng.uniform(*lon, n_sites)
    which = rng.integers(0, n_sites, n_points)
    p_lat = s_lat[which] + rng.normal(0, spread_km / 111.2, n_points)
    p_lon = s_lon[which] + rng.normal(0, spread_km / (111.3 * np.cos(np.radians(s_lat[which]))), n_points)
    return p_lat, p_lon, s_lat, s_lon


REGIONS = {
    "ukraine": ((44.0, 52.5), (22.0, 40.5)),
    "volga-50E": ((50.0, 56.0), (47.0, 53.0)),
    "urals-60E": ((55.0, 62.0), (56.0, 60.0)),
    "arctic": ((66.0, 78.0), (30.0, 70.0)),
    "near-pole": ((88.5, 89.9), (-180.0, 180.0)),
    "equator": ((-1.0, 1.0), (10.0, 12.0)),
}


@pytest.mark.parametrize("region", sorted(REGIONS))
def test_matches_brute_force(region: str) -> None:
    lat_range, lon_range = REGIONS[region]
    rng = np.random.default_rng(sorted(REGIONS).index(region))
    p_lat, p_lon, s_lat, s_lon = clustered(rng, 300, 1500, lat_range, lon_range, spread_km=1.5)
    index, km = nearest_within(p_lat, p_lon, s_lat, s_lon, max_km=2.0)
    b_index, b_km = brute_force(p_lat, p_lon, s_lat, s_lon, 2.0)
    assert (index == b_index).all()
    hit = b_index >= 0
    assert hit.any() and (~hit).any()
    np.testing.assert_allclose(km[hit], b_km[hit], rtol=0, atol=1e-11)  # 10 nm, in km
    assert np.isinf(km[~hit]).all()


def test_points_around_the_edge() -> None:
    """Points placed by pyproj at 2 km ± 1 mm and ± 1 µm in every direction fall on the side Karney puts them.

    Points placed at exactly 2 km land within 1e-9 m of the edge, below the documented accuracy (1e-8 m): they may
    fall either way and are left out of the check.
    """
    rng = np.random.default_rng(7)
    s_lat = rng.uniform(44.0, 62.0, 50)
    s_lon = rng.uniform(22.0, 60.0, 50)
    offsets = np.array([-1e-3, -1e-6, 0.0, 1e-6, 1e-3])
    site = np.repeat(np.arange(50), 8 * offsets.shape[0])
    azimuth = np.tile(np.repeat(np.arange(0.0, 360.0, 45.0), offsets.shape[0]), 50)
    dist = 2000.0 + np.tile(offsets, 50 * 8)
    p_lon, p_lat, _ = GEOD.fwd(s_lon[site], s_lat[site], azimuth, dist)
    _, _, exact = GEOD.inv(p_lon, p_lat, s_lon[site], s_lat[site])
    index = SiteIndex(s_lat, s_lon)
    got, km = index.nearest_within(p_lat, p_lon, max_km=2.0)
    decisive = np.abs(exact - 2000.0) > 1e-8
    assert decisive.sum() == 50 * 8 * 4
    inside = decisive & (exact <= 2000.0)
    outside = decisive & (exact > 2000.0)
    # Sites are far apart here (tens of km), so the nearest one is the one the point was placed from.
    assert (got[inside] == site[inside]).all()
    assert (got[outside] == -1).all()
    np.testing.assert_allclose(km[inside], exact[inside] / 1000.0, rtol=0, atol=1e-11)


@pytest.mark.parametrize("max_km", [0.5, 2.0, 25.0, 150.0, 600.0])
def test_distance_against_karney_on_random_pairs(max_km: float) -> None:
    """The documented accuracy: < 1e-8 m to 50 km, < 1e-6 m to 100 km; beyond 100 km it is pyproj itself."""
    rng = np.random.default_rng(int(max_km * 10))
    n = 20_000
    lat1 = np.degrees(np.arcsin(rng.uniform(-1, 1, n)))
    lon1 = rng.uniform(-180, 180, n)
    lon2, lat2, _ = GEOD.fwd(lon1, lat1, rng.uniform(-180, 180, n), rng.uniform(0, max_km * 1000.0, n))
    _, _, exact = GEOD.inv(lon1, lat1, lon2, lat2)
    error_m = np.abs(geodesic_km(lat1, lon1, lat2, lon2) * 1000.0 - exact)
    assert error_m.max() < (1e-8 if max_km <= 50 else 1e-6)


def test_ties_go_to_the_lowest_index() -> None:
    s_lat = np.array([50.0, 50.01, 50.0, 50.01])
    s_lon = np.array([30.0, 30.0, 30.0, 30.0])  # site 2 duplicates site 0, site 3 duplicates site 1
    index, km = nearest_within([50.0, 50.0099, 50.005], [30.0, 30.0, 30.0], s_lat, s_lon, max_km=2.0)
    assert index.tolist()[:2] == [0, 1]
    assert km[0] == 0.0
    # Equidistant on the meridian? Not exactly (the ellipsoid), so compare with Karney for the third.
    _, _, d0 = GEOD.inv(30.0, 50.005, 30.0, 50.0)
    _, _, d1 = GEOD.inv(30.0, 50.005, 30.0, 50.01)
    assert index[2] == (0 if d0 <= d1 else 1)


def test_mirror_tie_is_exact() -> None:
    """Two sites mirrored about a meridian through the point are equally far (to 1e-8 m): the lowest index wins."""
    index, _ = nearest_within([50.0], [30.0], [50.0, 50.0], [30.01, 29.99], max_km=2.0)
    assert index.tolist() == [0]
    index, _ = nearest_within([50.0], [30.0], [50.0, 50.0], [29.99, 30.01], max_km=2.0)
    assert index.tolist() == [0]


def test_no_sites_empty_input_and_nan() -> None:
    index, km = nearest_within([50.0, 51.0], [30.0, 31.0], [], [], max_km=2.0)
    assert index.tolist() == [-1, -1] and np.isinf(km).all()
    index, km = nearest_within([], [], [50.0], [30.0], max_km=2.0)
    assert index.shape == (0,) and km.shape == (0,) and index.dtype == np.int64
    index, km = nearest_within([np.nan, 50.0, 50.0], [30.0, np.nan, 30.0], [50.0], [30.0], max_km=2.0)
    assert index.tolist() == [-1, -1, 0] and km.tolist()[:2] == [np.inf, np.inf]


def test_shape_is_kept_and_scalars_broadcast() -> None:
    index, km = nearest_within([[50.0, 60.0], [50.001, 50.0]], 30.0, [50.0], [30.0], max_km=2.0)
    assert index.shape == (2, 2) and km.shape == (2, 2)
    assert index.tolist() == [[0, -1], [0, 0]]


def test_index_is_reusable_and_chunked_answers_agree() -> None:
    rng = np.random.default_rng(3)
    p_lat, p_lon, s_lat, s_lon = clustered(rng, 2000, 600_000, (44.0, 62.0), (22.0, 60.0), spread_km=2.0)
    index = SiteIndex(s_lat, s_lon)
    one, km_one = index.nearest_within(p_lat, p_lon, 2.0, workers=1)
    many, km_many = index.nearest_within(p_lat, p_lon, 2.0, workers=-1)
    assert (one == many).all()
    assert np.array_equal(km_one, km_many)
    part, _ = index.nearest_within(p_lat[:1000], p_lon[:1000], 2.0)
    assert (part == one[:1000]).all()
    assert len(index) == 2000


def test_bad_input_is_named() -> None:
    with pytest.raises(InputError, match="site_lat"):
        SiteIndex([50.0, np.nan], [30.0, 30.0])
    with pytest.raises(InputError, match="as many longitudes"):
        SiteIndex([50.0, 51.0], [30.0])
    with pytest.raises(InputError, match=r"record 1.*field 'lat'"):
        nearest_within([50.0, 95.0], [30.0, 30.0], [50.0], [30.0], max_km=2.0)
    with pytest.raises(InputError, match="max_km"):
        nearest_within([50.0], [30.0], [50.0], [30.0], max_km=-1.0)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    lat0=st.floats(-80.0, 80.0),
    lon0=st.floats(-170.0, 170.0),
    max_km=st.floats(0.05, 30.0),
)
def test_property_same_answer_as_brute_force(seed: int, lat0: float, lon0: float, max_km: float) -> None:
    rng = np.random.default_rng(seed)
    box = max_km / 50.0 + 0.01
    p_lat, p_lon, s_lat, s_lon = clustered(
        rng, 40, 200, (lat0 - box, lat0 + box), (lon0 - box, lon0 + box), spread_km=max_km
    )
    p_lat = np.clip(p_lat, -90.0, 90.0)
    index, km = nearest_within(p_lat, p_lon, s_lat, s_lon, max_km=max_km)
    b_index, b_km = brute_force(p_lat, p_lon, s_lat, s_lon, max_km)
    assert (index == b_index).all()
    hit = b_index >= 0
    np.testing.assert_allclose(km[hit], b_km[hit], rtol=0, atol=1e-11)


def test_large_queries_take_the_grid_path_and_still_match_brute_force() -> None:
    """A query of 2**16 points or more builds the cell grid; its answers must be the brute-force ones."""
    rng = np.random.default_rng(7)
    p_lat, p_lon, s_lat, s_lon = clustered(rng, 40, 70_000, (46.0, 52.0), (30.0, 40.0), spread_km=3.0)
    index, km = SiteIndex(s_lat, s_lon).nearest_within(p_lat, p_lon, 2.0)
    metres = np.stack(
        [
            GEOD.inv(np.full_like(p_lon, s_lon[k]), np.full_like(p_lat, s_lat[k]), p_lon, p_lat)[2]
            for k in range(len(s_lat))
        ]
    )
    best = np.argmin(metres, axis=0)
    within = metres[best, np.arange(len(p_lat))] <= 2000.0
    assert np.array_equal(index, np.where(within, best, -1))
    assert np.allclose(km[within], metres[best, np.arange(len(p_lat))][within] / 1000.0, rtol=0, atol=1e-9)
    assert 0.2 < within.mean() < 0.9  # both kinds of answer are exercised
