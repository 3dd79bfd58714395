// The drafting grid (Tabulator): the indicator rows of the form, edited in place without page loads. Groups show in
// the official order the server gives (data-groups); the rows reach the server as the form's indicators[i].* fields
// whenever the form is posted or read (the formdata event), so saving stays the form post the page always had.
(function () {
    var FIELDS = ['level1', 'level2', 'name', 'value', 'basis', 'lastYearValue', 'weight', 'scoringRule', 'evidence',
        'justification'];
    var NUMERIC = /^(year|version|totalFunds|fiscalFunds|otherFunds|fiscalUpper|fiscalLocal)$/;
    var GROW = { name: 3, value: 2, basis: 1.3, lastYearValue: 1.1, scoringRule: 1.6, evidence: 1.2, justification: 1.4 };
    var MIN = { name: 140, value: 100, basis: 80, lastYearValue: 70, scoringRule: 90, evidence: 70, justification: 80 };
    var PRIORITY = { name: 0, value: 1, weight: 2, basis: 3, scoringRule: 4, evidence: 5, lastYearValue: 6, justification: 7 };
    var DATALIST = { basis: 'basis-options', scoringRule: 'scoring-options', evidence: 'evidence-options' };

    function init(host) {
        var form = document.getElementById('table-form');
        var data = host.dataset;
        var nextId = 1;
        var groups = JSON.parse(data.groups);
        // a reviewer's comments on rows of the open round, by row as loaded: they stay with their row as it moves
        var notes = data.notes ? JSON.parse(data.notes) : {};
        var gapRules = data.gapRules.split(',');
        var touched = {};
        var status = {};
        var removed = [];
        var current = null;
        var dirty = data.unsaved === 'true';
        var leaving = false;
        var attempted = false;
        var checkTimer = null;
        var checkSeq = 0;
        var table;

        function t(name, value) {
            var text = data['t' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
            return value === undefined ? text : text.replace('{0}', value);
        }
        function key(row) { return (row.level1 || '') + '|' + (row.level2 || ''); }
        function label(k) { return k.split('|').join(' › '); }
        function blankRow(k) {
            var parts = k.split('|');
            return { _id: nextId++, level1: parts[0], level2: parts[1] || '' };
        }
        function isBlank(row) { return !String(row.name || '').trim() && !String(row.value || '').trim(); }
        function esc(text) {
            var div = document.createElement('div');
            div.textContent = text === null || text === undefined ? '' : String(text);
            return div.innerHTML;
        }
        function num(value) {
            var n = parseFloat(String(value === null || value === undefined ? '' : value).replace(/,/g, ''));
            return isNaN(n) ? 0 : n;
        }
        function fmt(n) { return (Math.round(n * 100) / 100).toString(); }
        function csrf() {
            var input = form.querySelector('input[name="_csrf"]');
            return input ? input.value : '';
        }

        // rows in the order they are shown: groups in official order, rows of a group as the drafter placed them
        function orderedRows() {
            var rows = [];
            table.getGroups().forEach(function (group) {
                group.getRows().forEach(function (row) { rows.push(row); });
            });
            return rows;
        }
        function ensureGroup(k) {
            if (groups.indexOf(k) < 0) { groups.push(k); }
        }
        var shownGroups = '';
        // regrouping redraws every row (an open editor with them), so only when the groups in use change
        function refreshGroups() {
            var used = {};
            table.getData().forEach(function (row) { used[key(row)] = true; });
            var values = groups.filter(function (k) { return used[k]; });
            if (values.join('\n') !== shownGroups) {
                shownGroups = values.join('\n');
                table.setGroupValues([values]);
            }
            fillGroupSelect();
        }
        function regroup() {
            shownGroups = '';
            refreshGroups();
        }
        function fillGroupSelect() {
            var select = document.getElementById('grid-add-group');
            var chosen = select.value;
            select.innerHTML = '';
            groups.forEach(function (k) {
                var option = document.createElement('option');
                option.value = k;
                option.textContent = label(k);
                select.appendChild(option);
            });
            if (chosen) { select.value = chosen; }
        }

        function changed() {
            dirty = true;
            document.getElementById('grid-state').textContent = t('unsaved');
            document.getElementById('grid-count').textContent = t('rows', table.getDataCount());
            updateTotals();
            scheduleCheck();
        }

        function editFirst(row) {
            setTimeout(function () { row.getCell('name').edit(); }, 0);
        }
        function insertAfter(row, values) {
            return table.addRow(values, false, row).then(function (added) {
                refreshGroups();
                changed();
                return added;
            });
        }
        function addToGroup(k, values) {
            ensureGroup(k);
            var members = table.getRows().filter(function (row) { return key(row.getData()) === k; });
            var data = values || blankRow(k);
            var added = members.length ? table.addRow(data, false, members[members.length - 1]) : table.addRow(data, false);
            return added.then(function (row) {
                refreshGroups();
                changed();
                return row;
            });
        }
        function sibling(row, step) {
            var rows = orderedRows();
            var at = rows.indexOf(row);
            var other = rows[at + step];
            return other && key(other.getData()) === key(row.getData()) ? other : null;
        }
        function move(row, step) {
            var other = sibling(row, step);
            if (other) {
                // taken out and put back beside its neighbour (a grouped grid lays rows out as they were added)
                var values = row.getData();
                row.delete();
                table.addRow(values, step < 0, other).then(function () {
                    regroup();
                    changed();
                });
            }
        }
        function moveTo(row, k) {
            var values = Object.assign({}, row.getData(), { level1: k.split('|')[0], level2: k.split('|')[1] || '' });
            row.delete();
            addToGroup(k, values).then(function (added) { touched[added.getData()._id] = true; });
        }
        function remove(row) {
            var rows = orderedRows();
            var at = rows.indexOf(row);
            removed.push({ values: row.getData(), after: at > 0 ? rows[at - 1].getData()._id : null,
                before: at + 1 < rows.length ? rows[at + 1].getData()._id : null });
            row.delete();
            refreshGroups();
            changed();
            notice(t('removed', row.getData().name || label(key(row.getData()))), t('undo'), undo);
        }
        function undo() {
            var last = removed.pop();
            if (!last) { return; }
            // back where it was: below the row it followed, or above the row that followed it, in its group
            var after = last.after === null ? null : table.getRow(last.after);
            var before = last.before === null ? null : table.getRow(last.before);
            var restored;
            if (after && key(after.getData()) === key(last.values)) {
                restored = insertAfter(after, last.values);
            }
            else if (before && key(before.getData()) === key(last.values)) {
                restored = table.addRow(last.values, true, before).then(function (added) {
                    regroup();
                    changed();
                    return added;
                });
            }
            else {
                restored = addToGroup(key(last.values), last.values);
            }
            restored.then(editFirst);
            hideNotice();
        }

        function notice(text, action, handler, details) {
            var box = document.getElementById('grid-notice');
            box.innerHTML = '';
            var span = document.createElement('span');
            span.textContent = text;
            box.appendChild(span);
            if (action) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'btn btn-sm btn-outline-secondary py-0';
                button.textContent = action;
                button.addEventListener('click', handler);
                box.appendChild(button);
            }
            if (details && details.length) {
                var more = document.createElement('details');
                more.className = 'w-100';
                var summary = document.createElement('summary');
                summary.textContent = t('pasteNotes') + ' (' + details.length + ')';
                more.appendChild(summary);
                var list = document.createElement('ul');
                list.className = 'mb-0';
                details.forEach(function (text) {
                    var li = document.createElement('li');
                    li.textContent = text;
                    list.appendChild(li);
                });
                more.appendChild(list);
                box.appendChild(more);
            }
            box.hidden = false;
        }
        function hideNotice() { document.getElementById('grid-notice').hidden = true; }

        function menu(e, cell) {
            var row = cell.getRow();
            var items = [
                { label: esc(t('insertBelow')), action: function () { insertAfter(row, blankRow(key(row.getData()))).then(editFirst); } },
                { label: esc(t('duplicate')), action: function () {
                    insertAfter(row, Object.assign({}, row.getData(), { _id: nextId++, _notes: null })).then(function (added) {
                        touched[added.getData()._id] = true;
                        editFirst(added);
                    });
                } },
                { label: esc(t('moveUp')), disabled: !sibling(row, -1), action: function () { move(row, -1); } },
                { label: esc(t('moveDown')), disabled: !sibling(row, 1), action: function () { move(row, 1); } },
                { label: esc(t('moveTo')), menu: groups.filter(function (k) { return k !== key(row.getData()); })
                    .map(function (k) { return { label: esc(label(k)), action: function () { moveTo(row, k); } }; }) },
                { separator: true },
                { label: esc(t('remove')), action: function () { remove(row); } }
            ];
            return items;
        }

        function header(value, count, rows) {
            var weight = rows.reduce(function (sum, row) { return sum + num(row.weight); }, 0);
            var parts = value.split('|');
            return '<span class="level1-name">' + esc(parts[0]) + '</span> <span class="text-muted">›</span> '
                + '<span class="level2-name">' + esc(parts[1]) + '</span>'
                + (data.columns.indexOf('weight') >= 0 ? ' <span class="small text-muted ms-2">' + esc(t('subtotal'))
                    + ' <span class="group-weight">' + fmt(weight) + '</span></span>' : '')
                + ' <button type="button" class="btn btn-link btn-sm py-0 grid-add-here" data-key="' + esc(value) + '">'
                + esc(t('add')) + '</button>';
        }

        function columns() {
            var list = [{ title: '#', formatter: 'rownum', width: 38, hozAlign: 'right', headerSort: false,
                responsive: 0, cssClass: 'grid-rownum' }];
            data.columns.split(',').forEach(function (field) {
                var camel = field.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
                var title = host.getAttribute('data-t-' + camel);
                var column = { title: title, field: field, editor: 'input', formatter: 'textarea', headerSort: false,
                    headerWordWrap: true, responsive: PRIORITY[field], variableHeight: true };
                if (field === 'name') {
                    if (document.getElementById('indicator-suggestions')) {
                        column.editorParams = { elementAttributes: { list: 'indicator-suggestions' } };
                    }
                    // an empty name reads 待填写: a row still to be filled in, not yet an error
                    column.formatter = function (cell) {
                        var noted = (cell.getRow().getData()._notes || []).map(function (note) {
                            return '<div class="small row-note">' + esc(note) + '</div>';
                        }).join('');
                        return (cell.getValue() ? esc(cell.getValue()) : '<span class="grid-pending">' + esc(t('pending')) + '</span>')
                            + noted;
                    };
                }
                if (field === 'weight') {
                    Object.assign(column, { width: 66, hozAlign: 'right', validator: ['numeric', 'min:0', 'max:100'] });
                }
                else {
                    Object.assign(column, { widthGrow: GROW[field], minWidth: MIN[field] });
                }
                if (DATALIST[field] && host.getAttribute('data-o-' + camel)) {
                    column.editorParams = { elementAttributes: { list: DATALIST[field] } };
                }
                list.push(column);
            });
            list.push({ title: '', field: '_menu', width: 44, headerSort: false, responsive: 0, hozAlign: 'center',
                cssClass: 'grid-menu-cell', formatter: function () {
                    return '<span class="grid-menu" title="' + esc(t('rowMenu')) + '" aria-label="' + esc(t('rowMenu'))
                        + '">⋯</span>';
                }, clickMenu: menu });
            return list;
        }

        // On a narrow screen the columns that do not fit are listed under their row, as inputs: they stay editable.
        // An input writes its cell when it changes (blur or Enter), which does not redraw the list (focus stays).
        function collapsed(items) {
            if (!items.length) { return ''; }
            var list = document.createElement('div');
            list.className = 'grid-collapsed';
            items.forEach(function (item) {
                var label = document.createElement('label');
                var title = document.createElement('span');
                title.textContent = item.title;
                var input = document.createElement('input');
                input.className = 'form-control form-control-sm';
                input.value = item.value === null || item.value === undefined ? '' : item.value;
                input.setAttribute('data-field', item.field);
                var camel = item.field.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
                if (DATALIST[item.field] && host.getAttribute('data-o-' + camel)) { input.setAttribute('list', DATALIST[item.field]); }
                if (item.field === 'weight') { input.inputMode = 'decimal'; }
                label.appendChild(title);
                label.appendChild(input);
                list.appendChild(label);
            });
            return list;
        }
        function collapsedInput(target) {
            return target && target.closest ? target.closest('.grid-collapsed input') : null;
        }

        function rowClass(row) {
            var element = row.getElement();
            var state = status[row.getData()._id];
            element.classList.toggle('row-error', state === 'error');
            element.classList.toggle('row-warning', state === 'warning');
            element.classList.toggle('row-pending', state === 'pending');
            element.classList.toggle('row-noted', !!row.getData()._notes);
        }

        function updateTotals() {
            var perLevel1 = {};
            var total = 0;
            orderedRows().forEach(function (row) {
                var w = num(row.getData().weight);
                var level1 = row.getData().level1;
                perLevel1[level1] = (perLevel1[level1] || 0) + w;
                total += w;
            });
            table.getGroups().forEach(function (group) {
                var sum = group.getRows().reduce(function (s, row) { return s + num(row.getData().weight); }, 0);
                var cell = group.getElement().querySelector('.group-weight');
                if (cell) { cell.textContent = fmt(sum); }
            });
            var panel = document.querySelector('.totals-panel ul');
            var totalCell = document.getElementById('weight-total');
            if (!panel || !totalCell) { return; }
            panel.querySelectorAll('li.level1-item').forEach(function (li) { li.remove(); });
            var last = totalCell.closest('li');
            panel.querySelectorAll('.level1-total').forEach(function (cell) { cell.closest('li').remove(); });
            Object.keys(perLevel1).forEach(function (level1) {
                var li = document.createElement('li');
                li.className = 'list-group-item d-flex justify-content-between level1-item';
                var name = document.createElement('span');
                name.textContent = level1;
                var value = document.createElement('span');
                value.className = 'level1-total';
                value.setAttribute('data-level1', level1);
                value.textContent = fmt(perLevel1[level1]);
                li.appendChild(name);
                li.appendChild(value);
                panel.insertBefore(li, last);
            });
            totalCell.textContent = fmt(total);
            totalCell.className = Math.abs(total - num(data.weightTarget)) < 0.001 ? 'text-success' : 'text-danger';
        }

        // the form's header fields and the grid's rows as the JSON the checks endpoint binds (a TableForm)
        function content(rows) {
            var body = {};
            Array.prototype.forEach.call(form.elements, function (input) {
                var name = input.name;
                if (!name || name.charAt(0) === '_' || name === 'action' || name.indexOf('indicators[') === 0
                    || name === 'newRowLevels') { return; }
                if (input.type === 'checkbox') { body[name] = input.checked; return; }
                var value = input.value.trim();
                body[name] = value === '' || (NUMERIC.test(name) && isNaN(Number(value))) ? null : value;
            });
            body.indicators = rows.map(function (row) {
                var values = {};
                FIELDS.forEach(function (field) {
                    var value = row.getData()[field];
                    values[field] = value === undefined || value === null ? null : String(value);
                });
                if (values.weight !== null && (values.weight.trim() === '' || isNaN(Number(values.weight)))) {
                    values.weight = null;
                }
                return values;
            });
            return body;
        }

        function scheduleCheck() {
            clearTimeout(checkTimer);
            checkTimer = setTimeout(runCheck, 500);
        }
        function runCheck() {
            clearTimeout(checkTimer);
            var seq = ++checkSeq;
            var rows = orderedRows();
            return fetch(data.checkUrl, {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf() },
                body: JSON.stringify(content(rows))
            }).then(function (response) {
                return response.ok ? response.json() : null;
            }).then(function (findings) {
                if (findings && seq === checkSeq) { showFindings(findings, rows); }
                return findings;
            }).catch(function () { return null; });
        }

        // Calm until touched: an ERROR about a row the drafter has not touched, or about what is still missing in
        // the table (gap rules), reads 待填写 until the drafter tries to submit or asks for the checks.
        function isGap(finding, rows) {
            if (attempted || finding.severity !== 'ERROR') { return false; }
            if (finding.indicator !== null && finding.indicator !== undefined) {
                var row = rows[finding.indicator];
                return !!row && !touched[row.getData()._id];
            }
            return gapRules.indexOf(finding.rule) >= 0;
        }

        function showFindings(findings, rows) {
            var panel = document.getElementById('checks');
            status = {};
            rows.forEach(function (row) {
                if (isBlank(row.getData()) && !touched[row.getData()._id]) { status[row.getData()._id] = 'pending'; }
            });
            var counts = { error: 0, warning: 0, gap: 0 };
            var list = document.createElement('ul');
            list.className = 'list-group list-group-flush finding-list';
            findings.forEach(function (finding) {
                var kind = isGap(finding, rows) ? 'gap' : (finding.severity === 'ERROR' ? 'error' : 'warning');
                counts[kind]++;
                var row = finding.indicator === null || finding.indicator === undefined ? null : rows[finding.indicator];
                if (row) {
                    var id = row.getData()._id;
                    var state = kind === 'gap' ? 'pending' : kind;
                    if (status[id] !== 'error') { status[id] = state === 'pending' && status[id] ? status[id] : state; }
                }
                list.appendChild(findingItem(finding, kind, row));
            });
            rows.forEach(rowClass);
            if (!panel) { return; }
            // which round of checks the panel shows (the browser tests wait for the next one)
            panel.setAttribute('data-round', String(checkSeq));
            var head = panel.querySelector('.card-header > span.small');
            head.innerHTML = '';
            [['error', 'text-bg-danger', t('error')], ['warning', 'text-bg-warning', t('warning')],
                ['gap', 'text-bg-secondary', t('pending')]].forEach(function (b) {
                var badge = document.createElement('span');
                badge.className = 'badge ms-1 ' + b[1];
                badge.textContent = b[2] + ' ' + counts[b[0]];
                head.appendChild(badge);
            });
            var body = panel.querySelector('.card-body');
            body.innerHTML = '';
            var lead = document.createElement('p');
            lead.className = 'small mx-3 mt-2 mb-0 ' + (counts.error ? 'text-danger' : (findings.length ? 'text-muted' : 'text-success'));
            lead.textContent = counts.error ? t('checksBlock') : (findings.length ? t('checksGaps', counts.gap) : t('checksNone'));
            if (counts.error || findings.length === 0 || counts.gap) { body.appendChild(lead); }
            body.appendChild(list);
        }

        function findingItem(finding, kind, row) {
            var li = document.createElement('li');
            li.className = 'list-group-item finding finding-' + kind;
            var top = document.createElement('div');
            top.className = 'd-flex gap-2 align-items-baseline';
            var badge = document.createElement('span');
            badge.className = 'badge ' + (kind === 'error' ? 'text-bg-danger' : (kind === 'warning' ? 'text-bg-warning' : 'text-bg-secondary'));
            badge.textContent = kind === 'error' ? t('error') : (kind === 'warning' ? t('warning') : t('pending'));
            top.appendChild(badge);
            var message = document.createElement('span');
            message.className = 'finding-message';
            message.textContent = finding.message;
            top.appendChild(message);
            if (row) {
                var link = document.createElement('a');
                link.href = '#';
                link.className = 'small ms-auto text-nowrap';
                link.textContent = t('checksRow', orderedRows().indexOf(row) + 1);
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    row.getElement().scrollIntoView({ block: 'center' });
                    editFirst(row);
                });
                top.appendChild(link);
            }
            li.appendChild(top);
            if (kind !== 'gap' && finding.basis) {
                var basis = document.createElement('div');
                basis.className = 'small text-muted mt-1';
                basis.textContent = t('checksBasis') + finding.basis;
                li.appendChild(basis);
            }
            return li;
        }

        function fillEmpty(row, values) {
            var changes = {};
            Object.keys(values).forEach(function (field) {
                if (values[field] && !String(row.getData()[field] || '').trim()) { changes[field] = values[field]; }
            });
            if (Object.keys(changes).length) {
                row.update(changes);
                changed();
            }
        }

        function commitEditor() {
            var active = document.activeElement;
            if (active && host.contains(active) && active.tagName === 'INPUT') { active.blur(); }
        }

        function paste(text, anchor) {
            var year = form.querySelector('[name="year"]');
            var url = data.pasteUrl + (year && year.value ? '&year=' + encodeURIComponent(year.value) : '');
            fetch(url, {
                method: 'POST', credentials: 'same-origin',
                headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Accept': 'application/json', 'X-CSRF-TOKEN': csrf() },
                body: text
            }).then(function (response) { return response.json(); }).then(function (answer) {
                var read = answer.tables && answer.tables.length ? answer.tables[0].indicators : [];
                var notes = (answer.errors || []).concat((answer.warnings || []).filter(function (n) { return !n.table || n.table === 1; }))
                    .map(function (n) { return (n.line ? t('pasteLine', n.line) + ' ' : '') + n.message; });
                if (!read.length) {
                    notice(answer.message || t('pasteFailed'), null, null, notes);
                    return;
                }
                placePasted(read, anchor).then(function () { notice(t('pasted', read.length), null, null, notes); });
            }).catch(function () { notice(t('pasteFailed')); });
        }

        // Pasted rows fill the row at the cursor when it is blank and go in below it; a row that names another
        // group goes to the end of that group. Rows without level columns take the cursor's group.
        function placePasted(read, anchor) {
            var anchorKey = key(anchor.getData());
            var previous = anchor;
            var chain = Promise.resolve();
            read.forEach(function (pasted, i) {
                var values = { _id: nextId++ };
                FIELDS.forEach(function (field) {
                    values[field] = pasted[field] === null || pasted[field] === undefined ? '' : String(pasted[field]);
                });
                if (!values.level1) {
                    values.level1 = anchorKey.split('|')[0];
                    values.level2 = anchorKey.split('|')[1];
                }
                chain = chain.then(function () {
                    if (i === 0 && key(values) === anchorKey && isBlank(anchor.getData())) {
                        values._id = anchor.getData()._id;
                        return anchor.update(values).then(function () { return anchor; });
                    }
                    ensureGroup(key(values));
                    return key(values) === key(previous.getData()) ? insertAfter(previous, values) : addToGroup(key(values), values);
                }).then(function (row) {
                    touched[row.getData()._id] = true;
                    if (key(row.getData()) === anchorKey) { previous = row; }
                });
            });
            return chain.then(function () {
                refreshGroups();
                changed();
            });
        }

        function appendRows(formData) {
            orderedRows().forEach(function (row, i) {
                FIELDS.forEach(function (field) {
                    var value = row.getData()[field];
                    formData.append('indicators[' + i + '].' + field, value === null || value === undefined ? '' : String(value));
                });
            });
        }

        function saveAndSubmit() {
            commitEditor();
            attempted = true;
            runCheck().then(function (findings) {
                if (!findings) { return; }
                var errors = findings.filter(function (f) { return f.severity === 'ERROR'; });
                if (errors.length) {
                    notice(t('submitBlocked', errors.length));
                    document.getElementById('checks').scrollIntoView({ block: 'start' });
                    return;
                }
                var state = document.getElementById('grid-state');
                state.textContent = t('saving');
                // url-encoded as the form posts itself (multipart bodies are for uploads only)
                var body = new URLSearchParams(new FormData(form));
                body.set('action', 'save');
                fetch(form.getAttribute('action'), { method: 'POST', credentials: 'same-origin', body: body }).then(function (response) {
                    leaving = true;
                    // saved: the post-redirect-get lands on the edit page again
                    if (response.ok && response.redirected && /\/edit$/.test(response.url)) {
                        document.getElementById('grid-submit-form').submit();
                    }
                    else {
                        // a conflict or an invalid field: the form post shows it with the drafter's content kept
                        leaving = false;
                        form.requestSubmit(document.getElementById('save-button'));
                    }
                });
            });
        }

        var rows = JSON.parse(data.rows).map(function (row, i) {
            var values = { _id: nextId++, _notes: notes[i] || null };
            FIELDS.forEach(function (field) {
                values[field] = row[field] === null || row[field] === undefined ? '' : String(row[field]);
            });
            ensureGroup(key(values));
            return values;
        });

        table = new Tabulator(host.querySelector('#grid-table'), {
            data: rows,
            index: '_id',
            layout: 'fitColumns',
            responsiveLayout: 'collapse',
            renderVertical: 'basic',
            groupBy: key,
            groupValues: [groups],
            groupHeader: header,
            groupToggleElement: false,
            placeholder: t('noRows'),
            columns: columns(),
            rowFormatter: rowClass,
            responsiveLayoutCollapseUseFormatters: false,
            responsiveLayoutCollapseFormatter: collapsed,
            tabEndNewRow: function (row) { return blankRow(key(row.getData())); }
        });

        table.on('tableBuilt', function () {
            host.hidden = false;
            var fallback = document.querySelector('.indicator-static');
            if (fallback) { fallback.remove(); }
            refreshGroups();
            updateTotals();
            runCheck();
            if (dirty) { document.getElementById('grid-state').textContent = t('unsaved'); }
        });
        // the indicator library (imports-library.js) offers names of the row's level 2 and fills what is empty
        table.on('cellEditing', function (cell) {
            current = cell;
            if (cell.getField() === 'name') {
                form.dispatchEvent(new CustomEvent('indicator-name-focus', { detail: { level2: cell.getRow().getData().level2 } }));
            }
        });
        table.on('cellEdited', function (cell) {
            var row = cell.getRow();
            touched[row.getData()._id] = true;
            changed();
            if (cell.getField() === 'name') {
                form.dispatchEvent(new CustomEvent('indicator-name-changed', { detail: {
                    level2: row.getData().level2, name: cell.getValue(), fill: function (values) { fillEmpty(row, values); }
                } }));
            }
        });
        form.addEventListener('indicator-each', function (event) {
            var count = 0;
            orderedRows().forEach(function (row) {
                var changes = event.detail.visit(Object.assign({}, row.getData()));
                if (changes) {
                    row.update(changes);
                    count++;
                }
            });
            event.detail.count = count;
            if (count) { changed(); }
        });
        table.on('rowAdded', function (row) {
            if (!row.getData()._id) { row.update({ _id: nextId++ }); }
            refreshGroups();
            changed();
        });

        host.addEventListener('change', function (event) {
            var input = collapsedInput(event.target);
            var element = input && input.closest('.tabulator-row');
            var row = element && table.getRows().filter(function (r) { return r.getElement() === element; })[0];
            if (row) { row.getCell(input.getAttribute('data-field')).setValue(input.value); }
        });
        host.addEventListener('keydown', function (event) {
            if (collapsedInput(event.target)) {
                // Enter writes the field (as in the grid's cells) instead of posting the form
                if (event.key === 'Enter') {
                    event.preventDefault();
                    event.target.blur();
                }
                return;
            }
            var editing = current && host.contains(document.activeElement) && document.activeElement.tagName === 'INPUT';
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && current) {
                event.preventDefault();
                event.stopPropagation();
                var row = current.getRow();
                commitEditor();
                insertAfter(row, blankRow(key(row.getData()))).then(editFirst);
            }
            else if (event.key === 'Enter' && !event.shiftKey && !event.altKey && editing) {
                event.preventDefault();
                event.stopPropagation();
                var cell = current;
                commitEditor();
                cell.navigateDown();
            }
        }, true);

        host.addEventListener('paste', function (event) {
            if (collapsedInput(event.target)) { return; }
            var text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
            if (!current || !/[\t\n]/.test(text.replace(/\r?\n$/, ''))) { return; }
            event.preventDefault();
            event.stopPropagation();
            var anchor = current.getRow();
            current.cancelEdit();
            paste(text, anchor);
        }, true);

        host.addEventListener('click', function (event) {
            var button = event.target.closest('.grid-add-here');
            if (button) {
                addToGroup(button.getAttribute('data-key')).then(editFirst);
            }
        });
        document.getElementById('grid-add').addEventListener('click', function () {
            addToGroup(document.getElementById('grid-add-group').value).then(editFirst);
        });

        form.addEventListener('formdata', function (event) { appendRows(event.formData); });
        form.addEventListener('submit', function () { leaving = true; });
        form.addEventListener('input', function (event) {
            if (!host.contains(event.target)) { changed(); }
        });
        document.addEventListener('keydown', function (event) {
            if ((event.ctrlKey || event.metaKey) && (event.key === 's' || event.key === 'S')) {
                event.preventDefault();
                commitEditor();
                form.requestSubmit(document.getElementById('save-button'));
            }
        });
        var check = form.querySelector('button[name="action"][value="check"]');
        check.addEventListener('click', function (event) {
            event.preventDefault();
            commitEditor();
            attempted = true;
            runCheck();
        });
        var saveSubmit = document.getElementById('save-submit');
        if (saveSubmit) {
            saveSubmit.hidden = false;
            saveSubmit.addEventListener('click', saveAndSubmit);
        }
        // rows handed over by the paste-import panel below the grid
        form.addEventListener('indicator-rows', function (event) {
            if (event.detail.replace) { table.clearData(); }
            Promise.resolve().then(function () {
                var first = event.detail.rows[0];
                var k = first && first.level1 ? key(first) : groups[0];
                var members = table.getRows().filter(function (row) { return key(row.getData()) === k; });
                return members.length ? members[members.length - 1] : table.addRow(blankRow(k));
            }).then(function (anchor) { return placePasted(event.detail.rows, anchor); });
        });
        window.addEventListener('beforeunload', function (event) {
            if (dirty && !leaving) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var host = document.getElementById('indicator-grid');
        if (host && window.Tabulator) { init(host); }
    });
})();
