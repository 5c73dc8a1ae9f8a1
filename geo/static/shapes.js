function geoShape(shape, colour, s, low) {
  var w = low ? 2 : 1.5, h = s / 2, f = low ? '#ffffff' : colour,
      st = low ? colour : '#ffffff', dash = low ? ' stroke-dasharray="3 2"' : '',
      a = 'fill="' + f + '" fill-opacity="' + (low ? 0.85 : 0.9) + '" stroke="' + st +
          '" stroke-width="' + w + '"' + dash, body;
  var pts = function (p) { return '<polygon points="' + p.map(function (q) {
      return q[0].toFixed(1) + ',' + q[1].toFixed(1); }).join(' ') + '" ' + a + '/>'; };
  if (shape === 'square') body = '<rect x="2" y="2" width="' + (s - 4) + '" height="' + (s - 4) + '" rx="2" ' + a + '/>';
  else if (shape === 'diamond') body = pts([[h, 1], [s - 1, h], [h, s - 1], [1, h]]);
  else if (shape === 'triangle') body = pts([[h, 1.5], [s - 1, s - 2], [1, s - 2]]);
  else if (shape === 'vee') body = pts([[1, 2], [s - 1, 2], [h, s - 1.5]]);
  else if (shape === 'hexagon') body = pts([[h, 1], [s - 2, s * 0.27], [s - 2, s * 0.73], [h, s - 1], [2, s * 0.73], [2, s * 0.27]]);
  else if (shape === 'cross') { var t = s * 0.32, u = s - t;
    body = pts([[t, 1], [u, 1], [u, t], [s - 1, t], [s - 1, u], [u, u], [u, s - 1], [t, s - 1], [t, u], [1, u], [1, t], [t, t]]); }
  else if (shape === 'drop') body = '<path d="M' + h + ' 1 C ' + (s * 0.9) + ' ' + (s * 0.45) + ' ' + (s - 1.5) + ' ' + (s - 1) + ' ' + h + ' ' + (s - 1) +
      ' C 1.5 ' + (s - 1) + ' ' + (s * 0.1) + ' ' + (s * 0.45) + ' ' + h + ' 1 Z" ' + a + '/>';
  else body = '<circle cx="' + h + '" cy="' + h + '" r="' + (h - 1.5) + '" ' + a + '/>';
  var q = low ? '<text x="' + h + '" y="' + (h + s * 0.17) + '" text-anchor="middle" font-size="' + Math.max(9, s * 0.5) +
      '" font-family="sans-serif" font-weight="700" fill="' + colour + '">?</text>' : '';
  return '<svg xmlns="http://www.w3.org/2000/svg" width="' + s + '" height="' + s + '" viewBox="0 0 ' + s + ' ' + s + '">' + body + q + '</svg>';
}
