"""The packaged topic taxonomy and topic scores."""

import itertools
import json
from importlib import resources

from councilwatch.core.analyse.topics import load_taxonomy, score_topics


def test_taxonomy_is_documented_and_well_formed():
    raw = json.loads(resources.files("councilwatch.data").joinpath("topics.json").read_text("utf-8"))
    assert "about" in raw and len(raw["about"]) > 100
    ids = [t["id"] for t in raw["topics"]]
    assert len(ids) == len(set(ids)) >= 12
    for topic in raw["topics"]:
        assert topic["name"] and topic["scope"] and len(topic["keywords"]) >= 5
        assert all(k == k.lower() for k in topic["keywords"])
    assert len(load_taxonomy()) == len(ids)


def test_scores_rank_the_main_subject_first():
    text = (
        "The Panel considered the homelessness strategy. Use of temporary accommodation had risen and more "
        "tenants were being evicted by private landlords. The council tax base was also mentioned."
    )
    scores = score_topics(text)
    assert scores[0].id == "housing"
    assert all(a.score >= b.score for a, b in itertools.pairwise(scores))


def test_whole_words_only_and_wildcards():
    assert not [
        t for t in score_topics("The officer will send the schedule.") if t.id == "children-education"
    ]
    assert next(t.id for t in score_topics("New allotments and recycling bins were discussed.")) == (
        "waste-environment"
    )


def test_a_passing_mention_is_not_a_topic():
    long_text = "The committee met. " * 400 + "One question was about parking."
    assert all(t.id != "transport-highways" for t in score_topics(long_text))
