// 批量同意 on 待办: asks before sending, naming how many tables are checked (the form's data-confirm-count holds the
// question with {0}); nothing checked sends nothing. The header checkbox checks or clears every row.
(function () {
    document.addEventListener('change', function (event) {
        if (event.target.classList.contains('bulk-all')) {
            document.querySelectorAll('.bulk-item').forEach(function (box) {
                box.checked = event.target.checked;
            });
        }
    });
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.id !== 'bulk-form') {
            return;
        }
        var count = document.querySelectorAll('.bulk-item:checked').length;
        if (count === 0 || !window.confirm(form.getAttribute('data-confirm-count').replace('{0}', count))) {
            event.preventDefault();
        }
    });
})();
