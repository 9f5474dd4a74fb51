(function () {
  "use strict";
  var form = document.getElementById("upload");
  if (!form || !window.XMLHttpRequest || !window.FormData) return;  // without them the form posts as it is
  var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
  var maxLabel = form.getAttribute("data-max-label") || "";
  var byId = function (id) { return document.getElementById(id); };
  var progress = byId("progress"), bar = byId("bar"), stage = byId("stage"), elapsed = byId("elapsed");
  var errorBox = byId("error"), results = byId("results"), frame = byId("report"), go = byId("go");
  var urls = [];
  var timer = null, started = 0, checkStart = 0, estimate = 0, phase = "";
  var KIND_WORDS = {ehcp: "a plan", report: "an information report", review: "an annual review (two plans)"};

  function size(n) {
    return n >= 1048576 ? Math.round(n / 1048576) + " MB" : Math.max(1, Math.round(n / 1024)) + " KB";
  }
  function kind() {
    var k = form.querySelector("input[name=kind]:checked");
    return k ? k.value : "auto";
  }
  function syncKind() { form.setAttribute("data-kind", kind()); }
  form.addEventListener("change", syncKind);
  syncKind();

  function fileFields() { return kind() === "review" ? ["previous", "current"] : ["file"]; }

  document.querySelectorAll(".drop").forEach(function (zone) {
    var input = zone.querySelector("input[type=file]");
    var chosen = zone.querySelector(".chosen");
    function show() {
      var f = input.files && input.files[0];
      chosen.textContent = f ? f.name + " (" + size(f.size) + ")" : "";
      zone.classList.toggle("has-file", !!f);
    }
    input.addEventListener("change", show);
    ["dragenter", "dragover"].forEach(function (ev) {
      zone.addEventListener(ev, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (ev) {
      zone.addEventListener(ev, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        show();
      }
    });
    show();
  });
  // a file dropped anywhere else must not make the browser open it (and leave the page)
  ["dragover", "drop"].forEach(function (ev) {
    window.addEventListener(ev, function (e) { e.preventDefault(); });
  });

  function showError(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    stop();
    progress.hidden = true;
    form.hidden = false;
    go.disabled = false;
  }

  function setStage(text) { stage.textContent = text; }
  function tick() {
    var now = Date.now();
    var s = Math.round((now - started) / 1000);
    elapsed.textContent = s + " s so far";
    if (phase === "checking" && estimate > 0) {
      var f = Math.min(0.95, (now - checkStart) / 1000 / estimate);
      bar.value = 15 + 80 * f;
    }
    if (phase === "sent" && now - asked > 1000) {
      asked = now;
      askBusy();
    }
  }
  // between the upload and the first word from the checker: say whether other documents are ahead of this one
  var asked = 0;
  function askBusy() {
    var x = new XMLHttpRequest();
    x.open("GET", "/api/health");
    x.onload = function () {
      if (phase !== "sent" || x.status !== 200) return;
      try {
        var h = JSON.parse(x.responseText);
        if (h.running >= h.workers && h.waiting > 0) {
          setStage("Waiting for a free checker: " + h.running + " document" + (h.running === 1 ? " is" : "s are") +
                   " being checked, " + h.waiting + " waiting (this one among them)…");
        } else if (!h.ready) {
          setStage("doccheck is still starting (loading the language model)…");
        } else {
          setStage("Reading the document…");
        }
      } catch (e) { /* a courtesy only */ }
    };
    x.send();
  }
  function stop() {
    if (timer) { clearInterval(timer); timer = null; }
  }

  function handle(ev) {
    if (phase === "sent" || phase === "upload") phase = "events";
    switch (ev.event) {
      case "queued":
        setStage("Waiting for a free checker" + (ev.ahead ? " (" + ev.ahead + " ahead)" : "") + "…");
        break;
      case "reading":
        bar.value = 10;
        setStage("Reading " + ev.file + "…");
        break;
      case "read":
        bar.value = 15;
        setStage("Read " + ev.file + (ev.pages ? ": " + ev.pages + " pages" : "") + ", " + ev.blocks +
                 " paragraphs and cells.");
        break;
      case "checking":
        phase = "checking";
        checkStart = Date.now();
        estimate = ev.estimate || 0;
        setStage("Checking " + (KIND_WORDS[ev.kind] || "the document") + ": " + ev.blocks +
                 " paragraphs and cells" + (estimate ? " (about " + Math.max(1, Math.round(estimate)) + " s)" : "") +
                 "…");
        break;
      case "rendering":
        phase = "rendering";
        bar.value = 96;
        setStage("Writing the report…");
        break;
      case "done":
        done(ev);
        break;
      case "error":
        showError(ev.message);
        break;
    }
  }

  function blobUrl(parts, type) {
    var u = URL.createObjectURL(new Blob(parts, {type: type}));
    urls.push(u);
    return u;
  }
  function fromBase64(b64) {
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function done(ev) {
    stop();
    phase = "";
    bar.value = 100;
    urls.forEach(function (u) { URL.revokeObjectURL(u); });
    urls = [];
    var s = ev.summary;
    var counts = s.errors + " error" + (s.errors === 1 ? "" : "s") + ", " + s.warnings + " warning" +
                 (s.warnings === 1 ? "" : "s") + ", " + s.notes + " note" + (s.notes === 1 ? "" : "s");
    byId("summary").textContent = s.path + ": " + counts + (s.kind === "review" ? " against " + s.previous : "") +
      (s.sections_missing && s.sections_missing.length && s.kind !== "report" ?
        "; sections missing: " + s.sections_missing.join(", ") : "") + ".";
    byId("detected").textContent = "Checked as " + (KIND_WORDS[s.kind] || s.kind) +
      (s.detected ? " (doccheck decided: " + s.detected + ")" : "") + " in " + ev.seconds + " s.";
    var html = byId("dl-html"), json = byId("dl-json"), docx = byId("dl-docx"), note = byId("docx-note");
    html.href = blobUrl([ev.html], "text/html");
    html.setAttribute("download", ev.names.html);
    json.href = blobUrl([ev.json], "application/json");
    json.setAttribute("download", ev.names.json);
    if (ev.docx) {
      docx.href = blobUrl([fromBase64(ev.docx)],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      docx.setAttribute("download", ev.names.docx);
      docx.hidden = false;
      note.hidden = true;
    } else {
      docx.hidden = true;
      note.textContent = ev.docx_note ? "No annotated Word copy: " + ev.docx_note + "." : "";
      note.hidden = !ev.docx_note;
    }
    var guard = frame.getAttribute("data-guard");
    frame.srcdoc = guard ? ev.html.replace(/<head>/i, function (m) { return m + "<script>" + guard + "</" + "script>"; })
                         : ev.html;
    progress.hidden = true;
    results.hidden = false;
    go.disabled = false;
    window.scrollTo(0, 0);
  }

  function start() {
    errorBox.hidden = true;
    var fields = fileFields();
    for (var i = 0; i < fields.length; i++) {
      var input = byId(fields[i]);
      var f = input.files && input.files[0];
      if (!f) {
        showError(fields.length > 1 ? "Choose both plans: last year's and this year's." : "Choose a file first.");
        return;
      }
      if (maxBytes && f.size > maxBytes) {
        showError(f.name + ": the file is " + size(f.size) + ", over the " + maxLabel +
                  " limit; split it into smaller documents or compress its images");
        return;
      }
    }
    var data = new FormData(form);
    ["file", "previous", "current"].forEach(function (n) { if (fields.indexOf(n) < 0) data.delete(n); });
    var xhr = new XMLHttpRequest();
    var seen = 0;
    function lines(final) {
      var text = xhr.responseText || "";
      var end = final ? text.length : text.lastIndexOf("\n") + 1;
      if (end <= seen) return;
      text.slice(seen, end).split("\n").forEach(function (line) {
        if (!line.trim()) return;
        try { handle(JSON.parse(line)); } catch (e) { showError("doccheck sent an answer this page cannot read."); }
      });
      seen = end;
    }
    xhr.open("POST", "/check?stream=1");
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = 10 * e.loaded / e.total;
        setStage("Sending the file to doccheck on this computer: " + Math.round(100 * e.loaded / e.total) + "%");
      }
    };
    xhr.upload.onload = function () {
      if (phase === "upload") phase = "sent";
      setStage("Reading the document…");
    };
    xhr.onprogress = function () { if (xhr.status === 200) lines(false); };
    xhr.onload = function () {
      if (xhr.status === 200) {
        lines(true);
        return;
      }
      var message = "doccheck could not check this file (HTTP " + xhr.status + ").";
      try {
        var body = JSON.parse(xhr.responseText);
        if (body.errors && body.errors.length) message = body.errors[0].message;
      } catch (e) {
        if (xhr.responseText) message = xhr.responseText.replace(/^doccheck: /, "");
      }
      showError(message);
    };
    xhr.onerror = function () {
      showError("The connection to doccheck was lost. Is `doccheck serve` still running?");
    };
    results.hidden = true;
    form.hidden = true;
    progress.hidden = false;
    go.disabled = true;
    bar.value = 0;
    phase = "upload";
    started = Date.now();
    setStage("Sending the file to doccheck on this computer…");
    stop();
    timer = setInterval(tick, 250);
    tick();
    xhr.send(data);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    start();
  });
  byId("again").addEventListener("click", function () {
    results.hidden = true;
    frame.removeAttribute("srcdoc");
    form.hidden = false;
    errorBox.hidden = true;
    window.scrollTo(0, 0);
  });
})();
