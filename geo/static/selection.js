  if (D.poly) {
    L.geoJSON(D.poly, {interactive: false, style: {color: '#f39c12', weight: 3.5, opacity: 1,
      fill: false}}).addTo(group);
  }
  if (D.ext) {
    L.rectangle([[D.ext[1], D.ext[0]], [D.ext[3], D.ext[2]]], {interactive: false,
      color: '#f39c12', weight: 3, dashArray: '6 5', fill: false}).addTo(group);
  }
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: D.r, color: '#f39c12',
    weight: 4, opacity: 0.95, fill: false, className: 'geo-selection'}).addTo(group);
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: D.r + 5, color: '#ffffff',
    weight: 2, opacity: 0.9, fill: false}).addTo(group);
