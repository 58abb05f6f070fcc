// Newsdesk's one script on a published page: when the reader starts writing a comment,
// it asks the comment receiver for a fresh form token (signed, with the moment it was
// handed out), so the receiver can tell a person's post from a bot's instant one.
// Without it (no script, the receiver out of reach) the page's own token is sent, and
// the comment is held for a moderator. It reads nothing from the page but the story's
// id, and writes nothing but the token field.
(function () {
  "use strict";
  var form = document.getElementById("commentform");
  if (!form || !form.dataset.tokenUrl || !window.fetch) {
    return;
  }
  var asked = false;
  form.addEventListener("focusin", function () {
    if (asked) {
      return;
    }
    asked = true;
    var story = form.elements.namedItem("article_uuid").value;
    var url = form.dataset.tokenUrl + "?story=" + encodeURIComponent(story);
    fetch(url, { credentials: "omit", cache: "no-store", referrerPolicy: "no-referrer" })
      .then(function (answer) {
        return answer.ok ? answer.json() : null;
      })
      .then(function (data) {
        if (data && typeof data.token === "string") {
          form.elements.namedItem("form_token").value = data.token;
          form.dataset.tokenReady = "yes";
        }
      })
      .catch(function () {});
  });
})();
