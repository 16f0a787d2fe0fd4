from trainer.ui.pages.author.page import AuthorPage

__all__ = ["AuthorPage"]
