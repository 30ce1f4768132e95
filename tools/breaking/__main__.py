"""`python -m tools.breaking check|draft|record`: the breaking-change check, a changelog draft, a baseline.

python -m tools.breaking check     # exit 1 when a break lacks a major bump or a CHANGELOG entry
python -m tools.breaking draft     # Keep a Changelog sections for the changes since the last release
python -m tools.breaking record    # at release time: copy the spec and package as the new baseline
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .baseline import latest_baseline, write_baseline
from .check import Paths, collect_changes, run_check
from .report import changelog_draft, verdict_report
from .spec_changes import SpecDiffError
from .versioning import read_project_version


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tools.breaking", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["check", "draft", "record"])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root (default: .)")
    parser.add_argument("--spec", type=Path, help="current spec (default: spec/powerpost.yaml)")
    parser.add_argument("--package-dir", type=Path, help="current package (default: overlays/powerpost)")
    parser.add_argument("--released-dir", type=Path, help="baselines (default: spec/released)")
    parser.add_argument("--changelog", type=Path, help="default: CHANGELOG.md")
    parser.add_argument("--version", help="version being built (default: the project's version)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; the exit status is 1 when the check fails, 2 when it cannot run."""
    args = _parser().parse_args(argv)
    root: Path = args.root.resolve()
    usual = Paths.of(root)
    paths = Paths(
        root=root,
        spec=args.spec or usual.spec,
        package_dir=args.package_dir or usual.package_dir,
        released_dir=args.released_dir or usual.released_dir,
        changelog=args.changelog or usual.changelog,
    )
    version: str = args.version or read_project_version(root)
    try:
        if args.command == "record":
            baseline = write_baseline(paths.released_dir, version, paths.spec, paths.package_dir)
            print(f"recorded release {version} in {baseline.directory}")
            return 0
        if args.command == "draft":
            print(changelog_draft(collect_changes(paths, latest_baseline(paths.released_dir))))
            return 0
        verdict = run_check(paths, version)
    except (SpecDiffError, FileNotFoundError, FileExistsError, ImportError, ValueError) as error:
        print(f"check-breaking could not run: {error}", file=sys.stderr)
        return 2
    print(verdict_report(verdict))
    return 0 if verdict.passed else 1


if __name__ == "__main__":
    sys.exit(main())
