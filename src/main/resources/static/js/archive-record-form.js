// "Tambah arsip": the physical location only matters for non-electronic media, so it is hidden while the media is
// electronic. Without JavaScript the fieldset stays visible and the server ignores it for electronic records.
(function () {
  const media = document.getElementById('media');
  const location = document.getElementById('location');
  if (!media || !location) {
    return;
  }
  const sync = function () {
    location.hidden = media.value === 'ELECTRONIC';
  };
  media.addEventListener('change', sync);
  sync();
})();
