"""What the events_wire generators share: the shorthand of an expected statement, and the writing of a batch."""
import json
from pathlib import Path

P, N = "Positive", "Negative"
A, R, H = ["Asserted"], ["Reported"], ["Hypothetical"]
RH = ["Reported", "Hypothetical"]


def e(subject, preds, obj, cameo, pol=P, mod=A, when=None):
    """One expected statement: ``cameo`` None for a statement that is no event."""
    return {"subject": subject, "predicates": preds, "object": obj, "cameo": cameo, "polarity": pol,
            "modality": mod, "when": when}


def write(sentences, name):
    """Write ``[(sentence, [expected, ...]), ...]`` to ``name`` beside this file, and print its counts."""
    rows = [{"sentence": s, "expected": x} for s, x in sentences]
    with open(Path(__file__).with_name(name), "w") as out:
        json.dump(rows, out, indent=1, ensure_ascii=False)
    print(len(rows), sum(len(x) for _, x in sentences), sum(1 for _, x in sentences for w in x if w["cameo"] is None))
