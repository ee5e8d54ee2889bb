/*
 * The wizard's live preview: while the user types in a field marked data-live-preview, the
 * message is rendered again shortly after the last key (the Preview button's action over Faces
 * Ajax), and only the preview and the messages are replaced. A file of its own, no inline script:
 * the pages' Content-Security-Policy allows scripts from this server only.
 */
document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("form:preview");
  if (!button || typeof faces === "undefined") {
    return;
  }
  let pending;
  document.querySelectorAll("[data-live-preview]").forEach((field) =>
    field.addEventListener("input", () => {
      clearTimeout(pending);
      pending = setTimeout(
        () => faces.ajax.request(button, null, { execute: "@form", render: "livePreview messages" }),
        400);
    }));
});
