// Running totals while the drafter types: weights per level 1 and overall, and the fund check; the menu toggle.
(function () {
    function num(value) {
        var n = parseFloat(String(value || '').replace(/,/g, ''));
        return isNaN(n) ? 0 : n;
    }
    function fmt(n) {
        return (Math.round(n * 100) / 100).toString();
    }
    function recalcWeights() {
        var inputs = document.querySelectorAll('.weight-input');
        if (!inputs.length) { return; }
        var perLevel1 = {};
        var total = 0;
        inputs.forEach(function (input) {
            var w = num(input.value);
            var level1 = input.getAttribute('data-level1');
            perLevel1[level1] = (perLevel1[level1] || 0) + w;
            total += w;
        });
        document.querySelectorAll('.level1-total').forEach(function (cell) {
            cell.textContent = fmt(perLevel1[cell.getAttribute('data-level1')] || 0);
        });
        var totalCell = document.getElementById('weight-total');
        var target = document.getElementById('weight-target');
        if (totalCell) {
            totalCell.textContent = fmt(total);
            var ok = target && Math.abs(total - num(target.getAttribute('data-target'))) < 0.001;
            totalCell.className = ok ? 'text-success' : 'text-danger';
        }
    }
    function recalcFunds() {
        var check = document.getElementById('fund-check');
        var total = document.querySelector('[data-fund="total"]');
        if (!check || !total) { return; }
        var fiscal = num(document.querySelector('[data-fund="fiscal"]').value);
        var other = num(document.querySelector('[data-fund="other"]').value);
        var sum = fiscal + other;
        var ok = Math.abs(num(total.value) - sum) < 0.005;
        check.textContent = '= ' + sum.toFixed(2) + (ok ? ' ✓' : ' ≠ ' + num(total.value).toFixed(2));
        check.className = 'small fund-check ' + (ok ? 'ok' : 'bad');
    }
    document.addEventListener('input', function (event) {
        if (event.target.classList.contains('weight-input')) { recalcWeights(); }
        if (event.target.hasAttribute('data-fund')) { recalcFunds(); }
    });
    document.addEventListener('DOMContentLoaded', function () {
        recalcWeights();
        recalcFunds();
        // the menu collapses into a toggle on narrow screens (Bootstrap's CSS, without its script)
        var toggle = document.getElementById('nav-toggle');
        if (toggle) {
            toggle.addEventListener('click', function () {
                var open = document.getElementById('app-nav').classList.toggle('show');
                toggle.setAttribute('aria-expanded', String(open));
            });
        }
    });
})();
