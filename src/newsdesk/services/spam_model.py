"""The learned spam filter's model: logistic regression over hashed comment features.

scikit-learn does the work: `HashingVectorizer` turns each comment's named features
(`newsdesk.domain.comment_features`) into a sparse row without a vocabulary to keep, and
`LogisticRegression` learns a weight for each. A model is then only its weights and
intercept, stored as plain arrays in NumPy's `.npz` format and read back with
`allow_pickle=False`: a model read from a shared database can hold numbers and nothing
that runs. Scoring is one sparse matrix product, so thousands of comments cost
milliseconds. The starter model is trained, once per process, on the public labelled
comments in `resources/comments-spam/` (see its README for the source and citation).
"""

from __future__ import annotations

import csv
import io
import threading
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.domain.comment_features import FEATURES_VERSION, CommentText, features
from newsdesk.resources_path import resource_path

if TYPE_CHECKING:
    import numpy as np

N_FEATURES = 2**18
REGULARISATION = 10.0
"""LogisticRegression's C: the best of 0.1 to 100 on the cross-video split (benchmarks)."""
STARTER_FILES = ("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv")


def _as_given(names: list[str]) -> list[str]:
    return names


def _vectorizer(analyzer: Any = features) -> Any:
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer=analyzer, n_features=N_FEATURES, alternate_sign=False, norm="l2"
    )


def vectorize(comments: Sequence[CommentText]) -> Any:
    """The comments as a sparse matrix, one row each."""
    return _vectorizer().transform(comments)


@dataclass(frozen=True, eq=False)
class SpamModel:
    """Weights over the hashed features (zero for most) and an intercept."""

    weights: np.ndarray
    intercept: float
    features_version: int = FEATURES_VERSION

    def score_many(self, comments: Sequence[CommentText]) -> list[float]:
        """The probability that each comment is unwanted, 0 to 1."""
        if not comments:
            return []
        from scipy.special import expit

        margins = vectorize(comments) @ self.weights + self.intercept
        return [float(p) for p in expit(margins)]

    def weighed(self, comment: CommentText, most: int = 8) -> list[tuple[str, float]]:
        """The features of `comment` that pushed its score most, each with its push
        (weight times the feature's share of the comment), the strongest first."""
        return self.weighed_many([comment], most)[0]

    def weighed_many(
        self, comments: Sequence[CommentText], most: int = 8
    ) -> list[list[tuple[str, float]]]:
        """`weighed` for many comments, hashing all their features in two passes."""
        named = [list(dict.fromkeys(features(comment))) for comment in comments]
        every = [name for names in named for name in names]
        if not every:
            return [[] for _ in comments]
        rows = vectorize(comments)
        columns = _vectorizer(_as_given).transform([[name] for name in every]).indices
        found: list[list[tuple[str, float]]] = []
        start = 0
        for number, names in enumerate(named):
            begin, end = rows.indptr[number], rows.indptr[number + 1]
            share = dict(
                zip(rows.indices[begin:end].tolist(), rows.data[begin:end].tolist(), strict=True)
            )
            pushes = []
            for name, index in zip(names, columns[start : start + len(names)], strict=True):
                push = float(self.weights[index]) * share.get(int(index), 0.0)
                if push:
                    pushes.append((name, push))
            start += len(names)
            pushes.sort(key=lambda item: -abs(item[1]))
            found.append(pushes[:most])
        return found

    def to_bytes(self) -> bytes:
        import numpy as np

        nonzero = np.flatnonzero(self.weights).astype(np.int32)
        buffer = io.BytesIO()
        np.savez_compressed(
            buffer,
            indices=nonzero,
            values=self.weights[nonzero].astype(np.float32),
            intercept=np.array([self.intercept], dtype=np.float64),
            shape=np.array([len(self.weights), self.features_version], dtype=np.int64),
        )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> SpamModel:
        """A stored model; raises ValueError for anything but one this module wrote."""
        import numpy as np

        try:
            with np.load(io.BytesIO(data), allow_pickle=False) as stored:
                indices = stored["indices"]
                values = stored["values"]
                intercept = float(stored["intercept"][0])
                size, version = (int(v) for v in stored["shape"])
        except (OSError, KeyError, IndexError, ValueError, EOFError, zipfile.BadZipFile) as error:
            raise ValueError(f"not a stored spam model ({error})") from None
        if indices.dtype.kind not in "iu" or values.dtype.kind != "f":
            raise ValueError("not a stored spam model (not numbers)")
        if size != N_FEATURES or indices.shape != values.shape or indices.ndim != 1:
            raise ValueError("not a stored spam model (wrong shape)")
        if len(indices) and (indices.min() < 0 or indices.max() >= size):
            raise ValueError("not a stored spam model (an index out of range)")
        weights = np.zeros(size, dtype=np.float64)
        weights[indices] = values
        return cls(weights=weights, intercept=intercept, features_version=version)


def train(
    comments: Sequence[CommentText],
    unwanted: Sequence[bool],
    sample_weights: Sequence[float] | None = None,
) -> SpamModel:
    """A model learned from labelled comments (both labels must be present)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    labels = np.asarray(unwanted, dtype=np.int8)
    rows = vectorize(comments)
    # Only the columns some comment uses: a feature no comment has keeps weight 0 anyway
    # (L2), and the solver then works on thousands of weights instead of 262,144.
    used = np.unique(rows.indices)
    regression = LogisticRegression(C=REGULARISATION, max_iter=1000)
    with _one_thread():
        regression.fit(rows[:, used], labels, sample_weight=sample_weights)
    weights = np.zeros(N_FEATURES, dtype=np.float64)
    weights[used] = regression.coef_[0]
    return SpamModel(weights=weights, intercept=float(regression.intercept_[0]))


def _one_thread() -> Any:
    """Training on one core: the other stays with the window and the database."""
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


@dataclass(frozen=True, slots=True)
class Quality:
    """Cross-validated: of the comments called unwanted, how many were (precision); of
    the unwanted, how many were caught (recall); their harmonic mean (F1)."""

    precision: float
    recall: float
    f1: float
    folds: int


def cross_validate(
    comments: Sequence[CommentText], unwanted: Sequence[bool], folds: int = 5
) -> Quality | None:
    """Stratified k-fold at the 0.5 threshold; None when a label has fewer than `folds`."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    labels = np.asarray(unwanted, dtype=np.int8)
    smallest = min(int(labels.sum()), int(len(labels) - labels.sum()))
    if smallest < folds:
        return None
    rows = vectorize(comments)
    with _one_thread():
        predicted = cross_val_predict(
            LogisticRegression(C=REGULARISATION, max_iter=1000),
            rows[:, np.unique(rows.indices)],
            labels,
            cv=folds,
        )
    caught = int(((predicted == 1) & (labels == 1)).sum())
    called = int((predicted == 1).sum())
    precision = caught / called if called else 0.0
    recall = caught / int(labels.sum())
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Quality(precision, recall, f1, folds)


# ---- the starter model -------------------------------------------------------------------------


def read_labelled(path: Path) -> tuple[list[CommentText], list[bool]]:
    """A YouTube Spam Collection file: (AUTHOR, CONTENT) as comments, CLASS 1 as unwanted."""
    comments: list[CommentText] = []
    unwanted: list[bool] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            comments.append(CommentText(body=row["CONTENT"], name=row["AUTHOR"]))
            unwanted.append(row["CLASS"].strip() == "1")
    return comments, unwanted


def starter_examples() -> tuple[list[CommentText], list[bool]]:
    """The public labelled comments the app ships with."""
    comments: list[CommentText] = []
    unwanted: list[bool] = []
    for name in STARTER_FILES:
        found, labels = read_labelled(resource_path("comments-spam", name))
        comments += found
        unwanted += labels
    return comments, unwanted


_starter: SpamModel | None = None
_starter_lock = threading.Lock()


def starter_model() -> SpamModel:
    """The model of the public comments alone, trained at first use (a fraction of a
    second) and kept for the process."""
    global _starter
    with _starter_lock:
        if _starter is None:
            _starter = train(*starter_examples())
        return _starter
