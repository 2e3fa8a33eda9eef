"""How well an RBM's Gibbs chains mix, in figures (the README's "mixing problem").

    python -m training.rbm.mixing trained/rbm-mnist5k [--chains 100] [--steps 1000]

Chains start at held-out digits; every ``--every`` Gibbs steps the shipped digit classifier
labels the mean-field image p(v | h). Reported: the share of chains still labelled as the
class they started in, the mean number of label changes per chain, the share of pixels that
flip per step, and the free energy of the chains against that of the test digits (a chain
that sits at a much lower F than the data has fallen into a spurious deep mode).
"""

from __future__ import annotations

import argparse
import json

import numpy as np


def mixing_figures(model, classifier, n: int = 100, steps: int = 1000, every: int = 50,
                   seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    v = model.digits(n, seed)
    shape = (n, *model.image_shape)
    f_data = float(model.free_energy(v).mean())

    def label(x):
        h = model.p_h(x)
        return classifier.predict_proba(model.p_v(h).reshape(shape)).argmax(1)

    start = label(v)
    labels, flips = [start], []
    for t in range(steps // every):
        prev = v
        v = model.gibbs(v, rng, 1)
        flips.append(float((v != prev).mean()))
        v = model.gibbs(v, rng, every - 1)
        labels.append(label(v))
    labels = np.array(labels)
    changes = (np.diff(labels, axis=0) != 0).sum(0)
    return {"chains": n, "gibbs_steps": steps, "label_every": every,
            "same_class_share": float((labels[-1] == start).mean()),
            "never_left_share": float((changes == 0).mean()),
            "label_changes_per_chain": float(changes.mean()),
            "classes_visited_per_chain": float(np.mean([len(set(c)) for c in labels.T])),
            "pixels_flipped_per_step": float(np.mean(flips)),
            "free_energy_data": f_data, "free_energy_chains": float(model.free_energy(v).mean())}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m training.rbm.mixing", description=__doc__)
    p.add_argument("artifact")
    p.add_argument("--chains", type=int, default=100)
    p.add_argument("--steps", type=int, default=1000)
    p.add_argument("--every", type=int, default=50)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    import training
    from training.artifacts import default_trained_dir

    model = training.load(args.artifact)
    clf = training.load(default_trained_dir() / "classifier-mnist5k")
    print(json.dumps(mixing_figures(model, clf, args.chains, args.steps, args.every,
                                    args.seed), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
