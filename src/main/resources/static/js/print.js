// The table page's print button: the browser's print, with the page's print stylesheet (landscape, table only).
document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print-page]')) {
        window.print();
    }
});
