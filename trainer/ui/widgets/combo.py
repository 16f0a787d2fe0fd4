"""Combo boxes whose width does not grow with their longest item (a competency name or
a certification title would otherwise widen a whole page past a laptop screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

MIN_CHARS = 14


def compact(combo: QComboBox, chars: int = MIN_CHARS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo
