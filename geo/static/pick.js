  L.circleMarker([D.lat, D.lon], {interactive: false, radius: 9, color: '#1f77b4', weight: 3,
    dashArray: '3 3', fillColor: '#1f77b4', fillOpacity: 0.25, className: 'geo-pick'}).addTo(group);
  L.circleMarker([D.lat, D.lon], {interactive: false, radius: 2, color: '#1f77b4', weight: 2,
    fill: true, fillOpacity: 1}).addTo(group);
