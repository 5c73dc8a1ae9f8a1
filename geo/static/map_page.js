// The map's Streamlit component (geo/ui/foliummap.py): one Leaflet map kept for the
// life of this frame. Python sends small arguments each run -- the name of the places
// file (fetched once, cached by the browser), the selection, a fly-to request -- and a
// click on a place is sent back at once (no debounce) with Streamlit's component
// protocol (postMessage, as streamlit-component-lib does it).
(function () {
  'use strict';
  var post = function (type, data) {
    window.parent.postMessage(Object.assign({isStreamlitMessage: true, type: type}, data || {}), '*');
  };
  var map = null, built = null, selGroup = null, pickGroup = null, state = {};
  var files = {};  // name -> Promise of its parsed JSON
  // Leaflet and our map scripts are deferred: this script runs first, so that the
  // arguments and the map's files come while they load
  var libs = new Promise(function (ok) {
    if (window.L && window.geoPlaces) ok();
    else document.addEventListener('DOMContentLoaded', function () { ok(); });
  });
  var seq = 0, queue = Promise.resolve();

  var fetchJson = function (name) {
    if (!files[name]) {
      files[name] = fetch(name).then(function (r) {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        return r.json();
      });
    }
    return files[name];
  };
  var loadScript = function (src) {
    return new Promise(function (ok, fail) {
      var s = document.createElement('script'); s.src = src; s.onload = ok; s.onerror = fail;
      document.head.appendChild(s);
    });
  };
  var loadCss = function (href) {
    var l = document.createElement('link'); l.rel = 'stylesheet'; l.href = href;
    document.head.appendChild(l);
  };
  var cluster = null;  // markercluster, loaded once when a view needs it
  var needCluster = function () {
    if (!cluster) {
      loadCss('markercluster.css');
      cluster = loadScript('markercluster.js');
    }
    return cluster;
  };

  var send = function (value) {
    seq += 1;
    value.n = Date.now() + '.' + seq;  // every click a new value
    post('streamlit:setComponentValue', {value: value, dataType: 'json'});
  };
  var viewKey = function (a) { return 'geo-view:' + a.frame; };
  var saveView = function () {
    if (!map || !state.frame) return;
    try {
      var c = map.getCenter();
      sessionStorage.setItem(viewKey(state), JSON.stringify({lat: c.lat, lng: c.lng, z: map.getZoom()}));
    } catch (e) {}
  };
  var storedView = function (a) {
    try {
      var v = JSON.parse(sessionStorage.getItem(viewKey(a)) || 'null');
      if (v && isFinite(v.lat) && isFinite(v.lng) && isFinite(v.z)) return v;
    } catch (e) {}
    return null;
  };

  var build = function (a, D, outlines) {
    var keep = map && a.frame === state.frame ? {c: map.getCenter(), z: map.getZoom()} : null;
    if (map) { map.remove(); map = null; }
    map = L.map('map', {minZoom: 2, maxBounds: [[-90, -180], [90, 180]], worldCopyJump: false,
                        zoomControl: true});
    window.map = map;  // for tests and scripts
    L.control.scale().addTo(map);
    if (a.tiles) {
      // (the only request to another host, when the person turns the basemap on)
      L.tileLayer(a.tiles, {maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'}).addTo(map);
    }
    var stored = keep ? null : storedView(a);
    if (keep) map.setView(keep.c, keep.z, {animate: false});
    else if (stored) map.setView([stored.lat, stored.lng], stored.z, {animate: false});
    else if (a.bounds) {
      map.fitBounds(a.bounds, {paddingTopLeft: [30, 30], paddingBottomRight: [30, 30],
                               maxZoom: 8, animate: false});
    } else map.setView([20, 0], 2, {animate: false});
    D.outlines = outlines;
    built = geoPlaces(map, D);
    var pick = function (e) {
      var l = e.propagatedFrom || e.layer || e.sourceTarget;
      var id = l && l.geoId;
      if (!id) return;
      L.DomEvent.stop(e);
      var ll = e.latlng || (l.getLatLng && l.getLatLng());
      send({kind: 'place', id: id, lat: ll ? ll.lat : null, lng: ll ? ll.lng : null});
    };
    built.points.on('click', pick);
    built.polygons.on('click', pick);
    built.extents.on('click', pick);
    map.on('click', function (e) {  // the background: a point, while one is being picked
      if (state.picking) send({kind: 'point', lat: e.latlng.lat, lng: e.latlng.lng});
    });
    map.on('moveend', saveView);
    selGroup = L.featureGroup().addTo(map);
    pickGroup = L.featureGroup().addTo(map);
    state.selection = state.pick = undefined;  // drawn again on the new map
  };

  var fly = function (f) {
    var ll = L.latLng(f.center[0], f.center[1]), here = map.getBounds(), z = map.getZoom();
    var box = f.bbox ? L.latLngBounds([f.bbox[1], f.bbox[0]], [f.bbox[3], f.bbox[2]]) : null;
    // in view already: keep the zoom, bring it to the middle
    if (box ? here.contains(box) : here.pad(-0.1).contains(ll)) {
      map.panTo(ll);
      return;
    }
    // else frame it: an area at the zoom that shows it whole, a point no farther out
    // than the person already is (never a zoom-out of the selected feature)
    map.setView(ll, box ? f.zoom : Math.max(z, f.zoom));
  };

  var apply = function (a) {
    var same = function (k) { return JSON.stringify(a[k]) === JSON.stringify(state[k]); };
    document.getElementById('map').style.height = a.height + 'px';
    var ready = Promise.resolve();
    if (!map || a.payload !== state.payload || a.outlines !== state.outlines ||
        a.tiles !== state.tiles) {
      ready = Promise.all([fetchJson(a.payload), a.outlines ? fetchJson(a.outlines) : null,
                           libs.then(function () { return a.cluster ? needCluster() : null; })
                          ]).then(function (r) {
        build(a, r[0], r[1]);
        state.payload = a.payload; state.outlines = a.outlines; state.tiles = a.tiles;
        state.frame = a.frame;
      });
    }
    return ready.then(function () {
      state.picking = a.picking;
      if (!same('selection')) {
        selGroup.clearLayers();
        if (a.selection) geoSelection(selGroup, a.selection);
        state.selection = a.selection;
      }
      if (!same('pick')) {
        pickGroup.clearLayers();
        if (a.pick) geoPick(pickGroup, a.pick);
        state.pick = a.pick;
      }
      if (a.fly && String(a.fly.n) !== sessionStorage.getItem('geo-fly-n')) {
        try { sessionStorage.setItem('geo-fly-n', String(a.fly.n)); } catch (e) {}
        fly(a.fly);
      }
      document.body.dataset.ready = a.payload;  // for tests: this run's map is drawn
    });
  };

  window.addEventListener('message', function (e) {
    var m = e.data;
    if (!m || m.type !== 'streamlit:render') return;
    var a = m.args || {};
    if (a.height !== state.height) {
      state.height = a.height;
      post('streamlit:setFrameHeight', {height: a.height});
    }
    queue = queue.then(function () { return apply(a); }).catch(function (err) {
      console.error('geo map:', err);
    });
  });
  post('streamlit:componentReady', {apiVersion: 1});
})();
