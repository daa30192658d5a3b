// The review page's script, served as a static file (the page's Content-Security-Policy allows no
// inline script). It never puts text into the page as HTML: what it shows from a response goes in
// as text, and the fragments it swaps in are the server's own HTML, every value in them escaped.

const $ = (selector, root = document) => root.querySelector(selector);
const meta = (name) => $(`meta[name="${name}"]`)?.getAttribute("content") ?? "";

/** The draft the keys act on. */
let current = 0;
/** The words last selected in the article, and its source. */
let selection;
/** The excerpt field last focused, which a selection fills. */
let lastExcerpt;
let busy = false;

const drafts = () => [...document.querySelectorAll("article.draft")];

function say(text) {
  const status = $("#status");
  if (status) status.textContent = text;
}

/** An alert, with a Reload button when the brief changed on disk. */
function alarm(text, reload) {
  const alert = $("#alert");
  if (!alert) return;
  alert.replaceChildren();
  if (!text) return;
  const message = document.createElement("p");
  message.textContent = text;
  alert.append(message);
  if (reload) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = "Reload";
    button.addEventListener("click", () => location.reload());
    alert.append(button);
    button.focus();
  }
}

/** The server's HTML fragment at `url`, as an element of this document. */
async function fragment(url) {
  const response = await fetch(url, { headers: { accept: "text/html" } });
  const body = await response.text();
  if (!response.ok) throw new Error(body.trim());
  const parsed = new DOMParser().parseFromString(body, "text/html");
  const element = parsed.body.firstElementChild;
  if (!element) throw new Error("empty response");
  return document.adoptNode(element);
}

function select(index, focus = true) {
  const list = drafts();
  if (list.length === 0) return;
  current = Math.max(0, Math.min(index, list.length - 1));
  list.forEach((draft, i) => {
    if (i === current) draft.setAttribute("aria-current", "true");
    else draft.removeAttribute("aria-current");
  });
  const draft = list[current];
  // Scrolled to by the keys only: a click's focus must not move the page between the press and the
  // release of the button (the click would be lost).
  if (focus) {
    draft.focus();
    draft.scrollIntoView({ block: "nearest" });
  }
  if ((draft.dataset.sources ?? "").trim() === "") showNoArticle(draft.dataset.draft);
  else void showArticle(draft.dataset.draft);
}

/** A draft that cites no article (the drafted question that files positions, for one): said so. */
function showNoArticle(key) {
  const pane = $("#article");
  if (!pane || $(".no-article", pane)?.dataset.draft === key) return;
  articleAsked += 1;
  const note = document.createElement("p");
  note.className = "no-article";
  note.dataset.draft = key;
  note.textContent = "This draft cites no article.";
  pane.replaceChildren(note);
}

let articleAsked = 0;
async function showArticle(key, source) {
  const pane = $("#article");
  const shown = $(".article-view", pane);
  if (!pane || !key) return;
  if (shown && shown.dataset.draft === key && (!source || shown.dataset.source === source)) return;
  const asked = ++articleAsked;
  const url = `/article?draft=${encodeURIComponent(key)}${source ? `&source=${encodeURIComponent(source)}` : ""}`;
  // The article is asked for as the page moves on after an action; the server may still be taking the action in,
  // so a failed request is asked once more before the pane says so. The status line keeps the action's outcome.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const view = await fragment(url);
      if (asked === articleAsked) pane.replaceChildren(view);
      return;
    } catch (error) {
      if (asked !== articleAsked) return;
      if (attempt === 0) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        if (asked !== articleAsked) return;
        continue;
      }
      const note = document.createElement("p");
      note.className = "no-article";
      note.setAttribute("role", "alert");
      note.textContent = String(error.message ?? error);
      pane.replaceChildren(note);
    }
  }
}

async function post(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-review-token": meta("review-token") },
    body: JSON.stringify({ version: meta("review-version"), ...body }),
  });
  return response.json().catch(() => ({ ok: false, status: response.status, message: response.statusText }));
}

/** Shows each problem at its field (or atop the form), the first focused. */
function showProblems(result, form) {
  const stale = result.status === 409 || result.status === 403;
  if (stale || !form) {
    const detail = (result.problems ?? []).map((p) => `${p.where}: ${p.message}`).join("; ");
    alarm(detail ? `${result.message}: ${detail}` : result.message, stale);
    say(result.message);
    return;
  }
  let first;
  const general = [];
  for (const problem of result.problems ?? []) {
    const holder = problem.field ? form.querySelector(`[data-field="${CSS.escape(problem.field)}"]`) : null;
    const error = holder?.querySelector(".field-error");
    const input = holder?.querySelector("input, textarea, select");
    if (!holder || !error || !input) {
      general.push(`${problem.where}: ${problem.message}`);
      continue;
    }
    error.textContent = problem.message;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", error.id);
    first ??= input;
  }
  const top = $(".form-problem", form);
  if (top) {
    top.textContent = [result.message, ...general].join(" ");
    top.hidden = false;
  }
  (first ?? top)?.focus?.();
  say(result.message);
}

function clearProblems(form) {
  for (const error of form.querySelectorAll(".field-error, .form-problem")) {
    error.textContent = "";
    error.hidden = true;
  }
  for (const input of form.querySelectorAll("[aria-invalid]")) {
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
  }
}

/** After a write: the page as it now stands (sent with the answer), the same place in the list. */
async function refresh(done, html) {
  const index = current;
  const page = html ?? (await (await fetch(location.pathname, { headers: { accept: "text/html" } })).text());
  const next = new DOMParser().parseFromString(page, "text/html");
  for (const name of ["review-version", "review-token"]) {
    const value = next.querySelector(`meta[name="${name}"]`)?.getAttribute("content");
    if (value) $(`meta[name="${name}"]`)?.setAttribute("content", value);
  }
  for (const selector of ["#main", "#state"]) {
    const fresh = next.querySelector(selector);
    const old = $(selector);
    if (fresh && old) old.replaceWith(document.adoptNode(fresh));
  }
  const undo = $("#undo");
  const freshUndo = next.querySelector("#undo");
  if (undo && freshUndo) undo.disabled = freshUndo.disabled;
  alarm("");
  say(done);
  if (drafts().length > 0) select(index);
  else $("#drafts")?.focus();
}

async function act(body, form) {
  if (busy) return;
  busy = true;
  try {
    const result = await post(body.action === "undo" ? "/undo" : "/action", body);
    if (result.ok) await refresh(result.done, result.html);
    else showProblems(result, form);
  } catch (error) {
    alarm(String(error.message ?? error));
  } finally {
    busy = false;
  }
}

function closeForms(within) {
  for (const form of (within ?? document).querySelectorAll("form")) form.remove();
}

async function openForm(holder, url) {
  try {
    const form = await fragment(url);
    closeForms();
    holder.replaceChildren(form);
    $("input:not([type=hidden]), select, textarea", form)?.focus();
  } catch (error) {
    say(String(error.message ?? error));
  }
}

/** What a form sends: each field by name; a checkbox "true" or ""; a multiple choice, its values. */
function valuesOf(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name || element.type === "submit" || element.type === "button") continue;
    if (element.type === "checkbox") values[element.name] = element.checked ? "true" : "";
    else if (element.multiple) values[element.name] = [...element.selectedOptions].map((o) => o.value);
    else values[element.name] = element.value;
  }
  return values;
}

function run(action, draft) {
  if (!draft) return;
  const key = draft.dataset.draft;
  const panel = $(".panel", draft);
  if (action === "accept" || action === "reject") return act({ action, draft: key });
  if (action === "edit") return openForm(panel, `/form?draft=${encodeURIComponent(key)}`);
  if (action === "merge") {
    const button = $('button[data-action="merge"]', draft);
    if (button?.disabled) return say($(".merge-reason", draft)?.textContent ?? "There is nothing to merge it into.");
    return openForm(panel, `/merge?draft=${encodeURIComponent(key)}`);
  }
}

document.addEventListener("click", (event) => {
  const button = event.target.closest?.("button");
  if (!button || button.disabled) return;
  const draft = button.closest("article.draft");
  if (draft) current = drafts().indexOf(draft);
  const action = button.dataset.action;
  if (action === "undo") return void act({ action: "undo" });
  if (action === "cancel") {
    button.closest("form")?.remove();
    return draft ? draft.focus() : undefined;
  }
  if (action) return void run(action, draft);
  if (button.classList.contains("show-source")) {
    const key = draft?.dataset.draft ?? $(".article-view")?.dataset.draft;
    return void showArticle(key, button.dataset.source);
  }
  if (button.dataset.new && selection) {
    const url = `/new?list=${encodeURIComponent(button.dataset.new)}&source=${encodeURIComponent(selection.source)}&words=${encodeURIComponent(selection.words)}`;
    return void openForm($("#create-panel"), url);
  }
});

document.addEventListener("submit", (event) => {
  event.preventDefault();
  const form = event.target;
  clearProblems(form);
  if (form.classList.contains("merge-form")) {
    const values = valuesOf(form);
    return void act(
      {
        action: "merge",
        draft: form.dataset.draft,
        into: values.into,
        alias: values.alias === "true",
        roles: values.roles === "true",
      },
      form,
    );
  }
  const values = valuesOf(form);
  if (form.dataset.kind === "create") return void act({ action: "create", list: form.dataset.list, values }, form);
  const accept = event.submitter?.value === "accept";
  return void act({ action: "edit", draft: form.dataset.draft, values, accept }, form);
});

document.addEventListener("focusin", (event) => {
  const target = event.target;
  if (target.matches?.("[data-excerpt]")) lastExcerpt = target;
  const draft = target.closest?.("article.draft");
  if (draft) {
    const index = drafts().indexOf(draft);
    if (index !== current || !draft.hasAttribute("aria-current")) select(index, false);
  }
});

const KEYS = { a: "accept", e: "edit", m: "merge", r: "reject" };

document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  const form = target.closest?.("form");
  if (event.key === "Escape" && form) {
    const draft = form.closest("article.draft");
    form.remove();
    draft?.focus();
    return;
  }
  if (target.closest?.("input, textarea, select, [contenteditable]")) return;
  if (event.key === "j" || event.key === "k") {
    event.preventDefault();
    select(current + (event.key === "j" ? 1 : -1));
  } else if (KEYS[event.key]) {
    event.preventDefault();
    void run(KEYS[event.key], drafts()[current]);
  } else if (event.key === "u") {
    event.preventDefault();
    if (!$("#undo")?.disabled) void act({ action: "undo" });
    else say("Nothing to undo.");
  }
});

/** The words selected inside the article's text, if any. */
function selectedWords() {
  const chosen = document.getSelection();
  const text = $("#article-text");
  if (!chosen || chosen.isCollapsed || !text || !text.contains(chosen.anchorNode) || !text.contains(chosen.focusNode))
    return undefined;
  const words = chosen.toString().replace(/\s+/g, " ").trim();
  return words === "" ? undefined : words;
}

document.addEventListener("selectionchange", () => {
  const words = selectedWords();
  if (words) selection = { words, source: $(".article-view")?.dataset.source ?? "" };
  for (const button of document.querySelectorAll("button[data-new]")) button.disabled = !words && !selection;
});

/** A selection made in the article fills the excerpt field of the open form, with its source. */
function fillFromSelection() {
  const words = selectedWords();
  if (!words) return;
  const source = $(".article-view")?.dataset.source ?? "";
  const form = $("form.item-form");
  if (!form) return;
  const field = lastExcerpt && form.contains(lastExcerpt) ? lastExcerpt : $("[data-excerpt]", form);
  if (!field) return;
  field.value = words;
  // A citation row's source, or (in a citation's own form) the form's.
  const picker =
    field.closest("fieldset.cite")?.querySelector('select[name$=".source"]') ??
    (field.name === "excerpt" ? form.querySelector('select[name="source"]') : null);
  if (picker && [...picker.options].some((o) => o.value === source)) picker.value = source;
  say(`Excerpt filled from source ${source}.`);
}

document.addEventListener("mouseup", (event) => {
  if (event.target.closest?.("#article-text")) fillFromSelection();
});
document.addEventListener("keyup", (event) => {
  if (event.shiftKey && event.target.closest?.("#article-text")) fillFromSelection();
});

select(0, false);
