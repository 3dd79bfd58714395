// Indicator library on the drafting form: names of reviewed and imported indicators offered under the row's
// level 2, the value and basis of a chosen one filled where empty, and 上年完成值 from last year's approved table.
(function () {
    var cache = {};

    function row(input) {
        var match = /^indicators\[(\d+)\]\./.exec(input.name || '');
        return match ? match[1] : null;
    }

    function field(form, index, name) {
        return form.querySelector('[name="indicators[' + index + '].' + name + '"]');
    }

    function level2(form, index) {
        var levels = field(form, index, 'levels');
        if (!levels || levels.value.indexOf('|') < 0) { return ''; }
        return levels.value.substring(levels.value.indexOf('|') + 1);
    }

    function load(tools, group) {
        if (!cache[group]) {
            cache[group] = fetch(tools.getAttribute('data-library-url') + '?level2=' + encodeURIComponent(group),
                { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.ok ? response.json() : []; })
                .catch(function () { return []; });
        }
        return cache[group];
    }

    function offer(list, suggestions) {
        list.innerHTML = '';
        suggestions.forEach(function (s) {
            var option = document.createElement('option');
            option.value = s.name;
            option.label = s.value + (s.source ? ' · ' + s.source : '');
            list.appendChild(option);
        });
    }

    function init(form, tools) {
        var list = document.getElementById('indicator-suggestions');
        var status = document.getElementById('library-status');
        form.addEventListener('focusin', function (event) {
            var input = event.target;
            var index = row(input);
            if (index === null || !/\.name$/.test(input.name)) { return; }
            input.setAttribute('list', 'indicator-suggestions');
            load(tools, level2(form, index)).then(function (suggestions) { offer(list, suggestions); });
        });
        form.addEventListener('change', function (event) {
            var input = event.target;
            var index = row(input);
            if (index === null || !/\.name$/.test(input.name)) { return; }
            load(tools, level2(form, index)).then(function (suggestions) {
                var chosen = suggestions.filter(function (s) { return s.name === input.value; })[0];
                if (!chosen) { return; }
                [['value', chosen.value], ['basis', chosen.basis]].forEach(function (pair) {
                    var target = field(form, index, pair[0]);
                    if (target && !target.value && pair[1]) { target.value = pair[1]; }
                });
            });
        });
        // the same offers in the drafting grid (static/js/grid.js), which announces the name being edited
        form.addEventListener('indicator-name-focus', function (event) {
            load(tools, event.detail.level2).then(function (suggestions) { offer(list, suggestions); });
        });
        form.addEventListener('indicator-name-changed', function (event) {
            var detail = event.detail;
            load(tools, detail.level2).then(function (suggestions) {
                var chosen = suggestions.filter(function (s) { return s.name === detail.name; })[0];
                if (chosen) { detail.fill({ value: chosen.value, basis: chosen.basis }); }
            });
        });
        function lastYear(current, value) {
            return value && (!current || /^[-—–\/无]$/.test(current.trim()));
        }
        document.getElementById('fill-last-year').addEventListener('click', function () {
            var project = form.querySelector('[name="projectName"]');
            var year = form.querySelector('[name="year"]');
            if (!project || !project.value || !year || !year.value) { return; }
            fetch(tools.getAttribute('data-last-year-url') + '?projectName=' + encodeURIComponent(project.value)
                + '&year=' + encodeURIComponent(year.value), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.json(); })
                .then(function (answer) {
                    var filled = 0;
                    var grid = document.getElementById('indicator-grid');
                    if (answer.found && grid && !grid.hidden) {
                        var each = new CustomEvent('indicator-each', { detail: { visit: function (indicator) {
                            var value = answer.values[indicator.name];
                            return lastYear(indicator.lastYearValue, value) ? { lastYearValue: value } : null;
                        } } });
                        form.dispatchEvent(each);
                        filled = each.detail.count || 0;
                    }
                    else if (answer.found) {
                        form.querySelectorAll('input[name$=".name"]').forEach(function (name) {
                            var index = row(name);
                            var last = index === null ? null : field(form, index, 'lastYearValue');
                            var value = answer.values[name.value];
                            if (last && lastYear(last.value, value)) { last.value = value; filled++; }
                        });
                    }
                    status.textContent = answer.message + (answer.found ? ' ' + tools.getAttribute('data-filled').replace('{0}', filled) : '');
                });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var form = document.getElementById('table-form');
        var tools = document.querySelector('.library-tools');
        if (form && tools) { init(form, tools); }
    });
})();
