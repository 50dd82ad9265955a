// Rejoinder: moves the reply form under the comment whose Reply link was clicked, and back
// with "Cancel reply". Without script the same links open the form through ?replytocom=N.
(function () {
  "use strict";
  var respond = document.getElementById("respond");
  if (!respond) {
    return;
  }
  var home = document.createElement("div");
  home.id = "respond-home";
  home.hidden = true;
  respond.parentNode.insertBefore(home, respond);
  var title = document.getElementById("reply-title");
  var parent = document.getElementById("comment_parent");
  var firstTitle = title ? title.firstChild.nodeValue : null;

  function cancelLink() {
    return document.getElementById("cancel-comment-reply-link");
  }

  function showCancel(show) {
    var small = title ? title.querySelector("small") : null;
    if (show && !small && title) {
      small = document.createElement("small");
      var link = document.createElement("a");
      link.id = "cancel-comment-reply-link";
      link.rel = "nofollow";
      link.href = "#respond";
      link.textContent = "Cancel reply";
      small.appendChild(link);
      title.appendChild(document.createTextNode(" "));
      title.appendChild(small);
    }
    if (small) {
      small.hidden = !show;
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.comment-reply-link") : null;
    if (link) {
      var below = document.getElementById(link.getAttribute("data-belowelement"));
      if (!below || !parent) {
        return;
      }
      event.preventDefault();
      below.parentNode.insertBefore(respond, below.nextSibling);
      parent.value = link.getAttribute("data-commentid");
      if (title && title.firstChild) {
        var name = (link.getAttribute("data-replyto") || "").replace(/^Reply to /, "");
        title.firstChild.nodeValue = "Leave a Reply to " + name;
      }
      showCancel(true);
      var text = document.getElementById("comment");
      if (text) {
        text.focus();
      }
      return;
    }
    var cancel = cancelLink();
    if (cancel && (event.target === cancel)) {
      event.preventDefault();
      home.parentNode.insertBefore(respond, home);
      if (parent) {
        parent.value = "0";
      }
      if (title && title.firstChild && firstTitle !== null) {
        title.firstChild.nodeValue = "Leave a Reply";
      }
      showCancel(false);
      var field = document.getElementById("comment");
      if (field) {
        field.focus();
      }
    }
  });
})();
