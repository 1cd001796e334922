"""The system's one stopword list."""

from __future__ import annotations

# Words that never tell one passage of a letter from another: English function words, question
# words, and the heading words every disputed item carries ("request", "case"). Dropped from index
# terms and query terms alike (service/lexical.py's tokens, which service/topic.py and
# service/answer.py build on).
#
# Other word lists have other jobs and stay apart: service/topic.py GENERIC (words of a question
# that name no treatment: decision words, patient words), service/understand.py _COMMON (common
# words the spelling corrector must leave alone), and eval/support.py's own list (a metric does not
# import the system it scores).
STOPWORDS: frozenset[str] = frozenset(
    "a an and are as at be been but by for from had has have he her his in is it its of on or she that the "
    "their there these this to was were which with why what how who when does did do request requests "
    "requested case".split()
)
