/* The search page's filters show the search in the URL: each select takes the value the page wrote into data-value. */
(function () {
    var selects = document.querySelectorAll('#searchFilters select[data-value]');
    for (var i = 0; i < selects.length; i++) {
        var wanted = selects[i].getAttribute('data-value');
        if (wanted) { selects[i].value = wanted; }
    }
})();
