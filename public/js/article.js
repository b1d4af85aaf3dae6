// Small enhancements of the article page; without JavaScript the page works as it is
// (the buttons stay hidden, the share links are plain links).
(function () {
  document.querySelectorAll("[data-copy-link]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
        var status = document.getElementById(button.getAttribute("aria-controls"));
        if (status) status.textContent = button.getAttribute("data-copied");
      });
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
