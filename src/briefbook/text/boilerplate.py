"""Web chrome lines (share prompts, cookie notices, ads, bylines of wire copy) recognised
(the dateline of a wire story: :mod:`briefbook.text.dateline`)."""

from __future__ import annotations

import re

_BOILERPLATE = re.compile(
    r"""^(?:
        (?:share|tweet|email|print|pin)(?:\s+(?:this|the))?(?:\s+(?:article|story|page|post|on\b.*))?
      | share\s+(?:on|via)\b.*
      | (?:follow|like|find|join)\s+us\b.*
      | (?:sign\s+up|subscribe|register)\b.*(?:newsletter|updates|alerts|email|free|today|now|here).*
      | (?:get|receive)\s+(?:our|the)\b.*newsletter.*
      | .*\bnewsletter\b.{0,40}(?:sign\s+up|subscribe|inbox).*
      | (?:related|recommended|popular|trending|more)\s+(?:articles?|stories|coverage|news|reading|from\b.*|on\s+this\b.*)
      | (?:read|see|watch)\s+(?:more|also|next|full\s+story)\b.*
      | advertisement | sponsored(?:\s+content)? | ad | skip\s+advert.*
      | click\s+here\b.*
      | (?:this\s+(?:web)?site|we)\s+uses?\s+cookies\b.*
      | .*\bcookies?\b.{0,80}\b(?:accept|consent|policy|settings|preferences|agree)\b.*
      | (?:accept|reject)\s+(?:all\s+)?cookies.*
      | (?:all\s+rights\s+reserved|copyright\s*(?:\d{4}|\u00a9|\(c\))|\(c\)\s*\d{4}|\u00a9).*
      | .*\ball\s+rights\s+reserved\b.*
      | (?:back\s+to\s+top|skip\s+to\s+(?:main\s+)?content|jump\s+to)\b.*
      | (?:loading|comments?|leave\s+a\s+comment|\d+\s+comments?|show\s+comments)
      | (?:image|photo|video)\s*(?:source|credit)?\s*:?\s*(?:getty\s+images|reuters|ap|afp)?
      | (?:listen\s+to\s+(?:this\s+)?article|audio\s+version).*
      | audio\s+(?:by|powered\s+by)\s+\S.{0,40}
      | (?:download\s+the\s+app|open\s+in\s+app)\b.*
      | \#{2,}
      | (?:watch|listen|video|photos?|gallery|graphic|interactive)\s*[|:].{0,200}
      | more\s*:? | keywords | tags | topics | \(?end\)? | -?30-
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | (?:reporting|writing|editing|additional\s+reporting|compiled|edited)\s+by\b.*
      | (?:our\s+standards|source\s*:).{0,80}
      | get\s+(?:daily|weekly|breaking|the\s+latest|our)\b.{0,60}
      | .{0,120}\bcontributed\s+(?:reporting|to\s+(?:this|the)\s+(?:report|story|article))\b.*
      | with\s+files\s+from\b.{0,120}
      | [^.!?]{0,40}\b\d{1,2}:\d{2}\b[^.!?]{0,30}\b(?:19|20)\d{2}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_boilerplate(line: str) -> bool:
    """True for a short web chrome line: share/follow prompts, cookie notices, ads, ..."""
    stripped = line.strip().strip("|-*>·•:").strip()
    if not stripped:
        return True
    if not any(c.isalnum() for c in stripped):
        # no letter and no digit: marks alone, as a page's lost characters become ("??  ??",
        # "*** ***", "— —"; round robust19): nothing to read as evidence
        return True
    if len(stripped) > 240:
        return False
    return bool(_BOILERPLATE.match(stripped))
