"""The wordings of steps still to come after a meeting, which must never be reported as decisions taken.

Minutes mix what the body decided with what will happen next: "Cabinet will consider the Plan on 18th March
2025", "the consultation closes on 28 February", "the Director undertook to circulate the figures", "the
decision cannot be implemented until Cabinet has reconsidered it", the date of the next meeting.  This is
the vocabulary; ``outcomes.is_future_step`` applies it (a decision taken before the future part still
counts as a decision: "Agrees that a report will come back in March").
"""

from __future__ import annotations

import re

FUTURE_STEP = re.compile(
    r"\b(?:will|shall|would)\s+(?:not\s+)?[a-z]+"
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:due|expected|scheduled|going|planned|set|likely)\s+(?:to|in|for|by)\b"
    # "plans to" as a verb only, after a subject: "turned down plans to convert …" names a plan
    r"|(?:\b(?:it|they|we|he|she|who|which|that|[Cc]ouncil|[Cc]abinet|[Cc]ommittee|[Bb]oard|[Aa]uthority|"
    r"[Gg]overnment|[Ee]xecutive|officers|[Tt]rust|[Cc]ompany|applicant)|\b(?-i:[A-Z][a-z]+))\s+"
    r"(?:also\s+|now\s+|still\s+)?(?:expects?|expected|anticipates?|anticipated|intends?|intended|plans?)\s+to\b"
    r"|\b(?:is|are)\s+to\s+be\b"
    r"|\bat\s+(?:a|its|their)\s+(?:future|next|forthcoming|subsequent)\s+meeting\b"
    r"|\bin\s+due\s+course\b"
    # promises and duties still to be met: "undertook to circulate …", "must be submitted by 31 March"
    r"|\b(?:undert(?:ook|akes?)|promised|pledged)\s+(?:an?\s+|to\b)"
    r"|\bmust\s+(?:be\s+)?[a-z]+(?:ed|en)\b"
    r"|\bmay\s+appeal\b|\bright\s+(?:of|to)\s+appeal\b"
    # a fixed arrangement in the present tense: "the consultation closes on 28 February 2025"
    r"|\b(?:closes|opens|ends|begins|starts|runs|takes\s+effect|comes\s+into\s+(?:force|effect))\s+"
    r"(?:on|from|until|in)\s+(?:\d|(?-i:[A-Z])[a-z]+day|(?-i:January|February|March|April|May|June|July|"
    r"August|September|October|November|December))"
    # what may or could happen, and when: "could be designed and costed by the end of October", "cannot
    # be implemented until Cabinet has reconsidered it", "to be decided by Cabinet on 20 October"
    r"|\b(?:could|can|cannot|may)\s+(?:not\s+)?be\s+[a-z]+(?:ed|en)\b(?:\s+and\s+[a-z]+(?:ed|en))?(?:\s+out)?\s+"
    r"(?:by|in|within|before|until|once|at)\b"
    r"|\bto\s+be\s+(?:decided|considered|determined|taken|agreed|approved|set)\s+by\b"
    r"|\bmay\s+(?:complain|apply|request|seek|make\s+representations)\b"
    r"|\b(?:is|are|remains?)\s+(?:open|available)\s+(?:for\s+[\w-]+\s+)?until\b|\bdeadline\s+for\b"
    r"|\bat\s+the\s+(?:next|following|forthcoming)\s+meeting\b"
    # the date and time of the next meeting, as a line of its own
    r"|^(?:(?:the\s+)?date\s+of\s+(?:the\s+)?next\s+meeting\b|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday),?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])[a-z]+,?\s+\d{4})",
    re.IGNORECASE,
)
