// Import pages: follow a running import and reload its page when it is done.
(function () {
    function follow(section) {
        var url = section.getAttribute('data-progress-url');
        var bar = section.querySelector('progress');
        function poll() {
            fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
                .then(function (response) { return response.json(); })
                .then(function (progress) {
                    if (bar) { bar.value = progress.percent; bar.textContent = progress.percent + '%'; }
                    if (progress.running) { setTimeout(poll, 700); } else { window.location.reload(); }
                })
                .catch(function () { setTimeout(poll, 2000); });
        }
        setTimeout(poll, 300);
    }
    document.addEventListener('DOMContentLoaded', function () {
        var section = document.getElementById('import-progress');
        if (section) { follow(section); }
    });
})();
