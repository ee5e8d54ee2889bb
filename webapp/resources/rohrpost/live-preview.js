// The wizard's live preview: renders the message for the sample recipient as it is typed, by
// posting the template to the server's renderer (the same one the mailing will use) after each
// pause in typing; only the answer to the latest request is shown. A file of its own: the pages
// allow no inline script.
(function () {
  "use strict";
  var preview = document.getElementById("preview");
  if (!preview || !preview.dataset.live) {
    return;
  }
  var endpoint = preview.dataset.live;
  var sample = JSON.parse(preview.dataset.sample);
  var fields = ["subject", "html", "text"].map(function (name) {
    return document.getElementById("form:" + name);
  });
  var errors = document.getElementById("previewErrors");
  var pause = null;
  var asked = 0;

  function show(rendered) {
    errors.replaceChildren();
    document.getElementById("previewSubject").textContent = rendered.subject || "";
    document.getElementById("previewHtml").srcdoc = rendered.html || "";
    document.getElementById("previewText").textContent = rendered.text || "";
    preview.classList.remove("empty");
  }

  function refuse(problem) {
    errors.replaceChildren.apply(
      errors,
      (problem.errors || [{ field: "", message: problem.detail || problem.title }]).map(function (e) {
        var item = document.createElement("li");
        item.textContent = (e.field ? e.field + ": " : "") + e.message;
        return item;
      })
    );
    preview.classList.remove("empty");
  }

  function render() {
    var mine = ++asked;
    fetch(endpoint, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        subject: fields[0].value,
        html: fields[1].value,
        text: fields[2].value,
        recipient: sample
      })
    })
      .then(function (answer) {
        return answer.json().then(function (body) {
          if (mine === asked) {
            (answer.ok ? show : refuse)(body);
          }
        });
      })
      .catch(function () {
        // signed out or the server away: the Preview button still works, and says why
      });
  }

  fields.forEach(function (field) {
    field.addEventListener("input", function () {
      clearTimeout(pause);
      pause = setTimeout(render, 300);
    });
  });
})();
