"""What Discord would reject: command payloads and message payloads (embeds, components)."""

from __future__ import annotations

import unicodedata

LOCALES = {
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl", "no", "pl",
    "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th", "zh-CN", "ja", "zh-TW", "ko",
}
OPTION_TYPES = set(range(1, 12))  # SUB_COMMAND … ATTACHMENT


def _name_char_ok(c: str) -> bool:
    # ^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$
    if c in "-_" or unicodedata.category(c)[0] in "LN":
        return True
    name = unicodedata.name(c, "")
    return name.startswith("DEVANAGARI") or name.startswith("THAI")


def name_errors(name: object, where: str) -> list[str]:
    if not isinstance(name, str) or not 1 <= len(name) <= 32:
        return [f"{where}: name must be 1-32 characters, got {name!r}"]
    errors = []
    if not all(_name_char_ok(c) for c in name):
        errors.append(f"{where}: name {name!r} has characters outside [-_\\p{{L}}\\p{{N}}]")
    if name != name.lower():
        errors.append(f"{where}: name {name!r} must be lowercase")
    return errors


def description_errors(text: object, where: str) -> list[str]:
    if not isinstance(text, str) or not 1 <= len(text) <= 100:
        return [f"{where}: description must be 1-100 characters, got {text!r}"]
    return []


def localization_errors(obj: dict, where: str) -> list[str]:
    errors = []
    for key, check in (("name_localizations", name_errors), ("description_localizations", description_errors)):
        locs = obj.get(key) or {}
        if not isinstance(locs, dict):
            errors.append(f"{where}: {key} must be an object")
            continue
        for locale, value in locs.items():
            if locale not in LOCALES:
                errors.append(f"{where}: {key} has unknown locale {locale!r}")
            errors += check(value, f"{where} [{locale}]")
    return errors


def _option_errors(opt: dict, where: str) -> list[str]:
    where = f"{where}.{opt.get('name')}"
    errors = name_errors(opt.get("name"), where) + description_errors(opt.get("description"), where)
    errors += localization_errors(opt, where)
    if opt.get("type") not in OPTION_TYPES:
        errors.append(f"{where}: bad option type {opt.get('type')!r}")
    choices = opt.get("choices") or []
    if len(choices) > 25:
        errors.append(f"{where}: {len(choices)} choices (max 25)")
    if choices and opt.get("autocomplete"):
        errors.append(f"{where}: choices and autocomplete together")
    for c in choices:
        if not isinstance(c.get("name"), str) or not 1 <= len(c["name"]) <= 100:
            errors.append(f"{where}: choice name must be 1-100 characters, got {c.get('name')!r}")
        if isinstance(c.get("value"), str) and len(c["value"]) > 100:
            errors.append(f"{where}: choice value longer than 100")
    sub = opt.get("options") or []
    if len(sub) > 25:
        errors.append(f"{where}: more than 25 options")
    for s in sub:
        errors += _option_errors(s, where)
    return errors


def command_errors(commands: object) -> list[str]:
    """Reasons Discord would refuse this bulk overwrite (empty when it would accept it)."""
    if not isinstance(commands, list):
        return ["body must be a list of commands"]
    errors: list[str] = []
    seen = set()
    for cmd in commands:
        name = cmd.get("name")
        ctype = cmd.get("type", 1)
        where = f"/{name}"
        if (name, ctype) in seen:
            errors.append(f"{where}: duplicate command name")
        seen.add((name, ctype))
        if ctype == 1:
            errors += name_errors(name, where) + description_errors(cmd.get("description"), where)
        errors += localization_errors(cmd, where)
        options = cmd.get("options") or []
        if len(options) > 25:
            errors.append(f"{where}: {len(options)} options (max 25)")
        required_done = False
        for opt in options:
            if not opt.get("required", False):
                required_done = True
            elif required_done and opt.get("type") not in (1, 2):
                errors.append(f"{where}: required option {opt.get('name')!r} after an optional one")
            errors += _option_errors(opt, where)
        perms = cmd.get("default_member_permissions")
        # Documented as a string; Discord also takes the integer discord.py sends.
        if perms is not None and not (isinstance(perms, int) or (isinstance(perms, str) and perms.isdigit())):
            errors.append(f"{where}: default_member_permissions must be a permission bit set")
        if _text_size(cmd) > 4000:
            errors.append(f"{where}: names, descriptions and values exceed 4000 characters")
    return errors


def _text_size(obj: dict) -> int:
    size = len(obj.get("name") or "") + len(obj.get("description") or "")
    for c in obj.get("choices") or []:
        size += len(str(c.get("name"))) + len(str(c.get("value")))
    return size + sum(_text_size(o) for o in obj.get("options") or [])


def message_errors(payload: dict) -> list[str]:
    """Reasons Discord would refuse a message body: content, embeds and components limits."""
    errors: list[str] = []
    content = payload.get("content") or ""
    if len(content) > 2000:
        errors.append(f"content is {len(content)} characters (max 2000)")
    embeds = payload.get("embeds") or []
    if len(embeds) > 10:
        errors.append("more than 10 embeds")
    total = 0
    for i, e in enumerate(embeds):
        where = f"embeds[{i}]"
        for key, limit in (("title", 256), ("description", 4096)):
            if len(e.get(key) or "") > limit:
                errors.append(f"{where}.{key} is {len(e[key])} characters (max {limit})")
        fields = e.get("fields") or []
        if len(fields) > 25:
            errors.append(f"{where}: {len(fields)} fields (max 25)")
        for j, f in enumerate(fields):
            if not 1 <= len(f.get("name") or "") <= 256:
                errors.append(f"{where}.fields[{j}].name must be 1-256 characters")
            if not 1 <= len(f.get("value") or "") <= 1024:
                errors.append(f"{where}.fields[{j}].value must be 1-1024 characters")
        footer = (e.get("footer") or {}).get("text") or ""
        if len(footer) > 2048:
            errors.append(f"{where}.footer.text longer than 2048")
        total += len(e.get("title") or "") + len(e.get("description") or "") + len(footer)
        total += sum(len(f.get("name") or "") + len(f.get("value") or "") for f in fields)
        total += len((e.get("author") or {}).get("name") or "")
    if total > 6000:
        errors.append(f"embeds total {total} characters (max 6000)")
    rows = payload.get("components") or []
    if len(rows) > 5:
        errors.append(f"{len(rows)} component rows (max 5)")
    custom_ids = set()
    for r, row in enumerate(rows):
        items = row.get("components") or []
        if row.get("type") != 1 or not 1 <= len(items) <= 5:
            errors.append(f"components[{r}] must be an action row with 1-5 items")
        for item in items:
            where = f"components[{r}]"
            if len(item.get("label") or "") > 80:
                errors.append(f"{where}: label longer than 80")
            if item.get("type") == 2 and item.get("style") == 5:
                if not item.get("url") or "custom_id" in item and item["custom_id"]:
                    errors.append(f"{where}: a link button needs a url and no custom_id")
                elif len(item["url"]) > 512 or not item["url"].startswith(("http://", "https://")):
                    errors.append(f"{where}: bad link url {item['url'][:60]!r}")
            else:
                cid = item.get("custom_id") or ""
                if not 1 <= len(cid) <= 100:
                    errors.append(f"{where}: custom_id must be 1-100 characters")
                if cid in custom_ids:
                    errors.append(f"{where}: duplicate custom_id {cid!r}")
                custom_ids.add(cid)
    return errors
