"""PTB's callback context with typed access to our services."""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import Services

SERVICES_KEY = "services"


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    @property
    def services(self) -> Services:
        services = self.application.bot_data[SERVICES_KEY]
        assert isinstance(services, Services)
        return services


def attach(application: Application[Any, Any, Any, Any, Any, Any], services: Services) -> None:
    application.bot_data[SERVICES_KEY] = services
