"""Decisions written as plain sentences, with no RESOLVED marker.

Many councils record some decisions in narrative form: "Members noted the report.", "The minute of the
meeting … was approved as a correct record.", "The Committee approved the recommendations in the report.",
"On the recorded vote the motion was declared LOST."  The same minutes also use that form for discussion
("Members noted that the overspend was driven by agency staff", "Members agreed the presentation had been
useful") and to open an item ("The Committee received a report of the Director …"), so only short
sentences with the body (or the minutes, motion or application) as subject and a decision verb as the
main verb are taken, and only when no marked resolution already covers them.
"""

from __future__ import annotations

import re

from councilwatch.core.analyse.outcomes import Outcome, classify_outcome, is_future_step

_BODY = (
    r"(?:(?:[Tt]he|This)\s+(?:[A-Z][\w'’-]*\s+){0,5}?(?:Committee|Sub-Committee|Sub-committee|Cabinet|Council|Board|"
    r"Panel|Executive|Forum|Authority|Group|Assembly|(?:Executive|Cabinet|Portfolio)\s+(?:Member|Holder))"
    r"|Members|Councillors|Cabinet|Council)"
)
_DECISION_VERBS = (
    r"(?i:noted|approved|agreed|endorsed|adopted|accepted|received|refused|rejected|declined|deferred|granted|"
    r"confirmed|resolved|decided|appointed|awarded|instructed|turned\s+down)"
)
# A next line in lower case (but not a list label such as "b)") carries the sentence on.
_CARRIES_ON = r"(?=[a-z]{2,}\b(?![.)])|£|\d)"
_NARRATIVE = re.compile(
    # (a sentence may sit behind a list label: "(c) The bank reconciliation … was noted.")
    # ("– Caerwen Rugby Club, towards a new minibus: Members declined the application …": after a colon only
    # when the body is the subject)
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=:[ \t])(?<!Reasons:[ \t])(?<!Reason:[ \t])(?=" + _BODY + r"\s))"
    r"[ \t]*(?:(?:\(?[a-z0-9]{1,3}\)|[–•*-])[ \t]+)?"
    r"(?P<sentence>(?:"
    # "Having considered the evidence, the Sub-Committee determined to …"
    # "On the nomination of Councillor Reid, seconded by Councillor Muir, the Board appointed …"
    + r"(?:(?:Having|On|Upon|Following|After)\s+[^.\n]{3,300}?,\s+(?=[Tt]he\s|Members\b|Councillors\b))?"
    + _BODY
    # "The Cabinet considered the exempt report and agreed …", "Members were concerned about run-off and
    # resolved to ask …": the verb after a first "considered"
    + r"\s+(?:(?:considered|discussed|debated|received)\s+[^.\n]{0,80}?\s+and\s+|(?:(?:warmly\s+)?welcomed|"
    r"were\s+concerned\s+(?:about|at|by)|expressed\s+concern\s+(?:about|at))\s+[^.\n]{0,100}?\s+and\s+"
    r"(?=(?:resolved|agreed|decided|voted)\b))?"
    r"(?:then\s+|unanimously\s+|duly\s+|subsequently\s+|also\s+|further\s+)?(?i:noted|approved|agreed|endorsed|"
    r"adopted|accepted|received|refused|rejected|declined|deferred|granted|confirmed|resolved|decided|determined|"
    r"instructed|asked|requested|recommended|referred|remitted|appointed|elected|"
    r"voted\s+(?:unanimously\s+)?(?:to|against)\b"
    # the present tense some clerks use ("The Board recommends to the ICB that …"), and formal thanks
    r"|recommends|requests|approves|notes|thanked|placed\s+on\s+record|(?:had|has|raised)\s+no\s+objections?"
    # "Cabinet did not support Option A", "The Panel went into private session"
    r"|did\s+not\s+(?:support|agree|approve|accept|endorse|adopt|consider\s+that)"
    r"|(?:went|moved)\s+into\s+(?:private|closed)\s+session)\b"
    r"|The\s+Chair(?:man)?\s+signed\s+the\s+minutes?\b"
    # an action line: "Clerk to obtain a price for …"
    r"|(?:Actions?\s*:\s*)?(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?-i:Clerk|Treasurer|Officer|Manager|Director|Chair|Chairman|"
    r"Secretary)\s+to\s+(?!be\b|the\b)[a-z]+\b"
    # "Action: Head of Partnership to provide …", "Action: SK to model …"
    r"|Actions?\s*[:–-]\s*(?:[\w'’&/.-]+\s+){1,6}?to\s+(?!be\b|the\b)[a-z]+\b"
    # a motion on notice "stood referred without discussion to Cabinet"
    r"|(?-i:[A-Z])(?:[^.\n]|\.(?=\d)){0,200}?\bst(?:ood|ands)\s+referred\b"
    r"|Agreed\s+and\s+signed\s+as\s+a\s+(?:correct|true)\s+record\b"
    r"|It\s+was\s+(?:then\s+|unanimously\s+)?(?:agreed|decided)\b"
    # a short passive sentence: "The report was noted.", "Consideration … was deferred to the next meeting."
    r"|(?:(?:After\s+discussion|Following\s+(?:a\s+)?(?:discussion|debate|a\s+vote)),?\s+(?=[Tt]he\s)|On\s+[^.\n]{0,40}?\s+)?"
    # (a decimal point is not a full stop: "Payments totalling £2,946.30 were approved")
    r"(?-i:[A-Z]|(?<=,\s)t(?=he\s))(?:[^.\n]|\.(?=\d)|\n" + _CARRIES_ON + r"){0,200}?\s(?:was|were)\s+"
    r"(?:not\s+)?(?:duly\s+|therefore\s+|accordingly\s+|declared\s+|unanimously\s+|also\s+|further\s+|"
    r"(?:submitted|read|considered|taken\s+as\s+read|put\s+to\s+the\s+(?:meeting|vote))\s+and\s+)*"
    r"(?:" + _DECISION_VERBS + r"|(?i:lost|defeated|carried|asked|referred|remitted|elected|co-opted|"
    r"delegated|signed|continued(?=\s+(?:to|until)\b)))\b"
    # "The amended motion … on being put to the vote was CARRIED"
    r"|(?-i:[A-Z])[^.\n]{0,200}?\bmotion\b[^.\n]{0,120}?\b(?:was|were)\s+(?:accordingly\s+|declared\s+)*(?i:carried)\b"
    # "The proposal to close the toilets in winter accordingly fell.", "…, and the amendment fell."
    r"|(?-i:[A-Z])[^.\n]{0,200}?(?:\b(?i:motion|amendment|proposal|proposition)s?\s+(?:was\s+)?"
    r"|\b(?:accordingly|therefore|duly)\s+)(?i:fell|lost|defeated|declared\s+lost|not\s+(?:supported|carried))\b"
    # "Apologies were received and accepted from Cllrs …": accepting apologies is the Council's act
    r"|Apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received\s+and\s+)?accepted\b"
    r"|(?:Approval|Permission|Consent)\s+was\s+(?:given|granted)\b"
    # a row's verdict after a colon: "Letter from the Welsh Government about the grant scheme: noted."
    r"|(?-i:[A-Z])[^.\n:]{3,200}:\s+(?i:noted|received|agreed|approved|accepted)\.?[ \t]*$"
    r"|(?:Received\s+and\s+noted|Noted|Agreed|Approved|Deferred|Refused|Declined|Granted|Received|Accepted|"
    r"Awarded(?:\s+in\s+full)?)"
    r"\.?[ \t]*$"
    # (a line broken mid-sentence, as text taken from a PDF is, carries on when the next starts in lower case)
    r")(?:[^\n]|\n" + _CARRIES_ON + r")*?(?:\.(?=\s|$)|$(?!\n" + _CARRIES_ON + r")))",
    re.MULTILINE,
)
# Background rather than this meeting's act: another body's decision, or one taken in the past.
_BACKGROUND = re.compile(
    # (signed by the Chair, proposed by a councillor: the body's own people)
    r"\b(?:was|were)\s+\w+(?:\s+\w+)?\s+by\s+(?:the\s+)?(?!(?:Chair|Mayor|Clerk|Cllr|Councillor)\b)(?-i:[A-Z])|\b(?:in|during)\s+\d{4}\b|\blast\s+year\b"
    r"|\bpreviously\b|\bearlier\s+this\s+year\b",
    re.IGNORECASE,
)
# "The scheme had been approved by Cabinet": background when it comes before the verb; in "Members noted the
# letter confirming that the water had been classified as Good" it is only what the letter said.
_ACTIVE_BODY = re.compile(
    _BODY + r"\s+(?:then\s+|also\s+|unanimously\s+)?(?:noted|received|agreed|approved)\b"
)
# a decision session's Executive Member thanking the speakers is courtesy; a committee's formal thanks are
# its resolution
_ONE_PERSONS_THANKS = re.compile(r"The\s+(?:Executive|Cabinet|Portfolio)\s+(?:Member|Holder)\s+thanked\b")
_PERSON_NEXT = re.compile(r"(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Dr)\.?\s+[A-Z]")
_HAD_BEEN = re.compile(r"\bhad\s+been\b", re.IGNORECASE)
_FIRST_VERB = re.compile(r"\b" + _DECISION_VERBS + r"\b")
_NARRATIVE_WORDS = 45
_VOTE_TAKEN = re.compile(
    r"(?:On\s+being\s+put\s+to\s+the\s+(?:vote|meeting)|On\s+a\s+(?:vote|division|show\s+of\s+hands))"
    r"[^,\d]{0,40},\s+(?!and\b)"
)
_MOTION_WORD = re.compile(r"\b(?:motion|amendment|proposal|proposition)\b", re.IGNORECASE)
_NOTED_AND_THEN = re.compile(
    r"(?P<first>.+?\bnoted\b[^,;]+?)\s+and\s+(?=(?:asked|requested|instructed|agreed|approved|resolved)\b)"
)
_MARKER_NEXT = re.compile(r"\s*(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed)\b")
# Discussion, not decision: "noted that …", "noted the concerns", "welcomed the news", questions.
_NARRATIVE_NOT_DECISION = re.compile(
    r"\b(?:noted|agreed|welcomed|accepted)\s+(?:that|how|with(?!\s+(?:concern|thanks)\b)|the\s+(?:concerns?|comments?|points?|"
    r"views?|news|fact))\b|\?$"
    # amendments are procedure; apologies and declarations of interest are recorded, not decided
    # people consulted, not the body acting: "members of the public were asked for their views"
    r"|\b(?:public|residents|respondents|people|users|parents|tenants|businesses|patients)\s+(?:was|were)\s+asked\b"
    # (but a lost amendment was put and refused, and accepting apologies is an act of the meeting)
    r"|\bamendments?\b(?![^.]*\b(?:fell|lost|defeated|LOST|FELL)\b)|^Apologies\b(?![^.]*\baccepted\b)"
    r"|\bdeclarations?\s+of\s+(?:[\w-]+\s+){0,2}interests?\b|^The\s+declarations?\b"
    r"|\bdeclared\s+(?:that|an?|interests?)\b"
    # "Members agreed the presentation had been useful": an opinion reported, not a decision
    r"|\b(?:noted|agreed|accepted)\s+(?:[\w'’-]+\s+){1,6}?(?:had|has|was|were|is|are|would|should|could|"
    r"needed|needs)\b",
    re.IGNORECASE,
)
# Decisions labelled "other" that are still decisions: appointments and elections.
# "The Panel noted with concern that waits had risen": noting with concern is a decision about the matter
_WITH_CONCERN = re.compile(r"\bnoted\s+with\s+(?:concern|regret|disappointment)\b", re.IGNORECASE)
_NARRATIVE_PROCEDURE = re.compile(
    r"\b(?:resolved|decided|determined|agreed|appointed|elected|co-opted|apologies|delegated|carried|thank\w*|"
    r"no\s+objections?|"
    r"placed\s+on\s+record|(?:private|closed)\s+session)\b",
    re.IGNORECASE,
)


def narrative_decisions(text: str, covered: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """(sentence, start) for each sentence that records a decision without a marker: "Members noted the
    report.", "The minute of the meeting … was approved as a correct record.", "On the recorded vote the
    motion was declared LOST."  Spans in ``covered`` (marked resolutions) are left alone.

    Only short sentences whose subject is the body (or the minutes, motion or application) and whose verb
    is a decision verb: "Members noted that the overspend was driven by …" reports discussion, and "The
    Committee received a report of the Director, which …" introduces an item; neither is a decision.
    """
    out: list[tuple[str, int]] = []
    for match in _NARRATIVE.finditer(text):
        sentence = match.group("sentence").strip()
        start = match.start("sentence")
        end = start + len(sentence)
        if any(start < stop and begin < end for begin, stop in covered):
            continue
        # "The Clerk was asked to circulate it, and a response would be agreed in April": the decision is
        # the first clause; the rest is a step still to come.
        head, joined, tail = sentence.partition(", and ")
        if joined and (_PERSON_NEXT.match(tail) or (is_future_step(tail) and not is_future_step(head))):
            # "… and a response would be agreed in April": a step still to come; "…, and Cllr Pennant
            # expressed interest in the course": someone else's act, not the body's
            sentence = head.rstrip() + "."
        if not sentence.endswith((".", "!", "?")) and _MARKER_NEXT.match(text, end):
            continue  # "The proposal was declared carried and it was" / "RESOLVED that …": the marker's
        # "On being put to the vote by a show of hands, the amendment … was LOST": the vote is how, not what
        how = _VOTE_TAKEN.match(sentence)
        if how and _MOTION_WORD.search(sentence, how.end()):
            sentence, start = sentence[how.end() :], start + how.end()
        verb = _FIRST_VERB.search(sentence)
        if (
            len(sentence.split()) > _NARRATIVE_WORDS
            or is_future_step(sentence)
            or (_NARRATIVE_NOT_DECISION.search(sentence) and not _still_a_decision(sentence, text, start))
            # (background is what the sentence says happened elsewhere; "The Sub-Committee noted the views,
            # which were read out by Mr Cresswell" is the body's own act)
            or (_BACKGROUND.search(sentence) and not _ACTIVE_BODY.match(sentence))
            or _HAD_BEEN.search(sentence, 0, verb.start() if verb else len(sentence))
        ):
            continue
        if classify_outcome(sentence) is Outcome.OTHER and (
            not _NARRATIVE_PROCEDURE.search(sentence) or _ONE_PERSONS_THANKS.match(sentence)
        ):
            continue
        # "Members noted the report and asked that …": two decisions, each with its own outcome
        both = _NOTED_AND_THEN.match(sentence)
        if both:
            out.append((both.group("first"), start))
            out.append((sentence[both.end() :], start + both.end()))
        else:
            out.append((sentence, start))
    return out


_IT_WAS_AGREED = re.compile(r"It\s+was\s+(?:then\s+|unanimously\s+)?agreed\s+that\b")
AGREED_OPINION = re.compile(
    r"\bagreed\s+that\s+(?:[\w'’-]+\s+){1,6}?(?:had|has|was|were|is|are|would|could|needed|needs|did|does|"
    r"might|should)\b"
)
# "It was agreed that the Clerk would respond to the consultation …": an instruction in reported speech
_OFFICER_WOULD = re.compile(
    r"\bagreed\s+that\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:Clerk|Chair|Chairman|Mayor|Leader|Secretary|"
    r"Treasurer|Director|Officer|officers)\s+would\s+(?!be\b|have\b)[a-z]+"
)
_INSTRUCTED = frozenset(
    {Outcome.REQUESTED, Outcome.REFERRED, Outcome.DEFERRED, Outcome.REFUSED, Outcome.APPROVED}
)
# (the body by name: "Members noted that …" reports what members observed in discussion)
_BODY_NOTED_THAT = re.compile(
    r"(?:The|This)\s+(?:[A-Z][\w'’-]*\s+){0,5}?(?:Committee|Sub-Committee|Cabinet|Council|Board|Panel|Executive|"
    r"Forum|Authority|Assembly)\s+noted\s+that\b"
)


def _still_a_decision(sentence: str, text: str, start: int) -> bool:
    """Wordings that usually report discussion but here record a decision: "noted with concern …"; "It was
    agreed that the Clerk write to …" (an instruction, not an opinion); and "The Board noted that the Fund
    was on course …" standing as a paragraph of its own, the whole of what the body did with an item."""
    if _WITH_CONCERN.search(sentence):
        return True
    if re.search(r"\bagreed\s+that\b", sentence, re.IGNORECASE) and classify_outcome(sentence) in _INSTRUCTED:
        return True
    # "It was agreed that the Council's response support Option 2": the meeting's own act, impersonally
    # recorded; but "It was agreed that the talk had been useful" is an opinion
    if _IT_WAS_AGREED.match(sentence) and (
        not AGREED_OPINION.search(sentence) or _OFFICER_WOULD.search(sentence)
    ):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end == -1 else line_end].strip()
    return line == sentence and bool(_BODY_NOTED_THAT.match(sentence))
