"""Sources and reports: raw items as received, immutable and identified by the hash of their content."""

from __future__ import annotations

import hashlib
import json
from typing import Literal, Self

from pydantic import Field, model_validator

from ceasewatch.model.claim import Claim, ClaimDraft
from ceasewatch.model.common import Instant, PartyCode, StrictModel

__all__ = ["Affiliation", "Report", "Source"]

Affiliation = Literal["party_official", "party_aligned_media", "independent_media", "monitor", "sensor", "other"]


class Source(StrictModel):
    """Who published a report, and whom they speak for."""

    name: str = Field(min_length=1)
    affiliation: Affiliation
    party: PartyCode | None = Field(default=None, description="the party the source speaks for or is aligned with")
    url: str | None = None


class Report(StrictModel):
    """One raw item as received: a statement, an article, a CSV row, a sensor record.

    A report carries ``text``, structured ``claims``, or both. Its identity in the store is :meth:`content_hash`,
    the SHA-256 of its canonical JSON; ``id`` is the publisher's or compiler's own name for it.
    """

    id: str = Field(min_length=1, max_length=200)
    published_at: Instant
    source: Source
    text: str | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$")
    claims: tuple[ClaimDraft, ...] = ()

    @model_validator(mode="after")
    def _has_content(self) -> Self:
        if not self.text and not self.claims:
            raise ValueError("a report needs 'text' or 'claims'")
        return self

    def canonical_json(self) -> str:
        """The report as canonical JSON: sorted keys, no insignificant space, UTC times, defaults included."""
        return json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def content_hash(self) -> str:
        """SHA-256 (hex) of :meth:`canonical_json`: the same report added twice has the same hash."""
        return hashlib.sha256(self.canonical_json().encode("utf-8")).hexdigest()

    def claim_objects(self) -> list[Claim]:
        """The structured claims, with ids ``<report id>/<n>`` and the source's party as default claimant."""
        return [
            Claim(
                id=f"{self.id}/{n}",
                report_id=self.id,
                **{**draft.model_dump(), "claimant": draft.claimant or self.source.party},
            )
            for n, draft in enumerate(self.claims, start=1)
        ]
