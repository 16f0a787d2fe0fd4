from trainer.ui.pages.modules.page import ModulesPage

__all__ = ["ModulesPage"]
