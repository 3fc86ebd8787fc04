"""The words of decisions taken: delegations, procedure, approvals, agreements and notes.

The second half of the outcome vocabulary (``outcome_verbs.VERBS`` is the first half followed by this
one).  These patterns come after the refusals, deferrals, recommendations and requests, so that "not
approved" is a refusal and "recommends that the Plan be approved" a recommendation before any pattern
here can claim the words.
"""

from __future__ import annotations

from councilwatch.core.analyse.outcome_labels import Outcome

TAKEN_VERBS: tuple[tuple[Outcome, str], ...] = (
    # Handing a power to an officer decides nothing yet about the matter itself.
    # (but "the schedule of payments be authorised" approves the payments)
    (
        Outcome.APPROVED,
        r"\b(?:be|was|were)\s+(?:authoris|authoriz|ratifi)ed\b(?!\s+to\b|,?\s+in\s+consultation\b|,[^.;]{0,100}?\bto\s+[a-z])",
    ),
    # (not "de-delegate", the schools forum's word for pooling a budget)
    (
        Outcome.OTHER,
        r"\b(?<!de-)(?:delegat(?:e|es|ed)|authoris(?:e|es|ed)|authoriz(?:e|es|ed)|(?:re-?)?appoint(?:s|ed)?)\b",
    ),
    # apologies for absence accepted, going into private session: the meeting's own procedure
    (
        Outcome.OTHER,
        r"(?:(?<=apologies\s)|(?<=absence\s))(?:be|were|was|are)\s+(?:received\s+and\s+)?accepted\b"
        r"|\baccept(?:s|ed)?\s+(?:the\s+)?apologies\b"
        r"|\b(?:go|goes|went|move|moves|moved)\s+into\s+(?:closed|private)\s+session\b"
        r"|\b(?:come|came|go|went)\s+(?:out\s+of|into)\s+committee\b|\bconfirm\w*\s+(?:its|their)\s+(?:opinion|view)\b"
        # the Northern Irish "that the Council move 'In Committee'"
        r"|\bmov(?:e|es|ed)\s+[\x27‘’\x22]?(?:in|into)\s+committee\b",
    ),
    # "to issue a written warning to the licence holder": a sanction
    (Outcome.OTHER, r"\bissu(?:e|es|ed)\s+(?:a\s+|the\s+)?(?:formal\s+|written\s+|final\s+)*warnings?\b"),
    # thanks, warnings and "no observations": recorded, not decided for or against anything
    (
        Outcome.OTHER,
        r"\bthank(?:s|ed)?\b|\b(?:written\s+)?warning\b|\bno\s+(?:observations|comments?)\b",
    ),
    # "The motion was carried": what was decided is in the motion, which the clause does not repeat.
    (Outcome.OTHER, r"\bcarried\b(?!\s+(?:out|forward|over|through|on)\b)"),
    # Procedure and sanctions: excluding the press, suspending a licence, electing a chair.
    (
        Outcome.OTHER,
        r"\b(?:exclud(?:e|es|ed)|suspend(?:s|ed)?|revok(?:e|es|ed)|elect(?:s|ed)?|withdr(?:aw|aws|awn|ew))\b"
        # the Common Seal affixed
        r"|\baffix(?:es|ed)?\b",
    ),
    # "that the motion be adopted": the Council's view, as the motion words it
    (Outcome.AGREED, r"(?:(?<=motion\s)|(?<=motions\s))(?:be|was|were|is)\s+adopted\b"),
    # "award the contract" is a verb; "pay awards" and "the award of 3%" are nouns
    (
        Outcome.APPROVED,
        r"\b(?:approv(?:e|es|ed)|adopt(?:s|ed)?|ratif(?:y|ies|ied)|awarded)\b"
        r"|\bawards?\s+(?:(?:the|a|an|its|this|these|that|grants?|contracts?|funding)\b|£|\d)",
    ),
    (Outcome.APPROVED, r"\bconfirm(?:s|ed)?\b(?!\s+(?:that|whether|how|what))"),
    # "to make the following grants: …", "that the district rate be struck at 0.41p"
    (Outcome.APPROVED, r"\bmak(?:e|es)\s+(?:the\s+following\s+)?grants?\b|\b(?:be|was|were)\s+struck\b"),
    # "agreed to buy replacement pads", "To give £150 to the hall", "to give permission", "to make an
    # Article 4 Direction": spending money, giving consent or making an order decides it
    (
        Outcome.APPROVED,
        r"(?<=\bto\s)(?:buy|purchase|procure|spend)\b|\b(?:give|donate|contribute)\s+£\d"
        r"|\b(?:buy|purchase|procure)\b(?=[^.;]{0,80}?£\s?\d)"
        # "resolved to increase the Clerk's hours", "agreed:- to freeze charges": the body's own change
        r"|\b(?:resolved|decided|determined|voted|agreed)\s*[:–—-]*\s+to\s+(?:increase|reduce|raise|lower|freeze)\b"
        r"|\bg[ai]ve\s+(?:[\w'’-]+\s+){0,2}?(?:permission|consent)\b"
        r"|\bmak(?:e|es)\s+(?:a|an|the)\s+(?:[\w()'’-]+\s+){0,10}?(?:order|direction)\b",
    ),
    # "That the Council proceeds with the purchase of the site"
    (Outcome.APPROVED, r"\bproceed(?:s|ed)?\s+with\b"),
    (
        Outcome.APPROVED,
        r"\b(?:g[ai]ve|gives?|given)\s+(?:[\w'’-]+\s+){0,3}?(?:go-ahead|green\s+light|seal\s+of\s+approval)\b"
        r"|\bsign(?:s|ed)?\s+off\b|\brubber-stamp(?:s|ed)?\b|\bwav(?:e|es|ed)\s+(?:[\w'’-]+\s+){0,4}?through\b"
        r"|\bsaid\s+yes\s+to\b",
    ),
    (
        Outcome.APPROVED,
        r"\b(?:set(?:s)?|strikes?|struck)\b(?!\s+out\b)(?=(?:\s+[\w'-]+){0,4}?\s+(?:precept|budget|council\s+tax|"
        r"rents?|fees?|charges?|tariffs?|rates?)\b)",
    ),
    (
        Outcome.APPROVED,
        r"\bgrant(?:s|ed)?\b(?=(?:\s+[\w'-]+){0,3}?\s+(?:permission|consent|approval|licen[cs]e|application|"
        r"variation))",
    ),
    (Outcome.APPROVED, r"\b(?:be|was|is|were|are|been)\s+(?:\w+ly\s+)?granted\b"),
    # "granted the request", "granted £600 to the Rotary": an active grant is an approval
    (Outcome.APPROVED, r"\bgranted\b(?!\s+(?:by|for\s+granted))"),
    # "To accept the quote from Green Ltd for £1,200": accepting a price commits the money
    (
        Outcome.APPROVED,
        r"\baccept(?:s|ed)?\s+(?:the\s+|a\s+)?(?:lowest\s+)?(?:quot(?:e|es|ation|ations)|tenders?|bids?)\b",
    ),
    # "That recommendations 1, 2 and 5 be accepted": the body takes them as its own decisions
    (Outcome.APPROVED, r"(?:(?<=recommendations\s)|(?<=recommendation\s))(?:be|were|was)\s+accepted\b"),
    # "the Treasurer's report was accepted": received, as a report is
    (Outcome.NOTED, r"(?:(?<=report\s)|(?<=update\s)|(?<=statement\s))(?:be|was|were|is)\s+accepted\b"),
    # endorsing a licence is a sanction (Scotland: Licensing (Scotland) Act 2005, s.84); supporting another
    # authority's application is a consultee's reply, not a decision on it
    (
        Outcome.OTHER,
        r"\bendors(?:e|es|ed|ement\s+of)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:personal\s+|driver'?s?\s+)?licen[cs]e\b"
        r"|\bsupport(?:s|ed)?\s+(?:the\s+|this\s+)?(?:planning\s+)?applications?\b(?!\s+(?:for|to)\s+(?:funding|a\s+grant))",
    ),
    (
        Outcome.AGREED,
        r"\b(?:agree(?:s|d)?|endors(?:e|es|ed)|accept(?:s|ed)?|welcom(?:e|es|ed)|(?-i:support(?:s|ed))(?!\s+by)"
        r"|back(?:s|ed)(?!\s+(?:to|by|up|in|down|out|off|on))|threw\s+(?:its|their)\s+weight\s+behind)\b"
        # "agreed to support the bid"; "to submit the draft as the Council's response"
        r"|(?<=\bto\s)support\b"
        r"|\b(?:submit\w*|sent|send|forward\w*)\s+(?:[\w'’-]+\s+){0,6}?as\s+(?:the|its|their|our)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:response|reply)\b",
    ),
    # on a licence review: "to modify the conditions of the licence by adding …", "to vary the licence"
    (
        Outcome.APPROVED,
        r"\bmodif(?:y|ies|ied)\s+(?:the\s+)?conditions\b"
        r"|\bvar(?:y|ies|ied)\s+(?:the\s+)?(?:premises\s+)?licen[cs]e\b"
        r"|\badd(?:s|ed|ing)?\s+(?:the\s+following\s+|further\s+)?conditions?\s+to\s+the\s+(?:premises\s+)?licen[cs]e\b",
    ),
    # "the fixed penalty remain at £80": a charge or rate kept where it is has been set again
    (Outcome.APPROVED, r"\b(?:remain|remains|stay|stays|be\s+(?:frozen|held|kept))\s+at\s+(?:£|\d)"),
    # "the new fares take effect on 1st May": a resolution that something happen approves it
    (Outcome.APPROVED, r"\btakes?\s+effect\b"),
    (Outcome.NOTED, r"\b(?:not(?:e|es|ed)|noting|took\s+note|take\s+note)\b"),
    # "That the report be received": the older wording for noting a report
    (Outcome.NOTED, r"\b(?:be|was|were)\s+received\b(?!\s+(?:from|by))"),
    # "receives the quarter two performance report", "received the exempt report"; but "received a report
    # of the Director, which …" introduces an item rather than deciding anything about it
    (
        Outcome.NOTED,
        r"\breceiv(?:e|es|ed)\s+(?:the|its|this|these)\b(?=(?:\s+[\w'’/-]+){0,7}?\s+(?:report|update|presentation|briefing|"
        r"minutes|statement|accounts|information|letter|petition|annual\s+report)s?\b)",
    ),
)
