"""Run the benchmarks and print their figures as one JSON object."""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
from pathlib import Path

import benchmarks


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--only", metavar="NAME",
                   help="run only the groups whose name starts with NAME (e.g. 'startup')")
    p.add_argument("--repeat", type=int, default=5, help="runs per figure (median reported)")
    p.add_argument("--list", action="store_true", help="list the benchmark groups")
    args = p.parse_args(argv)
    for mod in pkgutil.iter_modules([str(Path(benchmarks.__file__).parent)]):
        if not mod.name.startswith("_"):
            importlib.import_module(f"benchmarks.{mod.name}")
    groups = sorted(benchmarks.BENCHMARKS)
    if args.list:
        print("\n".join(groups))
        return 0
    chosen = [g for g in groups if not args.only or g.startswith(args.only)]
    if not chosen:
        print(f"no benchmark group starts with {args.only!r}; groups: {', '.join(groups)}",
              file=sys.stderr)
        return 2
    out: dict[str, float] = {}
    for g in chosen:
        print(f"running {g} …", file=sys.stderr)
        out.update(benchmarks.BENCHMARKS[g](args.repeat))
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
