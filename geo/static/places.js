  // tooltips stay inside the map: one near an edge is moved in, never cut off
  if (!L.Tooltip.__geoInside) {
    L.Tooltip.__geoInside = true;
    var setPosition = L.Tooltip.prototype._setPosition;
    L.Tooltip.prototype._setPosition = function (pos) {
      setPosition.call(this, pos);
      var el = this._container, mp = this._map;
      if (!el || !mp) return;
      el.style.translate = '';
      var c = mp.getContainer().getBoundingClientRect(), r = el.getBoundingClientRect(), dx = 0, dy = 0;
      if (r.right > c.right - 4) dx = c.right - 4 - r.right;
      if (r.left + dx < c.left + 4) dx = c.left + 4 - r.left;
      if (r.bottom > c.bottom - 4) dy = c.bottom - 4 - r.bottom;
      if (r.top + dy < c.top + 4) dy = c.top + 4 - r.top;
      if (dx || dy) el.style.translate = dx + 'px ' + dy + 'px';
    };
  }
  map.getContainer().style.background = D.background;
  if (map.options.maxZoom === undefined) map.setMaxZoom(18);  // clustering needs one
  if (D.outlines) {
    L.geoJSON(D.outlines, {interactive: false, style: {color: '#9aa7b4', weight: 0.7,
      fillColor: D.land, fillOpacity: D.tiles ? 0 : 1}}).addTo(map);
  }
  var polys = L.featureGroup(), extents = L.featureGroup();
  var points = D.cluster && L.markerClusterGroup ? L.markerClusterGroup({
      showCoverageOnHover: false, maxClusterRadius: 45, chunkedLoading: true,
      spiderfyOnMaxZoom: true}) : L.featureGroup();
  if (D.cluster && L.MarkerCluster && !L.MarkerCluster.__geoTip) {
    L.MarkerCluster.__geoTip = true;
    L.MarkerCluster.addInitHook(function () {
      this.bindTooltip('Cluster of places \u00b7 click to zoom in', {direction: 'top'});
    });
    points.on('clustermouseover', function (e) {
      e.layer.setTooltipContent(e.layer.getChildCount() + ' places \u00b7 click to zoom in');
    });
  }
  var order = {country: 0, admin: 1};
  var sorted = D.places.slice().sort(function (a, b) {
    return (order[a.g] === undefined ? 2 : order[a.g]) - (order[b.g] === undefined ? 2 : order[b.g]);
  });
  sorted.forEach(function (p) {
    var G = D.groups[p.g] || D.groups.other, colour = G[1];
    if (p.poly) {
      L.geoJSON(p.poly, {style: {color: colour, weight: p.low ? 2 : 1.5, opacity: 0.9,
          dashArray: p.low ? '6 4' : null, fillColor: colour,
          fillOpacity: p.low ? 0.05 : (p.g === 'country' ? 0.035 : 0.16)},
        onEachFeature: function (f, layer) { layer.geoId = p.id; layer.bindTooltip(p.t, {sticky: true}); }
      }).addTo(polys);
    }
    if (p.ext && !D.cluster) {  // a big corpus: extents only for the selection
      L.rectangle([[p.ext[1], p.ext[0]], [p.ext[3], p.ext[2]]], {color: colour, weight: 1.5,
        opacity: 0.8, dashArray: '5 5', fill: false}).bindTooltip(p.t, {sticky: true}).addTo(extents)
        .geoId = p.id;
    }
    var el = document.createElement('span');
    el.innerHTML = geoShape(G[2], colour, p.s, p.low);  // our own SVG, no document text
    el.dataset.place = p.id;  // for tests and scripts; set as data, never parsed as HTML
    var m = L.marker([p.lat, p.lon], {
      icon: L.divIcon({className: 'geo-pin geo-' + p.g + (p.low ? ' geo-low' : ''), html: el,
                       iconSize: [p.s, p.s], iconAnchor: [p.s / 2, p.s / 2]}),
      riseOnHover: true, keyboard: true, zIndexOffset: p.s * 10});
    // left or right of the pin, towards the map's centre: never cut off at an edge
    m.geoId = p.id;  // what a click reports
    m.bindTooltip(p.t, {direction: 'auto', offset: [p.s / 2, 0]});
    m.addTo(points);
  });
  polys.addTo(map); extents.addTo(map); points.addTo(map);
  // names on the map: the places' (most mentioned first), then the countries' (larger
  // first, from zoom levels that suit their size); a label overlapping one placed before
  // it is hidden. Names are HTML-escaped in the data.
  if (!map.getPane('geolabels')) {
    map.createPane('geolabels').style.zIndex = 450;
    map.getPane('geolabels').style.pointerEvents = 'none';
  }
  var labels = [], named = {};
  D.places.slice().sort(function (a, b) { return (b.c || 0) - (a.c || 0) || b.s - a.s; })
    .forEach(function (p) {
      named[p.n] = true;
      var lab = L.marker([p.lat, p.lon], {interactive: false, keyboard: false, pane: 'geolabels',
        icon: L.divIcon({className: 'geo-label geo-label-' + p.g, iconSize: [0, 0],
          iconAnchor: [0, 0], html: '<span>' + p.n + '</span>'})});
      var d = p.s / 2 + 2;  // beside the pin: right, left, above, below
      labels.push({m: lab, min: 0, max: 30, place: p.id, at: [
        'translate(' + d + 'px,-50%)', 'translate(calc(-100% - ' + d + 'px),-50%)',
        'translate(-50%,calc(-100% - ' + d + 'px))', 'translate(-50%,' + d + 'px)']});
      lab.addTo(map);
    });
  var countries = (D.outlines && D.outlines.features || []).filter(function (f) {
    return f.properties && f.properties.n && !named[f.properties.n];
  }).sort(function (a, b) { return b.properties.a - a.properties.a; });
  countries.forEach(function (f) {
    var q = f.properties, min = q.a >= 150 ? 3 : q.a >= 15 ? 4 : q.a >= 2 ? 5 : 6;
    // made when first in view (a marker per country would slow every zoom and pan)
    labels.push({m: null, ll: L.latLng(q.lat, q.lon), min: min, max: 9, at: ['translate(-50%,-50%)'],
      make: function () {
        return L.marker([q.lat, q.lon], {interactive: false, keyboard: false, pane: 'geolabels',
          icon: L.divIcon({className: 'geo-clabel', iconSize: [0, 0], iconAnchor: [0, 0],
            html: '<span>' + q.n + '</span>'})}).addTo(map);
      }});
  });
  var declutter = function () {
    var z = map.getZoom(), taken = [], view = map.getBounds().pad(0.05);
    map.getPane('markerPane').querySelectorAll('.geo-pin').forEach(function (pin) {
      taken.push(pin.getBoundingClientRect());
    });
    labels.forEach(function (l) {
      // (off-screen or off-zoom labels are not measured: no layout work for them)
      var off = z < l.min || z > l.max || !view.contains(l.m ? l.m.getLatLng() : l.ll);
      if (!l.m) { if (off) return; l.m = l.make(); }
      var el = l.m.getElement();
      if (!el) return;
      if (off) { el.style.visibility = 'hidden'; return; }
      var span = el.firstChild, free = false, r;
      for (var k = 0; !free && k < l.at.length; k++) {
        span.style.transform = l.at[k];
        r = span.getBoundingClientRect(); free = r.width > 0;
        for (var i = 0; free && i < taken.length; i++) {
          var t = taken[i];
          if (r.left < t.right + 2 && r.right > t.left - 2 && r.top < t.bottom && r.bottom > t.top) free = false;
        }
      }
      el.style.visibility = free ? '' : 'hidden';
      if (free) taken.push(r);
    });
  };
  map.on('zoomend moveend', declutter);
  map.whenReady(function () { setTimeout(declutter, 0); });
  if (D.legend) {
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var div = L.DomUtil.create('div', 'geo-legend');
      L.DomEvent.disableClickPropagation(div); L.DomEvent.disableScrollPropagation(div);
      var title = document.createElement('b'); title.textContent = D.title + ' \u25be';
      title.title = 'Show/hide the legend'; title.style.cursor = 'pointer';
      var body = document.createElement('div'); body.className = 'geo-legend-body';
      title.onclick = function () {
        var hidden = body.style.display === 'none';
        body.style.display = hidden ? '' : 'none';
        title.textContent = D.title + (hidden ? ' \u25be' : ' \u25b8');
      };
      div.appendChild(title); div.appendChild(body);
      var row = function (shape, colour, low, text) {
        var r = document.createElement('div'), sw = document.createElement('span');
        sw.innerHTML = geoShape(shape, colour, 13, low);
        var label = document.createElement('span'); label.textContent = text;
        r.appendChild(sw); r.appendChild(label); body.appendChild(r);
      };
      D.legend.forEach(function (k) { var G = D.groups[k]; row(G[2], G[1], false, G[0]); });
      row('circle', '#555', true, 'low confidence (?)');
      D.notes.forEach(function (t) {
        var n = document.createElement('div'); n.className = 'geo-note'; n.textContent = t; body.appendChild(n);
      });
      return div;
    };
    legend.addTo(map);
  }
  return {polygons: polys, extents: extents, points: points};
