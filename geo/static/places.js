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
      spiderfyOnMaxZoom: true,
      // names wait for the clusters: a place inside one gets none
      chunkProgress: function (done, total) { if (done === total) setTimeout(declutter, 0); }
    }) : L.featureGroup();
  if (D.cluster && L.MarkerCluster && !L.MarkerCluster.__geoTip) {
    L.MarkerCluster.__geoTip = true;
    L.MarkerCluster.addInitHook(function () {
      this.bindTooltip('Cluster of places \u00b7 click to zoom in', {direction: 'top'});
    });
    points.on('clustermouseover', function (e) {
      e.layer.setTooltipContent(e.layer.getChildCount() + ' places \u00b7 click to zoom in');
    });
  }
  var pinOf = {};  // place id -> its marker
  var declutter = function () {};  // places the names (below)
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
    pinOf[p.id] = m;
  });
  polys.addTo(map); extents.addTo(map); points.addTo(map);
  // names on the map: the places' (most mentioned first), then the countries' (larger
  // first, from zoom levels that suit their size); a label overlapping one placed before
  // it is hidden. Names are HTML-escaped in the data.
  if (!map.getPane('geolabels')) {
    map.createPane('geolabels').style.zIndex = 450;
    map.getPane('geolabels').style.pointerEvents = 'none';
  }
  // The order of placing: the most mentioned places and the named physical features
  // (ranges, rivers, valleys) first -- they keep their names; then the others.
  var physical = {mountain: 1, water: 1, valley: 1, physical: 1};
  var ranked = D.places.slice().sort(function (a, b) { return (b.c || 0) - (a.c || 0) || b.s - a.s; });
  var top = {};
  ranked.slice(0, 3).forEach(function (p) { top[p.id] = true; });
  ranked.forEach(function (p) { p.keep = !!(top[p.id] || physical[p.g]); });
  ranked.sort(function (a, b) { return (b.keep ? 1 : 0) - (a.keep ? 1 : 0); });  // stable
  var labels = [], named = {};
  // where a name may stand, as the offset of its top-left corner from the anchor point
  // (w, h: the name's size): right of the pin, left, above, below, then the four corners
  var beside = function (d) {
    var e = d * 0.7;
    return function (w, h) {
      return [[d, -h / 2], [-w - d, -h / 2], [-w / 2, -h - d], [-w / 2, d],
              [e, -h - e], [-w - e, -h - e], [e, e], [-w - e, e]];
    };
  };
  var centred = function (w, h) { return [[-w / 2, -h / 2]]; };
  ranked.forEach(function (p) {
      named[p.n] = true;
      var d = p.s / 2 + 2, near = beside(d), far = beside(d + 16);
      // beside the pin; a little farther out; for a range or river, inside its box. Made
      // when first shown (thousands of names in the DOM would slow every zoom and pan)
      labels.push({m: null, ll: L.latLng(p.lat, p.lon), min: 0, max: 30, place: p.id,
        keep: p.keep, ext: p.ext,
        at: function (w, h) { return near(w, h).concat(far(w, h)); },
        make: function () {
          return L.marker([p.lat, p.lon], {interactive: false, keyboard: false, pane: 'geolabels',
            icon: L.divIcon({className: 'geo-label geo-label-' + p.g, iconSize: [0, 0],
              iconAnchor: [0, 0], html: '<span>' + p.n + '</span>'})}).addTo(map);
        }});
    });
  var countries = (D.outlines && D.outlines.features || []).filter(function (f) {
    return f.properties && f.properties.n && !named[f.properties.n];
  }).sort(function (a, b) { return b.properties.a - a.properties.a; });
  countries.forEach(function (f) {
    var q = f.properties, min = q.a >= 150 ? 3 : q.a >= 15 ? 4 : q.a >= 2 ? 5 : 6;
    // made when first in view (a marker per country would slow every zoom and pan)
    labels.push({m: null, ll: L.latLng(q.lat, q.lon), min: min, max: 9, at: centred,
      make: function () {
        return L.marker([q.lat, q.lon], {interactive: false, keyboard: false, pane: 'geolabels',
          icon: L.divIcon({className: 'geo-clabel', iconSize: [0, 0], iconAnchor: [0, 0],
            html: '<span>' + q.n + '</span>'})}).addTo(map);
      }});
  });
  var boxAt = function (l, w, h) {  // the corners of a place's extent box, inside it
    if (!l.ext) return [];
    var o = map.latLngToLayerPoint(l.m.getLatLng());
    var nw = map.latLngToLayerPoint([l.ext[3], l.ext[0]]).subtract(o);
    var se = map.latLngToLayerPoint([l.ext[1], l.ext[2]]).subtract(o);
    var x0 = nw.x + 4, y0 = nw.y + 3, x1 = se.x - 4, y1 = se.y - 3;
    return [[x0, y0], [x1 - w, y0], [x0, y1 - h], [x1 - w, y1 - h]];
  };
  // Names are placed by arithmetic: each name's size is read once (one layout for all),
  // its candidate boxes computed from the map's projection, and the page written once at
  // the end -- no layout per candidate (that took seconds at a few hundred places).
  declutter = function () {
    var z = map.getZoom(), view = map.getBounds().pad(0.05), taken = [], pins = [];
    var box = map.getContainer().getBoundingClientRect();
    map.getPane('markerPane').querySelectorAll('.geo-pin, .marker-cluster').forEach(function (pin) {
      pins.push(pin.getBoundingClientRect());
    });
    // nothing under the legend or the zoom buttons
    map.getContainer().querySelectorAll('.geo-legend, .leaflet-control-zoom').forEach(function (c) {
      taken.push(c.getBoundingClientRect());
    });
    var hits = function (r, list) {
      for (var i = 0; i < list.length; i++) {
        var t = list[i];
        if (r.left < t.right + 2 && r.right > t.left - 2 && r.top < t.bottom && r.bottom > t.top) return true;
      }
      return false;
    };
    var fits = function (r) {
      return r.right > r.left && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom;
    };
    var live = [], hide = [];
    labels.forEach(function (l) {
      // off-screen or off-zoom names are not placed; a place inside a cluster has no pin
      // on the map, so no name either (the cluster counts it)
      var pin = l.place && pinOf[l.place], off = z < l.min || z > l.max ||
        !view.contains(l.m ? l.m.getLatLng() : l.ll) ||
        !!(pin && points.getVisibleParent && points.getVisibleParent(pin) !== pin);
      if (!l.m) { if (off) return; l.m = l.make(); }
      var el = l.m.getElement();
      if (!el) return;
      (off ? hide : live).push(l);
    });
    live.forEach(function (l) {  // reads only: sizes, once per name
      if (l.w === undefined) {
        var q = l.m.getElement().firstChild.getBoundingClientRect();
        l.w = q.width; l.h = q.height;
      }
    });
    live.forEach(function (l) {
      var pt = map.latLngToContainerPoint(l.m.getLatLng());
      var x = box.left + pt.x, y = box.top + pt.y, at = l.at(l.w, l.h).concat(boxAt(l, l.w, l.h));
      // a free place: clear of pins and names; a name that must stay (the most mentioned,
      // physical features) may then cover a pin, never another name
      var tries = l.keep ? [pins.concat(taken), taken] : [pins.concat(taken)];
      l.pick = null;
      for (var t = 0; !l.pick && t < tries.length; t++) {
        for (var k = 0; k < at.length; k++) {
          var r = {left: x + at[k][0], top: y + at[k][1]};
          r.right = r.left + l.w; r.bottom = r.top + l.h;
          if (fits(r) && !hits(r, tries[t])) { l.pick = at[k]; taken.push(r); break; }
        }
      }
    });
    hide.forEach(function (l) { l.m.getElement().style.visibility = 'hidden'; });
    live.forEach(function (l) {  // writes only
      var el = l.m.getElement(), at = l.pick || l.at(l.w, l.h)[0];
      el.firstChild.style.transform = 'translate(' + at[0] + 'px,' + at[1] + 'px)';
      el.style.visibility = l.pick ? '' : 'hidden';
    });
  };
  if (points.on) points.on('animationend', declutter);  // clusters split or merged
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
