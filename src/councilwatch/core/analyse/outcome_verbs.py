"""The words of outcomes, first half: refusals, views, deferrals, recommendations, requests, referrals.

This is the vocabulary ``outcomes.py`` reads clauses with, kept apart from the reading rules so that a
new wording ("commends … to Council", "raises no objection", the press's "turned down") is one line here.
Order matters: earlier patterns claim their words first ("not approved" before "approved").
"""

from __future__ import annotations

from councilwatch.core.analyse.outcome_labels import Outcome
from councilwatch.core.analyse.taken_verbs import TAKEN_VERBS

_OFFICER = (
    r"(?-i:Clerk|Chair|Chairman|Treasurer|Director|Head|Manager|Officer|Secretary|Solicitor|"
    r"officers?|Officers)"
)

# Each pattern matches a verb form that can record an outcome.  Nouns ("approval", "recommendations")
# are deliberately absent: "submitted to Cabinet for approval" records nothing taken.
_ASKED_AND_REFUSED: tuple[tuple[Outcome, str], ...] = (
    (
        Outcome.REFUSED,
        r"\bnot\s+(?:be\s+|been\s+|to\s+)?(?:approved?|agreed?|adopted?|granted|accept(?:ed)?)\b",
    ),
    (Outcome.REFUSED, r"\b(?:does|did|do)\s+not\s+(?:approve|agree|adopt|grant|accept)\b"),
    # "That recommendation 4 … be not accepted"; a complaint or allegation "is not upheld"
    (
        Outcome.REFUSED,
        r"\bbe\s+not\s+(?:approved|agreed|adopted|granted|accepted|supported|taken\s+forward)\b"
        r"|\b(?:is|was|were|are|be)\s+not\s+upheld\b",
    ),
    # "Cabinet did not support Option A": choosing between options put to it, the body said no.  (The
    # present "does not support" is a view on what another body will decide: see below.)
    (Outcome.REFUSED, r"\bdid\s+not\s+(?:support|endorse)\b"),
    # "agreed not to renew the lease", "should not proceed with the sale", "not minded to grant"
    (
        Outcome.REFUSED,
        r"\b(?:agree(?:s|d)?|decide(?:s|d)?|resolve(?:s|d)?)\s*[:–—-]*\s+not\s+to\s+\w+(?:\s+with)?\b|\bnot\s+(?:to\s+)?proceed\s+with\b"
        r"|\bnot\s+minded\s+to\s+(?:grant|approve|support|agree)\b|\b(?:was|were)\s+unsuccessful\b"
        r"|\bno\s+(?:grant|award|funding|licence|permission)\s+(?:be|was|is)\s+(?:awarded|given|granted|made)\b",
    ),
    # a planning committee "minded to grant" (subject to a legal agreement) has decided to grant
    (Outcome.APPROVED, r"\bminded\s+to\s+(?:grant|approve)\b"),
    # "Decision: not to revoke the licence, as Trading Standards had requested": what was asked, refused
    (Outcome.REFUSED, r"(?:^|(?<=:\s))\s*not\s+to\s+(?:revoke|suspend|grant|approve|proceed|accept|adopt)\b"),
    # "did not consider that revocation would be proportionate": the sanction sought, refused
    (
        Outcome.REFUSED,
        r"\bdid\s+not\s+consider\s+(?:that\s+)?(?:revocation|suspension|a\s+suspension|refusal)\b",
    ),
    # "The recommendation was not supported" is the same view as "did not support" (see below)
    (Outcome.OTHER, r"\bnot\s+(?:be\s+|been\s+)?supported\b"),
    # "that the option … not be included in the consultation": a resolution not to do what was put to it
    (
        Outcome.REFUSED,
        r"\bnot\s+be\s+(?:\w+ly\s+)?(?!supported|endorsed|opposed)(?:taken\s+forward|\w+(?:ed|en))\b",
    ),
    # Opposing what another body will decide is a view, not a refusal: the body had no power to refuse.
    (
        Outcome.OTHER,
        r"\b(?:(?:does|did|do)\s+not|not\s+to)\s+(?:support|endorse)\b|\boppos(?:e|es|ed)\b"
        r"|\bobject(?:s|ed)?\s+to\b|\b(?:rais(?:e|es|ed|ing)|ha[sd]|have|offer(?:s|ed)?|mak(?:e|es))\s+no\s+objections?\b"
        # a consultee's reply: "Resolved: No objection.", "Objection on the grounds of overdevelopment"
        r"|\bno\s+objections?\b(?!\s+(?:are|were|is|was|be|being|have|has|had)\b)"
        r"|(?:^|(?<=:\s))objections?\s+(?:on\s+the\s+grounds?|as|because|due\s+to)\b",
    ),
    (
        Outcome.REFUSED,
        # (not the noun: "eleven refuse collection vehicles", "refuse sacks")
        r"\b(?:refus(?:e|es|ed)(?!\s+(?:collection|vehicles?|lorr|freighters?|sacks?|bins?|disposal|services?|"
        r"tips?|workers?|crews?|rounds?|depot|derived)\b)|reject(?:s|ed)?|declin(?:e|es|ed)|veto(?:es|ed)?|dismiss(?:es|ed)?)\b"
        r"|\b(?:was|were)\s+not\s+carried\b",
    ),
    # overruling objections to an order is procedure; making the order is the decision
    (
        Outcome.OTHER,
        r"(?:(?<=objection\s)|(?<=objections\s))(?:be|were|was|are)\s+(?:overruled|set\s+aside|dismissed)\b"
        r"|\b(?:overrul(?:e|es|ed)|set(?:s)?\s+aside)\s+(?:the\s+|all\s+|any\s+)?(?:\w+\s+)?objections?\b",
    ),
    # "That no further action be taken": the body decides to do nothing, which approves nothing.
    (Outcome.OTHER, r"\bno\s+(?:further\s+)?action\b"),
    # How summaries and the press say it: "turned down", "threw out", "voted down", "ruled out".
    (
        Outcome.REFUSED,
        r"\b(?:turn(?:s|ed)?|thr(?:ew|ows?|own)|knock(?:s|ed)?|vot(?:es|ed)?)\s+(?:(?:it|them|the\s+\w+)\s+)?"
        r"(?:down|out|back)\b(?!\s+(?:to|for|of))|\brul(?:es|ed)\s+out\b|\bsaid\s+no\s+to\b",
    ),
    # matched from the verb: "the motion" reads as a noun phrase
    (
        Outcome.REFUSED,
        r"(?:(?<=motion\s)|(?<=amendment\s)|(?<=proposal\s))(?:was\s+)?(?:lost|fell|defeated)\b",
    ),
    # "On the recorded vote the motion was declared LOST" (the verb, not "the motion", carries it)
    (
        Outcome.REFUSED,
        r"\b(?:was|were)\s+(?:(?:declared|therefore|accordingly|duly)\s+)*(?:lost|defeated)\b"
        r"|\bdeclared\s+(?:lost|defeated)\b",
    ),
    (Outcome.REFUSED, r"\b(?:accordingly|therefore|duly)\s+(?:fell|lost|defeated)\b"),
    # a temporary event notice met by a counter notice may not go ahead (Licensing Act 2003, s.105)
    # (matched from "notice": "a counter notice" reads as a noun phrase)
    (Outcome.REFUSED, r"(?:(?<=counter\s)|(?<=counter-))notices?\b"),
    (
        Outcome.DEFERRED,
        r"\b(?:defer(?:s|red)?|adjourn(?:s|ed)?|postpon(?:e|es|ed)|held\s+over)\b"
        r"|\b(?:left|lie|lay|laid)\s+on\s+the\s+table\b",
    ),
    (
        Outcome.DEFERRED,
        r"\b(?:put|puts)\s+(?:(?:it|them|the\s+\w+|off)\s+)?(?:off|on\s+hold|on\s+ice)\b|\bshelv(?:e|es|ed)\b"
        r"|\bpush(?:es|ed)?\s+back\b",
    ),
    # Scottish minutes "continue" an item to a later meeting, or "continue consideration" of it.
    (Outcome.DEFERRED, r"\bcontinu(?:e|es|ed)\s+(?:its\s+|the\s+)?consideration\b"),
    (
        Outcome.DEFERRED,
        r"\bcontinu(?:e|es|ed)\b(?=(?:\s+[\w'-]+){0,12}?\s+(?:to|until)\s+(?:its|the|a)\s+"
        r"(?:next|future|later|subsequent|meeting)\b)",
    ),
    (Outcome.RECOMMENDED, r"\brecommend(?:s|ed)?\b"),
    # "that the comments above be reported to Cabinet as the Committee's recommendations"
    (
        Outcome.RECOMMENDED,
        r"\b(?:reported|submitted|sent|forwarded|put)\s+to\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,3}?"
        r"\s+as\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?recommendations?\b",
    ),
    # a decision written as a heading: "Recommendation to the Welsh Government: that …"
    (Outcome.RECOMMENDED, r"(?:^|(?<=:\s)|(?<=\|\s))\s*Recommendations?\s+to\b"),
    # "Received" as the whole decision: "Playing Fields Committee minutes: received", "… 2026. Received."
    (Outcome.NOTED, r"(?:^|(?<=:\s)|(?<=\|\s))\s*Received\b(?!\s+(?:from|by))|(?<=\.\s)Received\.?\s*$"),
    # "The Panel made the following recommendations to Cabinet:"
    (Outcome.RECOMMENDED, r"\bmade\s+(?:the\s+following\s+)?recommendations?\s+to\b"),
    # "Approval was given for the purchase", "Permission was granted"
    (Outcome.APPROVED, r"\b(?:approval|permission|consent)\s+was\s+(?:given|granted)\b"),
    # "That Council be asked to approve the Constitution": the body recommends; Council decides.
    (Outcome.RECOMMENDED, r"\bbe\s+asked\s+to\s+(?:approve|adopt|agree|endorse|ratify|note|confirm|set)\b"),
    # "commends the Plan to the Council for approval": the Scottish and older English way to recommend
    (
        Outcome.RECOMMENDED,
        r"\bcommend(?:s|ed)?\b(?=(?:\s+[\w'’-]+){0,10}?\s+to\s+(?:the\s+)?(?:full\s+)?[A-Z])",
    ),
    (
        Outcome.REQUESTED,
        r"\b(?:request(?:s|ed)?|instruct(?:s|ed)?|as(?:k|ks|ked)\s+(?:for\b|that\b|to\b|"
        # "asks Cabinet, when reconsidering the decision, to set out …"
        r"(?!questions|about|whether|how|why|what|if)(?:[\w'’-]+,?\s+){1,12}?to\b"
        # "resolved to ask the planning authority for a drainage condition"
        r"|(?!questions|about|whether|how|why|what|if)(?:[\w'’-]+\s+){1,5}?for\b)"
        r"|calls?\s+(?:up)?on\s+(?:[\w'’-]+\s+){1,8}?to\b|call(?:s|ed)\s+for\b)",
    ),
    (
        Outcome.REFERRED,
        r"\b(?:refer(?:s|red)?|remit(?:s|ted)?)\b(?!\s+to\s+(?:in|above|below|earlier|previously|at)\b)",
    ),
    (Outcome.REFERRED, r"\bsen[dt]s?\s+(?:[\w'’-]+\s+){0,10}?back\s+to\b"),
    # "that the Finance Sub-group should consider the budget and report": handed to a smaller body
    (
        Outcome.REFERRED,
        r"(?<=\bthat\s)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}?(?-i:Sub-group|Sub-Group|Working\s+Group|"
        r"Sub-Committee|Task\s+and\s+Finish\s+Group|Group|Panel)\s+(?:should\s+)?(?:consider|review|examine)\b",
    ),
    # "the report be passed to the Policy Committee", "concern be drawn to the attention of the Cabinet"
    (
        Outcome.REFERRED,
        r"\b(?:be|was|were)\s+passed\s+to\s+(?:the\s+)?(?-i:[A-Z])"
        r"|\b(?:drawn|brought)\s+to\s+the\s+attention\s+of\b",
    ),
    # "resolved to pass the residents' concerns to the Go Safe partnership"
    (Outcome.REFERRED, r"\bpass(?:es|ed)?\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:the\s+)?(?-i:[A-Z])"),
    # "that the Clerk would respond to the consultation supporting …": the body's own view, whoever writes it
    (
        Outcome.AGREED,
        r"\b(?:respond|reply)\s+to\s+(?:the\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,5}?consultation\b"
        r"(?=[^.;]{0,40}?\b(?:support|welcom|endors|agree))",
    ),
    # "be invited to attend", "that the Clerk write to …": asking an officer or a guest to act
    (Outcome.REQUESTED, r"\bbe\s+invited\s+to\b"),
    # "invites the Chief Constable to attend", "urges the Minister to reconsider"
    (
        Outcome.REQUESTED,
        r"\b(?:invit(?:e|es|ed)|urg(?:e|es|ed))\s+(?:[\w'’-]+\s+){1,8}?to\s+(?!the\b|a\b|its\b|their\b)\w+",
    ),
    # "Clerk to obtain three quotes", "the Chair would write to the MP": the minute-taker's shorthand for
    # asking an officer or member to act
    (
        Outcome.REQUESTED,
        r"(?:^|(?<=[.;:–-]\s)|(?<=\bthat\s))\s*(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?"
        + _OFFICER
        + r"\s+to\s+(?!be\b|have\b|the\b)[a-z]+"
        # "agreed that the Chair would write": after "that" only; "The Mayor would publish …" is a future step
        r"|(?<=\bthat\s)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}?"
        + _OFFICER
        + r"\s+would\s+(?!be\b|have\b)[a-z]+",
    ),
    # "Action: Head of Partnership to provide …", "Action: SK to model …": whoever the action line names
    (Outcome.REQUESTED, r"\bActions?\s*[:–-]\s*(?:[\w'’&/.-]+\s+){1,6}?to\s+(?!be\b|the\b)[a-z]+"),
    # "this Council notes … and writes to the Minister calling for …": the letter is the request
    (Outcome.REQUESTED, r"\bwrites\s+(?:again\s+)?to\s+(?:the\s+)?(?-i:[A-Z])"),
    # "a letter be sent to the Minister"
    (Outcome.REQUESTED, r"(?:(?<=letter\s)|(?<=letters\s))(?:be|is\s+to\s+be|would\s+be)\s+sent\b"),
    (
        Outcome.REQUESTED,
        # "that the Clerk write", and a list item under "RESOLVED that:" ("iv. the Treasurer notify …")
        r"(?:\bthat[:\s–-]+(?:\(?(?:[ivx]+|\d+|[a-z])[.)]\s+)?|^\s*)(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,4}?(?-i:Clerk|Treasurer|Director|Head|Manager|Officer|"
        r"Secretary|Chair|Chairman|Solicitor|Executive|Proper\s+Officer|officers)"
        r"(?:\s+(?:of|for)(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’&-]*)+)?\s+(?:should\s+)?"
        # the verb in lower case: in "the Director of Public Health Annual Report" "Report" is a name
        r"(?-i:write|notify|submit|arrange|contact|report|provide|circulate|prepare|investigate|bring|seek|liaise|"
        r"publish|ask|consult|respond|reply|inform|advise|obtain|draft|send|organise|explore|monitor|update|"
        r"undertake|pursue|engage|meet|request|invite|convene|commission|negotiate|issue|carry|present|produce|"
        r"review|assess|develop|identify|hold|look|work|attend|explain|brief)\b",
    ),
    # "That the Trust provide a further update", "that the ICB review access": a body asked to act
    (
        Outcome.REQUESTED,
        r"(?:\bthat[:\s–-]+|^\s*)(?:the\s+)?(?!(?:Council|Cabinet|Committee|Sub-Committee|Board|Panel|Authority|"
        r"Executive|Forum)\b)(?:(?-i:[A-Z])[\w'’&-]*\s+){1,5}(?-i:provide|submit|attend|present|share|supply|"
        r"bring|review|write|respond|reply|produce|publish|reconsider|prepare|investigate|arrange|obtain|"
        r"carry|undertake|explore)\b",
    ),
    # "that training be arranged for members", "that quotations be obtained": work asked of officers
    (
        Outcome.REQUESTED,
        r"\bbe\s+(?:arranged|organi[sz]ed|circulated|prepared|investigated|explored|sought|obtained|undertaken|"
        r"carried\s+out|drafted|commissioned|produced|convened)\b",
    ),
    # "concerns be forwarded to the Executive": handing the matter to another body
    (Outcome.REFERRED, r"\b(?:forward(?:s|ed)?|pass(?:es|ed)?\s+on)\s+to\b"),
    # "that the results of the consultation be reported to the Committee in January"
    (Outcome.REQUESTED, r"\bbe\s+reported\s+(?:back\s+)?to\b"),
    # "objections be reported back to this Committee": the body asks for a report
    (Outcome.REQUESTED, r"\breport(?:s|ed)?\s+back\b"),
    # "That a further report be brought to the March meeting": the body asks for one.  (Matched from "be",
    # as "a further report" reads as a noun phrase.)
    (
        Outcome.REQUESTED,
        r"(?:(?<=report\s)|(?<=reports\s)|(?<=update\s)|(?<=briefing\s)|(?<=paper\s))be\s+"
        r"(?:brought|submitted|presented|provided|made|circulated)\b",
    ),
)

# Earlier patterns claim their words first: refusals, views, deferrals, recommendations, requests and
# referrals, then the decisions taken.
VERBS: tuple[tuple[Outcome, str], ...] = _ASKED_AND_REFUSED + TAKEN_VERBS

__all__ = ["VERBS", "Outcome"]
