// Paste import on the drafting form: the pasted rows are read by the import API (dry run), shown with their
// warnings, and on confirmation written into the form as rows, which the server then re-checks (not yet saved), or
// handed to the drafting grid where it runs.
(function () {
    var FIELDS = ['level1', 'level2', 'name', 'value', 'basis', 'lastYearValue', 'weight', 'scoringRule', 'evidence'];
    var HEADER = { projectName: 'projectName', projectLead: 'projectLead', totalFunds: 'totalFunds',
        fiscalFunds: 'fiscalFunds', otherFunds: 'otherFunds', overallGoal: 'overallGoal',
        contactPerson: 'contactPerson', contactPhone: 'contactPhone', fiscalUpper: 'fiscalUpper', fiscalLocal: 'fiscalLocal' };

    function text(value) { return value === null || value === undefined ? '' : String(value); }

    function format(template, value) { return template.replace('{0}', value); }

    function init(panel) {
        var form = document.getElementById('table-form');
        var status = panel.querySelector('#paste-status');
        var result = panel.querySelector('#paste-result');
        var table = null;

        panel.querySelector('#paste-rows thead tr').innerHTML = '';
        panel.getAttribute('data-columns').split('|').forEach(function (title) {
            var th = document.createElement('th');
            th.textContent = title;
            panel.querySelector('#paste-rows thead tr').appendChild(th);
        });

        function csrf() {
            var input = form ? form.querySelector('input[name="_csrf"]') : null;
            return input ? input.value : '';
        }

        function note(list, kind, n) {
            var li = document.createElement('li');
            var badge = document.createElement('span');
            badge.className = 'badge me-1 ' + (kind === 'error' ? 'text-bg-danger' : 'text-bg-warning');
            badge.textContent = panel.getAttribute(kind === 'error' ? 'data-error' : 'data-warning');
            li.appendChild(badge);
            li.appendChild(document.createTextNode((n.line ? format(panel.getAttribute('data-line'), n.line) + ' ' : '') + n.message));
            list.appendChild(li);
        }

        function show(response) {
            var body = panel.querySelector('#paste-rows tbody');
            var notes = panel.querySelector('#paste-notes');
            body.innerHTML = '';
            notes.innerHTML = '';
            table = response.tables && response.tables.length ? response.tables[0] : null;
            (response.errors || []).forEach(function (n) { note(notes, 'error', n); });
            if (!table || !table.indicators.length) {
                status.textContent = panel.getAttribute('data-none');
                result.hidden = notes.childNodes.length === 0;
                panel.querySelector('#paste-replace').disabled = true;
                panel.querySelector('#paste-append').disabled = true;
                return;
            }
            table.indicators.forEach(function (row) {
                var tr = document.createElement('tr');
                FIELDS.forEach(function (field) {
                    var td = document.createElement('td');
                    td.textContent = text(row[field]);
                    tr.appendChild(td);
                });
                body.appendChild(tr);
            });
            (response.warnings || []).filter(function (n) { return !n.table || n.table === 1; })
                .forEach(function (n) { note(notes, 'warning', n); });
            status.textContent = format(panel.getAttribute('data-summary'), table.indicators.length)
                + (response.tables.length > 1 ? ' ' + panel.getAttribute('data-several') : '');
            panel.querySelector('#paste-replace').disabled = false;
            panel.querySelector('#paste-append').disabled = false;
            result.hidden = false;
        }

        panel.querySelector('#paste-preview').addEventListener('click', function () {
            var pasted = panel.querySelector('#paste-text').value;
            if (!pasted.trim()) { return; }
            status.textContent = '…';
            var year = form ? form.querySelector('[name="year"]') : null;
            var url = panel.getAttribute('data-url') + (year && year.value ? '&year=' + encodeURIComponent(year.value) : '');
            fetch(url, {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf() },
                body: pasted
            }).then(function (response) {
                return response.json().then(function (json) { return { ok: response.ok, json: json }; });
            }).then(function (answer) {
                if (!answer.ok && !answer.json.tables) {
                    status.textContent = answer.json.message || panel.getAttribute('data-failed');
                    result.hidden = true;
                    return;
                }
                show(answer.json);
            }).catch(function () { status.textContent = panel.getAttribute('data-failed'); });
        });

        function hidden(name, value) {
            var input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            input.value = text(value);
            form.appendChild(input);
        }

        function fillHeader() {
            Object.keys(HEADER).forEach(function (key) {
                var input = form.querySelector('[name="' + HEADER[key] + '"]');
                if (input && !input.value && table[key] !== null && table[key] !== undefined) {
                    input.value = text(table[key]);
                }
            });
        }

        function apply(replace) {
            if (!table || !form) { return; }
            var grid = document.getElementById('indicator-grid');
            fillHeader();
            if (grid && !grid.hidden) {
                // the drafting grid takes the rows in place, without a page load (static/js/grid.js)
                form.dispatchEvent(new CustomEvent('indicator-rows', { detail: { rows: table.indicators, replace: replace } }));
                result.hidden = true;
                return;
            }
            var start = 0;
            if (replace) {
                form.querySelectorAll('tbody.indicator-group').forEach(function (group) { group.remove(); });
            }
            else {
                start = form.querySelectorAll('select[name$=".levels"]').length;
            }
            table.indicators.forEach(function (row, i) {
                FIELDS.forEach(function (field) { hidden('indicators[' + (start + i) + '].' + field, row[field]); });
            });
            hidden('action', 'check');
            form.submit();
        }

        panel.querySelector('#paste-replace').addEventListener('click', function () { apply(true); });
        panel.querySelector('#paste-append').addEventListener('click', function () { apply(false); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var panel = document.getElementById('paste-import');
        if (panel) { init(panel); }
    });
})();
