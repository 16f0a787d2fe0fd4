"""The Author page's content folders and loaders, from the settings (its factory's one line)."""

from __future__ import annotations

from trainer.config import Settings
from trainer.operations.content import ContentFolders


def content_folders(settings: Settings) -> ContentFolders:
    """The loaders the app started with, so a reload after a write reads what a restart would."""
    from trainer.content.cache import load_catalog_cached
    from trainer.services import load_full_catalog

    return ContentFolders(
        settings.content_dir, settings.packs_dir,
        load_all=lambda: load_full_catalog(settings),
        load_bundled=lambda: load_catalog_cached(settings.content_dir, settings.data_dir / "cache"))
