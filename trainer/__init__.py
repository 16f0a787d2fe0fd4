"""CPSW Trainer: study, practise and prove readiness for peer support certification."""

__version__ = "0.1.0"
