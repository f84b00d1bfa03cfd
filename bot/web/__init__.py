"""The passage web page: /p/<passage id>, /doc/<doc id> and a search start page."""

from bot.web.app import ServeError, create_app, serve, start

__all__ = ["ServeError", "create_app", "serve", "start"]
