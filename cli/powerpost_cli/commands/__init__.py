"""The `powerpost` commands, one module per API area."""
