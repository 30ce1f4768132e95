"""What the contract suite's test modules share: targets (mock, URL or live), sample requests and media,
schemathesis set-up and checks, the live budget and the reports. No tests here, and importing a module
sends nothing: the mock is prepared by fixtures.
"""
