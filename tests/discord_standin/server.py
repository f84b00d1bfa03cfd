"""A small Discord stand-in on loopback: enough REST and gateway for discord.py to run a bot.

One guild, one text channel, a bot user. Tests drive it by dispatching INTERACTION_CREATE and
MESSAGE_CREATE events and read what the bot sent back from `requests`, `callbacks`, `messages`.
Payloads Discord would refuse get Discord's 400 "Invalid Form Body" and are kept in `rejected`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable

from aiohttp import WSMsgType, web

from .validate import command_errors, message_errors

EPHEMERAL = 64
MESSAGE_CONTENT = 1 << 15  # gateway intent
BODY = web.RequestKey("body", object)


def _json(data: Any, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only when Content-Type is exactly application/json.
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@dataclass
class Callback:
    interaction_id: str
    type: int
    data: dict
    elapsed: float  # seconds from dispatching the interaction to the callback


@dataclass
class StandIn:
    app_id: str = "900000000000000001"
    guild_id: str = "900000000000000002"
    channel_id: str = "900000000000000003"
    secretariat_role_id: str = "900000000000000004"
    bot_user: dict = field(
        default_factory=lambda: {
            "id": "900000000000000001", "username": "mlr-bot", "global_name": "MLR", "discriminator": "0",
            "avatar": None, "bot": True,
        }
    )

    def __post_init__(self) -> None:
        self._ids = itertools.count(910000000000000000)
        self.requests: list[dict] = []  # every REST call: method, path, json
        self.rejected: list[dict] = []  # bodies Discord would refuse, with reasons
        self.unknown: list[str] = []  # routes the stand-in does not know
        self.commands: dict[str, list[dict]] = {}  # "global" or guild id → synced commands
        self.callbacks: list[Callback] = []
        self.messages: dict[str, dict] = {}  # message id → message as the stand-in stores it
        self.threads: dict[str, dict] = {}
        self.identify: dict | None = None
        self.ready = asyncio.Event()
        self.attachments: dict[str, tuple[dict, bytes]] = {}  # id → (attachment object, bytes)
        self._clicked: dict[str, dict] = {}  # component interaction id → the message clicked
        self._dispatched: dict[str, float] = {}  # interaction id → monotonic dispatch time
        self._tokens: dict[str, dict] = {}  # interaction token → {"id", "original": message id|None, "loading"}
        self._ws: web.WebSocketResponse | None = None
        self._seq = 0
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        app = web.Application(middlewares=[self._record])
        app.router.add_get("/gateway", self._gateway)
        api = "/api/v10"
        routes = [
            ("GET", "/users/@me", self._me),
            ("GET", "/oauth2/applications/@me", self._application),
            ("GET", "/gateway/bot", self._gateway_bot),
            ("PUT", "/applications/{app}/commands", self._put_commands),
            ("PUT", "/applications/{app}/guilds/{guild}/commands", self._put_commands),
            ("POST", "/interactions/{iid}/{token}/callback", self._callback),
            ("POST", "/webhooks/{app}/{token}", self._followup),
            ("GET", "/webhooks/{app}/{token}/messages/{mid}", self._get_webhook_message),
            ("PATCH", "/webhooks/{app}/{token}/messages/{mid}", self._edit_webhook_message),
            ("DELETE", "/webhooks/{app}/{token}/messages/{mid}", self._delete_webhook_message),
            ("POST", "/channels/{cid}/messages", self._create_message),
            ("GET", "/channels/{cid}/messages/{mid}", self._get_message),
            ("PATCH", "/channels/{cid}/messages/{mid}", self._edit_message),
            ("POST", "/channels/{cid}/messages/{mid}/threads", self._create_thread),
            ("POST", "/channels/{cid}/typing", self._typing),
        ]
        app.router.add_get("/attachments/{aid}/{name}", self._attachment)  # the CDN
        for method, path, handler in routes:
            app.router.add_route(method, api + path, handler)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def stop(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_base(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # --- helpers for tests ------------------------------------------------------------------
    def new_id(self) -> str:
        return str(next(self._ids))

    def user(self, user_id: str, name: str) -> dict:
        return {"id": user_id, "username": name, "global_name": name, "discriminator": "0", "avatar": None}

    def member(self, user: dict, roles: list[str]) -> dict:
        return {
            "user": user, "roles": roles, "joined_at": now_iso(), "deaf": False, "mute": False, "nick": None,
            "flags": 0, "permissions": "2248473465835073",
        }

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Wait until predicate() returns something truthy (re-checked after each request)."""
        async def loop() -> Any:
            async with self._changed:
                while not (result := predicate()):
                    await self._changed.wait()
                return result

        return await asyncio.wait_for(loop(), timeout)

    async def dispatch(self, event: str, data: dict) -> None:
        assert self._ws is not None, "the bot is not connected"
        self._seq += 1
        await self._ws.send_str(json.dumps({"op": 0, "t": event, "s": self._seq, "d": data}))

    async def slash(self, name: str, options: list[dict], user: dict, roles: list[str]) -> dict:
        """Dispatch a slash command as Discord would; returns the interaction.

        An attachment option's value is the id of an object from attachment().
        """
        cmd = next(c for c in self.commands.get(self.guild_id, []) if c["name"] == name)
        data = {"id": cmd["id"], "name": name, "type": 1, "options": options, "guild_id": self.guild_id}
        files = {o["value"]: self.attachments[o["value"]][0] for o in options if o["type"] == 11}
        if files:
            data["resolved"] = {"attachments": files}
        interaction = self._interaction(2, data, user, roles)
        await self._dispatch_interaction(interaction)
        return interaction

    def attachment(self, filename: str, data: bytes, content_type: str = "application/octet-stream") -> dict:
        """A file a member attached to a command; served by the stand-in's CDN route."""
        aid = self.new_id()
        url = f"http://127.0.0.1:{self.port}/attachments/{aid}/{filename}"
        obj = {"id": aid, "filename": filename, "size": len(data), "url": url, "proxy_url": url,
               "content_type": content_type}
        self.attachments[aid] = (obj, data)
        return obj

    async def click(self, message: dict, custom_id: str, user: dict, roles: list[str]) -> dict:
        interaction = self._interaction(3, {"custom_id": custom_id, "component_type": 2}, user, roles)
        interaction["message"] = self.public(message)
        self._clicked[interaction["id"]] = message
        await self._dispatch_interaction(interaction)
        return interaction

    async def post_user_message(self, channel_id: str, content: str, author: dict, mentions: list[dict]) -> dict:
        """A member writes in a channel; dispatched as MESSAGE_CREATE."""
        message = self._message(channel_id, author, content=content, mentions=mentions)
        message["member"] = self.member(author, [])
        self.messages[message["id"]] = message
        event = dict(message)
        intents = (self.identify or {}).get("intents", 0)
        if not intents & MESSAGE_CONTENT and not any(m["id"] == self.bot_user["id"] for m in mentions):
            event.update(content="", embeds=[], attachments=[], components=[])  # privileged without the intent
        await self.dispatch("MESSAGE_CREATE", event)
        return message

    def callbacks_for(self, interaction: dict) -> list[Callback]:
        return [c for c in self.callbacks if c.interaction_id == interaction["id"]]

    def messages_for(self, interaction: dict) -> list[dict]:
        """Messages made by an interaction's response and follow-ups, oldest first."""
        token = interaction["token"]
        return [m for m in self.messages.values() if m.get("_token") == token]

    def messages_in(self, channel_id: str) -> list[dict]:
        return [m for m in self.messages.values() if m["channel_id"] == channel_id]

    # --- internals --------------------------------------------------------------------------
    def _interaction(self, itype: int, data: dict, user: dict, roles: list[str]) -> dict:
        return {
            "id": self.new_id(), "application_id": self.app_id, "type": itype, "token": f"tok-{self.new_id()}",
            "version": 1, "guild_id": self.guild_id, "channel_id": self.channel_id, "channel": self._channel(),
            "member": self.member(user, roles), "data": data, "locale": "sv-SE", "guild_locale": "sv-SE",
            "app_permissions": "2248473465835073", "entitlements": [], "context": 0,
            "authorizing_integration_owners": {"0": self.guild_id}, "attachment_size_limit": 26214400,
        }

    async def _dispatch_interaction(self, interaction: dict) -> None:
        self._tokens[interaction["token"]] = {"id": interaction["id"], "original": None, "loading": False}
        self._dispatched[interaction["id"]] = time.monotonic()
        await self.dispatch("INTERACTION_CREATE", interaction)

    def _channel(self) -> dict:
        return {"id": self.channel_id, "type": 0, "guild_id": self.guild_id, "name": "allmänt", "position": 0,
                "permission_overwrites": [], "nsfw": False, "parent_id": None, "topic": None,
                "last_message_id": None, "rate_limit_per_user": 0, "flags": 0}

    def _message(self, channel_id: str, author: dict, **fields: Any) -> dict:
        message = {
            "id": self.new_id(), "channel_id": channel_id, "guild_id": self.guild_id, "author": author,
            "content": "", "timestamp": now_iso(), "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [], "embeds": [],
            "components": [], "pinned": False, "type": 0, "flags": 0,
        }
        message.update(fields)
        return message

    def _bot_message(self, channel_id: str, body: dict, **extra: Any) -> dict:
        message = self._message(channel_id, self.bot_user, **extra)
        self._apply(message, body)
        self.messages[message["id"]] = message
        return message

    @staticmethod
    def _apply(message: dict, body: dict) -> None:
        for key in ("content", "embeds", "components", "flags", "message_reference", "allowed_mentions"):
            if key in body and body[key] is not None:
                message[key] = body[key]
        if "content" in body and body["content"] is None:
            message["content"] = ""
        message["edited_timestamp"] = now_iso() if message.get("_sent") else None
        message["_sent"] = True

    @staticmethod
    def public(message: dict) -> dict:
        return {k: v for k, v in message.items() if not k.startswith("_")}

    async def _refuse(self, request: web.Request, body: Any, errors: list[str]) -> web.Response:
        self.rejected.append({"path": request.path, "body": body, "errors": errors})
        detail = {"_errors": [{"code": "BASE_TYPE_INVALID", "message": e} for e in errors]}
        return _json({"code": 50035, "message": "Invalid Form Body", "errors": {"_root": detail}}, status=400)

    @web.middleware
    async def _record(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        body = None
        if request.can_read_body and request.content_type == "application/json":
            body = await request.json()
        request[BODY] = body
        if request.path != "/gateway":
            self.requests.append({"method": request.method, "path": request.path, "json": body})
        try:
            return await handler(request)
        finally:
            async with self._changed:
                self._changed.notify_all()

    # --- REST handlers ----------------------------------------------------------------------
    async def _me(self, request: web.Request) -> web.Response:
        return _json(self.bot_user)

    async def _application(self, request: web.Request) -> web.Response:
        return _json({
            "id": self.app_id, "name": "MLR", "icon": None, "description": "", "bot_public": False,
            "bot_require_code_grant": False, "owner": self.user("900000000000000099", "owner"),
            "verify_key": "0" * 64, "flags": 0, "team": None,
        })

    async def _gateway_bot(self, request: web.Request) -> web.Response:
        return _json({"url": self.gateway_url, "shards": 1, "session_start_limit": {
            "total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1}})

    async def _put_commands(self, request: web.Request) -> web.Response:
        body = request[BODY]
        errors = command_errors(body)
        if errors:
            return await self._refuse(request, body, errors)
        scope = request.match_info.get("guild", "global")
        stored = []
        for cmd in body:
            cmd = {**cmd, "id": self.new_id(), "application_id": self.app_id, "version": self.new_id(),
                   "type": cmd.get("type", 1)}
            if scope != "global":
                cmd["guild_id"] = scope
            stored.append(cmd)
        self.commands[scope] = stored
        return _json(stored)

    async def _callback(self, request: web.Request) -> web.Response:
        iid, token = request.match_info["iid"], request.match_info["token"]
        state = self._tokens.get(token)
        if state is None or state["id"] != iid:
            return _json({"code": 10062, "message": "Unknown interaction"}, status=404)
        body = request[BODY] or {}
        if any(c.interaction_id == iid for c in self.callbacks):
            return _json({"code": 40060, "message": "Interaction has already been acknowledged."},
                                     status=400)
        data = body.get("data") or {}
        errors = message_errors(data)
        if errors:
            return await self._refuse(request, body, errors)
        elapsed = time.monotonic() - self._dispatched[iid]
        self.callbacks.append(Callback(iid, body.get("type"), data, elapsed))
        if elapsed > 3.0:  # Discord drops the interaction after three seconds
            return _json({"code": 10062, "message": "Unknown interaction"}, status=404)
        ctype = body.get("type")
        reply: dict[str, Any] = {"interaction": {"id": iid, "type": 2, "response_message_loading": ctype == 5,
                                                 "response_message_ephemeral": bool(data.get("flags", 0) & EPHEMERAL)}}
        if ctype in (4, 5):
            message = self._bot_message(self.channel_id, data if ctype == 4 else {"flags": data.get("flags", 0)},
                                        _token=token)
            state["original"], state["loading"] = message["id"], ctype == 5
            reply["interaction"]["response_message_id"] = message["id"]
            reply["resource"] = {"type": ctype, "message": self.public(message)}
        elif ctype == 7:
            message = self.messages.get(self._clicked.get(iid, {}).get("id", ""))
            if message is not None:
                self._apply(message, data)
                reply["resource"] = {"type": 7, "message": self.public(message)}
        return _json(reply)

    def _token_state(self, request: web.Request) -> dict | None:
        return self._tokens.get(request.match_info["token"])

    async def _followup(self, request: web.Request) -> web.Response:
        state = self._token_state(request)
        if state is None:
            return _json({"code": 50027, "message": "Invalid Webhook Token"}, status=401)
        body = request[BODY] or {}
        errors = message_errors(body)
        if errors:
            return await self._refuse(request, body, errors)
        if state["loading"] and state["original"] in self.messages:
            # The first follow-up after a deferred ("thinking") response replaces the placeholder.
            message = self.messages[state["original"]]
            self._apply(message, body)
            state["loading"] = False
        else:
            message = self._bot_message(self.channel_id, body, _token=request.match_info["token"])
        return _json(self.public(message))

    def _webhook_message(self, request: web.Request) -> dict | None:
        state = self._token_state(request)
        if state is None:
            return None
        mid = request.match_info["mid"]
        mid = state["original"] if mid == "@original" else mid
        message = self.messages.get(mid or "")
        return message if message is not None and message.get("_token") == request.match_info["token"] else None

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        if message is None:
            return _json({"code": 10008, "message": "Unknown Message"}, status=404)
        return _json(self.public(message))

    async def _edit_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        if message is None:
            return _json({"code": 10008, "message": "Unknown Message"}, status=404)
        body = request[BODY] or {}
        errors = message_errors(body)
        if errors:
            return await self._refuse(request, body, errors)
        self._apply(message, body)
        state = self._token_state(request)
        if state and message["id"] == state["original"]:
            state["loading"] = False
        return _json(self.public(message))

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        message = self._webhook_message(request)
        if message is None:
            return _json({"code": 10008, "message": "Unknown Message"}, status=404)
        del self.messages[message["id"]]
        state = self._token_state(request)
        if state and state["original"] == message["id"]:
            state["original"], state["loading"] = None, False
        return web.Response(status=204)

    async def _create_message(self, request: web.Request) -> web.Response:
        cid = request.match_info["cid"]
        if cid != self.channel_id and cid not in self.threads:
            return _json({"code": 10003, "message": "Unknown Channel"}, status=404)
        body = request[BODY] or {}
        errors = message_errors(body)
        if errors:
            return await self._refuse(request, body, errors)
        return _json(self.public(self._bot_message(cid, body)))

    async def _get_message(self, request: web.Request) -> web.Response:
        message = self.messages.get(request.match_info["mid"])
        if message is None or message["channel_id"] != request.match_info["cid"]:
            return _json({"code": 10008, "message": "Unknown Message"}, status=404)
        return _json(self.public(message))

    async def _edit_message(self, request: web.Request) -> web.Response:
        message = self.messages.get(request.match_info["mid"])
        if message is None:
            return _json({"code": 10008, "message": "Unknown Message"}, status=404)
        self._apply(message, request[BODY] or {})
        return _json(self.public(message))

    async def _create_thread(self, request: web.Request) -> web.Response:
        cid, mid = request.match_info["cid"], request.match_info["mid"]
        body = request[BODY] or {}
        name = body.get("name") or ""
        if mid not in self.messages or cid != self.channel_id:
            return _json({"code": 10008, "message": "Unknown Message"}, status=404)
        if not 1 <= len(name) <= 100:
            return await self._refuse(request, body, ["thread name must be 1-100 characters"])
        if mid in self.threads:
            return _json({"code": 160004, "message": "A thread has already been created"}, status=400)
        thread = {  # a thread started from a message has that message's id
            "id": mid, "type": 11, "guild_id": self.guild_id, "parent_id": cid, "owner_id": self.bot_user["id"],
            "name": name, "last_message_id": None, "rate_limit_per_user": 0, "message_count": 0,
            "member_count": 1, "flags": 0,
            "thread_metadata": {"archived": False, "auto_archive_duration": body.get("auto_archive_duration", 1440),
                                "archive_timestamp": now_iso(), "locked": False},
        }
        self.threads[mid] = thread
        await self.dispatch("THREAD_CREATE", {**thread, "newly_created": True})
        return _json(thread, status=201)

    async def _attachment(self, request: web.Request) -> web.Response:
        found = self.attachments.get(request.match_info["aid"])
        if found is None:
            return web.Response(status=404)
        return web.Response(body=found[1], content_type="application/octet-stream")

    async def _typing(self, request: web.Request) -> web.Response:
        return web.Response(status=204)

    async def _unknown(self, request: web.Request) -> web.Response:
        self.unknown.append(f"{request.method} {request.path}")
        return _json({"code": 0, "message": "404: Not Found"}, status=404)

    # --- gateway ----------------------------------------------------------------------------
    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                break
            payload = json.loads(msg.data)
            if payload["op"] == 1:  # heartbeat
                await ws.send_str(json.dumps({"op": 11}))
            elif payload["op"] == 2:  # identify
                self.identify = payload["d"]
                await self.dispatch("READY", {
                    "v": 10, "user": self.bot_user, "guilds": [{"id": self.guild_id, "unavailable": True}],
                    "session_id": "standin-session", "resume_gateway_url": self.gateway_url,
                    "application": {"id": self.app_id, "flags": 0}, "shard": [0, 1],
                })
                await self.dispatch("GUILD_CREATE", self._guild())
                self.ready.set()
        return ws

    def _guild(self) -> dict:
        role = lambda rid, name, perms: {  # noqa: E731
            "id": rid, "name": name, "permissions": perms, "position": 0 if name == "@everyone" else 1,
            "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0,
        }
        return {
            "id": self.guild_id, "name": "MalmöLundregionen", "icon": None, "owner_id": "900000000000000099",
            "roles": [role(self.guild_id, "@everyone", "104324673"),
                      role(self.secretariat_role_id, "Sekretariatet", "104324673")],
            "emojis": [], "stickers": [], "features": [], "channels": [self._channel()], "threads": [],
            "members": [self.member(self.bot_user, [])], "member_count": 3, "voice_states": [], "presences": [],
            "large": False, "unavailable": False, "joined_at": now_iso(), "verification_level": 0,
            "default_message_notifications": 0, "explicit_content_filter": 0, "mfa_level": 0,
            "system_channel_flags": 0, "premium_tier": 0, "preferred_locale": "sv-SE", "nsfw_level": 0,
            "stage_instances": [], "guild_scheduled_events": [], "soundboard_sounds": [],
        }
