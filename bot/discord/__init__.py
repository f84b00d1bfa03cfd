"""Discord adapter: slash commands, mentions in threads and feedback over bot.service.Assistant."""
