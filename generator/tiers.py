"""Rule tiers: the default pack, and the opt-in audit tier of rules that are policy or stay noisy.

A tier's rules and test cases live beside the default folders with the tier's suffix:
`generated-rules/` and `test-cases/` hold the default tier, `generated-rules-audit/` and
`test-cases-audit/` the audit tier, path for path, so `semgrep --test --config
generated-rules-audit/ test-cases-audit/` works like the default pair.
"""

from __future__ import annotations

from pathlib import Path

DEFAULT = "default"
AUDIT = "audit"
TIERS = (DEFAULT, AUDIT)


def folder(base: Path, tier: str) -> Path:
    """The tier's folder for a default folder: `generated-rules` -> `generated-rules-audit`."""
    return base if tier == DEFAULT else base.with_name(f"{base.name}-{tier}")


def folders(base: Path) -> dict[str, Path]:
    return {tier: folder(base, tier) for tier in TIERS}
