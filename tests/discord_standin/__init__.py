"""A Discord stand-in on loopback for end-to-end tests of the bot (REST + gateway)."""

from .server import Callback, StandIn
from .validate import command_errors, message_errors

__all__ = ["Callback", "StandIn", "command_errors", "message_errors"]
