"""Breaking-change check of the spec and the public Python API against the last release.

`make check-breaking` compares `spec/powerpost.yaml` and `overlays/powerpost` with the copies committed under
`spec/released/<version>/` and fails when a change would break an SDK user without a major version bump and a
CHANGELOG entry. `make changelog-draft` prints the same changes as Keep a Changelog sections. The rules are in
`spec/released/README.md`.
"""
