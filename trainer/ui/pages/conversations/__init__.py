"""The Conversations page: role-plays, reflection drills and progress notes (issue #21)."""

from trainer.ui.pages.conversations.page import ConversationsPage

__all__ = ["ConversationsPage"]
