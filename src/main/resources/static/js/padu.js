// Padu's only script of its own: sends the CSRF token with htmx requests and confirms
// destructive actions marked with data-confirm. No inline scripts (the CSP forbids them).
(function () {
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (header && token) {
      event.detail.headers[header.content] = token.content;
    }
  });
  document.addEventListener('submit', function (event) {
    const message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
