// Asks before a decision with a heavy consequence (差, 退回, 不予公开) is sent: the chosen option or radio of the form
// carries its question in data-confirm, or the form itself does (a deletion). Cancelling keeps the page and every
// choice as they are.
(function () {
    document.addEventListener('submit', function (event) {
        var chosen = event.target.querySelector('option:checked[data-confirm], input:checked[data-confirm]')
            || (event.target.hasAttribute('data-confirm') ? event.target : null);
        if (chosen && !window.confirm(chosen.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
})();
