"""The Conversations page (page.py): role-plays, reflection drills and progress notes (issue
#21). Nothing is imported here, so the Dashboard's skills card can use wording.py without
loading the page and its tabs."""
