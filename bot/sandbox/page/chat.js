// The sandbox chat page: plays people in their private chat with the bot through the Bot API
// stand-in's control interface (/_control/), and shows what the bot does, pushed by
// Server-Sent Events (/_control/events). Plain JavaScript, no build step, no dependencies.
//
// Safety: message texts are rendered from the plain text plus Telegram's entities (which the
// stand-in parsed from the bot's HTML), building elements for the allowed entity types only and
// putting all text in as text nodes. Nothing the bot or a user sent ever goes through innerHTML.
"use strict";

(() => {
  const STRINGS = {
    nl: {
      skip: "Naar het invoerveld",
      sandbox: "sandbox",
      intro: "Probeer de bot zonder Telegram. Alles blijft op deze computer.",
      playAs: "Speel als",
      citizen: "inwoner",
      facilitator: "gespreksleider",
      staff: "medewerker",
      dialogues: "Gesprekken",
      dialoguesHint: "Eén klik opent het gesprek als link (d_…).",
      openLink: "Link openen",
      linkLabel: "Link of code",
      linkHint: "Bijvoorbeeld d_goed-bestuur, e_…, s_… of een t.me-link.",
      open: "Openen",
      linkInvalid: "Dat is geen link voor deze bot. Gebruik letters, cijfers, _ en - (hooguit 64).",
      close: "Sluiten",
      sandboxMenu: "Sandbox-menu: personen, links en gesprekken",
      bot: "bot",
      typing: "typt…",
      uploading: "stuurt een bestand…",
      offline: "geen verbinding – opnieuw verbinden…",
      playingAs: "Je bent {name}",
      messages: "Berichten",
      message: "Bericht",
      send: "Versturen",
      attach: "Bestand sturen",
      menu: "Menu",
      commands: "Opdrachten",
      start: "Start",
      empty: "Nog geen berichten. Druk op Start om met de bot te praten.",
      edited: "bewerkt",
      you: "Jij",
      buttons: "Knoppen",
      download: "Downloaden",
      picture: "Afbeelding van de bot",
      unread: "{n} nieuw",
      notSent: "Niet verstuurd: {error}",
      notAvailable: "Dit kan niet in de sandbox.",
      copied: "Gekopieerd.",
      apiError: "Telegram weigerde {method} ({status}): {description}",
      switched: "Je speelt nu {name}.",
      spoiler: "Verborgen tekst, druk om te tonen",
      newMessage: "Nieuw bericht",
    },
    en: {
      skip: "Skip to the message field",
      sandbox: "sandbox",
      intro: "Try the bot without Telegram. Everything stays on this computer.",
      playAs: "Play as",
      citizen: "citizen",
      facilitator: "facilitator",
      staff: "staff",
      dialogues: "Dialogues",
      dialoguesHint: "One click opens the dialogue as a link (d_…).",
      openLink: "Open a link",
      linkLabel: "Link or code",
      linkHint: "For example d_goed-bestuur, e_…, s_… or a t.me link.",
      open: "Open",
      linkInvalid: "That is not a link for this bot. Use letters, digits, _ and - (at most 64).",
      close: "Close",
      sandboxMenu: "Sandbox menu: people, links and dialogues",
      bot: "bot",
      typing: "typing…",
      uploading: "sending a file…",
      offline: "offline – reconnecting…",
      playingAs: "You are {name}",
      messages: "Messages",
      message: "Message",
      send: "Send",
      attach: "Send a file",
      menu: "Menu",
      commands: "Commands",
      start: "Start",
      empty: "No messages yet. Press Start to talk to the bot.",
      edited: "edited",
      you: "You",
      buttons: "Buttons",
      download: "Download",
      picture: "Picture from the bot",
      unread: "{n} new",
      notSent: "Not sent: {error}",
      notAvailable: "This does not work in the sandbox.",
      copied: "Copied.",
      apiError: "Telegram refused {method} ({status}): {description}",
      switched: "You are now playing {name}.",
      spoiler: "Hidden text, press to show",
      newMessage: "New message",
    },
  };
  const TAGS = {
    bold: "strong",
    italic: "em",
    underline: "u",
    strikethrough: "s",
    code: "code",
    pre: "pre",
    blockquote: "blockquote",
    expandable_blockquote: "blockquote",
    text_link: "a",
    url: "a",
    email: "a",
    spoiler: "span",
    bot_command: "span",
    mention: "span",
    hashtag: "span",
    cashtag: "span",
    phone_number: "span",
  };
  const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:", "tg:"]);
  const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
  const URL_PATTERN = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]}]/g;
  const COMMAND_PATTERN = /(^|[\s(])(\/[A-Za-z0-9_]{1,32})(?![\w/@])/g;
  const TYPING_MS = 5000;
  const RESCUE_MS = 8000;

  const $ = (id) => document.getElementById(id);
  const ui = {
    people: $("people"),
    dialogues: $("dialogues"),
    linkForm: $("link-form"),
    linkInput: $("link-input"),
    linkError: $("link-error"),
    sidebar: $("sidebar"),
    backdrop: $("backdrop"),
    drawerOpen: $("drawer-open"),
    drawerClose: $("drawer-close"),
    chatTitle: $("chat-title"),
    status: $("chat-status"),
    playingAs: $("playing-as"),
    scroll: $("messages-scroll"),
    list: $("messages"),
    empty: $("empty-chat"),
    commandMenu: $("command-menu"),
    commandList: $("command-list"),
    replyKeyboard: $("reply-keyboard"),
    startBar: $("start-bar"),
    startButton: $("start-button"),
    composer: $("composer"),
    menuButton: $("menu-button"),
    attachButton: $("attach-button"),
    fileInput: $("file-input"),
    input: $("message-input"),
    toasts: $("toasts"),
    announcer: $("announcer"),
  };

  const state = {
    bot: { first_name: "Overijssel doet mee!", username: "" },
    people: [],
    dialogues: [],
    current: null,
    chats: new Map(),
    commandSets: [],
    lastSeq: 0,
    events: null,
    offline: false,
    rescue: null,
  };

  // ---------------------------------------------------------------- small helpers

  function lang() {
    return state.current && STRINGS[state.current.language_code] ? state.current.language_code : "nl";
  }

  function t(key, params = {}) {
    const text = STRINGS[lang()][key] ?? STRINGS.nl[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ""));
  }

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === "className") node.className = value;
      else if (name === "dataset") Object.assign(node.dataset, value);
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function control(method, path, body) {
    const options = { method, headers: {} };
    if (body !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(body);
    }
    const response = await fetch(`/_control/${path}`, options);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(data.error || `${response.status} ${response.statusText}`);
    }
    return data;
  }

  function toast(text, { alert = false } = {}) {
    const item = el("div", { className: alert ? "toast toast-alert" : "toast" }, text);
    if (alert) {
      item.setAttribute("role", "alert");
      item.append(
        el("button", { type: "button", className: "toast-close", "aria-label": t("close"),
          onclick: () => item.remove() }, "✕"),
      );
    } else {
      setTimeout(() => item.remove(), 4000);
    }
    ui.toasts.append(item);
  }

  function announce(text) {
    ui.announcer.textContent = "";
    setTimeout(() => { ui.announcer.textContent = text; }, 50);
  }

  function chat(chatId) {
    let found = state.chats.get(chatId);
    if (!found) {
      found = { messages: new Map(), notices: [], replyKeyboard: null, unread: 0, typingUntil: 0,
        action: null };
      state.chats.set(chatId, found);
    }
    return found;
  }

  function personOf(chatId) {
    return state.people.find((person) => person.user_id === chatId) || null;
  }

  function displayName(person) {
    return `${person.first_name} (${person.language_code})`;
  }

  function formatTime(seconds) {
    const date = new Date(seconds * 1000);
    return date.toLocaleTimeString(lang(), { hour: "2-digit", minute: "2-digit" });
  }

  function formatSize(bytes) {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  // ---------------------------------------------------------------- links and deep links

  function safeHref(raw) {
    try {
      const url = new URL(raw, window.location.href);
      return SAFE_SCHEMES.has(url.protocol) ? url.href : null;
    } catch {
      return null;
    }
  }

  // The start payload of a link to this bot (t.me/<bot>?start=… or tg://resolve?…), or null.
  function startPayloadOf(href) {
    let url;
    try {
      url = new URL(href);
    } catch {
      return null;
    }
    const bot = (state.bot.username || "").toLowerCase();
    const start = url.searchParams.get("start");
    if (start === null || !bot) return null;
    if ((url.hostname === "t.me" || url.hostname === "telegram.me")
        && url.pathname.replace(/^\//, "").toLowerCase() === bot) return start;
    if (url.protocol === "tg:" && (url.searchParams.get("domain") || "").toLowerCase() === bot) {
      return start;
    }
    return null;
  }

  // What the "open link" field accepts: a payload, "/start payload" or a link to this bot.
  function parseLink(raw) {
    const text = raw.trim();
    if (!text) return null;
    if (/^(https?:\/\/|tg:\/\/)/i.test(text)) return startPayloadOf(text);
    const payload = text.replace(/^\/start(@\w+)?\s+/i, "");
    return START_PAYLOAD.test(payload) ? payload : null;
  }

  function openPayload(payload) {
    return sendText(`/start ${payload}`);
  }

  // ---------------------------------------------------------------- rendering text

  function entityElement(entity, text) {
    const tag = TAGS[entity.type];
    if (!tag) return null;
    if (tag === "a") {
      let raw = entity.url;
      if (entity.type === "url") raw = text;
      if (entity.type === "email") raw = `mailto:${text}`;
      return linkElement(raw);
    }
    if (entity.type === "pre") {
      const pre = el("pre");
      const code = el("code");
      if (entity.language) code.dataset.language = entity.language;
      pre.append(code);
      return { outer: pre, inner: code };
    }
    const node = el(tag);
    if (entity.type === "spoiler") {
      node.className = "spoiler";
      node.tabIndex = 0;
      node.setAttribute("role", "button");
      node.setAttribute("aria-label", t("spoiler"));
      const reveal = () => {
        node.classList.add("revealed");
        node.removeAttribute("role");
        node.removeAttribute("aria-label");
        node.removeAttribute("tabindex");
      };
      node.addEventListener("click", reveal);
      node.addEventListener("keydown", (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          reveal();
        }
      });
    } else if (entity.type === "expandable_blockquote") {
      node.className = "expandable";
    } else if (tag === "span") {
      node.className = `entity-${entity.type.replace(/_/g, "-")}`;
    }
    return { outer: node, inner: node };
  }

  function linkElement(raw) {
    const href = raw ? safeHref(raw) : null;
    if (!href) {
      const span = el("span", { className: "link-unsafe" });
      return { outer: span, inner: span };
    }
    const link = el("a", { href, target: "_blank", rel: "noopener noreferrer" });
    return { outer: link, inner: link };
  }

  // Plain text with Telegram's auto-links: URLs and, in the bot's messages, /commands.
  function appendPlain(parent, text, { autolink }) {
    if (!autolink) {
      parent.append(text);
      return;
    }
    let position = 0;
    const pieces = [];
    for (const match of text.matchAll(URL_PATTERN)) {
      pieces.push({ start: match.index, end: match.index + match[0].length, url: match[0] });
    }
    for (const match of text.matchAll(COMMAND_PATTERN)) {
      const start = match.index + match[1].length;
      const end = start + match[2].length;
      if (!pieces.some((piece) => start < piece.end && end > piece.start)) {
        pieces.push({ start, end, command: match[2] });
      }
    }
    pieces.sort((a, b) => a.start - b.start);
    for (const piece of pieces) {
      if (piece.start > position) parent.append(text.slice(position, piece.start));
      const shown = text.slice(piece.start, piece.end);
      if (piece.url) {
        const { outer } = linkElement(piece.url);
        outer.append(shown);
        parent.append(outer);
      } else {
        parent.append(el("button", { type: "button", className: "command-link",
          dataset: { command: piece.command } }, shown));
      }
      position = piece.end;
    }
    if (position < text.length) parent.append(text.slice(position));
  }

  // Text plus entities (offsets in UTF-16 code units, like JavaScript strings) as elements.
  function renderFormatted(text, entities, { autolink }) {
    const fragment = document.createDocumentFragment();
    const list = (entities || [])
      .filter((e) => Number.isInteger(e.offset) && Number.isInteger(e.length) && e.length > 0)
      .map((e) => ({ ...e }))
      .sort((a, b) => a.offset - b.offset || b.length - a.length);

    function build(parent, start, end, items, linked) {
      let position = start;
      let index = 0;
      while (index < items.length) {
        const entity = items[index];
        if (entity.offset >= end) break;
        const from = Math.max(entity.offset, position);
        const to = Math.min(entity.offset + entity.length, end);
        if (from > position) {
          appendPlain(parent, text.slice(position, from), { autolink: autolink && !linked });
        }
        const children = [];
        let next = index + 1;
        while (next < items.length && items[next].offset < to) {
          const child = items[next];
          if (child.offset + child.length > to) {
            // Overlapping, not nested: the part after this entity is rendered after it.
            const rest = { ...child, offset: to, length: child.offset + child.length - to };
            children.push({ ...child, length: to - child.offset });
            const at = items.findIndex((e, i) => i > next && e.offset > to);
            items.splice(at === -1 ? items.length : at, 0, rest);
          } else {
            children.push(child);
          }
          next += 1;
        }
        const made = to > from ? entityElement(entity, text.slice(from, to)) : null;
        if (made) {
          const plainInside = ["code", "pre", "text_link", "url", "email"].includes(entity.type);
          build(made.inner, from, to, children, linked || plainInside);
          parent.append(made.outer);
        } else if (to > from) {
          build(parent, from, to, children, linked);
        }
        position = Math.max(position, to);
        index = next;
      }
      if (position < end) {
        appendPlain(parent, text.slice(position, end), { autolink: autolink && !linked });
      }
    }

    build(fragment, 0, text.length, list, false);
    return fragment;
  }

  // ---------------------------------------------------------------- rendering messages

  function fileUrl(fileId) {
    return `/_control/files/${encodeURIComponent(fileId)}`;
  }

  function mediaElement(message) {
    if (Array.isArray(message.photo) && message.photo.length) {
      const best = message.photo[message.photo.length - 1];
      const image = el("img", {
        src: fileUrl(best.file_id),
        alt: message.plain_text || t("picture"),
        width: best.width > 1 ? best.width : null,
        height: best.height > 1 ? best.height : null,
        loading: "lazy",
      });
      image.addEventListener("load", () => keepAtBottom());
      return el("a", { className: "photo", href: fileUrl(best.file_id), target: "_blank",
        rel: "noopener" }, image);
    }
    if (message.document) {
      const doc = message.document;
      const name = doc.file_name || "document";
      const box = el("div", { className: "document" });
      if ((doc.mime_type || "").startsWith("image/")) {
        const image = el("img", { src: fileUrl(doc.file_id), alt: name, loading: "lazy" });
        image.addEventListener("load", () => keepAtBottom());
        box.append(el("div", { className: "document-preview" }, image));
      }
      box.append(
        el("a", { className: "document-link", href: fileUrl(doc.file_id), download: name },
          el("span", { className: "document-icon", "aria-hidden": "true" },
            (name.split(".").pop() || "").slice(0, 4).toUpperCase() || "FILE"),
          el("span", { className: "document-text" },
            el("span", { className: "document-name" }, name),
            el("span", { className: "document-size" },
              `${formatSize(doc.file_size || 0)} · ${t("download")}`))),
      );
      return box;
    }
    if (message.sticker) return el("div", { className: "sticker" }, message.sticker.emoji || "🖼");
    if (message.voice) return el("div", { className: "other" }, `🎤 ${message.voice.duration || 0} s`);
    if (message.location) {
      const { latitude, longitude } = message.location;
      return el("div", { className: "other" }, `📍 ${latitude}, ${longitude}`);
    }
    if (message.contact) {
      const c = message.contact;
      return el("div", { className: "other" }, `👤 ${c.first_name || ""} ${c.phone_number || ""}`);
    }
    return null;
  }

  function keyboardElement(message) {
    const rows = (message.reply_markup && message.reply_markup.inline_keyboard) || [];
    if (!rows.length) return null;
    const box = el("div", { className: "inline-keyboard", role: "group", "aria-label": t("buttons") });
    let index = 0;
    for (const row of rows) {
      const line = el("div", { className: "keyboard-row" });
      for (const button of row) {
        line.append(inlineButton(message, button, index));
        index += 1;
      }
      box.append(line);
    }
    return box;
  }

  function inlineButton(message, button, index) {
    const text = button.text || "";
    if (button.url) {
      const payload = startPayloadOf(button.url);
      const href = safeHref(button.url);
      if (payload === null && href) {
        return el("a", { className: "keyboard-button", href, target: "_blank",
          rel: "noopener noreferrer", dataset: { index } },
          text, el("span", { className: "external", "aria-hidden": "true" }, " ↗"));
      }
      return el("button", { type: "button", className: "keyboard-button",
        dataset: { index, payload: payload ?? "" } }, text);
    }
    const attributes = { type: "button", className: "keyboard-button", dataset: { index } };
    if (typeof button.callback_data === "string") {
      attributes.dataset.callback = button.callback_data;
      attributes.dataset.message = message.message_id;
    } else if (button.copy_text) {
      attributes.dataset.copy = button.copy_text.text || "";
    } else {
      attributes.dataset.unavailable = "1";
    }
    return el("button", attributes, text);
  }

  function messageElement(chatId, message) {
    const mine = !message.from_bot;
    const person = personOf(chatId);
    const item = el("li", {
      className: `message ${mine ? "message-out" : "message-in"}`,
      tabindex: "-1",
      dataset: { key: `m${message.message_id}`, id: message.message_id },
    });
    const bubble = el("div", { className: "bubble" });
    bubble.append(el("span", { className: "visually-hidden" },
      `${mine ? (person ? person.first_name : t("you")) : state.bot.first_name}: `));
    const media = mediaElement(message);
    if (media) {
      bubble.append(media);
      if (message.photo || (message.document && !message.caption)) bubble.classList.add("has-media");
    }
    const text = message.text ?? message.caption ?? null;
    const plain = message.plain_text ?? null;
    if (plain) {
      const entities = message.entities || message.caption_entities || [];
      const body = el("div", { className: "text", dir: "auto" });
      body.append(renderFormatted(plain, entities, { autolink: message.from_bot }));
      bubble.append(body);
    } else if (text && !media) {
      bubble.append(el("div", { className: "text" }, text));
    }
    const meta = el("span", { className: "meta" });
    if (message.edit_count) meta.append(el("span", { className: "edited" }, t("edited")), " ");
    meta.append(el("time", { datetime: new Date(message.date * 1000).toISOString() },
      formatTime(message.date)));
    if (mine) meta.append(el("span", { className: "ticks", "aria-hidden": "true" }, " ✓✓"));
    bubble.append(meta);
    item.append(bubble);
    const keyboard = keyboardElement(message);
    if (keyboard) item.append(keyboard);
    return item;
  }

  function noticeElement(notice) {
    return el("li", { className: "notice", dataset: { key: `n${notice.seq}` } },
      el("span", {}, notice.text));
  }

  function sortedItems(chatId) {
    const data = chat(chatId);
    const items = [...data.messages.values()]
      .filter((m) => !m.deleted)
      .map((m) => ({ order: [m.message_id, 0], message: m }));
    for (const notice of data.notices) items.push({ order: [notice.after, notice.seq], notice });
    items.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
    return items;
  }

  function itemElement(chatId, item) {
    return item.message ? messageElement(chatId, item.message) : noticeElement(item.notice);
  }

  function nearBottom() {
    const s = ui.scroll;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 80;
  }

  let stickToBottom = true;
  function keepAtBottom() {
    if (stickToBottom) ui.scroll.scrollTop = ui.scroll.scrollHeight;
  }

  function renderChat() {
    const person = state.current;
    if (!person) return;
    // A whole chat drawn at once is not news: keep the live region quiet while drawing it.
    ui.list.setAttribute("aria-live", "off");
    ui.list.replaceChildren(...sortedItems(person.user_id).map((i) => itemElement(person.user_id, i)));
    setTimeout(() => ui.list.setAttribute("aria-live", "polite"), 0);
    stickToBottom = true;
    renderChrome();
    keepAtBottom();
  }

  // Insert or replace one item of the current chat, keeping the keyboard focus in place.
  function upsertItem(chatId, key, item) {
    if (!state.current || state.current.user_id !== chatId) return;
    const wasAtBottom = nearBottom();
    const old = ui.list.querySelector(`[data-key="${key}"]`);
    const active = document.activeElement;
    const hadFocus = old && old.contains(active) && active !== old;
    const focusHint = hadFocus ? { callback: active.dataset.callback, index: active.dataset.index }
      : null;
    const fresh = item ? itemElement(chatId, item) : null;
    if (old && fresh) {
      old.replaceWith(fresh);
    } else if (old) {
      old.remove();
    } else if (fresh) {
      const items = sortedItems(chatId);
      const position = items.findIndex((i) => (i.message ? `m${i.message.message_id}`
        : `n${i.notice.seq}`) === key);
      const nextKey = items.slice(position + 1).map((i) => (i.message
        ? `m${i.message.message_id}` : `n${i.notice.seq}`))
        .find((k) => ui.list.querySelector(`[data-key="${k}"]`));
      const before = nextKey ? ui.list.querySelector(`[data-key="${nextKey}"]`) : null;
      ui.list.insertBefore(fresh, before);
    }
    if (focusHint) restoreFocus(chatId, fresh, focusHint);
    const ownMessage = item && item.message && !item.message.from_bot;
    if (wasAtBottom || ownMessage) {
      stickToBottom = true;
      keepAtBottom();
    }
    renderChrome();
  }

  // The focused button was re-drawn: focus the same button again (same callback data, else the
  // same place); if it is gone, hold the focus on the message and hand it on to the bot's next
  // message (the next question), so a keyboard user continues where the conversation goes.
  function restoreFocus(chatId, fresh, hint) {
    const buttons = fresh ? [...fresh.querySelectorAll(".keyboard-button")] : [];
    const same = buttons.find((b) => hint.callback !== undefined && b.dataset.callback === hint.callback)
      || (hint.callback === undefined ? buttons.find((b) => b.dataset.index === hint.index) : null);
    if (same) {
      same.focus();
      return;
    }
    if (fresh) {
      fresh.focus({ preventScroll: true });
      state.rescue = { chatId, element: fresh, until: Date.now() + RESCUE_MS };
    }
  }

  function handOnFocus(chatId, key) {
    const rescue = state.rescue;
    if (!rescue || rescue.chatId !== chatId || Date.now() > rescue.until) return;
    const active = document.activeElement;
    if (active !== rescue.element && active !== document.body && active !== null) {
      state.rescue = null;
      return;
    }
    const fresh = ui.list.querySelector(`[data-key="${key}"]`);
    if (fresh) {
      fresh.focus();
      state.rescue = { ...rescue, element: fresh };
    }
  }

  // ---------------------------------------------------------------- chrome: header, people

  function renderChrome() {
    const person = state.current;
    if (!person) return;
    const data = chat(person.user_id);
    const shown = sortedItems(person.user_id).length;
    ui.empty.hidden = shown > 0;
    ui.empty.textContent = t("empty");
    ui.startBar.hidden = shown > 0;
    ui.composer.hidden = shown === 0;
    renderStatus();
    renderReplyKeyboard(data.replyKeyboard);
    renderCommands();
  }

  function renderStatus() {
    const person = state.current;
    if (!person) return;
    const data = chat(person.user_id);
    let status = t("bot");
    if (state.offline) status = t("offline");
    else if (data.typingUntil > Date.now()) status = data.action === "typing" ? t("typing") : t("uploading");
    ui.status.textContent = status;
    ui.status.classList.toggle("busy", status !== t("bot"));
  }

  function applyLanguage() {
    document.documentElement.lang = lang();
    for (const node of document.querySelectorAll("[data-text]")) node.textContent = t(node.dataset.text);
    for (const node of document.querySelectorAll("[data-label]")) {
      node.setAttribute("aria-label", t(node.dataset.label));
    }
    for (const node of document.querySelectorAll("[data-placeholder]")) {
      node.setAttribute("placeholder", t(node.dataset.placeholder));
    }
    ui.chatTitle.textContent = state.bot.first_name;
    if (state.current) {
      ui.playingAs.textContent = t("playingAs", { name: displayName(state.current) });
      document.title = `${state.current.first_name} · ${state.bot.first_name} – ${t("sandbox")}`;
    }
  }

  function avatar(person) {
    return el("span", { className: `avatar avatar-${person.role}`, "aria-hidden": "true" },
      person.first_name.slice(0, 1).toUpperCase());
  }

  function lastPreview(person) {
    const items = sortedItems(person.user_id).filter((i) => i.message);
    const last = items.length ? items[items.length - 1].message : null;
    if (!last) return "";
    const text = last.plain_text
      || (last.document && `📄 ${last.document.file_name || ""}`)
      || (last.photo && "🖼") || "";
    return `${last.from_bot ? "" : `${t("you")}: `}${text.replace(/\s+/g, " ")}`;
  }

  let shownPeople = null;
  function renderPeople() {
    const entries = state.people.map((person) => {
      const data = chat(person.user_id);
      const current = state.current && state.current.user_id === person.user_id;
      const role = t(person.role);
      const unread = data.unread && !current ? t("unread", { n: data.unread }) : "";
      const label = `${person.first_name} (${role}, ${person.language_code})${unread ? `, ${unread}` : ""}`;
      return el("li", {},
        el("button", {
          type: "button",
          className: "person",
          "aria-pressed": current ? "true" : "false",
          "aria-label": label,
          dataset: { person: person.key },
        },
        avatar(person),
        el("span", { className: "person-text" },
          el("span", { className: "person-name" }, person.first_name,
            el("span", { className: "person-role" }, ` · ${role} · ${person.language_code}`)),
          el("span", { className: "person-preview" }, lastPreview(person))),
        unread ? el("span", { className: "badge", "aria-hidden": "true" }, String(data.unread)) : null));
    });
    const signature = entries.map((entry) => entry.firstChild.outerHTML).join("");
    if (signature === shownPeople) return;
    shownPeople = signature;
    const focusedKey = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.person : undefined;
    ui.people.replaceChildren(...entries);
    if (focusedKey) {
      const again = ui.people.querySelector(`[data-person="${focusedKey}"]`);
      if (again) again.focus();
    }
  }

  function renderDialogues() {
    const language = lang();
    ui.dialogues.replaceChildren(...state.dialogues.map((dialogue) => el("li", {},
      el("button", { type: "button", className: "dialogue", dataset: { payload: dialogue.payload } },
        el("span", { className: "dialogue-title" }, dialogue.title[language] || dialogue.title.nl),
        el("span", { className: "dialogue-link" }, dialogue.payload)))));
  }

  function switchTo(key, { announceIt = true } = {}) {
    const person = state.people.find((p) => p.key === key);
    if (!person) return;
    state.current = person;
    chat(person.user_id).unread = 0;
    state.rescue = null;
    closeCommandMenu(false);
    try {
      window.localStorage.setItem("doetmee-sandbox-person", key);
    } catch {
      // storage may be unavailable; remembering the person is only a convenience
    }
    applyLanguage();
    renderPeople();
    renderDialogues();
    renderChat();
    if (announceIt) announce(t("switched", { name: displayName(person) }));
  }

  // ---------------------------------------------------------------- commands and keyboards

  function commandsFor(person) {
    const language = person.language_code || "";
    const candidates = [
      (s, l) => s.type === "chat" && Number(s.chat_id) === person.user_id && l === language,
      (s, l) => s.type === "chat" && Number(s.chat_id) === person.user_id && l === "",
      (s, l) => s.type === "all_private_chats" && l === language,
      (s, l) => s.type === "all_private_chats" && l === "",
      (s, l) => s.type === "default" && l === language,
      (s, l) => s.type === "default" && l === "",
    ];
    for (const matches of candidates) {
      const found = state.commandSets.find((set) => matches(set.scope, set.language_code));
      if (found && found.commands.length) return found.commands;
    }
    return [];
  }

  let shownCommands = null;
  function renderCommands() {
    const person = state.current;
    const commands = person ? commandsFor(person) : [];
    const signature = JSON.stringify(commands);
    if (signature === shownCommands) return;
    shownCommands = signature;
    ui.menuButton.hidden = commands.length === 0;
    ui.commandList.replaceChildren(...commands.map((command) => el("li", {},
      el("button", { type: "button", className: "command", dataset: { command: `/${command.command}` } },
        el("span", { className: "command-name" }, `/${command.command}`),
        el("span", { className: "command-description" }, command.description)))));
    if (!commands.length) closeCommandMenu(false);
  }

  function openCommandMenu() {
    ui.commandMenu.hidden = false;
    ui.menuButton.setAttribute("aria-expanded", "true");
    const first = ui.commandList.querySelector("button");
    if (first) first.focus();
  }

  function closeCommandMenu(returnFocus) {
    if (ui.commandMenu.hidden) return;
    ui.commandMenu.hidden = true;
    ui.menuButton.setAttribute("aria-expanded", "false");
    if (returnFocus) ui.menuButton.focus();
  }

  let shownReplyKeyboard = null;
  function renderReplyKeyboard(markup) {
    const rows = (markup && markup.keyboard) || [];
    const signature = JSON.stringify(rows);
    if (signature === shownReplyKeyboard) return;
    shownReplyKeyboard = signature;
    ui.replyKeyboard.hidden = rows.length === 0;
    ui.replyKeyboard.replaceChildren(...rows.map((row) => el("div", { className: "keyboard-row" },
      ...row.map((button) => {
        const text = typeof button === "string" ? button : button.text;
        return el("button", { type: "button", className: "reply-button", dataset: { text } }, text);
      }))));
    ui.replyKeyboard.setAttribute("aria-label", t("buttons"));
    ui.replyKeyboard.setAttribute("role", "group");
  }

  // ---------------------------------------------------------------- actions

  async function sendText(text) {
    const person = state.current;
    if (!person || !text.trim()) return false;
    try {
      await control("POST", "send/text", { user_id: person.user_id, text });
      return true;
    } catch (error) {
      toast(t("notSent", { error: error.message }), { alert: true });
      return false;
    }
  }

  async function sendFile(file) {
    // A document, as Telegram delivers one: staff send dialogue files (.yaml) to /dialogen.
    const person = state.current;
    if (!person || !file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) {
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    try {
      await control("POST", "send/document", {
        user_id: person.user_id,
        data_base64: btoa(binary),
        file_name: file.name,
        mime_type: file.type || undefined,
      });
    } catch (error) {
      toast(t("notSent", { error: error.message }), { alert: true });
    }
  }

  async function press(button) {
    const person = state.current;
    if (!person) return;
    if (button.dataset.unavailable) {
      toast(t("notAvailable"));
      return;
    }
    if (button.dataset.copy !== undefined) {
      try {
        await navigator.clipboard.writeText(button.dataset.copy);
        toast(t("copied"));
      } catch {
        toast(button.dataset.copy);
      }
      return;
    }
    if (button.dataset.payload) {
      await openPayload(button.dataset.payload);
      return;
    }
    button.setAttribute("aria-busy", "true");
    button.classList.add("pressed");
    try {
      await control("POST", "press", {
        user_id: person.user_id,
        chat_id: person.user_id,
        message_id: Number(button.dataset.message),
        data: button.dataset.callback,
      });
    } catch (error) {
      button.removeAttribute("aria-busy");
      button.classList.remove("pressed");
      toast(t("notSent", { error: error.message }), { alert: true });
    }
  }

  function resizeInput() {
    ui.input.style.height = "auto";
    ui.input.style.height = `${Math.min(ui.input.scrollHeight, 160)}px`;
  }

  function setDrawer(open) {
    document.body.classList.toggle("drawer-open", open);
    // While the drawer covers the chat on a phone, the chat behind it cannot be reached.
    $("chat").inert = open && drawerIsModal();
    ui.drawerOpen.setAttribute("aria-expanded", open ? "true" : "false");
    ui.backdrop.hidden = !open;
    if (open) {
      const current = ui.people.querySelector('[aria-pressed="true"]') || ui.drawerClose;
      current.focus();
    }
  }

  function drawerIsModal() {
    return window.matchMedia("(max-width: 899px)").matches;
  }

  function bindEvents() {
    $("skip-link").addEventListener("click", (event) => {
      event.preventDefault();
      (ui.composer.hidden ? ui.startButton : ui.input).focus();
    });
    ui.composer.addEventListener("submit", async (event) => {
      event.preventDefault();
      const text = ui.input.value;
      if (!text.trim()) return;
      ui.input.value = "";
      resizeInput();
      if (!(await sendText(text))) {
        ui.input.value = text;
        resizeInput();
      }
    });
    ui.input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ui.composer.requestSubmit();
      }
    });
    ui.input.addEventListener("input", resizeInput);
    ui.attachButton.addEventListener("click", () => ui.fileInput.click());
    ui.fileInput.addEventListener("change", async () => {
      const [file] = ui.fileInput.files;
      ui.fileInput.value = "";
      await sendFile(file);
    });
    ui.startButton.addEventListener("click", async () => {
      if (await sendText("/start")) {
        ui.composer.hidden = false;
        ui.input.focus();
      }
    });
    ui.menuButton.addEventListener("click", () => {
      if (ui.commandMenu.hidden) openCommandMenu();
      else closeCommandMenu(true);
    });
    ui.commandMenu.addEventListener("click", async (event) => {
      const button = event.target.closest("button[data-command]");
      if (!button) return;
      closeCommandMenu(false);
      ui.input.focus();
      await sendText(button.dataset.command);
    });
    document.addEventListener("click", (event) => {
      if (ui.commandMenu.hidden) return;
      if (!ui.commandMenu.contains(event.target) && !ui.menuButton.contains(event.target)) {
        closeCommandMenu(false);
      }
    });
    document.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      if (!ui.commandMenu.hidden) closeCommandMenu(true);
      else if (document.body.classList.contains("drawer-open")) {
        setDrawer(false);
        ui.drawerOpen.focus();
      }
    });
    ui.list.addEventListener("click", async (event) => {
      const button = event.target.closest(".keyboard-button");
      if (button && button.tagName === "BUTTON") {
        event.preventDefault();
        await press(button);
        return;
      }
      const command = event.target.closest(".command-link");
      if (command) {
        await sendText(command.dataset.command);
        return;
      }
      const link = event.target.closest("a[href]");
      if (link) {
        const payload = startPayloadOf(link.href);
        if (payload !== null) {
          event.preventDefault();
          await openPayload(payload);
        }
      }
    });
    ui.replyKeyboard.addEventListener("click", async (event) => {
      const button = event.target.closest(".reply-button");
      if (!button) return;
      const markup = chat(state.current.user_id).replyKeyboard;
      if (await sendText(button.dataset.text) && markup && markup.one_time_keyboard) {
        chat(state.current.user_id).replyKeyboard = null;
        renderReplyKeyboard(null);
        ui.input.focus();
      }
    });
    ui.people.addEventListener("click", (event) => {
      const button = event.target.closest("button[data-person]");
      if (!button) return;
      switchTo(button.dataset.person);
      if (drawerIsModal()) {
        setDrawer(false);
        (ui.composer.hidden ? ui.startButton : ui.input).focus();
      }
    });
    ui.dialogues.addEventListener("click", async (event) => {
      const button = event.target.closest("button[data-payload]");
      if (!button) return;
      if (drawerIsModal()) setDrawer(false);
      if (await openPayload(button.dataset.payload)) ui.input.focus();
    });
    ui.linkForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const payload = parseLink(ui.linkInput.value);
      if (payload === null) {
        ui.linkError.textContent = t("linkInvalid");
        ui.linkError.hidden = false;
        ui.linkInput.setAttribute("aria-invalid", "true");
        ui.linkInput.focus();
        return;
      }
      ui.linkError.hidden = true;
      ui.linkInput.removeAttribute("aria-invalid");
      if (await openPayload(payload)) {
        ui.linkInput.value = "";
        if (drawerIsModal()) setDrawer(false);
      }
    });
    ui.drawerOpen.addEventListener("click", () => setDrawer(true));
    ui.drawerClose.addEventListener("click", () => {
      setDrawer(false);
      ui.drawerOpen.focus();
    });
    ui.backdrop.addEventListener("click", () => setDrawer(false));
    ui.scroll.addEventListener("scroll", () => { stickToBottom = nearBottom(); });
    window.matchMedia("(max-width: 899px)").addEventListener("change", () => setDrawer(false));
  }

  // ---------------------------------------------------------------- events from the stand-in

  function storeMessage(chatId, message) {
    const data = chat(chatId);
    const known = data.messages.get(message.message_id);
    if (known && known.seq > message.seq) return false;
    data.messages.set(message.message_id, message);
    if (message.from_bot && message.reply_markup) {
      if (message.reply_markup.keyboard) data.replyKeyboard = message.reply_markup;
      else if (message.reply_markup.remove_keyboard) data.replyKeyboard = null;
    }
    return true;
  }

  function lastMessageId(chatId) {
    let top = 0;
    for (const id of chat(chatId).messages.keys()) top = Math.max(top, id);
    return top;
  }

  function onEvent(event) {
    if (event.seq <= state.lastSeq) return;
    state.lastSeq = event.seq;
    const chatId = event.chat_id;
    const isCurrent = state.current && state.current.user_id === chatId;
    switch (event.type) {
      case "message_sent":
      case "message_edited": {
        const message = event.message;
        if (!storeMessage(chatId, message)) return;
        const data = chat(chatId);
        if (message.from_bot) {
          data.typingUntil = 0;
          if (event.type === "message_sent" && !isCurrent && personOf(chatId)) data.unread += 1;
        }
        upsertItem(chatId, `m${message.message_id}`, { message });
        if (isCurrent && message.from_bot && event.type === "message_sent") {
          handOnFocus(chatId, `m${message.message_id}`);
        }
        renderPeople();
        return;
      }
      case "message_deleted": {
        const known = chat(chatId).messages.get(event.message_id);
        if (known) known.deleted = true;
        upsertItem(chatId, `m${event.message_id}`, null);
        renderPeople();
        return;
      }
      case "chat_action": {
        const data = chat(chatId);
        data.action = event.action;
        data.typingUntil = Date.now() + TYPING_MS;
        if (isCurrent) {
          renderStatus();
          setTimeout(renderStatus, TYPING_MS + 50);
        }
        return;
      }
      case "callback_answered": {
        const answer = event.callback;
        if (isCurrent && answer && answer.text) toast(answer.text, { alert: answer.show_alert });
        return;
      }
      case "api_error": {
        if (chatId === null || !personOf(chatId)) {
          toast(t("apiError", event), { alert: true });
          return;
        }
        const notice = { seq: event.seq, after: lastMessageId(chatId), text: `⚠️ ${t("apiError", event)}` };
        chat(chatId).notices.push(notice);
        upsertItem(chatId, `n${event.seq}`, { notice });
        return;
      }
      case "commands_set":
        loadCommands();
        return;
      case "reset":
        window.location.reload();
        return;
      default:
    }
  }

  async function loadCommands() {
    try {
      state.commandSets = await control("GET", "commands/all");
    } catch {
      state.commandSets = [];
    }
    renderCommands();
  }

  function connect() {
    if (state.events) state.events.close();
    const source = new EventSource(`/_control/events?since=${state.lastSeq}`);
    state.events = source;
    source.onmessage = (message) => {
      try {
        onEvent(JSON.parse(message.data));
      } catch (error) {
        console.error("sandbox event", error);
      }
    };
    source.onopen = async () => {
      if (!state.offline) return;
      state.offline = false;
      renderStatus();
      // A new sandbox started (the event numbers began again): start over.
      const overview = await control("GET", "").catch(() => null);
      if (overview && overview.seq < state.lastSeq) window.location.reload();
    };
    source.onerror = () => {
      state.offline = true;
      renderStatus();
    };
  }

  // ---------------------------------------------------------------- start-up

  async function loadConfig() {
    for (;;) {
      const response = await fetch("/_sandbox/config").catch(() => null);
      if (response && response.ok) {
        const config = await response.json();
        if (config.ready) return config;
      }
      await new Promise((resolve) => { setTimeout(resolve, 500); });
    }
  }

  async function init() {
    bindEvents();
    const config = await loadConfig();
    state.bot = config.bot;
    state.people = config.people;
    state.dialogues = config.dialogues;
    const overview = await control("GET", "");
    state.lastSeq = overview.seq;
    for (const view of overview.chats) {
      if (view.reply_keyboard) chat(view.id).replyKeyboard = view.reply_keyboard;
    }
    await Promise.all(state.people.map(async (person) => {
      const messages = await control("GET", `chats/${person.user_id}/messages`).catch(() => []);
      for (const message of messages) storeMessage(person.user_id, message);
    }));
    state.commandSets = await control("GET", "commands/all").catch(() => []);
    let remembered = null;
    try {
      remembered = window.localStorage.getItem("doetmee-sandbox-person");
    } catch {
      remembered = null;
    }
    const first = state.people.find((p) => p.key === remembered) || state.people[0];
    switchTo(first.key, { announceIt: false });
    connect();
    document.body.classList.add("ready");
  }

  init().catch((error) => {
    console.error(error);
    toast(String(error), { alert: true });
  });
})();
