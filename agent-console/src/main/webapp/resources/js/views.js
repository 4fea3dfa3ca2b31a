/*
 * The queue's views: keeps the address bar in step with the view's state (filters, sort, page) after each
 * ajax change, so a reload or a shared link shows the same page.
 */
(function () {
    window.CareDeskViews = {
        syncUrl: function () {
            var state = document.getElementById('queueForm:stateQuery');
            if (!state || !window.history || !history.replaceState) { return; }
            var query = state.getAttribute('data-state');
            history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
        }
    };
})();
