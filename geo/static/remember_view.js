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
    }
  } catch (e) {}
  map.on('moveend', save);
