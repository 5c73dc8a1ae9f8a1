  var save = function () {
    try {
      var c = map.getCenter();
      window.sessionStorage.setItem(key, JSON.stringify({lat: c.lat, lng: c.lng, z: map.getZoom()}));
    } catch (e) {}
  };
  try {
    var v = JSON.parse(window.sessionStorage.getItem(key) || 'null');
    if (v && isFinite(v.lat) && isFinite(v.lng) && isFinite(v.z)) {
      var restore = function () { map.setView([v.lat, v.lng], v.z, {animate: false}); };
      restore();
      // the initial fit may have queued a zoom animation (small zoom steps are animated,
      // from the next frame): when it ends it would undo the restored view
      // (unless something else -- a fly to the selection -- moved the map meanwhile)
      L.Util.requestAnimFrame(function () {
        if (!map._animatingZoom) return;
        var fitZ = map._animateToZoom;
        map.once('zoomend', function () { if (map.getZoom() === fitZ) restore(); });
      });
    }
  } catch (e) {}
  map.on('moveend', save);
