from trainer.ui.pages.practice.page import PracticePage

__all__ = ["PracticePage"]
