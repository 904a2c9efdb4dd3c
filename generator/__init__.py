"""bullmq-rules: a Semgrep rule pack for BullMQ, Bull, Bull Board and ioredis, generated from a spec."""

__version__ = "0.1.0"
