"""Gather and compose, one flow per kind of answer (service.plan decides the kind).

- item: the item asked about (in the case named, or of the patient described when one letter fits
  clearly), answered by service.compose.item; a case that lacks the treatment, or a treatment no
  letter has, is said so, with the nearest items as "related".
- list: every item of the treatment meeting the condition, with how many (service.compose.listing).
- pattern: the recurring reasons across letters, with counts and the base rate (compose.pattern).
- term: what a word of the IMR process means ("what does upheld mean?", service.glossary).
- count: a collection answer (service.collection: counts, shares, top N, comparisons, per letter,
  trends, with the table and the rule); else counts by decision, with the top reasons.

Each flow lives in service.flows (item, lists, count; common: what they share).
"""

from __future__ import annotations

from service.flows.count import count_flow
from service.flows.item import item_flow
from service.flows.lists import list_flow, pattern_flow
from service.flows.term import term_flow


FLOWS = {"item": item_flow, "list": list_flow, "pattern": pattern_flow, "count": count_flow, "term": term_flow}
