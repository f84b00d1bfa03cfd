"""Swedish hybrid retrieval over the chunks in Chroma."""

from bot.retrieve.hybrid import Calibration, Retriever, RetrievalResult, default_dense_weight
from bot.retrieve.lexical import LexicalIndex, LexicalParams
from bot.retrieve.query import QueryAnalyzer, SynonymList
from bot.retrieve.shaping import RetrievedPassage

__all__ = [
    "Calibration",
    "LexicalIndex",
    "LexicalParams",
    "QueryAnalyzer",
    "RetrievalResult",
    "RetrievedPassage",
    "Retriever",
    "SynonymList",
    "default_dense_weight",
]
