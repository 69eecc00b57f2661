// The letter editor: a contenteditable area with a small toolbar over the form's textarea. Without JavaScript
// the textarea stays and takes plain text or HTML; the server sanitizes the body either way (allow-list).
(function () {
  document.querySelectorAll('.padu-editor').forEach(function (editor) {
    const field = document.getElementById(editor.getAttribute('data-editor-for'));
    const area = editor.querySelector('[contenteditable]');
    if (!field || !area) {
      return;
    }
    area.innerHTML = field.value;
    editor.hidden = false;
    field.hidden = true;
    const copy = function () {
      field.value = area.innerHTML;
    };
    area.addEventListener('input', copy);
    editor.querySelectorAll('[data-command]').forEach(function (button) {
      button.addEventListener('click', function () {
        area.focus();
        document.execCommand(button.getAttribute('data-command'), false, null);
        copy();
      });
    });
    field.form.addEventListener('submit', copy);
  });
})();
