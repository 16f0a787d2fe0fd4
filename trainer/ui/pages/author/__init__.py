from trainer.ui.pages.author.folders import content_folders
from trainer.ui.pages.author.page import AuthorPage

__all__ = ["AuthorPage", "content_folders"]
