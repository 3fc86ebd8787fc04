"""The structured engine: offline, deterministic, free.  Every sentence is a piece of the minutes.

Per item it selects the opening sentence (usually who presented what), any attendance sentence, up to two
sentences with figures or dates, a condensed list of the issues members raised, one sentence per RESOLVED
clause worded with the clause's own verb, and the next steps.  Standing items (apologies, declarations,
last meeting's minutes) appear only when something happened in them.  The overview repeats the headline
decisions.  Each claim goes through ``Composer.publish``, so a wording that fails the verifier is replaced
by a more literal one, or dropped.
"""

from __future__ import annotations

import re

from councilwatch.core.analyse.discussion import condense_issue, is_cut_off
from councilwatch.core.analyse.document import Span
from councilwatch.core.analyse.minutes import ItemAnalysis, nothing_happened
from councilwatch.core.analyse.outcomes import Outcome
from councilwatch.core.analyse.people import Mention
from councilwatch.core.analyse.resolutions import Resolution
from councilwatch.core.summarize.compose import Composer
from councilwatch.core.summarize.condense import (
    condense_bullets,
    decision_wordings,
    subject_of,
    tidy,
    trim,
    word_count,
)
from councilwatch.core.summarize.types import (
    AttendeeNote,
    Decision,
    ItemSummary,
    MeetingSummary,
    SourceAnalysis,
    SummarySentence,
)

_LABEL_LINE = re.compile(r"^\s*[A-Z][\w ]{0,20}:\s")
_ENDINGS = (".", "!", "?", "’", "”", '"', ")")
MAX_FACTS = 2
MAX_FUTURE = 2
MAX_ISSUES = 5
MAX_LISTED = 5  # item titles named in the overview's first sentence
MAX_ISSUE_WORDS = 40
MAX_DECISION_WORDS = (
    90  # decisions are never trimmed (a cut could drop a condition); overlong ones are quoted
)
# The headline order for the overview: what changes things first, what only notes last.
_WEIGHT = {
    Outcome.APPROVED: 0,
    Outcome.REFUSED: 0,
    Outcome.DEFERRED: 1,
    Outcome.RECOMMENDED: 1,
    Outcome.AGREED: 2,
    Outcome.REFERRED: 2,
    Outcome.REQUESTED: 3,
    Outcome.NOTED: 4,
    Outcome.OTHER: 5,
}


def _span(mention: Mention) -> Span:
    return Span(mention.start, mention.end)


class StructuredEngine:
    name = "structured"

    def summarize(self, sources: list[SourceAnalysis]) -> MeetingSummary:
        summary = MeetingSummary(engine=self.name)
        headline: list[tuple[int, SummarySentence]] = []
        future: list[SummarySentence] = []
        intros: list[SummarySentence] = []
        for source in sources:
            composer = Composer(source.meeting)
            for analysis in source.analysis.items:
                if not analysis.substantive:
                    if analysis.resolutions:
                        # A routine decision ("the minutes be approved as a true record") is still a decision:
                        # it is listed, flagged procedural, with no prose written about it.
                        summary.items.append(self.decisions_only(composer, analysis))
                    continue
                # An untitled item (a paper, or one agenda item's page) takes its document's title.
                item = self.summarize_item(composer, analysis, title=analysis.title or source.title)
                summary.items.append(item)
                if item.sentences and item.sentences[0] not in item.future_steps:
                    intros.append(item.sentences[0])
                future.extend(item.future_steps[:1])
                for resolution, sentence in zip(analysis.resolutions, item.decision_sentences, strict=True):
                    if sentence is not None and not analysis.procedural:
                        headline.append((_WEIGHT.get(resolution.outcome, 5), sentence))
            summary.attendees.extend(self._attendees(composer, source))
            summary.dropped += composer.dropped
        summary.overview = self._overview(sources, headline, future, intros)
        summary.attendees = _unique_attendees(summary.attendees)
        return summary

    # -- items --------------------------------------------------------------------------------------
    def decisions_only(self, composer: Composer, analysis: ItemAnalysis) -> ItemSummary:
        item = ItemSummary(
            title=analysis.title or "Untitled item",
            number=analysis.item.number,
            procedural=True,
            substantive=False,
        )
        item.decisions = [self._decision(composer, r) for r in analysis.resolutions]
        return item

    @staticmethod
    def _decision(composer: Composer, resolution: Resolution) -> Decision:
        citations = composer.cite(
            [Span(resolution.lead_start, resolution.lead_end), Span(resolution.start, resolution.end)]
        )
        return Decision(
            text=tidy(resolution.text),
            outcome=str(resolution.outcome),
            citations=citations,
            recommended_to=resolution.recommended_to,
            number=resolution.number,
        )

    def summarize_item(self, composer: Composer, analysis: ItemAnalysis, *, title: str = "") -> ItemSummary:
        item = ItemSummary(
            title=title or analysis.title or "Untitled item",
            number=analysis.item.number,
            procedural=analysis.procedural,
            presenter=analysis.presenter.text if analysis.presenter else "",
        )
        used: set[int] = set()
        resolution_starts = [r.start for r in analysis.resolutions]
        first_resolution = min(resolution_starts) if resolution_starts else None

        def add(sentence: SummarySentence | None) -> SummarySentence | None:
            if sentence is not None:
                item.sentences.append(sentence)
            return sentence

        intro = self._intro(analysis, first_resolution)
        if intro is not None:
            used.add(intro.start)
            add(composer.publish(self._wordings(intro.text), composer.cite([_span(intro)])))
        for person_sentence in sorted({(p.start, p.end) for p in analysis.attendees if p.how == "attended"}):
            if person_sentence[0] in used:
                continue
            used.add(person_sentence[0])
            text = analysis_text(composer, person_sentence)
            add(composer.publish(self._wordings(text), composer.cite([Span(*person_sentence)])))
        # A fact sentence that is a next step or a discussion list is reported as that instead.
        elsewhere = {s.start for s in analysis.future_steps} | {i.lead.start for i in analysis.issues}
        listed = [(i.lead.start, i.issues[-1].end) for i in analysis.issues if i.issues]
        facts = [
            f
            for f in analysis.facts
            if f.start not in used
            and f.start not in elsewhere
            and not any(a <= f.start < b for a, b in listed)
            and not _LABEL_LINE.match(f.text)
        ]
        for fact in facts[:MAX_FACTS]:
            used.add(fact.start)
            add(composer.publish(self._wordings(fact.text), composer.cite([_span(fact)])))
        for issue_list in analysis.issues:
            heads = [h for h in (condense_issue(i.text) for i in issue_list.issues) if h][:MAX_ISSUES]
            while len(heads) > 2 and sum(word_count(h) for h in heads) > MAX_ISSUE_WORDS:
                heads.pop()  # "included" already says the list may be partial
            if not heads:
                continue
            spans = [_span(issue_list.lead)] + [_span(i) for i in issue_list.issues[: len(heads)]]
            joined = "; ".join(h[:1].lower() + h[1:] if not _proper(h) else h for h in heads)
            sentence = add(
                composer.publish(
                    [f"Issues raised included: {joined}.", f"Members raised: {joined}."], composer.cite(spans)
                )
            )
            if sentence is not None:
                item.issues.extend(heads)
        for resolution in analysis.resolutions:
            decision = self._decision(composer, resolution)
            item.decisions.append(decision)
            citations = decision.citations
            item.decision_sentences.append(add(composer.publish(decision_wordings(resolution), citations)))
        for step in [s for s in analysis.future_steps if s.start not in used][:MAX_FUTURE]:
            used.add(step.start)
            sentence = add(composer.publish(self._wordings(step.text), composer.cite([_span(step)])))
            if sentence is not None:
                item.future_steps.append(sentence)
        item.references = [
            {"text": r.text, "number": r.number, "item_number": r.item_number, "item_title": r.item_title}
            for r in analysis.references
        ]
        return item

    def _intro(self, analysis: ItemAnalysis, first_resolution: int | None) -> Mention | None:
        """The item's first informative sentence before its resolution (usually who presented what)."""
        for sentence in analysis.sentences:
            if first_resolution is not None and sentence.start >= first_resolution:
                return None
            if is_cut_off(sentence.text) or word_count(sentence.text) < 5 or nothing_happened(sentence.text):
                continue
            if _LABEL_LINE.match(sentence.text) or not sentence.text.rstrip(" |").endswith(_ENDINGS):
                continue  # "Subject: …" header lines and headings are not sentences
            return sentence
        return None

    @staticmethod
    def _wordings(text: str) -> list[str]:
        condensed = condense_bullets(text)
        if not condensed:
            return []
        wordings = [trim(condensed), trim(condensed, 24), trim(text)]
        return [w for w in wordings if w]

    # -- meeting ------------------------------------------------------------------------------------
    def _overview(
        self,
        sources: list[SourceAnalysis],
        headline: list[tuple[int, SummarySentence]],
        future: list[SummarySentence],
        intros: list[SummarySentence],
    ) -> list[SummarySentence]:
        overview: list[SummarySentence] = []
        listing = self._listing(sources)
        if listing is not None:
            overview.append(listing)
        ranked = [s for _, s in sorted(headline, key=lambda pair: pair[0])]
        for sentence in ranked:
            if len(overview) >= 3:
                break
            if sentence not in overview:
                overview.append(sentence)
        # With no decisions to headline (a paper on its own), what the paper is about comes first.
        extra = future[:1] + intros if ranked else intros[:2] + future[:1]
        for sentence in extra:
            if len(overview) >= 4 or (len(overview) >= 2 and sentence in intros and ranked):
                break
            if sentence not in overview:
                overview.append(sentence)
        return overview[:4]

    def _listing(self, sources: list[SourceAnalysis]) -> SummarySentence | None:
        """ "<Committee> considered A, B and C." citing the item headings."""
        for source in sources:
            if source.kind != "minutes":
                continue
            every = [a for a in source.analysis.items if a.substantive and not a.procedural and a.title]
            items = every[:MAX_LISTED]
            if len(items) < 2:
                continue
            titles = [a.title.rstrip(".") for a in items]
            listed = ", ".join(titles[:-1]) + " and " + titles[-1]
            if len(every) > MAX_LISTED:
                listed = f"items including {listed}"  # never imply a cut list is the whole agenda
            composer = Composer(source.meeting)
            spans = [Span(a.item.start, max(a.item.body_start, a.item.start + 1)) for a in items]
            body, body_span = _body_name(source)
            citations = composer.cite(spans + ([body_span] if body_span else []))
            wordings = [f"{body} considered {listed}." if body else "", f"The meeting considered {listed}."]
            return composer.publish([w for w in wordings if w], citations)
        return None

    @staticmethod
    def _attendees(composer: Composer, source: SourceAnalysis) -> list[AttendeeNote]:
        people = list(source.analysis.attendees)
        for analysis in source.analysis.items:
            people.extend(analysis.attendees)
        return [AttendeeNote(p.name, p.role, composer.cite([Span(p.start, p.end)])) for p in people]


def analysis_text(composer: Composer, span: tuple[int, int]) -> str:
    # Attendance spans index the source text; the sentence is read back from it.
    return composer.meeting.text[span[0] : span[1]]


def _proper(text: str) -> bool:
    """Keep capitals on names and acronyms ("West Midlands Police", "EIP")."""
    first = text.split()[0]
    return first.isupper() or (len(text.split()) > 1 and text.split()[1][:1].isupper())


def _body_name(source: SourceAnalysis) -> tuple[str, Span | None]:
    """The committee's name as its resolutions give it, and where, so the listing sentence can cite it."""
    for analysis in source.analysis.items:
        for resolution in analysis.resolutions:
            subject = subject_of(resolution.lead) if resolution.lead else None
            if subject and re.search(r"Committee|Cabinet|Council|Board|Panel|Commission", subject):
                return subject, Span(resolution.lead_start, resolution.lead_end)
    return "", None


def _unique_attendees(notes: list[AttendeeNote]) -> list[AttendeeNote]:
    seen: dict[str, AttendeeNote] = {}
    for note in notes:
        seen.setdefault(note.name.lower(), note)
    return list(seen.values())
