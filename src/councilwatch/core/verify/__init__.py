"""Every summary sentence is checked against the passages it cites before anything is published.

``verify_sentence(text, cited)`` returns a ``Check``; ``audit`` (in ``councilwatch.core.verify.audit``)
applies the same checks to a summary someone else wrote, finding the passages itself.
"""

from councilwatch.core.verify.checks import SUPPORT_THRESHOLD, Check, Failure, verify_sentence

__all__ = ["SUPPORT_THRESHOLD", "Check", "Failure", "verify_sentence"]
