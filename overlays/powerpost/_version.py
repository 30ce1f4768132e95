"""The package version: the one place it is written.

pyproject.toml reads it (hatch's dynamic version), `powerpost.__version__`, the SDK's User-Agent and
`powerpost --version` import it. Bump it together with a new section in CHANGELOG.md.
"""

__version__ = "0.2.0"
