/**
 * The report's only style and script, inline so the file works from a file share or as an email
 * attachment. The Content-Security-Policy allows exactly these two by their SHA-256 hashes (kept here,
 * checked by the tests): nothing else runs or loads, whatever a catalog or host list holds.
 */
export const STYLE = `
:root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#fff}
body{margin:0 auto;max-width:78rem;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
main{display:flex;flex-direction:column}#summary{order:-1}
.lead{color:#4a5465;margin:0}
.verdict{font-size:1.1rem;font-weight:600;padding:.6rem .8rem;border-radius:.3rem;border:1px solid #c8ccd4}
.verdict.pass{background:#e7f6ec;border-color:#7cc493}.verdict.fail{background:#fdecec;border-color:#e08a8a}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.charts figure{margin:0}.charts figcaption{font-weight:600;margin-bottom:.3rem}
svg text{font-size:12px;fill:#1d2430}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid #e1e4ea}
th{background:#f3f5f8;position:sticky;top:0}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.status{font-weight:600}.status-current,.status-ahead{color:#1b7a3a}.status-behind,.status-unsupported,.status-error{color:#b42318}.status-unknown{color:#8a5a00}
.controls{display:flex;gap:1rem;margin:.5rem 0}.controls[hidden],[hidden]{display:none}.controls input{min-width:16rem}
details summary{cursor:pointer}
ul.fixes{margin:.3rem 0;padding-left:1.1rem}
.exploited{font-weight:600}.exploited::before{content:"! ";color:#b42318}
.sev{display:inline-block;min-width:4.5rem;color:#4a5465}
.confirm{color:#6b4e00}
dl.catalogs{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}dl.catalogs dt{font-weight:600}
code{font-size:.85em;word-break:break-all}
footer{margin-top:2rem;color:#4a5465;font-size:.85rem}
@media print{th{position:static}details{display:block}details>*{display:block}}
`;

export const SCRIPT = `
(function () {
  var table = document.getElementById('host-table');
  var controls = document.getElementById('controls');
  if (!table || !controls) return;
  var body = table.tBodies[0];
  var filter = document.getElementById('filter');
  var status = document.getElementById('status-filter');
  var shown = document.getElementById('shown');
  controls.hidden = false;
  function apply() {
    var query = filter.value.trim().toLowerCase();
    var wanted = status.value;
    var count = 0;
    for (var i = 0; i < body.rows.length; i++) {
      var row = body.rows[i];
      var visible = (wanted === '' || row.getAttribute('data-status') === wanted) && (query === '' || row.textContent.toLowerCase().indexOf(query) >= 0);
      row.hidden = !visible;
      if (visible) count++;
    }
    shown.textContent = count + ' of ' + body.rows.length + ' shown';
  }
  filter.addEventListener('input', apply);
  status.addEventListener('change', apply);
  var headers = table.tHead.rows[0].cells;
  function keyOf(row, column) {
    var cell = row.cells[column];
    var value = cell.getAttribute('data-sort');
    return value === null ? cell.textContent.trim().toLowerCase() : value;
  }
  function sortBy(column, numeric) {
    var header = headers[column];
    var direction = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
    for (var h = 0; h < headers.length; h++) headers[h].removeAttribute('aria-sort');
    header.setAttribute('aria-sort', direction);
    var rows = Array.prototype.slice.call(body.rows);
    var sign = direction === 'ascending' ? 1 : -1;
    rows.sort(function (a, b) {
      var x = keyOf(a, column);
      var y = keyOf(b, column);
      var order = numeric ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
      return order * sign || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    });
    for (var r = 0; r < rows.length; r++) body.appendChild(rows[r]);
  }
  for (var c = 0; c < headers.length; c++) {
    (function (column) {
      var header = headers[column];
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = header.textContent;
      header.textContent = '';
      header.appendChild(button);
      button.addEventListener('click', function () { sortBy(column, header.getAttribute('data-type') === 'number'); });
    })(c);
  }
  apply();
})();
`;

/** `sha256-…` source expressions of STYLE and SCRIPT for the Content-Security-Policy. */
export const STYLE_HASH = 'sha256-9Lpitr+LwWy1UpyvZDLchymVhToVNtry1ekb4wz3CP8=';
export const SCRIPT_HASH = 'sha256-cHCvfmqe3kPZynxVjrPJpym70lUg5ZMBM8M7sc3sM4A=';
