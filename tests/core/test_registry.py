from urllib.parse import urlsplit

import pytest

from councilwatch.core.models import Platform
from councilwatch.core.registry import find_council, load_registry, parse_registry, search_councils

ROWS = [c for c in load_registry() if not c.demo]


def test_registry_has_every_row_and_the_demo_council():
    assert len(ROWS) == 435
    assert len({c.slug for c in load_registry()}) == 436
    demo = [c for c in load_registry() if c.demo]
    assert [c.code for c in demo] == ["DEMO"]


@pytest.mark.parametrize("council", ROWS, ids=[c.slug for c in ROWS])
def test_each_row_has_a_valid_platform_and_base_url(council):
    assert council.platform in set(Platform)
    assert council.name
    if not council.base_url:
        # only rows with no scraper at all may lack an address, and they are never crawled
        assert council.disabled and council.platform in (Platform.NONE, Platform.OTHER)
        return
    parts = urlsplit(council.base_url)
    assert parts.scheme in ("http", "https")
    assert parts.hostname and "." in parts.hostname
    assert not council.base_url.endswith("/")
    assert " " not in council.base_url


def test_platform_counts_match_the_registry_notes():
    moderngov = [c for c in ROWS if c.platform == Platform.MODERNGOV]
    assert len(moderngov) == 334
    assert len([c for c in moderngov if c.current]) == 300


def test_shared_code_resolves_to_the_current_council():
    she = find_council("SHE")
    assert she is not None and she.current and "Folkestone" in she.name
    assert find_council("she-shepway").end_date is not None
    assert find_council("nope") is None


def test_search_filters_and_hides_demo():
    found = search_councils(load_registry(), text="coventry", platform="moderngov")
    assert [c.code for c in found] == ["COV"]
    assert all(not c.demo for c in search_councils(load_registry()))
    assert search_councils(load_registry(), text="fernmoor", include_demo=True)[0].code == "DEMO"


def test_parse_registry_reads_dates_and_flags():
    text = (
        "code,name,nation,gss,platform,base_url,disabled,end_date,lgsf_folder\n"
        "XYZ,Old Council,England,E1,moderngov,https://x.gov.uk/,true,2020-03-31,XYZ-old\n"
    )
    (row,) = parse_registry(text)
    assert row.base_url == "https://x.gov.uk" and row.disabled and row.end_date.year == 2020
    assert not row.current and row.slug == "XYZ-old"
