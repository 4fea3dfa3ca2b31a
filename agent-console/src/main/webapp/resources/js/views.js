/*
 * The queue's views: keeps the address bar in step with the view's state (filters, sort, page) after each
 * ajax change, so a reload or a shared link shows the same page; and tells screen readers which column sorts.
 */
(function () {
    window.CareDeskViews = {
        syncUrl: function () {
            var state = document.getElementById('queueForm:stateQuery');
            if (!state || !window.history || !history.replaceState) { return; }
            var query = state.getAttribute('data-state');
            history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
        },
        // aria-sort is only allowed on the column header, while the state is rendered on the sort link.
        markSortedColumns: function () {
            document.querySelectorAll('a.sort-link[data-sort]').forEach(function (link) {
                var header = link.closest('th');
                if (header) {
                    header.setAttribute('aria-sort', link.getAttribute('data-sort'));
                    // PrimeFaces names a header from its facet's markup, the link's widget script included;
                    // the link's own text is the name.
                    header.setAttribute('aria-label', link.textContent.trim());
                }
            });
        }
    };
    document.addEventListener('DOMContentLoaded', window.CareDeskViews.markSortedColumns);
    if (window.jQuery) { jQuery(document).on('pfAjaxComplete', window.CareDeskViews.markSortedColumns); }
})();
