"""The verifier and the audit take any text without raising, and keep their promises on it."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from councilwatch.core.verify import verify_sentence
from councilwatch.core.verify.audit import audit
from councilwatch.core.verify.sentences import split_sentences

# Text made of the pieces minutes are made of, so the generator reaches the interesting branches.
PIECES = st.sampled_from(
    [
        "RESOLVED that", "the Committee", "notes", "approved", "will consider", "£1.2m", "12%",
        "18th March 2025", "18/03/2025", "Minute 13/24", "Councillor Patel", "“a quote”", "'single'", "(a)",
        "1)", ";", ".", ":-", "\n", "\n\n", "•", "three", "2024/25", "10.30 am", "recommends to Cabinet that",
        "be", "deferred", "not",
    ]
)  # fmt: skip
CODES = {
    "no_citation", "quote_not_found", "number_mismatch", "date_mismatch", "entity_not_found",
    "outcome_mismatch", "unsupported",
}  # fmt: skip
TEXT = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=30).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(sentence=TEXT, passage=TEXT)
def test_verify_never_raises_and_is_consistent(sentence: str, passage: str) -> None:
    check = verify_sentence(sentence, [passage])
    assert check.passed == (not check.failures)
    found = {f.code for f in check.failures}
    assert found <= CODES
    assert ("no_citation" in found) == (not passage.strip())


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_split_sentences_keeps_every_word(text: str) -> None:
    sentences = split_sentences(text)
    assert all(s == s.strip() and s for s in sentences)
    joined = " ".join(sentences)
    # list marks ("(a)", "1)", "•") and Markdown heading marks may go; words never do
    for word in re.findall(r"[^\W\d_]{4,}", text):
        assert word in joined


@settings(max_examples=50, deadline=None)
@given(summary=TEXT, source=TEXT)
def test_audit_counts_add_up(summary: str, source: str) -> None:
    report = audit(summary, [("source.txt", source)])
    assert report["summary"]["sentences"] == len(report["sentences"])
    assert report["summary"]["unsupported"] == sum(not s["supported"] for s in report["sentences"])
